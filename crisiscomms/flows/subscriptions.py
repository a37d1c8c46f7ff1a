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
from crisiscomms.config import Settings
from crisiscomms.flows import signup_check
from crisiscomms.subscribers import service as subscriber_service
from crisiscomms.subscribers import tokens
from crisiscomms.subscribers.models import Subscriber

SIGNED_UP = (
    "Thank you. If this address can be subscribed, an email is on its way to it: "
    "open the link in it to confirm. Nothing is sent until you confirm."
)


def offered(session: Session) -> bool:
    """Whether this status page takes email sign-ups (an email channel serves subscribers)."""
    return signups.signup_channel(session) is not None


def subscribe(
    session: Session,
    settings: Settings,
    *,
    email: str,
    components: Sequence[str],
    locale: str,
    client_ip: str,
    now: datetime,
    verification: str | None = None,
) -> str:
    """Record a sign-up and queue its email; the one answer every sign-up gets. When a
    sign-up check is configured, `verification` must pass it first (`signup_check`)."""
    channel = signups.require_channel(session)
    signup_check.verify(settings, verification, client_ip=client_ip)
    key = tokens.signing_key(session, settings, now=now)
    signup = subscriber_service.subscribe(
        session,
        email=email,
        components=components,
        locale=locale,
        client=subscriber_service.client_key(key, client_ip),
        now=now,
    )
    if signup is not None:
        signups.queue_signup_email(session, signup, channel, now=now)
    return SIGNED_UP


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
