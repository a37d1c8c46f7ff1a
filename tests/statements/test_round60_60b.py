"""Rounds 59-60 (tuner 60b): ownership_missing false alarms, blame_shifting and
next_update_missing misses, in English and Bengali.

Ownership read where it was missed: our own defence letting intruders in ("our weak login
checks let attackers into 3,200 accounts"), a long object between "we sent" and "to the
wrong firm", a flaw (গলদ) said to be ours ("গলদটা আমাদের সিস্টেম আপডেটের, আপনাদের নয়"), and a
founder's "আমারই ভুল". Ownership no longer read where another's relative clause follows a
comma ("BrightMetric, the analytics company we use, whose staff left a folder open"), and
"BrightMetric's error, not ours" is blame. Everyone affected getting an email from us by a
time is the next update. Each fix with the close wordings that must stay as they were."""

# ruff: noqa: RUF001, E501

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

INV = Stage.INVESTIGATING
IDENT = Stage.IDENTIFIED
MON = Stage.MONITORING
RES = Stage.RESOLVED
FOLLOW = Stage.FOLLOW_UP

_EN_SUPPLIER_OPEN = (
    "Monitoring: member data exposed\n\n"
    "Between 7 and 14 June the names and email addresses of about 62,000 members could be "
    "seen by anyone who had a particular web address. "
)
_EN_SUPPLIER_CLOSE = (
    " We're sorry for the worry this has caused.\n\n"
    "We stopped sending data to them on 14 June. Next update: here, by 5pm on Friday 21 June.\n"
    "Help: privacy@fitslot.co.uk or 0161 555 0182."
)

