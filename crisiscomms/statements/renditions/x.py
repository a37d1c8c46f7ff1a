"""X threads: the statement as numbered posts, each within X's weighted length.

Lengths follow twitter-text v3 (`parse_tweet`): a URL counts 23, code points in the
Latin-1-to-Georgian block (U+0000-U+10FF, which includes Bengali) and some punctuation
count 1, everything else (CJK, emoji sequences) counts 2. `parse_tweet` is exact but slow
(about 5 µs per character, for its emoji scan), so posts are packed with a fast estimate
that never undercounts, and each finished post is measured once with `parse_tweet`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar

import regex
from twitter_text import parse_tweet  # type: ignore[import-untyped]
from twitter_text.extract_urls import (  # type: ignore[import-untyped]
    extract_urls_with_indices,
)

from crisiscomms.statements.content import LocaleContent, RenditionSummary
from crisiscomms.statements.renditions.context import RenderContext
from crisiscomms.statements.renditions.text import sentences

MAX_WEIGHT = 280
MAX_POSTS = 25
URL_WEIGHT = 23
THREAD_SECTIONS = (
    "headline",
    "acknowledgement",
    "apology",
    "impact",
    "root_cause",
    "remediation",
    "next_update",
)
_GRAPHEME = regex.compile(r"\X")
_INVALID = str.maketrans("", "", "\ufffe\ufeff\uffff")
"""Characters X refuses outright; invisible, so dropping them changes nothing readable."""
_HEAVY_LATIN = frozenset("©®")
"""Emoji inside the weight-1 range: twitter-text counts them 2."""


@dataclass(frozen=True)
class XPost:
    """One post of a thread, with its twitter-text weighted length."""

    text: str
    weighted_length: int
    valid: bool


@dataclass(frozen=True)
class XThread:
    """A statement as an X thread, first post first."""

    locale: str
    posts: list[XPost]
    channel: ClassVar[str] = "x"
    limit: ClassVar[int] = MAX_POSTS

    @property
    def valid(self) -> bool:
        """Whether X would accept every post and the thread is not too long."""
        return len(self.posts) <= self.limit and all(post.valid for post in self.posts)

    def invalid_posts(self) -> list[int]:
        """1-based numbers of the posts X would refuse."""
        return [number for number, post in enumerate(self.posts, 1) if not post.valid]

    def summary(self) -> RenditionSummary:
        """The thread's length in posts, for the transparency check."""
        bad = self.invalid_posts()
        detail = (
            f"posts not valid on X (over {MAX_WEIGHT} weighted characters or invalid "
            f"characters): {', '.join(map(str, bad))}"
            if bad
            else f"every post within {MAX_WEIGHT} weighted characters"
        )
        return RenditionSummary(
            channel=self.channel,
            locale=self.locale,
            text="\n\n".join(post.text for post in self.posts),
            length=len(self.posts),
            limit=self.limit,
            unit="posts",
            detail=detail,
        )


@lru_cache(maxsize=4096)
def _parsed(text: str) -> tuple[int, bool]:
    """twitter-text's weighted length and validity, remembered: its emoji scan is slow, and
    a thread's posts come back unchanged on every save but the edited one.

    A post whose characters all weigh 1 (ASCII, Latin, Bengali and the other scripts below
    U+1100, general punctuation; not © and ®), with no carriage return and in NFC, is
    counted without the emoji scan: no emoji and no invalid character is made of such
    characters alone, so each weighs 1 and each link 23, which `estimate` counts exactly."""
    if "\r" not in text and (
        text.isascii() or (all(map(_light, text)) and unicodedata.is_normalized("NFC", text))
    ):
        length = estimate(text)
        return length, 0 < length <= MAX_WEIGHT
    parsed = parse_tweet(text)
    return int(parsed.weightedLength), bool(parsed.valid)


def weighted_length(text: str) -> int:
    """The twitter-text v3 weighted length of a post."""
    return _parsed(text)[0]


def measure(text: str) -> XPost:
    """A post with its exact weighted length and validity."""
    length, valid = _parsed(text)
    return XPost(text=text, weighted_length=length, valid=valid)


