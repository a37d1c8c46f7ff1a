"""The delivery contract against real local servers: every provider answer, handled.

SMTP is aiosmtpd on 127.0.0.1, webhooks go to a local HTTP server, X is the real tweepy
client talking to a fake X API. Time is pinned: each step is given `now`.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, col, select

from crisiscomms.broadcasts import outbox
from crisiscomms.broadcasts import progress as broadcast_progress
from crisiscomms.broadcasts import service as broadcast_service
from crisiscomms.broadcasts.models import (
    Broadcast,
    BroadcastStatus,
    Delivery,
    DeliveryAttempt,
    DeliveryStatus,
)
from crisiscomms.broadcasts.testsend import queue_test
from crisiscomms.channels import build_channel
from crisiscomms.channels.base import MAX_RETRY_AFTER, Outcome, SendResult
from crisiscomms.channels.models import Audience, ChannelConfig
from crisiscomms.channels.webhook import signature
from crisiscomms.config import Settings
from crisiscomms.customers import unsubscribe
from crisiscomms.customers.models import ChannelKind, Suppression
from crisiscomms.db import utc_now
from crisiscomms.flows import broadcast as broadcast_flow
from crisiscomms.flows import scheduled
from crisiscomms.incidents import service as incident_service
from crisiscomms.notifications.models import Notification, NotificationKind
from crisiscomms.plans.schema import Channel, PlanBody
from crisiscomms.plans.schema import ChannelKind as PlanChannelKind
from crisiscomms.principal import SYSTEM
from crisiscomms.worker.delivery import DeliveryEngine
from tests.broadcasts.conftest import worker_in
from tests.broadcasts.factories import WEBHOOK_SECRET, approved, channel, customers
from tests.channels.fake_x import CREDENTIALS, DUPLICATE, AfterCreating, FakeX, x_reply
from tests.channels.servers import LocalHttpServer, LocalSmtpServer, Reply
from tests.commitments.factories import Scene, scene
from tests.conftest import NOW, bound_session, load_library_plan
from tests.customers.factories import line, load

IN_SCOPE = {"products": ["Checkout"], "regions": ["EU"]}
MINUTE = timedelta(minutes=1)


def email_channel(
    session: Session, settings: Settings, smtp: LocalSmtpServer, **options: Any
) -> ChannelConfig:
    values = {"host": "127.0.0.1", "port": smtp.port, "security": "none"}
    values["from_address"] = "Status <status@northwind.example>"
    return channel(session, settings, "mail", "email", Audience.CUSTOMERS, values, **options)


def publish(
    session: Session, s: Scene, audiences: list[str], *, now: datetime = NOW, **sections: str
) -> Broadcast:
    statement = approved(session, s, now=now, **sections)
    broadcast = broadcast_flow.create_broadcast(
        session,
        statement_id=statement.id or 0,
        audiences=audiences,
        scheduled_at=None,
        actor=s.commander,
        now=now,
    )
    while scheduled.fan_out(session, now):
        pass
    return broadcast


def deliveries(session: Session, broadcast: Broadcast | None = None) -> list[Delivery]:
    query = select(Delivery).order_by(col(Delivery.id))
    if broadcast is not None:
        query = query.where(Delivery.broadcast_id == broadcast.id)
    rows = session.exec(query).all()
    for row in rows:
        session.refresh(row)
    return list(rows)


def statuses(session: Session, broadcast: Broadcast | None = None) -> list[str]:
    return [d.status.value for d in deliveries(session, broadcast)]


def record(
    session: Session,
    results: list[outbox.Result],
    kind: str,
    *,
    worker: str = "w",
    now: datetime = NOW,
    max_attempts: int = 5,
) -> dict[DeliveryStatus, int]:
    """outbox.record for results of one channel kind, as a worker would call it."""
    kinds = {r.claimed.channel_id: kind for r in results}
    return outbox.record(session, results, kinds, worker=worker, now=now, max_attempts=max_attempts)


@pytest.fixture
def s(session: Session) -> Scene:
    return scene(session, public_chat_plan())


def public_chat_plan() -> PlanBody:
    """The outage plan with a public chat announcement channel through apprise (the plans
    name Mastodon natively now; apprise still serves chat)."""
    body = load_library_plan("service-outage")
    chat = Channel(
        id="community_chat",
        kind=PlanChannelKind.APPRISE,
        description="Our community chat's announcement channel.",
    )
    audiences = [
        a.model_copy(update={"channels": [*a.channels, chat.id]}) if a.id == "public" else a
        for a in body.audiences
    ]
    return body.model_copy(update={"channels": [*body.channels, chat], "audiences": audiences})


# --- email -------------------------------------------------------------------


def test_smtp_451_is_retried_later_with_the_same_message_id(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
    s: Scene,
) -> None:
    customers(session, 2, attributes=IN_SCOPE)
    email_channel(session, settings, smtp_server)
    smtp_server.behaviour.data_reply = "451 4.3.0 Try again later"
    broadcast = publish(session, s, ["customers"])
    assert delivery.step(NOW) == 2
    rows = deliveries(session)
    assert [r.status for r in rows] == [DeliveryStatus.RETRYING] * 2
    assert all(
        NOW + timedelta(seconds=15) <= r.next_attempt_at <= NOW + timedelta(seconds=30)
        for r in rows
    )
    assert delivery.step(NOW) == 0  # not due yet
    smtp_server.behaviour.data_reply = "250 2.0.0 Ok: queued as {n}"
    assert delivery.step(NOW + MINUTE) == 2
    assert statuses(session, broadcast) == ["sent", "sent"]
    attempts = session.exec(select(DeliveryAttempt).order_by(col(DeliveryAttempt.id))).all()
    assert [a.outcome for a in attempts] == ["retry", "retry", "sent", "sent"]
    assert all(a.detail for a in attempts)  # the SMTP reply is kept


def test_a_step_whose_every_email_went_out_ends_the_channels_run_of_failures(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
    s: Scene,
) -> None:
    """Failures in a row are counted per channel; a step whose every result went out sets
    the count back to 0 (one statement, without loading the row) and pauses nothing."""
    customers(session, 2, attributes=IN_SCOPE)
    config = email_channel(session, settings, smtp_server, quarantine_after=5)
    smtp_server.behaviour.data_reply = "451 4.3.0 Try again later"
    publish(session, s, ["customers"])
    assert delivery.step(NOW) == 2
    session.refresh(config)
    assert (config.consecutive_failures, config.quarantined_at) == (2, None)
    smtp_server.behaviour.data_reply = "250 2.0.0 Ok: queued as {n}"
    assert delivery.step(NOW + MINUTE) == 2
    session.refresh(config)
    assert (config.consecutive_failures, config.enabled, config.quarantined_at) == (0, True, None)


def test_a_customer_moved_out_of_scope_after_the_fan_out_is_not_emailed(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
    s: Scene,
) -> None:
    customers(session, 3, attributes=IN_SCOPE)
    email_channel(session, settings, smtp_server)
    broadcast = publish(session, s, ["customers"])
    # A re-import moves C00002 to another product before the worker gets to it.
    load(session, line("C00002", attributes={"products": ["Invoicing"], "regions": ["EU"]}))
    assert delivery.step(NOW) == 3
    rows = deliveries(session, broadcast)
    assert [r.status.value for r in rows] == ["sent", "suppressed", "sent"]
    assert "no longer in the incident's affected scope" in (rows[1].last_error or "")
    assert sorted(m.recipients[0] for m in smtp_server.behaviour.received) == [
        "c00001@example.com",
        "c00003@example.com",
    ]


def test_smtp_550_fails_and_suppresses_the_address(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
    s: Scene,
) -> None:
    customers(session, 1, attributes=IN_SCOPE)
    email_channel(session, settings, smtp_server)
    smtp_server.behaviour.rcpt_reply = "550 5.1.1 No such user"
    publish(session, s, ["customers"])
    delivery.step(NOW)
    assert statuses(session) == ["failed"]
    suppressed = session.exec(select(Suppression)).one()
    assert suppressed.address == "c00001@example.com" and suppressed.reason == "bounced"


def test_a_connection_dropped_after_data_is_sent_again_with_the_same_message_id(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
    s: Scene,
) -> None:
    customers(session, 1, attributes=IN_SCOPE)
    email_channel(session, settings, smtp_server)
    smtp_server.behaviour.drop = "data"
    publish(session, s, ["customers"])
    delivery.step(NOW)
    assert statuses(session) == ["retrying"]
    smtp_server.behaviour.drop = None
    delivery.step(NOW + MINUTE)
    assert statuses(session) == ["sent"]
    ids = [m.message_id for m in smtp_server.behaviour.received]
    assert len(ids) == 2 and ids[0] == ids[1]  # the receiver can tell it is the same message


def test_an_unsubscribe_after_fan_out_is_honoured_at_send_time(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
    s: Scene,
) -> None:
    customers(session, 2, attributes=IN_SCOPE)
    email_channel(session, settings, smtp_server)
    publish(session, s, ["customers"])
    key = unsubscribe.signing_key(session, settings, now=NOW)
    token = unsubscribe.make_token(
        key, external_id="C00001", kind=ChannelKind.EMAIL, address="c00001@example.com"
    )
    unsubscribe.unsubscribe(session, token, keys=key, now=NOW)
    delivery.step(NOW)
    assert sorted(statuses(session)) == ["sent", "suppressed"]
    assert [m.recipients for m in smtp_server.behaviour.received] == [["c00002@example.com"]]


# --- webhooks ----------------------------------------------------------------


def webhook(
    session: Session, settings: Settings, server: LocalHttpServer, **options: Any
) -> ChannelConfig:
    values = {"url": server.url("/hook"), "secret": WEBHOOK_SECRET}
    return channel(session, settings, "hook", "webhook", Audience.CUSTOMERS, values, **options)


@pytest.mark.parametrize(
    ("reply", "status", "enabled"),
    [
        (Reply(500, body=b"oops"), "retrying", True),
        (Reply(429, {"retry-after": "120"}), "retrying", True),
        (Reply(410, body=b"gone"), "failed", False),
        (Reply(302, {"location": "http://127.0.0.1:1/elsewhere"}), "failed", True),
        (Reply(400, body=b"bad"), "failed", True),
    ],
)
def test_webhook_answers(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    http_server: LocalHttpServer,
    s: Scene,
    reply: Reply,
    status: str,
    enabled: bool,
) -> None:
    config = webhook(session, settings, http_server)
    http_server.queue(reply)
    publish(session, s, ["customers"])
    delivery.step(NOW)
    [row] = deliveries(session)
    assert row.status == status
    session.refresh(config)
    assert config.enabled is enabled
    assert [r.path for r in http_server.requests] == ["/hook"]  # a redirect is never followed
    if reply.status == 429:
        # Retry-After counts from when the receiver answered (the channel's own clock).
        wait = row.next_attempt_at - utc_now()
        assert timedelta(seconds=100) < wait <= timedelta(seconds=120)


def test_a_failing_destination_is_quarantined_once_and_released(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    http_server: LocalHttpServer,
    s: Scene,
) -> None:
    config = webhook(session, settings, http_server, quarantine_after=2, owner_email="ops@x.test")
    http_server.default = Reply(503)
    first = publish(session, s, ["customers"])
    delivery.step(NOW)
    second = publish(session, s, ["customers"], now=NOW + MINUTE, headline="Checkout is still down")
    delivery.step(NOW + timedelta(hours=1))
    session.refresh(config)
    assert config.quarantined_at is not None and config.consecutive_failures == 2
    alerts = session.exec(
        select(Notification).where(Notification.kind == NotificationKind.CHANNEL_ALERT)
    ).all()
    assert len(alerts) == 1 and "ops@x.test" in alerts[0].body
    calls = len(http_server.requests)
    assert delivery.step(NOW + timedelta(hours=3)) == 0  # paused: nothing claimed
    assert len(http_server.requests) == calls
    http_server.default = Reply(200)
    from crisiscomms.channels import service as channel_service

    channel_service.release(session, config.id or 0, actor=SYSTEM, now=NOW + timedelta(hours=3))
    delivery.step(NOW + timedelta(hours=3))
    delivery.step(NOW + timedelta(hours=3))
    assert statuses(session, first) == ["sent"] and statuses(session, second) == ["sent"]


# --- X -----------------------------------------------------------------------


def x_channel(session: Session, settings: Settings) -> ChannelConfig:
    return channel(session, settings, "X", "x", Audience.PUBLIC, CREDENTIALS.model_dump())


def test_x_rate_limit_waits_for_the_reset_time(
    session: Session, settings: Settings, delivery: DeliveryEngine, fake_x: FakeX, s: Scene
) -> None:
    x_channel(session, settings)
    reset = int((NOW + timedelta(minutes=15)).timestamp())
    fake_x.fail_next(
        x_reply(429, {"title": "Too Many Requests"}, {"x-rate-limit-reset": str(reset)})
    )
    publish(session, s, ["public"])
    delivery.step(NOW)
    [row] = deliveries(session)
    assert row.status == "retrying" and row.next_attempt_at == NOW + timedelta(minutes=15)
    assert delivery.step(NOW + timedelta(minutes=14)) == 0
    delivery.step(NOW + timedelta(minutes=15))
    assert statuses(session) == ["sent"] and fake_x.posts


def test_x_duplicate_is_reconciled_not_posted_twice(
    session: Session, settings: Settings, delivery: DeliveryEngine, fake_x: FakeX, s: Scene
) -> None:
    x_channel(session, settings)
    # The first post went through but its answer was lost: X then says "duplicate".
    publish(session, s, ["public"])
    fake_x.fail_next(None, x_reply(403, DUPLICATE))
    delivery.step(NOW)
    [row] = deliveries(session)
    posted = len(fake_x.posts)
    assert row.status == "retrying" and row.unconfirmed and len(row.posted_ids or []) == 1
    delivery.step(NOW + timedelta(hours=2))
    [row] = deliveries(session)
    assert row.status == "sent"
    texts = [p["text"] for p in fake_x.posts]
    assert len(texts) == len(set(texts)) and len(texts) >= posted


def test_x_post_made_but_its_answer_lost_is_found_and_the_thread_finished(
    session: Session, settings: Settings, delivery: DeliveryEngine, fake_x: FakeX, s: Scene
) -> None:
    x_channel(session, settings)
    publish(session, s, ["public"])
    fake_x.fail_next(None, AfterCreating(Reply(drop=True)))  # X made post 2; no answer came
    delivery.step(NOW)
    [row] = deliveries(session)
    assert row.status == "retrying" and row.unconfirmed and len(row.posted_ids or []) == 1
    assert len(fake_x.posts) == 2
    delivery.step(NOW + timedelta(hours=2))
    [row] = deliveries(session)
    texts = [p["text"] for p in fake_x.posts]
    assert row.status == "sent" and len(texts) > 2 and len(texts) == len(set(texts))
    ids = [p["id"] for p in fake_x.posts]
    assert row.posted_ids == ids and row.external_id == ids[-1]
    replies = [p["request"].get("reply", {}).get("in_reply_to_tweet_id") for p in fake_x.posts]
    assert replies[1:] == ids[:-1]  # one thread, each post under the one before


def test_an_update_x_refuses_as_a_repeat_is_adopted_and_the_timeline_says_so(
    session: Session, settings: Settings, delivery: DeliveryEngine, fake_x: FakeX, s: Scene
) -> None:
    x_channel(session, settings)
    fake_x.clock = lambda: NOW
    publish(session, s, ["public"])
    delivery.step(NOW)
    made = len(fake_x.posts)
    later = NOW + timedelta(hours=1)
    repeat = publish(session, s, ["public"], now=later)  # the very same text again
    for hours in range(2, 12):
        delivery.step(NOW + timedelta(hours=hours))
    assert statuses(session, repeat) == ["sent"]
    texts = [p["text"] for p in fake_x.posts]
    assert len(texts) == len(set(texts)) >= made  # nothing shown twice
    [row] = deliveries(session, repeat)
    assert row.posted_ids is not None and row.posted_ids[0] == fake_x.posts[0]["id"]
    notices = [
        e
        for e in incident_service.list_events(session, s.incident_id)
        if e.kind == "delivery.notice"
    ]
    assert len(notices) == 1 and "X already showed this text" in notices[0].message
    assert notices[0].data["broadcast_id"] == repeat.id


def test_x_401_is_permanent(
    session: Session, settings: Settings, delivery: DeliveryEngine, fake_x: FakeX, s: Scene
) -> None:
    x_channel(session, settings)
    fake_x.fail_next(x_reply(401, {"title": "Unauthorized"}))
    publish(session, s, ["public"])
    delivery.step(NOW)
    assert statuses(session) == ["failed"]
    assert broadcast_progress.list_deliveries(session)[0].last_error


def test_updates_go_in_order_and_a_short_form_target_skips_a_replaced_one(
    session: Session, settings: Settings, delivery: DeliveryEngine, fake_x: FakeX, s: Scene
) -> None:
    x_channel(session, settings)
    reset = int((NOW + timedelta(minutes=30)).timestamp())
    fake_x.fail_next(
        x_reply(429, {"title": "Too Many Requests"}, {"x-rate-limit-reset": str(reset)})
    )
    first = publish(session, s, ["public"])
    delivery.step(NOW)
    second = publish(session, s, ["public"], now=NOW + MINUTE, headline="Checkout is back")
    delivery.step(NOW + 2 * MINUTE)  # update 2 must wait for update 1
    assert statuses(session, second) == ["pending"] and fake_x.posts == []
    delivery.step(NOW + timedelta(minutes=31))
    assert statuses(session, first) == ["superseded"]
    delivery.step(NOW + timedelta(minutes=31))
    assert statuses(session, second) == ["sent"]
    assert fake_x.posts and "Checkout is back" in fake_x.posts[0]["text"]


def test_an_update_that_may_be_public_is_reconciled_not_superseded(
    session: Session, settings: Settings, delivery: DeliveryEngine, fake_x: FakeX, s: Scene
) -> None:
    x_channel(session, settings)
    first = publish(session, s, ["public"])
    fake_x.fail_next(AfterCreating(Reply(drop=True)))  # update 1's first post made, unanswered
    delivery.step(NOW)
    assert statuses(session, first) == ["retrying"]
    second = publish(session, s, ["public"], now=NOW + MINUTE, headline="Checkout is back")
    for hours in range(1, 6):
        delivery.step(NOW + timedelta(hours=hours))
    assert statuses(session, first) == ["sent"] and statuses(session, second) == ["sent"]
    texts = [p["text"] for p in fake_x.posts]
    assert len(texts) == len(set(texts))


def test_an_x_post_still_unconfirmed_at_the_last_attempt_waits_for_a_person(
    session: Session, settings: Settings, s: Scene
) -> None:
    x_channel(session, settings)
    publish(session, s, ["public"])
    [item] = outbox.claim_due(session, worker="w", now=NOW, limit=10, lease=MINUTE)
    lost = SendResult(Outcome.AMBIGUOUS, detail="reconciliation lookup failed")
    record(session, [outbox.Result(item, lost)], "x", max_attempts=1)
    [row] = deliveries(session)
    assert (row.status, row.unconfirmed) == ("ambiguous", True)
    # Re-driven, it is still reconciled before anything is posted.
    broadcast_service.redrive(
        session, delivery_ids=[row.id or 0], broadcast_id=None, actor=s.commander, now=NOW
    )
    [row] = deliveries(session)
    assert (row.status, row.unconfirmed) == ("retrying", True)


# --- leases --------------------------------------------------------------------


def claim_and_die(session: Session, now: datetime) -> None:
    outbox.claim_due(session, worker="dead", now=now, limit=100, lease=timedelta(seconds=30))
    session.flush()


def test_a_dead_workers_claims_are_recovered_by_idempotency(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
    http_server: LocalHttpServer,
    fake_x: FakeX,
    s: Scene,
) -> None:
    customers(session, 1, attributes=IN_SCOPE)
    email_channel(session, settings, smtp_server)
    x_channel(session, settings)
    _public_apprise(session, settings, http_server, "slack")
    publish(session, s, ["public", "customers"])
    claim_and_die(session, NOW)
    assert delivery.step(NOW + timedelta(seconds=10)) == 0  # leases still held
    delivery._recovered_at = 0.0
    delivery.step(NOW + MINUTE)
    kinds = {d.channel_id: d.status.value for d in deliveries(session)}
    by_kind = {c.kind: kinds[c.id or 0] for c in session.exec(select(ChannelConfig)).all()}
    # email: sent again (same Message-ID); X: reconciled, then posted; apprise: a person decides.
    assert by_kind == {"email": "sent", "x": "sent", "apprise": "ambiguous"}
    assert http_server.requests == []


def test_rate_limit_defers_without_counting_an_attempt(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
    s: Scene,
) -> None:
    customers(session, 5, attributes=IN_SCOPE)
    email_channel(
        session, settings, smtp_server, rate_per_minute=12
    )  # a burst of 2, then one every 5 s
    publish(session, s, ["customers"])
    delivery.step(NOW)
    rows = deliveries(session)
    assert sorted(r.status.value for r in rows) == ["pending"] * 3 + ["sent"] * 2
    assert all(r.attempts == 0 for r in rows if r.status == "pending")
    assert len(smtp_server.behaviour.received) == 2


def test_two_workers_keep_one_rate_limit_together(
    session: Session,
    settings: Settings,
    connection: Connection,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
    s: Scene,
) -> None:
    """The bucket is shared: a second worker finds it empty, not a bucket of its own."""
    other = worker_in(connection, delivery.engine, settings, name="second-worker")
    customers(session, 6, attributes=IN_SCOPE)
    email_channel(
        session, settings, smtp_server, rate_per_minute=12
    )  # a burst of 2, then one every 5 s
    publish(session, s, ["customers"])
    try:
        assert delivery.step(NOW) == 2
        assert other.step(NOW) == 0  # due again when the next token is, in 5 s
        assert other.step(NOW + timedelta(seconds=4)) == 0
        assert other.step(NOW + timedelta(seconds=5)) == 1
        assert delivery.step(NOW + timedelta(seconds=5)) == 0
        assert delivery.step(NOW + timedelta(seconds=10)) == 1
    finally:
        other.close()
    assert statuses(session).count("sent") == 4
    assert len(smtp_server.behaviour.received) == 4
    assert all(r.attempts == 0 for r in deliveries(session) if r.status == "pending")


def _public_apprise(
    session: Session, settings: Settings, http_server: LocalHttpServer, name: str = "status"
) -> None:
    """A public channel posting to the local HTTP server through apprise's json://."""
    channel(
        session,
        settings,
        name,
        "apprise",
        Audience.PUBLIC,
        {"url": f"json://127.0.0.1:{http_server.port}/a"},
    )


