"""API shapes for incidents."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from crisiscomms.dbtypes import MAX_ID, RowId
from crisiscomms.incidents.models import IncidentStatus
from crisiscomms.textrules import Absent, AwareDatetime, Label, Paragraph, refuse_nulls


class Input(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Scope(Input):
    """Who is affected: products, regions, segments, and explicit customer ids."""

    products: list[Label] = Field(default_factory=list, max_length=500)
    regions: list[Label] = Field(default_factory=list, max_length=500)
    segments: list[Label] = Field(default_factory=list, max_length=500)
    customer_ids: list[Label] = Field(default_factory=list, max_length=10_000)


class IncidentCreate(Input):
    """Activate a plan: the incident is born with a severity, a scope and a clock."""

    plan_id: RowId | None = Field(default=None, description="The plan's id; or give plan_slug.")
    plan_slug: Label | None = None
    severity: Label = Field(description="A severity id of the plan, e.g. sev1.")
    title: Label
    summary: Paragraph
    scope: Scope = Field(default_factory=Scope)
    affected_customers: int | None = Field(default=None, ge=0, le=MAX_ID)
    detected_at: AwareDatetime | None = Field(
        default=None, description="When the problem was detected; defaults to now."
    )
    commander_id: RowId | None = None


class IncidentUpdate(Input):
    """Change the facts of an incident (all optional)."""

    title: Label | Absent = None
    summary: Paragraph | Absent = None
    scope: Scope | Absent = None
    affected_customers: int | None = Field(
        default=None, ge=0, le=MAX_ID, description="null: not known."
    )

    _present = refuse_nulls("title", "summary", "scope")


class StatusChange(Input):
    status: IncidentStatus
    note: Paragraph | None = None


class SeverityChange(Input):
    severity: Label
    reason: Paragraph


class CommanderAssignment(Input):
    user_id: RowId


class NoteCreate(Input):
    message: Paragraph


class DeadlinePublic(BaseModel):
    """A clock the incident must beat."""

    id: str
    title: str
    due_at: datetime
    owner_role: str
    kind: str


class IncidentPublic(BaseModel):
    """An incident, its lifecycle and its clocks."""

    id: int
    plan_id: int
    plan_slug: str
    plan_version: int
    title: str
    summary: str
    severity: str
    severity_name: str
    status: IncidentStatus
    allowed_transitions: list[IncidentStatus]
    scope: dict[str, Any]
    affected_customers: int | None
    commander_id: int | None
    detected_at: datetime
    activated_at: datetime
    first_statement_due_at: datetime
    first_statement_at: datetime | None
    last_public_update_at: datetime | None
    next_update_due_at: datetime | None
    update_cadence_minutes: int
    resolved_at: datetime | None
    closed_at: datetime | None
    updated_at: datetime
    deadlines: list[DeadlinePublic]
    rehearsal: bool = Field(
        default=False, description="An exercise: dry-run channels and the rehearsal audience only."
    )
    clock_speed: int = Field(default=1, description="How much faster than real time it runs.")


class IncidentEventPublic(BaseModel):
    """One entry of the timeline."""

    id: int
    at: datetime
    kind: str
    message: str
    actor: str
    data: dict[str, Any]
