"""Every shipped plan rehearsed at 60x end to end: injects play on its clock, the team's
statements go only to dry-run channels (real SMTP, webhook, apprise and X channels are
configured beside them and see nothing), and the rehearsal ends with its graded report."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime, timedelta
from email.message import EmailMessage

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from crisiscomms.broadcasts.models import DryRunMessage
from crisiscomms.channels.models import Audience
from crisiscomms.config import Settings
from crisiscomms.customers.models import Customer
from crisiscomms.flows import broadcast as broadcast_flow
from crisiscomms.flows import plans as plan_flow
from crisiscomms.flows import rehearsals, watchdog
from crisiscomms.flows import statements as statement_flow
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import IncidentStatus
from crisiscomms.plans import service as plan_service
from crisiscomms.plans.schema import PlanBody, RehearsalAudience, RehearsalPolicy
from crisiscomms.principal import SYSTEM, Principal, Role
from crisiscomms.rehearsals.injects import DEFAULTS
from crisiscomms.statements import approval
from crisiscomms.statements.content import CommitmentDraft, StatementContent
from crisiscomms.statements.models import Statement
from crisiscomms.subscribers.models import Subscriber, SubscriberKind, SubscriberStatus
from crisiscomms.worker.delivery import DeliveryEngine
from tests.broadcasts.factories import channel, customers
from tests.broadcasts.test_end_to_end import IN_SCOPE, configure_everything, run_worker
from tests.channels.fake_x import FakeX
from tests.channels.servers import LocalHttpServer, LocalSmtpServer, ReceivedMail
from tests.conftest import NOW, PLANS_DIR, load_library_plan
from tests.factories import auth_headers, make_user
from tests.statements.factories import person

SPEED = 60
SHIPPED = sorted(path.stem for path in PLANS_DIR.glob("*.yaml"))


TEAM = ["drill-lead@team.example", "ops-room@team.example"]
"""The rehearsal audience's own addresses, beside the users of the plan's roles."""


def stored(session: Session, name: str, *, audience: list[str] | None = None) -> PlanBody:
    """The library plan, stored (once) so it can be rehearsed; with `audience`, those
    addresses are its rehearsal audience beside its roles' users."""
    body = load_library_plan(name)
    if audience is not None:
        policy = body.rehearsal or RehearsalPolicy()
        body = body.model_copy(
            update={
                "rehearsal": policy.model_copy(
                    update={"audience": RehearsalAudience(emails=audience)}
                )
            }
        )
    try:
        plan_service.get_plan_by_slug(session, body.slug)
    except Exception:
        plan_flow.create_plan(session, body=body, source="test", actor=SYSTEM, now=NOW)
    return body


def at(seconds: float) -> datetime:
    """A real time, `seconds` after the rehearsal started (at 60x, that many minutes)."""
    return NOW + timedelta(seconds=seconds)


def team_statement(
    session: Session,
    incident_id: int,
    *,
    author: Principal,
    approver: Principal,
    submitted: datetime,
    approved: datetime,
    promise: CommitmentDraft | None = None,
) -> Statement:
    """Drafted and submitted by `author`, approved by `approver`, not yet published. The
    stored check result is forced to pass: the wording is not what these tests are about."""
    statement = statement_flow.draft(
        session, incident_id, stage=None, holding=False, actor=author, now=submitted
    )
    if promise is not None:
        content = StatementContent.model_validate(statement.content)
        content = content.model_copy(update={"commitments": [*content.commitments, promise]})
        statement = statement_flow.save(
            session,
            statement.id or 0,
            content,
            base_revision=statement.revision,
            actor=author,
            now=submitted,
        )
    statement.check_passed = True
    session.add(statement)
    session.flush()
    approval.submit(session, statement.id or 0, actor=author, now=submitted)
    approval.approve(session, statement.id or 0, override_reason=None, actor=approver, now=approved)
    return statement


