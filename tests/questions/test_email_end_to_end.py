"""Email replies become questions, and one answer goes back to each asker, end to end:
a real update email from the outbox to an SMTP sink carries the signed Reply-To; a reply
to it reaches our aiosmtpd receiver on 127.0.0.1 and becomes a question on the right
incident and customer; the group is answered once (drafted, approved by a second person)
and the answer reaches the asker through the outbox, threaded under their reply."""

from __future__ import annotations

import email
import smtplib
from datetime import timedelta
from email.message import EmailMessage
from email.policy import default as default_policy

import pytest
from aiosmtpd.controller import Controller
from sqlmodel import Session, select

from crisiscomms.config import Settings
from crisiscomms.customers.models import Customer
from crisiscomms.flows import answering as answer_flow
from crisiscomms.flows import questions as question_flow
from crisiscomms.questions import tokens
from crisiscomms.questions.models import (
    GroupStatus,
    PublicAnswer,
    Question,
    QuestionGroup,
    QuestionStatus,
)
from crisiscomms.worker.delivery import DeliveryEngine
from tests.broadcasts.test_end_to_end import run_worker
from tests.channels.servers import LocalSmtpServer
from tests.commitments.factories import Scene
from tests.conftest import NOW
from tests.questions.conftest import REPLY_ADDRESS


def reply(update: EmailMessage, text: str, *, sender: str = "c00001@example.com") -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = str(update["Reply-To"])
    message["Subject"] = f"Re: {update['Subject']}"
    message["Message-ID"] = "<reply-1@mail.example.com>"
    message["In-Reply-To"] = str(update["Message-ID"])
    message["References"] = str(update["Message-ID"])
    message.set_content(f"{text}\n\nOn Sunday, Northwind Status wrote:\n> the update text\n")
    return message.as_bytes()


def send(receiver: Controller, raw: bytes, to: str) -> tuple[int, bytes]:
    with smtplib.SMTP(receiver.hostname, receiver.port, timeout=10) as smtp:
        smtp.ehlo()
        smtp.mail("c00001@example.com")
        code, answer = smtp.rcpt(to)
        if code != 250:
            return code, answer
        return smtp.data(raw)


def test_a_reply_by_smtp_becomes_a_question_and_the_answer_comes_back_threaded(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
    receiver: Controller,
    update_mail: tuple[Scene, EmailMessage],
) -> None:
    s, update = update_mail
    reply_to = str(update["Reply-To"])
    assert reply_to.startswith("replies+") and reply_to.endswith("@northwind.example")
    token = tokens.token_in(reply_to, REPLY_ADDRESS)
    assert token is not None and len(token) == tokens.TOKEN_LENGTH
    assert "c00001" not in reply_to.lower()  # the token says nothing readable

    # The From is someone else's address: the token, not the From, says who asked.
    raw = reply(update, "Will I pay for the hours the service was down?", sender="x@evil.test")
    code, answer = send(receiver, raw, reply_to)
    assert code == 250, answer
    assert b"accepted" in answer
    question = session.exec(select(Question)).one()
    customer = session.exec(select(Customer).where(Customer.external_id == "C00001")).one()
    assert question.incident_id == s.incident_id
    assert question.customer_id == customer.id
    assert question.text == "Will I pay for the hours the service was down?"  # quote cut
    assert question.sender == "x@evil.test"
    group = session.get(QuestionGroup, question.group_id)
    assert group is not None and group.plan_question_id == "charged"

    answer_text = (
        "No. You do not pay for the hours the service was down: we credit them on your next "
        "invoice, dated 1 December."
    )
    answer_flow.draft_answer(
        session,
        s.incident_id,
        group.id or 0,
        text=answer_text,
        locale="en",
        public_question="Will I pay for the time the service was down?",
        actor=s.author,
        now=NOW + timedelta(minutes=10),
    )
    with pytest.raises(Exception, match="two-person"):
        answer_flow.approve_answer(session, s.incident_id, group.id or 0, actor=s.author, now=NOW)
    answer_flow.approve_answer(
        session,
        s.incident_id,
        group.id or 0,
        actor=s.approver,
        now=NOW + timedelta(minutes=12),
    )
    session.refresh(question)
    assert question.status == QuestionStatus.ANSWERED
    assert group.status == GroupStatus.ANSWERED
    public = session.exec(select(PublicAnswer)).one()
    assert public.question == "Will I pay for the time the service was down?"

    before = len(smtp_server.behaviour.received)
    run_worker(session, delivery, now=NOW + timedelta(minutes=12))
    sent = smtp_server.behaviour.received[before:]
    assert [m.recipients for m in sent] == [[customer.email]]  # the address we hold
    threaded = email.message_from_bytes(sent[0].content, policy=default_policy)
    assert threaded["In-Reply-To"] == "<reply-1@mail.example.com>"
    assert "<reply-1@mail.example.com>" in str(threaded["References"])
    assert str(threaded["Subject"]).startswith("Re: ")
    assert answer_text in threaded.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert tokens.token_in(str(threaded["Reply-To"]), REPLY_ADDRESS) == token


