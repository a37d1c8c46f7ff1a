"""Round 68 (the twentieth session's own fix): where a long statement gives its cause vaguely
("caused by a technical problem with the portal", "কারিগরি জটিলতার কারণে"), another cause word
elsewhere tells a second cause only if its sentence names something concrete. A report promised
"on what happened", a step taken ("we switched off automatic billing"), the consequence ("ফলে
…") or a plan that fell through ("ছাড়ার কথা ছিল") is no cause; a real cause beside the vague
words ("a software update we released on Sunday doubled the charge") still is."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

RESOLVED = Stage.RESOLVED

EN_VAGUE = """Subject: Patient portal back online, and our apology

Between 07:00 on Monday 12 May and 16:30 on Tuesday 13 May our patient portal was unavailable. About 6,200 patients could not view test results or change appointments online.

We run the portal. This was our failure, and I am sorry: waiting for a result is worrying enough without being shut out of it.

{cause} It was fixed on Tuesday afternoon and the portal has worked normally since. We have checked every result released while it was down.

If you missed an appointment because you couldn't reach us, you will not be recorded as having failed to attend, and we will refund any missed-appointment fee by 30 May. Call 0161 496 0720 (8am to 8pm).

We will publish a short report on what happened on our website by Friday 30 May.
"""

BN_VAGUE = """বিষয়: ভর্তি পোর্টাল বন্ধ থাকায় আবেদন জমা দিতে না পারা

প্রিয় শিক্ষার্থী,

গত ১২ মে বিকেল ৩টা থেকে সন্ধ্যা ৭টা পর্যন্ত আমাদের ভর্তি পোর্টাল বন্ধ ছিল, ফলে প্রায় ১,১৫০ জন শিক্ষার্থীর আবেদন জমা হয়নি। এই দায় আমাদের, আর শেষ দিনে তোমাদের এমন দুশ্চিন্তায় ফেলার জন্য আমরা আন্তরিকভাবে দুঃখিত।

{cause}

আবেদনের শেষ সময় ২০ মে পর্যন্ত বাড়ানো হয়েছে, আর যাঁদের ফি দুবার কাটা হয়েছে তাঁদের টাকা ১৮ মের মধ্যে ফেরত দেওয়া হবে। প্রশ্ন থাকলে ০৯৬১২-৩৪৫৬৭৮ নম্বরে ফোন করো অথবা admission@nabadhara.edu.bd-তে লেখো। ২২ মে আমরা পুরো ঘটনার প্রতিবেদন ওয়েবসাইটে প্রকাশ করব।
"""


def _rules(text: str, language: str) -> set[str]:
    return {rule for rule, _ in findings(text, language, "email", RESOLVED)}


@pytest.mark.parametrize(
    "cause",
    [
        "The outage was caused by a technical problem with the portal.",
        "The outage was due to a technical issue within our booking platform. What we have done so far: we switched off the old booking link.",
        "The portal stopped because of a configuration issue in our appointment system.",
    ],
)
def test_a_vague_cause_is_not_redeemed_by_a_report_or_a_step_elsewhere(cause: str) -> None:
    assert "root_cause_missing" in _rules(EN_VAGUE.format(cause=cause), "en")


@pytest.mark.parametrize(
    "cause",
    [
        "A technical problem hit the portal on Monday: a software update we released on Sunday night filled the database disk, so the portal stopped.",
        "The cause: a certificate on our login server expired at 07:00 and nobody on our team had set a reminder to renew it.",
        "We do not yet know the cause; so far we know the database did not fail.",
    ],
)
def test_a_concrete_or_honestly_unknown_cause_stands(cause: str) -> None:
    assert "root_cause_missing" not in _rules(EN_VAGUE.format(cause=cause), "en")


@pytest.mark.parametrize(
    "cause",
    [
        "কারিগরি জটিলতার কারণে সেদিন পোর্টালটি বন্ধ হয়ে যায়।",
        "কিছু কারিগরি ত্রুটির কারণে এমনটি হয়েছে। এর ফলে অনেকের আবেদন মাঝপথে আটকে যায়।",
    ],
)
def test_a_vague_bengali_cause_is_not_redeemed_by_its_consequence(cause: str) -> None:
    assert "root_cause_missing" in _rules(BN_VAGUE.format(cause=cause), "bn")


@pytest.mark.parametrize(
    "cause",
    [
        "কেন হলো: ১২ মে দুপুরে আমরা পোর্টালের একটি নতুন সংস্করণ চালু করি; তাতে পেমেন্টের পাতাটি ভুল সার্ভারে যুক্ত ছিল, আর চালুর আগে আমরা তা পরীক্ষা করিনি।",
        "কারণ এখনও নিশ্চিত নই; এখন পর্যন্ত যা জানি, পেমেন্টের পাতাটি সাড়া দিচ্ছিল না।",
    ],
)
def test_a_concrete_or_honestly_unknown_bengali_cause_stands(cause: str) -> None:
    assert "root_cause_missing" not in _rules(BN_VAGUE.format(cause=cause), "bn")


# Remediation: what counts as a step. Watching, being busy, the harm told again, where to
# write, and a make-good's code sent are no steps; a step beside them still is.

EN_STEPS = """Subject: Payroll runs failed on Tuesday

