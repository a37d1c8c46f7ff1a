"""The unsubscribe pages: GET asks and changes nothing, POST (one-click) unsubscribes."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlmodel import Session, select

from crisiscomms.config import Settings
from crisiscomms.customers.models import Suppression
from crisiscomms.customers.unsubscribe import make_token, signing_key
from tests.conftest import NOW


def token_for(session: Session, settings: Settings, address: str = "anna@example.com") -> str:
    key = signing_key(session, settings, now=NOW)
    return make_token(key, external_id="C-1", kind="email", address=address)


def suppressions(session: Session) -> list[Suppression]:
    return list(session.exec(select(Suppression)).all())


def test_get_shows_a_confirmation_page_and_changes_nothing(
    client: TestClient, session: Session, settings: Settings
) -> None:
    token = token_for(session, settings)
    response = client.get(f"/u/{token}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["cache-control"] == "no-store"
    page = response.text
    assert f'<form method="post" action="/u/{token}">' in page
    assert 'name="List-Unsubscribe" value="One-Click"' in page
    assert "a***@example.com" in page and "anna@" not in page
    assert "<script" not in page and "style=" not in page
    assert suppressions(session) == []


def test_one_click_post_unsubscribes_once(
    client: TestClient, session: Session, settings: Settings
) -> None:
    token = token_for(session, settings)
    for _ in range(2):
        response = client.post(
            f"/u/{token}",
            content=b"List-Unsubscribe=One-Click",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        assert response.status_code == 200
        assert "You are unsubscribed" in response.text
    [row] = suppressions(session)
    assert (row.kind.value, row.address, row.reason.value) == (
        "email",
        "anna@example.com",
        "unsubscribed",
    )


def test_forged_tokens_get_a_400_page_and_change_nothing(
    client: TestClient, session: Session, settings: Settings
) -> None:
    token = token_for(session, settings)
    other = token_for(session, settings, "boss@example.com")
    spliced = token[: len(token) // 2] + other[len(other) // 2 :]
    for bad in (spliced, f"{token[:-2]}AA", f"{token}.{other}", "garbage"):
        for method in ("GET", "POST"):
            response = client.request(method, f"/u/{bad}")
            assert response.status_code == 400, (method, bad)
            assert "not valid" in response.text
    evil = client.get('/u/"><script>alert(1)<script>')
    assert evil.status_code == 400 and "<script>" not in evil.text
    assert suppressions(session) == []
