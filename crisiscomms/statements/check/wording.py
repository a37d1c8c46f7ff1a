"""A statement in plain words that fits its channel: jargon (listed terms, and English
terms left in a Bengali text) and length (one X post, one SMS segment).

Each rule is a function of a `Document` and the plan's phrases that yields `Flag`s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from crisiscomms.statements.check.document import Channel, Document, Match
from crisiscomms.statements.check.flags import Flag, PlanPhrases, at, plan_flags, say
from crisiscomms.statements.check.language import URL

_ENGLISH_PHRASE = re.compile(r"(?<![\w@./-])[a-z][a-z-]{2,}(?:[ \t]+[a-z][a-z-]{2,})+(?![\w@./-])")
"""Two or more lower-case English words running together: a term, not a name or a brand."""
_TERM_WORDS = 4
_PROSE_WORDS = frozenset(
    "the and will every our your you for with are was were been has have had this that all"
    " not can may from its their they them who what when which would should".split()
)
"""Words that make a run of English a clause, not a term: an English sentence left in a
Bengali text (a commitment quoted as it was recorded) is untranslated, not jargon."""


def _untranslated(doc: Document) -> list[Match]:
    """English terms left in Latin letters in a Bengali text ("overcharge protection",
    "thermal runaway"): the Bengali reader meets a foreign technical phrase."""
    if doc.language != "bn":
        return []
    found: list[Match] = []
    for part, sentence in doc.sentences():
        for hit in _ENGLISH_PHRASE.finditer(part.text, sentence.start, sentence.end):
            words = hit.group().split()
            if len(words) > _TERM_WORDS or _PROSE_WORDS.intersection(words):
                continue
            found.append(Match(part, sentence, hit.start(), hit.end()))
    return found


DENSE_JARGON = 3
"""Distinct jargon terms from which jargon fails a long statement. In a single X post or
SMS one is enough: the reader has 160 or 280 characters and nothing around the term to
explain it. Measured on the whole dev corpus (3,262 statements) against two terms, one
failed 11 more statements the editor sent back and 2 more good ones (rounds 30-42: 3 and 1);
jargon recall 63 -> 73 %, precision 98 -> 95 %."""
SHORT_JARGON = 1


def jargon(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """Technical and corporate words most affected customers do not use (not on a webhook:
    its readers are developers, and "TLS certificate" is the plain word for them)."""
    if doc.channel == Channel.WEBHOOK:
        return
    message = say(
        doc,
        '"{excerpt}" is jargon many of the people affected will not understand.',
        '"{excerpt}" এমন পরিভাষা যা অনেক গ্রাহক বুঝবেন না।',
    )
    matches = doc.matches("jargon") + _untranslated(doc)
    # In a long text one technical word is a note to the writer; a text thick with them is
    # not plain language, and an editor sends it back. A short message has no room for any.
    terms = len({m.excerpt.casefold() for m in matches})
    dense = terms >= (SHORT_JARGON if doc.short else DENSE_JARGON)
    for match in matches:
        flag = at(
            "jargon",
            match,
            message.format(excerpt=match.excerpt),
            say(
                doc,
                "Use the words people would use talking to a friend.",
                "বন্ধুর সঙ্গে কথা বলার মতো সহজ শব্দ ব্যবহার করুন।",
            ),
        )
        yield replace(flag, severity="error") if dense else flag
    hint = say(doc, 'Say "{hint}" instead.', '"{hint}" বলুন।')
    yield from plan_flags(doc, plan("jargon"), "jargon", message, hint)


_LINK = re.compile(URL, re.IGNORECASE)
_T_CO = "https://t.co/0123456789"
"""A link as X counts it: 23 weighted characters."""


def length(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """A single X post within 280 weighted characters; an SMS within one segment."""
    from crisiscomms.statements.renditions.sms import measure, plain_punctuation
    from crisiscomms.statements.renditions.x import weighted_length

    text = "\n".join(part.text for part in doc.parts)
    if doc.channel == Channel.X:
        # Every link counts 23, as X shortens it, even one twitter-text does not recognise
        # (a placeholder domain such as example.com's reserved ".example" in a draft).
        weight = weighted_length(_LINK.sub(_T_CO, text))
        if weight <= 280:
            return
        message = say(
            doc,
            f"The post is {weight} of X's weighted characters; one post holds 280.",
            f"পোস্টটি X-এর হিসাবে {weight} অক্ষর; একটি পোস্টে ২৮০ ধরে।",
        )
        suggestion = say(
            doc, "Cut it to one post, or make it a thread.", "এক পোস্টে আনুন বা থ্রেড করুন।"
        )
    elif doc.channel == Channel.SMS:
        measured = measure(plain_punctuation(text))
        if measured.segments <= 1:
            return
        limit = 160 if measured.encoding == "GSM-7" else 70
        message = say(
            doc,
            f"The SMS is {measured.characters} {measured.encoding} characters, "
            f"{measured.segments} segments; one segment holds {limit}.",
            f"এসএমএসটি {measured.characters} অক্ষর ({measured.encoding}), "
            f"{measured.segments}টি অংশ; এক অংশে {limit} অক্ষর ধরে।",
        )
        suggestion = say(
            doc,
            "Keep the apology, what is happening, the next update time and the link.",
            "ক্ষমা, কী ঘটছে, পরবর্তী আপডেটের সময় ও লিংক রাখুন; বাকিটা বাদ দিন।",
        )
    else:
        return
    yield Flag("too_long", doc.parts[0].name, 0, len(doc.parts[0].text), message, suggestion)
