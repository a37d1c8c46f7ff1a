"""Amounts of money: rounded like an invoice, written the way each reader's locale writes
them (Babel's `format_currency` from CLDR: symbol, its place, grouping, and the locale's own
digits)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from babel.numbers import format_currency, get_currency_precision
from babel.numbers import format_percent as babel_percent

from crisiscomms.statements.renditions import local
from crisiscomms.statements.renditions.local import babel_locale
from crisiscomms.statements.renditions.phrases import Phrases


def money(value: float | Decimal, currency: str) -> Decimal:
    """An amount rounded half-up to the currency's minor unit (cents, or whole yen: CLDR's
    precision for the currency)."""
    exponent = Decimal(1).scaleb(-_precision(currency))
    # str() first: Decimal(0.1) would carry the float's binary error into the amount.
    exact = value if isinstance(value, Decimal) else Decimal(str(value))
    return exact.quantize(exponent, rounding=ROUND_HALF_UP)


def format_money(amount: Decimal, currency: str, tag: str) -> str:
    """An amount as the reader's locale writes it (Babel, CLDR): "€1,234.56" for en,
    "১,২৩৪.৫৬€" for bn (its own digits, Indian grouping), "1.234,56 €" for de."""
    return _format_money(amount, currency, tag)


@lru_cache(maxsize=4096)
def _format_money(amount: Decimal, currency: str, tag: str) -> str:
    # Plans state a few amounts that every recipient gets (caps, credits): formatted once.
    locale = babel_locale(tag)
    text = format_currency(amount, currency, locale=locale, numbering_system="default")
    # Babel writes the locale's symbols but Latin digits: the digits are CLDR's own.
    return local.localise_digits(text, tag)


def format_percent(value: float, phrases: Phrases) -> str:
    """A plan's percentage as the reader's locale writes it (Babel, CLDR): "25%", "12.5%"
    for en, "12,5 %" for de, "২৫%" for bn (the locale's own digits); the plan's decimals
    are kept, never rounded away."""
    return percent_in(value, phrases.language)


@lru_cache(maxsize=256)
def percent_in(value: float, tag: str) -> str:
    """A percentage as the locale `tag` writes it (see `format_percent`)."""
    # A plan has a few percentages, written for every recipient: formatted once each.
    share = Decimal(str(value)) / 100
    text = babel_percent(
        share, locale=babel_locale(tag), decimal_quantization=False, numbering_system="default"
    )
    return local.localise_digits(text, tag)


@lru_cache(maxsize=64)
def _precision(currency: str) -> int:
    return int(get_currency_precision(currency))
