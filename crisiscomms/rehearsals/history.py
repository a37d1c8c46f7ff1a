"""Rehearsals of a plan compared over time: each one's score, its change, and the trend."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from crisiscomms.rehearsals import service as rehearsal_service


@dataclass(frozen=True)
class PastRehearsal:
    """One rehearsal of a plan, as the comparison lists it."""

    incident_id: int
    started_at: datetime
    ended_at: datetime | None
    severity: str
    clock_speed: int
    score: int | None
    grade: str | None
    categories: dict[str, float]
    """Each category's share of items passed (0-1), for the ended ones."""
    change: int | None
    """Score minus the previous ended rehearsal's."""


@dataclass(frozen=True)
class History:
    plan_slug: str
    plan_name: str
    rehearsals: list[PastRehearsal]
    trend: str
    """ "improving", "declining", "steady", or "not enough rehearsals" (fewer than two ended)."""


def of_plan(session: Session, plan_id: int, *, slug: str, name: str) -> History:
    """Every rehearsal of the plan, oldest first, with its score and the trend."""
    rows: list[PastRehearsal] = []
    previous: int | None = None
    for record in rehearsal_service.list_for_plan(session, plan_id):
        categories = {}
        if record.report is not None:
            for c in record.report.get("categories", []):
                categories[c["category"]] = round(c["passed"] / c["total"], 2)
        change = None
        if record.score is not None:
            change = record.score - previous if previous is not None else None
            previous = record.score
        rows.append(
            PastRehearsal(
                incident_id=record.incident_id,
                started_at=record.started_at,
                ended_at=record.ended_at,
                severity=record.severity,
                clock_speed=record.clock_speed,
                score=record.score,
                grade=record.grade,
                categories=categories,
                change=change,
            )
        )
    return History(slug, name, rows, _trend([r.score for r in rows if r.score is not None]))


def _trend(scores: Sequence[int]) -> str:
    if len(scores) < 2:
        return "not enough rehearsals"
    recent = scores[-3:]
    delta = recent[-1] - recent[0]
    if delta >= 5:
        return "improving"
    if delta <= -5:
        return "declining"
    return "steady"
