"""Rehearsals: run a plan as an exercise, on a clock that may run faster than real time.

A rehearsal is an incident marked `rehearsal`, with `clock_speed` (1-600): its
first-statement deadline and update cadence are the plan's divided by the speed (at 60, a
30-minute deadline is 30 seconds), so the watchdog's reminders and holding statements come
as they would, sooner. Its broadcasts go only to dry-run channels, each one message the
team reads on the broadcast's page, never per customer: `broadcasts.targets` chooses only
dry-run channels, and the delivery engine refuses any other (the guard in
`broadcasts.messages.Composer.compose`), whatever wrote the row. A rehearsal is never on the
public status page, its JSON or its feeds.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from crisiscomms.errors import ValidationFailed
from crisiscomms.incidents import lifecycle
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident
from crisiscomms.incidents.schemas import IncidentCreate
from crisiscomms.plans import service as plan_service
from crisiscomms.principal import Principal

MAX_SPEED = 600


def start(
    session: Session,
    *,
    plan_slug: str,
    severity: str | None,
    speed: int,
    actor: Principal,
    now: datetime,
) -> Incident:
    """Start an exercise of the plan (its first severity unless one is named)."""
    if not 1 <= speed <= MAX_SPEED:
        message = f"speed must be 1 to {MAX_SPEED} (times real time); {speed} is not"
        raise ValidationFailed(
            message, details=[{"location": "body.speed", "message": message, "type": "range"}]
        )
    plan = plan_service.get_plan_by_slug(session, plan_slug)
    body = plan_service.body_of(plan_service.get_version(session, plan.id or 0))
    chosen = severity or body.severities[0].id
    incident = incident_service.activate(
        session,
        IncidentCreate(
            plan_slug=plan_slug,
            severity=chosen,
            title=f"Rehearsal: {body.name}"[:200],
            summary=(
                f"An exercise of the {body.name} plan at {speed}x speed. Nothing reaches "
                "customers or public accounts: broadcasts go to dry-run channels only."
            ),
            detected_at=now,
        ),
        actor=actor,
        now=now,
    )
    incident.rehearsal = True
    incident.clock_speed = speed
    lifecycle.compute_clock(incident, body)
    session.add(incident)
    incident_service.record_event(
        session,
        incident,
        kind="rehearsal.started",
        message=(
            f"Rehearsal of {body.name} started at {speed}x speed: the first statement is due "
            f"by {incident.first_statement_due_at:%H:%M:%S} UTC."
        ),
        actor=actor,
        now=now,
        data={"speed": speed, "severity": chosen},
    )
    session.flush()
    return incident
