"""What a rule of the standard yields, and the helpers every rule uses to say it.

A `Flag` is a finding before the plan gives it a severity: the rule, the part of the
document, the exact span, the message and the fix. Messages and fixes are written in the
document's language (English or Bengali).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from crisiscomms.statements.check.document import Document, Match, Part
from crisiscomms.statements.check.report import Severity
from crisiscomms.statements.check.text import PhraseSet

PlanPhrases = Callable[[str], PhraseSet | None]
"""The plan's own phrases for a rule id in the document's locale, if any."""


@dataclass(frozen=True)
class Flag:
    """One finding before the plan gives it a severity."""

    rule: str
    part: str
    start: int
    end: int
    message: str
    suggestion: str
    severity: Severity | None = None
    """Set where the words themselves decide how serious it is (dense jargon)."""


def say(doc: Document, en: str, bn: str) -> str:
    """The English or the Bengali wording, by the document's language."""
    return bn if doc.language == "bn" else en


def question(match: Match) -> bool:
    """Whether a match sits in a question ("How do I know this won't happen again?")."""
    return match.sentence.text.rstrip(" *_\"')\u201d\u2019").endswith("?")


def home(doc: Document, section: str) -> Part:
    """The part named like a section, else the first part (a plain text has one)."""
    return next((p for p in doc.parts if p.name == section), doc.parts[0])


def missing(doc: Document, rule: str, section: str, message: str, suggestion: str) -> Flag:
    """A flag about something absent, on the part where it belongs, at 0..0."""
    part = home(doc, section)
    return Flag(rule, part.name, 0, 0, message, suggestion)


def at(rule: str, match: Match, message: str, suggestion: str) -> Flag:
    """A flag at the words of a cue match."""
    return Flag(rule, match.part.name, match.start, match.end, message, suggestion)


def plan_hits(doc: Document, phrases: PhraseSet | None) -> list[tuple[Part, int, int]]:
    """Where the plan's own phrases for a rule occur."""
    if phrases is None:
        return []
    return [(p, h.start, h.end) for p in doc.parts for h in phrases.find(p.text)]


def plan_flags(
    doc: Document, phrases: PhraseSet | None, rule: str, message: str, suggestion: str
) -> Iterator[Flag]:
    """A flag for every hit of the plan's own phrases; "phrase => x" shows x as the fix."""
    if phrases is None:
        return
    for part in doc.parts:
        for hit in phrases.find(part.text):
            excerpt = part.text[hit.start : hit.end]
            yield Flag(
                rule,
                part.name,
                hit.start,
                hit.end,
                message.format(excerpt=excerpt),
                suggestion.format(hint=hit.suggestion) if hit.suggestion else suggestion,
            )
