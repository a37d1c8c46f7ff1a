"""SendGrid Inbound Parse (raw MIME and parsed fields) with the inbound secret; a group's
owner; adding an unforeseen, answered question to the plan as a new version."""

from __future__ import annotations

import base64
from email.message import EmailMessage

from fastapi.testclient import TestClient
from sqlmodel import Session, select

from crisiscomms.audit.models import AuditEvent
from crisiscomms.incidents import service as incident_service
from crisiscomms.plans import service as plan_service
from crisiscomms.principal import Role
from crisiscomms.questions.models import Question, QuestionGroup
from tests.commitments.factories import Scene
from tests.factories import auth_headers
from tests.questions.conftest import INBOUND_SECRET
from tests.questions.test_api import raw_reply


def basic(password: str) -> dict[str, str]:
    token = base64.b64encode(f"sendgrid:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


def parsed_fields(update: EmailMessage, text: str, **extra: str) -> dict[str, str]:
    reply_to = str(update["Reply-To"])
    return {
        "from": "Someone <someone@example.com>",
        "to": reply_to,
        "subject": "Re: Checkout payments are failing",
        "text": text + "\n\nOn Sun, Status wrote:\n> old text",
        "html": "",
        "headers": (
            f"From: Someone <someone@example.com>\nTo: {reply_to}\n"
            "Subject: Re: Checkout payments are failing\nMessage-ID: <sg-1@mail.example>\n"
        ),
        "envelope": f'{{"to": ["{reply_to}"], "from": "someone@example.com"}}',
        "charsets": '{"to":"UTF-8","subject":"UTF-8","from":"UTF-8","text":"UTF-8"}',
        "SPF": "pass",
        **extra,
    }


def test_sendgrid_raw_mime_and_parsed_fields_become_questions(
    session: Session, client: TestClient, update_mail: tuple[Scene, EmailMessage]
) -> None:
    s, update = update_mail
    raw = raw_reply(update, "Was my data lost?", message_id="<sg-raw@mail.example>")
    answer = client.post(
        "/api/v1/inbound/sendgrid",
        files={"email": (None, raw.decode()), "to": (None, str(update["Reply-To"]))},
        headers=basic(INBOUND_SECRET),
    )
    assert answer.status_code == 200 and answer.json()["status"] == "accepted", answer.text
    answer = client.post(
        "/api/v1/inbound/sendgrid",
        files={k: (None, v) for k, v in parsed_fields(update, "Is my data exposed?").items()},
        headers={"Authorization": f"Bearer {INBOUND_SECRET}"},
    )
    assert answer.status_code == 200 and answer.json()["status"] == "accepted", answer.text
    questions = session.exec(select(Question).order_by(Question.id)).all()
    assert [q.incident_id for q in questions] == [s.incident_id] * 2
    assert [q.message_id for q in questions] == ["<sg-raw@mail.example>", "<sg-1@mail.example>"]
    assert questions[1].text == "Is my data exposed?"  # the quoted text is cut off


def test_sendgrid_refuses_what_is_not_ours(
    session: Session, client: TestClient, update_mail: tuple[Scene, EmailMessage]
) -> None:
    _, update = update_mail
    form = {k: (None, v) for k, v in parsed_fields(update, "Was my data lost?").items()}
    assert client.post("/api/v1/inbound/sendgrid", files=form).status_code == 401
    wrong = client.post("/api/v1/inbound/sendgrid", files=form, headers=basic("nope"))
    assert wrong.status_code == 401
    forged = parsed_fields(update, "Was my data lost?", to="replies+aaaa@northwind.example")
    forged["headers"] = "Subject: hi\n"
    forged["envelope"] = '{"to": ["replies+aaaa@northwind.example"]}'
    answer = client.post(
        "/api/v1/inbound/sendgrid",
        files={k: (None, v) for k, v in forged.items()},
        headers=basic(INBOUND_SECRET),
    )
    assert answer.status_code == 200 and answer.json()["status"] == "rejected"
    script = parsed_fields(update, "", html="<p>Is it safe?</p><script>alert(1)</script>")
    script["text"] = ""
    answer = client.post(
        "/api/v1/inbound/sendgrid",
        files={k: (None, v) for k, v in script.items()},
        headers=basic(INBOUND_SECRET),
    )
    assert answer.json()["status"] == "quarantined"
    empty = client.post(
        "/api/v1/inbound/sendgrid", files={"SPF": (None, "pass")}, headers=basic(INBOUND_SECRET)
    )
    assert empty.status_code == 422 and "parsed fields" in empty.text
    bad_envelope = {**form, "envelope": (None, "{not json")}
    answer = client.post(
        "/api/v1/inbound/sendgrid", files=bad_envelope, headers=basic(INBOUND_SECRET)
    )
    assert answer.status_code == 422 and "envelope" in answer.text
    assert [q.status for q in session.exec(select(Question))] == ["quarantined"]


def test_a_group_owner_is_a_staff_member_and_audited(
    session: Session, client: TestClient, update_mail: tuple[Scene, EmailMessage]
) -> None:
    s, _ = update_mail
    comms = auth_headers(session, Role.COMMS)
    path = f"/api/v1/incidents/{s.incident_id}/questions"
    group_id = client.post(path, json={"text": "Is my data safe?"}, headers=comms).json()[
        "group_id"
    ]
    owner = f"{path}/groups/{group_id}/owner"
    assert s.author.user_id is not None
    viewer = auth_headers(session, Role.VIEWER)
    assert client.put(owner, json={"owner_id": s.author.user_id}, headers=viewer).status_code == 403
    done = client.put(owner, json={"owner_id": s.author.user_id}, headers=comms)
    assert done.status_code == 200, done.text
    assert session.get(QuestionGroup, group_id).owner_id == s.author.user_id  # type: ignore[union-attr]
    bad = client.put(owner, json={"owner_id": 999_999}, headers=comms)
    assert bad.status_code == 422 and "owner_id" in bad.text
    assert session.exec(
        select(AuditEvent).where(AuditEvent.action == "question.owner_assigned")
    ).all()


def test_an_unforeseen_answered_question_is_added_to_the_plan_as_a_new_version(
    session: Session, client: TestClient, update_mail: tuple[Scene, EmailMessage]
) -> None:
    s, _ = update_mail
    comms = auth_headers(session, Role.COMMS)
    approver = auth_headers(session, Role.APPROVER)
    path = f"/api/v1/incidents/{s.incident_id}/questions"
    text = "Can I still use the mobile app to check my balance?"
    group_id = client.post(path, json={"text": text}, headers=comms).json()["group_id"]
    group = f"{path}/groups/{group_id}"
    assert client.get(group, headers=comms).json()["plan_question_id"] is None
    early = client.post(f"{group}/add-to-plan", json={}, headers=approver)
    assert early.status_code == 409 and "answer it first" in early.text
    answer = {
        "answer": "Yes. The mobile app shows balances as usual; only card payments fail.",
        "public_question": "Can I use the mobile app?",
    }
    assert client.post(f"{group}/draft", json=answer, headers=comms).status_code == 200
    assert client.post(f"{group}/approve", headers=approver).status_code == 200
    assert client.post(f"{group}/add-to-plan", json={}, headers=comms).status_code == 403

    incomplete = client.post(f"{group}/add-to-plan", json={}, headers=approver)
    assert incomplete.status_code == 422 and "missing the 'bn' text" in incomplete.text
    bengali = {
        "question": {"bn": "আমি কি মোবাইল অ্যাপ ব্যবহার করতে পারি?"},
        "answer": {"bn": "হ্যাঁ। মোবাইল অ্যাপে ব্যালান্স আগের মতোই দেখা যায়; শুধু কার্ড পেমেন্ট ব্যর্থ হচ্ছে।"},
    }

    added = client.post(f"{group}/add-to-plan", json=bengali, headers=approver)

    assert added.status_code == 201, added.text
    version = added.json()
    incident = incident_service.get_incident(session, s.incident_id)
    pinned = plan_service.get_version_by_id(session, incident.plan_version_id)
    assert version["plan_id"] == pinned.plan_id and version["version"] == pinned.version + 1
    body = plan_service.body_of(plan_service.get_version(session, pinned.plan_id))
    (new,) = [q for q in body.questions if q.id == version["plan_question_id"]]
    assert new.question == {"en": "Can I use the mobile app?", "bn": bengali["question"]["bn"]}
    assert new.answer["en"].startswith("Yes. The mobile app shows balances")
    assert incident.plan_version_id == pinned.id  # the incident keeps its version
    again = client.post(f"{group}/add-to-plan", json=bengali, headers=approver)
    assert again.status_code == 409
