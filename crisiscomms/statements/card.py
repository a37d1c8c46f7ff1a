"""The status card: one update as a picture people can read at a glance, with its alt text.

A card shows the status (on a band in its colour), the headline, the affected services and
"next update by", in the statement's language. It is drawn with Pillow and its Raqm
layout engine (HarfBuzz shaping, FriBiDi), so Bengali conjuncts and vowel signs are shaped
as the script writes them, not set letter by letter; the fonts ship with the package
(Noto Sans Bengali, SIL OFL; DejaVu Sans for Latin, Bitstream Vera licence). Text is set in
runs, each in the font of its script, on one baseline.

The same facts and size give the same bytes (no timestamp or metadata in the PNG), and a
card is remembered by the hash of what it shows, so every channel and every retry of an
update share one rendering. Sizes suit each network's image (16:9 for X, Mastodon and
Bluesky; 1.91:1 for Facebook, LinkedIn and Open Graph; square for Threads), and every
card stays under Bluesky's 976.56 kB blob limit, the smallest of them.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import asdict, dataclass
from datetime import datetime
from functools import lru_cache
from importlib import resources
from typing import Literal

import regex
from PIL import Image, ImageDraw, ImageFont, features

from crisiscomms.plans.templating import format_time
from crisiscomms.statements.content import LocaleContent
from crisiscomms.statements.renditions.context import RenderContext
from crisiscomms.statements.renditions.phrases import localise_digits
from crisiscomms.statements.renditions.text import with_full_stop

RENDERER = "card-1"
"""Part of every card's hash: a change to the drawing gives new cards, not stale ones."""

SIZES: dict[str, tuple[int, int]] = {
    "x": (1200, 675),
    "mastodon": (1200, 675),
    "bluesky": (1200, 675),
    "threads": (1080, 1080),
    "facebook": (1200, 630),
    "linkedin": (1200, 627),
    "email": (1200, 630),
    "open_graph": (1200, 630),
}
MAX_BYTES = 976_560
"""Bluesky's blob limit for images, the smallest of the networks'."""

Stage = Literal["investigating", "identified", "monitoring", "resolved", "follow_up"]
COLOURS: dict[str, str] = {
    "investigating": "#b42318",
    "identified": "#b54708",
    "monitoring": "#175cd3",
    "resolved": "#067647",
    "follow_up": "#067647",
}
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "investigating": "Investigating",
        "identified": "Identified",
        "monitoring": "Monitoring",
        "resolved": "Resolved",
        "follow_up": "Resolved",
        "affected": "Affected",
    },
    "bn": {
        "investigating": "অনুসন্ধান চলছে",
        "identified": "কারণ চিহ্নিত",
        "monitoring": "পর্যবেক্ষণ চলছে",
        "resolved": "সমাধান হয়েছে",
        "follow_up": "সমাধান হয়েছে",
        "affected": "প্রভাবিত",
    },
}
"""The status page's words for the stages (statuspage/labels.py), which the card repeats."""

_BENGALI = regex.compile(r"[\u0980-\u09FF\u0964\u0965\u200C\u200D]+")
_FONTS = {
    ("latin", False): "DejaVuSans.ttf",
    ("latin", True): "DejaVuSans-Bold.ttf",
    ("bengali", False): "noto-sans-bengali-5.3.0-400.woff2",
    ("bengali", True): "noto-sans-bengali-5.3.0-700.woff2",
}


@dataclass(frozen=True)
class CardFacts:
    """What a card shows, in one language."""

    locale: str
    stage: str
    organisation: str
    headline: str
    services: tuple[str, ...]
    next_update: str
    """The "Next update by …" line, already in the locale ("" when none is promised)."""
    link: str
    full_stop: str = "."

    @property
    def words(self) -> dict[str, str]:
        """The card's own words in its language (else English)."""
        return WORDS.get(self.locale.split("-")[0].lower(), WORDS["en"])

    @property
    def alt(self) -> str:
        """The card's alt text: everything it shows, as sentences."""
        status = self.words.get(self.stage, self.stage)
        stop = self.full_stop
        parts = [
            f"{self.organisation}: {status}{stop}",
            with_full_stop(self.headline.strip(), stop),
        ]
        if self.services:
            parts.append(f"{self.words['affected']}: {', '.join(self.services)}{stop}")
        if self.next_update:
            parts.append(self.next_update)
        parts.append(self.link)
        return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class Card:
    """A rendered card."""

    png: bytes
    sha256: str
    alt: str
    width: int
    height: int


def facts_for(
    content: LocaleContent,
    context: RenderContext,
    *,
    stage: str,
    services: tuple[str, ...],
    next_update_at: datetime | None,
) -> CardFacts:
    """A statement's card facts in one locale."""
    phrases = context.phrases
    when = localise_digits(format_time(next_update_at), phrases) if next_update_at else ""
    return CardFacts(
        locale=context.locale,
        stage=stage,
        organisation=context.organisation.name,
        headline=content.sections.headline,
        services=services,
        next_update=phrases.next_update_by.format(time=when) if when else "",
        link=context.help_url,
        full_stop=phrases.full_stop,
    )


