"""Follow-up sequences: the plan's planned messages after resolution, one and done.

Invariants: resolving an incident schedules each step of its plan's `follow_up_sequence`
at resolution time + the step's offset, to the step's audiences, recording who resolved it
(UNIQUE per incident, step and resolution, so scheduling twice never doubles); reopening
the incident cancels the steps not yet sent. A step can be moved (to a future time, never
before the resolution) or its text edited, or cancelled, until it is sent. At its time the
worker drafts the statement from the step's template (with the edits), approves it as the
plan's planned content on behalf of whoever scheduled it (the plan was reviewed when it was
written; an edit is made by a comms user and is on the audit log), publishes it and
broadcasts it through the engine. A step that cannot go out is marked failed with the
reason on the timeline; it is never retried blindly.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from pydantic import ValidationError
from sqlmodel import Session, col, select

from crisiscomms.audit import service as audit_service
from crisiscomms.errors import Conflict, NotFound, ValidationFailed
from crisiscomms.incidents import lifecycle
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident, IncidentStatus
from crisiscomms.plans.schema import SECTION_NAMES, FollowUpStep, PlanBody, duration_minutes
from crisiscomms.plans.templating import format_time
from crisiscomms.principal import Principal, Role
from crisiscomms.statements import drafting
from crisiscomms.watchdog.models import FollowUp, FollowUpStatus
from crisiscomms.watchdog.schemas import FollowUpEdit

BATCH = 20


def get_follow_up(session: Session, follow_up_id: int) -> FollowUp:
    """The follow-up, or NotFound."""
    follow_up = session.get(FollowUp, follow_up_id)
    if follow_up is None:
        raise NotFound(f"follow-up {follow_up_id} not found")
    return follow_up


def list_follow_ups(session: Session, incident_id: int) -> Sequence[FollowUp]:
    """An incident's follow-ups, in the order they go out."""
    incident_service.get_incident(session, incident_id)
    return session.exec(
        select(FollowUp)
        .where(FollowUp.incident_id == incident_id)
        .order_by(col(FollowUp.due_at), col(FollowUp.id))
    ).all()


def step_of(plan: PlanBody, step_id: str) -> FollowUpStep:
    found = next((s for s in plan.follow_up_sequence if s.id == step_id), None)
    if found is None:
        raise Conflict(f"the plan has no follow-up step {step_id!r}")
    return found


def schedule(
    session: Session, incident: Incident, plan: PlanBody, *, actor: Principal, now: datetime
) -> list[FollowUp]:
    """Schedule the plan's follow-up steps for a just-resolved incident."""
    assert incident.id is not None and incident.resolved_at is not None
    made: list[FollowUp] = []
    for step in plan.follow_up_sequence:
        exists = session.exec(
            select(FollowUp.id).where(
                FollowUp.incident_id == incident.id,
                FollowUp.step_id == step.id,
                FollowUp.resolved_at == incident.resolved_at,
            )
        ).first()
        if exists is not None:
            continue
        follow_up = FollowUp(
            incident_id=incident.id,
            step_id=step.id,
            purpose=step.purpose,
            audiences=list(step.audiences),
            resolved_at=incident.resolved_at,
            due_at=incident.resolved_at + timedelta(minutes=duration_minutes(step.offset)),
            scheduled_by=actor.label[:254],
            scheduled_by_id=actor.user_id,
            created_at=now,
            updated_at=now,
        )
        session.add(follow_up)
        made.append(follow_up)
    session.flush()
    if made:
        # Audited, not on the timeline: the status change that caused it is already there.
        audit_service.record(
            session,
            actor=actor,
            action="follow_up.schedule",
            target_type="incident",
            target_id=incident.id,
            now=now,
            after={
                "follow_ups": [
                    {"id": f.id, "step": f.step_id, "due_at": f.due_at.isoformat()} for f in made
                ]
            },
        )
    return made


def cancel_open(
    session: Session, incident: Incident, *, reason: str, actor: Principal, now: datetime
) -> int:
    """Cancel the incident's follow-ups not yet sent (it was reopened); how many."""
    pending = session.exec(
        select(FollowUp).where(
            FollowUp.incident_id == incident.id, FollowUp.status == FollowUpStatus.SCHEDULED
        )
    ).all()
    for follow_up in pending:
        set_cancelled(session, follow_up, reason=reason, actor=actor, now=now)
    return len(pending)


