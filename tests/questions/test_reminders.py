"""An overdue question group reminds its owner (else the commander) once per overdue
period, as commitments remind theirs; each reminder is audited; an answered group is not
reminded."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session, col, select

from crisiscomms.audit.models import AuditEvent
from crisiscomms.flows import answering as answer_flow
from crisiscomms.flows import question_followup
from crisiscomms.flows import questions as question_flow
from crisiscomms.notifications.models import Notification, NotificationKind
from crisiscomms.questions import reminders
from crisiscomms.questions.models import QuestionChannel
from tests.commitments.factories import Scene, scene
from tests.conftest import NOW


def ask(session: Session, s: Scene, text: str, minutes: int = 0) -> int:
    recorded = question_flow.log_question(
        session,
        s.incident_id,
        text=text,
        channel=QuestionChannel.PHONE,
        language=None,
        customer_external_id=None,
        actor=s.author,
        now=NOW + timedelta(minutes=minutes),
    )
    assert recorded.group.id is not None
    return recorded.group.id


def sent(session: Session) -> list[Notification]:
    return list(session.exec(select(Notification).order_by(col(Notification.id))))


def test_an_overdue_group_reminds_once_per_period(session: Session) -> None:
    s = scene(session)  # the service-outage plan: an answer within 2h (the default)
    group_id = ask(session, s, "Is my data safe?")
    ask(session, s, "is my data safe or not", minutes=30)

    assert reminders.sweep(session, NOW + timedelta(minutes=119)) == 0
    assert reminders.sweep(session, NOW + timedelta(minutes=121)) == 1
    assert reminders.sweep(session, NOW + timedelta(minutes=150)) == 0  # same period
    (first,) = sent(session)
    assert first.kind == NotificationKind.REMINDER and first.incident_id == s.incident_id
    assert first.recipients == [s.commander.user_id]  # no owner: the commander
    assert "2 waiting" in first.body and "within 2h" in first.body
    assert first.audiences  # the plan's internal audience

    question_followup.assign_owner(
        session, s.incident_id, group_id, owner_id=s.author.user_id, actor=s.commander, now=NOW
    )
    assert reminders.sweep(session, NOW + timedelta(minutes=241)) == 1
    second = sent(session)[-1]
    assert second.recipients == [s.author.user_id, s.commander.user_id]
    assert "(reminder 2)" in second.subject
    events = session.exec(
        select(AuditEvent)
        .where(AuditEvent.action == "question.reminded")
        .order_by(col(AuditEvent.id))
    ).all()
    assert [e.after["period"] for e in events] == [1, 2]  # type: ignore[index]
    assert events[0].target_id == str(group_id)


def test_an_answered_group_is_not_reminded(session: Session) -> None:
    s = scene(session)
    group_id = ask(session, s, "Will I be charged for the downtime?")
    answer_flow.answer_from_plan(
        session, s.incident_id, group_id, locale="en", actor=s.author, now=NOW
    )
    assert reminders.sweep(session, NOW + timedelta(hours=5)) == 0
    assert sent(session) == []


def test_overdue_periods() -> None:
    hour = timedelta(hours=1)
    assert reminders.overdue_periods(NOW, hour, NOW + hour * 0.99) == 0
    assert reminders.overdue_periods(NOW, hour, NOW + hour) == 1
    assert reminders.overdue_periods(NOW, hour, NOW + hour * 3.5) == 3
    assert reminders.overdue_periods(NOW, hour, NOW - hour) == 0
