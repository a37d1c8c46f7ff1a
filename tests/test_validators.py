"""The shared rules for values the world defines: each bad value refused with the value and
the rule named, each good one in its standard form."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from crisiscomms import validators


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("+8801712345678", "+8801712345678"),
        ("+880 1712-345678", "+8801712345678"),
        ("+61 491 570 156", "+61491570156"),  # ACMA's fictional mobile range
        ("+44 20 7946 0742", "+442079460742"),  # Ofcom's London drama range
        ("+39 06 1234 5678", "+390612345678"),  # an Italian leading zero is kept
        ("+1 202 555 0123", "+12025550123"),
    ],
)
def test_valid_phone_numbers_come_back_in_e164(value: str, expected: str) -> None:
    assert validators.phone_number(value) == expected


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("+99912345678", "no country uses its calling code"),
        ("+10000000000000", "too long for its country"),
        ("+447700900123", "no +44 number starts like this"),  # Ofcom's drama range: unassigned
        ("07700 900123", "it must start with +"),
        ("+1555", "too short for its country"),
        ("+", "it must start with +"),
        ("+000", "no country uses its calling code"),
    ],
)
def test_bad_phone_numbers_name_the_value_and_the_rule(value: str, why: str) -> None:
    with pytest.raises(validators.InvalidValue) as refused:
        validators.phone_number(value)
    message = str(refused.value)
    assert message.startswith(f"{value!r} is not a phone number in E.164 form, valid for its")
    assert message.endswith(why)


def _numbers_near_the_examples() -> list[str]:
    """Every example number phonenumbers has, of every type and region, a digit longer and
    shorter, and with their digits after a random prefix replaced: valid and invalid ones
    in every numbering plan (seeded, so the same every run)."""
    rnd = random.Random(21)
    numbers = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in phonenumbers.PhoneNumberType.values():
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            e164 = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
            numbers += [e164, e164 + "1", e164[:-1]]
            for _ in range(6):
                keep = rnd.randint(2, len(e164) - 1)
                tail = "".join(rnd.choice("0123456789") for _ in range(len(e164) - keep))
                numbers.append(e164[:keep] + tail + rnd.choice(["", "5"]))
    return numbers


def test_the_quick_check_gives_the_parsers_verdict() -> None:
    """The check without the parser never accepts what the parser refuses, and what it
    refuses goes through the parser: the verdict and the form are always the parser's."""
    numbers = _numbers_near_the_examples()
    assert len(numbers) > 10_000
    verdicts = {True: 0, False: 0}
    for number in numbers:
        try:
            parsed = phonenumbers.parse(number, None)
        except phonenumbers.NumberParseException:
            with pytest.raises(validators.InvalidValue):
                validators.phone_number(number)
            continue
        valid = phonenumbers.is_valid_number(parsed)
        verdicts[valid] += 1
        if validators.valid_e164(number):
            assert valid, number
        if valid:
            e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
            assert validators.phone_number(number) == e164, number
        else:
            with pytest.raises(validators.InvalidValue):
                validators.phone_number(number)
    assert min(verdicts.values()) > 2_000, verdicts  # both kinds, many of each


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("en", "en"),
        ("EN-gb", "en-GB"),
        ("bn_BD", "bn-BD"),
        ("pt-BR", "pt-BR"),
        ("sr-Latn", "sr-Latn"),
    ],
)
def test_language_tags_take_their_standard_form(value: str, expected: str) -> None:
    assert validators.language_tag(value) == expected


@pytest.mark.parametrize("value", ["xx-YYYYYYYY", "xx", "english!", "", "e", "a" * 40])
def test_bad_language_tags_are_refused(value: str) -> None:
    with pytest.raises(validators.InvalidValue, match="is not a valid IETF BCP 47 language tag"):
        validators.language_tag(value)


def test_currencies() -> None:
    assert validators.currency_code("eur") == "EUR"
    assert validators.currency_code("BDT") == "BDT"
    for bad in ("ABC", "EURO", "€", "", "12A"):
        with pytest.raises(validators.InvalidValue, match="is not an ISO 4217 currency code"):
            validators.currency_code(bad)


def test_time_zones() -> None:
    assert validators.time_zone(" Asia/Dhaka ") == "Asia/Dhaka"
    assert validators.time_zone("Etc/UTC") == "Etc/UTC"
    for bad in ("Asia/Dacca-ish", "+06:00", "GMT+6:00", "", "../../etc/passwd", "/etc/localtime"):
        with pytest.raises(validators.InvalidValue, match="is not an IANA time zone"):
            validators.time_zone(bad)


def test_email_addresses() -> None:
    assert validators.email_address(" Anna@Example.COM ") == "Anna@example.com"
    assert validators.email_domain_ok("example.com")
    assert not validators.email_domain_ok("status.example.test")
    for bad, why in [
        ("anna@example", "should have a period"),
        ("a..b@example.com", "two periods in a row"),
        ("büro@example.com", "nternationalized characters before the @-sign are not supported"),
        ("a@example.com\r\nBcc: x@example.org", "line break"),
    ]:
        with pytest.raises(validators.InvalidValue, match=why):
            validators.email_address(bad)
