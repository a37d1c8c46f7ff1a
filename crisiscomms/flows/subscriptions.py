"""Self-service subscriptions: sign up, confirm, manage and leave, by signed links only.

Sign-up answers the same for every address (see `subscribers.service`); the email it
causes goes by the outbox (`broadcasts.signups`). Confirm and manage links are checked
against the subscriber's nonce (`subscribers.tokens`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session

from crisiscomms.broadcasts import signups
from crisiscomms.channels import netguard
from crisiscomms.config import Settings
from crisiscomms.customers.service import mask_email
from crisiscomms.flows import signup_check
from crisiscomms.subscribers import destinations, tokens
from crisiscomms.subscribers import service as subscriber_service
from crisiscomms.subscribers.destinations import Destination
from crisiscomms.subscribers.models import Subscriber, SubscriberKind

SIGNED_UP = (
    "Thank you. If this address can be subscribed, an email is on its way to it: "
    "open the link in it to confirm. Nothing is sent until you confirm."
)
"""The answer to every email sign-up (kept word for word: pages and clients show it)."""
SIGNED_UP_OTHER = (
    "Thank you. If this destination can be subscribed, a confirmation is on its way to it: "
    "a link to open (SMS, chat), or a signed challenge your webhook must echo back. "
    "Nothing else is sent until it is confirmed."
)


def offered(session: Session) -> bool:
    """Whether this status page takes email sign-ups (an email channel serves subscribers)."""
    return signups.signup_channel(session) is not None


def offered_kinds(session: Session) -> list[SubscriberKind]:
    """The kinds of subscription offered (a channel serves each)."""
    return signups.offered_kinds(session)


FIELD_KINDS = {
    "email": SubscriberKind.EMAIL,
    "phone": SubscriberKind.SMS,
    "webhook_url": SubscriberKind.WEBHOOK,
    "chat_url": SubscriberKind.SLACK,  # any chat kind: one apprise channel serves them all
}
ONE_OF = "Give one of: an email address, a phone number, a webhook URL or a chat webhook URL."


def _destination(
    session: Session, settings: Settings, where: str, value: str, *, now: datetime
) -> tuple[Destination, str | None]:
    """The checked destination, and for a URL its sealed form; a 422 at the field."""
    if where == "email":
        address = subscriber_service.normalise_email(value)
        return Destination(SubscriberKind.EMAIL, address), None
    if where == "phone":
        return Destination(SubscriberKind.SMS, destinations.phone(value)), None
    if where == "webhook_url":
        url = destinations.webhook_url(value)
        try:
            netguard.check_url(url, allow_private=settings.allow_private_destinations)
        except netguard.DestinationUnresolved as exc:
            raise destinations.invalid(where, f"{where}: {exc}", "host_unresolved") from None
        except netguard.DestinationRefused as exc:
            raise destinations.invalid(where, f"{where}: {exc}", "destination_refused") from None
        kind = SubscriberKind.WEBHOOK
    else:
        kind, url = destinations.chat_url(value)
    key = tokens.destination_key(session, settings, now=now)
    destination = destinations.for_url(key, kind, url)
    return destination, destinations.seal(key, destination.sealed)


def subscribe(
    session: Session,
    settings: Settings,
    *,
    email: str | None = None,
    phone: str | None = None,
    webhook_url: str | None = None,
    chat_url: str | None = None,
    components: Sequence[str],
    locale: str,
    client_ip: str,
    now: datetime,
    time_zone: str | None = None,
    verification: str | None = None,
) -> str:
    """Record a sign-up and queue its confirmation (an email, an SMS or chat message with
    the link, or a webhook's signed challenge); the one answer every sign-up gets. When a
    sign-up check is configured, `verification` must pass it first (`signup_check`).
    `time_zone` is the IANA zone the subscriber reads times in (None: the plan's)."""
    given = {
        where: value
        for where, value in {
            "email": email,
            "phone": phone,
            "webhook_url": webhook_url,
            "chat_url": chat_url,
        }.items()
        if value is not None and value.strip()
    }
    if len(given) > 1:
        raise destinations.invalid(next(iter(given)), ONE_OF, "one_destination")
    ((where, value),) = given.items() if given else [("email", email or "")]
    channel = signups.require_channel(session, FIELD_KINDS[where])
    signup_check.verify(settings, verification, client_ip=client_ip)
    destination, sealed = _destination(session, settings, where, value, now=now)
    key = tokens.signing_key(session, settings, now=now)
    signup = subscriber_service.subscribe(
        session,
        destination=destination,
        sealed=sealed,
        components=components,
        locale=locale,
        time_zone=time_zone,
        client=subscriber_service.client_key(key, client_ip),
        now=now,
    )
    if signup is not None:
        signups.queue_signup_email(session, signup, channel, now=now)
    return SIGNED_UP if where == "email" else SIGNED_UP_OTHER


def _subscriber(
    session: Session, settings: Settings, token: str, *, purpose: str, now: datetime
) -> Subscriber:
    claim = tokens.parse(token, expiring=purpose == "confirm")
    keys = tokens.verification_keys(session, settings, now=now)
    found = subscriber_service.get(session, claim.subscriber_id)
    return tokens.check(keys, purpose, found, claim, now=now)


def check_confirm(session: Session, settings: Settings, token: str, *, now: datetime) -> Subscriber:
    """The subscriber a confirm link is for (404 invalid or used, 410 expired)."""
    return _subscriber(session, settings, token, purpose="confirm", now=now)


def confirm(session: Session, settings: Settings, token: str, *, now: datetime) -> Subscriber:
    """Confirm with the link from the email; it cannot be used again."""
    subscriber = check_confirm(session, settings, token, now=now)
    return subscriber_service.confirm(session, subscriber, now=now)


def managed(session: Session, settings: Settings, token: str, *, now: datetime) -> Subscriber:
    """The subscriber a manage link is for (404 when it is not valid)."""
    return _subscriber(session, settings, token, purpose="manage", now=now)


def manage_token(
    session: Session, settings: Settings, subscriber: Subscriber, now: datetime
) -> str:
    """A fresh manage link token for a subscriber (after confirming, say)."""
    return tokens.manage_token(tokens.signing_key(session, settings, now=now), subscriber)


def shown(session: Session, settings: Settings, subscriber: Subscriber) -> str:
    """Where a subscription goes, as its owner's pages show it: masked."""
    if subscriber.kind == SubscriberKind.EMAIL:
        return mask_email(subscriber.address) or ""
    keys = tokens.destination_keys(session, settings, now=subscriber.created_at)
    return destinations.shown(subscriber, destinations.unseal(keys, subscriber))
