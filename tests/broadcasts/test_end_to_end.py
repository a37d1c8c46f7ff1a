"""End to end: customers, a plan, a published statement, and every channel really sending.

The SMTP server (aiosmtpd) and the webhook receiver are real servers on 127.0.0.1; X is the
real tweepy client whose HTTP goes to a fake X API, Mastodon the real Mastodon.py client
against a local stand-in of its statuses API (the plans name Mastodon natively).
"""

from __future__ import annotations

import email
import json
import re
from datetime import datetime, timedelta
from email.policy import default as default_policy
from html import unescape

from sqlmodel import Session, select

from crisiscomms.broadcasts import fanout
from crisiscomms.broadcasts import progress as broadcast_progress
from crisiscomms.broadcasts.models import Broadcast, BroadcastStatus
from crisiscomms.channels.models import Audience
from crisiscomms.channels.webhook import signature
from crisiscomms.config import Settings
from crisiscomms.customers import suppressions
from crisiscomms.customers.models import ChannelKind, Customer, SuppressionReason
from crisiscomms.flows import broadcast as broadcast_flow
from crisiscomms.flows import scheduled
from crisiscomms.principal import SYSTEM
from crisiscomms.statements.cards import statement_card
from crisiscomms.worker.delivery import DeliveryEngine, drain
from tests.broadcasts.factories import WEBHOOK_SECRET, approved, channel, customers
from tests.channels.fake_social import MASTODON_TOKEN, FakeMastodon
from tests.channels.fake_x import CREDENTIALS, FakeX
from tests.channels.servers import LocalHttpServer, LocalSmtpServer
from tests.commitments.factories import scene
from tests.conftest import NOW
from tests.customers.factories import line, load

IN_SCOPE = {"products": ["Checkout"], "regions": ["EU"], "segment": "business", "monthly_bill": 80}


def run_worker(session: Session, delivery: DeliveryEngine, *, now: object = NOW) -> None:
    """Fan out every due broadcast, send everything due, mark finished broadcasts done."""
    while scheduled.fan_out(session, now):  # type: ignore[arg-type]
        session.flush()
    drain(delivery, now=lambda: now)  # type: ignore[arg-type,return-value]
    fanout.complete(session, now)  # type: ignore[arg-type]


def configure_everything(
    session: Session,
    settings: Settings,
    smtp_server: LocalSmtpServer,
    http_server: LocalHttpServer,
    mastodon: FakeMastodon | None = None,
) -> None:
    channel(
        session,
        settings,
        "customer email",
        "email",
        Audience.CUSTOMERS,
        {
            "host": "127.0.0.1",
            "port": smtp_server.port,
            "security": "none",
            "from_address": "Northwind Status <status@northwind.example>",
        },
    )
    channel(
        session,
        settings,
        "partner webhook",
        "webhook",
        Audience.CUSTOMERS,
        {"url": http_server.url("/hooks/crisis"), "secret": WEBHOOK_SECRET},
    )
    channel(session, settings, "X", "x", Audience.PUBLIC, CREDENTIALS.model_dump())
    channel(
        session,
        settings,
        "Mastodon",
        "mastodon",
        Audience.PUBLIC,
        {
            "base_url": mastodon.url() if mastodon else http_server.url("").rstrip("/"),
            "access_token": MASTODON_TOKEN,
        },
    )


