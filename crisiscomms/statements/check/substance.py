"""Rules about a sectioned statement's own text: placeholders left in, a next update time
set, an apology that is the template's word for word.

Placeholders (template text in square brackets, or unrendered template code) are found by
pattern in every locale, plus the phrase list of `phrases.yaml`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from crisiscomms.plans.schema import Stage
from crisiscomms.statements.check.context import RuleContext
from crisiscomms.statements.check.report import Finding
from crisiscomms.statements.check.text import normalise

OPEN_STAGES = frozenset({Stage.INVESTIGATING, Stage.IDENTIFIED, Stage.MONITORING})
_PLACEHOLDER = re.compile(r"\[(?!\d+\])[^\[\]\n]{1,300}\](?!\()|\{\{.*?\}\}|\{%.*?%\}")
_CLOCK_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")


def placeholders(text: str) -> list[tuple[int, int]]:
    """Spans of "[...]" template placeholders and unrendered template code."""
    return [match.span() for match in _PLACEHOLDER.finditer(text)]


def placeholder_left(ctx: RuleContext) -> Iterator[Finding]:
    """Template text for staff to replace ("[describe the root cause]", "TBD") left in a draft."""
    for locale in ctx.locales:
        phrases = ctx.phrases(locale)
        for name, text in ctx.texts(locale):
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


def next_update_time(ctx: RuleContext) -> Iterator[Finding]:
    """An open incident's statement must set the time of the next update."""
    if ctx.input.content.next_update_at is not None or ctx.input.stage not in OPEN_STAGES:
        return
    locale = ctx.home_locale
    text = ctx.section(locale, "next_update")
    yield ctx.finding(
        locale,
        "next_update",
        text,
        (0, 0),
        "No next update time is set, but the incident is still open.",
        "Set the time of the next update; people plan around it, and we will be held to it.",
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