def _then_a_public_post(
    session: Session, settings: Settings, http_server: LocalHttpServer, s: Scene
) -> None:
    """A second broadcast, to the public on its own channel, after the customers' one."""
    _public_apprise(session, settings, http_server)
    publish(session, s, ["public"], headline="Checkout: a second update")


def test_a_batch_the_limit_gives_back_whole_is_followed_by_the_next_claim(
    monkeypatch: pytest.MonkeyPatch,
    session: Session,
    settings: Settings,
    engine: Engine,
    connection: Connection,
    smtp_server: LocalSmtpServer,
    http_server: LocalHttpServer,
    s: Scene,
) -> None:
    """A full batch of a throttled channel does not hide other channels' due deliveries
    (with the claim's share per broadcast switched off, which would hide the case)."""
    monkeypatch.setattr(outbox, "FAIR_BROADCASTS", 1)
    small = worker_in(connection, engine, settings, name="small-batches", batch_size=3)
    customers(session, 3, attributes=IN_SCOPE)
    email_channel(session, settings, smtp_server, rate_per_minute=6)  # a burst of 1
    publish(session, s, ["customers"])  # three emails, ids first in line
    _then_a_public_post(session, settings, http_server, s)
    try:
        assert small.step(NOW) == 1  # one email; two given back
        assert small.step(NOW) == 1  # the public post, past the given-back emails
    finally:
        small.close()
    assert len(smtp_server.behaviour.received) == 1
    assert len(http_server.requests) == 1


