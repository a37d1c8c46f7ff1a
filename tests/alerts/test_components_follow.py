"""The status page's components follow the alerts where the plan allows: a real HTTP client
posts Alertmanager's documented webhook body to a running server (uvicorn); the firing
alert opens the incident, its pre-approved holding statement makes it public, and the
component its rule names is in an outage on the Statuspage JSON and the page; the resolved
alert sets the component back to operational and proposes monitoring, while the incident
stays open. A plan that does not allow it keeps its components on the incident's status."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlmodel import Session, col, select

from crisiscomms.db import make_engine
from crisiscomms.incidents.models import Incident, IncidentEvent, IncidentStatus
from crisiscomms.principal import Role
from tests.browser.conftest import LiveServer, start_server
from tests.factories import make_api_key

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "alerts" / "alertmanager.json"
RULES = [
    {  # service-outage lets its components follow the alerts
        "match": {"service": "checkout"},
        "plan": "service-outage",
        "severity": "sev1",
        "products": ["Checkout"],
        "regions": ["EU"],
        "action": "open",
        "holding_statement": True,
        "group_by": ["service"],
    },
    {  # billing-error does not
        "match": {"service": "invoicing"},
        "plan": "billing-error",
        "severity": "sev1",
        "products": ["Invoices"],
        "action": "open",
        "holding_statement": True,
        "group_by": ["service"],
    },
]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    yield from start_server(tmp_path, host="127.0.0.1", public_refresh_seconds=0)


def alert(
    service: str, fingerprint: str, status: str, *, name: str = "CheckoutErrorRate"
) -> dict[str, Any]:
    """Alertmanager's documented body, for this service and alert."""
    body: dict[str, Any] = json.loads(FIXTURE.read_text())
    one = copy.deepcopy(body["alerts"][0])
    one["labels"] |= {"service": service, "alertname": name}
    if service != "checkout":
        one["annotations"] = {"summary": f"{service}: {name}"}
    one["fingerprint"] = fingerprint
    one["status"] = body["status"] = status
    if status == "resolved":
        one["endsAt"] = "2026-11-22T09:30:00Z"
    body["alerts"] = [one]
    return body


def components(client: httpx.Client) -> dict[str, str]:
    found = client.get("/api/v2/components.json").json()["components"]
    return {c["name"]: c["status"] for c in found}


def test_components_follow_the_alerts_where_the_plan_allows(server: LiveServer) -> None:
    engine = make_engine(server.settings)
    with Session(engine, expire_on_commit=False) as session:
        _key, admin = make_api_key(session, role=Role.ADMIN)
        session.commit()
    with httpx.Client(base_url=server.base_url, timeout=10) as client:
        created = client.post(
            "/api/v1/alert-sources",
            json={"name": "prometheus", "kind": "alertmanager", "routes": RULES},
            headers={"Authorization": f"Bearer {admin}"},
        )
        assert created.status_code == 201, created.text
        token = created.json()["secret"]

        def send(body: dict[str, Any]) -> dict[str, int]:
            answer = client.post(
                "/api/v1/alerts/prometheus",
                content=json.dumps(body),
                headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
            )
            assert answer.status_code == 202, answer.text
            counts: dict[str, int] = answer.json()["counts"]
            return counts

        assert components(client) == {}
        # Firing: the incident opens, its holding statement makes it public, the
        # component is in an outage; a second alert on it joins the incident.
        assert send(alert("checkout", "fp-errors", "firing")) == {"opened": 1}
        assert send(alert("checkout", "fp-latency", "firing", name="Latency")) == {"added": 1}
        assert send(alert("invoicing", "fp-invoices", "firing")) == {"opened": 1}
        assert components(client) == {"Checkout": "major_outage", "Invoices": "major_outage"}
        summary = client.get("/api/v2/summary.json").json()
        assert summary["status"]["indicator"] == "critical"

        # One of Checkout's alerts resolves: another still fires, nothing changes.
        assert send(alert("checkout", "fp-errors", "resolved")) == {"monitoring_proposed": 1}
        assert components(client)["Checkout"] == "major_outage"
        # The last one resolves: Checkout is operational again; the incident stays open
        # (monitoring is proposed, never set). Invoices' plan does not follow alerts.
        resolved = alert("checkout", "fp-latency", "resolved", name="Latency")
        assert send(resolved) == {"monitoring_proposed": 1}
        assert send(resolved) == {"replayed": 1}  # a replay has one effect
        assert send(alert("invoicing", "fp-invoices", "resolved")) == {"monitoring_proposed": 1}
        assert components(client) == {"Checkout": "operational", "Invoices": "major_outage"}
        unresolved = client.get("/api/v2/incidents/unresolved.json").json()["incidents"]
        checkout = next(i for i in unresolved if i["name"] == "Checkout error rate above 25%")
        assert checkout["status"] == "investigating"
        assert [c["status"] for c in checkout["components"]] == ["operational"]
        page = client.get("/status")
        assert page.status_code == 200 and "Checkout" in page.text

        # It fires again: the component follows.
        assert send(alert("checkout", "fp-errors-2", "firing")) == {"added": 1}
        assert components(client)["Checkout"] == "major_outage"

    with Session(engine) as session:
        incident = session.exec(select(Incident).order_by(col(Incident.id))).first()
        assert incident is not None and incident.status == IncidentStatus.INVESTIGATING
        assert incident.alert_components == {"Checkout": ["fp-errors-2"]}
        timeline = session.exec(
            select(IncidentEvent)
            .where(IncidentEvent.incident_id == incident.id)
            .order_by(col(IncidentEvent.id))
        ).all()
        followed = [e.message for e in timeline if e.kind == "alert.components"]
        assert followed == [
            "Status page, following the alerts: Checkout affected (its alert fires)",
            "Status page, following the alerts: Checkout back to operational",
            "Status page, following the alerts: Checkout affected (its alert fires)",
        ]
        assert sum(e.kind == "alert.resolved" for e in timeline) == 2
    engine.dispose()
