"""The question API and the inbound webhooks over HTTP: roles, shapes, each provider's
authentication, and bad input answered with a 4xx or a stated rejection, never a 500."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from email.message import EmailMessage

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from crisiscomms.principal import Role
from crisiscomms.questions.models import Question, QuestionStatus
from tests.commitments.factories import Scene
from tests.factories import auth_headers
from tests.questions.conftest import INBOUND_SECRET, MAILGUN_KEY

BEARER = {"Authorization": f"Bearer {INBOUND_SECRET}"}


def basic(password: str) -> dict[str, str]:
    token = base64.b64encode(f"postmark:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


def raw_reply(update: EmailMessage, text: str, message_id: str = "<r1@mail.example>") -> bytes:
    message = EmailMessage()
    message["From"] = "someone@example.com"
    message["To"] = str(update["Reply-To"])
    message["Subject"] = "Re: update"
    message["Message-ID"] = message_id
    message.set_content(text)
    return message.as_bytes()


def postmark(update: EmailMessage, text: str, **extra: object) -> dict[str, object]:
    reply_to = str(update["Reply-To"])
    return {
        "From": "someone@example.com",
        "FromFull": {"Email": "someone@example.com", "Name": "Someone", "MailboxHash": ""},
        "To": reply_to,
        "ToFull": [{"Email": reply_to, "Name": "", "MailboxHash": reply_to.split("+")[1][:47]}],
        "OriginalRecipient": reply_to,
        "Subject": "Re: Checkout payments are failing",
        "MessageID": "22c74902-a0c1-4511-804f-341342852c90",
        "MailboxHash": reply_to.split("+")[1].split("@")[0],
        "TextBody": text + "\n\nOn Sun, Status wrote:\n> old text",
        "HtmlBody": "",
        "StrippedTextReply": text,
        "Headers": [{"Name": "Message-ID", "Value": "<pm-1@mail.example>"}],
        "Attachments": [],
        **extra,
    }


def mailgun(update: EmailMessage, text: str, *, key: str = MAILGUN_KEY) -> dict[str, str]:
    stamp, token = str(int(time.time())), "t" * 50
    signature = hmac.new(key.encode(), f"{stamp}{token}".encode(), hashlib.sha256).hexdigest()
    return {
        "recipient": str(update["Reply-To"]),
        "sender": "someone@example.com",
        "from": "Someone <someone@example.com>",
        "subject": "Re: update",
        "body-plain": text,
        "stripped-text": text,
        "Message-Id": "<mg-1@mail.example>",
        "message-headers": json.dumps([["Message-Id", "<mg-1@mail.example>"]]),
        "timestamp": stamp,
        "token": token,
        "signature": signature,
    }


def test_each_inbound_shape_becomes_a_question_on_the_right_incident(
    session: Session, client: TestClient, update_mail: tuple[Scene, EmailMessage]
) -> None:
    s, update = update_mail
    answer = client.post(
        "/api/v1/inbound/email",
        content=raw_reply(update, "Was my data lost?"),
        headers={**BEARER, "Content-Type": "message/rfc822"},
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["status"] == "accepted"
    answer = client.post(
        "/api/v1/inbound/postmark",
        json=postmark(update, "Is my data exposed?"),
        headers=basic(INBOUND_SECRET),
    )
    assert answer.status_code == 200 and answer.json()["status"] == "accepted", answer.text
    answer = client.post("/api/v1/inbound/mailgun", data=mailgun(update, "Was data lost or seen?"))
    assert answer.status_code == 200 and answer.json()["status"] == "accepted", answer.text
    questions = session.exec(select(Question).order_by(Question.id)).all()
    assert [q.incident_id for q in questions] == [s.incident_id] * 3
    assert len({q.customer_id for q in questions}) == 1
    assert len({q.group_id for q in questions}) == 1  # the same question, three ways
    assert [q.message_id for q in questions] == [
        "<r1@mail.example>",
        "<pm-1@mail.example>",
        "<mg-1@mail.example>",
    ]


def test_inbound_webhooks_refuse_what_is_not_theirs(
    session: Session, client: TestClient, update_mail: tuple[Scene, EmailMessage]
) -> None:
    _, update = update_mail
    raw = raw_reply(update, "Was my data lost?")
    assert client.post("/api/v1/inbound/email", content=raw).status_code == 401
    wrong = {"Authorization": "Bearer not-the-secret"}
    assert client.post("/api/v1/inbound/email", content=raw, headers=wrong).status_code == 401
    assert (
        client.post(
            "/api/v1/inbound/postmark", json=postmark(update, "x?"), headers=basic("nope")
        ).status_code
        == 401
    )
    forged = mailgun(update, "Was my data lost?", key="key-someone-else")
    assert client.post("/api/v1/inbound/mailgun", data=forged).status_code == 401
    old = mailgun(update, "Was my data lost?")
    old["timestamp"] = str(int(time.time()) - 3600)
    assert client.post("/api/v1/inbound/mailgun", data=old).status_code == 401
    assert session.exec(select(Question)).all() == []


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        (b"", 422, "empty"),
        (b"\x00\x01\x02", 422, "malformed"),
        (b"From: a@b.example\r\n\r\n" + b"x" * 70_000, 413, "limit"),
    ],
)
def test_malformed_and_oversized_mail_is_a_4xx(
    client: TestClient,
    update_mail: tuple[Scene, EmailMessage],
    body: bytes,
    status: int,
    words: str,
) -> None:
    answer = client.post("/api/v1/inbound/email", content=body, headers=BEARER)
    assert answer.status_code == status, answer.text
    assert words in answer.text


def test_mail_that_is_no_reply_of_ours_is_rejected_with_a_reason(
    session: Session, client: TestClient, update_mail: tuple[Scene, EmailMessage]
) -> None:
    _, update = update_mail
    message = EmailMessage()
    message["From"] = "spam@example.com"
    message["To"] = "info@northwind.example"
    message.set_content("Buy now")
    answer = client.post("/api/v1/inbound/email", content=message.as_bytes(), headers=BEARER)
    assert answer.status_code == 200
    assert answer.json() == {
        "status": "rejected",
        "reason": "not a reply to one of our emails (no reply token)",
        "question_id": None,
    }
    automatic = EmailMessage()
    automatic["From"] = "c00001@example.com"
    automatic["To"] = str(update["Reply-To"])
    automatic["Auto-Submitted"] = "auto-replied"
    automatic.set_content("I am out of the office.")
    answer = client.post("/api/v1/inbound/email", content=automatic.as_bytes(), headers=BEARER)
    assert answer.json()["status"] == "rejected" and "automatic" in answer.json()["reason"]
    payload = postmark(
        update,
        "",
        StrippedTextReply="",
        TextBody="",
        HtmlBody="<p>Is my data safe?</p><img src=x onerror=alert(1)>",
    )
    answer = client.post("/api/v1/inbound/postmark", json=payload, headers=basic(INBOUND_SECRET))
    assert answer.json()["status"] == "quarantined"
    (kept,) = session.exec(select(Question)).all()
    assert kept.status == QuestionStatus.QUARANTINED and "<" not in kept.text


def test_staff_log_questions_and_viewers_see_personal_data_masked(
    session: Session, client: TestClient, update_mail: tuple[Scene, EmailMessage]
) -> None:
    s, _ = update_mail
    path = f"/api/v1/incidents/{s.incident_id}/questions"
    body = {"text": "Caller on +44 20 7946 0000: will I pay for the time the service was down?"}
    assert (
        client.post(path, json=body, headers=auth_headers(session, Role.VIEWER)).status_code == 403
    )
    logged = client.post(path, json=body, headers=auth_headers(session, Role.COMMS))
    assert logged.status_code == 201, logged.text
    assert logged.json()["personal_data"] is True and "7946" in logged.json()["text"]
    queue = client.get(path, headers=auth_headers(session, Role.VIEWER)).json()
    assert queue[0]["plan_question_id"] == "charged" and queue[0]["waiting"] == 1
    assert "7946" not in queue[0]["label"] and "[hidden]" in queue[0]["label"]
    assert queue[0]["channels"] == {"phone": 1}
    bad = client.post(
        path,
        json={"text": "x", "customer_external_id": "NOPE"},
        headers=auth_headers(session, Role.COMMS),
    )
    assert bad.status_code == 422 and "customer_external_id" in bad.text
    empty = client.post(path, json={"text": "   "}, headers=auth_headers(session, Role.COMMS))
    assert empty.status_code == 422


def test_an_answer_must_pass_the_check_and_a_second_person(
    session: Session, client: TestClient, update_mail: tuple[Scene, EmailMessage]
) -> None:
    s, _ = update_mail
    comms = auth_headers(session, Role.COMMS)
    path = f"/api/v1/incidents/{s.incident_id}/questions"
    group_id = client.post(path, json={"text": "Is my data safe?"}, headers=comms).json()[
        "group_id"
    ]
    group = f"{path}/groups/{group_id}"
    evasive = {"answer": "We apologise for any inconvenience. It was caused by our supplier."}
    refused = client.post(f"{group}/draft", json=evasive, headers=comms)
    assert refused.status_code == 422 and refused.json()["error"]["code"] == "check_failed"
    good = {
        "answer": "We have found no sign that any data was lost or seen by anyone else. "
        "We will say so here by 18:00 UTC today if that changes.",
        "public_question": "Is my data safe?",
    }
    drafted = client.post(f"{group}/draft", json=good, headers=comms)
    assert drafted.status_code == 200 and drafted.json()["status"] == "in_review"
    assert client.post(f"{group}/approve", headers=comms).status_code == 403  # not an approver
    approved = client.post(f"{group}/approve", headers=auth_headers(session, Role.APPROVER))
    assert approved.status_code == 200 and approved.json()["status"] == "answered"
    page = client.get(f"/status/incidents/{s.incident_id}")
    assert "Is my data safe?" in page.text and "no sign that any data was lost" in page.text
    figures = client.get(f"{path}/figures", headers=comms).json()
    assert figures["received"] == 1 and figures["answered"] == 1 and figures["overdue"] == 0


def test_the_plan_answer_needs_no_second_person(
    session: Session, client: TestClient, update_mail: tuple[Scene, EmailMessage]
) -> None:
    s, _ = update_mail
    comms = auth_headers(session, Role.COMMS)
    path = f"/api/v1/incidents/{s.incident_id}/questions"
    group_id = client.post(
        path, json={"text": "how do i get the service credit"}, headers=comms
    ).json()["group_id"]
    answered = client.post(
        f"{path}/groups/{group_id}/plan-answer", json={"locale": "bn"}, headers=comms
    )
    assert answered.status_code == 200, answered.text
    assert answered.json()["answer_source"] == "plan"
    page = client.get(f"/status/incidents/{s.incident_id}?lang=bn")
    assert answered.json()["public_question"] in page.text  # the plan's Bengali wording
    again = client.post(f"{path}/groups/{group_id}/plan-answer", json={}, headers=comms)
    assert again.status_code == 409


def test_the_public_form_takes_questions_with_limits_and_escapes_everything(
    session: Session, client: TestClient, update_mail: tuple[Scene, EmailMessage]
) -> None:
    s, _ = update_mail
    path = f"/status/incidents/{s.incident_id}/questions"
    page = client.get(f"/status/incidents/{s.incident_id}")
    assert f'action="{path}"' in page.text
    hostile = "<script>alert(1)</script> Is my data safe?"
    for _ in range(5):
        answer = client.post(path, data={"question": hostile})
        assert answer.status_code == 200 and "reached our team" in answer.text
    assert client.post(path, data={"question": "one more"}).status_code == 429
    assert client.post(path, data={"question": "x" * 2000}).status_code == 422
    trapped = client.post(path, data={"question": "bot", "website": "http://spam"})
    assert trapped.status_code == 200
    texts = [q.text for q in session.exec(select(Question))]
    assert texts == [hostile] * 5  # stored as written, never rendered raw
    assert (
        client.post("/status/incidents/999999/questions", data={"question": "?"}).status_code == 404
    )


def test_the_public_forms_errors_read_in_the_pages_language(
    client: TestClient, update_mail: tuple[Scene, EmailMessage]
) -> None:
    s, _ = update_mail
    path = f"/status/incidents/{s.incident_id}/questions"
    long = client.post(f"{path}?lang=bn", data={"question": "x" * 1200})
    assert long.status_code == 422
    assert "একটি প্রশ্নে সর্বোচ্চ ১০০০টি অক্ষর থাকতে পারে (এটিতে আছে ১২০০টি)।" in long.text
    empty = client.post(f"{path}?lang=bn", data={"question": "  "})
    assert empty.status_code == 422
    assert "আগে আপনার প্রশ্নটি লিখুন।" in empty.text and "is empty" not in empty.text
    english = client.post(path, data={"question": ""})
    assert "Write your question first." in english.text
