"""The Statuspage-compatible JSON over HTTP: no sign-in, cacheable, CORS on these GETs only."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from crisiscomms.db import utc_now
from tests.conftest import PUBLIC_CACHE_CONTROL
from tests.statements.factories import make_incident
from tests.statuspage.factories import publish_holding

PATHS = [
    "/api/v2/summary.json",
    "/api/v2/status.json",
    "/api/v2/components.json",
    "/api/v2/incidents.json",
    "/api/v2/incidents/unresolved.json",
    "/api/v2/scheduled-maintenances.json",
]


@pytest.mark.parametrize("path", PATHS)
def test_public_cacheable_and_readable_from_anywhere(client: TestClient, path: str) -> None:
    response = client.get(path, headers={"Origin": "https://widgets.example"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.headers["cache-control"] == PUBLIC_CACHE_CONTROL
    assert response.headers["access-control-allow-origin"] == "*"
    assert "content-security-policy" in response.headers
    assert "set-cookie" not in response.headers


def test_cors_is_only_on_the_public_json(client: TestClient) -> None:
    response = client.get("/api/v1/incidents", headers={"Origin": "https://widgets.example"})
    assert response.status_code == 401
    assert "access-control-allow-origin" not in response.headers


@pytest.mark.parametrize("path", PATHS)
def test_writes_are_refused(client: TestClient, path: str) -> None:
    assert client.post(path, json={}).status_code == 405


def test_lang_picks_the_update_language_and_bad_values_are_ignored(
    client: TestClient, session: Session
) -> None:
    incident = make_incident(session)
    publish_holding(session, incident, now=utc_now() - timedelta(minutes=1))
    bodies = {
        lang: client.get("/api/v2/incidents/unresolved.json", params={"lang": lang}).json()
        for lang in ("bn", "en", "fr", "<x>")
    }
    body = {k: v["incidents"][0]["incident_updates"][0]["body"] for k, v in bodies.items()}
    assert "### কী ঘটেছে" in body["bn"]
    assert "### What happened" in body["en"]
    assert body["fr"] == body["<x>"] == body["en"]
    too_long = client.get("/api/v2/summary.json", params={"lang": "x" * 36})
    assert too_long.status_code == 422


def test_the_openapi_document_describes_the_shapes(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for path in PATHS:
        assert path in schema["paths"]
    incident = schema["components"]["schemas"]["Incident"]["properties"]
    assert {"next_update_at", "commitments", "incident_updates", "shortlink"} <= set(incident)
    assert "/status" not in schema["paths"]
