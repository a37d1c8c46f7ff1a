"""The statement on the other social networks: each network's own length rule and form.

Short-form networks take a numbered thread, like X, cut at sentences within the network's
limit as it counts it:

- Mastodon: 500 characters by default (an instance may allow more), counted as the
  server does (StatusLengthValidator): grapheme clusters, every URL as 23, a mention
  `@user@domain` by its local part only.
- Bluesky: 300 graphemes (extended grapheme clusters, UAX #29: a Bengali conjunct, an
  emoji sequence each count one); links count in full, as the record's text holds them.
- Threads: 500 characters, an emoji counted as its UTF-8 bytes (Meta's documented rule).

Long-form networks (Facebook Pages, LinkedIn organisation pages) take one post; a
statement longer than the network allows is refused before sending (the post is never cut
silently, and a thread of unconnected page posts would read as several announcements).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import regex

from crisiscomms.statements.content import LocaleContent, RenditionSummary
from crisiscomms.statements.renditions.context import RenderContext
from crisiscomms.statements.renditions.x import MAX_POSTS, THREAD_SECTIONS, thread

_GRAPHEME = regex.compile(r"\X")
_URL = regex.compile(r"https?://[^\s<>\"]+")
_MENTION = regex.compile(r"(?<![\w@])@(\w+)@[\w.-]+\w")
_PICTOGRAPHIC = regex.compile(r"\p{Extended_Pictographic}|[\U0001F1E6-\U0001F1FF\uFE0F\u200D]")
MASTODON_URL_LENGTH = 23


@lru_cache(maxsize=4096)
def mastodon_length(text: str) -> int:
    """Mastodon's count: graphemes, each URL as 23, `@user@domain` as `@user`."""
    shortened = _URL.sub("x" * MASTODON_URL_LENGTH, text)
    return graphemes(_MENTION.sub(lambda m: "@" + m.group(1), shortened))


@lru_cache(maxsize=4096)
def graphemes(text: str) -> int:
    """Extended grapheme clusters (Bluesky's count, as `Intl.Segmenter` gives it)."""
    return len(_GRAPHEME.findall(text))


@lru_cache(maxsize=4096)
def threads_length(text: str) -> int:
    """Threads' count: characters, an emoji (and its joiners) as its UTF-8 bytes."""
    return sum(len(char.encode()) if _PICTOGRAPHIC.fullmatch(char) else 1 for char in text)


def code_points(text: str) -> int:
    """Characters as Python counts them (Facebook, LinkedIn: long-form, generous limits)."""
    return len(text)


@dataclass(frozen=True)
class Network:
    """One social network's length rule and form."""

    kind: str
    label: str
    limit: int
    length: Callable[[str], int]
    unit: str
    threaded: bool
    """Whether updates and long statements go out as replies (else one post each)."""


NETWORKS: dict[str, Network] = {
    "mastodon": Network("mastodon", "Mastodon", 500, mastodon_length, "characters", True),
    "bluesky": Network("bluesky", "Bluesky", 300, graphemes, "graphemes", True),
    "threads": Network("threads", "Threads", 500, threads_length, "characters", True),
    "facebook": Network("facebook", "Facebook", 63_206, code_points, "characters", False),
    "linkedin": Network("linkedin", "LinkedIn", 3_000, code_points, "characters", False),
}
"""Channel kind → network. Facebook's documented post limit is 63,206 characters;
LinkedIn's Posts API takes 3,000 in `commentary`."""


@dataclass(frozen=True)
class SocialPosts:
    """A statement as one network shows it: a thread, or one long post."""

    network: Network
    locale: str
    posts: tuple[str, ...]

    @property
    def channel(self) -> str:
        """The channel kind, as the transparency check names renditions."""
        return self.network.kind

    @property
    def too_long(self) -> list[int]:
        """1-based numbers of the posts over the network's limit."""
        size, limit = self.network.length, self.network.limit
        return [n for n, post in enumerate(self.posts, 1) if size(post) > limit]

    @property
    def valid(self) -> bool:
        """Whether the network takes every post, in a form it supports."""
        if not self.network.threaded and len(self.posts) > 1:
            return False
        return not self.too_long and len(self.posts) <= MAX_POSTS

    def summary(self) -> RenditionSummary:
        """The longest post against the network's limit."""
        longest = max((self.network.length(p) for p in self.posts), default=0)
        return RenditionSummary(
            channel=self.channel,
            locale=self.locale,
            text="\n\n".join(self.posts),
            length=longest,
            limit=self.network.limit,
            unit=self.network.unit,
            detail=(
                f"{len(self.posts)} post(s), each within {self.network.limit} {self.network.unit}"
                if self.valid
                else f"over {self.network.label}'s {self.network.limit} {self.network.unit}"
            ),
        )


def blocks_of(content: LocaleContent, context: RenderContext) -> list[str]:
    """The statement's sections in thread order, then where to read more."""
    blocks = [getattr(content.sections, name) for name in THREAD_SECTIONS]
    blocks.append(f"{context.phrases.more} {context.help_url}")
    return [block for block in blocks if block and block.strip()]


def split(kind: str, blocks: list[str]) -> tuple[str, ...]:
    """Texts for one network: a numbered thread within its limit, or one long post
    (which may be over the limit: `SocialPosts.valid` and the channel refuse it)."""
    network = NETWORKS[kind]
    if network.threaded:
        return tuple(thread(blocks, network.limit, network.length))
    clean = [unicodedata.normalize("NFC", block.strip()) for block in blocks]
    return ("\n\n".join(b for b in clean if b),)


def render_social(kind: str, content: LocaleContent, context: RenderContext) -> SocialPosts:
    """The statement for one network, in one locale."""
    return SocialPosts(NETWORKS[kind], context.locale, split(kind, blocks_of(content, context)))
