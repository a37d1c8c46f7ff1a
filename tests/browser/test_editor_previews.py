"""The statement editor's previews in Chromium: each network of the plan beside the fields,
with its count against its limit and the status card (loaded, with its alt text); editing
the text changes the counts and the card live, from the server's own renditions."""

# Bengali text is the point here.

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import regex
from sqlmodel import Session

from crisiscomms.db import make_engine, utc_now
from crisiscomms.flows import plans as plan_flow
from crisiscomms.flows import statements as statement_flow
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.schemas import IncidentCreate, Scope
from crisiscomms.principal import SYSTEM, Role
from tests.browser.conftest import LiveServer
from tests.browser.pages import new_page, shot, sign_in
from tests.statements.factories import person
from tests.statements.test_previews import LIMITS, SOCIAL, every_network_plan

LONG_IMPACT = " ".join(
    f"Customers in region {n} could not pay by card at checkout this morning." for n in range(30)
)


def _seed(server: LiveServer) -> int:
    """A draft statement of a plan that posts to every network (Threads in Bengali first)."""
    body = every_network_plan()
    body = body.model_copy(
        update={
            "slug": "every-network-browser",
            "channels": [
                c.model_copy(update={"locales": ["bn", "en"]}) if c.id == "threads" else c
                for c in body.channels
            ],
        }
    )
    engine = make_engine(server.settings)
    now = utc_now()
    with Session(engine, expire_on_commit=False) as session:
        plan_flow.create_plan(session, body=body, source="test", actor=SYSTEM, now=now)
        incident = incident_service.activate(
            session,
            IncidentCreate(
                plan_slug=body.slug,
                severity=body.severities[0].id,
                title="Checkout failing",
                summary="Card payments fail for about 30% of checkouts.",
                scope=Scope(products=["Checkout"], regions=["EU"]),
                affected_customers=1200,
                detected_at=now - timedelta(minutes=5),
            ),
            actor=SYSTEM,
            now=now,
        )
        statement = statement_flow.draft(
            session,
            incident.id or 0,
            stage=None,
            holding=False,
            actor=person(session, Role.COMMS),
            now=now,
        )
        session.commit()
    engine.dispose()
    assert statement.id is not None
    return statement.id


def _card_loaded(page: Any, box: Any) -> str:
    """Wait for the box's card to be drawn in the browser; its alt text."""
    image = box.locator("[data-card] img")
    image.scroll_into_view_if_needed()
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=image.element_handle()
    )
    alt = image.get_attribute("alt") or ""
    assert alt and box.locator("[data-card] [data-alt]").inner_text() == alt
    return alt


def test_each_networks_preview_follows_the_edit(
    browser: Any, live_server: LiveServer, artifacts: Path
) -> None:
    from playwright.sync_api import expect

    statement_id = _seed(live_server)
    page = new_page(browser, live_server)
    sign_in(page, live_server, Role.COMMS, path=f"/statements/{statement_id}")

    def box(kind: str, locale: str = "en") -> Any:
        return page.locator(f'[data-preview="{kind}"][data-locale="{locale}"]')

    for kind, limit in LIMITS.items():
        preview = box(kind)
        expect(preview).to_be_visible()
        assert preview.get_attribute("data-limit") == str(limit)
        expect(preview.locator("[data-summary]")).to_contain_text(f"/ {limit:,}")
        assert preview.locator("[data-posts] li").count() >= 1
        if kind != "threads":  # Threads posts Bengali first: its card is in Bengali
            assert "Checkout" in _card_loaded(page, preview)
    expect(box("sms").locator("[data-summary]")).to_contain_text("of 3 segments")
    expect(box("email").locator("[data-subject]")).not_to_be_empty()
    shot(page, artifacts, "editor-previews-01-saved")

    x_before = box("x").locator("[data-summary]").inner_text()
    x_posts = box("x").locator("[data-posts] li").count()
    mastodon_before = box("mastodon").locator("[data-summary]").inner_text()
    page.locator('[data-field-input="en.impact"]').fill(LONG_IMPACT)
    expect(box("x").locator("[data-summary]")).not_to_have_text(x_before, timeout=10_000)
    expect(box("mastodon").locator("[data-summary]")).not_to_have_text(mastodon_before)
    assert box("x").locator("[data-posts] li").count() > x_posts
    counts = box("x").locator("[data-posts] .count").all_inner_texts()
    assert counts and all(text.endswith("/ 280 weighted characters") for text in counts)
    assert all(int(text.split(" /")[0].replace(",", "")) <= 280 for text in counts)
    expect(page.locator("[data-preview-state]").first).to_contain_text("unsaved text")

    # A new headline: the card is drawn again from the unsaved text, with new alt text.
    old_src = box("x").locator("[data-card] img").get_attribute("src")
    page.locator('[data-field-input="en.headline"]').fill("Card payments at checkout restored")
    expect(box("x").locator("[data-card] img")).to_have_attribute(
        "alt", re.compile("Card payments at checkout restored"), timeout=10_000
    )
    page.wait_for_function(
        'src => document.querySelector(\'[data-preview="x"][data-locale="en"] [data-card] img\')'
        ".src !== src",
        arg=old_src,
    )
    assert "Card payments at checkout restored" in _card_loaded(page, box("x"))
    shot(page, artifacts, "editor-previews-02-edited")

    # Bengali: every network counted in Bengali; Threads posts Bengali first, with its card.
    page.get_by_role("tab", name="bn").click()
    for kind in SOCIAL:
        expect(box(kind, "bn").locator("[data-summary]")).to_contain_text(f"/ {LIMITS[kind]:,}")
    threads_alt = _card_loaded(page, box("threads", "bn"))
    assert regex.search(r"\p{Bengali}", threads_alt)
    expect(box("x", "bn").locator("[data-note]")).to_contain_text("The card, in en,")
    bn_before = box("bluesky", "bn").locator("[data-summary]").inner_text()
    page.locator('[data-field-input="bn.impact"]').fill(
        "অঞ্চলের গ্রাহকরা আজ সকালে কার্ডে পেমেন্ট করতে পারেননি। " * 12
    )
    expect(box("bluesky", "bn").locator("[data-summary]")).not_to_have_text(
        bn_before, timeout=10_000
    )
    shot(page, artifacts, "editor-previews-03-bengali")
    assert page.events == [], page.events
