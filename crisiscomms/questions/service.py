"""Recording, grouping, answering and counting the questions of an incident.

Invariants:
- a question is stored as plain text, at most 4,000 characters, with the incident it is
  about; a quarantined one keeps its reason and never joins a group;
- a group is answered once; an answer drafted by one person is approved by another (the
  two-person rule), unless it is the plan's pre-approved answer for the group's question;
- the public sees a group only through its `PublicAnswer`: the plan's wording of the
  question (or the staff's), never what a person wrote;
- personal data in a question (addresses, phone and card numbers, order and account
  references) is flagged when it comes in and masked for staff below the comms role.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import update
from sqlmodel import Session, col, select

from crisiscomms.db import as_utc
from crisiscomms.errors import Conflict, NotFound, ValidationFailed
from crisiscomms.plans.schema import PlanBody
from crisiscomms.questions import matching
from crisiscomms.questions.models import (
    AnswerSource,
    GroupStatus,
    PublicAnswer,
    Question,
    QuestionChannel,
    QuestionGroup,
    QuestionStatus,
)

MAX_TEXT = 4000
_PERSONAL = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.-]+"  # an email address
    r"|(?:\+?\d[\d ()-]{6,}\d)"  # a phone, card or account number
    r"|(?:[\u09e6-\u09ef][\u09e6-\u09ef -]{6,}[\u09e6-\u09ef])"  # the same in Bengali digits
    r"|\b(?:order|account|acct|invoice|card|booking|ref(?:erence)?)\s*(?:no\.?|number|#|:)?\s*"
    r"[A-Z0-9-]{4,}",
    re.IGNORECASE,
)


def invalid(field_name: str, message: str, rule: str = "value_error") -> ValidationFailed:
    """A 422 naming the field; `rule` (the detail's `type`) names what was broken, so the
    public page can say it in its reader's language."""
    return ValidationFailed(
        message, details=[{"location": field_name, "message": message, "type": rule}]
    )


def has_personal_data(text: str) -> bool:
    """Whether the text holds what may identify a person or an account."""
    return bool(_PERSONAL.search(text))


def mask(text: str) -> str:
    """The text with personal data replaced by '[hidden]'."""
    return _PERSONAL.sub("[hidden]", text)


def clean_text(text: str) -> str:
    """The question as stored: control characters gone, whitespace tidy, within the limit."""
    text = "".join(c for c in text if c in "\n\t" or ord(c) >= 32)
    text = re.sub(r"[ \t]+", " ", text).strip()
    if not text:
        raise invalid("text", "text: the question is empty", "question_empty")
    if len(text) > MAX_TEXT:
        message = f"text: at most {MAX_TEXT:,} characters (this has {len(text):,})"
        raise invalid("text", message, "question_too_long")
    return text


def _words(words: Counter[str]) -> str:
    """A group's words as stored (each repeated as often as it counts), within 1,000 chars."""
    stored: list[str] = []
    size = 0
    for word, count in words.most_common():
        for _ in range(count):
            size += len(word) + 1
            if size > 1000:
                return " ".join(stored)
            stored.append(word)
    return " ".join(stored)


@dataclass
class Recorded:
    """A recorded question and what happened to its group."""

    question: Question
    group: QuestionGroup
    new_group: bool


class Grouper:
    """The grouping state of one incident, kept across a burst of questions (one query for
    the groups, then in memory)."""

    def __init__(self, session: Session, incident_id: int, plan: PlanBody | None) -> None:
        self.incident_id = incident_id
        self.plan = matching.plan_questions(plan)
        self.groups: list[QuestionGroup] = list(
            session.exec(
                select(QuestionGroup)
                .where(QuestionGroup.incident_id == incident_id)
                .order_by(col(QuestionGroup.id))
            )
        )
        self.keys: list[matching.GroupKey] = [
            matching.key_of(g.plan_question_id, g.normalised) for g in self.groups
        ]

    def place(
        self, session: Session, text: str, language: str, now: datetime
    ) -> tuple[QuestionGroup, bool, float]:
        """The group for this text (created when none fits), whether it is new, the score."""
        placed = matching.place(text, self.plan, self.keys)
        if placed.group_key is not None:
            group = self.groups[placed.group_key]
            words = matching.merged(self.keys[placed.group_key][1], placed.tokens)
            group.normalised = _words(words)
            return group, False, placed.score
        words = Counter(placed.tokens)
        group = QuestionGroup(
            incident_id=self.incident_id,
            language=language,
            label=text[:500],
            normalised=_words(words),
            plan_question_id=placed.plan_question_id,
            match_score=placed.score if placed.plan_question_id else None,
            status=GroupStatus.OPEN,
            first_asked_at=now,
            last_asked_at=now,
            created_at=now,
        )
        session.add(group)
        session.flush()
        self.groups.append(group)
        self.keys.append((group.plan_question_id, words))
        return group, True, placed.score


def record(
    session: Session,
    *,
    incident_id: int,
    plan: PlanBody | None,
    text: str,
    channel: QuestionChannel,
    now: datetime,
    language: str | None = None,
    customer_id: int | None = None,
    subscriber_id: int | None = None,
    sender: str | None = None,
    subject: str | None = None,
    message_id: str | None = None,
    references: str | None = None,
    client: str | None = None,
    logged_by_id: int | None = None,
    channel_config_id: int | None = None,
    grouper: Grouper | None = None,
) -> Recorded:
    """Store one question and put it in its group."""
    text = clean_text(text)
    language = language if language in {"en", "bn"} else matching.language_of(text)
    grouper = grouper or Grouper(session, incident_id, plan)
    group, new, score = grouper.place(session, text, language, now)
    question = Question(
        incident_id=incident_id,
        group_id=group.id,
        customer_id=customer_id,
        subscriber_id=subscriber_id,
        channel=channel,
        language=language,
        text=text,
        personal_data=has_personal_data(text),
        status=QuestionStatus.OPEN,
        sender=(sender or None) and sender[:254],
        subject=(subject or None) and subject[:300],
        message_id=(message_id or None) and message_id[:300],
        references=(references or None) and references[-2000:],
        client=client,
        match_score=round(score, 3),
        logged_by_id=logged_by_id,
        channel_config_id=channel_config_id,
        received_at=now,
    )
    if group.status == GroupStatus.ANSWERED:
        question.status = QuestionStatus.ANSWERED
        question.answered_at = now
        question.answered_on_arrival = True
        sent = group.sent_ahead_at
        question.answered_before_asked = sent is not None and as_utc(sent) <= now
    group.question_count += 1
    group.last_asked_at = now
    session.add(question)
    session.add(group)
    session.flush()
    return Recorded(question, group, new)


def quarantine(
    session: Session,
    *,
    incident_id: int,
    text: str,
    channel: QuestionChannel,
    reason: str,
    now: datetime,
    customer_id: int | None = None,
    subscriber_id: int | None = None,
    sender: str | None = None,
    client: str | None = None,
    message_id: str | None = None,
    channel_config_id: int | None = None,
) -> Question:
    """Keep a question that must not be grouped, answered or published, with the reason."""
    kept = "".join(c for c in text if c in "\n\t" or ord(c) >= 32)[:MAX_TEXT]
    question = Question(
        incident_id=incident_id,
        customer_id=customer_id,
        subscriber_id=subscriber_id,
        channel=channel,
        language=matching.language_of(kept),
        text=kept,
        personal_data=has_personal_data(kept),
        status=QuestionStatus.QUARANTINED,
        reason=reason[:300],
        sender=(sender or None) and sender[:254],
        client=client,
        message_id=(message_id or None) and message_id[:300],
        channel_config_id=channel_config_id,
        received_at=now,
    )
    session.add(question)
    session.flush()
    return question


def get_group(session: Session, group_id: int, *, incident_id: int | None = None) -> QuestionGroup:
    """The group, or 404 (also when it belongs to another incident)."""
    group = session.get(QuestionGroup, group_id)
    if group is None or (incident_id is not None and group.incident_id != incident_id):
        raise NotFound(f"there is no question group {group_id}")
    return group


def questions_of(session: Session, group_id: int) -> list[Question]:
    """The group's questions, oldest first."""
    return list(
        session.exec(
            select(Question)
            .where(Question.group_id == group_id)
            .order_by(col(Question.received_at), col(Question.id))
        )
    )


def plan_answer(plan: PlanBody | None, group: QuestionGroup, locale: str) -> tuple[str, str] | None:
    """The plan's question and pre-approved answer for the group, in `locale` when written
    in it (else the plan's default), or None when the group matched no plan question."""
    if plan is None or group.plan_question_id is None:
        return None
    for question in plan.questions:
        if question.id == group.plan_question_id:
            chosen = locale if locale in question.answer else plan.default_locale
            if chosen not in question.answer:
                chosen = next(iter(question.answer))
            asked = question.question.get(chosen) or next(iter(question.question.values()))
            return asked, question.answer[chosen]
    return None


def draft(
    session: Session,
    group: QuestionGroup,
    *,
    text: str,
    locale: str,
    user_id: int | None,
    drafted_by: str,
    now: datetime,
) -> QuestionGroup:
    """Save a drafted answer for a second person to approve."""
    if group.status == GroupStatus.ANSWERED:
        raise Conflict("this group is already answered")
    group.draft_answer = text
    group.answer_locale = locale
    group.drafted_by_id = user_id
    group.drafted_by = drafted_by
    group.drafted_at = now
    group.status = GroupStatus.IN_REVIEW
    session.add(group)
    session.flush()
    return group


def settle(
    session: Session,
    group: QuestionGroup,
    *,
    text: str,
    locale: str,
    source: AnswerSource,
    answered_by_id: int | None,
    approved_by_id: int | None,
    public_question: str | None,
    now: datetime,
) -> list[Question]:
    """The group is answered: its open questions too; the public Q&A gains it. The
    questions answered now are returned (their askers get the answer)."""
    if group.status == GroupStatus.ANSWERED:
        raise Conflict("this group is already answered")
    group.answer = text
    group.answer_locale = locale
    group.answer_source = source
    group.answered_by_id = answered_by_id
    group.approved_by_id = approved_by_id
    group.answered_at = now
    group.status = GroupStatus.ANSWERED
    if public_question:
        group.public_question = public_question[:500]
    session.add(group)
    answered = list(
        session.exec(
            select(Question).where(
                Question.group_id == group.id, Question.status == QuestionStatus.OPEN
            )
        )
    )
    session.exec(
        update(Question)
        .where(col(Question.group_id) == group.id, col(Question.status) == QuestionStatus.OPEN)
        .values(status=QuestionStatus.ANSWERED, answered_at=now)
    )
    if group.public_question:
        assert group.id is not None
        session.add(
            PublicAnswer(
                incident_id=group.incident_id,
                group_id=group.id,
                locale=locale,
                question=group.public_question,
                answer=text,
                published_at=now,
            )
        )
    session.flush()
    for question in answered:
        session.refresh(question)
    return answered


def public_answers(session: Session, incident_id: int) -> list[PublicAnswer]:
    """The incident's public Q&A, oldest first."""
    return list(
        session.exec(
            select(PublicAnswer)
            .where(PublicAnswer.incident_id == incident_id)
            .order_by(col(PublicAnswer.published_at), col(PublicAnswer.id))
        )
    )


def askers(questions: Sequence[Question]) -> dict[int, Question]:
    """One question per person who can be answered by email (their latest), keyed by the
    outbox recipient id: the customer id, or minus the subscriber id."""
    found: dict[int, Question] = {}
    for question in questions:
        if question.channel != QuestionChannel.EMAIL:
            continue
        if question.customer_id is not None:
            found[question.customer_id] = question
        elif question.subscriber_id is not None:
            found[-question.subscriber_id] = question
    return found
