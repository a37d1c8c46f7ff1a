"""End to end: a maintenance scheduled, reminded, started, verified and completed on its
clock (time pinned) sends every notice through the broadcast engine to the affected
customers over a real SMTP server (aiosmtpd), each in their language, and shows at each
step in the Statuspage JSON, the Atom and RSS feeds (feedparser) and the iCalendar file
(icalendar)."""

from __future__ import annotations

import email
from datetime import datetime, timedelta
from email.policy import default as default_policy
from zoneinfo import ZoneInfo

import feedparser  # type: ignore[import-untyped]
from fastapi.testclient import TestClient
from icalendar import Calendar
from sqlmodel import Session

from crisiscomms.channels.models import Audience
from crisiscomms.config import Settings
from crisiscomms.flows import maintenance as maintenance_flow
from crisiscomms.worker.delivery import DeliveryEngine
from tests.broadcasts.factories import channel
from tests.broadcasts.test_end_to_end import run_worker
from tests.channels.servers import LocalSmtpServer
from tests.conftest import NOW
from tests.customers.factories import line, load
from tests.maintenance.factories import maintenance_plan, make_maintenance

MAIL = {"products": ["Northwind Mail"], "regions": ["EU"], "segment": "business"}
OTHER = {"products": ["Northwind Voice"], "regions": ["EU"], "segment": "business"}


def subjects(server: LocalSmtpServer) -> dict[str, list[str]]:
    """Subjects received, by recipient, in order."""
    found: dict[str, list[str]] = {}
    for mail in server.behaviour.received:
        message = email.message_from_bytes(mail.content, policy=default_policy)
        for recipient in mail.recipients:
            found.setdefault(recipient, []).append(str(message["Subject"]).strip())
    return found


def documents(client: TestClient) -> dict[str, list[dict[str, object]]]:
    """The scheduled-maintenance lists of the Statuspage JSON documents."""
    found = {}
    for name in ("scheduled-maintenances", "upcoming", "active", "summary"):
        path = {
            "scheduled-maintenances": "/api/v2/scheduled-maintenances.json",
            "upcoming": "/api/v2/scheduled-maintenances/upcoming.json",
            "active": "/api/v2/scheduled-maintenances/active.json",
            "summary": "/api/v2/summary.json",
        }[name]
        response = client.get(path)
        assert response.status_code == 200, response.text
        found[name] = response.json()["scheduled_maintenances"]
    return found


