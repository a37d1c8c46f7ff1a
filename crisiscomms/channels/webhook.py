"""Signed webhooks in the Standard Webhooks format, over pooled aiohttp connections.

Each request carries `webhook-id` (the delivery's idempotency key, the same on every
retry, so receivers dedupe), `webhook-timestamp` and `webhook-signature: v1,<base64
HMAC-SHA256 of "{id}.{timestamp}.{body}">` keyed with the bytes of the `whsec_` secret.
Redirects are never followed and every address the client connects to passes the
netguard (see http_pool).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hmac
import json
import secrets
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from hashlib import sha256
from typing import Any, ClassVar
from urllib.parse import urlsplit

import aiohttp
from pydantic import field_validator

from crisiscomms.channels import netguard
from crisiscomms.channels.base import (
    MAX_RETRY_AFTER,
    ChannelSettings,
    OutboundMessage,
    Outcome,
    SendResult,
    run_sync,
)
from crisiscomms.channels.http_pool import GuardRefusal, WebhookClient

SECRET_PREFIX = "whsec_"
RESPONSE_READ_LIMIT = 65_536
RECEIVERS_AT_ONCE = 32
"""Subscribers' own receivers sent to at once by one channel (each still in order)."""


def secret_bytes(secret: str) -> bytes:
    """The signing key: the base64 after `whsec_`; ValueError when it is not that."""
    if not secret.startswith(SECRET_PREFIX):
        raise ValueError(f"a webhook secret starts with {SECRET_PREFIX!r}")
    try:
        key = base64.b64decode(secret[len(SECRET_PREFIX) :], validate=True)
    except binascii.Error:
        raise ValueError("a webhook secret is whsec_ followed by base64") from None
    if len(key) < 16:
        raise ValueError("a webhook secret needs at least 16 bytes of key")
    return key


def generate_secret() -> str:
    """A new `whsec_` secret with 32 random bytes."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def signature(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    """The `webhook-signature` value: `v1,` and the base64 HMAC-SHA256 of id.timestamp.body."""
    signed = f"{message_id}.{timestamp}.".encode() + body
    digest = hmac.new(secret_bytes(secret), signed, sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


class WebhookSettings(ChannelSettings):
    """The receiver's URL and the shared signing secret."""

    url: str
    secret: str

    @field_validator("url")
    @classmethod
    def _web_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in netguard.WEB_SCHEMES or not parts.hostname:
            raise ValueError("a webhook URL is http(s)://host/…")
        return value

    @field_validator("secret")
    @classmethod
    def _whsec(cls, value: str) -> str:
        secret_bytes(value)
        return value


def retry_after(value: str | None, now: datetime) -> datetime | None:
    """A Retry-After header (seconds or an HTTP date) as a moment, at most MAX_RETRY_AFTER
    away (the outbox caps it again: one receiver must not hold its target's queue for ever)."""
    if not value:
        return None
    latest = now + MAX_RETRY_AFTER
    if value.strip().isdigit():
        seconds = min(int(value), int(MAX_RETRY_AFTER.total_seconds()))
        return now + timedelta(seconds=seconds)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return min(moment if moment.tzinfo else moment.replace(tzinfo=UTC), latest)


def classify_status(status: int, headers: Any, now: datetime) -> SendResult:
    """The outcome of an HTTP answer (table-tested)."""
    if 200 <= status < 300:
        return SendResult(Outcome.SENT, detail=f"HTTP {status}")
    if 300 <= status < 400:
        where = headers.get("location", "?")
        return SendResult(
            Outcome.PERMANENT, detail=f"HTTP {status} to {where}: redirects are not followed"
        )
    if status == 410:
        return SendResult(Outcome.PERMANENT, detail="HTTP 410: the receiver is gone", disable=True)
    if status in (408, 429) or status >= 500 or status < 200:
        return SendResult(
            Outcome.RETRY,
            detail=f"HTTP {status}",
            retry_after=retry_after(headers.get("retry-after"), now),
        )
    return SendResult(Outcome.PERMANENT, detail=f"HTTP {status}")


def classify_error(exc: BaseException) -> SendResult:
    """The outcome of a request that got no HTTP answer (table-tested)."""
    if isinstance(exc, netguard.DestinationRefused):
        return SendResult(Outcome.PERMANENT, detail=str(exc))
    if isinstance(exc, aiohttp.ClientConnectorError):
        if isinstance(exc.os_error, GuardRefusal):
            return SendResult(Outcome.PERMANENT, detail=str(exc.os_error))
        return SendResult(Outcome.RETRY, detail=f"could not connect: {exc}")
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return SendResult(Outcome.RETRY, detail=f"timed out connecting: {exc!r}")
    if isinstance(exc, aiohttp.InvalidURL):
        return SendResult(Outcome.PERMANENT, detail=f"invalid URL: {exc}")
    if isinstance(exc, TimeoutError):
        return SendResult(Outcome.AMBIGUOUS, detail="timed out waiting for the answer")
    return SendResult(Outcome.AMBIGUOUS, detail=f"sent, but the answer was lost: {exc!r}")


