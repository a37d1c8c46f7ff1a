"""API shapes for statements."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from crisiscomms.plans.schema import Stage
from crisiscomms.statements.content import StatementContent
from crisiscomms.statements.models import StatementStatus


class Input(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StatementDraft(Input):
    """Draft a statement; the stage defaults to the incident's current status."""

    stage: Stage | None = None
    holding: bool = Field(default=False, description="Draft the plan's holding statement.")


class StatementSave(Input):
    """An edit: the whole content, and the revision it was made on (to catch lost updates)."""

    content: StatementContent
    base_revision: int = Field(ge=1)


class CheckRequest(Input):
    """Check unsaved content (as the editor types); omit it to check the saved revision."""

    content: StatementContent | None = None


class Approval(Input):
    override_reason: str | None = Field(default=None, max_length=2000)


class Rejection(Input):
    reason: str = Field(max_length=2000)


class StatementPublic(BaseModel):
    """A statement, its check report and its review state."""

    id: int
    incident_id: int
    stage: str
    holding: bool
    status: StatementStatus
    revision: int
    content: dict[str, Any]
    check_report: dict[str, Any]
    check_score: int
    check_passed: bool
    created_at: datetime
    last_editor: str
    updated_at: datetime
    submitted_at: datetime | None
    approved_at: datetime | None
    approved_by: str | None
    approved_revision: int | None
    override_reason: str | None
    rejected_at: datetime | None
    rejected_by: str | None
    rejection_reason: str | None
    published_at: datetime | None
    published_by: str | None
    superseded_by_id: int | None


class RevisionPublic(BaseModel):
    """One saved revision."""

    number: int
    content: dict[str, Any]
    editor: str
    created_at: datetime
    check_score: int
    check_passed: bool
