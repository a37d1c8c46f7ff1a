"""The public status page in the reader's time zone, in Chromium: UTC in the markup (what a
reader without script sees), the visitor's zone and language on the page."""

from __future__ import annotations

import re
import time
from typing import Any

from crisiscomms.db import make_engine
from tests.browser.conftest import LiveServer
from tests.browser.test_broadcast_progress import _seed


def _published(live_server: LiveServer) -> None:
    """An incident with a published statement (the seed's approved one, published)."""
    from sqlmodel import Session

    from crisiscomms.db import utc_now
    from crisiscomms.flows import publish as publish_flow
    from crisiscomms.principal import SYSTEM

    statement_id = _seed(live_server)
    engine = make_engine(live_server.settings)
    with Session(engine, expire_on_commit=False) as session:
        publish_flow.publish_statement(session, statement_id, actor=SYSTEM, now=utc_now())
        session.commit()
    engine.dispose()


def _until_shown(page: Any, path: str) -> None:
    """Open a public page until it shows the publish. The statement was published through
    the database, not the server, which follows such a change within about a second
    (`published.PublicCache`); a page opened first may be the version before it."""
    deadline = time.monotonic() + 15
    page.goto(path)
    while page.locator("main time[data-local]").count() == 0 and time.monotonic() < deadline:
        page.wait_for_timeout(250)
        page.reload()
    page.wait_for_selector("main time[data-local]")


def test_times_follow_the_visitors_zone_and_language(browser: Any, live_server: LiveServer) -> None:
    _published(live_server)
    dhaka = browser.new_context(base_url=live_server.base_url, timezone_id="Asia/Dhaka")
    page = dhaka.new_page()
    _until_shown(page, "/status")
    local = page.locator("main time[data-local]").first
    assert "GMT+6" in local.inner_text()
    assert re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC", local.get_attribute("title") or "")
    page.goto("/status?lang=bn")
    page.wait_for_selector("main time[data-local]")
    text = page.locator("main time[data-local]").first.inner_text()
    bengali_digits = re.compile("[\u09e6-\u09ef]")
    assert bengali_digits.search(text) and not re.search(r"[0-9]", text.replace("GMT+6", ""))
    dhaka.close()

    no_script = browser.new_context(
        base_url=live_server.base_url, timezone_id="Asia/Dhaka", java_script_enabled=False
    )
    plain = no_script.new_page()
    plain.goto("/status")
    assert re.search(
        r"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC", plain.locator("main time").first.inner_text()
    )
    no_script.close()