On Tuesday 3 June, between 09:00 and 15:40, 1,240 businesses using Ledgerly could not submit payroll runs, and 310 runs went in late. A database change we made on Monday night locked the payroll table. That was our mistake, and we are sorry: some of your staff were paid a day late because of it.

{steps}

We will post the next update here by 17:00 BST on Wednesday 4 June. Questions: support@ledgerly.example or 0800 046 1234.
"""


@pytest.mark.parametrize(
    "steps",
    [
        "Pay runs are going through again, and we're keeping a close eye on things.",
        "What we're doing: our payroll and engineering teams are fully focused on this and are treating it as their top priority.",
        "We are monitoring the payroll system closely. Many of you paid for courier runs you should never have needed.",
    ],
)
def test_watching_or_being_busy_is_no_step(steps: str) -> None:
    assert "remediation_missing" in _rules(EN_STEPS.format(steps=steps), "en")


@pytest.mark.parametrize(
    "steps",
    [
        "What we've done: we reversed the database change at 15:40, and we're keeping a close eye on things.",
        "What we've done: a new index was fitted to the payroll table at 15:40, and our engineers are keeping a close eye on it.",
        "If a run is still marked 'failed', you should resubmit it from the Payroll tab; it will go through the same day.",
    ],
)
def test_a_step_beside_the_watching_still_counts(steps: str) -> None:
    assert "remediation_missing" not in _rules(EN_STEPS.format(steps=steps), "en")


BN_STEPS = """বিষয়: এপ্রিলের বিলে ভ্যাট দুবার যোগ

প্রিয় গ্রাহক,

৩ মে পাঠানো এপ্রিল মাসের পোস্টপেইড বিলে প্রায় ৪২,০০০ গ্রাহকের বিলে ১৫% ভ্যাট দুবার যোগ হয়েছে। আমাদের বিলিং সফটওয়্যারে ২ মে যে নতুন ভ্যাট হার বসানো হয়, তাতে পুরোনো হারটি মুছে ফেলা হয়নি; এই ভুল আমাদের, এবং এর জন্য আমরা আন্তরিকভাবে দুঃখিত।

{steps}

