"""Questions in real Chromium: a visitor asks on the public incident page from a phone; a
comms person finds it in the queue and drafts an answer (the check refuses an evasive one
at its words); an approver approves it; the public "Questions and answers" shows it,
escaped, on the phone. Every page passes axe-core."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session

from crisiscomms.db import begin_writes, make_engine, utc_now
from crisiscomms.principal import Role
from tests.browser.conftest import LiveServer, start_server
from tests.browser.pages import PHONE, new_page, shot, sign_in
from tests.commitments.factories import first_statement, scene


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    yield from start_server(tmp_path_factory.mktemp("questions"), host="127.0.0.1")


@pytest.fixture(scope="module")
def incident_id(server: LiveServer) -> int:
    """A public incident: activated and its first statement published."""
    engine = make_engine(server.settings)
    with Session(engine, expire_on_commit=False) as session:
        begin_writes(session)
        s = scene(session)
        first_statement(session, s, now=utc_now() - timedelta(minutes=5))
        session.commit()
        found = s.incident_id
    engine.dispose()
    return found


HOSTILE = 'Is my data safe? <img src=x onerror="window.__xss=1">'


def test_a_question_asked_on_a_phone_is_answered_once_and_shown_to_everyone(
    browser: Any, server: LiveServer, incident_id: int, artifacts: Path
) -> None:
    visitor = new_page(browser, server, viewport=PHONE)
    visitor.goto(f"/status/incidents/{incident_id}")
    visitor.get_by_text("Ask a question").click()
    visitor.get_by_label("Your question").fill(HOSTILE)
    shot(visitor, artifacts, "question-form-phone")
    visitor.get_by_role("button", name="Send the question").click()
    assert "reached our team" in visitor.locator("main").inner_text()

    comms = new_page(browser, server)
    sign_in(comms, server, Role.COMMS, path=f"/incidents/{incident_id}/questions")
    queue = comms.locator("#question-queue")
    assert "Is my data safe?" in queue.inner_text()
    assert comms.evaluate("window.__xss") is None  # shown as text, never as markup
    shot(comms, artifacts, "question-queue")
    queue.get_by_role("link").first.click()
    comms.get_by_label("Answer (plain text", exact=False).fill(
        "We apologise for any inconvenience. It was caused by our supplier."
    )
    comms.get_by_role("button", name="Save the draft").click()
    assert "transparency check" in comms.locator("#answer-error").inner_text()
    assert "caused by our supplier" in comms.locator("#answer-error mark").all_inner_texts()
    comms.get_by_label("Answer (plain text", exact=False).fill(
        "We have found no sign that any data was lost or seen by anyone else. "
        "We will say so here by 18:00 UTC today if that changes. <b>Nothing</b> else is needed."
    )
    comms.get_by_label("Public wording", exact=False).fill("Is my data safe?")
    comms.get_by_role("button", name="Save the draft").click()
    assert comms.locator("#drafted-answer").is_visible()
    shot(comms, artifacts, "question-answer-editor")

    approver = new_page(browser, server)
    sign_in(approver, server, Role.APPROVER, path=comms.url.split("?")[0])
    approver.get_by_role("button", name="Approve and send").click()
    assert approver.locator("#answered-notice").is_visible()

    deadline = time.monotonic() + 10
    while True:  # every process serves the new public version within about a second
        visitor.goto(f"/status/incidents/{incident_id}")
        block = visitor.locator("#questions")
        if "no sign that any data was lost" in block.inner_text():
            break
        assert time.monotonic() < deadline, block.inner_text()
        time.sleep(0.3)
    assert block.locator("h3", has_text="Is my data safe?").is_visible()
    assert "<b>Nothing</b>" in block.inner_text()  # escaped, not bold
    assert block.locator("b").count() == 0
    assert "onerror" not in block.inner_text()  # the asker's words are never published
    assert visitor.evaluate("window.__xss") is None
    assert visitor.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shot(visitor, artifacts, "question-answered-phone")
    for page in (visitor, comms, approver):  # no script ran, no dialog opened
        assert not [e for e in page.events if e.startswith(("pageerror", "dialog"))], page.events
