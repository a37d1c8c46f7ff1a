"""How a statement speaks: it owns the failure, apologises sincerely, gives figures, blames
nobody and promises only the possible (plain words and length: `wording.py`).

Each rule is a function of a `Document` and the plan's phrases that yields `Flag`s.

Longer than 400 lines on purpose: the ownership, blame and impact rules share their tests of
who a sentence speaks of and what it tells, and read best side by side.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from crisiscomms.statements.check.document import Document, Match, Part
from crisiscomms.statements.check.flags import (
    Flag,
    PlanPhrases,
    at,
    missing,
    plan_flags,
    plan_hits,
    question,
    say,
)
from crisiscomms.statements.check.language import Sentence
from crisiscomms.statements.check.text import ascii_digits

_COUNT_WORDS = re.compile(
    r"number|handful|few|subset|percentage|fraction|group|minority|proportion|share|some|"
    r"most|majority|bulk|"
    r"অল্প|কিছু|হাতে গোনা|গুটিকয়েক|মুষ্টিমেয়|সংখ্যক|বেশিরভাগ|বেশির ভাগ|অধিকাংশ",
    re.IGNORECASE,
)


_NAME = r"[A-Z][\w&'.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'.-]*){0,3}"
_DOMAIN = re.compile(
    r"(?:https?://|www\.|@)?([a-z0-9-]+)\.(?:[a-z]{2,}\.)*[a-z]{2,}\b", re.IGNORECASE
)
_NOT_A_NAME = frozenset(
    "subject update resolved investigating identified monitoring follow-up recall help note "
    "dear important update: urgent notice the we our i sorry safety".split()
)
_THIRD_WORDS = re.compile(
    r"\b(?:partner|supplier|vendor|provider|contractor|carrier|courier|bank|processor|airport|"
    r"airline|manufacturer|authority|regulator|government|ministry|police|union)s?\b",
    re.IGNORECASE,
)


_BODIES = ("council", "school", "hospital", "college", "university", "library", "surgery")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+", re.IGNORECASE)
"""A public body whose own contact address names it ("counciltax@eastvale.example",
"office@ashgroveschool.org"): "the council", "the school" in its statement is "we"."""


def own_names(doc: Document) -> list[str]:
    """The names the statement speaks under, so their third person reads as "we": a
    "DakExpress:" prefix, the organisation under a signature ("Chief Executive, Harrowfield
    Borough Council"), or a name whose first word is the statement's own web or mail address
    ("Ardent Home … ardenthome.co.uk"); a multi-word name also as "the council", and "the
    council" (or school, hospital …) whose own mail or web address names it. A supplier
    or authority is never one, however its name is written."""
    text = "\n".join(part.text for part in doc.parts)
    labels = {m.group(1).casefold().replace("-", "") for m in _DOMAIN.finditer(text)}
    names: set[str] = set()
    prefix = re.match(rf"\s*({_NAME})[ \t]*:", text)
    if prefix:
        names.add(prefix.group(1))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and (signed := re.fullmatch(rf"[^,]{{2,60}},[ \t]*({_NAME})", lines[-1])):
        names.add(signed.group(1))
    for found in re.finditer(_NAME, text):
        words = found.group(0).split()
        # the address spells the name's first words ("Hart & Pine Hotels" at hartpine or
        # hartandpine, "Marsh & Vale" at marshandvale)
        joined = {
            "".join(spelled).casefold()
            for count in range(1, len(words) + 1)
            for spelled in (
                [w for w in words[:count] if w != "&"],
                ["and" if w == "&" else w for w in words[:count]],
            )
        }
        if any(label and label in joined for label in labels):
            names.add(found.group(0))
    kept = [
        "the " + body
        for body in _BODIES
        if any(body in address.group(0).casefold() for address in _ADDRESS.finditer(text))
    ]
    for name in list(names):
        # "Calder Energy Supply Limited ("Calder")": the short name a letter defines for itself
        who = re.escape(name).replace(r"\ ", r"\s+")
        short = re.search(rf"\b{who}\s*\(\s*(?:the\s+)?[\"\u201c']({_NAME})[\"\u201d']\s*\)", text)
        if short:
            names.add(short.group(1))
    for name in names:
        words = name.split()
        if words[0].casefold().rstrip(":") in _NOT_A_NAME or _THIRD_WORDS.search(name):
            continue
        kept.append(name)
        if len(words) > 1:
            kept.append("the " + words[-1].casefold())
    return kept


def _owned_by_name(doc: Document) -> bool:
    """Whether the statement owns the failure in its own name ("Cobalt Pay was responsible
    for this outage", "This was the council's failure", "Ardent Home got the design
    wrong", "Harvest Lane is recalling 14,200 jars")."""
    if doc.language != "en":
        return False
    for name in own_names(doc):
        who = re.escape(name).replace(r"\ ", r"\s+")
        pattern = re.compile(
            rf"\b{who}(?:'s|\u2019s)?\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+"
            r"(?:fully\s+|solely\s+|entirely\s+|wholly\s+|directly\s+)?(?:responsible|to\s+blame|"
            r"at\s+fault|recalling|withdrawing)"
            # "Aldgate Mutual accepts full responsibility for the error"
            r"|(?:accepts?|accepted|takes?|took|bears?|bore)\s+(?:full\s+|complete\s+|total\s+|sole\s+)?"
            r"(?:responsibility|the\s+blame)\b"
            r"|(?:got|made|caused|broke|failed)\b[^.;!?]{0,60}?"
            r"\b(?:wrong|mistakes?|errors?|this|it|the\s+(?:outage|fault|failure|problem)))"
            rf"|\b(?:was|is)\s+(?:entirely\s+|all\s+)?{who}(?:'s|\u2019s)\s+(?:own\s+)?"
            r"(?:failure|fault|mistake|error|responsibility|doing)"
            # "the bucket was misconfigured by Marsh & Vale's IT team": we, as the one who
            # did it, in a passive
            r"|\b(?:mis[a-z]+ed|caused|introduced|broken|deleted|exposed|leaked|left\s+open|"
            # "an error arose from a configuration change made by Calder"
            r"(?:change|changes|mistake|error|decision)\s+made)"
            rf"\s+by\s+{who}\b"
            # "This is a problem in Ledgerly, not at your bank": the fault placed in us, set
            # against the reader's side, as "a fault in our system" in the first person
            r"|\b(?:problem|fault|error|bug|failure|issue)\s+(?:is\s+)?(?:in|with|inside|within)\s+"
            rf"{who}(?:'s|\u2019s)?\b[^.;!?]{{0,40}},\s+not\s+(?:in|with|at|on)?\s*(?:your|you)\b",
            re.IGNORECASE if name.startswith("the ") else 0,
        )
        if any(pattern.search(part.text) for part in doc.parts):
            return True
    return False


_BN_WORD = r"[^\s,;:.!?\u0964\u2014\u2013|()\"'-]+"
_BN_LABELS = frozenset(
    "বিষয় অবস্থা হালনাগাদ আপডেট জরুরি সমাধান সতর্কতা বিজ্ঞপ্তি প্রকাশ তারিখ সাহায্য সহায়তা "
    "যোগাযোগ কারণ সংশোধন প্রিয় শ্রদ্ধেয়".split()
)
_BN_NOT_US = re.compile(
    r"সরবরাহকারী|সাপ্লায়ার|ভেন্ডর|পার্টনার|অংশীদার|সহযোগী|ঠিকাদার|প্রস্তুতকারক|প্রোভাইডার|সেবাদাতা|কুরিয়ার|"
    r"তৃতীয়|থার্ড|এজেন্সি|গ্রাহক|যাত্রী|আবেদনকারী|রোগী"
)
_BN_SPEAKS = re.compile(
    # "সড়ক পরিবহন লাইসেন্স অধিদপ্তর জানাচ্ছে", "অধিদপ্তর … আন্তরিকভাবে ক্ষমা চাইছে"
    rf"(?:^|[\u0964.!?\n]\s*)((?:{_BN_WORD} ){{0,3}}{_BN_WORD}) (?:(?:{_BN_WORD}) ){{0,5}}?"
    r"(?:জানাচ্ছে|জানাচ্ছেন|ক্ষমা চাইছে|ক্ষমা চাইছেন|ক্ষমা চেয়েছে|ক্ষমাপ্রার্থী|দুঃখিত)(?![\u0980-\u09ff])"
)


def _bn_own_heads(doc: Document) -> set[str]:
    """The head words of the names a Bengali statement speaks under ("পৌরসভা" of a title
    "নদীপুর পৌরসভা — …", "হাসপাতাল" of a signature "পরিচালক (প্রশাসন), নিরাময় জেনারেল
    হাসপাতাল", "অধিদপ্তর" of "… অধিদপ্তর জানাচ্ছে"): the organisation named in the third
    person, which reads as "we". A supplier or the people we serve is never one."""
    text = "\n".join(part.text for part in doc.parts)
    names: list[str] = []
    heads = set()
    title = re.match(rf"\s*((?:{_BN_WORD} ){{0,3}}{_BN_WORD})\s*[\u2014\u2013:|-]", text)
    if title:
        names.append(title.group(1))
        first, *rest = title.group(1).split()
        if rest and first not in _BN_LABELS and re.fullmatch(r"[\u0980-\u09ff]+", first):
            # "টিকিটঘর সিস্টেম স্ট্যাটাস —", "আকাশবীণা এয়ারলাইন্স —": the brand the title
            # opens on, which the text names alone ("দায় টিকিটঘরের", "দায় আকাশবীণার")
            if not _BN_NOT_US.search(title.group(1)):
                heads.add(first)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    signature = rf"[^,]{{2,60}},\s*((?:{_BN_WORD} ){{0,4}}{_BN_WORD})"
    if lines and (signed := re.fullmatch(signature, lines[-1])):
        names.append(signed.group(1))
    names.extend(m.group(1) for m in _BN_SPEAKS.finditer(text))
    for name in names:
        words = name.split()
        if len(words) < 2 or words[0] in _BN_LABELS or _BN_NOT_US.search(name):
            continue  # one word alone may be anything ("আমরা", "বিষয়"): a name has two or more
        if not re.fullmatch(r"[\u0980-\u09ff]+", words[-1]) or words[-1] in ("আমরা", "আমি"):
            continue
        heads.add(words[-1])
    return heads


def _bn_owned_by_name(doc: Document) -> bool:
    """Whether a Bengali statement owns the failure in its own name, as "the council's
    failure" in English: "এটি পৌরসভার আইটি শাখার ভুল", "এটি অধিদপ্তরের পরিকল্পনার ঘাটতি"
    (not "পৌরসভার কোনো দোষ নেই", which denies it)."""
    if doc.language != "bn":
        return False
    for head in _bn_own_heads(doc):
        pattern = re.compile(
            rf"(?<![\u0980-\u09ff]){re.escape(head)}(?:ের|এর|র|-এর) (?!কোনো |কোন )(?:\S+ ){{0,3}}?"
            r"(?:ভুল|দোষ|ত্রুটি|গাফিলতি|অবহেলা|ব্যর্থতা|ঘাটতি|দায়)(?:টা|টি|ই)?(?![\u0980-\u09ff])"
            r"(?! (?:\S+ )?(?:নয়|নেই|না|ছিল না)(?![\u0980-\u09ff]))"
        )
        # "এই ভোগান্তির দায় টিকিটঘরের", "দায় পুরোপুরি সেতু এক্সপ্রেসের": the fault or duty
        # given to our own name after the noun (not "দায় টিকিটঘরের নয়", which denies it)
        after = re.compile(
            r"(?<![\u0980-\u09ff])(?:ভুল|দোষ|দায়|দায়িত্ব|দায়ভার|ব্যর্থতা|গাফিলতি)(?:টা|টি|ও|ই)? "
            r"(?:(?:পুরোপুরি|সম্পূর্ণ|সম্পূর্ণভাবে|একান্তই|শুধুই|কেবল) )?"
            r"(?:(?!ওই |সেই |ঐ |অন্য |তাদের |ওদের |বাইরের )\S+ ){0,2}?"
            rf"{re.escape(head)}(?:ের|এর|র|-এর|-র)(?:ই)?(?![\u0980-\u09ff])"
            r"(?! (?:\S+ )?(?:নয়|নেই|না|ছিল না)(?![\u0980-\u09ff]))"
        )
        if any(pattern.search(part.text) or after.search(part.text) for part in doc.parts):
            return True
    return False


_BARE_ERROR = re.compile(r"(?:by|in) (?:mistake|error)", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+\s+)?\w+(?:ed|en|t)\s+(?:\S+\s+){0,4}$",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:we|our|ours|us|i|my)\b", re.IGNORECASE)


def _actor_hidden(match: Match) -> bool:
    """Whether "in error" or "by mistake" closes a passive with no one of ours in its
    sentence ("Monday's 'school closed' text was sent in error", "customers were charged
    the annual price by mistake"): the mistake is admitted, its maker hidden, as in
    "mistakes were made"."""
    if not _BARE_ERROR.fullmatch(match.excerpt):
        return False
    sentence = match.sentence
    before = match.part.text[sentence.start : match.start]
    return bool(_PASSIVE_BEFORE.search(before)) and not _FIRST_PERSON.search(sentence.text)


_OBJECT_US = re.compile(r"us\b", re.IGNORECASE)
_WE_LATER = re.compile(r"\b(?:we|our|i)\b", re.IGNORECASE)


def _object_us(match: Match) -> bool:
    """Whether a cue read "we" from the object "us" ("customers told us they were charged
    twice", "several of you told us your data was exposed"): the lemma line writes both as
    "we", but "us" never opens a clause as the one who did the harm. A "we" later in the
    excerpt ("told us we sent it twice") still owns it."""
    return bool(_OBJECT_US.match(match.excerpt)) and not _WE_LATER.search(match.excerpt, 2)


_WE_DECIDED = {
    "en": re.compile(
        r"\b(?:we|i)\s+(?:had\s+|have\s+)?(?:decided|chose|made\s+the\s+decision)\b",
        re.IGNORECASE,
    ),
    "bn": re.compile(
        r"(?:আমরা|আমি)\S*\s+(?:\S+\s+){0,8}সিদ্ধান্ত\s+"
        r"(?:নিয়েছিলাম|নিয়েছি|নিলাম|নিই|নিয়েছিলেন)(?![\u0980-\u09ff])"
    ),
}
_DECISION_WRONG = {
    "en": re.compile(
        r"\b(?:that|this|the)\s+(?:decision|choice|call)\s+(?:was|is)\s+(?:a\s+|the\s+)?"
        r"(?:wrong|mistake|bad|poor)\b",
        re.IGNORECASE,
    ),
    "bn": re.compile(
        r"(?:সেই |এই |ওই )?সিদ্ধান্ত(?:টি|টা|টাই|টিই)\s+(?:\S+\s+)?(?:ভুল|অন্যায্য)\s+"
        r"(?:ছিল|হয়েছিল|হয়েছে)(?![\u0980-\u09ff])"
    ),
}


def _own_decision_wrong(doc: Document) -> bool:
    """Whether the statement tells a decision of ours and then calls it wrong, across the
    sentence between ("We decided not to hire extra staff. That decision was wrong.",
    "আমরা … সিদ্ধান্ত নিয়েছিলাম। সিদ্ধান্তটি ভুল ছিল"): the decision the second sentence
    refers to is the one we took."""
    decided, wrong = _WE_DECIDED.get(doc.language), _DECISION_WRONG.get(doc.language)
    if decided is None or wrong is None:
        return False
    text = "\n".join(part.text for part in doc.parts)
    first = decided.search(text)
    if first is None:
        return False
    return any(m.start() > first.start() for m in wrong.finditer(text))


def ownership(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """The statement must say plainly that we caused it or are responsible."""
    owned = [
        m
        for m in doc.matches("ownership")
        if doc.language != "en" or not (_actor_hidden(m) or _object_us(m))
    ]
    if owned or plan_hits(doc, plan("ownership_missing")):
        return
    if _owned_by_name(doc) or _bn_owned_by_name(doc) or _own_decision_wrong(doc):
        return
    yield missing(
        doc,
        "ownership_missing",
        "acknowledgement",
        say(
            doc,
            "Nowhere does this say that we caused the problem or are responsible for it.",
            "কোথাও বলা হয়নি যে সমস্যাটি আমাদের কারণে হয়েছে বা এর দায় আমাদের।",
        ),
        say(
            doc,
            'Own it in plain words, for example: "This was our mistake: a change we made '
            'broke card payments."',
            'সরাসরি দায় নিন, যেমন: "ভুলটি আমাদের। আমাদের একটি পরিবর্তনের কারণে এটি ঘটেছে।"',
        ),
    )


def _owns_at_start(doc: Document, sentence: Sentence) -> bool:
    """Whether a sentence opens by owning what the one before it said."""
    for match in doc.in_sentence("ownership", sentence):
        before = [t for t in sentence.tokens if t.end <= match.start]
        if len(before) <= 3:
            return True
    return False


_NOT_OUR_FAULT = re.compile(r"fault|doing|control|hands?\b|দোষ|দায়|হাত", re.IGNORECASE)
_DUTY = re.compile(r"\b(?:job|duty|task)\b", re.IGNORECASE)
_CONTRAST = frozenset(
    {"but", "however", "although", "though", "yet", "while", "কিন্তু", "তবে", "যদিও", "অথচ"}
)


def _deflects(doc: Document, match: Match) -> bool:
    """Whether ownership in the blame's sentence is taken back ("our fault, but …")."""
    for owning in doc.in_sentence("ownership", match.sentence):
        # from inside the owning words on: "দায়ও আমাদের—কিন্তু আমাদের কুরিয়ার পার্টনার …"
        # matches up to the second "আমাদের", the "but" within it
        between = [
            t for t in match.sentence.tokens if owning.start < t.start and t.end <= match.start
        ]
        if owning.end <= match.start and any(t.word in _CONTRAST for t in between):
            return True
    return False


_BN_DENIED = re.compile(
    # the denial right after, in the same clause: not "দায় ঠিকাদারের, আমাদের নয়"
    r"[ \t]*(?:(?!আমাদের|আমার)[^\s,;।]+[ \t]+){0,2}?(?:হয়নি|ঘটেনি|হয় নি|ঘটে নি|নয়)"
    r"(?![\u0980-\u09ff])"
)
_DENIED_BEFORE = re.compile(
    r"(?:\bnot|n't|\bnever)\s+(?:(?:been|be|just|simply|because|entirely)\s+)?(?:caused\s+by|"
    r"due\s+to|because\s+of|down\s+to|the\s+fault\s+of|the\s+result\s+of)?"
    # "not caused by the weather or by …": the denial runs on through "or"
    r"(?:\s+[^,;:.!?]*?\s+(?:or|nor)(?:\s+by|\s+to|\s+of)?)?\s*(?:the\s+|any\s+|an?\s+)?$",
    re.IGNORECASE,
)
_DENIED_AFTER = re.compile(
    r"[^.;:!?]{0,40}?\b(?:was|were|is|are|did)\s*(?:not|n't)\s+(?:in\s+any\s+way\s+)?(?:(?:to\s+)?blame|"
    # "Airlines and their ground handlers were not at fault"
    r"the\s+cause|cause\s+(?:it|this|them)|at\s+fault|responsible)\b",
    re.IGNORECASE,
)


def denied(match: Match, language: str) -> bool:
    """Whether a cause laid elsewhere is denied, not claimed ("আবহাওয়া বা বিমানবন্দরের কোনো
    সমস্যার কারণে এগুলো হয়নি", "it was not caused by the weather or the airport"): the
    statement says it was not them."""
    text = match.part.text
    if language == "bn":
        end = match.sentence.end
        return bool(_BN_DENIED.match(text[match.end : max(end, match.end)]))
    start = match.sentence.start
    return bool(
        _DENIED_BEFORE.search(text[start : match.start]) or _DENIED_AFTER.match(text, match.end)
    )


def _refuted(doc: Document, match: Match, sentences: list[tuple[Part, Sentence]]) -> bool:
    """Whether a blame is a belief others hold that the statement denies ("many of you
    assumed the weather caused it; it did not", "অনেকে ভেবেছেন আবহাওয়ার জন্য; তা নয়"):
    a belief in its sentence, and a denial after it there or first in the next sentence."""
    if not doc.in_sentence("belief", match.sentence):
        return False
    if any(m.start >= match.end for m in doc.in_sentence("refuted", match.sentence)):
        return True
    index = next(i for i, (_, s) in enumerate(sentences) if s is match.sentence)
    for part, following in sentences[index + 1 : index + 2]:
        if part is not match.part:
            continue
        opening = following.tokens[:4]
        if opening and any(
            m.start < opening[-1].end for m in doc.in_sentence("refuted", following)
        ):
            return True
    return False


_PLACE_WORDS = frozenset({"at", "in", "near", "outside", "inside", "around", "across", "from"})
_TIME_NAMES = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|spring|summer|autumn|winter|easter|christmas)\.?",
    re.IGNORECASE,
)
"""A month, a weekday, a season: "in August" says when, not where."""


