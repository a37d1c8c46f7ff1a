"""The "Check a statement" page in Chromium: paste, check, see each finding at its words."""

# Bengali digits are the point here, not look-alikes of 8 and O.
# ruff: noqa: RUF001

from __future__ import annotations

from pathlib import Path
from typing import Any

from crisiscomms.principal import Role
from tests.browser.conftest import LiveServer
from tests.browser.pages import new_page, shot, sign_in

CANNED = (
    "We apologise for any inconvenience. Due to circumstances beyond our control, a small "
    "number of customers could not log in. We will fix this soon."
)
GOOD_BN = (
    "আমরা দুঃখিত। আমাদের ভুলে আজ ০৮:৪০ থেকে প্রায় ৩০% কার্ড পেমেন্ট ব্যর্থ হচ্ছে। "
    "পরিবর্তনটি ফিরিয়ে নিয়েছি। পরবর্তী আপডেট সকাল ১০টায়: status.example.com"
)


def test_each_finding_is_highlighted_at_its_words(
    browser: Any, live_server: LiveServer, artifacts: Path
) -> None:
    page = new_page(browser, live_server)
    sign_in(page, live_server, Role.COMMS, path="/check")
    page.get_by_label("Statement").fill(CANNED)
    page.get_by_label("Channel").select_option("x")
    page.get_by_role("button", name="Check").click()
    page.wait_for_load_state()
    assert page.locator("#verdict").inner_text().startswith("Fails")
    marks = page.locator("[data-testid=checked-text] mark")
    marked = [marks.nth(i).inner_text() for i in range(marks.count())]
    assert "We apologise for any inconvenience" in marked
    assert any("beyond" in mark for mark in marked)
    assert "a small number" in marked
    assert "soon" in marked
    # Each mark names its findings, and each finding is listed with its rule and fix.
    rules = page.locator("[data-testid=findings] li").evaluate_all(
        "items => items.map(item => item.dataset.rule)"
    )
    assert {"non_apology", "blame_shifting", "impact_vague", "undated_commitment"} <= set(rules)
    first = marks.first.get_attribute("data-findings")
    assert first and page.locator(f"#finding-{first.split()[0]}").is_visible()
    # The text comes back as typed, so the author can fix it in place.
    assert page.get_by_label("Statement").input_value() == CANNED
    shot(page, artifacts, "check-page-fails")
    assert not page.events, page.events


def test_a_good_bengali_post_passes(browser: Any, live_server: LiveServer, artifacts: Path) -> None:
    page = new_page(browser, live_server)
    sign_in(page, live_server, Role.COMMS, path="/check")
    page.get_by_label("Statement").fill(GOOD_BN)
    page.get_by_label("Channel").select_option("x")
    page.get_by_label("Language").select_option("bn")
    page.get_by_role("button", name="Check").click()
    page.wait_for_load_state()
    assert page.locator("#verdict").inner_text().startswith("Passes")
    assert page.locator("[data-testid=checked-text]").get_attribute("lang") == "bn"
    shot(page, artifacts, "check-page-passes-bn")


def test_an_empty_text_is_refused_with_its_field_named(
    browser: Any, live_server: LiveServer
) -> None:
    page = new_page(browser, live_server)
    sign_in(page, live_server, Role.COMMS, path="/check")
    # Bypass the browser's own `required` check to see the server's answer.
    page.locator("#text").evaluate("el => el.removeAttribute('required')")
    page.get_by_role("button", name="Check").click()
    page.wait_for_load_state()
    assert page.locator("#text-error").is_visible()
    assert page.locator("#verdict").count() == 0
