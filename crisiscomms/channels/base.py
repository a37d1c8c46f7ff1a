"""What every channel speaks: the outbound message, the classified result, the protocol.

A channel never touches the database and `send()` never raises: every provider answer,
and every failure to get one, becomes a `SendResult` with one of four outcomes (see
DESIGN.md, "The delivery contract"):

- SENT: the provider accepted it; `external_id` names it where the provider says.
- RETRY: the provider certainly did not act (SMTP 4xx, HTTP 429/5xx, no connection);
  try again later, not before `retry_after` when given.
- PERMANENT: it will never work as it is (SMTP 5xx, HTTP 4xx, refused destination);
  `suppress` says the recipient address itself was refused, `disable` that the whole
  destination is gone (webhook 410).
- AMBIGUOUS: the provider may have acted (the connection broke after the request or the
  final "." went out). Channels whose `idempotent` is true may be repeated blindly,
  because the receiver recognises the stable `idempotency_key`; the others (X, apprise)
  must be reconciled first.
"""

from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import MISSING, dataclass, field, fields, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, ClassVar, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict


class Outcome(StrEnum):
    """How one send attempt ended, as the delivery engine acts on it."""

    SENT = "sent"
    RETRY = "retry"
    PERMANENT = "permanent"
    AMBIGUOUS = "ambiguous"


MAX_RETRY_AFTER = timedelta(hours=24)
"""The longest a provider's Retry-After or rate-limit reset is waited for (X's daily user
limit resets within 24 hours); a later one is cut to this."""


@dataclass(frozen=True)
class SendResult:
    """The classified answer to one send attempt."""

    outcome: Outcome
    external_id: str | None = None
    detail: str | None = None
    retry_after: datetime | None = None
    log: str = ""
    posted_ids: tuple[str, ...] = ()
    """Posts of a thread created before this outcome, in order (X). On RETRY or AMBIGUOUS
    the remaining posts, `message.posts[len(posted_ids):]`, go out under the last one."""
    suppress: bool = False
    """The recipient's address itself was refused: stop sending to it on this channel."""
    disable: bool = False
    """The destination is gone for good (webhook 410): disable the channel."""
    notice: str | None = None
    """Something the incident's people should know about this send (on the timeline)."""
    pause: bool = False
    """The account's credentials were refused (an expired or revoked token): quarantine the
    channel at once and tell its owner; the message waits (RETRY) until it is released."""

    @classmethod
    def sent(cls, external_id: str | None, detail: str | None, log: str) -> SendResult:
        """`SendResult(Outcome.SENT, external_id=…, detail=…, log=…)`, made without the
        frozen dataclass's `object.__setattr__` per field: a bulk send makes one per
        message (0.5 µs against 1.4)."""
        result = _new(cls)
        result.__dict__.update(_SENT, external_id=external_id, detail=detail, log=log)
        return result


@dataclass(frozen=True)
class OutboundMessage:
    """One delivery's rendered content, as a channel sends it."""

    delivery_id: str
    """The delivery's identity (its row id or dedupe key), for records and logs."""
    kind: str
    idempotency_key: str
    """Stable across retries: the email Message-ID, the webhook-id, the X text hash."""
    recipient: str | None = None
    """An email address for per-customer channels; None for broadcast targets."""
    subject: str = ""
    text: str = ""
    html: str | None = None
    raw_email: bytes | None = None
    """The complete RFC 5322 message (statements.personalise renders it), CRLF line ends."""
    posts: tuple[str, ...] = ()
    """A thread's posts in order (X); empty means the single post `text`."""
    reply_to_external_id: str | None = None
    """The post this thread replies under (the previous update's last post)."""
    payload: Mapping[str, Any] | None = None
    """The webhook body, serialised as compact JSON."""
    metadata: Mapping[str, str] = field(default_factory=dict)
    """Free labels (broadcast id, audience) carried into dry-run records."""
    destination: str | None = None
    """A URL of the recipient's own that replaces the channel's (a webhook subscriber's URL,
    a chat subscriber's incoming webhook, the SMS gateway URL with the subscriber's number);
    None: the channel's own destination."""
    signing_secret: str | None = None
    """A webhook recipient's own `whsec_` secret, replacing the channel's."""
    expect_echo: str | None = None
    """A webhook challenge: the send counts as sent only when the answer's body carries it."""
    image: bytes | None = None
    """The update's status card (PNG), attached to the first post where the network can."""
    image_alt: str = ""
    """The card's alt text."""
    image_url: str | None = None
    """The same card at its public, content-hashed URL (for networks that fetch images by
    URL, such as Threads); None when there is no card or no public URL."""
    attempt: int = 1
    """Which try at this delivery this is (1: the first)."""

    def thread(self) -> tuple[str, ...]:
        """The posts to publish, in order: `posts`, or `text` alone."""
        return self.posts or (self.text,)

    @classmethod
    def email(
        cls,
        *,
        delivery_id: str,
        kind: str,
        idempotency_key: str,
        recipient: str,
        subject: str,
        raw_email: bytes,
        metadata: Mapping[str, str],
        attempt: int = 1,
    ) -> OutboundMessage:
        """A rendered email, equal to `OutboundMessage(…)` with the same fields, made
        without the frozen dataclass's `object.__setattr__` per field (twenty of them):
        composing makes one per recipient (0.8 µs against 3.6)."""
        message = _new(cls)
        message.__dict__.update(
            _MESSAGE_DEFAULTS,
            delivery_id=delivery_id,
            kind=kind,
            idempotency_key=idempotency_key,
            recipient=recipient,
            subject=subject,
            raw_email=raw_email,
            metadata=metadata,
            attempt=attempt,
        )
        return message


