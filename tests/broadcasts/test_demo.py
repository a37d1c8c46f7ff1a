"""The demo's dry-run channels show the whole flow with no accounts anywhere."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session, col, func, select

from crisiscomms.broadcasts import progress as broadcast_progress
from crisiscomms.broadcasts.models import DryRunMessage
from crisiscomms.channels import service as channel_service
from crisiscomms.channels.models import Audience
from crisiscomms.config import Settings
from crisiscomms.customers import audience
from crisiscomms.customers.models import ChannelKind
from crisiscomms.demo import DEMO_INCIDENT_TITLE, load_demo
from crisiscomms.flows import broadcast as broadcast_flow
from crisiscomms.flows import scheduled
from crisiscomms.incidents.models import Incident, IncidentStatus
from crisiscomms.worker.delivery import DeliveryEngine, drain
from tests.broadcasts.factories import approved
from tests.commitments.factories import Scene
from tests.conftest import NOW
from tests.statements.factories import person


def test_a_demo_broadcast_is_recorded_for_every_affected_customer(
    session: Session, settings: Settings, delivery: DeliveryEngine
) -> None:
    load_demo(session, settings, now=NOW)
    load_demo(session, settings, now=NOW)  # a second run adds no channel
    assert len(channel_service.list_channels(session)) == len(Audience)  # one dry run each
    incident = session.exec(
        select(Incident).where(
            Incident.title == DEMO_INCIDENT_TITLE, Incident.status == IncidentStatus.INVESTIGATING
        )
    ).one()
    from crisiscomms.principal import Role

    s = Scene(
        incident=incident,
        author=person(session, Role.COMMS),
        approver=person(session, Role.APPROVER),
        commander=person(session, Role.COMMANDER),
    )
    statement = approved(session, s)
    broadcast_flow.create_broadcast(
        session,
        statement_id=statement.id or 0,
        audiences=None,
        scheduled_at=None,
        actor=s.commander,
        now=NOW,
    )
    while scheduled.fan_out(session, NOW):
        pass
    drain(delivery, now=lambda: NOW)
    affected = audience.count_audience(session, incident, channel_kind=ChannelKind.EMAIL)
    assert affected >= 20
    recorded = session.exec(select(func.count()).select_from(DryRunMessage)).one()
    assert recorded == affected + 1  # one personal email each, and the public update
    emails = broadcast_progress.list_dry_run(session, limit=500)
    personal = [m.record for m in emails if m.record["recipient"]]
    assert len({m["recipient"] for m in personal}) == affected
    assert all("Message-ID:" in (m["raw_email"] or "") for m in personal)


def test_a_test_send_is_recorded_under_its_broadcast(
    session: Session, settings: Settings, delivery: DeliveryEngine
) -> None:
    from crisiscomms.broadcasts.testsend import queue_test
    from crisiscomms.principal import SYSTEM

    load_demo(session, settings, now=NOW)
    public = next(c for c in channel_service.list_channels(session) if c.audience == "public")
    broadcast = queue_test(session, public.id or 0, recipient=None, actor=SYSTEM, now=NOW)
    drain(delivery, now=lambda: NOW)
    [message] = broadcast_progress.list_dry_run(session, broadcast_id=broadcast.id)
    assert "Test message from crisiscomms" in message.record["text"]
    assert broadcast_progress.progress(session, broadcast.id or 0).sent == 1


def test_each_demo_run_makes_a_fresh_example_incident_and_says_what_the_watchdog_will_do(
    session: Session, settings: Settings
) -> None:
    first = "\n".join(load_demo(session, settings, now=NOW))
    later = NOW + timedelta(hours=3)
    second = "\n".join(load_demo(session, settings, now=later))
    demo = session.exec(
        select(Incident).where(Incident.title == DEMO_INCIDENT_TITLE).order_by(col(Incident.id))
    ).all()
    assert [i.status for i in demo] == [IncidentStatus.CLOSED, IncidentStatus.INVESTIGATING]
    fresh = demo[-1]
    assert fresh.first_statement_due_at > later  # not overdue: the watchdog has time to wait
    assert f"Since {(later - timedelta(minutes=5)):%H:%M} UTC" in fresh.summary
    assert "closed: replaced by a fresh one" in second
    for report in (first, second):
        assert "the watchdog posts the plan's pre-approved holding statement" in report
        assert "recorded, never sent" in report
