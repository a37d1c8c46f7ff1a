"""Rehearsals: start an exercise of a plan, read its injects and graded report, end it, and
compare a plan's rehearsals over time (see `flows.rehearsals`)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from crisiscomms.db import utc_now
from crisiscomms.deps import CommanderDep, PathId, SessionDep, ViewerDep
from crisiscomms.flows import rehearsals
from crisiscomms.rehearsals.injects import clock_label
from crisiscomms.rehearsals.report import RehearsalReport

router = APIRouter(tags=["incidents"])


class RehearsalStart(BaseModel):
    model_config = ConfigDict(extra="forbid")

    plan_slug: str = Field(min_length=1, max_length=100)
    severity: str | None = Field(default=None, max_length=64, description="Default: the first.")
    speed: int = Field(default=60, ge=1, le=rehearsals.MAX_SPEED, description="Times real time.")


class InjectPublic(BaseModel):
    at: str = Field(description='On the rehearsal\'s clock, e.g. "T+10m".')
    text: str
    due_at: datetime = Field(description="When it plays, in real time.")
    fired_at: datetime | None


class RehearsalStarted(BaseModel):
    incident_id: int
    clock_speed: int
    first_statement_due_at: datetime
    injects: list[InjectPublic]


class PastRehearsalPublic(BaseModel):
    incident_id: int
    started_at: datetime
    ended_at: datetime | None
    severity: str
    clock_speed: int
    score: int | None = Field(description="0-100; none while the rehearsal runs.")
    grade: str | None
    categories: dict[str, float] = Field(description="Each category's share of items passed.")
    change: int | None = Field(description="Score minus the previous ended rehearsal's.")


class RehearsalHistory(BaseModel):
    plan_slug: str
    plan_name: str
    trend: str = Field(description="improving, declining, steady or not enough rehearsals.")
    rehearsals: list[PastRehearsalPublic]


def _injects(session: SessionDep, incident_id: int) -> list[InjectPublic]:
    return [
        InjectPublic(
            at=clock_label(i.offset_minutes), text=i.text, due_at=i.due_at, fired_at=i.fired_at
        )
        for i in rehearsals.fired_injects(session, incident_id)
    ]


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
        injects=_injects(session, incident.id or 0),
    )


@router.get("/rehearsals", response_model=RehearsalHistory)
def list_rehearsals(
    session: SessionDep,
    _viewer: ViewerDep,
    plan_slug: str = Query(min_length=1, max_length=100, description="The plan's slug."),
) -> RehearsalHistory:
    """A plan's rehearsals, oldest first, each with its score, and the trend."""
    found = rehearsals.history(session, plan_slug)
    return RehearsalHistory(
        plan_slug=found.plan_slug,
        plan_name=found.plan_name,
        trend=found.trend,
        rehearsals=[PastRehearsalPublic(**asdict(r)) for r in found.rehearsals],
    )


@router.get("/rehearsals/{incident_id}/injects", response_model=list[InjectPublic])
def list_rehearsal_injects(
    incident_id: PathId, session: SessionDep, _viewer: ViewerDep
) -> list[InjectPublic]:
    """The rehearsal's injects in the order they play, with when each fired (the control
    center polls this to show them as they fire)."""
    rehearsals.report_target(session, incident_id)
    return _injects(session, incident_id)


@router.get("/rehearsals/{incident_id}/report", response_model=RehearsalReport)
def read_rehearsal_report(
    incident_id: PathId, session: SessionDep, _viewer: ViewerDep
) -> RehearsalReport:
    """The graded report: kept as it was when the rehearsal ended, or as of now while it
    runs (`provisional`)."""
    return rehearsals.report(session, incident_id, now=utc_now())


@router.post("/rehearsals/{incident_id}/finish", response_model=RehearsalReport)
def finish_rehearsal(
    incident_id: PathId, session: SessionDep, actor: CommanderDep
) -> RehearsalReport:
    """End the rehearsal: grade it as the team left it, keep the report, resolve the
    incident. A second end is a 409."""
    return rehearsals.finish(session, incident_id, actor=actor, now=utc_now())
