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
from crisiscomms.subscribers.models import CHANNEL_SERVES, SubscriberKind
from crisiscomms.subscribers.service import Signup

KIND = "subscription"
UNAVAILABLE = (
    "Email subscriptions are not offered on this status page yet "
    "(no email channel serves subscribers)."
)
UNAVAILABLE_KIND = "{} subscriptions are not offered on this status page."


def signup_channel(
    session: Session, kind: SubscriberKind = SubscriberKind.EMAIL
) -> ChannelConfig | None:
    """The enabled channel that serves subscribers of this kind (an email channel for
    email, a webhook channel for webhooks, an apprise channel for SMS and chat; or a
    dry-run one), if there is one: the channel of its kind first."""
    serving = [k for k, kinds in CHANNEL_SERVES.items() if kind in kinds]
    found = session.exec(
        select(ChannelConfig)
        .where(
            col(ChannelConfig.enabled),
            ChannelConfig.audience == Audience.SUBSCRIBERS,
            col(ChannelConfig.kind).in_(serving),
        )
        .order_by(col(ChannelConfig.id))
    ).all()
    return next((c for c in found if c.kind != "dry-run"), found[0] if found else None)


def offered_kinds(session: Session) -> list[SubscriberKind]:
    """The kinds of subscription this status page takes (a channel serves each)."""
    return [k for k in SubscriberKind if signup_channel(session, k) is not None]


def require_channel(session: Session, kind: SubscriberKind = SubscriberKind.EMAIL) -> ChannelConfig:
    channel = signup_channel(session, kind)
    if channel is None:
        message = UNAVAILABLE if kind == SubscriberKind.EMAIL else UNAVAILABLE_KIND.format(kind)
        raise NotFound(message, code="subscriptions_unavailable")
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