def estimate(text: str) -> int:
    """A weighted length that is never below twitter-text's, computed quickly.

    twitter-text finds a link only where a dot is followed by a letter or digit (a domain
    needs a top-level domain): a text with no such dot has none, and is counted without
    its slow link scan."""
    if _DOMAIN_DOT.search(text) is None:
        return _char_weights(text)
    total = 0
    position = 0
    for url in extract_urls_with_indices(text):
        start = url["indices"][0]
        total += _char_weights(text[position:start]) + URL_WEIGHT
        position = start + len(url["url"])
    return total + _char_weights(text[position:])


_DOMAIN_DOT = re.compile(r"\.\w")


def _char_weights(text: str) -> int:
    if text.isascii():
        return len(text)
    # Each code point of an emoji sequence is counted here, where X counts the sequence
    # as 2: an overestimate, which only packs a post a little less tightly.
    return sum(1 if _light(char) else 2 for char in text)


def _light(char: str) -> bool:
    code = ord(char)
    return (
        (code <= 0x10FF and char not in _HEAVY_LATIN)
        or 0x2000 <= code <= 0x200D
        or 0x2010 <= code <= 0x201F
        or 0x2032 <= code <= 0x2037
    )


def render_x(content: LocaleContent, context: RenderContext) -> XThread:
    """The statement as a numbered thread: sections in order, then where to read more."""
    blocks = [getattr(content.sections, name) for name in THREAD_SECTIONS]
    blocks.append(f"{context.phrases.more} {context.help_url}")
    return XThread(locale=context.locale, posts=[measure(t) for t in thread(blocks)])


def thread(
    blocks: list[str], max_weight: int = MAX_WEIGHT, length: Callable[[str], int] | None = None
) -> list[str]:
    """Texts of a thread: blocks split at sentences, packed, numbered "1/5 " when several.

    `length` is the network's measure of a text, never below its own count (X's weighted
    length by default; other networks pass theirs, see renditions.social)."""
    size = estimate if length is None else length
    clean = [unicodedata.normalize("NFC", block.translate(_INVALID)) for block in blocks]
    width = 1
    while True:
        reserve = len(f"{'9' * width}/{'9' * width} ")
        bodies = _pack(clean, max_weight - reserve, size)
        if len(bodies) < 10**width:
            break
        width += 1  # more posts than the numbering allowed for: reserve wider numbers
    if len(bodies) == 1:
        return bodies
    total = len(bodies)
    return [f"{number}/{total} {body}" for number, body in enumerate(bodies, 1)]


def _pack(blocks: list[str], budget: int, size: Callable[[str], int]) -> list[str]:
    """Sentences packed greedily into post bodies; a new block starts after a blank line."""
    bodies: list[str] = []
    current = ""
    for block in blocks:
        separator = "\n\n"
        for piece in _pieces(block, budget, size):
            candidate = f"{current}{separator}{piece}" if current else piece
            if current and size(candidate) > budget:
                bodies.append(current)
                candidate = piece
            current = candidate
            separator = " "
    if current:
        bodies.append(current)
    return bodies


def _pieces(block: str, budget: int, size: Callable[[str], int]) -> Iterator[str]:
    """The sentences of a block; one too long for a post comes in word-bounded parts."""
    for sentence in sentences(block):
        if size(sentence) <= budget:
            yield sentence
        else:
            yield from _split_words(sentence, budget, size)


def _split_words(sentence: str, budget: int, size: Callable[[str], int]) -> Iterator[str]:
    current = ""
    for word in sentence.split(" "):
        if size(word) > budget:
            if current:
                yield current
                current = ""
            *parts, last = _split_chars(word, budget, size)
            yield from parts
            current = last
            continue
        candidate = f"{current} {word}" if current else word
        if current and size(candidate) > budget:
            yield current
            candidate = word
        current = candidate
    if current:
        yield current


def _split_chars(word: str, budget: int, size: Callable[[str], int]) -> list[str]:
    """A word longer than a post, cut between grapheme clusters (a conjunct or an emoji
    sequence is never split across two posts)."""
    parts: list[str] = []
    current = ""
    for char in _GRAPHEME.findall(word):
        if current and size(current + char) > budget:
            parts.append(current)
            current = ""
        current += char
    parts.append(current)
    return parts
