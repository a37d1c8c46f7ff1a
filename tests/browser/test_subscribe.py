"""Subscribing in real Chromium on a phone: sign up in Bengali, receive the confirmation at a
real SMTP server (the in-process worker sends it), follow its link and confirm."""

from __future__ import annotations

import email
import json
import re
import time
from collections.abc import Iterator
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, select

from crisiscomms.channels.models import Audience
from crisiscomms.db import begin_writes, make_engine
from crisiscomms.subscribers.models import Subscriber
from tests.broadcasts.factories import channel
from tests.browser.conftest import LiveServer, start_server
from tests.browser.pages import PHONE, shot
from tests.channels.servers import LocalHttpServer, LocalSmtpServer, SmtpBehaviour


@pytest.fixture(scope="module")
def smtp() -> Iterator[LocalSmtpServer]:
    server = LocalSmtpServer(SmtpBehaviour())
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, smtp: LocalSmtpServer) -> Iterator[LiveServer]:
    """A server with its worker, whose subscriber email goes to the SMTP server."""
    for live in start_server(
        tmp_path_factory.mktemp("subscribe"),
        host="127.0.0.1",
        worker=True,
        allow_private_destinations=True,
    ):
        engine = make_engine(live.settings)
        with Session(engine, expire_on_commit=False) as session:
            begin_writes(session)  # the server's worker is running: wait for the write lock
            channel(
                session,
                live.settings,
                "subscriber email",
                "email",
                Audience.SUBSCRIBERS,
                {
                    "host": "127.0.0.1",
                    "port": smtp.port,
                    "security": "none",
                    "from_address": "Status <status@northwind.example>",
                },
            )
            session.commit()
        engine.dispose()
        yield live


def _confirmation(smtp: LocalSmtpServer, address: str) -> str:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        for mail in smtp.behaviour.received:
            if address in mail.recipients:
                message = email.message_from_bytes(mail.content, policy=default_policy)
                text = str(message.get_content())
                found = re.search(r"(/status/subscribe/confirm/[^\s?]+\?lang=bn)", text)
                assert found is not None, text
                return found.group(1)
        time.sleep(0.1)
    raise AssertionError("no confirmation email arrived")


def test_a_visitor_subscribes_and_confirms_on_a_phone(
    browser: Any, server: LiveServer, smtp: LocalSmtpServer, artifacts: Path
) -> None:
    context = browser.new_context(viewport=PHONE, base_url=server.base_url)
    page = context.new_page()
    page.goto("/status/subscribe?lang=bn")
    page.get_by_label("ইমেইল ঠিকানা").fill("not an address")
    page.get_by_role("button", name="সাবস্ক্রাইব করুন").click()
    assert page.locator("#email-error").is_visible()  # the error sits at the field
    page.get_by_label("ইমেইল ঠিকানা").fill("reader@partner.example")
    page.get_by_label("বাংলা").check()
    page.get_by_role("button", name="সাবস্ক্রাইব করুন").click()
    assert "ধন্যবাদ" in page.locator("#sent").inner_text()
    shot(page, artifacts, "subscribe-sent-phone")

    page.goto(_confirmation(smtp, "reader@partner.example"))
    assert page.locator("html").get_attribute("lang") == "bn"
    page.get_by_role("button", name="নিশ্চিত করুন").click()
    assert "সাবস্ক্রাইব করেছেন" in page.locator("#notice").inner_text()
    # Bengali reads without a Bengali system font: the shipped web font is used.
    page.evaluate("document.fonts.ready")
    assert page.evaluate("document.fonts.check('700 16px \"Noto Sans Bengali\"', 'নিশ্চিত')")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"]  # nothing wider than the phone
    shot(page, artifacts, "subscribe-confirmed-phone")
    context.close()


