"""Signing up, confirming, managing and ending subscriptions; who a broadcast reaches.

Abuse limits (documented in the README): a client (by IP) may ask for at most
`CLIENT_LIMIT` sign-ups an hour; an address receives at most `ADDRESS_LIMIT` sign-up
emails (confirmation, or "you are already subscribed") a day, whoever asks. Every sign-up
answer is the same whether the address is new, pending, active or unsubscribed, so
nobody can learn who follows the page.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import ColumnElement, and_, delete, func, or_
from sqlmodel import Session, col, select

from crisiscomms import validators
from crisiscomms.errors import BadRequest, NotFound, TooManyRequests
from crisiscomms.subscribers.destinations import Destination
from crisiscomms.subscribers.models import (
    SignupAttempt,
    Subscriber,
    SubscriberKind,
    SubscriberStatus,
)

CLIENT_LIMIT = 10
CLIENT_WINDOW = timedelta(hours=1)
ADDRESS_LIMIT = 3
ADDRESS_WINDOW = timedelta(hours=24)
MAX_COMPONENTS = 50
LOCALES = ("en", "bn")


def invalid(field: str, message: str, rule: str = "value_error") -> BadRequest:
    """A 422 in the one error shape, naming the field; `rule` (the detail's `type`) names
    what was broken, so a page can say it in its reader's language (web.field_errors)."""
    return BadRequest(
        message,
        status=422,
        details=[{"location": field, "message": message, "type": rule}],
    )


def normalise_email(value: str, *, field: str = "email") -> str:
    """A valid address, lower-cased; a 422 naming the field and the value otherwise."""
    text = (value or "").strip()
    try:
        valid = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        message = f"{field}: {text[:80]!r} is not a valid email address ({exc})."
        raise invalid(field, message, "email_invalid") from None
    return valid.normalized.lower()


def normalise_components(names: Iterable[str]) -> str:
    """The stored form of followed components: '\\na\\nb\\n', or '' for everything."""
    cleaned = sorted({" ".join(str(n).split()).casefold() for n in names if str(n).strip()})
    if len(cleaned) > MAX_COMPONENTS:
        message = f"components: at most {MAX_COMPONENTS} (this has {len(cleaned)})."
        raise invalid("components", message, "components_too_many")
    for name in cleaned:
        if len(name) > 100 or any(ord(c) < 32 for c in name):
            message = f"components: {name[:40]!r} is not a component name (1-100 characters)."
            raise invalid("components", message, "component_invalid")
    return "".join(f"\n{n}" for n in cleaned) + "\n" if cleaned else ""


def components_of(subscriber: Subscriber) -> list[str]:
    """The components a subscriber follows ([] for everything)."""
    return [c for c in subscriber.components.split("\n") if c]


def check_locale(value: str) -> str:
    locale = (value or "en").strip().lower()
    if locale not in LOCALES:
        message = f"language: {value!r} is not offered; choose one of {', '.join(LOCALES)}."
        raise invalid("language", message, "language_unknown")
    return locale


def check_time_zone(value: str | None) -> str | None:
    """An IANA zone zoneinfo knows ("Asia/Dhaka"), None for none given; a 422 naming the
    field, the value and the rule otherwise."""
    if value is None or not value.strip():
        return None
    try:
        return validators.time_zone(value)
    except validators.InvalidValue as exc:
        raise invalid("time_zone", f"time_zone: {exc}", "time_zone_unknown") from None


def client_key(secret: bytes, client_ip: str) -> str:
    """The client's IP as a keyed hash: the limit needs equality, not the address."""
    return hmac.new(secret, client_ip.encode(), hashlib.sha256).hexdigest()[:32]


def count_client(
    session: Session,
    client: str,
    now: datetime,
    *,
    limit: int = CLIENT_LIMIT,
    window: timedelta = CLIENT_WINDOW,
    message: str = "Too many sign-ups from this network. Try again in an hour.",
) -> None:
    """Count one request from `client` (a keyed hash); 429 when it has had `limit` in
    `window`. Sign-ups and public questions share this limiter (questions key their
    clients apart, so one never spends the other's allowance)."""
    since = now - window
    session.exec(delete(SignupAttempt).where(col(SignupAttempt.created_at) < now - ADDRESS_WINDOW))
    recent = session.exec(
        select(func.count())
        .select_from(SignupAttempt)
        .where(SignupAttempt.client == client, col(SignupAttempt.created_at) >= since)
    ).one()
    if recent >= limit:
        raise TooManyRequests(message, retry_after=int(window.total_seconds()))
    session.add(SignupAttempt(client=client, created_at=now))


@dataclass(frozen=True)
class Signup:
    """An email to send after a sign-up: a confirmation, or a note that they already follow."""

    subscriber: Subscriber
    message: Literal["confirm", "already"]


def _allow_email(subscriber: Subscriber, now: datetime) -> bool:
    """Counts a sign-up email against the address's daily limit; False when it is spent."""
    start = subscriber.window_start
    if start is None or now - start >= ADDRESS_WINDOW:
        subscriber.window_start, subscriber.confirmations_sent = now, 0
    if subscriber.confirmations_sent >= ADDRESS_LIMIT:
        return False
    subscriber.confirmations_sent += 1
    return True


def subscribe(
    session: Session,
    *,
    destination: Destination,
    components: Sequence[str],
    locale: str,
    client: str,
    now: datetime,
    time_zone: str | None = None,
    sealed: str | None = None,
    source: str = "self-service",
) -> Signup | None:
    """Record a sign-up; the message to send, if any. The caller answers the same either
    way. `sealed` is the encrypted destination of a URL kind (kept from the first sign-up);
    `time_zone` the IANA zone they read times in (None: the plan's, else UTC)."""
    followed = normalise_components(components)
    language = check_locale(locale)
    zone = check_time_zone(time_zone)
    count_client(session, client, now)
    subscriber = session.exec(
        select(Subscriber)
        .where(Subscriber.kind == destination.kind, Subscriber.address == destination.address)
        .with_for_update()
    ).first()
    if subscriber is None:
        subscriber = Subscriber(
            kind=destination.kind,
            address=destination.address,
            destination=sealed,
            locale=language,
            time_zone=zone,
            components=followed,
            status=SubscriberStatus.PENDING,
            nonce=secrets.token_hex(16),
            source=source,
            created_at=now,
        )
    elif subscriber.status == SubscriberStatus.UNSUBSCRIBED:
        # Starting again: the old links stay dead; nothing is sent until confirmed.
        subscriber.status = SubscriberStatus.PENDING
        subscriber.nonce = secrets.token_hex(16)
        subscriber.locale, subscriber.components = language, followed
        subscriber.time_zone = zone
        subscriber.failures = 0
    elif subscriber.status == SubscriberStatus.PENDING:
        subscriber.locale, subscriber.components = language, followed
        subscriber.time_zone = zone
    # An active subscriber's choices change only through their manage link.
    allowed = _allow_email(subscriber, now)
    session.add(subscriber)
    session.flush()
    if not allowed:
        return None
    kind: Literal["confirm", "already"] = (
        "already" if subscriber.status == SubscriberStatus.ACTIVE else "confirm"
    )
    return Signup(subscriber, kind)


def confirm(session: Session, subscriber: Subscriber, *, now: datetime) -> Subscriber:
    """The subscription is live; the confirm link is spent (its nonce renewed)."""
    subscriber.status = SubscriberStatus.ACTIVE
    subscriber.confirmed_at = now
    subscriber.nonce = secrets.token_hex(16)
    session.add(subscriber)
    session.flush()
    return subscriber


def update(
    session: Session,
    subscriber: Subscriber,
    *,
    components: Sequence[str] | None,
    locale: str | None,
    time_zone: str | None = None,
) -> Subscriber:
    """Change what an active subscriber follows, their language or their time zone (None
    keeps each as it is; an empty zone goes back to the plan's)."""
    if subscriber.status != SubscriberStatus.ACTIVE:
        raise NotFound("This subscription has ended. Sign up again to follow updates.")
    followed = None if components is None else normalise_components(components)
    language = None if locale is None else check_locale(locale)
    zone = None if time_zone is None else check_time_zone(time_zone)
    # Every value checked before any is set: a refused change leaves nothing half-written.
    if followed is not None:
        subscriber.components = followed
    if language is not None:
        subscriber.locale = language
    if time_zone is not None:
        subscriber.time_zone = zone
    session.add(subscriber)
    session.flush()
    return subscriber


def unsubscribe(session: Session, subscriber: Subscriber, *, now: datetime) -> Subscriber:
    """End the subscription; every link sent before stops working except to say so."""
    if subscriber.status != SubscriberStatus.UNSUBSCRIBED:
        subscriber.status = SubscriberStatus.UNSUBSCRIBED
        subscriber.unsubscribed_at = now
        session.add(subscriber)
        session.flush()
    return subscriber


def get(session: Session, subscriber_id: int) -> Subscriber | None:
    return session.get(Subscriber, subscriber_id)


def following(
    components: Sequence[str], kinds: Sequence[SubscriberKind] | None = None
) -> ColumnElement[bool]:
    """Active subscribers (of these kinds, when given) who follow an incident naming these
    components.

    A subscriber with no components follows everything. An incident naming no component
    reaches every active subscriber (it affects the service as a whole).
    """
    active = col(Subscriber.status) == SubscriberStatus.ACTIVE
    if kinds is not None and set(kinds) != set(SubscriberKind):
        active = and_(active, col(Subscriber.kind).in_([k.value for k in kinds]))
    names = {" ".join(c.split()).casefold() for c in components if c.strip()}
    if not names:
        return active
    return and_(
        active,
        or_(
            col(Subscriber.components) == "",
            *(col(Subscriber.components).contains(f"\n{n}\n", autoescape=True) for n in names),
        ),
    )


def count_following(
    session: Session, components: Sequence[str], kinds: Sequence[SubscriberKind] | None = None
) -> int:
    query = select(func.count()).select_from(Subscriber).where(following(components, kinds))
    return int(session.exec(query).one())


def counts(session: Session) -> dict[str, dict[str, int]]:
    """Subscribers by channel kind and status, for the staff list."""
    rows = session.exec(
        select(Subscriber.kind, Subscriber.status, func.count()).group_by(
            col(Subscriber.kind), col(Subscriber.status)
        )
    ).all()
    found: dict[str, dict[str, int]] = {}
    for kind, status, number in rows:
        found.setdefault(str(kind), {s.value: 0 for s in SubscriberStatus})[str(status)] = number
    return found


def listing(
    session: Session, *, status: SubscriberStatus | None, after: int, limit: int
) -> list[Subscriber]:
    """A page of subscribers by id (keyset: those after `after`)."""
    query = select(Subscriber).where(col(Subscriber.id) > after)
    query = query.where(Subscriber.status == status) if status is not None else query
    return list(session.exec(query.order_by(col(Subscriber.id)).limit(limit)).all())
