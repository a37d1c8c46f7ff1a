"""Personal email: make-goods, voucher codes, locale fallback and complete RFC 5322 messages."""

from __future__ import annotations

import base64
import email
import email.policy
import hashlib
import hmac
import random
import re
from datetime import UTC, datetime
from decimal import Decimal
from email.header import decode_header, make_header
from email.message import EmailMessage
from typing import Any

import pytest
from babel.numbers import format_currency

from crisiscomms.channels.smtp_pool import data_bytes
from crisiscomms.plans.schema import MakeGoodKind, MakeGoodPolicy, MakeGoodTier, PlanBody
from crisiscomms.statements import personalise
from crisiscomms.statements.check.facts import facts_of
from crisiscomms.statements.personalise import (
    AccountManager,
    EmailPersonaliser,
    Recipient,
    RecipientAttributes,
    compute_make_good,
    voucher_code,
)
from crisiscomms.statements.renditions import mime
from crisiscomms.statements.renditions import money as money_module
from crisiscomms.statements.renditions.local import babel_locale, localise_digits
from crisiscomms.statements.renditions.money import format_money, format_percent, money, percent_in
from crisiscomms.statements.renditions.phrases import phrases_for
from tests.conftest import load_library_plan
from tests.statements.test_renditions import make_content

SECRET = b"s" * 32
NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
CODE = re.compile(r"[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}")
_BENGALI_DIGITS = str.maketrans("0123456789", "".join(chr(0x09E6 + d) for d in range(10)))


def bengali_digits(text: str) -> str:
    """The text with ASCII digits written as Bengali digits (U+09E6-U+09EF)."""
    return text.translate(_BENGALI_DIGITS)


@pytest.fixture(scope="module")
def plan() -> PlanBody:
    return load_library_plan("service-outage")


def with_tier(plan: PlanBody, kind: str, value: float | None, cap: float | None) -> PlanBody:
    """The plan with one sev1 tier of this kind."""
    tier = MakeGoodTier(
        severity="sev1",
        kind=MakeGoodKind(kind),
        value=value,
        max_amount=cap,
        description={"en": "Our plan's own words.", "bn": "আমাদের পরিকল্পনার নিজের কথা।"},
    )
    policy = MakeGoodPolicy(currency="EUR", claim="automatic", tiers=[tier])
    return plan.model_copy(update={"make_good": policy})


def person(external_id: str = "c-1", locale: str = "en", **attributes: object) -> Recipient:
    return Recipient(
        external_id=external_id,
        name="Anna Smith",
        email=f"{external_id}@example.com",
        locale=locale,
        attributes=RecipientAttributes(**attributes),  # type: ignore[arg-type]
    )


# --- make-good -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "value", "cap", "attributes", "amount", "text"),
    [
        pytest.param(
            "percent_of_monthly_bill", 25, 10000, {"monthly_bill": 50.0}, "12.50",
            "a credit of €12.50 (25% of your monthly bill)", id="percent",
        ),
        pytest.param(
            "percent_of_monthly_bill", 25, 10000, {"monthly_bill": 100000.0}, "10000.00",
            "a credit of €10,000.00, the maximum for this incident "
            "(25% of your monthly bill would be €25,000.00)", id="percent-capped",
        ),
        pytest.param(
            "percent_of_monthly_bill", 10, None, {"monthly_bill": 0.25}, "0.03",
            "a credit of €0.03 (10% of your monthly bill)", id="percent-rounds-half-up",
        ),
        pytest.param(
            "percent_of_monthly_bill", 12.5, None, {"monthly_bill": 33.33}, "4.17",
            "a credit of €4.17 (12.5% of your monthly bill)", id="percent-fraction",
        ),
        pytest.param(
            "percent_of_monthly_bill", 25, 10000, {}, None,
            "a credit of 25% of your monthly bill, up to €10,000.00", id="percent-bill-unknown",
        ),
        pytest.param(
            "fixed_credit", 15, None, {"monthly_bill": 999.0}, "15.00",
            "a credit of €15.00", id="fixed",
        ),
        pytest.param(
            "refund_of_overcharge", None, None, {"overcharge_amount": 42.5, "monthly_bill": 80.0},
            "42.50", "a refund of the €42.50 you were overcharged", id="refund",
        ),
        pytest.param(
            "refund_of_overcharge", None, None, {}, None,
            "a refund of the amount you were overcharged", id="refund-unknown",
        ),
        pytest.param(
            "full_refund", None, None, {"order_amount": 89.99}, "89.99",
            "a full refund of €89.99", id="full-refund",
        ),
        pytest.param(
            "replacement", None, None, {}, None,
            "a free replacement of the affected product", id="replacement",
        ),
        pytest.param("none", None, None, {}, None, "Our plan's own words.", id="none"),
    ],
)  # fmt: skip
def test_make_good(
    plan: PlanBody,
    kind: str,
    value: float | None,
    cap: float | None,
    attributes: dict[str, Any],
    amount: str | None,
    text: str,
) -> None:
    offer = compute_make_good(
        with_tier(plan, kind, value, cap),
        "sev1",
        person(**attributes),
        secret=SECRET,
        statement_id=7,
    )
    assert offer.kind == kind
    assert offer.amount == (None if amount is None else Decimal(amount))
    assert offer.currency == "EUR"
    assert offer.text == text
    assert offer.code is None


