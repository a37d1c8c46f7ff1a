"""Each language version goes where the plan's channel asks for it: an X account set to
English and Bengali posts both threads (Bengali under English, one chain), a webhook
carries the Bengali beside the English; without the setting, the default language alone."""

from __future__ import annotations

import json

import pytest
from sqlmodel import Session

from crisiscomms.channels.models import Audience
from crisiscomms.config import Settings
from crisiscomms.flows import broadcast as broadcast_flow
from crisiscomms.plans.schema import PlanBody
from crisiscomms.plans.validation import check_plan
from crisiscomms.worker.delivery import DeliveryEngine
from tests.broadcasts.factories import WEBHOOK_SECRET, approved, channel
from tests.broadcasts.test_end_to_end import run_worker
from tests.channels.fake_x import CREDENTIALS, FakeX
from tests.channels.servers import LocalHttpServer
from tests.commitments.factories import scene
from tests.conftest import load_library_plan


def bilingual(kinds: set[str]) -> PlanBody:
    body = load_library_plan("service-outage")
    channels = [
        c.model_copy(update={"locales": ["en", "bn"]}) if c.kind.value in kinds else c
        for c in body.channels
    ]
    return body.model_copy(update={"channels": channels})


def broadcast_everywhere(
    session: Session,
    settings: Settings,
    plan: PlanBody,
    http_server: LocalHttpServer,
    delivery: DeliveryEngine,
) -> None:
    s = scene(session, plan)
    channel(session, settings, "X", "x", Audience.PUBLIC, CREDENTIALS.model_dump())
    channel(
        session,
        settings,
        "partner webhook",
        "webhook",
        Audience.CUSTOMERS,
        {"url": http_server.url("/hooks/crisis"), "secret": WEBHOOK_SECRET},
    )
    statement = approved(session, s)
    broadcast_flow.create_broadcast(
        session,
        statement_id=statement.id or 0,
        audiences=None,
        scheduled_at=None,
        actor=s.commander,
        now=statement.updated_at,
    )
    run_worker(session, delivery)


def is_bengali(text: str) -> bool:
    return any("\u0980" <= ch <= "\u09ff" for ch in text)


def test_a_channel_set_to_both_languages_posts_both(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    http_server: LocalHttpServer,
    fake_x: FakeX,
) -> None:
    plan = bilingual({"x", "webhook"})
    assert check_plan(plan) == []
    broadcast_everywhere(session, settings, plan, http_server, delivery)
    texts = [p["text"] for p in fake_x.posts]
    english = [t for t in texts if not is_bengali(t)]
    bengali = [t for t in texts if is_bengali(t)]
    assert english and bengali
    assert texts == english + bengali  # English first, then Bengali, one chain
    for previous, post in zip(fake_x.posts, fake_x.posts[1:], strict=False):
        assert post["request"]["reply"]["in_reply_to_tweet_id"] == previous["id"]
    (hook,) = [r for r in http_server.requests if r.path == "/hooks/crisis"]
    data = json.loads(hook.body)["data"]
    assert not is_bengali(json.dumps(data.get("headline", ""), ensure_ascii=False))
    assert set(data["translations"]) == {"bn"}
    assert is_bengali(json.dumps(data["translations"]["bn"], ensure_ascii=False))


def test_without_the_setting_only_the_default_language_goes(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    http_server: LocalHttpServer,
    fake_x: FakeX,
) -> None:
    plan = load_library_plan("service-outage")
    broadcast_everywhere(session, settings, plan, http_server, delivery)
    assert fake_x.posts and not any(is_bengali(p["text"]) for p in fake_x.posts)
    (hook,) = [r for r in http_server.requests if r.path == "/hooks/crisis"]
    assert "translations" not in json.loads(hook.body)["data"]


@pytest.mark.parametrize("locale", ["fr", "en-XX"])
def test_a_channel_language_the_plan_lacks_is_refused(locale: str) -> None:
    body = bilingual({"x"})
    channels = [
        c.model_copy(update={"locales": ["en", locale]}) if c.kind.value == "x" else c
        for c in body.channels
    ]
    findings = check_plan(body.model_copy(update={"channels": channels}))
    assert [(f.loc[:3], "is not one of the plan's locales" in f.message) for f in findings] == [
        (("channels", 1, "locales"), True)
    ]
