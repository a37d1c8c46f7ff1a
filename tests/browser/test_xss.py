"""Script in every editable field, shown back in Chromium: nothing executes.

Each payload must also be STORED and read back (through the JSON API, with the browser's
own session, and as the page's visible text), so that a field refusing the payload cannot
make the test pass without showing it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from crisiscomms.principal import Role
from tests.browser.conftest import LiveServer
from tests.browser.pages import new_page, shot, sign_in

PAYLOADS = (
    "<script>window.__xss='script';alert('script')</script>",
    "<img src=x onerror=\"window.__xss='img';alert('img')\">",
    "javascript:window.__xss='link';alert('link')",
)
EVIL = " ".join(PAYLOADS)


def _api(page: Any, server: LiveServer, path: str) -> Any:
    """A JSON API answer, read with the browser's session."""
    response = page.request.get(f"{server.base_url}/api/v1{path}")
    assert response.ok, (path, response.status, response.text()[:300])
    return response.json()


def _shown_as_text(page: Any, text: str) -> None:
    """The payload is on the page as visible text (escaped, not parsed as markup)."""
    assert text in page.locator("main").inner_text(), text[:60]


def _assert_inert(page: Any) -> None:
    assert page.evaluate("() => window.__xss === undefined"), "a payload executed"
    assert page.locator("script:not([src]):not([type='application/json'])").count() == 0
    assert page.locator("img[src=x]").count() == 0
    assert page.locator("a[href^='javascript:' i]").count() == 0
    assert not [e for e in page.events if e.startswith("dialog")], page.events


def test_payloads_in_every_field_never_execute(
    browser: Any, live_server: LiveServer, artifacts: Path, tmp_path: Path
) -> None:
    page = new_page(browser, live_server)
    # The sign-in form shows the e-mail back after a failure.
    page.goto("/login")
    page.get_by_label("Email").fill(EVIL[:200])
    page.get_by_label("Password").fill("wrong password, surely")
    page.get_by_role("button", name="Sign in").click()
    _assert_inert(page)
    # A failed sign-in stores nothing by design; the typed address must come back intact.
    assert page.get_by_label("Email").input_value() == EVIL[:200]
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
    assert re.search(r"/incidents/\d+$", page.url), page.locator("main").inner_text()[:500]
    incident_url = page.url
    incident_id = int(incident_url.rsplit("/", 1)[1])
    stored = _api(page, live_server, f"/incidents/{incident_id}")
    assert stored["title"] == PAYLOADS[0][:190]
    assert stored["summary"] == EVIL
    assert stored["scope"]["products"] == [PAYLOADS[1][:60]]
    _shown_as_text(page, PAYLOADS[0][:190])
    page.get_by_label("Add a note").fill(EVIL)
    page.get_by_role("button", name="Add", exact=True).click()
    _assert_inert(page)
    page.get_by_label("Reason").fill(EVIL)
    # Another severity than the current one, so that the change (and its reason) is stored.
    current = page.locator("#severity").input_value()
    others = [
        value
        for value in page.locator("#severity option").evaluate_all("els => els.map(e => e.value)")
        if value != current
    ]
    page.locator("#severity").select_option(others[0])
    page.get_by_role("button", name="Change severity").click()
    _assert_inert(page)
    messages = [e["message"] for e in _api(page, live_server, f"/incidents/{incident_id}/timeline")]
    assert EVIL in messages, "the note was not stored"
    assert any(m.endswith(f": {EVIL}") and m.startswith("Severity") for m in messages), messages
    _shown_as_text(page, EVIL)

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
    statement_id = int(statement_url.rsplit("/", 1)[1])
    statement = _api(page, live_server, f"/statements/{statement_id}")
    assert statement["status"] == "in_review", page.locator("main").inner_text()[:500]
    for locale, value in statement["content"]["locales"].items():
        sections = value["sections"]
        assert sections and all(text == EVIL for text in sections.values()), (locale, sections)

    # Review reasons (the admin holds every role; reject first, with the payload as reason).
    page.goto(statement_url)
    page.get_by_label("Reason for sending it back").fill(EVIL)
    page.get_by_role("button", name="Send back").click()
    _assert_inert(page)
    statement = _api(page, live_server, f"/statements/{statement_id}")
    assert statement["rejection_reason"] == EVIL
    _shown_as_text(page, EVIL)

    # A plan whose description carries the payloads, stored as a new version.
    page.goto("/plans/1/edit")
    source = page.locator("#source").input_value()
    body = yaml.safe_load(source)
    body["description"] = EVIL
    changed = yaml.safe_dump(body, sort_keys=False, allow_unicode=True)
    page.locator("#source").fill(changed)
    page.get_by_role("button", name="Save as a new version").click()
    _assert_inert(page)
    plan = _api(page, live_server, "/plans/1")
    assert plan["version"]["body"]["description"] == EVIL, page.locator("main").inner_text()[:500]
    page.goto("/plans/1")
    _shown_as_text(page, EVIL)
    # A customer import whose names carry the payloads: previewed, imported, listed.
    upload = tmp_path / "evil.jsonl"
    upload.write_text(
        "\n".join(
            json.dumps({"external_id": f"XSS-{i}", "name": payload[:200]})
            for i, payload in enumerate(PAYLOADS)
        )
    )
    page.goto("/customers/import")
    page.get_by_label("File").set_input_files(str(upload))
    page.get_by_role("button", name="Preview").click()
    _assert_inert(page)
    _shown_as_text(page, PAYLOADS[0][:200])
    page.get_by_role("button", name=f"Import {len(PAYLOADS)} customers").click()
    _assert_inert(page)
    names = {c["name"] for c in _api(page, live_server, "/customers")["items"]}
    assert {payload[:200] for payload in PAYLOADS} <= names, names

    # The new pages show the same stored text: the board, the report, customers.
    paths = (
        "/",
        incident_url,
        statement_url,
        "/incidents",
        "/plans",
        "/audit",
        "/commitments",
        f"{incident_url}/commitments",
        f"{incident_url}/report",
        "/customers",
    )
    for path in paths:
        page.goto(path)
        _assert_inert(page)
    shot(page, artifacts, "xss-audit-log")
