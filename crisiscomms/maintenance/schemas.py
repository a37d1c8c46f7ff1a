"""API shapes for scheduled maintenance."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from crisiscomms.dbtypes import MAX_ID, RowId
from crisiscomms.maintenance.models import MaintenanceStatus, NoticeStatus
from crisiscomms.plans.schema import MaintenanceNoticeKind
from crisiscomms.textrules import Absent, Label, refuse_nulls

WINDOW_HELP = (
    "ISO 8601. Without an offset it is read in `time_zone` (a form's local time); with one, "
    "it is that instant."
)


class Input(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MaintenanceCreate(Input):
    """Schedule planned work from a plan that has a `maintenance` block."""

    plan_id: RowId | None = Field(default=None, description="The plan's id; or give plan_slug.")
    plan_slug: Label | None = None
    title: Label
    description: str = Field(default="", max_length=5000)
    components: list[Label] = Field(min_length=1, max_length=100)
    starts_at: datetime = Field(description=WINDOW_HELP)
    ends_at: datetime = Field(description=WINDOW_HELP)
    time_zone: Label = Field(description="IANA time zone, e.g. Asia/Dhaka or Etc/UTC.")


class MaintenanceUpdate(Input):
    """Change a scheduled maintenance (all optional but `revision`)."""

    revision: int = Field(ge=1, le=MAX_ID, description="The revision this edit was made on.")
    title: Label | Absent = None
    description: str | Absent = Field(default=None, max_length=5000)
    components: list[Label] | Absent = Field(default=None, min_length=1, max_length=100)
    starts_at: datetime | Absent = Field(default=None, description=WINDOW_HELP)
    ends_at: datetime | Absent = Field(default=None, description=WINDOW_HELP)
    time_zone: Label | Absent = None

    _present = refuse_nulls(
        "title", "description", "components", "starts_at", "ends_at", "time_zone"
    )


class MaintenanceStatusChange(Input):
    """Move a maintenance by hand."""

    status: MaintenanceStatus
    revision: int | None = Field(
        default=None, ge=1, le=MAX_ID, description="If given, refused (409) unless current."
    )
    note: str | None = Field(default=None, max_length=2000)


class NoticePublic(BaseModel):
    id: int
    kind: MaintenanceNoticeKind
    status: NoticeStatus
    update_status: MaintenanceStatus
    texts: dict[str, Any]
    audiences: list[str]
    created_at: datetime
    sent_at: datetime | None


class MaintenanceEventPublic(BaseModel):
    id: int
    at: datetime
    kind: str
    message: str
    actor: str
    data: dict[str, Any]


class MaintenancePublic(BaseModel):
    id: int
    plan_id: int
    plan_version_id: int
    title: str
    description: str
    components: list[str]
    time_zone: str
    starts_at: datetime
    ends_at: datetime
    starts_at_local: str
    ends_at_local: str
    status: MaintenanceStatus
    revision: int
    automatic: bool
    promise: str = Field(description="The promised end: open, kept, missed or withdrawn.")
    started_at: datetime | None
    verifying_at: datetime | None
    completed_at: datetime | None
    cancelled_at: datetime | None
    overran_at: datetime | None
    created_by: str
    created_at: datetime
    updated_at: datetime
    allowed_moves: list[MaintenanceStatus]
    notices: list[NoticePublic]
