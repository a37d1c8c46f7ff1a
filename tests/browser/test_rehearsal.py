"""A rehearsal in real Chromium, with the in-process worker running: a commander presses
"Rehearse this plan" on the plan's page, the injects appear in the control center as they
fire (no reload), and ending it shows the graded report and the comparison over time."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session

from crisiscomms.db import make_engine
from crisiscomms.incidents.models import Incident
from crisiscomms.plans import service as plan_service
from crisiscomms.principal import Role
from tests.browser.conftest import LiveServer, start_server
from tests.browser.pages import new_page, shot, sign_in


@pytest.fixture(scope="module")
def worker_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A server of its own running the in-process worker (the injects job among the others)."""
    servers = start_server(tmp_path_factory.mktemp("rehearsal"), host="127.0.0.1", worker=True)
    yield next(servers)
    servers.close()


def _plan_id(server: LiveServer) -> int:
    engine = make_engine(server.settings)
    with Session(engine) as session:
        plan_id = plan_service.get_plan_by_slug(session, "service-outage").id
    engine.dispose()
    assert plan_id is not None
    return plan_id


def _incident(server: LiveServer, incident_id: int) -> Incident:
    engine = make_engine(server.settings)
    with Session(engine, expire_on_commit=False) as session:
        found = session.get(Incident, incident_id)
    engine.dispose()
    assert found is not None
    return found


def test_rehearse_this_plan_injects_live_and_the_graded_report(
    browser: Any, worker_server: LiveServer, artifacts: Path
) -> None:
    from playwright.sync_api import expect

    plan_id = _plan_id(worker_server)
    approver = new_page(browser, worker_server)
    sign_in(approver, worker_server, Role.APPROVER, path=f"/plans/{plan_id}")
    expect(approver.get_by_role("button", name="Rehearse this plan")).to_have_count(0)

    page = new_page(browser, worker_server)
    sign_in(page, worker_server, Role.COMMANDER, path=f"/plans/{plan_id}")
    page.get_by_label("Severity").select_option("sev1")
    page.get_by_label("Speed (times real time)").fill("600")
    shot(page, artifacts, "rehearsal-01-plan-page")
    page.get_by_role("button", name="Rehearse this plan").click()
    page.wait_for_load_state()
    found = re.search(r"/rehearsals/(\d+)$", page.url)
    assert found, page.url
    incident_id = int(found.group(1))
    incident = _incident(worker_server, incident_id)
    assert incident.rehearsal and incident.clock_speed == 600
    expect(page.locator("#provisional")).to_be_visible()

    # At 600x the plan's injects (10, 25, 40, 50 min) come 1 to 5 seconds in: the control
    # center shows each as it fires, without a reload.
    page.goto("/")
    page.evaluate("() => { window.stillTheSamePage = true; }")
    card = page.locator(f'[data-rehearsal="{incident_id}"]')
    expect(card.locator("[data-injects] li")).to_have_count(4, timeout=20_000)
    expect(card.locator("[data-injects] li").first).to_contain_text("Engineering finds the cause")
    expect(card.locator("[data-injects] li").last).to_contain_text("A journalist")
    expect(card.locator("[data-next-inject]")).to_have_text("All injects played.")
    assert page.evaluate("() => window.stillTheSamePage === true")
    shot(page, artifacts, "rehearsal-02-control-center-injects")

    page.goto(f"/incidents/{incident_id}")
    expect(page.get_by_text("Inject at T+25m: A second region fails")).to_be_visible()

    page.goto(f"/rehearsals/{incident_id}")
    page.get_by_role("button", name="End and grade").click()
    page.wait_for_load_state()
    expect(page.locator("#provisional")).to_have_count(0)
    score = page.locator("[data-score]").get_attribute("data-score")
    assert score is not None and 0 <= int(score) <= 100
    expect(page.locator("[data-grade]")).to_have_text(re.compile("^[ABCDF]$"))
    expect(page.locator('#graded-items tr[data-category="first_statement"]')).to_have_count(1)
    expect(page.locator('#injects li[data-fired="yes"]')).to_have_count(4)
    shot(page, artifacts, "rehearsal-03-report")

    page.get_by_role("link", name="Rehearsals").click()
    page.wait_for_load_state()
    row = page.locator(f'#rehearsals tr[data-incident="{incident_id}"]')
    expect(row).to_contain_text(f"{score} (")
    expect(page.locator("#trend")).to_contain_text("not enough rehearsals")
    shot(page, artifacts, "rehearsal-04-history")
    for each in (page, approver):
        assert not each.events, each.events
