"""Facebook Pages, Threads and LinkedIn: httpx against local stand-ins of their APIs."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from crisiscomms.channels import registry
from crisiscomms.channels.base import OutboundMessage, Outcome
from crisiscomms.channels.linkedin import (
    LinkedInChannel,
    LinkedInSettings,
    classify_linkedin,
    little,
    plain,
)
from crisiscomms.channels.meta import (
    FacebookChannel,
    FacebookSettings,
    ThreadsChannel,
    ThreadsSettings,
    classify_graph,
)
from crisiscomms.channels.social import post_hash
from crisiscomms.errors import ValidationFailed
from tests.channels.fake_graph import (
    LINKEDIN_ORG,
    LINKEDIN_TOKEN,
    PAGE_ID,
    PAGE_TOKEN,
    THREADS_TOKEN,
    THREADS_USER,
    FakeFacebook,
    FakeLinkedIn,
    FakeThreads,
    graph_error,
)
from tests.channels.fake_x import AfterCreating
from tests.channels.servers import Reply


def message(kind: str, *posts: str, reply_to: str | None = None) -> OutboundMessage:
    return OutboundMessage(
        delivery_id="9",
        kind=kind,
        idempotency_key=post_hash(kind, posts[0]),
        posts=posts,
        reply_to_external_id=reply_to,
    )


def facebook(fake: FakeFacebook, token: str = PAGE_TOKEN) -> FacebookChannel:
    settings = FacebookSettings(page_id=PAGE_ID, page_access_token=token, base_url=fake.url())
    return FacebookChannel(settings, allow_private=True, timeout=2.0)


def threads(fake: FakeThreads) -> ThreadsChannel:
    settings = ThreadsSettings(
        user_id=THREADS_USER, access_token=THREADS_TOKEN, base_url=fake.url()
    )
    return ThreadsChannel(settings, allow_private=True, timeout=2.0)


def linkedin(fake: FakeLinkedIn, org: str = LINKEDIN_ORG) -> LinkedInChannel:
    settings = LinkedInSettings(
        organization_id=org, access_token=LINKEDIN_TOKEN, base_url=fake.url()
    )
    return LinkedInChannel(settings, allow_private=True, timeout=2.0)


# --- Facebook --------------------------------------------------------------------------


def test_a_page_post_goes_to_the_feed_with_the_token_in_a_header(
    fake_facebook: FakeFacebook,
) -> None:
    text = "Checkout is down.\n\nNext update by 10:00 UTC. https://status.example.com/i/1"
    result = facebook(fake_facebook).send(message("facebook", text))

    assert result.outcome == Outcome.SENT
    assert result.external_id == fake_facebook.posts[0]["id"]
    assert fake_facebook.posts[0]["message"] == text
    request = fake_facebook.server.requests[0]  # type: ignore[union-attr]
    assert request.path == f"/v23.0/{PAGE_ID}/feed"
    assert PAGE_TOKEN not in request.path and PAGE_TOKEN.encode() not in request.body


def test_an_expired_page_token_pauses_the_channel(fake_facebook: FakeFacebook) -> None:
    result = facebook(fake_facebook, token="EAAGexpired0123456789abc").send(
        message("facebook", "Update")
    )

    assert result.outcome == Outcome.RETRY and result.pause
    assert "Session has expired" in (result.detail or "")


def test_a_page_the_token_cannot_post_to_is_named(fake_facebook: FakeFacebook) -> None:
    fake_facebook.fail_next(
        graph_error(
            403, 200, "(#200) The user hasn't authorized the application to perform this action"
        )
    )
    result = facebook(fake_facebook).send(message("facebook", "Update"))

    assert result.pause and "cannot post here" in (result.detail or "")


def test_page_rate_limit_waits_for_the_estimated_time(fake_facebook: FakeFacebook) -> None:
    usage = {PAGE_ID: [{"type": "pages", "call_count": 100, "estimated_time_to_regain_access": 17}]}
    limited = graph_error(400, 32, "Page request limit reached")
    limited.headers["x-business-use-case-usage"] = json.dumps(usage)
    fake_facebook.fail_next(limited)

    result = facebook(fake_facebook).send(message("facebook", "Update"))

    assert result.outcome == Outcome.RETRY and result.retry_after is not None
    wait = result.retry_after - datetime.now(UTC)
    assert timedelta(minutes=16) < wait <= timedelta(minutes=17)


def test_a_lost_answer_is_found_on_the_page(fake_facebook: FakeFacebook) -> None:
    fake_facebook.fail_next(AfterCreating(Reply(drop=True)))
    sent = facebook(fake_facebook).send(message("facebook", "Checkout is down."))
    assert sent.outcome == Outcome.AMBIGUOUS

    resumed = facebook(fake_facebook).resume(message("facebook", "Checkout is down."))

    assert resumed.outcome == Outcome.SENT
    assert resumed.external_id == fake_facebook.posts[0]["id"] and len(fake_facebook.posts) == 1


def test_long_form_takes_one_post_and_refuses_more(fake_facebook: FakeFacebook) -> None:
    several = facebook(fake_facebook).send(message("facebook", "One", "Two"))
    too_long = facebook(fake_facebook).send(message("facebook", "x" * 63_207))

    assert several.outcome == too_long.outcome == Outcome.PERMANENT
    assert "one post per update" in (several.detail or "")
    assert "63207 characters, over Facebook's 63206" in (too_long.detail or "")
    assert fake_facebook.server.requests == []  # type: ignore[union-attr]


# --- Threads ---------------------------------------------------------------------------


def test_a_thread_is_made_container_then_publish_replying_in_turn(
    fake_threads: FakeThreads,
) -> None:
    first = threads(fake_threads).send(message("threads", "Update 1"))
    second = threads(fake_threads).send(
        message("threads", "1/2 Update 2", "2/2 More", reply_to=first.external_id)
    )

    assert first.outcome == second.outcome == Outcome.SENT
    ids = [p["id"] for p in fake_threads.posts]
    assert [p["reply_to_id"] for p in fake_threads.posts] == [None, ids[0], ids[1]]
    paths = [r.path for r in fake_threads.server.requests]  # type: ignore[union-attr]
    assert paths[:2] == [f"/v1.0/{THREADS_USER}/threads", f"/v1.0/{THREADS_USER}/threads_publish"]
    assert fake_threads.containers == {}  # every container published


def test_emoji_count_their_utf8_bytes_on_threads(fake_threads: FakeThreads) -> None:
    result = threads(fake_threads).send(message("threads", "🔥" * 126))  # 504 bytes

    assert result.outcome == Outcome.PERMANENT
    assert "504 characters, over Threads's 500" in (result.detail or "")


def test_a_lost_publish_answer_is_reconciled(fake_threads: FakeThreads) -> None:
    fake_threads.publish_failures.append(AfterCreating(Reply(drop=True)))
    sent = threads(fake_threads).send(message("threads", "1/2 One", "2/2 Two"))
    assert sent.outcome == Outcome.AMBIGUOUS

    resumed = threads(fake_threads).resume(message("threads", "1/2 One", "2/2 Two"))

    assert resumed.outcome == Outcome.SENT
    assert [p["text"] for p in fake_threads.posts] == ["1/2 One", "2/2 Two"]
    assert fake_threads.posts[1]["reply_to_id"] == fake_threads.posts[0]["id"]


def test_the_daily_publishing_limit_retries(fake_threads: FakeThreads) -> None:
    fake_threads.publish_failures.append(graph_error(400, 4, "Application request limit reached"))

    result = threads(fake_threads).send(message("threads", "Update"))

    assert result.outcome == Outcome.RETRY and not result.pause
    assert fake_threads.posts == []


# --- LinkedIn --------------------------------------------------------------------------


def test_an_organisation_post_uses_the_versioned_posts_api(fake_linkedin: FakeLinkedIn) -> None:
    text = "Checkout (EU) is down #outage: see https://status.example.com/i/1_a?x=(y)"
    result = linkedin(fake_linkedin).send(message("linkedin", text))

    assert result.outcome == Outcome.SENT
    post = fake_linkedin.posts[0]
    assert result.external_id == post["id"] and post["id"].startswith("urn:li:share:")
    assert post["author"] == f"urn:li:organization:{LINKEDIN_ORG}"
    assert post["commentary"] == (
        r"Checkout \(EU\) is down \#outage: see https://status.example.com/i/1_a?x=(y)"
    )
    assert post["lifecycleState"] == "PUBLISHED" and post["visibility"] == "PUBLIC"
    assert fake_linkedin.versions == ["202511"]


def test_little_text_round_trips() -> None:
    text = r"a_b *c* [d] {e} <f> ~g~ @h #i \j |k"
    assert plain(little(text)) == text


def test_a_lost_answer_is_reconciled_and_a_duplicate_is_not_made(
    fake_linkedin: FakeLinkedIn,
) -> None:
    fake_linkedin.fail_next(AfterCreating(Reply(drop=True)))
    sent = linkedin(fake_linkedin).send(message("linkedin", "Checkout (EU) is down."))
    assert sent.outcome == Outcome.AMBIGUOUS

    resumed = linkedin(fake_linkedin).resume(message("linkedin", "Checkout (EU) is down."))

    assert resumed.outcome == Outcome.SENT and len(fake_linkedin.posts) == 1
    again = linkedin(fake_linkedin).send(message("linkedin", "Checkout (EU) is down."))
    assert again.outcome == Outcome.AMBIGUOUS  # LinkedIn's 422 duplicate: reconcile, not fail


def test_an_organisation_the_token_cannot_post_for_is_named(fake_linkedin: FakeLinkedIn) -> None:
    result = linkedin(fake_linkedin, org="999").send(message("linkedin", "Update"))

    assert result.pause and "page administrator" in (result.detail or "")


# --- Shared ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "settings", "where"),
    [
        ("facebook", {"page_id": "me", "page_access_token": PAGE_TOKEN}, "page_id"),
        ("facebook", {"page_id": PAGE_ID, "page_access_token": "short"}, "page_access_token"),
        ("threads", {"access_token": THREADS_TOKEN, "base_url": "ftp://x"}, "base_url"),
        (
            "linkedin",
            {"organization_id": "1", "access_token": LINKEDIN_TOKEN, "api_version": "2025-11"},
            "api_version",
        ),
        (
            "linkedin",
            {
                "organization_id": "1",
                "access_token": LINKEDIN_TOKEN,
                "base_url": "http://169.254.169.254",
            },
            "base_url",
        ),
    ],
)
def test_bad_settings_are_a_422_naming_the_field(
    kind: str, settings: dict[str, str], where: str
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        registry.validate_settings(kind, settings, allow_private=False)
    assert refused.value.details[0]["location"] == f"body.settings.{where}"  # type: ignore[index]
    assert all(
        secret not in json.dumps(refused.value.details)
        for secret in (PAGE_TOKEN, LINKEDIN_TOKEN, THREADS_TOKEN)
    )


def test_secrets_are_never_shown() -> None:
    shown = registry.public_settings(
        "linkedin", {"organization_id": LINKEDIN_ORG, "access_token": LINKEDIN_TOKEN}
    )
    assert shown == {"organization_id": LINKEDIN_ORG, "access_token": "***"}
    shown = registry.public_settings(
        "facebook", {"page_id": PAGE_ID, "page_access_token": PAGE_TOKEN}
    )
    assert shown["page_access_token"] == "***"


def test_a_private_api_address_is_refused_at_send_in_production() -> None:
    settings = ThreadsSettings(access_token=THREADS_TOKEN, base_url="http://127.0.0.1:9")
    result = ThreadsChannel(settings, allow_private=False).send(message("threads", "Update"))
    assert result.outcome == Outcome.PERMANENT and "127.0.0.1" in (result.detail or "")


def _answer(status: int, body: object, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


@pytest.mark.parametrize(
    ("status", "error", "outcome", "pause"),
    [
        (400, {"code": 190, "message": "expired"}, Outcome.RETRY, True),
        (403, {"code": 10, "message": "permission"}, Outcome.RETRY, True),
        (400, {"code": 17, "message": "user limit"}, Outcome.RETRY, False),
        (400, {"code": 506, "message": "Duplicate status message"}, Outcome.AMBIGUOUS, False),
        (500, {"code": 2, "message": "temporarily unavailable"}, Outcome.RETRY, False),
        (400, {"code": 100, "message": "invalid parameter"}, Outcome.PERMANENT, False),
        (400, {"code": 1, "message": "unknown", "is_transient": True}, Outcome.RETRY, False),
    ],
)
def test_graph_errors_are_classified(
    status: int, error: dict[str, object], outcome: Outcome, pause: bool
) -> None:
    result = classify_graph(_answer(status, {"error": error}), "Facebook")
    assert (result.outcome, result.pause) == (outcome, pause)


@pytest.mark.parametrize(
    ("status", "message", "outcome", "pause"),
    [
        (401, "expired", Outcome.RETRY, True),
        (403, "denied", Outcome.RETRY, True),
        (429, "throttled", Outcome.RETRY, False),
        (422, "Content is a duplicate of urn:li:share:1", Outcome.AMBIGUOUS, False),
        (422, "commentary too long", Outcome.PERMANENT, False),
        (503, "unavailable", Outcome.RETRY, False),
    ],
)
def test_linkedin_errors_are_classified(
    status: int, message: str, outcome: Outcome, pause: bool
) -> None:
    result = classify_linkedin(_answer(status, {"status": status, "message": message}))
    assert (result.outcome, result.pause) == (outcome, pause)


def test_linkedin_429_honours_retry_after() -> None:
    result = classify_linkedin(_answer(429, {"message": "x"}, {"retry-after": "120"}))
    assert result.retry_after is not None
    assert timedelta(seconds=100) < result.retry_after - datetime.now(UTC) <= timedelta(seconds=120)
