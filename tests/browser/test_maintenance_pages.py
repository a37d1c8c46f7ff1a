"""The maintenance pages in real Chromium: schedule from the plan (an error shown at its
field first), edit it in two tabs (the second save is refused at the form as stale, the
input kept), start it by hand, and read the timeline; each page passes axe-core."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from crisiscomms.db import utc_now
from crisiscomms.principal import Role
from tests.browser.conftest import LiveServer, start_server
from tests.browser.pages import DESKTOP, PHONE, new_page, shot, sign_in


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A server of its own, so its maintenance stays out of the other browser tests."""
    servers = start_server(tmp_path_factory.mktemp("maintenance"), host="127.0.0.1")
    yield next(servers)
    servers.close()


def _local(days: int, hour: int) -> str:
    day = (utc_now() + timedelta(days=days)).astimezone(ZoneInfo("Asia/Dhaka"))
    return day.replace(hour=hour, minute=0).strftime("%Y-%m-%dT%H:%M")


def test_schedule_edit_stale_and_start_in_chromium(
    browser: Any, server: LiveServer, artifacts: Path
) -> None:
    page = new_page(browser, server, viewport=PHONE)
    sign_in(page, server, Role.COMMANDER, path="/maintenance")
    page.get_by_role("link", name="Schedule maintenance").click()
    page.wait_for_load_state()
    if page.get_by_label("Plan").count():  # several plans with a maintenance block
        page.get_by_label("Plan").select_option(label="Planned maintenance")
        page.get_by_role("button", name="Continue").click()
    page.get_by_label("Title").fill("Mail database upgrade")
    page.get_by_label("What the work is").fill("Mail is read-only for two hours.")
    page.get_by_label("Northwind Mail").check()
    page.get_by_label("Starts").fill(_local(3, 2))
    page.get_by_label("Ends").fill(_local(3, 1))  # before it starts
    page.get_by_label("Time zone", exact=True).fill("Asia/Dhaka")
    page.get_by_role("button", name="Schedule and announce").click()
    page.wait_for_load_state()
    error = page.locator("#ends_at-error")
    assert "must end after it starts" in error.inner_text()
    assert page.get_by_label("Ends").get_attribute("aria-invalid") == "true"
    assert page.get_by_label("Title").input_value() == "Mail database upgrade"
    shot(page, artifacts, "maintenance-new-error")

    page.get_by_label("Ends").fill(_local(3, 4))
    page.get_by_role("button", name="Schedule and announce").click()
    page.wait_for_load_state()
    assert page.locator("#maintenance-status").inner_text() == "scheduled"
    assert "maintenance.scheduled" in page.locator("#timeline").inner_text()
    detail = page.url
    shot(page, artifacts, "maintenance-detail")

    first = new_page(browser, server, viewport=DESKTOP)
    sign_in(first, server, Role.COMMS, path=detail + "/edit")
    second = new_page(browser, server, viewport=DESKTOP)
    sign_in(second, server, Role.COMMS, path=detail + "/edit")
    first.get_by_label("Title").fill("Mail database upgrade (moved)")
    first.get_by_label("Starts").fill(_local(4, 2))
    first.get_by_label("Ends").fill(_local(4, 3))
    first.get_by_role("button", name="Save").click()
    first.wait_for_load_state()
    assert "maintenance.edited" in first.locator("#timeline").inner_text()
    second.get_by_label("Title").fill("Mail upgrade, my wording")
    second.get_by_role("button", name="Save").click()
    second.wait_for_load_state()
    assert "revision 2" in second.locator(".error-summary").inner_text()
    assert second.locator("#stale-revision").is_visible()
    assert second.get_by_label("Title").input_value() == "Mail upgrade, my wording"
    shot(second, artifacts, "maintenance-edit-stale")
    second.get_by_role("link", name="Load revision 2").click()
    second.wait_for_load_state()
    assert second.get_by_label("Title").input_value() == "Mail database upgrade (moved)"

    page.goto(detail)
    page.get_by_label("Note for the timeline").fill("Vendor ready early")
    page.get_by_role("button", name="Mark in_progress").click()
    page.wait_for_load_state()
    assert page.locator("#maintenance-status").inner_text() == "in_progress"
    timeline = page.locator("#timeline").inner_text()
    assert "scheduled → in_progress: Vendor ready early" in timeline
    assert "started" in page.locator("#notices").inner_text()
    page.goto("/maintenance")
    assert "Mail database upgrade (moved)" in page.locator("#maintenance-list").inner_text()
    shot(page, artifacts, "maintenance-list")
    expected = "Failed to load resource: the server responded with a status of {}"
    assert page.events == ["console error: " + expected.format("422 (Unprocessable Entity)")]
    assert first.events == []
    assert second.events == ["console error: " + expected.format("409 (Conflict)")]
