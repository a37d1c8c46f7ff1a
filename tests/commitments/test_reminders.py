"""The sweep: reminders at the plan's lead times, missing when due passes; never twice."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session

from crisiscomms.commitments import reminders
from crisiscomms.commitments import service as commitment_service
from crisiscomms.commitments.models import Commitment, CommitmentKind, CommitmentStatus
from crisiscomms.flows import status as status_flow
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import IncidentStatus
from crisiscomms.notifications import service as notification_service
from crisiscomms.notifications.models import Notification, NotificationKind, NotificationStatus
from crisiscomms.principal import SYSTEM
from crisiscomms.worker.loop import default_jobs
from tests.commitments.factories import Scene, first_statement, promise, scene
from tests.conftest import NOW

T1 = NOW + timedelta(minutes=5)
DUE = NOW + timedelta(hours=3)  # 12:00; reminders at 11:00 and 11:45
REFUND = "We will refund every failed card payment."


def promised(session: Session, s: Scene) -> Commitment:
    first_statement(session, s, promise(REFUND, s.author, DUE), now=T1)
    return next(
        c
        for c in commitment_service.list_commitments(session, s.incident_id)
        if c.kind == CommitmentKind.PROMISE
    )


def reminders_of(session: Session, commitment: Commitment) -> list[Notification]:
    return [
        n
        for n in notification_service.list_notifications(session, commitment_id=commitment.id)
        if n.kind == NotificationKind.REMINDER
    ]


def test_the_sweep_is_a_worker_job() -> None:
    assert default_jobs()["commitments"] is reminders.sweep


def test_reminders_at_each_lead_time_once(session: Session) -> None:
    s = scene(session)
    refund = promised(session, s)
    reminders.sweep(session, DUE - timedelta(hours=1, minutes=1))
    assert reminders_of(session, refund) == []
    hour_before = DUE - timedelta(minutes=59)
    reminders.sweep(session, hour_before)
    reminders.sweep(session, hour_before)
    reminders.sweep(session, hour_before + timedelta(minutes=10))
    (first,) = reminders_of(session, refund)
    assert first.status == NotificationStatus.PENDING
    assert first.recipients == [s.author.user_id, s.commander.user_id]
    assert first.audiences == ["internal"]  # the plan's internal channel
    assert REFUND in first.body and "2026-11-22 12:00 UTC" in first.subject
    quarter = DUE - timedelta(minutes=14)
    assert reminders.sweep(session, quarter) == 1
    assert reminders.sweep(session, quarter) == 0
    assert len(reminders_of(session, refund)) == 2
    assert refund.status == CommitmentStatus.OPEN


def test_a_late_sweep_sends_one_reminder_not_a_burst(session: Session) -> None:
    s = scene(session)
    refund = promised(session, s)
    reminders.sweep(session, DUE - timedelta(minutes=5))
    reminders.sweep(session, DUE - timedelta(minutes=4))
    (only,) = reminders_of(session, refund)
    assert only.dedupe_key.endswith(":reminder:15m:20261122T120000Z")


def test_a_lead_already_passed_when_promised_is_skipped(session: Session) -> None:
    s = scene(session)
    first_statement(session, s, promise(REFUND, s.author, T1 + timedelta(minutes=30)), now=T1)
    refund = next(
        c
        for c in commitment_service.list_commitments(session, s.incident_id)
        if c.kind == CommitmentKind.PROMISE
    )
    reminders.sweep(session, T1 + timedelta(minutes=1))
    assert reminders_of(session, refund) == []
    reminders.sweep(session, T1 + timedelta(minutes=16))
    assert len(reminders_of(session, refund)) == 1


def test_passing_unkept_misses_it_and_alerts_the_commander_once(session: Session) -> None:
    s = scene(session)
    refund = promised(session, s)
    reminders.sweep(session, DUE - timedelta(minutes=10))
    after = DUE + timedelta(seconds=1)
    done = reminders.sweep(session, after)
    assert refund.status == CommitmentStatus.MISSED and refund.missed_at == after
    assert refund.missed_reason is None
    assert reminders.sweep(session, after + timedelta(minutes=5)) == 0
    notes = notification_service.list_notifications(session, commitment_id=refund.id)
    escalations = [n for n in notes if n.kind == NotificationKind.ESCALATION]
    assert len(escalations) == 1
    assert escalations[0].recipients == [s.commander.user_id, s.author.user_id]
    assert all(n.status == NotificationStatus.CANCELLED for n in reminders_of(session, refund))
    events = [
        e
        for e in incident_service.list_events(session, s.incident_id)
        if e.kind == "commitment.missed"
    ]
    assert sorted(e.data["commitment_id"] for e in events) == [
        c.id
        for c in commitment_service.list_commitments(session, s.incident_id)
        if c.status == CommitmentStatus.MISSED
    ]
    assert events[-1].actor == "system"
    assert done == 1  # the next update (due 09:35) was missed by the earlier sweep


def test_a_closed_incident_is_left_alone(session: Session) -> None:
    s = scene(session)
    refund = promised(session, s)
    for status in (IncidentStatus.RESOLVED, IncidentStatus.CLOSED):
        status_flow.change_status(
            session, s.incident_id, status=status, note=None, actor=SYSTEM, now=T1
        )
    assert reminders.sweep(session, DUE + timedelta(hours=1)) == 0
    assert refund.status == CommitmentStatus.OPEN