def set_cancelled(
    session: Session, follow_up: FollowUp, *, reason: str, actor: Principal, now: datetime
) -> None:
    follow_up.status = FollowUpStatus.CANCELLED
    follow_up.cancelled_at = now
    follow_up.updated_at = now
    follow_up.note = reason[:2000]
    session.add(follow_up)
    session.flush()
    incident = incident_service.get_incident(session, follow_up.incident_id)
    incident_service.record_event(
        session,
        incident,
        kind="follow_up.cancelled",
        message=f"Follow-up {follow_up.step_id} cancelled: {reason}",
        actor=actor,
        now=now,
        data={"follow_up_id": follow_up.id},
    )
    audit_service.record(
        session,
        actor=actor,
        action="follow_up.cancel",
        target_type="follow_up",
        target_id=follow_up.id,
        now=now,
        after={"reason": reason},
    )


def _scheduled(follow_up: FollowUp) -> None:
    if follow_up.status != FollowUpStatus.SCHEDULED:
        raise Conflict(
            f"follow-up {follow_up.id} is {follow_up.status.value}; only a scheduled one can "
            "be changed"
        )


def _check_edits(
    plan: PlanBody, incident: Incident, step: FollowUpStep, edits: dict[str, dict[str, str]]
) -> None:
    problems = [
        {"location": f"body.sections.{locale}", "message": "unknown locale", "type": "locale"}
        for locale in edits
        if locale not in plan.locales
    ] + [
        {"location": f"body.sections.{locale}.{name}", "message": "unknown section", "type": "key"}
        for locale, sections in edits.items()
        for name in sections
        if name not in SECTION_NAMES
    ]
    if problems:
        raise ValidationFailed(
            f"{problems[0]['location']}: {problems[0]['message']}", details=problems
        )
    try:
        drafting.follow_up_content(plan, incident, step, edits=edits)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ValidationFailed(
            f"body.sections: {where}: {first['msg']}",
            details=[
                {"location": f"body.sections.{where}", "message": first["msg"], "type": "text"}
            ],
        ) from None


def edit(
    session: Session, follow_up_id: int, data: FollowUpEdit, *, actor: Principal, now: datetime
) -> FollowUp:
    """Move a scheduled follow-up or change its text (locale → section → text)."""
    follow_up = get_follow_up(session, follow_up_id)
    _scheduled(follow_up)
    if data.due_at is None and data.sections is None:
        raise ValidationFailed("nothing to change: send due_at or sections")
    before = follow_up.model_dump(mode="json", include={"due_at", "edits"})
    if data.due_at is not None:
        if data.due_at <= now:
            raise ValidationFailed(
                "the new time must be in the future",
                details=[{"location": "body.due_at", "message": "in the past", "type": "time"}],
            )
        if data.due_at < follow_up.resolved_at:
            raise ValidationFailed(
                "a follow-up cannot go before the incident was resolved "
                f"({format_time(follow_up.resolved_at)})",
                details=[
                    {"location": "body.due_at", "message": "before resolution", "type": "time"}
                ],
            )
        follow_up.due_at = data.due_at
    if data.sections is not None:
        incident = incident_service.get_incident(session, follow_up.incident_id)
        plan = incident_service.plan_of(session, incident)
        merged = {k: dict(v) for k, v in follow_up.edits.items()}
        for locale, sections in data.sections.items():
            merged.setdefault(locale, {}).update(sections)
        _check_edits(plan, incident, step_of(plan, follow_up.step_id), merged)
        follow_up.edits = merged
    follow_up.edited_by = actor.label[:254]
    follow_up.updated_at = now
    session.add(follow_up)
    session.flush()
    audit_service.record(
        session,
        actor=actor,
        action="follow_up.edit",
        target_type="follow_up",
        target_id=follow_up.id,
        now=now,
        before=before,
        after=follow_up.model_dump(mode="json", include={"due_at", "edits"}),
    )
    return follow_up


def cancel(
    session: Session, follow_up_id: int, *, reason: str, actor: Principal, now: datetime
) -> FollowUp:
    """Cancel a scheduled follow-up before it goes."""
    follow_up = get_follow_up(session, follow_up_id)
    _scheduled(follow_up)
    set_cancelled(session, follow_up, reason=reason, actor=actor, now=now)
    return follow_up


def actor_of(follow_up: FollowUp) -> Principal:
    return Principal(
        kind="system",
        id=follow_up.scheduled_by_id,
        label=f"{follow_up.scheduled_by} (follow-up sequence)"[:254],
        role=Role.COMMANDER,
        user_id=follow_up.scheduled_by_id,
    )


def on_status_change(
    session: Session,
    incident: Incident,
    previous: IncidentStatus,
    *,
    actor: Principal,
    now: datetime,
) -> None:
    """Schedule the sequence on resolution; cancel what is left when the incident reopens."""
    if incident.status == IncidentStatus.RESOLVED:
        schedule(
            session, incident, incident_service.plan_of(session, incident), actor=actor, now=now
        )
    elif previous == IncidentStatus.RESOLVED and incident.status in lifecycle.OPEN_STATUSES:
        cancel_open(session, incident, reason="the incident was reopened", actor=actor, now=now)
