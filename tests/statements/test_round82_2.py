"""Round 82, second tuning pass: the cause given with no content in new words. A fault placed in
a whole system or service ("a fault in one of our core transaction services"), a kind of
problem two words deep ("a system-level processing fault", "a quality deviation during
manufacturing"), and a cause owed to ("this was down to a technical problem") are no cause.
A title's closing stage ("… — তদন্ত চলছে", "… — কারণ শনাক্ত হয়েছে") neither excuses a vague
cause as not yet known nor gives one. Where the cause is given vaguely, what we could not give
("আমরা সেই ভরসা রাখতে পারিনি"), what people told us ("three customers told us their heater
overheated") and what a leading vague cause brought about ("As a result of a security incident,
a spreadsheet … was emailed") tell the harm, not a second cause."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

RESOLVED = Stage.RESOLVED
INV = Stage.INVESTIGATING
IDENT = Stage.IDENTIFIED

EN_BILL = """Subject: Your March bill was taken twice

Dear customer,

On 3 March we took the March payment twice from 4,120 customers, £42 on average. This was our mistake and we're sorry: for many of you that meant a tight week before payday.

Why it happened
{cause}

What we've done: all 4,120 second payments were refunded on 5 March, and from April every billing run is checked against the month before it and stopped if it finds a repeat.

To make up for it, we've added a £10 credit to every affected account.

We'll write again by 12 March to confirm every refund has landed. Questions: call 0800 555 0100 or email billing@example.com.
"""


def _rules(text: str, language: str, channel: str = "email", stage: Stage = RESOLVED) -> set[str]:
    return {rule for rule, _ in findings(text, language, channel, stage)}


@pytest.mark.parametrize(
    "cause",
    [
        "The second payment was caused by a system-level processing fault during our monthly billing run.",
        "It was caused by a payments anomaly during the billing run.",
        "A fault in one of our core billing services has been causing payments to repeat.",
        "This was down to a technical problem on our side.",
        "On 2 March, as a result of a system issue, a payment file was sent to the bank twice.",
    ],
)
def test_a_cause_with_no_content_in_new_words_is_no_cause(cause: str) -> None:
    assert "root_cause_missing" in _rules(EN_BILL.format(cause=cause), "en")


@pytest.mark.parametrize(
    "cause",
    [
        "The second payment was caused by a software update we released on 2 March, which ran the billing job twice.",
        "This was down to an expired certificate on our payment server: every retry went through as a new charge.",
        "A bug in the retry script we deployed on 1 March charged each bill a second time.",
        "On 2 March, as a result of a typo in the update we released that morning, the billing job ran twice.",
        "That's down to us. On 2 March we deployed a new retry script without testing it, and it charged each bill a second time.",
    ],
)
def test_a_cause_with_content_stays_clean(cause: str) -> None:
    assert "root_cause_missing" not in _rules(EN_BILL.format(cause=cause), "en")


EN_RECALL = """Subject: The Sola 2 heater recall has closed

Dear customer,

Our recall of the Sola 2 oil heater closed on 30 June; 9,400 of the 12,000 heaters we sold were returned. We designed and sold this heater, and we're sorry we put your home at risk.

{cause} Three customers told us their heater overheated, and one had a small fire in their lounge.

If you still have a Sola 2, unplug it and book a free collection at khaya.example/sola2 by 31 December: you'll get a full refund of R1,299 plus a R300 voucher.

We'll publish our final recall report at khaya.example/sola2 by 31 July. Questions: 0800 555 044 or recall@khaya.example.
"""


def test_what_customers_told_us_is_not_a_second_cause() -> None:
    text = EN_RECALL.format(cause="We recalled the Sola 2 because of a component issue.")
    assert "root_cause_missing" in _rules(text, "en")


def test_a_plain_cause_beside_what_customers_told_us_stays_clean() -> None:
    text = EN_RECALL.format(
        cause="We recalled the Sola 2 because the thermostat we fitted was rated too low for its heating element, so it could overheat."
    )
    assert "root_cause_missing" not in _rules(text, "en")


EN_STATUS = """Higher bills this month
Posted 3 February, 11:15