_new = object.__new__


def _defaults(cls: type) -> dict[str, Any]:
    """A dataclass's field defaults (every field here that has no default is passed)."""
    return {f.name: f.default for f in fields(cls) if f.default is not MISSING}


_MESSAGE_DEFAULTS = _defaults(OutboundMessage)
_SENT = {**_defaults(SendResult), "outcome": Outcome.SENT}


class ChannelSettings(BaseModel):
    """Base for each channel's settings; unknown keys are refused."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@runtime_checkable
class Channel(Protocol):
    """A configured destination that sends one message and classifies the answer."""

    kind: ClassVar[str]
    max_length: ClassVar[int | None]
    """Checked when drafting, not when sending."""
    idempotent: ClassVar[bool]
    """May an ambiguous send be repeated blindly?"""
    settings_model: ClassVar[type[ChannelSettings]]
    secret_fields: ClassVar[frozenset[str]]
    """Settings never returned by the API (shown as "***")."""

    def send(self, message: OutboundMessage) -> SendResult:
        """Send one message; never raises."""
        ...

    async def asend(self, message: OutboundMessage) -> SendResult:
        """Send one message from async code; never raises."""
        ...

    async def send_many(self, messages: Sequence[OutboundMessage]) -> list[SendResult]:
        """Send several (email: concurrently over the pool; others: in order)."""
        ...

    async def aclose(self) -> None:
        """Release pooled connections."""
        ...


class SyncChannelMixin(ABC):
    """`asend` and `send_many` for channels whose provider client blocks (run in a thread)."""

    @abstractmethod
    def send(self, message: OutboundMessage) -> SendResult:
        """Send one message; never raises."""

    async def asend(self, message: OutboundMessage) -> SendResult:
        """Send one message in a worker thread."""
        return await asyncio.to_thread(self.send, message)

    async def send_many(self, messages: Sequence[OutboundMessage]) -> list[SendResult]:
        """Send in order, one after another: ordering matters on these targets."""
        return [await self.asend(message) for message in messages]

    async def aclose(self) -> None:  # noqa: B027  (an optional hook, empty on purpose)
        """Nothing pooled to release."""


CARD_ATTEMPTS = 1
"""Attempts on which a transient card upload failure holds the message back (RETRY)."""
CARD_WAIT = timedelta(minutes=5)
"""The longest a card upload's rate limit is waited for before the text goes without it."""


def card_failure(
    label: str, failed: SendResult, message: OutboundMessage, log: list[str]
) -> tuple[str | None, SendResult | None]:
    """What a failed status card upload does: (the notice to record, the outcome that holds
    the whole message back instead).

    The upload comes before any post, so holding back never doubles a post. Refused
    credentials pause the channel, as a refused post would. An upload the network certainly
    did not act on (5xx, a near 429, no connection) on the first attempt makes the message
    RETRY, and the card goes up again with it shortly; a refusal, or any failure on a
    later attempt, sends the text without the card and records why: an image never holds
    an update back for long.
    """
    log.append(f"status card refused: {failed.outcome}: {failed.detail}")
    if failed.pause:
        return None, replace(failed, log="\n".join(log))
    soon = failed.retry_after is None or failed.retry_after - datetime.now(UTC) <= CARD_WAIT
    if failed.outcome == Outcome.RETRY and message.attempt <= CARD_ATTEMPTS and soon:
        held = replace(
            failed,
            detail=f"the status card upload failed and nothing was posted; retrying: "
            f"{failed.detail}",
            log="\n".join(log),
        )
        return None, held
    notice = (
        f"{label} refused the status card image ({failed.detail}); "
        "the update went out as text without it."
    )
    return notice, None


def run_sync(coroutine: Any) -> SendResult:
    """Run a channel coroutine from sync code, refusing (not raising) inside a running loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        result: SendResult = asyncio.run(coroutine)
        return result
    coroutine.close()
    return SendResult(
        Outcome.RETRY, detail="send() called inside an event loop: await asend() instead"
    )