def _only_a_place(match: Match) -> bool:
    """Whether the someone else a blame names is only where our own thing sits ("our
    check-in system at Manchester Airport failed"): a place after "at", "in", "near"."""
    before = [t for t in match.sentence.tokens if t.end <= match.start][-3:]
    for index, token in enumerate(before):
        names = before[index + 1 :]
        written = [match.part.text[t.start : t.end] for t in names]
        if (
            token.word.casefold() in _PLACE_WORDS
            and all(word == "the" or word[:1].isupper() for word in written)
            and not any(_TIME_NAMES.fullmatch(word) for word in written if word != "the")
        ):
            return True
    return False


_HELD_IN = frozenset({"on", "in", "at", "of", "inside", "within"})
_TROUBLE_WORDS = re.compile(
    r"(?:fault|failure|error|outage|problem|issue|bug|glitch|strike|breach|incident|mistake|"
    r"delay|shortage|breakdown|malfunction|crash|timeout|negligence)s?",
    re.IGNORECASE,
)


def _held_in_ours(match: Match) -> bool:
    """Whether the party a blame names is only where the sentence's real subject sits, a
    thing of ours in "our …" after a preposition ("an expired client secret on our SSO
    identity provider caused token failures": the secret is what caused it, not a
    provider). Not "a fault at our supplier caused …": trouble held there is theirs."""
    if not _THIRD_WORDS.match(match.excerpt):
        return False
    before = [t for t in match.sentence.tokens if t.end <= match.start][-6:]
    for index, token in enumerate(before[1:], start=1):
        head = before[index - 1]
        names = before[index + 1 :]
        if (
            token.word.casefold() in _HELD_IN
            and names
            and names[0].word.casefold() == "our"
            and len(names) <= 4
            and all(t.word.isalnum() or "-" in t.word for t in names)
            and head.word.isalpha()
            and not _TROUBLE_WORDS.fullmatch(head.word)
        ):
            return True
    return False


