"""Webhook subscribers against real HTTP servers on 127.0.0.1: the sign-up challenge,
signed with the subscriber's own secret, is echoed by the receiver and confirms it; updates
go to each subscriber's own URL, signed with its own secret, with per-recipient delivery
records; a receiver that does not echo stays unconfirmed; a gone (410) or failing receiver
ends its own subscription and never quarantines or disables the shared channel; private
addresses are refused at sign-up without the allowance."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from crisiscomms.broadcasts.models import Delivery, DeliveryStatus
from crisiscomms.channels.models import Audience, ChannelConfig
from crisiscomms.channels.webhook import generate_secret, signature
from crisiscomms.config import Settings
from crisiscomms.db import utc_now
from crisiscomms.errors import BadRequest
from crisiscomms.flows import subscriptions as subscription_flow
from crisiscomms.subscribers import health as subscriber_health
from crisiscomms.subscribers.models import Subscriber, SubscriberKind, SubscriberStatus
from crisiscomms.worker.delivery import DeliveryEngine
from tests.broadcasts.factories import channel
from tests.broadcasts.test_end_to_end import run_worker
from tests.broadcasts.test_subscribers import publish
from tests.channels.servers import LocalHttpServer, RecordedRequest, Reply
from tests.commitments.factories import scene
from tests.conftest import NOW

pytestmark = pytest.mark.usefixtures("fake_x")


class Receiver:
    """A subscriber's endpoint: echoes challenges (or not), keeps the secret it was given,
    and checks every later request's Standard Webhooks signature with it."""

    def __init__(self, *, echo: bool = True, update_status: int = 200) -> None:
        self.echo = echo
        self.update_status = update_status
        self.secret: str | None = None
        self.updates: list[dict[str, object]] = []
        self.server = LocalHttpServer(self.answer).start()

    def answer(self, request: RecordedRequest) -> Reply:
        payload = json.loads(request.body)
        if payload["type"] == "subscription.challenge":
            self.secret = payload["data"]["signing_secret"]
            self._check(request)
            asked = payload["data"]["challenge"] if self.echo else "something else"
            return Reply(body=json.dumps({"challenge": asked}).encode())
        self._check(request)
        self.updates.append(payload)
        return Reply(status=self.update_status, body=b"")

    def _check(self, request: RecordedRequest) -> None:
        assert self.secret is not None
        expected = signature(
            self.secret,
            request.headers["webhook-id"],
            int(request.headers["webhook-timestamp"]),
            request.body,
        )
        assert request.headers["webhook-signature"] == expected

    def stop(self) -> None:
        self.server.stop()


def _webhook_channel(session: Session, settings: Settings, own: LocalHttpServer) -> ChannelConfig:
    return channel(
        session,
        settings,
        "subscriber webhooks",
        "webhook",
        Audience.SUBSCRIBERS,
        {"url": own.url("/channel-own"), "secret": generate_secret()},
    )


