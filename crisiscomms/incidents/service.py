"""Incidents: activation from a plan, the lifecycle, severity, commander and the timeline.

Invariants: an incident pins the plan version it was activated with; its status only
moves along the state machine in `lifecycle.py`; its deadlines always follow from that
plan version and its current severity; a closed incident is never changed; every change
is on the timeline and in the audit log.

Just over 400 lines: activation, status, severity and commander are one lifecycle with one
set of invariants (above); the timeline and audit helpers they share are here too.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from crisiscomms.accounts import service as account_service
from crisiscomms.audit import service as audit_service
from crisiscomms.errors import Conflict, NotFound, ValidationFailed
from crisiscomms.incidents import lifecycle
from crisiscomms.incidents.models import Incident, IncidentEvent, IncidentStatus
from crisiscomms.incidents.schemas import IncidentCreate, IncidentUpdate
from crisiscomms.plans import service as plan_service
from crisiscomms.plans.schema import PlanBody
from crisiscomms.principal import Principal

CLOCK_SKEW = timedelta(minutes=5)


def get_incident(session: Session, incident_id: int) -> Incident:
    """The incident, or NotFound."""
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFound(f"incident {incident_id} not found")
    return incident


def list_incidents(
    session: Session, *, status: IncidentStatus | None = None, open_only: bool = False
) -> Sequence[Incident]:
    """Newest first, optionally only one status or only the open ones."""
    query = select(Incident)
    if status is not None:
        query = query.where(Incident.status == status)
    if open_only:
        query = query.where(col(Incident.status).in_(lifecycle.OPEN_STATUSES))
    return session.exec(query.order_by(col(Incident.id).desc())).all()


def plan_of(session: Session, incident: Incident) -> PlanBody:
    """The plan version the incident was activated with."""
    return plan_service.body_by_version_id(session, incident.plan_version_id)


def list_events(session: Session, incident_id: int) -> Sequence[IncidentEvent]:
    """The timeline, oldest first."""
    return session.exec(
        select(IncidentEvent)
        .where(IncidentEvent.incident_id == incident_id)
        .order_by(col(IncidentEvent.at), col(IncidentEvent.id))
    ).all()


def record_event(
    session: Session,
    incident: Incident,
    *,
    kind: str,
    message: str,
    actor: Principal,
    now: datetime,
    data: dict[str, Any] | None = None,
) -> IncidentEvent:
    """Append an entry to the incident's timeline (written with the next flush or commit)."""
    assert incident.id is not None
    event = IncidentEvent(
        incident_id=incident.id,
        at=now,
        kind=kind,
        message=message,
        actor=actor.label,
        data=data or {},
    )
    session.add(event)
    return event


def snapshot(incident: Incident) -> dict[str, Any]:
    """The incident as JSON, for the audit log's before/after."""
    return incident.model_dump(mode="json")


def _record_change(
    session: Session,
    incident: Incident,
    *,
    kind: str,
    message: str,
    actor: Principal,
    now: datetime,
    before: dict[str, Any],
    data: dict[str, Any] | None = None,
) -> None:
    """Store a change: the incident, a timeline entry, and an audit event with before/after."""
    incident.updated_at = now
    session.add(incident)
    session.flush()
    record_event(session, incident, kind=kind, message=message, actor=actor, now=now, data=data)
    audit_service.record(
        session,
        actor=actor,
        action=kind,
        target_type="incident",
        target_id=incident.id,
        now=now,
        before=before,
        after=snapshot(incident),
    )


def _severity_or_error(plan: PlanBody, severity: str, location: str) -> None:
    if severity not in plan.severity_ids():
        known = ", ".join(plan.severity_ids())
        raise ValidationFailed(
            f"unknown severity {severity!r} for plan {plan.slug}; known: {known}",
            details=[{"location": location, "message": f"known: {known}", "type": "severity"}],
        )


