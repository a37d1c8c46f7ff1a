"""Answers to questions go out by the outbox, one email per person who asked by email.

Answering a group queues one broadcast of kind `answer` with a delivery per asker, on the
email channel that serves their audience (customers or subscribers; a rehearsal's answers
reach dry-run channels only), with the asker's usual recipient id (the customer id, or
minus the subscriber id), so the engine's order, retries, suppression and dead letters
apply as to every update. The message is written at send time (`compose`): the address
is the one we hold for the person, never the From of their mail.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlmodel import Session, col, select

from crisiscomms.broadcasts.models import Broadcast, BroadcastStatus, Delivery, DeliveryStatus
from crisiscomms.channels.base import OutboundMessage
from crisiscomms.channels.models import Audience, ChannelConfig
from crisiscomms.config import Settings
from crisiscomms.customers.models import Customer
from crisiscomms.incidents.models import Incident
from crisiscomms.questions import replies, tokens
from crisiscomms.questions.models import Question, QuestionGroup
from crisiscomms.subscribers.models import Subscriber

KIND = "answer"


def answer_channel(
    session: Session, audience: Audience, *, rehearsal: bool
) -> ChannelConfig | None:
    """The enabled email (or dry-run) channel serving `audience`, if there is one."""
    kinds = ["dry-run"] if rehearsal else ["email", "dry-run"]
    return session.exec(
        select(ChannelConfig)
        .where(
            col(ChannelConfig.enabled),
            ChannelConfig.audience == audience,
            col(ChannelConfig.kind).in_(kinds),
        )
        .order_by(col(ChannelConfig.kind) == "dry-run", col(ChannelConfig.id))
        .limit(1)
    ).first()


def queue_answers(
    session: Session,
    incident: Incident,
    group: QuestionGroup,
    askers: Mapping[int, Question],
    *,
    created_by: str,
    now: datetime,
) -> Broadcast | None:
    """The broadcast carrying a group's answer to each asker (None when nobody asked by
    email, or no channel serves them)."""
    channels = {
        audience: answer_channel(session, audience, rehearsal=incident.rehearsal)
        for audience in (Audience.CUSTOMERS, Audience.SUBSCRIBERS)
    }
    targets = [
        (recipient, channel)
        for recipient in sorted(askers)
        if (channel := channels[Audience.CUSTOMERS if recipient > 0 else Audience.SUBSCRIBERS])
        is not None
    ]
    if not targets:
        return None
    broadcast = Broadcast(
        incident_id=incident.id,
        kind=KIND,
        audiences=sorted({c.audience for _, c in targets}),
        status=BroadcastStatus.SENDING,
        scheduled_at=now,
        recipient_count=len(targets),
        fanout_state={
            "group_id": group.id,
            "questions": {str(r): askers[r].id for r, _ in targets},
        },
        created_by=created_by[:254],
        created_at=now,
        fanned_out_at=now,
    )
    session.add(broadcast)
    session.flush()
    assert broadcast.id is not None
    for recipient, channel in targets:
        assert channel.id is not None
        session.add(
            Delivery(
                broadcast_id=broadcast.id,
                channel_id=channel.id,
                recipient_id=recipient,
                status=DeliveryStatus.PENDING,
                next_attempt_at=now,
            )
        )
    session.flush()
    return broadcast


def compose(
    session: Session,
    settings: Settings,
    broadcast: Broadcast,
    *,
    delivery_id: int,
    recipient_id: int,
    channel: ChannelConfig,
    from_address: str,
    reply_key: bytes | None,
    metadata: dict[str, str],
    now: datetime,
) -> OutboundMessage | str:
    """The answer email for one asker, or why it cannot be sent."""
    question_id = broadcast.fanout_state.get("questions", {}).get(str(recipient_id))
    question = session.get(Question, question_id) if question_id else None
    group = session.get(QuestionGroup, broadcast.fanout_state.get("group_id") or 0)
    if question is None or group is None or not group.answer:
        return "the question or its answer is gone"
    if recipient_id > 0:
        customer = session.get(Customer, recipient_id)
        address = customer.email if customer is not None and customer.active else None
        kind: tokens.RecipientKind = "customer"
    else:
        subscriber = session.get(Subscriber, -recipient_id)
        address = subscriber.address if subscriber is not None else None
        kind = "subscriber"
    if not address:
        return "the asker has no address we hold"
    reply_to = None
    if reply_key is not None and settings.inbound_reply_address:
        token = tokens.make_token(
            reply_key, kind=kind, incident_id=group.incident_id, recipient_id=abs(recipient_id)
        )
        reply_to = tokens.reply_address(settings.inbound_reply_address, token)
    domain = from_address.rpartition("@")[2].rstrip(">") or "crisiscomms.invalid"
    message_id = f"<a{broadcast.id}.{recipient_id}@{domain}>"
    raw = replies.answer_email(
        question,
        to=address,
        from_address=from_address,
        answer=group.answer,
        locale=group.answer_locale or question.language,
        message_id=message_id,
        reply_to=reply_to,
        now=now,
    )
    return OutboundMessage(
        delivery_id=str(delivery_id),
        kind=channel.kind,
        idempotency_key=message_id,
        recipient=address,
        subject=question.subject or "",
        text=group.answer,
        raw_email=raw,
        metadata=metadata,
    )
