"""Rules about how the statement speaks: owning it, apologising, not blaming, not hiding.

Each rule is one function of a `RuleContext`; its phrase lists are in `phrases.yaml`.
"""

from __future__ import annotations

from collections.abc import Iterator

from crisiscomms.statements.check.context import RuleContext
from crisiscomms.statements.check.report import Finding
from crisiscomms.statements.check.text import sentence_at


def ownership_missing(ctx: RuleContext) -> Iterator[Finding]:
    """The acknowledgement must own the failure in the first person ("we caused", "our mistake")."""
    yield from ctx.require_phrases(
        "acknowledgement",
        "The acknowledgement does not say that we caused this. People need to hear us own it "
        "before anything else.",
        {
            "en": 'Own it in the first person, for example: "We caused this: a change we made '
            'broke card payments."',
            "bn": 'প্রথম পুরুষে দায় নিন, যেমন: "আমাদের করা একটি পরিবর্তনের কারণে এটি ঘটেছে। ভুলটি আমাদের।"',
        },
    )


def apology_missing(ctx: RuleContext) -> Iterator[Finding]:
    """The apology section must actually apologise ("we are sorry", "we apologise")."""
    yield from ctx.require_phrases(
        "apology",
        "The apology section does not apologise.",
        {
            "en": 'Say "We are sorry", then name the harm in one sentence, for example: '
            '"For two hours your customers could not pay you."',
            "bn": '"আমরা দুঃখিত" বলুন, তারপর এক বাক্যে ক্ষতিটির কথা বলুন।',
        },
    )


def non_apology(ctx: RuleContext) -> Iterator[Finding]:
    """Conditional or canned apologies ("sorry if", "we regret any inconvenience") anywhere."""
    yield from ctx.flag_phrases(
        '"{excerpt}" is a non-apology: it is conditional or treats real harm as an inconvenience.',
        {
            "en": 'Apologise without conditions and name the harm: "We are sorry. For two hours '
            'you could not take payments."',
            "bn": 'শর্ত ছাড়া ক্ষমা চান এবং ক্ষতিটির কথা বলুন: "আমরা দুঃখিত। দুই ঘণ্টা আপনি পেমেন্ট নিতে পারেননি।"',
        },
    )


def blame_shifting(ctx: RuleContext) -> Iterator[Finding]:
    """Blaming customers, users, suppliers or "third parties" for our failure."""
    yield from ctx.flag_phrases(
        '"{excerpt}" shifts the blame. Customers hold us responsible, whoever we buy from.',
        "Say what we did wrong and what we are changing; name a supplier only as our choice "
        "and our responsibility.",
    )


def evasive_passive(ctx: RuleContext) -> Iterator[Finding]:
    """Passive phrases that hide who did it ("mistakes were made", "data was exposed")."""
    yield from ctx.flag_phrases(
        '"{excerpt}" hides who did it.',
        {
            "en": 'Say who did what, in the active voice: "We made a mistake", "An attacker '
            'copied your data".',
            "bn": 'কে কী করেছে তা সরাসরি বলুন: "আমরা একটি ভুল করেছি"।',
        },
    )


def hedging(ctx: RuleContext) -> Iterator[Finding]:
    """Minimising words ("a small number", "brief") in a sentence that gives no figure."""
    for locale in ctx.locales:
        phrases = ctx.phrases(locale)
        if phrases is None:
            continue
        for name, text in ctx.texts(locale):
            for hit in phrases.find(text):
                start, end = sentence_at(text, hit.start)
                if ctx.has_figure(locale, text[start:end]):
                    continue
                excerpt = text[hit.start : hit.end]
                yield ctx.finding(
                    locale,
                    name,
                    text,
                    (hit.start, hit.end),
                    f'"{excerpt}" plays the harm down without saying how much.',
                    hit.suggestion
                    or "Give the figure instead, for example how many customers and for how "
                    "many minutes.",
                )


def over_promising(ctx: RuleContext) -> Iterator[Finding]:
    """Promises nobody can keep: "never again", "guarantee", "100%", "completely secure"."""
    yield from ctx.flag_phrases(
        '"{excerpt}" promises something no one can deliver; it will be quoted back at us.',
        "Promise the specific changes we are making, each with an owner and a date.",
    )