def _parse(mail: ReceivedMail) -> EmailMessage:
    parsed = email.message_from_bytes(mail.content, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def forbidden_addresses(session: Session) -> set[str]:
    """Every customer's and subscriber's address: a rehearsal reaches none of them."""
    found = {c.email.lower() for c in session.exec(select(Customer)).all() if c.email}
    return found | {s.address.lower() for s in session.exec(select(Subscriber)).all()}


def subscriber(session: Session, address: str) -> str:
    """A confirmed subscriber following every component by email."""
    session.add(
        Subscriber(
            kind=SubscriberKind.EMAIL,
            address=address,
            status=SubscriberStatus.ACTIVE,
            components="",
            nonce="n0",
            created_at=NOW,
            confirmed_at=NOW,
        )
    )
    session.flush()
    return address


@pytest.mark.parametrize("name", SHIPPED)
def test_each_shipped_plan_rehearses_at_60x_to_dry_run_only_and_is_graded(
    name: str,
    client: TestClient,
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
    http_server: LocalHttpServer,
    fake_x: FakeX,
) -> None:
    body = stored(session, name, audience=TEAM)
    customers(session, 30, attributes=IN_SCOPE)
    # A confirmed subscriber by email, and a former user of the team: neither is reached.
    follower = subscriber(session, "follower@public.example")
    make_user(session, role=Role.ADMIN, email="gone@team.example", active=False)
    configure_everything(session, settings, smtp_server, http_server)  # real channels too
    for audience in (Audience.PUBLIC, Audience.CUSTOMERS, Audience.SUBSCRIBERS):
        channel(session, settings, f"team rehearsal ({audience.value})", "dry-run", audience, {})
    commander = person(session, Role.COMMANDER)
    author, approver = person(session, Role.COMMS), person(session, Role.APPROVER)
    incident = rehearsals.start(
        session, plan_slug=body.slug, severity=None, speed=SPEED, actor=commander, now=NOW
    )
    incident_id = incident.id or 0
    severity = body.severity(incident.severity)
    deadline, cadence = severity.first_statement_minutes, severity.update_cadence_minutes
    planned = rehearsals.fired_injects(session, incident_id)
    expected = (
        body.rehearsal.injects
        if body.rehearsal and body.rehearsal.injects is not None
        else DEFAULTS[body.scenario]
    )
    assert [i.text for i in planned] == [i.text for i in expected] and planned

    # The team speaks at half the first-statement deadline, with a promise; the approver
    # took 2 minutes on the rehearsal's clock (2 real seconds).
    first_at = deadline / 2
    statement = team_statement(
        session,
        incident_id,
        author=author,
        approver=approver,
        submitted=at(first_at - 2),
        approved=at(first_at),
        promise=CommitmentDraft(
            text="Credit every affected account", owner_id=author.user_id, due_at=at(10**6)
        ),
    )
    broadcast_flow.create_broadcast(
        session,
        statement_id=statement.id or 0,
        audiences=None,
        scheduled_at=None,
        actor=commander,
        now=at(first_at),
    )
    run_worker(session, delivery, now=at(first_at))
    # Then it falls silent past the cadence: the watchdog acts (a holding statement where
    # the plan pre-approves one, otherwise an escalation), and every inject has played.
    late = first_at + cadence + 1
    last_inject = max(i.offset_minutes for i in planned)
    end = max(late, last_inject) + 1
    assert rehearsals.fire_due(session, at(end)) == len(planned)
    assert rehearsals.fire_due(session, at(end)) == 0  # each plays once
    watchdog.run(session, at(late))
    run_worker(session, delivery, now=at(late))

    timeline = [e.message for e in incident_service.list_events(session, incident_id)]
    assert all(any(i.text in line for line in timeline) for i in planned)

    graded = rehearsals.finish(session, incident_id, actor=commander, now=at(end))
    run_worker(session, delivery, now=at(end))

    # Only the rehearsal audience got email, every message marked as a rehearsal; no
    # customer or subscriber address, no post, no webhook.
    team = {*TEAM, *(p.label for p in (commander, author, approver))}
    received = smtp_server.behaviour.received
    reached = {r for mail in received for r in mail.recipients}
    assert reached == team, reached
    assert not reached & forbidden_addresses(session) and follower not in reached
    for mail in received:
        parsed = email.message_from_bytes(mail.content, policy=email.policy.default)
        assert str(parsed["Subject"]).strip().startswith("[REHEARSAL] ")
        text = parsed.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        assert text.startswith(f"REHEARSAL: this message is part of an exercise of the {body.name}")
    statements = {str(m["Subject"]) for m in map(_parse, received)}
    assert len(received) == len(team) * len(statements)  # each message once to each member
    assert http_server.requests == [] and fake_x.posts == []
    records = session.exec(select(DryRunMessage)).all()
    assert records and all(r.record["metadata"]["rehearsal"] == "true" for r in records)

    items = {(i.category, i.title): i for i in graded.items}
    first = items[("first_statement", "Time to the first statement")]
    assert first.passed and first.actual.startswith(f"{first_at:g} min")
    assert first.target == f"within {deadline} min"
    cadence_item = items[("cadence", f"Update after statement #{statement.id}")]
    assert not cadence_item.passed and cadence_item.fix
    assert items[
        ("transparency", f"Transparency check of statement #{statement.id} ({statement.stage})")
    ].passed
    approval_item = items[("approvals", f"Approval of statement #{statement.id}")]
    assert (
        approval_item.passed and approval_item.actual == "approved by a second person after 2 min"
    )
    promise_item = items[("commitments", "Promise: Credit every affected account")]
    assert promise_item.passed
    # The real channels never passed a test send: readiness items fail, with what to do.
    readiness = [i for i in graded.items if i.category == "readiness"]
    assert any(not i.passed and "test send" in (i.fix or "") for i in readiness)
    reached_item = items[("readiness", "Messages to the rehearsal audience")]
    assert reached_item.passed, reached_item
    assert reached_item.actual.startswith(f"{len(team)} member(s): ")
    assert "0 failed or refused, 0 still on their way" in reached_item.actual
    assert {c.category for c in graded.categories} == {
        "first_statement",
        "cadence",
        "transparency",
        "commitments",
        "approvals",
        "readiness",
    }
    assert 0 < graded.score < 100 and graded.fixes
    assert [i.fired_at is not None for i in graded.injects] == [True] * len(planned)

    # Kept: the API returns the stored report, the incident is resolved, a second end is 409.
    commander_headers = auth_headers(session, Role.COMMANDER)
    kept = client.get(f"/api/v1/rehearsals/{incident_id}/report", headers=commander_headers)
    assert kept.status_code == 200 and kept.json()["score"] == graded.score
    assert kept.json()["provisional"] is False
    assert incident_service.get_incident(session, incident_id).status == IncidentStatus.RESOLVED
    again = client.post(f"/api/v1/rehearsals/{incident_id}/finish", headers=commander_headers)
    assert again.status_code == 409