পরের আপডেট ৮ মে বিকেল ৫টায় এই পাতায়। প্রশ্ন থাকলে ১৬২৬২ নম্বরে ফোন করুন অথবা billing@meghnatel.com.bd-তে লিখুন।
"""


@pytest.mark.parametrize(
    "steps",
    [
        "বাড়তি ভ্যাট যাঁদের বিলে যোগ হয়েছে, তাঁদের সংখ্যা আমরা গুনছি।",
        "ক্ষতিগ্রস্ত প্রত্যেক গ্রাহক পরের রিচার্জে ৳১৫০ ছাড় পাবেন; কোডটি ২০ মের মধ্যে এসএমএসে পাঠানো হবে।",
    ],
)
def test_bengali_harm_or_a_discount_code_is_no_step(steps: str) -> None:
    assert "remediation_missing" in _rules(BN_STEPS.format(steps=steps), "bn")


@pytest.mark.parametrize(
    "steps",
    [
        "৫ মে রাতে আমরা পুরোনো হারটি মুছে দিয়েছি, আর বাড়তি টাকা ১০ মের মধ্যে আপনার পরের বিলে সমন্বয় করা হবে।",
        "বিল এখনই পরিশোধ করবেন না; সংশোধিত বিল ৭ মের মধ্যে এসএমএসে পাঠানো হবে।",
    ],
)
def test_bengali_steps_still_count(steps: str) -> None:
    assert "remediation_missing" not in _rules(BN_STEPS.format(steps=steps), "bn")


@pytest.mark.parametrize(
    "steps",
    [
        "Our teams are working around the clock. We've set up a dedicated taskforce, brought in additional resource, and are exploring every available option.",
        "Since Tuesday we have processed only about 60% of the runs we should have. We have been reviewing every stage of the payroll process.",
    ],
)
def test_activity_and_the_shortfall_are_no_step(steps: str) -> None:
    assert "remediation_missing" in _rules(EN_STEPS.format(steps=steps), "en")


@pytest.mark.parametrize(
    "steps",
    [
        "We've set up a dedicated taskforce, and at 15:40 it reversed the database change; every failed run has been resubmitted for you.",
        "We're in contact with our hosting firm, and we're moving payroll to a second database from today.",
    ],
)
def test_a_step_named_beside_the_activity_counts(steps: str) -> None:
    assert "remediation_missing" not in _rules(EN_STEPS.format(steps=steps), "en")


@pytest.mark.parametrize(
    "cause",
    [
        "Due to a system issue, about 1,200 patients were booked twice for the same slot.",
        "Because of a technical problem, every reminder went out twice on Monday.",
    ],
)
def test_a_vague_cause_opening_the_sentence_is_not_made_concrete_by_the_harm(cause: str) -> None:
    assert "root_cause_missing" in _rules(EN_VAGUE.format(cause=cause), "en")


@pytest.mark.parametrize(
    "cause",
    [
        "Because a software update we released on Sunday night doubled every booking, about 1,200 patients were booked twice.",
        "Due to a duplicate batch job we scheduled by mistake, every reminder went out twice on Monday.",
    ],
)
def test_a_concrete_cause_opening_the_sentence_stands(cause: str) -> None:
    assert "root_cause_missing" not in _rules(EN_VAGUE.format(cause=cause), "en")


@pytest.mark.parametrize(
    "cause",
    [
        "কারিগরি জটিলতার কারণে এমনটি হয়েছে। যাঁদের আবেদন আটকে যায়, তাঁদের আমরা ফোন করছি।",
        "একটি কারিগরি ত্রুটির কারণে এমনটি হয়েছে; অনেকের সারা দিনের কাজ নষ্ট হয়েছে।",
    ],
)
def test_a_vague_bengali_cause_is_not_redeemed_by_the_harm(cause: str) -> None:
    assert "root_cause_missing" in _rules(BN_VAGUE.format(cause=cause), "bn")


# Make-good: a refund said not to be owed, or the customer's own gifts, give nothing; an
# identity document seen by strangers calls for a make-good as bank details do.

EN_SALES = """Subject: Card payments failed on Saturday

On Saturday 7 June, between 10:05 and 16:20, our card terminals declined about 31% of payments for 2,400 Tillpoint merchants. This was our fault: a certificate on our payment gateway expired because we had not renewed it, and we are sorry for the sales you lost on a busy day.

We renewed the certificate at 16:15 and added an alert 30 days before any certificate expires. {offer}

