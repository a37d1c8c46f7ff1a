"""Answers to questions go out by the outbox, one email per person who asked by email.

Answering a group queues one broadcast of kind `answer` with a delivery per asker, on the
email channel that serves their audience (customers or subscribers; a rehearsal's answers
reach dry-run channels only), with the asker's usual recipient id (the customer id, or
minus the subscriber id), so the engine's order, retries, suppression and dead letters
apply as to every update. The message is written at send time (`compose`): the address
is the one we hold for the person, never the From of their mail.

A question asked on X is answered on X: a broadcast of kind `x_answer` with one delivery
per question (its recipient id is the question's id, so it never queues behind the
incident's own posts, recipient 0) on the X account it came through, replying under the
asker's post. The reply starts with the asker's handle (which also keeps two replies of
the same answer apart: X refuses the same text twice, and reconciliation finds a post by
its text); an answer too long for one post is cut and ends with the incident page's link.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlmodel import Session, col, select

from crisiscomms.broadcasts.models import Broadcast, BroadcastStatus, Delivery, DeliveryStatus
from crisiscomms.channels.base import OutboundMessage
from crisiscomms.channels.models import Audience, ChannelConfig
from crisiscomms.channels.x import text_hash as x_text_hash
from crisiscomms.config import Settings
from crisiscomms.customers.models import Customer
from crisiscomms.incidents.models import Incident
from crisiscomms.questions import replies, tokens
from crisiscomms.questions.models import Question, QuestionChannel, QuestionGroup
from crisiscomms.statements.renditions.x import MAX_WEIGHT, weighted_length
from crisiscomms.subscribers.models import Subscriber

KIND = "answer"
X_KIND = "x_answer"


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


def queue_x_answers(
    session: Session,
    incident: Incident,
    group: QuestionGroup,
    questions: Sequence[Question],
    *,
    created_by: str,
    now: datetime,
) -> Broadcast | None:
    """The broadcast replying with a group's answer under each X question (one reply per
    X account asking, to their latest post), on the enabled X account it came through."""
    latest: dict[tuple[int, str], Question] = {}
    for question in questions:
        if question.channel != QuestionChannel.X or not question.message_id:
            continue
        if question.channel_config_id is None:
            continue
        latest[(question.channel_config_id, question.sender or "")] = question
    if not latest or incident.rehearsal:
        return None
    enabled = set(
        session.exec(
            select(ChannelConfig.id).where(
                col(ChannelConfig.id).in_({c for c, _ in latest}),
                col(ChannelConfig.enabled),
                ChannelConfig.kind == "x",
            )
        )
    )
    targets = [q for (c, _), q in sorted(latest.items()) if c in enabled]
    if not targets:
        return None
    broadcast = Broadcast(
        incident_id=incident.id,
        kind=X_KIND,
        audiences=[Audience.PUBLIC],
        status=BroadcastStatus.SENDING,
        scheduled_at=now,
        recipient_count=len(targets),
        fanout_state={"group_id": group.id},
        created_by=created_by[:254],
        created_at=now,
        fanned_out_at=now,
    )
    session.add(broadcast)
    session.flush()
    assert broadcast.id is not None
    for question in targets:
        assert question.id is not None and question.channel_config_id is not None
        session.add(
            Delivery(
                broadcast_id=broadcast.id,
                channel_id=question.channel_config_id,
                recipient_id=question.id,
                status=DeliveryStatus.PENDING,
                next_attempt_at=now,
            )
        )
    session.flush()
    return broadcast


def x_reply_text(handle: str | None, answer: str, link: str) -> str:
    """The reply: the asker's handle and the answer, cut to one post with the link when
    it is too long."""
    start = f"{handle} " if handle and handle.startswith("@") else ""
    whole = " ".join(f"{start}{answer}".split())
    if weighted_length(whole) <= MAX_WEIGHT:
        return whole
    words = whole.split(" ")
    while words and weighted_length(" ".join(words) + f"… {link}") > MAX_WEIGHT:
        words.pop()
    return " ".join(words) + f"… {link}"


def compose_x(
    session: Session,
    broadcast: Broadcast,
    *,
    delivery_id: int,
    recipient_id: int,
    channel: ChannelConfig,
    link: str,
    metadata: dict[str, str],
) -> OutboundMessage | str:
    """The X reply for one question, or why it cannot be sent."""
    question = session.get(Question, recipient_id)
    group = session.get(QuestionGroup, broadcast.fanout_state.get("group_id") or 0)
    if question is None or group is None or not group.answer or not question.message_id:
        return "the question or its answer is gone"
    text = x_reply_text(question.sender, group.answer, link)
    return OutboundMessage(
        delivery_id=str(delivery_id),
        kind=channel.kind,
        idempotency_key=x_text_hash(text),
        text=text,
        reply_to_external_id=question.message_id,
        metadata={**metadata, "published_at": broadcast.created_at.isoformat()},
    )
