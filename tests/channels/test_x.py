"""X channel: the real tweepy client against a fake X API on 127.0.0.1."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest
import requests
import tweepy  # type: ignore[import-untyped]

from crisiscomms.channels.base import OutboundMessage, Outcome
from crisiscomms.channels.x import classify_error, text_hash
from tests.channels.fake_x import DUPLICATE, AfterCreating, FakeX, x_reply
from tests.channels.servers import Reply


def post(
    text: str = "We are investigating an outage.",
    posts: tuple[str, ...] = (),
    reply_to_external_id: str | None = None,
) -> OutboundMessage:
    return OutboundMessage(
        delivery_id="d-1",
        kind="x",
        idempotency_key=text_hash(text),
        text=text,
        posts=posts,
        reply_to_external_id=reply_to_external_id,
    )


def test_a_post_is_created_through_a_signed_request(fake_x: FakeX) -> None:
    result = fake_x.channel().send(post())

    assert result.outcome == Outcome.SENT
    assert result.external_id == fake_x.posts[0]["id"]
    request = fake_x.server.requests[0]  # type: ignore[union-attr]
    assert request.method == "POST" and request.path == "/2/tweets"
    assert request.headers["authorization"].startswith("OAuth ")
    assert 'oauth_signature_method="HMAC-SHA1"' in request.headers["authorization"]
    assert fake_x.signatures_ok == [True]
    assert json.loads(request.body) == {"text": "We are investigating an outage."}


def test_a_thread_replies_under_the_previous_post(fake_x: FakeX) -> None:
    result = fake_x.channel().send(
        post("Update 2", posts=("Update 2 (1/3)", "(2/3)", "(3/3)"), reply_to_external_id="777")
    )

    assert result.outcome == Outcome.SENT
    ids = [p["id"] for p in fake_x.posts]
    assert result.posted_ids == tuple(ids) and result.external_id == ids[-1]
    replies = [p["request"]["reply"]["in_reply_to_tweet_id"] for p in fake_x.posts]
    assert replies == ["777", ids[0], ids[1]]
    assert all(fake_x.signatures_ok)


def test_429_waits_for_the_reset_time(fake_x: FakeX) -> None:
    reset = 1_795_400_000
    fake_x.fail_next(
        x_reply(429, {"title": "Too Many Requests"}, {"x-rate-limit-reset": str(reset)})
    )

    result = fake_x.channel().send(post())

    assert result.outcome == Outcome.RETRY
    assert result.retry_after == datetime.fromtimestamp(reset, UTC)
    assert fake_x.posts == []


def test_429_on_the_daily_user_limit_waits_for_the_later_reset(fake_x: FakeX) -> None:
    headers = {
        "x-rate-limit-reset": "1795400000",
        "x-user-limit-24hour-remaining": "0",
        "x-user-limit-24hour-reset": "1795480000",
    }
    fake_x.fail_next(x_reply(429, {"title": "Too Many Requests"}, headers))

    result = fake_x.channel().send(post())

    assert result.retry_after == datetime.fromtimestamp(1_795_480_000, UTC)


def test_duplicate_403_is_ambiguous_and_reconciled_to_the_existing_post(fake_x: FakeX) -> None:
    channel = fake_x.channel()
    first = channel.send(post("Service restored &amp; https://status.example.com/i/1"))

    again = channel.send(post("Service restored &amp; https://status.example.com/i/1"))

    assert again.outcome == Outcome.AMBIGUOUS
    assert "reconcile before retry" in (again.detail or "")
    # X shows the text back with entities decoded and the link on t.co:
    fake_x.posts[0]["text"] = "Service restored & https://t.co/AbC123"
    found = channel.reconcile(text_hash("Service restored &amp; https://status.example.com/i/1"))
    assert found.outcome == Outcome.SENT and found.external_id == first.external_id


def test_reconcile_says_retry_when_the_post_is_not_there(fake_x: FakeX) -> None:
    channel = fake_x.channel()
    channel.send(post("Something else"))

    result = channel.reconcile(text_hash("The post that never went out"))

    assert result.outcome == Outcome.RETRY
    assert "safe to post again" in (result.detail or "")


def test_reconcile_stays_ambiguous_when_the_lookup_fails(closed_port: int) -> None:
    channel = FakeX().channel(base_url=f"http://127.0.0.1:{closed_port}")

    result = channel.reconcile(text_hash("anything"))

    assert result.outcome == Outcome.AMBIGUOUS


def test_a_thread_failing_midway_reports_the_posts_already_made(fake_x: FakeX) -> None:
    fake_x.fail_next(None, x_reply(503, {"title": "Service Unavailable"}))

    result = fake_x.channel().send(post("a", posts=("a (1/3)", "b (2/3)", "c (3/3)")))

    assert result.outcome == Outcome.RETRY
    assert result.posted_ids == (fake_x.posts[0]["id"],)
    assert result.external_id == fake_x.posts[0]["id"]
    assert "post 2 of 3" in (result.detail or "")


def test_resume_finds_a_post_whose_answer_was_lost_and_finishes_the_thread(
    fake_x: FakeX,
) -> None:
    thread = post("a", posts=("a (1/3)", "b (2/3)", "c (3/3)"))
    channel = fake_x.channel()
    fake_x.fail_next(None, AfterCreating(Reply(drop=True)))
    first = channel.send(thread)
    assert first.outcome == Outcome.AMBIGUOUS and len(first.posted_ids) == 1
    assert [p["text"] for p in fake_x.posts] == ["a (1/3)", "b (2/3)"]  # X made post 2

    rest = replace(thread, posts=thread.posts[1:], reply_to_external_id=first.external_id)
    result = channel.resume(rest)

    assert result.outcome == Outcome.SENT
    assert [p["text"] for p in fake_x.posts] == ["a (1/3)", "b (2/3)", "c (3/3)"]
    ids = [p["id"] for p in fake_x.posts]
    assert result.posted_ids == (ids[1], ids[2]) and result.external_id == ids[2]
    assert fake_x.posts[2]["request"]["reply"] == {"in_reply_to_tweet_id": ids[1]}


def test_resume_says_retry_when_the_post_was_never_made(fake_x: FakeX) -> None:
    result = fake_x.channel().resume(post("a", posts=("a (1/2)", "b (2/2)")))

    assert result.outcome == Outcome.RETRY and result.posted_ids == ()
    assert fake_x.posts == []


def test_resume_says_when_the_post_it_finds_is_an_earlier_updates(fake_x: FakeX) -> None:
    """X refuses a text it already shows: the earlier post stands, and people are told."""
    fake_x.clock = lambda: datetime(2026, 11, 22, 8, 0, tzinfo=UTC)
    channel = fake_x.channel()
    earlier = channel.send(post("Checkout is down."))
    again = post("Checkout is down.")
    assert channel.send(again).outcome == Outcome.AMBIGUOUS  # 403 duplicate

    published = {"published_at": "2026-11-22T09:00:00+00:00"}
    result = channel.resume(replace(again, metadata=published))

    assert result.outcome == Outcome.SENT and result.external_id == earlier.external_id
    assert result.notice is not None
    assert f"post {earlier.external_id}, made 2026-11-22 08:00 UTC" in result.notice
    # Its own post, made after the update was published, is found without a notice.
    ours = channel.resume(replace(again, metadata={"published_at": "2026-11-22T07:00:00Z"}))
    assert ours.outcome == Outcome.SENT and ours.notice is None


@pytest.mark.parametrize(
    ("reply", "outcome"),
    [
        (x_reply(401, {"title": "Unauthorized"}), Outcome.PERMANENT),
        (x_reply(400, {"title": "Invalid Request"}), Outcome.PERMANENT),
        (
            x_reply(403, {"detail": "You are not permitted to perform this action."}),
            Outcome.PERMANENT,
        ),
        (x_reply(403, DUPLICATE), Outcome.AMBIGUOUS),
        (x_reply(404, {"title": "Not Found Error"}), Outcome.PERMANENT),
        (x_reply(429, {"title": "Too Many Requests"}), Outcome.RETRY),
        (x_reply(500, {"title": "Internal Error"}), Outcome.RETRY),
        (x_reply(503, {"title": "Service Unavailable"}), Outcome.RETRY),
        (Reply(200, {}, b"not json"), Outcome.AMBIGUOUS),
        (Reply(drop=True), Outcome.AMBIGUOUS),
        (Reply(201, {}, b"{}", delay=1.0), Outcome.AMBIGUOUS),
    ],
    ids=[
        "401",
        "400",
        "403",
        "403-duplicate",
        "404",
        "429",
        "500",
        "503",
        "garbled",
        "dropped",
        "read-timeout",
    ],
)
def test_answers_are_classified(fake_x: FakeX, reply: Reply, outcome: Outcome) -> None:
    fake_x.fail_next(reply)

    result = fake_x.channel(timeout=0.3).send(post())

    assert result.outcome == outcome, result.detail


def test_no_connection_is_a_retry(closed_port: int) -> None:
    result = FakeX().channel(base_url=f"http://127.0.0.1:{closed_port}").send(post())

    assert result.outcome == Outcome.RETRY
    assert "could not connect" in (result.detail or "")


@pytest.mark.parametrize(
    ("error", "outcome"),
    [
        (requests.exceptions.ConnectTimeout("connect timed out"), Outcome.RETRY),
        (requests.exceptions.SSLError("handshake"), Outcome.RETRY),
        (requests.exceptions.ReadTimeout("read timed out"), Outcome.AMBIGUOUS),
        (requests.exceptions.ConnectionError("Connection aborted"), Outcome.AMBIGUOUS),
        (tweepy.TweepyException("odd"), Outcome.AMBIGUOUS),
    ],
)
def test_transport_errors_are_classified(error: Exception, outcome: Outcome) -> None:
    assert classify_error(error).outcome == outcome


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Fixed &amp; verified", "Fixed & verified", True),
        ("See https://status.example.com/x", "See https://t.co/ZZ", True),
        ("Line one\nline two  ", "Line one line two", True),
        ("Update 1", "Update 2", False),
    ],
)
def test_text_hash_sees_the_text_as_x_shows_it(a: str, b: str, same: bool) -> None:
    assert (text_hash(a) == text_hash(b)) is same
