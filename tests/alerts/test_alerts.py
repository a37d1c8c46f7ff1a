"""Alerts open incidents: real Alertmanager, Grafana and PagerDuty payloads (their
documented example bodies, in tests/fixtures/alerts) posted over HTTP, each source
authenticated its own way; routing rules open, join, propose or keep; a replay has one
effect; a resolved alert proposes monitoring and never resolves."""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import json
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from crisiscomms.alerts.models import AlertEvent
from crisiscomms.incidents.models import Incident, IncidentEvent, IncidentStatus
from crisiscomms.plans.models import PlanVersion
from crisiscomms.principal import Role
from tests.factories import auth_headers

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "alerts"
TOKEN = "am-token-0123456789abcdef"
CHECKOUT_RULE = {
    "match": {"service": "checkout", "severity": "~critical|page"},
    "plan": "service-outage",
    "severity": "sev1",
    "products": ["Checkout"],
    "regions": ["EU"],
    "action": "open",
}


def fixture(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text())
    return data


def add_source(
    client: TestClient, session: Session, name: str, kind: str, routes: list[Any], **extra: Any
) -> str:
    created = client.post(
        "/api/v1/alert-sources",
        json={"name": name, "kind": kind, "routes": routes, **extra},
        headers=auth_headers(session, Role.ADMIN),
    )
    assert created.status_code == 201, created.text
    assert created.json()["url"] == f"/api/v1/alerts/{name}"
    listed = client.get("/api/v1/alert-sources", headers=auth_headers(session, Role.VIEWER))
    assert created.json()["secret"] not in listed.text  # shown once, never read back
    return str(created.json()["secret"])


def post(client: TestClient, name: str, body: Any, token: str = TOKEN) -> Any:
    return client.post(
        f"/api/v1/alerts/{name}",
        content=json.dumps(body),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )


def incidents(session: Session) -> list[Incident]:
    return list(session.exec(select(Incident).order_by(col(Incident.id))).all())


def test_an_alertmanager_alert_opens_an_incident_once(
    client: TestClient, session: Session, outage_plan: PlanVersion
) -> None:
    add_source(client, session, "prometheus", "alertmanager", [CHECKOUT_RULE], secret=TOKEN)
    body = fixture("alertmanager")
    assert post(client, "prometheus", body, token="wrong-token-xxxxxxxx").status_code == 401
    unsigned = client.post("/api/v1/alerts/prometheus", content=json.dumps(body))
    assert unsigned.status_code == 401 and "Bearer" in unsigned.json()["error"]["message"]
    assert session.exec(select(AlertEvent)).first() is None  # nothing kept

    first = post(client, "prometheus", body)
    assert first.status_code == 202, first.text
    assert first.json()["counts"] == {"opened": 1}
    assert post(client, "prometheus", body).json()["counts"] == {"replayed": 1}
    (incident,) = incidents(session)
    assert incident.severity == "sev1" and incident.scope["products"] == ["Checkout"]
    assert incident.detected_at.isoformat().startswith("2026-11-22T08:40:12")  # the alert's start
    assert incident.title == "Checkout error rate above 25%"
    kinds = [
        e.kind
        for e in session.exec(select(IncidentEvent).where(IncidentEvent.incident_id == incident.id))
    ]
    assert "alert.opened" in kinds


def test_a_flood_of_alerts_makes_one_incident_and_counts_them(
    client: TestClient, session: Session, outage_plan: PlanVersion
) -> None:
    add_source(client, session, "prometheus", "alertmanager", [CHECKOUT_RULE], secret=TOKEN)
    body = fixture("alertmanager")
    alerts = []
    for n in range(40):
        alert = copy.deepcopy(body["alerts"][0])
        alert["labels"]["instance"] = f"https://checkout-{n}.example.org"
        alert["fingerprint"] = f"fp{n:04d}"
        alerts.append(alert)
    answer = post(client, "prometheus", {**body, "alerts": alerts})
    assert answer.json()["counts"] == {"opened": 1, "added": 39}
    (incident,) = incidents(session)
    joined = session.exec(select(AlertEvent).where(AlertEvent.incident_id == incident.id)).all()
    assert len(joined) == 40


def test_a_resolved_alert_proposes_monitoring_and_never_resolves(
    client: TestClient, session: Session, outage_plan: PlanVersion
) -> None:
    add_source(client, session, "prometheus", "alertmanager", [CHECKOUT_RULE], secret=TOKEN)
    body = fixture("alertmanager")
    post(client, "prometheus", body)
    resolved = copy.deepcopy(body)
    resolved["status"] = resolved["alerts"][0]["status"] = "resolved"
    resolved["alerts"][0]["endsAt"] = "2026-11-22T09:30:00Z"
    assert post(client, "prometheus", resolved).json()["counts"] == {"monitoring_proposed": 1}
    (incident,) = incidents(session)
    assert incident.status == IncidentStatus.INVESTIGATING
    events = session.exec(select(IncidentEvent).where(IncidentEvent.kind == "alert.resolved")).all()
    assert len(events) == 1 and "consider moving the incident to monitoring" in events[0].message