def _commander_or_error(session: Session, user_id: int, location: str) -> None:
    try:
        user = account_service.get_user(session, user_id)
    except NotFound:
        raise ValidationFailed(
            f"user {user_id} does not exist",
            details=[{"location": location, "message": "unknown user", "type": "user"}],
        ) from None
    if not user.active:
        raise ValidationFailed(
            f"user {user_id} is deactivated and cannot command an incident",
            details=[{"location": location, "message": "inactive user", "type": "user"}],
        )


def activate(
    session: Session, data: IncidentCreate, *, actor: Principal, now: datetime
) -> Incident:
    """Activate a plan: create the incident with its clock and open its timeline."""
    if (data.plan_id is None) == (data.plan_slug is None):
        raise ValidationFailed(
            "give exactly one of plan_id or plan_slug",
            details=[
                {
                    "location": "body.plan_id",
                    "message": "one of plan_id, plan_slug",
                    "type": "missing",
                }
            ],
        )
    plan = (
        plan_service.get_plan(session, data.plan_id)
        if data.plan_id is not None
        else plan_service.get_plan_by_slug(session, data.plan_slug or "")
    )
    if plan.archived_at is not None:
        raise Conflict(f"plan {plan.slug} is archived and cannot be activated")
    version = plan_service.get_version(session, plan.id or 0)
    body = plan_service.body_of(version)
    _severity_or_error(body, data.severity, "body.severity")
    detected_at = data.detected_at or now
    if detected_at > now + CLOCK_SKEW:
        raise ValidationFailed(
            "detected_at is in the future",
            details=[{"location": "body.detected_at", "message": "in the future", "type": "time"}],
        )
    if data.commander_id is not None:
        _commander_or_error(session, data.commander_id, "body.commander_id")
    incident = Incident(
        plan_id=plan.id or 0,
        plan_version_id=version.id or 0,
        title=data.title,
        summary=data.summary,
        severity=data.severity,
        scope=data.scope.model_dump(),
        affected_customers=data.affected_customers,
        commander_id=data.commander_id,
        detected_at=detected_at,
        activated_at=now,
        first_statement_due_at=now,
        created_by_id=actor.user_id,
        updated_at=now,
    )
    lifecycle.compute_clock(incident, body)
    session.add(incident)
    session.flush()
    severity = body.severity(data.severity)
    record_event(
        session,
        incident,
        kind="incident.activated",
        message=(
            f"Activated plan {body.name} (v{version.version}) at {severity.name}; first statement "
            f"due by {incident.first_statement_due_at:%H:%M} UTC"
        ),
        actor=actor,
        now=now,
        data={"plan_slug": plan.slug, "plan_version": version.version, "severity": data.severity},
    )
    audit_service.record(
        session,
        actor=actor,
        action="incident.activate",
        target_type="incident",
        target_id=incident.id,
        now=now,
        after=snapshot(incident),
    )
    return incident


def _ensure_not_closed(incident: Incident) -> None:
    if incident.status == IncidentStatus.CLOSED:
        raise Conflict(f"incident {incident.id} is closed and can no longer be changed")


def update_details(
    session: Session, incident_id: int, data: IncidentUpdate, *, actor: Principal, now: datetime
) -> Incident:
    """Change title, summary, scope or the affected count."""
    incident = get_incident(session, incident_id)
    _ensure_not_closed(incident)
    changes = data.model_dump(exclude_unset=True)
    if not changes:
        raise ValidationFailed("nothing to change: send at least one field")
    before = snapshot(incident)
    incident.sqlmodel_update(changes)
    incident.updated_at = now
    session.add(incident)
    session.flush()
    record_event(
        session,
        incident,
        kind="incident.updated",
        message=f"Updated {', '.join(sorted(changes))}",
        actor=actor,
        now=now,
        data={"fields": sorted(changes)},
    )
    audit_service.record(
        session,
        actor=actor,
        action="incident.update",
        target_type="incident",
        target_id=incident.id,
        now=now,
        before=before,
        after=snapshot(incident),
    )
    return incident


