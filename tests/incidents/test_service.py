"""Incident rules against a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session, select

from crisiscomms.audit.models import AuditEvent
from crisiscomms.errors import Conflict, InvalidTransition, NotFound, ValidationFailed
from crisiscomms.flows import plans as plan_flow
from crisiscomms.incidents import service
from crisiscomms.incidents.models import Incident, IncidentStatus
from crisiscomms.incidents.schemas import IncidentCreate, IncidentUpdate, Scope
from crisiscomms.plans import service as plan_service
from crisiscomms.plans.models import PlanVersion
from crisiscomms.principal import SYSTEM
from tests.conftest import NOW, load_library_plan
from tests.factories import make_user


def activate(session: Session, **overrides: object) -> Incident:
    values: dict[str, object] = {
        "plan_slug": "service-outage",
        "severity": "sev1",
        "title": "Checkout failing",
        "summary": "Payments fail for about 30% of checkouts since 08:40 UTC.",
        "scope": Scope(products=["Checkout"], regions=["EU"]),
        "affected_customers": 1200,
        "detected_at": NOW - timedelta(minutes=20),
    }
    values.update(overrides)
    return service.activate(session, IncidentCreate(**values), actor=SYSTEM, now=NOW)  # type: ignore[arg-type]


def test_activation_computes_the_clock_from_the_plan(
    session: Session, outage_plan: PlanVersion
) -> None:
    plan = load_library_plan("service-outage")
    sev1 = plan.severity("sev1")
    incident = activate(session)
    assert incident.status == IncidentStatus.INVESTIGATING
    assert incident.plan_version_id == outage_plan.id
    assert incident.first_statement_due_at == NOW + timedelta(minutes=sev1.first_statement_minutes)
    assert incident.next_update_due_at == incident.first_statement_due_at
    events = service.list_events(session, incident.id or 0)
    assert [e.kind for e in events] == ["incident.activated"]
    audit = session.exec(select(AuditEvent).where(AuditEvent.action == "incident.activate")).all()
    assert [a.target_id for a in audit] == [str(incident.id)]


def test_severity_change_moves_the_deadlines(session: Session, outage_plan: PlanVersion) -> None:
    plan = load_library_plan("service-outage")
    incident = activate(session, severity=plan.severities[-1].id)
    later = NOW + timedelta(minutes=3)
    service.change_severity(
        session,
        incident.id or 0,
        severity="sev1",
        reason="spreading to US",
        actor=SYSTEM,
        now=later,
    )
    assert incident.first_statement_due_at == NOW + timedelta(
        minutes=plan.severity("sev1").first_statement_minutes
    )
    assert service.list_events(session, incident.id or 0)[-1].kind == "incident.severity"


def test_cadence_runs_from_the_last_public_update(
    session: Session, outage_plan: PlanVersion
) -> None:
    plan = load_library_plan("service-outage")
    incident = activate(session)
    incident.last_public_update_at = NOW + timedelta(minutes=10)
    service.change_severity(
        session, incident.id or 0, severity="sev2", reason="contained", actor=SYSTEM, now=NOW
    )
    cadence = plan.severity("sev2").update_cadence_minutes
    assert incident.next_update_due_at == NOW + timedelta(minutes=10 + cadence)


def test_resolve_reopen_and_close(session: Session, outage_plan: PlanVersion) -> None:
    incident = activate(session)
    iid = incident.id or 0
    service.change_status(
        session, iid, status=IncidentStatus.RESOLVED, note=None, actor=SYSTEM, now=NOW
    )
    assert incident.resolved_at == NOW
    assert incident.next_update_due_at is None
    reopened = NOW + timedelta(hours=1)
    service.change_status(
        session,
        iid,
        status=IncidentStatus.MONITORING,
        note="errors are back",
        actor=SYSTEM,
        now=reopened,
    )
    cadence = load_library_plan("service-outage").severity("sev1").update_cadence_minutes
    assert incident.resolved_at is None
    assert incident.next_update_due_at == reopened + timedelta(minutes=cadence)
    service.change_status(
        session, iid, status=IncidentStatus.RESOLVED, note=None, actor=SYSTEM, now=reopened
    )
    service.change_status(
        session, iid, status=IncidentStatus.CLOSED, note=None, actor=SYSTEM, now=reopened
    )
    with pytest.raises(InvalidTransition, match="allowed: none"):
        service.change_status(
            session, iid, status=IncidentStatus.MONITORING, note=None, actor=SYSTEM, now=reopened
        )
    with pytest.raises(Conflict, match="closed"):
        service.update_details(
            session, iid, IncidentUpdate(title="new"), actor=SYSTEM, now=reopened
        )


@pytest.mark.parametrize(
    ("overrides", "error", "message"),
    [
        ({"severity": "sev9"}, ValidationFailed, "unknown severity 'sev9'"),
        ({"plan_slug": "no-such-plan"}, NotFound, "no-such-plan"),
        ({"detected_at": NOW + timedelta(hours=2)}, ValidationFailed, "future"),
        ({"commander_id": 999_999}, ValidationFailed, "user 999999 does not exist"),
        ({"plan_id": 1}, ValidationFailed, "exactly one of plan_id or plan_slug"),
    ],
)
def test_bad_activation_writes_nothing(
    session: Session,
    outage_plan: PlanVersion,
    overrides: dict[str, object],
    error: type[Exception],
    message: str,
) -> None:
    with pytest.raises(error, match=message):
        activate(session, **overrides)
    assert session.exec(select(Incident)).all() == []


def test_archived_plan_cannot_be_activated(session: Session, outage_plan: PlanVersion) -> None:
    plan_service.archive_plan(session, outage_plan.plan_id, actor=SYSTEM, now=NOW)
    with pytest.raises(Conflict, match="archived"):
        activate(session)


def test_incident_pins_its_plan_version(session: Session, outage_plan: PlanVersion) -> None:
    incident = activate(session)
    body = load_library_plan("service-outage")
    changed = body.model_copy(update={"description": body.description + " Revised."})
    v2 = plan_flow.update_plan(
        session, outage_plan.plan_id, body=changed, source="test", actor=SYSTEM, now=NOW
    )
    assert v2.version == 2
    assert incident.plan_version_id == outage_plan.id
    assert service.public_view(session, incident)["plan_version"] == 1


def test_commander_assignment_and_notes(session: Session, outage_plan: PlanVersion) -> None:
    incident = activate(session)
    commander = make_user(session, email="cmd@example.com")
    service.assign_commander(
        session, incident.id or 0, user_id=commander.id or 0, actor=SYSTEM, now=NOW
    )
    service.add_note(session, incident.id or 0, message="Bridge open", actor=SYSTEM, now=NOW)
    kinds = [e.kind for e in service.list_events(session, incident.id or 0)]
    assert kinds == ["incident.activated", "incident.commander", "note"]
    assert incident.commander_id == commander.id


def test_regulator_deadline_from_the_breach_plan(session: Session) -> None:
    body = load_library_plan("data-breach")
    plan_flow.create_plan(session, body=body, source="test", actor=SYSTEM, now=NOW)
    incident = activate(session, plan_slug=body.slug, severity=body.severities[0].id)
    plan_deadlines = [
        d for d in service.public_view(session, incident)["deadlines"] if d["kind"] == "plan"
    ]
    assert any(d["due_at"] == incident.detected_at + timedelta(hours=72) for d in plan_deadlines), (
        f"no 72-hour deadline in {plan_deadlines}"
    )