Questions: help@tillpoint.example or 0800 112 3344 (24 hours). We will publish a full review on 20 June.
"""


def test_nothing_to_refund_is_no_make_good() -> None:
    text = EN_SALES.format(
        offer="A declined payment was never charged to your customer, so there is nothing to refund."
    )
    assert "make_good_missing" in {rule for rule, _ in findings(text, "en", "email", RESOLVED)}


def test_a_month_free_is_a_make_good() -> None:
    text = EN_SALES.format(
        offer="We have waived June's terminal fees for every affected merchant; you don't need to do anything."
    )
    assert "make_good_missing" not in {rule for rule, _ in findings(text, "en", "email", RESOLVED)}


BN_GIFTS = """বিষয়: ঈদের আগে দেরিতে ডেলিভারি

প্রিয় গ্রাহক,

২০ থেকে ২৮ মার্চের মধ্যে দেওয়া প্রায় ২,৩০০ অর্ডার আমাদের গুদামে প্যাকিং দেরিতে হওয়ায় ঈদের আগে পৌঁছায়নি; আমরা দুজন প্যাকারের জায়গায় একজন রেখেছিলাম, এই ভুল আমাদের। ঈদের জামা, প্রিয়জনের উপহার সময়মতো না পেয়ে যাঁদের উৎসবের আনন্দ মাটি হয়েছে, তাঁদের কাছে আমরা ক্ষমাপ্রার্থী।

সব অর্ডার ২ এপ্রিলের মধ্যে পৌঁছে গেছে, আর এখন থেকে ঈদের আগে প্রতি শিফটে দুজন প্যাকার থাকবেন। {offer}

প্রশ্ন থাকলে ০৯৬১২-১১২২৩৩ নম্বরে ফোন করুন।
"""


def test_their_own_gifts_are_no_make_good() -> None:
    text = BN_GIFTS.format(offer="আমরা এই ঘটনা থেকে শিক্ষা নিয়েছি।")
    assert "make_good_missing" in {rule for rule, _ in findings(text, "bn", "email", RESOLVED)}


def test_a_gift_voucher_from_us_is_a_make_good() -> None:
    text = BN_GIFTS.format(
        offer="ক্ষতিপূরণ হিসেবে প্রত্যেককে ৩০০ টাকার উপহার ভাউচার দিচ্ছি, যা ৩০ জুন পর্যন্ত ব্যবহার করা যাবে।"
    )
    assert "make_good_missing" not in {rule for rule, _ in findings(text, "bn", "email", RESOLVED)}


EN_IDS = """Subject: Your ID documents were visible to other members

Between 2 and 4 June, a setting we changed by mistake on our members' portal let any logged-in member open the ID documents that 3,140 of you uploaded when you joined. Our records show 212 documents were opened by someone other than their owner. That's our failure and we're sorry: these are documents nobody should see but you.

We switched the setting back at 11:20 on 4 June and now test every portal change with a second account before release. {offer}

