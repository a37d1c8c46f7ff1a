"""Role by route: every route of accounts and audit refuses callers below its role."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, func, select

from crisiscomms.audit.models import AuditEvent
from crisiscomms.principal import Role
from tests.factories import auth_headers, make_api_key, make_user, sign_in

# (method, path, body, role needed); {user_id} and {api_key_id} are filled per test.
ROUTES: list[tuple[str, str, dict[str, Any] | None, Role]] = [
    ("GET", "/api/v1/auth/me", None, Role.VIEWER),
    ("POST", "/api/v1/auth/logout", None, Role.VIEWER),
    ("GET", "/api/v1/users", None, Role.ADMIN),
    (
        "POST",
        "/api/v1/users",
        {"email": "made@example.org", "name": "M", "role": "viewer", "password": "x" * 12},
        Role.ADMIN,
    ),
    ("GET", "/api/v1/users/{user_id}", None, Role.ADMIN),
    ("PATCH", "/api/v1/users/{user_id}", {"name": "Changed"}, Role.ADMIN),
    ("GET", "/api/v1/api-keys", None, Role.ADMIN),
    ("POST", "/api/v1/api-keys", {"name": "k", "role": "viewer"}, Role.ADMIN),
    ("DELETE", "/api/v1/api-keys/{api_key_id}", None, Role.ADMIN),
    ("GET", "/api/v1/audit", None, Role.ADMIN),
]
MUTATING = [route for route in ROUTES if route[0] != "GET" and route[1] != "/api/v1/auth/logout"]
ROUTE_IDS = [f"{method} {path}" for method, path, _body, _role in ROUTES]


def fill(session: Session, path: str) -> str:
    user = make_user(session, role=Role.VIEWER)
    key, _token = make_api_key(session, role=Role.VIEWER)
    return path.format(user_id=user.id, api_key_id=key.id)


@pytest.mark.parametrize("role", list(Role), ids=[r.value for r in Role])
@pytest.mark.parametrize(("method", "path", "body", "needed"), ROUTES, ids=ROUTE_IDS)
def test_role_table(
    client: TestClient,
    session: Session,
    method: str,
    path: str,
    body: dict[str, Any] | None,
    needed: Role,
    role: Role,
) -> None:
    response = client.request(
        method, fill(session, path), json=body, headers=auth_headers(session, role)
    )
    if role.includes(needed):
        assert response.status_code not in (401, 403), response.text
    else:
        assert response.status_code == 403
        message = response.json()["error"]["message"]
        assert needed.value in message and role.value in message


@pytest.mark.parametrize(("method", "path", "body", "needed"), ROUTES, ids=ROUTE_IDS)
def test_no_credentials_is_401(
    client: TestClient,
    session: Session,
    method: str,
    path: str,
    body: dict[str, Any] | None,
    needed: Role,
) -> None:
    response = client.request(method, fill(session, path), json=body)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("via", ["api_key", "session"])
def test_a_viewer_cannot_change_anything(client: TestClient, session: Session, via: str) -> None:
    if via == "api_key":
        headers = auth_headers(session, Role.VIEWER)
    else:
        headers = sign_in(client, make_user(session, role=Role.VIEWER).email)
    requests = [(method, fill(session, path), body) for method, path, body, _needed in MUTATING]
    audited = session.exec(select(func.count()).select_from(AuditEvent)).one()
    for method, path, body in requests:
        response = client.request(method, path, json=body, headers=headers)
        assert response.status_code == 403, f"{method} {path}: {response.text}"
    session.expire_all()
    assert session.exec(select(func.count()).select_from(AuditEvent)).one() == audited
