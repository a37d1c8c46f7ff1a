"""Checks of values that the world defines, done by the libraries made for them: phone
numbers (phonenumbers), currencies (Babel's CLDR data), language tags (langcodes), email
addresses (email-validator) and time zones (the IANA database, through zoneinfo).

One rule per kind, shared by the customer import (and so the customer API) and the plan
schema. Each function returns the value in its standard form or raises InvalidValue (a
ValueError) whose message names the bad value and the rule; the caller names the field.
Results that repeat (language tags, currencies, email domains) are cached: a million-line
import sees a few hundred distinct ones. Phone numbers do not repeat, so their check is
made cheap instead (`valid_e164`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import email_validator
import langcodes
import phonenumbers
from babel.numbers import is_currency


class InvalidValue(ValueError):
    """A value these rules refuse; the message names the value and the rule."""


E164 = re.compile(r"\+[0-9]{1,17}")
_PHONE_PUNCTUATION = str.maketrans("", "", " -().")
_PHONE_RULE = "a phone number in E.164 form, valid for its country (such as +8801712345678)"
_TOO = {
    phonenumbers.ValidationResult.INVALID_COUNTRY_CODE: "no country uses this calling code",
    phonenumbers.ValidationResult.TOO_SHORT: "too short for its country",
    phonenumbers.ValidationResult.TOO_LONG: "too long for its country",
    phonenumbers.ValidationResult.INVALID_LENGTH: "not a length its country uses",
}


def _shown(value: str, limit: int = 60) -> str:
    return repr(value if len(value) <= limit else value[:limit] + "…")


def valid_e164(phone: str) -> bool:
    """Whether phonenumbers finds "+<digits>" valid, asked without its parser: E.164 needs
    no parsing (its country codes are prefix-free), and parsing is most of the cost (an
    import checks one number per customer)."""
    digits = phone[1:]
    for size in (1, 2, 3):
        code = int(digits[:size] or "0")
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code)
        if regions is not None:
            break
    else:
        return False
    national = digits[size:]
    if not national.strip("0"):
        return False
    # phonenumbers tries a calling code's regions in order and takes the first without
    # leading digits whose patterns the number matches: valid for the main region is valid.
    main = _main_region(regions[0])
    if main is not None and main(national):
        return True
    number = phonenumbers.PhoneNumber(country_code=code, national_number=int(national))
    zeros = len(national) - len(national.lstrip("0"))
    if zeros:  # kept as phonenumbers' parser keeps them (an Italian fixed line: +39 06…)
        number.italian_leading_zero = True
        number.number_of_leading_zeros = zeros
    return bool(phonenumbers.is_valid_number(number))


_TYPES = (
    "premium_rate",
    "toll_free",
    "shared_cost",
    "voip",
    "personal_number",
    "pager",
    "uan",
    "voicemail",
    "fixed_line",
)
"""The number types phonenumbers tries (`_number_type_helper`); mobile too, unless its
pattern is the fixed line's."""


