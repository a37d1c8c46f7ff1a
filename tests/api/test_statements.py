"""The statements HTTP contract, and every kind of bad input the issue names."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient
from sqlmodel import Session

from crisiscomms.principal import Role
from crisiscomms.statements.models import Statement
from tests.conftest import PLANS_DIR, load_library_plan
from tests.factories import auth_headers, make_user, sign_in
from tests.statements.factories import make_incident


@pytest.fixture
def comms(session: Session) -> dict[str, str]:
    return auth_headers(session, Role.COMMS)


@pytest.fixture
def drafted(client: TestClient, session: Session, comms: dict[str, str]) -> dict[str, Any]:
    incident = make_incident(session)
    response = client.post(f"/api/v1/incidents/{incident.id}/statements", json={}, headers=comms)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def save(
    client: TestClient, headers: dict[str, str], statement: dict[str, Any], content: Any
) -> Any:
    return client.put(
        f"/api/v1/statements/{statement['id']}",
        json={"content": content, "base_revision": statement["revision"]},
        headers=headers,
    )


def test_draft_read_save_and_list(
    client: TestClient, comms: dict[str, str], drafted: dict[str, Any]
) -> None:
    assert drafted["status"] == "draft" and drafted["revision"] == 1
    assert set(drafted["content"]["locales"]) == {"en", "bn"}
    assert {"findings", "score", "passed"} <= set(drafted["check_report"])
    content = copy.deepcopy(drafted["content"])
    content["locales"]["en"]["sections"]["headline"] = "Card payments failing at checkout"
    saved = save(client, comms, drafted, content)
    assert saved.status_code == 200, saved.text
    assert saved.json()["revision"] == 2
    url = f"/api/v1/statements/{drafted['id']}"
    assert [r["number"] for r in client.get(f"{url}/revisions", headers=comms).json()] == [1, 2]
    diff = client.get(f"{url}/diff?from=1&to=2", headers=comms).json()
    assert [c["section"] for c in diff["changes"]] == ["headline"]
    listed = client.get(f"/api/v1/incidents/{drafted['incident_id']}/statements", headers=comms)
    assert [s["id"] for s in listed.json()] == [drafted["id"]]


def test_live_check_of_unsaved_text(
    client: TestClient, comms: dict[str, str], drafted: dict[str, Any]
) -> None:
    content = copy.deepcopy(drafted["content"])
    content["locales"]["en"]["sections"]["apology"] = "We regret any inconvenience."
    report = client.post(
        f"/api/v1/statements/{drafted['id']}/check", json={"content": content}, headers=comms
    ).json()
    rules = {f["rule"] for f in report["findings"]}
    assert "non_apology" in rules
    assert client.get(f"/api/v1/statements/{drafted['id']}", headers=comms).json()["revision"] == 1


def _set(content: dict[str, Any], section: str, value: str) -> dict[str, Any]:
    changed = copy.deepcopy(content)
    changed["locales"]["en"]["sections"][section] = value
    return changed


BAD_CONTENT = [
    ("empty section", lambda c: _set(c, "apology", "   "), "content.locales.en.sections.apology"),
    (
        "over the size limit",
        lambda c: _set(c, "impact", "x" * 4001),
        "content.locales.en.sections.impact",
    ),
    (
        "NUL byte",
        lambda c: _set(c, "impact", "Affected\x00customers"),
        "content.locales.en.sections.impact",
    ),
    (
        "control character",
        lambda c: _set(c, "headline", "Out\x1bage"),
        "content.locales.en.sections.headline",
    ),
    (
        "invalid locale tag",
        lambda c: {**c, "locales": {**c["locales"], "english!": c["locales"]["en"]}},
        "content.locales",
    ),
    (
        "unknown locale",
        lambda c: {**c, "locales": {**c["locales"], "fr": c["locales"]["en"]}},
        "content.locales.fr",
    ),
    ("unknown field", lambda c: {**c, "tone": "calm"}, "content.tone"),
    (
        "naive next update",
        lambda c: {**c, "next_update_at": "2026-11-22T10:00:00"},
        "content.next_update_at",
    ),
]


@pytest.mark.parametrize(
    ("name", "mutate", "location"), BAD_CONTENT, ids=[b[0] for b in BAD_CONTENT]
)
def test_bad_content_is_a_clear_422_and_changes_nothing(
    client: TestClient,
    session: Session,
    comms: dict[str, str],
    drafted: dict[str, Any],
    name: str,
    mutate: Any,
    location: str,
) -> None:
    response = save(client, comms, drafted, mutate(drafted["content"]))
    assert response.status_code == 422, response.text
    locations = [d["location"] for d in response.json()["error"]["details"]]
    assert any(loc.startswith("body." + location) for loc in locations), locations
    statement = session.get(Statement, drafted["id"])
    assert statement is not None and statement.revision == 1


def test_workflow_over_http(
    client: TestClient, session: Session, comms: dict[str, str], drafted: dict[str, Any]
) -> None:
    url = f"/api/v1/statements/{drafted['id']}"
    approver = auth_headers(session, Role.APPROVER)
    commander = auth_headers(session, Role.COMMANDER)
    assert client.post(f"{url}/publish", headers=commander).status_code == 409
    assert client.post(f"{url}/submit", headers=comms).json()["status"] == "in_review"
    assert client.post(f"{url}/approve", json={}, headers=comms).status_code == 403
    statement = session.get(Statement, drafted["id"])
    assert statement is not None
    if not statement.check_passed:
        refused = client.post(f"{url}/approve", json={}, headers=approver)
        assert refused.status_code == 422
        assert "override_reason" in refused.json()["error"]["message"]
    approved = client.post(
        f"{url}/approve",
        json={"override_reason": "Reviewed by legal; wording required as is."},
        headers=approver,
    )
    assert approved.status_code == 200, approved.text
    assert client.post(f"{url}/publish", headers=approver).status_code == 403
    published = client.post(f"{url}/publish", headers=commander)
    assert published.status_code == 200, published.text
    assert published.json()["status"] == "published"
    assert save(client, comms, published.json(), drafted["content"]).status_code == 409


def test_approving_your_own_statement_is_403(
    client: TestClient, session: Session, drafted: dict[str, Any]
) -> None:
    user = make_user(session, role=Role.APPROVER)
    csrf = sign_in(client, user.email)
    content = _set(drafted["content"], "headline", "Card payments failing at checkout")
    saved = save(client, csrf, drafted, content)
    assert saved.status_code == 200, saved.text
    url = f"/api/v1/statements/{drafted['id']}"
    assert client.post(f"{url}/submit", headers=csrf).status_code == 200
    refused = client.post(
        f"{url}/approve", json={"override_reason": "I wrote it and it is fine."}, headers=csrf
    )
    assert refused.status_code == 403
    assert "two-person rule" in refused.json()["error"]["message"]
    assert client.get(url).json()["status"] == "in_review"


def test_viewer_cannot_draft_or_edit(
    client: TestClient, session: Session, drafted: dict[str, Any]
) -> None:
    viewer = auth_headers(session, Role.VIEWER)
    assert (
        client.post(
            f"/api/v1/incidents/{drafted['incident_id']}/statements", json={}, headers=viewer
        ).status_code
        == 403
    )
    assert save(client, viewer, drafted, drafted["content"]).status_code == 403
    assert client.get(f"/api/v1/statements/{drafted['id']}", headers=viewer).status_code == 200


def test_unknown_statement_is_404(client: TestClient, comms: dict[str, str]) -> None:
    response = client.get("/api/v1/statements/987654", headers=comms)
    assert response.status_code == 404
    assert response.json()["error"]["message"] == "statement 987654 not found"


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("We are sorry, {{ incidnet.title }}.", "unknown variable 'incidnet'"),
        ("We are sorry {{ org.name }.", "template syntax error"),
        ("{{ ''.__class__.__mro__ }}", "refused"),
    ],
)
def test_bad_templates_never_reach_a_statement(
    client: TestClient, session: Session, template: str, message: str
) -> None:
    body = yaml.safe_load((PLANS_DIR / "service-outage.yaml").read_text())
    body["slug"] = "bad-template-plan"
    body["templates"]["investigating"]["en"]["apology"] = template
    response = client.post("/api/v1/plans", json=body, headers=auth_headers(session, Role.APPROVER))
    assert response.status_code == 422
    assert message in response.text


@pytest.mark.parametrize("locale", ["en", "bn"])
def test_previews_of_every_channel(
    client: TestClient, comms: dict[str, str], drafted: dict[str, Any], locale: str
) -> None:
    url = f"/api/v1/statements/{drafted['id']}/renditions"
    thread = client.get(f"{url}/x?locale={locale}", headers=comms).json()
    assert thread["unit"] == "posts" and thread["length"] == len(thread["rendition"]["posts"])
    assert all(post["weighted_length"] <= 280 for post in thread["rendition"]["posts"])
    sms = client.get(f"{url}/sms?locale={locale}", headers=comms).json()["rendition"]
    assert sms["encoding"] == ("GSM-7" if locale == "en" else "UCS-2") and sms["segments"] >= 1
    email = client.get(f"{url}/email?locale={locale}", headers=comms).json()["rendition"]
    assert email["subject"] and "\n" not in email["subject"] and "<" in email["html"]
    page = client.get(f"{url}/status_page?locale={locale}", headers=comms).json()["rendition"]
    assert page["markdown"] and page["html"].startswith("<")
    hook = client.get(f"{url}/webhook?locale={locale}", headers=comms).json()["rendition"]
    assert hook["payload"]["type"] == "statement.published"
    assert hook["payload"]["data"]["statement_id"] == drafted["id"]


def test_preview_errors(client: TestClient, comms: dict[str, str], drafted: dict[str, Any]) -> None:
    url = f"/api/v1/statements/{drafted['id']}/renditions"
    assert client.get(f"{url}/fax", headers=comms).status_code == 404
    missing = client.get(f"{url}/sms?locale=fr", headers=comms)
    assert missing.status_code == 404 and "'fr'" in missing.json()["error"]["message"]
    assert client.get(f"{url}/sms").status_code == 401


def _approved_over_http(
    client: TestClient, session: Session, comms: dict[str, str], incident_id: int
) -> str:
    drafted = client.post(f"/api/v1/incidents/{incident_id}/statements", json={}, headers=comms)
    assert drafted.status_code == 201, drafted.text
    url = f"/api/v1/statements/{drafted.json()['id']}"
    assert client.post(f"{url}/submit", headers=comms).status_code == 200
    approved = client.post(
        f"{url}/approve",
        json={"override_reason": "Reviewed by legal; wording required as is."},
        headers=auth_headers(session, Role.APPROVER),
    )
    assert approved.status_code == 200, approved.text
    return url


def test_who_publishes_is_the_plans_choice(
    client: TestClient, session: Session, comms: dict[str, str]
) -> None:
    """By default only a commander publishes; a plan may let comms staff publish approved
    statements (`approval.publish_role`), and nobody below that role can."""
    default = _approved_over_http(client, session, comms, make_incident(session).id or 0)
    refused = client.post(f"{default}/publish", headers=comms)
    assert refused.status_code == 403
    assert "only a commander" in refused.json()["error"]["message"]
    assert "approval.publish_role" in refused.json()["error"]["message"]

    body = load_library_plan("service-outage")
    body = body.model_copy(
        update={
            "slug": "outage-comms-publish",
            "approval": body.approval.model_copy(update={"publish_role": "comms"}),
        }
    )
    url = _approved_over_http(client, session, comms, make_incident(session, body).id or 0)
    viewer = auth_headers(session, Role.VIEWER)
    assert client.post(f"{url}/publish", headers=viewer).status_code == 403
    published = client.post(f"{url}/publish", headers=comms)
    assert published.status_code == 200, published.text
    assert published.json()["status"] == "published"
