"""Subscribers read times in their own zone and language, end to end: signed up with a zone
through the API, confirmed by the link a real SMTP server (aiosmtpd on 127.0.0.1) received,
then the update as it arrives by email and, through a real apprise `json://` gateway on
127.0.0.1, by SMS. A text shared by every recipient of a channel (the customers' apprise
channel) names its zone instead: UTC."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from crisiscomms.broadcasts.models import Broadcast
from crisiscomms.channels.models import Audience
from crisiscomms.config import Settings
from crisiscomms.db import utc_now
from crisiscomms.statements import service as statement_service
from crisiscomms.statements.content import StatementContent
from crisiscomms.subscribers.models import Subscriber
from crisiscomms.worker.delivery import DeliveryEngine
from tests.broadcasts.factories import channel, customers
from tests.broadcasts.test_end_to_end import IN_SCOPE, run_worker
from tests.broadcasts.test_subscribers import body, mails_to, publish, subscriber_channel
from tests.channels.servers import LocalHttpServer, LocalSmtpServer
from tests.commitments.factories import scene
from tests.conftest import NOW

pytestmark = pytest.mark.usefixtures("fake_x")
BENGALI_DIGITS = "০১২৩৪৫৬৭৮৯"


def bengali(text: str) -> str:
    return text.translate(str.maketrans("0123456789", BENGALI_DIGITS))


def next_update(session: Session, broadcast: Broadcast) -> datetime:
    statement = statement_service.get_statement(session, broadcast.statement_id or 0)
    due = StatementContent.model_validate(statement.content).next_update_at
    assert due is not None
    return due.astimezone(UTC)


def confirm_by_email(client: TestClient, smtp: LocalSmtpServer, address: str) -> None:
    (mail,) = mails_to(smtp, address)
    token = re.search(r"/status/subscribe/confirm/([^?\s]+)", body(mail))
    assert token is not None
    answer = client.post("/api/v1/subscriptions/confirm", json={"token": token.group(1)})
    assert answer.status_code == 200, answer.text


def test_each_subscriber_reads_the_update_in_their_zone_and_language_by_email(
    session: Session,
    settings: Settings,
    client: TestClient,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
) -> None:
    s = scene(session)  # the service-outage plan, no organisation zone
    subscriber_channel(session, settings, smtp_server)
    for address, language, zone in (
        ("rahim@partner.example", "bn", "Asia/Dhaka"),
        ("ann@news.example", "en", "America/New_York"),
        ("udo@news.example", "en", None),  # no zone: the plan's, here UTC
    ):
        answer = client.post(
            "/api/v1/subscriptions",
            json={"email": address, "language": language, "time_zone": zone},
        )
        assert answer.status_code == 202, answer.text
    run_worker(session, delivery, now=utc_now())
    for address in ("rahim@partner.example", "ann@news.example", "udo@news.example"):
        confirm_by_email(client, smtp_server, address)
    zones = {s.address: s.time_zone for s in session.exec(select(Subscriber)).all()}
    assert zones == {
        "rahim@partner.example": "Asia/Dhaka",
        "ann@news.example": "America/New_York",
        "udo@news.example": None,
    }

    broadcast = publish(session, s, minutes=5, headline="Checkout payments are failing")
    run_worker(session, delivery, now=NOW + timedelta(minutes=5))
    due = next_update(session, broadcast)
    drafted = due.strftime("%Y-%m-%d %H:%M UTC")  # as the statement itself writes it

    (update,) = [
        m for m in mails_to(smtp_server, "rahim@partner.example") if "নিশ্চিত" not in m["Subject"]
    ]
    text = body(update)
    dhaka = due + timedelta(hours=6)  # Asia/Dhaka is UTC+6 all year
    hour = dhaka.hour % 12 or 12
    assert bengali(f"{dhaka.day} ") in text and "নভেম্বর" in text
    assert bengali(f"{hour}:{dhaka.minute:02d}") in text
    assert "(বাংলাদেশ মানক সময়)" in text  # the zone, named in Bengali
    assert drafted not in text and "UTC" not in text

    (update,) = [m for m in mails_to(smtp_server, "ann@news.example") if "Checkout" in m["Subject"]]
    text = body(update)
    new_york = due - timedelta(hours=5)  # November: Eastern Standard Time, UTC-5
    assert (
        f"November {new_york.day}, 2026, {new_york.hour % 12 or 12}:{new_york.minute:02d}" in text
    )
    assert "(Eastern Standard Time)" in text and drafted not in text

    (update,) = [m for m in mails_to(smtp_server, "udo@news.example") if "Checkout" in m["Subject"]]
    assert "(Coordinated Universal Time)" in body(update)


def test_sms_subscribers_read_their_zone_and_the_shared_customer_text_says_utc(
    session: Session,
    settings: Settings,
    client: TestClient,
    delivery: DeliveryEngine,
    http_server: LocalHttpServer,
) -> None:
    s = scene(session)
    customers(session, 2, attributes=IN_SCOPE)
    channel(
        session,
        settings,
        "subscriber sms",
        "apprise",
        Audience.SUBSCRIBERS,
        {"url": f"json://127.0.0.1:{http_server.port}/sms"},
    )
    channel(  # the customers' SMS gateway: one text for all of them
        session,
        settings,
        "customer sms",
        "apprise",
        Audience.CUSTOMERS,
        {"url": f"json://127.0.0.1:{http_server.port}/customers"},
    )
    for phone, language, zone in (
        ("+8801712345678", "bn", "Asia/Dhaka"),
        ("+12125550123", "en", "America/New_York"),
    ):
        answer = client.post(
            "/api/v1/subscriptions", json={"phone": phone, "language": language, "time_zone": zone}
        )
        assert answer.status_code == 202, answer.text
    run_worker(session, delivery, now=utc_now())
    for request in list(http_server.requests):
        token = re.search(
            r"/status/subscribe/confirm/([^?\s]+)", json.loads(request.body)["message"]
        )
        assert token is not None
        confirmed = client.post("/api/v1/subscriptions/confirm", json={"token": token.group(1)})
        assert confirmed.status_code == 200, confirmed.text
    before = len(http_server.requests)

    broadcast = publish(session, s, minutes=5, headline="Checkout payments are failing")
    run_worker(session, delivery, now=NOW + timedelta(minutes=5))
    due = next_update(session, broadcast)
    texts = {
        r.path.replace("%2B", "+"): json.loads(r.body)["message"]
        for r in http_server.requests[before:]
    }
    dhaka, new_york = due + timedelta(hours=6), due - timedelta(hours=5)
    bn = texts["/sms/+8801712345678"]
    assert bengali(f"{dhaka.hour % 12 or 12}:{dhaka.minute:02d}") in bn
    assert "বাংলাদেশ মানক সময়" in bn and "UTC" not in bn
    en = texts["/sms/+12125550123"]
    assert f"{new_york.hour % 12 or 12}:{new_york.minute:02d}" in en
    assert "Eastern Standard Time" in en and "UTC" not in en
    shared = texts["/customers"]
    assert due.strftime("%Y-%m-%d %H:%M UTC") in shared  # one text for every customer


def test_a_zone_is_checked_at_sign_up_and_changed_on_the_manage_link(
    session: Session,
    settings: Settings,
    client: TestClient,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
) -> None:
    scene(session)
    subscriber_channel(session, settings, smtp_server)
    bad = client.post(
        "/api/v1/subscriptions", json={"email": "a@partner.example", "time_zone": "Mars/Base"}
    )
    assert bad.status_code == 422
    (detail,) = bad.json()["error"]["details"]
    assert detail["location"] == "time_zone" and detail["type"] == "time_zone_unknown"
    assert "'Mars/Base' is not an IANA time zone" in detail["message"]
    assert session.exec(select(Subscriber)).first() is None  # nothing half-written

    client.post("/api/v1/subscriptions", json={"email": "a@partner.example"})
    run_worker(session, delivery, now=utc_now())
    (mail,) = mails_to(smtp_server, "a@partner.example")
    token = re.search(r"/status/subscribe/confirm/([^?\s]+)", body(mail))
    assert token is not None
    confirmed = client.post("/api/v1/subscriptions/confirm", json={"token": token.group(1)})
    manage = confirmed.json()["manage_token"]
    assert confirmed.json()["time_zone"] is None

    changed = client.patch(f"/api/v1/subscriptions/{manage}", json={"time_zone": "Asia/Dhaka"})
    assert changed.status_code == 200 and changed.json()["time_zone"] == "Asia/Dhaka"
    refused = client.patch(
        f"/api/v1/subscriptions/{manage}", json={"time_zone": "+06:00", "language": "bn"}
    )
    assert refused.status_code == 422
    again = client.get(f"/api/v1/subscriptions/{manage}").json()
    assert (again["time_zone"], again["language"]) == ("Asia/Dhaka", "en")  # all or nothing

    page = client.get(f"/status/subscription/{manage}?lang=bn")
    assert "<option selected>Asia/Dhaka</option>" in page.text
    wrong = client.post(
        f"/status/subscription/{manage}?lang=bn", data={"language": "bn", "time_zone": "Dhaka"}
    )
    assert wrong.status_code == 422
    assert 'id="time_zone-error">“Dhaka” এই সেবার জানা কোনো টাইম জোন নয়' in wrong.text
    assert "is not an IANA" not in wrong.text
    saved = client.post(
        f"/status/subscription/{manage}?lang=bn",
        data={"language": "bn", "time_zone": "America/New_York"},
    )
    assert saved.status_code == 200
    back = client.get(f"/api/v1/subscriptions/{manage}").json()
    assert (back["time_zone"], back["language"]) == ("America/New_York", "bn")
    cleared = client.post(
        f"/status/subscription/{manage}", data={"language": "bn", "time_zone": ""}
    )
    assert cleared.status_code == 200
    assert client.get(f"/api/v1/subscriptions/{manage}").json()["time_zone"] is None