# (rule, language, channel, stage, text, flagged)
ROUND_60: list[tuple[str, str, str, Stage, str, bool]] = [
    # our own defence let intruders in: owned (r60-en-11)
    (
        "ownership_missing",
        "en",
        "sms",
        RES,
        "Vantel: sorry, our weak login checks let attackers into 3,200 accounts 2-4 Jun. Reset your password by 10 Jun: vantel.co.uk/reset",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        RES,
        "Vantel: sorry, our old password rules allowed criminals to get into 3,200 accounts 2-4 Jun. Reset by 10 Jun: vantel.co.uk/reset",
        False,
    ),
    # ... but not a partner's checks, nor our customers, nor checks that kept them out
    (
        "ownership_missing",
        "en",
        "sms",
        RES,
        "Vantel: sorry, our payment partner's weak login checks let attackers into 3,200 accounts 2-4 Jun. Reset by 10 Jun: vantel.co.uk/reset",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        RES,
        "Vantel: sorry, our login checks stopped attackers getting into 3,200 accounts 2-4 Jun. Reset by 10 Jun: vantel.co.uk/reset",
        True,
    ),
    # a long object between "we sent" and "to the wrong firm" (r59-en-8)
    (
        "ownership_missing",
        "en",
        "sms",
        INV,
        "Calder Insurance: on 2 Jun we sent your name & policy no., and 3,100 others', to the wrong firm. We're sorry. Update 5pm Fri: calder.co.uk/notice",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        INV,
        "Calder Insurance: on 2 Jun your name & policy no., and 3,100 others', were sent to the wrong firm. We're sorry. Update 5pm Fri: calder.co.uk/notice",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        INV,
        "Calder Insurance: on 2 Jun we sent your renewal letter. Our printer then posted 3,100 of them to the wrong firm. Sorry. Update 5pm Fri: calder.co.uk/notice",
        True,
    ),
    # another's relative clause after a comma is not a choice of ours doing harm (r60-en-12)
    (
        "ownership_missing",
        "en",
        "status_page",
        MON,
        _EN_SUPPLIER_OPEN
        + "This happened at BrightMetric, the analytics company we use, whose staff left a storage folder open to the public."
        + _EN_SUPPLIER_CLOSE,
        True,
    ),
    (
        "ownership_missing",
        "en",
        "status_page",
        MON,
        _EN_SUPPLIER_OPEN
        + "A storage setting we use can leave a folder open to the public, and we had not checked it."
        + _EN_SUPPLIER_CLOSE,
        False,
    ),
    # "X's error, not ours": blame (r60-en-12)
    (
        "blame_shifting",
        "en",
        "status_page",
        MON,
        _EN_SUPPLIER_OPEN
        + "A storage folder was left open. This was BrightMetric's error, not ours."
        + _EN_SUPPLIER_CLOSE,
        True,
    ),
    (
        "blame_shifting",
        "en",
        "status_page",
        MON,
        _EN_SUPPLIER_OPEN
        + "A storage folder was left open. The mistake was theirs, not ours."
        + _EN_SUPPLIER_CLOSE,
        True,
    ),
    (
        "blame_shifting",
        "en",
        "status_page",
        MON,
        _EN_SUPPLIER_OPEN
        + "We left a storage folder open. This was our error, not yours."
        + _EN_SUPPLIER_CLOSE,
        False,
    ),
    # a flaw (গলদ) said to be ours, set against the reader's (r60-bn-2)
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "১২ মার্চ রাত ৮টা–১১টায় প্রায় ১৮,০০০ গ্রাহকের চার্জ দু'বার কেটেছে। গলদটা আমাদের সিস্টেম আপডেটের, আপনাদের নয়। আন্তরিকভাবে দুঃখিত। পরের আপডেট আজ সন্ধ্যা ৭টায়। সাহায্য: https://pocketpay.com.bd/help",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "১২ মার্চ রাত ৮টা–১১টায় প্রায় ১৮,০০০ গ্রাহকের চার্জ দু'বার কেটেছে। আমাদের সিস্টেমের এই গলদের জন্য আন্তরিকভাবে দুঃখিত। পরের আপডেট আজ সন্ধ্যা ৭টায়। সাহায্য: https://pocketpay.com.bd/help",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "১২ মার্চ রাত ৮টা–১১টায় প্রায় ১৮,০০০ গ্রাহকের চার্জ দু'বার কেটেছে। গলদটা আমাদের নয়, ব্যাংকের। দুঃখিত। পরের আপডেট আজ সন্ধ্যা ৭টায়। সাহায্য: https://pocketpay.com.bd/help",
        True,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "১২ মার্চ রাত ৮টা–১১টায় প্রায় ১৮,০০০ গ্রাহকের চার্জ দু'বার কেটেছে। সিস্টেম আপডেটে একটি গলদ ধরা পড়েছে। দুঃখিত। পরের আপডেট আজ সন্ধ্যা ৭টায়। সাহায্য: https://pocketpay.com.bd/help",
        True,
    ),
    # a founder's "আমারই ভুল" (r59-bn-17), and its denial
    (
        "ownership_missing",
        "bn",
        "email",
        FOLLOW,
        "বিষয়: প্রি-অর্ডারে দেরি\n\nপ্রিয় পাঠক,\n\n৪,২১৮টি প্রি-অর্ডারের ৩১২টি ৩ সপ্তাহেরও পরে পৌঁছেছে। অর্ডার আর গুদাম বদল একসঙ্গে সামলানো যাবে — এই হিসাবটা আমারই ভুল ছিল। আমি আন্তরিকভাবে দুঃখিত।\n\nডেলিভারি চার্জ ৫ মার্চের মধ্যে ফেরত দেওয়া হয়েছে। ১৫ ডিসেম্বর পরিকল্পনা ইমেইলে জানাব।\n\nপ্রশ্ন: ০১৯১১-৮০৮০৮০",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "email",
        FOLLOW,
        "বিষয়: প্রি-অর্ডারে দেরি\n\nপ্রিয় পাঠক,\n\n৪,২১৮টি প্রি-অর্ডারের ৩১২টি ৩ সপ্তাহেরও পরে পৌঁছেছে। এতে আমার কোনো ভুল ছিল না। আমি আন্তরিকভাবে দুঃখিত।\n\nডেলিভারি চার্জ ৫ মার্চের মধ্যে ফেরত দেওয়া হয়েছে। ১৫ ডিসেম্বর পরিকল্পনা ইমেইলে জানাব।\n\nপ্রশ্ন: ০১৯১১-৮০৮০৮০",
        True,
    ),
    # everyone affected gets an email from us by a time: the next update (r59-en-12)
    (
        "next_update_missing",
        "en",
        "x",
        IDENT,
        "We got this wrong. A website change we made on 3 June let ~1,900 customers see someone else's order history. We're sorry. That page is off, and every affected customer gets an email from us by 9pm tonight. Help: https://fennick.co.uk/help",
        False,
    ),
    (
        "next_update_missing",
        "en",
        "x",
        IDENT,
        "We got this wrong. A website change we made on 3 June let ~1,900 customers see someone else's order history. We're sorry. That page is off. If you get an email from us asking for your password, ignore it. Help: https://fennick.co.uk/help",
        True,
    ),
    (
        "next_update_missing",
        "en",
        "x",
        IDENT,
        "We got this wrong. A website change we made on 3 June let ~1,900 customers see someone else's order history. We're sorry. That page is off, and every affected customer gets an email from us. Help: https://fennick.co.uk/help",
        True,
    ),
]


