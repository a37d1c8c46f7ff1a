"""What a broadcast did: its progress, its deliveries with their attempts, and the messages
a dry-run channel would have sent."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from crisiscomms.broadcasts.models import (
    Broadcast,
    Delivery,
    DeliveryAttempt,
    DeliveryStatus,
    DryRunMessage,
)
from crisiscomms.broadcasts.schemas import BroadcastPublic, Progress
from crisiscomms.channels.base import Outcome
from crisiscomms.errors import NotFound

DEAD_LETTERS = (DeliveryStatus.FAILED, DeliveryStatus.AMBIGUOUS)


def progress(session: Session, broadcast_id: int) -> Progress:
    """Deliveries of a broadcast by status."""
    rows = session.exec(
        select(Delivery.status, func.count())
        .where(Delivery.broadcast_id == broadcast_id)
        .group_by(Delivery.status)
    ).all()
    counts: dict[str, Any] = {str(status): n for status, n in rows}
    return Progress(total=sum(counts.values()), **counts)


def progress_of(session: Session, broadcast_ids: Sequence[int]) -> dict[int, Progress]:
    """Deliveries of several broadcasts by status, in one query (a list of twenty
    broadcasts asked twenty times, one round trip each)."""
    counts: dict[int, dict[str, Any]] = {broadcast_id: {} for broadcast_id in broadcast_ids}
    if broadcast_ids:
        for broadcast_id, status, n in session.exec(
            select(Delivery.broadcast_id, Delivery.status, func.count())
            .where(col(Delivery.broadcast_id).in_(list(broadcast_ids)))
            .group_by(col(Delivery.broadcast_id), col(Delivery.status))
        ):
            counts[broadcast_id][str(status)] = n
    return {
        broadcast_id: Progress(total=sum(found.values()), **found)
        for broadcast_id, found in counts.items()
    }


def to_public(
    session: Session, broadcast: Broadcast, *, known: Progress | None = None
) -> BroadcastPublic:
    """A broadcast with its live progress (`known` when the caller counted it already)."""
    assert broadcast.id is not None
    data = broadcast.model_dump(exclude={"fanout_state", "notification_id", "created_by_id"})
    return BroadcastPublic(
        **data,
        progress=known if known is not None else progress(session, broadcast.id),
    )


def to_public_many(session: Session, broadcasts: Sequence[Broadcast]) -> list[BroadcastPublic]:
    """Broadcasts with their live progress, counted in one query."""
    counted = progress_of(session, [b.id for b in broadcasts if b.id is not None])
    return [to_public(session, b, known=counted.get(b.id or 0)) for b in broadcasts]


def list_deliveries(
    session: Session,
    *,
    statuses: Sequence[DeliveryStatus] = DEAD_LETTERS,
    broadcast_id: int | None = None,
    limit: int = 200,
) -> Sequence[Delivery]:
    """Deliveries in these statuses (by default the dead letters), oldest first."""
    query = select(Delivery).where(col(Delivery.status).in_(list(statuses)))
    if broadcast_id is not None:
        query = query.where(Delivery.broadcast_id == broadcast_id)
    return session.exec(query.order_by(col(Delivery.id)).limit(limit)).all()


def get_delivery(session: Session, delivery_id: int) -> Delivery:
    """A delivery, or NotFound."""
    delivery = session.get(Delivery, delivery_id)
    if delivery is None:
        raise NotFound(f"delivery {delivery_id} not found")
    return delivery


def attempts(session: Session, delivery_id: int) -> Sequence[DeliveryAttempt]:
    """Every attempt at a delivery, in order; a send on the first try (after a re-drive,
    the first since), which the worker kept on the delivery row, comes last, read from it
    (not stored: the SMTP conversation's log line is not kept for it, its answer is)."""
    delivery = get_delivery(session, delivery_id)
    found = list(
        session.exec(
            select(DeliveryAttempt)
            .where(DeliveryAttempt.delivery_id == delivery_id)
            .order_by(col(DeliveryAttempt.number))
        ).all()
    )
    if delivery.sent_by is not None and delivery.sent_at is not None:
        found.append(
            DeliveryAttempt(
                delivery_id=delivery_id,
                number=delivery.attempts,
                outcome=Outcome.SENT.value,
                external_id=delivery.external_id,
                detail=delivery.sent_detail,
                log=None,
                worker=delivery.sent_by,
                at=delivery.sent_at,
            )
        )
    return found


def list_dry_run(
    session: Session,
    *,
    channel_id: int | None = None,
    broadcast_id: int | None = None,
    limit: int = 100,
    offset: int = 0,
) -> Sequence[DryRunMessage]:
    """What dry-run channels recorded, newest first."""
    query = select(DryRunMessage)
    if channel_id is not None:
        query = query.where(DryRunMessage.channel_id == channel_id)
    if broadcast_id is not None:
        query = query.where(DryRunMessage.broadcast_id == broadcast_id)
    return session.exec(
        query.order_by(col(DryRunMessage.id).desc()).offset(offset).limit(limit)
    ).all()