def test_forged_and_foreign_mail_is_refused_at_the_receiver_with_a_reason(
    session: Session,
    receiver: Controller,
    update_mail: tuple[Scene, EmailMessage],
) -> None:
    _, update = update_mail
    reply_to = str(update["Reply-To"])
    token = tokens.token_in(reply_to, REPLY_ADDRESS) or ""
    forged = token[:20] + ("a" if token[20] != "a" else "b") + token[21:]
    forged_to = tokens.reply_address(REPLY_ADDRESS, forged)
    code, answer = send(receiver, reply(update, "Is my data safe?"), forged_to)
    assert code == 550 and b"forged or altered" in answer
    code, answer = send(receiver, reply(update, "Is my data safe?"), "someone@northwind.example")
    assert code == 550 and b"not a reply address" in answer
    head, _, _ = reply(update, "Is my data safe?").partition(b"\n\n")
    too_big = head + b"\n\n" + (b"y" * 70 + b"\n") * 1000  # over the 64 KiB limit
    code, answer = send(receiver, too_big, reply_to)
    assert code in {500, 552}, answer  # refused at DATA (size, or aiosmtpd line limits)
    code, answer = send(receiver, b"\xff\xfe not an email at all", reply_to)
    assert code in {550, 554}
    assert session.exec(select(Question)).all() == []


def test_script_html_and_floods_are_quarantined_never_grouped(
    session: Session,
    receiver: Controller,
    update_mail: tuple[Scene, EmailMessage],
) -> None:
    _, update = update_mail
    reply_to = str(update["Reply-To"])
    message = EmailMessage()
    message["From"] = "c00001@example.com"
    message["To"] = reply_to
    message["Subject"] = "Re: update"
    message.set_content("<p>Is my data safe?<script>alert(1)</script></p>", subtype="html")
    code, answer = send(receiver, message.as_bytes(), reply_to)
    assert code == 250 and b"quarantined" in answer
    kept = session.exec(select(Question)).one()
    assert kept.status == QuestionStatus.QUARANTINED and kept.group_id is None
    assert "script" in (kept.reason or "")
    assert "<" not in kept.text and "alert" not in kept.text  # text only, script dropped
    for n in range(question_flow.MAIL_LIMIT + 2):
        code, answer = send(
            receiver, reply(update, f"Question number {n} about refunds?"), reply_to
        )
        assert code == 250
    statuses = [q.status for q in session.exec(select(Question).order_by(Question.id))]
    assert statuses.count(QuestionStatus.QUARANTINED) == 1 + 3  # the script and the flood
    flood = session.exec(select(Question).order_by(Question.id.desc())).first()  # type: ignore[union-attr]
    assert flood is not None and "flood" in (flood.reason or "")
