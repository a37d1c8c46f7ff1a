"""Publishing makes commitments: promises from the editor, the next update, reports, the guard."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pydantic import ValidationError
from sqlmodel import Session, select

from crisiscomms.audit.models import AuditEvent
from crisiscomms.commitments import reminders
from crisiscomms.commitments import service as commitment_service
from crisiscomms.commitments.models import CommitmentKind, CommitmentReport, CommitmentStatus
from crisiscomms.errors import ValidationFailed
from crisiscomms.flows import statements as statement_flow
from crisiscomms.incidents import service as incident_service
from crisiscomms.principal import Role
from crisiscomms.statements.content import CommitmentDraft
from crisiscomms.statements.models import StatementStatus
from tests.commitments.factories import (
    content_of,
    draft,
    first_statement,
    promise,
    release,
    scene,
    state,
)
from tests.conftest import NOW
from tests.factories import make_user
from tests.statements.factories import make_incident, person

T1 = NOW + timedelta(minutes=5)
REFUND = "We will refund every failed card payment."
CAUSE = "We will publish what went wrong."


def test_publishing_tracks_each_promise_and_the_next_update(session: Session) -> None:
    s = scene(session)
    statement = first_statement(
        session,
        s,
        promise(REFUND, s.author, NOW + timedelta(hours=2)),
        promise(
            "Support will call every affected merchant.",
            s.author,
            NOW + timedelta(hours=3),
            public=False,
        ),
        now=T1,
    )
    records = commitment_service.list_commitments(session, s.incident_id)
    assert [(c.kind, c.text, c.public, c.statement_id) for c in records] == [
        (CommitmentKind.PROMISE, REFUND, True, statement.id),
        (CommitmentKind.PROMISE, "Support will call every affected merchant.", False, statement.id),
        (CommitmentKind.NEXT_UPDATE, "Next update by 2026-11-22 09:35 UTC", True, statement.id),
    ]
    assert all(c.status == CommitmentStatus.OPEN for c in records)
    assert records[0].owner_id == s.author.user_id
    assert records[2].owner_id == s.commander.user_id  # the commander owns the next update
    assert records[2].due_at == content_of(statement).next_update_at
    events = incident_service.list_events(session, s.incident_id)
    made = [e for e in events if e.kind == "commitment.made"]
    assert [e.data["commitment_id"] for e in made] == [records[0].id, records[1].id]
    actions = session.exec(select(AuditEvent.action).where(AuditEvent.target_type == "commitment"))
    assert list(actions).count("commitment.made") == 3


def test_without_a_commander_the_comms_team_owns_the_next_update(session: Session) -> None:
    author, approver = person(session, Role.COMMS), person(session, Role.APPROVER)
    incident = make_incident(session)
    statement = draft(session, incident.id or 0, author, now=T1)
    release(session, statement, author=author, approver=approver, now=T1)
    (update,) = commitment_service.list_commitments(session, incident.id or 0)
    assert update.kind == CommitmentKind.NEXT_UPDATE and update.owner_id is None


def test_the_next_update_is_kept_on_time_and_missed_when_late(session: Session) -> None:
    s = scene(session)
    first_statement(session, s, now=T1)  # promises an update by 09:35
    on_time = NOW + timedelta(minutes=35)
    second = draft(session, s.incident_id, s.author, now=on_time)
    release(session, second, author=s.author, approver=s.approver, now=on_time)  # by 10:05
    late = NOW + timedelta(minutes=70)
    third = draft(session, s.incident_id, s.author, now=late)
    release(session, third, author=s.author, approver=s.approver, now=late)
    updates = [
        c
        for c in commitment_service.list_commitments(session, s.incident_id)
        if c.kind == CommitmentKind.NEXT_UPDATE
    ]
    assert [(c.status, c.kept_at, c.missed_at) for c in updates] == [
        (CommitmentStatus.KEPT, on_time, None),
        (CommitmentStatus.MISSED, None, late),
        (CommitmentStatus.OPEN, None, None),
    ]
    assert updates[0].evidence == f"Statement #{second.id} published 2026-11-22 09:35 UTC."


def test_open_promises_are_restated_not_made_again(session: Session) -> None:
    s = scene(session)
    first_statement(session, s, promise(REFUND, s.author, NOW + timedelta(hours=2)), now=T1)
    later = NOW + timedelta(minutes=30)
    second = draft(session, s.incident_id, s.author, now=later)
    assert [c.text for c in content_of(second).commitments] == [REFUND]
    release(session, second, author=s.author, approver=s.approver, now=later)
    promises = [
        c
        for c in commitment_service.list_commitments(session, s.incident_id)
        if c.kind == CommitmentKind.PROMISE
    ]
    assert len(promises) == 1
    reports = commitment_service.reports_of(session, [promises[0].id or 0])[promises[0].id or 0]
    assert [(r.statement_id, r.status_at_report) for r in reports] == [
        (second.id, CommitmentStatus.OPEN)
    ]


def _publish_refused(session: Session, drafts: list[CommitmentDraft], location: str) -> None:
    s = scene(session)
    statement = draft(session, s.incident_id, s.author, now=T1)
    before = state(session, s.incident_id)
    with pytest.raises(ValidationFailed) as refused:
        release(session, statement, author=s.author, approver=s.approver, now=T1, promises=drafts)
    assert refused.value.status == 422
    assert location in [d["location"] for d in refused.value.details]
    assert statement.status == StatementStatus.APPROVED
    after = state(session, s.incident_id)
    # Only the edit, review and approval are recorded; no commitment, report or notification.
    assert after[0] == before[0] and after[1:3] == before[1:3]
    assert s.incident.first_statement_at is None


def test_an_unknown_owner_is_refused(session: Session) -> None:
    drafts = [CommitmentDraft(text=REFUND, owner_id=999_999, due_at=NOW + timedelta(hours=2))]
    _publish_refused(session, drafts, "content.commitments[0].owner_id")


def test_a_deactivated_owner_is_refused(session: Session) -> None:
    gone = make_user(session, active=False)
    drafts = [CommitmentDraft(text=REFUND, owner_id=gone.id, due_at=NOW + timedelta(hours=2))]
    _publish_refused(session, drafts, "content.commitments[0].owner_id")


def test_a_promise_without_owner_or_due_time_is_refused(session: Session) -> None:
    _publish_refused(session, [CommitmentDraft(text=REFUND)], "content.commitments[0].due_at")


def test_a_due_time_in_the_past_is_refused(session: Session) -> None:
    owner = make_user(session)
    drafts = [CommitmentDraft(text=REFUND, owner_id=owner.id, due_at=NOW)]
    _publish_refused(session, drafts, "content.commitments[0].due_at")


def test_the_same_promise_twice_is_refused(session: Session) -> None:
    owner = make_user(session)
    due = NOW + timedelta(hours=2)
    drafts = [
        CommitmentDraft(text=REFUND, owner_id=owner.id, due_at=due),
        CommitmentDraft(text=f"  {REFUND.upper()} ", owner_id=owner.id, due_at=due),
    ]
    _publish_refused(session, drafts, "content.commitments[1].text")


def test_a_naive_due_time_never_reaches_the_record() -> None:
    with pytest.raises(ValidationError, match="timezone"):
        CommitmentDraft(text=REFUND, owner_id=1, due_at=NOW.replace(tzinfo=None))  # type: ignore[arg-type]


def test_a_restatement_must_match_the_record(session: Session) -> None:
    s = scene(session)
    first_statement(session, s, promise(REFUND, s.author, NOW + timedelta(hours=2)), now=T1)
    later = NOW + timedelta(minutes=30)
    second = draft(session, s.incident_id, s.author, now=later)
    content = content_of(second)
    content.commitments[0].due_at = NOW + timedelta(hours=5)
    statement_flow.save(
        session, second.id or 0, content, base_revision=1, actor=s.author, now=later
    )
    before = state(session, s.incident_id)[0]
    with pytest.raises(ValidationFailed, match="due_at") as refused:
        release(session, second, author=s.author, approver=s.approver, now=later)
    assert refused.value.details[0]["location"] == "content.commitments[0].due_at"
    assert "Change the commitment itself" in refused.value.details[0]["message"]
    assert state(session, s.incident_id)[0] == before


def test_a_missed_promise_cannot_be_silently_dropped(session: Session) -> None:
    s = scene(session)
    first_statement(session, s, promise(CAUSE, s.author, NOW + timedelta(hours=1)), now=T1)
    reminders.sweep(session, NOW + timedelta(hours=1, minutes=1))
    (cause,) = [
        c
        for c in commitment_service.list_commitments(session, s.incident_id)
        if c.kind == CommitmentKind.PROMISE
    ]
    assert cause.status == CommitmentStatus.MISSED
    later = NOW + timedelta(hours=1, minutes=5)
    second = draft(session, s.incident_id, s.author, now=later)
    silent = "We will post an update by 2026-11-22 10:35 UTC. Our communications lead owns it."
    before = state(session, s.incident_id)[0]
    with pytest.raises(ValidationFailed, match="cannot be silently dropped") as refused:
        release(
            session,
            second,
            author=s.author,
            approver=s.approver,
            now=later,
            commitments_text=silent,
        )
    assert f'#{cause.id} "{CAUSE}"' in refused.value.message
    assert refused.value.details == [
        {
            "location": "content.locales.en.sections.commitments",
            "message": f"missed commitment {cause.id} is not mentioned",
            "type": "missed_commitment",
        }
    ]
    assert state(session, s.incident_id)[0] == before
    assert second.status == StatementStatus.APPROVED


def test_a_missed_promise_reported_once_need_not_be_repeated(session: Session) -> None:
    s = scene(session)
    first_statement(session, s, promise(CAUSE, s.author, NOW + timedelta(hours=1)), now=T1)
    reminders.sweep(session, NOW + timedelta(hours=1, minutes=1))
    later = NOW + timedelta(hours=1, minutes=5)
    honest = draft(session, s.incident_id, s.author, now=later)
    assert f"Missed: {CAUSE}" in content_of(honest).locales["en"].sections.commitments
    release(session, honest, author=s.author, approver=s.approver, now=later)
    reports = session.exec(select(CommitmentReport)).all()
    assert (honest.id, CommitmentStatus.MISSED) in {
        (r.statement_id, r.status_at_report) for r in reports
    }
    again = NOW + timedelta(hours=1, minutes=20)
    next_one = draft(session, s.incident_id, s.author, now=again)
    assert CAUSE not in content_of(next_one).locales["en"].sections.commitments
    release(
        session,
        next_one,
        author=s.author,
        approver=s.approver,
        now=again,
        commitments_text="We will post an update by 2026-11-22 10:50 UTC. Our lead owns it.",
    )
    assert next_one.status == StatementStatus.PUBLISHED
