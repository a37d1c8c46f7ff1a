"""The customers HTTP contract: imports, reads, suppression, audience preview, roles."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from crisiscomms.config import Settings
from crisiscomms.main import create_app
from crisiscomms.plans.models import PlanVersion
from crisiscomms.principal import Role
from tests.conftest import bound_session
from tests.customers.factories import jsonl, line, load
from tests.factories import auth_headers

NDJSON = {"Content-Type": "application/x-ndjson"}


@pytest.fixture
def comms(session: Session) -> dict[str, str]:
    return auth_headers(session, Role.COMMS)


@pytest.fixture
def viewer(session: Session) -> dict[str, str]:
    return auth_headers(session, Role.VIEWER)


def test_import_reports_counts_and_bad_lines_without_failing(
    client: TestClient, comms: dict[str, str]
) -> None:
    body = jsonl(line("C-1"), line("C-2", email="nope"), line("C-3"))
    response = client.post("/api/v1/customers/import", content=body, headers={**comms, **NDJSON})
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["format"] == "jsonl"
    assert (report["inserted"], report["failed"]) == (2, 1)
    assert report["errors"] == [
        {
            "line": 2,
            "field": "email",
            "message": "'nope' is not a valid email address: An email address must have an @-sign.",
        }
    ]
    csv = b"external_id,name,email\nC-1,Renamed,c-1@example.com\n"
    response = client.post(
        "/api/v1/customers/import",
        content=csv,
        headers={**comms, "Content-Type": "text/csv; charset=utf-8"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["updated"] == 1


def test_a_10000_line_import_passes_the_general_body_limit(
    client: TestClient, comms: dict[str, str]
) -> None:
    body = jsonl(*[line(f"C-{i:05d}") for i in range(10_000)])
    assert len(body) > 2 * 1_048_576
    response = client.post("/api/v1/customers/import", content=body, headers={**comms, **NDJSON})
    assert response.status_code == 200, response.text
    assert response.json()["inserted"] == 10_000
    stats = client.get("/api/v1/customers/stats", headers=comms).json()
    assert stats["active"] == 10_000
    # Every other route keeps the 1 MiB limit.
    big = client.post("/api/v1/incidents", content=body, headers={**comms, **NDJSON})
    assert big.status_code == 413


@pytest.mark.parametrize(
    ("content_type", "words"),
    [
        (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "a spreadsheet is not an import format: save it as CSV first",
        ),
        ("application/json", "send application/x-ndjson (JSON Lines) or text/csv, in UTF-8"),
        ("text/csv; charset=latin-1", "the import reads UTF-8 only"),
    ],
)
def test_a_refused_media_type_is_named_with_the_rule(
    client: TestClient, comms: dict[str, str], content_type: str, words: str
) -> None:
    response = client.post(
        "/api/v1/customers/import",
        content=b"PK\x03\x04",
        headers={**comms, "Content-Type": content_type},
    )
    assert response.status_code == 415
    error = response.json()["error"]
    assert error["message"] == f"Content-Type: '{content_type}': {words}"
    assert error["details"] == [
        {
            "location": "header.content-type",
            "message": f"'{content_type}': {words}",
            "type": "media_type",
        }
    ]


def test_import_refuses_other_media_types_and_over_limit_bodies(
    client: TestClient, comms: dict[str, str]
) -> None:
    body = jsonl(line("C-1"))
    for content_type in ("application/json", "text/plain", "text/csv; charset=latin-1", ""):
        response = client.post(
            "/api/v1/customers/import",
            content=body,
            headers={**comms, "Content-Type": content_type},
        )
        assert response.status_code == 415, content_type
        assert response.json()["error"]["code"] == "unsupported_media_type"
    response = client.post(
        "/api/v1/customers/import",
        content=b"id,name\n1,x\n",
        headers={**comms, "Content-Type": "text/csv"},
    )
    assert response.status_code == 422
    assert "external_id" in response.json()["error"]["message"]


def test_import_body_limit_is_the_import_setting(
    session: Session, settings: Settings, engine: Engine, connection: Connection
) -> None:
    small = settings.model_copy(update={"max_import_bytes": 4096})
    app = create_app(
        small, engine=engine, session_factory=lambda: bound_session(connection), run_startup=False
    )
    headers = {**auth_headers(session, Role.COMMS), **NDJSON}
    with TestClient(app, base_url="https://testserver") as client:
        fits = client.post("/api/v1/customers/import", content=jsonl(line("C-1")), headers=headers)
        assert fits.status_code == 200, fits.text
        body = jsonl(*[line(f"C-{i}") for i in range(40)])
        assert len(body) > 4096
        response = client.post("/api/v1/customers/import", content=body, headers=headers)
        assert response.status_code == 413
        assert "4096 bytes" in response.json()["error"]["message"]


def test_roles_and_missing_things(
    client: TestClient, session: Session, comms: dict[str, str], viewer: dict[str, str]
) -> None:
    load(session, line("C-1"))
    body = jsonl(line("C-2"))
    assert client.post("/api/v1/customers/import", content=body, headers=NDJSON).status_code == 401
    assert client.get("/api/v1/customers").status_code == 401
    forbidden = client.post("/api/v1/customers/import", content=body, headers={**viewer, **NDJSON})
    assert forbidden.status_code == 403
    page = client.get("/api/v1/customers", headers=viewer).json()
    customer_id = page["items"][0]["id"]
    suppress = client.post(f"/api/v1/customers/{customer_id}/suppress", json={}, headers=viewer)
    assert suppress.status_code == 403
    assert client.get("/api/v1/customers/999999", headers=viewer).status_code == 404
    assert (
        client.post("/api/v1/customers/999999/suppress", json={}, headers=comms).status_code == 404
    )
    assert client.get("/api/v1/incidents/999999/audience", headers=viewer).status_code == 404
    bad = client.post(
        f"/api/v1/customers/{customer_id}/suppress", json={"channel": "fax"}, headers=comms
    )
    assert bad.status_code == 422
    assert client.get("/api/v1/customers?limit=0", headers=viewer).status_code == 422
    assert client.get("/api/v1/customers/abc", headers=viewer).status_code == 422


def test_list_read_suppress_and_stats(
    client: TestClient, session: Session, comms: dict[str, str], viewer: dict[str, str]
) -> None:
    load(session, *[line(f"C-{i}") for i in range(1, 6)], line("F-1", active=False))
    first = client.get("/api/v1/customers?limit=2&active=true", headers=viewer).json()
    assert [c["external_id"] for c in first["items"]] == ["C-1", "C-2"]
    rest = client.get(
        f"/api/v1/customers?limit=10&active=true&after={first['next_after']}", headers=viewer
    ).json()
    assert [c["external_id"] for c in rest["items"]] == ["C-3", "C-4", "C-5"]
    assert rest["next_after"] is None
    customer_id = first["items"][0]["id"]
    suppressed = client.post(
        f"/api/v1/customers/{customer_id}/suppress",
        json={"channel": "email", "reason": "manual", "note": "asked by phone"},
        headers=comms,
    )
    assert suppressed.status_code == 200, suppressed.text
    assert [s["address"] for s in suppressed.json()] == ["c-1@example.com"]
    customer = client.get(f"/api/v1/customers/{customer_id}", headers=viewer).json()
    assert customer["suppressed"] == {"email": "manual"}
    assert customer["attributes"]["segment"] == "business"
    stats = client.get("/api/v1/customers/stats", headers=viewer).json()
    assert (stats["active"], stats["former"], stats["suppressed"]["email"]) == (5, 1, 1)


def test_audience_preview_counts_and_masks(
    client: TestClient,
    session: Session,
    outage_plan: PlanVersion,
    comms: dict[str, str],
    viewer: dict[str, str],
) -> None:
    load(
        session,
        line("IN-1", email="anna.smith@example.com"),
        line("IN-2"),
        line("FORMER", active=False),
        line("ELSEWHERE", attributes={"regions": ["US"], "products": ["Northwind Cloud Console"]}),
    )
    incident = client.post(
        "/api/v1/incidents",
        json={
            "plan_slug": "service-outage",
            "severity": "sev2",
            "title": "Console down in the EU",
            "summary": "Sign-in fails.",
            "scope": {"products": ["Northwind Cloud Console"], "regions": ["EU"]},
        },
        headers=comms,
    ).json()
    url = f"/api/v1/incidents/{incident['id']}/audience"
    preview = client.get(f"{url}?sample=1", headers=viewer)
    assert preview.status_code == 200, preview.text
    assert preview.json() == {
        "incident_id": incident["id"],
        "channel": "email",
        "count": 2,
        "sample": [
            {
                "external_id": "IN-1",
                "name": "Customer IN-1",
                "email": "a***@example.com",
                "phone": "+61*******56",
                "locale": "en",
            }
        ],
    }
    sms = client.get(f"{url}?channel=sms&sample=0", headers=viewer).json()
    assert (sms["count"], sms["sample"]) == (2, [])
    assert client.get(f"{url}?channel=pigeon", headers=viewer).status_code == 422
    assert json.dumps(preview.json()).count("anna.smith") == 0


def test_each_bad_value_is_named_with_its_field_and_rule(
    client: TestClient, comms: dict[str, str]
) -> None:
    body = jsonl(
        line("V-1", phone="+99912345678"),
        line("V-2", phone="+10000000000000"),
        line("V-3", locale="xx-YYYYYYYY"),
        line("V-4", attributes={"currency": "ABC"}),
        line("V-5", attributes={"monthly_bill": "abc"}),
        line("V-6", email="anna@example"),
        line("V-7", phone="+61 491 570 156", locale="bn-bd", attributes={"currency": "bdt"}),
    )
    response = client.post("/api/v1/customers/import", content=body, headers={**comms, **NDJSON})
    assert response.status_code == 200, response.text
    report = response.json()
    assert (report["inserted"], report["failed"]) == (1, 6)
    found = [(e["line"], e["field"], e["message"]) for e in report["errors"]]
    expected = [
        (1, "phone", "'+99912345678' is not a phone number in E.164 form", "calling code"),
        (2, "phone", "'+10000000000000' is not a phone number in E.164 form", "too long"),
        (3, "locale", "'xx-YYYYYYYY' is not a valid IETF BCP 47 language tag", "such as en"),
        (4, "attributes.currency", "'ABC' is not an ISO 4217 currency code", "EUR"),
        (5, "attributes.monthly_bill", "'abc' is text, not a number", "number"),
        (6, "email", "'anna@example' is not a valid email address", "should have a period"),
    ]
    for (number, field, message), (want_line, want_field, value, rule) in zip(
        found, expected, strict=True
    ):
        assert (number, field) == (want_line, want_field)
        assert message.startswith(value) and rule in message, message
    stored = client.get("/api/v1/customers", headers=comms).json()["items"]
    [kept] = [c for c in stored if c["external_id"] == "V-7"]
    assert (kept["locale"], kept["attributes"]["currency"]) == ("bn-BD", "BDT")
