"""Review, approval and publishing of statements.

Publishing itself is a use case (`flows.publish`): it also tracks the commitments the
statement makes (a missed public promise cannot be silently dropped); this module checks a
statement is ready (`ready_to_publish`) and marks it published (`mark_published`).

draft → in_review → approved → published, or in_review → rejected (with a reason), and
an edit at any point before publishing sends the statement back to draft.

Invariants: the approver differs from the last editor when the plan's two-person rule is
on; a statement that fails the transparency check is approved only with a written
override reason, which is kept; only the approved revision can be published; the plan's
pre-approved holding statement, unedited, may be published without review; publishing
supersedes the incident's earlier published statements and moves its update clock; every
transition is on the incident's timeline and in
the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from crisiscomms.audit import service as audit_service
from crisiscomms.errors import Conflict, Forbidden, ValidationFailed
from crisiscomms.incidents import lifecycle
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident
from crisiscomms.plans.schema import PlanBody
from crisiscomms.principal import Principal, Role
from crisiscomms.statements import languages
from crisiscomms.statements import service as statement_service
from crisiscomms.statements.content import StatementContent
from crisiscomms.statements.models import Statement, StatementStatus

S = StatementStatus
MIN_REASON = 10


def _transition(
    session: Session,
    statement: Statement,
    target: StatementStatus,
    *,
    allowed_from: tuple[StatementStatus, ...],
    actor: Principal,
    now: datetime,
    message: str,
    data: dict[str, object] | None = None,
) -> Statement:
    if statement.status not in allowed_from:
        allowed = " or ".join(s.value for s in allowed_from)
        raise Conflict(
            f"statement {statement.id} is {statement.status.value}; it must be {allowed} "
            f"to become {target.value}"
        )
    before = {"status": statement.status.value, "revision": statement.revision}
    statement.status = target
    statement.updated_at = now
    session.add(statement)
    session.flush()  # publish's locking reload (populate_existing) must see the new status
    incident = incident_service.get_incident(session, statement.incident_id)
    incident_service.record_event(
        session,
        incident,
        kind=f"statement.{target.value}",
        actor=actor,
        now=now,
        message=message,
        data={"statement_id": statement.id, **(data or {})},
    )
    audit_service.record(
        session,
        actor=actor,
        action=f"statement.{target.value}",
        target_type="statement",
        target_id=statement.id,
        now=now,
        before=before,
        after={"status": target.value, "revision": statement.revision, **(data or {})},
    )
    return statement


def _reason(value: str | None, field: str) -> str:
    reason = (value or "").strip()
    if len(reason) < MIN_REASON:
        raise ValidationFailed(
            f"{field} must say why, in at least {MIN_REASON} characters",
            details=[{"location": f"body.{field}", "message": "too short", "type": "reason"}],
        )
    return reason


def submit(session: Session, statement_id: int, *, actor: Principal, now: datetime) -> Statement:
    """Ask for review."""
    statement = statement_service.get_statement(session, statement_id)
    statement.submitted_at = now
    return _transition(
        session,
        statement,
        S.IN_REVIEW,
        allowed_from=(S.DRAFT, S.REJECTED),
        actor=actor,
        now=now,
        message=f"Statement #{statement_id} (revision {statement.revision}) submitted for review",
    )


def _edited_last(statement: Statement, actor: Principal) -> bool:
    same_user = actor.kind == "user" and actor.user_id == statement.last_editor_id
    return same_user or actor.label == statement.last_editor


def approve(
    session: Session,
    statement_id: int,
    *,
    override_reason: str | None,
    actor: Principal,
    now: datetime,
) -> Statement:
    """Approve the current revision; a failing check, or a language version behind another
    (`languages.behind_in`), needs a written override reason."""
    statement = statement_service.get_statement(session, statement_id)
    _incident, plan = statement_service.context_of(session, statement)
    if plan.approval.two_person_rule and _edited_last(statement, actor):
        raise Forbidden(
            f"you saved statement {statement_id} last; under this plan's two-person rule "
            "someone else must approve it"
        )
    reason = None
    problems = []
    if not statement.check_passed:
        problems.append(
            f"statement {statement_id} fails the transparency check (score "
            f"{statement.check_score}, pass mark {plan.transparency.pass_score})"
        )
    behind = languages.behind_in(session, statement, source=plan.default_locale)
    problems += [b.message() for b in behind]
    if problems:
        if override_reason is None or not override_reason.strip():
            raise ValidationFailed(
                "; ".join(problems) + ". Fix it, or approve with a written override_reason",
                details=[
                    {"location": "body.override_reason", "message": "required", "type": "missing"}
                ],
            )
        reason = _reason(override_reason, "override_reason")
    if statement.status != S.IN_REVIEW:
        raise Conflict(
            f"statement {statement_id} is {statement.status.value}; submit it for review first"
        )
    statement.approved_at = now
    statement.approved_by = actor.label
    statement.approved_revision = statement.revision
    statement.override_reason = reason
    suffix = f" with an override: {reason}" if reason else ""
    return _transition(
        session,
        statement,
        S.APPROVED,
        allowed_from=(S.IN_REVIEW,),
        actor=actor,
        now=now,
        message=f"Statement #{statement_id} (revision {statement.revision}) approved{suffix}",
        data={"override_reason": reason} if reason else None,
    )


def reject(
    session: Session, statement_id: int, *, reason: str, actor: Principal, now: datetime
) -> Statement:
    """Send the statement back with a reason."""
    statement = statement_service.get_statement(session, statement_id)
    text = _reason(reason, "reason")
    statement.rejected_at = now
    statement.rejected_by = actor.label
    statement.rejection_reason = text
    return _transition(
        session,
        statement,
        S.REJECTED,
        allowed_from=(S.IN_REVIEW,),
        actor=actor,
        now=now,
        message=f"Statement #{statement_id} rejected: {text}",
        data={"reason": text},
    )


@dataclass(frozen=True)
class ToPublish:
    """A statement checked and locked for publishing, with what publishing it needs."""

    statement: Statement
    incident: Incident
    plan: PlanBody
    content: StatementContent
    pre_approved: bool


def may_publish(session: Session, statement_id: int, actor: Principal) -> None:
    """Whether `actor` may publish this statement to the plan's default audiences: the
    plan's `approval.publish_role` or a higher role (by default a commander); Forbidden
    if not. The routes people use check this; the watchdog and a scheduled broadcast act
    for the commander who set them up."""
    _incident, plan = statement_service.context_of(
        session, statement_service.get_statement(session, statement_id)
    )
    publisher = Role(plan.approval.publish_role)
    if not actor.has(publisher):
        raise Forbidden(
            f"only a {publisher.value} (or a higher role) may publish statements of plan "
            f"{plan.slug} (its approval.publish_role)"
        )


def ready_to_publish(session: Session, statement_id: int, *, now: datetime) -> ToPublish:
    """Lock the statement and check it may be published: the approved revision (or an
    unedited pre-approved holding statement), with a next update time still ahead."""
    statement_service.get_statement(session, statement_id)
    # Two publish requests at once: the row lock makes the second wait and then see "published".
    locked = session.get(Statement, statement_id, with_for_update=True, populate_existing=True)
    assert locked is not None
    statement = locked
    incident, plan = statement_service.context_of(session, statement)
    if statement.status == S.PUBLISHED:
        raise Conflict(f"statement {statement_id} is already published")
    pre_approved = (
        statement.holding and plan.holding_statement.pre_approved and statement.revision == 1
    )
    if not pre_approved and not (
        statement.status == S.APPROVED and statement.approved_revision == statement.revision
    ):
        raise Conflict(
            f"statement {statement_id} is {statement.status.value}; only an approved statement "
            "can be published (or the plan's pre-approved holding statement, unedited)"
        )
    content = statement_service.content_of(statement)
    if content.next_update_at is not None and content.next_update_at <= now:
        raise ValidationFailed(
            "the next update time promised in this statement has already passed; set a new time",
            details=[
                {"location": "content.next_update_at", "message": "in the past", "type": "time"}
            ],
        )
    return ToPublish(statement, incident, plan, content, pre_approved)


def mark_published(
    session: Session, ready: ToPublish, *, actor: Principal, now: datetime
) -> Statement:
    """The statement is published: it supersedes the incident's earlier published ones, and
    the incident's update clock moves to the next update it promises."""
    statement, incident, plan, content = ready.statement, ready.incident, ready.plan, ready.content
    earlier = session.exec(
        select(Statement).where(
            Statement.incident_id == incident.id,
            Statement.status == S.PUBLISHED,
            col(Statement.superseded_by_id).is_(None),
        )
    ).all()
    statement.published_at = now
    statement.published_by = actor.label
    _transition(
        session,
        statement,
        S.PUBLISHED,
        allowed_from=(S.APPROVED, S.DRAFT, S.IN_REVIEW),
        actor=actor,
        now=now,
        message=f"Statement #{statement.id} published"
        + (
            " (pre-approved holding statement)"
            if ready.pre_approved and statement.status != S.APPROVED
            else ""
        ),
    )
    for old in earlier:
        old.superseded_by_id = statement.id
        session.add(old)
    if incident.first_statement_at is None:
        incident.first_statement_at = now
    incident.last_public_update_at = now
    incident.promised_update_at = content.next_update_at
    lifecycle.compute_clock(incident, plan)
    incident.updated_at = now
    session.add(incident)
    session.flush()
    return statement
