"""The commitments board and the customer import in real Chromium, on a phone screen:
a refused action shows its error in place, keep and miss settle promises, and an import
is previewed (with its failing lines) before it is stored."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session

from crisiscomms.db import make_engine, utc_now
from crisiscomms.principal import Role
from tests.browser.conftest import LiveServer, start_server
from tests.browser.pages import PHONE, new_page, shot, sign_in
from tests.commitments.factories import first_statement, promise, scene

OVERDUE = "Refund every failed card payment"
SOON = "Publish the root-cause analysis"
LATER = "Credit one month of fees to affected accounts"
CSV = (
    "external_id,name,email,segment\n"
    "B-1,Ada Lovelace,ada@example.com,enterprise\n"
    "B-2,Bad Address,not-an-address,enterprise\n"
    "B-3,Grace Hopper,grace@example.com,business\n"
)


def _seed(server: LiveServer) -> None:
    """An incident whose statement, published three hours ago, made three promises."""
    engine = make_engine(server.settings)
    now = utc_now()
    with Session(engine, expire_on_commit=False) as session:
        s = scene(session)
        first_statement(
            session,
            s,
            promise(OVERDUE, s.author, now - timedelta(hours=1)),
            promise(SOON, s.author, now + timedelta(hours=2)),
            promise(LATER, s.author, now + timedelta(days=2)),
            now=now - timedelta(hours=3),
        )
        session.commit()
    engine.dispose()


@pytest.fixture(scope="module")
def board_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A server of its own, so these promises do not appear in the other browser tests."""
    servers = start_server(tmp_path_factory.mktemp("board"), host="127.0.0.1")
    server = next(servers)
    _seed(server)
    yield server
    servers.close()


def _fits(page: Any) -> None:
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"], width


def test_the_board_on_a_phone(browser: Any, board_server: LiveServer, artifacts: Path) -> None:
    from playwright.sync_api import expect

    page = new_page(browser, board_server, viewport=PHONE)
    sign_in(page, board_server, Role.COMMS, path="/commitments")
    overdue = page.locator("li.commitment", has_text=OVERDUE)
    expect(page.locator("#overdue-h ~ ul li.commitment", has_text=OVERDUE)).to_have_count(1)
    expect(overdue).to_have_class(re.compile(r"\btone-overdue\b"))
    expect(overdue.locator("time.countdown")).to_contain_text("overdue by")
    background = overdue.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background == "rgb(253, 231, 232)", background  # --red-bg, from app.css
    soon = page.locator("#soon-h ~ ul li.commitment", has_text=SOON)
    expect(soon).to_have_class(re.compile(r"\btone-soon\b"))
    _fits(page)
    shot(page, artifacts, "board-01-phone")

    # Keeping without evidence is refused in place, the form stays open, nothing is lost.
    overdue.get_by_text("Keep", exact=True).click()
    overdue.get_by_role("button", name="Mark kept").click()
    refused = page.locator("li.commitment", has_text=OVERDUE)
    error = refused.locator(".field-error")
    expect(error).to_contain_text("requires evidence")
    evidence = refused.get_by_label("Evidence (a note or a link)")
    expect(evidence).to_be_visible()
    expect(evidence).to_have_attribute("aria-invalid", "true")
    shot(page, artifacts, "board-02-refused")
    # The refusal is a 422 page, which the console reports; nothing else may be there.
    assert all("status of 422" in event for event in page.events), page.events
    page.events.clear()
    evidence.fill("https://example.com/refunds/report")
    refused.get_by_role("button", name="Mark kept").click()
    expect(page.locator(".notice")).to_contain_text("Marked kept")
    expect(page.locator("li.commitment", has_text=OVERDUE)).to_have_count(0)

    # Missing with a new date: the promise moves on as a new commitment, due later.
    soon = page.locator("li.commitment", has_text=SOON)
    soon.get_by_text("Miss", exact=True).click()
    soon.get_by_label("Why it slipped").fill("The analysis needs the vendor's logs first.")
    new_due = (datetime.now(UTC) + timedelta(days=3)).replace(second=0, microsecond=0)
    soon.get_by_label("New due time, UTC (optional)").fill(new_due.strftime("%Y-%m-%dT%H:%M"))
    soon.get_by_role("button", name="Mark missed").click()
    expect(page.locator(".notice")).to_contain_text("Marked missed")
    later = page.locator("#later-h ~ ul li.commitment", has_text=SOON)
    expect(later).to_contain_text("re-dates #")
    expect(later.locator("time")).to_have_attribute(
        "datetime", re.compile(new_due.strftime("%Y-%m-%dT%H:%M"))
    )
    _fits(page)
    shot(page, artifacts, "board-03-settled")

    # From the incident page to its own board and its report.
    page.get_by_role("link", name="Checkout failing").first.click()
    page.get_by_role("link", name="Commitments", exact=True).last.click()
    assert re.search(r"/incidents/\d+/commitments$", page.url), page.url
    expect(page.locator("#settled-h ~ ul")).to_contain_text(OVERDUE)
    page.goto(page.url.replace("/commitments", "/report"))
    expect(page.locator("article.report")).to_contain_text("Commitments and their fate")
    _fits(page)
    assert page.events == [], page.events


def test_customer_import_preview_then_import(
    browser: Any, board_server: LiveServer, artifacts: Path, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    upload = tmp_path / "customers.csv"
    upload.write_text(CSV)
    page = new_page(browser, board_server, viewport=PHONE)
    sign_in(page, board_server, Role.COMMS, path="/customers")
    page.get_by_role("link", name="Import customers").click()
    page.get_by_label("File").set_input_files(str(upload))
    page.get_by_role("button", name="Preview").click()
    expect(page.locator(".notice")).to_contain_text("Nothing is stored yet. 3 lines read")
    rows = page.locator("table.preview-rows tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.first).to_contain_text("Ada Lovelace")
    failing = page.locator("table.line-errors tbody tr")
    expect(failing).to_have_count(1)
    expect(failing.first).to_contain_text("3")
    expect(failing.first).to_contain_text("is not a valid email address")
    _fits(page)
    shot(page, artifacts, "customers-01-preview")

    # Nothing was stored by the preview.
    listing = page.request.get(f"{board_server.base_url}/customers")
    assert "Ada Lovelace" not in listing.text()

    page.get_by_role("button", name="Import 2 customers").click()
    expect(page.locator("h1")).to_contain_text("Import report: customers.csv")
    figures = page.locator("ul.figures")
    expect(figures).to_contain_text("2 added")
    expect(figures).to_contain_text("1 failed")
    expect(page.locator("table.line-errors tbody tr")).to_have_count(1)
    shot(page, artifacts, "customers-02-report")
    page.get_by_role("link", name="Back to customers").click()
    expect(page.locator("ul.figures")).to_contain_text("2 in total")
    expect(page.locator("table").last).to_contain_text("Grace Hopper")
    _fits(page)
    assert page.events == [], page.events