def test_a_maintenance_runs_on_its_clock_and_everyone_hears_of_it(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
    client: TestClient,
) -> None:
    maintenance_plan(session)  # automatic, reminder 24 h before, 15 min to verify
    load(
        session,
        line("M1", attributes=MAIL),
        line("M2", attributes=MAIL, locale="bn"),
        line("V1", attributes=OTHER),
    )
    channel(
        session,
        settings,
        "customer email",
        "email",
        Audience.CUSTOMERS,
        {
            "host": "127.0.0.1",
            "port": smtp_server.port,
            "security": "none",
            "from_address": "Northwind Status <status@northwind.example>",
        },
    )
    m = make_maintenance(
        session,
        starts_at=datetime(2026, 11, 25, 2, 0),  # Asia/Dhaka: 2026-11-24 20:00 UTC
        ends_at=datetime(2026, 11, 25, 4, 0),
        time_zone="Asia/Dhaka",
    )
    start, end = m.starts_at, m.ends_at
    run_worker(session, delivery, now=NOW)

    listed = documents(client)
    assert [x["name"] for x in listed["upcoming"]] == ["Mail database upgrade"]
    assert listed["active"] == [] and len(listed["summary"]) == 1
    upcoming = listed["upcoming"][0]
    assert upcoming["status"] == "scheduled" and upcoming["impact"] == "maintenance"
    assert upcoming["scheduled_for"] == "2026-11-24T20:00:00Z"
    assert upcoming["scheduled_until"] == "2026-11-24T22:00:00Z"

    clock = [
        (start - timedelta(hours=23), "scheduled"),  # the reminder
        (start, "in_progress"),
        (end - timedelta(minutes=15), "verifying"),
    ]
    for now, status in clock:
        maintenance_flow.tick(session, now)
        run_worker(session, delivery, now=now)
        session.refresh(m)
        assert m.status == status
        if status == "in_progress":
            active = documents(client)["active"]
            assert [x["status"] for x in active] == ["in_progress"]
            assert active[0]["components"][0]["status"] == "under_maintenance"
    maintenance_flow.tick(session, end)
    run_worker(session, delivery, now=end)
    session.refresh(m)
    assert m.status == "completed" and m.overran_at is None

    received = subjects(smtp_server)
    assert set(received) == {"m1@example.com", "m2@example.com"}  # not the Voice customer
    assert received["m1@example.com"] == [
        "Planned maintenance: Mail database upgrade, 2026-11-25 02:00 (Asia/Dhaka)",
        "Reminder: Mail database upgrade starts 2026-11-25 02:00 (Asia/Dhaka)",
        "Maintenance started: Mail database upgrade",
        "Maintenance complete: Mail database upgrade",
    ]
    assert received["m2@example.com"][0].startswith("পরিকল্পিত রক্ষণাবেক্ষণ")
    assert received["m2@example.com"][-1] == "রক্ষণাবেক্ষণ শেষ হয়েছে: Mail database upgrade"

    listed = documents(client)
    assert listed["upcoming"] == listed["active"] == listed["summary"] == []
    (done,) = listed["scheduled-maintenances"]
    assert done["status"] == "completed" and done["resolved_at"] == "2026-11-24T22:00:00Z"
    assert [u["status"] for u in done["incident_updates"]] == [
        "completed",
        "in_progress",
        "scheduled",
        "scheduled",
    ]
    assert done["promised_end"]["status"] == "kept"
    bengali = client.get("/api/v2/scheduled-maintenances.json", params={"lang": "bn"}).json()
    first = bengali["scheduled_maintenances"][0]["incident_updates"][0]["body"]
    assert first.startswith("রক্ষণাবেক্ষণ শেষ হয়েছে")

    atom = feedparser.parse(client.get("/status/feed.atom").content)
    assert not atom.bozo
    titles = [e.title for e in atom.entries]
    assert titles[0] == "Maintenance complete: Mail database upgrade"
    assert "Maintenance started: Mail database upgrade" in titles
    assert atom.entries[0].id.endswith("/en") and "maintenance-notice/" in atom.entries[0].id
    rss = feedparser.parse(client.get("/status/feed.rss").content)
    assert [e.title for e in rss.entries] == titles

    ics = client.get("/status/maintenance.ics")
    assert ics.headers["content-type"].startswith("text/calendar")
    calendar = Calendar.from_ical(ics.content)
    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]) == f"maintenance-{m.id}@status.example.test"
    assert str(event["SUMMARY"]) == "Mail database upgrade"
    starts = event.decoded("DTSTART")
    assert starts == start and starts.tzinfo == ZoneInfo("Asia/Dhaka")
    assert event.decoded("DTEND") == end
    assert str(event["STATUS"]) == "CONFIRMED"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Dhaka"]


def test_a_maintenance_notice_writes_its_utc_times_in_each_readers_zone(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
) -> None:
    """The plan writes the window in its own zone, named, and in UTC; each customer's email
    writes the UTC times in their zone and language (the window's zone stays as written)."""
    maintenance_plan(session)
    load(
        session,
        line("N1", attributes={**MAIL, "time_zone": "America/New_York"}),
        line("D1", attributes={**MAIL, "time_zone": "Asia/Dhaka"}, locale="bn"),
    )
    channel(
        session,
        settings,
        "customer email",
        "email",
        Audience.CUSTOMERS,
        {
            "host": "127.0.0.1",
            "port": smtp_server.port,
            "security": "none",
            "from_address": "Northwind Status <status@northwind.example>",
        },
    )
    make_maintenance(
        session,
        starts_at=datetime(2026, 11, 25, 2, 0),  # Asia/Dhaka: 2026-11-24 20:00 UTC
        ends_at=datetime(2026, 11, 25, 4, 0),
        time_zone="Asia/Dhaka",
    )
    run_worker(session, delivery, now=NOW)
    bodies = {}
    for mail in smtp_server.behaviour.received:
        message = email.message_from_bytes(mail.content, policy=default_policy)
        bodies[mail.recipients[0]] = str(message.get_content())  # type: ignore[attr-defined]
    english = bodies["n1@example.com"]
    assert "2026-11-25 02:00 (Asia/Dhaka)" in english  # the window, as the plan writes it
    assert "November 24, 2026, 3:00 in the afternoon (Eastern Standard Time)" in english
    assert "2026-11-24 20:00 UTC" not in english
    bengali = bodies["d1@example.com"]
    digits = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
    written = "25 নভেম্বর, 2026 2:00 রাত্রি (বাংলাদেশ মানক সময়)".translate(digits)
    assert written in bengali
    assert "UTC সময়ে" in bengali and "2026-11-24 20:00 UTC" not in bengali
