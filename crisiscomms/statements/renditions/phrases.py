"""The words the renderers add around a statement's own text, per language.

Statement sections arrive already written in each locale; these are only the headings,
labels and personal lines that channels wrap around them. A locale without its own
phrases falls back to its language, then to English.
"""

from __future__ import annotations

from dataclasses import dataclass

from crisiscomms.statements.renditions import local


@dataclass(frozen=True)
class Phrases:
    """One language's headings and labels."""

    headings: dict[str, str]
    """Section name (and "answers") to the short plain heading above it."""
    full_stop: str
    more: str
    next_update_by: str
    greeting_named: str
    greeting: str
    your_products: str
    your_orders: str
    for_your_account: str
    regards: str
    account_manager: str
    unsubscribe: str
    percent_credit: str
    percent_credit_capped: str
    percent_credit_unknown: str
    up_to: str
    fixed_credit: str
    refund: str
    refund_unknown: str
    full_refund: str
    full_refund_unknown: str
    voucher: str
    voucher_unknown: str
    replacement: str
    language: str = "en"
    """Its language tag: the digits it writes come from CLDR (`renditions.local`)."""


ENGLISH = Phrases(
    headings={
        "acknowledgement": "What happened",
        "apology": "We're sorry",
        "impact": "Who is affected",
        "root_cause": "Why it happened",
        "remediation": "What we are doing",
        "commitments": "What we promise",
        "make_good": "Making it right",
        "next_update": "Next update",
        "help": "Where to get help",
        "answers": "Your questions answered",
    },
    full_stop=".",
    more="More:",
    next_update_by="Next update by {time}.",
    greeting_named="Dear {name},",
    greeting="Hello,",
    your_products="Your affected products: {items}.",
    your_orders="Your affected orders: {items}.",
    for_your_account="For your account: {text}.",
    regards="Kind regards,",
    account_manager="Account manager, {org}",
    unsubscribe="To stop receiving these emails: {url}",
    percent_credit="a credit of {amount} ({percent} of your monthly bill)",
    percent_credit_capped=(
        "a credit of {amount}, the maximum for this incident "
        "({percent} of your monthly bill would be {full})"
    ),
    percent_credit_unknown="a credit of {percent} of your monthly bill{cap}",
    up_to=", up to {cap}",
    fixed_credit="a credit of {amount}",
    refund="a refund of the {amount} you were overcharged",
    refund_unknown="a refund of the amount you were overcharged",
    full_refund="a full refund of {amount}",
    full_refund_unknown="a full refund of your order",
    voucher="a voucher worth {amount}, code {code}",
    voucher_unknown="a voucher, code {code}",
    replacement="a free replacement of the affected product",
)

BENGALI = Phrases(
    headings={
        "acknowledgement": "কী ঘটেছে",
        "apology": "আমরা দুঃখিত",
        "impact": "কারা প্রভাবিত",
        "root_cause": "কেন ঘটেছে",
        "remediation": "আমরা যা করছি",
        "commitments": "আমাদের প্রতিশ্রুতি",
        "make_good": "ক্ষতিপূরণ",
        "next_update": "পরবর্তী আপডেট",
        "help": "কোথায় সাহায্য পাবেন",
        "answers": "আপনার প্রশ্নের উত্তর",
    },
    full_stop="।",
    more="আরও তথ্য:",
    next_update_by="পরবর্তী আপডেট: {time}-এর মধ্যে।",
    greeting_named="প্রিয় {name},",
    greeting="প্রিয় গ্রাহক,",
    your_products="আপনার প্রভাবিত পণ্য: {items}।",
    your_orders="আপনার প্রভাবিত অর্ডার: {items}।",
    for_your_account="আপনার অ্যাকাউন্টের জন্য: {text}।",
    regards="শুভেচ্ছান্তে,",
    account_manager="অ্যাকাউন্ট ম্যানেজার, {org}",
    unsubscribe="এই ইমেইলগুলো আর না পেতে: {url}",
    percent_credit="{amount} ক্রেডিট (আপনার মাসিক বিলের {percent})",
    percent_credit_capped=(
        "{amount} ক্রেডিট, এই ঘটনার জন্য সর্বোচ্চ পরিমাণ (আপনার মাসিক বিলের {percent} হলে {full} হতো)"
    ),
    percent_credit_unknown="আপনার মাসিক বিলের {percent} ক্রেডিট{cap}",
    up_to=", সর্বোচ্চ {cap}",
    fixed_credit="{amount} ক্রেডিট",
    refund="আপনার কাছ থেকে বেশি নেওয়া {amount} ফেরত",
    refund_unknown="আপনার কাছ থেকে বেশি নেওয়া অর্থ ফেরত",
    full_refund="{amount} পুরো ফেরত",
    full_refund_unknown="আপনার অর্ডারের পুরো অর্থ ফেরত",
    voucher="{amount} মূল্যের একটি ভাউচার, কোড {code}",
    voucher_unknown="একটি ভাউচার, কোড {code}",
    replacement="ক্ষতিগ্রস্ত পণ্যের বিনামূল্যে প্রতিস্থাপন",
    language="bn",
)

_BY_LANGUAGE = {"en": ENGLISH, "bn": BENGALI}


def phrases_for(locale: str) -> Phrases:
    """The phrases of a locale ("bn-BD" uses "bn"), English when the language has none."""
    return _BY_LANGUAGE.get(locale.split("-", 1)[0], ENGLISH)


def localise_digits(text: str, phrases: Phrases) -> str:
    """Write the ASCII digits of `text` in the language's own digits (CLDR's)."""
    return local.localise_digits(text, phrases.language)
