"""The channel kinds, and the three things done with a channel's settings.

`validate_settings` runs when a channel is saved (schema, then the netguard for outbound
URLs), `build_channel` when the worker needs to send, and `public_settings` whenever
settings are shown: secret fields come back as "***", never as themselves, and a URL that
is shown keeps its scheme, host and path but not its user info or query values
(`https://***@host/path?token=***`), where credentials hide.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from pydantic import ValidationError

from crisiscomms.channels import apprise_policy, netguard
from crisiscomms.channels.apprise_channel import AppriseChannel, AppriseSettings
from crisiscomms.channels.base import Channel, ChannelSettings, OutboundMessage
from crisiscomms.channels.bluesky import BlueskyChannel, BlueskySettings
from crisiscomms.channels.dry_run import DryRunChannel, DryRunRecord, DryRunSettings
from crisiscomms.channels.email import EmailChannel, EmailSettings
from crisiscomms.channels.http_pool import WebhookClient
from crisiscomms.channels.linkedin import LinkedInChannel, LinkedInSettings
from crisiscomms.channels.mastodon import MastodonChannel, MastodonSettings
from crisiscomms.channels.meta import (
    FacebookChannel,
    FacebookSettings,
    ThreadsChannel,
    ThreadsSettings,
)
from crisiscomms.channels.secrets import redact_settings
from crisiscomms.channels.social import SocialChannel, post_hash
from crisiscomms.channels.webhook import WebhookChannel, WebhookSettings
from crisiscomms.channels.x import XChannel, XSettings, text_hash
from crisiscomms.errors import ValidationFailed

REGISTRY: dict[str, type[Any]] = {
    "x": XChannel,
    "mastodon": MastodonChannel,
    "bluesky": BlueskyChannel,
    "threads": ThreadsChannel,
    "facebook": FacebookChannel,
    "linkedin": LinkedInChannel,
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


HIDDEN = "***"


def masked_url(url: str) -> str:
    """The URL without the parts that carry credentials: user info, query values, fragment."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return HIDDEN
    netloc = parts.netloc
    if "@" in netloc:
        netloc = f"{HIDDEN}@{netloc.rpartition('@')[2]}"
    query = "&".join(
        f"{name}={HIDDEN}" if value else name
        for name, _, value in (pair.partition("=") for pair in parts.query.split("&") if pair)
    )
    fragment = HIDDEN if parts.fragment else ""
    return urlunsplit(parts._replace(netloc=netloc, query=query, fragment=fragment))


def _is_url_field(name: str) -> bool:
    return name == "url" or name.endswith("_url")


def _still_masked(url: str) -> bool:
    """Whether the URL is one `masked_url` showed, sent back as it was (an edit form does)."""
    return HIDDEN in url and masked_url(url) == url


def validate_settings(
    kind: str,
    settings: Mapping[str, Any],
    *,
    allow_private: bool,
    apprise_schemes: Collection[str] | None = None,
    warnings: list[str] | None = None,
) -> dict[str, Any]:
    """Settings fit to store: schema-checked and, for outbound URLs, netguard-checked.

    A URL still showing "***" for its credentials is refused, not stored: it would replace
    the real one (see `merge_shown`). A host that does not resolve is refused, unless the
    caller collects `warnings`: then it is a warning and the settings are kept (a name not
    yet in DNS, a passing resolver failure), since every send checks the address again.
    """
    url = settings.get("url")
    if kind == AppriseChannel.kind and isinstance(url, str):
        refused = apprise_policy.refusal(url, apprise_schemes)  # before apprise reads it
        if refused is not None:
            raise ValidationFailed(
                refused,
                details=[{"location": "body.settings.url", "message": refused, "type": "policy"}],
            )
    parsed = parse_settings(kind, settings)
    for name, value in parsed.model_dump(exclude_none=True).items():
        if _is_url_field(name) and isinstance(value, str) and _still_masked(value):
            message = "the URL still shows *** where its credentials were: type it in full"
            raise ValidationFailed(
                message,
                details=[{"location": f"body.settings.{name}", "message": message, "type": "url"}],
            )
    try:
        if isinstance(parsed, WebhookSettings):
            netguard.check_url(parsed.url, allow_private=allow_private)
        elif isinstance(parsed, AppriseSettings):
            AppriseChannel(parsed, allow_private=allow_private).check_destination()
        elif (base := getattr(parsed, "base_url", None)) is not None:
            netguard.check_url(str(base), allow_private=allow_private)
    except (netguard.DestinationRefused, netguard.DestinationUnresolved) as exc:
        if isinstance(exc, netguard.DestinationUnresolved) and warnings is not None:
            warnings.append(
                f"{exc}. Saved anyway: the address is resolved and checked again at every "
                "send, and messages wait (retrying) until it resolves to an allowed address."
            )
            return parsed.model_dump(exclude_none=True)
        where = "url" if kind in (AppriseChannel.kind, WebhookChannel.kind) else "base_url"
        raise ValidationFailed(
            str(exc),
            details=[
                {"location": f"body.settings.{where}", "message": str(exc), "type": "destination"}
            ],
        ) from None
    return parsed.model_dump(exclude_none=True)