def test_a_new_broadcast_starts_while_an_earlier_one_is_still_going_out(
    session: Session,
    settings: Settings,
    engine: Engine,
    connection: Connection,
    smtp_server: LocalSmtpServer,
    http_server: LocalHttpServer,
    s: Scene,
) -> None:
    """Every broadcast in progress has a share of each claim: the public update posted
    after a customer email goes out in the first step, not after every email."""
    small = worker_in(connection, engine, settings, name="small-batches", batch_size=3)
    customers(session, 6, attributes=IN_SCOPE)
    email_channel(session, settings, smtp_server)
    publish(session, s, ["customers"])  # six emails, ids first in line
    _then_a_public_post(session, settings, http_server, s)
    try:
        assert small.step(NOW) == 3
        assert len(http_server.requests) == 1  # the newer broadcast did not wait
        assert len(smtp_server.behaviour.received) == 2
        assert small.step(NOW) == 3
        assert small.step(NOW) == 1
    finally:
        small.close()
    assert len(smtp_server.behaviour.received) == 6
    assert statuses(session).count("sent") == 7


# --- recording ---------------------------------------------------------------


def test_a_provider_wait_beyond_a_day_is_cut_to_a_day(
    session: Session, settings: Settings, smtp_server: LocalSmtpServer, s: Scene
) -> None:
    customers(session, 1, attributes=IN_SCOPE)
    email_channel(session, settings, smtp_server)
    publish(session, s, ["customers"])
    now = utc_now()
    [item] = outbox.claim_due(session, worker="w", now=now, limit=10, lease=MINUTE)
    years = SendResult(Outcome.RETRY, detail="429", retry_after=now + timedelta(days=3650))
    record(session, [outbox.Result(item, years)], "webhook", now=now)
    [row] = deliveries(session)
    assert row.status == "retrying"
    assert now + MAX_RETRY_AFTER <= row.next_attempt_at <= utc_now() + MAX_RETRY_AFTER


