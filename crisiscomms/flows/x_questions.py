"""Questions from X: mentions of our account and replies in an incident's thread.

An incident's thread on an X account is the chain of its updates' posts there (each update
replies under the previous one), so its conversation id is its first post's id. A post
read from X belongs to the incident whose thread it answers: its `conversation_id`, or the
post it replies to, is one of that incident's posts. Anything else (a mention about
something else, our own posts, reposts) is left alone. A post already taken (the same X id
on the incident) is not taken twice, so reading the same window again is harmless.

Each post is judged like an email: a flood from one X account about one incident, links
only, too many mentions, a repeat of what the same author sent, advertising: quarantined
with the reason; otherwise a question of channel `x`, its sender the author's handle, its
`message_id` the post's id (the answer replies under it) and `channel_config_id` the
account it came through. `flows.questions.after_recording` then answers it at once when
its group is answered, or automatically from the plan where the plan allows.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session, col, select

from crisiscomms.broadcasts.models import Broadcast, Delivery, DeliveryStatus
from crisiscomms.channels.x_mentions import XPost
from crisiscomms.config import Settings
from crisiscomms.errors import CrisisCommsError, TooManyRequests
from crisiscomms.flows import questions as question_flow
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident, IncidentStatus
from crisiscomms.questions import service as question_service
from crisiscomms.questions import social
from crisiscomms.questions.models import Question, QuestionChannel, XReadCursor
from crisiscomms.subscribers import service as subscriber_service

X_LIMIT = 10
"""Posts one X account may send about one incident in question_flow.MAIL_WINDOW before
the rest are quarantined as a flood."""


@dataclass
class Threads:
    """An X account's incident threads: every post of ours to the incident it belongs to,
    and each incident's conversation id (its first post)."""

    incident_of: dict[str, int] = field(default_factory=dict)
    roots: dict[int, str] = field(default_factory=dict)

    def incident_for(self, post: XPost) -> int | None:
        """The incident whose thread this post answers, if any."""
        for key in (post.conversation_id, post.replied_to):
            if key and key in self.incident_of:
                return self.incident_of[key]
        return None


@dataclass
class Taken:
    """What reading some posts did."""

    recorded: int = 0
    quarantined: int = 0
    skipped: int = 0


def threads(session: Session, channel_id: int) -> Threads:
    """The incident threads on this X account, for incidents not yet closed (rehearsals
    never post to X)."""
    rows = session.exec(
        select(Broadcast.incident_id, Delivery.posted_ids, Delivery.external_id)
        .join(Broadcast, col(Broadcast.id) == col(Delivery.broadcast_id))
        .join(Incident, col(Incident.id) == col(Broadcast.incident_id))
        .where(
            Delivery.channel_id == channel_id,
            Delivery.recipient_id == 0,
            Delivery.status == DeliveryStatus.SENT,
            Incident.status != IncidentStatus.CLOSED,
            col(Incident.rehearsal).is_(False),
        )
        .order_by(col(Delivery.broadcast_id), col(Delivery.id))
    ).all()
    found = Threads()
    for incident_id, posted, external in rows:
        if incident_id is None:
            continue
        ids = [str(p) for p in posted or []] or ([external] if external else [])
        for post_id in ids:
            found.incident_of.setdefault(post_id, incident_id)
        if ids:
            found.roots.setdefault(incident_id, ids[0])
    return found


def cursor(session: Session, channel_id: int, stream: str) -> XReadCursor:
    """The channel's cursor for one stream (made on first use)."""
    found = session.exec(
        select(XReadCursor).where(
            XReadCursor.channel_id == channel_id, XReadCursor.stream == stream
        )
    ).first()
    if found is None:
        found = XReadCursor(channel_id=channel_id, stream=stream)
        session.add(found)
        session.flush()
    return found


def _taken(session: Session, incident_id: int, post_id: str) -> bool:
    return (
        session.exec(
            select(Question.id).where(
                Question.incident_id == incident_id,
                Question.channel == QuestionChannel.X,
                Question.message_id == post_id,
            )
        ).first()
        is not None
    )


def _repeated(session: Session, incident_id: int, client: str, text: str) -> bool:
    words = social.fingerprint(text)
    earlier = session.exec(
        select(Question.text).where(
            Question.incident_id == incident_id,
            Question.channel == QuestionChannel.X,
            Question.client == client,
        )
    )
    return any(social.fingerprint(t) == words for t in earlier)


def receive_posts(
    session: Session,
    settings: Settings,
    *,
    channel_id: int,
    account_id: str,
    account: str | None,
    posts: Iterable[XPost],
    found: Threads,
    now: datetime,
) -> Taken:
    """Take the posts read from X (any order): questions, quarantined ones, or left alone."""
    taken = Taken()
    for post in sorted(posts, key=lambda p: (len(p.id), p.id)):
        incident_id = found.incident_for(post)
        if incident_id is None or post.author_id == account_id or post.retweet:
            taken.skipped += 1
            continue
        if _taken(session, incident_id, post.id):
            taken.skipped += 1
            continue
        try:
            if _take(session, settings, post, incident_id, channel_id, account, now):
                taken.recorded += 1
            else:
                taken.quarantined += 1
        except CrisisCommsError:  # an empty text after its handles: nothing to keep
            taken.skipped += 1
    return taken


def _take(
    session: Session,
    settings: Settings,
    post: XPost,
    incident_id: int,
    channel_id: int,
    account: str | None,
    now: datetime,
) -> bool:
    """Record one post as a question (True) or quarantine it (False)."""
    incident = incident_service.get_incident(session, incident_id)
    client = question_flow.client_key(
        settings, session, "x", f"{post.author_id}:{incident_id}", now
    )
    text = html.unescape(social.question_text(post.text))
    reason = None
    try:
        subscriber_service.count_client(
            session, client, now, limit=X_LIMIT, window=question_flow.MAIL_WINDOW, message="flood"
        )
    except TooManyRequests:
        reason = f"a flood: more than {X_LIMIT} posts from this account within an hour"
    if reason is None:
        reason = social.spam_reason(
            post.text,
            mentions=list(post.mentions),
            account=account,
            urls=post.urls,
            repeated=_repeated(session, incident_id, client, text),
        )
    sender = f"@{post.username}" if post.username else f"x:{post.author_id}"
    if reason is not None:
        question_service.quarantine(
            session,
            incident_id=incident_id,
            text=text or post.text,
            channel=QuestionChannel.X,
            reason=reason,
            sender=sender,
            client=client,
            message_id=post.id,
            channel_config_id=channel_id,
            now=now,
        )
        return False
    plan = incident_service.plan_of(session, incident)
    recorded = question_service.record(
        session,
        incident_id=incident_id,
        plan=plan,
        text=text,
        channel=QuestionChannel.X,
        sender=sender,
        message_id=post.id,
        client=client,
        channel_config_id=channel_id,
        now=now,
    )
    question_flow.after_recording(session, incident, plan, recorded, now=now)
    return True
