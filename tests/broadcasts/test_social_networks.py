"""Native social channels through the delivery engine: a plan's Mastodon and Bluesky
channels post each update as a thread in the network's own length, in the languages the
plan asks for, the next update under the last post of the one before, and a post whose
answer was lost is found among the account's posts, not made twice."""

from __future__ import annotations

from datetime import timedelta

import regex
from sqlmodel import Session, select

from crisiscomms.broadcasts.models import Delivery, DeliveryStatus
from crisiscomms.channels.models import Audience, ChannelConfig
from crisiscomms.config import Settings
from crisiscomms.flows import broadcast as broadcast_flow
from crisiscomms.plans.schema import Channel, ChannelKind, PlanBody
from crisiscomms.statements import previews
from crisiscomms.worker.delivery import DeliveryEngine
from tests.broadcasts.factories import approved, channel
from tests.broadcasts.test_end_to_end import run_worker
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
)
from tests.channels.fake_social import (
    BLUESKY_HANDLE,
    BLUESKY_PASSWORD,
    MASTODON_TOKEN,
    FakeBluesky,
    FakeMastodon,
)
from tests.channels.fake_x import AfterCreating
from tests.channels.servers import Reply
from tests.commitments.factories import Scene, scene
from tests.conftest import NOW, load_library_plan


def social_plan() -> PlanBody:
    """The outage plan with its Mastodon channel native (English and Bengali) and Bluesky."""
    body = load_library_plan("service-outage")
    channels = [
        c.model_copy(update={"kind": ChannelKind.MASTODON, "locales": ["en", "bn"]})
        if c.id == "mastodon"
        else c
        for c in body.channels
    ]
    channels.append(
        Channel(
            id="bluesky", kind=ChannelKind.BLUESKY, description="Our status account on Bluesky."
        )
    )
    audiences = [
        a.model_copy(update={"channels": [*a.channels, "bluesky"]}) if a.id == "public" else a
        for a in body.audiences
    ]
    return body.model_copy(update={"channels": channels, "audiences": audiences})


def configure(
    session: Session, settings: Settings, mastodon: FakeMastodon, bluesky: FakeBluesky
) -> Scene:
    s = scene(session, social_plan())
    channel(
        session,
        settings,
        "Mastodon",
        "mastodon",
        Audience.PUBLIC,
        {"base_url": mastodon.url(), "access_token": MASTODON_TOKEN},
    )
    channel(
        session,
        settings,
        "Bluesky",
        "bluesky",
        Audience.PUBLIC,
        {"handle": BLUESKY_HANDLE, "app_password": BLUESKY_PASSWORD, "base_url": bluesky.url()},
    )
    return s


def publish(session: Session, s: Scene, minutes: int = 0, **sections: str) -> None:
    now = NOW + timedelta(minutes=minutes)
    statement = approved(session, s, now=now, **sections)
    broadcast_flow.create_broadcast(
        session,
        statement_id=statement.id or 0,
        audiences=["public"],
        scheduled_at=None,
        actor=s.commander,
        now=now,
    )


def test_updates_thread_in_each_networks_length_and_languages(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    fake_mastodon: FakeMastodon,
    fake_bluesky: FakeBluesky,
) -> None:
    s = configure(session, settings, fake_mastodon, fake_bluesky)
    publish(session, s)
    run_worker(session, delivery)

    toots = [p["text"] for p in fake_mastodon.posts]
    assert toots and all(len(regex.findall(r"\X", t)) <= 500 for t in toots)
    assert any(regex.search(r"\p{Bengali}", t) for t in toots)  # English, then Bengali
    assert not regex.search(r"\p{Bengali}", toots[0])
    ids = [p["id"] for p in fake_mastodon.posts]
    assert [p["in_reply_to_id"] for p in fake_mastodon.posts] == [None, *ids[:-1]]
    skeets = [p["value"]["text"] for p in fake_bluesky.posts]
    assert len(skeets) > 1 and all(len(regex.findall(r"\X", t)) <= 300 for t in skeets)
    assert skeets[0].startswith(f"1/{len(skeets)} ")
    assert "reply" not in fake_bluesky.posts[0]["value"]
    # The status card goes with the first post of each update only, with its alt text.
    (card_id,) = fake_mastodon.posts[0]["media_ids"]
    assert all(p["media_ids"] == [] for p in fake_mastodon.posts[1:])
    card = fake_mastodon.media[card_id]
    assert card["bytes"].startswith(b"\x89PNG") and card["alt"].startswith("Northwind")
    assert "Checkout" in card["alt"]
    (image,) = fake_bluesky.posts[0]["value"]["embed"]["images"]
    assert image["alt"] == card["alt"]
    assert all("embed" not in p["value"] for p in fake_bluesky.posts[1:])

    last_toot, first_skeet = ids[-1], fake_bluesky.posts[0]
    publish(session, s, minutes=20, headline="Checkout works again for most")
    toots_before, skeets_before = len(fake_mastodon.posts), len(fake_bluesky.posts)
    run_worker(session, delivery, now=NOW + timedelta(minutes=20))

    assert fake_mastodon.posts[toots_before]["in_reply_to_id"] == last_toot
    reply = fake_bluesky.posts[skeets_before]["value"]["reply"]
    assert reply["root"]["uri"] == first_skeet["uri"]
    assert reply["parent"]["uri"] == fake_bluesky.posts[skeets_before - 1]["uri"]


