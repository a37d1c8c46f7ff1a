"""Text helpers of the transparency check: phrase matching, sentences and numbers.

Offsets always point into the text as written: phrases are matched on the original text and
digits are normalised character for character, so every finding highlights what the author
typed. The phrase syntax is described at the top of `phrases.yaml`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache


def _combining_marks() -> str:
    """A regex class body of every combining mark (Unicode category M) in the BMP."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(f"\\u{a:04x}-\\u{b:04x}" if a != b else f"\\u{a:04x}" for a, b in ranges)


# `\w` misses combining marks (the vowel signs and viramas of Indic scripts), which would put
# a word boundary inside "দুঃখিত"; a word is letters, digits and marks.
WORD = rf"[\w{_combining_marks()}]"
NUMBER = r"\d+(?:[.,:]\d+)*"
GAP_WORDS = 8
# A gap starts at the end of a word ("we … caused" must not match "weather caused"), may
# take the punctuation after it, then up to GAP_WORDS whole words.
_GAP = rf"(?!{WORD})\S*(?:\s+\S+){{0,{GAP_WORDS}}}?\s+"
_GAP_TOKENS = ("…", "...")
# Bengali letters with a nukta have a one-code-point and a two-code-point spelling; plan
# files use both, and NFC does not unify them (they are composition exclusions).
_NUKTA = {"\u09dc": "\u09a1\u09bc", "\u09dd": "\u09a2\u09bc", "\u09df": "\u09af\u09bc"}


def is_word_char(char: str) -> bool:
    """Whether a character belongs to a word, combining marks included."""
    return char.isalnum() or char == "_" or unicodedata.category(char).startswith("M")


@dataclass(frozen=True)
class Phrase:
    """One compiled phrase-list entry."""

    source: str
    pattern: re.Pattern[str]
    suggestion: str
    exception: bool


@dataclass(frozen=True)
class Hit:
    """Where a phrase matched, and the suggestion written next to it."""

    start: int
    end: int
    suggestion: str


def _token_pattern(token: str) -> str:
    for single, pair in _NUKTA.items():
        token = token.replace(pair, single)
    out: list[str] = []
    for char in token:
        if char == "#":
            out.append(NUMBER)
        elif char == "*":
            out.append(f"{WORD}*")
        elif char in _NUKTA:
            out.append(f"(?:{char}|{_NUKTA[char]})")
        elif char in "'\u2019":
            out.append("['\u2019]")
        else:
            out.append(re.escape(char))
    return "".join(out)


@lru_cache(maxsize=4096)
def compile_phrase(entry: str) -> Phrase:
    """Compile one entry: "phrase", "!exception" or "phrase => suggestion"."""
    text, _, suggestion = entry.partition("=>")
    text = text.strip()
    exception = text.startswith("!")
    if exception:
        text = text[1:].strip()
    tokens = text.split()
    while tokens and tokens[0] in _GAP_TOKENS:
        tokens.pop(0)
    while tokens and tokens[-1] in _GAP_TOKENS:
        tokens.pop()
    parts: list[str] = []
    for i, token in enumerate(tokens):
        if token in _GAP_TOKENS:
            parts.append(_GAP)
        else:
            if i and tokens[i - 1] not in _GAP_TOKENS:
                parts.append(r"\s+")
            parts.append(_token_pattern(token))
    first, last = (tokens[0], tokens[-1]) if tokens else ("", "")
    if first and (is_word_char(first[0]) or first[0] == "#"):
        parts.insert(0, f"(?<!{WORD})")
    if last and is_word_char(last[-1]):
        parts.append(f"(?!{WORD})")
    pattern = re.compile("".join(parts) or r"(?!)", re.IGNORECASE)
    return Phrase(source=entry, pattern=pattern, suggestion=suggestion.strip(), exception=exception)


