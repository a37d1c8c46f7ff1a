"""The question queue and the figures: what waits, for how long, and what the report says.

A question is overdue when it has waited longer than the plan's
`question_policy.response_time` (2 hours when a plan says nothing).
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from crisiscomms.db import as_utc
from crisiscomms.plans.schema import PlanBody, duration_minutes
from crisiscomms.questions.models import Question, QuestionGroup, QuestionStatus


@dataclass
class QueueItem:
    """A group as the staff queue shows it."""

    group: QuestionGroup
    waiting: int
    oldest_waiting_at: datetime | None
    channels: dict[str, int] = field(default_factory=dict)


def queue(session: Session, incident_id: int) -> list[QueueItem]:
    """The incident's groups: those with questions waiting first, oldest waiting first."""
    groups = {
        g.id: g
        for g in session.exec(select(QuestionGroup).where(QuestionGroup.incident_id == incident_id))
    }
    waiting: dict[int, tuple[int, datetime | None]] = {}
    for group_id, count, first in session.exec(
        select(Question.group_id, func.count(), func.min(Question.received_at))
        .where(Question.incident_id == incident_id, Question.status == QuestionStatus.OPEN)
        .group_by(col(Question.group_id))
    ):
        if group_id is not None:
            waiting[group_id] = (count, first)
    mix: dict[int, Counter[str]] = {}
    for group_id, channel, count in session.exec(
        select(Question.group_id, Question.channel, func.count())
        .where(Question.incident_id == incident_id, col(Question.group_id).is_not(None))
        .group_by(col(Question.group_id), col(Question.channel))
    ):
        if group_id is not None:
            mix.setdefault(group_id, Counter())[str(channel)] = count
    items = []
    for group_id, group in groups.items():
        assert group_id is not None
        count, oldest = waiting.get(group_id, (0, None))
        items.append(QueueItem(group, count, _utc(oldest), dict(mix.get(group_id, {}))))
    far = datetime.max.replace(tzinfo=None)
    items.sort(
        key=lambda i: (
            i.waiting == 0,
            (i.oldest_waiting_at.replace(tzinfo=None) if i.oldest_waiting_at else far),
            -i.group.question_count,
        )
    )
    return items


@dataclass(frozen=True)
class Waiting:
    """The incident's open questions as the control center counts them."""

    grouped: int
    """Open questions in a group (what the staff queue shows waiting)."""
    overdue: int
    """Open questions older than the plan's response time."""
    oldest_overdue_at: datetime | None


def waiting(session: Session, incident_id: int, *, plan: PlanBody | None, now: datetime) -> Waiting:
    """How many questions wait and how many are overdue, in one query (the control center
    needs the counts, not the groups and the questions)."""
    limit = now - response_time(plan)
    late = col(Question.received_at) <= limit
    grouped, overdue, oldest = session.exec(
        select(
            func.count().filter(col(Question.group_id).is_not(None)),
            func.count().filter(late),
            func.min(Question.received_at).filter(late),
        ).where(Question.incident_id == incident_id, Question.status == QuestionStatus.OPEN)
    ).one()
    return Waiting(int(grouped or 0), int(overdue or 0), _utc(oldest))


def _utc(moment: datetime | None) -> datetime | None:
    return None if moment is None else as_utc(moment)


def quarantined(session: Session, incident_id: int, limit: int = 100) -> list[Question]:
    """The incident's quarantined questions, newest first."""
    return list(
        session.exec(
            select(Question)
            .where(Question.incident_id == incident_id)
            .where(Question.status == QuestionStatus.QUARANTINED)
            .order_by(col(Question.received_at).desc())
            .limit(limit)
        )
    )


def response_time(plan: PlanBody | None) -> timedelta:
    """How long a question may wait before it is overdue (the plan's, else 2 hours)."""
    value = plan.question_policy.response_time if plan is not None else "2h"
    return timedelta(minutes=duration_minutes(value))


def overdue(
    session: Session, incident_id: int, *, plan: PlanBody | None, now: datetime
) -> list[Question]:
    """Open questions older than the plan's response time, oldest first."""
    limit = now - response_time(plan)
    return list(
        session.exec(
            select(Question)
            .where(
                Question.incident_id == incident_id,
                Question.status == QuestionStatus.OPEN,
                col(Question.received_at) <= limit,
            )
            .order_by(col(Question.received_at))
        )
    )


@dataclass(frozen=True)
class Figures:
    """What the post-incident report says about questions."""

    received: int
    quarantined: int
    answered: int
    answered_on_arrival: int
    """Came in after their group was answered: the answer was waiting for them."""
    answered_before_asked: int
    """Came in after an update had carried their group's answer to everyone (sent ahead)."""
    open: int
    overdue: int
    median_minutes_to_answer: float | None
    groups: int
    unforeseen: list[str]
    """Labels of the groups no plan question foresaw (staff-only wording), most asked first."""
    unforeseen_ids: list[int] = field(default_factory=list)
    """Their group ids, in the same order (the report links each to its page)."""


def figures(session: Session, incident_id: int, *, plan: PlanBody | None, now: datetime) -> Figures:
    """The incident's question figures for the report."""
    rows = list(
        session.execute(
            core_select(
                col(Question.status),
                col(Question.received_at),
                col(Question.answered_at),
                col(Question.answered_on_arrival),
                col(Question.answered_before_asked),
            ).where(col(Question.incident_id) == incident_id)
        ).tuples()
    )
    limit = now - response_time(plan)
    waits = [
        (_utc(answered) - _utc(received)).total_seconds() / 60  # type: ignore[operator]
        for status, received, answered, early, _ in rows
        if status == QuestionStatus.ANSWERED and answered is not None and not early
    ]
    groups = list(
        session.exec(select(QuestionGroup).where(QuestionGroup.incident_id == incident_id))
    )
    unforeseen = sorted(
        (g for g in groups if g.plan_question_id is None), key=lambda g: -g.question_count
    )
    return Figures(
        received=sum(1 for r in rows if r[0] != QuestionStatus.QUARANTINED),
        quarantined=sum(1 for r in rows if r[0] == QuestionStatus.QUARANTINED),
        answered=sum(1 for r in rows if r[0] == QuestionStatus.ANSWERED),
        answered_on_arrival=sum(1 for r in rows if r[3] is True),
        answered_before_asked=sum(1 for r in rows if r[4] is True),
        open=sum(1 for r in rows if r[0] == QuestionStatus.OPEN),
        overdue=sum(1 for r in rows if r[0] == QuestionStatus.OPEN and as_utc(r[1]) <= limit),
        median_minutes_to_answer=round(statistics.median(waits), 1) if waits else None,
        groups=len(groups),
        unforeseen=[g.label for g in unforeseen[:20]],
        unforeseen_ids=[g.id for g in unforeseen[:20] if g.id is not None],
    )