def test_a_statement_reaches_every_channel_once(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
    http_server: LocalHttpServer,
    fake_x: FakeX,
    fake_mastodon: FakeMastodon,
) -> None:
    s = scene(session)
    customers(session, 1000, attributes=IN_SCOPE)
    # 60 former customers, 25 who unsubscribed, 15 outside the scope: none is emailed.
    load(session, *(line(f"C{n:05d}", attributes=IN_SCOPE, active=False) for n in range(1, 61)))
    for n in range(61, 86):
        suppressions.suppress(
            session,
            kind=ChannelKind.EMAIL,
            address=f"c{n:05d}@example.com",
            reason=SuppressionReason.UNSUBSCRIBED,
            source="test",
            actor=SYSTEM,
            now=NOW,
        )
    outside = {**IN_SCOPE, "regions": ["US"]}
    load(session, *(line(f"C{n:05d}", attributes=outside) for n in range(86, 101)))
    configure_everything(session, settings, smtp_server, http_server, fake_mastodon)
    statement = approved(session, s)

    broadcast = broadcast_flow.create_broadcast(
        session,
        statement_id=statement.id or 0,
        audiences=None,
        scheduled_at=None,
        actor=s.commander,
        now=NOW,
    )
    expected = 1000 - 100
    assert broadcast.recipient_count == expected + 3  # email per customer; webhook, X, Mastodon
    run_worker(session, delivery)

    received = smtp_server.behaviour.received
    recipients = sorted(r for mail in received for r in mail.recipients)
    assert len(received) == expected
    assert recipients == sorted(f"c{n:05d}@example.com" for n in range(101, 1001))
    assert len({mail.message_id for mail in received}) == expected
    sample = email.message_from_bytes(received[0].content, policy=default_policy)
    name = sample["To"].addresses[0].display_name
    assert name.startswith("Customer C")
    assert name in sample.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    # The HTML part shows the status card from its public, content-hashed URL, with alt text.
    html = sample.get_body(("html",)).get_content()  # type: ignore[union-attr]
    card = statement_card(session, statement, network="email")
    expected_src = f"https://status.example.test/status/cards/{statement.id}/{card.sha256}.png"
    image = re.search(r'<img src="([^"]+)" alt="([^"]*)"', html)
    assert image is not None and image.group(1) == expected_src
    assert unescape(image.group(2)) == card.alt
    assert "Checkout" in card.alt
    assert sample["List-Unsubscribe"].startswith("<https://status.example.test/u/")
    assert sample["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert all(
        email.message_from_bytes(mail.content, policy=default_policy)["List-Id"]
        == sample["List-Id"]
        for mail in received
    )
    assert sample["List-Id"].endswith(">") and "<incidents." in sample["List-Id"]
    token = sample["List-Unsubscribe"].rsplit("/", 1)[1].rstrip(">")
    assert "." not in token  # an opaque token, not the readable version 1

    hooks = [r for r in http_server.requests if r.path == "/hooks/crisis"]
    assert len(hooks) == 1
    hook = hooks[0]
    assert hook.headers["webhook-signature"] == signature(
        WEBHOOK_SECRET,
        hook.headers["webhook-id"],
        int(hook.headers["webhook-timestamp"]),
        hook.body,
    )
    event = json.loads(hook.body)
    assert list(event) == ["type", "timestamp", "data"]  # the Standard Webhooks envelope
    assert event["type"] == "statement.published"
    assert event["data"]["statement_id"] == statement.id
    published_at = statement.published_at
    assert published_at is not None
    assert datetime.fromisoformat(event["timestamp"]) == published_at

    assert fake_x.posts and all(fake_x.signatures_ok)
    numbered = [p["text"] for p in fake_x.posts]
    assert len(numbered) > 1
    assert [t.split(" ", 1)[0] for t in numbered] == [
        f"{n}/{len(numbered)}" for n in range(1, len(numbered) + 1)
    ]
    assert "reply" not in fake_x.posts[0]["request"]  # the first update starts the thread
    (media_id,) = fake_x.posts[0]["request"]["media"]["media_ids"]  # the card, first post only
    assert fake_x.media[media_id]["alt"] == statement_card(session, statement, network="x").alt
    assert all("media" not in p["request"] for p in fake_x.posts[1:])
    for previous, post in zip(fake_x.posts, fake_x.posts[1:], strict=False):
        assert post["request"]["reply"]["in_reply_to_tweet_id"] == previous["id"]

    toots = [p["text"] for p in fake_mastodon.posts]
    assert toots and "Checkout" in " ".join(toots)

    done = session.get(Broadcast, broadcast.id)
    assert done is not None and done.status == BroadcastStatus.DONE
    progress = broadcast_progress.progress(session, broadcast.id or 0)
    assert progress.sent == expected + 3 == progress.total
    assert done.suppressed_count == 25

    # The next update threads under the last post of this one, on the same account.
    last_post = fake_x.posts[-1]["id"]
    second = approved(
        session, s, now=NOW + timedelta(minutes=20), headline="Checkout works again for most"
    )
    broadcast_flow.create_broadcast(
        session,
        statement_id=second.id or 0,
        audiences=["public"],
        scheduled_at=None,
        actor=s.commander,
        now=NOW + timedelta(minutes=20),
    )
    before = len(fake_x.posts)
    run_worker(session, delivery, now=NOW + timedelta(minutes=20))
    assert fake_x.posts[before]["request"]["reply"]["in_reply_to_tweet_id"] == last_post
    assert len(smtp_server.behaviour.received) == expected  # public only: no second email
    assert session.exec(select(Customer).where(Customer.active == False)).first()  # noqa: E712