def test_webhook_subscribers_echo_a_challenge_then_get_signed_updates(
    session: Session,
    settings: Settings,
    client: TestClient,
    delivery: DeliveryEngine,
    http_server: LocalHttpServer,
) -> None:
    s = scene(session)  # an incident on Checkout
    shared = _webhook_channel(session, settings, http_server)
    good, silent, gone = Receiver(), Receiver(echo=False), Receiver(update_status=410)
    try:
        for receiver in (good, silent, gone):
            answer = client.post(
                "/api/v1/subscriptions",
                json={"webhook_url": receiver.server.url("/hook"), "components": ["checkout"]},
            )
            assert answer.status_code == 202, answer.text
        # the same answer for a URL already signed up: nothing to learn from it
        again = client.post("/api/v1/subscriptions", json={"webhook_url": good.server.url("/hook")})
        assert again.json() == answer.json()
        rows = session.exec(
            select(Subscriber).where(Subscriber.kind == SubscriberKind.WEBHOOK)
        ).all()
        assert len(rows) == 3
        assert all(r.address.startswith("url:") and "127.0.0.1" not in r.address for r in rows)
        assert all("127.0.0.1" not in (r.destination or "") for r in rows)  # sealed

        run_worker(session, delivery, now=utc_now())
        for row in rows:
            session.refresh(row)
        by_secret = {r.status for r in rows}
        assert by_secret == {SubscriberStatus.ACTIVE, SubscriberStatus.PENDING}
        active = [r for r in rows if r.status == SubscriberStatus.ACTIVE]
        assert len(active) == 2  # good and gone echoed; silent did not
        assert good.secret and silent.secret and good.secret != silent.secret
        challenged = session.exec(
            select(Delivery).where(Delivery.channel_id == shared.id, Delivery.recipient_id < 0)
        ).all()
        statuses = sorted(d.status for d in challenged)
        assert statuses.count(DeliveryStatus.SENT) == 3  # good twice (sign-up, again), gone
        assert statuses.count(DeliveryStatus.FAILED) == 1  # silent: no echo, a dead letter
        assert [r for r in http_server.requests if r.path == "/channel-own"] == []

        publish(session, s, minutes=5, headline="Checkout payments are failing")
        run_worker(session, delivery, now=NOW + timedelta(minutes=5))
        (update,) = good.updates
        assert "Checkout payments are failing" in json.dumps(update, ensure_ascii=False)
        links = update["subscription"]
        assert isinstance(links, dict)
        assert str(links["unsubscribe_url"]).startswith("https://status.example.test/status/")
        assert silent.updates == []  # never confirmed: nothing but the challenge
        assert len(gone.updates) == 1
        session.refresh(shared)
        assert shared.enabled and shared.quarantined_at is None
        assert shared.consecutive_failures == 0
        ended = [r for r in rows if r.status == SubscriberStatus.ACTIVE]
        for row in ended:
            session.refresh(row)
        assert sorted(r.status for r in ended) == [
            SubscriberStatus.ACTIVE,
            SubscriberStatus.UNSUBSCRIBED,
        ]  # the 410 receiver's subscription ended, the channel serves the others
        assert [r for r in http_server.requests if r.path == "/channel-own"] == []
    finally:
        for receiver in (good, silent, gone):
            receiver.stop()


def test_a_failing_subscriber_is_stopped_without_touching_the_channel(
    session: Session, settings: Settings
) -> None:
    follower = Subscriber(
        kind=SubscriberKind.WEBHOOK,
        address="url:abc",
        status=SubscriberStatus.ACTIVE,
        nonce="n",
        created_at=NOW,
    )
    session.add(follower)
    session.flush()
    assert follower.id is not None
    fails = [(follower.id, False, False)] * (subscriber_health.FAILURE_LIMIT - 1)
    assert subscriber_health.record_sends(session, fails, now=NOW) == []
    assert follower.failures == subscriber_health.FAILURE_LIMIT - 1
    assert subscriber_health.record_sends(session, [(follower.id, True, False)], now=NOW) == []
    assert follower.failures == 0  # a success resets the count
    fails = [(follower.id, False, False)] * subscriber_health.FAILURE_LIMIT
    assert subscriber_health.record_sends(session, fails, now=NOW) == [follower.id]
    assert follower.status == SubscriberStatus.UNSUBSCRIBED


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/hook",
        "http://10.1.2.3/hook",
        "http://[::1]/hook",
        "http://169.254.169.254/latest/meta-data",
        "ftp://example.com/hook",
        "not a url",
    ],
)
def test_webhook_urls_are_refused_at_sign_up_like_channels(
    session: Session, settings: Settings, url: str
) -> None:
    strict = settings.model_copy(update={"allow_private_destinations": False})
    channel(
        session,
        settings,
        "subscriber webhooks",
        "webhook",
        Audience.SUBSCRIBERS,
        {"url": "http://127.0.0.1:9/own", "secret": generate_secret()},
    )
    with pytest.raises(BadRequest) as refused:
        subscription_flow.subscribe(
            session,
            strict,
            webhook_url=url,
            components=[],
            locale="en",
            client_ip="198.51.100.1",
            now=utc_now(),
        )
    assert refused.value.status == 422
    assert refused.value.details[0]["location"] == "webhook_url"
    assert session.exec(select(Subscriber)).first() is None
