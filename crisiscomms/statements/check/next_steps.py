"""What every channel owes the reader after the news: when the next update comes, and where
to get help. A single X post or SMS owes both as much as a long statement does, in fewer
words: a dated next step may stand for the next update, and a helpline short code for help.

Longer than 400 lines on purpose: the next update and help are read together (a dated step
or a closing short code stands for either), and splitting them would part the two readings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from crisiscomms.statements.check.dates import names_a_day_or_month
from crisiscomms.statements.check.document import Channel, Document, Match
from crisiscomms.statements.check.flags import (
    Flag,
    PlanPhrases,
    at,
    missing,
    plan_hits,
    question,
    say,
)
from crisiscomms.statements.check.language import BN_IMPERATIVE, DOMAIN, URL, Sentence
from crisiscomms.statements.check.settled import REPLACEMENT, cancelled_with_way_on
from crisiscomms.statements.check.text import ascii_digits

_SHORT_CODE = re.compile(r"(?<![\d.,৳₹$£€])(?<!\d:)\d{3,6}\W*$")
"""A helpline short code closing an SMS ("… 16247", "কাল জানাব:১৬৪৫৬"), not a clock time."""
_REFERENCE = re.compile(
    r"(?:ref|reference|order|booking|pnr|code|id|no|invoice|অর্ডার|বুকিং|কোড|আইডি|রেফারেন্স|চালান)\W*$",
    re.IGNORECASE,
)
"""A label before a closing number that makes it a reference, not a helpline."""
_STAMP = re.compile(
    r" (?:last )?(?:updated|posted|published|edited|sent|written) (?:at |on )?\S+ (?:\S+ )?(?:\.|$)"
)
_STAMP_AFTER = re.compile(r"(?: করা হয়েছে)?\s*:\s*(?:\S+বার|[\d]{1,2}\s+(?!টা|মিনিট|ঘণ্টা|ঘন্টা)\S)")
"""After "হালনাগাদ" opening a line, a day or a date: "হালনাগাদ: শনিবার, ২২ মার্চ, বিকেল ৪টা"
says when we wrote, as "Updated 09:58 UTC" does (a clock time alone, "আপডেট: সন্ধ্যা ৬টা",
may be the next one)."""


_AFTER_LABEL = re.compile(r"(?:^|[|\u00b7\u2022])\s*(?:সর্বশেষ|last)?\s*$", re.IGNORECASE)
"""What may come before a stamp on its line: nothing, or a label and a separator
("দ্রুতি কুরিয়ার | হালনাগাদ: ৮ ডিসেম্বর", "Status: identified · Updated 14:10")."""


def _stamped(match: Match) -> bool:
    """Whether an update cue is the stamp opening a line ("হালনাগাদ: শনিবার, ২২ মার্চ"),
    or opening what follows a label and a separator on it ("অবস্থা: কারণ শনাক্ত · হালনাগাদ:
    মঙ্গলবার, দুপুর")."""
    text = match.part.text
    line_start = text.rfind("\n", 0, match.start) + 1
    before = text[line_start : match.start].strip()
    word = match.excerpt.strip()
    return (
        bool(_AFTER_LABEL.search(before))
        and word in ("হালনাগাদ", "আপডেট")
        and bool(_STAMP_AFTER.match(text, match.end))
    )


_EN_STAMP_AFTER = re.compile(
    r"[ \t]*[,:\u2013\u2014-]?[ \t]*(?:at |on )?(?:\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)"
    r"[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.]\d{1,2}\b")
_EN_LINE_AHEAD = re.compile(r"\b(?:next|will|'ll|by|until|expect|due|further)\b", re.IGNORECASE)


def _header_stamp(doc: Document, match: Match) -> bool:
    """Whether "Update" opens a line of the heading of a long statement, or of an entry of
    a running log, with only its time after it ("Update, 14:10 BST, Saturday 16 August"):
    when we wrote, as "Updated 09:58" is, not when we write next (an SMS's "Update 5pm Fri"
    is the next one)."""
    if doc.short or doc.language != "en" or match.excerpt.casefold() not in ("update", "updated"):
        return False
    text = match.part.text
    line_start = text.rfind("\n", 0, match.start) + 1
    line_end = text.find("\n", match.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if text.count("\n", 0, line_start) > 2 and not (
        # deeper down, the heading of an entry of a running log: its day or date, and the
        # entry under it ("Update, 14:25 EAT, 22 July" over what was found)
        (names_a_day_or_month(line) or _NUMERIC_DATE.search(line))
        and line_end >= 0
        and text[line_end + 1 :].split("\n")[0].strip()
    ):
        return False
    return (
        bool(_AFTER_LABEL.search(text[line_start : match.start].strip()))
        and bool(_EN_STAMP_AFTER.match(text, match.end))
        and not _EN_LINE_AHEAD.search(line)
    )


_SUBJECT = re.compile(r"\s*(?:subject|re|fwd?|বিষয়)\s*:", re.IGNORECASE)


def _title_label(doc: Document, match: Match) -> bool:
    """Whether an update cue is the label of this very notice in its title or subject line
    ("Subject: Duplicate payroll debits on March 14 - update", "বিষয়: ১২ মার্চের বিল —
    হালনাগাদ"): the date there is the incident's, not when we write next, unless the line
    looks ahead ("Subject: … - next update 15:30 BST"). In a closing notice the title
    naming it the final update or the findings ("চূড়ান্ত হালনাগাদ", "তদন্তের ফলাফল") says
    this notice is the report a closing notice owes, as "Incident report: …" does."""
    if doc.short or doc.closing or match.part is not doc.parts[0]:
        return False
    text = match.part.text
    line_start = text.rfind("\n", 0, match.start) + 1
    line_end = text.find("\n", match.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    first = text.lstrip().split("\n", 1)[0]
    if text.count("\n", 0, line_start) > 1 or not (
        line.strip() == first.strip() or _SUBJECT.match(line)
    ):
        return False
    if doc.language == "bn":
        return not any(
            _BN_AHEAD.search(t.word) and not _BN_NOT_VERB.search(t.word)
            for t in match.sentence.tokens
        )
    return not _EN_LINE_AHEAD.search(line) and not _FUTURE.search(line)


_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,60}\]")


_PAST = re.compile(
    r"(?:ed|sent|told|gave|wrote|made|came|got|spoke|rang|said|put|shared|posted)$"
    # irregular pasts: "a fault on our network cut power to 3,400 homes at 7:40am"
    r"|^(?:cut|hit|shut|burst|broke|went|lost|fell|began|took|ran|struck|caught)$",
    re.IGNORECASE,
)
_NOT_PAST = frozenset(
    {"wed", "need", "indeed", "speed", "feed", "seed", "proceed", "exceed", "succeed", "hundred"}
)
"""Words ending like a past tense that are none: "Wed" (a day: "it still goes ahead on Wed
10 June"), "need", "hundred"."""


_WHO_ED = frozenset({"affected", "impacted", "selected", "registered", "named", "listed"})
"""Participles that say who, not when: "Affected customers get an email by Fri 12/12"."""


def _past(word: str) -> bool:
    """Whether an English word is in the past tense."""
    return bool(_PAST.search(word)) and word.casefold() not in _NOT_PAST


_AHEAD = re.compile(
    r"\b(?:will|'ll|shall|going to|next|again|tomorrow|tonight|later|upcoming|until|before|"
    # "now posted, due Sat 18th": when it arrives (not "the payment that was due on 3 May")
    # nor "(due in 10:05)": the time it was timetabled, told beside the delay
    r"(?<!was )(?<!were )(?<!been )due(?= (?:on |by )?(?:mon|tue|wed|thu|fri|sat|sun|"
    r"\d{1,2}(?:st|nd|rd|th)?\b(?![:.]\d)))|"
    # not the "by" of how it happened: "we cancelled them by mistake on Wed 3 June"
    r"by(?! (?:mistake|accident|error|chance)\b)"
    # nor the "by" of how much: "delayed 23 flights by up to 3hrs", "late by 2 hours"
    r"(?! (?:up to|about|around|roughly|over|more than|nearly|almost|as much as) )"
    r"(?! ~?\d+(?:[.,]\d+)?\s*(?:hrs?|hours?|mins?|minutes?|days?|weeks?|%|per ?cent)\b))\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|'ll|shall|going to|next|again|tomorrow|tonight|later|upcoming)\b", re.IGNORECASE
)
"""What lies ahead for a cue in the past tense: not "by" or "until", which a past deadline
also takes ("we sent the correct notice to all 3,150 customers by 15:00 on 21 May")."""
_WE_DID = re.compile(
    r"\b(?:we|i)(?:'ve| have| had)? (?:just |already |also |then )?(?:\w+ed|sent|told|gave|wrote|"
    r"made|spoke|rang|said|put|took|began)\b",
    re.IGNORECASE,
)
"""A sentence telling what we did ("We stopped the send at 09:40"): its times are behind."""
_RESULTS = re.compile(r"(?:results?|findings?)$", re.IGNORECASE)
_RANGE_AFTER = re.compile(
    r"\s*(?:[-\u2013\u2014]|to\b)\s*(?:\d|mon|tue|wed|thu|fri|sat|sun|midnight|noon)", re.IGNORECASE
)
# the dash after the other end of the range ("8am-", "9 - "), not a bullet opening its line
# ("- 15 January: we publish the review at <link>")
_RANGE_BEFORE = re.compile(r"(?:(?<=\S)[ \t]*[-\u2013\u2014]|\bto)\s*$")


def _done(doc: Document, match: Match) -> bool:
    """A cue in the past tense in a sentence with nothing ahead ("the email we sent you on
    3 May", "১ জুলাই হার হালনাগাদ করার সময় বেশি কাটা হচ্ছিল")."""
    if doc.language == "bn":
        return behind(match.sentence, doc.language) or _bn_done_by(match.sentence)
    if doc.language != "en" or _FUTURE.search(match.sentence.text):
        return False
    if _WE_DID.search(match.sentence.text):
        return True  # "we stopped the send at 09:40 and sent the right email by 15:00"
    if _RESULTS.search(match.excerpt):
        after = [t.word for t in match.sentence.tokens if t.start >= match.end][:5]
        if any(_past(word) or word.casefold() in ("was", "were") for word in after):
            return True  # "Lab results on 3 May showed sediment": results we have had
    words = [t.word for t in match.sentence.tokens if match.start <= t.start < match.end]
    return any(_past(word) and word.casefold() not in _WHO_ED for word in words)


_BN_NOT_VERB = re.compile(r"^সব$|(?:ভাবে|হিসাবে|হিসেবে)$")
"""Words ending like a future verb that are none: "সব" (all), "স্বাভাবিকভাবে" (normally),
"হিসাবে" (in the account, as)."""


def _bn_done_by(sentence: Sentence) -> bool:
    """Whether a Bengali sentence in the past has only "মধ্যে" (by) looking ahead: a past
    deadline ("রবিবার রাতের মধ্যে এসএমএসে পাঠানো হয়েছে", sent by Sunday night),
    as "by" is in English for a cue in the past tense."""
    words = [t.word for t in sentence.tokens]
    ahead = [w for w in words if _BN_AHEAD.search(w) and not _BN_NOT_VERB.search(w)]
    return (
        bool(ahead)
        and all(w.endswith("মধ্যে") for w in ahead)
        and any(_BN_PAST.search(w) for w in words)
    )


_EVERY_DAY = re.compile(
    r"daily|every ?day|weekdays|7 days(?: a week)?|seven days(?: a week)?|24/7", re.IGNORECASE
)


def _opening_hours(match: Match) -> bool:
    """A time or day that is one end of a range in a sentence giving a contact ("call 0330
    808 5512, 8am-8pm, Mon-Sat"): the hours of a help line, not the time of an update."""
    text = match.part.text
    ranged = (
        _RANGE_AFTER.match(text, match.end) is not None
        or bool(_RANGE_BEFORE.search(text, max(0, match.start - 4), match.start))
        or bool(_EVERY_DAY.fullmatch(match.excerpt))  # "(8am to 8pm, daily)"
    )
    if not ranged:
        return False
    sentence = match.sentence.text
    return bool(_CONTACT.search(sentence))


_CONTACT = re.compile(
    r"\d{3,}[\s-]?\d{3,}|@|https?://|www\.|\.(?:com|org|net|io|co|uk|in|bd)\b|\b(?:call|phone|ring|chat|"
    r"helpline|hotline|email|open|lines?|desk|store|shop|branch)\b",
    re.IGNORECASE,
)


_NOW = frozenset({"today", "tonight", "this morning", "this afternoon", "this evening", "আজ"})
_NAMING = re.compile(r"(?:\byour|\bour|\bthe|\bthis|আপনার|আপনাদের|আমাদের)\s+$", re.IGNORECASE)


_SCHEDULED = re.compile(
    # (not "new dep 21:40", "now departing 21:40": the new time, news ahead)
    r"(?:\b(?<!new )(?<!now )(?<!revised )"
    r"(?:due|scheduled|sched|timetabled|planned|departing|dep|arr)|নির্ধারিত(?: সময়)?)"
    r"\.?:?\s*(?:at\s*)?$",
    re.IGNORECASE,
)
_LATE = re.compile(r"delay|late\b|cancel|বিলম্ব|দেরি|দেরিতে|বাতিল", re.IGNORECASE)
_BN_PAST = re.compile(r"(?:েছে|ছিল|েছিলাম|েছিলেন|েছি|য়েছে|লাম|েননি|াননি|েনি|য়নি)$")
"""A verb in the past, or its denial ("পারেননি", "পাননি", "করেনি", "হয়নি": could not, did not)."""
# "কাল" (tomorrow) as a word of its own or in "আগামীকাল", not the end of "সকাল" (morning),
# "বিকাল" (afternoon) or "গতকাল" (yesterday)
_BN_AHEAD = re.compile(r"(?:বে|বেন|ব|বো|মধ্যে|আগামী|পরবর্তী|পরের|আবার)$|^(?:আগামী)?কাল$")


def behind(sentence: Sentence, language: str, at: int | None = None) -> bool:
    """Whether a sentence tells of the past with nothing ahead ("on 3 Dec we charged you
    twice", "৩ ডিসেম্বর টাকা কাটা হয়েছে"); with `at`, only the clause around that position
    ("we charged you twice; refund by 10 Dec" looks ahead)."""
    text = sentence.text
    words = [t.word for t in sentence.tokens]
    if at is not None:
        offset = at - sentence.start
        begin = max(text.rfind(";", 0, offset), text.rfind("\u2014", 0, offset)) + 1
        ends = [i for i in (text.find(";", offset), text.find("\u2014", offset)) if i >= 0]
        end = min(ends) if ends else len(text)
        clause = [t.word for t in sentence.tokens if begin <= t.start - sentence.start < end]
        if clause:
            text, words = text[begin:end], clause
    if language == "bn":
        return any(_BN_PAST.search(w) for w in words) and not any(
            _BN_AHEAD.search(w) for w in words
        )
    if _AHEAD.search(text):
        return False
    return any(_past(w) for w in words)


def _next_time(doc: Document, match: Match) -> bool:
    """Whether a time or date in an SMS says when something comes ("new bill by 10 Dec",
    "কাল টাকা ফেরত"), not what is happening now ("today's box"), what happened ("on 3 Dec
    we charged you twice") or which service it is ("your 17:05 to Bristol")."""
    if match.excerpt.casefold() in _NOW or _STAMP.match(match.sentence.surface):
        return False  # "today", or "Updated 09:58 UTC": when we wrote
    if behind(match.sentence, doc.language, match.start):
        return False
    text = match.part.text
    if _SCHEDULED.search(text, max(0, match.start - 16), match.start) and _LATE.search(
        match.sentence.text
    ):
        return False  # "flight SK218 (due 14:10) is delayed": the time it was due, not news
    if (
        doc.language == "bn"
        and (match.excerpt.endswith("টার") or text.startswith("টার", match.end))
        and _LATE.search(match.sentence.text)
    ):
        return False  # "আজ ৭টার বাস বাতিল": the 7 o'clock bus, the service that is late
    if REPLACEMENT.search(text, max(0, match.start - 40), match.start):
        return True  # "take the 18:05 instead", "we've moved you to the 08:00": what comes next
    return not _NAMING.search(text, max(0, match.start - 12), match.start)


_THAT_DAY = re.compile(
    r"\b(?:(?:on )?(?:that|the same) (?:day|date|evening|morning|afternoon)|by then)\b"
    r"|\bthen[.!]?\s*$"
    r"|(?:সেদিন|সেই দিন|ওই দিন|ওইদিন|সেদিনই|ঐ দিন|সেই তারিখে|ওই তারিখে|তখন)(?![\u0980-\u09ff])",
    re.IGNORECASE,
)
"""Words pointing back at the date just given ("the review ends on 28 March. We'll email you
what we found that day", "২০ মার্চ তদন্ত শেষ হবে; সেদিনই ফলাফল জানাব")."""


_WAIT = re.compile(
    r"\b(?:yet|(?:until|till)(?! then\b)|for now|for the (?:moment|time being))\b|"
    r"(?<!সে )(?<!তখন )(?<!ততদিন )(?:আপাতত|পর্যন্ত)(?![\u0980-\u09ff])",
    re.IGNORECASE,
)
"""What makes an act asked of the reader a wait, not the whole next step ("Please don't pay
it yet", "আপাতত বিল পরিশোধ করবেন না"): something is still to come, and its time is owed
("until then", after the date it points at, is no wait of that kind)."""
_WARY = re.compile(r"wary|beware|careful|watch out|সতর্ক", re.IGNORECASE)


_TO_YOU = re.compile(
    r"\b(?:we|i)(?:'ll|\s+will|\s+shall)\s+(?:\w+\s+)?\w+\s+you\b|আপনাকে|আপনার (?:সঙ্গে|সাথে)",
    re.IGNORECASE,
)


_CLAUSE_BREAK = re.compile(r"[:;]|https?://\S+|\b\w[\w.-]*\.(?:com|org|net|example|uk|bd|in)\S*")


def _owes_contact(doc: Document) -> bool:
    """Whether a closing short message still owes the reader a contact or a report with no
    time ("we will rebook you soon", "our full report will be shared in due course"), or
    money still to be given back ("we'll refund it shortly"): it is not over for the reader
    until that comes, so it owes its time. Other undated promises
    ("a second standby system in the coming months") are undated commitments only."""
    promised = {id(m.sentence) for m in doc.matches("promise")}
    for match in doc.vagues:
        sentence = match.sentence
        rest = _CLAUSE_BREAK.sub("", match.part.text[match.end : sentence.end])
        if id(sentence) not in promised and (
            rest.strip(" \t\n.!।") or names_a_day_or_month(match.excerpt)
        ):
            continue  # a promise, or a sentence ending on its vague time with no verb
            # ("Refund details soon.", "ক্ষতিপূরণ শিগগির।"), where to look may follow it
            # ("Refunds soon: <link>"): what is owed, and when, vaguely
            # (not "No delivery fee for you in April": a month the make-good lasts)
        # only the clause of the vague words: not "Write-up: <link>" (a report given now)
        text = match.part.text
        begin = max(
            [sentence.start]
            + [m.end() for m in _CLAUSE_BREAK.finditer(text, sentence.start, match.start)]
        )
        cues = (
            doc.in_sentence("update_cue", sentence)
            + doc.in_sentence("report_cue", sentence)
            + doc.in_sentence("make_good", sentence)
        )
        if any(m.start >= begin for m in cues) or _TO_YOU.search(text, begin, match.start):
            return True
    return False


_UNDER_WAY = re.compile(
    r"\b(?:ongoing|continu\w*|under ?way|in progress|still)\b|"
    r"(?:চলছে|চলমান|অব্যাহত|চালিয়ে যাচ্ছি|করছি|করছে|করা হচ্ছে)(?![\u0980-\u09ff])",
    re.IGNORECASE,
)


_BN_TESTING = re.compile(
    r"(?<![\u0980-\u09ff])(?:পরীক্ষা|পরীক্ষা-নিরীক্ষা|পরীক্ষানিরীক্ষা|যাচাই)\S* (?:\S+ )?"
    r"(?:চলছে|চলমান|করছি|করা হচ্ছে)(?![\u0980-\u09ff])"
)
"""Tests still running ("আরও পরীক্ষা চলছে", "নমুনা যাচাই করা হচ্ছে"): an inquiry under way, as
"testing continues" is in English (not "ভর্তি পরীক্ষা", an exam that is news, not a test)."""


def _inquiry_open(doc: Document, timed: set[int]) -> bool:
    """Whether a short message says an inquiry is still under way with no time for what it
    finds ("তদন্ত চলছে", "investigation ongoing", "আরও পরীক্ষা চলছে"): it is not over for
    the reader, who is owed its findings, and so their date; a step asked now ("খাবেন না")
    does not stand for that date."""
    if doc.language == "bn" and any(
        id(s) not in timed and _BN_TESTING.search(s.text) for _, s in doc.sentences()
    ):
        return True
    return any(
        _UNDER_WAY.search(m.sentence.text)
        and id(m.sentence) not in timed
        and not doc.negated(m)
        and not question(m)
        for m in doc.matches("inquiry")
    )


_BN_SINCE = re.compile(r"\s*(?:থেকে|ধরে)(?![\u0980-\u09ff])")
_EN_SINCE = re.compile(
    r"\bsince\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|approx\.?\s+|~\s*)?$",
    re.IGNORECASE,
)


def _since(doc: Document, match: Match) -> bool:
    """Whether a Bengali date is the start of what is still going on ("৩/১২ থেকে আটকে",
    stuck since 3 Dec): "থেকে" after the date looks back, as "since" before it does,
    unless the sentence looks ahead ("কাল থেকে চালু হবে", running from tomorrow). In English
    the time after "since" is that start ("can't start shows since about 8pm")."""
    if doc.language != "bn":
        text = match.part.text
        return bool(_EN_SINCE.search(text, max(0, match.start - 24), match.start))
    if not _BN_SINCE.match(match.part.text, match.end):
        return False
    return not any(_BN_AHEAD.search(t.word) for t in match.sentence.tokens)


_PRODUCT_DATE = re.compile(
    r"(?:\bbest[- ]before|\buse[- ]by|\bsell[- ]by|\bexpiry(?: date)?|\bexp\.?|\bBBE?|"
    r"মেয়াদ\S*(?: শেষ\S*)?(?: হওয়ার)?(?: তারিখ\S*)?)\s*(?:date\s*)?[:\-]?\s*(?:of\s+)?$",
    re.IGNORECASE,
)


def _product_date(match: Match) -> bool:
    """Whether a date is the label printed on a product ("bars best before 12/25", "use by
    14 June", "মেয়াদ ১২/২৫"): it says which packs, not when news or a next step comes."""
    text = match.part.text
    return bool(_PRODUCT_DATE.search(text, max(0, match.start - 24), match.start))


_TO_PLACE = re.compile(r"\s+(?:to|for|from)\s+[A-Z]")


def _service_time(match: Match) -> bool:
    """Whether a time names the late service in an X post ("SL204, 08:15 to Lisbon:
    it's delayed"): the time it was due, not when news or a next step comes."""
    return bool(_TO_PLACE.match(match.part.text, match.end)) and bool(
        _LATE.search(match.sentence.text)
    )


_READER_DOES = re.compile(
    r"\s*(?:[-\u2022*]\s*)?(?:please\s+)?(?:send|email|write|contact|call|share|confirm|explain)\b",
    re.IGNORECASE,
)
"""A sentence opening on a request to the reader ("Send receipts to …", "Please email us
your bank statement"): what they do, not what we will send them."""


_OR_BEFORE = re.compile(r"\b(?:or|and)\s+$", re.IGNORECASE)


def _asked_of_reader(match: Match) -> bool:
    """Whether a report cue is the verb a sentence opens on, asking the reader to act, or a
    verb joined to it ("Call 0800 555 0115 or email care@…"): the same request."""
    opening = _READER_DOES.match(match.sentence.text)
    if opening is None:
        return False
    if match.start - match.sentence.start < opening.end():
        return True
    return bool(_OR_BEFORE.search(match.part.text, match.sentence.start, match.start))


_EN_NOT = re.compile(r"\b(?:not|never|cannot)\b|n't", re.IGNORECASE)
_BN_NOT_AFTER = re.compile(r"\s*(?:না|নি)(?![\u0980-\u09ff])")


def _not_coming(doc: Document, match: Match) -> bool:
    """Whether a next step is said not to come ("~14,000 parcels due today won't arrive
    today", "আজ পার্সেল পৌঁছাবে না"): what will not happen is no next step, whatever its time."""
    if doc.language == "bn":
        return bool(_BN_NOT_AFTER.match(match.part.text, match.end))
    return bool(_EN_NOT.search(match.excerpt)) or doc.negated(match, window=2)


_BN_TODAY = frozenset({"আজ", "আজকে", "আজই"})


def _late_today(doc: Document, sentence: Sentence) -> bool:
    """Whether a sentence says what runs late today, with no other time ("আজ ৬টি ফ্লাইট
    ২-৩ ঘণ্টা দেরিতে ছাড়বে", "six flights will leave 2-3 hours late today"): the delay
    itself, the news, not when a next step comes."""
    if doc.channel == Channel.SMS:
        return False  # one segment: "আজ ২ ঘণ্টা দেরিতে ছাড়বে" is the new time, all it has room for
    days = [m.excerpt.casefold() for m in doc.whens if m.sentence is sentence]
    return (
        bool(days)
        and all(day in _NOW or day in _BN_TODAY for day in days)
        and bool(_LATE.search(sentence.text))
    )


def _tomorrow_step(doc: Document, sentence: Sentence) -> bool:
    """Whether a Bengali SMS gives a next step for "কাল" ("কাল টাকা ফেরত", refund tomorrow):
    the word is also yesterday, so only in a sentence with nothing in the past."""
    return (
        doc.language == "bn"
        and any(t.word == "কাল" for t in sentence.tokens)
        and bool(doc.in_sentence("next_step", sentence))
        and not any(_BN_PAST.search(t.word) for t in sentence.tokens)
        and not any(_not_coming(doc, m) for m in doc.in_sentence("next_step", sentence))
    )


_FOLLOW_UP = re.compile(r"follow[- ]?up|ফলো-?আপ", re.IGNORECASE)
_LABEL_OPENING = re.compile(r"\s*(?:subject|re|fwd?)\s*:\s*$|\s*$", re.IGNORECASE)


def _own_label(doc: Document, match: Match) -> bool:
    """Whether a report cue is the label of this very notice, opening its title line and
    followed by a colon ("Follow-up: late deliveries, 3-9 June", "Subject: Follow-up: the
    double charge"), not a follow-up still to come. ("Incident report: …" is not: a notice
    that is the report gives what a closing notice owes.)"""
    text = match.part.text
    if doc.short or match.part is not doc.parts[0] or text.count("\n", 0, match.start) > 1:
        return False
    line_start = text.rfind("\n", 0, match.start) + 1
    if not _FOLLOW_UP.fullmatch(match.excerpt.strip()):
        return False  # "Incident report: …" is the report itself, given now
    return bool(_LABEL_OPENING.fullmatch(text, line_start, match.start)) and text[
        match.end : match.end + 3
    ].lstrip(" \t").startswith(":")


def _no_room(doc: Document) -> bool:
    """Whether an SMS goes out in UCS-2 (Bengali script, or any character GSM-7 lacks once
    typographic punctuation is made plain, as the SMS rendition does): one segment holds 70
    characters, room for what went wrong, the apology and a number, not for a dated
    follow-up too (a Bengali SMS in Latin letters has 160, as an English one does)."""
    from crisiscomms.statements.renditions.sms import measure, plain_punctuation

    if doc.channel != Channel.SMS:
        return False
    text = "\n".join(part.text for part in doc.parts)
    return measure(plain_punctuation(text)).encoding == "UCS-2"


_REPORT_WORD = re.compile(r"reports?|reviews?|findings|প্রতিবেদন\S*|রিপোর্ট\S*", re.IGNORECASE)
_LINK = re.compile(f"{URL}|{DOMAIN}", re.IGNORECASE)


def _published(doc: Document, match: Match) -> bool:
    """Whether a closing notice points to its report as already out: dated, with a link to
    it in the same or the next sentence ("we filed our report with the regulator on April 4.
    A copy is at lakeshore.example/march-billing"). That is the final word the standard asks
    a closing notice for, given rather than promised."""
    if not _REPORT_WORD.fullmatch(match.excerpt.strip()):
        return False
    if not any(m.sentence is match.sentence for m in doc._all_whens):
        return False
    sentences = [s for p, s in doc.sentences() if p is match.part]
    index = next(i for i, s in enumerate(sentences) if s is match.sentence)
    return any(_LINK.search(s.text) for s in sentences[index : index + 2])


def _leaves_something(doc: Document, timings: list[Match]) -> bool:
    """Whether a closing X post or SMS leaves the reader something beyond "it is fixed,
    sorry": a make-good ("£30 off your next bill"), a report or follow-up ("Report:
    <link>"), or a time ahead ("tracking emails tonight"). One that says only that the
    service is back and we are sorry ("Your fibre's back. Sorry, our engineers cut a
    cable. Help: 0800 …") names no follow-up at all, and a closing notice owes one. A fix
    dated as it is told ("All 1,300 payslips were corrected today 14 May") is what the
    editor calls a dated fix: the reader has the date it was put right."""
    if doc.matches("make_good") or doc.matches("report_cue"):
        return True
    fixes = doc.matches("remediation")
    return any(
        (m.excerpt.casefold() not in _NOW and not behind(m.sentence, doc.language, m.start))
        or any(
            f.part is m.part and not m.part.text[f.end : m.start].strip() and f.end <= m.start
            for f in fixes
        )
        for m in timings
    )


def next_update(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """When the next update comes: an update cue tied to a time or date in one sentence."""
    if plan_hits(doc, plan("next_update_missing")):
        return
    timings = [
        m
        for m in doc.whens
        if not _opening_hours(m)
        and not _since(doc, m)
        and not _product_date(m)
        and not (doc.channel == Channel.X and _service_time(m))
    ]
    timed = {id(m.sentence) for m in timings}
    owes = doc.short and _owes_contact(doc)  # something still due "soon": its time is owed
    if (
        doc.short
        and doc.closing
        and not owes
        and not _inquiry_open(doc, timed)
        and (_no_room(doc) or _leaves_something(doc, timings))
    ):
        return  # a closing X post or SMS may say it is over, if it leaves the reader something
    if (
        doc.short
        and not _inquiry_open(doc, timed)
        and not owes
        and any(
            not question(m)
            and (doc.channel == Channel.SMS or not _WARY.search(m.excerpt))
            and not _WAIT.search(m.sentence.text)
            for m in doc.matches("act_now")
        )
    ):
        return  # "stop using it", "খাবেন না": the next step, and it is due now (an X post
        # has room for a time as well when all it asks is to "watch out for" something)
    if doc.channel == Channel.SMS:
        if any(_next_time(doc, m) for m in doc.whens if id(m.sentence) in timed):
            return  # one segment has room for one time ahead: that of what comes next
        if any(_tomorrow_step(doc, s) for _, s in doc.sentences()):
            return  # "কাল টাকা ফেরত": the next step, tomorrow
        text = "\n".join(part.text for part in doc.parts)
        if cancelled_with_way_on(text) and not doc.vagues:
            return  # "your flight is cancelled; rebook free or refund: <link>": settled for
            # the reader, who has the way on now and is owed nothing more ("soon" would be)
    # In an X post a next step stands for the next update only when a time in it looks
    # ahead: not "Broadband is back for most customers after the fault this morning", "সেবা
    # এখন চালু" beside "আজ সকাল ৯:১০ থেকে" (when it broke, and what holds now); a service
    # the reader is moved to ("You're moved free to the 13:00") is what comes next
    ahead = {
        id(m.sentence)
        for m in timings
        if (
            REPLACEMENT.search(m.part.text, max(0, m.start - 40), m.start)
            or (m.excerpt.casefold() not in _NOW and not behind(m.sentence, doc.language, m.start))
        )
    }
    ordered = [s for _, s in doc.sentences()]
    dated_before = {id(s) for prev, s in pairwise(ordered) if id(prev) in timed}
    cues = ["update_cue"]
    if doc.short:
        cues += ["promise", "remediation", "make_good", "next_step"]  # or the next step, timed
    if doc.closing or doc.stage is None:
        cues.append("report_cue")  # a closing notice may name a dated follow-up or report
    for name in cues:
        for match in doc.matches(name):
            if (
                _STAMP.match(match.sentence.surface)
                or (doc.language == "bn" and _stamped(match))
                or _header_stamp(doc, match)
                or (name == "update_cue" and _title_label(doc, match))
            ):
                continue  # "Updated 14:05 UTC" says when we wrote, not when we write next
            if name in ("next_step", "promise") and (
                _not_coming(doc, match) or _late_today(doc, match.sentence)
            ):
                continue  # "parcels due today won't arrive today": what will not come; "six
                # flights will leave 2-3 hours late today": the delay, not a step
            if name == "report_cue" and doc.closing and _published(doc, match):
                return  # "we filed our report on April 4. A copy is at <link>": out, dated
            if name in ("update_cue", "report_cue", "remediation", "make_good") and _done(
                doc, match
            ):
                continue  # "the email we sent you on 22 January" is behind us
            if name == "report_cue" and _own_label(doc, match):
                continue  # "Follow-up: late deliveries in Auckland, 3-9 June": this notice
            if name == "report_cue" and _asked_of_reader(match):
                continue  # "Send receipts to claims@…; we pay within 14 days": the reader's
                # part, asked of them, not a follow-up or report of ours
            if (
                doc.channel == Channel.X
                and name != "update_cue"
                and id(match.sentence) not in ahead
            ):
                continue
            if id(match.sentence) in timed or _PLACEHOLDER.search(match.sentence.text):
                return  # a "[date]" left to fill in is reported as a placeholder
            if id(match.sentence) in dated_before and _THAT_DAY.search(match.sentence.text):
                return  # "Our review ends on 28 March. We'll email you what we found that day."
    # A heading line "Next update:" followed by the time on the next line.
    sentences = [s for _, s in doc.sentences()]
    for index, sentence in enumerate(sentences[:-1]):
        if doc.in_sentence("update_cue", sentence) and id(sentences[index + 1]) in timed:
            if len(sentence.tokens) <= 4 or (
                len(sentence.tokens) <= 8 and sentence.text.rstrip().endswith(("?", ":"))
            ):
                return  # "Next update:" or "When's the next update?" over the time
    closing = doc.closing
    pointers = [m for m in doc.matches("update_pointer") if not question(m)]
    if pointers and not closing:
        match = pointers[0]
        yield at(
            "next_update_missing",
            match,
            say(
                doc,
                f'"{match.excerpt}" says where the news will be, not when.',
                f'"{match.excerpt}" খবর কোথায় পাওয়া যাবে বলে, কখন তা বলে না।',
            ),
            say(
                doc,
                'Give the time: "Next update here by 17:00 UTC today."',
                'সময় দিন: "পরবর্তী আপডেট আজ বিকেল ৫টার মধ্যে, এই পাতায়।"',
            ),
        )
        return
    yield missing(
        doc,
        "next_update_missing",
        "next_update",
        say(
            doc,
            "It does not say when the next update comes."
            if not closing
            else "A closing notice should name the date of the follow-up or the full report.",
            "পরবর্তী আপডেট কখন আসবে তা বলা হয়নি।"
            if not closing
            else "সমাপনী বার্তায় পরবর্তী প্রতিবেদন বা ফলো-আপের তারিখ থাকা উচিত।",
        ),
        say(
            doc,
            'Tie the update to a time: "Next update by 17:00 UTC today on status.example.com."'
            if not closing
            else 'Name the follow-up and its date: "We will publish the full report by Fri 9 Oct."',
            'সময়সহ বলুন: "পরবর্তী আপডেট আজ বিকেল ৫টার মধ্যে।"'
            if not closing
            else 'তারিখসহ বলুন: "পূর্ণ প্রতিবেদন ৯ অক্টোবরের মধ্যে প্রকাশ করব।"',
        ),
    )


_PLACE_OF_HELP = re.compile(
    r"(?:(?:app|store|shop|branch|desk|counter|gate|crew|staff|team member|agent|advisor|"
    r"adviser|representative|inbox|phone)(?:s|es)?|অ্যাপ\S*|শাখা\S*|কাউন্টার\S*|"
    r"আউটলেট\S*|কর্মী\S*|এজেন্ট\S*|ডেস্ক\S*|ইনবক্স\S*|ইমেইলে|ই-মেইলে)",
    re.IGNORECASE,
)
_MAILBOX = re.compile(r"inbox|ইনবক্স\S*", re.IGNORECASE)
_YOURS_BEFORE = re.compile(
    r"(?:\b(?:your|their|his|her|my)|আপনার|আপনাদের|তাঁদের|তাদের)\s+$", re.IGNORECASE
)
_ARRIVES = re.compile(
    r"^\W*(?:\S+\s+){0,4}?(?:পাবেন|পেয়ে যাবেন|আসবে|চলে আসবে|পৌঁছাবে|পৌঁছে যাবে|যোগ হবে|জমা হবে|"
    r"\b(?:arrive|arrives|land|lands|will be|should be|is waiting|are waiting)\b)",
    re.IGNORECASE,
)
"""An inbox where something arrives ("২০০ কয়েন ইনবক্সে পাবেন", "a code in your inbox"), not
one to write to ("ইনবক্স করুন", "message our inbox")."""
_BROKEN = re.compile(
    r"\b(?:down|outage|offline|unavailable|not working|isn't working|aren't working|failing|"
    r"failed|closed|crashed)\b|বন্ধ|কাজ করছে না|বিভ্রাট|অচল|ঢুকতে পারছেন না",
    re.IGNORECASE,
)
_TO_READER = re.compile(
    r"\b(?:you|your|please|ask|speak|talk|visit|help|contact|available|open|go to|use|call|"
    r"find|chat|message|reply|write)\b|আপনি|আপনার|আপনাদের|(?<!\S)"
    + BN_IMPERATIVE
    + r"(?![\u0980-\u09ff])|(?<![\u0980-\u09ff])(?:পাবেন|যাবে)|সাহায্য|"
    r"যোগাযোগ|জানান",
    re.IGNORECASE,
)
"""A sentence that turns to the reader. "পাবেন", "যাবে" are whole words: "আমাদের ল্যাবে" (in
our lab) ends in the same letters and says nothing to anyone."""


_RETURNED = re.compile(
    r"\b(?:take|bring|return|send|drop|post|hand)\b(?:(?![.;:]).)*?\b(?:back\b|to\b)(?:(?![.;:]).)*$"
    r"|(?:ফেরত|ফিরিয়ে|জমা) (?:দিন|দেবেন|দিতে পারেন|দিয়ে আসুন)",
    re.IGNORECASE,
)
"""Where a thing is to be taken back ("take them back to the shop you bought them from",
"নিকটস্থ আউটলেটে ফেরত দিন"): a place of return, not of help with questions."""


_LABELLED = re.compile(r"[:\u2014\u2013]\s*$")
"""A link or contact right after a colon or dash ("no receipt needed: <link>", "রসিদ
লাগবে না: <link>"): the negation before the colon is of what comes before it."""
_IF_THEN_CODE = re.compile(
    r"(?:\?|\bif\b[^.;:?!\u0964\n]{1,60}[,:\u2014\u2013]|(?<![\u0980-\u09ff])"
    r"(?:থাকলে|গেলে|হলে|লাগলে|পড়লে|চাইলে|ঘটলে|পেলে)\s*[:,\u2014\u2013]?)"
    r"\s*(\d{3,6})(?=\s*(?:[;,.!\u0964\u2014\u2013|]|$))",
    re.IGNORECASE | re.MULTILINE,
)
"""A short code given for when things go wrong ("Still no power? 16520", "If it drops
again: 16520", "সমস্যা থাকলে ১৬৫১৫;", "আবার গেলে: ১৬৫২০ \u2014"): a helpline wherever it
stands, not only closing the message."""


_DONE = re.compile(
    r"(?:wrote|written|contacted|called|phoned|rang|visited|spoke|spoken|talked|texted|"
    r"messaged|replied|chatted|emailed|e-mailed)\b.*",
    re.IGNORECASE,
)
"""What we did, not where to turn ("Wrote to each of the 2,870 patients", "we contacted
every household"): a verb of help in the past tense, unless passive ("can be contacted")."""
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+$", re.IGNORECASE)
_NOUN_PHONE = re.compile(r"phones?", re.IGNORECASE)
_THEIRS_BEFORE = re.compile(
    r"(?:\b(?:your|their|his|her|my)|আপনার|আপনাদের)\s+(?:own\s+|new\s+|weekly\s+|online\s+)?$",
    re.IGNORECASE,
)
"""The reader's own phone, app or shop ("saved on your phone", "update your app", "your
shop was late"): a thing of theirs, not a place to get help."""
_DETERMINER_BEFORE = re.compile(r"\b(?:our|the|a|an|this|that|its)\s+(?:\S+\s+)?$", re.IGNORECASE)
_BROKEN_BEFORE = re.compile(
    r"(?:can't|can\u2019t|cannot|can not|couldn't|couldn\u2019t|could not|unable to|not able to)"
    r"\s+(?:[^\s.;:!?]+\s+){0,6}$",
    re.IGNORECASE,
)
"""The place named as what the reader cannot reach ("can't log in to the Marlow Bank app")."""
_BN_OUR_MAIL = re.compile(
    r"^\S*\s+(?:\S+\s+){0,2}?(?:জানাব|জানাবো|পাঠাব|পাঠাবো|দেব|দেবো|করব|করবো|জানানো হবে|পাঠানো হবে|"
    # the formal register: "ই-মেইলযোগে অবহিত করা হইবে" (you will be informed by email)
    r"জানানো হইবে|পাঠানো হইবে|অবহিত করা হবে|অবহিত করা হইবে|অবহিত করব|অবহিত করবো)"
    r"(?![\u0980-\u09ff])"
)
"""An email we will send ("আবার ইমেইল করে জানাব"): how we write to the reader, not where they
can write to us."""
_BN_THIS_MAIL = re.compile(r"(?:এই|এটি একটি|এটি|স্বয়ংক্রিয়)\s+$")
_BN_REPLY = re.compile(r"(?:উত্তর|রিপ্লাই|জবাব)\s*(?:দিন|দিতে পারেন|দিলে|দিয়ে|করুন)(?![\u0980-\u09ff])")


_NO_REPLY = re.compile(
    r"(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|mailer-daemon)\S*@", re.IGNORECASE
)
"""An address that takes no mail ("noreply@…", "do-not-reply@…"): the sender, not help."""
_OPT_OUT = re.compile(
    r"\s+(?:with\s+)?[\"'\u201c\u2018]?(?:stop|unsubscribe|end|quit|cancel|optout)\b", re.IGNORECASE
)
"""What follows "reply" in a line that opts out of the messages ("Reply STOP to opt out")."""
_SERVICE_NOUN = re.compile(r"(?:call|text|chat|message)s", re.IGNORECASE)
"""A help verb as a plural noun, the service itself ("Cardiff calls and texts work again"),
not a way to reach us ("call us", "chat with us")."""
_WRITE_TO = re.compile(r"write to", re.IGNORECASE)
_TO_THEM = re.compile(
    r"\s+(?:you|them|everyone|every|all|each|customers|parents|families)\b", re.IGNORECASE
)
"""After "write to", the reader as the one written to ("We'll write to you again on Friday
19 June"): our next letter, not an address to write to."""


_BOUGHT_AT = re.compile(
    r"\b(?:bought|purchased|ordered|picked up|collected|paid for)\b[^.;:!?]{0,100}?"
    r"\b(?:from|at|in)\s+(?:one of\s+)?(?:our|the|a|any|your)\s+(?:\S+\s+)?$",
    re.IGNORECASE,
)
"""Where the thing was bought ("bought … from one of our stores"): the place of the sale, not
a place to get help."""


def _offers_help(doc: Document, match: Match) -> bool:
    """Whether a help cue points the reader somewhere. A place or person named alone ("app",
    "staff", "শাখা") offers help only when the sentence turns to the reader, and never where
    it is the thing that broke ("our app has been down since 07:40")."""
    if doc.negated(match, clause=True) and not _LABELLED.search(
        match.part.text, max(match.sentence.start, match.start - 40), match.start
    ):
        return False  # "do not reply", not "full refund, no receipt: <link>"
    text = match.part.text
    excerpt = match.excerpt.strip()
    before = text[max(match.sentence.start, match.start - 60) : match.start]
    if _SERVICE_NOUN.fullmatch(excerpt) or (
        _WRITE_TO.fullmatch(excerpt) and _TO_THEM.match(text, match.end)
    ):
        return False  # "calls and texts work again": the service; "we'll write to you again"
    if _DONE.fullmatch(excerpt) and not _PASSIVE_BEFORE.search(before):
        return False
    if doc.language == "bn" and excerpt.startswith(("ইমেইল", "ই-মেইল")):
        if _BN_OUR_MAIL.match(text[match.start : match.sentence.end]):
            return False  # "ইমেইল করে জানাব": we will write, not a place to write to
        if _BN_THIS_MAIL.search(before) and not _BN_REPLY.search(
            text, match.start, match.sentence.end
        ):
            return False  # "এই ইমেইল ঠিকানায়", "স্বয়ংক্রিয় ইমেইল; উত্তর দেবেন না"
    if _NO_REPLY.match(excerpt):
        return False  # "From: noreply@shop.example": an address that takes no mail
    if excerpt.casefold() == "reply" and _OPT_OUT.match(text, match.end):
        return False  # "Reply STOP to opt out": how to stop the messages, not help
    if _NOUN_PHONE.fullmatch(excerpt) and not _DETERMINER_BEFORE.search(before):
        if not _THEIRS_BEFORE.search(before):
            return True  # "phone us", "or phone 0800 …": the verb
    if not _PLACE_OF_HELP.fullmatch(excerpt):
        return True
    if _THEIRS_BEFORE.search(before) and not re.search(
        r"(?:branch|store|desk|counter)", excerpt, re.IGNORECASE
    ):
        return False  # "on your phone", "update your app", "your shop was late"
    if _BROKEN_BEFORE.search(before):
        return False  # "can't log in to the Marlow Bank app"
    if _BOUGHT_AT.search(text, match.sentence.start, match.start):
        return False  # "you bought the syrup from one of our stores": where, not help
    # what it says of the place: the words after it ("our app … has been down"), not the
    # rest of the sentence ("our branches are closed; use the app")
    said = match.part.text[match.end : min(match.sentence.end, match.end + 60)]
    if _MAILBOX.fullmatch(match.excerpt.strip()) and (
        _YOURS_BEFORE.search(match.part.text, max(0, match.start - 12), match.start)
        or _ARRIVES.search(said)
    ):
        return False
    broken = _BROKEN.search(said.split(";")[0])
    if _RETURNED.search(text, match.sentence.start, match.start) or (
        doc.language == "bn" and _RETURNED.search(said)
    ):
        return False
    return not broken and bool(_TO_READER.search(match.sentence.text))


def help_contact(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """Where to get help: a link, phone number, email address, chat or staff."""
    offered = [m for m in doc.matches("help") if _offers_help(doc, m)]
    if offered or doc.phones or plan_hits(doc, plan("help_missing")):
        return
    closing = ascii_digits(doc.parts[-1].text)
    code = _SHORT_CODE.search(closing)
    if doc.short and code and not _REFERENCE.search(closing, 0, code.start()):
        return  # "… 16247": a helpline short code closing an SMS
    if any(_IF_THEN_CODE.search(ascii_digits(part.text)) for part in doc.parts):
        return  # "সমস্যা থাকলে ১৬৫১৫;": a helpline for when it goes wrong
    yield missing(
        doc,
        "help_missing",
        "help",
        say(doc, "It does not say where to get help.", "কোথায় সাহায্য পাওয়া যাবে তা বলা হয়নি।"),
        say(
            doc,
            'Give a link, phone number or email: "Questions? help.example.com or 0800 123 456, '
            'open 24 hours."',
            'লিংক, ফোন নম্বর বা ইমেইল দিন: "প্রশ্ন থাকলে help.example.com অথবা ১৬২৪৭।"',
        ),
    )