def test_a_late_result_does_not_overwrite_a_claim_another_worker_took_over(
    session: Session, settings: Settings, smtp_server: LocalSmtpServer, s: Scene
) -> None:
    """A lease that ran out mid-send: the row was recovered and claimed again elsewhere."""
    customers(session, 1, attributes=IN_SCOPE)
    email_channel(session, settings, smtp_server)
    publish(session, s, ["customers"])
    [mine] = outbox.claim_due(session, worker="slow", now=NOW, limit=10, lease=MINUTE)
    assert outbox.recover_expired(session, now=NOW + 2 * MINUTE) == 1
    later = NOW + 3 * MINUTE
    [theirs] = outbox.claim_due(session, worker="quick", now=later, limit=10, lease=MINUTE)
    sent = SendResult(Outcome.SENT, external_id="q-1")
    late = SendResult(Outcome.RETRY, detail="SMTP 451 late")
    for worker, item, result in (("quick", theirs, sent), ("slow", mine, late)):
        record(session, [outbox.Result(item, result)], "email", worker=worker, now=later)
    [row] = deliveries(session)
    assert (row.status, row.external_id) == ("sent", "q-1")
    attempts = session.exec(select(DeliveryAttempt).order_by(col(DeliveryAttempt.id))).all()
    assert [a.worker for a in attempts] == ["quick", "slow"]  # both attempts are history


