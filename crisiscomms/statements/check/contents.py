"""What a statement contains: the cause (or an honest "not yet known"), what was done and
what happens next, dated promises, a make-good, the next update, and where to get help.

Long form only, except the next update, dated promises and help, which every channel owes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from crisiscomms.plans.schema import Stage
from crisiscomms.statements.check.document import Channel, Document, Match
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
from crisiscomms.statements.check.text import ascii_digits

_OUR_FAULT = re.compile(
    r"\s*(?:of\s+)?(?:our|my)\s+(?:own\s+)?(?:mistake|error|fault|failure)", re.I
)
_DONE_LINE = re.compile(
    r" (?:- |\* |\u2022 )?(?:replaced|restored|fixed|added|checked|turned|rolled|reverted|reset|"
    r"refunded|contacted|emailed|wrote|sent|removed|blocked|rotated|revoked|moved|installed|"
    r"updated|upgraded|patched|hired|trained|introduced|switched|changed|closed|locked|"
    r"rebuilt|repaired|recalled|credited|reversed|notified|paused|stopped|deleted|brought) "
)
_SHORT_CODE = re.compile(r"(?<![\d.,:৳₹$£€])\d{3,6}\W*$")
_STAMP = re.compile(
    r" (?:last )?(?:updated|posted|published|edited|sent|written) (?:at |on )?\S+ (?:\S+ )?(?:\.|$)"
)
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,60}\]")


_PLACE = re.compile(
    r"\s+(?:at|in|on|within|inside|across|affecting|with)\s+(?:one of\s+)?"
    r"(?:our|the|a|an|its|two|three|several)?\s*(?:[\w'-]+\s+){0,3}[\w'-]+",
    re.IGNORECASE,
)


def _placed(concrete: Match, vague: list[Match]) -> bool:
    """Whether a concrete word only says where a vague cause happened ("operational issues
    at our sorting hub"): the place, not what went wrong."""
    for match in vague:
        place = _PLACE.match(match.part.text, match.end)
        if place is not None and match.end <= concrete.start < place.end():
            return True
    return False


def root_cause(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """The cause in plain words, or an honest "we don't know yet, here is what we know"."""
    if doc.short:
        return
    if doc.matches("cause_unknown") or plan_hits(doc, plan("root_cause_missing")):
        return
    vague = doc.matches("cause_vague")
    for match in doc.matches("cause_known"):
        if _OUR_FAULT.match(match.part.text, match.end):
            continue  # "because of our mistake" owns it; it does not say what went wrong
        sentence = match.sentence
        vague_here = doc.in_sentence("cause_vague", sentence)
        if not vague_here or any(
            not _placed(concrete, vague_here)
            for concrete in doc.in_sentence("concrete_cause", sentence)
        ):
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
    r"credit|compensat|waive|voucher|goodwill|ক্রেডিট|ক্ষতিপূরণ|ভাউচার|মওকুফ", re.IGNORECASE
)
_POLITE = re.compile(r"please|দয়া করে|অনুগ্রহ করে|অনুগ্রহপূর্বক", re.IGNORECASE)


def _overlaps(match: Match, others: list[Match]) -> bool:
    """Whether another cue's match shares words with this one."""
    return any(
        o.sentence is match.sentence and o.start < match.end and match.start < o.end for o in others
    )


def _acts(doc: Document, match: Match) -> bool:
    """Whether a remediation cue says what is done or what to do, rather than where to ask
    ("please call 0800 …", "যোগাযোগ করুন": help) or what we give back ("we will credit
    a month's rental": a make-good, not a fix)."""
    helps = doc.in_sentence("help", match.sentence)
    if helps and (_overlaps(match, helps) or _POLITE.fullmatch(match.excerpt.strip())):
        return False
    goodwill = [
        m for m in doc.in_sentence("make_good", match.sentence) if _GOODWILL.search(m.excerpt)
    ]
    return not _overlaps(match, goodwill)


def remediation(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """What has been done and what happens next, including what customers should do."""
    if doc.short:
        return
    if plan_hits(doc, plan("remediation_missing")):
        return
    if any(_acts(doc, match) for match in doc.matches("remediation")):
        return
    if any(_DONE_LINE.match(sentence.surface) for _, sentence in doc.sentences()):
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


def commitments(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """A promise with vague timing ("soon", "in due course") instead of a date or an owner."""
    promises = {id(m.sentence) for m in doc.matches("promise")}
    for match in doc.vagues:
        if id(match.sentence) not in promises or question(match):
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
    yield from plan_flags(
        doc,
        plan("undated_commitment"),
        "undated_commitment",
        '"{excerpt}" is not a date.',
        "Give the date or the owner.",
    )


MAKE_GOOD_STAGES = frozenset({Stage.MONITORING, Stage.RESOLVED, Stage.FOLLOW_UP, None})


_INSTEAD = frozenset({"but", "however", "instead", "though", "although", "তবে", "কিন্তু", "বরং"})


def _refusals(doc: Document) -> Iterator[Match]:
    """A make-good refused ("we're unable to cover the fees your bank charged") with nothing
    offered in its place later in the sentence ("…, but we will pay them back as a credit")."""
    for match in doc.matches("make_good_refused"):
        after = [t.word for t in match.sentence.tokens if t.start >= match.end]
        offered = any(m.start >= match.end for m in doc.in_sentence("make_good", match.sentence))
        if not (offered and _INSTEAD & {word.casefold() for word in after}):
            yield match


def make_good(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """A credit, refund, waived fee or compensation, once the harm is known (long form); a
    refusal to make good a cost we caused is sent back even beside a refund of another."""
    if doc.short or doc.stage not in MAKE_GOOD_STAGES:
        return
    if plan_hits(doc, plan("make_good_missing")):
        return
    refused = list(_refusals(doc))
    for match in refused:
        yield at(
            "make_good_missing",
            match,
            say(
                doc,
                f'"{match.excerpt}" refuses to put right a cost we caused.',
                f'"{match.excerpt}" আমাদের কারণে হওয়া একটি খরচ মেটাতে অস্বীকার করে।',
            ),
            say(
                doc,
                'Cover the cost we caused, with a date: "We will repay any overdraft fee your '
                'bank charged; send us the statement by 31 January."',
                'আমাদের কারণে হওয়া খরচটি তারিখসহ ফেরত দিন: "ব্যাংকের কাটা ফি আমরা ৩১ জানুয়ারির মধ্যে ফেরত দেব।"',
            ),
        )
    if refused or doc.matches("make_good"):
        return
    if doc.matches("data_exposure") and not doc.matches("money_harm"):
        return  # data seen by others, nothing lost in money or time: no make-good is owed
    yield missing(
        doc,
        "make_good_missing",
        "make_good",
        say(
            doc,
            "It offers nothing to make good the harm (a credit, refund, waived fee or "
            "compensation).",
            "ক্ষতিপূরণের কোনো প্রস্তাব নেই (ক্রেডিট, রিফান্ড, ফি মওকুফ ইত্যাদি)।",
        ),
        say(
            doc,
            "Say what we give back and when: \"We will credit 25 % of this month's bill to "
            'your account by 30 June."',
            'কী ফেরত দিচ্ছি ও কবে তা বলুন: "৩০ জুনের মধ্যে এ মাসের বিলের ২৫% আপনার অ্যাকাউন্টে ফেরত দেব।"',
        ),
    )


_PAST = re.compile(
    r"(?:ed|sent|told|gave|wrote|made|came|got|spoke|rang|said|put|shared|posted)$", re.IGNORECASE
)
_AHEAD = re.compile(
    r"\b(?:will|'ll|shall|going to|next|again|tomorrow|tonight|later|upcoming|by|until|before)\b",
    re.IGNORECASE,
)
_RANGE_AFTER = re.compile(
    r"\s*(?:[-\u2013\u2014]|to\b)\s*(?:\d|mon|tue|wed|thu|fri|sat|sun|midnight|noon)", re.IGNORECASE
)
_RANGE_BEFORE = re.compile(r"(?:[-\u2013\u2014]|\bto)\s*$")


def _done(doc: Document, match: Match) -> bool:
    """An English cue in the past tense in a sentence with nothing ahead ("the email we sent
    you on 3 May")."""
    if doc.language != "en" or _AHEAD.search(match.sentence.text):
        return False
    words = [t.word for t in match.sentence.tokens if match.start <= t.start < match.end]
    return any(_PAST.search(word) for word in words)


def _opening_hours(match: Match) -> bool:
    """A time or day that is one end of a range in a sentence giving a contact ("call 0330
    808 5512, 8am-8pm, Mon-Sat"): the hours of a help line, not the time of an update."""
    text = match.part.text
    ranged = _RANGE_AFTER.match(text, match.end) is not None or bool(
        _RANGE_BEFORE.search(text, max(0, match.start - 4), match.start)
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


def _next_time(match: Match) -> bool:
    """Whether a time or date in an SMS says when something comes ("new bill by 10 Dec",
    "কাল টাকা ফেরত"), not what is happening now ("today's box") or which service it is
    ("your 17:05 to Bristol")."""
    if match.excerpt.casefold() in _NOW or _STAMP.match(match.sentence.surface):
        return False  # "today", or "Updated 09:58 UTC": when we wrote
    text = match.part.text
    return not _NAMING.search(text, max(0, match.start - 12), match.start)


def next_update(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """When the next update comes: an update cue tied to a time or date in one sentence."""
    if plan_hits(doc, plan("next_update_missing")):
        return
    timed = {id(m.sentence) for m in doc.whens if not _opening_hours(m)}
    if doc.short and doc.closing:
        return  # a closing X post or SMS may simply say it is over
    if doc.channel == Channel.SMS:
        if any(not question(m) for m in doc.matches("act_now")):
            return  # "stop using it", "খাবেন না": the next step, and it is due now
        if any(_next_time(m) for m in doc.whens if id(m.sentence) in timed):
            return  # one segment has room for one time ahead: that of what comes next
    cues = ["update_cue"]
    if doc.short:
        cues += ["promise", "remediation", "make_good", "next_step"]  # or the next step, timed
    if doc.closing or doc.stage is None:
        cues.append("report_cue")  # a closing notice may name a dated follow-up or report
    for name in cues:
        for match in doc.matches(name):
            if _STAMP.match(match.sentence.surface):
                continue  # "Updated 14:05 UTC" says when we wrote, not when we write next
            if name in ("update_cue", "report_cue", "remediation", "make_good") and _done(
                doc, match
            ):
                continue  # "the email we sent you on 22 January" is behind us
            if id(match.sentence) in timed or _PLACEHOLDER.search(match.sentence.text):
                return  # a "[date]" left to fill in is reported as a placeholder
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
    r"(?:app|apps|store|stores|shop|shops|branch|branches|desk|counter|gate|crew|staff|"
    r"team member|agent|advisor|adviser|representative|অ্যাপ\S*|শাখা\S*|কাউন্টার\S*|"
    r"আউটলেট\S*|কর্মী\S*|এজেন্ট\S*|ডেস্ক\S*)",
    re.IGNORECASE,
)
_BROKEN = re.compile(
    r"\b(?:down|outage|offline|unavailable|not working|isn't working|aren't working|failing|"
    r"failed|closed|crashed)\b|বন্ধ|কাজ করছে না|বিভ্রাট|অচল|ঢুকতে পারছেন না",
    re.IGNORECASE,
)
_TO_READER = re.compile(
    r"\b(?:you|your|please|ask|speak|talk|visit|help|contact|available|open|go to|use|call|"
    r"find|chat|message|reply|write)\b|আপনি|আপনার|আপনাদের|\S+ুন(?![\u0980-\u09ff])|পাবেন|যাবে|সাহায্য|"
    r"যোগাযোগ|জানান",
    re.IGNORECASE,
)


def _offers_help(doc: Document, match: Match) -> bool:
    """Whether a help cue points the reader somewhere. A place or person named alone ("app",
    "staff", "শাখা") offers help only when the sentence turns to the reader, and never where
    it is the thing that broke ("our app has been down since 07:40")."""
    if doc.negated(match):
        return False  # "do not reply"
    if not _PLACE_OF_HELP.fullmatch(match.excerpt.strip()):
        return True
    sentence = match.sentence.text
    return not _BROKEN.search(sentence) and bool(_TO_READER.search(sentence))


def help_contact(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """Where to get help: a link, phone number, email address, chat or staff."""
    offered = [m for m in doc.matches("help") if _offers_help(doc, m)]
    if offered or doc.phones or plan_hits(doc, plan("help_missing")):
        return
    if doc.short and _SHORT_CODE.search(ascii_digits(doc.parts[-1].text)):
        return  # "… 16247": a helpline short code closing an SMS
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
