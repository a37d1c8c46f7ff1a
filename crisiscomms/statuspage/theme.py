"""The status page's configurable colours, served as a tiny stylesheet.

The CSP allows styles from this site only (no inline `style=`), so the accent colour
from the settings becomes `/status.css`, a few custom properties that `public.css` uses.
The colour is validated as hex by the settings; here it is also made readable: text on
the accent is black or white, whichever contrasts more, and the accent used for text on
white is darkened until it reaches the WCAG AA ratio of 4.5:1.
"""

from __future__ import annotations

import re

MIN_CONTRAST = 4.5
_HEX = re.compile(r"^#[0-9a-f]{6}$")


def _channels(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def luminance(colour: str) -> float:
    """The WCAG relative luminance of a #rrggbb colour."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _channels(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two #rrggbb colours."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _darker(colour: str, factor: float) -> str:
    r, g, b = (round(c * factor) for c in _channels(colour))
    return f"#{r:02x}{g:02x}{b:02x}"


def readable_on_white(colour: str) -> str:
    """The colour, darkened as little as needed to be readable as text on white."""
    candidate = colour
    factor = 1.0
    while contrast(candidate, "#ffffff") < MIN_CONTRAST and factor > 0:
        factor = round(factor - 0.05, 2)
        candidate = _darker(colour, factor)
    return candidate


def stylesheet(accent: str) -> str:
    """The CSS custom properties for an accent colour (#rrggbb, lower case)."""
    if not _HEX.match(accent):
        raise ValueError(f"not a #rrggbb colour: {accent!r}")
    on_accent = (
        "#000000" if contrast(accent, "#000000") >= contrast(accent, "#ffffff") else "#ffffff"
    )
    return (
        ":root {\n"
        f"  --accent: {accent};\n"
        f"  --on-accent: {on_accent};\n"
        f"  --accent-text: {readable_on_white(accent)};\n"
        "}\n"
    )