_MAKER = re.compile(
    r"\b(?:factory|plant|mill|bakery|kitchen|warehouse|depot)\b|(?:কারখানা|কারখানায়|কারখানার|"
    r"প্ল্যান্ট|গুদাম)(?![\u0980-\u09ff])",
    re.IGNORECASE,
)
"""A place where a thing is made or kept, which may be ours or someone else's."""


_BN_THIRD_OWNER = re.compile(r"(?:সরবরাহকারী|সাপ্লায়ার|ভেন্ডর|পার্টনার|অংশীদার|ঠিকাদার|প্রস্তুতকারক|প্রোভাইডার|সেবাদাতা)")


def _called_ours(doc: Document, match: Match) -> bool:
    """Whether the place a blame cue names is one the statement calls ours elsewhere
    ("… Dunkuni factory made it … the fault is our factory's", "… কারখানায় তৈরি …
    দোষটা আমাদের কারখানার"): our own plant, not a supplier's."""
    place = _MAKER.search(match.excerpt)
    if place is None:
        return False
    if _BN_THIRD_OWNER.search(match.excerpt, 0, place.start()) or _THIRD_WORDS.search(
        match.excerpt, 0, place.start()
    ):
        return False  # "সরবরাহকারীর কারখানায় তৈরি", "the supplier's factory": theirs
    stem = place.group(0).casefold()[:4]
    ours = re.compile(
        r"(?:\bour|আমাদের|নিজস্ব|নিজেদের) (?:own |\S+ )?" + re.escape(stem), re.IGNORECASE
    )
    if any(ours.search(part.text) for part in doc.parts):
        return True
    # "we closed the Tejgaon factory for a refit", "আমরা তেজগাঁও কারখানার … বন্ধ রাখি": we, a
    # few words before the place, act on it in the same sentence: the place is ours
    before = match.part.text[match.sentence.start : match.start + place.end()]
    return bool(
        re.search(
            r"(?:\bwe\b|আমরা)(?:\s+(?!(?:by|through|from|at|with)\b)[^\s,;:.।]+){0,3}\s+(?:the\s+)?"
            r"(?:[^\s,;:.।]+\s+)?" + re.escape(place.group(0)) + r"\s*$",
            before,
            re.IGNORECASE,
        )
    )


