"""A real server and a real headless Chromium for the browser tests.

The server is uvicorn in a background thread on a free port, against a temporary SQLite
database with the plan library imported and one user per role. Chromium is Debian's
`chromium` package (/usr/bin/chromium), driven by Playwright; no browser is downloaded.
Without Chromium or Playwright the tests skip with the reason, unless
CRISISCOMMS_REQUIRE_BROWSER=1 (set by .ci/run), which turns the skip into a failure.
Screenshots go to test-artifacts/browser/.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from sqlmodel import Session

from crisiscomms import migrations
from crisiscomms.accounts import service as account_service
from crisiscomms.config import Settings
from crisiscomms.db import make_engine, utc_now
from crisiscomms.flows import plans as plan_flow
from crisiscomms.main import create_app
from crisiscomms.principal import SYSTEM, Role
from tests.conftest import PLANS_DIR, REPO

CHROMIUM = Path(os.environ.get("CRISISCOMMS_CHROMIUM", "/usr/bin/chromium"))
REQUIRE_BROWSER = os.environ.get("CRISISCOMMS_REQUIRE_BROWSER") == "1"
ARTIFACTS = REPO / "test-artifacts" / "browser"
PASSWORD = "browser tests password"
ROLES = (Role.COMMS, Role.APPROVER, Role.COMMANDER, Role.ADMIN)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def browser_unavailable(reason: str) -> None:
    """Skip, or fail where the browser tests are required."""
    if REQUIRE_BROWSER:
        pytest.fail(f"{reason} (CRISISCOMMS_REQUIRE_BROWSER=1)", pytrace=False)
    pytest.skip(reason)


@dataclass
class LiveServer:
    """A running app: its base URL, settings and the e-mail address of each role's user."""

    base_url: str
    settings: Settings
    users: dict[Role, str]

    def email(self, role: Role) -> str:
        """The e-mail address of the user holding `role`."""
        return self.users[role]


def free_port(host: str) -> int:
    """A port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def _prepare_database(settings: Settings) -> dict[Role, str]:
    engine = make_engine(settings)
    migrations.upgrade(engine)
    users: dict[Role, str] = {}
    with Session(engine, expire_on_commit=False) as session:
        plan_flow.import_folder(session, PLANS_DIR, now=utc_now())
        for role in ROLES:
            email = f"{role.value}@example.test"
            account_service.create_user(
                session,
                email=email,
                name=f"{role.value.title()} User",
                role=role,
                password=PASSWORD,
                actor=SYSTEM,
                now=utc_now(),
            )
            users[role] = email
        session.commit()
    engine.dispose()
    return users


def start_server(
    tmp: Path,
    *,
    host: str,
    cookie_secure: bool = True,
    worker: bool = False,
    **overrides: Any,
) -> Iterator[LiveServer]:
    """Run the app with uvicorn in a thread until the generator is closed; with `worker`,
    the in-process worker runs too (every job, polling every 0.2 s), as under `serve`;
    `overrides` are more settings (or other values of these)."""
    values: dict[str, Any] = {
        "environment": "test",
        "database_url": f"sqlite:///{tmp / 'browser.db'}",
        "plans_dir": PLANS_DIR,
        "run_migrations_on_start": False,
        "import_plans_on_start": False,
        "run_worker_in_process": worker,
        "worker_poll_seconds": 0.2,
        "cookie_secure": cookie_secure,
        "web_dir": REPO / "web",
    }
    settings = Settings(**{**values, **overrides})
    users = _prepare_database(settings)
    port = free_port(host)
    config = uvicorn.Config(
        create_app(settings), host=host, port=port, log_level="warning", lifespan="on"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield LiveServer(base_url=f"http://{host}:{port}", settings=settings, users=users)
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="package")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless, driven by Playwright; closed when the browser tests end,
    because Playwright's sync API keeps an event loop running in the main thread."""
    if not CHROMIUM.exists():
        browser_unavailable(f"{CHROMIUM} not found: apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        browser_unavailable("playwright is not installed: pip install playwright")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The app on 127.0.0.1 with the default (Secure, __Host-) cookie settings."""
    yield from start_server(tmp_path_factory.mktemp("browser"), host="127.0.0.1")


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """The screenshot folder, emptied once per run: under xdist every worker asks, so the
    first one (by a lock and the run's id) empties it and the others keep what it holds;
    emptying it once per worker deleted another worker's folder while it wrote into it."""
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID", "")
    ARTIFACTS.parent.mkdir(parents=True, exist_ok=True)
    with (ARTIFACTS.parent / ".browser.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        marker = ARTIFACTS / ".run"
        if not run or not marker.exists() or marker.read_text() != run:
            shutil.rmtree(ARTIFACTS, ignore_errors=True)
            ARTIFACTS.mkdir(parents=True)
            marker.write_text(run)
    return ARTIFACTS