class PhraseSet:
    """A phrase list with its exceptions, matched as a whole."""

    def __init__(self, entries: Iterable[str]) -> None:
        compiled = [compile_phrase(entry) for entry in entries if entry.strip()]
        self.phrases = [p for p in compiled if not p.exception]
        self.exceptions = [p for p in compiled if p.exception]
        # Every phrase as one alternation, to skip the text none of them is in (most
        # sentences) with one search rather than one per phrase; the matching itself stays
        # phrase by phrase, since overlapping matches of different phrases are merged.
        self._any = (
            re.compile("|".join(f"(?:{p.pattern.pattern})" for p in self.phrases), re.IGNORECASE)
            if self.phrases
            else None
        )

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def find(self, text: str) -> list[Hit]:
        """Matches outside every exception, overlapping ones merged into one span."""
        if self._any is None or self._any.search(text) is None:
            return []
        excluded = [m.span() for p in self.exceptions for m in p.pattern.finditer(text)]
        hits = sorted(
            (m.start(), m.end(), p.suggestion)
            for p in self.phrases
            for m in p.pattern.finditer(text)
            if m.end() > m.start()
            and not any(m.start() < end and start < m.end() for start, end in excluded)
        )
        merged: list[Hit] = []
        for start, end, suggestion in hits:
            if merged and start < merged[-1].end:
                last = merged[-1]
                merged[-1] = Hit(last.start, max(last.end, end), last.suggestion or suggestion)
            else:
                merged.append(Hit(start, end, suggestion))
        return merged


_SENTENCE_END = re.compile(r"[.!?।]+(?=\s|$)|\n")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    trimmed: list[tuple[int, int]] = []
    for begin, end in spans:
        while begin < end and text[begin].isspace():
            begin += 1
        while end > begin and text[end - 1].isspace():
            end -= 1
        if end > begin:
            trimmed.append((begin, end))
    return trimmed


def sentence_at(text: str, position: int) -> tuple[int, int]:
    """The sentence that contains a position (or the whole text)."""
    for start, end in sentences(text):
        if start <= position < end:
            return start, end
    return 0, len(text)


def _digit(match: re.Match[str]) -> str:
    return str(unicodedata.decimal(match.group()))


def ascii_digits(text: str) -> str:
    """The text with every decimal digit (Bengali and others) as 0-9; same length."""
    if text.isascii():
        return text
    return _UNICODE_DIGIT.sub(_digit, text)


_UNICODE_DIGIT = re.compile(r"(?![0-9])\d")
"""A decimal digit other than 0-9 (`\\d` matches every Unicode decimal digit)."""


def normalise(text: str) -> str:
    """Text for comparing: NFC, case-folded, single spaces, ASCII digits."""
    return " ".join(ascii_digits(unicodedata.normalize("NFC", text)).casefold().split())


LINK = re.compile(r"https?://\S+|\S+@\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.IGNORECASE)
"""Web addresses, bare domains and email addresses."""
# Digits inside links, addresses and "1/3" thread counters are not facts of the incident.
_NOT_FACTS = re.compile(rf"{LINK.pattern}|\(?\b\d+/\d+\b\)?", re.IGNORECASE)
_NUMBER_RE = re.compile(r"(?<![^\W\d_])(?:(\d{1,2}):(\d{2})(?!\d)|\d+(?:,\d{2,3})*(?:\.\d+)?)")


@dataclass(frozen=True)
class Number:
    """A number found in a text: its span and its normalised value ("4120", "17:00")."""

    start: int
    end: int
    value: str
    is_time: bool
    is_ratio: bool = False
    """A proportion ("1 in 5"), whose value is its percentage; never a head count."""


def mask_links(text: str) -> str:
    """Links and email addresses blanked out, keeping every offset."""
    return _NOT_FACTS.sub(lambda m: " " * len(m.group()), text)


def numbers(text: str) -> list[Number]:
    """Every number and HH:MM time, with thousands separators removed."""
    plain = mask_links(ascii_digits(text))
    found: list[Number] = []
    for match in _NUMBER_RE.finditer(plain):
        if match.group(1) is not None:
            value = f"{int(match.group(1)):02d}:{match.group(2)}"
            found.append(Number(match.start(), match.end(), value, is_time=True))
            continue
        value = match.group().replace(",", "")
        if "." in value:
            value = value.rstrip("0").rstrip(".")
        found.append(Number(match.start(), match.end(), value, is_time=False))
    return found