def ours_after_all(doc: Document, match: Match) -> bool:
    """Whether the someone else a blame cue names is our own after all: only where our thing
    sits ("our check-in system at Manchester Airport"), a thing of ours it is held in, a place
    the statement calls ours ("আমাদের গাজীপুর কারখানায় তৈরি"), or one of our own people."""
    return (
        _only_a_place(match)
        or _held_in_ours(match)
        or _called_ours(doc, match)
        or _our_person_did(match)
    )


_CARE = re.compile(
    r"\s+for\s+(?:keeping\s+|protecting\s+|looking\s+after\s+)?(?:your|our|the|all|customers\W?)"
    r"\s+(?:\w+\s+)?(?:data|safety|security|privacy|information|details|money|savings|records)\b",
    re.IGNORECASE,
)


def _a_duty(match: Match) -> bool:
    """Whether an owning cue names a duty, not a failure owned ("getting you there is our
    job", "we're responsible for your data"): it does not take back a blame beside it."""
    return bool(_DUTY.search(match.excerpt) or _CARE.match(match.part.text, match.end))


def names_us(doc: Document, match: Match, *, strict: bool = False) -> bool:
    """Whether the someone else a blame cue names is the statement's own name ("The council
    is responsible for that", signed by the council): no cause laid elsewhere. Strict, a
    name's last word alone ("the air" of "Albion Air") counts only for a public body ("the
    council"): "due to air traffic control" is someone else's."""
    excerpt = match.excerpt.casefold()
    if re.search(r"\bnot\b|n't|\bnever\b", excerpt):
        return False  # "did not originate in PocketSchool's systems" clears us: that is the blame
    names = [
        name
        for name in own_names(doc)
        if not strict or not name.startswith("the ") or name.removeprefix("the ") in _BODIES
    ]
    return any(
        re.search(rf"\b{re.escape(name.casefold().removeprefix('the '))}\b", excerpt)
        for name in names
    )


_OUR_PERSON = re.compile(
    # "a member of our staff", "one of our receptionists", "our own engineer" (not "one of our
    # suppliers": `_THIRD_WORDS` is checked on what this finds)
    r"\b(?:(?:(?:a|one|some|two|three|several)\s+(?:member|members)\s+of\s+our|one\s+of\s+our|"
    r"our\s+own)\s+[\w-]+|our\s+(?:staff|team|colleagues?|employees?|engineers?|agents?|people|"
    r"workers?|administrators?|admins?|developers?|managers?|nurses?|drivers?|receptionists?|"
    r"clerks?|cashiers?))\s*$",
    re.IGNORECASE,
)


def _our_person_did(match: Match) -> bool:
    """Whether the one a blame cue names as acting is one of our own people ("A member of our
    staff used a password that had leaked"): our own, not someone else, did it."""
    person = _OUR_PERSON.search(match.part.text[match.sentence.start : match.start])
    return person is not None and not _THIRD_WORDS.search(person.group(0))


_CONCEDES = re.compile(
    r"\b(?:should|could|ought\s+to)\s+still\b|\b(?:even\s+so|all\s+the\s+same|that\s+said)\b"
    # a share owned "too" beside the one blamed ("catching it was our job too", "আমাদেরও
    # দায়িত্ব ছিল"): conceded, not taken back
    r"|\b(?:we|our|ours|us)\s+(?:\w+\s+)?(?:too|as\s+well)\b|\bwe\s+(?:\w+\s+)?also\b"
    r"|(?:আমাদেরও|আমরাও)(?![\u0980-\u09ff])"
    r"|তবুও|তবু\s|তা\s+সত্ত্বেও"
    # responsibility owned only in the end or in form, after the cause was laid elsewhere
    # ("Ultimately, the bill is our responsibility", "whatever the cause, your trip is ours
    # to put right", "দায় শেষ পর্যন্ত আমাদেরই"): lip service beside the blame, not a fault owned
    r"|\b(?:ultimately|in\s+the\s+end|at\s+the\s+end\s+of\s+the\s+day|whatever\s+the\s+"
    r"(?:cause|reason)|regardless\s+of\s+(?:the\s+)?(?:cause|reason|who))\b"
    r"|শেষ\s+পর্যন্ত|কারণ\s+যা-?ই\s+হোক|যা-?ই\s+হোক\s+না\s+কেন",
    re.IGNORECASE,
)


_IF_WORDS = frozenset({"if", "unless", "where", "whether", "should", "যদি"})


def _only_an_option(doc: Document, match: Match) -> bool:
    """Whether what a customer "chose" is an option we offered, not the cause ("if your
    flight was cancelled and you chose not to travel", "the other 410 customers chose a
    refund"): a choice in a clause opened by "if", or one followed by a make-good."""
    clause = _clause_before(match)
    if clause and clause[0] in _IF_WORDS:
        return True
    if not re.search(r"\bch(?:o|oo)se\b|\bdecide\b|\bpick\b", match.excerpt, re.IGNORECASE):
        return False
    return any(
        match.end <= m.start <= match.end + 40 for m in doc.in_sentence("make_good", match.sentence)
    )


