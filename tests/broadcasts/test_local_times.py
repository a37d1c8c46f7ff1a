"""Personal email writes the statement's times in each reader's zone and language, as the
real SMTP server (aiosmtpd on 127.0.0.1) receives them."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import default as default_policy

import pytest
from sqlmodel import Session

from crisiscomms.config import Settings
from crisiscomms.statements import service as statement_service
from crisiscomms.statements.content import StatementContent
from crisiscomms.statements.renditions.local import local_time, localise_times
from crisiscomms.worker.delivery import DeliveryEngine
from tests.broadcasts.test_engine import IN_SCOPE, email_channel, publish
from tests.channels.servers import LocalSmtpServer
from tests.commitments.factories import Scene, scene
from tests.conftest import NOW
from tests.customers.factories import line, load
from tests.statements.factories import load_library_plan

# NOW is 2026-11-22 09:00 UTC; the service-outage plan promises the next update on its
# cadence, so the drafted text says "2026-11-22 ... UTC" in both languages.
DHAKA = {**IN_SCOPE, "time_zone": "Asia/Dhaka"}
LONDON = {**IN_SCOPE, "time_zone": "Europe/London"}


@pytest.fixture
def s(session: Session) -> Scene:
    return scene(session)


def bodies(smtp: LocalSmtpServer) -> dict[str, tuple[str, str]]:
    """Each recipient's plain-text and HTML body, as received."""
    found = {}
    for mail in smtp.behaviour.received:
        message = email.message_from_bytes(mail.content, policy=default_policy)
        assert isinstance(message, EmailMessage)
        plain = message.get_body(("plain",))
        html = message.get_body(("html",))
        assert plain is not None and html is not None
        found[mail.recipients[0]] = (plain.get_content(), html.get_content())
    return found


def test_a_bengali_customer_in_dhaka_reads_dhaka_time_in_bengali_words_and_digits(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
    s: Scene,
) -> None:
    load(
        session,
        line("C1", locale="bn", email="rahim@example.com", attributes=DHAKA),
        line("C2", locale="en", email="ann@example.com", attributes=IN_SCOPE),
        line("C3", locale="en-GB", email="bea@example.com", attributes=DHAKA),
    )
    email_channel(session, settings, smtp_server)
    broadcast = publish(session, s, ["customers"])
    assert delivery.step(NOW) == 3
    statement = broadcast.statement_id
    assert statement is not None
    received = bodies(smtp_server)
    assert set(received) == {"rahim@example.com", "ann@example.com", "bea@example.com"}

    content = StatementContent.model_validate(
        statement_service.get_statement(session, statement).content
    )
    due = content.next_update_at
    assert due is not None and due.date() == NOW.date() and 9 <= due.hour < 12
    drafted = due.strftime("%Y-%m-%d %H:%M UTC")
    assert drafted in content.locales["bn"].sections.next_update  # the fact check's form

    # Dhaka is UTC+6: 09:00-12:00 UTC is 15:00-18:00 there, the Bengali "afternoon" (বিকাল)
    # or "noon" (দুপুর), written with Bengali digits and the zone's Bengali name.
    plain, html = received["rahim@example.com"]
    dhaka_hour = "০১২৩৪৫৬৭৮৯"[due.hour + 6 - 12]
    minute = "".join("০১২৩৪৫৬৭৮৯"[int(d)] for d in f"{due.minute:02d}")
    assert f"২২ নভেম্বর, ২০২৬ {dhaka_hour}:{minute}" in plain
    assert "দুপুর" in plain or "বিকাল" in plain
    assert "বাংলাদেশ" in plain  # the zone, named in Bengali
    assert drafted not in plain and "UTC" not in plain
    assert f"{dhaka_hour}:{minute}" in html and drafted not in html
    assert not any(ch in "0123456789" for ch in f"{dhaka_hour}:{minute}")

    # An English customer with no zone (and a plan without one) reads UTC, in English words.
    plain, _ = received["ann@example.com"]
    hour12 = due.hour if due.hour <= 12 else due.hour - 12
    assert f"November 22, 2026, {hour12}:{due.minute:02d} in the morning" in plain
    assert "(Coordinated Universal Time)" in plain and drafted not in plain

    # British English in Dhaka: a 24-hour clock, day before month.
    plain, _ = received["bea@example.com"]
    assert f"22 November 2026, {due.hour + 6:02d}:{due.minute:02d}" in plain
    assert "Bangladesh" in plain


def test_the_plans_organisation_zone_is_the_default_for_customers_without_one(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
) -> None:
    body = load_library_plan("service-outage")
    organisation = body.organisation.model_copy(update={"time_zone": "Asia/Dhaka"})
    s = scene(session, body.model_copy(update={"organisation": organisation}))
    load(
        session,
        line("C1", locale="en-GB", email="cy@example.com", attributes=IN_SCOPE),
        line("C2", locale="en-GB", email="di@example.com", attributes=LONDON),
    )
    email_channel(session, settings, smtp_server)
    publish(session, s, ["customers"])
    assert delivery.step(NOW) == 2
    received = bodies(smtp_server)
    plain, _ = received["cy@example.com"]
    assert "(Bangladesh Standard Time)" in plain and "UTC" not in plain
    plain, _ = received["di@example.com"]  # their own zone wins over the plan's
    assert "(Greenwich Mean Time)" in plain and "Bangladesh" not in plain


def test_a_dhaka_morning_reads_sokal_with_bengali_digits_in_both_parts(
    session: Session,
    settings: Settings,
    delivery: DeliveryEngine,
    smtp_server: LocalSmtpServer,
    s: Scene,
) -> None:
    load(session, line("C1", locale="bn", email="rahim@example.com", attributes=DHAKA))
    email_channel(session, settings, smtp_server)
    # As the plan's Bengali template writes it: "{{ next_update_at }}-এর মধ্যে".
    publish(session, s, ["customers"], next_update="পরবর্তী আপডেট: 2026-11-23 03:30 UTC-এর মধ্যে।")
    assert delivery.step(NOW) == 1
    plain, html = bodies(smtp_server)["rahim@example.com"]
    written = "২৩ নভেম্বর, ২০২৬ ৯:৩০ সকাল (বাংলাদেশ মানক সময়)-এর মধ্যে।"
    assert f"পরবর্তী আপডেট: {written}" in plain
    assert written in html


def test_a_zone_the_database_no_longer_knows_reads_utc_rather_than_failing() -> None:
    moment = datetime(2026, 11, 23, 3, 30, tzinfo=UTC)
    assert local_time(moment, "bn", "Mars/Olympus_Mons") == local_time(moment, "bn", "Etc/UTC")
    assert localise_times("by 2026-11-23 03:30 UTC.", "en-GB", "Asia/Dhaka") == (
        "by 23 November 2026, 09:30 (Bangladesh Standard Time)."
    )
