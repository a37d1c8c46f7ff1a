"""Small Playwright helpers shared by the browser tests."""

from __future__ import annotations

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


def shot(page: Any, folder: Path, name: str) -> None:
    """A full-page screenshot into the artifacts folder."""
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)
