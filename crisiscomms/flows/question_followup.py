"""After a question group is answered, or while it waits: who owns it, whether its answer
goes ahead to those who have not asked, and whether the plan learns it.

- **Owner**: a group has an owner (a comms-or-above staff member) whom the question sweep
  reminds when it is overdue; without one, the incident commander is reminded.
- **Send ahead**: an answered group can be marked to go with the next update: the next
  statement's draft gains it in its "Questions and answers" section, so every affected
  customer the update reaches has it before asking; a question of that group arriving
  after the update was published counts as answered before it was asked.
- **Add to the plan**: a group the plan had not foreseen, once answered, can become one of
  the plan's anticipated questions (its public wording, its approved answer): a new plan
  version, audited; incidents keep the version they were activated with.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime

from sqlmodel import Session

from crisiscomms.accounts.models import User
from crisiscomms.audit import service as audit
from crisiscomms.errors import Conflict, ValidationFailed
from crisiscomms.flows import plans as plan_flow
from crisiscomms.incidents import service as incident_service
from crisiscomms.plans import service as plan_service
from crisiscomms.plans.models import PlanVersion
from crisiscomms.plans.schema import Question as PlanQuestion
from crisiscomms.principal import Principal, Role
from crisiscomms.questions import service as question_service
from crisiscomms.questions.models import GroupStatus, QuestionGroup


def assign_owner(
    session: Session,
    incident_id: int,
    group_id: int,
    *,
    owner_id: int | None,
    actor: Principal,
    now: datetime,
) -> QuestionGroup:
    """Make a staff member (comms or above) the group's owner, or clear it (None)."""
    group = question_service.get_group(session, group_id, incident_id=incident_id)
    if owner_id is not None:
        user = session.get(User, owner_id)
        if user is None or not user.active or not Role(user.role).rank >= Role.COMMS.rank:
            raise question_service.invalid(
                "owner_id", "owner_id: not an active staff member with the comms role or above"
            )
    before = group.owner_id
    group.owner_id = owner_id
    session.add(group)
    audit.record(
        session,
        actor=actor,
        action="question.owner_assigned",
        target_type="question_group",
        target_id=group.id,
        now=now,
        before={"owner_id": before},
        after={"owner_id": owner_id},
    )
    session.flush()
    return group


def _slug(text: str) -> str:
    words = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return (words[:40].rstrip("-") or "question") if words else "question"


def add_to_plan(
    session: Session,
    incident_id: int,
    group_id: int,
    *,
    questions: Mapping[str, str],
    answers: Mapping[str, str],
    actor: Principal,
    now: datetime,
) -> PlanVersion:
    """Add an answered, unforeseen group to its plan's anticipated questions: a new
    version of the plan. The question's wording in the answer's language defaults to the
    group's public wording and the answer to the approved one; the plan's other languages
    come in `questions` and `answers` (the plan's validation names any that is missing)."""
    incident = incident_service.get_incident(session, incident_id)
    group = question_service.get_group(session, group_id, incident_id=incident_id)
    if group.status != GroupStatus.ANSWERED or not group.answer:
        raise Conflict("only an answered question can be added to the plan: answer it first")
    if group.plan_question_id is not None:
        raise Conflict(f"the plan already foresaw this question ({group.plan_question_id})")
    pinned = plan_service.get_version_by_id(session, incident.plan_version_id)
    plan, latest = plan_service.get_plan_with_version(session, pinned.plan_id)
    body = plan_service.body_of(latest)
    locale = group.answer_locale if group.answer_locale in body.locales else body.default_locale
    asked = {k: v for k, v in questions.items() if v and v.strip()}
    told = {k: v for k, v in answers.items() if v and v.strip()}
    if group.public_question:
        asked.setdefault(locale, group.public_question)
    told.setdefault(locale, group.answer)
    for name, texts in (("question", asked), ("answer", told)):
        for key, value in list(texts.items()):
            if key not in body.locales:
                raise question_service.invalid(
                    f"{name}.{key}", f"{name}.{key}: the plan has no language {key!r}"
                )
            texts[key] = question_service.clean_text(value)
    if locale not in asked:
        raise question_service.invalid(
            f"question.{locale}", f"question.{locale}: how the plan asks it is needed"
        )
    taken = {q.id for q in body.questions}
    base = _slug(asked[locale])
    ident, n = base, 2
    while ident in taken:
        ident, n = f"{base}-{n}", n + 1
    added = PlanQuestion(id=ident, question=asked, answer=told)
    updated = body.model_copy(update={"questions": [*body.questions, added]})
    try:
        version = plan_flow.update_plan(
            session,
            plan.id or 0,
            body=updated,
            source=f"question group {group.id} of incident {incident_id}",
            actor=actor,
            now=now,
        )
    except ValidationFailed as exc:
        raise ValidationFailed(
            f"the plan would not be valid with this question: {exc.message}",
            details=exc.details,
        ) from exc
    group.plan_question_id = ident
    session.add(group)
    audit.record(
        session,
        actor=actor,
        action="question.added_to_plan",
        target_type="question_group",
        target_id=group.id,
        now=now,
        after={"plan_id": plan.id, "version": version.version, "plan_question": ident},
    )
    session.flush()
    return version


def mark_send_ahead(
    session: Session, incident_id: int, group_id: int, *, actor: Principal, now: datetime
) -> QuestionGroup:
    """Mark an answered group's answer to go with the next update."""
    group = question_service.get_group(session, group_id, incident_id=incident_id)
    if group.status != GroupStatus.ANSWERED or not group.answer:
        raise Conflict("only an approved answer can be sent ahead: answer the group first")
    if not group.public_question:
        raise ValidationFailed(
            "a public wording of the question is needed to send its answer ahead",
            details=[
                {
                    "location": "public_question",
                    "message": "the group has no public wording",
                    "type": "value_error",
                }
            ],
        )
    if group.send_ahead_at is not None:
        return group
    group.send_ahead_at = now
    session.add(group)
    audit.record(
        session,
        actor=actor,
        action="question.send_ahead",
        target_type="question_group",
        target_id=group.id,
        now=now,
    )
    session.flush()
    return group
