"""The issue's walk-through in real Chromium: draft, fix a check failure, submit, approve,
publish, and see the update on the public page, its feed and summary.json."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from crisiscomms.principal import Role
from tests.browser.conftest import LiveServer
from tests.browser.pages import PHONE, new_page, shot, sign_in

NON_APOLOGY = "We regret any inconvenience this may have caused."
# Own words, no numbers: a time or count here would have to appear in the Bengali text too.
APOLOGY = (
    "We are sorry. Card payments at checkout have failed for many of you in the EU this "
    "morning, so you could not take payments from your own customers. That is our fault, "
    "not yours."
)
HEADLINE = "Card payments failing at checkout in the EU"


def test_comms_drafts_approver_approves_commander_publishes(
    browser: Any, live_server: LiveServer, artifacts: Path
) -> None:
    from playwright.sync_api import expect

    comms = new_page(browser, live_server)
    sign_in(comms, live_server, Role.COMMS)
    shot(comms, artifacts, "01-control-center-empty")

    comms.get_by_role("link", name="Activate a plan").first.click()
    comms.get_by_label("Plan").select_option(label="Service outage or degradation")
    comms.get_by_role("button", name="Continue").click()
    comms.locator("input[name=severity]").first.check()
    comms.get_by_label("Title").fill("Checkout failing")
    comms.get_by_label("What we know so far").fill("Card payments fail for about 30% of checkouts.")
    comms.get_by_label("Affected products").fill("Checkout")
    comms.get_by_label("Affected regions").fill("EU")
    comms.get_by_label("Number of affected customers (if known)").fill("1200")
    shot(comms, artifacts, "02-activate-plan")
    comms.get_by_role("button", name="Activate").click()
    assert re.search(r"/incidents/\d+$", comms.url), comms.url
    shot(comms, artifacts, "03-incident")

    comms.get_by_role("button", name="Draft a statement").click()
    assert re.search(r"/statements/\d+", comms.url), comms.url
    statement_url = comms.url.split("?")[0]
    comms.get_by_label("Headline").first.fill(HEADLINE)

    apology = comms.locator('[data-field-input="en.apology"]')
    apology.fill(NON_APOLOGY)
    marked = comms.locator('[data-highlight-for="en.apology"] mark')
    expect(marked.first).to_contain_text("We regret any inconvenience", timeout=10_000)
    finding = comms.locator('[data-findings-for="en.apology"] .finding')
    assert finding.count() >= 1
    assert "Suggested fix" in finding.first.inner_text()
    expect(comms.locator("#check-summary [data-verdict]")).to_have_text("does not pass yet")
    shot(comms, artifacts, "04-check-failure-highlighted")

    apology.fill(APOLOGY)
    comms.wait_for_function(
        "() => !document.querySelector('[data-findings-for=\"en.apology\"] .finding.sev-error')"
    )
    comms.wait_for_function(
        "() => document.querySelector('#check-summary [data-verdict]').textContent === 'passes'"
    )
    shot(comms, artifacts, "05-check-fixed")
    comms.get_by_role("button", name="Save and submit for review").click()
    assert comms.locator(".notice").inner_text() == "Submitted for review."
    assert comms.locator("#statement-status").inner_text() == "in_review"
    shot(comms, artifacts, "06-submitted")
    assert comms.events == []

    approver = new_page(browser, live_server)
    sign_in(approver, live_server, Role.APPROVER, path=statement_url)
    # Only the English was edited: the Bengali version is behind, and the page says so.
    behind = approver.locator("#languages-behind")
    expect(behind).to_contain_text("The Bengali (bn) version was last edited in revision 1")
    # The review leads for the approver: no sticky editing bar competing with it.
    assert approver.get_by_role("button", name="Save and submit for review").count() == 0
    expect(
        approver.get_by_role("button", name=re.compile("^Save my edits instead"))
    ).to_be_visible()
    # Approving without a reason is refused, and the page says so at the top.
    approver.get_by_role("button", name=re.compile("^Approve revision")).click()
    expect(approver.locator("#action-errors")).to_contain_text("Approving did not work")
    assert approver.locator("#action-errors").bounding_box()["y"] < 400  # type: ignore[index]
    approver.events.remove(  # the refused approval's 422, expected; nothing else may be there
        "console error: Failed to load resource: the server responded with a status of 422 "
        "(Unprocessable Entity)"
    )
    approver.get_by_label(re.compile("^Override reason")).fill(
        "Bengali customers get the translation within the hour; English goes first."
    )
    approver.get_by_role("button", name=re.compile("^Approve revision")).click()
    expect(approver.get_by_text("Approved.", exact=True)).to_be_visible()
    shot(approver, artifacts, "07-approved")

    # No dead end for the comms person: the page says what comes next and who can do it.
    comms.goto(statement_url)
    expect(comms.locator("#next-step")).to_contain_text("publish it.")
    expect(comms.locator("#next-step")).to_contain_text("Only a commander")
    assert comms.get_by_role("button", name="Publish now").count() == 0

    commander = new_page(browser, live_server, viewport=PHONE)
    sign_in(commander, live_server, Role.COMMANDER, path=statement_url)
    commander.get_by_role("button", name="Publish now").click()
    expect(commander.get_by_text("Published.", exact=True)).to_be_visible()
    assert commander.locator("#statement-status").inner_text() == "published"
    shot(commander, artifacts, "08-published-phone")
    # Nothing on the 375-pixel screen is wider than the screen.
    width = commander.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"], width

    public = new_page(browser, live_server)
    public.goto("/status")
    assert HEADLINE in public.content()
    shot(public, artifacts, "09-public-status-page")
    feed = public.request.get(f"{live_server.base_url}/status/feed.atom")
    assert feed.ok and HEADLINE in feed.text()
    summary = public.request.get(f"{live_server.base_url}/api/v2/summary.json")
    assert summary.ok
    assert "Checkout failing" in json.dumps(summary.json()) or HEADLINE in json.dumps(
        summary.json()
    )
    for page in (approver, commander):  # the public page is checked by its own tests
        assert page.events == [], page.events
