"""The commitment state machine: creating, keeping and missing, with their side effects.

open → kept | missed | withdrawn, and missed → kept (late) while not re-dated. Every change
here goes on the incident's timeline and in the audit log; settling a commitment cancels
its pending reminders; a missed one alerts the commander, a kept promise tells the people
it was made to. The rules about who may do what, and with which input, are in `service.py`.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from crisiscomms.audit import service as audit_service
from crisiscomms.commitments import notices
from crisiscomms.commitments.models import Commitment, CommitmentKind, CommitmentStatus
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident
from crisiscomms.notifications import service as notification_service
from crisiscomms.plans.schema import PlanBody
from crisiscomms.plans.templating import format_time
from crisiscomms.principal import Principal

S = CommitmentStatus


def snapshot(commitment: Commitment) -> dict[str, object]:
    """The commitment as JSON, for the audit log."""
    return commitment.model_dump(mode="json")


def log(
    session: Session,
    commitment: Commitment,
    incident: Incident,
    *,
    action: str,
    message: str,
    actor: Principal,
    now: datetime,
    before: dict[str, object] | None = None,
    timeline: bool = True,
) -> None:
    """Store the change, and put it on the incident's timeline and in the audit log."""
    session.add(commitment)
    if commitment.id is None:
        session.flush()  # a new commitment: its id goes on the timeline and in the audit log
    if timeline:
        incident_service.record_event(
            session,
            incident,
            kind=f"commitment.{action}",
            message=message[:2000],
            actor=actor,
            now=now,
            data={"commitment_id": commitment.id},
        )
    audit_service.record(
        session,
        actor=actor,
        action=f"commitment.{action}",
        target_type="commitment",
        target_id=commitment.id,
        now=now,
        before=before,
        after=snapshot(commitment),
    )


def create(
    session: Session,
    incident: Incident,
    *,
    text: str,
    owner_id: int | None,
    due_at: datetime,
    public: bool,
    actor: Principal,
    now: datetime,
    kind: CommitmentKind = CommitmentKind.PROMISE,
    statement_id: int | None = None,
    supersedes_id: int | None = None,
    redated_from_id: int | None = None,
    message: str | None = None,
) -> Commitment:
    """Store a new open commitment; `message=None` keeps it off the timeline (audit only)."""
    assert incident.id is not None
    commitment = Commitment(
        incident_id=incident.id,
        statement_id=statement_id,
        kind=kind,
        text=text,
        owner_id=owner_id,
        due_at=due_at,
        public=public,
        supersedes_id=supersedes_id,
        redated_from_id=redated_from_id,
        created_by=actor.label[:254],
        created_at=now,
        updated_at=now,
    )
    log(
        session,
        commitment,
        incident,
        action="made",
        message=message or "",
        actor=actor,
        now=now,
        timeline=message is not None,
    )
    return commitment


def settle_kept(
    session: Session,
    commitment: Commitment,
    incident: Incident,
    plan: PlanBody,
    *,
    evidence: str | None,
    actor: Principal,
    now: datetime,
) -> None:
    """Record a commitment as kept now, cancel its reminders and tell whom it concerns."""
    before = snapshot(commitment)
    late = now > commitment.due_at
    commitment.status = S.KEPT
    commitment.kept_at = now
    commitment.evidence = evidence
    commitment.updated_at = now
    notification_service.cancel_pending(session, commitment_id=commitment.id or 0, now=now)
    suffix = f" late (it was due {format_time(commitment.due_at)})" if late else ""
    proof = f" Evidence: {evidence}" if evidence else ""
    log(
        session,
        commitment,
        incident,
        action="kept",
        message=f"Kept #{commitment.id}{suffix}: {commitment.text}{proof}",
        actor=actor,
        now=now,
        before=before,
    )
    if commitment.kind == CommitmentKind.PROMISE:
        notices.tell_kept(session, commitment, incident, plan, now=now)


def settle_missed(
    session: Session,
    commitment: Commitment,
    incident: Incident,
    plan: PlanBody,
    *,
    reason: str | None,
    actor: Principal,
    now: datetime,
) -> None:
    """Record a commitment as missed now, cancel its reminders and alert the commander."""
    before = snapshot(commitment)
    commitment.status = S.MISSED
    commitment.missed_at = now
    commitment.missed_reason = reason
    commitment.updated_at = now
    notification_service.cancel_pending(session, commitment_id=commitment.id or 0, now=now)
    why = f": {reason}" if reason else f" (due {format_time(commitment.due_at)}, passed unkept)"
    log(
        session,
        commitment,
        incident,
        action="missed",
        message=f"Missed #{commitment.id}{why}: {commitment.text}",
        actor=actor,
        now=now,
        before=before,
    )
    notices.escalate(session, commitment, incident, plan, now=now)


def settle_withdrawn(
    session: Session,
    commitment: Commitment,
    incident: Incident,
    *,
    reason: str,
    actor: Principal,
    now: datetime,
    superseded_by: Commitment | None = None,
) -> None:
    """Record a commitment as withdrawn now (by a new wording, when `superseded_by`)."""
    before = snapshot(commitment)
    commitment.status = S.WITHDRAWN
    commitment.withdrawn_at = now
    commitment.withdrawn_reason = reason
    commitment.superseded_by_id = superseded_by.id if superseded_by else None
    commitment.updated_at = now
    notification_service.cancel_pending(session, commitment_id=commitment.id or 0, now=now)
    action = "superseded" if superseded_by else "withdrawn"
    message = (
        f"Superseded #{commitment.id} by #{superseded_by.id}: {superseded_by.text}"
        if superseded_by
        else f"Withdrew #{commitment.id}: {reason}"
    )
    log(
        session,
        commitment,
        incident,
        action=action,
        message=message,
        actor=actor,
        now=now,
        before=before,
    )


def status_as_of(commitment: Commitment, moment: datetime) -> CommitmentStatus:
    """The status the commitment had at `moment` (from its settle times)."""
    if commitment.kept_at is not None and commitment.kept_at <= moment:
        return S.KEPT
    if commitment.withdrawn_at is not None and commitment.withdrawn_at <= moment:
        return S.WITHDRAWN
    if commitment.missed_at is not None and commitment.missed_at <= moment:
        return S.MISSED
    return S.OPEN
