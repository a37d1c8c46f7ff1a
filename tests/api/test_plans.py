"""The plans HTTP contract: status codes, shapes, located problems, YAML and JSON bodies."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from crisiscomms.plans.loader import canonical_body, load_plan_text
from crisiscomms.plans.models import Plan
from crisiscomms.principal import Role
from tests.factories import auth_headers

FIXTURE = Path(__file__).resolve().parent.parent / "plans" / "fixtures" / "minimal.yaml"
TEXT = FIXTURE.read_text(encoding="utf-8")
YAML = {"Content-Type": "application/yaml"}
URL = "/api/v1/plans"


@pytest.fixture
def viewer(session: Session) -> dict[str, str]:
    return auth_headers(session, Role.VIEWER)


@pytest.fixture
def approver(session: Session) -> dict[str, str]:
    return auth_headers(session, Role.APPROVER)


def post_yaml(client: TestClient, headers: dict[str, str], text: str = TEXT) -> Any:
    return client.post(URL, content=text.encode(), headers={**headers, **YAML})


@pytest.fixture
def plan_id(client: TestClient, approver: dict[str, str]) -> int:
    response = post_yaml(client, approver)
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def test_create_from_yaml(client: TestClient, approver: dict[str, str]) -> None:
    response = post_yaml(client, approver)
    assert response.status_code == 201, response.text
    data = response.json()
    assert (data["slug"], data["current_version"], data["archived_at"]) == (
        "minimal-outage",
        1,
        None,
    )
    version = data["version"]
    assert (version["version"], version["source"], version["plan_id"]) == (1, "api", data["id"])
    body, _problems = load_plan_text(TEXT, "minimal.yaml")
    assert body is not None and version["body"] == canonical_body(body)
    assert version["body"]["questions"][0]["answer"]["bn"] == "কোনো ডেটা হারায়নি।"


def test_create_from_json(client: TestClient, approver: dict[str, str]) -> None:
    response = client.post(URL, json=yaml.safe_load(TEXT), headers=approver)
    assert response.status_code == 201, response.text
    assert response.json()["version"]["body"]["slug"] == "minimal-outage"


def test_slug_taken_is_409(client: TestClient, approver: dict[str, str], plan_id: int) -> None:
    response = post_yaml(client, approver)
    assert response.status_code == 409
    assert response.json()["error"]["message"] == "a plan with slug 'minimal-outage' already exists"


def test_invalid_yaml_plan_is_422_with_located_problems(
    client: TestClient, approver: dict[str, str], session: Session
) -> None:
    text = TEXT.replace("    update_cadence_minutes: 30", "    update_cadence_minutes: thirty")
    response = post_yaml(client, approver, text)
    assert response.status_code == 422
    error = response.json()["error"]
    assert (error["code"], error["message"]) == ("validation_failed", "plan is invalid: 1 problem")
    assert error["details"] == [
        {
            "location": "severities[0].update_cadence_minutes",
            "message": "expected a whole number, got 'thirty'",
            "type": "plan",
            "line": 16,
            "column": 29,
            "file": "api",
        }
    ]
    assert session.exec(select(Plan)).all() == []


def test_invalid_json_plan_is_located_by_path(client: TestClient, approver: dict[str, str]) -> None:
    data = yaml.safe_load(TEXT)
    data["audiences"][0]["channels"] = ["statuss"]
    response = client.post(URL, json=data, headers=approver)
    assert response.status_code == 422
    [detail] = response.json()["error"]["details"]
    assert (detail["location"], detail["line"], detail["column"]) == (
        "audiences[0].channels[0]",
        None,
        None,
    )
    assert detail["message"].startswith("unknown channel 'statuss' (did you mean 'status'?)")


def test_malformed_json_has_line_and_column(client: TestClient, approver: dict[str, str]) -> None:
    response = client.post(
        URL, content=b'{\n  "slug": }', headers={**approver, "Content-Type": "application/json"}
    )
    assert response.status_code == 422
    [detail] = response.json()["error"]["details"]
    assert (detail["line"], detail["column"], detail["message"]) == (
        2,
        11,
        "malformed JSON: Expecting value",
    )


def test_unsupported_media_type_is_415(client: TestClient, approver: dict[str, str]) -> None:
    response = client.post(
        URL, content=b"<plan/>", headers={**approver, "Content-Type": "application/xml"}
    )
    assert response.status_code == 415
    assert response.json()["error"]["code"] == "unsupported_media_type"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", ""),
        ("PUT", "/{plan_id}"),
        ("POST", "/{plan_id}/archive"),
        ("POST", "/{plan_id}/unarchive"),
    ],
)
def test_viewer_cannot_change_plans(
    client: TestClient, viewer: dict[str, str], plan_id: int, method: str, path: str
) -> None:
    url = URL + path.format(plan_id=plan_id)
    response = client.request(method, url, content=TEXT.encode(), headers={**viewer, **YAML})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", ""),
        ("POST", "/validate"),
        ("POST", ""),
        ("GET", "/1"),
        ("PUT", "/1"),
        ("GET", "/1/versions"),
        ("GET", "/1/versions/1"),
        ("GET", "/1/export"),
    ],
)
def test_anonymous_callers_are_401(client: TestClient, method: str, path: str) -> None:
    response = client.request(method, URL + path, content=TEXT.encode(), headers=YAML)
    assert response.status_code == 401


def test_schema_is_public(client: TestClient) -> None:
    response = client.get(URL + "/schema")
    assert response.status_code == 200
    assert response.json()["title"] == "crisiscomms plan"


def test_validate_reports_without_storing(
    client: TestClient, viewer: dict[str, str], session: Session
) -> None:
    valid = client.post(URL + "/validate", content=TEXT.encode(), headers={**viewer, **YAML})
    assert valid.status_code == 200
    assert valid.json() == {"valid": True, "problems": []}
    broken = TEXT.replace("channels: [email]", "channels: [emial]")
    report = client.post(URL + "/validate", content=broken.encode(), headers={**viewer, **YAML})
    assert report.status_code == 200
    [problem] = report.json()["problems"]
    assert report.json()["valid"] is False
    assert (problem["line"], problem["column"], problem["location"]) == (
        28,
        82,
        "audiences[1].channels[0]",
    )
    assert session.exec(select(Plan)).all() == []


def test_read_list_and_404(client: TestClient, viewer: dict[str, str], plan_id: int) -> None:
    listed = client.get(URL, headers=viewer)
    assert [p["id"] for p in listed.json()] == [plan_id]
    detail = client.get(f"{URL}/{plan_id}", headers=viewer).json()
    assert (detail["current_version"], detail["version"]["version"]) == (1, 1)
    assert detail["version"]["body"]["name"] == "Minimal outage plan"
    missing = client.get(f"{URL}/999999", headers=viewer)
    assert missing.status_code == 404
    assert missing.json()["error"]["message"] == "plan 999999 not found"


def test_update_versions_and_archive(
    client: TestClient, viewer: dict[str, str], approver: dict[str, str], plan_id: int
) -> None:
    url = f"{URL}/{plan_id}"
    changed = TEXT.replace("name: Minimal outage plan", "name: Revised plan")
    response = client.put(url, content=changed.encode(), headers={**approver, **YAML})
    assert response.status_code == 200, response.text
    assert (response.json()["current_version"], response.json()["name"]) == (2, "Revised plan")

    same = client.put(url, content=changed.encode(), headers={**approver, **YAML})
    assert same.json()["version"]["version"] == 2

    other_slug = changed.replace("slug: minimal-outage", "slug: other-plan")
    rejected = client.put(url, content=other_slug.encode(), headers={**approver, **YAML})
    assert rejected.status_code == 422

    versions = client.get(f"{url}/versions", headers=viewer).json()
    assert [v["version"] for v in versions] == [1, 2] and "body" not in versions[0]
    first = client.get(f"{url}/versions/1", headers=viewer).json()
    assert first["body"]["name"] == "Minimal outage plan"
    assert client.get(f"{url}/versions/9", headers=viewer).status_code == 404

    archived = client.post(f"{url}/archive", headers=approver)
    assert archived.status_code == 200 and archived.json()["archived_at"] is not None
    assert client.get(URL, headers=viewer).json() == []
    assert len(client.get(URL, params={"include_archived": True}, headers=viewer).json()) == 1
    assert client.post(f"{url}/archive", headers=approver).status_code == 409
    frozen = client.put(url, content=TEXT.encode(), headers={**approver, **YAML})
    assert frozen.status_code == 409
    assert client.post(f"{url}/unarchive", headers=approver).json()["archived_at"] is None
    assert client.post(f"{url}/unarchive", headers=approver).status_code == 409
    assert (
        client.put(f"{URL}/999999", content=TEXT.encode(), headers={**approver, **YAML}).status_code
        == 404
    )


def test_export_round_trips(
    client: TestClient, viewer: dict[str, str], approver: dict[str, str], plan_id: int
) -> None:
    changed = TEXT.replace("name: Minimal outage plan", "name: Revised plan")
    client.put(f"{URL}/{plan_id}", content=changed.encode(), headers={**approver, **YAML})
    exported = client.get(f"{URL}/{plan_id}/export", params={"version": 1}, headers=viewer)
    assert exported.status_code == 200
    assert exported.headers["content-type"].startswith("application/yaml")
    assert exported.headers["content-disposition"] == (
        'attachment; filename="minimal-outage-v1.yaml"'
    )
    assert "আমার ডেটা কি হারিয়েছে?" in exported.text
    v1 = client.get(f"{URL}/{plan_id}/versions/1", headers=viewer).json()
    assert yaml.safe_load(exported.text) == v1["body"]

    current = client.get(f"{URL}/{plan_id}/export", headers=viewer)
    assert 'filename="minimal-outage-v2.yaml"' in current.headers["content-disposition"]
    reimported = client.put(
        f"{URL}/{plan_id}", content=current.content, headers={**approver, **YAML}
    )
    assert reimported.json()["version"]["version"] == 2, "identical body: no new version"
    assert reimported.json()["version"]["body"] == yaml.safe_load(current.text)


def test_openapi_documents_yaml_bodies(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    content = spec["paths"][URL]["post"]["requestBody"]["content"]
    assert {"application/yaml", "text/yaml", "application/json"} <= set(content)
    assert "application/yaml" in spec["paths"][URL + "/{plan_id}"]["put"]["requestBody"]["content"]


@pytest.mark.parametrize(
    ("change", "location", "message"),
    [
        (
            lambda data: data.update(default_locale="xx-YYYYYYYY"),
            "default_locale",
            "default_locale: 'xx-YYYYYYYY' is not a valid IETF BCP 47 language tag",
        ),
        (
            lambda data: data["make_good"].update(currency="ABC"),
            "make_good.currency",
            "make_good.currency: 'ABC' is not an ISO 4217 currency code",
        ),
    ],
    ids=["locale", "currency"],
)
def test_values_the_world_defines_are_checked_by_their_libraries(
    client: TestClient, approver: dict[str, str], change: Any, location: str, message: str
) -> None:
    data = yaml.safe_load(TEXT)
    change(data)
    response = client.post(URL, json=data, headers=approver)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "validation_failed"
    [detail] = error["details"]
    assert detail["location"] == location
    assert detail["message"].startswith(message)
