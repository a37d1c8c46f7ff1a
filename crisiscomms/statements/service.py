"""Statements: drafting, saving with revisions, comparing, and the transparency check.

Invariants: every save is a revision and runs the transparency check; a save never
touches a published statement (it is never edited, only superseded by a newer one);
a save after submission or approval sends the statement back to draft, because an
approval covers one exact revision; a statement's locales are the plan's locales and
always include its default one. Approval and publishing are in `approval.py`.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

from sqlmodel import Session, col, select

from crisiscomms.audit import service as audit_service
from crisiscomms.db import before_first_write
from crisiscomms.errors import Conflict, NotFound, ValidationFailed
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident
from crisiscomms.plans.schema import SECTION_NAMES, PlanBody, Stage
from crisiscomms.principal import Principal
from crisiscomms.statements import check_processes, drafting
from crisiscomms.statements.check import CheckReport
from crisiscomms.statements.check_processes import CheckJob
from crisiscomms.statements.content import SectionsContent, StatementContent
from crisiscomms.statements.models import Statement, StatementRevision, StatementStatus

OTHER_APOLOGIES_CONSIDERED = 200


class Promises(Protocol):
    """What an incident has promised so far, as a statement needs it.

    The commitments domain keeps the promises and sits above this one, so it provides this
    (`commitments.promised.of_incident`) and the use cases (`flows.statements`, the
    watchdog) pass it in: a draft reports on each promise, and the check knows which
    promises in the text are already tracked.
    """

    def include(self, content: StatementContent) -> StatementContent:
        """The draft with the report on earlier promises added."""
        ...

    def texts(self) -> Sequence[str]:
        """The text of every tracked promise."""
        ...


def get_statement(session: Session, statement_id: int) -> Statement:
    """The statement, or NotFound."""
    statement = session.get(Statement, statement_id)
    if statement is None:
        raise NotFound(f"statement {statement_id} not found")
    return statement


def list_statements(session: Session, incident_id: int) -> Sequence[Statement]:
    """An incident's statements, oldest first."""
    incident_service.get_incident(session, incident_id)
    return session.exec(
        select(Statement).where(Statement.incident_id == incident_id).order_by(col(Statement.id))
    ).all()


def content_of(statement: Statement) -> StatementContent:
    """The statement's content as its model."""
    return StatementContent.model_validate(statement.content)


def context_of(session: Session, statement: Statement) -> tuple[Incident, PlanBody]:
    """The statement's incident and the plan version that incident pinned."""
    incident = incident_service.get_incident(session, statement.incident_id)
    return incident, incident_service.plan_of(session, incident)


def _other_apologies(session: Session, incident_id: int) -> list[str]:
    published = session.exec(
        select(Statement.content)
        .where(Statement.status == StatementStatus.PUBLISHED, Statement.incident_id != incident_id)
        .order_by(col(Statement.id).desc())
        .limit(OTHER_APOLOGIES_CONSIDERED)
    ).all()
    return [
        locale["sections"]["apology"]
        for content in published
        for locale in content.get("locales", {}).values()
    ]


def check(
    session: Session,
    statement: Statement,
    content: StatementContent | None = None,
    *,
    promises: Promises,
    defaults: dict[str, SectionsContent] | None = None,
) -> CheckReport:
    """Run the transparency check on the statement (or on unsaved `content` for it).

    `defaults` is the template's own text, when the caller has just rendered it.
    """
    incident, plan = context_of(session, statement)
    content = content or content_of(statement)
    stage = Stage(statement.stage)
    # The pre-approved holding statement is generic by design: the canned-text rule is for
    # statements that should speak to this incident in their own words.
    if statement.holding:
        defaults = None
    elif defaults is None:
        defaults = drafting.template_defaults(
            plan, incident, stage=stage, holding=False, next_update_at=content.next_update_at
        )
    return check_processes.check(
        CheckJob(
            content=content,
            plan=plan,
            facts=drafting.facts_of(plan, incident),
            stage=stage,
            statement_id=statement.id,
            incident_id=incident.id,
            template_defaults=defaults,
            other_apologies=_other_apologies(session, incident.id or 0),
            known_commitment_texts=tuple(promises.texts()),
        )
    )


