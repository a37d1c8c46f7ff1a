"""API keys over HTTP: the token is shown once and never again, anywhere."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select as core_select
from sqlmodel import Session

from crisiscomms import models
from crisiscomms.db import utc_now
from crisiscomms.principal import Role
from tests.factories import auth_headers, make_api_key

KEYS = "/api/v1/api-keys"


@pytest.fixture
def admin(session: Session) -> dict[str, str]:
    return auth_headers(session, Role.ADMIN)


def test_token_is_shown_once_and_never_again(
    client: TestClient, session: Session, admin: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    created = client.post(KEYS, json={"name": "status page", "role": "comms"}, headers=admin)
    assert created.status_code == 201, created.text
    body = created.json()
    token = body["token"]
    assert token.startswith("cck_") and len(token) >= 47
    assert body["prefix"] == token[:12]
    assert "digest" not in body

    used = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert used.status_code == 200 and used.json()["role"] == "comms"

    later = [
        client.get(KEYS, headers=admin),
        client.get("/api/v1/audit", headers=admin),
        client.get("/api/v1/audit?target_type=api_key", headers=admin),
        client.delete(f"{KEYS}/{body['id']}", headers=admin),
        client.get(KEYS, headers=admin),
    ]
    for response in later:
        assert response.status_code == 200
        assert token not in response.text
        assert "digest" not in response.text
    listed = {k["id"]: k for k in later[0].json()}
    assert "token" not in listed[body["id"]]

    scanned = []
    for table in models.metadata.sorted_tables:
        for row in session.connection().execute(core_select(table)):
            for value in row:
                scanned.append(str(value))
                assert token not in str(value), f"token found in table {table.name}"
    assert body["prefix"] in scanned  # the scan does see what the app wrote
    assert token not in caplog.text
    for record in caplog.records:
        assert token not in str(record.args) and token not in str(record.__dict__)


def test_using_a_key_records_its_last_use(client: TestClient, session: Session) -> None:
    key, token = make_api_key(session, role=Role.VIEWER)
    assert key.last_used_at is None
    assert (
        client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"}).status_code
        == 200
    )
    session.refresh(key)
    assert key.last_used_at is not None


def test_revoked_key_stops_working(
    client: TestClient, session: Session, admin: dict[str, str]
) -> None:
    created = client.post(KEYS, json={"name": "temp", "role": "viewer"}, headers=admin).json()
    bearer = {"Authorization": f"Bearer {created['token']}"}
    assert client.get("/api/v1/auth/me", headers=bearer).status_code == 200
    revoked = client.delete(f"{KEYS}/{created['id']}", headers=admin)
    assert revoked.status_code == 200 and revoked.json()["revoked_at"] is not None
    assert "token" not in revoked.json()
    response = client.get("/api/v1/auth/me", headers=bearer)
    assert response.status_code == 401 and "revoked" in response.json()["error"]["message"]
    assert client.delete(f"{KEYS}/{created['id']}", headers=admin).status_code == 200


def test_expiry(client: TestClient, admin: dict[str, str]) -> None:
    soon = (utc_now() + timedelta(days=30)).isoformat()
    created = client.post(
        KEYS, json={"name": "a", "role": "viewer", "expires_at": soon}, headers=admin
    )
    assert created.status_code == 201 and created.json()["expires_at"] is not None


@pytest.mark.parametrize(
    "body",
    [
        {"name": "a", "role": "viewer", "expires_at": "2035-01-01T00:00:00"},
        {"name": "a", "role": "viewer", "expires_at": "2001-01-01T00:00:00Z"},
        {"name": "a", "role": "viewer", "token": "cck_choose-my-own"},
        {"name": "a", "role": "superuser"},
        {"name": "", "role": "viewer"},
        {"role": "viewer"},
    ],
    ids=["naive-expiry", "past-expiry", "unknown-field", "bad-role", "blank-name", "no-name"],
)
def test_create_validates(
    client: TestClient, admin: dict[str, str], body: dict[str, object]
) -> None:
    response = client.post(KEYS, json=body, headers=admin)
    assert response.status_code == 422, response.text


def test_unknown_key_is_404(client: TestClient, admin: dict[str, str]) -> None:
    response = client.delete(f"{KEYS}/999999", headers=admin)
    assert response.status_code == 404
    assert response.json()["error"]["message"] == "no API key with id 999999"
