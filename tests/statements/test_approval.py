"""Review, approval and publishing: the workflow, the two-person rule, overrides."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session, select

from crisiscomms.audit.models import AuditEvent
from crisiscomms.errors import Conflict, Forbidden, ValidationFailed
from crisiscomms.flows import publish as publish_flow
from crisiscomms.flows import statements as statement_flow
from crisiscomms.incidents import service as incident_service
from crisiscomms.principal import SYSTEM, Principal, Role
from crisiscomms.statements import approval
from crisiscomms.statements.content import StatementContent
from crisiscomms.statements.models import Statement, StatementStatus
from tests.conftest import NOW, load_library_plan
from tests.statements.factories import make_incident, person

LATER = NOW + timedelta(minutes=5)


def drafted(session: Session, author: Principal, **kwargs: object) -> Statement:
    incident = make_incident(session)
    return statement_flow.draft(
        session,
        incident.id or 0,
        stage=None,
        holding=bool(kwargs.get("holding")),
        actor=author,
        now=NOW,
    )


def edit(session: Session, statement: Statement, author: Principal, **sections: str) -> Statement:
    content = StatementContent.model_validate(statement.content)
    for name, text in sections.items():
        setattr(content.locales["en"].sections, name, text)
    return statement_flow.save(
        session, statement.id or 0, content, base_revision=statement.revision, actor=author, now=NOW
    )


def force_passing(session: Session, statement: Statement) -> None:
    """Mark the stored check as passing, to test the workflow apart from the check's rules."""
    statement.check_passed = True
    session.add(statement)
    session.flush()


def test_draft_review_approve_publish(session: Session) -> None:
    author, approver = person(session, Role.COMMS), person(session, Role.APPROVER)
    statement = drafted(session, author)
    force_passing(session, statement)
    approval.submit(session, statement.id or 0, actor=author, now=NOW)
    approval.approve(session, statement.id or 0, override_reason=None, actor=approver, now=NOW)
    assert statement.approved_revision == statement.revision
    publish_flow.publish_statement(session, statement.id or 0, actor=SYSTEM, now=LATER)
    assert statement.status == StatementStatus.PUBLISHED
    incident = incident_service.get_incident(session, statement.incident_id)
    content = StatementContent.model_validate(statement.content)
    assert incident.first_statement_at == LATER
    assert incident.last_public_update_at == LATER
    assert incident.promised_update_at == content.next_update_at
    assert incident.next_update_due_at is not None
    assert incident.next_update_due_at <= (content.next_update_at or incident.next_update_due_at)
    kinds = [e.kind for e in incident_service.list_events(session, incident.id or 0)]
    assert kinds[-4:] == [
        "statement.drafted",
        "statement.in_review",
        "statement.approved",
        "statement.published",
    ]
    actions = session.exec(
        select(AuditEvent.action).where(AuditEvent.target_type == "statement")
    ).all()
    assert {
        "statement.draft",
        "statement.in_review",
        "statement.approved",
        "statement.published",
    } <= set(actions)


def test_the_approver_must_differ_from_the_last_editor(session: Session) -> None:
    editor = person(session, Role.APPROVER)
    statement = drafted(session, editor)
    force_passing(session, statement)
    approval.submit(session, statement.id or 0, actor=editor, now=NOW)
    with pytest.raises(Forbidden, match="two-person rule"):
        approval.approve(session, statement.id or 0, override_reason=None, actor=editor, now=NOW)
    assert statement.status == StatementStatus.IN_REVIEW


def test_the_two_person_rule_can_be_switched_off_per_plan(session: Session) -> None:
    body = load_library_plan("service-outage")
    relaxed = body.model_copy(
        update={"approval": body.approval.model_copy(update={"two_person_rule": False})}
    )
    editor = person(session, Role.APPROVER)
    incident = make_incident(session, relaxed)
    statement = statement_flow.draft(
        session, incident.id or 0, stage=None, holding=False, actor=editor, now=NOW
    )
    force_passing(session, statement)
    approval.submit(session, statement.id or 0, actor=editor, now=NOW)
    approval.approve(session, statement.id or 0, override_reason=None, actor=editor, now=NOW)
    assert statement.status == StatementStatus.APPROVED


def test_a_failing_statement_needs_a_written_override(session: Session) -> None:
    author, approver = person(session, Role.COMMS), person(session, Role.APPROVER)
    statement = drafted(session, author)
    edit(session, statement, author, apology="We regret any inconvenience.")
    assert not statement.check_passed
    approval.submit(session, statement.id or 0, actor=author, now=NOW)
    with pytest.raises(ValidationFailed, match="override_reason"):
        approval.approve(session, statement.id or 0, override_reason=None, actor=approver, now=NOW)
    with pytest.raises(ValidationFailed, match="at least"):
        approval.approve(session, statement.id or 0, override_reason="ok", actor=approver, now=NOW)
    assert statement.status == StatementStatus.IN_REVIEW
    reason = "Legal requires this exact wording for the regulator today."
    approval.approve(session, statement.id or 0, override_reason=reason, actor=approver, now=NOW)
    assert statement.override_reason == reason
    events = incident_service.list_events(session, statement.incident_id)
    assert reason in events[-1].message


