"""SMS and chat subscribers through apprise: phones checked by phonenumbers and reached
through the operator's apprise SMS URL with the number as its target (a real apprise
`json://` gateway on 127.0.0.1 stands in for the SMS provider); chat URLs accepted only on
their service's host and path; each confirmed by the link in its first message and
delivered per recipient, with the unsubscribe link, in the subscriber's language."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from typing import Any
from unittest import mock

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from crisiscomms.broadcasts.models import Delivery, DeliveryStatus
from crisiscomms.channels.models import Audience, ChannelConfig
from crisiscomms.config import Settings
from crisiscomms.db import utc_now
from crisiscomms.errors import BadRequest
from crisiscomms.subscribers import destinations
from crisiscomms.subscribers.models import Subscriber, SubscriberKind, SubscriberStatus
from crisiscomms.worker.delivery import DeliveryEngine
from tests.broadcasts.factories import channel
from tests.broadcasts.test_end_to_end import run_worker
from tests.broadcasts.test_subscribers import publish
from tests.channels.servers import LocalHttpServer
from tests.commitments.factories import scene
from tests.conftest import NOW

pytestmark = pytest.mark.usefixtures("fake_x")
SLACK = "https://hooks.slack.com/services/T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ"
DISCORD = "https://discord.com/api/webhooks/4174216298/JHMHI8qBe7bk2ZwO5U711o3dV_js"
TEAMS = (
    "https://prod-161.westeurope.logic.azure.com:443/workflows/643e69f83c8944438d68119179a10a64"
    "/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0"
    "&sig=KODuebWbDGYFr0z0eu-6Rj8aUKz7108W3wrNJZxFE5A"
)


def _gateway(session: Session, settings: Settings, server: LocalHttpServer) -> ChannelConfig:
    """The operator's apprise channel for subscribers: its URL is the SMS gateway."""
    return channel(
        session,
        settings,
        "subscriber sms and chat",
        "apprise",
        Audience.SUBSCRIBERS,
        {"url": f"json://127.0.0.1:{server.port}/sms"},
    )


def _texts(server: LocalHttpServer, phone: str) -> list[str]:
    return [
        json.loads(r.body)["message"]
        for r in server.requests
        if r.path.replace("%2B", "+") == f"/sms/{phone}"
    ]


def test_an_sms_subscriber_confirms_by_link_and_gets_updates_in_bengali(
    session: Session,
    settings: Settings,
    client: TestClient,
    delivery: DeliveryEngine,
    http_server: LocalHttpServer,
) -> None:
    s = scene(session)  # an incident on Checkout
    gateway = _gateway(session, settings, http_server)
    bad = client.post("/api/v1/subscriptions", json={"phone": "12345"})
    assert bad.status_code == 422
    assert bad.json()["error"]["details"][0]["location"] == "phone"
    fake = client.post("/api/v1/subscriptions", json={"phone": "+1 555 0100"})
    assert fake.status_code == 422 and "not a valid number" in fake.json()["error"]["message"]
    both = client.post("/api/v1/subscriptions", json={"phone": "+8801712345678", "email": "a@b.c"})
    assert both.status_code == 422
    assert session.exec(select(Subscriber)).first() is None

    answer = client.post(
        "/api/v1/subscriptions",
        json={"phone": "+880 1712-345678", "components": ["checkout"], "language": "bn"},
    )
    assert answer.status_code == 202, answer.text
    follower = session.exec(select(Subscriber)).one()
    assert (follower.kind, follower.address) == (SubscriberKind.SMS, "+8801712345678")
    run_worker(session, delivery, now=utc_now())
    (confirmation,) = _texts(http_server, "+8801712345678")
    assert "নিশ্চিত" in confirmation  # the confirmation, in the language chosen
    token = re.search(r"/status/subscribe/confirm/([^?\s]+)", confirmation)
    assert token is not None
    confirmed = client.post("/api/v1/subscriptions/confirm", json={"token": token.group(1)})
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json()["kind"] == "sms" and "+8801712345678" not in confirmed.json()["email"]

    publish(session, s, minutes=5, headline="Checkout payments are failing")
    run_worker(session, delivery, now=NOW + timedelta(minutes=5))
    texts = _texts(http_server, "+8801712345678")
    assert len(texts) == 2
    assert "আনসাবস্ক্রাইব: https://status.example.test/status/subscription/" in texts[1]
    assert [r for r in http_server.requests if r.path == "/sms"] == []  # never the bare gateway
    rows = session.exec(
        select(Delivery).where(Delivery.channel_id == gateway.id, Delivery.recipient_id < 0)
    ).all()
    assert sorted(d.status for d in rows) == [DeliveryStatus.SENT, DeliveryStatus.SENT]


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        (SLACK, SubscriberKind.SLACK),
        (DISCORD, SubscriberKind.DISCORD),
        (TEAMS, SubscriberKind.TEAMS),
    ],
)
def test_chat_urls_of_each_service_are_accepted(url: str, kind: SubscriberKind) -> None:
    assert destinations.chat_url(url) == (kind, url)