@pytest.mark.parametrize(("rule", "language", "channel", "stage", "text", "flagged"), ROUND_60)
def test_round_60_60b_readings_and_their_traps(
    rule: str, language: str, channel: str, stage: Stage, text: str, flagged: bool
) -> None:
    found = {name for name, _ in findings(text, language, channel, stage)}
    assert (rule in found) is flagged, found


_EN_SMS = "Northbay: sorry, {} Reset by 10 Jun: northbay.co.uk/reset"
_BN_TITLE = (
    "টিকিটঘর সিস্টেম স্ট্যাটাস — লঞ্চের একই কেবিন দুজনের কাছে বিক্রি\n\n"
    "আজ বিকেল ৪টা থেকে সন্ধ্যা ৭টা ২০ পর্যন্ত প্রায় ১,২৪০টি কেবিন দুজনের কাছে বিক্রি হয়েছে। {} "
    "এই ভোগান্তির জন্য আমরা গভীরভাবে দুঃখিত।\n\nপরের আপডেট: আজ রাত ১০:৩০-এ। সাহায্য: ০৯৬৭৮-১২৩৪৫৬"
)
_BN_FLIGHTS = (
    "আজ ঢাকা থেকে আমাদের ৬টি ফ্লাইট ২–৪ ঘণ্টা দেরিতে ছাড়ছে। {} আপনাদের বসিয়ে রাখার জন্য দুঃখিত। "
    "পরবর্তী আপডেট দুপুর ২টায়: meghnaair.com/status"
)

