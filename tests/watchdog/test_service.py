"""The silence watchdog on both databases, with pinned time: remind once, speak once."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session, col, select

from crisiscomms.broadcasts import service as broadcast_service
from crisiscomms.broadcasts.models import Broadcast, BroadcastStatus
from crisiscomms.commitments.models import Commitment, CommitmentKind, CommitmentStatus
from crisiscomms.config import Settings
from crisiscomms.flows import broadcast as broadcast_flow
from crisiscomms.flows import watchdog as watchdog
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import IncidentEvent
from crisiscomms.notifications.models import Notification, NotificationKind, NotificationStatus
from crisiscomms.statements.models import StatementStatus
from crisiscomms.watchdog.models import Outcome
from crisiscomms.worker.delivery import DeliveryEngine
from tests.broadcasts.factories import approved, customers
from tests.commitments.factories import draft, first_statement, release, scene
from tests.conftest import NOW
from tests.watchdog.factories import (
    actions,
    dry_run_channels,
    holding_statements,
    recorded,
    tick,
)

IN_SCOPE = {"products": ["Checkout"], "regions": ["EU"]}


def test_reminder_once_then_one_holding_statement_and_a_missed_next_update(
    session: Session, settings: Settings, delivery: DeliveryEngine
) -> None:
    s = scene(session)  # service-outage sev1: 30-minute cadence, reminder 10 minutes before
    customers(session, 3, attributes=IN_SCOPE)
    dry_run_channels(session, settings)
    first_statement(session, s, now=NOW)
    incident = incident_service.get_incident(session, s.incident_id)
    due = NOW + timedelta(minutes=30)
    assert incident.next_update_due_at == due

    assert tick(session, due - timedelta(minutes=11), delivery) == 0
    assert tick(session, due - timedelta(minutes=10), delivery) == 1
    assert tick(session, due - timedelta(minutes=9), delivery) == 0
    assert tick(session, due - timedelta(seconds=1), delivery) == 0
    reminders = session.exec(
        select(Notification).where(
            Notification.incident_id == s.incident_id,
            Notification.kind == NotificationKind.REMINDER,
        )
    ).all()
    assert len(reminders) == 1
    assert reminders[0].status == NotificationStatus.SENT
    assert reminders[0].audiences == ["internal"]
    assert reminders[0].recipients == [s.commander.user_id]
    notice = session.exec(
        select(Broadcast).where(Broadcast.notification_id == reminders[0].id)
    ).one()
    assert notice.kind == "notification" and notice.audiences == ["internal"]
    assert notice.status == BroadcastStatus.DONE
    [message] = recorded(session, notice)
    assert message.record["subject"] == reminders[0].subject
    assert "due 2026-11-22 09:30 UTC" in message.record["text"]

    assert tick(session, due, delivery) == 1
    assert tick(session, due + timedelta(minutes=1), delivery) == 0
    assert tick(session, due, delivery) == 0  # a restart at the same time does nothing more

    [holding] = holding_statements(session, s.incident_id)
    assert holding.status == StatementStatus.PUBLISHED
    assert holding.published_at == due
    [posted] = session.exec(select(Broadcast).where(Broadcast.statement_id == holding.id)).all()
    assert posted.audiences == ["public", "customers"]
    assert posted.status == BroadcastStatus.DONE
    # one post to the public channel, one email to each of the three customers
    assert len(recorded(session, posted)) == 1 + 3
    missed = session.exec(
        select(Commitment).where(
            Commitment.incident_id == s.incident_id,
            Commitment.kind == CommitmentKind.NEXT_UPDATE,
            Commitment.due_at == due,
        )
    ).one()
    assert missed.status == CommitmentStatus.MISSED
    assert missed.missed_at == due
    [reminder, deadline] = actions(session, s.incident_id)
    assert (reminder.outcome, deadline.outcome) == (Outcome.REMINDED, Outcome.HOLDING_STATEMENT)
    assert deadline.silence_seconds == 30 * 60
    assert deadline.statement_id == holding.id and deadline.broadcast_id == posted.id
    gap = session.exec(
        select(IncidentEvent).where(
            IncidentEvent.incident_id == s.incident_id, IncidentEvent.kind == "watchdog.silence"
        )
    ).one()
    assert "silent for 30 minutes since 2026-11-22 09:00 UTC" in gap.message
    # the holding statement promised the next update; the clock runs from it
    incident = incident_service.get_incident(session, s.incident_id)
    assert incident.last_public_update_at == due
    assert incident.next_update_due_at == due + timedelta(minutes=30)


def test_an_update_in_time_means_nothing_is_posted(session: Session) -> None:
    s = scene(session)
    first_statement(session, s, now=NOW)
    assert watchdog.run(session, NOW + timedelta(minutes=20)) == 1  # the reminder
    update = draft(session, s.incident_id, s.author, now=NOW + timedelta(minutes=25))
    release(session, update, author=s.author, approver=s.approver, now=NOW + timedelta(minutes=25))
    for minutes in (30, 31, 40):
        assert watchdog.run(session, NOW + timedelta(minutes=minutes)) == 0
    assert holding_statements(session, s.incident_id) == []
    assert [a.outcome for a in actions(session, s.incident_id)] == [Outcome.REMINDED]
    kept = session.exec(
        select(Commitment).where(
            Commitment.incident_id == s.incident_id,
            Commitment.due_at == NOW + timedelta(minutes=30),
        )
    ).one()
    assert kept.status == CommitmentStatus.KEPT


def test_the_first_statement_deadline_is_watched_too(session: Session) -> None:
    s = scene(session)  # sev1: first statement within 15 minutes of activation
    assert watchdog.run(session, NOW + timedelta(minutes=5)) == 1  # the reminder
    assert watchdog.run(session, NOW + timedelta(minutes=15)) == 1
    [holding] = holding_statements(session, s.incident_id)
    assert holding.status == StatementStatus.PUBLISHED
    incident = incident_service.get_incident(session, s.incident_id)
    assert incident.first_statement_at == NOW + timedelta(minutes=15)
    [reminder, deadline] = actions(session, s.incident_id)
    assert reminder.deadline.value == deadline.deadline.value == "first_statement"


def test_without_an_automatic_holding_statement_the_commander_is_escalated_to(
    session: Session,
) -> None:
    s = scene(session, "data-breach")  # holding statement not pre-approved
    incident = incident_service.get_incident(session, s.incident_id)
    due = incident.next_update_due_at
    assert due is not None
    assert watchdog.run(session, due) == 1
    assert watchdog.run(session, due + timedelta(minutes=5)) == 0
    assert holding_statements(session, s.incident_id) == []
    [escalation] = session.exec(
        select(Notification).where(
            Notification.incident_id == s.incident_id,
            Notification.kind == NotificationKind.ESCALATION,
        )
    ).all()
    assert escalation.recipients == [s.commander.user_id]
    assert "does not allow an automatic holding statement" in escalation.body
    [action] = actions(session, s.incident_id)
    assert action.outcome == Outcome.ESCALATED
    assert action.notification_id == escalation.id


def test_a_clock_jump_acts_once_on_what_is_overdue(session: Session) -> None:
    s = scene(session)
    first_statement(session, s, now=NOW)
    later = NOW + timedelta(hours=5)  # ten cadences passed while the clock was away
    assert watchdog.run(session, later) == 1
    assert watchdog.run(session, later) == 0
    assert len(holding_statements(session, s.incident_id)) == 1
    [action] = actions(session, s.incident_id)  # no reminder after the deadline passed
    assert action.due_at == NOW + timedelta(minutes=30)
    assert action.silence_seconds == 5 * 3600
    incident = incident_service.get_incident(session, s.incident_id)
    assert incident.next_update_due_at == later + timedelta(minutes=30)


def test_a_tick_that_fails_is_done_exactly_once_when_the_database_is_back(
    session: Session,
) -> None:
    s = scene(session)
    first_statement(session, s, now=NOW)
    due = NOW + timedelta(minutes=30)
    failed = session.begin_nested()
    watchdog.run(session, due)  # the tick's work is lost: its commit never happens
    failed.rollback()
    session.expire_all()
    assert holding_statements(session, s.incident_id) == []
    assert watchdog.run(session, due + timedelta(minutes=2)) == 1
    assert watchdog.run(session, due + timedelta(minutes=3)) == 0
    assert len(holding_statements(session, s.incident_id)) == 1


def test_a_scheduled_update_overtaken_by_a_newer_statement_is_cancelled(
    session: Session,
) -> None:
    s = scene(session)
    first_statement(session, s, now=NOW)
    timed = approved(session, s, now=NOW + timedelta(minutes=5))
    scheduled = broadcast_flow.create_broadcast(
        session,
        statement_id=timed.id or 0,
        audiences=None,
        scheduled_at=NOW + timedelta(minutes=28),
        actor=s.commander,
        now=NOW + timedelta(minutes=5),
    )
    watchdog.run(session, NOW + timedelta(minutes=10))
    assert scheduled.status == BroadcastStatus.SCHEDULED
    newer = draft(session, s.incident_id, s.author, now=NOW + timedelta(minutes=15))
    release(session, newer, author=s.author, approver=s.approver, now=NOW + timedelta(minutes=15))
    assert watchdog.run(session, NOW + timedelta(minutes=16)) >= 1
    scheduled = broadcast_service.get_broadcast(session, scheduled.id or 0)
    assert scheduled.status == BroadcastStatus.CANCELLED
    assert f"superseded: statement #{newer.id} was published" in (scheduled.note or "")
    note = session.exec(
        select(IncidentEvent)
        .where(
            IncidentEvent.incident_id == s.incident_id,
            IncidentEvent.kind == "broadcast.cancelled",
        )
        .order_by(col(IncidentEvent.id).desc())
    ).first()
    assert note is not None and "superseded" in note.message
