"""The status card at its public, content-hashed URL, and as the status page's Open Graph /
Twitter card image for the current state."""

from __future__ import annotations

import re
from datetime import timedelta
from html import unescape

from fastapi.testclient import TestClient
from sqlmodel import Session

from crisiscomms.db import utc_now
from crisiscomms.statements.cards import statement_card
from crisiscomms.statements.models import Statement
from tests.statements.factories import make_incident
from tests.statuspage.factories import publish_text

META = re.compile(r'<meta (?:property|name)="([^"]+)" content="([^"]*)">')


def meta(html: str) -> dict[str, str]:
    return {name: unescape(value) for name, value in META.findall(html)}


def published(session: Session) -> Statement:
    incident = make_incident(session, scope={"products": ["Checkout"], "regions": ["EU"]})
    return publish_text(
        session,
        incident,
        now=utc_now() - timedelta(minutes=2),
        headline="Card payments fail at checkout <b>now</b>",
    )


def test_the_status_page_names_the_current_updates_card(
    client: TestClient, session: Session
) -> None:
    statement = published(session)
    card = statement_card(session, statement, network="open_graph")
    tags = meta(client.get("/status").text)

    path = f"/status/cards/{statement.id}/{card.sha256}.png"
    assert tags["og:image"].endswith(path) and tags["og:image"].startswith("http")
    assert tags["og:image:alt"] == card.alt and "Checkout" in card.alt
    assert (tags["og:image:width"], tags["og:image:height"]) == ("1200", "630")
    assert tags["twitter:card"] == "summary_large_image"
    assert tags["twitter:image:alt"] == card.alt
    assert tags["og:title"] == "Card payments fail at checkout <b>now</b>"  # escaped in HTML
    incident_tags = meta(client.get(f"/status/incidents/{statement.incident_id}").text)
    assert incident_tags["og:image"] == tags["og:image"]

    served = client.get(path)
    assert served.status_code == 200 and served.headers["content-type"] == "image/png"
    assert served.content == card.png
    assert served.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert served.headers["etag"] == f'"{card.sha256}"'


def test_every_size_of_a_published_card_is_served_and_nothing_else(
    client: TestClient, session: Session
) -> None:
    statement = published(session)
    threads = statement_card(session, statement, network="threads")
    assert client.get(f"/status/cards/{statement.id}/{threads.sha256}.png").content == threads.png

    wrong = "0" * 64
    assert client.get(f"/status/cards/{statement.id}/{wrong}.png").status_code == 404
    assert client.get(f"/status/cards/{statement.id + 1}/{threads.sha256}.png").status_code == 404
    bad = client.get(f"/status/cards/{statement.id}/..%2Fsecret.png")
    assert bad.status_code in (404, 422) and bad.json()


def test_a_draft_statements_card_is_not_served(client: TestClient, session: Session) -> None:
    statement = published(session)
    card = statement_card(session, statement, network="threads")
    statement.status = "draft"  # type: ignore[assignment]
    session.add(statement)
    session.flush()
    assert client.get(f"/status/cards/{statement.id}/{card.sha256}.png").status_code == 404


def test_no_card_when_nothing_is_going_on(client: TestClient) -> None:
    tags = meta(client.get("/status").text)
    assert "og:image" not in tags and "twitter:card" not in tags