def test_reject_needs_a_reason_and_an_edit_returns_to_draft(session: Session) -> None:
    author, approver = person(session, Role.COMMS), person(session, Role.APPROVER)
    statement = drafted(session, author)
    approval.submit(session, statement.id or 0, actor=author, now=NOW)
    with pytest.raises(ValidationFailed):
        approval.reject(session, statement.id or 0, reason="  ", actor=approver, now=NOW)
    approval.reject(
        session, statement.id or 0, reason="Say how many customers.", actor=approver, now=NOW
    )
    assert statement.status == StatementStatus.REJECTED
    edit(
        session,
        statement,
        author,
        impact="About 1200 customers could not pay between 08:40 and 09:10 UTC.",
    )
    assert statement.status == StatementStatus.DRAFT


def test_an_edit_after_approval_needs_a_new_approval(session: Session) -> None:
    author, approver = person(session, Role.COMMS), person(session, Role.APPROVER)
    statement = drafted(session, author)
    force_passing(session, statement)
    approval.submit(session, statement.id or 0, actor=author, now=NOW)
    approval.approve(session, statement.id or 0, override_reason=None, actor=approver, now=NOW)
    edit(session, statement, author, headline="Checkout is failing for some EU customers")
    assert statement.status == StatementStatus.DRAFT and statement.approved_revision is None
    with pytest.raises(Conflict, match="only an approved statement"):
        publish_flow.publish_statement(session, statement.id or 0, actor=SYSTEM, now=LATER)


@pytest.mark.parametrize("status", ["draft", "in_review", "rejected"])
def test_only_approved_statements_publish(session: Session, status: str) -> None:
    author, approver = person(session, Role.COMMS), person(session, Role.APPROVER)
    statement = drafted(session, author)
    if status != "draft":
        approval.submit(session, statement.id or 0, actor=author, now=NOW)
    if status == "rejected":
        approval.reject(
            session, statement.id or 0, reason="Not ready for this.", actor=approver, now=NOW
        )
    with pytest.raises(Conflict):
        publish_flow.publish_statement(session, statement.id or 0, actor=SYSTEM, now=LATER)
    assert statement.status == StatementStatus(status)


def test_the_pre_approved_holding_statement_publishes_without_review(session: Session) -> None:
    statement = drafted(session, SYSTEM, holding=True)
    assert statement.holding and statement.status == StatementStatus.DRAFT
    publish_flow.publish_statement(session, statement.id or 0, actor=SYSTEM, now=LATER)
    assert statement.status == StatementStatus.PUBLISHED


def test_an_edited_holding_statement_needs_review(session: Session) -> None:
    author = person(session, Role.COMMS)
    statement = drafted(session, author, holding=True)
    edit(session, statement, author, headline="We are still working on the checkout problem")
    with pytest.raises(Conflict):
        publish_flow.publish_statement(session, statement.id or 0, actor=SYSTEM, now=LATER)


def test_publishing_supersedes_and_published_statements_never_change(session: Session) -> None:
    first = drafted(session, SYSTEM, holding=True)
    publish_flow.publish_statement(session, first.id or 0, actor=SYSTEM, now=LATER)
    second = statement_flow.draft(
        session, first.incident_id, stage=None, holding=True, actor=SYSTEM, now=LATER
    )
    publish_flow.publish_statement(
        session, second.id or 0, actor=SYSTEM, now=LATER + timedelta(minutes=1)
    )
    assert first.superseded_by_id == second.id
    content = StatementContent.model_validate(first.content)
    with pytest.raises(Conflict, match="never edited"):
        statement_flow.save(
            session, first.id or 0, content, base_revision=1, actor=SYSTEM, now=LATER
        )
    with pytest.raises(Conflict, match="already published"):
        publish_flow.publish_statement(session, first.id or 0, actor=SYSTEM, now=LATER)


def test_a_promise_already_past_cannot_be_published(session: Session) -> None:
    statement = drafted(session, SYSTEM, holding=True)
    with pytest.raises(ValidationFailed, match="already passed"):
        publish_flow.publish_statement(
            session, statement.id or 0, actor=SYSTEM, now=NOW + timedelta(days=1)
        )
    assert statement.status == StatementStatus.DRAFT
