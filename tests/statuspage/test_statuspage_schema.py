"""The Statuspage v2 JSON, field by field as Atlassian documents it, plus our two extras.

Each object's keys must be exactly the documented ones (plus `next_update_at` and
`commitments` on incidents), and each value of the documented type.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from crisiscomms.db import utc_now
from crisiscomms.flows import status as status_flow
from crisiscomms.incidents.models import IncidentStatus
from crisiscomms.principal import SYSTEM
from tests.statements.factories import make_incident
from tests.statuspage.factories import publish_holding

Check = Callable[[Any], bool]


def text(value: Any) -> bool:
    return isinstance(value, str)


def flag(value: Any) -> bool:
    return isinstance(value, bool)


def integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def timestamp(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed.tzinfo is not None


def day(value: Any) -> bool:
    return isinstance(value, str) and date.fromisoformat(value) is not None


def optional(check: Check) -> Check:
    return lambda value: value is None or check(value)


def one_of(*values: str) -> Check:
    return lambda value: value in values


def listing(check: Check) -> Check:
    return lambda value: isinstance(value, list) and all(check(v) for v in value)


def shape(fields: dict[str, Check]) -> Check:
    return lambda value: conforms(value, fields) == []


def conforms(value: Any, fields: dict[str, Check], where: str = "") -> list[str]:
    """Every difference between `value` and the documented fields, as readable lines."""
    if not isinstance(value, dict):
        return [f"{where}: not an object"]
    problems = [f"{where}.{k}: missing" for k in fields.keys() - value.keys()]
    problems += [f"{where}.{k}: not documented" for k in value.keys() - fields.keys()]
    problems += [
        f"{where}.{k}: bad value {value[k]!r}"
        for k, check in fields.items()
        if k in value and not check(value[k])
    ]
    return problems


COMPONENT_STATUS = one_of("operational", "degraded_performance", "partial_outage", "major_outage")
INCIDENT_STATUS = one_of("investigating", "identified", "monitoring", "resolved", "postmortem")
IMPACT = one_of("none", "minor", "major", "critical")

PAGE = {"id": text, "name": text, "url": text, "time_zone": text, "updated_at": timestamp}
COMPONENT = {
    "id": text,
    "name": text,
    "status": COMPONENT_STATUS,
    "created_at": timestamp,
    "updated_at": timestamp,
    "position": integer,
    "description": optional(text),
    "showcase": flag,
    "start_date": optional(day),
    "group_id": optional(text),
    "page_id": text,
    "group": flag,
    "only_show_if_degraded": flag,
}
AFFECTED_COMPONENT = {
    "code": text,
    "name": text,
    "old_status": COMPONENT_STATUS,
    "new_status": COMPONENT_STATUS,
}
INCIDENT_UPDATE = {
    "id": text,
    "status": INCIDENT_STATUS,
    "body": text,
    "incident_id": text,
    "created_at": timestamp,
    "updated_at": timestamp,
    "display_at": timestamp,
    "affected_components": optional(listing(shape(AFFECTED_COMPONENT))),
    "deliver_notifications": flag,
    "custom_tweet": optional(text),
    "tweet_id": optional(text),
}
COMMITMENT = {
    "id": integer,
    "kind": one_of("promise", "next_update"),
    "text": text,
    "status": one_of("open", "kept", "missed", "withdrawn"),
    "due_at": timestamp,
    "statement_id": optional(integer),
    "evidence": optional(text),
    "kept_at": optional(timestamp),
    "kept_on_time": optional(flag),
    "missed_at": optional(timestamp),
    "missed_reason": optional(text),
    "withdrawn_at": optional(timestamp),
    "withdrawn_reason": optional(text),
    "supersedes_id": optional(integer),
    "superseded_by_id": optional(integer),
    "redated_from_id": optional(integer),
    "redated_to_id": optional(integer),
}
INCIDENT = {
    "id": text,
    "name": text,
    "status": INCIDENT_STATUS,
    "created_at": timestamp,
    "updated_at": timestamp,
    "monitoring_at": optional(timestamp),
    "resolved_at": optional(timestamp),
    "impact": IMPACT,
    "shortlink": text,
    "started_at": timestamp,
    "page_id": text,
    "incident_updates": listing(shape(INCIDENT_UPDATE)),
    "components": listing(shape(COMPONENT)),
    # Our extras, which Statuspage readers ignore.
    "next_update_at": optional(timestamp),
    "commitments": listing(shape(COMMITMENT)),
}
STATUS = {
    "indicator": IMPACT,
    "description": one_of(
        "All Systems Operational",
        "Minor Service Outage",
        "Partial System Outage",
        "Major System Outage",
    ),
}
SCHEDULED_MAINTENANCE = {**INCIDENT, "scheduled_for": timestamp, "scheduled_until": timestamp}

SUMMARY = {
    "page": shape(PAGE),
    "components": listing(shape(COMPONENT)),
    "incidents": listing(shape(INCIDENT)),
    "scheduled_maintenances": listing(shape(SCHEDULED_MAINTENANCE)),
    "status": shape(STATUS),
}
RESPONSES: dict[str, dict[str, Check]] = {
    "/api/v2/summary.json": SUMMARY,
    "/api/v2/status.json": {"page": shape(PAGE), "status": shape(STATUS)},
    "/api/v2/components.json": {"page": shape(PAGE), "components": listing(shape(COMPONENT))},
    "/api/v2/incidents.json": {"page": shape(PAGE), "incidents": listing(shape(INCIDENT))},
    "/api/v2/incidents/unresolved.json": {
        "page": shape(PAGE),
        "incidents": listing(shape(INCIDENT)),
    },
    "/api/v2/scheduled-maintenances.json": {
        "page": shape(PAGE),
        "scheduled_maintenances": listing(shape(SCHEDULED_MAINTENANCE)),
    },
}


@pytest.fixture
def incidents(session: Session) -> dict[str, int]:
    """One incident open and one resolved, both public."""
    now = utc_now()
    open_one = make_incident(session)
    publish_holding(session, open_one, now=now - timedelta(minutes=5))
    done = make_incident(session, title="Search slow", scope={"products": ["Search"]})
    publish_holding(session, done, now=now - timedelta(minutes=4))
    status_flow.change_status(
        session,
        done.id or 0,
        status=IncidentStatus.MONITORING,
        note=None,
        actor=SYSTEM,
        now=now - timedelta(minutes=3),
    )
    status_flow.change_status(
        session,
        done.id or 0,
        status=IncidentStatus.RESOLVED,
        note=None,
        actor=SYSTEM,
        now=now - timedelta(minutes=2),
    )
    return {"open": open_one.id or 0, "resolved": done.id or 0}


def test_summary_matches_the_statuspage_schema_field_by_field(
    client: TestClient, incidents: dict[str, int]
) -> None:
    body = client.get("/api/v2/summary.json").json()
    page, components, (incident,), status = (
        body["page"],
        body["components"],
        body["incidents"],
        body["status"],
    )
    assert conforms(body, SUMMARY, "summary") == []
    assert conforms(page, PAGE, "page") == []
    for component in components:
        assert conforms(component, COMPONENT, "component") == []
    assert conforms(incident, INCIDENT, "incident") == []
    for update in incident["incident_updates"]:
        assert conforms(update, INCIDENT_UPDATE, "incident_update") == []
    for commitment in incident["commitments"]:
        assert conforms(commitment, COMMITMENT, "commitment") == []
    assert conforms(status, STATUS, "status") == []
    assert body["scheduled_maintenances"] == []
    assert incident["id"] == str(incidents["open"])
    assert incident["incident_updates"] and incident["commitments"]
    assert incident["next_update_at"] is not None
    assert {c["name"]: c["status"] for c in components} == {
        "Checkout": "major_outage",
        "Search": "operational",
    }
    assert status == {"indicator": "critical", "description": "Major System Outage"}
    assert all(c["page_id"] == page["id"] for c in components)
    assert incident["page_id"] == page["id"]
    assert incident["shortlink"].endswith(f"/status/incidents/{incidents['open']}")


@pytest.mark.parametrize("path", sorted(RESPONSES))
def test_every_endpoint_matches_its_schema(
    client: TestClient, incidents: dict[str, int], path: str
) -> None:
    body = client.get(path).json()
    assert conforms(body, RESPONSES[path], path) == []


def test_incidents_json_has_both_and_unresolved_only_the_open_one(
    client: TestClient, incidents: dict[str, int]
) -> None:
    every = client.get("/api/v2/incidents.json").json()["incidents"]
    assert [i["id"] for i in every] == [str(incidents["open"]), str(incidents["resolved"])]
    resolved = every[1]
    assert resolved["status"] == "resolved"
    assert resolved["resolved_at"] is not None and resolved["monitoring_at"] is not None
    assert resolved["next_update_at"] is None
    assert [c["status"] for c in resolved["components"]] == ["operational"]
    unresolved = client.get("/api/v2/incidents/unresolved.json").json()["incidents"]
    assert [i["id"] for i in unresolved] == [str(incidents["open"])]


def test_an_empty_page_is_all_operational(client: TestClient) -> None:
    body = client.get("/api/v2/summary.json").json()
    assert conforms(body, SUMMARY, "summary") == []
    assert body["components"] == [] and body["incidents"] == []
    assert body["status"] == {"indicator": "none", "description": "All Systems Operational"}
