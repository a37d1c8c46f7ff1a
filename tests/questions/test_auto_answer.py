"""Pre-approved plan answers go out automatically only where the plan says so, only on a
confident match, and each one is logged; a question whose group is answered gets the
answer at once; overdue questions and the report figures."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session, select

from crisiscomms.audit.models import AuditEvent
from crisiscomms.flows import answering as answer_flow
from crisiscomms.flows import questions as question_flow
from crisiscomms.plans.schema import QuestionPolicy
from crisiscomms.questions import queue as question_queue
from crisiscomms.questions.models import (
    AnswerSource,
    GroupStatus,
    PublicAnswer,
    QuestionChannel,
)
from tests.commitments.factories import scene
from tests.conftest import NOW, load_library_plan


def auto_plan(auto: bool) -> object:
    body = load_library_plan("service-outage")
    return body.model_copy(
        update={
            "slug": f"outage-auto-{auto}".lower(),
            "question_policy": QuestionPolicy(response_time="30m", auto_answer=auto),
        }
    )


def ask(session: Session, incident_id: int, text: str, actor: object, minutes: int = 0) -> object:
    return question_flow.log_question(
        session,
        incident_id,
        text=text,
        channel=QuestionChannel.PHONE,
        language=None,
        customer_external_id=None,
        actor=actor,  # type: ignore[arg-type]
        now=NOW + timedelta(minutes=minutes),
    )


def test_a_confident_match_is_answered_from_the_plan_and_logged(session: Session) -> None:
    s = scene(session, auto_plan(True))  # type: ignore[arg-type]
    first = ask(session, s.incident_id, "Was my data lost or exposed?", s.author)
    group = first.group  # type: ignore[attr-defined]
    assert group.status == GroupStatus.ANSWERED and group.answer_source == AnswerSource.AUTO
    assert group.answer.startswith("Our updates say plainly what we know about data")
    (event,) = session.exec(
        select(AuditEvent).where(AuditEvent.action == "question.auto_answered")
    ).all()
    assert event.target_id == str(group.id)
    public = session.exec(select(PublicAnswer)).one()
    assert public.question == "Was my data lost or exposed?"  # the plan's wording
    later = ask(session, s.incident_id, "is our data safe??", s.author, minutes=5)
    assert later.question.answered_on_arrival  # type: ignore[attr-defined]
    assert not later.question.answered_before_asked  # type: ignore[attr-defined]
    vague = ask(session, s.incident_id, "data?", s.author, minutes=6)  # an intent, loose words
    assert vague.group.id == group.id  # type: ignore[attr-defined]


def test_without_the_plans_leave_nothing_is_answered_automatically(session: Session) -> None:
    s = scene(session, auto_plan(False))  # type: ignore[arg-type]
    recorded = ask(session, s.incident_id, "Was my data lost or exposed?", s.author)
    assert recorded.group.status == GroupStatus.OPEN  # type: ignore[attr-defined]
    assert session.exec(select(PublicAnswer)).all() == []


def test_overdue_questions_and_the_report_figures(session: Session) -> None:
    s = scene(session, auto_plan(False))  # type: ignore[arg-type]
    plan = auto_plan(False)
    ask(session, s.incident_id, "When will it be fixed?", s.author)
    ask(session, s.incident_id, "any ETA?", s.author, minutes=20)
    data = ask(session, s.incident_id, "Was my data lost?", s.author, minutes=1)
    answer_flow.answer_from_plan(
        session,
        s.incident_id,
        data.group.id,  # type: ignore[attr-defined]
        locale="en",
        actor=s.author,
        now=NOW + timedelta(minutes=11),
    )
    now = NOW + timedelta(minutes=40)
    overdue = question_queue.overdue(session, s.incident_id, plan=plan, now=now)  # type: ignore[arg-type]
    assert [q.text for q in overdue] == ["When will it be fixed?"]  # 40 min > 30; the other 20
    figures = question_queue.figures(session, s.incident_id, plan=plan, now=now)  # type: ignore[arg-type]
    assert (figures.received, figures.answered, figures.open, figures.overdue) == (3, 1, 2, 1)
    assert figures.median_minutes_to_answer == 10.0
    assert figures.unforeseen == ["When will it be fixed?"]
    queue = question_queue.queue(session, s.incident_id)
    assert queue[0].group.label == "When will it be fixed?"  # oldest waiting first
    assert queue[0].waiting == 2 and queue[-1].waiting == 0
