"""Rules about what the statement must contain: a cause, a fix, a next update, real words.

Placeholders (template text in square brackets, or unrendered template code) are found by
pattern in every locale; the other rules use the phrase lists of `phrases.yaml`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from crisiscomms.plans.schema import Stage
from crisiscomms.statements.check.context import RuleContext
from crisiscomms.statements.check.report import Finding
from crisiscomms.statements.check.text import ascii_digits, normalise

OPEN_STAGES = frozenset({Stage.INVESTIGATING, Stage.IDENTIFIED, Stage.MONITORING})
_PLACEHOLDER = re.compile(r"\[(?!\d+\])[^\[\]\n]{1,300}\](?!\()|\{\{.*?\}\}|\{%.*?%\}")
_CLOCK_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")


def placeholders(text: str) -> list[tuple[int, int]]:
    """Spans of "[...]" template placeholders and unrendered template code."""
    return [match.span() for match in _PLACEHOLDER.finditer(text)]


def placeholder_left(ctx: RuleContext) -> Iterator[Finding]:
    """Template text for staff to replace ("[describe the root cause]", "TBD") left in a draft."""
    skip_root_cause = "root_cause_missing" in ctx.enabled  # that rule reports it there
    for locale in ctx.locales:
        phrases = ctx.phrases(locale)
        for name, text in ctx.texts(locale):
            if skip_root_cause and name == "root_cause":
                continue
            spans = placeholders(text)
            if phrases is not None:
                spans += [(hit.start, hit.end) for hit in phrases.find(text)]
            for span in sorted(set(spans)):
                excerpt = text[span[0] : span[1]]
                yield ctx.finding(
                    locale,
                    name,
                    text,
                    span,
                    f"{excerpt} is template text that must be replaced before this goes out.",
                    "Replace it with the confirmed fact, or remove the sentence if it does not "
                    "apply.",
                )


def root_cause_missing(ctx: RuleContext) -> Iterator[Finding]:
    """The root cause section must state the cause, or say plainly that it is not yet known."""
    for locale in ctx.locales:
        text = ctx.section(locale, "root_cause")
        spans = placeholders(text)
        for span in spans:
            yield ctx.finding(
                locale,
                "root_cause",
                text,
                span,
                "The root cause is still the template's placeholder.",
                "Write the cause in one or two plain sentences, or say honestly that we do not "
                "know it yet and what we do know.",
            )
        phrases = ctx.phrases(locale)
        if spans or phrases is None or phrases.find(text):
            continue
        yield ctx.finding(
            locale,
            "root_cause",
            text,
            (0, 0),
            "The root cause section neither states a cause nor says that it is not yet known.",
            'State the cause ("A settings change we made at 13:50 UTC broke card payments"), '
            'or say "We do not yet know the cause. Here is what we know so far: …".',
        )


def remediation_missing(ctx: RuleContext) -> Iterator[Finding]:
    """The remediation section must name a concrete action, not only "we are working on it"."""
    yield from ctx.require_phrases(
        "remediation",
        "The remediation section names no concrete action.",
        {
            "en": 'Say what we did and are doing: "At 15:31 UTC we rolled back the change. We '
            'have added a check that blocks untested settings."',
            "bn": 'আমরা কী করেছি ও করছি তা বলুন: "১৫:৩১ UTC-তে আমরা পরিবর্তনটি ফিরিয়ে নিয়েছি।"',
        },
    )


def next_update_missing(ctx: RuleContext) -> Iterator[Finding]:
    """Open incidents need a next update time, and the next update section must state a time."""
    content = ctx.input.content
    if content.next_update_at is None:
        if ctx.input.stage in OPEN_STAGES:
            locale = ctx.home_locale
            text = ctx.section(locale, "next_update")
            yield ctx.finding(
                locale,
                "next_update",
                text,
                (0, 0),
                "No next update time is set, but the incident is still open.",
                "Set the time of the next update; people plan around it, and we will be held "
                "to it.",
            )
        return
    for locale in ctx.locales:
        phrases = ctx.phrases(locale)
        if phrases is None:
            continue
        text = ctx.section(locale, "next_update")
        if _CLOCK_TIME.search(ascii_digits(text)) or phrases.find(text):
            continue
        yield ctx.finding(
            locale,
            "next_update",
            text,
            (0, 0),
            "The next update section does not say when the next update comes.",
            'Give the time with its time zone, for example "Next update: by 17:00 UTC".',
        )


def canned_text(ctx: RuleContext) -> Iterator[Finding]:
    """An apology word for word the plan's template, or another incident's published one."""
    defaults = ctx.input.template_defaults
    others = {normalise(text) for text in ctx.input.other_apologies}
    for locale in ctx.locales:
        text = ctx.section(locale, "apology")
        words = normalise(text)
        default = defaults.get(locale)
        if default is not None and normalise(default.apology) == words:
            message = "The apology is the plan's template, word for word."
        elif words in others:
            message = "The apology is word for word the one we published for another incident."
        else:
            continue
        yield ctx.finding(
            locale,
            "apology",
            text,
            (0, len(text)),
            message,
            "Name the specific harm of this incident in our own words: who could not do what, "
            "and for how long.",
        )
