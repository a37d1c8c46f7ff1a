"""API shapes of configured channels: settings go in, redacted settings come out."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from crisiscomms.channels.models import Audience
from crisiscomms.textrules import Absent, refuse_nulls


class ChannelCreate(BaseModel):
    """A new destination; `settings` are the kind's settings (secrets included)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=100)
    kind: str = Field(min_length=1, max_length=20)
    audience: Audience
    settings: dict[str, Any] = Field(default_factory=dict)
    enabled: bool = True
    short_form: bool | None = Field(
        default=None,
        description="Default: true for X, Mastodon, Bluesky and Threads, false for the others.",
    )
    rate_per_minute: int | None = Field(default=None, ge=1, le=1_000_000)
    quarantine_after: int = Field(default=5, ge=1, le=1000)
    owner_email: str | None = Field(default=None, max_length=254)


class ChannelUpdate(BaseModel):
    """A partial change; a secret sent back as "***" keeps the stored value."""

    model_config = ConfigDict(extra="forbid")

    name: Annotated[str, Field(min_length=1, max_length=100)] | Absent = None
    audience: Audience | Absent = None
    settings: dict[str, Any] | Absent = None
    enabled: bool | Absent = None
    short_form: bool | Absent = None
    rate_per_minute: int | None = Field(
        default=None, ge=1, le=1_000_000, description="null: no limit."
    )
    quarantine_after: Annotated[int, Field(ge=1, le=1000)] | Absent = None
    owner_email: str | None = Field(default=None, max_length=254)

    _present = refuse_nulls(
        "name", "audience", "settings", "enabled", "short_form", "quarantine_after"
    )


class ChannelPublic(BaseModel):
    """A channel as the API shows it: every secret setting is "***"."""

    id: int
    name: str
    kind: str
    audience: Audience
    settings: dict[str, Any]
    enabled: bool
    short_form: bool
    rate_per_minute: int | None
    quarantine_after: int
    consecutive_failures: int
    quarantined_at: datetime | None
    quarantine_reason: str | None
    disabled_reason: str | None
    owner_email: str | None
    created_at: datetime
    updated_at: datetime
    warnings: list[str] = Field(
        default_factory=list,
        description="In the answer to a save only: what was accepted with a doubt (a host "
        "that did not resolve; it is checked again at every send).",
    )


class TestSendRequest(BaseModel):
    """Where a test message goes: an email channel needs a recipient address."""

    model_config = ConfigDict(extra="forbid")

    recipient: str | None = Field(default=None, max_length=254)
