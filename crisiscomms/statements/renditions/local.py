"""Times in each reader's own zone and language, written by Babel from CLDR.

Statements are drafted with every time written one way in every language ("2026-11-22 03:30
UTC", see `statements.drafting`), so the fact check can compare the languages. A message to
one person then rewrites each such time for them: in their IANA zone (zoneinfo), with their
locale's date words, its day periods where it writes a 12-hour clock ("সকাল ৯:৩০", "9:30 in
the morning"), its name for the zone, and its own digits (Bengali digits for bn, from the
locale's CLDR numbering system).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from functools import lru_cache
from html import escape
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.dates import format_skeleton, get_timezone_name

CANONICAL_TIME = re.compile(r"\b(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}) UTC\b")
"""A time as drafting writes it (`plans.templating.format_time`)."""
DEFAULT_ZONE = "Etc/UTC"


@lru_cache(maxsize=64)
def babel_locale(tag: str) -> Locale:
    """Babel's locale for a language tag ("bn-BD" → bn_BD), its language's, else English."""
    for candidate in (tag, tag.split("-", 1)[0]):
        try:
            return Locale.parse(candidate, sep="-")
        except (UnknownLocaleError, ValueError):
            continue
    return Locale.parse("en")


@lru_cache(maxsize=64)
def native_digits(tag: str) -> str:
    """The ten digits the locale writes by default ("০১২৩৪৫৬৭৮৯" for bn; ASCII for en).

    CLDR names the locale's numbering system ("beng", "deva", "arab"); Unicode holds its
    digits, zero to nine in a row, under the script's name ("BENGALI DIGIT ZERO").
    """
    system = babel_locale(tag).default_numbering_system or "latn"
    if system == "latn":
        return "0123456789"
    zero = _zeros().get(system)
    return "0123456789" if zero is None else "".join(chr(ord(zero) + i) for i in range(10))


@lru_cache(maxsize=1)
def _zeros() -> dict[str, str]:
    """Each Unicode decimal zero by the first four letters of its script, lower-case."""
    found: dict[str, str] = {}
    for code in range(0x80, 0x20000):
        char = chr(code)
        if unicodedata.decimal(char, -1) == 0:
            name = unicodedata.name(char, "")
            if name.endswith("DIGIT ZERO"):
                found.setdefault(name.replace("-", " ")[:4].lower(), char)
    return found


def localise_digits(text: str, tag: str) -> str:
    """`text` with its ASCII digits written in the locale's own."""
    digits = native_digits(tag)
    return text if digits == "0123456789" else text.translate(_table(digits))


@lru_cache(maxsize=16)
def _table(digits: str) -> dict[int, int]:
    return str.maketrans("0123456789", digits)


@lru_cache(maxsize=64)
def _patterns(tag: str) -> tuple[str, str]:
    """The time skeleton (with the day period on a 12-hour clock) and how date and time join."""
    locale = babel_locale(tag)
    twelve_hour = "h" in str(locale.time_formats["short"].pattern)
    return ("Bhm" if twelve_hour else "Hm"), str(locale.datetime_formats["long"])


def local_time(value: datetime, tag: str, zone: str | None = None) -> str:
    """One moment for a reader: date, time and zone name in their locale, in their zone.

    "22 নভেম্বর, ২০২৬ ৯:৩০ সকাল (বাংলাদেশ সময়)" for bn in Asia/Dhaka;
    "November 22, 2026, 3:30 in the morning (Coordinated Universal Time)" for en in UTC.
    """
    tz = _zone(zone or DEFAULT_ZONE)
    locale = babel_locale(tag)
    moment = value.astimezone(tz)
    time_skeleton, joined = _patterns(tag)
    date = format_skeleton("yMMMMd", moment, locale=locale)
    time = format_skeleton(time_skeleton, moment, locale=locale)
    name = get_timezone_name(moment, "long", locale=locale)
    text = joined.replace("{1}", date).replace("{0}", time).replace("'", "")
    return localise_digits(f"{text} ({name})", tag)


@lru_cache(maxsize=256)
def _zone(name: str) -> ZoneInfo:
    """The zone; UTC if the time zone database no longer knows it (zones are checked when
    they are stored, so only a database update can remove one: a message still goes out)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def localise_times(text: str, tag: str, zone: str | None = None, *, html: bool = False) -> str:
    """Every drafted time in `text` ("2026-11-22 03:30 UTC") rewritten by `local_time`
    (escaped for HTML when `html`)."""
    if "UTC" not in text:
        return text

    def rewrite(match: re.Match[str]) -> str:
        year, month, day, hour, minute = (int(part) for part in match.groups())
        try:
            moment = datetime(year, month, day, hour, minute, tzinfo=UTC)
        except ValueError:  # not a real time ("2026-13-40 25:00 UTC"): left as written
            return match.group(0)
        written = local_time(moment, tag, zone)
        return escape(written) if html else written

    return CANONICAL_TIME.sub(rewrite, text)
