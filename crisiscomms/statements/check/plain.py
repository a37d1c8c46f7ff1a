"""Plain language: a reading grade at or below the plan's limit (jargon is in `standard`).

Readability is textstat's Flesch-Kincaid grade, a formula calibrated on English: it runs
for English locales only and is skipped elsewhere rather than giving a made-up number.
textstat's syllable counts come from the CMU pronouncing dictionary, which
`pronunciation.ensure_dictionary` provides from a package, so nothing is downloaded.
"""

from __future__ import annotations

from collections.abc import Iterator

import textstat  # type: ignore[import-untyped]  # ships no type information

from crisiscomms.statements.check.context import RuleContext
from crisiscomms.statements.check.pronunciation import ensure_dictionary
from crisiscomms.statements.check.report import Finding
from crisiscomms.statements.check.text import LINK, sentences

GRADED_LANGUAGES = frozenset({"en"})


def _gradable(text: str) -> str:
    """A section as one or more full sentences, links read as one short word."""
    text = LINK.sub("link", text).strip()
    return text if text.endswith((".", "!", "?")) else f"{text}."


def reading_grade(texts: list[str]) -> float:
    """The Flesch-Kincaid grade of English texts read one after another."""
    text = "\n\n".join(_gradable(t) for t in texts)
    if not text.strip(". \n"):
        return 0.0
    ensure_dictionary()
    return float(textstat.flesch_kincaid_grade(text))


def readability(ctx: RuleContext) -> Iterator[Finding]:
    """The whole text of a locale must read at or below the plan's `max_reading_grade`."""
    limit = ctx.input.plan.transparency.max_reading_grade
    for locale in ctx.locales:
        if locale.split("-")[0] not in GRADED_LANGUAGES:
            continue
        texts = ctx.texts(locale)
        grade = reading_grade([text for _, text in texts])
        if grade <= limit:
            continue
        name, text, span = max(
            ((name, text, span) for name, text in texts for span in sentences(text)),
            key=lambda item: len(item[1][item[2][0] : item[2][1]].split()),
        )
        yield ctx.finding(
            locale,
            name,
            text,
            span,
            f"The text reads at school grade {grade:.1f}; the plan asks for grade {limit:g} "
            "or below. People read this under stress.",
            "Use short sentences and everyday words. Start with the longest sentence, marked "
            "here: split it in two.",
        )
