"""Plain factory functions: they add, flush and return. Other domains' tests use them too."""

from __future__ import annotations

import secrets
from functools import cache
from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import Session

from crisiscomms.accounts import service as account_service
from crisiscomms.accounts.models import ApiKey, User
from crisiscomms.db import utc_now
from crisiscomms.principal import SYSTEM, Role

DEFAULT_PASSWORD = "correct horse battery staple"


@cache
def _hash(password: str) -> str:
    # argon2 is slow on purpose; one hash per distinct password keeps the suite fast.
    return account_service.hash_password(password)


def make_user(
    session: Session,
    *,
    role: Role = Role.COMMS,
    email: str | None = None,
    password: str = DEFAULT_PASSWORD,
    **overrides: Any,
) -> User:
    """A stored user who can sign in with `password`."""
    values: dict[str, Any] = {
        "email": (email or f"user-{secrets.token_hex(4)}@example.test").lower(),
        "name": "Test User",
        "role": role,
        "password_hash": _hash(password),
        "created_at": utc_now(),
    }
    values.update(overrides)
    user = User(**values)
    session.add(user)
    session.flush()
    return user


def make_api_key(session: Session, *, role: Role, name: str | None = None) -> tuple[ApiKey, str]:
    """A stored API key with `role`, and its token."""
    return account_service.create_api_key(
        session,
        name=name or f"test key {secrets.token_hex(3)}",
        role=role,
        actor=SYSTEM,
        now=utc_now(),
    )


def auth_headers(session: Session, role: Role) -> dict[str, str]:
    """Headers authenticating as a fresh API key with `role`."""
    _key, token = make_api_key(session, role=role)
    return {"Authorization": f"Bearer {token}"}


def sign_in(client: TestClient, email: str, password: str = DEFAULT_PASSWORD) -> dict[str, str]:
    """Sign `client` in through the API (it keeps the cookie); returns the CSRF header."""
    response = client.post("/api/v1/auth/login", json={"email": email, "password": password})
    assert response.status_code == 200, response.text
    return {"X-CSRF-Token": response.json()["csrf_token"]}