_BN_THIRD_WORDS = re.compile(
    r"সরবরাহকারী|ভেন্ডর|পার্টনার|অংশীদার|ঠিকাদার|প্রস্তুতকারক|প্রোভাইডার|সেবাদাতা|তৃতীয় পক্ষ|থার্ড পার্টি|"
    r"হ্যান্ডলিং (?:প্রতিষ্ঠান|সংস্থা|কোম্পানি)"
)


def _ours_is_theirs(owning: Match, blamed: Match) -> bool:
    """Whether owning words are the start of the very words that lay the blame on a third
    party, so the "our" runs on into the supplier's name: "মূল ভুলটা ছিল আমাদের বিলিং
    সফটওয়্যার সরবরাহকারী প্রতিষ্ঠানের" (the main fault was our billing software supplier's),
    "the fault was our payment partner's". Not "… bank twice; our mistake": owned after."""
    if blamed.part is not owning.part or not blamed.start <= owning.start < owning.end < blamed.end:
        return False
    after = owning.part.text[owning.end : blamed.end]
    return bool(_THIRD_WORDS.search(after) or _BN_THIRD_WORDS.search(after))


_YOUR_SIDE = re.compile(r"\b(?:side|end)$", re.IGNORECASE)
_NOTHING_TO_DO = frozenset({"no", "not", "n't", "never", "nothing", "none", "without"})


def _nothing_on_your_side(match: Match) -> bool:
    """Whether "on your side" tells the reader there is nothing for them to do ("Nothing
    needs fixing on your side", "without any changes on your side", "nothing on your side
    will fix this"): a reassurance, not the fault laid at their end."""
    return bool(_YOUR_SIDE.search(match.excerpt)) and bool(
        _NOTHING_TO_DO.intersection(_clause_before(match)[-4:])
    )


_PARTY_WORD = (
    r"(?:partner|supplier|vendor|contractor|subcontractor|courier|carrier|processor|provider|"
    r"manufacturer|haulier|handler|agency|operator)"
)
_NAMED_PARTY = re.compile(
    # "a partner company, Kinetica Logistics", "our courier partner Swiftline", "our supplier
    # called Hexa Foods"
    rf"\b{_PARTY_WORD}(?:\s+(?:company|firm|business))?,?\s+(?:called\s+|named\s+)?"
    r"(?P<after>[A-Z][\w&'.-]+(?:\s+[A-Z][\w&'.-]+){0,3})"
    # "Kinetica Logistics, the partner that runs our hub", "Medscan, our scanning contractor"
    r"|(?P<before>[A-Z][\w&'.-]+(?:\s+[A-Z][\w&'.-]+){0,3}),\s+(?:the|our|a|an)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{_PARTY_WORD}s?\b"
    # "MeterPoint Services, the company we pay to collect meter readings"
    r"|(?:company|firm|business)\s+(?:that\s+|which\s+|who\s+)?"
    r"(?:we\s+(?:pay|use|hire|contract|employ)\b|\S+\s+(?:our|for\s+us)\b))"
)
_FELL_SHORT = re.compile(
    r"\s+(?:(?:also|then|simply|again)\s+)?(?:did\s+not|didn't|does\s+not|doesn't|could\s+not|"
    r"couldn't|was\s+unable|were\s+unable|failed|had\s+too\s+few|ran\s+(?:out|short)|"
    r"made\s+(?:a|an)\s+(?:mistake|error)|sent\s+(?:us\s+)?the\s+wrong|was\s+short|were\s+short|"
    r"lost|left\s+(?:a|an|the|our|your)|skipped|missed|forgot|broke|went\s+down|"
    r"let\s+(?:us|you)(?:\s+and\s+(?:you|us))?\s+down)\b",
    re.IGNORECASE,
)


_TAIL = re.compile(r"(?:\s+[\w'-]+){0,4}")


def party_failures(doc: Document) -> list[Match]:
    """A third party named once by its job and then by name alone as the one that fell short
    (see `_party_failures`), found once per document: blame and root cause both ask."""
    return doc.derived("party_failures", _party_failures)


def _party_failures(doc: Document) -> list[Match]:
    """A third party named once by its job ("a partner company, Kinetica Logistics") and then
    by its name alone as the one that fell short ("Kinetica did not have enough staff on
    site"): the blame laid there as plainly as "our courier did not have enough drivers"
    (English; not a name the statement speaks under)."""
    if doc.language != "en":
        return []
    text = "\n".join(part.text for part in doc.parts)
    names = {
        (found.group("after") or found.group("before")).split()[0]
        for found in _NAMED_PARTY.finditer(text)
    }
    if not names:
        return []  # most texts name no party by its job: no need to look further
    ours = {name.casefold().split()[0] for name in own_names(doc) if name.split()}
    names = {name for name in names if name.casefold() not in ours and len(name) > 2}
    if not names:
        return []
    named = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")(?:'s|\u2019s)?\b")
    found: list[Match] = []
    for part, sentence in doc.sentences():
        for hit in named.finditer(sentence.text):
            short = _FELL_SHORT.match(sentence.text, hit.end())
            if short:
                tail = _TAIL.match(sentence.text, short.end())
                end = tail.end() if tail else short.end()
                found.append(
                    Match(part, sentence, sentence.start + hit.start(), sentence.start + end)
                )
    return found


