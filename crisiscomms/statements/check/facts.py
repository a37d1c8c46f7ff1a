"""Rules about facts: the same numbers everywhere, matching the incident record; renditions fit.

Numbers are compared as values: Bengali (and other) digits become 0-9, thousands separators
go (Bengali "4,120" is 4120), times are HH:MM. Digits inside links and email addresses, and "1/3"
thread counters, are not facts. Number words ("two hours") are not compared.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC
from functools import lru_cache

from crisiscomms.statements.check.context import RuleContext
from crisiscomms.statements.check.language import paragraphs
from crisiscomms.statements.check.phrases import APPROXIMATORS, auxiliary
from crisiscomms.statements.check.report import Finding
from crisiscomms.statements.check.text import Number, ascii_digits, numbers

APPROXIMATE_TOLERANCE = 0.1
MAX_WORDS_BETWEEN = 3
# A number joined to a count noun through these is a rate or an amount, not a head count.
_NOT_A_COUNT = re.compile(
    r"\b(?:per|each|every|eur|usd|gbp)\b|প্রতি|ইউরো|টাকা|ডলার|[%€$£৳¥₹.!?।:;]", re.IGNORECASE
)
_CURRENCY_BEFORE = re.compile(r"(?:\b(?:eur|usd|gbp)|[€$£])\s*$", re.IGNORECASE)
_LABEL_THEN_NUMBER = re.compile(rf"[^\s.!?।]*(?:\s+[^\s.!?।]+){{0,{MAX_WORDS_BETWEEN}}}?\s*:\s*")
_TIME_ZONE_AFTER = re.compile(r"\s*(?:UTC|GMT)\b")

Located = tuple[str, str, Number]
"""(section, section text, number)."""


# "1 in 5", "one out of every 5", "৫ জনে ১ জন": a proportion, not two counts.
_RATIO = re.compile(
    r"(?<![\d.,])(\d+)\s+(?:in|out\s+of|of|in\s+every|out\s+of\s+every|of\s+every)\s+(?:every\s+)?(\d+)(?![\d.,])"
    r"|(?<![\d.,])(\d+)\s*(?:জনে|জনের\s+মধ্যে|টির\s+মধ্যে|টিতে|টায়)\s*(\d+)(?:\s*জন|টি)?",
    re.IGNORECASE,
)


def facts_of(text: str) -> list[Number]:
    """The numbers of a text as facts: a proportion ("1 in 5") counts once, as a percentage,
    so that it matches "20%" or "৫ জনে ১ জন" in another language."""
    return list(_facts(text))


@lru_cache(maxsize=4096)
def _facts(text: str) -> tuple[Number, ...]:
    """Found per paragraph (no figure runs across a blank line) and remembered per paragraph
    (numbers are frozen): a statement's sections and its renditions share theirs."""
    return tuple(
        number
        if offset == 0
        else replace(number, start=number.start + offset, end=number.end + offset)
        for offset, paragraph in paragraphs(text)
        for number in _paragraph_facts(paragraph)
    )


@lru_cache(maxsize=16384)
def _paragraph_facts(text: str) -> tuple[Number, ...]:
    plain = ascii_digits(text)
    found: list[Number] = []
    ratio_spans: list[tuple[int, int]] = []
    for match in _RATIO.finditer(plain):
        if match.group(1) is not None:
            part, whole = int(match.group(1)), int(match.group(2))
        else:
            whole, part = int(match.group(3)), int(match.group(4))
        if whole == 0 or part > whole:
            continue
        ratio_spans.append(match.span())
        value = f"{100 * part / whole:.4g}"
        found.append(Number(match.start(), match.end(), value, is_time=False, is_ratio=True))
    for number in numbers(text):
        if not any(start <= number.start < end for start, end in ratio_spans):
            found.append(number)
    return tuple(sorted(found, key=lambda number: number.start))


def _by_value(ctx: RuleContext, locale: str) -> dict[str, list[Located]]:
    found: dict[str, list[Located]] = defaultdict(list)
    for name, text in ctx.texts(locale):
        for number in facts_of(text):
            found[number.value].append((name, text, number))
    return found


def _unmatched(ours: dict[str, list[Located]], theirs: dict[str, list[Located]]) -> list[Located]:
    """Our occurrences of numbers we state more often than they do.

    Occurrences in sections where the other text has fewer of the number are chosen first,
    so that a figure changed in one section is reported in that section.
    """
    left: list[Located] = []
    for value, occurrences in ours.items():
        excess = len(occurrences) - len(theirs.get(value, []))
        if excess <= 0:
            continue
        their_sections = [name for name, _, _ in theirs.get(value, [])]
        unmatched = []
        for occurrence in occurrences:
            if occurrence[0] in their_sections:
                their_sections.remove(occurrence[0])
            else:
                unmatched.append(occurrence)
        rest = [o for o in occurrences if o not in unmatched]
        left += (unmatched + rest)[:excess]
    return left