def test_a_first_try_sent_after_its_row_was_taken_over_is_still_in_the_history(
    session: Session, settings: Settings, smtp_server: LocalSmtpServer, s: Scene
) -> None:
    """A first try is kept on its row, but a late one whose row another worker took over
    and sent cannot be: it gets an attempt row, so the message that went twice shows twice."""
    customers(session, 2, attributes=IN_SCOPE)
    email_channel(session, settings, smtp_server)
    publish(session, s, ["customers"])
    # The slow worker claims one row, then the other a little later (its lease runs on).
    [taken] = outbox.claim_due(session, worker="slow", now=NOW, limit=1, lease=MINUTE)
    [still] = outbox.claim_due(session, worker="slow", now=NOW + MINUTE / 2, limit=1, lease=MINUTE)
    assert outbox.recover_expired(session, now=NOW + MINUTE + MINUTE / 4) == 1
    later = NOW + 2 * MINUTE
    [theirs] = outbox.claim_due(session, worker="quick", now=later, limit=1, lease=MINUTE)
    assert theirs.id == taken.id
    sent = SendResult(Outcome.SENT, external_id="q-2")
    record(session, [outbox.Result(theirs, sent)], "email", worker="quick", now=later)
    # Both of the slow worker's first tries went out; one row is still its own to write.
    late = [
        outbox.Result(taken, SendResult(Outcome.SENT, external_id="s-1", detail="SMTP 250 a")),
        outbox.Result(still, SendResult(Outcome.SENT, external_id="s-2", detail="SMTP 250 b")),
    ]
    record(session, late, "email", worker="slow", now=later)
    rows = {d.id: d for d in deliveries(session)}
    assert (rows[taken.id].external_id, rows[taken.id].sent_by) == ("q-2", None)
    assert (rows[still.id].external_id, rows[still.id].sent_by) == ("s-2", "slow")
    attempts = session.exec(select(DeliveryAttempt).order_by(col(DeliveryAttempt.id))).all()
    # quick's send (its row's second try) and slow's late one on the row it lost have rows.
    assert [(a.delivery_id, a.worker, a.outcome, a.external_id) for a in attempts] == [
        (taken.id, "quick", "sent", "q-2"),
        (taken.id, "slow", "sent", "s-1"),
    ]
    # Read back in the order of the tries: the slow worker's first, the quick one's second.
    assert [(a.number, a.external_id) for a in broadcast_progress.attempts(session, taken.id)] == [
        (1, "s-1"),
        (2, "q-2"),
    ]
    assert [a.external_id for a in broadcast_progress.attempts(session, still.id)] == ["s-2"]