def change_status(
    session: Session,
    incident_id: int,
    *,
    status: IncidentStatus,
    note: str | None,
    actor: Principal,
    now: datetime,
) -> Incident:
    """Move the incident along its lifecycle; an illegal move is a 409 naming the legal ones.

    Only the incident itself: what follows from a status (the follow-up sequence) is the
    use case's (`flows.status.change_status`), which the adapters call."""
    incident = get_incident(session, incident_id)
    lifecycle.check_transition(incident.status, status)
    before = snapshot(incident)
    previous = incident.status
    incident.status = status
    if status == IncidentStatus.RESOLVED:
        incident.resolved_at = now
    elif status == IncidentStatus.CLOSED:
        incident.closed_at = now
    elif previous == IncidentStatus.RESOLVED:
        incident.resolved_at = None
    body = plan_of(session, incident)
    lifecycle.compute_clock(incident, body)
    if previous == IncidentStatus.RESOLVED and status in lifecycle.OPEN_STATUSES:
        cadence = body.severity(incident.severity).update_cadence_minutes
        incident.next_update_due_at = now + timedelta(minutes=cadence)
    message = f"Status {previous.value} → {status.value}" + (f": {note}" if note else "")
    _record_change(
        session,
        incident,
        kind="incident.status",
        message=message,
        actor=actor,
        now=now,
        before=before,
        data={"from": previous.value, "to": status.value},
    )
    return incident


def change_severity(
    session: Session,
    incident_id: int,
    *,
    severity: str,
    reason: str,
    actor: Principal,
    now: datetime,
) -> Incident:
    """Change severity; the deadlines follow the new severity's cadence at once."""
    incident = get_incident(session, incident_id)
    _ensure_not_closed(incident)
    body = plan_of(session, incident)
    _severity_or_error(body, severity, "body.severity")
    if severity == incident.severity:
        raise Conflict(f"incident {incident.id} is already at severity {severity}")
    before = snapshot(incident)
    previous = incident.severity
    incident.severity = severity
    lifecycle.compute_clock(incident, body)
    _record_change(
        session,
        incident,
        kind="incident.severity",
        message=f"Severity {previous} → {severity}: {reason}",
        actor=actor,
        now=now,
        before=before,
        data={"from": previous, "to": severity},
    )
    return incident


def assign_commander(
    session: Session, incident_id: int, *, user_id: int, actor: Principal, now: datetime
) -> Incident:
    """Hand the incident to a commander."""
    incident = get_incident(session, incident_id)
    _ensure_not_closed(incident)
    _commander_or_error(session, user_id, "body.user_id")
    before = snapshot(incident)
    incident.commander_id = user_id
    commander = account_service.get_user(session, user_id)
    _record_change(
        session,
        incident,
        kind="incident.commander",
        message=f"Commander is now {commander.name} ({commander.email})",
        actor=actor,
        now=now,
        before=before,
        data={"user_id": user_id},
    )
    return incident


def add_note(
    session: Session, incident_id: int, *, message: str, actor: Principal, now: datetime
) -> IncidentEvent:
    """Put a note on the timeline."""
    incident = get_incident(session, incident_id)
    _ensure_not_closed(incident)
    event = record_event(session, incident, kind="note", message=message, actor=actor, now=now)
    session.flush()  # the event's id goes in the audit record
    audit_service.record(
        session,
        actor=actor,
        action="incident.note",
        target_type="incident",
        target_id=incident.id,
        now=now,
        after={"event_id": event.id},
    )
    return event


def public_view(session: Session, incident: Incident) -> dict[str, Any]:
    """The incident as the API shows it, with its plan, allowed moves and deadlines."""
    number, body = plan_service.pinned_version(session, incident.plan_version_id)
    severity = body.severity(incident.severity)
    deadlines = lifecycle.external_deadlines(incident, body)
    deadlines.insert(
        0,
        {
            "id": "first-statement",
            "title": "First public statement",
            "due_at": incident.first_statement_due_at,
            "owner_role": "spokesperson",
            "kind": "first_statement",
        },
    )
    data = incident.model_dump()
    data.update(
        plan_slug=body.slug,
        plan_version=number,
        severity_name=severity.name,
        update_cadence_minutes=severity.update_cadence_minutes,
        allowed_transitions=lifecycle.allowed_transitions(incident.status),
        deadlines=deadlines,
    )
    return data