def test_a_visitor_subscribes_by_sms_and_confirms_from_the_text(
    browser: Any, server: LiveServer, artifacts: Path
) -> None:
    """The apprise SMS gateway is a real apprise `json://` endpoint on 127.0.0.1."""
    gateway = LocalHttpServer().start()
    try:
        engine = make_engine(server.settings)
        with Session(engine, expire_on_commit=False) as session:
            begin_writes(session)
            channel(
                session,
                server.settings,
                "subscriber sms",
                "apprise",
                Audience.SUBSCRIBERS,
                {"url": f"json://127.0.0.1:{gateway.port}/sms"},
            )
            session.commit()
        engine.dispose()
        context = browser.new_context(viewport=PHONE, base_url=server.base_url)
        page = context.new_page()
        page.goto("/status/subscribe?lang=bn")
        phone = page.locator("#phone")
        phone.fill("+1 555 0100")  # not a number anyone has
        page.get_by_role("button", name="সাবস্ক্রাইব করুন").click()
        assert page.locator("#phone-error").is_visible()  # the error sits at the field
        assert page.locator("#phone").get_attribute("aria-invalid") == "true"
        page.evaluate("document.fonts.ready")
        shot(page, artifacts, "subscribe-sms-error-phone")
        page.locator("#phone").fill("+880 1712-345678")
        page.get_by_label("বাংলা").check()
        page.get_by_role("button", name="সাবস্ক্রাইব করুন").click()
        assert "ধন্যবাদ" in page.locator("#sent").inner_text()
        deadline = time.monotonic() + 15
        text = ""
        while time.monotonic() < deadline and not text:
            for request in gateway.requests:
                if request.path.replace("%2B", "+") == "/sms/+8801712345678":
                    text = json.loads(request.body)["message"]
            time.sleep(0.1)
        found = re.search(r"https?://[^/\s]+(/status/subscribe/confirm/\S+)", text)
        assert found is not None, text
        page.goto(found.group(1))
        page.get_by_role("button", name="নিশ্চিত করুন").click()
        assert "সাবস্ক্রাইব করেছেন" in page.locator("#notice").inner_text()
        assert "+8801712345678" not in page.content()  # the number is shown masked
        shot(page, artifacts, "subscribe-sms-confirmed-phone")
        context.close()
    finally:
        gateway.stop()


LATIN_WORDS = re.compile(r"\b(?:is|not|valid|address|number|the|of)\b")


def test_the_bengali_page_says_its_errors_in_bengali_and_takes_the_browsers_zone(
    browser: Any, server: LiveServer, smtp: LocalSmtpServer, artifacts: Path
) -> None:
    """Every field error on the Bengali sign-up page is a Bengali sentence (with the value
    typed); the hidden time zone is the browser's (Chromium told it is in Dhaka)."""
    context = browser.new_context(
        viewport=PHONE, base_url=server.base_url, timezone_id="Asia/Dhaka", locale="bn-BD"
    )
    page = context.new_page()
    page.goto("/status/subscribe?lang=bn")
    intro = page.locator("#intro").inner_text()
    assert "ইমেইল" in intro and "বার্তা" in intro  # says what is offered, not only email
    assert page.locator("#time_zone").input_value() == "Asia/Dhaka"  # filled by public.js

    page.get_by_label("ইমেইল ঠিকানা").fill("not an address")
    page.get_by_role("button", name="সাবস্ক্রাইব করুন").click()
    error = page.locator("#email-error").inner_text()
    assert error.startswith("“not an address” সঠিক ইমেইল ঠিকানা নয়।"), error
    assert not LATIN_WORDS.search(error.replace("not an address", ""))
    assert page.locator("#time_zone").input_value() == "Asia/Dhaka"  # kept across the error
    page.evaluate("document.fonts.ready")
    shot(page, artifacts, "subscribe-error-bengali-phone")

    page.get_by_label("ইমেইল ঠিকানা").fill("")
    page.evaluate("document.getElementById('time_zone').value = 'Mars/Olympus'")
    page.get_by_label("ইমেইল ঠিকানা").fill("dhaka.reader@partner.example")
    page.get_by_role("button", name="সাবস্ক্রাইব করুন").click()
    zone_error = page.locator("#time_zone-error").inner_text()
    assert "টাইম জোন নয়" in zone_error and "IANA" not in zone_error
    # The hidden field is dropped, not filled again: sending again takes the organisation's.
    assert page.locator("#time_zone").input_value() == ""
    page.get_by_role("button", name="সাবস্ক্রাইব করুন").click()
    assert "ধন্যবাদ" in page.locator("#sent").inner_text()

    page.goto("/status/subscribe?lang=bn")
    page.get_by_label("ইমেইল ঠিকানা").fill("dhaka.reader@partner.example")
    page.get_by_label("বাংলা").check()
    page.get_by_role("button", name="সাবস্ক্রাইব করুন").click()
    assert "ধন্যবাদ" in page.locator("#sent").inner_text()
    engine = make_engine(server.settings)
    with Session(engine) as session:
        found = session.exec(
            select(Subscriber).where(Subscriber.address == "dhaka.reader@partner.example")
        ).one()
        assert (found.locale, found.time_zone) == ("bn", "Asia/Dhaka")
    engine.dispose()
    context.close()
