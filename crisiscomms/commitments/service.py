"""Commitments: every promise tracked until it is kept, missed or withdrawn.

Invariants:
- a commitment's text never changes: a new wording is a new commitment that supersedes the
  old one (the old one is withdrawn, naming its successor), and both stay on the record;
- open → kept | missed | withdrawn; a missed promise may still be kept late (its missed
  time and reason stay), unless it was re-dated, when the re-dated commitment is the one to
  keep; nothing else leaves kept or withdrawn;
- a missed promise gets a new date as a NEW commitment that refers to the missed one;
- keeping needs evidence where the plan says so; missing and withdrawing need a reason;
- due times are timezone-aware and in the future when set; owners are active users;
- a public promise already published is never moved later quietly: a later date is a slip,
  recorded by marking it missed with a reason and a new date;
- the next-update commitment is kept or missed by publishing (or by the sweep), never by hand;
- a closed incident's commitments are never changed;
- every change is on the incident's timeline and in the audit log, and cancels the
  commitment's pending reminders when it settles it.

Publishing is in `publishing.py`, the periodic sweep in `reminders.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, col, select

from crisiscomms.accounts import service as account_service
from crisiscomms.commitments import lifecycle
from crisiscomms.commitments.models import (
    Commitment,
    CommitmentKind,
    CommitmentReport,
    CommitmentStatus,
)
from crisiscomms.errors import Conflict, NotFound, ValidationFailed
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident, IncidentStatus
from crisiscomms.plans.schema import PlanBody
from crisiscomms.plans.templating import format_time
from crisiscomms.principal import Principal

S = CommitmentStatus
MIN_REASON = 10


def invalid(location: str, message: str, kind: str = "value_error") -> ValidationFailed:
    """A 422 about one input field."""
    return ValidationFailed(
        message, details=[{"location": location, "message": message, "type": kind}]
    )


def get_commitment(session: Session, commitment_id: int) -> Commitment:
    """The commitment, or NotFound."""
    commitment = session.get(Commitment, commitment_id)
    if commitment is None:
        raise NotFound(f"commitment {commitment_id} not found")
    return commitment


def list_commitments(
    session: Session, incident_id: int, *, public_only: bool = False
) -> Sequence[Commitment]:
    """An incident's commitments, oldest first."""
    incident_service.get_incident(session, incident_id)
    query = select(Commitment).where(Commitment.incident_id == incident_id)
    if public_only:
        query = query.where(col(Commitment.public).is_(True))
    return session.exec(query.order_by(col(Commitment.id))).all()


def reports_of(
    session: Session, commitment_ids: Sequence[int]
) -> dict[int, list[CommitmentReport]]:
    """The reports on each of these commitments, oldest first."""
    found: dict[int, list[CommitmentReport]] = {i: [] for i in commitment_ids}
    if commitment_ids:
        rows = session.exec(
            select(CommitmentReport)
            .where(col(CommitmentReport.commitment_id).in_(list(commitment_ids)))
            .order_by(col(CommitmentReport.id))
        ).all()
        for row in rows:
            found[row.commitment_id].append(row)
    return found


def successor_of(session: Session, commitment: Commitment) -> Commitment | None:
    """The commitment that re-dated this missed one, if any."""
    return session.exec(
        select(Commitment).where(Commitment.redated_from_id == commitment.id)
    ).first()


def texts_of(session: Session, incident_id: int) -> list[str]:
    """The texts of an incident's promises, for the transparency check."""
    return list(
        session.exec(
            select(Commitment.text).where(
                Commitment.incident_id == incident_id,
                Commitment.kind == CommitmentKind.PROMISE,
            )
        ).all()
    )


def check_owner(session: Session, owner_id: int | None, location: str) -> int:
    """The owner's id if it names an active user; else a 422."""
    if owner_id is None:
        raise invalid(location, "every promise needs an owner", "missing")
    try:
        user = account_service.get_user(session, owner_id)
    except NotFound:
        raise invalid(location, f"user {owner_id} does not exist", "user") from None
    if not user.active:
        raise invalid(location, f"user {owner_id} is deactivated and cannot own a promise", "user")
    return owner_id


def check_due(due_at: datetime | None, location: str, *, now: datetime) -> datetime:
    """The due time if it is timezone-aware and in the future; else a 422."""
    if due_at is None:
        raise invalid(location, "every promise needs a due time", "missing")
    if due_at.tzinfo is None or due_at.utcoffset() is None:
        raise invalid(location, "needs a timezone, e.g. 2026-11-22T14:30:00Z", "time")
    if due_at <= now:
        raise invalid(location, f"{format_time(due_at)} is not in the future", "time")
    return due_at


def check_reason(value: str | None, field: str) -> str:
    """A written reason of at least MIN_REASON characters; else a 422."""
    reason = (value or "").strip()
    if len(reason) < MIN_REASON:
        raise invalid(f"body.{field}", f"{field} must say why, in at least {MIN_REASON} characters")
    return reason


