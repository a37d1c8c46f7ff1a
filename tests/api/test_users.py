"""User administration over HTTP: shapes, status codes, the last admin."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from crisiscomms.accounts.models import User
from crisiscomms.principal import Role
from tests.factories import auth_headers, make_user, sign_in

USERS = "/api/v1/users"
NEW_USER = {
    "email": "New.Person@Example.org",
    "name": "New Person",
    "role": "comms",
    "password": "a long enough password",
}


@pytest.fixture
def admin(session: Session) -> dict[str, str]:
    return auth_headers(session, Role.ADMIN)


def test_create_read_list_update(
    client: TestClient, session: Session, admin: dict[str, str]
) -> None:
    created = client.post(USERS, json=NEW_USER, headers=admin)
    assert created.status_code == 201, created.text
    user = created.json()
    assert user["email"] == "new.person@example.org"
    assert user["role"] == "comms" and user["active"] is True
    assert user["must_change_password"] is True
    assert set(user) == {
        "id",
        "email",
        "name",
        "role",
        "active",
        "must_change_password",
        "created_at",
        "last_login_at",
    }

    read = client.get(f"{USERS}/{user['id']}", headers=admin)
    assert read.status_code == 200 and read.json() == user
    listed = client.get(USERS, headers=admin)
    assert user in listed.json()

    patched = client.patch(
        f"{USERS}/{user['id']}", json={"name": "Renamed", "role": "approver"}, headers=admin
    )
    assert patched.status_code == 200
    assert (patched.json()["name"], patched.json()["role"]) == ("Renamed", "approver")


def test_responses_never_carry_the_hash(
    client: TestClient, session: Session, admin: dict[str, str]
) -> None:
    user = make_user(session)
    for response in (
        client.get(USERS, headers=admin),
        client.get(f"{USERS}/{user.id}", headers=admin),
        client.post(USERS, json=NEW_USER, headers=admin),
    ):
        assert "password_hash" not in response.text and "$argon2" not in response.text
        assert NEW_USER["password"] not in response.text


def test_duplicate_email_is_409(
    client: TestClient, session: Session, admin: dict[str, str]
) -> None:
    make_user(session, email="new.person@example.org")
    response = client.post(USERS, json=NEW_USER, headers=admin)
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "conflict"


@pytest.mark.parametrize(
    "change",
    [
        {"extra": 1},
        {"email": "bad"},
        {"password": "short"},
        {"role": "overlord"},
        {"password_hash": "$argon2id$..."},
    ],
    ids=["unknown-field", "bad-email", "short-password", "bad-role", "hash-field"],
)
def test_create_validates(
    client: TestClient, admin: dict[str, str], change: dict[str, object]
) -> None:
    response = client.post(USERS, json={**NEW_USER, **change}, headers=admin)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "validation_failed"


@pytest.mark.parametrize(
    "body", [{"email": "x@example.org"}, {"active": "maybe"}, {"role": "root"}, {"id": 5}]
)
def test_update_validates(
    client: TestClient, session: Session, admin: dict[str, str], body: dict[str, object]
) -> None:
    user = make_user(session)
    assert client.patch(f"{USERS}/{user.id}", json=body, headers=admin).status_code == 422


@pytest.mark.parametrize(
    ("method", "body"), [("get", None), ("patch", {"name": "Ghost"})], ids=["read", "update"]
)
def test_unknown_user_is_404(
    client: TestClient, admin: dict[str, str], method: str, body: dict[str, object] | None
) -> None:
    response = client.request(method, f"{USERS}/999999", json=body, headers=admin)
    assert response.status_code == 404
    assert response.json()["error"]["message"] == "no user with id 999999"


def test_non_numeric_id_is_422(client: TestClient, admin: dict[str, str]) -> None:
    assert client.get(f"{USERS}/abc", headers=admin).status_code == 422


def test_the_last_active_admin_cannot_step_down(client: TestClient, session: Session) -> None:
    for other in session.exec(select(User).where(User.role == Role.ADMIN)).all():
        other.active = False
        session.add(other)
    me = make_user(session, role=Role.ADMIN)
    csrf = sign_in(client, me.email)
    for change in ({"role": "commander"}, {"active": False}):
        response = client.patch(f"{USERS}/{me.id}", json=change, headers=csrf)
        assert response.status_code == 409
        assert "last active administrator" in response.json()["error"]["message"]
    # With a second admin it works, and the demotion takes effect on the very next request.
    make_user(session, role=Role.ADMIN)
    assert (
        client.patch(f"{USERS}/{me.id}", json={"role": "viewer"}, headers=csrf).status_code == 200
    )
    assert client.get(USERS).status_code == 403


def test_deactivated_users_are_signed_out(
    client: TestClient, session: Session, admin: dict[str, str]
) -> None:
    user = make_user(session)
    sign_in(client, user.email)
    assert client.get("/api/v1/auth/me").status_code == 200
    response = client.patch(f"{USERS}/{user.id}", json={"active": False}, headers=admin)
    assert response.status_code == 200 and response.json()["active"] is False
    assert client.get("/api/v1/auth/me").status_code == 401
