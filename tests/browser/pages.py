"""Small Playwright helpers shared by the browser tests."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from crisiscomms.principal import Role
from tests.browser.conftest import PASSWORD, LiveServer

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


def new_page(browser: Any, server: LiveServer, *, viewport: dict[str, int] = DESKTOP) -> Any:
    """A page in a fresh context (its own cookies), failing on any page error or dialog."""
    context = browser.new_context(base_url=server.base_url, viewport=viewport)
    page = context.new_page()
    page.events = []
    page.on(
        "dialog", lambda dialog: (page.events.append(f"dialog: {dialog.message}"), dialog.dismiss())
    )
    page.on("pageerror", lambda error: page.events.append(f"pageerror: {error}"))
    page.on(
        "console",
        lambda message: (
            page.events.append(f"console {message.type}: {message.text}")
            if message.type == "error"
            else None
        ),
    )
    return page


def sign_in(page: Any, server: LiveServer, role: Role, *, path: str = "/") -> None:
    """Sign in through the form and land on `path`."""
    page.goto(path)
    if "/login" in page.url:
        page.get_by_label("Email").fill(server.email(role))
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_load_state()
    assert "/login" not in page.url, page.content()


WALKTHROUGH = os.environ.get("CRISISCOMMS_SCREENSHOTS_TO")
"""Where to also write each screenshot as the screen shows it (the README walk-through:
`CRISISCOMMS_SCREENSHOTS_TO=docs/pages/screenshots/walkthrough pytest
tests/browser/test_publish_flow.py`)."""


def shot(page: Any, folder: Path, name: str) -> None:
    """A full-page screenshot into the artifacts folder, after the page passes axe-core."""
    check_accessibility(page, name)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)
    if WALKTHROUGH:
        Path(WALKTHROUGH).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(WALKTHROUGH) / f"{name}.png"), full_page=False)


AXE = Path(__file__).parent / "vendor" / "axe-4.14.1.min.js"
"""axe-core 4.14.1 (MPL-2.0, vendor/axe-LICENSE.txt), as published on npm: no download."""
FAILING_IMPACTS = ("serious", "critical")


def check_accessibility(page: Any, name: str) -> None:
    """Run axe-core (WCAG 2.x A and AA rules) on the page as it is now; fail on any serious
    or critical violation, naming the rule and the elements."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        """() => axe.run(document, {runOnly: {type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"""
    )
    bad = [v for v in result["violations"] if v["impact"] in FAILING_IMPACTS]
    report = "; ".join(
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(" ".join(node["target"]) for node in v["nodes"][:5])
        for v in bad
    )
    assert not bad, f"axe-core on {name} ({page.url}): {report}"
