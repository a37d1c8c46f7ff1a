"""Subscribers: people who follow incidents by themselves, without being customers.

A subscriber signs up on the public status page or its API with an address, the components
(products) they care about (none means everything) and a language. Nothing is sent to them
until they confirm (double opt-in); they stay `active` until they unsubscribe. Their
deliveries go through the same outbox as customers', with `recipient_id = -subscriber.id`
(see `broadcasts.models.Delivery`).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from crisiscomms.dbtypes import StrEnumType, UTCDateTime


class SubscriberKind(StrEnum):
    """How a subscriber is reached."""

    EMAIL = "email"


class SubscriberStatus(StrEnum):
    PENDING = "pending"
    """Signed up, not confirmed: nothing but the confirmation is ever sent."""
    ACTIVE = "active"
    UNSUBSCRIBED = "unsubscribed"


class Subscriber(SQLModel, table=True):
    """One address following incidents, with what it follows and in which language."""

    __tablename__ = "subscriber"
    __table_args__ = (UniqueConstraint("kind", "address", name="uq_subscriber_kind_address"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: SubscriberKind = Field(sa_type=StrEnumType(SubscriberKind, 20))
    address: str = Field(max_length=254, description="Normalised: lower-case email.")
    locale: str = Field(default="en", max_length=35)
    components: str = Field(
        default="",
        sa_type=Text,
        description="Followed components, normalised, '\\na\\nb\\n'; '' follows everything.",
    )
    status: SubscriberStatus = Field(sa_type=StrEnumType(SubscriberStatus, 20), index=True)
    nonce: str = Field(max_length=64, description="Renewed to revoke every link made before.")
    source: str = Field(default="self-service", max_length=40)
    confirmations_sent: int = Field(default=0, description="In the window from `window_start`.")
    window_start: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(sa_type=UTCDateTime)
    confirmed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    unsubscribed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class SignupAttempt(SQLModel, table=True):
    """One sign-up request from a client address, kept a day for the per-client limit."""

    __tablename__ = "signup_attempt"

    id: int | None = Field(default=None, primary_key=True)
    client: str = Field(max_length=64, index=True, description="Keyed hash of the client IP.")
    created_at: datetime = Field(sa_type=UTCDateTime, index=True)
