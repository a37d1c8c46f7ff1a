"""Keeping, missing (and re-dating) and withdrawing promises; every bad input changes nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session

from crisiscomms.commitments import reminders
from crisiscomms.commitments import service as commitment_service
from crisiscomms.commitments.models import Commitment, CommitmentKind, CommitmentStatus
from crisiscomms.errors import Conflict, CrisisCommsError, ValidationFailed
from crisiscomms.flows import status as status_flow
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import IncidentStatus
from crisiscomms.notifications import service as notification_service
from crisiscomms.notifications.models import NotificationKind, NotificationStatus
from crisiscomms.principal import SYSTEM
from tests.commitments.factories import Scene, first_statement, promise, scene, state
from tests.conftest import NOW, load_library_plan

T1 = NOW + timedelta(minutes=5)
LATER = NOW + timedelta(minutes=40)
REFUND = "We will refund every failed card payment."
EVIDENCE = "https://status.example.com/refunds"
REASON = "The payment provider needs one more day to reverse the charges."


def promised(session: Session, s: Scene, *, public: bool = True, hours: int = 2) -> Commitment:
    """The one promise of a published first statement."""
    first_statement(
        session, s, promise(REFUND, s.author, NOW + timedelta(hours=hours), public=public), now=T1
    )
    return next(
        c
        for c in commitment_service.list_commitments(session, s.incident_id)
        if c.kind == CommitmentKind.PROMISE
    )


def test_keeping_records_evidence_and_tells_the_audiences(session: Session) -> None:
    s = scene(session)
    refund = promised(session, s)
    reminders.sweep(session, NOW + timedelta(hours=1, minutes=1))  # the one-hour reminder
    commitment_service.mark_kept(
        session,
        refund.id or 0,
        evidence=f"  {EVIDENCE} ",
        actor=s.author,
        now=LATER + timedelta(hours=1),
    )
    assert (refund.status, refund.evidence) == (CommitmentStatus.KEPT, EVIDENCE)
    assert refund.kept_at == LATER + timedelta(hours=1)
    notes = notification_service.list_notifications(session, commitment_id=refund.id)
    by_kind = {n.kind: n for n in notes}
    assert by_kind[NotificationKind.REMINDER].status == NotificationStatus.CANCELLED
    notice = by_kind[NotificationKind.KEPT_NOTICE]
    assert notice.status == NotificationStatus.PENDING
    assert notice.audiences == ["public", "customers", "subscribers"]  # all but internal
    assert REFUND in notice.body and EVIDENCE in notice.body
    kinds = [e.kind for e in incident_service.list_events(session, s.incident_id)]
    assert kinds[-1] == "commitment.kept"


def test_an_internal_promise_is_reported_back_internally(session: Session) -> None:
    s = scene(session)
    refund = promised(session, s, public=False)
    commitment_service.mark_kept(
        session, refund.id or 0, evidence="Done.", actor=s.author, now=LATER
    )
    (notice,) = notification_service.list_notifications(session, commitment_id=refund.id)
    assert notice.audiences == ["internal"]


def test_keeping_without_evidence_is_refused_where_the_plan_requires_it(session: Session) -> None:
    s = scene(session)
    refund = promised(session, s)
    before = state(session, s.incident_id)
    for evidence in (None, "   "):
        with pytest.raises(ValidationFailed, match="requires evidence") as refused:
            commitment_service.mark_kept(
                session, refund.id or 0, evidence=evidence, actor=s.author, now=LATER
            )
        assert refused.value.details[0]["location"] == "body.evidence"
    assert state(session, s.incident_id) == before


def test_a_plan_may_waive_evidence(session: Session) -> None:
    body = load_library_plan("service-outage")
    relaxed = body.model_copy(
        update={"commitments": body.commitments.model_copy(update={"evidence_required": False})}
    )
    s = scene(session, relaxed)
    refund = promised(session, s)
    commitment_service.mark_kept(session, refund.id or 0, evidence=None, actor=s.author, now=LATER)
    assert refund.status == CommitmentStatus.KEPT and refund.evidence is None


def test_a_promise_is_kept_once(session: Session) -> None:
    s = scene(session)
    refund = promised(session, s)
    commitment_service.mark_kept(
        session, refund.id or 0, evidence=EVIDENCE, actor=s.author, now=LATER
    )
    before = state(session, s.incident_id)
    with pytest.raises(Conflict, match="already kept"):
        commitment_service.mark_kept(
            session, refund.id or 0, evidence=EVIDENCE, actor=s.author, now=LATER
        )
    assert state(session, s.incident_id) == before


def test_missing_needs_a_reason_and_a_new_date_is_a_new_commitment(session: Session) -> None:
    s = scene(session)
    refund = promised(session, s)
    before = state(session, s.incident_id)
    for reason in ("", "   ", "late"):
        with pytest.raises(ValidationFailed, match="must say why"):
            commitment_service.mark_missed(
                session, refund.id or 0, reason=reason, new_due_at=None, actor=s.author, now=LATER
            )
    with pytest.raises(ValidationFailed, match="not in the future"):
        commitment_service.mark_missed(
            session, refund.id or 0, reason=REASON, new_due_at=LATER, actor=s.author, now=LATER
        )
    assert state(session, s.incident_id) == before
    new_date = NOW + timedelta(days=1)
    commitment_service.mark_missed(
        session, refund.id or 0, reason=REASON, new_due_at=new_date, actor=s.author, now=LATER
    )
    assert (refund.status, refund.missed_reason, refund.missed_at) == (
        CommitmentStatus.MISSED,
        REASON,
        LATER,
    )
    successor = commitment_service.successor_of(session, refund)
    assert successor is not None and successor.id != refund.id
    assert (successor.text, successor.due_at, successor.status) == (
        REFUND,
        new_date,
        CommitmentStatus.OPEN,
    )
    assert successor.redated_from_id == refund.id and successor.statement_id is None
    escalations = [
        n
        for n in notification_service.list_notifications(session, commitment_id=refund.id)
        if n.kind == NotificationKind.ESCALATION
    ]
    assert len(escalations) == 1 and escalations[0].recipients[0] == s.commander.user_id
    # Both stay on the record; the missed one is kept through its successor only.
    with pytest.raises(Conflict, match=f"re-dated as commitment {successor.id}"):
        commitment_service.mark_kept(
            session, refund.id or 0, evidence=EVIDENCE, actor=s.author, now=LATER
        )
    with pytest.raises(Conflict, match="already re-dated"):
        commitment_service.mark_missed(
            session, refund.id or 0, reason=REASON, new_due_at=new_date, actor=s.author, now=LATER
        )


def test_explaining_a_promise_the_sweep_missed(session: Session) -> None:
    s = scene(session)
    refund = promised(session, s)
    due = refund.due_at
    reminders.sweep(session, due + timedelta(minutes=1))
    assert refund.status == CommitmentStatus.MISSED and refund.missed_reason is None
    after = due + timedelta(minutes=10)
    commitment_service.mark_missed(
        session, refund.id or 0, reason=REASON, new_due_at=None, actor=s.author, now=after
    )
    assert refund.missed_reason == REASON and refund.missed_at == due + timedelta(minutes=1)
    with pytest.raises(Conflict, match="already missed, with a reason"):
        commitment_service.mark_missed(
            session, refund.id or 0, reason=REASON, new_due_at=None, actor=s.author, now=after
        )


def test_a_missed_promise_still_delivered_is_kept_late(session: Session) -> None:
    s = scene(session)
    refund = promised(session, s)
    reminders.sweep(session, refund.due_at + timedelta(minutes=1))
    done = refund.due_at + timedelta(hours=1)
    commitment_service.mark_kept(
        session, refund.id or 0, evidence=EVIDENCE, actor=s.author, now=done
    )
    assert refund.status == CommitmentStatus.KEPT and refund.kept_at == done
    assert refund.missed_at is not None  # the slip stays on the record


def test_withdrawing_needs_a_reason(session: Session) -> None:
    s = scene(session)
    refund = promised(session, s)
    before = state(session, s.incident_id)
    for reason in (None, "", "  no  "):
        with pytest.raises(ValidationFailed, match="must say why") as refused:
            commitment_service.withdraw(
                session, refund.id or 0, reason=reason, actor=s.approver, now=LATER
            )
        assert refused.value.details[0]["location"] == "body.reason"
    assert state(session, s.incident_id) == before
    commitment_service.withdraw(session, refund.id or 0, reason=REASON, actor=s.approver, now=LATER)
    assert (refund.status, refund.withdrawn_reason, refund.withdrawn_at) == (
        CommitmentStatus.WITHDRAWN,
        REASON,
        LATER,
    )
    with pytest.raises(Conflict, match="withdrawn, not open"):
        commitment_service.withdraw(
            session, refund.id or 0, reason=REASON, actor=s.approver, now=LATER
        )


def test_the_next_update_promise_is_not_settled_by_hand(session: Session) -> None:
    s = scene(session)
    first_statement(session, s, now=T1)
    (update,) = commitment_service.list_commitments(session, s.incident_id)
    before = state(session, s.incident_id)
    calls = [
        lambda: commitment_service.mark_kept(
            session, update.id or 0, evidence="x", actor=s.author, now=LATER
        ),
        lambda: commitment_service.mark_missed(
            session, update.id or 0, reason=REASON, new_due_at=None, actor=s.author, now=LATER
        ),
        lambda: commitment_service.withdraw(
            session, update.id or 0, reason=REASON, actor=s.author, now=LATER
        ),
    ]
    for call in calls:
        with pytest.raises(Conflict, match="next-update promise"):
            call()
    assert state(session, s.incident_id) == before


def test_a_missed_next_update_can_be_explained_but_not_re_dated(session: Session) -> None:
    s = scene(session)
    first_statement(session, s, now=T1)
    (update,) = commitment_service.list_commitments(session, s.incident_id)
    reminders.sweep(session, update.due_at + timedelta(minutes=1))
    before = state(session, s.incident_id)
    with pytest.raises(ValidationFailed, match="next statement") as refused:
        commitment_service.mark_missed(
            session,
            update.id or 0,
            reason=REASON,
            new_due_at=LATER + timedelta(hours=1),
            actor=s.author,
            now=LATER,
        )
    assert refused.value.details[0]["location"] == "body.new_due_at"
    assert state(session, s.incident_id) == before
    commitment_service.mark_missed(
        session, update.id or 0, reason=REASON, new_due_at=None, actor=s.author, now=LATER
    )
    assert update.missed_reason == REASON


def _close(session: Session, s: Scene) -> None:
    for status in (IncidentStatus.RESOLVED, IncidentStatus.CLOSED):
        status_flow.change_status(
            session, s.incident_id, status=status, note=None, actor=SYSTEM, now=LATER
        )


@pytest.mark.parametrize("action", ["keep", "miss", "withdraw"])
def test_a_closed_incidents_commitments_never_change(session: Session, action: str) -> None:
    s = scene(session)
    refund = promised(session, s)
    _close(session, s)
    before = state(session, s.incident_id)
    with pytest.raises(CrisisCommsError, match="closed") as refused:
        if action == "keep":
            commitment_service.mark_kept(
                session, refund.id or 0, evidence=EVIDENCE, actor=s.author, now=LATER
            )
        elif action == "miss":
            commitment_service.mark_missed(
                session, refund.id or 0, reason=REASON, new_due_at=None, actor=s.author, now=LATER
            )
        else:
            commitment_service.withdraw(
                session, refund.id or 0, reason=REASON, actor=s.author, now=LATER
            )
    assert refused.value.status == 409
    assert state(session, s.incident_id) == before