def _between_locales(ctx: RuleContext, reported: set[tuple[str, str, int]]) -> Iterator[Finding]:
    """Numbers the home locale and a translation do not share, paired up by section."""
    home = ctx.home_locale
    reference = _by_value(ctx, home)
    advice = (
        "Numbers, times and amounts must be the same in every language: correct the version "
        "that is wrong."
    )
    for other in ctx.locales:
        if other == home:
            continue
        compared = _by_value(ctx, other)
        ours, theirs = _unmatched(reference, compared), _unmatched(compared, reference)
        for name, text, number in theirs:
            excerpt = text[number.start : number.end]
            partner = next((o for o in ours if o[0] == name), None)
            if partner is not None:
                ours.remove(partner)
                said = partner[1][partner[2].start : partner[2].end]
                message = f'The {other} text says "{excerpt}" where the {home} text says "{said}".'
                if (home, name, partner[2].start) in reported:
                    continue
            else:
                message = f'"{excerpt}" is in the {other} text but not in the {home} text.'
            if (other, name, number.start) not in reported:
                yield ctx.finding(other, name, text, (number.start, number.end), message, advice)
        for name, text, number in ours:
            if (home, name, number.start) in reported:
                continue
            excerpt = text[number.start : number.end]
            message = f'"{excerpt}" is in the {home} text but not in the {other} text.'
            yield ctx.finding(home, name, text, (number.start, number.end), message, advice)


def _statement_times(ctx: RuleContext) -> set[str]:
    """Date and time parts of the statement's own timestamps, which channels may print."""
    content = ctx.input.content
    stamps = [content.next_update_at, *(c.due_at for c in content.commitments)]
    values: set[str] = set()
    for stamp in (s.astimezone(UTC) for s in stamps if s is not None):
        values |= {str(stamp.year), str(stamp.month), str(stamp.day), stamp.strftime("%H:%M")}
        values |= {f"{stamp.month:02d}", f"{stamp.day:02d}"}
    return values


def _renditions(ctx: RuleContext) -> Iterator[Finding]:
    times = _statement_times(ctx)
    for rendition in ctx.input.renditions:
        if rendition.locale not in ctx.input.content.locales:
            continue
        known = set(_by_value(ctx, rendition.locale)) | times
        for number in facts_of(rendition.text):
            if number.value in known:
                continue
            excerpt = rendition.text[number.start : number.end]
            yield ctx.finding(
                rendition.locale,
                f"rendition:{rendition.channel}",
                rendition.text,
                (number.start, number.end),
                f'The {rendition.channel} version says "{excerpt}", which the statement does '
                "not say.",
                "Use only figures from the statement itself; correct the statement first if "
                "the figure is new.",
            )


def _count_number(text: str, start: int, end: int, nums: list[Number]) -> Number | None:
    """The number that counts the noun at start..end: "4,120 customers", "customers: 4,120"."""
    nums = [n for n in nums if not n.is_ratio]  # "1 in 5 customers" counts nobody
    before = [n for n in nums if n.end <= start]
    if before:
        number = before[-1]
        between = text[number.end : start]
        if (
            not number.is_time
            and len(between.split()) <= MAX_WORDS_BETWEEN
            and not _NOT_A_COUNT.search(between)
            and not _CURRENCY_BEFORE.search(text[: number.start])
        ):
            return number
    after = next((n for n in nums if n.start >= end), None)
    if (
        after is not None
        and not after.is_time
        and _LABEL_THEN_NUMBER.fullmatch(text[end : after.start])
    ):
        return after
    return None


def _customer_counts(ctx: RuleContext) -> Iterator[Finding]:
    expected = ctx.input.facts.affected_customers
    if expected is None:
        return
    for locale in ctx.locales:
        nouns = ctx.phrases(locale)
        if nouns is None:
            continue
        approximators = auxiliary(APPROXIMATORS, locale.split("-")[0])
        for name, text in ctx.texts(locale):
            nums = facts_of(text)
            counted: dict[int, Number] = {}
            for noun in nouns.find(text):
                number = _count_number(text, noun.start, noun.end, nums)
                if number is not None:
                    counted[number.start] = number
            marks = approximators.find(text)
            for number in counted.values():
                stated = float(number.value)
                approximate = any(
                    0 <= number.start - m.end <= 2 or 0 <= m.start - number.end <= 2 for m in marks
                )
                tolerance = APPROXIMATE_TOLERANCE * expected if approximate else 0
                if abs(stated - expected) <= tolerance:
                    continue
                excerpt = text[number.start : number.end]
                yield ctx.finding(
                    locale,
                    name,
                    text,
                    (number.start, number.end),
                    f'The text gives "{excerpt}" as the number of customers affected, but the '
                    f"incident record says {expected:,}.",
                    "Use the figure in the incident record, or have the incident commander "
                    "correct the record first.",
                )


