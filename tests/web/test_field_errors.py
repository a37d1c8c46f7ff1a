"""The public forms' field errors read in the page's language: each rule a service names is
said from the gettext catalogs with the value typed, never in the services' English."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from crisiscomms.channels.models import Audience
from crisiscomms.config import Settings
from crisiscomms.db import utc_now
from crisiscomms.errors import BadRequest
from crisiscomms.flows import subscriptions as subscription_flow
from crisiscomms.statuspage.labels import labels_for
from crisiscomms.subscribers import destinations
from crisiscomms.subscribers import service as subscriber_service
from crisiscomms.subscribers.models import Subscriber
from crisiscomms.web import field_errors
from crisiscomms.web.field_errors import RULES, said
from tests.broadcasts.factories import channel
from tests.commitments.factories import scene
from tests.conftest import test_settings as settings_for

SLACK = "https://hooks.slack.com/services/T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ"
ENGLISH_WORDS = re.compile(r"\b(?:is|not|valid|address|number|choose|the|of|at most)\b", re.I)


def test_the_limits_the_pages_state_are_the_services() -> None:
    assert field_errors.LIMITS == {
        "url_too_long": destinations.MAX_URL,
        "components_too_many": subscriber_service.MAX_COMPONENTS,
    }


@pytest.mark.parametrize("rule", sorted(RULES))
def test_every_rule_reads_in_bengali(rule: str) -> None:
    bengali = said(labels_for("bn"), rule, value="x@y", limit=2000, count=2100)
    english = said(labels_for("en"), rule, value="x@y", limit=2000, count=2100)
    assert bengali != english
    assert not ENGLISH_WORDS.search(bengali), bengali
    assert "%(" not in bengali and "%(" not in english
    if "%(limit)s" in RULES[rule]:
        assert "২০০০" in bengali and "2000" in english
    if "%(value)s" in RULES[rule]:
        assert "“x@y”" in bengali and "“x@y”" in english


def test_an_unknown_rule_reads_a_general_sentence_in_the_pages_language() -> None:
    assert said(labels_for("bn"), "a_rule_no_page_knows") == (
        "এই তথ্যটি গ্রহণ করা যায়নি। অনুগ্রহ করে যাচাই করে আবার চেষ্টা করুন।"
    )


@pytest.fixture
def settings(engine: Engine) -> Settings:
    """Channels may name 127.0.0.1 (nothing is sent: these are the sign-up forms)."""
    return settings_for(
        engine.url.render_as_string(hide_password=False), allow_private_destinations=True
    )


@pytest.fixture
def offered(session: Session, settings: Settings) -> None:
    """Email, SMS and chat, and webhooks are all offered."""
    scene(session)
    for name, kind, values in (
        ("email", "email", {"host": "127.0.0.1", "port": 9, "from_address": "s@example.com"}),
        ("apprise", "apprise", {"url": "json://127.0.0.1:9/sms"}),
        ("webhook", "webhook", {"url": "http://127.0.0.1:9/own", "secret": "whsec_" + "A" * 44}),
    ):
        channel(session, settings, f"subscriber {name}", kind, Audience.SUBSCRIBERS, values)


@pytest.mark.usefixtures("offered")
@pytest.mark.parametrize(
    ("form", "where", "bengali"),
    [
        ({"email": "not an address"}, "email", "“not an address” সঠিক ইমেইল ঠিকানা নয়।"),
        ({"phone": "+1 555 0100"}, "phone", "“+1 555 0100” সঠিক মোবাইল নম্বর নয়।"),
        ({"phone": "12345"}, "phone", "“12345” সঠিক মোবাইল নম্বর নয়।"),
        ({"webhook_url": "ftp://x"}, "webhook_url", "“ftp://x” https://host/… রূপের"),
        ({"webhook_url": "https://x/" + "a" * 2000}, "webhook_url", "সর্বোচ্চ ২০০০টি অক্ষর"),
        ({"chat_url": "https://evil.example/x"}, "chat_url", "ইনকামিং ওয়েবহুক ঠিকানা নয়"),
        ({"chat_url": "https://hooks.slack.com/services/T1"}, "chat_url", "অসম্পূর্ণ"),
        ({"email": "a@b.example", "phone": "+8801712345678"}, "email", "শুধু একটি পূরণ করুন"),
        ({"email": "a@b.example", "language": "fr"}, "language", "একটি বেছে নিন"),
        ({"email": "a@b.example", "time_zone": "UTC+6"}, "time_zone", "“UTC+6” এই সেবার"),
        (
            {"email": "a@b.example", "components": [f"c{i}" for i in range(51)]},
            "components",
            "সর্বোচ্চ ৫০টি সেবা",
        ),
    ],
)
def test_the_bengali_sign_up_page_says_each_field_error_in_bengali(
    client: TestClient, session: Session, form: dict[str, object], where: str, bengali: str
) -> None:
    answer = client.post("/status/subscribe?lang=bn", data=form)
    assert answer.status_code == 422, answer.text
    errors = re.findall(r'class="error"[^>]*>([^<]*)<', answer.text)
    assert any(bengali in e for e in errors), errors
    assert f'id="{where}-error"' in answer.text or where in ("language", "components")
    for error in errors:
        typed = str(form.get(where, ""))
        assert not ENGLISH_WORDS.search(error.replace(typed, "")), error
    assert session.exec(select(Subscriber)).first() is None  # nothing half-written


@pytest.mark.usefixtures("offered")
def test_the_english_page_says_the_same_rules_in_english(client: TestClient) -> None:
    answer = client.post("/status/subscribe", data={"email": "not an address"})
    assert answer.status_code == 422
    assert "“not an address” is not a valid email address." in answer.text


def test_a_kind_not_offered_is_said_in_bengali(client: TestClient, session: Session) -> None:
    scene(session)  # no channel serves subscribers at all
    answer = client.post("/status/subscribe?lang=bn", data={"phone": "+8801712345678"})
    assert answer.status_code == 404
    assert "এই পাতায় এখনো সাবস্ক্রিপশন দেওয়া হয় না" in answer.text
    assert "not offered" not in answer.text


def test_a_private_webhook_address_is_said_in_bengali(session: Session, settings: Settings) -> None:
    strict = settings.model_copy(update={"allow_private_destinations": False})
    channel(
        session,
        settings,
        "subscriber webhooks",
        "webhook",
        Audience.SUBSCRIBERS,
        {"url": "http://127.0.0.1:9/own", "secret": "whsec_" + "A" * 44},
    )
    with pytest.raises(BadRequest) as refused:
        subscription_flow.subscribe(
            session,
            strict,
            webhook_url="http://10.0.0.7/hook",
            components=[],
            locale="bn",
            client_ip="198.51.100.1",
            now=utc_now(),
        )
    errors = field_errors.form_errors(
        labels_for("bn"), refused.value, {"webhook_url": "http://10.0.0.7/hook"}
    )
    assert errors == {
        "webhook_url": "“http://10.0.0.7/hook” একটি ব্যক্তিগত বা স্থানীয় নেটওয়ার্কের ঠিকানা, "
        "যেখানে এই সেবা কিছু পাঠায় না। একটি পাবলিক ঠিকানা দিন।"
    }