# (rule, language, channel, stage, text, flagged): owned things of ours, told as what they did
OWNED_AND_BLAMED: list[tuple[str, str, str, Stage, str, bool]] = [
    # our own team let a thing of ours lapse, slowed us down, let harm in
    (
        "ownership_missing",
        "en",
        "sms",
        MON,
        _EN_SMS.format(
            "our IT team let a security certificate expire, so 9,500 patients could not sign in 7am-1pm."
        ),
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        MON,
        _EN_SMS.format(
            "a security certificate expired, so 9,500 patients could not sign in 7am-1pm."
        ),
        True,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        MON,
        _EN_SMS.format("our new dispensing system slowed us down, so 2,600 parcels were late."),
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        MON,
        _EN_SMS.format("the roadworks slowed us down, so 2,600 parcels were late."),
        True,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        MON,
        _EN_SMS.format("our Bendigo factory let small pieces of plastic into 3,800 pouches."),
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        MON,
        _EN_SMS.format("small pieces of plastic got into 3,800 pouches."),
        True,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        MON,
        _EN_SMS.format("our own route-planning system stopped assigning 2,300 orders to drivers."),
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        MON,
        _EN_SMS.format("the route-planning system stopped assigning 2,300 orders to drivers."),
        True,
    ),
    # "we let that happen", "this is our issue"
    (
        "ownership_missing",
        "en",
        "sms",
        INV,
        _EN_SMS.format("270 numbers were moved to new SIMs. We let that happen."),
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        INV,
        _EN_SMS.format("270 numbers were moved to new SIMs. We won't let that happen again."),
        True,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        INV,
        _EN_SMS.format("2FA codes take up to 10 min to arrive. This is our issue."),
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        INV,
        _EN_SMS.format(
            "2FA codes take up to 10 min to arrive. This is our issue tracker: northbay.co.uk/issues."
        ),
        True,
    ),
    # our own name accepting responsibility
    (
        "ownership_missing",
        "en",
        "status_page",
        IDENT,
        "Notice: incorrect direct debits\n\nOn 2 December Aldgate Mutual collected the annual premium instead of the monthly one from 4,870 policyholders. Aldgate Mutual accepts full responsibility for the error. We're sorry for the shock this caused.\n\nThe money was returned on 4 December. Next update: 10 December. Help: 0345 555 0100 or help@aldgatemutual.co.uk",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "status_page",
        IDENT,
        "Notice: incorrect direct debits\n\nOn 2 December Aldgate Mutual collected the annual premium instead of the monthly one from 4,870 policyholders. Our bank accepts full responsibility for the error. We're sorry for the shock this caused.\n\nThe money was returned on 4 December. Next update: 10 December. Help: 0345 555 0100 or help@aldgatemutual.co.uk",
        True,
    ),
    # Bengali: the brand a title opens on, given the fault or duty
    (
        "ownership_missing",
        "bn",
        "status_page",
        INV,
        _BN_TITLE.format("টিকিট বিক্রি করেছি আমরা, তাই এই ভোগান্তির দায় টিকিটঘরের।"),
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "status_page",
        INV,
        _BN_TITLE.format("এই ভোগান্তির দায় টিকিটঘরের নয়।"),
        True,
    ),
    (
        "ownership_missing",
        "bn",
        "status_page",
        INV,
        _BN_TITLE.format("এই ভোগান্তির দায় ওই লঞ্চ মালিকদের।"),
        True,
    ),
    # Bengali: our own work or repair as the cause; our team did not do it in time
    (
        "ownership_missing",
        "bn",
        "sms",
        MON,
        "দুঃখিত, আমাদের কাজে ফাইবার কেটে ২-৫টা মিরপুর ১০-এ নেট ছিল না। ৭টায় আপডেট। ১৬৭১৮",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        MON,
        "দুঃখিত, সিটি কর্পোরেশনের কাজে ফাইবার কেটে ২-৫টা মিরপুর ১০-এ নেট ছিল না। ৭টায় আপডেট। ১৬৭১৮",
        True,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        MON,
        "দুঃখিত, আমাদের রক্ষণাবেক্ষণ দল সময়মতো পাম্প পরীক্ষা করেনি, তাই ২-৫টা পানি ছিল না। ৭টায় আপডেট। ১৬৭১৮",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        MON,
        "দুঃখিত, আমাদের পরিবহন সংস্থাও সময়মতো গাড়ি দিতে পারেনি, তাই ২-৫টা পানি ছিল না। ৭টায় আপডেট। ১৬৭১৮",
        True,
    ),
    # blame: theirs set against ours by name; a firm named by the job it does for us
    (
        "blame_shifting",
        "en",
        "x",
        INV,
        "Riverside families: PowerLearn says its systems were breached Monday, exposing names of about 3,200 students. It happened on PowerLearn's systems, not ours. Sorry for the worry. Next update Thu 4pm: rusd.org/notice",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        INV,
        "Riverside families: names of about 3,200 students were exposed on Monday. It happened on our systems, not PowerLearn's. Sorry for the worry. Next update Thu 4pm: rusd.org/notice",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        "Subject: Duplicate meal payments\n\n612 families were charged twice for the November top-up. This was caused by a fault at SchoolCoin, the company that processes our online payments. We are very sorry.\n\nRefunds by 4 December. Next update 4 December. Help: office@trust.example.org",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        "Subject: Duplicate meal payments\n\n612 families were charged twice for the November top-up. This was caused by a fault in our own payment page, which we changed on Monday. We are very sorry.\n\nRefunds by 4 December. Next update 4 December. Help: office@trust.example.org",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        "Subject: Your records\n\nMedscan Solutions, the company that scans our paper records, had left a storage folder open for 11 days, exposing letters of 2,340 patients. This was a failure by Medscan to follow the security rules. We are sorry.\n\nNext update 1 March. Help: 0161 555 0100",
        True,
    ),
    # Bengali: a firm working for us short of people, as the cause
    (
        "blame_shifting",
        "bn",
        "x",
        IDENT,
        _BN_FLIGHTS.format("বিমানবন্দরের গ্রাউন্ড হ্যান্ডলিং সংস্থার লোকবল সংকটে লাগেজ ওঠানামায় দেরি হচ্ছে।"),
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        IDENT,
        _BN_FLIGHTS.format("আমাদের নিজেদের কর্মী সংকটে লাগেজ ওঠানামায় দেরি হচ্ছে, দায় আমাদের।"),
        False,
    ),
]


