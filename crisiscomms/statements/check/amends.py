"""What we give back: the make-good rule (a credit, refund, waived fee or compensation once
the harm is known, long form only), and a make-good refused for a cost we caused.

Longer than 400 lines on purpose: whether a make-good word really gives something (not money
never owed, goods sent back, care not given, an offer only instead of the service, the service
itself given again at no cost, "nothing to refund") is one judgement in English and Bengali;
split apart, each half would need the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from crisiscomms.plans.schema import Stage
from crisiscomms.statements.check.document import Document, Match
from crisiscomms.statements.check.flags import Flag, PlanPhrases, at, missing, plan_hits, say
from crisiscomms.statements.check.language import nukta_either, nukta_single

MAKE_GOOD_STAGES = frozenset(
    {Stage.IDENTIFIED, Stage.MONITORING, Stage.RESOLVED, Stage.FOLLOW_UP, None}
)


_INSTEAD = frozenset({"but", "however", "instead", "though", "although", "তবে", "কিন্তু", "বরং"})


def _refusals(doc: Document) -> Iterator[Match]:
    """A make-good refused ("we're unable to cover the fees your bank charged") with nothing
    offered in its place later in the sentence ("…, but we will pay them back as a credit")."""
    for match in doc.matches("make_good_refused"):
        after = [t.word for t in match.sentence.tokens if t.start >= match.end]
        offered = any(m.start >= match.end for m in doc.in_sentence("make_good", match.sentence))
        if not (offered and _INSTEAD & {word.casefold() for word in after}):
            yield match


_REFUND = re.compile(
    # "we've asked our bank to send the second payment back": a payment sent back is money
    # returned, as a refund is
    r"refund|repa|revers|(?:money|payment|debit)s? (?:\S+ ){0,2}back|ফেরত|রিফান্ড",
    re.IGNORECASE,
)
_NEVER_OWED = re.compile(
    nukta_single(
        # "double" of a charge, not "Delay Repay at double the usual rate"
        r"duplicate|double(?:d)?[- ](?:\S+ )?(?:charg|bill|debit|pay|collect|take)|"
        r"(?:charg|bill|debit|took|taken|collect)\S* (?:\S+ ){0,3}double\b|"
        r"twice|second (?:charge|payment|debit)|overcharg|overpa(?:id|yment)|"
        r"extra (?:charge|amount)|"
        r"wrong(?:ly)? (?:\S+ )?(?:charg|fee|bill|debit)|in error|by mistake|"
        r"দ্বিতীয়বার|দ্বিতীয় (?:\S+ )?(?:কাটা|কিস্তি|চার্জ|পেমেন্ট|লেনদেন)|"
        r"দুবার|দু'বার|দুইবার|বাড়তি|অতিরিক্ত (?:কাটা|টাকা)|ভুল করে|ভুলবশত|"
        # money taken for an order that never went through: "যাঁদের টাকা কেটেছে কিন্তু অর্ডার
        # হয়নি", "charged but the order was never placed"
        r"(?:টাকা|অর্থ|পেমেন্ট)\S* (?:\S+ )?কেট\S*,? (?:কিন্তু|অথচ) (?:\S+ )?"
        r"(?:অর্ডার|বুকিং|টিকিট|লেনদেন|রিচার্জ)\S* (?:\S+ )?(?:হয়নি|হয় নি|আসেনি|পাননি)|"
        r"\b(?:charged|debited|money (?:was )?taken),? but (?:the |your |their )?"
        r"(?:order|booking|transaction|top-up|purchase)s? (?:\S+ ){0,2}"
        r"(?:never|not|didn't|wasn't|weren't|failed)\b"
    ),
    re.IGNORECASE,
)


_RETURNED_OWED = re.compile(
    r"\b(?:return|revers)\S* (?:\S+ ){0,3}(?:duplicate|second (?:charge|payment|debit|collection)|"
    r"extra (?:charge|amount|payment)|double)|"
    # "all duplicate payments have been returned", the same said the other way round
    r"\b(?:duplicate|second|double|extra) (?:\S+ )?"
    r"(?:charge|payment|debit|collection|withdrawal)s? "
    r"(?:\S+ ){0,3}(?:returned|reversed|refunded|sent back)\b",
    re.IGNORECASE,
)
"""Money never owed, sent back with a verb the make-good cues do not take ("we've asked our
bank to return every second payment"): as "refund the second charge", it puts the error
right and makes nothing good."""


_KNOCK_ON = re.compile(
    nukta_single(
        r"overdraft|bounced?\b|\bbank (?:\S+ ){0,3}(?:fee|charge|interest)|\bbank to charge|"
        r"(?:fee|charge|interest)s? (?:\S+ ){0,4}(?:your|the) bank\b|"
        r"late (?:payment )?(?:fee|charge)s?|insufficient funds|"
        r"returned (?:cheque|check|payment)s?|"
        r"ওভারড্রাফট|ব্যাংক\S* (?:\S+ ){0,2}(?:ফি|চার্জ|জরিমানা)|বিলম্ব ফি|লেট ফি|"
        r"চেক ফেরত|অপর্যাপ্ত তহবিল|দেরিতে পরিশোধ\S* (?:ফি|চার্জ|জরিমানা)"
    ),
    re.IGNORECASE,
)


_CLAUSE_END = re.compile(r"[;:\u2013\u2014।]")


def _clause(match: Match) -> str:
    """The clause of its sentence a match stands in: "the second charge was refunded; some
    of you paid an overdraft fee" names the fee beside the refund, not as what it repays."""
    text = match.part.text
    start, end = match.sentence.start, match.sentence.end
    before = [m.end() for m in _CLAUSE_END.finditer(text, start, match.start)]
    after = _CLAUSE_END.search(text, match.end, end)
    return text[before[-1] if before else start : after.start() if after else end]


_IF_SO = re.compile(
    r"^\W*(?:if (?:it|so|they|this|that|you did|it did)\b|যদি তা|তা হয়ে থাকলে|তেমন হলে|এমন হলে)",
    re.IGNORECASE,
)


_PAID_FOR = re.compile(
    r"\bpaid (?:\S+ ){0,2}for (?:\S+ ){0,4}(?:delivery|shipping|postage|upgrade|seat|fast track|"
    r"priority|express|next-day|same-day|premium)s?\b",
    re.IGNORECASE,
)
"""A price paid for a service we then did not give ("If you paid for next-day delivery and your
parcel was late, the extra charge will be refunded"): rightly paid, so paying it back makes
the harm good, whatever "extra" it is called."""


def _knock_on_before(doc: Document, match: Match) -> bool:
    """Whether a sentence opening on "if so" ("If it did, send us your statement and we'll
    refund the charges") follows one that names a cost the error caused elsewhere ("…
    unless the extra payment caused you bank charges"): the refund pays that cost back."""
    if not _IF_SO.search(match.sentence.surface):
        return False
    previous = None
    for _, sentence in doc.sentences():
        if sentence is match.sentence:
            return previous is not None and bool(_KNOCK_ON.search(previous.surface))
        previous = sentence
    return False


def _gives(doc: Document, match: Match) -> bool:
    """Whether a make-good cue gives something back, rather than only returning money that
    was never owed: once a statement says "the second charge will be refunded", its refunds
    put the error right (remediation) and make nothing good; but a cost the error caused
    elsewhere ("we'll repay any overdraft or bank charges") was paid rightly, and paying it
    back makes the harm good."""
    if (
        not _REFUND.search(match.excerpt)
        or _KNOCK_ON.search(_clause(match))
        or _knock_on_before(doc, match)
        or _PAID_FOR.search(match.sentence.surface)
    ):
        return True
    return not any(
        _REFUND.search(m.excerpt) and _NEVER_OWED.search(m.sentence.surface)
        for m in doc.matches("make_good")
    ) and not any(_RETURNED_OWED.search(sentence.surface) for _, sentence in doc.sentences())


_PAID_BACK = re.compile(
    r"refund|repa|reimburs|money (?:\S+ ){0,2}back|pay (?:\S+ )?back|(?:fee|charge|cost)s? "
    r"(?:\S+ ){0,2}back|ফেরত|রিফান্ড",
    re.IGNORECASE,
)
_CHOICE = re.compile(
    r"\b(?:if|or) you(?:'d| would)? (?:rather|prefer|choose|want|wish|decide)|\bor (?:a |you can )?"
    r"(?:full )?refund|"
    # the price back for cancelling: "we'll rearrange or cancel with a full refund", "Or
    # cancel: reply and we'll refund what you paid"
    r"\bcancel\S* (?:\S+ ){0,2}(?:with|for) (?:a )?(?:full )?refund|\bor cancel\b|"
    r"চাইলে|পছন্দ করলে|যদি (?:\S+ ){0,4}চান",
    re.IGNORECASE,
)
_CLAUSE_JOIN = re.compile(r",\s+(?:and|but|plus|while)\s+", re.IGNORECASE)


def _choice(match: Match) -> bool:
    """Whether the clause of a make-good cue offers it as a choice ("if you'd rather cancel,
    we'll refund you"; "if you'd rather not wait, cancel; the price comes back"), not a clause
    joined to it by a conjunction ("we've refunded your delivery charge, and if you'd rather
    not wait, you can cancel")."""
    text = match.part.text
    start, end = match.sentence.start, match.sentence.end
    before = [m.end() for m in _CLAUSE_JOIN.finditer(text, start, match.start)]
    after = _CLAUSE_JOIN.search(text, match.end, end)
    return bool(
        _CHOICE.search(text[before[-1] if before else start : after.start() if after else end])
    )


def pays_back(doc: Document, match: Match) -> bool:
    """Whether a make-good cue pays back money that was rightly paid, for a service we did
    not give ("the delivery charge on every late order will be refunded"): that makes the
    harm good, it puts nothing right; unlike a refund of money never owed (a second charge),
    or a refund offered as a choice ("if you'd rather cancel, we'll refund you in full")."""
    return bool(_PAID_BACK.search(match.excerpt)) and _gives(doc, match) and not _choice(match)


_CARE = re.compile(r"হোটেল|খাবার")
_HANDED = re.compile(
    r"(?:দিয়েছি|দিয়েছে|দিয়েছেন|দেওয়া|দেয়া|দেব|দেবো|দিচ্ছি|দিই|দিয়ে|সরবরাহ|বিতরণ|ব্যবস্থা|পাবেন|"
    r"পেয়েছেন|খরচ|বিল|বিনা|ফ্রি|রেখেছি|নিয়েছি|পৌঁছে(?![\u0980-\u09ff]))"
)


def _care_not_given(match: Match) -> bool:
    """Whether food, water or a hotel is named with nothing handed over: as what was lacking
    ("খাবার পানি ছাড়া রাত কাটাতে হয়েছে") or as a rule kept on board from now on ("প্রতিটি লঞ্চে
    খাবার পানি রাখা বাধ্যতামূলক"), not given to the people we stranded."""
    if not _CARE.search(match.excerpt):
        return False
    return not _HANDED.search(match.sentence.surface) or bool(
        re.search(r"ছাড়া(?!ও)|বাধ্যতামূলক|ছিল না|পাননি", match.sentence.surface)
    )


_NOT_YET_BACK = re.compile(
    nukta_single(
        r"\bif (?:\S+ ){0,6}?\S*(?:not|n't|never) (?:\S+ ){0,5}?(?:refund|repa|reimburs|\S+ back)|"
        r"(?:ফেরত|রিফান্ড)\S* (?:\S+ )?না পে(?:লে|য়ে থাকলে)|"
        r"(?:যদি|যাঁরা|যারা) (?:\S+ ){0,6}(?:ফেরত|রিফান্ড)\S* "
        r"(?:\S+ )?(?:পাননি|পান নি)",
    ),
    re.IGNORECASE,
)


_NOT_USED = re.compile(
    r"\b(?:who|that) (?:\S+ ){0,3}(?:did not|didn't|could not|couldn't|never) (?:\S+ )?"
    r"(?:travel|fly|sail|board|use|take)|"
    r"(?:যাঁরা|যারা|যাঁদের|যাদের) (?:\S+ ){0,3}(?:ভ্রমণ|যাত্রা|ব্যবহার) (?:করেননি|করেন নি|করতে পারেননি)",
    re.IGNORECASE,
)


def _only_if(match: Match) -> bool:
    """Whether a refund is offered only instead of the service ("if you'd rather cancel,
    we'll refund you"; "a later flight or a full refund") or only pointed at for those
    still waiting for money owed ("if you haven't had your money back yet, tell us"), or
    only the fare of those who did not travel ("যাঁরা ভ্রমণ করেননি, তাঁদের টিকিটের টাকা
    ফেরত"), the price of a service not given: none gives anything to make up for the harm."""
    if not _PAID_BACK.search(match.excerpt):
        return False
    return bool(
        _choice(match)
        or _NOT_YET_BACK.search(match.sentence.surface.casefold())
        or _NOT_USED.search(match.sentence.surface)
    )


_FREE_ONLY = re.compile(
    r"free(?: of charge)?|for free|at no (?:extra |additional )?(?:cost|charge)|"
    r"no (?:extra |additional )?(?:cost|charge)|without (?:charge|cost)|complimentary|"
    r"বিনা ?মূল্যে|বিনা (?:খরচ|পয়সা|চার্জ|ফি)\S*|কোনো খরচ ছাড়া|ফ্রি",
    re.IGNORECASE,
)
_LINE = (
    r"(?:helpline|hotline|line|number|calls?|phone|freephone|dial|হেল্পলাইন\S*|হটলাইন\S*|নম্বর\S*|কল|"
    r"ফোন|ডায়াল\S*)"
)
_LINE_BEFORE = re.compile(
    # "১২১ (দিগন্ত নম্বর থেকে বিনামূল্যে)", "0800 11 22 (free from any UK phone)"
    _LINE + r"(?: (?:is|are|will be|be)(?: always| also)?| থেকে|"
    r" from (?:any |a |your )?\S+(?: phone| line| mobile)?)?"
    r"[\s(\[,:\u2013\u2014-]*$",
    re.IGNORECASE,
)
_LINE_AFTER = re.compile(r"^[\s),:\u2013\u2014-]*(?:to )?" + _LINE + r"(?![a-z])", re.IGNORECASE)


def _free_line(doc: Document, match: Match) -> bool:
    """Whether "free of charge" only describes the line we ask people to call ("1800 345 667
    (free of charge)", "our helpline is free"): a free call puts nothing right for the harm."""
    if not _FREE_ONLY.fullmatch(match.excerpt.strip()):
        return False
    before = match.part.text[max(0, match.start - 40) : match.start]
    after = match.part.text[match.end : match.end + 30]
    if _LINE_BEFORE.search(before) or _LINE_AFTER.search(after):
        return True
    gap = len(before) - len(before.rstrip(" \t([,:\u2013\u2014-"))
    return any(p.part is match.part and 0 <= match.start - gap - p.end <= 1 for p in doc.phones)


_REBOOKED = re.compile(
    nukta_either(
        r"\bre-?book|\breschedul|\bre-?deliver|\bre-?sen[dt]\b|"
        r"\b(?:new|another|later|next(?: available)?) (?:\S+ )?(?:date|slot|flight|sailing|"
        r"train|bus|departure|appointment|delivery|seat)s?\b|"
        r"(?:ফ্লাইট|ট্রিপ|বাস|লঞ্চ|ট্রেন|যাত্রা)\S* (?:\S+ ){0,2}(?:জায়গা|আসন|সিট|টিকিট)|আসন বদল|রিবুক|"
        r"নতুন (?:তারিখ|সময়|স্লট)|(?:আবার|পুনরায়) (?:ডেলিভারি|পাঠা)"
    ),
    re.IGNORECASE,
)


def _service_again(match: Match) -> bool:
    """Whether "free of charge" only says that the service paid for is given again, late:
    a rebooking, a new date or a redelivery at no cost ("we rebooked you free of charge on
    the next flight", "পরের ফ্লাইটে বিনা খরচে জায়গা দিয়েছি"). That is what was bought, not
    something given back for the days lost."""
    return bool(_FREE_ONLY.fullmatch(match.excerpt.strip())) and bool(
        _REBOOKED.search(_clause(match))
    )


_ALTERNATIVE = re.compile(
    # travel by another way, at no cost: "your ticket is valid on other operators' trains at no
    # extra cost", "we're moving passengers to our Dublin-Holyhead route at no extra cost"
    r"\b(?:ticket|pass|fare)s? (?:\S+ ){0,2}valid on\b|\bvalid on (?:other|another|any)\b|"
    r"\bmov\S* (?:\S+ ){0,3}(?:to|onto) (?:our|the|another|a|other) (?:\S+ ){0,3}"
    r"(?:route|flight|sailing|service|train|bus|coach|ferry|departure)s?\b",
    re.IGNORECASE,
)
_INCLUDED = re.compile(r"\binclud\S* (?:\S+ ){0,4}$", re.IGNORECASE)


def _alternative(match: Match) -> bool:
    """Whether "at no extra cost" only says the trip is made another way (a ticket valid on
    other trains, passengers moved to another route) or names what the plan already includes
    ("your plan includes roaming at no extra cost"): the service paid for, not something
    given back for the harm."""
    if not _FREE_ONLY.fullmatch(match.excerpt.strip()):
        return False
    before = match.part.text[match.sentence.start : match.start]
    return bool(_ALTERNATIVE.search(_clause(match)) or _INCLUDED.search(before[-50:]))


_HANDLING = re.compile(
    r"free (?:courier |safety |home )?(?:collection|pick-?up|repair|returns?"
    r"(?! (?:crossing|trip|ticket|journey|flight|sailing|voucher|fare)))\b",
    re.IGNORECASE,
)
_BN_HANDLING = re.compile(
    r"^\S*\s+(?:\S+\s+){0,2}(?:মেরামত|সারিয়ে|সারাই|সংগ্রহ|পিকআপ|কালেকশন|নিয়ে যাব|নিয়ে যাওয়া|"
    r"তুলে নেব|তুলে নেওয়া)"
)


def _handling(match: Match) -> bool:
    """Whether a free word only says we take back or mend what we sold ("book a free
    collection", "a free repair", "বিনা খরচে মেরামত করে দেব"): the product put right, not a
    refund, a replacement or anything given for the weeks without it."""
    text = match.part.text
    if _HANDLING.match(text, match.start):
        return True
    return bool(_FREE_ONLY.fullmatch(match.excerpt.strip())) and bool(
        _BN_HANDLING.match(text[match.start : match.sentence.end])
    )


_ROOMS = re.compile(r"(?:hotel|accommodation) (?:\S+ )?(?:room|stay)s?$", re.IGNORECASE)
_IN_KIND = re.compile(
    r"\b(?:book|provid|arrang|found|find|organi[sz]|sourc|secur|reserv)\S*", re.IGNORECASE
)
_PAID = re.compile(r"\b(?:pa(?:y|id)|cover|cost|refund|repa|reimburs|claim|voucher)", re.IGNORECASE)


def _care_in_kind(match: Match) -> bool:
    """Whether hotel rooms are named as care arranged on the night ("we booked 410 hotel rooms
    near the airport", "must arrange hotel rooms before passengers are told"), not a cost we
    pay or pay back ("we paid for hotel rooms", "we'll cover a hotel up to £100")."""
    if not _ROOMS.search(match.excerpt.strip()):
        return False
    clause = _clause(match)
    return bool(_IN_KIND.search(clause)) and not _PAID.search(clause)


_REVIEWING = re.compile(
    # the verb itself, not "the assessment fee": "we're reviewing compensation", "looking at
    # how we can make this up to you", "considering a goodwill payment"
    r"\b(?:(?:review|consider|assess|discuss|weigh)(?:s|ed|ing)?|(?:explor|decid|evaluat)"
    r"(?:e|es|ed|ing)|look(?:s|ed|ing)? (?:at|into)|work(?:s|ed|ing)? out|think(?:s|ing)? about) "
    r"(?:how (?:we|to) (?:can |could |best )?)?"
    r"(?:(?!we\b|will\b|and\b|then\b)[^\s,;:]+ ){0,3}$",
    re.IGNORECASE,
)
_BEING_REVIEWED = re.compile(
    r"^\S*\s+(?:\S+\s+){0,4}?(?:(?:is|are|remains?|will be)(?: still| currently)? "
    r"(?:under (?:review|consideration|discussion)|being (?:reviewed|considered|discussed|"
    r"assessed|looked at|worked out)|(?:to be |be )?(?:decided|considered|assessed|worked out)\b)|"
    r"(?:বিষয়টি|বিষয়টা|ব্যাপারটি|ব্যাপারটা|নিয়ে)?\s*(?:আমরা\s+)?(?:বিবেচনা|পর্যালোচনা|ভেবে দেখ|খতিয়ে দেখ|"
    r"সিদ্ধান্ত নে|সিদ্ধান্ত নি))",
    re.IGNORECASE,
)
_BARE = re.compile(r"compensat\S*|goodwill|ক্ষতিপূরণ\S*", re.IGNORECASE)
_VAGUE_LATER = re.compile(
    r"\b(?:in due course|in time|soon|shortly|at a later (?:date|stage)|later|in the coming "
    r"(?:days|weeks|months)|be in touch|get in touch|contact you|let you know|"
    r"(?:will|to) follow)\b|যথাসময়ে|শীঘ্রই|শিগগির\S*|পরে জানা\S*|পরে জানিয়ে",
    re.IGNORECASE,
)


def _empty_heading(doc: Document, match: Match) -> bool:
    """Whether a make-good word stands alone as a heading ("Compensation", "ক্ষতিপূরণ") over a
    line that only puts the make-good off ("We're reviewing compensation … in due course"):
    the heading gives nothing the line under it does not (under a heading that gives, "claim
    it back in full", the heading stands for what follows)."""
    text = match.sentence.surface.strip()
    if len(text.split()) > 4 or re.search(r"\d|[.!?।]$", text):
        return False
    sentences = [sentence for _, sentence in doc.sentences()]
    at_ = next((i for i, sentence in enumerate(sentences) if sentence is match.sentence), None)
    if at_ is None or at_ + 1 >= len(sentences):
        return False
    under = doc.in_sentence("make_good", sentences[at_ + 1])
    return bool(under) and all(_not_yet_offered(m) for m in under)


def _not_yet_offered(match: Match) -> bool:
    """Whether a make-good is only under review ("we're reviewing compensation for affected
    customers", "ক্ষতিপূরণের বিষয়টি বিবেচনা করছি") or named bare and put off ("compensation will
    follow in due course", "we'll be in touch about compensation"), with no sum or kind: an
    editor reads that as nothing given yet (and an undated commitment)."""
    text = match.part.text
    before = text[match.sentence.start : match.start]
    if _REVIEWING.search(before[-60:]) or _BEING_REVIEWED.match(
        text[match.start : match.sentence.end]
    ):
        return True
    if not _BARE.fullmatch(match.excerpt.strip()):
        return False
    clause = _clause(match)
    return bool(_VAGUE_LATER.search(clause)) and not re.search(r"\d|%", clause)


_BN_GOODS_BACK = re.compile(
    r"\s+(?:এসেছে|এসেছিল|এসেছিলো|আসা|আসছে|আসেনি|এল|এলো|এলে|আসে|আসবে|দিন|দিতে|দিয়েছেন|দিয়েছে|"
    r"পাঠান|পাঠাতে|পাঠিয়েছেন|পাঠানো|নেওয়া|নিয়েছি|নিচ্ছি|নেব|নেবো|নেওয়া হবে|"
    # goods brought back from the shops: "অবিক্রীত কুকার ফেরত আনা হচ্ছে"
    r"আনা|আনছি|আনছে|আনব|আনবো|এনেছি|এনেছে|আনিয়েছি|"
    # goods asked back (a recall): "১৪,২০০টি রাইস কুকার ফেরত চেয়েছিলাম"
    r"চেয়েছি|চেয়েছিলাম|চাইছি|চাওয়া হচ্ছে|চাওয়া হয়েছে)"
    r"(?![\u0980-\u09ff])"
)
_BN_MONEY = re.compile(r"(?:টাকা|অর্থ|মূল্য|দাম|ভাড়া|ফি|চার্জ|মাশুল|পয়সা|৳|রিফান্ড|বিল|পেমেন্ট|লেনদেন)")


def goods_back(match: Match) -> bool:
    """Whether a Bengali "ফেরত" says only that a thing came back or is to be brought back
    ("দুই হাজার বোতল ফেরত এসেছে", "দোকানে ফেরত দিন"), with no money named in the sentence
    (not "টাকা সন্ধ্যার মধ্যে ফেরত আসবে"): goods returned, as "returned" in English, give
    nothing back."""
    if match.excerpt.strip() != "ফেরত":
        return False
    text = match.part.text
    if not _BN_GOODS_BACK.match(text, match.end):
        return False
    return not _BN_MONEY.search(match.sentence.surface)


_NOTHING_TO = re.compile(
    r"(?:nothing|no need|no one|nobody|none) (?:\S+ ){0,2}to (?:\S+ )?$|\bno (?:\S+ )?$|"
    # a cost the harm left them unable to meet: "one could not pay for a taxi home"
    r"\b(?:could not|couldn't|cannot|can't|unable to|not able to) $",
    re.IGNORECASE,
)
"""A make-good said not to be owed: "so there is nothing to refund", "no refund is due"."""
_BN_OUR_GIFT = re.compile(
    r"^\S*\s+(?:(?:হিসেবে|হিসাবে|স্বরূপ|কুপন|ভাউচার|কার্ড)|(?:\S+\s+){0,3}?"
    r"(?:দেব|দেবো|দিচ্ছি|দিয়েছি|দেওয়া হবে|দেওয়া হয়েছে|দেওয়া হচ্ছে|পাঠাব|পাঠাবো|পাঠিয়েছি|"
    r"পাঠানো হবে|পাঠানো হয়েছে|পাবেন|যোগ হবে|যোগ হয়েছে|যোগ করা হবে|যোগ করা হয়েছে|জমা হবে|"
    r"জমা হয়েছে))(?![\u0980-\u09ff])"
)
_BN_GIFT_SIZED = re.compile(r"\d[\d,.]* ?(?:টাকা|জিবি|এমবি|মিনিট|পয়েন্ট|কয়েন|জেম)\S* (?:\S+ ){0,2}$")
"""A gift is ours only when it is labelled or handed over ("উপহার হিসেবে ৩০০ জেম", "৫০০ টাকার
উপহার কুপন", "২ জিবি ইন্টারনেট উপহার দেব"); otherwise "উপহার" names the customer's own gifts
that were late ("ঈদের উপহার সময়মতো পৌঁছায়নি", "যাঁরা উপহার বা জরুরি জিনিস অর্ডার
করেছিলেন"), not something we give."""


def _said_not_given(match: Match) -> bool:
    """Whether a make-good word names nothing we give: "there is nothing to refund", "no
    refund", or the customer's own gifts that were late."""
    before = match.part.text[match.sentence.start : match.start]
    if match.excerpt.startswith("উপহার"):
        text = match.part.text
        return not _BN_OUR_GIFT.match(text[match.start : match.sentence.end]) and not (
            _BN_GIFT_SIZED.search(before)
        )
    return bool(_NOTHING_TO.search(before[-40:]))


def _counts(doc: Document, match: Match) -> bool:
    """Whether a make-good cue gives the affected people something for the harm."""
    return (
        not goods_back(match)
        and not _said_not_given(match)
        and _gives(doc, match)
        and not _care_not_given(match)
        and not _only_if(match)
        and not _free_line(doc, match)
        and not _service_again(match)
        and not _alternative(match)
        and not _handling(match)
        and not _care_in_kind(match)
        and not _not_yet_offered(match)
        and not _empty_heading(doc, match)
    )


_DATA_KIND = re.compile(
    r"^\s*(?:card |account )?(?:detail|information|info|data|record|history|method)s?\b|"
    r"^\s*(?:\S+ ){0,2}(?:তথ্য|বিবরণ|ইতিহাস|হিসাব)",
    re.IGNORECASE,
)
_NOT_LOST = re.compile(
    r"\S*(?:\s+\S+){0,3}?\s+(?:(?:has|have|had|was|were|is|are)(?: been)? (?:not|never)\b|"
    r"(?:hasn't|haven't|wasn't|weren't|isn't|aren't)\b)|"
    r"\S*(?:\s+\S+){0,3}?\s+\S*(?:হয়নি|যায়নি)(?![\u0980-\u09ff])",
    re.IGNORECASE,
)
"""Money said to be spared after the money word ("no money has been moved", "money was not
taken", "কারও টাকা সরানো হয়নি"): nothing lost, as the data seen alone is."""
_ASKED_FOR = re.compile(
    r"\bask\S* (?:\S+ ){0,3}for\b|\brequest\S* (?:\S+ ){0,2}(?:money|payment)|"
    r"চায় না|চাই না|চাইলে|চাইতে|চেয়ে|দাবি (?:করলে|করে)",
    re.IGNORECASE,
)


def _lost(doc: Document, match: Match) -> bool:
    """Whether a money or time word beside data exposed says something was lost, not only
    the kind of data ("payment details were not affected", "ফি পরিশোধের কোনো তথ্য"), the
    bill or invoice that was itself the data seen, or the scam to watch for ("anyone asking
    for money", "টাকা চেয়ে কেউ ফোন করলে")."""
    if _DATA_KIND.search(match.part.text[match.end : match.end + 30]):
        return False
    if doc.negated(match, window=2) or _NOT_LOST.match(
        match.part.text, match.start, match.sentence.end
    ):
        return False  # "no money has been moved", "কারও টাকা সরানো হয়নি": nothing lost
    if any(
        m.part is match.part and m.start <= match.start and match.end <= m.end
        for m in doc.matches("data_exposure")
    ):
        return False  # "অন্য গ্রাহকের বিল দেখা যাচ্ছিল": the bill as the data seen
    return not _ASKED_FOR.search(match.sentence.surface) and not doc.in_sentence(
        "act_now", match.sentence
    )


_BANK_DETAILS = re.compile(
    r"sort code|bank (?:account )?details|(?:bank )?account numbers?|\biban\b|routing number|"
    r"(?:full|whole|complete) card numbers?|bank statements?|passports?|"
    r"driv(?:ing|er'?s) licen[cs]es?|পাসপোর্ট\S*|(?:পুরো|সম্পূর্ণ) কার্ড নম্বর\S*|"
    # an identity document or number, enough to open accounts in your name ("ID documents",
    # "national insurance numbers", "জাতীয় পরিচয়পত্র"); not a date of birth alone, which a
    # clinic letter shows without putting money at risk
    r"(?:\bID|identity) (?:documents?|cards?|papers?)|national insurance|"
    r"social security|\bSSNs?\b|\bPAN (?:card|number)s?|aadhaar|জাতীয় পরিচয়পত্র\S*|এনআইডি|"
    r"ব্যাংক (?:হিসাব|অ্যাকাউন্ট)\S*|(?:হিসাব|অ্যাকাউন্ট) নম্বর\S*",
    re.IGNORECASE,
)
_NOT_SEEN = re.compile(
    r"\b(?:not|n't|never|no|nor|neither|without)\b|নয়|নেই|না(?![\u0980-\u09ff])|ছিল না|যায়নি|হয়নি",
    re.IGNORECASE,
)


def _money_details_seen(doc: Document) -> bool:
    """Whether the data others saw includes the means to take money, the bank account (its
    sort code or number), the full card number or the papers that prove who you are
    (a passport, a driving licence, bank statements), said as exposed, not as what was spared
    ("they did not show your account number") nor as what a scammer would ask for ("we'll
    never ask for your bank details"): that exposure puts money at risk, and a make-good is
    owed as for money lost."""
    for _, sentence in doc.sentences():
        text = sentence.surface
        if not _BANK_DETAILS.search(text):
            continue
        spared = _NOT_SEEN.search(text) or _ASKED_FOR.search(text)
        if spared or doc.in_sentence("act_now", sentence):
            continue
        return True
    return False


_BIRTH_DATE = re.compile(
    r"\bdates? of birth|\bbirth ?dates?|\bDOBs?\b|জন্ম ?তারিখ\S*|জন্মতারিখ\S*", re.IGNORECASE
)
_TAKEN_AWAY = re.compile(
    r"\b(?:stolen|stole|steal\S*|copied|downloaded|exfiltrat\S*|attackers?|criminals?|hackers?|"
    r"thie(?:f|ves))\b|চুরি|হ্যাকার|ডাউনলোড|হাতিয়ে",
    re.IGNORECASE,
)
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|no|n't|without)\b[^.;:]{0,25}$|না$", re.IGNORECASE)


def _identity_taken(doc: Document) -> bool:
    """Whether dates of birth were among the data taken by someone outside (stolen, copied,
    downloaded, by an attacker), said as done, not as spared ("nothing was downloaded"): with
    a name and a birth date anyone can pass as the customer, so protection is owed as for
    bank details seen; a clinic letter with a birth date sent to one wrong address, or an
    attacker who took only email addresses, is not that."""
    if not any(_BIRTH_DATE.search(sentence.surface) for _, sentence in doc.sentences()):
        return False
    for _, sentence in doc.sentences():
        for taken in _TAKEN_AWAY.finditer(sentence.surface):
            if not _NEGATED_BEFORE.search(sentence.surface[: taken.start()]):
                return True
    return False


def _protection_owed(doc: Document) -> bool:
    """Whether the data seen puts money or identity at risk at once: bank or card details or
    identity papers seen, or birth dates taken by someone outside."""
    return _money_details_seen(doc) or _identity_taken(doc)


_PUT_OUT_OF_USE = re.compile(
    nukta_single(
        # the reader told to stop using what we sold them: "please stop feeding your dog
        # Harvest Hound", "do not use the seat until we have confirmed", "stop driving it"
        r"\b(?:stop|not|n't|never) (?:using|use|feeding|feed|eating|eat|drinking|drink|driving|"
        r"drive|giving|wearing|charging|taking) (?:it|them|your|the|this|these|that|those|any)\b|"
        r"\bstop using\b|"
        r"ব্যবহার (?:\S+ )?(?:বন্ধ (?:করুন|রাখুন|করে দিন)|করবেন না)|খাওয়াবেন না|খাওয়ানো বন্ধ|খাবেন না|"
        r"পান করবেন না|চালাবেন না"
    ),
    re.IGNORECASE,
)
_KNOCK_ON_COME = re.compile(
    nukta_single(
        r"overdra(?:ft|wn)|\bbounced?\b|insufficient funds|"
        r"\bbank (?:\S+ ){0,3}(?:fees?|charges?)\b|"
        r"ওভারড্রাফট|চেক ফেরত|অপর্যাপ্ত তহবিল|ব্যাংক (?:\S+ ){0,2}(?:ফি|চার্জ|জরিমানা)(?![\u0980-\u09ff])"
    ),
    re.IGNORECASE,
)
_SOLD = re.compile(
    nukta_single(
        r"\b(?:bought|sold|purchased|batch(?:es)?|serial|model|recall\S*|best[- ]before|"
        r"lot number)\b|কিনেছেন|কেনা|বিক্রি|ব্যাচ|মডেল|সিরিয়াল|প্রত্যাহার"
    ),
    re.IGNORECASE,
)
"""What we sold, named as such: a product put out of use, not a page or a button ("please
don't use the retry button")."""
_IF = re.compile(r"\b(?:if|unless|in case|should)\b|যদি|হলে|থাকলে", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“«][^\"”»]{3,80}[\"”»]")
"""Words in quotation marks: a scammer's line quoted to warn against ("'pay extra to confirm
your booking'"), not money we took."""


def _loss_certain(doc: Document) -> bool:
    """Whether the loss is certain before the cause is known: what we sold put out of use
    ("please stop using your night light", "কুকারটি আর ব্যবহার করবেন না"), or a cost the
    error caused elsewhere that has come about ("a charge that size can push your account
    into overdraft, and some of you have told us that's happened"), not one only feared
    ("if you're charged a late fee, keep a note of it"); or money we took that was never
    owed ("৫০০ টাকা করে বিলম্ব ফি … বাড়তি টাকা কাটা হয়েছে", "charged twice"): that money is
    theirs whatever the cause turns out to be."""
    sold = any(_SOLD.search(sentence.surface) for _, sentence in doc.sentences())
    for _, sentence in doc.sentences():
        text = sentence.surface
        if sold and _PUT_OUT_OF_USE.search(text):
            return True
        knock_on = _KNOCK_ON_COME.search(text)
        if knock_on and not _IF.search(text, 0, knock_on.start()):
            return True
        taken = _NEVER_OWED.search(text)
        if (
            taken
            and doc.in_sentence("money_harm", sentence)
            and not _IF.search(text, 0, taken.start())
            and not _ASKED_FOR.search(text)
            and not doc.in_sentence("act_now", sentence)
            and not _QUOTED.search(text)
        ):
            return True
    return False


def _offered_early(doc: Document, match: Match) -> bool:
    """Whether a make-good cue offers something before the cause is known: a refund as a
    choice will do there ("if you'd rather not wait, you can have a full refund now")."""
    return (
        not goods_back(match)
        and not _said_not_given(match)
        and not _care_not_given(match)
        and not _free_line(doc, match)
    )


def make_good(doc: Document, plan: PlanPhrases) -> Iterator[Flag]:
    """A credit, refund, waived fee or compensation, once the harm is known (long form); a
    refusal to make good a cost we caused is sent back even beside a refund of another."""
    if doc.short or plan_hits(doc, plan("make_good_missing")):
        return
    # a cost we caused, refused or charged ("the usual change fee applies"), is sent back
    # at any stage; a make-good not yet offered only once the harm is known
    refused = list(_refusals(doc))
    early = doc.stage == Stage.INVESTIGATING or (
        doc.stage == Stage.IDENTIFIED
        and (doc.matches("still_down") or doc.matches("data_exposure"))
        and not _protection_owed(doc)
    )
    certain = early and not refused and _loss_certain(doc)
    if certain and not any(_offered_early(doc, m) for m in doc.matches("make_good")):
        # the loss is certain before the cause is known (what we sold put out of use, a
        # bank charge come about): a make-good, even only offered as a choice, is owed now
        yield _missing(doc)
        return
    if not refused and doc.stage not in MAKE_GOOD_STAGES:
        return
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
    if refused or any(_counts(doc, match) for match in doc.matches("make_good")):
        return
    if (
        doc.stage == Stage.IDENTIFIED
        and (doc.matches("still_down") or doc.matches("data_exposure"))
        and not _protection_owed(doc)
    ):
        # the cause is known but the service is still down, or data was seen: the harm is
        # not yet known in full, and a make-good is asked once the service is back (not
        # where bank details or identity numbers were seen: protection is owed at once)
        return
    if (
        doc.matches("data_exposure")
        and not any(_lost(doc, m) for m in doc.matches("money_harm"))
        and not _protection_owed(doc)
    ):
        return  # data seen by others, nothing lost in money or time: no make-good is owed
    yield _missing(doc)


def _missing(doc: Document) -> Flag:
    """The make-good the statement leaves out."""
    return missing(
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
