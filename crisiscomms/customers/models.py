"""Customer tables: the affected customers, the addresses we must never message, app secrets.

Consent: `email_consent` and `sms_consent` default to true, because a crisis notice about a
service the customer pays for is a transactional service message (it informs them about
their own contract and is not marketing), which needs no opt-in; an import may still set
them false. Whatever consent says, a `Suppression` row always wins: it is keyed by channel
kind and normalised address, not by customer, so no re-import can ever undo an unsubscribe.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from crisiscomms.dbtypes import JSONType, StrEnumType, UTCDateTime


class ChannelKind(StrEnum):
    """The personal channels a customer can be reached on."""

    EMAIL = "email"
    SMS = "sms"


class SuppressionReason(StrEnum):
    UNSUBSCRIBED = "unsubscribed"
    BOUNCED = "bounced"
    COMPLAINT = "complaint"
    MANUAL = "manual"


PERMANENT_REASONS = frozenset({SuppressionReason.UNSUBSCRIBED, SuppressionReason.COMPLAINT})
"""Suppressions the recipient asked for: honoured forever, never lifted by an administrator."""


class Customer(SQLModel, table=True):
    """A current (active) or former customer, as imported from the customer system."""

    __tablename__ = "customer"

    id: int | None = Field(default=None, primary_key=True)
    external_id: str = Field(max_length=200, unique=True, index=True)
    name: str = Field(max_length=200)
    email: str | None = Field(default=None, max_length=254)
    phone: str | None = Field(default=None, max_length=16, description="E.164, e.g. +61491570156")
    locale: str = Field(default="en", max_length=35)
    attributes: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)
    segment: str | None = Field(default=None, max_length=200, index=True)
    scope_tags: str = Field(
        default="",
        sa_type=Text,
        description="Normalised products/regions/segment, '\\np:x\\nr:y\\ns:z\\n', for audiences.",
    )
    active: bool = Field(default=True)
    email_consent: bool = Field(default=True)
    sms_consent: bool = Field(default=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)


class Suppression(SQLModel, table=True):
    """An address that must not be messaged on a channel kind, whoever it belongs to."""

    __tablename__ = "suppression"
    __table_args__ = (UniqueConstraint("kind", "address", name="uq_suppression_kind_address"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: ChannelKind = Field(sa_type=StrEnumType(ChannelKind))
    address: str = Field(max_length=254, description="Lower-case email, or E.164 phone.")
    reason: SuppressionReason = Field(sa_type=StrEnumType(SuppressionReason))
    source: str = Field(default="", max_length=200)
    created_at: datetime = Field(sa_type=UTCDateTime)
