"""The sign-in contract: cookies, CSRF, throttling, expiry and the 401/403 answers."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from crisiscomms.accounts import service as account_service
from crisiscomms.accounts.models import LoginAttempt, WebSession
from crisiscomms.config import Settings
from crisiscomms.db import utc_now
from crisiscomms.principal import SYSTEM, Role
from tests.factories import DEFAULT_PASSWORD, auth_headers, make_user, sign_in

LOGIN = "/api/v1/auth/login"
ME = "/api/v1/auth/me"
LOGOUT = "/api/v1/auth/logout"
PASSWORD = "/api/v1/auth/password"
NEW_PASSWORD = "a brand new password"


def test_login_sets_a_hardened_cookie(
    client: TestClient, session: Session, settings: Settings
) -> None:
    user = make_user(session, role=Role.APPROVER, email="ann@example.org")
    response = client.post(LOGIN, json={"email": "Ann@Example.org", "password": DEFAULT_PASSWORD})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["user"]["id"] == user.id and body["user"]["role"] == "approver"
    assert "password_hash" not in body["user"]
    assert len(body["csrf_token"]) >= 43
    cookie = response.headers["set-cookie"]
    name = settings.session_cookie_name
    assert name.startswith("__Host-")
    assert cookie.startswith(f"{name}=")
    token = cookie.split(";")[0].split("=", 1)[1]
    assert token not in response.text
    attributes = {part.strip().split("=")[0].lower() for part in cookie.split(";")[1:]}
    assert {"httponly", "secure", "samesite", "path"} <= attributes
    assert "domain" not in attributes
    assert "samesite=lax" in cookie.lower() and "path=/" in cookie.lower()

    me = client.get(ME)
    assert me.status_code == 200
    assert me.json()["kind"] == "user" and me.json()["user"]["email"] == "ann@example.org"


def test_insecure_cookie_setting_drops_secure_and_host_prefix(settings: Settings) -> None:
    relaxed = settings.model_copy(update={"cookie_secure": False})
    assert relaxed.session_cookie_name == "crisiscomms_session"


@pytest.mark.parametrize(
    "credentials",
    [
        {"email": "ann@example.org", "password": "not the password"},
        {"email": "nobody@example.org", "password": DEFAULT_PASSWORD},
    ],
    ids=["wrong-password", "unknown-email"],
)
def test_login_failures_say_the_same(
    client: TestClient, session: Session, credentials: dict[str, str]
) -> None:
    make_user(session, email="ann@example.org")
    response = client.post(LOGIN, json=credentials)
    assert response.status_code == 401
    assert response.json()["error"]["message"] == "email or password is incorrect"
    assert "set-cookie" not in response.headers


def test_failed_logins_are_kept_and_throttle_even_the_right_password(
    client: TestClient, session: Session, settings: Settings
) -> None:
    user = make_user(session)
    for _ in range(settings.login_max_failures):
        wrong = client.post(LOGIN, json={"email": user.email, "password": "wrong password!!"})
        assert wrong.status_code == 401
    # The request rolled back, yet each failure was committed for the throttle to count.
    failures = session.exec(select(LoginAttempt).where(LoginAttempt.email == user.email)).all()
    assert len(failures) == settings.login_max_failures
    right = client.post(LOGIN, json={"email": user.email, "password": DEFAULT_PASSWORD})
    assert right.status_code == 429
    error = right.json()["error"]
    assert error["code"] == "too_many_requests"
    assert "try again after" in error["message"]
    assert error["details"][0]["retry_after_seconds"] > 0
    assert "set-cookie" not in right.headers


def test_inactive_users_cannot_sign_in(client: TestClient, session: Session) -> None:
    user = make_user(session, active=False)
    response = client.post(LOGIN, json={"email": user.email, "password": DEFAULT_PASSWORD})
    assert response.status_code == 401


@pytest.mark.parametrize(
    "body",
    [
        {"email": "a@example.org", "password": DEFAULT_PASSWORD, "remember": True},
        {"email": "a@example.org"},
        {},
    ],
    ids=["unknown-field", "missing-password", "empty"],
)
def test_login_body_is_validated(client: TestClient, body: dict[str, object]) -> None:
    response = client.post(LOGIN, json=body)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "validation_failed"


def test_logout_ends_the_session_and_clears_the_cookie(
    client: TestClient, session: Session, settings: Settings
) -> None:
    user = make_user(session)
    csrf = sign_in(client, user.email)
    response = client.post(LOGOUT, headers=csrf)
    assert response.status_code == 204
    assert response.headers["set-cookie"].startswith(f'{settings.session_cookie_name}=""')
    assert session.exec(select(WebSession).where(WebSession.user_id == user.id)).all() == []
    assert client.get(ME).status_code == 401


def test_logout_with_an_api_key_is_harmless(client: TestClient, session: Session) -> None:
    assert client.post(LOGOUT, headers=auth_headers(session, Role.VIEWER)).status_code == 204


def test_no_credentials_is_401_with_a_bearer_challenge(client: TestClient) -> None:
    response = client.get(ME)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json()["error"]["code"] == "unauthorized"


@pytest.mark.parametrize(
    "authorization",
    ["Bearer cck_not-a-real-key", "Bearer ", "Basic dXNlcjpwYXNz", "cck_raw-token"],
)
def test_bad_authorization_headers_are_401(client: TestClient, authorization: str) -> None:
    response = client.get(ME, headers={"Authorization": authorization})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_expired_session_is_401_and_clears_the_cookie(
    client: TestClient, session: Session, settings: Settings
) -> None:
    user = make_user(session)
    long_ago = utc_now() - timedelta(minutes=settings.session_idle_minutes + 1)
    _ws, token = account_service.login(
        session,
        email=user.email,
        password=DEFAULT_PASSWORD,
        ip=None,
        user_agent=None,
        settings=settings,
        now=long_ago,
    )
    client.cookies.set(settings.session_cookie_name, token)
    response = client.get(ME)
    assert response.status_code == 401
    assert "expired" in response.json()["error"]["message"]
    assert response.headers["set-cookie"].startswith(f'{settings.session_cookie_name}=""')


def test_unknown_session_cookie_is_401(client: TestClient, settings: Settings) -> None:
    client.cookies.set(settings.session_cookie_name, "made-up")
    assert client.get(ME).status_code == 401


@pytest.mark.parametrize("csrf", [None, "", "wrong-token"], ids=["missing", "empty", "wrong"])
def test_cookie_requests_that_change_things_need_the_csrf_token(
    client: TestClient, session: Session, csrf: str | None
) -> None:
    user = make_user(session)
    sign_in(client, user.email)
    headers = {} if csrf is None else {"X-CSRF-Token": csrf}
    body = {"current_password": DEFAULT_PASSWORD, "new_password": NEW_PASSWORD}
    response = client.post(PASSWORD, json=body, headers=headers)
    assert response.status_code == 403
    assert "CSRF" in response.json()["error"]["message"]
    assert client.post(LOGOUT, headers=headers).status_code == 403
    assert client.get(ME).status_code == 200  # reading needs no token


def test_bearer_requests_need_no_csrf_token(client: TestClient, session: Session) -> None:
    headers = auth_headers(session, Role.ADMIN)
    response = client.post(
        "/api/v1/api-keys", json={"name": "bot", "role": "viewer"}, headers=headers
    )
    assert response.status_code == 201


def test_me_for_an_api_key(client: TestClient, session: Session) -> None:
    key, token = account_service.create_api_key(
        session, name="status bot", role=Role.COMMS, actor=SYSTEM, now=utc_now()
    )
    response = client.get(ME, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    assert response.json() == {
        "kind": "api_key",
        "id": key.id,
        "label": "status bot",
        "role": "comms",
        "user": None,
    }


def test_change_own_password(client: TestClient, session: Session) -> None:
    user = make_user(session, must_change_password=True)
    csrf = sign_in(client, user.email)
    body = {"current_password": DEFAULT_PASSWORD, "new_password": NEW_PASSWORD}
    assert client.post(PASSWORD, json=body, headers=csrf).status_code == 204
    assert client.get(ME).json()["user"]["must_change_password"] is False  # still signed in
    client.post(LOGOUT, headers=csrf)
    sign_in(client, user.email, NEW_PASSWORD)


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"current_password": "wrong password!!", "new_password": NEW_PASSWORD}, 422),
        ({"current_password": DEFAULT_PASSWORD, "new_password": "short"}, 422),
        ({"current_password": DEFAULT_PASSWORD, "new_password": NEW_PASSWORD, "x": 1}, 422),
    ],
    ids=["wrong-current", "too-short", "unknown-field"],
)
def test_change_own_password_refuses(
    client: TestClient, session: Session, body: dict[str, object], status: int
) -> None:
    user = make_user(session)
    csrf = sign_in(client, user.email)
    assert client.post(PASSWORD, json=body, headers=csrf).status_code == status


def test_api_keys_cannot_change_a_password(client: TestClient, session: Session) -> None:
    body = {"current_password": DEFAULT_PASSWORD, "new_password": NEW_PASSWORD}
    response = client.post(PASSWORD, json=body, headers=auth_headers(session, Role.ADMIN))
    assert response.status_code == 403


def test_a_one_time_password_must_be_changed_before_anything_else(
    client: TestClient, session: Session
) -> None:
    user = make_user(session, role=Role.ADMIN, must_change_password=True)
    csrf = sign_in(client, user.email)
    refused = client.get("/api/v1/plans")
    assert refused.status_code == 403
    assert "POST /api/v1/auth/password" in refused.json()["error"]["message"]
    assert client.get("/api/v1/auth/me").status_code == 200
    changed = client.post(
        "/api/v1/auth/password",
        json={"current_password": DEFAULT_PASSWORD, "new_password": "a brand new passphrase"},
        headers=csrf,
    )
    assert changed.status_code in (200, 204), changed.text
    assert client.get("/api/v1/plans").status_code == 200