Questions: privacy@fitloop.example or 0330 123 4567 (8am-8pm). We'll email you again by 5pm on Friday 13 June.
"""


def test_identity_documents_seen_call_for_a_make_good() -> None:
    text = EN_IDS.format(offer="Please watch for emails that quote your details.")
    assert "make_good_missing" in {rule for rule, _ in findings(text, "en", "email", RESOLVED)}


def test_identity_monitoring_offered_is_a_make_good() -> None:
    text = EN_IDS.format(
        offer="We're paying for two years of identity monitoring with Experian for each of you; the code is in this email."
    )
    assert "make_good_missing" not in {rule for rule, _ in findings(text, "en", "email", RESOLVED)}


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "We're sorry, particularly to anyone who couldn't check in or waited longer in clinic today.",
            False,
        ),
        ("We're sorry to anyone who could have been affected by this.", True),
        ("We apologise to any customers who may have been affected.", True),
    ],
)
def test_sorry_particularly_to_those_hit_is_a_whole_apology(text: str, flagged: bool) -> None:
    message = f"Westvale Hospitals: our patient app was down 07:30-16:45 today after we installed a certificate wrongly; 9,800 people couldn't log in. {text}"
    rules = {rule for rule, _ in findings(message, "en", "email", RESOLVED)}
    assert ("non_apology" in rules) is flagged


@pytest.mark.parametrize(
    ("data", "flagged"),
    [
        ("names, email addresses and partial card numbers (the last four digits)", False),
        ("a partial list of names and email addresses", False),
    ],
)
def test_partial_card_numbers_name_the_data_not_a_small_harm(data: str, flagged: bool) -> None:
    message = f"GigStub: on 5 Nov someone outside GigStub downloaded a file we left on a test server, with {data} of 62,000 customers. Our mistake, and we're sorry. Next update 5pm ET Fri 13 Nov: gigstub.ca/security"
    rules = {rule for rule, _ in findings(message, "en", "x", Stage.MONITORING)}
    assert ("impact_vague" in rules) is flagged


def test_a_partial_outage_still_plays_the_harm_down() -> None:
    message = "Tillpoint: a certificate we forgot to renew caused a partial outage of card payments today. Our fault, sorry. Next update 17:00 BST: status.tillpoint.example"
    assert "impact_vague" in {rule for rule, _ in findings(message, "en", "x", Stage.IDENTIFIED)}


BN_FARE = """বিষয়: ১৪–১৫ ডিসেম্বরের ফ্লাইট বাতিল

১৪ ডিসেম্বর বিকেল থেকে ১৫ ডিসেম্বর দুপুর পর্যন্ত মেঘনা এয়ারের ১১টি ফ্লাইট বাতিল হয়; প্রায় ১,৯০০ যাত্রী ক্ষতিগ্রস্ত হয়েছেন। ভুলটা আমাদের ক্রু রোস্টারে: বাড়তি ফ্লাইট যোগ করার সময় আমরা পাইলটদের বাধ্যতামূলক বিশ্রামের সময় হিসাবে ধরিনি। আপনাদের প্রত্যেকের কাছে আমরা ক্ষমা চাইছি।

১৫ ডিসেম্বর সন্ধ্যার মধ্যে সব যাত্রীকে পরের ফ্লাইটে তোলা হয়েছে। {offer}

