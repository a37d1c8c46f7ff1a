"""Channels and broadcasts in real Chromium, with the in-process worker running: an admin
adds a dry-run channel and test-sends through it, a commander publishes a statement to a
chosen audience on a phone, and the broadcast's progress reaches "sent" without a reload."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session

from crisiscomms.db import make_engine, utc_now
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.schemas import IncidentCreate, Scope
from crisiscomms.principal import SYSTEM, Role
from tests.broadcasts.factories import approved
from tests.browser.conftest import LiveServer, start_server
from tests.browser.pages import PHONE, new_page, shot, sign_in
from tests.commitments.factories import Scene
from tests.statements.factories import person

CHANNEL = "Rehearsal <i>public</i>"


def _seed(server: LiveServer) -> int:
    """An incident activated just now (so the watchdog has nothing to do) with an approved
    statement, ready to publish; the statement's id."""
    engine = make_engine(server.settings)
    now = utc_now()
    with Session(engine, expire_on_commit=False) as session:
        commander = person(session, Role.COMMANDER)
        incident = incident_service.activate(
            session,
            IncidentCreate(
                plan_slug="service-outage",
                severity="sev2",
                title="Checkout failing",
                summary="Card payments fail for about 30% of checkouts.",
                scope=Scope(products=["Checkout"], regions=["EU"]),
                affected_customers=1200,
                detected_at=now - timedelta(minutes=5),
            ),
            actor=SYSTEM,
            now=now,
        )
        s = Scene(
            incident=incident,
            author=person(session, Role.COMMS),
            approver=person(session, Role.APPROVER),
            commander=commander,
        )
        statement = approved(session, s, now=now)
        session.commit()
    engine.dispose()
    assert statement.id is not None
    return statement.id


@pytest.fixture(scope="module")
def worker_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A server of its own running the in-process worker (every job, as `crisiscomms serve`
    does), so the other browser tests see no sends."""
    servers = start_server(tmp_path_factory.mktemp("broadcasts"), host="127.0.0.1", worker=True)
    yield next(servers)
    servers.close()


def _fits(page: Any) -> None:
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"], width


def test_dry_run_channel_and_live_broadcast_progress(
    browser: Any, worker_server: LiveServer, artifacts: Path
) -> None:
    from playwright.sync_api import expect

    statement_id = _seed(worker_server)

    admin = new_page(browser, worker_server, viewport=PHONE)
    sign_in(admin, worker_server, Role.ADMIN, path="/channels")
    admin.get_by_role("link", name=re.compile("^Dry run")).click()
    admin.get_by_label("Name").fill(CHANNEL)
    admin.get_by_label("Audience").select_option("public")
    admin.get_by_label("Label").fill("rehearsal")
    _fits(admin)
    admin.get_by_role("button", name="Add channel").click()
    expect(admin.locator(".notice")).to_have_text("Channel added. Send a test to check it works.")
    expect(admin.locator("h1")).to_have_text(CHANNEL)  # escaped, shown as typed
    shot(admin, artifacts, "channels-01-added-phone")

    admin.get_by_role("button", name="Send a test").click()
    assert re.search(r"/broadcasts/\d+\?notice=test-queued$", admin.url), admin.url
    test_box = admin.locator("[data-broadcast]").first
    expect(test_box.locator("[data-count=sent]")).to_have_text("1", timeout=20_000)
    expect(test_box.locator("[data-status]")).to_have_text("done", timeout=20_000)
    _fits(admin)
    shot(admin, artifacts, "channels-02-test-sent-phone")

    commander = new_page(browser, worker_server, viewport=PHONE)
    sign_in(commander, worker_server, Role.COMMANDER, path=f"/statements/{statement_id}")
    commander.get_by_text("Choose the audiences, or schedule a timed update").click()
    commander.get_by_role("checkbox", name=re.compile("^customers")).uncheck()
    expect(commander.get_by_role("checkbox", name=re.compile("^public"))).to_be_checked()
    commander.get_by_role("button", name="Publish to the chosen audiences").click()
    expect(commander.locator(".notice")).to_have_text("Published.")
    commander.evaluate("() => { window.stillTheSamePage = true; }")
    box = commander.locator("[data-broadcast]").first
    expect(box.locator("[data-count=sent]")).to_have_text("1", timeout=20_000)
    expect(box.locator("[data-status]")).to_have_text("done", timeout=20_000)
    assert commander.evaluate("() => window.stillTheSamePage === true")  # no reload
    assert box.locator("progress").evaluate("el => el.value === el.max")
    _fits(commander)
    shot(commander, artifacts, "broadcasts-01-published-progress-phone")

    commander.locator("[data-broadcast]").first.locator("xpath=..").get_by_role(
        "link", name=re.compile(r"^Broadcast #")
    ).click()
    expect(commander.locator(".dry-run").first).to_contain_text("Rehearsal <i>public</i>")
    expect(commander.locator(".dry-run").first).to_be_visible()
    _fits(commander)
    shot(commander, artifacts, "broadcasts-02-detail-phone")

    commander.goto("/")
    expect(commander.locator("#live-broadcasts-h")).to_have_text("Broadcasts in progress")
    for page in (admin, commander):
        assert page.events == [], page.events
