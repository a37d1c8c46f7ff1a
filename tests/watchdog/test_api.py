"""The watchdog and follow-up HTTP contract: shapes, roles, bad input with its location."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from crisiscomms.db import utc_now
from crisiscomms.flows import status as status_flow
from crisiscomms.flows import watchdog as watchdog
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import IncidentStatus
from crisiscomms.incidents.schemas import IncidentCreate, Scope
from crisiscomms.principal import SYSTEM, Role
from tests.broadcasts.factories import approved
from tests.commitments.factories import Scene, scene
from tests.factories import auth_headers
from tests.statements.factories import make_incident


def test_the_watchdog_view_shows_deadline_silence_and_holding_statements(
    client: TestClient, session: Session
) -> None:
    make_incident(session)  # stores the plan
    started = utc_now() - timedelta(hours=1)
    incident = incident_service.activate(
        session,
        IncidentCreate(
            plan_slug="service-outage",
            severity="sev1",
            title="Checkout failing",
            summary="Card payments fail for about 30% of checkouts.",
            scope=Scope(products=["Checkout"], regions=["EU"]),
            detected_at=started,
        ),
        actor=SYSTEM,
        now=started,
    )
    watchdog.run(session, started + timedelta(minutes=20))  # 5 minutes late: holding statement
    viewer = auth_headers(session, Role.VIEWER)
    response = client.get(f"/api/v1/incidents/{incident.id}/watchdog", headers=viewer)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["next_deadline"]["kind"] == "next_update"
    assert body["next_deadline"]["overdue"] is True  # the real clock is 40 minutes on
    assert body["reminders"] == []
    [holding] = body["holding_statements"]
    assert holding["deadline"] == "first_statement"
    assert holding["silence_seconds"] == 20 * 60
    assert holding["statement_id"] is not None and holding["broadcast_id"] is not None
    assert 40 * 60 - 5 <= body["current_silence_seconds"] <= 40 * 60 + 60
    assert body["longest_silence_seconds"] == body["current_silence_seconds"]
    missing = client.get("/api/v1/incidents/999999/watchdog", headers=viewer)
    assert missing.status_code == 404


@pytest.fixture
def resolved(session: Session) -> Scene:
    s = scene(session)
    status_flow.change_status(
        session,
        s.incident_id,
        status=IncidentStatus.RESOLVED,
        note=None,
        actor=s.commander,
        now=utc_now(),
    )
    return s


def test_follow_ups_are_listed_edited_by_comms_and_cancelled_by_the_commander(
    client: TestClient, session: Session, resolved: Scene
) -> None:
    viewer, comms = auth_headers(session, Role.VIEWER), auth_headers(session, Role.COMMS)
    commander = auth_headers(session, Role.COMMANDER)
    listed = client.get(f"/api/v1/incidents/{resolved.incident_id}/follow-ups", headers=viewer)
    assert listed.status_code == 200, listed.text
    steps = listed.json()
    assert [f["step_id"] for f in steps] == [
        "resolution-summary",
        "questions-answered",
        "incident-report",
    ]
    first = steps[0]["id"]
    later = (utc_now() + timedelta(hours=5)).isoformat()
    change = {"due_at": later, "sections": {"en": {"headline": "Checkout works again"}}}
    assert (
        client.patch(f"/api/v1/follow-ups/{first}", json=change, headers=viewer).status_code == 403
    )
    edited = client.patch(f"/api/v1/follow-ups/{first}", json=change, headers=comms)
    assert edited.status_code == 200, edited.text
    assert edited.json()["edits"] == {"en": {"headline": "Checkout works again"}}
    assert edited.json()["edited_by"]
    reason = {"reason": "covered by the call"}
    url = f"/api/v1/follow-ups/{first}/cancel"
    assert client.post(url, json=reason, headers=comms).status_code == 403
    cancelled = client.post(url, json=reason, headers=commander)
    assert cancelled.status_code == 200, cancelled.text
    assert cancelled.json()["status"] == "cancelled"
    assert client.post(url, json=reason, headers=commander).status_code == 409


@pytest.mark.parametrize(
    ("body", "location"),
    [
        ({"due_at": "2030-01-01T00:00:00"}, "body.due_at"),
        ({"due_at": "2020-01-01T00:00:00Z"}, "body.due_at"),
        ({"sections": {"en": {"headline": ""}}}, "body.sections"),
        ({"colour": "red"}, "body.colour"),
    ],
)
def test_bad_follow_up_input_is_a_422_naming_the_field(
    client: TestClient, session: Session, resolved: Scene, body: dict[str, object], location: str
) -> None:
    comms = auth_headers(session, Role.COMMS)
    steps = client.get(f"/api/v1/incidents/{resolved.incident_id}/follow-ups", headers=comms)
    first = steps.json()[0]
    response = client.patch(f"/api/v1/follow-ups/{first['id']}", json=body, headers=comms)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["details"][0]["location"].startswith(location)
    again = client.get(f"/api/v1/incidents/{resolved.incident_id}/follow-ups", headers=comms)
    assert again.json()[0] == first


def test_a_timed_update_without_a_timezone_is_a_422_naming_the_field(
    client: TestClient, session: Session
) -> None:
    s = scene(session)
    statement = approved(session, s)
    response = client.post(
        "/api/v1/broadcasts",
        json={"statement_id": statement.id, "scheduled_at": "2030-01-01T09:00:00"},
        headers={**auth_headers(session, Role.COMMANDER), "Idempotency-Key": "timed-naive-1"},
    )
    assert response.status_code == 422, response.text
    assert response.json()["error"]["details"][0]["location"] == "body.scheduled_at"
