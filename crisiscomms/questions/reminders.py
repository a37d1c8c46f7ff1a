"""Reminders for questions left waiting: the question sweep, as commitments have theirs.

The worker runs `sweep(session, now)` every tick. A question group of an incident that is
not closed is overdue when its oldest waiting question has waited longer than the plan's
`question_policy.response_time`; it is then reminded once per overdue period (after one
response time, again after two, …), to its owner (the group's `owner_id`, else the
incident commander) and the commander, on the plan's internal channel, as a commitment's
reminder is. Each reminder is a notification with a dedupe key naming the group, the
period and the oldest waiting question's arrival, so running the sweep twice, or two
sweeps at once, never doubles it; each one queued is audited (`question.reminded`).
A group whose questions are all answered (or quarantined) is not reminded.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from crisiscomms.audit import service as audit
from crisiscomms.commitments.notices import internal_audiences
from crisiscomms.db import as_utc
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident, IncidentStatus
from crisiscomms.notifications import service as notification_service
from crisiscomms.notifications.models import NotificationKind
from crisiscomms.plans.schema import PlanBody, duration_minutes
from crisiscomms.plans.templating import format_time
from crisiscomms.principal import SYSTEM
from crisiscomms.questions.models import Question, QuestionGroup, QuestionStatus

LABEL = 120


def overdue_periods(oldest_waiting_at: datetime, response_time: timedelta, now: datetime) -> int:
    """How many whole response times the oldest waiting question has waited (0: not due)."""
    waited = now - as_utc(oldest_waiting_at)
    return max(0, int(waited / response_time)) if waited > timedelta(0) else 0


def sweep(session: Session, now: datetime) -> int:
    """Remind the owners of overdue question groups; how many reminders were queued."""
    rows = session.exec(
        select(
            QuestionGroup,
            Incident,
            func.count(col(Question.id)),
            func.min(Question.received_at),
        )
        .join(Question, col(Question.group_id) == col(QuestionGroup.id))
        .join(Incident, col(Incident.id) == col(QuestionGroup.incident_id))
        .where(Question.status == QuestionStatus.OPEN, Incident.status != IncidentStatus.CLOSED)
        .group_by(col(QuestionGroup.id), col(Incident.id))
        .order_by(func.min(Question.received_at))
    ).all()
    plans: dict[int, PlanBody] = {}
    queued = 0
    for group, incident, waiting, oldest in rows:
        if incident.plan_version_id not in plans:
            plans[incident.plan_version_id] = incident_service.plan_of(session, incident)
        plan = plans[incident.plan_version_id]
        response = timedelta(minutes=duration_minutes(plan.question_policy.response_time))
        period = overdue_periods(oldest, response, now)
        if period >= 1 and remind(
            session,
            group,
            incident,
            plan,
            waiting=waiting,
            oldest=as_utc(oldest),
            period=period,
            now=now,
        ):
            queued += 1
    return queued


def remind(
    session: Session,
    group: QuestionGroup,
    incident: Incident,
    plan: PlanBody,
    *,
    waiting: int,
    oldest: datetime,
    period: int,
    now: datetime,
) -> bool:
    """Queue this overdue period's reminder for the group (once), and audit it."""
    assert group.id is not None and incident.id is not None
    owner = group.owner_id or incident.commander_id
    label = group.public_question or f"question group #{group.id}"
    label = label if len(label) <= LABEL else label[: LABEL - 1] + "…"
    queued = notification_service.queue(
        session,
        kind=NotificationKind.REMINDER,
        incident_id=incident.id,
        commitment_id=None,
        audiences=internal_audiences(plan),
        recipients=[owner, incident.commander_id],
        subject=(
            f"Unanswered past {plan.question_policy.response_time} (reminder {period}): {label}"
        ),
        body=(
            f"Incident: {incident.title}\nQuestion group #{group.id}: {waiting} waiting, the "
            f"oldest since {format_time(oldest)}.\nThe plan promises an answer within "
            f"{plan.question_policy.response_time}. Answer the group once (the queue page), "
            "or give the plan's answer."
        ),
        dedupe_key=(
            f"question_group:{group.id}:overdue:{period}:{oldest.strftime('%Y%m%dT%H%M%SZ')}"
        ),
        now=now,
    )
    if queued is None:
        return False
    audit.record(
        session,
        actor=SYSTEM,
        action="question.reminded",
        target_type="question_group",
        target_id=group.id,
        now=now,
        after={
            "incident_id": incident.id,
            "owner_id": owner,
            "period": period,
            "waiting": waiting,
            "oldest_waiting_at": oldest.isoformat(),
        },
    )
    return True