def test_a_broadcast_cancelled_during_its_send_is_not_sent_again(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
    s: Scene,
) -> None:
    customers(session, 2, attributes=IN_SCOPE)
    email_channel(session, settings, smtp_server)
    broadcast = publish(session, s, ["customers"])
    claimed = outbox.claim_due(session, worker="w", now=NOW, limit=10, lease=MINUTE)
    broadcast_service.cancel(
        session, broadcast.id or 0, actor=s.commander, now=NOW, reason="wrong statement"
    )
    results = [
        outbox.Result(claimed[0], SendResult(Outcome.SENT, external_id="q-1")),
        outbox.Result(claimed[1], SendResult(Outcome.RETRY, detail="SMTP 451")),
    ]
    record(session, results, "email")
    assert statuses(session, broadcast) == ["sent", "cancelled"]
    assert delivery.step(NOW + timedelta(hours=1)) == 0


def test_rows_left_open_under_a_cancelled_broadcast_are_cancelled_not_sent(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
    s: Scene,
) -> None:
    """Say a fan-out chunk committed after the cancel: its rows are claimed, then dropped."""
    customers(session, 3, attributes=IN_SCOPE)
    email_channel(session, settings, smtp_server)
    broadcast = publish(session, s, ["customers"])
    broadcast.status = BroadcastStatus.CANCELLED
    session.add(broadcast)
    session.flush()
    assert delivery.step(NOW) == 3
    assert statuses(session, broadcast) == ["cancelled"] * 3
    assert smtp_server.behaviour.received == []


