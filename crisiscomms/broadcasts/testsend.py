"""Test sends: one harmless message through one channel, by the outbox like any other."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from crisiscomms.audit import service as audit
from crisiscomms.broadcasts.models import Broadcast, BroadcastStatus, Delivery, DeliveryStatus
from crisiscomms.channels import service as channel_service
from crisiscomms.principal import Principal


def queue_test(
    session: Session, channel_id: int, *, recipient: str | None, actor: Principal, now: datetime
) -> Broadcast:
    """A test broadcast with its one delivery; the worker sends it and records the answer."""
    channel = channel_service.get_channel(session, channel_id)
    address = channel_service.check_recipient(channel, recipient)
    broadcast = Broadcast(
        kind="test",
        audiences=[channel.audience.value],
        status=BroadcastStatus.SENDING,
        scheduled_at=now,
        recipient_count=1,
        fanout_state={"recipient": address} if address else {},
        created_by=actor.label,
        created_by_id=actor.user_id,
        created_at=now,
        fanned_out_at=now,
    )
    session.add(broadcast)
    session.flush()
    assert broadcast.id is not None and channel.id is not None
    session.add(
        Delivery(
            broadcast_id=broadcast.id,
            channel_id=channel.id,
            recipient_id=0,
            status=DeliveryStatus.PENDING,
            next_attempt_at=now,
        )
    )
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="channel.test",
        target_type="channel",
        target_id=channel.id,
        now=now,
    )
    return broadcast
