"""What a statement contains: the cause (or an honest "not yet known"), what was done and
what happens next, and dated promises.

Long form only, except dated promises, which every channel owes; the next update and where
to get help, which every channel owes as well, are in `next_steps`; the make-good is in
`amends`.

Longer than 400 lines on purpose: the cause and the remediation rules share their word
lists and their tests of what a sentence does, and read best side by side.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from crisiscomms.statements.check.amends import goods_back, pays_back
from crisiscomms.statements.check.document import Document, Match
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
from crisiscomms.statements.check.language import BN_IMPERATIVE, Sentence, nukta_either
from crisiscomms.statements.check.next_steps import behind
from crisiscomms.statements.check.speaking import (
    denied,
    names_us,
    ours_after_all,
    party_failures,
)

_OUR_FAULT = re.compile(
    r"\s*(?:of\s+)?(?:our|my)\s+(?:own\s+)?(?:mistake|error|fault|failure)", re.I
)
_DONE_LINE = re.compile(
    r" (?:- |\* |\u2022 )?(?:replaced|restored|fixed|added|checked|turned|rolled|reverted|reset|"
    r"refunded|contacted|emailed|wrote|sent|removed|blocked|rotated|revoked|moved|installed|"
    r"updated|upgraded|patched|hired|trained|introduced|switched|changed|closed|locked|"
    r"rebuilt|repaired|recalled|credited|reversed|notified|paused|stopped|deleted|brought|"
    r"cleared|retrained|reopened|recruited) "
    r"(?!\d|(?:on|at) \d|(?:mon|tue|wed|thu|fri|sat|sun)\S* )"  # not a heading's "Updated 07:15"
)


_PLACE = re.compile(
    r"\s+(?:at|in|on|within|inside|across|affecting|with|during|throughout)\s+(?:one of\s+)?"
    r"(?:our|the|a|an|its|two|three|several)?\s*"
    # the place's words, up to where a clause of what happened could begin ("at our data
    # centre when a generator failed": the generator is no place)
    r"(?:(?!(?:when|after|because|as|while|which|that|and|but|so|where|who|caused|until|"
    r"before|since|at|in|on|affecting|with)\b)[\w'-]+\s+){0,3}"
    r"(?!(?:when|after|because|as|while|which|that|and|but|so|where|who|caused|until|before|"
    r"since|at|in|on|affecting|with)\b)[\w'-]+",
    re.IGNORECASE,
)
_BN_PLACE = re.compile(nukta_either(r"(?:ে|তে|য়|ের)$"))
"""A Bengali word in the locative or the possessive ("সার্ভারে", "লঞ্চে", "সার্ভারের")."""


def _placed(concrete: Match, vague: list[Match]) -> bool:
    """Whether a concrete word only says where a vague cause happened ("operational issues
    at our sorting hub", "a technical issue on our side affecting the login servers",
    "আমাদের সার্ভারে কারিগরি সমস্যা"): the place, not what went wrong."""
    for match in vague:
        text = match.part.text
        end = match.end
        while (place := _PLACE.match(text, end)) is not None:
            if end <= concrete.start < place.end():
                return True
            end = place.end()  # "… on our side affecting the login servers"
        if (
            concrete.end <= match.start
            and not text[concrete.end : match.start].strip()
            and _BN_PLACE.search(concrete.excerpt)
        ):
            return True  # "আমাদের নিজস্ব সার্ভারে একটি প্রযুক্তিগত ত্রুটির কারণে"
    return False


_SPELT_OUT = re.compile(r":|\s[\u2013\u2014-]\s")
_BN_WORDS = re.compile(r"[^,;:।\s]*[\u0980-\u09ff][^,;:।\s]*")


def _apart(concrete: Match, between: str) -> bool:
    """Whether a Bengali word before a vague cause names what stopped, not where the fault
    was: words stand between them ("আমাদের লঞ্চ এমভি সোনারতরী-সাত কারিগরি সমস্যার কারণে",
    "আমাদের বাস নীলপরী কারিগরি সমস্যার কারণে"), with no break, and it is not the
    possessive right before the vague words ("সার্ভারের কারিগরি ত্রুটি" says where)."""
    if any(mark in between for mark in ",;:।"):
        return False
    words = _BN_WORDS.findall(between)
    possessive = concrete.excerpt.endswith("র")
    return len(words) >= 2 or (len(words) == 1 and not possessive)


_CLAUSE_OPEN = re.compile(r"(?:^|,)\s*(?:as(?: a| the)?)?$", re.IGNORECASE)


def _opens_clause(before: str) -> bool:
    """Whether a cause word opens its sentence or a clause after a comma ("Due to …", "On 5
    November, as a result of …"), so that the clause after the next comma tells what happened."""
    return bool(_CLAUSE_OPEN.search(before.strip(" \t\n-*\u2022")))


def _in_effect(concrete: Match, causes: list[Match], vague: list[Match]) -> bool:
    """Whether a concrete word is in what happened, not in the cause: the cause is a vague
    phrase right beside its cause word ("অপ্রত্যাশিত কারিগরি জটিলতার কারণে আমাদের সার্ভার …",
    "our server stopped due to an unexpected technical issue"), and the word is on the far
    side of the cause word."""
    for cause in causes:
        text = cause.part.text
        for match in vague:
            beside = match.end <= cause.start and not text[match.end : cause.start].strip()
            within = match.start <= cause.start and cause.end <= match.end
            if (
                within
                and cause.excerpt.startswith("কারণ")
                and concrete.start >= match.end
                and not _SPELT_OUT.search(text, match.end, concrete.start)
            ):
                return True  # "মান-নিয়ন্ত্রণ সংক্রান্ত কারণে এই তিনটি ব্যাচ প্রত্যাহার …": what follows
            if (
                within
                and cause.excerpt.casefold().startswith(
                    ("because", "due to", "caused by", "result of", "the result of")
                )
                and concrete.end <= match.start
            ):
                return True  # "the plastic got into the pouches because of a production
                # issue": what got in is the effect; the vague words after it are the cause
            if (
                within
                and cause.excerpt.casefold().startswith(
                    ("because", "due to", "owing to", "result of")
                )
                and concrete.start >= match.end
                and _opens_clause(text[cause.sentence.start : cause.start])
                and "," in text[match.end : concrete.start]
            ):
                return True  # "Due to a system issue, 1.2 lakh customers were charged twice",
                # "On 5 November, as a result of a security incident, a spreadsheet … was
                # emailed": the clause after the comma is what happened
            if (
                (beside or within)
                and cause.excerpt.startswith(("কারণ", "ফলে", "দরুন"))
                and concrete.end <= match.start
                and _apart(concrete, text[concrete.end : match.start])
            ):
                return True  # "আমাদের লঞ্চ এমভি সোনারতরী-সাত কারিগরি সমস্যার কারণে থেমে যায়"
            if match.end <= cause.start and not text[match.end : cause.start].strip():
                # the vague cause, then its cause word; not what a colon goes on to say
                # ("একটি নিরাপত্তা দুর্বলতার কারণে ঘটেছে: পাতাটি পাসওয়ার্ড ছাড়াই খোলা যেত")
                return concrete.start >= cause.end and not _SPELT_OUT.search(
                    text, cause.end, concrete.start
                )
            if cause.end <= match.start and not text[cause.end : match.start].strip():
                return concrete.end <= cause.start  # the cause word, then the vague cause
    return False


_FOUND = (
    r"(?:identify|identified|find|found|locate|located|pinpoint|pinpointed|trace|traced|"
    r"isolate|isolated|confirm|confirmed|determine|determined|establish|established|"
    r"track down|tracked down|uncover|uncovered)"
)
_CAUSE = r"the (?:root |likely |probable |main |underlying |exact )?(?:cause|source)"
_PLAIN = r"(?:(?! [:-] )[^,;()\u2013\u2014])"
"""A word of what the cause is of, up to a break where its content could follow."""
_ANNOUNCED = re.compile(
    # "We have identified the cause of the sync failures.", "The cause has been found.":
    # a cause said to be known, with nothing of what it is
    rf"(?:we|our (?:\S+ )?(?:engineers?|teams?)) (?:have |has |now |also |finally )*{_FOUND} "
    rf"{_CAUSE}(?: of (?:the |this |these |today 's )?{_PLAIN}*)?"
    rf"|{_CAUSE}(?: of (?:the |this |these |today 's )?{_PLAIN}*)? "
    rf"(?:have |has )?(?:now )?be (?:now )?{_FOUND}",
)
_BN_ANNOUNCED = re.compile(
    # "সমস্যার কারণ আমরা খুঁজে পেয়েছি।", "বিভ্রাটের কারণ চিহ্নিত করা হয়েছে।"
    nukta_either(
        r"(?:\S+ ){0,3}(?:মূল |আসল )?কারণ(?:টি|টা)? (?:আমরা )?(?:খুঁজে পেয়েছি|খুঁজে পাওয়া গেছে|"
        r"চিহ্নিত করেছি|চিহ্নিত করা হয়েছে|শনাক্ত করেছি|শনাক্ত করা হয়েছে|জানা গেছে|ধরা পড়েছে|"
        r"বের করেছি|বের করা হয়েছে)"
    ),
)


def _announced(sentence: Sentence, language: str) -> bool:
    """Whether a sentence only says that the cause is known, not what it is."""
    if language == "bn":
        words = sentence.surface.strip().rstrip("।.! ").strip()
        return bool(_BN_ANNOUNCED.fullmatch(words))
    words = sentence.line.strip().rstrip(".! ").strip()
    return bool(_ANNOUNCED.fullmatch(words))


_HEADING = re.compile(
    nukta_either(
        r"\s*(?:the )?(?:root cause|cause|causes|why (?:it|this) happened|why|what happened|"
        r"what went wrong|what caused (?:it|this)|how (?:it|this) happened|"
        r"how (?:did )?(?:it|this|that) (?:happen|happened|go wrong|went wrong)|"
        r"মূল কারণ|কারণ|কী হয়েছিল|কী ঘটেছিল|কী ভুল হয়েছিল|কী হয়েছে|কী ঘটেছে|কী ভুল হয়েছে|"
        r"(?:কেন|কীভাবে|কিভাবে|কী করে|কি করে|কী কারণে) (?:এমন |এটা |এটি |এই ভুল |ভুলটা |ভুলটি )?"
        r"(?:হলো|হল|হয়েছে|হয়েছিল|ঘটল|ঘটলো|ঘটেছিল|ঘটেছে|হচ্ছে)|"
        # a question in a Q&A that asks why ("Why was my order late?", "What caused the
        # outage?", "আমার অর্ডার কেন দেরিতে এল?"): the answer under it is the cause
        r"why (?:\S+ ){1,7}?\S+(?=\s*\?)|what (?:caused|went wrong)(?: \S+){0,6}(?=\s*\?)|"
        r"(?:\S+ ){0,5}কেন(?: \S+){1,5}(?=\s*\?))\s*[:?\-\u2013\u2014]?\s*"
    ),
    re.IGNORECASE,
)


def _heading(sentence: Sentence) -> bool:
    """Whether a sentence is only a heading over the cause ("Why it happened", "কারণ")."""
    return bool(_HEADING.fullmatch(sentence.text))


_SUBJECT_LINE = re.compile(nukta_either(r"\s*(?:subject|re|বিষয়)\s*:"), re.IGNORECASE)
_POINTER = re.compile(
    r"(?:what|how|why) (?:\S+ )?(?:happen|went wrong|go wrong|caus)|কী (?:হয়েছিল|ঘটেছিল)|কেন",
    re.IGNORECASE,
)


def _subject_pointer(match: Match) -> bool:
    """Whether a cause word only names what the letter is about in its subject line
    ("Subject: Payroll is back up \u2013 what happened on Tuesday"): the cause is still owed."""
    return bool(_SUBJECT_LINE.match(match.sentence.surface)) and bool(_POINTER.match(match.excerpt))


def _vague_next(doc: Document, match: Match) -> bool:
    """Whether the sentence after a heading gives only a vague cause ("operational
    challenges at our pharmacy hub", "পরিচালনাগত কারণে"): the heading promises a cause that
    the text does not give."""
    sentences = [s for p, s in doc.sentences() if p is match.part]
    index = next(i for i, s in enumerate(sentences) if s is match.sentence)
    following = sentences[index + 1 : index + 2]
    return bool(following) and bool(_vague_here(doc, following[0]))


def _vague_here(doc: Document, sentence: Sentence) -> list[Match]:
    """The vague causes of a sentence, and the symptom said again as its cause ("caused by
    our platform becoming unavailable", "লাইনে বিদ্যুৎ সরবরাহ বন্ধ হয়ে গেছে")."""
    return doc.in_sentence("cause_vague", sentence) + doc.in_sentence("cause_restated", sentence)


_SPARED = re.compile(
    r"\b(?:no|not|never|none)\b[^.;:]*\b(?:involved|affected|exposed|accessed|taken|included|"
    r"at risk|held|stored|seen|touched|impacted)\b[^.;:]*$",
    re.IGNORECASE,
)
_BN_SPARED = re.compile(r"(?:হয়নি|ছিল না|যায়নি|পড়েনি|নেই)\s*,?\s*$")


def _spared(match: Match, language: str) -> bool:
    """Whether a cause word tells why something was spared ("no card details were involved,
    because we do not store them", "কার্ডের তথ্য ফাঁস হয়নি, কারণ …"), not what went wrong."""
    before = match.part.text[match.sentence.start : match.start]
    word = match.excerpt.casefold()
    if language == "bn":
        return word in ("কারণ", "কারণ,") and bool(_BN_SPARED.search(before))
    return word.startswith("because") and bool(_SPARED.search(before))


def _inside(concrete: Match, vague: list[Match]) -> bool:
    """Whether a concrete word is part of a vague cause ("a configuration issue")."""
    return any(m.start <= concrete.start and concrete.end <= m.end for m in vague)


_STATUS_LABEL = re.compile(
    nukta_either(r"\s*(?:status|state|stage|অবস্থা|স্ট্যাটাস|পর্যায়)\s*:"), re.IGNORECASE
)
"""A status page's label line ("অবস্থা: তদন্ত চলছে", "Status: investigating"): the stage of
the incident, not an honest word that its cause is not yet known."""
_STAGE_STAMP = re.compile(r"\s*(?:[^\s·•|]+ ){0,2}[^\s·•|]+\s*[·•|]\s*\S")
"""The same label with its time after a dot or a bar ("তদন্ত চলছে · ২১ আগস্ট, দুপুর ১:১০",
"Investigating · 21 Aug, 13:10"): a stage stamped, not a word on the cause."""


_TITLE_TAIL = re.compile(
    r"\s[\u2013\u2014-]\s+(?P<tail>(?:[^\s.!?\u0964]+ ){0,3}[^\s.!?\u0964:]+)\s*$"
)
"""The stage after a dash at the end of a title line ("মার্চেন্ট পেমেন্টে টাকা দুবার কাটা — তদন্ত
চলছে", "Transfers failing \u2013 cause identified"): a few words, no full stop."""


def _stage_tail(match: Match) -> bool:
    """Whether a cue is only the stage a title ends on, after a dash ("… — তদন্ত চলছে",
    "… — কারণ শনাক্ত হয়েছে"), as a status page labels its incident: neither an honest word
    that the cause is not yet known nor a cause given."""
    tail = _TITLE_TAIL.search(match.sentence.text.rstrip())
    return tail is not None and match.start - match.sentence.start >= tail.start("tail")


def _pointer(match: Match) -> bool:
    """Whether a cause word is only a heading's ("What happened:", "Why it happened",
    "কী ঘটেছিল"), which points at a cause rather than giving it."""
    return bool(_HEADING.fullmatch(match.excerpt)) and not match.part.text[
        match.sentence.start : match.start
    ].strip(" \t\n-*\u2022#")


def _subject_line(match: Match) -> bool:
    """Whether a cause word is in an email's subject line, which names the incident ("Subject:
    your name and address were leaked"), not why it happened: the body owes the cause."""
    return bool(_SUBJECT_LINE.match(match.sentence.surface))


_HARM_BEFORE = re.compile(
    # "দেরির কারণে", "এই ঘটনার কারণে", "আমাদের কারণেই", "এ কারণে": the harm, the incident, or
    # whoever owns it, put as the reason for what follows
    r"(?<![\u0980-\u09ff])(?:দেরি|দেরী|বিলম্ব|বিভ্রাট|বিঘ্ন|ঘটনা|ঘটনাটি|ঘটনাটা|ভোগান্তি|অসুবিধা|বাতিল|"
    r"আমাদের|আমার|আপনাদের|আপনার|তাদের|এর|এ|এই|সে|সেই|তার|ওই)(?:র|ের)?\s+$"
)


_BN_NOT_WORKING = re.compile(
    # "পোর্টাল কাজ করছে না", "কেউ লগইন করতে পারছেন না": what is not working now
    r"\S+(?:ছে|ছেন|চ্ছে|চ্ছেন) না(?![\u0980-\u09ff])"
)


_IF_YOU = re.compile(r"\bif (?:you|your|any of you|anyone)\b[^.;:!?]*$", re.IGNORECASE)
"""The reader's case in a condition ("if you paid a bank charge because of the fee, …"):
what befell them, not why it happened."""
_ASKS_YOU = re.compile(
    r"\b(?:tell|let|show)\s+(?:us|me)(?:\s+know)?\s+(?:about\s+)?$|\b(?:describe|explain)\s+$",
    re.IGNORECASE,
)
"""The reader asked for their own account ("Tell us what happened in the app"): what befell
them, told to us, not why it happened."""
_BN_DATE_BEFORE = re.compile(
    nukta_either(
        r"(?:[0-9\u09e6-\u09ef]+(?:টা|টার|টায়|ই|শে|লা|রা|ঠা)?|জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|"
        r"জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর|সকাল|দুপুর|বিকেল|সন্ধ্যা|রাত|আজ|গতকাল|"
        r"শনিবার|রবিবার|সোমবার|মঙ্গলবার|বুধবার|বৃহস্পতিবার|শুক্রবার)\s+$"
    )
)
"""A date or time right before "থেকে": since then, not "from" a cause."""
_BN_NO_NEWS = re.compile(r"খবর|অভিযোগ|রিপোর্ট|প্রমাণ")
"""News not received ("কারও অসুস্থ হওয়ার খবর আমরা পাইনি", no report of anyone falling ill):
what has not happened, not what went wrong."""


_BN_NOT_AFTER = re.compile(r"\s*(?:না|নি)(?![\u0980-\u09ff])")
_CONNECTIVE = re.compile(
    r"কারণ|ফলে|দরুন|because|due|cause|result|lead|stem|trigger|why|how|what", re.I
)
_EN_APOLOGY_FOR = re.compile(r"\b(?:sorry|apologi[sz]e|apologies)\s+(?:for|that)\b[^.;:!?]*$", re.I)
_BN_FOR = re.compile(r"জন্য(?![\u0980-\u09ff])")
_BN_EVENT = re.compile(r"(?:হয়ে|হয়ে) যাওয়ার|হওয়ার|যাওয়ার|পড়ার|থাকার")
"""An event told as a verbal noun ("বন্ধ হয়ে যাওয়ার"): what an apology is for, when it
comes right before জন্য … দুঃখিত."""
_WRONG = re.compile(
    r"(?<![\u0980-\u09ff])(?:ভুল|বাড়তি|অতিরিক্ত|দ্বিগুণ|ত্রুটিপূর্ণ)\s+(\S+?)(?:য়ের|ের|র)\s+$"
)


def _harm_again(doc: Document, match: Match, before: str) -> bool:
    """Whether a Bengali "কারণে" clause names the wrong thing already told of as the harm
    ("বিলে ২৩,৬০০ জন বেশি টাকার বিল পেয়েছিলেন … ভুল বিলের কারণে যাঁরা দেরিতে দিয়েছেন"):
    its consequence for the reader, not what went wrong. A wrong thing first named here ("ভুল
    সেটিংয়ের কারণে") is a cause."""
    wrong = _WRONG.search(before)
    if wrong is None or len(wrong.group(1)) < 2:
        return False
    stem = wrong.group(1)
    for _, sentence in doc.sentences():
        if sentence is match.sentence:
            return False
        if any(t.word.startswith(stem) for t in sentence.tokens):
            return True
    return False


def _the_harm(doc: Document, match: Match, before: str) -> bool:
    """Whether a cause word is no cause by its place: the cue said not to be ("আপনাদের দিক
    থেকে কোনো ভুল ছিল না", "there was no fault on your side"); an event named as what an
    apology is for ("বিদ্যুৎ বন্ধ হয়ে যাওয়ার দুশ্চিন্তার জন্য দুঃখিত", "sorry for the
    crash"), not why it happened."""
    text = match.part.text
    if doc.language == "bn":
        if _BN_NOT_AFTER.match(text, match.end):
            return True
        after = text[match.end : match.sentence.end]
        for_ = _BN_FOR.search(after)
        if (
            for_ is not None
            and _BN_EVENT.search(text, match.start, match.end + for_.start())
            and not _CONNECTIVE.match(match.excerpt)
            and any(
                m.start >= match.end + for_.end()
                for m in doc.in_sentence("apology", match.sentence)
            )
            and not _CONNECTIVE.search(after[: for_.start()])
        ):
            return True
    else:
        if before.rstrip().casefold().endswith((" no", "\nno")) or before.casefold() == "no ":
            return True
        if _EN_APOLOGY_FOR.search(before) and not _CONNECTIVE.match(match.excerpt):
            return True
    return False


def _not_the_cause(doc: Document, match: Match) -> bool:
    """Whether a cause word gives no cause: the reader's case in a condition ("if you paid a
    bank charge because of the fee"); in Bengali, the harm, the incident or its owner as the
    reason ("দেরির কারণে ভর্তির তারিখ বাড়ানো হলো", "এই দেরি আমাদের কারণেই"), or "ফলে …"
    ("as a result") opening a sentence after one that only says what is not working ("পোর্টাল
    কাজ করছে না। ফলে …": the symptom, then its effect; after "আমরা … আপডেট দিই", what we
    did, it joins a cause to its effect)."""
    before = match.part.text[match.sentence.start : match.start]
    if _the_harm(doc, match, before):
        return True
    if doc.language != "bn":
        word = match.excerpt.casefold()
        if word.startswith(("what", "how", "why")) and _ASKS_YOU.search(before):
            return True  # "Tell us what happened in the app": the reader's account
        return bool(_IF_YOU.search(before))
    word = match.excerpt
    if word.startswith("থেকে") and _BN_DATE_BEFORE.search(before):
        return True  # "৬ ডিসেম্বর থেকে এই তিন ব্যাচের সরবরাহ বন্ধ": since a date, not from a cause
    if word.endswith(("পাইনি", "পাই নি")) and _BN_NO_NEWS.search(match.sentence.surface):
        return True  # "কারও অসুস্থ হওয়ার খবর আমরা পাইনি": no report received
    if word == "ফলে" and before.strip(" \t\n-*\u2022") in ("", "এর", "আর", "এতে"):
        sentences = [s for p, s in doc.sentences() if p is match.part]
        index = next(i for i, s in enumerate(sentences) if s is match.sentence)
        if index == 0:
            return False
        previous = sentences[index - 1]
        return bool(
            _BN_NOT_WORKING.search(previous.surface) or doc.in_sentence("cause_restated", previous)
        )
    return word.startswith("কারণে") and (
        bool(_HARM_BEFORE.search(before)) or _harm_again(doc, match, before)
    )


_FOUND_DONE = re.compile(
    r"(?:found|identified|traced|determined|established|confirmed|pinned down|tracked down|"
    r"located|isolated|pinpointed|uncovered)\b",
    re.IGNORECASE,
)


_FOUND_SINCE = re.compile(
    r"(?<!once )(?<!when )(?<!until )(?<!after )(?<!if )(?<!before )"
    r"\b(?:we|team|engineers|i|it) (?:have|has|had) (?:now |since |already |finally )?"
    r"(?:identified|found|traced|pinpointed|determined|established|pinned down|tracked down|"
    r"isolated|uncovered) (?:what caused|the (?:root |likely |probable |main |underlying |"
    r"exact )?(?:cause|source))\b",
    re.IGNORECASE,
)
_BN_FOUND_SINCE = re.compile(
    r"কারণ(?:টি|টা)? (?:\S+ )?(?:চিহ্নিত|শনাক্ত|খুঁজে পাওয়া|বের) (?:করেছি|করা হয়েছে|করা গেছে|হয়েছে|গেছে)"
    r"(?![\u0980-\u09ff])|কারণ(?:টি|টা)? (?:\S+ )?(?:খুঁজে পেয়েছি|পেয়েছি|বের করেছি)(?![\u0980-\u09ff])"
)


def _found_since(doc: Document) -> bool:
    """Whether the text tells the cause as found by now, and gives it vaguely there or in
    the next sentence ("We have now identified the cause: a technical issue affecting the
    appointment system"): an older update's "we don't yet know why" below it no longer
    excuses a cause with no content."""
    pattern = _BN_FOUND_SINCE if doc.language == "bn" else _FOUND_SINCE
    sentences = list(doc.sentences())
    return any(
        pattern.search(sentence.surface)
        and not _STATUS_LABEL.match(sentence.surface)
        and any(_vague_here(doc, told) for _, told in sentences[index : index + 2])
        for index, (_, sentence) in enumerate(sentences)
    )


def _found_it(doc: Document, match: Match) -> bool:
    """Whether a search for the cause is told as finished, with the cause in the same
    sentence ("We've found the cause: …", "our engineers traced the source of the fault to
    …"), not as still going on: that cause is judged as given (vague or not), not excused as
    not yet known. "We've found the cause." alone may have it told in the next sentence."""
    return (
        bool(_FOUND_DONE.match(match.excerpt))
        and not doc.negated(match)
        and not _announced(match.sentence, doc.language)
    )


_BECAUSE = re.compile(r"because|since|as|কারণ\S*", re.IGNORECASE)
_OWNED_THEN = re.compile(r"(?:fault|mistake|doing|error|failure)\s*:$", re.IGNORECASE)
_YOUR_REASON = re.compile(r"\s+(?:you|আপনি|আপনারা)\b", re.IGNORECASE)


_BN_STEP_AHEAD = re.compile(
    # "বকেয়ার কারণে সংযোগ কাটার আগে এখন একজন কর্মী ফোন করে নিশ্চিত হবেন": the sentence
    # ends on a step still to come (ours or our staff's), in the future tense
    r"(?<![\u0980-\u09ff])(?:হবেন|হবে|করবেন|করবে|করব|করবো|দেবেন|দেবে|দেব|দেবো|নেবেন|নেবে|নেব|"
    r"নেবো|জানাবেন|জানাবে|জানাব|জানাবো|পাঠাবেন|পাঠাবে|পাঠাব|পাঠাবো|রাখবেন|রাখবে|রাখব|রাখবো|"
    r"দেখবেন|দেখবে|দেখব|দেখবো|থাকবেন|থাকবে|থাকব|থাকবো)\s*[।.!]?\s*$"
)


_EN_STEP_WHEN = re.compile(r"\b(?:before|whenever)\b[^.;:!?,]*$", re.IGNORECASE)
_EN_WILL = re.compile(r",[^.;:!?]*\b(?:will|'ll)\b", re.IGNORECASE)


def _why_we_acted(doc: Document, match: Match) -> bool:
    """Whether a cause word follows, in its sentence, a step we took ("we recalled the bars
    because …", "we paused payments because …"): it gives the reason for the step; or opens
    the reader's own reason ("you chose this bar because you trusted our label"); or sits in
    a sentence that tells a step to come ("Before we cut off a line because of unpaid dues, a
    staff member will now phone", "বকেয়ার কারণে সংযোগ কাটার আগে এখন একজন কর্মী ফোন করবেন"):
    when a step of ours is taken, not what went wrong."""
    if (
        doc.language == "en"
        and _EN_STEP_WHEN.search(match.part.text, match.sentence.start, match.start)
        and _EN_WILL.search(match.part.text, match.end, match.sentence.end)
    ):
        return True  # "Before we cut off a line because of unpaid dues, a staff member will
        # now phone": when a step of ours is taken, not what went wrong
    if not _BECAUSE.fullmatch(match.excerpt):
        return False
    if _YOUR_REASON.match(match.part.text, match.end):
        return True
    if doc.language == "bn" and _BN_STEP_AHEAD.search(match.sentence.surface):
        return True
    return any(m.end <= match.start for m in doc.in_sentence("remediation", match.sentence))


_BN_WEAK_CAUSE = re.compile(
    r"(?:এর )?ফলে|বন্ধ হয়ে|\S+ কথা ছিল|নষ্ট হয়েছে|আটকে (?:যায়|গেছে|গিয়েছে|ছিল|থাকে)|থেকে এই|"
    r"আমরা\S* (?:\S+ ){0,6}\S+তে পারিনি"
)
"""Bengali cause words that tell the consequence ("ফলে", and whatever follows it in its
sentence), the symptom ("বন্ধ হয়ে", "আটকে যায়", "রান্না নষ্ট হয়েছে"), where something is
taken from ("কাউন্টার থেকে এই টাকা"), the plan that fell through ("ছাড়ার কথা ছিল") or what
we could not give ("আমরা সেই ভরসা রাখতে পারিনি", "আমরা সেটাই দেখাতে পারিনি": the failure
owned, as "we let you down"), not a cause of their own."""


_DIGIT = re.compile(r"\d")


def _figured(doc: Document, sentence: Sentence) -> bool:
    """Whether a sentence counts something in figures ("১৪টি ঘটনার ৩টিতে", "8,300
    গ্রাহকের"), as the impact is told; not a number word ("দুটি তালিকা অদলবদল হয়ে গিয়েছিল")."""
    spans = list(doc.count_spans(sentence))
    return any(
        _DIGIT.search(token.word)
        for token in sentence.tokens
        if any(start <= token.start and token.end <= end for start, end in spans)
    )


_BN_PLAN_FELL = re.compile(r"\S+ কথা ছিল")


_TOLD_TO_US = re.compile(
    r"\b(?:told|tell|tells|telling|warned|alerted|showed) us\b|\b(?:reports?|complaints?) "
    r"(?:from|of|that)\b|\b(?:reported|complained)\b(?![^.;:!?]*\b(?:we|our)\b)",
    re.IGNORECASE,
)


def _told_to_us(match: Match) -> bool:
    """Whether a cause word is in what people told us before it in its sentence ("three
    customers told us their heater overheated", "after 19 customers reported the lid had come
    loose"): the harm as it reached us, not what went wrong."""
    before = match.part.text[match.sentence.start : match.start]
    return bool(_TOLD_TO_US.search(before))


def _concrete_beside(doc: Document, match: Match) -> bool:
    """Whether a cause word, in a text that gives its cause vaguely elsewhere, has something
    concrete in its sentence ("a software update we released on Sunday doubled the charge").
    Without it the word tells no second cause: "the cause was a technical problem … a report
    on what happened by 30 May", "… কারিগরি ত্রুটি দেখা দেয়। ফলে ৩,২০০ জনের উত্তর জমা
    হয়নি", "we switched off automatic billing": the consequence, a report promised, or a
    step taken, while the cause stays the vague one."""
    vague = _vague_here(doc, match.sentence)
    others = [
        concrete
        for concrete in doc.in_sentence("concrete_cause", match.sentence)
        if not _inside(concrete, vague)
        and not (match.start <= concrete.start and concrete.end <= match.end)
    ]
    if doc.language == "bn" and not (
        _BN_WEAK_CAUSE.fullmatch(match.excerpt)
        or "ফলে" in match.part.text[match.sentence.start : match.start]
    ):
        # Bengali causes are told in words no concrete list holds; but a sentence that
        # counts the harm with nothing concrete beside the cue tells the harm again ("১৪টি
        # ঘটনার ৩টিতে হাত ও মুখ পুড়ে গেছে", "৮,৩০০ গ্রাহকের কাছ থেকে বাড়তি নিয়েছিলাম")
        return not (_figured(doc, match.sentence) and not others)
    if _BN_PLAN_FELL.fullmatch(match.excerpt):
        # "আমাদের লঞ্চের রাত ৮টায় ছাড়ার কথা ছিল": what was to happen; only words after it
        # can tell what went wrong instead
        return any(concrete.start >= match.end for concrete in others)
    return bool(others)


def _cause_headings(doc: Document) -> Iterator[Match]:
    """Headings over the cause that no cue names ("কী হয়েছে" over "আমাদের দল … বুকিংগুলো
    সরাতে বাদ দিয়ে ফেলে"), with lines under them: judged like "What happened"."""
    known = {id(m.sentence) for m in doc.matches("cause_known")}
    for part, sentence in doc.sentences():
        if id(sentence) not in known and _heading(sentence) and _section(doc, sentence):
            start = sentence.start + len(sentence.text) - len(sentence.text.lstrip())
            yield Match(part, sentence, start, sentence.start + len(sentence.text.rstrip()))


def root_cause(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """The cause in plain words, or an honest "we don't know yet, here is what we know"."""
    if doc.short:
        return
    unknown = [
        m
        for m in doc.matches("cause_unknown")
        if not _STATUS_LABEL.match(m.sentence.surface)
        and not _STAGE_STAMP.match(m.sentence.surface)
        and not _stage_tail(m)
        and not _found_it(doc, m)
    ]
    if unknown and _found_since(doc):
        unknown = []  # "IDENTIFIED: we have found the cause: …" over "INVESTIGATING: we
        # don't yet know why": the cause is owed as found, not excused as unknown
    if unknown or plan_hits(doc, plan("root_cause_missing")):
        return
    blamed = [
        m
        for m in [*doc.matches("blame_other"), *party_failures(doc)]
        if not denied(m, doc.language)
        and not names_us(doc, m, strict=True)
        and not ours_after_all(doc, m)
    ]
    # "Nothing needs fixing on your side" tells the reader what not to do, not whose fault it was
    blamed += [m for m in doc.matches("blame_customer") if not doc.negated(m, clause=True)]
    if blamed:
        return  # a cause is given, if one laid on someone else: blame_shifting says so
    vague = doc.matches("cause_vague")
    told: list[Match] = []  # the cause words that count, each with whether it was vague
    said_vaguely = False
    for match in [*doc.matches("cause_known"), *_cause_headings(doc)]:
        if _OUR_FAULT.match(match.part.text, match.end):
            continue  # "because of our mistake" owns it; it does not say what went wrong
        sentence = match.sentence
        if _STATUS_LABEL.match(sentence.surface):
            continue  # "অবস্থা: কারণ চিহ্নিত", "Status: cause identified": the stage, not the cause
        if _announced(sentence, doc.language):
            continue  # "we have found the cause" is no cause until it says what it is
        if _stage_tail(match):
            continue  # "… — কারণ শনাক্ত হয়েছে" ends a title on its stage, "cause identified"
        if denied(match, doc.language):
            continue  # "it was not due to the weather": a cause ruled out is none given
        if _heading(sentence) and _vague_next(doc, match):
            said_vaguely = True
            continue  # "Why it happened" over "operational challenges at our hub"
        if _subject_pointer(match) or _subject_line(match):
            continue  # "Subject: … - what happened on Tuesday" promises the cause
        if _spared(match, doc.language):
            continue  # "no card details were involved, because we do not store them"
        if _not_the_cause(doc, match):
            continue  # "because of us", "দেরির কারণে", "ফলে …": the harm or its owner
        given = [m for m in doc.in_sentence("make_good", sentence) if not goods_back(m)]
        if given and not doc.in_sentence("concrete_cause", sentence):
            continue  # "Because this hit a Monday morning, you get a week free": why we give
            # (not "… ফেরত চেয়েছিলাম, কারণ আমাদের নকশায় …": the goods asked back, and why)
        vague_here = _vague_here(doc, sentence)
        if vague_here and not any(
            not _inside(concrete, vague_here)
            and not _placed(concrete, vague_here)
            and not _in_effect(concrete, doc.in_sentence("cause_known", sentence), vague_here)
            for concrete in doc.in_sentence("concrete_cause", sentence)
        ):
            said_vaguely = True
            continue
        told.append(match)
    if said_vaguely:
        # "We recalled the bars because some contained peanut. The recall was caused by a
        # production issue.": where the cause is given, and vaguely, a "because" after what
        # we did says why we acted, not what went wrong; and "That's our mistake: you paid
        # once and we took the money twice" beside "caused by a system error" tells the harm
        # again after owning it, the cause being the vague one
        told = [
            match
            for match in told
            if not _why_we_acted(doc, match)
            and not _told_to_us(match)
            and not _OWNED_THEN.search(match.excerpt)
            and _concrete_beside(doc, match)
        ]
    # A heading ("What happened", "কেন হলো?") stands for a cause said in plain words under
    # it; where the text says its cause and that cause is vague, the heading gives none.
    if any(not (said_vaguely and _pointer(match)) for match in told):
        return
    suggestion = say(
        doc,
        'State the cause plainly ("A power supply in our data centre burnt out at 09:12"), '
        'or say "We do not know the cause yet. Here is what we know so far: …".',
        'কারণটি সহজ ভাষায় বলুন, অথবা বলুন "কারণ এখনও জানি না। এখন পর্যন্ত যা জানি: …"।',
    )
    if vague:
        for match in vague:
            yield at(
                "root_cause_missing",
                match,
                say(
                    doc,
                    f'"{match.excerpt}" is not a cause: it says nothing about what went wrong.',
                    f'"{match.excerpt}" কোনো কারণ নয়: কী ভুল হয়েছে তা বলে না।',
                ),
                suggestion,
            )
        return
    yield missing(
        doc,
        "root_cause_missing",
        "root_cause",
        say(
            doc,
            "It neither gives the cause nor says that the cause is not yet known.",
            "কারণটি বলা হয়নি, আবার কারণ যে এখনও অজানা তাও বলা হয়নি।",
        ),
        suggestion,
    )


_GOODWILL = re.compile(
    r"credit|compensat|waive|voucher|goodwill|ক্রেডিট|ক্ষতিপূরণ|ভাউচার|মওকুফ|"
    # what we give free or as a bonus ("৫০ টাকার বিদ্যুৎ বিনা মূল্যে যোগ হবে", "১ জিবি বোনাস
    # ডেটা"): a make-good added to the account, not a fix
    r"বিনা ?মূল্যে|বোনাস|উপহার|"
    # a discount on the next order ("পরের অর্ডারে ৳১৫০ ছাড় পাবেন")
    r"[\d০-৯][\d০-৯,]*\s*(?:টাকা(?:র)?\s*)?ছাড়|ছাড় (?:পাবেন|দেওয়া|দিচ্ছি|দেব)|"
    # a discount, as in English ("20% off its June subscription", "a 30% discount")
    r"\d[\d.,]*\s*%\s*(?:off\b|discount)",
    re.IGNORECASE,
)
# What the reader may do with a make-good ("which you can spend on …", "যা ব্যবহার করতে
# পারবেন"): it tells how to use what we give, not what is done to put the fault right.
_SPEND = re.compile(
    r"(?:you|customers?|drivers?|passengers?) "
    r"(?:can|could|may|might|will be able to|'ll be able to)\b|"
    r"(?:ব্যবহার|খরচ) (?:\S+ )?(?:করতে পারবেন|করা যাবে)",
    re.IGNORECASE,
)
# A booking, order or appointment that got cancelled (intransitive "বাতিল হয়েছে", "বাতিল
# হয়ে গেছে") or a cancellation named as a noun ("বাতিলের বার্তা"): the harm, not an act.
_BEFALL = re.compile(r"বাতিল(?:ের| হয়ে গেছে| হয়েছে| হলো| হল)(?![\u0980-\u09ff])")
_POLITE = re.compile(r"please|দয়া করে|অনুগ্রহ করে|অনুগ্রহপূর্বক", re.IGNORECASE)


def _overlaps(match: Match, others: list[Match]) -> bool:
    """Whether another cue's match shares words with this one."""
    return any(
        o.sentence is match.sentence and o.start < match.end and match.start < o.end for o in others
    )


_MEANWHILE = re.compile(
    r"please|in the meantime|meanwhile|until then|দয়া করে|অনুগ্রহ করে|অনুগ্রহপূর্বক", re.IGNORECASE
)
_NEWS = re.compile(
    r"update|report|news|write-up|account of|further information|more information|"
    r"further details|আপডেট|হালনাগাদ|প্রতিবেদন|রিপোর্ট|পরবর্তী তথ্য",
    re.IGNORECASE,
)
# What the reader is owed, not what to do ("you should decide who sees your results", "you
# should have been told"); what we took from them, not what we did ("we took that choice
# away from you").
_OWED = re.compile(
    r"you\s+(?:should|ought\s+to)\s+(?:(?:not|never)\s+)?(?:have\s+(?:been|had|received|got|"
    r"heard)|decide|choose|be\s+the\s+one|be\s+able\s+to)\b|"
    r"(?:we\s+(?:have\s+|had\s+)?)?(?:take|took|taken)\s+(?:\S+\s+){0,3}?away\b",
    re.IGNORECASE,
)
# Bengali make-good sentences: the money or gift credited ("ওয়ালেটে জমা হবে", "যোগ হবে").
_BN_MONEY = re.compile(r"টাকা|৳|₹|রুপি|Tk\b")
_BN_GIVEN = re.compile(r"(?:জমা|যোগ|ক্রেডিট|পাঠানো|পাঠিয়ে)")
_CAUSE_HEADING = re.compile(
    r"\s*(?:the )?(?:root cause|cause|why|why it happened|what happened|what went wrong|"
    r"মূল কারণ|কারণ|কী হয়েছিল|কেন হয়েছে|কেন এমন হলো)\s*:",
    re.IGNORECASE,
)
_GIVING = frozenset(
    {
        "add",
        "take",
        "give",
        "offer",
        "provide",
        "pay",
        "cover",
        "credit",
        "compensate",
        "reimburse",
        "waive",
        "issue",
        "put",
        "send",
    }
)
"""Verbs that, in a sentence offering a make-good, only say what we give back."""
_HANDING = frozenset({"email", "send", "post", "text", "mail"})
"""Verbs that, after a make-good in their sentence, only hand it over."""
_ORDINARY = frozenset(
    {
        "start",
        "begin",
        "move",
        "change",
        "switch",
        "update",
        "upgrade",
        "release",
        "put",
        "load",
        "send",
        "add",
        "take",
        "open",
        "install",
        "deploy",
        "introduce",
        "launch",
        "build",
        "set",
        "run",
        "use",
        "process",
        "double",
        "increase",
        "limit",
        "ship",
        "bring",
        "get",
    }
)
"""Verbs as likely to tell what we did that caused it as what we did to put it right."""
_DID_NOT = re.compile(r"did\s*n[o']t\b", re.IGNORECASE)


_RESPONSIBILITY = re.compile(
    r"\s+(?:full\s+|complete\s+|total\s+|sole\s+)?(?:responsibility|ownership)\b", re.IGNORECASE
)
_HAD = re.compile(r"(?:we|i)\s+had\s+(?!to\b)", re.IGNORECASE)
_BACK = re.compile(
    r"(?:back|restored|resumed|reopened|recovered|returned|working again|running again|"
    r"online again|up again)$",
    re.IGNORECASE,
)

_PASSIVE = re.compile(r"(?:be|is|are|was|were|has|have|had)\b", re.IGNORECASE)
_SERVICE_BEFORE = re.compile(
    r"(?:service|services|access|system|systems|app|site|website|network|connection|supply|"
    r"power|water|electricity|gas|broadband|internet|everything|login|portal|platform|"
    r"deliveries|flights|trains|sailings|logins|payments|transfers|bookings)\s+(?:(?:now|fully|all|also|then)\s+)?$",
    re.IGNORECASE,
)


_GOT_WRONG = re.compile(
    r"\s*(?:this|it|that|things|so much|a lot|everything)?\s*(?:(?:badly|very|so|completely|"
    r"seriously)\s+)?wrong\b|\s*in (?:your|the|their|people's) way\b",
    re.IGNORECASE,
)
"""After "we got": owning the mistake ("we got this wrong", "we got it badly wrong", "we got
in your way")."""
_KEPT_DOING = re.compile(r"(?:we|i)\s+kept\s+(?:on\s+)?[a-z]+ing\b", re.IGNORECASE)
"""Going on doing it ("we kept taking orders with the old delivery dates"): the fault."""
_NOT_KNOWN_WHY = re.compile(
    r"\b(?:know|understand|find out|established|determined|sure|clear|working out|work out)\s+"
    r"(?:yet\s+)?(?:why|how|whether|when)\s+(?:[\w'-]+\s+){0,5}$",
    re.IGNORECASE,
)
"""Before a thing put right as the subject, in what we do not know yet ("we do not yet know
why our van routes were sent out in the wrong order"): the question, not an act."""
_THAT_WE_HAD = re.compile(r"\b(?:that|which)\s+$", re.IGNORECASE)
"""Before "we had …" ("an old address that we had already switched off"): which thing, told
in the story of the fault."""
_COULD_NOT = re.compile(
    r"\b(?:could\s*n[o']t|cannot|can\s*n[o']t|can not|(?:was|were) (?:unable|not able) to)\s+"
    r"[^.;:!?]*?(?:,\s*|\s+(?:or|and)\s+)$",
    re.IGNORECASE,
)
"""Before a step of the reader's in a list of what they could not do ("you could not log in,
check your balance or make payments"): the harm."""
_UNTIL = re.compile(
    r"\b(?:until|till|unless)\s+$|"
    r"\bwhether\s+(?:or not\s+)?(?:you|they)\s*(?:'ve|\u2019ve|have|had)?\s+"
    r"(?:already\s+|yet\s+)?$",
    re.IGNORECASE,
)
"""Before a thing put right as the subject ("she cannot sail safely until it is fixed") or
what the reader did ("a gift card, whether or not you've returned it yet"): the condition of
something else, not an act."""
_PUBLISHING = frozenset({"publish", "release", "share", "post", "put"})
_A_REPORT = re.compile(
    r"\s+(?:(?:a|an|the|our|its|their)\s+)?(?:(?:full|final|detailed|public|short|written|"
    r"independent)\s+)*(?:report|account|summary|findings|write-up|review)\b",
    re.IGNORECASE,
)
_LOCKED_OUT = re.compile(r"\s+out\b", re.IGNORECASE)
_WITH = re.compile(r"\s+with\b", re.IGNORECASE)
_IF = re.compile(r"\bif\s+$", re.IGNORECASE)
_YOU_NEED = re.compile(r"you\s+(?:need to|want to|would like to)", re.IGNORECASE)
_TO_TALK = re.compile(
    r"\s+(?:talk|speak|chat|get in touch|ask|contact us|reach us|call us|write to us)\b",
    re.IGNORECASE,
)
"""After "if you need to": only reaching us ("if you need to talk to us, call …"), where
to ask; not a way round it ("if you need to make an urgent payment, visit any branch")."""
_OURS = re.compile(r"(?:we|i)\b", re.IGNORECASE)
_CHECK_BUT_NOT = re.compile(r"[^.;:!?]*?\bbut (?:not|never)\b", re.IGNORECASE)
"""After a check we made ("we tested the update with new links but not with old ones"): the
gap that let the fault through, the story of the cause."""
_CHECKING = frozenset({"test", "check", "review", "verify", "inspect", "audit", "recheck"})
_TOO_MUCH = re.compile(r"[^.;:!?]*?(?:(?<!rather )\bthan\b|\banyway\b)", re.IGNORECASE)
"""After "we took" ("we took more orders than our crews could get to", "we took your money
anyway"): what we did wrong, not a step ("we took the site offline rather than …" is one)."""


_SENT_TO_YOU = re.compile(
    r"\s*(?:(?:to\s+)?(?:you|each of you|all of you|everyone|every customer)\s+)?"
    r"(?:(?:a|an|the|your|our)\s+)?(?:[^\s,;:.]+\s+){0,2}",
    re.IGNORECASE,
)
"""Between an act and a make-good it hands over ("we will email you a €40 voucher", "we'll
post each of you a £10 credit note"): only the one it reaches and the make-good's size."""


_RECALLED = re.compile(r"(?:we|i)\s+recalled", re.IGNORECASE)


def _unable(before: str) -> bool:
    """Whether a cue ends a list of what the reader could not do ("you could not log in,
    check your balance or make payments"), with no turn to what to do now ("so please …")."""
    found = _COULD_NOT.search(before)
    return found is not None and not _TURN.search(found.group(0))


_TURN = re.compile(r"\b(?:please|so|but|then|now|we|until|if)\b", re.IGNORECASE)


def _the_fault_told(doc: Document, match: Match) -> bool:
    """Whether an English cue tells the mistake rather than a step: owning it ("we got this
    wrong"), a condition ("until it is fixed"), the gap in a check ("we tested it with new
    links but not with old ones"), taking too much ("we took more orders than we could
    deliver", "we took your money anyway"), the recall a closing notice closes."""
    if doc.language != "en":
        return False
    text = match.part.text
    after = text[match.end : match.sentence.end]
    verb = _verb(match)
    past = match.excerpt.rstrip().casefold().endswith(("ed", "took", "got"))
    if verb == "get" and past and _GOT_WRONG.match(after):
        return True
    before = text[match.sentence.start : match.start]
    if _KEPT_DOING.match(match.excerpt.strip() + after):
        return True  # "we kept taking orders …", "we kept charging you anyway"
    if _HAD.match(match.excerpt) and _THAT_WE_HAD.search(before):
        return True
    if not _OURS.match(match.excerpt) and (_NOT_KNOWN_WHY.search(before) or _unable(before)):
        return True
    if verb in _PUBLISHING and _A_REPORT.match(after):
        return True  # "we will publish a full report by 14 June": the follow-up, not a step
    if _LOCKED_OUT.match(after) and match.excerpt.casefold().endswith("locked"):
        return True  # "being locked out of your own money on payday": the harm
    if verb == "engage" and _WITH.match(after):
        return True  # "we have been engaging with our teams": talking about it
    if _IF.search(before) and _YOU_NEED.fullmatch(match.excerpt.strip()) and _TO_TALK.match(after):
        return True  # "if you need to talk to us, call …": where to ask
    if _UNTIL.search(before) and not _OURS.match(match.excerpt):
        return True  # not "please wait until we have confirmed it": what to do till then
    if verb in _CHECKING and past and _CHECK_BUT_NOT.match(after):
        return True
    if verb == "take" and past and _TOO_MUCH.match(after):
        return True
    # a closing notice of a recall looking back at it ("Six weeks ago, we recalled the
    # AirChef 4L air fryer"): the event it closes, not what was done since
    return doc.closing and bool(_RECALLED.fullmatch(match.excerpt.strip()))


_BN_BACK = re.compile(
    # "সেবা এখন স্বাভাবিকভাবে চলছে", "সব সেবা আবার চালু হয়েছে": the service, on its own,
    # running again (not "চালু করা হয়েছে", "ফিরিয়ে আনা হয়েছে": done)
    r"(?:আবার |পুনরায় )?(?:(?:সময়মতো|সময় মেনে|স্বাভাবিকভাবে|স্বাভাবিক নিয়মে|আগের মতো|আগের মতোই|"
    r"নির্ধারিত সূচিতে) (?:\S+ )?(?:চলছে|চলছেন|চালু আছে|চালু হয়েছে|ফিরেছে)|(?:সচল|স্বাভাবিক|চালু)\S* "
    r"(?:(?!করা|করে)\S+ ){0,2}(?:হয়েছে|হয়েছে|আছে|রয়েছে))"
)
_BN_SERVICE_BEFORE = re.compile(
    # an online service, or deliveries in general ("সব ডেলিভারি এখন স্বাভাবিক নিয়মে চলছে",
    # "ডেলিভারি কার্যক্রম সম্পূর্ণ স্বাভাবিক রয়েছে": the state reached, as "deliveries are
    # back" in English); not "সব ফ্লাইট সময়মতো চলছে", "সব অর্ডার পৌঁছে গেছে", "সরবরাহ
    # স্বাভাবিক হয়েছে": the trips, the late orders themselves and a utility's supply
    # running again are what a travel, delivery or utility notice puts right
    r"(?:সেবা|পরিষেবা|সার্ভিস|অ্যাপ|ওয়েবসাইট|সাইট|সিস্টেম|লগইন|ইন্টারনেট|"
    r"নেটওয়ার্ক|পোর্টাল|প্ল্যাটফর্ম|ব্যাংকিং|পেমেন্ট|লেনদেন|সবকিছু|ডেলিভারি|কার্যক্রম)\S* (?:(?:এখন|আবার|"
    r"পুনরায়|সব|সবই|পুরোপুরি|পুরোদমে|সম্পূর্ণ|সম্পূর্ণভাবে|থেকে|সকাল|রাত|\S*টা|\S*টায়|\S*টার|\d\S*) )*$"
)


def _only_back(doc: Document, match: Match) -> bool:
    """Whether, in a closing notice, a cue only says the service is back ("Service has been
    back to normal since 02:40", "your deliveries are back on time", "সেবা এখন স্বাভাবিকভাবে
    চলছে"): where the incident is over, that is the end it reached, not what was done to fix
    it or what happens next."""
    excerpt = match.excerpt.strip()
    if doc.closing and doc.language == "bn" and _BN_BACK.fullmatch(excerpt):
        before = match.part.text[match.sentence.start : match.start]
        return bool(_BN_SERVICE_BEFORE.search(before) or _BN_SERVICE_BEFORE.search(excerpt + " "))
    if not (doc.closing and doc.language == "en" and _BACK.search(excerpt)):
        return False
    if excerpt.casefold().startswith(("we ", "i ")):
        return False  # "we restored the backup": our act
    # "service was fully restored", "your deliveries are back", not "the previous settings
    # were restored" nor "the route plans were restored" (the fix)
    if _PASSIVE.match(excerpt):
        subject = match.part.text[match.sentence.start : match.start]
    else:
        subject = excerpt.split()[0] + " "
    return bool(_SERVICE_BEFORE.search(subject))


def _verb(match: Match) -> str:
    """The lemma of the last word of a match ("we've added" → "add")."""
    words = [t.lemma for t in match.sentence.tokens if match.start <= t.start < match.end]
    return words[-1].casefold() if words else ""


_OFFER_HEADING = re.compile(r"\s*what (?:we|i) (?:be |have |will |can )*(\S+)\s*:?\s*")
"""A heading over the make-good ("What we're offering"): what we give, not a fix."""
_INQUIRING = frozenset({"bring", "check", "review", "audit", "trace", "track", "start", "begin"})
"""Verbs that, beside an inquiry ("brought in a forensics firm"), only look into it."""
_BN_TOLD = re.compile(r"(?:একজন|কয়েকজন|তিনি|তাঁরা|তারা|উনি)(?![\u0980-\u09ff])")
"""A third person who told us ("একজন রোগী আমাদের বিষয়টি জানান"): "জানান" tells the past."""


def _section(doc: Document, sentence: Sentence) -> list[Sentence]:
    """The lines under a heading, to the end of its paragraph."""
    for part in doc.parts:
        sentences = part.analysis.sentences
        if not any(s is sentence for s in sentences):
            continue
        index = next(i for i, s in enumerate(sentences) if s is sentence)
        ends = [first for _, _, first in part.analysis.paragraphs if first > index]
        return list(sentences[index + 1 : min(ends) if ends else len(sentences)])
    return []


def _inquiry_only(doc: Document, match: Match) -> bool:
    """Whether a match only looks into it: an inquiry act ("we've brought in a forensics
    firm", "- Brought in …"), or a heading ("What we've done", "যা করেছি") over lines that
    all only investigate ("তদন্ত করছি", "রেকর্ড পর্যালোচনা করা হচ্ছে")."""
    sentence = match.sentence
    if doc.language == "en" and _verb(match) in _INQUIRING and doc.in_sentence("inquiry", sentence):
        return True
    if match.start - sentence.start > 24 or len(sentence.tokens) > 6:
        return False  # a heading is the line's first few words
    lines = _section(doc, sentence)
    return bool(lines) and all(doc.in_sentence("inquiry", line) for line in lines)


# What we found had happened ("২ ফেব্রুয়ারি আমরা দেখতে পাই, ফাইলটি … পাঠানো হয়েছে", "we found that
# the file had been sent"): the incident, not what we did about it.
_FOUND_THAT = re.compile(
    r"\bwe (?:then |later |first )?(?:found|discovered|learned|learnt|noticed|realised|realized|"
    r"saw|spotted) (?:out )?that\b|\bit (?:emerged|turned out) that\b|"
    r"\b(?:we|i) (?:already |now |only )?know (?:so far )?that\b|"
    r"\ball we know (?:so far )?is that\b|"
    # "এটুকু জানি যে …", "আমরা জানি যে …": what we know, in an unknown cause's account
    r"(?<![\u0980-\u09ff])জানি,? যে(?![\u0980-\u09ff])|"
    r"(?:দেখতে পাই|দেখতে পেলাম|দেখতে পেয়েছি|জানতে পারি|জানতে পারলাম|জানতে পেরেছি|টের পাই|"
    r"টের পেলাম|লক্ষ করি|লক্ষ করলাম|খেয়াল করি|খেয়াল করলাম)(?![\u0980-\u09ff])",
    re.IGNORECASE,
)
# A wrong act told as what happened: "we collected December's rent twice".
_MISTAKEN = (
    r"wrongly|wrongfully|mistakenly|accidentally|incorrectly|by mistake|in error|by accident"
)
"""The words that mark an act as the mistake."""
_WRONGLY = re.compile(
    rf"[^.;:!?]*?\b(?:twice|two times|three times|{_MISTAKEN}|to the wrong)\b", re.IGNORECASE
)
_WRONG_WORD = re.compile(rf"\b(?:{_MISTAKEN})\b", re.IGNORECASE)
"""The word that marks an act as the mistake, inside the cue ("we wrongly took")."""
# What may befall the reader, not what they should do: "you may get more scam calls".
_BEFALLS_YOU = re.compile(
    r"you (?:may|might|could) (?:also |still |now )?(?:get|receive|see|notice|experience|find|"
    r"face|hear|be (?:asked|contacted|called|targeted|charged))\b",
    re.IGNORECASE,
)
# How to take up a make-good, not what puts the fault right: "please use the code in our
# first letter", "please claim your fare back at …", "অনুগ্রহ করে কোড দিয়ে সুরক্ষা সক্রিয় করুন".
_REDEEM = re.compile(
    r"(?:\S+ ){0,6}?(?:claim|redeem|activate|use the code|use your code|enter the code|"
    r"apply for (?:a |your |the )?(?:refund|credit|compensation|voucher))|"
    r"(?:\S+ ){0,6}?(?:দাবি করুন|দাবি করতে পারেন|রিডিম|সক্রিয় করুন|সক্রিয় করে নিন)",
    re.IGNORECASE,
)
_MAY_YOU = re.compile(r"you (?:can|may|could)\b", re.IGNORECASE)
# Only as soon as we can: what we will do with no time and no step beyond the outcome.
_ASAP = re.compile(
    r"\bas (?:soon|quickly|fast) as (?:we )?(?:possibly |humanly |reasonably )?"
    r"(?:can|could|possible|able)\b",
    re.IGNORECASE,
)
# What the reader cannot do ("you can't use it", "you cannot log in"): the harm, not a step.
_CANNOT = re.compile(r"n['\u2019]t\b|\s*(?:not|no longer)\b", re.IGNORECASE)
# Following an order's progress: where to look, as a link or help is, not a step to take.
_ONLY_TRACK = re.compile(
    # "you can always reach us at …": where to ask
    r"\s*(?:always |also |still )?(?:reach|contact|call|email|e-mail|phone|ring|find|message) us\b|"
    r"\s*(?:also |still )?(?:track|follow|see|check) (?:the (?:status|progress) of )?"
    r"(?:your|the|its|their) (?:\S+ )?(?:order|parcel|delivery|box|package|shipment|"
    r"booking|flight|refund|progress|status)s?\b|"
    # "you can check whether your address is affected at …": whether it reached them
    r"\s*(?:also )?(?:check|see|find out) (?:whether|if) (?:you|your (?:\S+ )?\S+) "
    r"(?:are|is|were|was|have been|has been|might be|may be) (?:\S+ )?affected\b",
    re.IGNORECASE,
)
# Writing to the reader again ("we'll email you again by Thursday"): the next update.
_WRITE_AGAIN = re.compile(r"(?:email|write|contact|text|call|message)\s*$", re.IGNORECASE)
_TO_YOU_AGAIN = re.compile(
    r"\s*(?:to\s+)?(?:you|everyone|each of you|all of you)\s+(?:again|next)\b", re.IGNORECASE
)
_WHAT_COMES = re.compile(r"\b(?:once|when|after|with (?:your|the|a|an))\b", re.IGNORECASE)
# A call to read on or take note: "(please read)", "Please note:", "please see below".
_ONLY_ATTENTION = re.compile(
    r"\s*(?:read|note|see|be aware|bear in mind|keep in mind|understand)\b"
    r"(?:\s*(?:[:)\u2013\u2014-]|$|this|that|the following|below|on|carefully|the update))",
    re.IGNORECASE,
)
# A thing named, then "we …" about it ("a database migration we started at 12:50 locked the
# table"): a clause telling which thing, not an act.
_WHICH_THING = re.compile(r"(?:^|[:;,(]\s*)(?:a|an|the|this|that) (?:[\w-]+ ){1,3}$", re.IGNORECASE)
# Telling someone else of it, or a decision to come: "বিষয়টি আমরা তাদের জানিয়েছি",
# "সিদ্ধান্ত শিগগিরই জানানো হবে": no act on the fault.
_BN_INFORMED = re.compile(r"বিষয়টি|বিষয়টা|ব্যাপারটি|ব্যাপারটা|সিদ্ধান্ত")


_BN_WRONGLY = re.compile(r"(?:দুবার|দুইবার|দু'বার|ভুল করে|ভুলবশত|বাড়তি|অতিরিক্ত) (?:\S+ ){0,3}$")
_BN_CHARGED = re.compile(r"যোগ|কাটা|কেটে|কর্তন|আদায়|চার্জ|বসানো")
"""Money added or taken ("বিলে ১৫% ভ্যাট দুবার যোগ হয়েছে", "বাড়তি টাকা কাটা হয়েছে"), after a
word that says it was wrong: the fault told, not a step (not "বাড়তি টাকা ফেরত দেওয়া হয়েছে")."""
_BN_WRITE_AGAIN = re.compile(
    nukta_either(
        r"(?:আবার|পুনরায়|ফের) (?:\S+ )?(?:মেল|ইমেল|ই-মেল|ইমেইল|এসএমএস|মেসেজ|বার্তা|চিঠি|ফোন|আপডেট)?\s*"
        r"(?:করব|করবো|দেব|দেবো|পাঠাব|পাঠাবো|জানাব|জানাবো|লিখব|লিখবো)(?![\u0980-\u09ff])"
    )
)
"""We write again ("আবার মেল করব", "আবার জানাব"), as "we'll email you again" in English."""
_BN_CODE_BEFORE = re.compile(
    nukta_either(r"(?:কোড|কুপন|ভাউচার|প্রোমো ?কোড|code|coupon|voucher)\S* (?:\S+ ){0,2}$"),
    re.IGNORECASE,
)
"""A code, coupon or voucher right before the step ("কোড UBX50 ব্যবহার করুন", "ভাউচারটি দেখান"):
the reader's way to take up the make-good, as "use the code" in English."""
_BN_LATE_BEFORE = re.compile(r"(?:দেরিতে|দেরি করে|বিলম্বে|দেরীতে)\s+$")
"""Late, right before what we did ("দেরিতে পৌঁছেছি", delivered late): the harm, not a step."""
_BN_CANCELLED_THEIRS = re.compile(
    r"[\d০-৯][\d০-৯,]*\S* (?:\S+ )?(?:অর্ডার|ফ্লাইট|ট্রিপ|বুকিং|অ্যাপয়েন্টমেন্ট|যাত্রা|টিকিট|"
    r"সিরিয়াল|রাইড)\S* (?:\S+ ){0,4}বাতিল (?:করেছি|করেছিলাম|করে দিয়েছি)$"
)
"""So many of what people had booked, cancelled by us ("২,১০০টি অর্ডার আমরা শেষ মুহূর্তে বাতিল
করেছি"): the harm counted, as "বাতিল হয়েছে" is; not a charge or a fee cancelled ("ফি বাতিল
করেছি"), nor a trip called off for safety ("তাই যাত্রা বাতিল করা হয়েছে")."""
_BN_WITHOUT = re.compile(r"ছাড়া(?:ই)?\s")
_BN_WITHOUT_BEFORE = re.compile(r"ছাড়া(?:ই)?\s+(?:\S+\s+){0,2}$")
"""What we left people without ("খাবার-পানি ছাড়াই বসিয়ে রেখেছি"), in a cue or just before it."""
_BN_ANY_DONE = re.compile(r"\S+(?:েছি|য়েছি)")
"""The bare first-person perfect ("ফেলেছি", "রেখেছি", "নিয়েছি"), a cue of its own that names
no act: judged by what is around it."""
_BN_HARM_DONE = re.compile(
    nukta_either(
        # what we put people through ("ঝুঁকিতে ফেলেছি", "দুশ্চিন্তায় ফেলেছি", "বসিয়ে
        # রেখেছি", "কেড়ে নিয়েছি"), not what we removed ("মুছে ফেলেছি")
        r"(?:ঝুঁকি|বিপদ|দুশ্চিন্তা|চিন্তা|উদ্বেগ|সমস্যা|ভোগান্তি|বিপাক|অসুবিধা|বিড়ম্বনা|ঝামেলা|"
        r"অনিশ্চয়তা|বিভ্রান্তি|হয়রানি|দুর্ভোগ|কষ্ট|ক্ষতি)\S* (?:\S+ ){0,2}ফেলেছি|"
        r"(?:বসিয়ে|অপেক্ষায়|অন্ধকারে|ঝুলিয়ে) রেখেছি|কেড়ে নিয়েছি|পেরিয়েছি"
    )
)
_BN_RELATIVE = re.compile(r"(?<![\u0980-\u09ff])(?:যে|যা|যাঁদের|যাদের|যেসব|যেগুলো)(?![\u0980-\u09ff])")
_BN_CORRELATIVE = re.compile(r"\s*,?\s*(?:সেগুলো|সেগুলি|সেটি|সেটা|তা|তাঁদের|তাদের|তাঁরা|তারা|সেই)")
"""A clause telling which thing or whom ("যে ৪,৮০০টি অ্যাডাপ্টার আমরা দিয়েছি, সেগুলো …",
"যাঁদের দুশ্চিন্তায় ফেলেছি, তাঁদের …"): it names them, it does nothing to them."""
_BN_HAD_TO = re.compile(
    r"(?:বাতিল|স্থগিত|পিছিয়ে) (?:\S+ )?\S+তে (?:হয়েছে|হচ্ছে|হয়েছিল|হলো|হল)(?![\u0980-\u09ff])|"
    r"বাধ্য (?:হয়েছেন|হয়েছে|হচ্ছেন|হচ্ছে)(?![\u0980-\u09ff])"
)
"""What we had to call off, or what others were forced to do ("ফ্লাইটগুলো বাতিল করতে হয়েছে",
"খদ্দের ফিরিয়ে দিতে বাধ্য হয়েছেন"): the harm, told as need; not a step we had to take to put
it right ("তাই সেগুলো ধাপে ধাপে চালু করতে হয়েছে") nor the reader's "… করতে হবে"."""
_SHOULD_NOT = re.compile(r"you should\s*$", re.IGNORECASE)
_AS_WE = re.compile(r"\b(?:as|than)\s*$", re.IGNORECASE)
"""A comparison ("as thoroughly as we test everything else", "more than we ship in a
week"): what we do as a rule, not a step taken about this."""
_NEVER_AFTER = re.compile(r"\s*(?:never|not|n't|have)\b", re.IGNORECASE)


_ONLY_SOME = re.compile(
    r"\s*only (?:about |around |roughly |some |half |a (?:third|quarter|fraction) )?", re.IGNORECASE
)


_FINDING = frozenset({"confirm", "establish", "find", "discover", "learn", "determine"})
"""Verbs that, before "that", tell what we found out, not what we did about it."""
_THAT = re.compile(r"\s*that\b", re.IGNORECASE)
_WE_HOLD = re.compile(r"we hold", re.IGNORECASE)
_YOUR_DATA = re.compile(
    r"\s*your (?:personal )?(?:data|information|details|records|files)\b", re.IGNORECASE
)
"""What we hold of the reader's, said to own the breach, not a step taken."""


def _not_an_act(doc: Document, match: Match) -> bool:
    """Whether a remediation cue tells what happened or what we found, what may befall the
    reader, how to take up a make-good, or that someone else was told: no act on the fault."""
    text = match.part.text
    before = text[match.sentence.start : match.start]
    after = text[match.end : match.sentence.end]
    if _FOUND_THAT.search(before):
        return True  # "we found that the file had been sent to a stranger"
    if doc.language == "en" and _verb(match) in _FINDING and _THAT.match(after):
        return True  # "We've confirmed that the names … were copied": what we found
    if _WE_HOLD.fullmatch(match.excerpt.strip()) and _YOUR_DATA.match(after):
        return True  # "We hold your data, and we didn't protect it": whose trust we broke
    if doc.language == "bn":
        if _BN_WRONGLY.search(before) and _BN_CHARGED.match(match.excerpt):
            return True  # "বিলে ১৫% ভ্যাট দুবার যোগ হয়েছে": the fault, not a step
        if _BN_WRITE_AGAIN.search(match.excerpt) and any(
            m.sentence is match.sentence for m in doc.whens
        ):
            return True  # "কাল সকাল ৯টায় আবার মেল করব": the next update, not a step
        if _BN_CODE_BEFORE.search(before):
            return True  # "বুকিংয়ের সময় কোড UBX50 ব্যবহার করুন": how to take up the make-good
        if _BN_WITHOUT.search(match.excerpt) or _BN_WITHOUT_BEFORE.search(before):
            return True  # "অনেককে খাবার-পানি ছাড়াই বসিয়ে রেখেছি": how we left them
        if _BN_LATE_BEFORE.search(before) or _BN_CANCELLED_THEIRS.search(before + match.excerpt):
            return True  # "… দিন দেরিতে পৌঁছেছি", "… অর্ডার আমরা শেষ মুহূর্তে বাতিল করেছি":
            # the harm we did, not a step to put it right
        if _BN_HAD_TO.search(match.excerpt):
            return True  # "ফ্লাইটগুলো বাতিল করতে হয়েছে": what we had to do
        if _BN_ANY_DONE.fullmatch(match.excerpt) and _bn_only_told(doc, match, before, after):
            return True  # "যাঁদের দুশ্চিন্তায় ফেলেছি, তাঁদের কাছে ক্ষমাপ্রার্থী"
        return match.excerpt.startswith("জান") and bool(
            _BN_INFORMED.search(text, match.sentence.start, match.sentence.end)
        )
    if _AS_WE.search(before):
        return True  # "without testing it as thoroughly as we test everything else"
    if _SHOULD_NOT.match(match.excerpt) and _NEVER_AFTER.match(after):
        return True  # "taxis and hotels you should never have needed": the harm
    if match.excerpt.casefold().startswith("us"):
        return True  # "who have not asked us to take further action": we, the object
    if _ONLY_ATTENTION.match(after) and _POLITE.fullmatch(match.excerpt.strip()):
        return True  # "(please read)", "Please note:": a call to read on, not a step
    if _MAY_YOU.match(match.excerpt) and (
        _CANNOT.search(match.excerpt) or _CANNOT.match(after) or _ONLY_TRACK.match(after)
    ):
        return True  # "you can't use it": the harm; "you can track your order": where to look
    if (
        _WRITE_AGAIN.search(match.excerpt)
        and _TO_YOU_AGAIN.match(after)
        and not _WHAT_COMES.search(after)
    ):
        return True  # "We'll email you again by 12:00 on Thursday": the next update; not
        # "… again once all refunds have gone through", which tells what comes
    if re.match(r"you\s+had\s+to\b", match.excerpt, re.IGNORECASE):
        return True  # "many of you had to turn customers away": the harm
    if _BEFALLS_YOU.match(text, match.start):
        return True
    wrongly = _WRONGLY.match(after)
    if wrongly and _GUARDED.search(wrongly.group(0)):
        wrongly = None  # "from today, a payment file can't be submitted twice": a guard
    if (wrongly or _WRONG_WORD.search(match.excerpt)) and not doc.in_sentence(
        "make_good", match.sentence
    ):
        return True  # "we collected December's rent twice", "we wrongly took about £118,000"
    if _ONLY_SOME.match(after):
        return True  # "we have dispatched only about 60% of the orders": the shortfall
    if _REDEEM.match(after.lstrip()) and (
        _POLITE.match(match.excerpt) or _MAY_YOU.match(match.excerpt)
    ):
        return True  # "please use the code in our first letter by 30 June", "you can claim
        # your fare back at …": how to take up a make-good, said as a request or a right
    if match.excerpt.casefold().startswith("we") and _WHICH_THING.search(before):
        return True  # "a database migration we started at 12:50 UTC locked the table"
    return False


def _bn_only_told(doc: Document, match: Match, before: str, after: str) -> bool:
    """Whether a bare Bengali perfect ("ফেলেছি", "রেখেছি") tells what we put people
    through, names which thing or whom, or sits in an apology or in owning the mistake: the
    harm or the fault told, not a step."""
    if _BN_HARM_DONE.search(before[-40:] + match.excerpt):
        return True
    relative = list(_BN_RELATIVE.finditer(before))
    if relative and "," not in before[relative[-1].end() :] and _BN_CORRELATIVE.match(after):
        return True
    return bool(
        doc.in_sentence("apology", match.sentence) or doc.in_sentence("ownership", match.sentence)
    )


_NO_NEED = re.compile(
    r"no action|nothing|there (?:is|be) no need|you need not|you (?:do not|don't|won't|will not) "
    r"(?:need|have) to|(?:করতে|দিতে|নিতে|জানাতে|আবেদন করতে) (?:\S+ )?(?:হবে না|হচ্ছে না)|"
    r"(?:দরকার|প্রয়োজন) নেই",
    re.IGNORECASE,
)


_GUARDED = re.compile(
    r"\b(?:can't|can['\u2019]t|cannot|can not|won't|won['\u2019]t|will not|no longer|never|not)\b",
    re.IGNORECASE,
)
"""A wrong act denied from now on ("can't be submitted twice"): a guard against it."""


def _with_previous(doc: Document, sentence: Sentence) -> list[Sentence]:
    """A sentence with the one before it in its part."""
    for part in doc.parts:
        sentences = part.analysis.sentences
        for index, other in enumerate(sentences):
            if other is sentence:
                return list(sentences[max(0, index - 1) : index + 1])
    return [sentence]


def _goodwill_in(doc: Document, sentence: Sentence) -> bool:
    """Whether a sentence offers a make-good: a credit, a voucher, a waived fee, money paid
    back for a service we did not give."""
    return any(
        _GOODWILL.search(m.excerpt) or pays_back(doc, m)
        for m in doc.in_sentence("make_good", sentence)
    )


def _only_takes_up(doc: Document, match: Match) -> bool:
    """Whether a "nothing for you to do" only tells how a make-good beside it reaches the
    reader ("Every school gets a month's credit. No action is needed.", "কিছু করতে হবে না"
    after the fare refunded): how the make-good is taken up, not what puts the fault right."""
    if not _NO_NEED.search(match.part.text, match.start, min(match.sentence.end, match.end + 12)):
        return False
    return any(_goodwill_in(doc, s) for s in _with_previous(doc, match.sentence))


_OBJECT_GAP = re.compile(r"\s*(?:(?:a|an|the|our|some|more|new)\s+)?", re.IGNORECASE)


def _acts(doc: Document, match: Match) -> bool:
    """Whether a remediation cue says what is done or what to do, rather than where to ask
    ("please call 0800 …", "যোগাযোগ করুন": help), what we give back ("we will credit
    a month's rental", "we've added a £7 credit": a make-good, not a fix), when we will
    write next ("we'll send you an update on Friday": the next update), or what we did that
    caused it ("this happened because we loaded the wrong containers")."""
    sentence = match.sentence
    if _not_an_act(doc, match):
        return False
    if _only_takes_up(doc, match):
        return False  # "No action is needed" after a credit
    if (
        doc.language == "bn"
        and match.excerpt.startswith("জানান")
        and re.search(r"আমাদের(?:কে)?\s*$", match.part.text[sentence.start : match.start])
        and not match.part.text[match.end : sentence.end].strip(" \t\n।.!")
    ):
        return False  # "… ফেরত না এসে থাকলে আমাদের জানান।": where to ask, not an act
    helps = doc.in_sentence("help", sentence)
    if helps and (_overlaps(match, helps) or _MEANWHILE.fullmatch(match.excerpt.strip())):
        return False
    causes = doc.in_sentence("cause_known", sentence)
    if _CAUSE_HEADING.match(sentence.surface) or (
        _overlaps(match, causes) and not _ahead(doc, sentence)
    ):
        return False
    if causes and doc.language == "en" and _verb(match) in _ORDINARY:
        return False  # "we moved the sorting to Calgary and started with too few staff"
    if (
        doc.language == "en"
        and match.excerpt.casefold().startswith("we")
        and _ASAP.search(sentence.surface)
        and not any(m.sentence is sentence for m in doc.whens)
    ):
        return False  # "we'll get your parcel to you as soon as we possibly can": no step named
    if _verb(match) == "take" and _RESPONSIBILITY.match(match.part.text, match.end):
        return False  # "we take full responsibility": owning it, not a step
    if _only_back(doc, match):
        return False
    if _the_fault_told(doc, match):
        return False
    if _HAD.match(match.excerpt) and doc.in_sentence("cause_known", sentence):
        return False  # "we went ahead with it before we had checked": the story of the cause
    if _DID_NOT.match(match.excerpt):
        return False  # "time you didn't use" tells what happened, not what to do
    if _OWED.match(match.part.text, match.start):
        return False  # "you should decide who sees them", "we took that choice away"
    if _overlaps(match, doc.in_sentence("update_cue", sentence)) and _NEWS.search(sentence.surface):
        return False
    vague = doc.in_sentence("remediation_vague", sentence)
    if _overlaps(match, vague):
        return False  # "we take it extremely seriously", "we're monitoring the situation"
    if any(
        v.start >= match.end and _OBJECT_GAP.fullmatch(match.part.text[match.end : v.start])
        for v in vague
    ):
        return False  # "we've set up a dedicated taskforce": what we did is only activity
    if _verb(match) in _ORDINARY and _follows(match, doc.in_sentence("apology", sentence)):
        return False  # "we're sorry: we put your details where strangers could find them"
    good = doc.in_sentence("make_good", sentence)
    goodwill = [m for m in good if _GOODWILL.search(m.excerpt) or pays_back(doc, m)]
    if good and doc.language == "en" and _verb(match) in _GIVING:
        return False
    if doc.language == "en" and any(
        g.start >= match.end and _SENT_TO_YOU.fullmatch(match.part.text[match.end : g.start])
        for g in goodwill
    ):
        return False  # "we will email you a €40 voucher": the make-good sent, not a step
    if goodwill and doc.language == "bn" and _BN_GIVEN.match(match.excerpt):
        return False  # "… ফেরত দেওয়া হবে; টাকাটা ওয়ালেটে জমা হবে": the make-good, credited
    if (
        doc.language == "bn"
        and _BN_GIVEN.match(match.excerpt)
        and _BN_MONEY.search(match.part.text, sentence.start, match.start)
        and any(_goodwill_in(doc, s) for s in _with_previous(doc, sentence))
    ):
        return False  # "ক্ষতিপূরণ" over "প্রত্যেক চালকের ওয়ালেটে … টাকা জমা দেওয়া হয়েছে"
    if doc.language == "en" and _verb(match) in _HANDING and _follows(match, good):
        return False  # "We'll offer … identity protection, and we'll email you an activation
        # code by 10 December": the make-good handed over, not a step
    if _SPEND.match(match.excerpt) and _follows(match, goodwill):
        return False  # "a £40 voucher, which you can use until May": how to spend it
    if _BEFALL.match(match.excerpt):
        return False  # "আপনার বুকিং বাতিল হয়েছে", "বাতিলের বার্তা": what befell them
    heading = _OFFER_HEADING.fullmatch(sentence.line) if doc.language == "en" else None
    if heading is not None and heading.group(1) in _GIVING:
        return False  # "What we're offering": the make-good's heading
    if (
        doc.language == "bn"
        and match.excerpt.startswith("জানান")
        and _BN_TOLD.search(match.part.text, match.sentence.start, match.start)
    ):
        return False  # "একজন রোগী আমাদের বিষয়টি জানান": someone told us, not "tell us"
    if _inquiry_only(doc, match):
        return False  # "we've brought in a forensics firm", a heading over an inquiry
    if _only_busy_under(doc, match):
        return False  # "What we're doing: our teams are fully focused on this"
    if (
        doc.language == "en"
        and _DONE_HEADING.fullmatch(sentence.line)
        and not any(_acts_on_it(doc, line) for line in _section(doc, sentence))
    ):
        return False  # "What we've changed" over lines of only feelings, effort or resolve
    return not _overlaps(match, goodwill)


def _only_busy_under(doc: Document, match: Match) -> bool:
    """Whether a heading over what we do ("What we're doing:") has after it, in its
    sentence, only words of being busy or watching ("our teams are fully focused on this
    and are treating it as their top priority"): the heading promises steps it never names."""
    if not match.excerpt.casefold().startswith("what"):
        return False
    sentence = match.sentence
    vague = [m for m in doc.in_sentence("remediation_vague", sentence) if m.start >= match.end]
    if not vague:
        return False
    between = match.part.text[match.end : min(m.start for m in vague)]
    if len(between.split()) > 8 or re.search(r"[,;]", between):
        return False  # "What we've done: a new pump was fitted on 5 August, and …"
    return not any(
        other.start >= match.end and not _overlaps(other, vague)
        for other in doc.in_sentence("remediation", sentence)
    )


def _ahead(doc: Document, sentence: Sentence) -> bool:
    """Whether a sentence goes on to what comes next, with its date ("আমরা পার্সেলগুলো অন্য
    কুরিয়ারে পাঠিয়েছি, বেশিরভাগ ৯ অক্টোবরের মধ্যে পৌঁছাবে"): what we did then puts it right."""
    return any(m.sentence is sentence for m in doc.whens) and not behind(sentence, doc.language)


def _follows(match: Match, before: list[Match]) -> bool:
    """Whether the match follows one of `before` in its sentence (what an apology names
    after its "sorry" is the harm we did, not what we did about it)."""
    return any(o.sentence is match.sentence and o.end <= match.start for o in before)


def _inquired(doc: Document, sentence: Sentence) -> bool:
    """Whether a line of what was done only looks into it ("- Brought in a forensics firm",
    "- Checked the access logs")."""
    done = _DONE_LINE.match(sentence.surface)
    verb = done.group(0).split()[-1] if done else ""
    return verb in ("brought", "checked") and bool(doc.in_sentence("inquiry", sentence))


_DONE_HEADING = re.compile(
    r"\s*(?:[-*#\u2022]\s*)?(?:q\s*:\s*)?what (?:(?:we|i) (?:have |be |have be |will be )?|"
    r"(?:have |has )?be |(?:have|be|will) you (?:be )?)"
    r"(?:do|doing|done|change|changing|fix|fixing)"
    r"(?: (?:so far|since|since then|about it|to fix it|to put it right|now|next|in response))?"
    r"\s*[:.?]?\s*",
    re.IGNORECASE,
)
"""A heading line over what was done, with no colon ("What we did", "What we've done since",
"What has been done"), or asked in the reader's words as in a letter of questions and answers
("Q: What have you done about it?", "What are you doing about it?"): the lines under it tell
the acts, as under "What we've done:"."""


_TELLING = frozenset({"inform", "notify", "report", "tell", "alert", "brief"})
"""Verbs that open a line of what was done only to say whom we told ("- Informed the
regulator on 5 November"), as "বিষয়টি আমরা তাদের জানিয়েছি": no act on the fault."""


def _acts_on_it(doc: Document, line: Sentence) -> bool:
    """Whether a line under a heading of what was done does more than look into it, ask for
    patience, or tell someone else of it."""
    if doc.in_sentence("inquiry", line) or doc.in_sentence("remediation_vague", line):
        return False
    if _ASAP.search(line.surface) and not any(m.sentence is line for m in doc.whens):
        return False  # "We'll get your parcel to you as soon as we possibly can"
    first = next((t.lemma.casefold() for t in line.tokens if t.word.isalpha()), "")
    return first not in _TELLING


def _done_under(doc: Document, sentence: Sentence) -> bool:
    """Whether a sentence is a heading over what was done with a line under it that acts on
    the fault ("What we did" over "Our engineers repaired the line by 12:40")."""
    if doc.language != "en" or not _DONE_HEADING.fullmatch(sentence.line):
        return False
    return any(_acts_on_it(doc, line) for line in _section(doc, sentence))


_BN_STEP = re.compile(
    # the reader's step told as a polite imperative ("হাতে লেখা বিক্রিগুলো … তুলে নিন",
    # "নির্ধারিত সময়ে সরাসরি চলে আসুন"): what customers should do
    # (not a button's label in quotes: "বারবার 'কিনুন' চেপেছেন", they kept pressing "Buy")
    rf"(?<![\u0980-\u09ff'‘\"“])(?!['‘\"“])(?!জুন(?![\u0980-\u09ff]))(?:{BN_IMPERATIVE}|নিন)"
    r"(?![\u0980-\u09ff'’\"”])"
)
_BN_MIXED_DONE = re.compile(
    # an act named by a word left in English, done or under way ("পুরোনো sort-plan-এ
    # rollback করা হয়েছে", "restart করেছি"): the Bengali verb "করা" carries it
    nukta_either(
        r"(?<![\w-])[A-Za-z][\w-]*[A-Za-z] (?:করা হয়েছে|করা হচ্ছে|করেছি|করছি|করা হবে|করব)"
        r"(?![\u0980-\u09ff])"
    )
)
_BN_TEAM_AT_IT = re.compile(
    # our people at work now ("আমাদের টিম এখন রাইট-লক রিলিজ করে রিসিঙ্ক চালাচ্ছে")
    nukta_either(
        r"আমাদের (?:\S+ )?(?:টিম|দল|প্রকৌশলী|ইঞ্জিনিয়ার|কর্মী|টেকনিশিয়ান|মিস্ত্রি)\S* "
        # the present progressive ("চালাচ্ছে", "তুলে আনছে"), not the perfect ("করেছে"),
        # "আছে", or what cannot be done ("পারছে না")
        r"(?:[^,;।]+ )?(?!আছ)\S+(?<![েি])(?:ছে|ছেন)(?![\u0980-\u09ff])(?! না(?![\u0980-\u09ff]))"
    )
)
_BN_LAID_ON = re.compile(
    # another way laid on ("আজ রাত ১১টায় দুটি বাড়তি বাস ছাড়বে", "বিকল্প ফ্লাইটের ব্যবস্থা
    # রাখা হয়েছে"), as "replacement buses are running" in English
    nukta_either(
        r"(?:বাড়তি|অতিরিক্ত|বিকল্প|বদলি|রিপ্লেসমেন্ট) (?:\S+ )?(?:বাস|ট্রেন|ফ্লাইট|বিমান|গাড়ি|গাড়ি|কোচ|লঞ্চ|"
        r"ফেরি|ট্যাক্সি|রুট|যানবাহন)\S* (?:\S+ ){0,3}(?:ছাড়বে|ছাড়ছে|চলবে|চলছে|চালু হয়েছে|চালু হবে|"
        r"দেওয়া হয়েছে|দেওয়া হবে|রাখা হয়েছে|রাখা হবে|পাঠানো হয়েছে|পাঠানো হবে|পাঠাচ্ছি|দিচ্ছি|দিয়েছি|"
        r"দেব|দেবো)(?![\u0980-\u09ff])"
    )
)
_BN_ONLY_WATCHING = re.compile(
    nukta_either(r"চেষ্টা|পর্যবেক্ষণ|নজর|কাজ কর|তদন্ত|খতিয়ে|দেখছ|বিবেচনা|যোগাযোগ|অপেক্ষা")
)
"""Our people only watching, trying or looking into it: no act named."""
_EN_TEAM_AT_IT = re.compile(
    # our people at work now ("our engineers are now checking the systems behind it")
    r"\bour (?:[\w-]+ )?(?:engineers|teams?|technicians|crews?|staff|colleagues|specialists|"
    r"people|drivers|agents) (?:are|is|have been|has been) (?:now |also |already |still )?"
    r"(?!(?:working|looking|trying|aiming|hoping|planning|waiting|investigating|treating|"
    r"handling|prioriti[sz]ing|monitoring|assessing|reviewing|evaluating|dealing|doing|keeping|"
    r"following|watching|considering)\b)[a-z]+ing\b",
    re.IGNORECASE,
)
_EN_THEY_SHOULD = re.compile(
    # what the people affected should do, in the third person ("Affected account owners
    # have been emailed and should rotate API keys")
    r"\b(?:customers|owners|users|members|passengers|residents|patients|holders|parents|"
    r"travellers|travelers|subscribers|clients)\b[^.;:!?]*?\b(?:should|need to|must) "
    r"(?!(?:have|not|never)\b)[a-z]+",
    re.IGNORECASE,
)
_EN_TOLD_THEM = re.compile(
    # the people affected told of it ("Affected account owners have been emailed")
    r"\b(?:have|has) (?:now |already |all |also )?been (?:emailed|e-mailed|texted|phoned|called|"
    r"written to|sent a letter)\b",
    re.IGNORECASE,
)


_BN_CLAUSE_BREAK = re.compile(
    r"[,;:\u2013\u2014]|(?<![\u0980-\u09ff])(?:এবং|বা|অথবা|আর)(?![\u0980-\u09ff])"
)


def _asks_or_takes_up(doc: Document, sentence: Sentence, end: int) -> bool:
    """Whether the clause a Bengali imperative closes (the verb comes last) tells where to
    ask ("অ্যাপের চ্যাটে লিখুন"), when to look for news, or how to take up a make-good ("টাকা
    ফেরত নিন"), not a step that puts things right ("শিশুর নাগালের বাইরে রাখুন")."""
    part = next(p for p, s in doc.sentences() if s is sentence)
    breaks = [m.end() for m in _BN_CLAUSE_BREAK.finditer(part.text, sentence.start, end)]
    start = breaks[-1] if breaks else sentence.start
    if any(
        m.start < end and start < m.end
        for name in ("update_cue", "make_good")
        for m in doc.in_sentence(name, sentence)
    ):
        return True
    if any(
        m.start >= end and not part.text[end : m.start].strip()
        for m in doc.in_sentence("help", sentence)
    ):
        return True  # "অথবা লিখুন care@kathghar.in-এ": the address right after the verb
    verb = part.text.rfind(" ", start, end) + 1
    # the help word right before the verb, or in it ("চ্যাটে লিখুন", "ফোন করুন"); not
    # a place further back ("অ্যাপে তুলে নিন": in the app, a step)
    return any(
        m.start < end and _BN_CASE_ENDING.fullmatch(part.text[m.end : verb].strip())
        for m in doc.in_sentence("help", sentence)
    )


_BN_CASE_ENDING = re.compile(r"(?:-?(?:এ|ে|তে|য়|এর|ের))?")
"""What may stand between a help word and its verb: nothing, or the case ending a link or
address takes ("support@…-এ লিখুন", "…com.bd-তে লিখুন")."""


_EN_LAID_ON = re.compile(
    # another way laid on, or the fault worked on by our people, told of the thing or the
    # crew ("Replacement buses are running every 20 minutes", "your ticket is valid on
    # Stagecoach buses", "Engineers worked to fix the fault")
    r"\breplacement (?:bus|buses|coach|coaches|trains?|taxis?|flights?|ferry|ferries|vehicles?|"
    r"cards?|parts?|units?|devices?) (?:are|is|will be|have been|has been) (?:now )?(?:running|"
    r"available|laid on|provided|arranged|in place|on (?:its|their) way|being sent|sent|booked)\b|"
    r"\b(?:your|all|rail|train|bus) tickets? (?:is|are|will be) (?:now )?(?:valid|accepted) on\b|"
    r"\b(?:engineers|technicians|crews|staff|teams?) (?:worked|have worked|had worked) "
    r"(?:\S+ ){0,3}?to (?:fix|repair|restore|replace|reconnect|clear|reopen)\b|"
    # our crews' repair told of them ("Our engineers were on site within the hour and had
    # repaired all 288 damaged fibres"), a rollback or fix done ("the rollback was completed")
    r"\bour (?:engineers|technicians|crews)\b[^.;:!?]{0,40}?\b(?:had |have |has )?"
    r"(?:repaired|fixed|replaced|reconnected|rerouted|re-routed)\b|"
    r"\b(?:rollback|roll-back|fix|repair|patch|replacement) (?:was|has been|have been|is) "
    r"(?:now )?(?:completed|finished|done)\b|"
    # the reader's own restart ("switch it off for 30 seconds and back on")
    r"\b(?:switch|turn) (?:it|your (?:router|hub|modem|device|phone|meter|box)) off\b",
    re.IGNORECASE,
)


def _told_acts(doc: Document) -> Iterator[Match]:
    """Acts and steps the remediation cues miss, each judged like a cue's match by
    `_acts`: the reader's step as a Bengali imperative, an act named by an English word
    in a Bengali sentence, our people at work now, what those affected should do and that
    they were told, another way laid on (replacement buses, tickets valid elsewhere), our
    crews' repair told of them, a rollback completed, the reader's own restart."""
    patterns = (
        (_BN_STEP, _BN_MIXED_DONE, _BN_TEAM_AT_IT, _BN_LAID_ON)
        if doc.language == "bn"
        else (_EN_TEAM_AT_IT, _EN_THEY_SHOULD, _EN_TOLD_THEM, _EN_LAID_ON)
    )
    for part, sentence in doc.sentences():
        for pattern in patterns:
            for found in pattern.finditer(part.text, sentence.start, sentence.end):
                if pattern is _BN_STEP and _asks_or_takes_up(doc, sentence, found.end()):
                    continue  # "চ্যাটে লিখুন", "টাকা ফেরত নিন": where to ask, how to take it up
                if pattern is _BN_TEAM_AT_IT and _BN_ONLY_WATCHING.search(found.group(0)):
                    continue  # "আমাদের টিম বিষয়টি নিবিড়ভাবে পর্যবেক্ষণ করছে"
                yield Match(part, sentence, found.start(), found.end())


def remediation(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """What has been done and what happens next, including what customers should do."""
    if doc.short:
        return
    if plan_hits(doc, plan("remediation_missing")):
        return
    if any(_acts(doc, match) for match in doc.matches("remediation")):
        return
    if any(_acts(doc, match) for match in _told_acts(doc)):
        return
    if any(_done_under(doc, sentence) for _, sentence in doc.sentences()):
        return  # "What we did" over "Our engineers repaired the line by 12:40"
    if any(
        _DONE_LINE.match(sentence.surface) and not _inquired(doc, sentence)
        for _, sentence in doc.sentences()
    ):
        return  # "- Replaced the cable and turned the backup on again."
    yield missing(
        doc,
        "remediation_missing",
        "remediation",
        say(
            doc,
            "It does not say what we have done, what happens next or what customers should do.",
            "আমরা কী করেছি, এরপর কী হবে বা গ্রাহকদের কী করতে হবে, তা বলা হয়নি।",
        ),
        say(
            doc,
            'Name the actions: "At 15:31 UTC we rolled back the change. You do not need to do '
            'anything; failed payments were not charged."',
            'পদক্ষেপগুলো বলুন: "১৫:৩১-এ আমরা পরিবর্তনটি ফিরিয়ে নিয়েছি। আপনাকে কিছু করতে হবে না।"',
        ),
    )


_MONTH = re.compile(
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর",
    re.IGNORECASE,
)
_IF_BEFORE = re.compile(r"\b(?:if|unless|should|whether)\b[^;,:]*$", re.IGNORECASE)
_BN_IF_AFTER = re.compile(
    r"^[^,;।]*?(?<![\u0980-\u09ff])(?!(?:চ|ব|ফ|ত|খ|ভ|ম|কা|সকা|বিকা)লে)[\u0980-\u09ff]+লে(?![\u0980-\u09ff])"
)


def _measured_over(doc: Document, match: Match) -> bool:
    """Whether a month with no day names the period a condition is judged over, not when a
    promise falls due ("if on-time delivery in March falls below 95%, we stop the trial",
    "মার্চ মাসে হার ৯৫%-এর নিচে নামলে আর বাড়ানো হবে না")."""
    if not _MONTH.search(match.excerpt):
        return False
    text = match.part.text
    if doc.language == "bn":
        return bool(_BN_IF_AFTER.search(text[match.end : match.sentence.end]))
    return bool(_IF_BEFORE.search(text[match.sentence.start : match.start]))


_SO_THEY_CAN = re.compile(
    r"\bso(?: that)? (?:\S+ ){1,3}(?:can|could|may|have time to|are able to|will be able to)\b"
    r"[^.;:!?]*$|যাতে (?:[^,;।]+ )?$",
    re.IGNORECASE,
)


def _theirs(match: Match) -> bool:
    """Whether a vague timing word is in what the reader can then do, not when we will do it
    ("we will tell shops by 10am, so they can book another courier in time", "যাতে আপনি
    তাড়াতাড়ি অন্য ব্যবস্থা করতে পারেন")."""
    return bool(_SO_THEY_CAN.search(match.part.text, match.sentence.start, match.start))


_OPEN_ENDED = re.compile(
    nukta_either(
        r"\b(?:in (?:the )?future|going forward|moving forward)\b|ভবিষ্যতে(?![\u0980-\u09ff])"
    ),
    re.IGNORECASE,
)
"""Timing that names no moment, only "from here on": "we will be making improvements to
prevent this in the future", "ভবিষ্যতে … প্রয়োজনীয় পরিবর্তন আনব"."""
_OWNER = re.compile(
    nukta_either(
        r"\b(?:head|director|manager|lead|chief|officer|owns?|responsib\w*|in charge)\b|"
        r"প্রধান|ব্যবস্থাপক|পরিচালক|দায়িত্ব\S*|তত্ত্বাবধান\S*"
    ),
    re.IGNORECASE,
)
"""Someone named to keep a promise ("our Head of Platform owns this change", "দায়িত্বে
আমাদের অপারেশনস ব্যবস্থাপক")."""
_BN_IF = re.compile(r"(?<![\u0980-\u09ff])(?:\S*(?:থাকলে|গেলে|হলে|পেলে)|যদি)(?![\u0980-\u09ff])")


def _open_ended(doc: Document, sentence: Sentence) -> Match | None:
    """A promise whose only timing is "in the future" or "going forward", with no date, no
    owner and no condition ("if we have news in future, we will tell you"): nobody can hold
    us to it. "Never again" in it is an over-promise, reported as one."""
    text = sentence.text
    found = _OPEN_ENDED.search(text)
    if found is None or _OWNER.search(text):
        return None
    if any(m.sentence is sentence for m in doc.whens) or doc.in_sentence("over_promise", sentence):
        return None
    if _IF_BEFORE.search(text[: found.start()]) or (doc.language == "bn" and _BN_IF.search(text)):
        return None
    part = next(p for p, s in doc.sentences() if s is sentence)
    start = sentence.start + found.start()
    return Match(part, sentence, start, start + len(found.group(0)))


_READER_ACTS = re.compile(
    r"\b(?:send|email|e-mail|bring|return|take (?:it|them|the \S+) (?:back|to)|call|ring|reply|"
    r"claim|keep (?:your |the |all )?receipts?|receipt|fill in|book|contact us|tell us|let us know|"
    r"message us|chat|apply|choose|prefer|either way|whichever|if you'd rather|when you|once you|"
    r"show us|photo\w*|post (?:it|them))\b|\balready\b|\bnow\b",
    re.IGNORECASE,
)
"""What makes a make-good come at the reader's asking or at once: something they send,
bring or choose ("send us the receipt and we'll pay it back", "bring it to any shop for a
full refund"), or what is already given ("this is already applied to your account")."""
_BILL_NAMED = re.compile(
    r"\b(?:next|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|this month's|next month's)(?:'s)?\s+(?:\S+\s+)?(?:bill|invoice|statement|renewal)",
    re.IGNORECASE,
)
"""A bill that dates a credit as well as a day would ("on your next bill", "on its June
invoice"); "a future bill" dates nothing."""


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the paragraph (text between blank lines) around a span."""
    before = text.rfind("\n\n", 0, start)
    after = text.find("\n\n", end)
    return (0 if before < 0 else before, len(text) if after < 0 else after)


def _closing_make_good(doc: Document) -> Iterator[Match]:
    """In a closing notice, a make-good we will give unasked with no date ("We'll credit your
    account for the day", "Every affected customer will receive a £10 credit on a future
    bill"): no later update is left to date it, so nobody can hold us to it. Not one the
    reader claims or chooses (it comes when they ask), one a bill or date near it dates, one
    already given, nor one with an owner. English only: Bengali dates its credits by the
    month's bill in too many ways to tell apart yet."""
    if not doc.closing or doc.language != "en":
        return
    promises = {id(m.sentence) for m in doc.matches("promise")}  # a verb of ours: "we'll
    # credit", "you will receive"; not a short message's "£30 off your bill", given as it says
    seen: set[int] = set()
    for match in doc.matches("make_good"):
        sentence = match.sentence
        if id(sentence) in seen or id(sentence) not in promises:
            continue
        seen.add(id(sentence))
        text = match.part.text
        if doc.short:
            start, end = sentence.start, sentence.end
        else:
            start, end = _paragraph(text, sentence.start, sentence.end)
        if (
            any(start <= m.start < end and not behind(m.sentence, doc.language) for m in doc.whens)
            or any(m.sentence is sentence for m in doc.whens)
            or _READER_ACTS.search(text, start, end)
            or _BILL_NAMED.search(text, sentence.start, end)
            or _OWNER.search(sentence.text)
            or behind(sentence, doc.language)
            or doc.negated(match)
            or question(match)
        ):
            continue
        yield match


_COMING_BEFORE = re.compile(
    r"\b(?:coming|on (?:its|their|the) way|to follow|arriving)\s+$", re.IGNORECASE
)
_COMING_AFTER = re.compile(
    r"\s*(?:to follow\b|(?:আসছে|আসবে|পৌঁছাবে|পৌঁছে যাবে)(?![\u0980-\u09ff]))", re.IGNORECASE
)


def _on_its_way(match: Match) -> bool:
    """Whether vague timing says when something owed to the reader arrives, with no verb of
    ours ("Replacement coming soon", "refund to follow shortly", "নতুন কার্ড শিগগিরই আসছে"):
    promised all the same."""
    text = match.part.text
    before = text[match.sentence.start : match.start]
    return bool(_COMING_BEFORE.search(before) or _COMING_AFTER.match(text, match.end))


_TOLD_PAST = re.compile(r"(?:we|i)\s+(?:\w+\s+)?(?:\w+ed|undertook)", re.IGNORECASE)
_PAST_WORD = re.compile(r"\w+ed", re.IGNORECASE)
_COMPARED = re.compile(r"\b(?:than|as)\s+$", re.IGNORECASE)
_STILL_AHEAD = re.compile(r"\b(?:will|'ll|shall|have|'ve|has|going)\b", re.IGNORECASE)


def _told_past(doc: Document, match: Match) -> bool:
    """Whether a promise word is in the simple past, telling what we planned or promised
    then ("we planned the work far too tightly", "we promised we'd come back to you"): a
    story of what was, not a promise of what will be ("we've committed to …" still is)."""
    if doc.language != "en" or _STILL_AHEAD.search(match.excerpt):
        return False
    if _TOLD_PAST.fullmatch(match.excerpt):
        return True
    # "the bearing wore out much faster than expected", "it went as planned": set against
    # what was expected then
    before = match.part.text[match.sentence.start : match.start]
    return bool(_PAST_WORD.fullmatch(match.excerpt) and _COMPARED.search(before))


_EN_AHEAD = re.compile(r"\b(?:will|'ll|shall|going to|to follow)\b", re.IGNORECASE)
_BN_AHEAD = re.compile(
    r"(?<![\u0980-\u09ff])[\u0980-\u09ff]*(?:(?:র|দে|না|ঠা|নে|আন)ব|(?<!ভা)বে|বেন|বো|[\u0980-\u09c6\u09c8-\u09ff]ছি)"
    r"(?![\u0980-\u09ff])|(?<![\u0980-\u09ff])(?:pabe|pabo|hobe|debo|dibo|korbo|jabe|asbe)\b",
    re.IGNORECASE,
)
"""A sentence that looks ahead with no promise word of ours: "replacement units will ship
shortly", "your new date will be confirmed shortly", "আমাদের প্রতিনিধি শীঘ্রই যোগাযোগ করবেন",
"শিগগিরই বদলাচ্ছি" (we are changing it soon)."""
_VERBLESS_WORDS = 5


def _looks_ahead(doc: Document, sentence: Sentence) -> bool:
    """Whether a sentence with vague timing promises something even with no promise word:
    it says what will happen, whoever does it, or it is a few words with no verb ("Back
    very shortly.", "নতুন সময় শিগগির।", "জরিমানা শীঘ্রই মাফ।")."""
    text = sentence.text
    if (_EN_AHEAD if doc.language == "en" else _BN_AHEAD).search(text):
        return True
    words = [t for t in sentence.tokens if any(c.isalnum() for c in t.word)]
    if not words or _MORE_NEWS.match(words[0].word):
        return False  # "More soon.": news to come, judged as the next update
    return len(words) <= _VERBLESS_WORDS and not behind(sentence, doc.language)


_MORE_NEWS = re.compile(
    r"(?:more|further|updates?|details|info|news|বিস্তারিত|আরও|আরো|আপডেট|হালনাগাদ)$", re.IGNORECASE
)


def _vague_ahead(doc: Document, match: Match) -> bool:
    """Whether vague timing with no promise word still promises (see `_looks_ahead`). A
    month with no day is only when a promise falls due if a promise word says so ("bills
    due in February")."""
    if _MONTH.search(match.excerpt):
        return False
    return _looks_ahead(doc, match.sentence)


def commitments(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """A promise with vague timing ("soon", "in due course") instead of a date or an owner."""
    promises = {id(m.sentence) for m in doc.matches("promise") if not _told_past(doc, m)}
    ahead = [m for m in doc.vagues if id(m.sentence) not in promises and _vague_ahead(doc, m)]
    promises |= {id(m.sentence) for m in ahead}
    if doc.short:  # a short message's make-good with no verb ("Free replacement once stock
        # allows") is promised too
        promises |= {
            id(m.sentence) for m in doc.matches("make_good") if not behind(m.sentence, doc.language)
        }
    vague = [
        m
        for m in doc.vagues
        if (id(m.sentence) in promises or _on_its_way(m))
        and not question(m)
        and not _measured_over(doc, m)
    ]
    said = {id(m.sentence) for m in vague}
    for _, sentence in doc.sentences():
        if id(sentence) in promises and id(sentence) not in said:
            open_ended = _open_ended(doc, sentence)
            if open_ended is not None:
                vague.append(open_ended)
    for match in vague:
        if _theirs(match):
            continue
        yield at(
            "undated_commitment",
            match,
            say(
                doc,
                f'"{match.excerpt}" is not a date: nobody can hold us to it.',
                f'"{match.excerpt}" কোনো তারিখ নয়: এতে কেউ আমাদের দায়বদ্ধ করতে পারবে না।',
            ),
            say(
                doc,
                'Give the date or time ("by Friday 9 October", "within 5 working days") or '
                "the person who owns the promise.",
                'তারিখ বা সময় দিন ("৯ অক্টোবর শুক্রবারের মধ্যে", "৫ কর্মদিবসের মধ্যে")।',
            ),
        )
    for match in _closing_make_good(doc):
        if id(match.sentence) in said:
            continue
        yield at(
            "undated_commitment",
            match,
            f'"{match.excerpt}" has no date, and no later update is left to give one: nobody '
            "can hold us to it.",
            'Say when it reaches people ("by Friday 19 June", "on your July bill").',
        )
    yield from plan_flags(
        doc,
        plan("undated_commitment"),
        "undated_commitment",
        '"{excerpt}" is not a date.',
        "Give the date or the owner.",
    )
