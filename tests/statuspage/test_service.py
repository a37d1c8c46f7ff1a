"""The public view: who is public, current and past, components, status, locale, commitments."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlmodel import Session

from crisiscomms.errors import NotFound
from crisiscomms.flows import status as status_flow
from crisiscomms.incidents.models import Incident, IncidentStatus
from crisiscomms.principal import SYSTEM
from crisiscomms.statuspage import service
from tests.commitments.factories import first_statement, promise, scene
from tests.conftest import NOW
from tests.statements.factories import make_incident
from tests.statuspage.factories import publish_holding

LATER = NOW + timedelta(minutes=5)
LOOK = NOW + timedelta(minutes=30)


def move(session: Session, incident: Incident, status: IncidentStatus, *, at: datetime) -> None:
    status_flow.change_status(
        session, incident.id or 0, status=status, note=None, actor=SYSTEM, now=at
    )


def test_an_incident_is_not_public_before_its_first_statement(session: Session) -> None:
    incident = make_incident(session, title="Secret internal name")
    view = service.build(session, now=LOOK)
    assert view.current == () and view.past == () and view.components == ()
    assert view.indicator == "none"
    with pytest.raises(NotFound):
        service.get_public_incident(session, incident.id or 0)


def test_a_published_incident_is_current_with_its_updates_and_next_update(
    session: Session,
) -> None:
    incident = make_incident(session)
    first = publish_holding(session, incident, now=LATER)
    second = publish_holding(session, incident, now=LATER + timedelta(minutes=1))
    view = service.build(session, now=LOOK)
    (shown,) = view.current
    assert shown.id == incident.id and shown.title == "Checkout failing"
    assert [u.statement_id for u in shown.updates] == [second.id, first.id]
    assert shown.next_update_at == incident.next_update_due_at is not None
    assert shown.statuspage_status == "investigating" and shown.impact == "critical"
    assert shown.updated_at == LATER + timedelta(minutes=1)
    assert shown.started_at == incident.detected_at and shown.created_at == incident.activated_at
    assert [(c.name, c.status) for c in view.components] == [("Checkout", "major_outage")]
    assert view.indicator == "critical"
    assert view.updated_at == shown.updated_at
    latest = shown.latest
    assert latest.status == "investigating" and latest.locale == "en"
    assert latest.headline and latest.html.startswith("<h2>") and latest.markdown.startswith("## ")
    assert [s.heading for s in latest.sections][:2] == ["What happened", "We're sorry"]


def test_severity_and_monitoring_set_the_components_and_indicator(session: Session) -> None:
    incident = make_incident(session, severity="sev2", scope={"products": ["API", "Search"]})
    publish_holding(session, incident, now=LATER)
    view = service.build(session, now=LOOK)
    assert {c.name: c.status for c in view.components} == {
        "API": "partial_outage",
        "Search": "partial_outage",
    }
    assert view.indicator == "major" and view.current[0].impact == "major"
    move(session, incident, IncidentStatus.MONITORING, at=LATER + timedelta(minutes=2))
    view = service.build(session, now=LOOK)
    assert {c.status for c in view.components} == {"degraded_performance"}
    assert view.indicator == "minor"
    assert view.current[0].monitoring_at == LATER + timedelta(minutes=2)
    assert view.current[0].statuspage_status == "monitoring"


def test_resolved_incidents_are_past_for_ninety_days(session: Session) -> None:
    incident = make_incident(session)
    publish_holding(session, incident, now=LATER)
    resolved_at = LATER + timedelta(minutes=10)
    move(session, incident, IncidentStatus.RESOLVED, at=resolved_at)
    view = service.build(session, now=resolved_at + timedelta(days=89))
    assert view.current == ()
    (past,) = view.past
    assert past.resolved_at == resolved_at and past.next_update_at is None
    assert past.statuspage_status == "resolved" and past.impact == "critical"
    assert [(c.name, c.status) for c in view.components] == [("Checkout", "operational")]
    assert view.indicator == "none"
    later = service.build(session, now=resolved_at + timedelta(days=91))
    assert later.past == () and later.components == ()
    assert service.get_public_incident(session, incident.id or 0).id == incident.id


def test_the_wanted_locale_or_the_plan_default(session: Session) -> None:
    incident = make_incident(session)
    publish_holding(session, incident, now=LATER)
    assert service.build(session, now=LOOK, locale="bn").current[0].latest.locale == "bn"
    assert service.build(session, now=LOOK, locale="fr").current[0].latest.locale == "en"
    assert service.build(session, now=LOOK).current[0].locale == "en"
    bn = service.get_public_incident(session, incident.id or 0, locale="bn-BD")
    assert bn.latest.sections[0].heading == "কী ঘটেছে"


def test_public_commitments_only(session: Session) -> None:
    s = scene(session)
    first_statement(
        session,
        s,
        promise("We will refund every failed payment.", s.author, NOW + timedelta(hours=2)),
        promise("Internal: call the CFO.", s.author, NOW + timedelta(hours=2), public=False),
        now=LATER,
    )
    shown = service.get_public_incident(session, s.incident_id)
    texts = [c.text for c in shown.commitments]
    assert "We will refund every failed payment." in texts
    assert "Internal: call the CFO." not in texts
    assert {c.kind for c in shown.commitments} == {"promise", "next_update"}
    assert all(c.status == "open" for c in shown.commitments)


def test_incidents_without_products_count_in_the_status_but_name_no_component(
    session: Session,
) -> None:
    incident = make_incident(session, scope={"regions": ["EU"]})
    publish_holding(session, incident, now=LATER)
    view = service.build(session, now=LOOK)
    assert view.components == () and view.indicator == "critical"