def editable_context(session: Session, commitment: Commitment) -> tuple[Incident, PlanBody]:
    incident = incident_service.get_incident(session, commitment.incident_id)
    if incident.status == IncidentStatus.CLOSED:
        raise Conflict(
            f"incident {incident.id} is closed; its commitments can no longer be changed"
        )
    return incident, incident_service.plan_of(session, incident)


def by_hand(commitment: Commitment, action: str) -> None:
    if commitment.kind == CommitmentKind.NEXT_UPDATE:
        raise Conflict(
            f"commitment {commitment.id} is a next-update promise: publishing the next "
            f"statement keeps it, and passing its time misses it; it cannot be {action} by hand"
        )


def mark_kept(
    session: Session, commitment_id: int, *, evidence: str | None, actor: Principal, now: datetime
) -> Commitment:
    """Mark a promise kept, with evidence (required where the plan says so)."""
    commitment = get_commitment(session, commitment_id)
    incident, plan = editable_context(session, commitment)
    by_hand(commitment, "kept")
    if commitment.status == S.MISSED:
        successor = successor_of(session, commitment)
        if successor is not None:
            raise Conflict(
                f"commitment {commitment_id} was re-dated as commitment {successor.id}; "
                "keep that one"
            )
    elif commitment.status != S.OPEN:
        raise Conflict(f"commitment {commitment_id} is already {commitment.status.value}")
    proof = (evidence or "").strip() or None
    if proof is None and plan.commitments.evidence_required:
        raise invalid(
            "body.evidence",
            "this plan requires evidence (a note or a link) to mark a promise kept",
            "missing",
        )
    lifecycle.settle_kept(session, commitment, incident, plan, evidence=proof, actor=actor, now=now)
    return commitment


def _check_missable(session: Session, commitment: Commitment, *, redate: bool) -> None:
    if commitment.kind == CommitmentKind.NEXT_UPDATE:
        if commitment.status != S.MISSED:
            by_hand(commitment, "missed")
        if redate:
            raise invalid(
                "body.new_due_at",
                "a next-update promise gets its new time from the next statement",
                "next_update",
            )
    if commitment.status == S.OPEN:
        return
    if commitment.status != S.MISSED:
        raise Conflict(f"commitment {commitment.id} is {commitment.status.value}, not open")
    successor = successor_of(session, commitment)
    if successor is not None:
        raise Conflict(
            f"commitment {commitment.id} was already re-dated as commitment {successor.id}"
        )
    if commitment.missed_reason is not None and not redate:
        raise Conflict(
            f"commitment {commitment.id} is already missed, with a reason; give new_due_at "
            "to re-date it"
        )


def mark_missed(
    session: Session,
    commitment_id: int,
    *,
    reason: str | None,
    new_due_at: datetime | None,
    actor: Principal,
    now: datetime,
) -> Commitment:
    """Mark a promise missed with a reason (or explain one the sweep missed); maybe re-date it.

    A new date is a new commitment referring to the missed one; it is announced by the next
    statement. Returns the missed commitment.
    """
    commitment = get_commitment(session, commitment_id)
    incident, plan = editable_context(session, commitment)
    _check_missable(session, commitment, redate=new_due_at is not None)
    text = check_reason(reason, "reason")
    if new_due_at is not None:
        check_due(new_due_at, "body.new_due_at", now=now)
    if commitment.status == S.OPEN:
        lifecycle.settle_missed(
            session, commitment, incident, plan, reason=text, actor=actor, now=now
        )
    elif commitment.missed_reason is None:
        before = lifecycle.snapshot(commitment)
        commitment.missed_reason = text
        commitment.updated_at = now
        lifecycle.log(
            session,
            commitment,
            incident,
            action="explained",
            message=f"Missed #{commitment.id} explained: {text}",
            actor=actor,
            now=now,
            before=before,
        )
    if new_due_at is not None:
        lifecycle.create(
            session,
            incident,
            text=commitment.text,
            owner_id=commitment.owner_id,
            due_at=new_due_at,
            public=commitment.public,
            redated_from_id=commitment.id,
            actor=actor,
            now=now,
            message=(
                f"Re-dated missed #{commitment.id} to {format_time(new_due_at)}"
                + ("" if commitment.missed_reason == text else f": {text}")
            ),
        )
    return commitment


def withdraw(
    session: Session, commitment_id: int, *, reason: str | None, actor: Principal, now: datetime
) -> Commitment:
    """Withdraw an open promise, saying why."""
    commitment = get_commitment(session, commitment_id)
    incident, _plan = editable_context(session, commitment)
    by_hand(commitment, "withdrawn")
    if commitment.status != S.OPEN:
        raise Conflict(f"commitment {commitment_id} is {commitment.status.value}, not open")
    text = check_reason(reason, "reason")
    lifecycle.settle_withdrawn(session, commitment, incident, reason=text, actor=actor, now=now)
    return commitment


def check_open_promise(commitment: Commitment, action: str) -> None:
    by_hand(commitment, action)
    if commitment.status != S.OPEN:
        raise Conflict(f"commitment {commitment.id} is {commitment.status.value}, not open")
