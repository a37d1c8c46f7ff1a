"""The incidents HTTP contract: status codes, shapes, errors, nothing half-written."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from crisiscomms.incidents.models import Incident, IncidentEvent
from crisiscomms.plans.models import PlanVersion
from crisiscomms.principal import Role
from tests.factories import auth_headers

BODY: dict[str, Any] = {
    "plan_slug": "service-outage",
    "severity": "sev1",
    "title": "Checkout failing",
    "summary": "Payments fail for about 30% of checkouts.",
    "scope": {"products": ["Checkout"], "regions": ["EU"], "customer_ids": ["C-1"]},
    "affected_customers": 1200,
}


@pytest.fixture
def comms(session: Session) -> dict[str, str]:
    return auth_headers(session, Role.COMMS)


@pytest.fixture
def commander(session: Session) -> dict[str, str]:
    return auth_headers(session, Role.COMMANDER)


def create(client: TestClient, headers: dict[str, str], **overrides: Any) -> Any:
    return client.post("/api/v1/incidents", json={**BODY, **overrides}, headers=headers)


def test_activate_read_and_walk_the_lifecycle(
    client: TestClient, outage_plan: PlanVersion, comms: dict[str, str], commander: dict[str, str]
) -> None:
    created = create(client, comms)
    assert created.status_code == 201, created.text
    incident = created.json()
    assert incident["status"] == "investigating"
    assert incident["plan_slug"] == "service-outage" and incident["plan_version"] == 1
    assert incident["allowed_transitions"] == ["identified", "monitoring", "resolved"]
    assert incident["next_update_due_at"] == incident["first_statement_due_at"]
    assert incident["deadlines"][0]["id"] == "first-statement"
    url = f"/api/v1/incidents/{incident['id']}"
    assert client.get(url, headers=comms).json()["title"] == "Checkout failing"

    for status in ("identified", "monitoring", "resolved", "closed"):
        moved = client.post(f"{url}/status", json={"status": status}, headers=commander)
        assert moved.status_code == 200, moved.text
        assert moved.json()["status"] == status
    timeline = client.get(f"{url}/timeline", headers=comms).json()
    assert [e["kind"] for e in timeline] == ["incident.activated"] + ["incident.status"] * 4


def test_illegal_transition_is_409_and_names_the_allowed_ones(
    client: TestClient, outage_plan: PlanVersion, comms: dict[str, str], commander: dict[str, str]
) -> None:
    incident = create(client, comms).json()
    response = client.post(
        f"/api/v1/incidents/{incident['id']}/status", json={"status": "closed"}, headers=commander
    )
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["code"] == "invalid_transition"
    assert "investigating to closed" in error["message"]
    assert "identified, monitoring, resolved" in error["message"]


def test_roles(
    client: TestClient, session: Session, outage_plan: PlanVersion, comms: dict[str, str]
) -> None:
    viewer = auth_headers(session, Role.VIEWER)
    assert create(client, viewer).status_code == 403
    assert client.post("/api/v1/incidents", json=BODY).status_code == 401
    incident = create(client, comms).json()
    url = f"/api/v1/incidents/{incident['id']}"
    assert client.get(url, headers=viewer).status_code == 200
    assert client.get(url).status_code == 401
    assert (
        client.post(f"{url}/status", json={"status": "identified"}, headers=comms).status_code
        == 403
    )
    assert client.patch(url, json={"title": "x"}, headers=viewer).status_code == 403
    assert client.post(f"{url}/notes", json={"message": "x"}, headers=viewer).status_code == 403
    assert (
        client.post(
            f"{url}/severity", json={"severity": "sev2", "reason": "x"}, headers=comms
        ).status_code
        == 403
    )


@pytest.mark.parametrize(
    ("overrides", "status", "location"),
    [
        ({"severity": "sev9"}, 422, "body.severity"),
        ({"title": 42}, 422, "body.title"),
        ({"surprise": True}, 422, "body.surprise"),
        ({"detected_at": "2026-11-22T08:00:00"}, 422, "body.detected_at"),
        ({"title": "bad\x00title"}, 422, "body.title"),
        ({"scope": {"products": ["A"], "planets": ["Mars"]}}, 422, "body.scope.planets"),
        ({"plan_slug": "nope"}, 404, None),
        ({"commander_id": 424242}, 422, "body.commander_id"),
    ],
)
def test_bad_input_is_a_clear_error_and_writes_nothing(
    client: TestClient,
    session: Session,
    outage_plan: PlanVersion,
    comms: dict[str, str],
    overrides: dict[str, Any],
    status: int,
    location: str | None,
) -> None:
    response = create(client, comms, **overrides)
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["message"]
    if location:
        assert location in [d["location"] for d in error["details"]], error
    assert session.exec(select(Incident)).all() == []
    assert session.exec(select(IncidentEvent)).all() == []


def test_malformed_json_and_oversize_bodies(
    client: TestClient, outage_plan: PlanVersion, comms: dict[str, str]
) -> None:
    malformed = client.post(
        "/api/v1/incidents",
        content=b'{"title": ',
        headers={**comms, "content-type": "application/json"},
    )
    assert malformed.status_code == 400
    assert malformed.json()["error"]["code"] == "malformed_json"
    huge = client.post(
        "/api/v1/incidents",
        content=b'{"summary": "' + b"x" * 2_000_000 + b'"}',
        headers={**comms, "content-type": "application/json"},
    )
    assert huge.status_code == 413
    assert "limit" in huge.json()["error"]["message"]


def test_unknown_incident_is_404(client: TestClient, comms: dict[str, str]) -> None:
    response = client.get("/api/v1/incidents/999999", headers=comms)
    assert response.status_code == 404
    assert response.json()["error"]["message"] == "incident 999999 not found"


def test_list_open_incidents(
    client: TestClient, outage_plan: PlanVersion, comms: dict[str, str], commander: dict[str, str]
) -> None:
    first = create(client, comms, title="First").json()
    create(client, comms, title="Second")
    client.post(
        f"/api/v1/incidents/{first['id']}/status", json={"status": "resolved"}, headers=commander
    )
    open_titles = [
        i["title"] for i in client.get("/api/v1/incidents?open=true", headers=comms).json()
    ]
    assert open_titles == ["Second"]
    assert len(client.get("/api/v1/incidents", headers=comms).json()) == 2
