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
    WEBHOOK = "webhook"
    """A URL confirmed by a signed challenge it echoes; updates signed with its own secret."""
    SMS = "sms"
    """A phone number, reached through the operator's apprise SMS gateway."""
    SLACK = "slack"
    TEAMS = "teams"
    DISCORD = "discord"
    """An incoming-webhook URL of that service, reached through apprise."""


URL_KINDS = frozenset(
    {SubscriberKind.WEBHOOK, SubscriberKind.SLACK, SubscriberKind.TEAMS, SubscriberKind.DISCORD}
)
"""Kinds whose destination is a URL of the subscriber's own (kept sealed, not in `address`)."""
CHANNEL_SERVES: dict[str, tuple[SubscriberKind, ...]] = {
    "email": (SubscriberKind.EMAIL,),
    "webhook": (SubscriberKind.WEBHOOK,),
    "apprise": (
        SubscriberKind.SMS,
        SubscriberKind.SLACK,
        SubscriberKind.TEAMS,
        SubscriberKind.DISCORD,
    ),
    "dry-run": tuple(SubscriberKind),
}
"""Which subscribers a channel kind serving the `subscribers` audience reaches, one message
each: email by email, webhooks at their own URLs, SMS through the operator's apprise SMS
gateway and chat rooms at their own incoming webhooks through apprise."""
CHAT_KINDS = frozenset({SubscriberKind.SLACK, SubscriberKind.TEAMS, SubscriberKind.DISCORD})


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
    address: str = Field(
        max_length=254,
        description=(
            "Normalised: lower-case email, E.164 phone, or for a URL kind `url:` and a keyed "
            "digest of the URL (unique without storing the URL in clear)."
        ),
    )
    destination: str | None = Field(
        default=None,
        sa_type=Text,
        description="URL kinds: the URL (and a webhook's signing secret), encrypted.",
    )
    failures: int = Field(
        default=0, description="Failed deliveries in a row to this subscriber's own URL or phone."
    )
    locale: str = Field(default="en", max_length=35)
    time_zone: str | None = Field(
        default=None,
        max_length=64,
        description=(
            "The IANA zone they read times in (checked with zoneinfo); None reads the "
            "plan organisation's zone, else UTC."
        ),
    )
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
