"""Self-service subscribers, end to end: sign up by the API and the pages, confirm by the
link a real SMTP server received, get the incident's updates through the same outbox as
customers, manage and leave by signed links. Also: no enumeration, the abuse limits."""

from __future__ import annotations

import email
import re
from datetime import timedelta
from email.message import EmailMessage
from email.policy import default as default_policy

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from crisiscomms.broadcasts.models import Broadcast, Delivery, DeliveryStatus
from crisiscomms.channels.models import Audience
from crisiscomms.config import Settings
from crisiscomms.db import utc_now
from crisiscomms.flows import broadcast as broadcast_flow
from crisiscomms.flows import subscriptions as subscription_flow
from crisiscomms.subscribers import service as subscriber_service
from crisiscomms.subscribers.models import Subscriber, SubscriberStatus
from crisiscomms.subscribers.tokens import LinkExpired
from crisiscomms.worker.delivery import DeliveryEngine
from tests.broadcasts.factories import approved, channel, customers
from tests.broadcasts.test_end_to_end import IN_SCOPE, run_worker
from tests.channels.servers import LocalSmtpServer
from tests.commitments.factories import Scene, scene
from tests.conftest import NOW

pytestmark = pytest.mark.usefixtures("fake_x")


def subscriber_channel(session: Session, settings: Settings, smtp: LocalSmtpServer) -> None:
    channel(
        session,
        settings,
        "subscriber email",
        "email",
        Audience.SUBSCRIBERS,
        {
            "host": "127.0.0.1",
            "port": smtp.port,
            "security": "none",
            "from_address": "Northwind Status <status@northwind.example>",
        },
    )


def mails_to(smtp: LocalSmtpServer, address: str) -> list[EmailMessage]:
    return [
        email.message_from_bytes(m.content, policy=default_policy)  # type: ignore[misc]
        for m in smtp.behaviour.received
        if address in m.recipients
    ]


