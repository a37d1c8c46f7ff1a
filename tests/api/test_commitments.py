"""The commitments HTTP contract: shapes, roles, the public tracker, every bad input."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from crisiscomms.commitments import service as commitment_service
from crisiscomms.db import utc_now
from crisiscomms.flows import status as status_flow
from crisiscomms.incidents.models import IncidentStatus
from crisiscomms.principal import SYSTEM, Role
from tests.commitments.factories import Scene, first_statement, promise, scene
from tests.factories import auth_headers, make_user

REFUND = "We will refund every failed card payment."
REASON = "The payment provider needs one more day to reverse the charges."


@pytest.fixture
def s(session: Session) -> Scene:
    return scene(session)


@pytest.fixture
def promised(session: Session, s: Scene) -> dict[str, Any]:
    """A published statement promising a public refund and an internal call, due in hours."""
    now = utc_now()
    first_statement(
        session,
        s,
        promise(REFUND, s.author, now + timedelta(hours=2)),
        promise(
            "Support will call every affected merchant.",
            s.author,
            now + timedelta(hours=3),
            public=False,
        ),
        now=now,
    )
    refund, call, update = commitment_service.list_commitments(session, s.incident_id)
    return {"refund": refund.id, "call": call.id, "update": update.id}


def headers(session: Session, role: Role) -> dict[str, str]:
    return auth_headers(session, role)


def test_list_and_read_with_owners_and_reports(
    client: TestClient, session: Session, s: Scene, promised: dict[str, Any]
) -> None:
    viewer = headers(session, Role.VIEWER)
    listed = client.get(f"/api/v1/incidents/{s.incident_id}/commitments", headers=viewer)
    assert listed.status_code == 200, listed.text
    body = listed.json()
    assert [c["kind"] for c in body] == ["promise", "promise", "next_update"]
    assert body[0]["owner_id"] == s.author.user_id and body[0]["reports"] == []
    assert body[2]["owner_id"] == s.commander.user_id
    one = client.get(f"/api/v1/commitments/{promised['refund']}", headers=viewer)
    assert one.status_code == 200 and one.json()["text"] == REFUND
    assert client.get("/api/v1/commitments/999999", headers=viewer).status_code == 404
    assert client.get(f"/api/v1/incidents/{s.incident_id}/commitments").status_code == 401


def test_the_public_tracker_needs_no_sign_in_and_shows_no_owner(
    client: TestClient, s: Scene, promised: dict[str, Any]
) -> None:
    tracker = client.get(f"/api/v1/incidents/{s.incident_id}/commitments/public")
    assert tracker.status_code == 200, tracker.text
    body = tracker.json()
    assert body["incident_id"] == s.incident_id
    assert body["headline"] == "We are investigating a problem with Checkout"
    assert [c["text"] for c in body["commitments"]] == [REFUND, body["commitments"][1]["text"]]
    assert body["commitments"][1]["kind"] == "next_update"
    for item in body["commitments"]:
        assert not {"owner_id", "public", "created_by", "reports"} & set(item)
    assert "@" not in tracker.text


def test_no_public_tracker_before_the_incident_has_spoken(client: TestClient, s: Scene) -> None:
    assert client.get(f"/api/v1/incidents/{s.incident_id}/commitments/public").status_code == 404
    assert client.get("/api/v1/incidents/999999/commitments/public").status_code == 404


def test_keep_miss_withdraw_amend_and_supersede(
    client: TestClient, session: Session, s: Scene, promised: dict[str, Any]
) -> None:
    comms, approver = headers(session, Role.COMMS), headers(session, Role.APPROVER)
    base = f"/api/v1/commitments/{promised['refund']}"
    kept = client.post(
        f"{base}/keep", json={"evidence": "https://status.example.com/r"}, headers=comms
    )
    assert kept.status_code == 200, kept.text
    assert kept.json()["status"] == "kept" and kept.json()["kept_on_time"] is True

    call = f"/api/v1/commitments/{promised['call']}"
    new_date = (utc_now() + timedelta(days=1)).isoformat()
    missed = client.post(
        f"{call}/miss", json={"reason": REASON, "new_due_at": new_date}, headers=comms
    )
    assert missed.status_code == 200, missed.text
    assert missed.json()["status"] == "missed" and missed.json()["redated_to_id"] is not None
    redated = f"/api/v1/commitments/{missed.json()['redated_to_id']}"

    other = make_user(session)
    moved = client.patch(redated, json={"owner_id": other.id}, headers=comms)
    assert moved.status_code == 200 and moved.json()["owner_id"] == other.id

    assert (
        client.post(f"{redated}/supersede", json={"text": "New words."}, headers=comms).status_code
        == 403
    )
    reworded = client.post(
        f"{redated}/supersede", json={"text": "Support will call and email."}, headers=approver
    )
    assert reworded.status_code == 201, reworded.text
    assert reworded.json()["supersedes_id"] == missed.json()["redated_to_id"]
    assert client.get(redated, headers=comms).json()["status"] == "withdrawn"

    newest = f"/api/v1/commitments/{reworded.json()['id']}"
    assert (
        client.post(f"{newest}/withdraw", json={"reason": REASON}, headers=comms).status_code == 403
    )
    withdrawn = client.post(f"{newest}/withdraw", json={"reason": REASON}, headers=approver)
    assert withdrawn.status_code == 200 and withdrawn.json()["withdrawn_reason"] == REASON


def _bad(name: str, method: str, path: str, body: Any, status: int, location: str | None) -> Any:
    return pytest.param(method, path, body, status, location, id=name)


def _future(hours: int = 3) -> str:
    return (utc_now() + timedelta(hours=hours)).isoformat()


BAD = [
    _bad("keep without evidence", "post", "keep", {}, 422, "body.evidence"),
    _bad("keep with blank evidence", "post", "keep", {"evidence": "  "}, 422, "body.evidence"),
    _bad("miss without reason", "post", "miss", {}, 422, "body.reason"),
    _bad("miss with a short reason", "post", "miss", {"reason": "late"}, 422, "body.reason"),
    _bad(
        "re-date in the past",
        "post",
        "miss",
        {"reason": REASON, "new_due_at": "2020-01-01T00:00:00Z"},
        422,
        "body.new_due_at",
    ),
    _bad(
        "re-date naive",
        "post",
        "miss",
        {"reason": REASON, "new_due_at": "2030-01-01T00:00:00"},
        422,
        "body.new_due_at",
    ),
    _bad("withdraw without reason", "post", "withdraw", {}, 422, "body.reason"),
    _bad("withdraw with blank reason", "post", "withdraw", {"reason": "   "}, 422, "body.reason"),
    _bad("change the text", "patch", "", {"text": "We will refund half."}, 409, None),
    _bad("unknown owner", "patch", "", {"owner_id": 999999}, 422, "body.owner_id"),
    _bad("due in the past", "patch", "", {"due_at": "2020-01-01T00:00:00Z"}, 422, "body.due_at"),
    _bad("naive due time", "patch", "", {"due_at": "2030-01-01T00:00:00"}, 422, "body.due_at"),
    _bad("due later than published", "patch", "", {"due_at": "later"}, 409, None),
    _bad("unknown field", "patch", "", {"colour": "red"}, 422, "body.colour"),
    _bad("supersede with the same text", "post", "supersede", {"text": REFUND}, 422, "body.text"),
    _bad(
        "supersede naive",
        "post",
        "supersede",
        {"text": "New.", "due_at": "2030-01-01T00:00:00"},
        422,
        "body.due_at",
    ),
]


@pytest.mark.parametrize(("method", "action", "body", "status", "location"), BAD)
def test_bad_input_is_a_clear_4xx_and_changes_nothing(
    client: TestClient,
    session: Session,
    promised: dict[str, Any],
    method: str,
    action: str,
    body: Any,
    status: int,
    location: str | None,
) -> None:
    approver = headers(session, Role.APPROVER)
    url = f"/api/v1/commitments/{promised['refund']}" + (f"/{action}" if action else "")
    if body.get("due_at") == "later":
        body = {"due_at": _future(hours=30)}
    before = client.get(f"/api/v1/commitments/{promised['refund']}", headers=approver).json()
    response = client.request(method.upper(), url, json=body, headers=approver)
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["message"]
    if location is not None:
        assert location in [d["location"] for d in error["details"]], error
    after = client.get(f"/api/v1/commitments/{promised['refund']}", headers=approver).json()
    assert after == before


def test_a_closed_incidents_commitments_are_refused(
    client: TestClient, session: Session, s: Scene, promised: dict[str, Any]
) -> None:
    for status in (IncidentStatus.RESOLVED, IncidentStatus.CLOSED):
        status_flow.change_status(
            session, s.incident_id, status=status, note=None, actor=SYSTEM, now=utc_now()
        )
    comms = headers(session, Role.COMMS)
    url = f"/api/v1/commitments/{promised['refund']}"
    response = client.post(f"{url}/keep", json={"evidence": "Done, see the ledger."}, headers=comms)
    assert response.status_code == 409 and "closed" in response.json()["error"]["message"]
    assert client.patch(url, json={"owner_id": s.author.user_id}, headers=comms).status_code == 409
    assert client.get(url, headers=comms).json()["status"] == "open"


ROLES = [
    ("post", "keep", {"evidence": "Done."}, Role.VIEWER),
    ("post", "miss", {"reason": REASON}, Role.VIEWER),
    ("patch", "", {"owner_id": 1}, Role.VIEWER),
    ("post", "withdraw", {"reason": REASON}, Role.COMMS),
    ("post", "supersede", {"text": "New words."}, Role.COMMS),
]


@pytest.mark.parametrize(("method", "action", "body", "role"), ROLES)
def test_changes_need_the_right_role(
    client: TestClient,
    session: Session,
    promised: dict[str, Any],
    method: str,
    action: str,
    body: Any,
    role: Role,
) -> None:
    url = f"/api/v1/commitments/{promised['refund']}" + (f"/{action}" if action else "")
    response = client.request(method.upper(), url, json=body, headers=headers(session, role))
    assert response.status_code == 403


def test_metrics_report_and_notifications(
    client: TestClient, session: Session, s: Scene, promised: dict[str, Any]
) -> None:
    viewer, comms = headers(session, Role.VIEWER), headers(session, Role.COMMS)
    client.post(
        f"/api/v1/commitments/{promised['refund']}/keep", json={"evidence": "Done."}, headers=comms
    )
    figures = client.get(f"/api/v1/incidents/{s.incident_id}/metrics", headers=viewer)
    assert figures.status_code == 200, figures.text
    assert figures.json()["commitments"]["made"] == 3
    assert figures.json()["commitments"]["kept_on_time"] == 1
    across = client.get("/api/v1/metrics/commitments", headers=viewer)
    assert across.status_code == 200 and across.json()["incidents"] >= 1
    assert (
        client.get(
            "/api/v1/metrics/commitments?since=2026-01-01T00:00:00", headers=viewer
        ).status_code
        == 422
    )

    markdown = client.get(f"/api/v1/incidents/{s.incident_id}/report", headers=viewer)
    assert markdown.status_code == 200
    assert markdown.headers["content-type"].startswith("text/markdown")
    assert markdown.text.startswith("# Post-incident report: Checkout failing")
    html = client.get(f"/api/v1/incidents/{s.incident_id}/report?format=html", headers=viewer)
    assert html.headers["content-type"].startswith("text/html") and "<h1>" in html.text
    assert (
        client.get(
            f"/api/v1/incidents/{s.incident_id}/report?format=pdf", headers=viewer
        ).status_code
        == 422
    )
    assert client.get("/api/v1/incidents/999999/report", headers=viewer).status_code == 404

    assert client.get("/api/v1/notifications", headers=viewer).status_code == 403
    pending = client.get("/api/v1/notifications?status=pending", headers=comms)
    assert pending.status_code == 200
    assert [n["kind"] for n in pending.json() if n["incident_id"] == s.incident_id] == [
        "kept_notice"
    ]


def test_the_openapi_document_lists_the_routes(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/v1/incidents/{incident_id}/commitments",
        "/api/v1/incidents/{incident_id}/commitments/public",
        "/api/v1/commitments/{commitment_id}/supersede",
        "/api/v1/incidents/{incident_id}/report",
        "/api/v1/notifications",
    ):
        assert path in paths