def _next_update_time(ctx: RuleContext) -> Iterator[Finding]:
    due = ctx.input.content.next_update_at
    if due is None:
        return
    expected = due.astimezone(UTC).strftime("%H:%M")
    for locale in ctx.locales:
        text = ctx.section(locale, "next_update")
        for number in numbers(text):
            if not number.is_time or number.value == expected:
                continue
            if not _TIME_ZONE_AFTER.match(text, number.end):
                continue
            excerpt = text[number.start : number.end]
            yield ctx.finding(
                locale,
                "next_update",
                text,
                (number.start, number.end),
                f"The next update is set for {expected} UTC, but the text says {excerpt} UTC.",
                "Make the text and the scheduled next update agree; the reminder follows the "
                "schedule.",
            )


_START_BEFORE = re.compile(
    r"\b(?:since|from|starting(?:\s+at)?|started\s+at|began\s+at|beginning\s+at)"
    r"(?:\s+(?:about|around|approximately|roughly))?\s*$",
    re.IGNORECASE,
)
_START_AFTER_BN = re.compile(r"\s*(?:UTC|GMT)?\s*(?:থেকে|হতে|শুরু)")
_RECOVERED = re.compile(
    r"\b(?:normal(?:ly)?|restored|working|works|stable|back|resolved|recovered|fixed)\b"
    r"|স্বাভাবিক|ঠিক|চালু|সমাধান",
    re.IGNORECASE,
)
_PROBLEM = re.compile(
    r"\b(?:fail\w*|error\w*|down|outage|unavailable|cannot|can't|could\s+not|couldn't|"
    r"delay\w*|broken|not\s+work\w*|disrupt\w*|degraded|slow\w*|problem\w*|issue\w*)\b"
    r"|ব্যর্থ|সমস্যা|বিভ্রাট|বন্ধ|বিলম্ব|পারছেন\s+না|পারছে\s+না|ত্রুটি|ব্যাহত|ধীর",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?।]\s")
START_SECTIONS = frozenset({"headline", "acknowledgement", "impact", "text"})
"""Where a statement says when the problem began (a pasted text is one section, "text")."""
LATEST_PLAUSIBLE = 12 * 60
"""A start this many minutes or more after detection, by the clock, was the day before."""


def _sentence_at(text: str, index: int) -> str:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, index)]
    start = starts[-1] if starts else 0
    end = _SENTENCE_END.search(text, index)
    return text[start : end.start() + 1 if end else len(text)]


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def _start_times(ctx: RuleContext) -> Iterator[Finding]:
    """A start time later than the incident's detection: "since 08:40 UTC card payments
    fail" for a problem the record says was found at 00:16 UTC. Only a sentence about the
    problem counts ("since 11:12 many of you have asked" is about something else), and an
    earlier start is fine: problems start before anyone notices."""
    detected = ctx.input.facts.detected_at.astimezone(UTC)
    found_at = detected.strftime("%H:%M")
    for locale in ctx.locales:
        for name, text in ctx.texts(locale):
            if name not in START_SECTIONS:
                continue
            for number in numbers(text):
                if not number.is_time or not _TIME_ZONE_AFTER.match(text, number.end):
                    continue
                sentence = _sentence_at(text, number.start)
                if _RECOVERED.search(sentence) or not _PROBLEM.search(sentence):
                    continue  # "working normally since 15:40", "since 11:12 you have asked"
                before = text[max(0, number.start - 40) : number.start]
                zone = _TIME_ZONE_AFTER.match(text, number.end)
                after = text[zone.end() if zone else number.end :]
                if not (_START_BEFORE.search(before) or _START_AFTER_BN.match(after)):
                    continue
                later = (_minutes(number.value) - _minutes(found_at)) % (24 * 60)
                if later == 0 or later >= LATEST_PLAUSIBLE:
                    continue
                excerpt = text[number.start : number.end]
                yield ctx.finding(
                    locale,
                    name,
                    text,
                    (number.start, number.end),
                    f"The text says it started at {excerpt} UTC, but the incident record says "
                    f"it was detected at {found_at} UTC, earlier: one of them is wrong.",
                    "Use the incident record's times, or have the incident commander correct "
                    "the record first.",
                )


def fact_mismatch(ctx: RuleContext) -> Iterator[Finding]:
    """Numbers that disagree: between locales, with renditions, or with the incident record."""
    record = [*_customer_counts(ctx), *_next_update_time(ctx), *_start_times(ctx)]
    yield from record
    # A number already contradicted by the record is not reported again as a translation gap.
    reported = {(f.locale, f.section, f.start) for f in record}
    yield from _between_locales(ctx, reported)
    yield from _renditions(ctx)


def rendition_too_long(ctx: RuleContext) -> Iterator[Finding]:
    """A channel rendition longer than the channel allows; it would be refused or cut."""
    for rendition in ctx.input.renditions:
        if rendition.limit is None or rendition.length <= rendition.limit:
            continue
        text = rendition.text
        exact = rendition.unit == "characters" and rendition.length == len(text)
        span = (rendition.limit, len(text)) if exact else (0, 0)
        yield ctx.finding(
            rendition.locale,
            f"rendition:{rendition.channel}",
            text,
            span,
            f"The {rendition.channel} version is {rendition.length} {rendition.unit} long; "
            f"the limit is {rendition.limit}.",
            "Shorten it: keep what happened, that we own it, and when the next update comes, "
            "and link to the full statement.",
        )
