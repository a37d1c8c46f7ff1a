"""Amounts of money: rounded like an invoice, written the way each reader's locale writes
them (Babel's `format_currency` from CLDR: symbol, its place, grouping, and the locale's own
digits).

A broadcast writes a different amount for nearly every recipient (a share of each one's
bill), and Babel takes about 19 µs per amount: a tenth of the delivery engine's time per
email. So each (currency, locale) pair is compiled once from Babel's own pattern and
symbols into a plain formatter, which is checked against Babel on sample amounts before it
is used; a pair it does not reproduce exactly (a locale with its own currency pattern, say)
stays with Babel, as does any amount the formatter was not built for (negative, or not
rounded to the currency's minor unit)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from babel.numbers import (
    format_currency,
    get_currency_precision,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
)
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
    compiled = _compiled(currency, tag)
    text = compiled(amount) if compiled is not None else None
    if text is None:
        text = _babel(amount, currency, tag)
    # Babel writes the locale's symbols but Latin digits: the digits are CLDR's own.
    return local.localise_digits(text, tag)


@lru_cache(maxsize=4096)
def _babel(amount: Decimal, currency: str, tag: str) -> str:
    return format_currency(amount, currency, locale=babel_locale(tag), numbering_system="default")


SAMPLES = tuple(
    Decimal(value)
    for value in (
        "0", "0.5", "7", "12.34", "999.99", "1000", "1234.56", "12345.67", "123456.78",
        "1234567.89", "98765432.1", "1000000",
    )
)  # fmt: skip
"""Amounts a compiled formatter must write exactly as Babel does before it is used."""


@lru_cache(maxsize=256)
def _compiled(currency: str, tag: str) -> Callable[[Decimal], str | None] | None:
    """A formatter for `currency` in the locale `tag` built from Babel's standard currency
    pattern and symbols, or None where it does not write the samples exactly as Babel."""
    locale = babel_locale(tag)
    pattern = locale.currency_formats["standard"]
    prefix: str = pattern.prefix[0]
    suffix: str = pattern.suffix[0]
    if "\u00a4\u00a4" in prefix + suffix or pattern.int_prec[0] > 1:
        return None  # ISO codes or currency names in the pattern, or padded integers
    symbol = get_currency_symbol(currency, locale)
    prefix, suffix = prefix.replace("\u00a4", symbol), suffix.replace("\u00a4", symbol)
    group: str = get_group_symbol(locale, numbering_system="default")
    point: str = get_decimal_symbol(locale, numbering_system="default")
    first, then = pattern.grouping
    places = _precision(currency)
    unit = Decimal(1).scaleb(-places)

    def write(amount: Decimal) -> str | None:
        if amount < 0 or amount != amount.quantize(unit):
            return None
        whole, _, fraction = f"{amount:.{places}f}".partition(".")
        tail = ""
        size = first
        while len(whole) > size:
            tail = group + whole[-size:] + tail
            whole = whole[:-size]
            size = then
        number = whole + tail + (point + fraction if places else "")
        return prefix + number + suffix

    try:
        same = all(write(amount) == _babel(amount, currency, tag) for amount in SAMPLES)
    except Exception:  # a pattern this formatter cannot read: Babel writes every amount
        return None
    return write if same else None


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
