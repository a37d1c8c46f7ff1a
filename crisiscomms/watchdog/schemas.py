"""API shapes of the watchdog's view of an incident and of follow-ups."""

from __future__ import annotations

from datetime import datetime

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from crisiscomms.watchdog.models import DeadlineKind, FollowUpStatus, Outcome


class FollowUpEdit(BaseModel):
    """Move a scheduled follow-up, or change its text (locale → section → text)."""

    model_config = ConfigDict(extra="forbid")

    due_at: AwareDatetime | None = Field(default=None, description="A new time, with a timezone.")
    sections: dict[str, dict[str, str]] | None = Field(
        default=None, description='Replacement section texts, e.g. {"en": {"headline": "…"}}.'
    )


class FollowUpCancel(BaseModel):
    """Why a follow-up is cancelled (kept on the timeline)."""

    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=3, max_length=2000)


class FollowUpPublic(BaseModel):
    """One planned message after resolution."""

    id: int
    incident_id: int
    step_id: str
    purpose: str
    audiences: list[str]
    resolved_at: datetime
    due_at: datetime
    status: FollowUpStatus
    edits: dict[str, dict[str, str]]
    statement_id: int | None
    broadcast_id: int | None
    scheduled_by: str
    edited_by: str | None
    sent_at: datetime | None
    cancelled_at: datetime | None
    note: str | None


class Deadline(BaseModel):
    """The incident's next deadline and when its reminder is due."""

    kind: DeadlineKind
    due_at: datetime
    reminder_at: datetime | None
    overdue: bool


class ActionPublic(BaseModel):
    """Something the watchdog did about one deadline."""

    due_at: datetime
    at: datetime
    deadline: DeadlineKind
    outcome: Outcome
    silence_seconds: int
    statement_id: int | None
    broadcast_id: int | None
    notification_id: int | None
    note: str | None


class WatchdogStatus(BaseModel):
    """What the watchdog sees of one incident: deadline, silence, and what it did."""

    incident_id: int
    title: str
    status: str
    next_deadline: Deadline | None
    last_public_update_at: datetime | None
    current_silence_seconds: int | None = Field(
        description="Time since the last public update (or activation); none once resolved."
    )
    longest_silence_seconds: int
    reminders: list[ActionPublic]
    holding_statements: list[ActionPublic]
    escalations: list[ActionPublic]