def test_make_good_in_bengali(plan: PlanBody) -> None:
    offer = compute_make_good(
        plan, "sev1", person(locale="bn", monthly_bill=50.0), secret=SECRET, statement_id=7
    )
    assert offer.amount == Decimal("12.50")
    # Babel's format_currency in the bn locale (CLDR): the symbol after the number, and
    # the locale's own digits.
    assert offer.text == bengali_digits("12.50€ ক্রেডিট (আপনার মাসিক বিলের 25%)")
    capped = compute_make_good(
        plan, "sev1", person(locale="bn", monthly_bill=400000.0), secret=SECRET, statement_id=7
    )
    assert capped.text.startswith(bengali_digits("10,000.00€ ক্রেডিট"))
    assert bengali_digits("1,00,000.00€") in capped.text  # Indian digit grouping


@pytest.mark.parametrize(
    ("currency", "english", "bengali"),
    [
        ("EUR", "€1,250.00", bengali_digits("1,250.00€")),
        ("BDT", "BDT 1,250.00", bengali_digits("1,250.00৳")),
        ("USD", "$1,250.00", bengali_digits("1,250.00US$")),
        ("JPY", "¥1,250", bengali_digits("1,250JP¥")),
    ],
)
def test_amounts_are_written_by_babel_in_each_readers_locale(
    currency: str, english: str, bengali: str
) -> None:
    amount = money(1250, currency)
    assert format_money(amount, currency, "en").replace("\xa0", " ") in (
        english,
        english.replace(" ", ""),
    )
    assert format_money(amount, currency, "bn") == bengali
    assert format_money(amount, currency, "bn-BD") == bengali
    assert format_money(money(1250, "EUR"), "EUR", "de") == "1.250,00\xa0€"


@pytest.mark.parametrize(
    "tag",
    ["en", "en-GB", "en-IN", "bn", "bn-BD", "hi", "de", "de-CH", "fr", "sv", "ar", "fa", "ja"],
)
@pytest.mark.parametrize("currency", ["GBP", "EUR", "USD", "BDT", "INR", "JPY", "KWD", "CHF"])
def test_money_is_written_exactly_as_babel_writes_it(tag: str, currency: str) -> None:
    # The compiled formatter (one per currency and locale) against Babel itself, on amounts
    # from pennies to tens of millions; a pair it cannot write exactly is left to Babel.
    rng = random.Random(f"{tag}{currency}")
    amounts = [money(rng.uniform(0, 10 ** rng.randint(0, 8)), currency) for _ in range(200)]
    amounts += [money(0, currency), money(1000, currency), money(100000, currency)]
    for amount in amounts:
        babel = format_currency(
            amount, currency, locale=babel_locale(tag), numbering_system="default"
        )
        assert format_money(amount, currency, tag) == localise_digits(babel, tag), amount


def test_money_the_formatter_was_not_built_for_is_left_to_babel() -> None:
    # Negative, or finer than the currency's minor unit: Babel's own rounding and signs.
    for amount, currency in [(Decimal("-12.50"), "GBP"), (Decimal("3.14159"), "EUR")]:
        babel = format_currency(
            amount, currency, locale=babel_locale("en"), numbering_system="default"
        )
        assert format_money(amount, currency, "en") == babel
    assert money_module._compiled("EUR", "de-CH") is None  # its own currency pattern
    assert money_module._compiled("GBP", "en") is not None