@cache
def _main_region(region: str) -> Callable[[str], bool] | None:
    """Whether a national number has a type in the region: phonenumbers' own test (general
    pattern and lengths, then any type's pattern and lengths), from its metadata, as one
    regular expression per length (about a microsecond instead of a dozen calls). None for
    a region whose numbers are told apart by leading digits: phonenumbers itself decides."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
    if metadata is None or metadata.leading_digits is not None:
        return None
    names = list(_TYPES) + ([] if metadata.same_mobile_and_fixed_line_pattern else ["mobile"])
    descs = [getattr(metadata, name) for name in names]
    general = metadata.general_desc
    if general is None or not general.national_number_pattern:
        return None
    general_pattern = re.compile(general.national_number_pattern)
    by_length: dict[int, re.Pattern[str] | None] = {}

    def matcher(national: str) -> bool:
        length = len(national)
        if general.possible_length and length not in general.possible_length:
            return False
        if general_pattern.fullmatch(national) is None:
            return False
        if length not in by_length:
            parts = [
                f"(?:{d.national_number_pattern})"
                for d in descs
                if d is not None
                and d.national_number_pattern
                and (not d.possible_length or length in d.possible_length)
            ]
            by_length[length] = re.compile("|".join(parts)) if parts else None
        found = by_length[length]
        return found is not None and found.fullmatch(national) is not None

    return matcher


def phone_number(value: str) -> str:
    """The number in E.164 form (spaces, dots, dashes and brackets dropped); InvalidValue when
    it is not E.164 or phonenumbers finds it not valid for its country."""
    phone = value.strip().translate(_PHONE_PUNCTUATION)
    if E164.fullmatch(phone) is not None and valid_e164(phone):
        return phone
    if E164.fullmatch(phone) is None:
        raise InvalidValue(f"{_shown(value)} is not {_PHONE_RULE}: it must start with +")
    try:
        parsed = phonenumbers.parse(phone, None)
    except phonenumbers.NumberParseException:
        raise InvalidValue(
            f"{_shown(value)} is not {_PHONE_RULE}: no country uses its calling code"
        ) from None
    if not phonenumbers.is_valid_number(parsed):
        reason = _TOO.get(phonenumbers.is_possible_number_with_reason(parsed))
        why = reason or f"no +{parsed.country_code} number starts like this"
        raise InvalidValue(f"{_shown(value)} is not {_PHONE_RULE}: {why}")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


@lru_cache(maxsize=1024)
def currency_code(value: str) -> str:
    """The ISO 4217 code in capitals; InvalidValue when Babel (CLDR) does not know it."""
    code = value.strip().upper()
    if len(code) != 3 or not code.isalpha() or not is_currency(code):
        raise InvalidValue(
            f"{_shown(value)} is not an ISO 4217 currency code (such as EUR, USD or BDT)"
        )
    return code


@lru_cache(maxsize=4096)
def language_tag(value: str) -> str:
    """The IETF BCP 47 tag in its standard form ('EN-gb' → 'en-GB'); InvalidValue when
    langcodes does not find it valid."""
    tag = value.strip()
    if not tag or len(tag) > 35 or not langcodes.tag_is_valid(tag):
        raise InvalidValue(
            f"{_shown(value)} is not a valid IETF BCP 47 language tag (such as en, bn or pt-BR)"
        )
    return str(langcodes.standardize_tag(tag))


@lru_cache(maxsize=1024)
def time_zone(value: str) -> str:
    """An IANA time zone name ('Asia/Dhaka', 'Europe/London', 'Etc/UTC') that zoneinfo
    finds, as written; InvalidValue otherwise (offsets such as '+06:00' are not zones)."""
    name = value.strip()
    problem = not name or len(name) > 64 or name.startswith(("/", ".")) or ".." in name
    if not problem:
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            problem = True
    if problem:
        raise InvalidValue(
            f"{_shown(value)} is not an IANA time zone (such as Asia/Dhaka, Europe/London "
            "or Etc/UTC)"
        )
    return name


@lru_cache(maxsize=4096)
def _domain(domain: str) -> str:
    """A domain email-validator accepts for email (ASCII form); InvalidValue otherwise."""
    return email_address(f"postmaster@{domain}").rpartition("@")[2]


def email_address(value: str) -> str:
    """A plain address (no display name), domain lower-cased, as email-validator accepts it
    for sending without SMTPUTF8; InvalidValue naming the value and what is wrong."""
    if "\r" in value or "\n" in value:
        raise InvalidValue("contains a line break (CR or LF), refused in email headers")
    try:
        checked = email_validator.validate_email(
            value.strip(), check_deliverability=False, allow_smtputf8=False
        )
    except email_validator.EmailNotValidError as exc:
        raise InvalidValue(f"{_shown(value, 80)} is not a valid email address: {exc}") from None
    return checked.ascii_email or checked.normalized


def email_domain_ok(domain: str) -> bool:
    """Whether email-validator accepts this domain for email (cached: domains repeat)."""
    try:
        _domain(domain)
    except InvalidValue:
        return False
    return True
