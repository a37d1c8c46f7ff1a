"""Signing in through the login form and reading CSRF tokens from pages."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.factories import DEFAULT_PASSWORD

_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
_LOGIN = re.compile(r'name="login_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    """The CSRF token a page's forms carry."""
    found = _CSRF.search(html)
    assert found, "no csrf_token on the page"
    return found.group(1)


def page_sign_in(
    client: TestClient, email: str, password: str = DEFAULT_PASSWORD, next_path: str = "/"
) -> str:
    """Sign in through the form; returns the CSRF token of the page landed on."""
    form = client.get("/login")
    token = _LOGIN.search(form.text)
    assert token, form.text
    response = client.post(
        "/login",
        data={
            "login_token": token.group(1),
            "email": email,
            "password": password,
            "next": next_path,
        },
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    landed = client.get(response.headers["location"])
    assert landed.status_code == 200, landed.text
    return csrf_of(landed.text)
