"""Rehearsal records: create one beside its incident, fire its injects once, keep its report.

Invariants: one rehearsal per incident; an inject fires once (`fire` is a compare-and-set on
`fired_at`, so a second worker or a repeated tick finds it taken); a report is stored once,
when the rehearsal ends, and never rewritten (a second end is a 409).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

from crisiscomms.errors import Conflict, NotFound
from crisiscomms.incidents.lifecycle import OPEN_STATUSES
from crisiscomms.incidents.models import Incident
from crisiscomms.plans.schema import PlanBody
from crisiscomms.rehearsals import injects
from crisiscomms.rehearsals.models import Rehearsal, RehearsalInject


def create(session: Session, incident: Incident, body: PlanBody) -> Rehearsal:
    """The rehearsal record of a rehearsal incident, with its injects scheduled."""
    assert incident.id is not None
    rehearsal = Rehearsal(
        incident_id=incident.id,
        plan_id=incident.plan_id,
        plan_version_id=incident.plan_version_id,
        severity=incident.severity,
        clock_speed=incident.clock_speed,
        started_at=incident.activated_at,
    )
    session.add(rehearsal)
    session.flush()
    assert rehearsal.id is not None
    for position, planned in enumerate(injects.planned(body)):
        session.add(
            RehearsalInject(
                rehearsal_id=rehearsal.id,
                position=position,
                offset_minutes=planned.offset_minutes,
                text=planned.text,
                due_at=injects.due_at(
                    incident.activated_at, planned.offset_minutes, incident.clock_speed
                ),
            )
        )
    session.flush()
    return rehearsal


def find(session: Session, incident_id: int) -> Rehearsal | None:
    """The rehearsal record of an incident, if it has one."""
    return session.exec(select(Rehearsal).where(Rehearsal.incident_id == incident_id)).first()


def get(session: Session, incident_id: int) -> Rehearsal:
    """The rehearsal record of an incident, or NotFound."""
    found = find(session, incident_id)
    if found is None:
        raise NotFound(f"incident {incident_id} is not a rehearsal")
    return found


def list_injects(session: Session, rehearsal_id: int) -> Sequence[RehearsalInject]:
    """A rehearsal's injects in the order they play."""
    return session.exec(
        select(RehearsalInject)
        .where(RehearsalInject.rehearsal_id == rehearsal_id)
        .order_by(col(RehearsalInject.position))
    ).all()


def due_injects(session: Session, now: datetime) -> Sequence[RehearsalInject]:
    """Injects whose time has come and that have not fired, of rehearsals still running (not
    ended, their incident still open)."""
    return session.exec(
        select(RehearsalInject)
        .join(Rehearsal, col(Rehearsal.id) == col(RehearsalInject.rehearsal_id))
        .join(Incident, col(Incident.id) == col(Rehearsal.incident_id))
        .where(
            col(RehearsalInject.fired_at).is_(None),
            col(RehearsalInject.due_at) <= now,
            col(Rehearsal.ended_at).is_(None),
            col(Incident.status).in_(OPEN_STATUSES),
        )
        .order_by(col(RehearsalInject.due_at), col(RehearsalInject.id))
    ).all()


def fire(session: Session, inject: RehearsalInject, now: datetime) -> bool:
    """Mark the inject fired; False when someone else fired it first."""
    result = session.execute(
        update(RehearsalInject)
        .where(col(RehearsalInject.id) == inject.id, col(RehearsalInject.fired_at).is_(None))
        .values(fired_at=now)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return False
    session.refresh(inject)
    return True


def store_report(
    session: Session,
    rehearsal: Rehearsal,
    report: dict[str, Any],
    *,
    score: int,
    grade: str,
    ended_by: str,
    now: datetime,
) -> Rehearsal:
    """Keep the graded report of a rehearsal that ends now; a second end is a 409 (a
    compare-and-set on `ended_at`, so two ends at once store one report)."""
    result = session.execute(
        update(Rehearsal)
        .where(col(Rehearsal.id) == rehearsal.id, col(Rehearsal.ended_at).is_(None))
        .values(ended_at=now, ended_by=ended_by, report=report, score=score, grade=grade)
    )
    session.refresh(rehearsal)
    if result.rowcount != 1:  # type: ignore[attr-defined]
        ended = rehearsal.ended_at
        raise Conflict(
            f"the rehearsal of incident {rehearsal.incident_id} already ended"
            + (f" at {ended:%Y-%m-%d %H:%M:%S} UTC" if ended else "")
            + "; its report is kept as it was"
        )
    return rehearsal


def list_for_plan(session: Session, plan_id: int) -> Sequence[Rehearsal]:
    """A plan's rehearsals, oldest first."""
    return session.exec(
        select(Rehearsal)
        .where(Rehearsal.plan_id == plan_id)
        .order_by(col(Rehearsal.started_at), col(Rehearsal.id))
    ).all()
