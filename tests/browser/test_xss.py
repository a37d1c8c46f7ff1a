"""Script in every editable field, shown back in Chromium: nothing executes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from crisiscomms.accounts.models import Role
from tests.browser.conftest import LiveServer
from tests.browser.pages import new_page, shot, sign_in

PAYLOADS = (
    "<script>window.__xss='script';alert('script')</script>",
    "<img src=x onerror=\"window.__xss='img';alert('img')\">",
    "javascript:window.__xss='link';alert('link')",
)
EVIL = " ".join(PAYLOADS)


def _assert_inert(page: Any) -> None:
    assert page.evaluate("() => window.__xss === undefined"), "a payload executed"
    assert page.locator("script:not([src]):not([type='application/json'])").count() == 0
    assert page.locator("img[src=x]").count() == 0
    assert page.locator("a[href^='javascript:' i]").count() == 0
    assert not [e for e in page.events if e.startswith("dialog")], page.events


def test_payloads_in_every_field_never_execute(
    browser: Any, live_server: LiveServer, artifacts: Path
) -> None:
    page = new_page(browser, live_server)
    # The sign-in form shows the e-mail back after a failure.
    page.goto("/login")
    page.get_by_label("Email").fill(EVIL[:200])
    page.get_by_label("Password").fill("wrong password, surely")
    page.get_by_role("button", name="Sign in").click()
    _assert_inert(page)
    sign_in(page, live_server, Role.ADMIN)

    # Activation: title, summary and scope.
    page.goto("/incidents/new")
    page.get_by_label("Plan").select_option(label="Service outage or degradation")
    page.get_by_role("button", name="Continue").click()
    page.locator("input[name=severity]").first.check()
    page.get_by_label("Title").fill(PAYLOADS[0][:190])
    page.get_by_label("What we know so far").fill(EVIL)
    page.get_by_label("Affected products").fill(PAYLOADS[1][:60])
    page.get_by_label("Affected regions").fill("EU")
    page.get_by_role("button", name="Activate").click()
    _assert_inert(page)
    if not re.search(r"/incidents/\d+$", page.url):  # refused: the form shows the input back
        page.get_by_label("Title").fill("Checkout failing <b>now</b>")
        page.get_by_label("Affected products").fill("Checkout")
        page.get_by_role("button", name="Activate").click()
    assert re.search(r"/incidents/\d+$", page.url), page.url
    incident_url = page.url
    page.get_by_label("Add a note").fill(EVIL)
    page.get_by_role("button", name="Add", exact=True).click()
    _assert_inert(page)
    page.get_by_label("Reason").fill(EVIL)
    page.get_by_role("button", name="Change severity").click()
    _assert_inert(page)

    # Every section of a statement, in every language; the live check echoes the text.
    page.goto(incident_url)
    page.get_by_role("button", name="Draft a statement").click()
    statement_url = page.url.split("?")[0]
    for field in page.locator("[data-field-input]").all():
        if field.is_visible():
            field.fill(EVIL)
    page.wait_for_timeout(1500)  # the live check has answered and painted its highlights
    _assert_inert(page)
    page.get_by_role("button", name="Save", exact=True).click()
    _assert_inert(page)
    for tab in page.locator("[data-tab]").all():
        tab.click()
        for field in page.locator("[data-field-input]").all():
            if field.is_visible():
                field.fill(EVIL)
    page.get_by_role("button", name="Save and submit for review").click()
    _assert_inert(page)
    shot(page, artifacts, "xss-statement")

    # Review reasons (the admin holds every role; reject first, with the payload as reason).
    page.goto(statement_url)
    if page.get_by_label("Reason for sending it back").count():
        page.get_by_label("Reason for sending it back").fill(EVIL)
        page.get_by_role("button", name="Send back").click()
        _assert_inert(page)

    # A plan whose text carries the payloads (stored or refused, it is shown back).
    page.goto("/plans/1/edit")
    source = page.locator("#source").input_value()
    page.locator("#source").fill(source.replace("description:", f"description: {EVIL!r}\nx:", 1))
    page.get_by_role("button", name="Save as a new version").click()
    _assert_inert(page)
    for path in ("/", incident_url, statement_url, "/incidents", "/plans", "/audit"):
        page.goto(path)
        _assert_inert(page)
    shot(page, artifacts, "xss-audit-log")