@pytest.mark.parametrize(
    "url",
    [
        SLACK.replace("https://", "http://"),  # not https
        SLACK.replace("hooks.slack.com", "hooks.slack.com.evil.example"),  # another host
        SLACK.replace("hooks.slack.com", "127.0.0.1"),
        SLACK.replace("/services/", "/other/"),  # not the webhook path
        "https://hooks.slack.com/services/T1",  # cut short: apprise cannot read it
        DISCORD.replace("discord.com", "discord.com:8443"),
        "https://user:pw@hooks.slack.com/services/T1JJ3T3L2/A1BRTD4JD/TIiajkdnla",
        "https://example.com/api/webhooks/1/2",
        "slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ",  # an apprise URL, not theirs
    ],
)
def test_chat_urls_must_be_their_service_s_own(url: str) -> None:
    with pytest.raises(BadRequest) as refused:
        destinations.chat_url(url)
    assert refused.value.status == 422
    assert refused.value.details[0]["location"] == "chat_url"


def test_a_slack_subscriber_is_posted_to_at_its_own_url(
    session: Session,
    settings: Settings,
    client: TestClient,
    delivery: DeliveryEngine,
    http_server: LocalHttpServer,
) -> None:
    _gateway(session, settings, http_server)
    answer = client.post("/api/v1/subscriptions", json={"chat_url": SLACK})
    assert answer.status_code == 202, answer.text
    follower = session.exec(select(Subscriber)).one()
    assert follower.kind == SubscriberKind.SLACK and SLACK not in (follower.destination or "")
    posted: list[tuple[str, dict[str, Any]]] = []

    def slack_post(method: str, url: str, **kwargs: Any) -> Any:  # Slack's servers, stood in
        posted.append((url, json.loads(kwargs["data"])))
        return mock.Mock(status_code=200, content=b"ok", text="ok", headers={})

    with mock.patch("apprise.plugins.slack.requests.request", side_effect=slack_post):
        run_worker(session, delivery, now=utc_now())
    ((url, body),) = posted
    assert url == SLACK
    assert "/status/subscribe/confirm/" in json.dumps(body)
    assert http_server.requests == []  # the SMS gateway is not used for chat
    session.refresh(follower)
    assert follower.status == SubscriberStatus.PENDING  # until someone opens the link


def test_the_page_offers_the_kinds_a_channel_serves_and_errs_at_the_field(
    session: Session, settings: Settings, client: TestClient, http_server: LocalHttpServer
) -> None:
    page = client.get("/status/subscribe")
    assert 'id="phone"' not in page.text  # no apprise channel serves subscribers yet
    _gateway(session, settings, http_server)
    page = client.get("/status/subscribe?lang=bn")
    assert 'id="phone"' in page.text and 'id="chat_url"' in page.text
    assert 'id="webhook_url"' not in page.text and 'id="email"' not in page.text
    wrong = client.post("/status/subscribe", data={"phone": "0171 <b>"})
    assert wrong.status_code == 422
    assert 'id="phone-error"' in wrong.text and "<b>" not in wrong.text
    chat = client.post("/status/subscribe", data={"chat_url": "https://evil.example/x"})
    assert chat.status_code == 422 and 'id="chat_url-error"' in chat.text
    done = client.post("/status/subscribe", data={"phone": "+8801712345678"})
    assert done.status_code == 200 and 'id="sent"' in done.text
    assert session.exec(select(Subscriber)).one().kind == SubscriberKind.SMS
