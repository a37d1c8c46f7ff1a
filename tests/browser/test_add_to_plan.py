""" "Add to the plan" in real Chromium: the post-incident report lists a question the plan
had not foreseen with a link to add it; an approver opens it, is told what the plan still
needs (the Bengali text), fills it in and adds the question with its approved answer: a new
version of the plan. A comms person is not offered the form. The answer is sent ahead."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session

from crisiscomms.db import begin_writes, make_engine, utc_now
from crisiscomms.flows import answering as answer_flow
from crisiscomms.flows import questions as question_flow
from crisiscomms.incidents import service as incident_service
from crisiscomms.plans import service as plan_service
from crisiscomms.principal import Role
from crisiscomms.questions.models import QuestionChannel, QuestionGroup
from tests.browser.conftest import LiveServer, start_server
from tests.browser.pages import new_page, shot, sign_in
from tests.commitments.factories import first_statement, scene

UNFORESEEN = "Can I still use the mobile app to check my balance?"
ANSWER = "Yes. The mobile app shows balances as usual; only card payments fail."
BN_QUESTION = "আমি কি মোবাইল অ্যাপ ব্যবহার করতে পারি?"
BN_ANSWER = "হ্যাঁ। মোবাইল অ্যাপে ব্যালান্স আগের মতোই দেখা যায়; শুধু কার্ড পেমেন্ট ব্যর্থ হচ্ছে।"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    yield from start_server(tmp_path_factory.mktemp("add_to_plan"), host="127.0.0.1")


@pytest.fixture(scope="module")
def answered(server: LiveServer) -> tuple[int, int]:
    """An incident with an unforeseen question, answered by two people: (incident, group)."""
    engine = make_engine(server.settings)
    with Session(engine, expire_on_commit=False) as session:
        begin_writes(session)
        s = scene(session)
        now = utc_now()
        first_statement(session, s, now=now - timedelta(minutes=5))
        recorded = question_flow.log_question(
            session,
            s.incident_id,
            text=UNFORESEEN,
            channel=QuestionChannel.PHONE,
            language=None,
            customer_external_id=None,
            actor=s.author,
            now=now,
        )
        group_id = recorded.group.id or 0
        answer_flow.draft_answer(
            session,
            s.incident_id,
            group_id,
            text=ANSWER,
            locale="en",
            public_question="Can I use the mobile app?",
            actor=s.author,
            now=now,
        )
        answer_flow.approve_answer(session, s.incident_id, group_id, actor=s.approver, now=now)
        session.commit()
        found = (s.incident_id, group_id)
    engine.dispose()
    return found


def plan_state(server: LiveServer, incident_id: int, group_id: int) -> tuple[int, int, Any, Any]:
    engine = make_engine(server.settings)
    with Session(engine) as session:
        incident = incident_service.get_incident(session, incident_id)
        pinned = plan_service.get_version_by_id(session, incident.plan_version_id)
        latest = plan_service.get_version(session, pinned.plan_id)
        group = session.get(QuestionGroup, group_id)
        assert group is not None
        body = plan_service.body_of(latest)
        added = next((q for q in body.questions if q.id == group.plan_question_id), None)
        state = (pinned.version, latest.version, added, group.send_ahead_at)
    engine.dispose()
    return state


def test_an_unforeseen_question_is_added_to_the_plan_from_the_report(
    browser: Any, server: LiveServer, answered: tuple[int, int], artifacts: Path
) -> None:
    incident_id, group_id = answered
    comms = new_page(browser, server)
    sign_in(comms, server, Role.COMMS, path=f"/incidents/{incident_id}/questions/{group_id}")
    assert comms.locator("#add-to-plan").count() == 0  # an approver's decision
    comms.get_by_role("button", name="Send ahead with the next update").click()
    assert comms.locator("#send-ahead-notice").is_visible()

    approver = new_page(browser, server)
    sign_in(approver, server, Role.APPROVER, path=f"/incidents/{incident_id}/report")
    unforeseen = approver.locator("#unforeseen")
    assert UNFORESEEN in unforeseen.inner_text()
    shot(approver, artifacts, "report-unforeseen-questions")
    unforeseen.get_by_role("link", name="Add to the plan").click()
    section = approver.locator("#add-to-plan")
    assert section.get_by_label("The question (en)").input_value() == "Can I use the mobile app?"
    section.get_by_role("button", name="Add to the plan").click()
    assert "missing the 'bn' text" in approver.locator("#plan-errors").inner_text()
    assert plan_state(server, incident_id, group_id)[2] is None  # nothing was written

    section = approver.locator("#add-to-plan")
    section.get_by_label("The question (bn)").fill(BN_QUESTION)
    section.get_by_label("The answer (bn)").fill(BN_ANSWER)
    shot(approver, artifacts, "add-to-plan-form")
    section.get_by_role("button", name="Add to the plan").click()

    assert "Added to the plan as version" in approver.locator("#added-notice").inner_text()
    assert approver.locator("#add-to-plan").count() == 0  # the plan foresees it now
    pinned, latest, added, sent_ahead = plan_state(server, incident_id, group_id)
    assert latest == pinned + 1
    assert added is not None and added.question == {
        "en": "Can I use the mobile app?",
        "bn": BN_QUESTION,
    }
    assert added.answer == {"en": ANSWER, "bn": BN_ANSWER}
    assert sent_ahead is not None
    for page in (comms, approver):
        assert not [e for e in page.events if e.startswith(("pageerror", "dialog"))], page.events
