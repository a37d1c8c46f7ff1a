"""The editor's previews over HTTP: every network's rendition of unsaved text, the staff-only
card of a draft, and the card of unsaved text; roles and bad input."""

from __future__ import annotations

import copy
import hashlib
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from crisiscomms.principal import Role
from crisiscomms.statements.card import SIZES
from crisiscomms.statements.schemas import CardNetwork
from tests.factories import auth_headers, make_user
from tests.statements.factories import make_incident
from tests.statements.test_previews import LIMITS, SOCIAL, every_network_plan
from tests.web.helpers import page_sign_in

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def viewer(session: Session) -> dict[str, str]:
    return auth_headers(session, Role.VIEWER)


@pytest.fixture
def draft(client: TestClient, session: Session) -> dict[str, Any]:
    incident = make_incident(session, every_network_plan())
    response = client.post(
        f"/api/v1/incidents/{incident.id}/statements",
        json={},
        headers=auth_headers(session, Role.COMMS),
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def test_card_networks_are_the_card_sizes() -> None:
    assert set(CardNetwork.__args__) == set(SIZES)  # type: ignore[attr-defined]


@pytest.mark.parametrize("locale", ["en", "bn"])
def test_previews_of_unsaved_text(
    client: TestClient, viewer: dict[str, str], draft: dict[str, Any], locale: str
) -> None:
    url = f"/api/v1/statements/{draft['id']}/previews"
    saved = client.post(url, json={}, headers=viewer)
    assert saved.status_code == 200, saved.text
    before = {p["kind"]: p for p in saved.json()["locales"][locale]}
    assert list(before) == [*SOCIAL, "sms", "email"]
    for kind, limit in LIMITS.items():
        assert before[kind]["limit"] == limit and before[kind]["posts"], kind
    content = copy.deepcopy(draft["content"])
    sections = content["locales"][locale]["sections"]
    more = " আরও কিছু কথা।" if locale == "bn" else " More words."
    sections["impact"] = sections["impact"] + more * 60
    sections["headline"] = "Kortlagt" if locale == "en" else "চেকআউটে সমস্যা"
    edited = client.post(url, json={"content": content}, headers=viewer)
    assert edited.status_code == 200, edited.text
    after = {p["kind"]: p for p in edited.json()["locales"][locale]}
    for kind in ("x", "bluesky", "mastodon"):
        assert after[kind]["summary"] != before[kind]["summary"], kind
        assert len(after[kind]["posts"]) > len(before[kind]["posts"]), kind
    assert after["linkedin"]["posts"][0]["length"] > before["linkedin"]["posts"][0]["length"]
    assert after["email"]["subject"] != before["email"]["subject"]
    if locale == "en":  # English goes first, with the card; its alt text follows the edit
        card = after["x"]["card"]
        assert "Kortlagt" in card["alt"] and card["digest"] != before["x"]["card"]["digest"]
        assert card["url"] == f"/statements/{draft['id']}/cards/{card['digest']}.png"
    # Previewing saves nothing.
    read = client.get(f"/api/v1/statements/{draft['id']}", headers=viewer).json()
    assert read["revision"] == draft["revision"]


def test_card_of_unsaved_text_matches_its_preview(
    client: TestClient, viewer: dict[str, str], draft: dict[str, Any]
) -> None:
    content = copy.deepcopy(draft["content"])
    content["locales"]["bn"]["sections"]["headline"] = "চেকআউটে কার্ড পেমেন্ট ব্যর্থ হচ্ছে"
    found = client.post(
        f"/api/v1/statements/{draft['id']}/previews", json={"content": content}, headers=viewer
    ).json()
    email = found["locales"]["bn"][-1]
    assert email["kind"] == "email"
    facebook = next(p for p in found["locales"]["bn"] if p["kind"] == "facebook")
    assert facebook["card"]["locale"] == "en"  # one post, English first: the English card
    card = client.post(
        f"/api/v1/statements/{draft['id']}/card",
        json={"content": content, "network": "facebook", "locale": "en"},
        headers=viewer,
    )
    assert card.status_code == 200 and card.content.startswith(PNG)
    assert card.headers["content-type"] == "image/png"
    assert card.headers["etag"] == f'"{facebook["card"]["digest"]}"'
    assert "no-store" in card.headers["cache-control"]
    bengali = client.post(
        f"/api/v1/statements/{draft['id']}/card",
        json={"content": content, "network": "x", "locale": "bn"},
        headers=viewer,
    )
    assert bengali.status_code == 200 and bengali.content != card.content


def test_card_request_errors_name_the_field(
    client: TestClient, viewer: dict[str, str], draft: dict[str, Any]
) -> None:
    url = f"/api/v1/statements/{draft['id']}/card"
    bad_network = client.post(url, json={"network": "fax", "locale": "en"}, headers=viewer)
    assert bad_network.status_code == 422 and "network" in bad_network.text
    bad_locale = client.post(url, json={"network": "x", "locale": "fr"}, headers=viewer)
    assert bad_locale.status_code == 422
    assert bad_locale.json()["error"]["details"][0]["location"] == "body.locale"
    assert "'fr'" in bad_locale.json()["error"]["message"]
    assert client.post(url, json={"network": "x", "locale": "en"}).status_code == 401
    previews = f"/api/v1/statements/{draft['id']}/previews"
    assert client.post(previews, json={}).status_code == 401
    bad = client.post(previews, json={"content": {"locales": {}}}, headers=viewer)
    assert bad.status_code == 422 and "content" in bad.text
    missing = client.post("/api/v1/statements/999999/previews", json={}, headers=viewer)
    assert missing.status_code == 404


def test_draft_card_is_for_staff_only(
    client: TestClient, session: Session, viewer: dict[str, str], draft: dict[str, Any]
) -> None:
    found = client.post(
        f"/api/v1/statements/{draft['id']}/previews", json={}, headers=viewer
    ).json()
    card = found["locales"]["en"][0]["card"]
    # Signed out: the staff address sends to the login page; the public one has no draft.
    signed_out = client.get(card["url"], follow_redirects=False)
    assert signed_out.status_code == 303 and "/login" in signed_out.headers["location"]
    public = client.get(f"/status/cards/{draft['id']}/{card['digest']}.png")
    assert public.status_code == 404
    page_sign_in(client, make_user(session, role=Role.VIEWER).email)
    image = client.get(card["url"])
    assert image.status_code == 200 and image.content.startswith(PNG)
    assert image.headers["cache-control"].startswith("private")
    other = hashlib.sha256(b"another card").hexdigest()
    assert client.get(f"/statements/{draft['id']}/cards/{other}.png").status_code == 404
    assert client.get(f"/statements/{draft['id']}/cards/not-a-hash.png").status_code in (404, 422)


def test_editor_shows_each_network_with_its_limit_and_card(
    client: TestClient, session: Session, draft: dict[str, Any]
) -> None:
    page_sign_in(client, make_user(session, role=Role.COMMS).email)
    html = client.get(f"/statements/{draft['id']}").text
    for locale in ("en", "bn"):
        for kind, limit in LIMITS.items():
            assert f'data-preview="{kind}" data-locale="{locale}" data-limit="{limit}"' in html, (
                kind,
                locale,
            )
    assert 'data-previews-url="/api/v1/statements/' in html
    assert html.count(f'src="/statements/{draft["id"]}/cards/') >= 6
    assert "Save to refresh the previews" not in html
