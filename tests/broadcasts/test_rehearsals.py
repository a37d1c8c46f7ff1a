"""Rehearsals: a plan run as an exercise on a faster clock reaches only dry-run channels,
enforced in the delivery engine itself, and never appears in public."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from crisiscomms.accounts.models import User
from crisiscomms.broadcasts import rehearsal_audience
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
    """A rehearsal of the outage plan; its team's users exist when it starts, so they are
    its audience (the plan names no addresses: the users of its roles are)."""
    commander = person(session, Role.COMMANDER)
    author, approver = person(session, Role.COMMS), person(session, Role.APPROVER)
    incident = rehearsals.start(
        session, plan_slug="service-outage", severity="sev1", speed=speed, actor=commander, now=NOW
    )
    return Scene(incident=incident, author=author, approver=approver, commander=commander)


def test_a_rehearsal_reaches_only_dry_run_channels_and_is_never_public(
    client: TestClient,
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
    http_server: LocalHttpServer,
    fake_x: FakeX,
    outage_plan: PlanVersion,
    caplog: pytest.LogCaptureFixture,
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
    team = {p.label for p in (s.commander, s.author, s.approver)}  # the plan's roles' users
    # one dry-run record per channel and one email per member of the audience, no customer
    assert broadcast.recipient_count == 2 + len(team)
    run_worker(session, delivery)
    reached = {r for mail in smtp_server.behaviour.received for r in mail.recipients}
    assert reached == team  # the team's own addresses, no customer address
    assert fake_x.posts == [] and http_server.requests == []
    records = session.exec(select(DryRunMessage)).all()
    assert len(records) == 2 and all(r.record["metadata"]["rehearsal"] == "true" for r in records)

    # Whatever wrote it, a rehearsal row that is not for a dry-run channel or a member of
    # its audience is refused by the engine (and logged).
    by_name = {c.name: c for c in session.exec(select(ChannelConfig)).all()}
    email, x_account = by_name["customer email"], by_name["X"]
    members = rehearsal_audience.members(session, incident.id or 0)
    other = rehearsal(session)  # another rehearsal's member
    stranger = rehearsal_audience.members(session, other.incident.id or 0)[0]
    customer = next(
        c for c in session.exec(select(Customer)).all() if c.id not in {m.id for m in members}
    )
    gone = members[0]  # their user is deactivated since the rehearsal started
    user = session.exec(select(User).where(User.email == gone.address)).one()
    user.active = False
    session.add(user)
    session.flush()
    refused = {
        (email.id, customer.id): "refused: the recipient is not in this rehearsal's audience",
        (email.id, stranger.id): "refused: the recipient is not in this rehearsal's audience",
        (x_account.id, 0): "refused: a rehearsal goes only to dry-run channels and to its "
        "audience by email, never to a x channel",
    }
    update = approved(session, s)  # the team's next statement
    again = broadcast_flow.create_broadcast(
        session,
        statement_id=update.id or 0,
        audiences=None,
        scheduled_at=None,
        actor=s.commander,
        now=NOW,
    )
    for channel_id, recipient_id in refused:
        session.add(
            Delivery(
                broadcast_id=again.id or 0,
                channel_id=channel_id or 0,
                recipient_id=recipient_id or 0,
                status=DeliveryStatus.PENDING,
                next_attempt_at=NOW,
            )
        )
    session.flush()
    sent_before = len(smtp_server.behaviour.received)
    with caplog.at_level(logging.WARNING, logger="crisiscomms.rehearsal"):
        run_worker(session, delivery)
    rows = {
        (d.channel_id, d.recipient_id): d
        for d in session.exec(select(Delivery).where(Delivery.broadcast_id == again.id)).all()
    }
    for key, reason in refused.items():
        assert rows[key].status == DeliveryStatus.SUPPRESSED and rows[key].last_error == reason
    assert rows[(email.id, gone.id)].status == DeliveryStatus.SUPPRESSED
    assert rows[(email.id, gone.id)].last_error == (
        "refused: the address is no longer in the plan's rehearsal audience"
    )
    assert sum("refused:" in r.getMessage() for r in caplog.records) == len(refused) + 1
    late = smtp_server.behaviour.received[sent_before:]
    assert {r for mail in late for r in mail.recipients} == team - {gone.address}
    assert customer.email not in {r for m in smtp_server.behaviour.received for r in m.recipients}
    assert fake_x.posts == [] and http_server.requests == []

    # Never public: not on the page, its JSON, its feeds, nor the commitments tracker.
    summary = client.get("/api/v2/summary.json").json()
    assert summary["incidents"] == [] and summary["components"] == []
    for path in ("/api/v2/incidents.json", "/api/v2/incidents/unresolved.json"):
        assert client.get(path).json()["incidents"] == []
    for path in ("/status", "/status/feed.atom", "/status/feed.rss"):
        shown = client.get(path)
        assert shown.status_code == 200 and "Rehearsal" not in shown.text, path
        assert statement.content["locales"]["en"]["sections"]["headline"] not in shown.text
    assert client.get(f"/status/incidents/{incident.id}").status_code == 404
    tracker = client.get(f"/api/v1/incidents/{incident.id}/commitments/public")
    assert tracker.status_code == 404


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