def _validate_locales(plan: PlanBody, content: StatementContent) -> None:
    unknown = sorted(set(content.locales) - set(plan.locales))
    if unknown:
        raise ValidationFailed(
            f"unknown locale(s) {', '.join(unknown)}: this plan is written in "
            f"{', '.join(plan.locales)}",
            details=[
                {
                    "location": f"body.content.locales.{u}",
                    "message": "unknown locale",
                    "type": "locale",
                }
                for u in unknown
            ],
        )
    if plan.default_locale not in content.locales:
        raise ValidationFailed(
            f"the plan's default locale {plan.default_locale!r} is required",
            details=[
                {
                    "location": f"body.content.locales.{plan.default_locale}",
                    "message": "missing",
                    "type": "locale",
                }
            ],
        )


def _store_revision(
    session: Session, statement: Statement, report: CheckReport, *, actor: Principal, now: datetime
) -> None:
    statement.check_report = report.to_dict()
    statement.check_score = report.score
    statement.check_passed = report.passed
    statement.last_editor = actor.label
    statement.last_editor_id = actor.user_id if actor.kind == "user" else None
    statement.updated_at = now
    session.add(statement)
    session.flush()
    session.add(
        StatementRevision(
            statement_id=statement.id or 0,
            number=statement.revision,
            content=statement.content,
            editor=actor.label,
            editor_id=statement.last_editor_id,
            created_at=now,
            check_score=report.score,
            check_passed=report.passed,
        )
    )
    session.flush()


def draft(
    session: Session,
    incident_id: int,
    *,
    stage: Stage | None,
    holding: bool,
    promises: Promises,
    actor: Principal,
    now: datetime,
) -> Statement:
    """Draft from the plan's template for the stage, filled with the incident's facts."""
    incident = incident_service.get_incident(session, incident_id)
    plan = incident_service.plan_of(session, incident)
    stage = stage or drafting.stage_for(incident)
    open_stage = stage in drafting.OPEN_STAGES or holding
    next_update_at = drafting.proposed_next_update(plan, incident, now) if open_stage else None
    content = drafting.draft_content(
        plan, incident, stage=stage, holding=holding, next_update_at=next_update_at
    )
    defaults = {locale: value.sections for locale, value in content.locales.items()}
    # Honesty first: what we promised before, and where each promise stands.
    content = promises.include(content)
    statement = Statement(
        incident_id=incident_id,
        stage=stage.value,
        holding=holding,
        content=content.model_dump(mode="json"),
        created_by_id=actor.user_id if actor.kind == "user" else None,
        created_at=now,
        last_editor=actor.label,
        updated_at=now,
    )
    session.add(statement)
    session.flush()
    report = check(session, statement, content, promises=promises, defaults=defaults)
    _store_revision(session, statement, report, actor=actor, now=now)
    kind = "holding statement" if holding else f"{stage.value} statement"
    incident_service.record_event(
        session,
        incident,
        kind="statement.drafted",
        actor=actor,
        now=now,
        message=f"Drafted {kind} #{statement.id}",
        data={"statement_id": statement.id},
    )
    audit_service.record(
        session,
        actor=actor,
        action="statement.draft",
        target_type="statement",
        target_id=statement.id,
        now=now,
        after={"stage": stage.value, "holding": holding},
    )
    return statement