def echoed(answer: bytes, challenge: str, result: SendResult) -> SendResult:
    """A challenge's answer: sent only when the receiver echoed the challenge back (in a
    JSON `challenge` field or as the plain body), else refused for good."""
    text = answer.decode("utf-8", "replace").strip()
    try:
        found = json.loads(text)
    except ValueError:
        found = text
    if isinstance(found, dict):
        found = found.get("challenge")
    if isinstance(found, str) and hmac.compare_digest(found.encode(), challenge.encode()):
        return result
    return SendResult(
        Outcome.PERMANENT,
        detail=f"{result.detail}, but the receiver did not echo the challenge",
    )


async def _drain(response: aiohttp.ClientResponse) -> None:
    """Read a short answer to its end so the connection goes back to the pool."""
    try:
        await response.content.read(RESPONSE_READ_LIMIT)
    except (aiohttp.ClientError, TimeoutError):
        pass  # the status already decided the outcome; the connection is dropped


def _public_url(url: str) -> str:
    """The URL without user info or query, for logs."""
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname}{port}{parts.path}"


class WebhookChannel:
    """POSTs each message's payload, signed, to one receiver."""

    kind: ClassVar[str] = "webhook"
    max_length: ClassVar[int | None] = None
    idempotent: ClassVar[bool] = True
    settings_model: ClassVar[type[ChannelSettings]] = WebhookSettings
    secret_fields: ClassVar[frozenset[str]] = frozenset({"secret"})

    def __init__(
        self,
        settings: WebhookSettings,
        *,
        allow_private: bool,
        timeout: float = 10.0,
        client: WebhookClient | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.settings = settings
        self.allow_private = allow_private
        self._owns_client = client is None
        self.client = client or WebhookClient(allow_private=allow_private, timeout=timeout)
        self._clock = clock

    def body(self, message: OutboundMessage) -> bytes:
        """The exact bytes signed and sent: the payload as compact JSON."""
        payload = message.payload
        if payload is None:
            payload = {
                "type": "message",
                "data": {"subject": message.subject, "text": message.text, "html": message.html},
            }
        return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()

    def headers(self, message: OutboundMessage, body: bytes) -> dict[str, str]:
        """The Standard Webhooks headers for this body, signed now (with the recipient's own
        secret when the message has one)."""
        timestamp = int(self._clock().timestamp())
        secret = message.signing_secret or self.settings.secret
        return {
            "content-type": "application/json",
            "webhook-id": message.idempotency_key,
            "webhook-timestamp": str(timestamp),
            "webhook-signature": signature(secret, message.idempotency_key, timestamp, body),
        }

    async def asend(self, message: OutboundMessage) -> SendResult:
        """POST the message (to the recipient's own URL when it has one); never raises."""
        url = message.destination or self.settings.url
        started = time.monotonic()
        try:
            body = self.body(message)
            headers = self.headers(message, body)
        except (TypeError, ValueError) as exc:
            return SendResult(Outcome.PERMANENT, detail=f"payload is not JSON or unsigned: {exc}")
        try:
            netguard.check_url(url, allow_private=self.allow_private, resolve_names=False)
            session = self.client.session()
            async with session.post(
                url, data=body, headers=headers, allow_redirects=False
            ) as response:
                result = classify_status(response.status, response.headers, self._clock())
                if message.expect_echo is not None and result.outcome == Outcome.SENT:
                    answer = await response.content.read(RESPONSE_READ_LIMIT)
                    result = echoed(answer, message.expect_echo, result)
                else:
                    await _drain(response)
        except Exception as exc:
            result = classify_error(exc)
        elapsed = (time.monotonic() - started) * 1000
        log = f"POST {_public_url(url)} -> {result.detail} ({elapsed:.0f} ms)"
        external = message.idempotency_key if result.outcome == Outcome.SENT else None
        return SendResult(
            result.outcome,
            external_id=external,
            detail=result.detail,
            retry_after=result.retry_after,
            log=log,
            disable=result.disable,
        )

    async def send_many(self, messages: Sequence[OutboundMessage]) -> list[SendResult]:
        """Send in order to each receiver (update N before update N+1); receivers of their
        own (subscribers) are sent to side by side, at most RECEIVERS_AT_ONCE at a time."""
        by_receiver: dict[str, list[int]] = {}
        for index, message in enumerate(messages):
            by_receiver.setdefault(message.destination or "", []).append(index)
        results: list[SendResult | None] = [None] * len(messages)
        gate = asyncio.Semaphore(RECEIVERS_AT_ONCE)

        async def one_receiver(indexes: list[int]) -> None:
            async with gate:
                for index in indexes:
                    results[index] = await self.asend(messages[index])

        await asyncio.gather(*(one_receiver(i) for i in by_receiver.values()))
        return [r or SendResult(Outcome.RETRY, detail="no result") for r in results]

    def send(self, message: OutboundMessage) -> SendResult:
        """Send from sync code over a connection of its own."""
        return run_sync(self._send_and_close(message))

    async def _send_and_close(self, message: OutboundMessage) -> SendResult:
        try:
            return await self.asend(message)
        finally:
            await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool when this channel owns it."""
        if self._owns_client:
            await self.client.aclose()