@pytest.mark.parametrize(
    ("value", "language", "written"),
    [
        (25, "en", "25%"),
        (12.5, "en", "12.5%"),
        (25, "bn", bengali_digits("25%")),
        (12.5, "bn", bengali_digits("12.5%")),
        (12.5, "de", "12,5\xa0%"),
        (33.333, "fr", "33,333\xa0%"),
    ],
)
def test_percentages_are_written_by_babel_in_each_readers_locale(
    value: float, language: str, written: str
) -> None:
    # CLDR's pattern for the locale (its decimal sign and its space before "%"), the plan's
    # decimals kept, and the locale's own digits.
    assert percent_in(value, language) == written
    if language in ("en", "bn"):  # the languages the statements' phrases are written in
        assert format_percent(value, phrases_for(language)) == written


def test_the_english_and_bengali_make_good_state_the_same_facts(plan: PlanBody) -> None:
    """The fact check reads the Bengali amount (its digits, its grouping, the symbol after
    it) as the same numbers as the English one."""
    for bill in (50.0, 400000.0, 1234567.89):
        english, bengali = (
            compute_make_good(
                plan, "sev1", person(locale=tag, monthly_bill=bill), secret=SECRET, statement_id=7
            ).text
            for tag in ("en", "bn")
        )
        assert [n.value for n in facts_of(english)] == [n.value for n in facts_of(bengali)]
        assert facts_of(english)  # amounts and the percentage were read


def test_make_good_of_a_severity_without_tier(plan: PlanBody) -> None:
    offer = compute_make_good(plan, "sev9", person(), secret=SECRET, statement_id=7)
    assert (offer.kind, offer.amount, offer.text) == (MakeGoodKind.NONE, None, "")


def test_voucher_code_is_deterministic_and_unique(plan: PlanBody) -> None:
    voucher_plan = with_tier(plan, "voucher", 20, None)
    first = compute_make_good(voucher_plan, "sev1", person("c-1"), secret=SECRET, statement_id=7)
    again = compute_make_good(voucher_plan, "sev1", person("c-1"), secret=SECRET, statement_id=7)
    assert first.code is not None and CODE.fullmatch(first.code)
    assert first == again
    assert first.amount == Decimal("20.00")
    assert first.text == f"a voucher worth €20.00, code {first.code}"
    codes = {voucher_code(SECRET, 7, f"c-{i}") for i in range(10_000)}
    assert len(codes) == 10_000
    assert voucher_code(SECRET, 8, "c-1") != first.code
    assert voucher_code(b"other secret", 7, "c-1") != first.code


def test_voucher_code_is_the_base32_of_the_hmac() -> None:
    # Pinned: a delivery retried after an upgrade must carry the code it was first sent with.
    digest = hmac.new(SECRET, b"7:c-1", hashlib.sha256).digest()
    spelled = base64.b32encode(digest).decode()[:12]
    assert voucher_code(SECRET, 7, "c-1") == f"{spelled[:4]}-{spelled[4:8]}-{spelled[8:]}"


