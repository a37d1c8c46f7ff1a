"""Rehearsals: start an exercise of a plan (see `flows.rehearsals`)."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from crisiscomms.db import utc_now
from crisiscomms.deps import CommanderDep, SessionDep
from crisiscomms.flows import rehearsals

router = APIRouter(tags=["incidents"])


class RehearsalStart(BaseModel):
    model_config = ConfigDict(extra="forbid")

    plan_slug: str = Field(min_length=1, max_length=100)
    severity: str | None = Field(default=None, max_length=64, description="Default: the first.")
    speed: int = Field(default=60, ge=1, le=rehearsals.MAX_SPEED, description="Times real time.")


class RehearsalStarted(BaseModel):
    incident_id: int
    clock_speed: int
    first_statement_due_at: datetime


@router.post("/rehearsals", status_code=201, response_model=RehearsalStarted)
def start_rehearsal(
    body: RehearsalStart, session: SessionDep, actor: CommanderDep
) -> RehearsalStarted:
    """Start a rehearsal: an incident on a faster clock whose broadcasts go only to dry-run
    channels and that never appears on the public status page."""
    incident = rehearsals.start(
        session,
        plan_slug=body.plan_slug,
        severity=body.severity,
        speed=body.speed,
        actor=actor,
        now=utc_now(),
    )
    return RehearsalStarted(
        incident_id=incident.id or 0,
        clock_speed=incident.clock_speed,
        first_statement_due_at=incident.first_statement_due_at,
    )
