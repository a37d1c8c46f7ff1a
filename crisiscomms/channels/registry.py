"""The channel kinds, and the three things done with a channel's settings.

`validate_settings` runs when a channel is saved (schema, then the netguard for outbound
URLs), `build_channel` when the worker needs to send, and `public_settings` whenever
settings are shown: secret fields come back as "***", never as themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from crisiscomms.channels import netguard
from crisiscomms.channels.apprise_channel import AppriseChannel, AppriseSettings
from crisiscomms.channels.base import Channel, ChannelSettings, OutboundMessage
from crisiscomms.channels.dry_run import DryRunChannel, DryRunRecord, DryRunSettings
from crisiscomms.channels.email import EmailChannel, EmailSettings
from crisiscomms.channels.http_pool import WebhookClient
from crisiscomms.channels.secrets import redact_settings
from crisiscomms.channels.webhook import WebhookChannel, WebhookSettings
from crisiscomms.channels.x import XChannel, XSettings, text_hash
from crisiscomms.errors import ValidationFailed

REGISTRY: dict[str, type[Any]] = {
    "x": XChannel,
    "apprise": AppriseChannel,
    "email": EmailChannel,
    "webhook": WebhookChannel,
    "dry-run": DryRunChannel,
}
"""Channel kind → class. Each class declares kind, max_length, idempotent, settings_model."""


def channel_class(kind: str) -> type[Any]:
    """The class for a kind, or ValidationFailed naming the kinds there are."""
    try:
        return REGISTRY[kind]
    except KeyError:
        raise ValidationFailed(
            f"unknown channel kind {kind!r}; choose one of {', '.join(REGISTRY)}"
        ) from None


def parse_settings(kind: str, settings: Mapping[str, Any]) -> ChannelSettings:
    """The kind's settings model, or ValidationFailed with one detail per bad field."""
    model: type[ChannelSettings] = channel_class(kind).settings_model
    try:
        return model.model_validate(dict(settings))
    except ValidationError as exc:
        details = [
            {
                "location": ".".join(["body", "settings", *map(str, err["loc"])]),
                "message": err["msg"],
                "type": err["type"],
            }
            for err in exc.errors(include_url=False, include_input=False)
        ]
        raise ValidationFailed(f"invalid {kind} channel settings", details=details) from None


def validate_settings(
    kind: str, settings: Mapping[str, Any], *, allow_private: bool
) -> dict[str, Any]:
    """Settings fit to store: schema-checked and, for outbound URLs, netguard-checked."""
    parsed = parse_settings(kind, settings)
    try:
        if isinstance(parsed, WebhookSettings):
            netguard.check_url(parsed.url, allow_private=allow_private)
        elif isinstance(parsed, AppriseSettings):
            AppriseChannel(parsed, allow_private=allow_private).check_destination()
    except (netguard.DestinationRefused, netguard.DestinationUnresolved) as exc:
        raise ValidationFailed(
            str(exc),
            details=[{"location": "body.settings.url", "message": str(exc), "type": "destination"}],
        ) from None
    return parsed.model_dump(exclude_none=True)


def public_settings(kind: str, settings: Mapping[str, Any]) -> dict[str, Any]:
    """The settings as the API may show them: every secret field as "***"."""
    return redact_settings(settings, channel_class(kind).secret_fields)


def build_channel(
    kind: str,
    settings: Mapping[str, Any],
    *,
    allow_private: bool,
    timeout: float = 10.0,
    smtp_pool_size: int = 16,
    webhook_client: WebhookClient | None = None,
    dry_run_sink: Callable[[DryRunRecord], None] | None = None,
) -> Channel:
    """A ready channel from stored (decrypted) settings; ValidationFailed when they are bad."""
    parsed = parse_settings(kind, settings)
    if isinstance(parsed, XSettings):
        return XChannel(parsed, timeout=timeout)
    if isinstance(parsed, AppriseSettings):
        return AppriseChannel(parsed, allow_private=allow_private, timeout=timeout)
    if isinstance(parsed, EmailSettings):
        return EmailChannel(parsed, timeout=timeout, pool_size=smtp_pool_size)
    if isinstance(parsed, WebhookSettings):
        return WebhookChannel(
            parsed, allow_private=allow_private, timeout=timeout, client=webhook_client
        )
    if isinstance(parsed, DryRunSettings):
        return DryRunChannel(parsed, sink=dry_run_sink)
    raise ValidationFailed(f"no builder for channel kind {kind!r}")  # pragma: no cover


def sample_message(kind: str, *, now: datetime, recipient: str | None = None) -> OutboundMessage:
    """A harmless message for a channel's test-send action (on X it is a real public post)."""
    stamp = now.strftime("%Y-%m-%d %H:%M:%S UTC")
    text = f"Test message from crisiscomms, sent {stamp}. No action is needed."
    key = f"test-send-{kind}-{int(now.timestamp())}"
    return OutboundMessage(
        delivery_id=key,
        kind=kind,
        idempotency_key=text_hash(text) if kind == "x" else key,
        recipient=recipient,
        subject="crisiscomms test message",
        text=text,
        html=f"<p>{text}</p>",
        payload={"type": "test", "timestamp": now.isoformat(), "data": {"text": text}},
    )
