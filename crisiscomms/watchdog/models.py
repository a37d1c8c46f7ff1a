"""Watchdog tables: what the watchdog did about each deadline, and the follow-up sequence.

`WatchdogAction` is UNIQUE per (incident, due time, kind): the reminder, and what happens
when the deadline passes (the holding statement, or else an escalation), each happen at
most once per deadline, whichever watchdog process tries and
however often it restarts. `FollowUp` is one planned message after resolution, UNIQUE per
(incident, step, resolution time) so scheduling twice never doubles it.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from crisiscomms.dbtypes import JSONType, StrEnumType, UTCDateTime


class ActionKind(StrEnum):
    REMINDER = "reminder"
    """The deadline is near: the commander and comms staff were told."""
    DEADLINE = "deadline"
    """The deadline passed in silence: a holding statement went out, or the commander was told."""


class Outcome(StrEnum):
    REMINDED = "reminded"
    HOLDING_STATEMENT = "holding_statement"
    ESCALATED = "escalated"


class DeadlineKind(StrEnum):
    FIRST_STATEMENT = "first_statement"
    NEXT_UPDATE = "next_update"


class WatchdogAction(SQLModel, table=True):
    """One thing the watchdog did about one deadline of one incident; never done twice."""

    __tablename__ = "watchdog_action"
    __table_args__ = (UniqueConstraint("incident_id", "due_at", "kind", name="uq_watchdog_action"),)

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    due_at: datetime = Field(sa_type=UTCDateTime)
    kind: ActionKind = Field(sa_type=StrEnumType(ActionKind, 20))
    deadline: DeadlineKind = Field(sa_type=StrEnumType(DeadlineKind, 20))
    outcome: Outcome = Field(sa_type=StrEnumType(Outcome, 20))
    statement_id: int | None = Field(default=None, foreign_key="statement.id")
    broadcast_id: int | None = Field(default=None, foreign_key="broadcast.id")
    notification_id: int | None = Field(default=None, foreign_key="notification.id")
    silence_seconds: int = Field(default=0, description="Time since the last public update.")
    note: str | None = Field(default=None, max_length=2000)
    at: datetime = Field(sa_type=UTCDateTime)


class FollowUpStatus(StrEnum):
    SCHEDULED = "scheduled"
    SENT = "sent"
    CANCELLED = "cancelled"
    FAILED = "failed"


class FollowUp(SQLModel, table=True):
    """One step of the plan's follow-up sequence for a resolved incident, at its time."""

    __tablename__ = "follow_up"
    __table_args__ = (
        UniqueConstraint("incident_id", "step_id", "resolved_at", name="uq_follow_up_step"),
    )

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    step_id: str = Field(max_length=64)
    purpose: str = Field(max_length=300)
    audiences: list[str] = Field(default_factory=list, sa_type=JSONType)
    resolved_at: datetime = Field(sa_type=UTCDateTime)
    due_at: datetime = Field(sa_type=UTCDateTime, index=True)
    status: FollowUpStatus = Field(
        default=FollowUpStatus.SCHEDULED, sa_type=StrEnumType(FollowUpStatus, 20), index=True
    )
    edits: dict[str, Any] = Field(
        default_factory=dict, sa_type=JSONType, description="locale → section → text"
    )
    statement_id: int | None = Field(default=None, foreign_key="statement.id")
    broadcast_id: int | None = Field(default=None, foreign_key="broadcast.id")
    scheduled_by: str = Field(max_length=254)
    scheduled_by_id: int | None = Field(default=None, foreign_key="user.id")
    edited_by: str | None = Field(default=None, max_length=254)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    cancelled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    note: str | None = Field(default=None, max_length=2000)
