"""The status card goes up with each network's media API and is attached to the update's
first post, with its alt text; an image the network refuses never holds the text back."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from crisiscomms.channels.base import OutboundMessage, Outcome
from crisiscomms.channels.x import text_hash
from crisiscomms.statements.card import render_card
from tests.channels.fake_graph import FakeFacebook, FakeLinkedIn, FakeThreads, graph_error
from tests.channels.fake_social import FakeBluesky, FakeMastodon, json_reply
from tests.channels.fake_x import FakeX, x_reply
from tests.channels.servers import LocalHttpServer, Reply
from tests.channels.test_bluesky import channel as bluesky
from tests.channels.test_bluesky import message as bluesky_message
from tests.channels.test_graph_channels import facebook, linkedin, message, threads
from tests.channels.test_mastodon import channel as mastodon
from tests.channels.test_mastodon import message as mastodon_message
from tests.channels.tls import self_signed_tls
from tests.statements.test_card import BENGALI, ENGLISH

CARD = render_card(ENGLISH, "mastodon")


def test_mastodon_uploads_the_card_and_attaches_it_to_the_first_post(
    fake_mastodon: FakeMastodon,
) -> None:
    sent = mastodon(fake_mastodon).send(
        replace(mastodon_message("1/2 One", "2/2 Two"), image=CARD.png, image_alt=CARD.alt)
    )

    assert sent.outcome == Outcome.SENT and sent.notice is None
    (media_id,) = fake_mastodon.media
    assert fake_mastodon.media[media_id] == {"bytes": CARD.png, "alt": CARD.alt}
    assert [p["media_ids"] for p in fake_mastodon.posts] == [[media_id], []]


def test_a_refused_image_is_recorded_and_the_text_still_goes_out(
    fake_mastodon: FakeMastodon,
) -> None:
    fake_mastodon.media_failures.append(
        json_reply(422, {"error": "Validation failed: File content type is invalid"})
    )
    sent = mastodon(fake_mastodon).send(
        replace(mastodon_message("Update"), image=CARD.png, image_alt=CARD.alt)
    )

    assert sent.outcome == Outcome.SENT
    assert [p["text"] for p in fake_mastodon.posts] == ["Update"]
    assert sent.notice is not None and "refused the status card" in sent.notice
    assert "File content type is invalid" in sent.notice


def test_bluesky_embeds_the_blob_with_alt_text_and_aspect_ratio(fake_bluesky: FakeBluesky) -> None:
    bengali = render_card(BENGALI, "bluesky")
    sent = bluesky(fake_bluesky).send(
        replace(bluesky_message("আপডেট"), image=bengali.png, image_alt=bengali.alt)
    )

    assert sent.outcome == Outcome.SENT
    embed = fake_bluesky.posts[0]["value"]["embed"]
    assert embed["$type"] == "app.bsky.embed.images"
    (image,) = embed["images"]
    assert image["alt"] == bengali.alt
    assert (image["aspectRatio"]["width"], image["aspectRatio"]["height"]) == (1200, 675)
    assert fake_bluesky.media[image["image"]["ref"]["$link"]]["bytes"] == bengali.png


def test_bluesky_text_goes_out_when_the_blob_is_refused(fake_bluesky: FakeBluesky) -> None:
    fake_bluesky.media_failures.append(
        json_reply(400, {"error": "BlobTooLarge", "message": "This file is too large"})
    )
    sent = bluesky(fake_bluesky).send(
        replace(bluesky_message("Update"), image=CARD.png, image_alt=CARD.alt)
    )

    assert sent.outcome == Outcome.SENT and "BlobTooLarge" in (sent.notice or "")
    assert "embed" not in fake_bluesky.posts[0]["value"]


def test_facebook_posts_an_unpublished_photo_then_attaches_it(
    fake_facebook: FakeFacebook,
) -> None:
    page_card = render_card(ENGLISH, "facebook")
    sent = facebook(fake_facebook).send(
        replace(message("facebook", "Update"), image=page_card.png, image_alt=page_card.alt)
    )

    assert sent.outcome == Outcome.SENT
    (photo,) = fake_facebook.media
    assert fake_facebook.media[photo] == {"bytes": page_card.png, "alt": page_card.alt}
    assert fake_facebook.posts[0]["attached"] == photo


def test_facebook_text_goes_out_when_the_photo_is_refused(fake_facebook: FakeFacebook) -> None:
    fake_facebook.media_failures.append(graph_error(400, 324, "Missing or invalid image file"))
    sent = facebook(fake_facebook).send(
        replace(message("facebook", "Update"), image=CARD.png, image_alt=CARD.alt)
    )

    assert sent.outcome == Outcome.SENT and "invalid image file" in (sent.notice or "")
    assert fake_facebook.posts[0]["attached"] is None


# --- X: tweepy's media upload (v1.1 upload.twitter.com), alt text, media_ids --------------


def x_message(*posts: str, attempt: int = 1) -> OutboundMessage:
    card = render_card(ENGLISH, "x")
    return OutboundMessage(
        delivery_id="d-1",
        kind="x",
        idempotency_key=text_hash(posts[0]),
        posts=posts,
        image=card.png,
        image_alt=card.alt,
        attempt=attempt,
    )


def test_x_uploads_the_card_sets_its_alt_text_and_attaches_it_to_the_first_post(
    fake_x: FakeX,
) -> None:
    card = render_card(ENGLISH, "x")
    sent = fake_x.channel().send(x_message("1/2 One", "2/2 Two"))

    assert sent.outcome == Outcome.SENT and sent.notice is None
    (media_id,) = fake_x.media
    assert fake_x.media[media_id] == {"bytes": card.png, "category": "tweet_image", "alt": card.alt}
    assert fake_x.posts[0]["request"]["media"] == {"media_ids": [media_id]}
    assert "media" not in fake_x.posts[1]["request"]
    assert fake_x.signatures_ok and all(fake_x.signatures_ok)  # upload.twitter.com signed too
    paths = [r.path for r in fake_x.server.requests]  # type: ignore[union-attr]
    assert paths[:2] == ["/1.1/media/upload.json", "/1.1/media/metadata/create.json"]


def test_x_text_goes_out_when_the_upload_is_refused(fake_x: FakeX) -> None:
    fake_x.media_failures.append(
        x_reply(400, {"errors": [{"code": 324, "message": "File type not supported"}]})
    )
    sent = fake_x.channel().send(x_message("Update"))

    assert sent.outcome == Outcome.SENT
    assert "media" not in fake_x.posts[0]["request"]
    assert sent.notice is not None and "File type not supported" in sent.notice


def test_a_failed_upload_retries_with_nothing_posted_then_posts_once(fake_x: FakeX) -> None:
    fake_x.media_failures.append(x_reply(503, {"errors": [{"message": "Over capacity"}]}))
    first = fake_x.channel().send(x_message("Update"))

    assert first.outcome == Outcome.RETRY and fake_x.posts == []
    assert "nothing was posted" in (first.detail or "")
    again = fake_x.channel().send(x_message("Update", attempt=2))
    assert again.outcome == Outcome.SENT and again.notice is None
    assert len(fake_x.posts) == 1 and fake_x.posts[0]["request"]["media"]["media_ids"]


def test_on_a_later_attempt_a_failing_upload_no_longer_holds_the_text(fake_x: FakeX) -> None:
    fake_x.media_failures.append(x_reply(503, {"errors": [{"message": "Over capacity"}]}))
    sent = fake_x.channel().send(x_message("Update", attempt=2))

    assert sent.outcome == Outcome.SENT and "media" not in fake_x.posts[0]["request"]
    assert "refused the status card" in (sent.notice or "")


def test_x_upload_that_cannot_connect_is_retried(closed_port: int) -> None:
    fake = FakeX()
    sent = fake.channel(base_url=f"http://127.0.0.1:{closed_port}").send(x_message("Update"))

    assert sent.outcome == Outcome.RETRY and "could not connect" in (sent.detail or "")


# --- Threads: an IMAGE container fetched from the card's public URL -----------------------


@pytest.fixture
def card_site(tmp_path: Path) -> Iterator[tuple[LocalHttpServer, ssl.SSLContext]]:
    """The app's public card URL as Threads reaches it: https, serving the card's bytes."""
    server_tls, client_tls = self_signed_tls(tmp_path)
    card = render_card(ENGLISH, "threads")
    site = LocalHttpServer(tls=server_tls)
    site.default = Reply(200, {"content-type": "image/png"}, card.png)
    site.start()
    yield site, client_tls
    site.stop()


def threads_message(url: str | None, *posts: str) -> OutboundMessage:
    card = render_card(ENGLISH, "threads")
    return replace(message("threads", *posts), image=card.png, image_alt=card.alt, image_url=url)


def test_threads_makes_an_image_container_from_the_cards_public_url(
    fake_threads: FakeThreads, card_site: tuple[LocalHttpServer, ssl.SSLContext]
) -> None:
    site, trust = card_site
    fake_threads.verify = trust
    card = render_card(ENGLISH, "threads")
    url = site.url(f"/status/cards/7/{card.sha256}.png")
    sent = threads(fake_threads).send(threads_message(url, "1/2 One", "2/2 Two"))

    assert sent.outcome == Outcome.SENT and sent.notice is None
    first, second = fake_threads.posts
    assert first["media_type"] == "IMAGE" and first["image_url"] == url
    assert first["image_bytes"] == card.png and first["alt_text"] == card.alt
    assert second["media_type"] == "TEXT" and second["reply_to_id"] == first["id"]
    assert fake_threads.fetched == [url]


def test_threads_posts_the_text_when_it_cannot_fetch_the_image(
    fake_threads: FakeThreads, card_site: tuple[LocalHttpServer, ssl.SSLContext]
) -> None:
    site, trust = card_site
    fake_threads.verify = trust
    site.default = Reply(404, {}, b"not found")
    sent = threads(fake_threads).send(threads_message(site.url("/status/cards/7/x.png"), "Up"))

    assert sent.outcome == Outcome.SENT
    (post,) = fake_threads.posts
    assert post["media_type"] == "TEXT" and post["text"] == "Up"
    assert "Media download has failed" in (sent.notice or "")


def test_threads_posts_the_text_when_the_image_container_fails(
    fake_threads: FakeThreads, card_site: tuple[LocalHttpServer, ssl.SSLContext]
) -> None:
    site, trust = card_site
    fake_threads.verify = trust
    fake_threads.container_status = "ERROR"
    sent = threads(fake_threads).send(threads_message(site.url("/c.png"), "Up"))

    assert sent.outcome == Outcome.SENT and fake_threads.posts[0]["media_type"] == "TEXT"
    assert "ERROR" in (sent.notice or "")


def test_threads_without_a_public_https_url_posts_text_and_says_why(
    fake_threads: FakeThreads,
) -> None:
    sent = threads(fake_threads).send(threads_message(None, "Up"))

    assert sent.outcome == Outcome.SENT and fake_threads.posts[0]["media_type"] == "TEXT"
    assert "CRISISCOMMS_PUBLIC_BASE_URL" in (sent.notice or "")
    assert fake_threads.fetched == []


# --- LinkedIn: the Images API (initializeUpload, PUT), then the post with the URN -----------


def test_linkedin_uploads_through_the_images_api_and_names_the_urn(
    fake_linkedin: FakeLinkedIn,
) -> None:
    card = render_card(ENGLISH, "linkedin")
    sent = linkedin(fake_linkedin).send(
        replace(message("linkedin", "Update"), image=card.png, image_alt=card.alt)
    )

    assert sent.outcome == Outcome.SENT and sent.notice is None
    (urn,) = fake_linkedin.media
    assert fake_linkedin.media[urn]["bytes"] == card.png
    assert fake_linkedin.posts[0]["content"] == {"media": {"id": urn, "altText": card.alt}}


def test_linkedin_text_goes_out_when_the_image_is_refused(fake_linkedin: FakeLinkedIn) -> None:
    fake_linkedin.media_failures.append(
        json_reply(400, {"status": 400, "message": "Image too large"})
    )
    sent = linkedin(fake_linkedin).send(
        replace(message("linkedin", "Update"), image=CARD.png, image_alt=CARD.alt)
    )

    assert sent.outcome == Outcome.SENT and "content" not in fake_linkedin.posts[0]
    assert "Image too large" in (sent.notice or "")


def test_linkedin_server_error_on_upload_retries_without_posting(
    fake_linkedin: FakeLinkedIn,
) -> None:
    fake_linkedin.media_failures.append(json_reply(503, {"status": 503, "message": "Busy"}))
    channel = linkedin(fake_linkedin)
    update = replace(message("linkedin", "Update"), image=CARD.png, image_alt=CARD.alt)

    assert channel.send(update).outcome == Outcome.RETRY and fake_linkedin.posts == []
    assert channel.send(replace(update, attempt=2)).outcome == Outcome.SENT
    assert len(fake_linkedin.posts) == 1 and "content" in fake_linkedin.posts[0]
