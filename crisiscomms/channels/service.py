"""Configured channels: saved with checked, encrypted settings; shown with secrets hidden.

Invariants: settings are validated (schema, then the outbound-URL guard) before they are
stored, and stored only encrypted; no API shape ever carries a secret back; a quarantined
channel stays paused until a person releases it; the channel's owner hears of a quarantine
once per quarantine.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from crisiscomms import keys, validators
from crisiscomms.audit import service as audit
from crisiscomms.channels import registry
from crisiscomms.channels.models import ChannelConfig
from crisiscomms.channels.schemas import ChannelCreate, ChannelPublic, ChannelUpdate
from crisiscomms.channels.secrets import decrypt_settings, encrypt_settings
from crisiscomms.config import Settings
from crisiscomms.errors import Conflict, NotFound, ValidationFailed
from crisiscomms.principal import Principal

KEY_NAME = "channel_settings_key"
PURPOSE = b"crisiscomms channel settings key"
SHORT_FORM_KINDS = frozenset({"x", "mastodon", "bluesky", "threads"})
HIDDEN = "***"


def key_material(session: Session, settings: Settings, *, now: datetime) -> bytes:
    """The key channel settings are encrypted with: from the secret key, else stored once."""
    return keys.current_key(session, settings, name=KEY_NAME, purpose=PURPOSE, now=now)


def get_channel(session: Session, channel_id: int) -> ChannelConfig:
    """A channel, or NotFound."""
    channel = session.get(ChannelConfig, channel_id)
    if channel is None:
        raise NotFound(f"channel {channel_id} not found")
    return channel


def list_channels(session: Session) -> Sequence[ChannelConfig]:
    """Every configured channel, by id."""
    return session.exec(select(ChannelConfig).order_by(col(ChannelConfig.id))).all()


def decrypted_settings(
    session: Session, channel: ChannelConfig, settings: Settings, *, now: datetime
) -> dict[str, Any]:
    """The channel's settings in clear, for the worker only (older keys still open them)."""
    current = key_material(session, settings, now=now)
    older = keys.keys_for(session, settings, name=KEY_NAME, purpose=PURPOSE, now=now)
    return decrypt_settings(channel.settings_encrypted, current, [k for k in older if k != current])


def to_public(
    session: Session, channel: ChannelConfig, settings: Settings, *, now: datetime
) -> ChannelPublic:
    """The API view: settings with every secret replaced by "***"."""
    clear = decrypted_settings(session, channel, settings, now=now)
    data = channel.model_dump(exclude={"settings_encrypted"})
    return ChannelPublic(settings=registry.public_settings(channel.kind, clear), **data)


def _unique_name(session: Session, name: str, channel_id: int | None) -> None:
    clash = session.exec(select(ChannelConfig.id).where(ChannelConfig.name == name)).first()
    if clash is not None and clash != channel_id:
        raise Conflict(f"a channel named {name!r} already exists (id {clash})")


def _checked(
    kind: str, values: dict[str, Any], settings: Settings, warnings: list[str] | None
) -> dict[str, Any]:
    return registry.validate_settings(
        kind,
        values,
        allow_private=settings.allow_private_destinations,
        apprise_schemes=settings.apprise_schemes,
        warnings=warnings,
    )


def create_channel(
    session: Session,
    data: ChannelCreate,
    *,
    settings: Settings,
    actor: Principal,
    now: datetime,
    warnings: list[str] | None = None,
) -> ChannelConfig:
    """Store a new channel with its settings checked and encrypted; a host that does not
    resolve is a warning added to `warnings` when the caller collects them."""
    registry.channel_class(data.kind)
    _unique_name(session, data.name, None)
    clear = _checked(data.kind, data.settings, settings, warnings)
    channel = ChannelConfig(
        name=data.name,
        kind=data.kind,
        audience=data.audience,
        settings_encrypted=encrypt_settings(clear, key_material(session, settings, now=now)),
        enabled=data.enabled,
        short_form=data.kind in SHORT_FORM_KINDS if data.short_form is None else data.short_form,
        rate_per_minute=data.rate_per_minute,
        quarantine_after=data.quarantine_after,
        owner_email=data.owner_email,
        created_at=now,
        updated_at=now,
    )
    session.add(channel)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="channel.create",
        target_type="channel",
        target_id=channel.id,
        now=now,
        after={"name": channel.name, "kind": channel.kind, "audience": channel.audience},
    )
    return channel


