"""Scheduled maintenance: the window, the moves by hand and on the clock, the notices and
the promised end, against a real database (both backends)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlmodel import Session, col, func, select

from crisiscomms.audit.models import AuditEvent
from crisiscomms.broadcasts.models import Broadcast
from crisiscomms.errors import Conflict, InvalidTransition, ValidationFailed
from crisiscomms.flows import maintenance as maintenance_flow
from crisiscomms.maintenance import service as maintenance_service
from crisiscomms.maintenance.models import (
    Maintenance,
    MaintenanceEvent,
    MaintenanceNotice,
    MaintenanceStatus,
    NoticeStatus,
)
from crisiscomms.maintenance.schemas import MaintenanceCreate, MaintenanceUpdate
from crisiscomms.principal import SYSTEM
from tests.conftest import NOW
from tests.maintenance.factories import SLUG, maintenance_plan, make_maintenance

S = MaintenanceStatus


def kinds(session: Session, maintenance: Maintenance) -> list[str]:
    """Its notices' kinds, oldest first."""
    rows = session.exec(
        select(MaintenanceNotice)
        .where(MaintenanceNotice.maintenance_id == maintenance.id)
        .order_by(col(MaintenanceNotice.id))
    ).all()
    return [n.kind.value for n in rows if n.status != NoticeStatus.CANCELLED]


def count(session: Session, model: Any) -> int:
    return int(session.exec(select(func.count()).select_from(model)).one())


def test_scheduling_stores_the_window_in_utc_and_sends_the_notice(session: Session) -> None:
    maintenance_plan(session)
    start = datetime(2026, 11, 25, 2, 0)  # naive: read in Asia/Dhaka (UTC+6)
    m = make_maintenance(session, starts_at=start, ends_at=start + timedelta(hours=2))
    assert m.starts_at == datetime(2026, 11, 24, 20, 0, tzinfo=UTC)
    assert m.ends_at == datetime(2026, 11, 24, 22, 0, tzinfo=UTC)
    assert m.status == S.SCHEDULED and m.revision == 1
    notice = session.exec(select(MaintenanceNotice)).one()
    assert notice.kind == "scheduled" and notice.status == NoticeStatus.SENT
    assert "2026-11-25 02:00 (Asia/Dhaka)" in notice.texts["en"]["body"]
    assert "রক্ষণাবেক্ষণ" in notice.texts["bn"]["subject"]
    broadcast = session.exec(select(Broadcast)).one()
    assert broadcast.kind == "maintenance" and broadcast.maintenance_notice_id == notice.id
    assert broadcast.audiences == ["public", "customers", "subscribers"]
    events = maintenance_service.list_events(session, m.id or 0)
    assert [e.kind for e in events] == ["maintenance.scheduled"]
    audited = session.exec(select(AuditEvent.action)).all()
    assert "maintenance.schedule" in audited


BAD = [
    ({"ends_at": NOW + timedelta(days=1)}, "body.ends_at", "end after it starts"),
    (
        {"starts_at": NOW - timedelta(hours=1), "ends_at": NOW + timedelta(hours=1)},
        "body.starts_at",
        "start in the future",
    ),
    ({"components": ["Northwind Mail", "Teleporter"]}, "body.components.1", "'Teleporter'"),
    ({"time_zone": "Mars/Olympus"}, "body.time_zone", "unknown time zone"),
    ({"plan_slug": "service-outage"}, "body.plan_slug", "no maintenance block"),
]


@pytest.mark.parametrize(("change", "where", "says"), BAD, ids=[b[1] for b in BAD])
def test_bad_input_names_the_field_and_writes_nothing(
    session: Session, outage_plan: object, change: dict[str, Any], where: str, says: str
) -> None:
    maintenance_plan(session)
    values: dict[str, Any] = {
        "plan_slug": SLUG,
        "title": "Upgrade",
        "components": ["Northwind Mail"],
        "starts_at": NOW + timedelta(days=2),
        "ends_at": NOW + timedelta(days=2, hours=1),
        "time_zone": "Etc/UTC",
        **change,
    }
    with pytest.raises(ValidationFailed) as caught:
        maintenance_flow.schedule(session, MaintenanceCreate(**values), actor=SYSTEM, now=NOW)
    assert [d["location"] for d in caught.value.details] == [where]
    assert says in caught.value.details[0]["message"]
    session.flush()
    assert count(session, Maintenance) == 0
    assert count(session, MaintenanceNotice) == 0
    assert count(session, Broadcast) == 0


def test_a_stale_revision_is_refused_and_changes_nothing(session: Session) -> None:
    maintenance_plan(session)
    m = make_maintenance(session)
    edited = maintenance_flow.update(
        session,
        m.id or 0,
        MaintenanceUpdate(revision=1, title="Mail DB upgrade"),
        actor=SYSTEM,
        now=NOW,
    )
    assert edited.revision == 2
    with pytest.raises(Conflict) as caught:
        maintenance_flow.update(
            session, m.id or 0, MaintenanceUpdate(revision=1, title="Other"), actor=SYSTEM, now=NOW
        )
    assert caught.value.details[0]["location"] == "body.revision"
    with pytest.raises(Conflict):
        maintenance_flow.change_status(
            session, m.id or 0, status=S.CANCELLED, revision=1, note=None, actor=SYSTEM, now=NOW
        )
    session.refresh(m)
    assert (m.title, m.revision, m.status) == ("Mail DB upgrade", 2, S.SCHEDULED)


