"""The maintenance HTTP contract: roles, status codes, errors at their field, revisions."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, func, select

from crisiscomms.db import utc_now
from crisiscomms.maintenance.models import Maintenance
from crisiscomms.principal import Role
from tests.factories import auth_headers
from tests.maintenance.factories import maintenance_plan

URL = "/api/v1/maintenances"


def body(**overrides: Any) -> dict[str, Any]:
    start = (utc_now() + timedelta(days=3)).replace(microsecond=0, tzinfo=None)
    values: dict[str, Any] = {
        "plan_slug": "planned-maintenance",
        "title": "Mail database upgrade",
        "description": "Upgrading the database behind Northwind Mail.",
        "components": ["Northwind Mail"],
        "starts_at": start.isoformat(),
        "ends_at": (start + timedelta(hours=2)).isoformat(),
        "time_zone": "Europe/London",
    }
    values.update(overrides)
    return values


@pytest.fixture
def comms(session: Session) -> dict[str, str]:
    maintenance_plan(session)
    return auth_headers(session, Role.COMMS)


def test_schedule_edit_move_and_read_the_timeline(
    client: TestClient, session: Session, comms: dict[str, str]
) -> None:
    created = client.post(URL, json=body(), headers=comms)
    assert created.status_code == 201, created.text
    m = created.json()
    assert (m["status"], m["revision"], m["promise"]) == ("scheduled", 1, "open")
    assert m["allowed_moves"] == ["in_progress", "cancelled"]
    assert [n["kind"] for n in m["notices"]] == ["scheduled"]
    assert m["starts_at_local"].endswith("(Europe/London)")
    url = f"{URL}/{m['id']}"
    edited = client.patch(url, json={"revision": 1, "title": "Mail DB upgrade"}, headers=comms)
    assert edited.status_code == 200 and edited.json()["revision"] == 2
    stale = client.patch(url, json={"revision": 1, "title": "Lost edit"}, headers=comms)
    assert stale.status_code == 409
    assert stale.json()["error"]["details"][0]["location"] == "body.revision"
    assert client.get(url, headers=comms).json()["title"] == "Mail DB upgrade"

    refused = client.post(f"{url}/status", json={"status": "in_progress"}, headers=comms)
    assert refused.status_code == 403
    commander = auth_headers(session, Role.COMMANDER)
    started = client.post(
        f"{url}/status", json={"status": "in_progress", "revision": 2}, headers=commander
    )
    assert started.status_code == 200, started.text
    assert started.json()["status"] == "in_progress"
    wrong = client.post(f"{url}/status", json={"status": "cancelled"}, headers=commander)
    assert wrong.status_code == 409
    timeline = client.get(f"{url}/timeline", headers=comms).json()
    assert [e["kind"] for e in timeline] == [
        "maintenance.scheduled",
        "maintenance.edited",
        "maintenance.status",
    ]
    listed = client.get(URL, params={"status": "in_progress"}, headers=comms).json()
    assert [x["id"] for x in listed] == [m["id"]]


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"ends_at": "2020-01-01T00:00:00"}, "body.ends_at"),
        ({"starts_at": "2020-01-01T00:00:00"}, "body.starts_at"),
        ({"components": ["Teleporter"]}, "body.components.0"),
        ({"time_zone": "Nowhere/Atlantis"}, "body.time_zone"),
        ({"components": []}, "body.components"),
    ],
)
def test_bad_input_is_a_422_at_the_field_with_nothing_written(
    client: TestClient, session: Session, comms: dict[str, str], change: dict[str, Any], where: str
) -> None:
    response = client.post(URL, json=body(**change), headers=comms)
    assert response.status_code == 422, response.text
    assert where in [d["location"] for d in response.json()["error"]["details"]]
    assert session.exec(select(func.count()).select_from(Maintenance)).one() == 0


def test_viewers_read_but_do_not_schedule(client: TestClient, session: Session) -> None:
    maintenance_plan(session)
    viewer = auth_headers(session, Role.VIEWER)
    assert client.get(URL, headers=viewer).status_code == 200
    assert client.post(URL, json=body(), headers=viewer).status_code == 403
    assert client.get(f"{URL}/999", headers=viewer).status_code == 404
