"""Bluesky channel: the real atproto client against a local PDS."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from atproto_client.exceptions import InvokeTimeoutError, NetworkError

from crisiscomms.channels import registry
from crisiscomms.channels.base import OutboundMessage, Outcome
from crisiscomms.channels.bluesky import BlueskyChannel, BlueskySettings, classify_error
from crisiscomms.channels.social import post_hash
from crisiscomms.errors import ValidationFailed
from tests.channels.fake_social import (
    BLUESKY_HANDLE,
    BLUESKY_PASSWORD,
    FakeBluesky,
    bluesky_rate_limited,
)
from tests.channels.fake_x import AfterCreating
from tests.channels.servers import Reply


def channel(fake: FakeBluesky, password: str = BLUESKY_PASSWORD) -> BlueskyChannel:
    settings = BlueskySettings(handle=BLUESKY_HANDLE, app_password=password, base_url=fake.url())
    return BlueskyChannel(settings, allow_private=True, timeout=2.0)


def message(*posts: str, reply_to: str | None = None) -> OutboundMessage:
    return OutboundMessage(
        delivery_id="7",
        kind="bluesky",
        idempotency_key=post_hash("bluesky", posts[0]),
        posts=posts,
        reply_to_external_id=reply_to,
    )


def ref(post: dict[str, Any]) -> tuple[str, str]:
    return post["uri"], post["cid"]


def refs(post: dict[str, Any]) -> dict[str, tuple[str, str]]:
    reply = post["value"]["reply"]
    return {name: (reply[name]["uri"], reply[name]["cid"]) for name in ("root", "parent")}


def test_a_post_signs_in_once_and_creates_a_record(fake_bluesky: FakeBluesky) -> None:
    sender = channel(fake_bluesky)
    one = sender.send(message("Update 1"))
    two = sender.send(message("Update 2"))

    assert one.outcome == two.outcome == Outcome.SENT
    assert one.external_id == fake_bluesky.posts[0]["uri"]
    assert fake_bluesky.logins == 1
    record = fake_bluesky.posts[0]["value"]
    assert record["$type"] == "app.bsky.feed.post" and record["text"] == "Update 1"
    assert record["createdAt"].endswith("Z")


def test_replies_name_the_threads_root_and_parent(fake_bluesky: FakeBluesky) -> None:
    first = channel(fake_bluesky).send(message("Update 1"))
    # A new channel object (a worker restart): the parent's cid and root are read back.
    later = channel(fake_bluesky).send(
        message("1/2 Update 2", "2/2 More", reply_to=first.external_id)
    )

    assert later.outcome == Outcome.SENT
    root, second, third = fake_bluesky.posts
    assert refs(second) == {"root": ref(root), "parent": ref(root)}
    assert refs(third) == {"root": ref(root), "parent": ref(second)}
    # And a third update under the reply still roots at the first post.
    channel(fake_bluesky).send(message("Update 3", reply_to=later.external_id))
    assert fake_bluesky.posts[-1]["value"]["reply"]["root"]["uri"] == root["uri"]


def test_links_are_facets_at_utf8_byte_offsets(fake_bluesky: FakeBluesky) -> None:
    text = "সমস্যা চলছে। বিস্তারিত: https://status.example.com/i/42 #outage"
    channel(fake_bluesky).send(message(text))

    facets = fake_bluesky.posts[0]["value"]["facets"]
    link = next(f for f in facets if f["features"][0]["$type"] == "app.bsky.richtext.facet#link")
    start, end = link["index"]["byteStart"], link["index"]["byteEnd"]
    assert text.encode()[start:end] == b"https://status.example.com/i/42"
    assert link["features"][0]["uri"] == "https://status.example.com/i/42"
    assert start > text.index("https")  # bytes, not characters: Bengali takes three each


def test_300_graphemes_not_code_points(fake_bluesky: FakeBluesky) -> None:
    conjunct = "ক্ষ"  # three code points, one grapheme
    fits = channel(fake_bluesky).send(message(conjunct * 300))
    over = channel(fake_bluesky).send(message(conjunct * 301))

    assert fits.outcome == Outcome.SENT
    assert over.outcome == Outcome.PERMANENT
    assert "301 graphemes, over Bluesky's 300" in (over.detail or "")
    assert len(fake_bluesky.posts) == 1


def test_rate_limit_waits_for_the_reset(fake_bluesky: FakeBluesky) -> None:
    fake_bluesky.fail_next(bluesky_rate_limited(seconds=900))

    result = channel(fake_bluesky).send(message("Update"))

    assert result.outcome == Outcome.RETRY and result.retry_after is not None
    assert timedelta(minutes=14) < result.retry_after - datetime.now(UTC) <= timedelta(minutes=15)


def test_a_wrong_app_password_pauses_the_channel(fake_bluesky: FakeBluesky) -> None:
    result = channel(fake_bluesky, password="zzzz-zzzz-zzzz-zzzz").send(message("Update"))

    assert result.outcome == Outcome.RETRY and result.pause
    assert "Invalid identifier or password" in (result.detail or "")
    assert "zzzz" not in (result.detail or "")


def test_an_expired_session_signs_in_again(fake_bluesky: FakeBluesky) -> None:
    sender = channel(fake_bluesky)
    sender.send(message("Update 1"))
    fake_bluesky.sessions.clear()  # the PDS forgot the session

    result = sender.send(message("Update 2"))

    assert result.outcome == Outcome.SENT
    assert fake_bluesky.logins == 2 and len(fake_bluesky.posts) == 2


def test_a_lost_answer_is_reconciled_before_the_rest_goes_out(fake_bluesky: FakeBluesky) -> None:
    fake_bluesky.fail_next(None, AfterCreating(Reply(drop=True)))
    posts = ("1/3 One", "2/3 Two https://status.example.com/x", "3/3 Three")
    sent = channel(fake_bluesky).send(message(*posts))
    assert sent.outcome == Outcome.AMBIGUOUS and len(sent.posted_ids) == 1

    rest = message(*posts[1:], reply_to=sent.posted_ids[-1])
    resumed = channel(fake_bluesky).resume(rest)

    assert resumed.outcome == Outcome.SENT
    assert [p["value"]["text"] for p in fake_bluesky.posts] == list(posts)
    assert fake_bluesky.posts[2]["value"]["reply"]["parent"]["uri"] == fake_bluesky.posts[1]["uri"]


def test_settings_refuse_an_account_password_and_hide_the_app_password() -> None:
    with pytest.raises(ValidationFailed) as refused:
        registry.validate_settings(
            "bluesky", {"handle": BLUESKY_HANDLE, "app_password": "hunter2"}, allow_private=False
        )
    assert refused.value.details[0]["location"] == "body.settings.app_password"  # type: ignore[index]
    assert "hunter2" not in str(refused.value.details)
    shown = registry.public_settings(
        "bluesky", {"handle": BLUESKY_HANDLE, "app_password": BLUESKY_PASSWORD}
    )
    assert shown == {"handle": BLUESKY_HANDLE, "app_password": "***"}


def _wrapped(cause: Exception, kind: type[NetworkError] = NetworkError) -> NetworkError:
    error = kind()
    error.__cause__ = cause
    return error


@pytest.mark.parametrize(
    ("exc", "outcome"),
    [
        (_wrapped(httpx.ConnectError("refused")), Outcome.RETRY),
        (_wrapped(httpx.ConnectTimeout("slow"), InvokeTimeoutError), Outcome.RETRY),
        (_wrapped(httpx.ReadTimeout("slow"), InvokeTimeoutError), Outcome.AMBIGUOUS),
        (_wrapped(httpx.RemoteProtocolError("closed")), Outcome.AMBIGUOUS),
    ],
)
def test_transport_failures_are_classified(exc: Exception, outcome: Outcome) -> None:
    assert classify_error(exc).outcome == outcome