def blame(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """Blaming the customer, a supplier, a partner, an authority or circumstances."""
    message = say(
        doc,
        '"{excerpt}" puts the blame elsewhere. Customers hold us responsible, whoever we '
        "buy from and whatever the weather.",
        '"{excerpt}" দায় অন্যের ঘাড়ে চাপায়। গ্রাহকেরা আমাদেরই দায়ী মনে করেন।',
    )
    suggestion = say(
        doc,
        "Say what we did wrong or could have done better, and what we are changing; name a "
        "supplier or event only as a fact, with our responsibility beside it.",
        "আমরা কী ভুল করেছি ও কী বদলাচ্ছি তা বলুন; অন্য কারও নাম নিলে পাশে আমাদের দায়ও স্বীকার করুন।",
    )
    flagged: set[tuple[str, int]] = set()
    sentences = list(doc.sentences())
    # "Getting you there is our job" names a duty, it does not take back the blame beside it;
    # "(it was) not caused by any change we made" denies our part, it does not own it
    # "very little we could have done" is the excuse (blame_circumstance), not a share owned
    excuses = doc.matches("blame_circumstance")
    laid = [*doc.matches("blame_other"), *doc.matches("blame_other_after"), *party_failures(doc)]
    owned = {
        id(s)
        for _, s in sentences
        if any(
            not _a_duty(m)
            and not (doc.language == "en" and doc.negated(m))
            and not any(e.start <= m.start and m.end <= e.end and e.part is m.part for e in excuses)
            and not any(_ours_is_theirs(m, e) for e in laid)
            for m in doc.in_sentence("ownership", s)
        )
    }

    def owned_after(match: Match) -> bool:
        """Ownership in the same sentence, or in the next one of the same part."""
        if id(match.sentence) in owned and not _deflects(doc, match):
            return True  # "our supplier failed, and we had no backup: that is on us"
        index = next(i for i, (_, s) in enumerate(sentences) if s is match.sentence)
        following = [s for p, s in sentences[index + 1 : index + 2] if p is match.part]
        # "… We should still have caught it": a share conceded after the blame, not one that
        # takes it back ("… We chose them; it is on us" does)
        return any(id(s) in owned and not _CONCEDES.search(s.text) for s in following)

    for match in doc.matches("blame_customer"):
        flagged.add((match.part.name, match.start))
        if _only_an_option(doc, match) or _nothing_on_your_side(match):
            continue
        yield at("blame_shifting", match, message.format(excerpt=match.excerpt), suggestion)
    for match in doc.matches("blame_circumstance"):
        flagged.add((match.part.name, match.start))
        if _NOT_OUR_FAULT.search(match.excerpt) and owned_after(match):
            continue  # "The storm isn't our fault, but we kept selling tickets."
        if _refuted(doc, match, sentences):
            continue
        yield at("blame_shifting", match, message.format(excerpt=match.excerpt), suggestion)
    # the weather in its case ending ("কুয়াশায় ফ্লাইট দেরি") is the excuse only where nothing
    # is owned; beside an owned failure it is the fact that set it off
    weather = doc.matches("blame_weather_case") if not owned else []
    for match in [*laid, *weather]:
        if (match.part.name, match.start) in flagged or owned_after(match):
            continue
        if (
            _only_a_place(match)
            or _held_in_ours(match)
            or _refuted(doc, match, sentences)
            or _called_ours(doc, match)
        ):
            continue
        if _our_person_did(match):
            continue  # "A member of our staff used a password that had leaked": ours did it
        if denied(match, doc.language):
            continue  # "আবহাওয়া বা বিমানবন্দরের কারণে এগুলো হয়নি": it was not them
        if names_us(doc, match):
            continue  # "This was the council's failure", signed by the council
        yield at("blame_shifting", match, message.format(excerpt=match.excerpt), suggestion)
    yield from plan_flags(doc, plan("blame_shifting"), "blame_shifting", message, suggestion)


def apology(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """A sincere apology; canned, conditional and feelings-directed ones do not count."""
    canned = doc.matches("non_apology")
    message = say(
        doc,
        '"{excerpt}" is not a real apology: it is canned, conditional or about feelings '
        "rather than the harm we did.",
        '"{excerpt}" প্রকৃত ক্ষমা চাওয়া নয়: এটি গতানুগতিক, শর্তসাপেক্ষ বা অনুভূতির দিকে ঘোরানো।',
    )
    suggestion = say(
        doc,
        'Apologise without conditions and name the harm: "We are sorry. For two hours you '
        'could not pay for your shopping."',
        'শর্ত ছাড়া ক্ষমা চান এবং ক্ষতিটির কথা বলুন: "আমরা দুঃখিত। দুই ঘণ্টা আপনি পেমেন্ট করতে পারেননি।"',
    )
    for match in canned:
        gestures = doc.in_sentence("apology_gesture", match.sentence)
        if not [
            m
            for m in doc.in_sentence("apology", match.sentence)
            if not any(g.start <= m.start < g.end or m.start <= g.start < m.end for g in gestures)
        ]:
            continue  # "if you were affected" with no apology in sight is not a non-apology,
            # nor is "as an apology for the hassle" the label of a gift
        yield at("non_apology", match, message.format(excerpt=match.excerpt), suggestion)
    yield from plan_flags(doc, plan("non_apology"), "non_apology", message, suggestion)
    if doc.matches("apology") or plan_hits(doc, plan("apology_missing")):
        return
    yield missing(
        doc,
        "apology_missing",
        "apology",
        say(doc, "There is no apology.", "কোনো ক্ষমা চাওয়া নেই।"),
        say(
            doc,
            'Say "We are sorry", then name the harm in one sentence.',
            '"আমরা দুঃখিত" বলুন, তারপর এক বাক্যে ক্ষতিটির কথা বলুন।',
        ),
    )


_CLAUSE_OPENERS = frozenset({";", ":", "\u2014", "\u2013", "but", "while", "although", "whereas"})
_DENIAL_OPENERS = frozenset({"no", "none", "neither", "nothing"})
_ASKING = frozenset({"how", "whether", "why", "if", "কীভাবে", "কিভাবে", "কেন", "কিনা"})
_HOLDING = frozenset({"hold", "holding", "contain", "containing", "carry", "carrying", "store"})


def _clause_before(match: Match) -> list[str]:
    """The words of a match's clause before it, lower-cased (back to ";", ":", a dash or
    "but"; not to a comma or "and", which join the things a denial lists)."""
    words = [t.word.casefold() for t in match.sentence.tokens if t.end <= match.start]
    for index in range(len(words) - 1, -1, -1):
        if words[index] in _CLAUSE_OPENERS:
            return words[index + 1 :]
    return words


def _headline(doc: Document, match: Match) -> bool:
    """Whether a match sits in the statement's title or subject line: a first line of one
    sentence, with more below it."""
    if match.part is not doc.parts[0]:
        return False
    text = match.part.text
    newline = text.find("\n", len(text) - len(text.lstrip()))
    if not 0 <= match.start < newline:
        return False  # a one-line message has no title
    # a title is one sentence; a first paragraph of several is no title
    return not re.search(r"[.\u0964!?]\s", text[:newline].strip())


def _actor_said(doc: Document, match: Match) -> bool:
    """Whether a passive ("your details were exposed") is said beside who did it, so it
    hides nobody: a denial that opens its clause ("No card numbers or passwords were
    exposed"), a question still open ("how those passwords were obtained", "whether your
    record was viewed"), the thing that held the data as the subject ("a laptop holding
    member information had been stolen"), ownership in its sentence ("… were exposed
    because we left a test server open"), or a headline over a statement that owns it (a
    sentence of its own after an owning one still hides who did what: "An error occurred")."""
    clause = _clause_before(match)
    if clause and clause[0] in _DENIAL_OPENERS:
        return True
    if any(word in _ASKING for word in clause[-4:]) or any(
        word in _HOLDING for word in clause[-5:]
    ):
        return True
    owned = {
        id(m.sentence)
        for m in doc.matches("ownership")
        if m.part is match.part and not (doc.language == "en" and doc.negated(m))
    }
    if id(match.sentence) in owned:
        return True
    return _headline(doc, match) and bool(doc.matches("ownership"))


def evasive(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """Passive phrases that hide who did it ("mistakes were made", "data was exposed")."""
    for match in doc.matches("evasive"):
        if doc.negated(match) or _actor_said(doc, match):
            continue
        yield at(
            "evasive_passive",
            match,
            say(
                doc,
                f'"{match.excerpt}" hides who did it.',
                f'"{match.excerpt}" কে করেছে তা আড়াল করে।',
            ),
            say(
                doc,
                'Say who did what, in the active voice: "We made a mistake", "An attacker '
                'copied your data".',
                'কে কী করেছে তা সরাসরি বলুন: "আমরা একটি ভুল করেছি"।',
            ),
        )


_WHO_NOUNS = (
    r"(?:customer|people|passenger|user|member|"
    r"household|home|famil|client|merchant|account|order|parcel|deliver|bill|payment|booking|"
    r"flight|train|of you|pupil|student|child|patient|parent|player|fan|guest|resident|school|"
    r"record|report|file|document|card|ticket|vehicle|device|unit|item|product|transaction|"
    r"subscriber|shopper|traveller|visitor|workspace|site|store|shop|letter|email|payslip|invoice|"
    r"meter|connection|propert|premise|claim|application|sailing|departure|journey|box|"
    r"শিশু|বাচ্চা|বক্স|দোকান|সংযোগ|বাড়ি|ক্লেম|আবেদন|চিঠি|মিটার|শিক্ষার্থী|রোগী|অভিভাবক|খেলোয়াড়|কার্ড|লেনদেন|ইউনিট|"
    r"প্যাকেট|ডেলিভারি|গ্রাহক|যাত্রী|ব্যবহারকারী|সদস্য|পরিবার|মার্চেন্ট|অ্যাকাউন্ট|অর্ডার|"
    r"পার্সেল|বিল|পেমেন্ট|বুকিং|ফ্লাইট|ট্রেন|"
    # not "১২০ জন বাড়তি কর্মী", "৬০ জন অস্থায়ী ডেলিভারি কর্মী": our means, not the people harmed
    r"জন(?!\s+(?:\S+\s+){0,2}(?:কর্মী|প্রকৌশলী|টেকনিশিয়ান|চালক|রাইডার|কর্মকর্তা|স্বেচ্ছাসেবক|যাচাইকারী)))"
)
_WHO = re.compile(
    r"\d[\d,.]*\s*(?:টি|টা|জন)?\s*(?:[^\s\d]+\s+){0,2}?" + _WHO_NOUNS,
    re.IGNORECASE,
)
_MEANS_HEAD = re.compile(
    # "40 extra delivery staff", "৬০ জন বাড়তি ডেলিভারি কর্মী": the word counted ("delivery")
    # only describes the head that follows, our own people or vehicles, not the harmed
    r"\S*\s+(?:\S+\s+)?(?:staff|workers?|drivers?|riders?|vans?|trucks?|lorry|lorries|crews?|"
    r"engineers?|technicians?|agents?|officers?|committees?|panels?|teams?|boards?|কর্মী|চালক|"
    r"রাইডার|ভ্যান|ট্রাক|গাড়ি|কর্মকর্তা|প্রকৌশলী|টেকনিশিয়ান|ডেলিভারিম্যান|কমিটি|দল|বোর্ড)"
    r"(?![\w\u0980-\u09ff])",
    re.IGNORECASE,
)


def _counts_who(
    pattern: re.Pattern[str], text: str, counts: list[tuple[int, int]] | None = None
) -> bool:
    """Whether a count of the people or things harmed stands in a text ("about 3,000
    customers"), not one whose noun only describes our means ("60 extra delivery drivers").
    Given where the text's counts are, a match must open on one: "since 23 July, shops"
    opens on a date, and a date counts nobody."""
    return any(
        not _MEANS_HEAD.match(text, m.end())
        and (counts is None or any(start <= m.start() < end for start, end in counts))
        for m in pattern.finditer(text)
    )


_WHO_WORDS = re.compile(
    # "two thousand customers", "hundreds of households", "দুই হাজার গ্রাহক", "তিনশো জন"
    r"(?:\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|thousand|million|dozen)s?|(?:দুই|তিন|চার|পাঁচ|ছয়|সাত|আট|নয়|দশ|বিশ|শত|শো|"
    r"হাজার|লাখ|লক্ষ|কোটি)(?:টি|টা|জন|শো)?)\s+(?:of\s+)?(?:(?:the|our|your|their)\s+)?"
    r"(?:[^\s\d]+\s+)?" + _WHO_NOUNS,
    re.IGNORECASE,
)


_COUNT_CLAUSE_BREAK = re.compile(r"[;\u2013\u2014]| - ")
"""Where a clause of its own begins inside a sentence ("we've stopped the texts \u2013 about
1,900 went out"); not a colon, which labels the count that follows it."""


def _counts_harm(doc: Document, sentence: Sentence) -> bool:
    """Whether a sentence counts the harm. A count in a sentence about what we are doing
    counts only when it counts people or their orders ("we sent 18,400 customers a wrong
    bill"), not our means ("২০টি অতিরিক্ত ভ্যান নামানো হয়েছে", 20 extra vans)."""
    if not doc.has_count(sentence):
        return False
    doing = doc.in_sentence("remediation", sentence)
    if not doing or _counts_who(_WHO, ascii_digits(sentence.text), _counts_at(doc, sentence)):
        return True
    # "we've stopped all billing texts while we check, about 1,900 went out": a count in
    # a clause of its own, beside what we are doing, counts the harm
    text = sentence.text
    breaks = [sentence.start + m.start() for m in _COUNT_CLAUSE_BREAK.finditer(text)]
    bounds = [sentence.start, *breaks, sentence.end]
    for begin, end in pairwise(bounds):
        if any(begin <= m.start < end for m in doing):
            continue
        if any(begin <= start < end for start, _ in doc.count_spans(sentence)):
            return True
    return False


_SHARE = re.compile(r"\d[\d,.]*\s*%\s*(?:of\b|এর|গ্রাহক|ব্যবহারকারী|যাত্রী|অর্ডার|অ্যাকাউন্ট)", re.IGNORECASE)


_MEANS = re.compile(
    # a count of our means, the thing that failed or a size: "two of our buses", "a
    # five-member committee", "৬০ জন অস্থায়ী কর্মী", "তিনটি ব্যাচ", "দুটি এটিএমে", "৪২টি সার্ভিস সেন্টারে"
    r"(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|hundred|dozen)\b|(?<![\u0980-\u09ff])(?:এক|দুই|দু|তিন|চার|পাঁচ|ছয়|সাত|আট|"
    r"নয়|দশ|বিশ|শত|শো))\s*(?:টি|টা|টো|জন)?\s*(?:[^\s\d]+\s+){0,2}?"
    r"(?:\b(?:staff|engineers?|technicians?|vans?|lorry|lorries|trucks?|bus|buses|coach|coaches|"
    r"drivers?|crews?|agents?|member (?:committee|panel|team)|batch|batches|service centres?|"
    r"atms?)\b|"
    r"কর্মী|কর্মকর্তা|প্রকৌশলী|টেকনিশিয়ান|ভ্যান|ট্রাক|বাস(?!া)|চালক|ব্যাচ|এটিএম|সার্ভিস সেন্টার|"
    r"সদস্যের (?:একটি )?(?:কমিটি|দল))",
    re.IGNORECASE,
)


def _counts_affected(doc: Document, sentence: Sentence) -> bool:
    """Whether a sentence counts the affected, as "some customers" asks: a count with the
    people or things of theirs it counts ("about 3,000 customers", "18% of accounts"), or
    any count of the harm that is neither of our means nor what we give back. "Some
    passengers" is not answered by two of our buses breaking down, a five-member committee,
    sixty extra riders, three batches recalled or a 10% discount."""
    if not _counts_harm(doc, sentence):
        return False
    text = ascii_digits(sentence.text)
    counts = _counts_at(doc, sentence)
    if (
        _counts_who(_WHO, text, counts)
        or _SHARE.search(text)
        or _counts_who(_WHO_WORDS, sentence.text)
    ):
        return True
    return not doc.in_sentence("make_good", sentence) and not _MEANS.search(text)


def _counts_at(doc: Document, sentence: Sentence) -> list[tuple[int, int]]:
    """Where a sentence's counts are, in its own text (not its dates, times or phones)."""
    return [
        (start - sentence.start, end - sentence.start) for start, end in doc.count_spans(sentence)
    ]


_CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "-", "\u2013", "\u2014", "!", "?", "।"})


def _in_canned_clause(doc: Document, match: Match) -> bool:
    """Whether a minimising word is part of a canned or conditional apology's clause ("sorry
    for the temporary inconvenience", "sorry if your order's a bit late"): that apology is
    the flaw, and the figures may follow in the next sentence."""
    for canned in doc.in_sentence("non_apology", match.sentence):
        if canned.start < match.end and match.start < canned.end:
            return True
        between = [
            t for t in match.sentence.tokens if canned.end <= t.start and t.end <= match.start
        ]
        if canned.end <= match.start and not any(t.word in _CLAUSE_BREAKS for t in between):
            return True
    return False


_FIRST = re.compile(r"\b(?:first|initially)\b|(?:আগে|প্রথমে)(?![\u0980-\u09ff])", re.IGNORECASE)
_TRIED = re.compile(
    r"\b(?:run|runs|ran|running|roll(?:s|ed|ing)? (?:it |them |changes? )?out|release[sd]?|"
    r"releasing|tr(?:y|ies|ied|ying)|test(?:s|ed|ing)?|pilot(?:s|ed|ing)?)\b|"
    r"(?:চালিয়ে|চালানো|চালাই|চালু|পরীক্ষা|যাচাই)",
    re.IGNORECASE,
)


def _modest_gift(doc: Document, match: Match) -> bool:
    """Whether a minimising word sizes what we give, not the harm ("আমাদের তরফে সামান্য
    ক্ষতিপূরণ", a small compensation from us; "a small goodwill credit"): modesty about the
    make-good, which the make-good's own terms make plain."""
    return any(
        gift.start >= match.end and len(match.part.text[match.end : gift.start].split()) <= 1
        for gift in doc.in_sentence("make_good", match.sentence)
    )


def _trial_group(match: Match) -> bool:
    """Whether a minimising word names the few a change is tried on first, not the harm
    ("every change will first run on a small number of accounts", "আপডেটটা আগে অল্প কিছু
    দোকানে না চালিয়ে"): a staged rollout, said of what we do or failed to do. "First" may
    come after the few as well as before ("it should have been tried on a small group
    first")."""
    text = match.part.text
    return bool(_FIRST.search(text, match.sentence.start, match.sentence.end)) and bool(
        _TRIED.search(text, match.sentence.start, match.sentence.end)
    )


_ONE_HARMED = re.compile(
    r"\b(?:one|a single|only one)\s+(?:[^\s\d]+\s+)?" + _WHO_NOUNS + r"|"
    r"(?<![\u0980-\u09ff])(?:এক|একটি|একটা|একজন)\s+(?:[^\s\d]+\s+)?" + _WHO_NOUNS,
    re.IGNORECASE,
)
"""One person or thing harmed, counted as one ("one child had a slight graze", "একটি শিশুর মুখে
সামান্য আঁচড় লেগেছিল"): how slight that one's harm was is said with its count."""

_IF_CLAUSE = re.compile(
    r"\bif\b|(?<![\u0980-\u09ff])যদি(?![\u0980-\u09ff])|"
    r"(?:থাকলে|গেলে|হলে|পেলে|লাগলে|পড়লে|ঘটলে)(?![\u0980-\u09ff])",
    re.IGNORECASE,
)
_PHRASE_BREAK = re.compile(r"[,;:\u2013\u2014\u0964]")


def _case_named(doc: Document, match: Match) -> bool:
    """Whether a degree word names a case the reader may be in, in a condition ("if your
    form was partly sent, it is saved", "আবেদন আংশিক জমা হয়ে থাকলে তা সংরক্ষিত আছে"), in a
    statement that counts the affected elsewhere: a case to act on, not the harm played
    down."""
    text = match.part.text
    begin, end = match.sentence.start, match.sentence.end
    before = [m.end() for m in _PHRASE_BREAK.finditer(text, begin, match.start)]
    after = _PHRASE_BREAK.search(text, match.end, end)
    clause = text[before[-1] if before else begin : after.start() if after else end]
    if not _IF_CLAUSE.search(clause):
        return False
    return any(_counts_affected(doc, s) for _, s in doc.sentences())


_HOW_LONG = re.compile(r"\bthan\b|কিছুক্ষণ|চেয়ে|চাইতে", re.IGNORECASE)
"""A vague how long ("longer than usual", "কিছুক্ষণ"), answered by a time or a figure in its
own sentence as "some customers" is by a count anywhere."""


def impact(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """Minimising words ("a small number", "brief") in a sentence that gives no figure, or,
    in long form, no figure anywhere (who, since when, how many)."""
    if not doc.short and not any(doc.has_figure(s) for _, s in doc.sentences()):
        yield missing(
            doc,
            "impact_vague",
            "impact",
            say(
                doc,
                "It gives no figures for the impact: not how many, not since when.",
                "ক্ষতির কোনো সংখ্যা নেই: কতজন, কখন থেকে, তা বলা হয়নি।",
            ),
            say(
                doc,
                'Give the figures, approximate if need be: "Since 08:40 UTC about 1,200 '
                'customers could not sign in."',
                'সংখ্যা দিন, আনুমানিক হলেও: "সকাল ৮:৪০ থেকে প্রায় ১,২০০ গ্রাহক লগইন করতে পারেননি।"',
            ),
        )
    if not any(_counts_affected(doc, s) for _, s in doc.sentences()) and not doc.matches(
        "count_unknown"
    ):
        blamed = doc.matches("blame_customer")
        for match in doc.matches("minimising_some"):
            if any(
                b.sentence is match.sentence and b.start < match.end and match.start < b.end
                for b in blamed
            ):
                continue  # "a few passengers arrived late": the ones blamed, not the harmed
            if _trial_group(match):
                continue  # "first on a few accounts": whom a change is tried on
            if _HOW_LONG.search(match.excerpt) and doc.has_figure(match.sentence):
                continue  # "2 hours later than planned": how long, with its figure
            yield at(
                "impact_vague",
                match,
                say(
                    doc,
                    f'"{match.excerpt}" says neither how many nor since when.',
                    f'"{match.excerpt}" কতজন বা কখন থেকে, তা বলে না।',
                ),
                say(
                    doc,
                    'Give the figure, approximate if need be: "about 3,000 customers".',
                    'সংখ্যা দিন, আনুমানিক হলেও: "প্রায় ৩,০০০ গ্রাহক"।',
                ),
            )
    for match in doc.matches("minimising"):
        if _in_canned_clause(doc, match) or _trial_group(match) or _modest_gift(doc, match):
            continue
        # "a small number" needs a count; "brief" is answered by times as well.
        counted = _COUNT_WORDS.search(match.excerpt)
        if (doc.has_count if counted else doc.has_figure)(match.sentence):
            continue
        if not counted and (_ONE_HARMED.search(match.sentence.text) or _case_named(doc, match)):
            continue  # "one child had a slight graze"; "if your form was partly sent"
        yield at(
            "impact_vague",
            match,
            say(
                doc,
                f'"{match.excerpt}" plays the harm down without saying how much.',
                f'"{match.excerpt}" ক্ষতিকে ছোট করে দেখায়, কিন্তু কতটা তা বলে না।',
            ),
            say(
                doc,
                "Give the figure: how many people, since when, for how long (an estimate is fine).",
                "সংখ্যা দিন: কতজন, কখন থেকে, কতক্ষণ (আনুমানিক হলেও চলবে)।",
            ),
        )
    yield from plan_flags(
        doc,
        plan("impact_vague"),
        "impact_vague",
        '"{excerpt}" plays the harm down without saying how much.',
        "Give the figure.",
    )


def over_promise(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """Promises nobody can keep: "never again", "guarantee", "100% secure"."""
    message = say(
        doc,
        '"{excerpt}" promises what nobody can deliver; it will be quoted back at us.',
        '"{excerpt}" এমন প্রতিশ্রুতি যা কেউ রাখতে পারে না; পরে এটি আমাদের দিকেই ফিরবে।',
    )
    suggestion = say(
        doc,
        "Promise the specific changes we are making, each with an owner and a date.",
        "নির্দিষ্ট পরিবর্তনগুলোর প্রতিশ্রুতি দিন, প্রতিটির দায়িত্বপ্রাপ্ত ব্যক্তি ও তারিখসহ।",
    )
    for match in doc.matches("over_promise"):
        if question(match) or doc.in_sentence("disclaimer", match.sentence) or doc.negated(match):
            continue  # "no one can promise it will never happen again" promises nothing
        yield at("over_promising", match, message.format(excerpt=match.excerpt), suggestion)
    yield from plan_flags(doc, plan("over_promising"), "over_promising", message, suggestion)
