"""Mastodon channel: the real Mastodon.py client against a local statuses API."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import requests
from mastodon import MastodonAPIError, MastodonNetworkError, MastodonServerError

from crisiscomms.channels import registry
from crisiscomms.channels.base import OutboundMessage, Outcome
from crisiscomms.channels.mastodon import MastodonChannel, MastodonSettings, classify_error
from crisiscomms.channels.social import post_hash
from crisiscomms.errors import ValidationFailed
from tests.channels.fake_social import MASTODON_TOKEN, FakeMastodon, mastodon_rate_limited
from tests.channels.fake_x import AfterCreating
from tests.channels.servers import Reply


def channel(fake: FakeMastodon, token: str = MASTODON_TOKEN) -> MastodonChannel:
    settings = MastodonSettings(base_url=fake.url(), access_token=token)
    return MastodonChannel(settings, allow_private=True, timeout=2.0)


def message(*posts: str, reply_to: str | None = None) -> OutboundMessage:
    return OutboundMessage(
        delivery_id="41",
        kind="mastodon",
        idempotency_key=post_hash("mastodon", posts[0]),
        posts=posts,
        reply_to_external_id=reply_to,
    )


def test_a_thread_replies_under_the_previous_update_with_an_idempotency_key(
    fake_mastodon: FakeMastodon,
) -> None:
    first = channel(fake_mastodon).send(message("Update 1: we are investigating."))
    result = channel(fake_mastodon).send(
        message(
            "1/2 Update 2: fixed",
            "2/2 Details: https://status.example.com/i/1",
            reply_to=first.external_id,
        )
    )

    assert first.outcome == result.outcome == Outcome.SENT
    ids = [p["id"] for p in fake_mastodon.posts]
    assert result.posted_ids == tuple(ids[1:]) and result.external_id == ids[-1]
    assert [p["in_reply_to_id"] for p in fake_mastodon.posts] == [None, ids[0], ids[1]]
    keys = [p["idempotency_key"] for p in fake_mastodon.posts]
    assert all(k and k.startswith("41-") for k in keys) and len(set(keys)) == 3
    request = fake_mastodon.server.requests[0]  # type: ignore[union-attr]
    assert request.headers["authorization"] == f"Bearer {MASTODON_TOKEN}"
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"


def test_a_repeat_with_the_same_key_gets_the_first_status_back(
    fake_mastodon: FakeMastodon,
) -> None:
    again = message("We are investigating.")
    one = channel(fake_mastodon).send(again)
    two = channel(fake_mastodon).send(again)

    assert one.external_id == two.external_id
    assert len(fake_mastodon.posts) == 1


def test_429_waits_for_the_instances_reset_time(fake_mastodon: FakeMastodon) -> None:
    fake_mastodon.fail_next(mastodon_rate_limited(seconds=600))

    result = channel(fake_mastodon).send(message("Update"))

    assert result.outcome == Outcome.RETRY
    assert result.retry_after is not None
    wait = result.retry_after - datetime.now(UTC)
    assert timedelta(minutes=9) < wait <= timedelta(minutes=10, seconds=5)
    assert fake_mastodon.posts == []


def test_a_revoked_token_pauses_the_channel(fake_mastodon: FakeMastodon) -> None:
    result = channel(fake_mastodon, token="revoked-token-000").send(message("Update"))

    assert result.outcome == Outcome.RETRY and result.pause
    assert "access token is invalid" in (result.detail or "")
    assert "revoked-token" not in (result.detail or "")


def test_a_post_over_the_limit_is_refused_before_any_request(
    fake_mastodon: FakeMastodon,
) -> None:
    result = channel(fake_mastodon).send(message("x" * 501))

    assert result.outcome == Outcome.PERMANENT
    assert "501 characters, over Mastodon's 500" in (result.detail or "")
    assert fake_mastodon.server.requests == []  # type: ignore[union-attr]


def test_a_lost_answer_is_found_among_recent_posts_and_the_thread_finished(
    fake_mastodon: FakeMastodon,
) -> None:
    fake_mastodon.fail_next(AfterCreating(Reply(drop=True)))
    posts = ("1/2 We are investigating <the> outage & more.", "2/2 Next update by 10:00.")
    sent = channel(fake_mastodon).send(message(*posts))
    assert sent.outcome == Outcome.AMBIGUOUS and sent.posted_ids == ()

    resumed = channel(fake_mastodon).resume(message(*posts))

    assert resumed.outcome == Outcome.SENT
    ids = [p["id"] for p in fake_mastodon.posts]
    assert len(ids) == 2 and resumed.posted_ids == tuple(ids)
    assert fake_mastodon.posts[1]["in_reply_to_id"] == ids[0]


def test_a_post_not_among_recent_ones_is_safe_to_post_again(fake_mastodon: FakeMastodon) -> None:
    result = channel(fake_mastodon).reconcile(post_hash("mastodon", "never posted"))

    assert result.outcome == Outcome.RETRY


def test_a_private_base_url_is_refused_in_production() -> None:
    settings = MastodonSettings(base_url="http://127.0.0.1:9", access_token=MASTODON_TOKEN)
    result = MastodonChannel(settings, allow_private=False).send(message("Update"))

    assert result.outcome == Outcome.PERMANENT
    assert "127.0.0.1" in (result.detail or "")


def test_settings_are_checked_and_the_token_never_shown() -> None:
    with pytest.raises(ValidationFailed) as refused:
        registry.validate_settings(
            "mastodon",
            {"base_url": "https://mastodon.social/?t=1", "access_token": "/etc/passwd"},
            allow_private=False,
        )
    locations = {d["location"] for d in refused.value.details or []}
    assert locations == {"body.settings.base_url", "body.settings.access_token"}
    with pytest.raises(ValidationFailed) as private:
        registry.validate_settings(
            "mastodon",
            {"base_url": "http://10.0.0.5", "access_token": MASTODON_TOKEN},
            allow_private=False,
        )
    assert private.value.details[0]["location"] == "body.settings.base_url"  # type: ignore[index]
    shown = registry.public_settings(
        "mastodon", {"base_url": "https://mastodon.social", "access_token": MASTODON_TOKEN}
    )
    assert shown == {"base_url": "https://mastodon.social", "access_token": "***"}


def _error(status: int) -> MastodonAPIError:
    kind = MastodonServerError if status >= 500 else MastodonAPIError
    return kind("Mastodon API returned error", status, "Reason", "message")


def _network(cause: Exception) -> MastodonNetworkError:
    try:
        try:
            raise cause
        except Exception as e:
            raise MastodonNetworkError(f"Could not complete request: {e}") from None
    except MastodonNetworkError as wrapped:
        wrapped.__context__ = cause
        return wrapped


@pytest.mark.parametrize(
    ("exc", "outcome", "pause"),
    [
        (_error(422), Outcome.PERMANENT, False),
        (_error(403), Outcome.RETRY, True),
        (_error(503), Outcome.RETRY, False),
        (_network(requests.exceptions.ConnectTimeout("x")), Outcome.RETRY, False),
        (_network(requests.exceptions.ReadTimeout("x")), Outcome.AMBIGUOUS, False),
        (_network(requests.exceptions.TooManyRedirects("x")), Outcome.PERMANENT, False),
    ],
)
def test_answers_are_classified(exc: Exception, outcome: Outcome, pause: bool) -> None:
    result = classify_error(exc)
    assert (result.outcome, result.pause) == (outcome, pause)
