"""Amounts of money: rounded like an invoice, written the way each language writes them."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from crisiscomms.statements.renditions.phrases import BENGALI, Phrases, localise_digits

ZERO_DECIMAL_CURRENCIES = frozenset({"JPY", "KRW", "VND", "CLP", "ISK", "UGX", "XAF", "XOF"})
SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹", "BDT": "৳"}
BENGALI_CURRENCY_NAMES = {"EUR": "ইউরো", "USD": "মার্কিন ডলার", "GBP": "পাউন্ড", "BDT": "টাকা"}


def money(value: float | Decimal, currency: str) -> Decimal:
    """An amount rounded half-up to the currency's minor unit (cents, or whole yen)."""
    exponent = Decimal(1) if currency in ZERO_DECIMAL_CURRENCIES else Decimal("0.01")
    # str() first: Decimal(0.1) would carry the float's binary error into the amount.
    exact = value if isinstance(value, Decimal) else Decimal(str(value))
    return exact.quantize(exponent, rounding=ROUND_HALF_UP)


def format_money(amount: Decimal, currency: str, phrases: Phrases) -> str:
    """English "€1,250.00"; Bengali in its own digits, Indian grouping, currency named."""
    if phrases is BENGALI:
        units, _, cents = f"{amount:f}".partition(".")
        fraction = f".{cents}" if cents else ""
        head, tail = units[:-3], units[-3:]
        groups = [head[max(i - 2, 0) : i] for i in range(len(head), 0, -2)][::-1]
        number = localise_digits(",".join([*groups, tail]) + fraction, phrases)
        return f"{number} {BENGALI_CURRENCY_NAMES.get(currency, currency)}"
    number = f"{amount:,f}"
    symbol = SYMBOLS.get(currency)
    return f"{symbol}{number}" if symbol else f"{currency} {number}"


def format_percent(value: float, phrases: Phrases) -> str:
    """ "25%", "12.5%", in the language's digits."""
    return localise_digits(_percent(value), phrases)


@lru_cache(maxsize=256)
def _percent(value: float) -> str:
    # A plan has a few percentages, written for every recipient: formatted once each.
    return f"{Decimal(str(value)).normalize():f}%"
