"""The Atom feed: it parses with feedparser, one entry per published update, stable ids."""

from __future__ import annotations

from datetime import timedelta

import feedparser
from fastapi.testclient import TestClient
from sqlmodel import Session

from crisiscomms.db import utc_now
from crisiscomms.statements import service as statement_service
from crisiscomms.statements.models import Statement
from tests.statements.factories import make_incident
from tests.statuspage.factories import publish_holding


def published(session: Session, client: TestClient) -> tuple[int, list[Statement]]:
    now = utc_now()
    incident = make_incident(session)
    make_incident(session, title="Never spoken of")  # no statement: not in the feed
    first = publish_holding(session, incident, now=now - timedelta(minutes=3))
    second = publish_holding(session, incident, now=now - timedelta(minutes=2))
    return incident.id or 0, [second, first]


def test_the_feed_parses_and_has_one_entry_per_update(client: TestClient, session: Session) -> None:
    incident_id, statements = published(session, client)
    response = client.get("/status/feed.atom")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.feed.title == "Service status: incident updates"
    assert parsed.feed.language == "en"
    assert len(parsed.entries) == 2
    for entry, statement in zip(parsed.entries, statements, strict=True):
        content = statement_service.content_of(statement)
        assert entry.title == content.locales["en"].sections.headline
        assert entry.id.startswith("tag:127.0.0.1,")
        assert entry.id.endswith(f":statement/{statement.id}/en")
        assert entry.link == f"http://127.0.0.1:8000/status/incidents/{incident_id}"
        assert entry.content[0].type == "text/html"
        assert entry.content[0].value.startswith("<h2>")
        assert entry.updated_parsed is not None and entry.published_parsed is not None
        assert entry.content[0].language == "en"
    again = feedparser.parse(client.get("/status/feed.atom").content)
    assert [e.id for e in again.entries] == [e.id for e in parsed.entries]


def test_the_feed_in_bengali(client: TestClient, session: Session) -> None:
    published(session, client)
    parsed = feedparser.parse(client.get("/status/feed.atom?lang=bn").content)
    assert not parsed.bozo
    assert parsed.feed.language == "bn"
    assert parsed.feed.title == "Service status: ঘটনার আপডেট"  # the feed's own words too
    assert all(e.id.endswith("/bn") for e in parsed.entries)
    assert all(e.link.endswith("?lang=bn") for e in parsed.entries)
    assert "কী ঘটেছে" in parsed.entries[0].content[0].value


def test_an_empty_feed_parses(client: TestClient) -> None:
    parsed = feedparser.parse(client.get("/status/feed.atom").content)
    assert not parsed.bozo and parsed.entries == []