def test_the_editors_preview_is_what_each_network_gets(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    fake_mastodon: FakeMastodon,
    fake_bluesky: FakeBluesky,
) -> None:
    """The posts, their split and the card's alt text the editor showed are those posted."""
    s = configure(session, settings, fake_mastodon, fake_bluesky)
    statement = approved(session, s)
    shown = previews.previews_of(session, statement.id or 0, email_card=False)
    by_kind = {locale: {p.kind: p for p in found} for locale, found in shown.items()}
    broadcast_flow.create_broadcast(
        session,
        statement_id=statement.id or 0,
        audiences=["public"],
        scheduled_at=None,
        actor=s.commander,
        now=NOW,
    )
    run_worker(session, delivery)

    mastodon_en, mastodon_bn = by_kind["en"]["mastodon"], by_kind["bn"]["mastodon"]
    assert [p["text"] for p in fake_mastodon.posts] == [
        post.text for post in (*mastodon_en.posts, *mastodon_bn.posts)
    ]
    bluesky = by_kind["en"]["bluesky"]
    assert [p["value"]["text"] for p in fake_bluesky.posts] == [p.text for p in bluesky.posts]
    assert not by_kind["bn"]["bluesky"].posts  # the plan's Bluesky channel posts English only
    (card_id,) = fake_mastodon.posts[0]["media_ids"]
    assert mastodon_en.card is not None and mastodon_bn.card is None
    assert fake_mastodon.media[card_id]["alt"] == mastodon_en.card.alt
    (image,) = fake_bluesky.posts[0]["value"]["embed"]["images"]
    assert bluesky.card is not None and image["alt"] == bluesky.card.alt


def test_a_lost_answer_is_reconciled_not_posted_twice(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    fake_mastodon: FakeMastodon,
    fake_bluesky: FakeBluesky,
) -> None:
    s = configure(session, settings, fake_mastodon, fake_bluesky)
    fake_bluesky.fail_next(AfterCreating(Reply(drop=True)))
    publish(session, s)
    run_worker(session, delivery)

    bluesky = session.exec(select(ChannelConfig).where(ChannelConfig.kind == "bluesky")).one()
    row = session.exec(select(Delivery).where(Delivery.channel_id == bluesky.id)).one()
    assert row.status == DeliveryStatus.RETRYING and row.unconfirmed
    made = len(fake_bluesky.posts)

    run_worker(session, delivery, now=NOW + timedelta(hours=1))

    session.refresh(row)
    assert row.status == DeliveryStatus.SENT
    texts = [p["value"]["text"] for p in fake_bluesky.posts]
    assert len(texts) == len(set(texts)) and len(texts) >= made
    assert row.posted_ids is not None and row.posted_ids[0] == fake_bluesky.posts[0]["uri"]


def test_a_revoked_token_pauses_the_channel_and_the_update_waits(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    fake_mastodon: FakeMastodon,
    fake_bluesky: FakeBluesky,
) -> None:
    s = configure(session, settings, fake_mastodon, fake_bluesky)
    mastodon = session.exec(select(ChannelConfig).where(ChannelConfig.kind == "mastodon")).one()
    fake_mastodon.fail_next(
        Reply(
            401, {"content-type": "application/json"}, b'{"error":"The access token was revoked"}'
        )
    )
    publish(session, s)
    run_worker(session, delivery)

    session.refresh(mastodon)
    assert mastodon.quarantined_at is not None
    assert "access token was revoked" in (mastodon.quarantine_reason or "")
    row = session.exec(select(Delivery).where(Delivery.channel_id == mastodon.id)).one()
    assert row.status == DeliveryStatus.RETRYING
    run_worker(session, delivery, now=NOW + timedelta(hours=2))
    session.refresh(row)
    assert row.status == DeliveryStatus.RETRYING  # paused: not retried until released
    assert fake_mastodon.posts == []


def test_long_form_pages_take_one_post_in_every_language_and_threads_a_thread(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    fake_facebook: FakeFacebook,
    fake_linkedin: FakeLinkedIn,
    fake_threads: FakeThreads,
) -> None:
    body = load_library_plan("service-outage")
    extra = [
        Channel(id=kind, kind=ChannelKind(kind), description=f"Our {kind}", locales=["en", "bn"])
        for kind in ("facebook", "linkedin", "threads")
    ]
    audiences = [
        a.model_copy(update={"channels": [*a.channels, "facebook", "linkedin", "threads"]})
        if a.id == "public"
        else a
        for a in body.audiences
    ]
    s = scene(
        session,
        body.model_copy(update={"channels": [*body.channels, *extra], "audiences": audiences}),
    )
    for kind, values in (
        (
            "facebook",
            {"page_id": PAGE_ID, "page_access_token": PAGE_TOKEN, "base_url": fake_facebook.url()},
        ),
        (
            "linkedin",
            {
                "organization_id": LINKEDIN_ORG,
                "access_token": LINKEDIN_TOKEN,
                "base_url": fake_linkedin.url(),
            },
        ),
        (
            "threads",
            {
                "user_id": THREADS_USER,
                "access_token": THREADS_TOKEN,
                "base_url": fake_threads.url(),
            },
        ),
    ):
        channel(session, settings, kind, kind, Audience.PUBLIC, values)
    publish(session, s)
    run_worker(session, delivery)

    assert len(fake_facebook.posts) == 1 and len(fake_linkedin.posts) == 1
    page_post = fake_facebook.posts[0]["message"]
    assert regex.search(r"\p{Bengali}", page_post) and regex.search(r"[A-Za-z]{5}", page_post)
    assert regex.search(r"\p{Bengali}", fake_linkedin.posts[0]["commentary"])
    thread = fake_threads.posts
    assert len(thread) > 1
    assert [p["reply_to_id"] for p in thread] == [None, *(p["id"] for p in thread[:-1])]
    rows = session.exec(select(Delivery)).all()
    assert {r.status for r in rows} == {DeliveryStatus.SENT}