def test_grafana_alerts_are_proposed_then_accepted_or_dismissed(
    client: TestClient, session: Session, outage_plan: PlanVersion
) -> None:
    rules = [
        {
            "match": {"zone": "eu-1"},
            "plan": "service-outage",
            "severity": "sev2",
            "action": "propose",
        },
        {"match": {"team": "blue"}, "action": "ignore"},
    ]
    add_source(client, session, "grafana", "grafana", rules, secret=TOKEN)
    answer = post(client, "grafana", fixture("grafana"))
    assert answer.json()["counts"] == {"ignored": 1, "proposed": 1}
    assert incidents(session) == []
    listed = client.get("/api/v1/alerts", headers=auth_headers(session, Role.VIEWER)).json()
    (proposal,) = [a for a in listed if a["proposal"] == "pending"]
    assert proposal["title"] == "This alert was triggered for zone eu-1"
    comms = auth_headers(session, Role.COMMS)
    assert client.post(f"/api/v1/alerts/{proposal['id']}/accept", headers=comms).status_code == 403
    commander = auth_headers(session, Role.COMMANDER)
    accepted = client.post(f"/api/v1/alerts/{proposal['id']}/accept", headers=commander)
    assert accepted.status_code == 200 and accepted.json()["proposal"] == "accepted"
    (incident,) = incidents(session)
    assert accepted.json()["incident_id"] == incident.id and incident.severity == "sev2"
    again = client.post(f"/api/v1/alerts/{proposal['id']}/dismiss", headers=commander)
    assert again.status_code == 409


def test_pagerduty_signatures_and_generic_standard_webhooks(
    client: TestClient, session: Session, outage_plan: PlanVersion
) -> None:
    rule = {
        "match": {"service": "Checkout", "priority": "P1"},
        "plan": "service-outage",
        "severity": "sev1",
        "products": ["Checkout"],
        "action": "open",
    }
    secret = add_source(client, session, "pagerduty", "pagerduty", [rule])
    raw = json.dumps(fixture("pagerduty")).encode()
    signature = "v1=" + hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
    wrong = client.post(
        "/api/v1/alerts/pagerduty", content=raw, headers={"X-PagerDuty-Signature": "v1=00"}
    )
    assert wrong.status_code == 401
    sent = client.post(
        "/api/v1/alerts/pagerduty",
        content=raw,
        headers={
            "X-PagerDuty-Signature": f"v1=old, {signature}",
            "Content-Type": "application/json",
        },
    )
    assert sent.status_code == 202 and sent.json()["counts"] == {"opened": 1}

    whsec = add_source(client, session, "uptime", "generic", [])
    body = json.dumps(
        {
            "alerts": [
                {
                    "title": "Status page probe failing",
                    "starts_at": "2026-11-22T08:45:00Z",
                    "labels": {"probe": "status"},
                }
            ]
        }
    ).encode()
    stamp = str(int(time.time()))
    key = base64.b64decode(whsec.removeprefix("whsec_"))
    mac = base64.b64encode(
        hmac.new(key, f"msg_1.{stamp}.".encode() + body, hashlib.sha256).digest()
    ).decode()
    headers = {"webhook-id": "msg_1", "webhook-timestamp": stamp, "webhook-signature": f"v1,{mac}"}
    assert client.post("/api/v1/alerts/uptime", content=body, headers=headers).json()["counts"] == {
        "unmatched": 1
    }
    stale = {**headers, "webhook-timestamp": str(int(time.time()) - 3600)}
    assert client.post("/api/v1/alerts/uptime", content=body, headers=stale).status_code == 401


@pytest.mark.parametrize(
    ("edit", "location"),
    [
        (lambda b: b.update(alerts=[]), "body.alerts"),
        (lambda b: b["alerts"][0].update(startsAt="yesterday"), "body.alerts.0.startsAt"),
        (lambda b: b["alerts"][0].update(status="burning"), "body.alerts.0.status"),
        (lambda b: b["alerts"][0].update(labels={}), "body.alerts.0.labels"),
    ],
)
def test_malformed_alerts_are_refused_at_the_field(
    client: TestClient, session: Session, outage_plan: PlanVersion, edit: Any, location: str
) -> None:
    add_source(client, session, "prometheus", "alertmanager", [CHECKOUT_RULE], secret=TOKEN)
    body = fixture("alertmanager")
    edit(body)
    answer = post(client, "prometheus", body)
    assert answer.status_code == 422, answer.text
    assert answer.json()["error"]["details"][0]["location"] == location
    assert session.exec(select(AlertEvent)).first() is None
    assert post(client, "prometheus", "not an object").status_code == 422


def test_bad_rules_are_refused_when_saved(
    client: TestClient, session: Session, outage_plan: PlanVersion
) -> None:
    admin = auth_headers(session, Role.ADMIN)
    cases = [
        ({**CHECKOUT_RULE, "severity": "sev9"}, "body.routes.0.severity"),
        ({**CHECKOUT_RULE, "plan": "no-such-plan"}, "body.routes.0.plan"),
        ({**CHECKOUT_RULE, "match": {"service": "~(unclosed"}}, "body.routes.0.match"),
        ({**CHECKOUT_RULE, "action": "explode"}, "body.routes.0.action"),
    ]
    for rule, location in cases:
        answer = client.post(
            "/api/v1/alert-sources",
            json={"name": "prom", "kind": "alertmanager", "routes": [rule]},
            headers=admin,
        )
        assert answer.status_code == 422, answer.text
        assert answer.json()["error"]["details"][0]["location"] == location
    comms = client.post(
        "/api/v1/alert-sources",
        json={"name": "prom", "kind": "alertmanager"},
        headers=auth_headers(session, Role.COMMANDER),
    )
    assert comms.status_code == 403
    assert post(client, "nobody", fixture("alertmanager")).status_code == 404