পুরো তদন্ত প্রতিবেদন ৩১ ডিসেম্বর এই পেজে প্রকাশ করা হবে। সাহায্য: ১৩৬৭৮, care@meghnaair.com.bd
"""


def test_a_fee_kept_back_from_the_refund_is_a_make_good_refused() -> None:
    text = BN_FARE.format(
        offer="যাঁরা যাত্রা বাতিল করেছেন, তাঁরা সাধারণ রিফান্ড নীতি অনুযায়ী ৫% সার্ভিস চার্জ বাদে টিকিটের টাকা ফেরত নিতে পারবেন।"
    )
    assert "make_good_missing" in {rule for rule, _ in findings(text, "bn", "email", RESOLVED)}


def test_a_full_refund_and_credit_is_a_make_good() -> None:
    text = BN_FARE.format(
        offer="যাঁরা যাত্রা বাতিল করেছেন, তাঁরা কোনো চার্জ ছাড়াই পুরো টাকা ফেরত পাবেন, আর প্রত্যেক যাত্রীকে ২,০০০ টাকার ভাউচার দেওয়া হচ্ছে।"
    )
    assert "make_good_missing" not in {rule for rule, _ in findings(text, "bn", "email", RESOLVED)}


# Over-promising: any "no one / no X will ever … again", an absolute quality ("untouchable"),
# and the Bengali "no one will ever …" and "no chance of it happening again".


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        (
            "With these changes I can promise you that no Hearthly kettle will ever overheat again.",
            True,
        ),
        ("From today nobody outside MediRand will ever be able to get at your data again.", True),
        ("We've rebuilt checkout and your card details are now untouchable.", True),
        ("Every new kettle now goes through a full heat test before it reaches a shop.", False),
        ("Only two named engineers can now open that server, and every access is logged.", False),
        ("We will never ask for your password by email.", False),
    ],
)
def test_absolute_promises_in_new_words(sentence: str, flagged: bool) -> None:
    message = f"Hearthly: a connector we chose overheated in 212 kettles (batch 44). Our fault, sorry. {sentence} Refunds: hearthly.co.uk/recall"
    rules = {rule for rule, _ in findings(message, "en", "x", Stage.FOLLOW_UP)}
    assert ("over_promising" in rules) is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("তারপর বইঘরের তথ্যে আর কেউ কখনো হাত দিতে পারবে না।", True),
        ("এমন ঘটনা আবার ঘটার কোনো সুযোগই রাখিনি।", True),
        ("৩১ অক্টোবরের মধ্যে দুই ধাপের যাচাই চালু করব, যাতে অনুমতি ছাড়া কেউ তথ্যে হাত দিতে না পারে।", False),
    ],
)
def test_bengali_absolute_promises_in_new_words(sentence: str, flagged: bool) -> None:
    message = f"বইঘর: আমাদের ভুল সেটিংয়ে ৩ দিন ধরে প্রায় ২৬ হাজার গ্রাহকের ঠিকানা অন্যরা দেখতে পাচ্ছিলেন। আন্তরিকভাবে ক্ষমা চাই। {sentence} কাল সন্ধ্যা ৬টায় আপডেট: boighor.com.bd/update"
    rules = {rule for rule, _ in findings(message, "bn", "x", Stage.MONITORING)}
    assert ("over_promising" in rules) is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("আপনাদের অমন একটা দিন আমরা মাটি করেছি, তার জন্য হাতজোড় করে মাপ চাইছি।", False),
        ("ডেলিভারির আগে প্রতিটা হাঁড়ির মাপ নেওয়া হবে।", True),
    ],
)
def test_colloquial_bengali_pardon_is_an_apology(sentence: str, flagged: bool) -> None:
    message = f"মিষ্টিমুখ: আমাদের ভুলে ১ জুন ৬২০টা অর্ডার ৩-৬ ঘণ্টা দেরিতে গেছে। {sentence} টাকা ফেরত: mishtimukh.in/refund"
    rules = {rule for rule, _ in findings(message, "bn", "x", RESOLVED)}
    assert ("apology_missing" in rules) is flagged


def test_the_harm_named_before_caused_by_is_not_a_concrete_cause() -> None:
    cause = "The duplicate bookings were caused by a technical issue in our booking platform, which our team has now fixed."
    assert "root_cause_missing" in _rules(EN_VAGUE.format(cause=cause), "en")


@pytest.mark.parametrize(
    ("link", "flagged"),
    [
        ("bramble.toys/recall", False),
        ("islelink.scot/live", False),
        ("our website", True),
    ],
)
def test_a_link_under_any_ending_with_a_path_is_help(link: str, flagged: bool) -> None:
    message = f"Bramble: sorry, our Rolly Pup (batch RP0424, 18k sold) can shed a wheel, a choking risk. Our fault. Take it away now. Refund in 5 days: {link}"
    rules = {rule for rule, _ in findings(message, "en", "sms", Stage.IDENTIFIED)}
    assert ("help_missing" in rules) is flagged


@pytest.mark.parametrize(
    ("apology", "flagged"),
    [
        ("Jhamelar jonno khoma chai.", False),
        ("Jekono osubidhar jonno dukkhito.", True),
        ("Osubidhar jonno amra dukkhito.", True),
    ],
)
def test_banglish_sorry_for_the_trouble_is_no_canned_apology(apology: str, flagged: bool) -> None:
    message = f"Ashroy Life: amader software bhul-e 9 May premium Tk 2450 duibar keteche. {apology} Barti Tk 2450 16 May-er moddhe ferot. Help 09612334455"
    rules = {rule for rule, _ in findings(message, "bn", "sms", Stage.IDENTIFIED)}
    assert ("non_apology" in rules) is flagged


@pytest.mark.parametrize(
    "steps",
    [
        "We approved the change without testing it as thoroughly as we test everything else.",
    ],
)
def test_what_we_do_as_a_rule_in_a_comparison_is_no_step(steps: str) -> None:
    assert "remediation_missing" in _rules(EN_STEPS.format(steps=steps), "en")


def test_what_we_left_them_without_is_no_bengali_step() -> None:
    steps = "অনেক গ্রাহককে আমরা সারা দিন বিল ছাড়াই বসিয়ে রেখেছি।"
    assert "remediation_missing" in _rules(BN_STEPS.format(steps=steps), "bn")


# Ownership in plain words: "That was us", our page showed the data to others, Bengali "our
# weakness" and "we ruined it"; delays at an airport are where, not who.


@pytest.mark.parametrize(
    ("message", "flagged"),
    [
        (
            "Pinewood: last Tues we locked ~210k of you out of our app for 3h 20m. That was us: a settings change went out untested. Sorry. Report: pinewood.example/outage, update 30 Sept.",
            False,
        ),
        (
            "FitLoop: our booking page showed 3,400 members' names & emails to others 2-4 Jul. Now fixed. We're sorry. Report 18 Jul: fitloop.ie/notice",
            False,
        ),
        (
            "Pinewood: last Tues ~210k of you were locked out of the app for 3h 20m. It was us who spotted it first. Sorry. Update 30 Sept: pinewood.example/outage",
            True,
        ),
        (
            "FitLoop: a booking page showed 3,400 members' names & emails to others 2-4 Jul. Now fixed. We're sorry. Report 18 Jul: fitloop.ie/notice",
            True,
        ),
    ],
)
def test_plain_english_ownership(message: str, flagged: bool) -> None:
    rules = {rule for rule, _ in findings(message, "en", "x", RESOLVED)}
    assert ("ownership_missing" in rules) is flagged


@pytest.mark.parametrize(
    ("message", "flagged"),
    [
        (
            "খাইদাই: ১৪ জুলাই রাতে আমাদের নিরাপত্তার দুর্বলতায় বাইরের একজন গ্রাহক-তথ্যে ঢুকে পড়ে; প্রায় ৪২,০০০ জনের ঠিকানা দেখা গেছে। আমরা দুঃখিত। আজ রাত ১০টায় পরের আপডেট: khaidai.com.bd/suraksha",
            False,
        ),
        (
            "গঙ্গা জলপথ: আজ সকাল ৭টা–১২:২০ হাওড়া–বাবুঘাট ফেরি বন্ধ ছিল। প্রায় ১৮,০০০ যাত্রীর অফিস-যাত্রা ভেস্তে দেওয়ায় ক্ষমা চাইছি। তদন্ত রিপোর্ট ২০ জুলাই: gangajalapath.in/notice",
            False,
        ),
        (
            "গঙ্গা জলপথ: আজ সকাল ৭টা–১২:২০ হাওড়া–বাবুঘাট ফেরি বন্ধ ছিল। প্রায় ১৮,০০০ যাত্রীর অফিস-যাত্রা ভেস্তে গেছে, দুঃখিত। তদন্ত রিপোর্ট ২০ জুলাই: gangajalapath.in/notice",
            True,
        ),
    ],
)
def test_plain_bengali_ownership(message: str, flagged: bool) -> None:
    rules = {rule for rule, _ in findings(message, "bn", "x", RESOLVED)}
    assert ("ownership_missing" in rules) is flagged


@pytest.mark.parametrize(
    ("subject", "flagged"),
    [
        ("Yesterday's delays at Dublin Airport - an update from Puffin Air", False),
        ("Yesterday's delays came from a baggage-system fault at Dublin Airport", True),
    ],
)
def test_delays_at_an_airport_are_where_not_who(subject: str, flagged: bool) -> None:
    message = f"{subject}. 5,200 Puffin Air passengers waited for hours. Sorry. Next update 6pm: puffinair.ie/help"
    rules = {rule for rule, _ in findings(message, "en", "x", Stage.MONITORING)}
    assert ("blame_shifting" in rules) is flagged
