"""SMS: a short form of the statement, with its encoding and segment count.

An SMS is GSM-7 when every character is in the GSM 03.38 basic set or its extension
table (extension characters take two septets, an escape and the character); otherwise
the whole message is UCS-2, counted in UTF-16 code units. One message holds 160 septets
or 70 units; a longer one is split into parts of 153 septets or 67 units (the rest of
each part carries the concatenation header), and a two-unit character (an escaped
extension character, a surrogate pair) is never split across parts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from crisiscomms.plans.templating import format_time
from crisiscomms.statements.content import LocaleContent, RenditionSummary
from crisiscomms.statements.renditions.context import RenderContext
from crisiscomms.statements.renditions.text import one_line, with_full_stop

Encoding = Literal["GSM-7", "UCS-2"]

MAX_SEGMENTS = 3
GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENSION = frozenset("\f^{}\\[~]|€")
LIMITS: dict[Encoding, tuple[int, int]] = {"GSM-7": (160, 153), "UCS-2": (70, 67)}
"""Units in a single message, and in each part of a concatenated one."""

# Typographic punctuation has plain GSM equivalents: one curly quote would otherwise turn
# the whole message into UCS-2 and more than halve what fits in a segment.
_PLAIN = str.maketrans(
    {
        "\u2018": "'",  # left single quotation mark
        "\u2019": "'",  # right single quotation mark
        "\u201a": "'",  # single low-9 quotation mark
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2010": "-",  # hyphen
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2026": "...",
        "\u00a0": " ",
        "\u202f": " ",
    }
)


@dataclass(frozen=True)
class SmsMeasure:
    """How a text travels as SMS."""

    encoding: Encoding
    characters: int
    """Septets for GSM-7, UTF-16 code units for UCS-2."""
    segments: int


@dataclass(frozen=True)
class SmsRendition:
    """The statement's SMS form."""

    locale: str
    text: str
    encoding: Encoding
    characters: int
    segments: int
    max_segments: int = MAX_SEGMENTS
    channel: ClassVar[str] = "sms"

    def summary(self) -> RenditionSummary:
        """The message's length in segments, for the transparency check."""
        unit = "septets" if self.encoding == "GSM-7" else "UTF-16 code units"
        return RenditionSummary(
            channel=self.channel,
            locale=self.locale,
            text=self.text,
            length=self.segments,
            limit=self.max_segments,
            unit="segments",
            detail=f"{self.encoding}, {self.characters} {unit}",
        )


def units(text: str) -> tuple[Encoding, list[int]]:
    """The encoding a text needs, and the units each of its characters takes."""
    if all(char in GSM_BASIC or char in GSM_EXTENSION for char in text):
        return "GSM-7", [2 if char in GSM_EXTENSION else 1 for char in text]
    return "UCS-2", [2 if ord(char) > 0xFFFF else 1 for char in text]


def measure(text: str) -> SmsMeasure:
    """Encoding, length and segment count of a text sent as SMS."""
    encoding, sizes = units(text)
    total = sum(sizes)
    single, part = LIMITS[encoding]
    if total == 0:
        return SmsMeasure(encoding, 0, 0)
    if total <= single:
        return SmsMeasure(encoding, total, 1)
    segments = 1
    used = 0
    for size in sizes:
        if used + size > part:
            segments += 1
            used = 0
        used += size
    return SmsMeasure(encoding, total, segments)


def plain_punctuation(text: str) -> str:
    """Typographic quotes, dashes and spaces replaced by their GSM-7 equivalents."""
    return text.translate(_PLAIN)


def short_text(content: LocaleContent, context: RenderContext) -> str:
    """Who speaks, the headline, when the next update comes, and where to read more."""
    phrases = context.phrases
    headline = one_line(content.sections.headline)
    parts = [with_full_stop(f"{context.organisation.name}: {headline}", phrases.full_stop)]
    if context.next_update_at is not None:
        parts.append(phrases.next_update_by.format(time=format_time(context.next_update_at)))
    parts.append(context.help_url)
    return plain_punctuation(" ".join(parts))


def render_sms(
    content: LocaleContent, context: RenderContext, *, max_segments: int = MAX_SEGMENTS
) -> SmsRendition:
    """The statement's SMS form, measured against `max_segments`."""
    text = short_text(content, context)
    measured = measure(text)
    return SmsRendition(
        locale=context.locale,
        text=text,
        encoding=measured.encoding,
        characters=measured.characters,
        segments=measured.segments,
        max_segments=max_segments,
    )
