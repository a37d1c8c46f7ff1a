"""A resolved incident never ends on "investigating": the Statuspage JSON, the feeds and the
pages end on a resolved update, derived when no resolved statement was published."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import feedparser
import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from crisiscomms.db import utc_now
from crisiscomms.flows import status as status_flow
from crisiscomms.incidents.models import Incident, IncidentStatus
from crisiscomms.principal import SYSTEM
from tests.flows.test_resolution import complete_plan
from tests.statements.factories import make_incident
from tests.statuspage.factories import publish_holding, publish_text

LINE = "This incident has been resolved."
LINE_BN = "এই ঘটনার সমাধান হয়েছে।"


def move(session: Session, incident_id: int, status: IncidentStatus, at: datetime) -> None:
    status_flow.change_status(session, incident_id, status=status, note=None, actor=SYSTEM, now=at)
    session.commit()


@pytest.fixture
def resolved(session: Session) -> tuple[int, datetime]:
    """A public incident resolved while its only statement says "investigating" (the library
    plan's resolved template leaves gaps for staff, so no statement is published for it)."""
    now = utc_now()
    incident = make_incident(session)
    publish_holding(session, incident, now=now - timedelta(minutes=5))
    resolved_at = now - timedelta(minutes=2)
    move(session, incident.id or 0, IncidentStatus.RESOLVED, resolved_at)
    return incident.id or 0, resolved_at


def json_incident(client: TestClient, incident_id: int) -> dict[str, Any]:
    incidents = client.get("/api/v2/incidents.json").json()["incidents"]
    [found] = [i for i in incidents if i["id"] == str(incident_id)]
    return found  # type: ignore[no-any-return]


def test_the_statuspage_json_ends_on_a_resolved_update(
    client: TestClient, resolved: tuple[int, datetime]
) -> None:
    incident_id, resolved_at = resolved
    incident = json_incident(client, incident_id)
    assert incident["status"] == "resolved"
    newest, older = incident["incident_updates"]
    assert newest["status"] == "resolved" and newest["body"] == LINE
    assert newest["id"] == f"resolved-{incident_id}" != older["id"]
    assert datetime.fromisoformat(newest["created_at"]) == resolved_at
    assert older["status"] == "investigating"
    unresolved = client.get("/api/v2/incidents/unresolved.json").json()["incidents"]
    assert unresolved == []


def test_the_feeds_end_on_a_resolved_entry(
    client: TestClient, resolved: tuple[int, datetime]
) -> None:
    incident_id, _ = resolved
    for path in ("/status/feed.atom", "/status/feed.rss"):
        parsed = feedparser.parse(client.get(path).content)
        assert not parsed.bozo, parsed.get("bozo_exception")
        newest = parsed.entries[0]
        assert newest.title == LINE
        assert [t.term for t in newest.tags] == ["resolved"]
        assert len(parsed.entries) == 2
    atom = feedparser.parse(client.get("/status/feed.atom").content)
    assert atom.entries[0].id.endswith(f":incident/{incident_id}/resolved/en")
    bengali = feedparser.parse(client.get("/status/feed.atom?lang=bn").content)
    assert bengali.entries[0].title == LINE_BN


def test_the_pages_end_on_the_resolved_update(
    client: TestClient, resolved: tuple[int, datetime]
) -> None:
    incident_id, _ = resolved
    page = client.get(f"/status/incidents/{incident_id}").text
    assert f'id="update-resolved-{incident_id}"' in page
    assert page.index(LINE) < page.index("What happened")  # newest first
    assert LINE_BN in client.get(f"/status/incidents/{incident_id}?lang=bn").text


def test_closing_keeps_it(
    client: TestClient, session: Session, resolved: tuple[int, datetime]
) -> None:
    incident_id, resolved_at = resolved
    move(session, incident_id, IncidentStatus.CLOSED, resolved_at + timedelta(seconds=30))
    incident = json_incident(client, incident_id)
    assert incident["status"] == "resolved"
    assert incident["incident_updates"][0]["body"] == LINE


def test_reopening_takes_it_away(
    client: TestClient, session: Session, resolved: tuple[int, datetime]
) -> None:
    incident_id, resolved_at = resolved
    move(session, incident_id, IncidentStatus.MONITORING, resolved_at + timedelta(seconds=30))
    incident = json_incident(client, incident_id)
    assert incident["status"] == "monitoring"
    assert [u["status"] for u in incident["incident_updates"]] == ["investigating"]
    assert LINE not in client.get(f"/status/incidents/{incident_id}").text


def test_a_resolved_statement_published_later_replaces_it(
    client: TestClient, session: Session, resolved: tuple[int, datetime]
) -> None:
    incident_id, resolved_at = resolved
    incident = session.get(Incident, incident_id)
    assert incident is not None
    statement = publish_text(
        session,
        incident,
        now=resolved_at + timedelta(minutes=1),
        apology="We are sorry: for two hours you could not pay at checkout.",
        impact="1,200 customers in the EU could not pay by card. No data was lost.",
        root_cause="A certificate expired on our payment gateway.",
        remediation="We renewed it and now renew certificates automatically.",
    )
    session.commit()
    assert statement.stage == "resolved"
    updates = json_incident(client, incident_id)["incident_updates"]
    assert updates[0]["id"] == str(statement.id)
    assert [u["status"] for u in updates] == ["resolved", "investigating"]
    assert LINE not in client.get(f"/status/incidents/{incident_id}").text


def test_a_complete_resolved_template_is_the_last_word(
    client: TestClient, session: Session
) -> None:
    incident = make_incident(session, complete_plan())
    publish_holding(session, incident, now=utc_now() - timedelta(minutes=5))
    move(session, incident.id or 0, IncidentStatus.RESOLVED, utc_now() - timedelta(minutes=1))
    updates = json_incident(client, incident.id or 0)["incident_updates"]
    assert [u["status"] for u in updates] == ["resolved", "investigating"]
    assert updates[0]["body"].startswith("## Resolved:")  # the template's headline
    assert not updates[0]["id"].startswith("resolved-")
