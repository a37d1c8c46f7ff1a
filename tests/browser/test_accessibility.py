"""axe-core on every kind of page, in Chromium: no serious or critical WCAG 2.1 A/AA issue.

Each staff page is opened as an admin (who sees every control) with an incident, an
approved statement and a published update in place, then the public pages; pages that
other browser tests screenshot are checked there too (`pages.shot` runs axe first).
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from crisiscomms.db import make_engine
from crisiscomms.plans.models import Plan
from crisiscomms.principal import Role
from crisiscomms.statements.models import Statement
from tests.browser.conftest import LiveServer
from tests.browser.pages import PHONE, check_accessibility, new_page, sign_in
from tests.browser.test_broadcast_progress import _seed

STAFF_PAGES = (
    "/",
    "/incidents",
    "/incidents/new",
    "/incidents/{incident}",
    "/incidents/{incident}/report",
    "/statements/{statement}",
    "/commitments",
    "/broadcasts",
    "/channels",
    "/channels/new",
    "/customers",
    "/customers/import",
    "/subscribers",
    "/plans",
    "/plans/new",
    "/plans/{plan}",
    "/plans/{plan}/edit",
    "/plans/{plan}/versions",
    "/readiness",
    "/check",
    "/audit",
    "/account/password",
)
PUBLIC_PAGES = ("/status", "/status?lang=bn", "/status/incidents/{incident}", "/status/subscribe")


def test_every_page_passes_axe(browser: Any, live_server: LiveServer) -> None:
    statement_id = _seed(live_server)
    engine = make_engine(live_server.settings)
    with Session(engine) as session:
        plan_id = session.exec(select(Plan.id).where(Plan.slug == "service-outage")).one()
        incident_id = session.exec(
            select(Statement.incident_id).where(Statement.id == statement_id)
        ).one()
    engine.dispose()
    ids = {"incident": incident_id, "statement": statement_id, "plan": plan_id}
    page = new_page(browser, live_server)
    sign_in(page, live_server, Role.ADMIN)
    checked = []
    for path in STAFF_PAGES:
        url = path.format(**ids)
        response = page.goto(url)
        assert response is not None and response.status == 200, url
        check_accessibility(page, url)
        checked.append(url)
    phone = new_page(browser, live_server, viewport=PHONE)
    for path in PUBLIC_PAGES:
        url = path.format(**ids)
        response = phone.goto(url)
        assert response is not None and response.status in (200, 404), url
        check_accessibility(phone, url)
        checked.append(url)
    assert len(checked) == len(STAFF_PAGES) + len(PUBLIC_PAGES)
