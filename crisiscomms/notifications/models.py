"""The internal notification outbox: rows the worker sends once the broadcasts issue lands."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlmodel import Field, SQLModel

from crisiscomms.dbtypes import JSONType, StrEnumType, UTCDateTime


class NotificationKind(StrEnum):
    REMINDER = "reminder"
    """A commitment is due soon: to its owner and the commander, on the internal channel."""
    ESCALATION = "escalation"
    """A commitment passed its due time unkept: to the commander."""
    KEPT_NOTICE = "kept_notice"
    """A promise was kept: a short update to the audiences it was made to."""
    CHANNEL_ALERT = "channel_alert"
    """A channel was quarantined after repeated failures: to its owner, internally."""


class NotificationStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    CANCELLED = "cancelled"


class Notification(SQLModel, table=True):
    """One message waiting to be sent; `dedupe_key` makes queueing it twice impossible."""

    __tablename__ = "notification"

    id: int | None = Field(default=None, primary_key=True)
    kind: NotificationKind = Field(sa_type=StrEnumType(NotificationKind, 20))
    status: NotificationStatus = Field(
        default=NotificationStatus.PENDING, sa_type=StrEnumType(NotificationStatus, 20), index=True
    )
    incident_id: int = Field(foreign_key="incident.id", index=True)
    commitment_id: int | None = Field(default=None, foreign_key="commitment.id", index=True)
    audiences: list[str] = Field(
        default_factory=list, sa_type=JSONType, description="Plan audience ids."
    )
    recipients: list[int] = Field(
        default_factory=list, sa_type=JSONType, description="User ids to address by name."
    )
    subject: str = Field(max_length=300)
    body: str = Field(max_length=8000)
    due_at: datetime = Field(sa_type=UTCDateTime, index=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    cancelled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    dedupe_key: str = Field(max_length=200, unique=True)
