"""Rehearsals: a plan run as an exercise on a faster clock reaches only dry-run channels,
enforced in the delivery engine itself, and never appears in public."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlmodel import Session, select

from crisiscomms.broadcasts.models import Delivery, DeliveryStatus, DryRunMessage
from crisiscomms.channels.models import Audience, ChannelConfig
from crisiscomms.config import Settings
from crisiscomms.customers.models import Customer
from crisiscomms.flows import broadcast as broadcast_flow
from crisiscomms.flows import rehearsals
from crisiscomms.incidents.models import Incident
from crisiscomms.plans.models import PlanVersion
from crisiscomms.principal import Role
from crisiscomms.worker.delivery import DeliveryEngine
from tests.broadcasts.factories import approved, channel, customers
from tests.broadcasts.test_end_to_end import IN_SCOPE, configure_everything, run_worker
from tests.channels.fake_x import FakeX
from tests.channels.servers import LocalHttpServer, LocalSmtpServer
from tests.commitments.factories import Scene
from tests.conftest import NOW
from tests.factories import auth_headers
from tests.statements.factories import person


def rehearsal(session: Session, speed: int = 60) -> Scene:
    commander = person(session, Role.COMMANDER)
    incident = rehearsals.start(
        session, plan_slug="service-outage", severity="sev1", speed=speed, actor=commander, now=NOW
    )
    return Scene(
        incident=incident,
        author=person(session, Role.COMMS),
        approver=person(session, Role.APPROVER),
        commander=commander,
    )


def test_a_rehearsal_reaches_only_dry_run_channels_and_is_never_public(
    client: TestClient,
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
    http_server: LocalHttpServer,
    fake_x: FakeX,
    outage_plan: PlanVersion,
) -> None:
    customers(session, 20, attributes=IN_SCOPE)
    configure_everything(session, settings, smtp_server, http_server)  # real channels too
    channel(session, settings, "team rehearsal (public)", "dry-run", Audience.PUBLIC, {})
    channel(session, settings, "team rehearsal (customers)", "dry-run", Audience.CUSTOMERS, {})
    s = rehearsal(session, speed=60)
    incident = s.incident
    assert incident.rehearsal and incident.clock_speed == 60
    assert incident.first_statement_due_at - incident.activated_at == timedelta(minutes=15) / 60

    statement = approved(session, s)
    broadcast = broadcast_flow.create_broadcast(
        session,
        statement_id=statement.id or 0,
        audiences=None,
        scheduled_at=None,
        actor=s.commander,
        now=NOW,
    )
    assert broadcast.recipient_count == 2  # one dry-run record per channel, no customer
    run_worker(session, delivery)
    assert smtp_server.behaviour.received == []  # no customer address, nothing sent
    assert fake_x.posts == [] and http_server.requests == []
    records = session.exec(select(DryRunMessage)).all()
    assert len(records) == 2 and all(r.record["metadata"]["rehearsal"] == "true" for r in records)

    # Whatever wrote it, a rehearsal row on a real channel is refused by the engine.
    email = session.exec(select(ChannelConfig).where(ChannelConfig.name == "customer email")).one()
    customer = session.exec(select(Customer)).first()
    assert email.id is not None and customer is not None
    session.add(
        Delivery(
            broadcast_id=broadcast.id or 0,
            channel_id=email.id,  # the real customer email channel
            recipient_id=customer.id or 0,
            status=DeliveryStatus.PENDING,
            next_attempt_at=NOW,
        )
    )
    session.flush()
    run_worker(session, delivery)
    forced = session.exec(
        select(Delivery).where(
            Delivery.channel_id == email.id, Delivery.broadcast_id == broadcast.id
        )
    ).one()
    assert forced.status == DeliveryStatus.SUPPRESSED
    assert forced.last_error == "a rehearsal only ever goes to dry-run channels"
    assert smtp_server.behaviour.received == []

    summary = client.get("/api/v2/summary.json").json()
    assert summary["incidents"] == []
    assert "Rehearsal" not in client.get("/status").text
    assert client.get(f"/status/incidents/{incident.id}").status_code == 404


def test_rehearsals_start_by_api_and_refuse_a_bad_speed(
    client: TestClient, session: Session, outage_plan: PlanVersion
) -> None:
    commander = auth_headers(session, Role.COMMANDER)
    started = client.post(
        "/api/v1/rehearsals", json={"plan_slug": "service-outage", "speed": 120}, headers=commander
    )
    assert started.status_code == 201, started.text
    incident = session.get(Incident, started.json()["incident_id"])
    assert incident is not None and incident.rehearsal and incident.clock_speed == 120
    shown = client.get(f"/api/v1/incidents/{incident.id}", headers=commander).json()
    assert shown["rehearsal"] is True and shown["clock_speed"] == 120
    too_fast = client.post(
        "/api/v1/rehearsals",
        json={"plan_slug": "service-outage", "speed": 10_000},
        headers=commander,
    )
    assert too_fast.status_code == 422
    assert too_fast.json()["error"]["details"][0]["location"] == "body.speed"
    comms = client.post(
        "/api/v1/rehearsals",
        json={"plan_slug": "service-outage"},
        headers=auth_headers(session, Role.COMMS),
    )
    assert comms.status_code == 403