def _secrets_stay_where_they_went(
    kind: str, stored: dict[str, Any], sent: dict[str, Any], merged: dict[str, Any]
) -> None:
    """A stored secret kept ("***") only goes where it went before: changing where the
    channel connects (an SMTP host, port, security or login) needs it typed again, or an
    admin could send the stored password to a server of their own."""
    channel_class = registry.channel_class(kind)
    kept = sorted(k for k in channel_class.secret_fields if sent.get(k) == HIDDEN)
    bound: frozenset[str] = getattr(channel_class, "secrets_bound_to", frozenset())
    moved = sorted(k for k in bound if k in sent and merged.get(k) != stored.get(k))
    if kept and moved:
        raise ValidationFailed(
            f"type {', '.join(kept)} again to change {', '.join(moved)}: a stored secret is "
            "only sent where it went before",
            details=[
                {"location": f"body.settings.{k}", "message": "type it again", "type": "secret"}
                for k in kept
            ],
        )


def update_channel(
    session: Session,
    channel_id: int,
    data: ChannelUpdate,
    *,
    settings: Settings,
    actor: Principal,
    now: datetime,
    warnings: list[str] | None = None,
) -> ChannelConfig:
    """Change a channel; settings are merged, and "***" keeps a stored secret."""
    channel = get_channel(session, channel_id)
    changes = data.model_dump(exclude_unset=True)
    if changes.get("name") is not None:
        _unique_name(session, changes["name"], channel.id)
    new_settings = changes.pop("settings", None)
    if new_settings is not None:
        stored = decrypted_settings(session, channel, settings, now=now)
        merged = registry.merge_shown(channel.kind, stored, new_settings)
        _secrets_stay_where_they_went(channel.kind, stored, new_settings, merged)
        clear = _checked(channel.kind, merged, settings, warnings)
        channel.settings_encrypted = encrypt_settings(
            clear, key_material(session, settings, now=now)
        )
    for field in ("name", "audience", "enabled", "short_form", "quarantine_after"):
        if changes.get(field) is not None:
            setattr(channel, field, changes[field])
    for field in ("rate_per_minute", "owner_email"):
        if field in changes:
            setattr(channel, field, changes[field])
    if changes.get("enabled"):
        channel.disabled_reason = None
    channel.updated_at = now
    session.add(channel)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="channel.update",
        target_type="channel",
        target_id=channel.id,
        now=now,
        after={k: v for k, v in changes.items()}
        | ({"settings": "changed"} if new_settings else {}),
    )
    return channel


def release(session: Session, channel_id: int, *, actor: Principal, now: datetime) -> ChannelConfig:
    """Lift a quarantine: the channel's waiting deliveries go out again."""
    channel = get_channel(session, channel_id)
    if channel.quarantined_at is None:
        raise Conflict(f"channel {channel_id} is not quarantined")
    channel.quarantined_at = None
    channel.quarantine_reason = None
    channel.consecutive_failures = 0
    channel.updated_at = now
    session.add(channel)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="channel.release",
        target_type="channel",
        target_id=channel.id,
        now=now,
    )
    return channel


def check_recipient(channel: ChannelConfig, recipient: str | None) -> str | None:
    """The test-send recipient a channel kind needs (email: an address), or ValidationFailed."""
    if channel.kind != "email":
        return None
    if not recipient:
        message = "a test email needs one recipient address"
    else:
        try:
            return validators.email_address(recipient)
        except ValueError as exc:
            message = str(exc)
    raise ValidationFailed(
        f"recipient: {message}",
        details=[{"location": "body.recipient", "message": message, "type": "email"}],
    )
