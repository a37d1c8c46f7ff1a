"""The incident state machine and the clocks that follow from the plan."""

from __future__ import annotations

from datetime import datetime, timedelta

from crisiscomms.errors import InvalidTransition
from crisiscomms.incidents.models import Incident, IncidentStatus
from crisiscomms.plans.schema import PlanBody, duration_minutes

S = IncidentStatus

ALLOWED: dict[IncidentStatus, tuple[IncidentStatus, ...]] = {
    # Forward moves may skip a stage (a fix can be found while still investigating);
    # open stages may step back when a diagnosis turns out wrong or a fix regresses.
    S.INVESTIGATING: (S.IDENTIFIED, S.MONITORING, S.RESOLVED),
    S.IDENTIFIED: (S.INVESTIGATING, S.MONITORING, S.RESOLVED),
    S.MONITORING: (S.INVESTIGATING, S.IDENTIFIED, S.RESOLVED),
    # A resolved incident can be reopened into monitoring, or closed for good.
    S.RESOLVED: (S.MONITORING, S.CLOSED),
    S.CLOSED: (),
}

OPEN_STATUSES = (S.INVESTIGATING, S.IDENTIFIED, S.MONITORING)


def allowed_transitions(status: IncidentStatus) -> list[IncidentStatus]:
    """Where an incident in `status` may go next."""
    return list(ALLOWED[status])


def check_transition(current: IncidentStatus, target: IncidentStatus) -> None:
    """Raise InvalidTransition (409) naming the allowed moves when `target` is not one."""
    if target in ALLOWED[current]:
        return
    allowed = ", ".join(s.value for s in ALLOWED[current]) or "none: the incident is closed"
    raise InvalidTransition(
        f"cannot move an incident from {current.value} to {target.value}; allowed: {allowed}",
        details=[
            {"location": "body.status", "message": f"allowed: {allowed}", "type": "transition"}
        ],
    )


def compute_clock(incident: Incident, plan: PlanBody) -> None:
    """Set the first-statement and next-update deadlines from the plan and current severity.

    Before the first public statement the next update due is the first-statement deadline;
    after it, the time the last statement promised, when it promised one (that is what the
    public was told, so the page, the watchdog and the promise's commitment all show the
    same time), else one cadence after the last public update. Resolved and closed
    incidents have no update cadence (the follow-up sequence takes over).
    """
    severity = plan.severity(incident.severity)
    speed = incident.clock_speed or 1  # a rehearsal's clock may run faster than real time
    incident.first_statement_due_at = incident.activated_at + (
        timedelta(minutes=severity.first_statement_minutes) / speed
    )
    if incident.status not in OPEN_STATUSES:
        incident.next_update_due_at = None
    elif incident.last_public_update_at is None:
        incident.next_update_due_at = incident.first_statement_due_at
    else:
        by_cadence = incident.last_public_update_at + (
            timedelta(minutes=severity.update_cadence_minutes) / speed
        )
        # One source of truth: the time the last statement promised is the deadline.
        incident.next_update_due_at = incident.promised_update_at or by_cadence


def external_deadlines(incident: Incident, plan: PlanBody) -> list[dict[str, object]]:
    """The plan's external clocks (e.g. a regulator's 72 hours) for this incident."""
    deadlines: list[dict[str, object]] = []
    for deadline in plan.deadlines:
        start: datetime = (
            incident.detected_at if deadline.from_ == "detected" else incident.activated_at
        )
        deadlines.append(
            {
                "id": deadline.id,
                "title": deadline.title,
                "due_at": start + timedelta(minutes=duration_minutes(deadline.after)),
                "owner_role": deadline.owner_role,
                "kind": "plan",
            }
        )
    return deadlines
