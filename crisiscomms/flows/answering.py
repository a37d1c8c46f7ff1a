"""Answering a question group once: the check, the two-person rule or the plan's answer,
then the answer to every asker through the outbox and onto the public page.

An answer is judged by the transparency check on its words, in the plain-text form an
email carries; what a full statement must hold (a root cause, the next update) is not
asked of an answer. A staff answer is drafted by one person and approved by another (an
API key counts as the user who created it); the plan's pre-approved answer needs no second
person.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from crisiscomms.audit import service as audit
from crisiscomms.broadcasts import answers as answer_outbox
from crisiscomms.errors import Forbidden, NotFound, ValidationFailed
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident
from crisiscomms.plans.schema import PlanBody
from crisiscomms.principal import Principal
from crisiscomms.questions import service as question_service
from crisiscomms.questions.models import AnswerSource, GroupStatus, Question, QuestionGroup
from crisiscomms.statements.check.document import Channel
from crisiscomms.statements.check.run import check_text


def _open_incident(session: Session, incident_id: int) -> Incident:
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFound(f"there is no incident {incident_id}")
    return incident


def send_answer(
    session: Session,
    incident: Incident,
    group: QuestionGroup,
    questions: list[Question],
    *,
    created_by: str,
    now: datetime,
) -> None:
    """Queue the group's answer to each of these questions' askers: by email to those who
    asked by email, as an X reply under the post of those who asked on X."""
    askers = question_service.askers(questions)
    if askers:
        answer_outbox.queue_answers(
            session, incident, group, askers, created_by=created_by, now=now
        )
    answer_outbox.queue_x_answers(
        session, incident, group, questions, created_by=created_by, now=now
    )


EMAIL = Channel.EMAIL


def check_answer(text: str, language: str, plan: PlanBody) -> list[dict[str, object]]:
    """The transparency check's findings at an answer's words (errors only). An answer is
    judged on what it says, in the plain-text form an email carries; what a full
    statement must hold (a root cause, the next update) is not asked of it."""
    report = check_text(text, language=language, channel=EMAIL, policy=plan.transparency)
    return [
        f.to_dict()
        for f in report.findings
        if f.to_dict().get("severity") == "error" and f.to_dict().get("excerpt")
    ]


def _checked(text: str, language: str, plan: PlanBody) -> str:
    text = question_service.clean_text(text)
    findings = check_answer(text, language, plan)
    if findings:
        first = findings[0]
        raise ValidationFailed(
            f"the answer does not pass the transparency check: {first['message']}",
            details=[
                {
                    "location": "answer",
                    "message": str(f["message"]),
                    "type": str(f["rule"]),
                    "excerpt": f["excerpt"],
                    "suggestion": f.get("suggestion"),
                }
                for f in findings
            ],
            code="check_failed",
        )
    return text


def _who(actor: Principal) -> str:
    return f"{actor.kind}:{actor.id}"


def _group_and_plan(
    session: Session, incident_id: int, group_id: int
) -> tuple[Incident, PlanBody, QuestionGroup]:
    incident = _open_incident(session, incident_id)
    group = question_service.get_group(session, group_id, incident_id=incident_id)
    return incident, incident_service.plan_of(session, incident), group


def draft_answer(
    session: Session,
    incident_id: int,
    group_id: int,
    *,
    text: str,
    locale: str,
    public_question: str | None,
    actor: Principal,
    now: datetime,
) -> QuestionGroup:
    """Draft a group's answer (checked now); a second person approves it."""
    _, plan, group = _group_and_plan(session, incident_id, group_id)
    checked = _checked(text, locale, plan)
    if public_question is not None:
        group.public_question = question_service.clean_text(public_question)[:500]
    question_service.draft(
        session,
        group,
        text=checked,
        locale=locale,
        user_id=actor.user_id,
        drafted_by=_who(actor),
        now=now,
    )
    audit.record(
        session,
        actor=actor,
        action="question.answer_drafted",
        target_type="question_group",
        target_id=group.id,
        now=now,
        after={"locale": locale},
    )
    return group


def approve_answer(
    session: Session, incident_id: int, group_id: int, *, actor: Principal, now: datetime
) -> QuestionGroup:
    """Approve a drafted answer (someone other than the drafter): it goes to every asker
    and, with its public wording, onto the public page."""
    incident, plan, group = _group_and_plan(session, incident_id, group_id)
    if group.status != GroupStatus.IN_REVIEW or not group.draft_answer:
        raise ValidationFailed("there is no drafted answer to approve for this group")
    same_user = actor.user_id is not None and actor.user_id == group.drafted_by_id
    if same_user or _who(actor) == group.drafted_by:
        raise Forbidden("the two-person rule: someone other than the drafter approves an answer")
    text = _checked(group.draft_answer, group.answer_locale or "en", plan)
    answered = question_service.settle(
        session,
        group,
        text=text,
        locale=group.answer_locale or plan.default_locale,
        source=AnswerSource.STAFF,
        answered_by_id=group.drafted_by_id,
        approved_by_id=actor.user_id,
        public_question=group.public_question,
        now=now,
    )
    audit.record(
        session,
        actor=actor,
        action="question.answer_approved",
        target_type="question_group",
        target_id=group.id,
        now=now,
        after={"answered": len(answered)},
    )
    send_answer(session, incident, group, answered, created_by=actor.label, now=now)
    return group


def answer_from_plan(
    session: Session,
    incident_id: int,
    group_id: int,
    *,
    locale: str,
    actor: Principal,
    now: datetime,
) -> QuestionGroup:
    """Give the plan's pre-approved answer to a group that matched an anticipated question
    (no second person needed: the plan's answer was approved with the plan)."""
    incident, plan, group = _group_and_plan(session, incident_id, group_id)
    found = question_service.plan_answer(plan, group, locale)
    if found is None:
        raise ValidationFailed("this group matched no question of the plan: write an answer")
    asked, answer = found
    answered = question_service.settle(
        session,
        group,
        text=answer,
        locale=locale if locale in plan.locales else plan.default_locale,
        source=AnswerSource.PLAN,
        answered_by_id=actor.user_id,
        approved_by_id=None,
        public_question=asked,
        now=now,
    )
    audit.record(
        session,
        actor=actor,
        action="question.answered_from_plan",
        target_type="question_group",
        target_id=group.id,
        now=now,
        after={"plan_question": group.plan_question_id, "answered": len(answered)},
    )
    send_answer(session, incident, group, answered, created_by=actor.label, now=now)
    return group
