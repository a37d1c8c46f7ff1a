"""Answers sent ahead: an approved answer that goes out with the next update.

Staff mark an answered group "send ahead" (`send_ahead_at`). The next statement drafted
by staff carries each such group's public question and answer in its "Questions and
answers" (`LocaleContent.answers`, question id `q<group id>`), after the plan's own, in
every language of the statement (the answer's own text where no other was written), up to
the statement's limit of answers (the rest wait for the update after). When a statement
carrying it is published, the group is `sent_ahead_at` then: the update took the answer
to everyone it reached, and a question of that group arriving later counts as answered
before it was asked. Staff may take the answer out of the draft; then it is not sent
ahead and stays marked for the next one.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from crisiscomms.questions.models import GroupStatus, QuestionGroup
from crisiscomms.statements.content import MAX_ANSWERS, Answer, StatementContent

PREFIX = "q"


def answer_id(group: QuestionGroup) -> str:
    """The statement answer's question id for a group."""
    return f"{PREFIX}{group.id}"


def pending(session: Session, incident_id: int) -> list[QuestionGroup]:
    """The incident's answers marked to go ahead and not yet published, oldest mark first."""
    return list(
        session.exec(
            select(QuestionGroup)
            .where(
                QuestionGroup.incident_id == incident_id,
                QuestionGroup.status == GroupStatus.ANSWERED,
                col(QuestionGroup.send_ahead_at).is_not(None),
                col(QuestionGroup.sent_ahead_at).is_(None),
                col(QuestionGroup.public_question).is_not(None),
            )
            .order_by(col(QuestionGroup.send_ahead_at), col(QuestionGroup.id))
        )
    )


def include(content: StatementContent, groups: list[QuestionGroup]) -> StatementContent:
    """The draft with these groups' answers added to every language's Q&A (once each)."""
    if not groups:
        return content
    locales = {}
    for locale, value in content.locales.items():
        answers = list(value.answers)
        known = {a.question_id for a in answers}
        for group in groups:
            if len(answers) >= MAX_ANSWERS:
                break
            if answer_id(group) in known or not group.answer or not group.public_question:
                continue
            answers.append(
                Answer(
                    question_id=answer_id(group),
                    question=group.public_question,
                    answer=group.answer,
                )
            )
        locales[locale] = value.model_copy(update={"answers": answers})
    return content.model_copy(update={"locales": locales})


def mark_sent(
    session: Session, incident_id: int, statement_id: int, content: StatementContent, now: datetime
) -> list[QuestionGroup]:
    """The groups whose answers this published statement carried: sent ahead now."""
    carried = {a.question_id for value in content.locales.values() for a in value.answers}
    sent = [g for g in pending(session, incident_id) if answer_id(g) in carried]
    for group in sent:
        group.sent_ahead_at = now
        group.sent_ahead_statement_id = statement_id
        session.add(group)
    session.flush()
    return sent