def test_shared_slots_never_cross_recipients(
    plan: PlanBody, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Products and signatures are encoded once per text, and each reader still gets theirs."""
    monkeypatch.setattr(personalise, "SHARED_SLOTS_KEPT", 3)
    renderer = EmailPersonaliser(
        make_content(plan),
        plan=plan,
        severity="sev1",
        statement_id=43,
        from_address="status@northwind.example.com",
        secret=SECRET,
    )
    for i in range(8):  # more distinct texts than are kept
        for locale in ("en", "bn"):
            manager = AccountManager(f"Manager {i}", f"m{i}@northwind.example.com")
            recipient = person(
                f"c-{i}", locale=locale, products=[f"Product {i}"], account_manager=manager
            )
            url = f"https://example.com/u/{i}"
            plain, html = bodies(parse(renderer.render(recipient, unsubscribe_url=url)))
            assert f"Product {i}" in plain and f"\nManager {i}\n" in plain
            assert f"m{i}@northwind.example.com" in plain and url in plain
            assert f"Product {i - 1}" not in plain and f"Manager {i - 1}" not in html


def test_make_good_text_falls_back_to_the_default_locale(plan: PlanBody) -> None:
    offer = compute_make_good(
        plan, "sev1", person(locale="fr", monthly_bill=50.0), secret=SECRET, statement_id=7
    )
    assert offer.text == "a credit of €12.50 (25% of your monthly bill)"
    regional = compute_make_good(
        plan, "sev1", person(locale="bn-BD", monthly_bill=50.0), secret=SECRET, statement_id=7
    )
    assert regional.text.startswith(bengali_digits("12.50€"))


def test_attributes_from_customer_json() -> None:
    attributes = RecipientAttributes.from_json(
        {
            "products": ["Checkout"],
            "monthly_bill": "120.5",
            "order_ids": [1001],
            "account_manager": {"name": "Jane Doe", "email": "jane@example.com"},
            "unknown": True,
        }
    )
    assert attributes.products == ["Checkout"] and attributes.order_ids == ["1001"]
    assert attributes.monthly_bill == 120.5
    assert attributes.account_manager == AccountManager("Jane Doe", "jane@example.com")


# --- personal email --------------------------------------------------------------------


@pytest.fixture(scope="module")
def personaliser(plan: PlanBody) -> EmailPersonaliser:
    return EmailPersonaliser(
        make_content(plan),
        plan=plan,
        severity="sev1",
        statement_id=42,
        from_address="Northwind Status <status@northwind.example.com>",
        secret=SECRET,
        incident_products=["Example product", "Storage"],
    )


def parse(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def bodies(message: EmailMessage) -> tuple[str, str]:
    """The decoded plain and HTML bodies, with LF line ends."""
    plain, html = message.get_body(("plain",)), message.get_body(("html",))
    assert plain is not None and html is not None
    text: str = plain.get_content()
    markup: str = html.get_content()
    return text.replace("\r\n", "\n"), markup.replace("\r\n", "\n")


def test_message_is_complete_rfc5322(personaliser: EmailPersonaliser) -> None:
    recipient = person(
        products=["Example product", "Billing"], order_ids=["A-1", "A-2"], monthly_bill=50.0
    )
    raw = personaliser.render(recipient, unsubscribe_url="https://example.com/u/abc", now=NOW)
    assert raw.isascii()
    assert b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only
    assert max(len(line) for line in raw.split(b"\r\n")) <= 78
    message = parse(raw)
    assert message.defects == []
    assert message["From"] == "Northwind Status <status@northwind.example.com>"
    assert message["To"] == "Anna Smith <c-1@example.com>"
    assert message["Subject"] == "We have found the cause of the problem with Example product"
    assert message["Date"].datetime == NOW
    assert message["MIME-Version"] == "1.0"
    assert message["Content-Language"] == "en"
    assert message["List-Unsubscribe"] == "<https://example.com/u/abc>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert (
        message["List-Id"] == "Northwind Cloud incident updates <incidents.northwind.example.com>"
    )
    assert message.get_content_type() == "multipart/alternative"
    parts = [part.get_content_type() for part in message.iter_parts()]
    assert parts == ["text/plain", "text/html"]
    assert all(part.get_content_charset() == "utf-8" for part in message.iter_parts())
    plain, html = bodies(message)
    assert plain.startswith("Dear Anna Smith,\n")
    assert "Your affected products: Example product.\n" in plain  # Billing is not affected
    assert "Your affected orders: A-1, A-2." in plain
    assert "For your account: a credit of €12.50 (25% of your monthly bill)." in plain
    assert plain.rstrip().endswith("https://example.com/u/abc")
    assert "Kind regards,\nNorthwind Cloud" in plain
    assert '<p style="margin:0 0 12px;">Dear Anna Smith,</p>' in html
    assert "For your account: a credit of €12.50" in html


@pytest.mark.parametrize("url", [None, "https://example.com/u/abc?x=1&y=2"])
def test_message_matches_the_preview(personaliser: EmailPersonaliser, url: str | None) -> None:
    manager = AccountManager("Jane Doe", "jane@northwind.example.com")
    for recipient in (
        person(monthly_bill=12.0),
        person("c-2", locale="bn", monthly_bill=12.0, order_ids=["A-1"]),
        person("c-3", locale="bn", account_manager=manager),
    ):
        plain, html = bodies(parse(personaliser.render(recipient, unsubscribe_url=url)))
        preview_plain, preview_html = personaliser.texts(recipient, unsubscribe_url=url)

        def lines(text: str) -> list[str]:
            # base64 parts are padded with spaces before a line end: not content
            return [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]

        assert lines(plain) == lines(preview_plain)
        assert lines(html) == lines(preview_html)


def test_bengali_recipient_gets_bengali_message(personaliser: EmailPersonaliser) -> None:
    name = "রহিম উদ্দিন চৌধুরী আহমেদ খান"
    recipient = Recipient("c-bn", name, "rahim@example.com", locale="bn")
    raw = personaliser.render(recipient, now=NOW)
    assert raw.isascii()
    message = parse(raw)
    assert message["Content-Language"] == "bn"
    assert message["Subject"] == "Example product-এর সমস্যার কারণ আমরা খুঁজে পেয়েছি"
    raw_to = next(v for k, v in message.raw_items() if k == "To")
    # RFC 2047 decoders join adjacent encoded words exactly (CPython's address parser
    # keeps the folding space between them; the name is otherwise the same).
    assert str(make_header(decode_header(raw_to.split(" <")[0]))) == name
    assert message["To"].addresses[0].addr_spec == "rahim@example.com"
    assert " ".join(message["To"].addresses[0].display_name.split()) == name
    plain, html = bodies(message)
    assert plain.startswith(f"প্রিয় {name},")
    assert "\nকী ঘটেছে\n" in plain
    assert '<html lang="bn"' in html
    assert "Content-Transfer-Encoding: base64" in raw.decode()  # smaller for Bengali


@pytest.mark.parametrize(
    ("wanted", "used"), [("fr", "en"), ("bn-BD", "bn"), ("en-GB", "en"), ("", "en")]
)
def test_locale_falls_back_to_the_plan_default(
    personaliser: EmailPersonaliser, wanted: str, used: str
) -> None:
    recipient = person(locale=wanted)
    assert personaliser.locale_for(recipient) == used
    assert parse(personaliser.render(recipient))["Content-Language"] == used


def test_message_id_is_stable_per_recipient(personaliser: EmailPersonaliser) -> None:
    first = parse(personaliser.render(person("c-1"), now=NOW))["Message-ID"]
    later = parse(personaliser.render(person("c-1"), now=NOW.replace(hour=11)))["Message-ID"]
    other = parse(personaliser.render(person("c-2"), now=NOW))["Message-ID"]
    assert first == later != other
    assert re.fullmatch(r"<stmt-42\.[0-9a-f]{16}@northwind\.example\.com>", first)


def test_rendering_is_deterministic_apart_from_the_date(personaliser: EmailPersonaliser) -> None:
    recipient = person(monthly_bill=10.0)
    assert personaliser.render(recipient, now=NOW) == personaliser.render(recipient, now=NOW)


@pytest.mark.parametrize(
    ("name", "address", "field"),
    [
        ("Anna\r\nBcc: victim@example.com", "anna@example.com", "recipient name"),
        ("Anna\nSmith", "anna@example.com", "recipient name"),
        ("Anna", "anna@example.com\r\nBcc: victim@example.com", "recipient email"),
        ("Anna", "anna@example.com\n", "recipient email"),
        ("Anna", "anna@example.com>, victim@example.com", "recipient email"),
        ("Anna", "not-an-address", "recipient email"),
    ],
)
def test_header_injection_is_refused(
    personaliser: EmailPersonaliser, name: str, address: str, field: str
) -> None:
    with pytest.raises(ValueError, match=field):
        personaliser.render(Recipient("c-x", name, address))


@pytest.mark.parametrize(
    "url", ["http://example.com/u", "https://example.com/u\r\nBcc: x@y.z", "https://a b", "x"]
)
def test_bad_unsubscribe_url_is_refused(personaliser: EmailPersonaliser, url: str) -> None:
    with pytest.raises(ValueError, match="unsubscribe_url"):
        personaliser.render(person(), unsubscribe_url=url)


def test_no_unsubscribe_headers_without_url(personaliser: EmailPersonaliser) -> None:
    message = parse(personaliser.render(person()))
    assert message["List-Unsubscribe"] is None and message["List-Unsubscribe-Post"] is None
    assert message["List-Id"].endswith("<incidents.northwind.example.com>")  # every email has it


def test_subject_with_line_breaks_cannot_inject_headers(plan: PlanBody) -> None:
    content = make_content(plan, headline="Outage\r\nBcc: victim@example.com")
    personaliser = EmailPersonaliser(
        content, plan=plan, severity="sev1", statement_id=1,
        from_address="status@northwind.example.com", secret=SECRET,
    )  # fmt: skip
    message = parse(personaliser.render(person()))
    assert message["Bcc"] is None
    assert message["Subject"] == "Outage Bcc: victim@example.com"
    assert message["From"] == "Northwind Cloud <status@northwind.example.com>"


def test_user_text_is_escaped_in_html(plan: PlanBody) -> None:
    content = make_content(plan, impact="<script>alert(1)</script> & <b>bold</b>")
    personaliser = EmailPersonaliser(
        content, plan=plan, severity="sev1", statement_id=1,
        from_address="status@northwind.example.com", secret=SECRET,
    )  # fmt: skip
    recipient = Recipient(
        "c-1", 'Eve <img src=x onerror="y">', "eve@example.com",
        attributes=RecipientAttributes(products=["<script>p()</script>"], order_ids=["<i>1</i>"]),
    )  # fmt: skip
    message = parse(personaliser.render(recipient))
    plain, html = bodies(message)
    assert "<script" not in html and "<img" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in html
    assert "Dear Eve &lt;img src=x onerror=&quot;y&quot;&gt;," in html
    assert "&lt;script&gt;p()&lt;/script&gt;" in html
    assert 'Dear Eve <img src=x onerror="y">,' in plain
    assert message["To"].addresses[0].display_name == 'Eve <img src=x onerror="y">'


def test_signatory_is_the_account_manager(personaliser: EmailPersonaliser) -> None:
    manager = AccountManager("Jane Doe", "jane@northwind.example.com")
    plain, _ = bodies(parse(personaliser.render(person(account_manager=manager))))
    assert (
        "Kind regards,\nJane Doe\nAccount manager, Northwind Cloud\njane@northwind.example.com"
        in plain
    )


def test_voucher_code_in_the_message_is_stable(plan: PlanBody) -> None:
    personaliser = EmailPersonaliser(
        make_content(plan), plan=with_tier(plan, "voucher", 25, None), severity="sev1",
        statement_id=9, from_address="status@northwind.example.com", secret=SECRET,
    )  # fmt: skip
    code = voucher_code(SECRET, 9, "c-1")
    first = personaliser.render(person("c-1"), now=NOW)
    assert first == personaliser.render(person("c-1"), now=NOW)
    plain, _ = bodies(parse(first))
    assert f"For your account: a voucher worth €25.00, code {code}." in plain
    other, _ = bodies(parse(personaliser.render(person("c-2"), now=NOW)))
    assert code not in other and voucher_code(SECRET, 9, "c-2") in other


def test_no_personal_make_good_when_the_tier_gives_none(plan: PlanBody) -> None:
    personaliser = EmailPersonaliser(
        make_content(plan), plan=plan, severity="sev3", statement_id=9,
        from_address="status@northwind.example.com", secret=SECRET,
    )  # fmt: skip
    plain, _ = bodies(parse(personaliser.render(person(monthly_bill=10.0))))
    assert "For your account" not in plain


def test_non_ascii_names_short_and_long_round_trip(personaliser: EmailPersonaliser) -> None:
    for name in ("Zoë Ångström", 'O\'Brien, "Jim"', "=?utf-8?q?spoof?="):
        message = parse(personaliser.render(Recipient("c-n", name, "n@example.com")))
        assert message["To"].addresses[0].display_name == name


def test_header_lines_stay_short_for_long_names(personaliser: EmailPersonaliser) -> None:
    for name in ("Bartholomew " * 9, "রহিম উদ্দিন চৌধুরী " * 6):
        raw = personaliser.render(Recipient("c-l", name, "long@example.com", locale="bn"))
        assert raw.isascii()
        assert max(len(line) for line in raw.split(b"\r\n")) <= 78
        raw_to = next(v for k, v in parse(raw).raw_items() if k == "To")
        assert str(make_header(decode_header(raw_to.rsplit(" <", 1)[0]))) == name.strip()


@pytest.mark.parametrize(
    "organisation",
    ["Northwind", "Northwind Cloud & Data Services International, Ltd.", "Café Nord — নর্থউইন্ড"],
)
def test_the_list_id_names_the_organisation_within_the_line_limit(
    plan: PlanBody, organisation: str
) -> None:
    plan = plan.model_copy(
        update={"organisation": plan.organisation.model_copy(update={"name": organisation})}
    )
    personaliser = EmailPersonaliser(
        make_content(plan), plan=plan, severity="sev1", statement_id=1,
        from_address="status@status-updates.northwind.example.com", secret=SECRET,
    )  # fmt: skip
    raw = personaliser.render(person())
    assert max(len(line) for line in raw.split(b"\r\n")) <= 78
    message = parse(raw)
    assert message.defects == []
    list_id = message["List-Id"]
    assert list_id.endswith(" <incidents.status-updates.northwind.example.com>")
    assert " ".join(list_id.split()).startswith(f"{organisation} incident updates")


def _slow_data(raw: bytes) -> bytes:
    """DATA as aiosmtplib's own regexes make it: CRLF lines, leading dots doubled, "."."""
    from aiosmtplib.protocol import PERIOD_REGEX, normalize_message_line_endings

    return PERIOD_REGEX.sub(b"..", normalize_message_line_endings(bytes(raw))) + b".\r\n"


@pytest.mark.parametrize(
    "name",
    [
        "Anna Smith",
        ".Dot at the start",
        "রহিম উদ্দিন",  # encoded words
        "A name long enough to be folded onto a line of its own before the address, x",
    ],
)
@pytest.mark.parametrize("locale", ["en", "bn"])
def test_rendered_messages_carry_their_smtp_data_form(
    personaliser: EmailPersonaliser, plan: PlanBody, name: str, locale: str
) -> None:
    # Sections with lines that start with a dot, in both encodings (quoted-printable keeps
    # them as they are; a soft line break can also leave a "." at the start of a line).
    content = make_content(
        plan,
        acknowledgement=".NET services are down.\n.\n..and so is x" + ". word" * 60,
        impact="a" * 74 + ".com is down\n.leading",
    )
    dotted = EmailPersonaliser(
        content,
        plan=plan,
        severity="sev1",
        statement_id=7,
        from_address="Northwind Status <status@northwind.example.com>",
        secret=SECRET,
    )
    for renderer in (personaliser, dotted):
        recipient = person(locale=locale, order_ids=[".A-1"], monthly_bill=10.0)
        recipient = Recipient(**{**recipient.__dict__, "name": name})
        raw = renderer.render(recipient, unsubscribe_url="https://example.com/u/abc", now=NOW)
        assert isinstance(raw, mime.DataReady)
        assert raw.data == _slow_data(raw)
        assert data_bytes(raw) == raw.data
    rendered = dotted.render(person(), now=NOW)
    assert isinstance(rendered, mime.DataReady)
    lines = rendered.data.split(b"\r\n")
    assert sum(line.startswith(b"..") for line in lines) >= 2  # the test means something


def test_a_piece_with_a_lone_line_feed_is_not_data_ready() -> None:
    message = mime.AlternativeMessage.build(
        sender="s@example.com",
        subject="Subject",
        list_id="x <incidents.example.com>",
        locale="en",
        bound="=_b",
        plain=["Dear\n", ",\n.fixed line\n"],
        html=["<p>", "</p>\n"],
    )
    good = message.render(b"Mon", b"To: a@example.com\r\n", [b".slot\r\n"], [b"x"])
    assert isinstance(good, mime.DataReady)
    assert good.data == _slow_data(good)
    assert b"\r\n..slot\r\n" in good.data and b"\r\n..fixed line\r\n" in good.data
    bare = message.render(b"Mon", b"To: a@example.com\n", [b"x"], [b"y"])
    assert not isinstance(bare, mime.DataReady)
    assert data_bytes(bare) == _slow_data(bare)
