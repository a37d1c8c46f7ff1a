"""Maintenance tables: the maintenance, the notices it sends, and its timeline."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlmodel import Field, SQLModel

from crisiscomms.dbtypes import JSONType, StrEnumType, UTCDateTime
from crisiscomms.plans.schema import MaintenanceNoticeKind


class MaintenanceStatus(StrEnum):
    """Statuspage's maintenance statuses, and cancelled."""

    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    VERIFYING = "verifying"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


MOVES: dict[MaintenanceStatus, tuple[MaintenanceStatus, ...]] = {
    MaintenanceStatus.SCHEDULED: (MaintenanceStatus.IN_PROGRESS, MaintenanceStatus.CANCELLED),
    MaintenanceStatus.IN_PROGRESS: (MaintenanceStatus.VERIFYING, MaintenanceStatus.COMPLETED),
    MaintenanceStatus.VERIFYING: (MaintenanceStatus.IN_PROGRESS, MaintenanceStatus.COMPLETED),
    MaintenanceStatus.COMPLETED: (),
    MaintenanceStatus.CANCELLED: (),
}
"""Where each status may go next, by hand or on the clock."""


class NoticeStatus(StrEnum):
    PENDING = "pending"
    """Written, not yet handed to the broadcast engine."""
    SENT = "sent"
    """A broadcast carries it (the engine delivers it)."""
    CANCELLED = "cancelled"


class Maintenance(SQLModel, table=True):
    """Planned work on some components in a window, announced from a plan.

    `revision` counts every change: an edit or a move that names an older revision is
    refused, so two people editing at once cannot overwrite each other unseen.
    """

    __tablename__ = "maintenance"

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", index=True)
    plan_version_id: int = Field(foreign_key="plan_version.id")
    title: str = Field(max_length=200)
    description: str = Field(default="", max_length=5000)
    components: list[str] = Field(default_factory=list, sa_type=JSONType)
    time_zone: str = Field(max_length=64, description="IANA time zone the window is given in.")
    starts_at: datetime = Field(sa_type=UTCDateTime, index=True)
    ends_at: datetime = Field(sa_type=UTCDateTime, index=True)
    status: MaintenanceStatus = Field(
        default=MaintenanceStatus.SCHEDULED, sa_type=StrEnumType(MaintenanceStatus, 20), index=True
    )
    revision: int = 1
    by_hand: bool = Field(
        default=False,
        description="A person moved it after it started: the clock no longer moves it.",
    )
    started_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    verifying_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    completed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    cancelled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    overran_at: datetime | None = Field(
        default=None, sa_type=UTCDateTime, description="When it was found past its end unfinished."
    )
    created_by: str = Field(max_length=254)
    created_by_id: int | None = Field(default=None, foreign_key="user.id")
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)


class MaintenanceNotice(SQLModel, table=True):
    """One notice, rendered from the plan in every language when it became due.

    `dedupe_key` is UNIQUE: a clock tick run twice, or two at once, never sends the same
    reminder (or start, completion, overrun notice) twice.
    """

    __tablename__ = "maintenance_notice"

    id: int | None = Field(default=None, primary_key=True)
    maintenance_id: int = Field(foreign_key="maintenance.id", index=True)
    kind: MaintenanceNoticeKind = Field(sa_type=StrEnumType(MaintenanceNoticeKind, 20))
    status: NoticeStatus = Field(
        default=NoticeStatus.PENDING, sa_type=StrEnumType(NoticeStatus, 20), index=True
    )
    update_status: MaintenanceStatus = Field(
        sa_type=StrEnumType(MaintenanceStatus, 20),
        description="The maintenance's status the notice reports (Statuspage's update status).",
    )
    texts: dict[str, Any] = Field(
        default_factory=dict, sa_type=JSONType, description="locale → {subject, body}"
    )
    default_locale: str = Field(max_length=10)
    audiences: list[str] = Field(default_factory=list, sa_type=JSONType)
    dedupe_key: str = Field(max_length=200, unique=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class MaintenanceEvent(SQLModel, table=True):
    """One entry on a maintenance's timeline; never edited."""

    __tablename__ = "maintenance_event"

    id: int | None = Field(default=None, primary_key=True)
    maintenance_id: int = Field(foreign_key="maintenance.id", index=True)
    at: datetime = Field(sa_type=UTCDateTime)
    kind: str = Field(max_length=60)
    message: str = Field(max_length=2000)
    actor: str = Field(max_length=200)
    data: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)
