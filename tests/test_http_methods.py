"""HEAD and OPTIONS on every GET route of the route table: HEAD answers the GET's status and
headers without a body, OPTIONS answers 204 with `Allow`."""

from __future__ import annotations

import re

import pytest
from fastapi import FastAPI
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient
from sqlmodel import Session

from crisiscomms.db import utc_now
from crisiscomms.plans.models import PlanVersion
from crisiscomms.principal import Role
from tests.factories import make_user
from tests.statements.factories import make_incident
from tests.statuspage.factories import publish_holding
from tests.web.helpers import page_sign_in

VARYING = {"date", "x-request-id", "set-cookie"}
"""Headers that differ from one request to the next, whatever the method."""
MUST_BE_COVERED = {
    "/healthz",
    "/readyz",
    "/status",
    "/status/feed.atom",
    "/status/feed.rss",
    "/api/v2/summary.json",
    "/api/v2/status.json",
    "/api/v2/components.json",
    "/api/v2/incidents.json",
    "/api/v2/incidents/unresolved.json",
    "/api/v2/scheduled-maintenances.json",
    "/openapi.json",
}
PARAMETER = re.compile(r"\{(\w+)(?::\w+)?\}")


def get_paths(app: FastAPI) -> list[str]:
    """The path of every route that takes GET, as written in the route table."""
    paths = [
        context.path_format or ""
        for context in iter_route_contexts(app.routes)
        if "GET" in (context.methods or ())
    ]
    return sorted(set(paths))


@pytest.fixture
def ids(session: Session, outage_plan: PlanVersion) -> dict[str, str]:
    """A real record for each path parameter the routes have (the rest answer 404)."""
    incident = make_incident(session)
    statement = publish_holding(session, incident, now=utc_now())
    session.commit()
    return {
        "plan_id": str(outage_plan.plan_id),
        "version": str(outage_plan.version),
        "incident_id": str(incident.id),
        "statement_id": str(statement.id),
        "number": "1",
        "channel": "x",
        "token": "not-a-token",
    }


def test_head_and_options_on_every_get_route(
    client: TestClient, app: FastAPI, session: Session, ids: dict[str, str]
) -> None:
    page_sign_in(client, make_user(session, role=Role.ADMIN).email)
    paths = get_paths(app)
    assert MUST_BE_COVERED <= set(paths)
    problems: list[str] = []
    statuses: dict[str, int] = {}
    for template in paths:
        path = PARAMETER.sub(lambda m: ids.get(m.group(1), "1"), template)
        get = client.get(path, follow_redirects=False)
        head = client.head(path, follow_redirects=False)
        statuses[template] = get.status_code
        if head.status_code != get.status_code:
            problems.append(f"HEAD {path}: {head.status_code}, GET {get.status_code}")
        if head.content:
            problems.append(f"HEAD {path}: a body of {len(head.content)} bytes")
        got = {k: v for k, v in head.headers.items() if k not in VARYING}
        expected = {k: v for k, v in get.headers.items() if k not in VARYING}
        if got != expected:
            problems.append(f"HEAD {path}: headers {got} differ from GET's {expected}")
        options = client.options(path)
        allow = [m.strip() for m in options.headers.get("allow", "").split(",")]
        if options.status_code != 204 or not {"GET", "HEAD", "OPTIONS"} <= set(allow):
            problems.append(f"OPTIONS {path}: {options.status_code}, Allow {allow}")
        if options.content:
            problems.append(f"OPTIONS {path}: a body of {len(options.content)} bytes")
    assert problems == []
    # the records are real, so most routes answer their content, not an error
    assert all(statuses[path] == 200 for path in MUST_BE_COVERED), statuses
    assert sum(status == 200 for status in statuses.values()) >= len(paths) * 2 // 3, statuses


def test_options_names_every_method_and_a_405_says_the_same(
    client: TestClient, session: Session
) -> None:
    options = client.options("/api/v1/incidents")
    assert options.status_code == 204
    assert options.headers["allow"] == "GET, HEAD, POST, OPTIONS"
    assert options.headers["x-content-type-options"] == "nosniff"  # the usual headers too
    refused = client.delete("/healthz")
    assert refused.status_code == 405
    assert refused.headers["allow"] == "GET, HEAD, OPTIONS"
    assert refused.json()["error"]["code"] == "method_not_allowed"
    # HEAD where only POST is routed: the GET's 405, without a body
    head = client.head("/api/v1/auth/login")
    assert head.status_code == 405
    assert head.headers["allow"] == "POST, OPTIONS"
    assert head.content == b""


def test_options_on_an_unknown_path_is_the_apps_404(client: TestClient) -> None:
    response = client.options("/no/such/path")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_static_files_take_get_and_head(client: TestClient) -> None:
    options = client.options("/static/app.css")
    assert options.status_code == 204
    assert options.headers["allow"] == "GET, HEAD, OPTIONS"