About 18,000 customers have received February bills that appear higher than expected, by £30 on average. This is our mistake and we're sorry. {cause}

We have stopped all February direct debits until the bills are checked, and no one will be charged the wrong amount.

Next update here by 16:00 today. Questions: call 0800 555 0110 or chat at example.com/help.
"""


def test_bills_that_appear_higher_do_not_excuse_a_vague_cause() -> None:
    text = EN_STATUS.format(cause="This is due to a technical issue.")
    assert "root_cause_missing" in _rules(text, "en", "status_page", INV)


def test_an_honest_not_yet_known_beside_bills_that_appear_higher_stays_clean() -> None:
    text = EN_STATUS.format(
        cause="We don't yet know why; so far we know that only bills produced on 1 February are affected."
    )
    assert "root_cause_missing" not in _rules(text, "en", "status_page", INV)


def test_nothing_to_fix_on_your_side_blames_no_one() -> None:
    text = EN_BILL.format(
        cause="The second payment was caused by a technical issue within our platform. Nothing needs fixing on your side."
    )
    assert "root_cause_missing" in _rules(text, "en")


def test_an_update_on_what_happened_gives_no_cause() -> None:
    text = EN_BILL.replace(
        "Why it happened\n", "We'd like to update you on what happened. "
    ).format(
        cause="The second payment was due to operational issues with our billing provider's link, and we take full responsibility."
    )
    assert "root_cause_missing" in _rules(text, "en")


BN_STATUS = """দোয়েল পে — সেবার অবস্থা
মার্চেন্ট পেমেন্টে টাকা দুবার কাটা — {stage}
আপডেট: রবিবার, ২০ এপ্রিল, দুপুর ১২:৩০

আজ সকাল ৯:২০ থেকে ১১:০৫ পর্যন্ত প্রায় ৬,৩০০ গ্রাহকের অ্যাকাউন্ট থেকে একই পেমেন্টের টাকা দুবার কেটে নেওয়া হয়েছে। এর দায় আমাদের, এবং এর জন্য আমরা আন্তরিকভাবে দুঃখিত।

{cause}

যা করা হয়েছে: সকাল ১১:০৫-এ সমস্যাটি থামানো হয়েছে। বাড়তি কাটা টাকা ২২ এপ্রিলের মধ্যে আপনার অ্যাকাউন্টে ফেরত দেওয়া হবে।

পরের আপডেট: আজ বিকেল ৩টায়, এই পাতায়।
সাহায্য: ১৬২২২ অথবা অ্যাপের 'সহায়তা' চ্যাট।
"""


@pytest.mark.parametrize(
    ("stage", "cause"),
    [
        ("তদন্ত চলছে", "কারিগরি ত্রুটির কারণে এমনটা হয়েছে।"),
        ("কারণ শনাক্ত হয়েছে", "আমাদের প্রকৌশলীরা কারিগরি সমস্যাটি শনাক্ত করেছেন, এখন তা ঠিক করার কাজ চলছে।"),
    ],
)
def test_a_stage_closing_a_bengali_title_neither_excuses_nor_gives_a_cause(
    stage: str, cause: str
) -> None:
    text = BN_STATUS.format(stage=stage, cause=cause)
    assert "root_cause_missing" in _rules(text, "bn", "status_page", IDENT)


@pytest.mark.parametrize(
    ("stage", "cause"),
    [
        ("তদন্ত চলছে", "কারণ এখনও জানি না; এখন পর্যন্ত জানি, শুধু সকাল ৯:২০-এর পরের পেমেন্টেই এমন হয়েছে।"),
        (
            "কারণ শনাক্ত হয়েছে",
            "সকাল ৯টায় আমরা যে নতুন আপডেট চালু করেছিলাম, তাতে প্রতিটি পেমেন্ট দুবার পাঠানো হয়েছিল।",
        ),
    ],
)
def test_a_bengali_title_stage_over_an_honest_or_plain_cause_stays_clean(
    stage: str, cause: str
) -> None:
    text = BN_STATUS.format(stage=stage, cause=cause)
    assert "root_cause_missing" not in _rules(text, "bn", "status_page", IDENT)


BN_EMAIL = """বিষয়: আপনার পরীক্ষার রিপোর্ট নিয়ে জরুরি তথ্য

