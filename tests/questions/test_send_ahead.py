"""An approved answer sent ahead: the next statement's draft carries it in its Questions
and answers; published and delivered, it reaches every affected customer by email (a real
SMTP sink); the group is then sent ahead, and a later question of it counts as answered
before it was asked in the report's figures."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session

from crisiscomms.config import Settings
from crisiscomms.errors import Conflict
from crisiscomms.flows import answering as answer_flow
from crisiscomms.flows import broadcast as broadcast_flow
from crisiscomms.flows import question_followup
from crisiscomms.flows import questions as question_flow
from crisiscomms.questions import queue as question_queue
from crisiscomms.questions.models import QuestionChannel, QuestionGroup
from crisiscomms.statements.content import StatementContent
from crisiscomms.worker.delivery import DeliveryEngine
from tests.broadcasts.factories import approved, customers
from tests.broadcasts.test_end_to_end import IN_SCOPE, run_worker
from tests.channels.servers import LocalSmtpServer
from tests.commitments.factories import Scene, scene
from tests.conftest import NOW
from tests.questions.factories import customer_channel, mails_to

ANSWER = "Yes. The mobile app shows balances as usual; only card payments fail."


def ask(session: Session, s: Scene, text: str, at: object) -> object:
    return question_flow.log_question(
        session,
        s.incident_id,
        text=text,
        channel=QuestionChannel.PHONE,
        language=None,
        customer_external_id=None,
        actor=s.author,
        now=at,  # type: ignore[arg-type]
    )


def answered_group(session: Session, s: Scene) -> int:
    recorded = ask(session, s, "Can I still use the mobile app to check my balance?", NOW)
    group_id = recorded.group.id  # type: ignore[attr-defined]
    answer_flow.draft_answer(
        session,
        s.incident_id,
        group_id,
        text=ANSWER,
        locale="en",
        public_question="Can I use the mobile app?",
        actor=s.author,
        now=NOW,
    )
    answer_flow.approve_answer(session, s.incident_id, group_id, actor=s.approver, now=NOW)
    return int(group_id)


def test_an_answer_sent_ahead_goes_with_the_next_update_and_counts(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
) -> None:
    s = scene(session)
    customers(session, 2, attributes=IN_SCOPE)
    customer_channel(session, settings, smtp_server)
    group_id = answered_group(session, s)
    question_followup.mark_send_ahead(
        session, s.incident_id, group_id, actor=s.author, now=NOW + timedelta(minutes=1)
    )

    later = NOW + timedelta(minutes=5)
    statement = approved(session, s, now=later)
    content = StatementContent.model_validate(statement.content)
    for locale in content.locales.values():
        ids = [a.question_id for a in locale.answers]
        assert ids[-1] == f"q{group_id}" and locale.answers[-1].answer == ANSWER
    broadcast_flow.create_broadcast(
        session,
        statement_id=statement.id or 0,
        audiences=None,
        scheduled_at=None,
        actor=s.commander,
        now=later,
    )
    run_worker(session, delivery, now=later)

    for address in ("c00001@example.com", "c00002@example.com"):
        (mail,) = mails_to(smtp_server, address)
        body = mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        assert "Can I use the mobile app?" in body and "only card payments fail" in body
    group = session.get(QuestionGroup, group_id)
    assert group is not None and group.sent_ahead_statement_id == statement.id
    assert group.sent_ahead_at is not None

    next_draft = approved(session, s, now=later + timedelta(minutes=1))
    carried = StatementContent.model_validate(next_draft.content)
    assert all(  # sent once: the update after does not carry it again
        f"q{group_id}" not in [a.question_id for a in v.answers] for v in carried.locales.values()
    )
    ask(session, s, "can i still use the mobile app?", later + timedelta(minutes=10))
    figures = question_queue.figures(session, s.incident_id, plan=None, now=later)
    assert figures.answered_before_asked == 1 and figures.answered_on_arrival == 1


def test_only_an_approved_answer_with_a_public_wording_goes_ahead(session: Session) -> None:
    s = scene(session)
    recorded = ask(session, s, "Is the mobile app affected?", NOW)
    group_id = recorded.group.id  # type: ignore[attr-defined]
    with pytest.raises(Conflict):
        question_followup.mark_send_ahead(session, s.incident_id, group_id, actor=s.author, now=NOW)
    draft = approved(session, s, now=NOW)
    content = StatementContent.model_validate(draft.content)
    assert all(
        not a.question_id.startswith("q") or a.question_id[1:].isalpha()
        for v in content.locales.values()
        for a in v.answers
    )