def _editable(
    session: Session, statement_id: int, base_revision: int, *, lock: bool = False
) -> Statement:
    """The statement, if it may be saved over `base_revision` (locked until the commit)."""
    statement = (
        session.get(Statement, statement_id, with_for_update=True, populate_existing=True)
        if lock
        else get_statement(session, statement_id)
    )
    if statement is None:
        raise NotFound(f"statement {statement_id} not found")
    if statement.status == StatementStatus.PUBLISHED:
        raise Conflict(
            f"statement {statement_id} is published and is never edited; draft a new statement "
            "to supersede it"
        )
    if base_revision != statement.revision:
        raise Conflict(
            f"statement {statement_id} was saved by {statement.last_editor} since revision "
            f"{base_revision} (it is now at revision {statement.revision}); reload and edit again"
        )
    return statement


def save(
    session: Session,
    statement_id: int,
    content: StatementContent,
    *,
    base_revision: int,
    promises: Promises,
    actor: Principal,
    now: datetime,
) -> Statement:
    """Save an edit as a new revision, re-run the check, and send it back to draft.

    The check runs first, on what the session reads; then the writes begin
    (`db.before_first_write`: on SQLite that is when the write lock is taken, so the
    lock is never held while the check runs) and the statement is read again, locked, to
    make sure nobody saved it in between."""
    statement = _editable(session, statement_id, base_revision)
    _incident, plan = context_of(session, statement)
    _validate_locales(plan, content)
    data = content.model_dump(mode="json")
    if data == statement.content:
        return statement
    report = check(session, statement, content, promises=promises)
    before_first_write(session)
    statement = _editable(session, statement_id, base_revision, lock=True)
    before = {"revision": statement.revision, "status": statement.status.value}
    statement.content = data
    statement.revision += 1
    if statement.status != StatementStatus.DRAFT:
        statement.status = StatementStatus.DRAFT
        statement.approved_at = statement.approved_by = statement.approved_revision = None
        statement.override_reason = None
    _store_revision(session, statement, report, actor=actor, now=now)
    audit_service.record(
        session,
        actor=actor,
        action="statement.save",
        target_type="statement",
        target_id=statement.id,
        now=now,
        before=before,
        after={
            "revision": statement.revision,
            "status": statement.status.value,
            "check_score": report.score,
        },
    )
    return statement


def list_revisions(session: Session, statement_id: int) -> Sequence[StatementRevision]:
    """Every saved revision, oldest first."""
    get_statement(session, statement_id)
    return session.exec(
        select(StatementRevision)
        .where(StatementRevision.statement_id == statement_id)
        .order_by(col(StatementRevision.number))
    ).all()


def get_revision(session: Session, statement_id: int, number: int) -> StatementRevision:
    """One revision, or NotFound."""
    revision = session.exec(
        select(StatementRevision).where(
            StatementRevision.statement_id == statement_id, StatementRevision.number == number
        )
    ).first()
    if revision is None:
        raise NotFound(f"statement {statement_id} has no revision {number}")
    return revision


def compare(session: Session, statement_id: int, *, old: int, new: int) -> dict[str, Any]:
    """What changed between two revisions: a unified diff per locale and section."""
    before = StatementContent.model_validate(get_revision(session, statement_id, old).content)
    after = StatementContent.model_validate(get_revision(session, statement_id, new).content)
    changes: list[dict[str, Any]] = []
    for locale in sorted(set(before.locales) | set(after.locales)):
        left = before.locales.get(locale)
        right = after.locales.get(locale)
        for section in SECTION_NAMES:
            a = getattr(left.sections, section) if left else ""
            b = getattr(right.sections, section) if right else ""
            if a != b:
                diff = difflib.unified_diff(
                    a.splitlines(),
                    b.splitlines(),
                    f"r{old}/{locale}/{section}",
                    f"r{new}/{locale}/{section}",
                    lineterm="",
                )
                changes.append({"locale": locale, "section": section, "diff": "\n".join(diff)})
    for field in ("commitments", "next_update_at"):
        a_value = before.model_dump(mode="json")[field]
        b_value = after.model_dump(mode="json")[field]
        if a_value != b_value:
            changes.append({"locale": None, "section": field, "before": a_value, "after": b_value})
    return {"statement_id": statement_id, "from": old, "to": new, "changes": changes}