প্রিয় সেবাগ্রহীতা,

গত ৩ থেকে ৯ জুন পর্যন্ত আমাদের ওয়েবসাইটে রাখা প্রায় ১২,৪০০ জন রোগীর পরীক্ষার রিপোর্ট বাইরের লোকের দেখার সুযোগ ছিল। এর দায় সম্পূর্ণ আমাদের। এমন ব্যক্তিগত তথ্য আপনি ভরসা করে আমাদের কাছে রেখেছিলেন, আমরা সেই ভরসা রাখতে পারিনি। এর জন্য আমরা আন্তরিকভাবে ক্ষমা চাইছি।

কী হয়েছিল
{cause}

এ পর্যন্ত যা করেছি: ৯ জুন রাত ১০টার মধ্যে অনলাইনে রিপোর্ট দেখার ব্যবস্থা বন্ধ করেছি। ক্ষতিগ্রস্ত প্রত্যেক রোগী পরের যেকোনো পরীক্ষায় ৩০% ছাড় পাবেন।

পরের আপডেট: ১৬ জুন, ইমেইলে।
যোগাযোগ: হটলাইন ১০৯৬৩, privacy@niramoy.example
"""


def test_what_we_could_not_keep_is_no_second_bengali_cause() -> None:
    text = BN_EMAIL.format(cause="একটি প্রযুক্তিগত ত্রুটির কারণে রিপোর্টগুলো সুরক্ষিত ছিল না।")
    assert "root_cause_missing" in _rules(text, "bn")


def test_a_plain_bengali_cause_beside_what_we_could_not_keep_stays_clean() -> None:
    text = BN_EMAIL.format(
        cause="৩ জুন ওয়েবসাইট বদলানোর সময় রিপোর্টের পাতায় পাসওয়ার্ড যাচাইয়ের ধাপ বাদ পড়ে যায়, তাই লিংক জানলে যে কেউ রিপোর্ট খুলতে পারত।"
    )
    assert "root_cause_missing" not in _rules(text, "bn")


@pytest.mark.parametrize(
    "cause",
    [
        "A change to our retry settings on 2 March caused every failed payment to be taken again an hour later.",
        "A configuration change was applied on 2 March which caused the billing job to run twice.",
        "A cooling fan on our payment server failed on 2 March, and the job restarted halfway through and ran again.",
    ],
)
def test_a_thing_that_did_it_or_a_part_that_gave_out_is_a_cause(cause: str) -> None:
    assert "root_cause_missing" not in _rules(EN_BILL.format(cause=cause), "en")


@pytest.mark.parametrize(
    "cause",
    [
        "It was a technical issue. We know the stress this caused, and we are sorry.",
        "A system error caused the payments to be taken twice.",
        "The outage caused payments to be taken twice, due to a technical problem.",
        "This was due to a technical issue, and the second payment caused you bank charges.",
    ],
)
def test_the_harm_caused_or_a_vague_cause_that_did_it_is_no_cause(cause: str) -> None:
    assert "root_cause_missing" in _rules(EN_BILL.format(cause=cause), "en")


def test_we_caused_this_owns_it_and_gives_no_cause() -> None:
    text = EN_BILL.replace(
        "Why it happened\n{cause}\n", "We caused this, and it was a technical issue.\n"
    )
    assert "root_cause_missing" in _rules(text, "en")