@pytest.mark.parametrize(
    ("rule", "language", "channel", "stage", "text", "flagged"), OWNED_AND_BLAMED
)
def test_round_60_60b_owned_and_blamed_and_their_traps(
    rule: str, language: str, channel: str, stage: Stage, text: str, flagged: bool
) -> None:
    found = {name for name, _ in findings(text, language, channel, stage)}
    assert (rule in found) is flagged, found


# a Bengali month cut short in an SMS, with no dot: a date all the same
NEXT_STEP_DATES: list[tuple[str, bool]] = [
    ("টাকাপে: আমাদের ভুলে চার্জ দুবার কেটেছে, দুঃখিত। ২০ নভে ফেরত। 16247", False),
    ("টাকাপে: আমাদের ভুলে চার্জ দুবার কেটেছে, দুঃখিত। ২০ নভে. ফেরত। 16247", False),
    ("টাকাপে: আমাদের ভুলে চার্জ দুবার কেটেছে, দুঃখিত। টাকা ফেরত দেব। 16247", True),
    # "আগে" (before) is no "আগ" (August)
    ("টাকাপে: আমাদের ভুলে চার্জ দুবার কেটেছে, দুঃখিত। ২ দিন আগে কাটা টাকা ফেরত দেব। 16247", True),
]


@pytest.mark.parametrize(("text", "flagged"), NEXT_STEP_DATES)
def test_round_60_60b_bengali_month_cut_short(text: str, flagged: bool) -> None:
    found = {name for name, _ in findings(text, "bn", "sms", IDENT)}
    assert ("next_update_missing" in found) is flagged, found


# an X post's next step stands for the next update only when its time looks ahead
X_NEXT_STEP: list[tuple[str, str, str, bool]] = [
    # when it broke, or what holds now: no time ahead
    (
        "en",
        "monitoring",
        "Broadband is back for most customers in Leeds after the fault in our network this morning. We're sorry for the disruption. Help: https://lw.example/help",
        True,
    ),
    (
        "en",
        "monitoring",
        "Home deliveries are back on track today. We're sorry to the 2,600 customers whose shop arrived late - a route-planning change we made on Friday sent drivers the long way round. Help: https://marlows.example/help",
        True,
    ),
    (
        "bn",
        "monitoring",
        "আজ সন্ধ্যা থেকে আমাদের ভুলে অর্ডার পৌঁছাতে ৪০–৯০ মিনিট বেশি লাগছে, দুঃখিত। আমরা নজর রাখছি। সাহায্য: https://khaidai.app/help",
        True,
    ),
    # a next step with a time ahead still stands
    (
        "en",
        "monitoring",
        "Broadband is back for most customers in Leeds after the fault in our network. We're sorry. Engineers will check every line by 6pm. Help: https://lw.example/help",
        False,
    ),
    (
        "bn",
        "monitoring",
        "আমাদের ভুলে অর্ডার পৌঁছাতে ৪০–৯০ মিনিট বেশি লাগছে, দুঃখিত। বাকি অর্ডার রাত ৯টার মধ্যে পৌঁছাবে। সাহায্য: https://khaidai.app/help",
        False,
    ),
    # the service the reader is moved to is what comes next
    (
        "en",
        "monitoring",
        "Harbourline: sorry, your 09:15 Ardrossan sailing is cancelled today, our ferry's ramp has a fault. You're moved free to the 13:00. Help: 0800 555 0101",
        False,
    ),
    # "affected customers get an email by …" is the next update; "affected" says who, not when
    (
        "en",
        "monitoring",
        "A bug in our app on Tue showed ~600 customers someone else's transactions. That's our fault and we're sorry. Affected customers get an email by Fri 12/12. Help: https://kestrel.example/help",
        False,
    ),
]


@pytest.mark.parametrize(("language", "stage", "text", "flagged"), X_NEXT_STEP)
def test_round_60_60b_x_next_step_looks_ahead(
    language: str, stage: str, text: str, flagged: bool
) -> None:
    found = {name for name, _ in findings(text, language, "x", Stage(stage))}
    assert ("next_update_missing" in found) is flagged, found
