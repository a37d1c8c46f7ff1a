"""Write the README screenshots: the control center, the statement editor and the public
status page, from a throwaway server with a published incident, in headless Chromium.

    python -m tests.browser.screenshots [--out docs/pages/screenshots]

Uses the same server and Chromium as the browser tests (tests/browser/conftest.py).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from sqlmodel import Session

from crisiscomms.db import make_engine, utc_now
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.schemas import IncidentCreate, Scope
from crisiscomms.principal import SYSTEM, Role
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, REPO, LiveServer, start_server
from tests.browser.pages import DESKTOP, PHONE, sign_in
from tests.commitments.factories import Scene, draft, first_statement, promise
from tests.statements.factories import person

OUT = REPO / "docs" / "pages" / "screenshots"
MAX_BYTES = 200_000


def seed(server: LiveServer) -> int:
    """An incident activated 40 minutes ago with a published statement and two promises,
    and a new draft; returns the draft's id."""
    engine = make_engine(server.settings)
    now = utc_now()
    with Session(engine, expire_on_commit=False) as session:
        commander = person(session, Role.COMMANDER)
        incident = incident_service.activate(
            session,
            IncidentCreate(
                plan_slug="service-outage",
                severity="sev1",
                title="Card payments failing at checkout in the EU",
                summary="Card payments fail for about 30% of checkouts in the EU.",
                scope=Scope(products=["Checkout"], regions=["EU"]),
                affected_customers=1200,
                detected_at=now - timedelta(minutes=55),
                commander_id=commander.user_id,
            ),
            actor=SYSTEM,
            now=now - timedelta(minutes=40),
        )
        s = Scene(
            incident=incident,
            author=person(session, Role.COMMS),
            approver=person(session, Role.APPROVER),
            commander=commander,
        )
        first_statement(
            session,
            s,
            promise("Refund every failed card payment", s.author, now + timedelta(hours=3)),
            promise("Publish the root-cause analysis", s.author, now + timedelta(days=2)),
            now=now - timedelta(minutes=10),
        )
        statement = draft(session, s.incident_id, s.author, now=now)
        session.commit()
        statement_id = statement.id or 0
    engine.dispose()
    return statement_id


def take(out: Path) -> list[Path]:
    """Start a server, seed it, and write the three screenshots into `out`."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        servers = start_server(Path(tmp), host="127.0.0.1")
        server = next(servers)
        try:
            statement_id = seed(server)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
                )
                desktop = browser.new_context(base_url=server.base_url, viewport=DESKTOP)
                page = desktop.new_page()
                sign_in(page, server, Role.COMMANDER)
                shots = {
                    "control-center.png": ("/", False),
                    "statement-editor.png": (f"/statements/{statement_id}", False),
                }
                for name, (path, full) in shots.items():
                    page.goto(path)
                    page.wait_for_timeout(1500)  # countdowns and the live check have painted
                    page.screenshot(path=str(out / name), full_page=full)
                    written.append(out / name)
                phone = browser.new_context(base_url=server.base_url, viewport=PHONE)
                public = phone.new_page()
                public.goto("/status")
                public.screenshot(path=str(out / "status-page-phone.png"), full_page=False)
                written.append(out / "status-page-phone.png")
                browser.close()
        finally:
            servers.close()
    return written


def main() -> int:
    """Write the screenshots; fail when one is larger than MAX_BYTES."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    too_large = []
    for path in take(args.out):
        size = path.stat().st_size
        sys.stdout.write(f"{path} {size // 1024} KiB\n")
        if size > MAX_BYTES:
            too_large.append(path)
    return 1 if too_large else 0


if __name__ == "__main__":
    raise SystemExit(main())
