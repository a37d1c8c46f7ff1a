"""The status card goes up with each network's media API and is attached to the update's
first post, with its alt text; an image the network refuses never holds the text back."""

from __future__ import annotations

from dataclasses import replace

from crisiscomms.channels.base import Outcome
from crisiscomms.statements.card import render_card
from tests.channels.fake_graph import FakeFacebook, graph_error
from tests.channels.fake_social import FakeBluesky, FakeMastodon, json_reply
from tests.channels.test_bluesky import channel as bluesky
from tests.channels.test_bluesky import message as bluesky_message
from tests.channels.test_graph_channels import facebook, message
from tests.channels.test_mastodon import channel as mastodon
from tests.channels.test_mastodon import message as mastodon_message
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
