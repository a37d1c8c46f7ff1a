"""Text shaping shared by the renderers: one-line forms, paragraphs, sentences."""

from __future__ import annotations

import re
from datetime import UTC, datetime

_SPACE = re.compile(r"\s+")
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
# A sentence ends at terminal punctuation (Latin, the Bengali dari, CJK) then a space;
# closing quotes and brackets after the mark stay with the sentence they close.
_MARKS = ".!?\u2026\u0964\u0965\u3002\uff01\uff1f"
"""Full stop, !, ?, ellipsis, Bengali danda and double danda, CJK full stop, !, ?."""
_CLOSERS = "\"')\\]\u00bb\u201d\u2019"
_SENTENCE_END = re.compile(f"([{_MARKS}]+[{_CLOSERS}]*)(\\s+)")
_TERMINAL = _MARKS + "\"')]\u00bb\u201d\u2019"


def one_line(text: str) -> str:
    """The text on one line, every run of whitespace (CR and LF included) one space."""
    if "  " not in text and text.isprintable():  # its only whitespace is single spaces
        return text.strip()
    return _SPACE.sub(" ", text).strip()


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a text (split at blank lines), each stripped and non-empty."""
    if "\n" not in text and "\r" not in text:  # the common case: one line, one paragraph
        stripped = text.strip()
        return [stripped] if stripped else []
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    return [p.strip() for p in _BLANK_LINE.split(normalised) if p.strip()]


def sentences(text: str) -> list[str]:
    """The sentences of a text, in order, whitespace collapsed."""
    flat = one_line(text)
    found: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(flat):
        found.append(flat[start : match.end(1)])
        start = match.end()
    if start < len(flat):
        found.append(flat[start:])
    return [s for s in found if s]


def with_full_stop(text: str, full_stop: str) -> str:
    """The text ending in punctuation, adding the language's full stop when it has none."""
    return text if not text or text[-1] in _TERMINAL else text + full_stop


def iso_time(value: datetime | None) -> str | None:
    """ISO 8601 in UTC with a "Z", or None."""
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
