"""Messages to subscribers reached at their own destination: a webhook URL, a phone number
(through the operator's apprise SMS gateway), or a Slack, Teams or Discord incoming webhook
(through apprise).

Each message carries the subscriber's destination (`OutboundMessage.destination`), so the
shared channel sends it there and its failures count against the subscriber, never the
channel (see `worker.aftermath`). Every message carries a way out: a webhook payload has
`subscription.manage_url` and `unsubscribe_url`, an SMS or chat message ends with the
unsubscribe link.

- Sign-up: a webhook gets a challenge, signed with its own new secret, which it must echo
  back (`{"challenge": "..."}` or the bare value) for the subscription to be confirmed; the
  payload gives it the secret to check later signatures with. SMS and chat get the same
  words as the confirmation email (open the link, press Confirm).
- Updates: a webhook gets the broadcast's JSON payload, signed with its own secret (its
  times ISO 8601 in UTC, for machines); SMS and chat the statement's short text in the
  subscriber's language, its times written in their zone by Babel (`renditions.local`): the
  subscriber's own zone, else the plan organisation's, else UTC.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable
from typing import Any, Protocol
from urllib.parse import urlsplit, urlunsplit

from crisiscomms.broadcasts.models import Broadcast
from crisiscomms.channels.base import OutboundMessage
from crisiscomms.statements.renditions.local import DEFAULT_ZONE, localise_times
from crisiscomms.subscribers import tokens as subscriber_tokens
from crisiscomms.subscribers.messages import signup_email
from crisiscomms.subscribers.models import Subscriber, SubscriberKind


class Layout(Protocol):
    """What a message to a subscriber needs of a broadcast's layout (`messages.Layout`)."""

    broadcast: Broadcast
    subject: str
    text: str
    payload: dict[str, Any]
    localized: dict[str, tuple[str, str]]
    localize: Callable[[str], tuple[str, str]] | None


UNSUBSCRIBE = {"en": "Unsubscribe", "bn": "আনসাবস্ক্রাইব"}


def challenge(key: bytes, follower: Subscriber) -> str:
    """The challenge a webhook must echo: stable for the subscriber until its nonce changes
    (a retried challenge is the same), unguessable without the key."""
    message = f"challenge\x1f{follower.id}\x1f{follower.nonce}".encode()
    digest = hmac.new(key, message, hashlib.sha256).digest()[:24]
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def sms_url(gateway: str, phone: str) -> str:
    """The operator's apprise SMS URL with the subscriber's number as its target (apprise's
    SMS schemes take their targets as path segments: `twilio://sid:token@from/+8801…`)."""
    parts = urlsplit(gateway)
    path = parts.path.rstrip("/") + "/" + phone
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, parts.fragment))


def links(base: str, key: bytes, follower: Subscriber) -> dict[str, str]:
    """The subscriber's manage and unsubscribe links."""
    token = subscriber_tokens.manage_token(key, follower)
    lang = f"?lang={follower.locale}"
    return {
        "manage_url": f"{base}/status/subscription/{token}{lang}",
        "unsubscribe_url": f"{base}/status/subscription/{token}/unsubscribe{lang}",
    }


def destination_of(
    follower: Subscriber, clear: dict[str, Any], channel_clear: dict[str, Any]
) -> str | None:
    """Where this subscriber's messages go, or None when it cannot be read."""
    if follower.kind == SubscriberKind.SMS:
        gateway = channel_clear.get("url")
        return sms_url(str(gateway), follower.address) if gateway else None
    url = clear.get("url")
    return str(url) if url else None


def message(
    layout: Layout,
    *,
    kind: str,
    follower: Subscriber,
    clear: dict[str, Any],
    channel_clear: dict[str, Any],
    key: bytes,
    base: str,
    org: str,
    delivery_id: str,
    metadata: dict[str, str],
    signup: str | None,
    confirm_token: str,
    zone: str = DEFAULT_ZONE,
) -> OutboundMessage | str:
    """The message for one subscriber on a channel of `kind`, or why there is none; `zone`
    is the IANA zone its times are written in."""
    destination = None if kind == "dry-run" else destination_of(follower, clear, channel_clear)
    if destination is None and kind != "dry-run":
        return "the subscriber's destination could not be read (key changed or no SMS gateway)"
    found = links(base, key, follower)
    identity = f"msg_s{layout.broadcast.id}_{follower.id}"
    common: dict[str, Any] = {
        "delivery_id": delivery_id,
        "kind": kind,
        "idempotency_key": identity,
        "destination": destination,
        "metadata": {**metadata, "subscriber_kind": follower.kind.value},
    }
    if follower.kind == SubscriberKind.WEBHOOK:
        common["signing_secret"] = clear.get("secret")
        if signup is not None:
            asked = challenge(key, follower)
            payload: dict[str, Any] = {
                "type": "subscription.challenge",
                "data": {
                    "challenge": asked,
                    "signing_secret": clear.get("secret"),
                    "status_page": base,
                    "language": follower.locale,
                    **found,
                },
            }
            return OutboundMessage(
                **common, subject="Confirm this webhook", payload=payload, expect_echo=asked
            )
        payload = dict(layout.payload)
        payload["subscription"] = {"language": follower.locale, **found}
        return OutboundMessage(**common, subject=layout.subject, payload=payload)
    if signup is not None:
        written = signup_email(
            signup,
            follower.locale,
            org=org,
            confirm=f"{base}/status/subscribe/confirm/{confirm_token}?lang={follower.locale}",
            manage=found["manage_url"],
        )
        return OutboundMessage(**common, subject=written.subject, text=written.body)
    subject, text = _texts(layout, follower.locale)
    subject = localise_times(subject, follower.locale, zone)
    text = localise_times(text, follower.locale, zone)
    leave = UNSUBSCRIBE.get(follower.locale, UNSUBSCRIBE["en"])
    return OutboundMessage(
        **common, subject=subject, text=f"{text}\n\n{leave}: {found['unsubscribe_url']}"
    )


def _texts(layout: Layout, locale: str) -> tuple[str, str]:
    if layout.localize is not None:
        return layout.localize(locale)
    found = layout.localized.get(locale)
    return found or (layout.subject, layout.text)