def test_results_that_cannot_be_recorded_are_tried_again_never_given_back(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    http_server: LocalHttpServer,
    s: Scene,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Given back as untried, a sent message would go out again (twice, on apprise)."""
    _public_apprise(session, settings, http_server)
    publish(session, s, ["public"])
    real = outbox.record
    failures = iter([RuntimeError("deadlock detected")])

    def flaky(*args: Any, **kwargs: Any) -> Any:
        failure = next(failures, None)
        if failure is not None:
            raise failure
        return real(*args, **kwargs)

    monkeypatch.setattr(outbox, "record", flaky)
    assert delivery.step(NOW) == 1
    assert statuses(session) == ["sent"] and len(http_server.requests) == 1

    publish(session, s, ["public"], now=NOW + MINUTE, headline="Checkout: the second update")
    failures = iter([RuntimeError("deadlock detected")] * 5)
    with pytest.raises(RuntimeError):
        delivery.step(NOW + MINUTE)
    rows = deliveries(session)
    assert rows[-1].status == "claimed"  # left to lease recovery, not made due again
    assert len(http_server.requests) == 2
    assert delivery.step(NOW + 2 * MINUTE) == 0


def test_leases_are_renewed_while_a_slow_server_holds_the_sends(
    session: Session,
    settings: Settings,
    engine: Engine,
    connection: Connection,
    smtp_server: LocalSmtpServer,
    s: Scene,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A 0.3 s lease and a server that takes 1.2 s to answer: the lease never runs out."""
    worker = worker_in(connection, engine, settings, name="slow-sends")
    worker.lease = timedelta(seconds=0.3)
    customers(session, 1, attributes=IN_SCOPE)
    email_channel(session, settings, smtp_server)
    publish(session, s, ["customers"])
    smtp_server.behaviour.stall, smtp_server.behaviour.stall_seconds = "data", 1.2
    real, renewals = outbox.renew, []

    def renew(session: Session, ids: Any, *, worker: str, until: datetime) -> int:
        renewals.append((until, real(session, ids, worker=worker, until=until)))
        return renewals[-1][1]

    monkeypatch.setattr(outbox, "renew", renew)
    try:
        assert worker.step(utc_now()) == 1
    finally:
        worker.close()
    assert len(renewals) >= 2 and all(count == 1 for _, count in renewals)
    assert statuses(session) == ["sent"]


def test_a_channel_that_will_not_load_holds_back_only_its_own_deliveries(
    session: Session,
    settings: Settings,
    engine: Engine,
    connection: Connection,
    http_server: LocalHttpServer,
    s: Scene,
) -> None:
    """Say its stored settings no longer decrypt: the other channels go on, and its own
    claims count attempts (towards quarantine and dead letters) instead of waiting forever."""

    def factory(kind: str, clear: Any, **options: Any) -> Any:
        if clear.get("url", "").endswith("/broken"):
            raise ValueError(f"settings for {clear['url']} do not validate")
        return build_channel(kind, clear, **options)

    worker = DeliveryEngine(
        engine,
        settings,
        batch_size=200,
        name="w",
        sessions=lambda: bound_session(connection),
        channel_factory=factory,
    )
    for name in ("good", "broken"):
        url = f"json://127.0.0.1:{http_server.port}/{name}"
        channel(session, settings, name, "apprise", Audience.PUBLIC, {"url": url})
    publish(session, s, ["public"])
    try:
        assert worker.step(NOW) == 2
    finally:
        worker.close()
    by_channel = {
        c.name: d
        for c in session.exec(select(ChannelConfig)).all()
        for d in deliveries(session)
        if d.channel_id == c.id
    }
    assert by_channel["good"].status == "sent"
    broken = by_channel["broken"]
    assert (broken.status, broken.attempts) == ("retrying", 1)
    assert "could not be loaded (ValueError)" in (broken.last_error or "")
    assert "json://" not in (broken.last_error or "")  # the settings are not quoted
    assert [r.path for r in http_server.requests] == ["/good"]


def test_a_batch_of_mixed_results_is_recorded_row_by_row(
    session: Session, settings: Settings, smtp_server: LocalSmtpServer, s: Scene
) -> None:
    """Results are written in one statement per shape on PostgreSQL: each row gets its own."""
    customers(session, 6, attributes=IN_SCOPE)
    email_channel(session, settings, smtp_server)
    publish(session, s, ["customers"])
    claimed = outbox.claim_due(session, worker="w", now=NOW, limit=10, lease=timedelta(seconds=30))
    assert len(claimed) == 6
    sent = [SendResult(Outcome.SENT, external_id=f"q-{i}", detail="SMTP 250") for i in range(3)]
    sent[0] = SendResult(Outcome.SENT, external_id="q-0", posted_ids=("p-1", "p-2"))
    later = SendResult(Outcome.RETRY, detail="SMTP 451 busy", retry_after=NOW + 9 * MINUTE)
    results = [outbox.Result(c, r) for c, r in zip(claimed, sent, strict=False)] + [
        outbox.Result(claimed[3], later),
        outbox.Result(claimed[4], SendResult(Outcome.PERMANENT, detail="SMTP 550 no such user")),
        outbox.Result(
            claimed[5],
            SendResult(Outcome.PERMANENT, detail="unsubscribed"),
            DeliveryStatus.SUPPRESSED,
            record_attempt=False,
        ),
    ]
    counts = record(session, results, "email")
    assert counts == {
        DeliveryStatus.SENT: 3,
        DeliveryStatus.RETRYING: 1,
        DeliveryStatus.FAILED: 1,
        DeliveryStatus.SUPPRESSED: 1,
    }
    rows = {d.id: d for d in deliveries(session)}
    found = [
        (
            rows[c.id].status.value,
            rows[c.id].external_id,
            rows[c.id].last_error,
            rows[c.id].next_attempt_at,
            rows[c.id].sent_at,
            rows[c.id].claimed_by,
            rows[c.id].lease_until,
            rows[c.id].attempts,
        )
        for c in claimed
    ]
    assert found == [
        ("sent", "q-0", None, NOW, NOW, None, None, 1),
        ("sent", "q-1", None, NOW, NOW, None, None, 1),
        ("sent", "q-2", None, NOW, NOW, None, None, 1),
        ("retrying", None, "SMTP 451 busy", NOW + 9 * MINUTE, None, None, None, 1),
        ("failed", None, "SMTP 550 no such user", NOW, None, None, None, 1),
        ("suppressed", None, "unsubscribed", NOW, None, None, None, 0),
    ]
    assert [rows[c.id].posted_ids for c in claimed[:2]] == [["p-1", "p-2"], None]
    # The first tries the provider took keep their attempt on the row; the others have rows.
    assert [(rows[c.id].sent_by, rows[c.id].sent_detail) for c in claimed] == [
        ("w", None),
        ("w", "SMTP 250"),
        ("w", "SMTP 250"),
        (None, None),
        (None, None),
        (None, None),
    ]
    attempts = session.exec(select(DeliveryAttempt).order_by(col(DeliveryAttempt.id))).all()
    assert [
        (a.delivery_id, a.number, a.outcome, a.external_id, a.worker, a.at) for a in attempts
    ] == [
        (c.id, 1, r.result.outcome.value, r.result.external_id, "w", NOW)
        for c, r in zip(claimed, results, strict=True)
        if r.record_attempt and r.result.outcome != Outcome.SENT
    ]
    # Read back, every delivery's attempts are the same as before: one each, in order.
    assert [
        [
            (a.number, a.outcome, a.external_id, a.worker, a.at)
            for a in broadcast_progress.attempts(session, c.id)
        ]
        for c in claimed
    ] == [
        [(1, r.result.outcome.value, r.result.external_id, "w", NOW)] if r.record_attempt else []
        for r in results
    ]


def test_a_webhook_test_send_carries_the_standard_envelope(
    session: Session, settings: Settings, delivery: DeliveryEngine, http_server: LocalHttpServer
) -> None:
    config = webhook(session, settings, http_server)
    broadcast = queue_test(session, config.id or 0, recipient=None, actor=SYSTEM, now=NOW)
    session.commit()
    delivery.step(NOW)
    [request] = http_server.requests
    event = json.loads(request.body)
    assert list(event) == ["type", "timestamp", "data"]
    assert event["type"] == "crisiscomms.test"
    assert datetime.fromisoformat(event["timestamp"]) == broadcast.created_at
    assert "Test message" in event["data"]["text"]
    assert request.headers["webhook-signature"] == signature(
        WEBHOOK_SECRET, request.headers["webhook-id"], int(request.headers["webhook-timestamp"]),
        request.body,
    )  # fmt: skip
