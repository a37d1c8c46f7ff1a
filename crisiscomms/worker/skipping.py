"""Claims settled without sending: the broadcast was cancelled since its rows were written,
or (short-form channels) a newer update of the same incident replaces it."""

from __future__ import annotations

from sqlmodel import Session, col, select

from crisiscomms.broadcasts import outbox
from crisiscomms.broadcasts.messages import Decision
from crisiscomms.broadcasts.models import (
    OPEN_STATUSES,
    Broadcast,
    Delivery,
    DeliveryStatus,
)
from crisiscomms.worker.channels import Built


def cancelled(session: Session, claimed: list[outbox.Claimed]) -> list[Decision]:
    """Claims of broadcasts cancelled since their rows were written are not sent."""
    stopped = outbox.cancelled_broadcasts(session, {c.broadcast_id for c in claimed})
    return [
        Decision(c, DeliveryStatus.CANCELLED, "the broadcast was cancelled")
        for c in claimed
        if c.broadcast_id in stopped
    ]


def superseded(
    session: Session, claimed: list[outbox.Claimed], channels: dict[int, Built]
) -> list[Decision]:
    """Short-form targets skip an update that a newer one of the same incident replaces."""
    decisions = []
    for item in claimed:
        if not channels[item.channel_id].config.short_form or item.posted_ids:
            continue
        if item.unconfirmed:  # it may be public already: reconciled, never skipped
            continue
        this = session.get(Broadcast, item.broadcast_id)
        if this is None or this.incident_id is None or this.statement_id is None:
            continue
        newer = session.exec(
            select(Delivery.broadcast_id)
            .join(Broadcast, col(Broadcast.id) == col(Delivery.broadcast_id))
            .where(
                Delivery.channel_id == item.channel_id,
                Delivery.recipient_id == item.recipient_id,
                col(Delivery.broadcast_id) > item.broadcast_id,
                col(Delivery.status).in_(list(OPEN_STATUSES)),
                Broadcast.incident_id == this.incident_id,
                col(Broadcast.statement_id).is_not(None),
            )
            .limit(1)
        ).first()
        if newer is not None:
            decisions.append(
                Decision(
                    item,
                    DeliveryStatus.SUPERSEDED,
                    f"replaced by the newer update of broadcast {newer} before it was sent",
                )
            )
    return decisions
