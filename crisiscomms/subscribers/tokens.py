"""The links a subscriber receives: confirm (single-use, expiring) and manage (until revoked).

A token is `<subscriber id>.<expiry>.<HMAC-SHA256>` (the expiry only in confirm links),
the MAC taken over the purpose, the id, the subscriber's nonce and the expiry with a key
derived for this purpose alone. It says nothing about the address. Renewing the nonce
revokes every link made before: confirming renews it (so a confirm link works once), and
so does signing up again after unsubscribing. A manage link keeps working after an
unsubscribe, to say so (a repeated one-click POST is answered, not refused).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlmodel import Session

from crisiscomms import keys
from crisiscomms.config import Settings
from crisiscomms.errors import CrisisCommsError, NotFound
from crisiscomms.subscribers.models import Subscriber

KEY_NAME = "subscriber_key"
PURPOSE = b"crisiscomms subscriber links v1"
CONFIRM_LIFETIME = timedelta(hours=48)
MAX_TOKEN_LENGTH = 200


class LinkExpired(CrisisCommsError):
    status = 410
    code = "link_expired"


INVALID = "This link is not valid: it may be incomplete, already used, or replaced by a newer one."
_AT_TOKEN = [{"location": "token", "message": INVALID, "type": "value_error"}]


@dataclass(frozen=True)
class Claim:
    """What a token says before its MAC is checked against the subscriber's nonce."""

    subscriber_id: int
    expires: int | None
    mac: str


DESTINATION_KEY = "subscriber_destination_key"
DESTINATION_PURPOSE = b"crisiscomms subscriber destinations v1"


def destination_key(session: Session, settings: Settings, *, now: datetime) -> bytes:
    """The key that seals subscribers' URLs and keys their digests (see `destinations`)."""
    return keys.current_key(
        session, settings, name=DESTINATION_KEY, purpose=DESTINATION_PURPOSE, now=now
    )


def destination_keys(session: Session, settings: Settings, *, now: datetime) -> list[bytes]:
    """Every key a sealed destination may have been made with, the current one first."""
    return keys.keys_for(
        session, settings, name=DESTINATION_KEY, purpose=DESTINATION_PURPOSE, now=now
    )


def signing_key(session: Session, settings: Settings, *, now: datetime) -> bytes:
    return keys.current_key(session, settings, name=KEY_NAME, purpose=PURPOSE, now=now)


def verification_keys(session: Session, settings: Settings, *, now: datetime) -> list[bytes]:
    return keys.keys_for(session, settings, name=KEY_NAME, purpose=PURPOSE, now=now)


def _mac(key: bytes, purpose: str, subscriber: Subscriber, expires: int | None) -> str:
    message = f"{purpose}\x1f{subscriber.id}\x1f{subscriber.nonce}\x1f{expires or ''}"
    digest = hmac.new(key, message.encode(), hashlib.sha256).digest()[:20]
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def confirm_token(key: bytes, subscriber: Subscriber, *, now: datetime) -> str:
    """A link that confirms the subscription once, within CONFIRM_LIFETIME."""
    expires = int((now + CONFIRM_LIFETIME).timestamp())
    return f"{subscriber.id}.{expires}.{_mac(key, 'confirm', subscriber, expires)}"


def manage_token(key: bytes, subscriber: Subscriber) -> str:
    """A link to change or end the subscription, valid until the nonce is renewed."""
    return f"{subscriber.id}.{_mac(key, 'manage', subscriber, None)}"


def parse(token: str, *, expiring: bool) -> Claim:
    """The parts of a token (404 when it cannot be one: no subscription answers to it)."""
    parts = token.strip().split(".") if len(token) <= MAX_TOKEN_LENGTH else []
    if len(parts) != (3 if expiring else 2) or not all(p.isascii() for p in parts):
        raise NotFound(INVALID, details=_AT_TOKEN, code="link_not_valid")
    try:
        subscriber_id = int(parts[0])
        expires = int(parts[1]) if expiring else None
    except ValueError:
        raise NotFound(INVALID, details=_AT_TOKEN, code="link_not_valid") from None
    if not 0 < subscriber_id < 2**63:
        raise NotFound(INVALID, details=_AT_TOKEN, code="link_not_valid")
    return Claim(subscriber_id, expires, parts[-1])


def check(
    keys_: list[bytes], purpose: str, subscriber: Subscriber | None, claim: Claim, *, now: datetime
) -> Subscriber:
    """The subscriber the token is for, when its MAC holds (and it has not expired)."""
    if subscriber is None or not any(
        hmac.compare_digest(_mac(key, purpose, subscriber, claim.expires), claim.mac)
        for key in keys_
    ):
        raise NotFound(INVALID, details=_AT_TOKEN, code="link_not_valid")
    if claim.expires is not None and now.astimezone(UTC).timestamp() > claim.expires:
        message = "This confirmation link has expired. Sign up again to get a new one."
        raise LinkExpired(
            message, details=[{"location": "token", "message": message, "type": "value_error"}]
        )
    return subscriber
