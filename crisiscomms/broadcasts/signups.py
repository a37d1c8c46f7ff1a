"""Sign-up emails (confirm, or already following) go out by the outbox like any message.

Each is a one-delivery broadcast of kind `subscription` on the email channel that serves
subscribers, to `recipient_id = -subscriber.id`; the composer writes its text at send time
(so the confirm link's 48 hours start when it is sent), and retries keep one Message-ID.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from crisiscomms.broadcasts.models import Broadcast, BroadcastStatus, Delivery, DeliveryStatus
from crisiscomms.channels.models import Audience, ChannelConfig
from crisiscomms.errors import NotFound
from crisiscomms.subscribers.service import Signup

KIND = "subscription"
UNAVAILABLE = (
    "Email subscriptions are not offered on this status page yet "
    "(no email channel serves subscribers)."
)


def signup_channel(session: Session) -> ChannelConfig | None:
    """The enabled email (or dry-run) channel that serves subscribers, if there is one."""
    return session.exec(
        select(ChannelConfig)
        .where(
            col(ChannelConfig.enabled),
            ChannelConfig.audience == Audience.SUBSCRIBERS,
            col(ChannelConfig.kind).in_(["email", "dry-run"]),
        )
        .order_by(col(ChannelConfig.id))
        .limit(1)
    ).first()


def require_channel(session: Session) -> ChannelConfig:
    channel = signup_channel(session)
    if channel is None:
        raise NotFound(UNAVAILABLE, code="subscriptions_unavailable")
    return channel


def queue_signup_email(
    session: Session, signup: Signup, channel: ChannelConfig, *, now: datetime
) -> Broadcast:
    """The broadcast carrying one sign-up email; the worker sends it."""
    assert signup.subscriber.id is not None and channel.id is not None
    broadcast = Broadcast(
        kind=KIND,
        audiences=[Audience.SUBSCRIBERS.value],
        status=BroadcastStatus.SENDING,
        scheduled_at=now,
        recipient_count=1,
        fanout_state={"signup": signup.message},
        created_by="subscription sign-up",
        created_at=now,
        fanned_out_at=now,
    )
    session.add(broadcast)
    session.flush()
    assert broadcast.id is not None
    session.add(
        Delivery(
            broadcast_id=broadcast.id,
            channel_id=channel.id,
            recipient_id=-signup.subscriber.id,
            status=DeliveryStatus.PENDING,
            next_attempt_at=now,
        )
    )
    session.flush()
    return broadcast