def body(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None
    return str(part.get_content())  # type: ignore[attr-defined]


def sign_up(client: TestClient, address: str, **extra: object) -> dict[str, object]:
    answer = client.post("/api/v1/subscriptions", json={"email": address, **extra})
    assert answer.status_code == 202, answer.text
    return answer.json()


def publish(session: Session, s: Scene, *, minutes: int, headline: str) -> Broadcast:
    statement = approved(session, s, now=NOW + timedelta(minutes=minutes), headline=headline)
    return broadcast_flow.create_broadcast(
        session,
        statement_id=statement.id or 0,
        audiences=None,
        scheduled_at=None,
        actor=s.commander,
        now=NOW + timedelta(minutes=minutes),
    )


def test_a_subscriber_confirms_by_email_follows_updates_and_leaves_in_one_click(
    session: Session,
    settings: Settings,
    client: TestClient,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
) -> None:
    s = scene(session)  # an incident on Checkout (EU)
    customers(session, 3, attributes=IN_SCOPE)
    subscriber_channel(session, settings, smtp_server)
    sign_up(client, "Ops.Team@Partner.example", components=["checkout"], language="bn")
    sign_up(client, "press@news.example")  # everything, English
    sign_up(client, "payroll-only@partner.example", components=["Payroll"])
    sign_up(client, "never-confirms@partner.example")
    run_worker(session, delivery, now=utc_now())  # the API signs up at the real time

    (confirmation,) = mails_to(smtp_server, "ops.team@partner.example")
    assert "নিশ্চিত" in confirmation["Subject"]  # in the language chosen
    link = re.search(
        r"https://status\.example\.test(/status/subscribe/confirm/\S+)", body(confirmation)
    )
    assert link is not None
    assert "ops.team" not in link.group(1).lower()  # the link says nothing about the address
    page = client.get(link.group(1))  # a mail scanner opening the link confirms nothing
    assert page.status_code == 200
    assert 'lang="bn"' in page.text and "নিশ্চিত করুন</button>" in page.text
    pending = session.exec(
        select(Subscriber).where(Subscriber.address == "ops.team@partner.example")
    ).one()
    assert pending.status == SubscriberStatus.PENDING
    confirmed = client.post(link.group(1))
    assert confirmed.status_code == 200, confirmed.text
    session.refresh(pending)
    assert pending.status == SubscriberStatus.ACTIVE
    again = client.post(link.group(1))
    assert again.status_code == 404  # single use
    for address in ("press@news.example", "payroll-only@partner.example"):
        token = re.search(
            r"/status/subscribe/confirm/([^?\s]+)", body(mails_to(smtp_server, address)[0])
        )
        assert token is not None
        answer = client.post("/api/v1/subscriptions/confirm", json={"token": token.group(1)})
        assert answer.status_code == 200 and answer.json()["status"] == "active"

    before = len(smtp_server.behaviour.received)
    broadcast = publish(session, s, minutes=5, headline="Checkout payments are failing")
    assert broadcast.recipient_count == 2  # the two who follow Checkout (no customer channel)
    run_worker(session, delivery, now=NOW + timedelta(minutes=5))
    update_mails = smtp_server.behaviour.received[before:]
    reached = sorted(r for m in update_mails for r in m.recipients)
    assert "ops.team@partner.example" in reached and "press@news.example" in reached
    assert "payroll-only@partner.example" not in reached  # follows another component
    assert "never-confirms@partner.example" not in reached  # not confirmed: nothing sent
    (update,) = [
        m
        for m in mails_to(smtp_server, "press@news.example")
        if "Checkout payments" in m["Subject"]
    ]
    text = body(update)
    assert "Checkout payments are failing" in text
    assert not re.search(r"\b[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}\b", text)  # no customer voucher
    unsubscribe = update["List-Unsubscribe"].strip("<>")
    assert update["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "press" not in unsubscribe
    path = unsubscribe.removeprefix("https://status.example.test")
    assert client.get(path).status_code == 200  # asks first
    one_click = client.post(path, data={"List-Unsubscribe": "One-Click"})
    assert one_click.status_code == 200
    press = session.exec(select(Subscriber).where(Subscriber.address == "press@news.example")).one()
    session.refresh(press)
    assert press.status == SubscriberStatus.UNSUBSCRIBED

    before = len(smtp_server.behaviour.received)
    publish(session, s, minutes=25, headline="Checkout is recovering")
    run_worker(session, delivery, now=NOW + timedelta(minutes=25))
    reached = {r for m in smtp_server.behaviour.received[before:] for r in m.recipients}
    assert "press@news.example" not in reached and "ops.team@partner.example" in reached


def test_signing_up_tells_nobody_whether_an_address_is_known(
    session: Session,
    settings: Settings,
    client: TestClient,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
) -> None:
    subscriber_channel(session, settings, smtp_server)
    new = client.post("/api/v1/subscriptions", json={"email": "new@partner.example"})
    sign_up(client, "known@partner.example")
    run_worker(session, delivery, now=utc_now())  # the API signs up at the real time
    token = re.search(
        r"/status/subscribe/confirm/([^?\s]+)",
        body(mails_to(smtp_server, "known@partner.example")[0]),
    )
    assert token is not None
    client.post("/api/v1/subscriptions/confirm", json={"token": token.group(1)})
    known = client.post("/api/v1/subscriptions", json={"email": "known@partner.example"})
    pending = client.post("/api/v1/subscriptions", json={"email": "new@partner.example"})
    assert new.status_code == known.status_code == pending.status_code == 202
    assert new.json() == known.json() == pending.json()
    page_new = client.post("/status/subscribe", data={"email": "other@partner.example"})
    page_known = client.post("/status/subscribe", data={"email": "known@partner.example"})
    assert page_new.status_code == page_known.status_code == 200
    assert page_new.text == page_known.text
    # The known address is told by email (to itself), not on the page.
    run_worker(session, delivery, now=utc_now())  # the API signs up at the real time
    latest = mails_to(smtp_server, "known@partner.example")[-1]
    assert "already" in latest["Subject"] and "/status/subscription/" in body(latest)


def test_the_abuse_limits_hold(
    session: Session,
    settings: Settings,
    client: TestClient,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
) -> None:
    subscriber_channel(session, settings, smtp_server)
    for _ in range(subscriber_service.ADDRESS_LIMIT + 2):
        sign_up(client, "target@victim.example")
    emails = session.exec(select(Delivery).where(Delivery.recipient_id < 0)).all()
    assert len(emails) == subscriber_service.ADDRESS_LIMIT  # a few a day, whoever asks
    for n in range(subscriber_service.CLIENT_LIMIT - len(emails) - 2):
        sign_up(client, f"person{n}@example.org")
    refused = client.post("/api/v1/subscriptions", json={"email": "one-more@example.org"})
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) > 0
    assert refused.json()["error"]["code"] == "too_many_requests"
    assert (
        session.exec(select(Subscriber).where(Subscriber.address == "one-more@example.org")).first()
        is None
    )
    run_worker(session, delivery, now=utc_now())  # the API signs up at the real time
    assert len(mails_to(smtp_server, "target@victim.example")) == subscriber_service.ADDRESS_LIMIT
    session.expire_all()
    assert all(d.status == DeliveryStatus.SENT for d in session.exec(select(Delivery)).all())


@pytest.mark.parametrize(
    ("payload", "location"),
    [
        ({"email": "not-an-address"}, "email"),
        ({"email": "a@b"}, "email"),
        ({"email": "ok@example.org", "language": "fr"}, "body.language"),
        ({"email": "ok@example.org", "components": ["x" * 101]}, "body.components.0"),
        ({"email": "ok@example.org", "extra": 1}, "body.extra"),
    ],
)
def test_bad_sign_ups_are_refused_at_the_field(
    session: Session,
    settings: Settings,
    client: TestClient,
    smtp_server: LocalSmtpServer,
    payload: dict[str, object],
    location: str,
) -> None:
    subscriber_channel(session, settings, smtp_server)
    answer = client.post("/api/v1/subscriptions", json=payload)
    assert answer.status_code == 422, answer.text
    assert location in [d["location"] for d in answer.json()["error"]["details"]]
    assert session.exec(select(Subscriber)).first() is None


def test_links_that_are_forged_expired_or_spent_are_refused(
    session: Session,
    settings: Settings,
    client: TestClient,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
) -> None:
    subscriber_channel(session, settings, smtp_server)
    sign_up(client, "someone@example.org")
    run_worker(session, delivery, now=utc_now())  # the API signs up at the real time
    token = re.search(
        r"/status/subscribe/confirm/([^?\s]+)",
        body(mails_to(smtp_server, "someone@example.org")[0]),
    )
    assert token is not None
    sid, expires, mac = token.group(1).split(".")
    forged = f"{sid}.{int(expires) + 3600}.{mac}"
    assert client.post("/api/v1/subscriptions/confirm", json={"token": forged}).status_code == 404
    other = f"{int(sid) + 1}.{expires}.{mac}"
    assert client.post("/api/v1/subscriptions/confirm", json={"token": other}).status_code == 404
    assert client.get("/api/v1/subscriptions/1.AAAA").status_code == 404
    assert client.get("/status/subscription/garbage").status_code == 404
    assert (
        client.post("/api/v1/subscriptions/confirm", json={"token": "x" * 300}).status_code == 422
    )
    # Two days later the confirmation link has expired.
    with pytest.raises(LinkExpired):
        subscription_flow.confirm(
            session, settings, token.group(1), now=utc_now() + timedelta(days=3)
        )
    confirmed = client.post("/api/v1/subscriptions/confirm", json={"token": token.group(1)})
    manage = confirmed.json()["manage_token"]
    assert client.get(f"/api/v1/subscriptions/{manage}").json()["email"] != "someone@example.org"
    changed = client.patch(
        f"/api/v1/subscriptions/{manage}", json={"components": ["Checkout"], "language": "bn"}
    )
    assert changed.status_code == 200 and changed.json()["components"] == ["checkout"]
    assert client.delete(f"/api/v1/subscriptions/{manage}").status_code == 204
    assert (
        client.patch(f"/api/v1/subscriptions/{manage}", json={"language": "en"}).status_code == 404
    )
