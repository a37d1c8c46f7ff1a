"""Broadcasts: an approved statement published to chosen audiences, now or at a set time.

Creating one is a use case (`flows.broadcast`): `prepare` checks it, the statement is
published if it goes now (`flows.publish`), and `record` writes it.

Invariants: a request only writes rows (the broadcast; the worker writes the deliveries and
sends); a statement goes to each audience at most once (a second broadcast of it to the
same audience is refused, under the statement's row lock, so two requests at once cannot
both pass the check); a scheduled broadcast can be cancelled until its time, and is
published then only if its statement is still approved; cancelling and rescheduling lock
the broadcast, so they wait for a fan-out step and see what it wrote; a delivery is never
deleted, and a dead letter goes out again only when a person re-drives it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import ColumnElement, update
from sqlmodel import Session, col, select

from crisiscomms.audit import service as audit
from crisiscomms.broadcasts import targets as broadcast_targets
from crisiscomms.broadcasts.models import (
    Broadcast,
    BroadcastStatus,
    Delivery,
    DeliveryStatus,
)
from crisiscomms.broadcasts.progress import DEAD_LETTERS
from crisiscomms.db import rowcount
from crisiscomms.errors import Conflict, NotFound, ValidationFailed
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident
from crisiscomms.plans.schema import AudienceKind, PlanBody
from crisiscomms.principal import Principal
from crisiscomms.statements import service as statement_service
from crisiscomms.statements.models import Statement
from crisiscomms.statements.models import StatementStatus as S

LIVE = (BroadcastStatus.SCHEDULED, BroadcastStatus.QUEUED, BroadcastStatus.SENDING)
DONE_LIKE = (BroadcastStatus.DONE, *LIVE)
IMMEDIATE = timedelta(seconds=5)
"""A scheduled time closer than this is "now"."""


class AlreadyBroadcast(Conflict):
    """The statement already went (or is scheduled to go) to one of these audiences."""

    code = "already_broadcast"


def get_broadcast(session: Session, broadcast_id: int, *, for_update: bool = False) -> Broadcast:
    """A broadcast (locked until the commit with `for_update`), or NotFound."""
    broadcast = session.get(
        Broadcast, broadcast_id, with_for_update=for_update, populate_existing=for_update
    )
    if broadcast is None:
        raise NotFound(f"broadcast {broadcast_id} not found")
    return broadcast


def list_broadcasts(
    session: Session,
    *,
    incident_id: int | None = None,
    statuses: Sequence[BroadcastStatus] | None = None,
    limit: int = 100,
) -> Sequence[Broadcast]:
    """Broadcasts, newest first, optionally only those in `statuses`."""
    query = select(Broadcast)
    if statuses is not None:
        query = query.where(col(Broadcast.status).in_(list(statuses)))
    if incident_id is not None:
        query = query.where(Broadcast.incident_id == incident_id)
    return session.exec(query.order_by(col(Broadcast.id).desc()).limit(limit)).all()


def default_audiences(plan: PlanBody) -> list[str]:
    """Every public and customer audience of the plan."""
    return [a.id for a in plan.audiences if a.kind != AudienceKind.INTERNAL]


def _check_audiences(plan: PlanBody, audiences: Sequence[str] | None) -> list[str]:
    if audiences is None:
        return default_audiences(plan)
    known = {a.id for a in plan.audiences}
    details = [
        {
            "location": f"body.audiences.{i}",
            "message": f"unknown audience; the plan has {sorted(known)}",
            "type": "audience",
        }
        for i, a in enumerate(audiences)
        if a not in known
    ]
    if details:
        raise ValidationFailed("unknown audience in this plan", details=details)
    return list(dict.fromkeys(audiences))


def _already_sent(session: Session, statement_id: int, audiences: list[str]) -> None:
    earlier = session.exec(
        select(Broadcast).where(
            Broadcast.statement_id == statement_id, col(Broadcast.status).in_(DONE_LIKE)
        )
    ).all()
    for broadcast in earlier:
        overlap = sorted(set(broadcast.audiences) & set(audiences))
        if overlap:
            raise AlreadyBroadcast(
                f"statement {statement_id} is already broadcast to {', '.join(overlap)} "
                f"(broadcast {broadcast.id}); choose other audiences"
            )


def _statement(session: Session, statement_id: int) -> Statement:
    # Locked until the commit: a second broadcast of the statement waits here, then finds the
    # first in _already_sent (on SQLite the writer's BEGIN IMMEDIATE does the same).
    statement = session.get(Statement, statement_id, with_for_update=True, populate_existing=True)
    if statement is None:
        raise ValidationFailed(
            f"statement {statement_id} not found",
            details=[
                {
                    "location": "body.statement_id",
                    "message": "no such statement",
                    "type": "statement",
                }
            ],
        )
    return statement


def _in_utc(value: datetime) -> datetime:
    """The time in UTC, or 422: a time near year 1 or 9999 may have no UTC equivalent."""
    try:
        return value.astimezone(UTC)
    except OverflowError:
        raise ValidationFailed(
            "scheduled_at is out of range: it has no UTC equivalent",
            details=[{"location": "body.scheduled_at", "message": "out of range", "type": "time"}],
        ) from None


def _publishable(statement: Statement, plan: PlanBody) -> bool:
    approved = statement.status == S.APPROVED and statement.approved_revision == statement.revision
    holding = statement.holding and plan.holding_statement.pre_approved and statement.revision == 1
    return approved or (holding and statement.status != S.REJECTED)


@dataclass(frozen=True)
class BroadcastRequest:
    """A broadcast checked and ready to record: its statement (locked), incident, plan and
    audiences, and its time (None: now)."""

    statement: Statement
    incident: Incident
    plan: PlanBody
    audiences: list[str]
    scheduled_at: datetime | None

    @property
    def publishes_now(self) -> bool:
        """Whether the statement must be published before this broadcast is recorded."""
        return self.scheduled_at is None and self.statement.status != S.PUBLISHED


def prepare(
    session: Session,
    *,
    statement_id: int,
    audiences: Sequence[str] | None,
    scheduled_at: datetime | None,
    now: datetime,
) -> BroadcastRequest:
    """Check a broadcast of a statement to audiences, now or at a time, before anything is
    written; the statement stays locked until the commit."""
    if scheduled_at is not None:
        scheduled_at = _in_utc(scheduled_at)
    statement = _statement(session, statement_id)
    incident, plan = statement_service.context_of(session, statement)
    chosen = _check_audiences(plan, audiences)
    _already_sent(session, statement_id, chosen)
    if scheduled_at is not None and scheduled_at < now - IMMEDIATE:
        raise ValidationFailed(
            "scheduled_at is in the past; leave it out to send now, or give a future time",
            details=[{"location": "body.scheduled_at", "message": "in the past", "type": "time"}],
        )
    scheduled = scheduled_at is not None and scheduled_at > now + IMMEDIATE
    if scheduled:
        if statement.status == S.PUBLISHED:
            raise Conflict(f"statement {statement_id} is already published; send it now instead")
        if not _publishable(statement, plan):
            raise Conflict(
                f"statement {statement_id} is {statement.status.value}; only an approved "
                "statement can be scheduled"
            )
    return BroadcastRequest(statement, incident, plan, chosen, scheduled_at if scheduled else None)


def record(
    session: Session, request: BroadcastRequest, *, actor: Principal, now: datetime
) -> Broadcast:
    """Write the broadcast (its statement is published, or will be at its time); the worker
    fans out and sends."""
    incident, plan, chosen = request.incident, request.plan, request.audiences
    statement_id = request.statement.id or 0
    scheduled = request.scheduled_at is not None
    found = broadcast_targets.targets(session, plan, chosen, rehearsal=incident.rehearsal)
    broadcast = Broadcast(
        incident_id=incident.id,
        statement_id=statement_id,
        audiences=chosen,
        status=BroadcastStatus.SCHEDULED if scheduled else BroadcastStatus.QUEUED,
        scheduled_at=request.scheduled_at or now,
        recipient_count=broadcast_targets.count_messages(session, incident, found, now=now),
        created_by=actor.label,
        created_by_id=actor.user_id,
        created_at=now,
    )
    session.add(broadcast)
    session.flush()
    when = f"for {broadcast.scheduled_at.isoformat()}" if scheduled else "now"
    incident_service.record_event(
        session,
        incident,
        kind="broadcast.scheduled" if scheduled else "broadcast.queued",
        message=f"Statement #{statement_id} broadcast {when} to {', '.join(chosen)} "
        f"({broadcast.recipient_count} messages on {len(found)} channels)",
        actor=actor,
        now=now,
        data={"broadcast_id": broadcast.id},
    )
    audit.record(
        session,
        actor=actor,
        action="broadcast.create",
        target_type="broadcast",
        target_id=broadcast.id,
        now=now,
        after={"statement_id": statement_id, "audiences": chosen, "scheduled": scheduled},
    )
    return broadcast


def cancel(
    session: Session, broadcast_id: int, *, actor: Principal, now: datetime, reason: str
) -> Broadcast:
    """Cancel a broadcast: a scheduled one before its time, or the unsent rest of one."""
    # The lock waits for a fan-out step writing a chunk, so the update below cancels that too.
    broadcast = get_broadcast(session, broadcast_id, for_update=True)
    if broadcast.status not in LIVE:
        raise Conflict(f"broadcast {broadcast_id} is {broadcast.status.value}; nothing to cancel")
    stopped = session.execute(
        update(Delivery)
        .where(
            col(Delivery.broadcast_id) == broadcast_id,
            col(Delivery.status).in_([DeliveryStatus.PENDING, DeliveryStatus.RETRYING]),
        )
        .values(status=DeliveryStatus.CANCELLED)
    )
    broadcast.status = BroadcastStatus.CANCELLED
    broadcast.cancelled_at = now
    broadcast.note = reason[:2000]
    session.add(broadcast)
    session.flush()
    if broadcast.incident_id is not None:
        incident = session.get(Incident, broadcast.incident_id)
        assert incident is not None
        incident_service.record_event(
            session,
            incident,
            kind="broadcast.cancelled",
            message=f"Broadcast {broadcast_id} cancelled: {reason}",
            actor=actor,
            now=now,
            data={"broadcast_id": broadcast_id, "deliveries_cancelled": rowcount(stopped)},
        )
    audit.record(
        session,
        actor=actor,
        action="broadcast.cancel",
        target_type="broadcast",
        target_id=broadcast_id,
        now=now,
        after={"reason": reason},
    )
    return broadcast


def reschedule(
    session: Session, broadcast_id: int, *, scheduled_at: datetime, actor: Principal, now: datetime
) -> Broadcast:
    """Move a scheduled broadcast to another time in the future."""
    scheduled_at = _in_utc(scheduled_at)
    # The lock waits for a fan-out step publishing it, which leaves it no longer scheduled.
    broadcast = get_broadcast(session, broadcast_id, for_update=True)
    if broadcast.status != BroadcastStatus.SCHEDULED:
        raise Conflict(f"broadcast {broadcast_id} is {broadcast.status.value}, not scheduled")
    if scheduled_at <= now:
        raise ValidationFailed(
            "the new time must be in the future",
            details=[{"location": "body.scheduled_at", "message": "in the past", "type": "time"}],
        )
    before = broadcast.scheduled_at
    broadcast.scheduled_at = scheduled_at
    session.add(broadcast)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="broadcast.reschedule",
        target_type="broadcast",
        target_id=broadcast_id,
        now=now,
        before={"scheduled_at": before.isoformat()},
        after={"scheduled_at": scheduled_at.isoformat()},
    )
    return broadcast


def redrive(
    session: Session,
    *,
    delivery_ids: Sequence[int] | None,
    broadcast_id: int | None,
    actor: Principal,
    now: datetime,
) -> int:
    """Queue dead letters (failed or ambiguous) again; how many were queued."""
    if not delivery_ids and broadcast_id is None:
        raise ValidationFailed(
            "name the deliveries (delivery_ids) or the broadcast (broadcast_id) to re-drive",
            details=[
                {"location": "body", "message": "delivery_ids or broadcast_id", "type": "missing"}
            ],
        )
    where: list[ColumnElement[bool]] = [col(Delivery.status).in_(list(DEAD_LETTERS))]
    if delivery_ids:
        where.append(col(Delivery.id).in_(list(delivery_ids)))
    if broadcast_id is not None:
        get_broadcast(session, broadcast_id)
        where.append(col(Delivery.broadcast_id) == broadcast_id)
    result = session.execute(
        update(Delivery)
        .where(*where)
        .values(
            status=DeliveryStatus.RETRYING,
            next_attempt_at=now,
            attempts=0,
            # `unconfirmed` stays: an X post that may be public is reconciled first.
            last_error="re-driven by " + actor.label[:200],
        )
    )
    requeued = rowcount(result)
    if requeued:
        session.execute(
            update(Broadcast)
            .where(
                col(Broadcast.id).in_(
                    select(Delivery.broadcast_id).where(
                        col(Delivery.status) == DeliveryStatus.RETRYING,
                        col(Delivery.next_attempt_at) == now,
                    )
                ),
                col(Broadcast.status) == BroadcastStatus.DONE,
            )
            .values(status=BroadcastStatus.SENDING, completed_at=None)
        )
    audit.record(
        session,
        actor=actor,
        action="delivery.redrive",
        target_type="broadcast" if broadcast_id else "delivery",
        target_id=broadcast_id,
        now=now,
        after={"requeued": requeued, "delivery_ids": list(delivery_ids or [])[:50]},
    )
    return requeued
