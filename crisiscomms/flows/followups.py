"""Send the follow-ups whose time has come: one and done.

Each step of the plan's follow-up sequence is drafted from the plan's planned content, with
the report on the incident's promises, checked, approved as planned, and broadcast to its
audiences. A step whose incident was reopened is cancelled instead; one that cannot go is
marked failed, with the reason on the timeline.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from crisiscomms.commitments import promised
from crisiscomms.errors import CrisisCommsError
from crisiscomms.flows.broadcast import create_broadcast
from crisiscomms.incidents import lifecycle
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident
from crisiscomms.plans.schema import PlanBody, Stage
from crisiscomms.statements import drafting
from crisiscomms.statements import service as statement_service
from crisiscomms.statements.models import Statement, StatementRevision, StatementStatus
from crisiscomms.watchdog import followups
from crisiscomms.watchdog.models import FollowUp, FollowUpStatus


def _draft(
    session: Session, follow_up: FollowUp, incident: Incident, plan: PlanBody, now: datetime
) -> Statement:
    """The step's statement, drafted and approved as the plan's planned content."""
    actor = followups.actor_of(follow_up)
    step = followups.step_of(plan, follow_up.step_id)
    content = drafting.follow_up_content(plan, incident, step, edits=follow_up.edits)
    content = promised.include(session, content, incident_id=incident.id or 0)
    statement = Statement(
        incident_id=incident.id or 0,
        stage=Stage.FOLLOW_UP.value,
        content=content.model_dump(mode="json"),
        created_at=now,
        last_editor=actor.label,
        updated_at=now,
    )
    session.add(statement)
    session.flush()
    report = statement_service.check(
        session, statement, content, promises=promised.of_incident(session, incident.id or 0)
    )
    statement.check_report = report.to_dict()
    statement.check_score = report.score
    statement.check_passed = report.passed
    statement.status = StatementStatus.APPROVED
    statement.approved_at = now
    statement.approved_by = actor.label
    statement.approved_revision = statement.revision
    session.add(statement)
    session.add(
        StatementRevision(
            statement_id=statement.id or 0,
            number=statement.revision,
            content=statement.content,
            editor=actor.label,
            created_at=now,
            check_score=report.score,
            check_passed=report.passed,
        )
    )
    session.flush()
    incident_service.record_event(
        session,
        incident,
        kind="statement.approved",
        actor=actor,
        now=now,
        message=(
            f"Follow-up {follow_up.step_id} drafted as statement #{statement.id} and approved "
            f"as planned content (scheduled by {follow_up.scheduled_by}, check score "
            f"{report.score})"
        ),
        data={"statement_id": statement.id, "follow_up_id": follow_up.id},
    )
    return statement


def _send(session: Session, follow_up: FollowUp, now: datetime) -> None:
    incident = incident_service.get_incident(session, follow_up.incident_id)
    if incident.status in lifecycle.OPEN_STATUSES:
        followups.set_cancelled(
            session,
            follow_up,
            reason="the incident was reopened",
            actor=followups.actor_of(follow_up),
            now=now,
        )
        return
    plan = incident_service.plan_of(session, incident)
    try:
        with session.begin_nested():
            statement = _draft(session, follow_up, incident, plan, now)
            broadcast = create_broadcast(
                session,
                statement_id=statement.id or 0,
                audiences=follow_up.audiences,
                scheduled_at=None,
                actor=followups.actor_of(follow_up),
                now=now,
            )
    except CrisisCommsError as exc:
        follow_up.status = FollowUpStatus.FAILED
        follow_up.note = exc.message[:2000]
        follow_up.updated_at = now
        session.add(follow_up)
        incident_service.record_event(
            session,
            incident,
            kind="follow_up.failed",
            message=f"Follow-up {follow_up.step_id} did not go out: {exc.message}"[:2000],
            actor=followups.actor_of(follow_up),
            now=now,
            data={"follow_up_id": follow_up.id},
        )
        return
    follow_up.status = FollowUpStatus.SENT
    follow_up.statement_id = statement.id
    follow_up.broadcast_id = broadcast.id
    follow_up.sent_at = now
    follow_up.updated_at = now
    session.add(follow_up)


def send_due(session: Session, now: datetime) -> int:
    """Send the follow-ups whose time has come; how many were handled."""
    due = session.exec(
        select(FollowUp)
        .where(FollowUp.status == FollowUpStatus.SCHEDULED, col(FollowUp.due_at) <= now)
        .order_by(col(FollowUp.due_at), col(FollowUp.id))
        .limit(followups.BATCH)
        .with_for_update(skip_locked=True)
    ).all()
    for follow_up in due:
        _send(session, follow_up, now)
    session.flush()
    return len(due)
