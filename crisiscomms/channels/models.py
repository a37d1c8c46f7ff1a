"""The configured channels: where messages go, for which audience, with encrypted settings."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Text
from sqlmodel import Field, SQLModel

from crisiscomms.dbtypes import StrEnumType, UTCDateTime


class Audience(StrEnum):
    """Who a configured channel reaches (the plan's audience kinds)."""

    PUBLIC = "public"
    CUSTOMERS = "customers"
    SUBSCRIBERS = "subscribers"
    INTERNAL = "internal"


class ChannelConfig(SQLModel, table=True):
    """A destination: its kind, audience, encrypted settings, limits and health."""

    __tablename__ = "channel"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100, unique=True)
    kind: str = Field(max_length=20, description="x, apprise, email, webhook or dry-run")
    audience: Audience = Field(sa_type=StrEnumType(Audience, 20), index=True)
    settings_encrypted: str = Field(sa_type=Text)
    enabled: bool = True
    short_form: bool = Field(
        default=False,
        description="A newer update replaces an unsent older one (X, SMS gateways).",
    )
    rate_per_minute: int | None = Field(default=None, ge=1)
    quarantine_after: int = Field(default=5, ge=1)
    consecutive_failures: int = 0
    quarantined_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    quarantine_reason: str | None = Field(default=None, max_length=1000)
    disabled_reason: str | None = Field(default=None, max_length=1000)
    owner_email: str | None = Field(default=None, max_length=254)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)


class ChannelRateBucket(SQLModel, table=True):
    """A rate-limited channel's token bucket, one row shared by every worker."""

    __tablename__ = "channel_rate_bucket"

    channel_id: int = Field(foreign_key="channel.id", primary_key=True)
    tokens: float
    refilled_at: datetime = Field(sa_type=UTCDateTime)