def test_moving_the_window_announces_it_again_a_title_does_not(session: Session) -> None:
    maintenance_plan(session)
    m = make_maintenance(session)
    maintenance_flow.update(
        session, m.id or 0, MaintenanceUpdate(revision=1, title="New title"), actor=SYSTEM, now=NOW
    )
    assert kinds(session, m) == ["scheduled"]
    later = NOW + timedelta(days=3)
    maintenance_flow.update(
        session,
        m.id or 0,
        MaintenanceUpdate(revision=2, starts_at=later, ends_at=later + timedelta(hours=1)),
        actor=SYSTEM,
        now=NOW,
    )
    assert kinds(session, m) == ["scheduled", "scheduled"]
    with pytest.raises(ValidationFailed) as caught:
        maintenance_flow.update(
            session, m.id or 0, MaintenanceUpdate(revision=3, ends_at=later), actor=SYSTEM, now=NOW
        )
    assert caught.value.details[0]["location"] == "body.ends_at"


def test_the_clock_reminds_starts_verifies_and_completes(session: Session) -> None:
    maintenance_plan(session)  # automatic, reminder 24h before, verify for 15m
    m = make_maintenance(session, starts_in=timedelta(days=2), lasts=timedelta(hours=2))
    start, end = m.starts_at, m.ends_at
    moments = [
        (start - timedelta(hours=25), S.SCHEDULED, ["scheduled"]),
        (start - timedelta(hours=23), S.SCHEDULED, ["scheduled", "reminder"]),
        (start - timedelta(hours=22), S.SCHEDULED, ["scheduled", "reminder"]),
        (start, S.IN_PROGRESS, ["scheduled", "reminder", "started"]),
        (end - timedelta(minutes=15), S.VERIFYING, ["scheduled", "reminder", "started"]),
        (end, S.COMPLETED, ["scheduled", "reminder", "started", "completed"]),
        (end + timedelta(hours=1), S.COMPLETED, ["scheduled", "reminder", "started", "completed"]),
    ]
    for now, status, sent in moments:
        maintenance_flow.tick(session, now)
        session.refresh(m)
        assert (m.status, kinds(session, m)) == (status, sent), now
    assert m.overran_at is None and maintenance_service.promise(m) == "kept"
    assert count(session, Broadcast) == 4


def test_a_hand_run_maintenance_that_overruns_says_so_once(session: Session) -> None:
    maintenance_plan(session, automatic=False)
    m = make_maintenance(session, starts_in=timedelta(hours=2), lasts=timedelta(hours=1))
    maintenance_flow.tick(session, m.starts_at)
    session.refresh(m)
    assert m.status == S.SCHEDULED  # not automatic: people start it
    assert kinds(session, m) == ["scheduled"]  # scheduled inside the reminder lead: no reminder
    maintenance_flow.change_status(
        session,
        m.id or 0,
        status=S.IN_PROGRESS,
        revision=None,
        note=None,
        actor=SYSTEM,
        now=m.starts_at,
    )
    for minutes in (30, 61, 90):
        maintenance_flow.tick(session, m.starts_at + timedelta(minutes=minutes))
    session.refresh(m)
    assert m.status == S.IN_PROGRESS
    assert m.overran_at == m.ends_at + timedelta(minutes=1)
    assert kinds(session, m) == ["scheduled", "started", "overrun"]
    overrun = session.exec(
        select(MaintenanceNotice).where(MaintenanceNotice.kind == "overrun")
    ).one()
    assert "1 minutes past the time we promised" in overrun.texts["en"]["body"]
    assert maintenance_service.promise(m) == "missed"
    done = maintenance_flow.change_status(
        session,
        m.id or 0,
        status=S.COMPLETED,
        revision=m.revision,
        note="done",
        actor=SYSTEM,
        now=m.ends_at + timedelta(hours=1),
    )
    assert done.status == S.COMPLETED and maintenance_service.promise(done) == "missed"
    assert kinds(session, m) == ["scheduled", "started", "overrun", "completed"]
    timeline = [e.kind for e in maintenance_service.list_events(session, m.id or 0)]
    assert timeline.count("maintenance.overrun") == 1


MOVES = [
    (S.SCHEDULED, S.VERIFYING),
    (S.SCHEDULED, S.COMPLETED),
    (S.COMPLETED, S.IN_PROGRESS),
    (S.CANCELLED, S.SCHEDULED),
]


@pytest.mark.parametrize(("start", "to"), MOVES, ids=[f"{a}-{b}" for a, b in MOVES])
def test_moves_that_are_not_allowed_are_refused(
    session: Session, start: MaintenanceStatus, to: MaintenanceStatus
) -> None:
    maintenance_plan(session)
    m = make_maintenance(session)
    path = {S.COMPLETED: [S.IN_PROGRESS, S.COMPLETED], S.CANCELLED: [S.CANCELLED]}
    for step in path.get(start, []):
        maintenance_flow.change_status(
            session, m.id or 0, status=step, revision=None, note=None, actor=SYSTEM, now=NOW
        )
    with pytest.raises(InvalidTransition):
        maintenance_flow.change_status(
            session, m.id or 0, status=to, revision=None, note=None, actor=SYSTEM, now=NOW
        )


def test_cancelling_an_announced_maintenance_says_so_and_drops_the_reminder(
    session: Session,
) -> None:
    maintenance_plan(session)
    m = make_maintenance(session, starts_in=timedelta(days=2))
    maintenance_flow.change_status(
        session,
        m.id or 0,
        status=S.CANCELLED,
        revision=1,
        note="vendor postponed",
        actor=SYSTEM,
        now=NOW,
    )
    maintenance_flow.tick(session, m.starts_at - timedelta(hours=1))
    maintenance_flow.tick(session, m.starts_at + timedelta(hours=1))
    session.refresh(m)
    assert m.status == S.CANCELLED and kinds(session, m) == ["scheduled", "cancelled"]
    assert maintenance_service.promise(m) == "withdrawn"
    assert session.exec(select(func.count()).select_from(MaintenanceEvent)).one() == 2
