"""Email to each customer over SMTP: pre-rendered messages through pooled connections.

Bulk customer email goes here, not through apprise (apprise waits 5.5 s between sends on
a reused object and costs ~40 ms of CPU per fresh one). Messages arrive rendered
(`OutboundMessage.raw_email`, from statements.personalise) and go out byte for byte with
their stable Message-ID; a message without raw bytes (a test send) is built here, plain
text plus HTML. `send_many` keeps up to `pool_size` transactions in flight.
"""

from __future__ import annotations

import hashlib
import ssl
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr, parseaddr
from typing import ClassVar, Literal

from pydantic import Field, field_validator, model_validator

from crisiscomms.channels.base import (
    ChannelSettings,
    OutboundMessage,
    Outcome,
    SendResult,
    run_sync,
)
from crisiscomms.channels.smtp_pool import SmtpPool, SmtpServer, log_line


class EmailSettings(ChannelSettings):
    """The SMTP server, its security, the login and the envelope sender."""

    host: str = Field(min_length=1)
    port: int = Field(default=587, ge=1, le=65535)
    security: Literal["starttls", "ssl", "none"] = "starttls"
    username: str | None = None
    """Empty or absent: send without signing in (a relay that trusts the sender's address)."""
    password: str | None = None
    from_address: str = Field(min_length=3)
    """The envelope sender (MAIL FROM), and the From of messages built here."""

    @field_validator("username")
    @classmethod
    def _blank_username_is_none(cls, value: str | None) -> str | None:
        # A form or an API client sends "" for a field left empty: that means no login,
        # where aiosmtplib would try AUTH as "" and every send would fail.
        return value if value and value.strip() else None

    @field_validator("password")
    @classmethod
    def _empty_password_is_none(cls, value: str | None) -> str | None:
        return value or None

    @model_validator(mode="after")
    def _login_is_complete(self) -> EmailSettings:
        if self.password and not self.username:
            raise ValueError(
                "a password needs a username: fill in the username, or leave both empty "
                "to send without signing in"
            )
        if self.password and self.security == "none":
            raise ValueError("a password is only sent over TLS: use starttls or ssl")
        return self


def build_message(message: OutboundMessage, from_address: str, now: datetime) -> bytes:
    """A plain-text + HTML message for content that arrived unrendered (a test send)."""
    if message.recipient is None:
        raise ValueError("an email needs a recipient")
    email = EmailMessage(policy=SMTP)
    email["From"] = from_address
    email["To"] = message.recipient
    email["Subject"] = message.subject
    name, address = parseaddr(from_address)
    domain = address.rpartition("@")[2] or "crisiscomms.invalid"
    # RFC 2919: every email from here is one list per sending domain (see statements' mime)
    email["List-Id"] = formataddr((f"{name or domain} incident updates", f"incidents.{domain}"))
    email["Date"] = format_datetime(now.astimezone(UTC), usegmt=True)
    email["Message-ID"] = message_id(message.idempotency_key, from_address)
    email.set_content(message.text)
    if message.html:
        email.add_alternative(message.html, subtype="html")
    return email.as_bytes()


def message_id(key: str, from_address: str) -> str:
    """The key itself when it is a Message-ID, else one derived from it: stable per delivery."""
    if key.startswith("<") and key.endswith(">") and "@" in key:
        return key
    domain = parseaddr(from_address)[1].rpartition("@")[2] or "crisiscomms.invalid"
    return f"<{hashlib.sha256(key.encode()).hexdigest()[:32]}@{domain}>"


def _logged(recipient: str, result: SendResult) -> SendResult:
    """A pool's result with the line the delivery log keeps (a sent message's has it)."""
    if result.log:
        return result
    return SendResult(
        result.outcome,
        external_id=result.external_id,
        detail=result.detail,
        log=log_line(recipient, result.detail),
        suppress=result.suppress,
    )


class EmailChannel:
    """Personal email to customers through one SMTP server."""

    kind: ClassVar[str] = "email"
    max_length: ClassVar[int | None] = None
    idempotent: ClassVar[bool] = True
    settings_model: ClassVar[type[ChannelSettings]] = EmailSettings
    secret_fields: ClassVar[frozenset[str]] = frozenset({"password"})
    secrets_bound_to: ClassVar[frozenset[str]] = frozenset({"host", "port", "security", "username"})
    """Where the password goes: changing any of these needs it typed again."""

    def __init__(
        self,
        settings: EmailSettings,
        *,
        timeout: float = 10.0,
        pool_size: int = 16,
        tls_context: ssl.SSLContext | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.settings = settings
        self.server = SmtpServer(
            host=settings.host,
            port=settings.port,
            security=settings.security,
            username=settings.username,
            password=settings.password,
            timeout=timeout,
            tls_context=tls_context,
        )
        self.pool_size = pool_size
        self._sender = parseaddr(settings.from_address)[1]
        self.pool = SmtpPool(self.server, size=pool_size)
        self._clock = clock

    def _raw(self, message: OutboundMessage) -> bytes:
        if message.raw_email is not None:
            return message.raw_email
        return build_message(message, self.settings.from_address, self._clock())

    async def asend(self, message: OutboundMessage) -> SendResult:
        """Send one message over the pool; never raises."""
        return await self._send_via(self.pool, message)

    def _prepared(self, message: OutboundMessage) -> tuple[str, bytes] | SendResult:
        """The recipient and the message's bytes, or why it cannot be sent at all."""
        if not message.recipient:
            return SendResult(Outcome.PERMANENT, detail="an email delivery needs a recipient")
        try:
            return message.recipient, self._raw(message)
        except Exception as exc:
            return SendResult(Outcome.PERMANENT, detail=f"message could not be built: {exc}")

    async def _send_via(self, pool: SmtpPool, message: OutboundMessage) -> SendResult:
        prepared = self._prepared(message)
        if isinstance(prepared, SendResult):
            return prepared
        recipient, raw = prepared
        return _logged(recipient, await pool.send(self._sender, recipient, raw))

    async def send_many(self, messages: Sequence[OutboundMessage]) -> list[SendResult]:
        """Send every message over up to `pool_size` connections (streamed where the server
        pipelines, `SmtpPool.send_many`); results in the input's order."""
        results: list[SendResult | None] = [None] * len(messages)
        ready: list[tuple[str, bytes]] = []
        places: list[int] = []
        for index, message in enumerate(messages):
            raw, recipient = message.raw_email, message.recipient
            if raw is not None and recipient:  # rendered already: the common case
                ready.append((recipient, raw))
                places.append(index)
                continue
            prepared = self._prepared(message)
            if isinstance(prepared, SendResult):
                results[index] = prepared
                continue
            ready.append(prepared)
            places.append(index)
        sent = await self.pool.send_many(self._sender, ready)
        for index, (recipient, _), result in zip(places, ready, sent, strict=True):
            # A sent message's result carries its log line already (`smtp_pool._sent`).
            results[index] = result if result.log else _logged(recipient, result)
        return [r for r in results if r is not None]

    def send(self, message: OutboundMessage) -> SendResult:
        """Send from sync code over a connection of its own (a test send)."""
        return run_sync(self._send_alone(message))

    async def _send_alone(self, message: OutboundMessage) -> SendResult:
        pool = SmtpPool(self.server, size=1)
        try:
            return await self._send_via(pool, message)
        finally:
            await pool.aclose()

    async def aclose(self) -> None:
        """QUIT the pooled connections."""
        await self.pool.aclose()