def public_settings(kind: str, settings: Mapping[str, Any]) -> dict[str, Any]:
    """The settings as the API may show them: secret fields as "***", URLs masked."""
    shown = redact_settings(settings, channel_class(kind).secret_fields)
    return {
        name: masked_url(value) if _is_url_field(name) and isinstance(value, str) else value
        for name, value in shown.items()
    }


def merge_shown(kind: str, stored: Mapping[str, Any], sent: Mapping[str, Any]) -> dict[str, Any]:
    """Settings sent back after being shown, with what was hidden taken from the stored ones:
    a secret sent as "***" and a URL sent exactly as `public_settings` showed it."""
    shown = public_settings(kind, stored)
    return {
        name: stored.get(name) if value == HIDDEN or value == shown.get(name, HIDDEN) else value
        for name, value in sent.items()
    }


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
    if isinstance(parsed, MastodonSettings):
        return MastodonChannel(parsed, allow_private=allow_private, timeout=timeout)
    if isinstance(parsed, BlueskySettings):
        return BlueskyChannel(parsed, allow_private=allow_private, timeout=timeout)
    if isinstance(parsed, ThreadsSettings):
        return ThreadsChannel(parsed, allow_private=allow_private, timeout=timeout)
    if isinstance(parsed, FacebookSettings):
        return FacebookChannel(parsed, allow_private=allow_private, timeout=timeout)
    if isinstance(parsed, LinkedInSettings):
        return LinkedInChannel(parsed, allow_private=allow_private, timeout=timeout)
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


def is_social(kind: str) -> bool:
    """Whether the kind posts publicly to a social network and reconciles (X and the rest)."""
    cls = REGISTRY.get(kind)
    return cls is XChannel or (cls is not None and issubclass(cls, SocialChannel))


def identity(kind: str, text: str, fallback: str) -> str:
    """A message's identity across retries: a social post's text hash, else `fallback`."""
    if kind == XChannel.kind:
        return text_hash(text)
    if is_social(kind):
        return post_hash(kind, text)
    return fallback


def sample_message(kind: str, *, now: datetime, recipient: str | None = None) -> OutboundMessage:
    """A harmless message for a channel's test-send action (on X it is a real public post)."""
    stamp = now.strftime("%Y-%m-%d %H:%M:%S UTC")
    text = f"Test message from crisiscomms, sent {stamp}. No action is needed."
    key = f"test-send-{kind}-{int(now.timestamp())}"
    return OutboundMessage(
        delivery_id=key,
        kind=kind,
        idempotency_key=identity(kind, text, key),
        recipient=recipient,
        subject="crisiscomms test message",
        text=text,
        html=f"<p>{text}</p>",
        payload={"type": "test", "timestamp": now.isoformat(), "data": {"text": text}},
    )