def card_hash(facts: CardFacts, size: tuple[int, int]) -> str:
    """The card's identity: what it shows, its size and the renderer's version."""
    data = json.dumps([RENDERER, asdict(facts), list(size)], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(data.encode()).hexdigest()


def render_card(facts: CardFacts, network: str = "open_graph") -> Card:
    """The card for one network's image size, remembered by its hash."""
    size = SIZES[network]
    return _rendered(card_hash(facts, size), facts, size)


@lru_cache(maxsize=256)
def _rendered(digest: str, facts: CardFacts, size: tuple[int, int]) -> Card:
    png = draw_card(facts, size)
    return Card(png=png, sha256=digest, alt=facts.alt, width=size[0], height=size[1])


@lru_cache(maxsize=16)
def font(script: str, bold: bool, size: int) -> ImageFont.FreeTypeFont:
    """A shipped font, laid out by Raqm (shaping); refused without it."""
    if not features.check("raqm"):  # pragma: no cover  (Pillow's wheels include it)
        raise RuntimeError("Pillow was built without Raqm: Bengali cannot be shaped")
    path = resources.files("crisiscomms.statements") / "fonts" / _FONTS[(script, bold)]
    with resources.as_file(path) as file:
        return ImageFont.truetype(str(file), size, layout_engine=ImageFont.Layout.RAQM)


def runs(text: str) -> list[tuple[str, str]]:
    """The text as (script, piece) runs: Bengali pieces and the rest (spaces join the run
    they follow, so a word never starts a new run)."""
    found: list[tuple[str, str]] = []
    position = 0
    for match in _BENGALI.finditer(text):
        if match.start() > position:
            found.append(("latin", text[position : match.start()]))
        found.append(("bengali", match.group()))
        position = match.end()
    if position < len(text):
        found.append(("latin", text[position:]))
    return found


def text_width(text: str, size: int, *, bold: bool = False) -> float:
    """The shaped width of a text, run by run."""
    return sum(font(s, bold, size).getlength(piece) for s, piece in runs(text))


def draw_text(
    draw: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    text: str,
    size: int,
    *,
    fill: str,
    bold: bool = False,
) -> None:
    """Set a line on its baseline (`xy` is its left end), each run in its script's font."""
    x, y = xy
    for script, piece in runs(text):
        face = font(script, bold, size)
        language = "bn" if script == "bengali" else None
        draw.text((x, y), piece, font=face, fill=fill, anchor="ls", language=language)
        x += face.getlength(piece, language=language)


def wrap(text: str, size: int, width: int, *, bold: bool = False, lines: int = 3) -> list[str]:
    """Lines of at most `width` pixels, broken between words; the last of `lines` ends in an
    ellipsis when the text goes on (the alt text carries it whole)."""
    out: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and text_width(candidate, size, bold=bold) > width:
            out.append(current)
            current = word
        else:
            current = candidate
    if current:
        out.append(current)
    if len(out) > lines:
        last = out[lines - 1]
        while last and text_width(last + " …", size, bold=bold) > width:
            last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
        out = [*out[: lines - 1], last + " …"]
    return out


def draw_card(facts: CardFacts, size: tuple[int, int]) -> bytes:
    """The card as PNG bytes (deterministic)."""
    width, height = size
    scale = width / 1200
    margin = round(64 * scale)
    image = Image.new("RGB", size, "#ffffff")
    draw = ImageDraw.Draw(image)
    colour = COLOURS.get(facts.stage, "#344054")
    band = round(120 * scale)
    draw.rectangle((0, 0, width, band), fill=colour)
    label = round(44 * scale)
    draw_text(
        draw,
        (margin, band * 0.66),
        facts.words.get(facts.stage, facts.stage),
        label,
        fill="#ffffff",
        bold=True,
    )
    small = round(30 * scale)
    org_width = text_width(facts.organisation, small)
    draw_text(
        draw, (width - margin - org_width, band * 0.64), facts.organisation, small, fill="#ffffff"
    )

    y = band + round(90 * scale)
    title = round(60 * scale) if len(facts.headline) < 90 else round(50 * scale)
    lines = 4 if height > width * 0.8 else 3
    for line in wrap(facts.headline, title, width - 2 * margin, bold=True, lines=lines):
        draw_text(draw, (margin, y), line, title, fill="#101828", bold=True)
        y += round(title * 1.35)

    body = round(36 * scale)
    y += round(20 * scale)
    if facts.services:
        services = f"{facts.words['affected']}: {', '.join(facts.services)}"
        for line in wrap(services, body, width - 2 * margin, lines=2):
            draw_text(draw, (margin, y), line, body, fill="#344054")
            y += round(body * 1.4)

    foot = height - round(56 * scale)
    if facts.next_update:
        draw_text(
            draw,
            (margin, foot - round(60 * scale)),
            facts.next_update,
            body,
            fill=colour,
            bold=True,
        )
    draw_text(draw, (margin, foot), facts.link, round(28 * scale), fill="#667085")

    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
