"""Round 82, blame (third tuner): blame the rule missed on fresh writers and false findings
where a statement owns the fault. The weather as the cause when its verb is "means" or
stands after an auxiliary ("heavy snow … has slowed our carriers"); in Bengali the weather
itself in its case ending ("খারাপ আবহাওয়ায় … বাতিল"); a partner named in English letters
with a Bengali ending ("courier partner-এর গাফিলতিতে"); the customers' retrying as the cause
("happened when people hit 'Pay' again", "অনেকে বারবার চেষ্টা করায়"); "amader haat nei" in
Banglish; the reader's bank that processed a payment twice. Not blame: an email that
pretended to come from our vendor; a request to a reader who has not yet told us ("আমাদের
না জানিয়ে থাকলে"); "our standards" in the clause before a break that lays the fault on the
supplier is not a fault of ours owned, while "এই ফাঁক আমাদের তৈরি" is."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

INV = Stage.INVESTIGATING


def _rules(text: str, language: str, channel: str = "sms", stage: Stage = INV) -> set[str]:
    return {rule for rule, _ in findings(text, language, channel, stage)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Forkful: heavy snow on the M6 means about 3,100 boxes due today will now arrive Thu 9 Jan. We're really sorry for the wait. Help: forkful.co.uk/help",
            "en",
        ),
        (
            "Heavy snow across Ontario and Quebec has slowed our carriers down, so about 1,900 plant orders are running 2-4 days late. Sorry! Next update Thu 9am ET. Track yours: mapleandmoss.ca/track",
            "en",
        ),
        (
            'Around 3,100 members were charged twice for February dues this morning. Sorry about that. It looks like most of these happened when people hit "Pay" again after the app froze. Update by 4pm ET. Help: https://northpeak.ca/billing',
            "en",
        ),
        (
            "Coastal Water: Your bank processed your $64.20 payment of 3 Apr twice. Sorry you were charged twice. The extra $64.20 is refunded by 10 Apr. Qs: 1300 555 019",
            "en",
        ),
        ("দুঃখিত, খারাপ আবহাওয়ায় BS-141 বাতিল। কাল সকাল ৮টায় আসন আছে। 13636", "bn"),
        (
            "টানা বৃষ্টি আর courier partner-এর গাফিলতিতে ঢাকার বাইরের প্রায় ৩,৫০০ অর্ডার ২–৪ দিন দেরিতে যাচ্ছে। আন্তরিকভাবে দুঃখিত। কাল সকাল ১০টায় update দেব। কল: ০৯৬৩৮-১১২২৩৩",
            "bn",
        ),
        (
            "সকাল ১০টা থেকে প্রায় ৪০ হাজার গ্রাহক অ্যাপে ঢুকতে পারছেন না। আমাদের একটি সার্ভারের জায়গা ফুরিয়ে গেছে — দায় আমাদের; দুঃখিত। তবে অনেকে বারবার চেষ্টা করায় চাপ আরও বেড়েছে। দুপুর ১টায় আপডেট। হেল্পলাইন ১৬২৩৯",
            "bn",
        ),
        (
            "Dukkhito, sokal 9ta theke apnar elakay net nei. BTCL fiber kete felay eta hoyeche, amader haat nei. 1,200 grahok affected. Bikel 3tay update: 09611223344",
            "bn",
        ),
    ],
)
def test_blame_laid_elsewhere_is_found(text: str, language: str) -> None:
    assert "blame_shifting" in _rules(text, language)


BN_SUPPLIER = """বিষয়: খোকাখুকু সুজি (ব্যাচ KK-2408) ফেরত দিন

এই ব্যাচের নমুনায় ছত্রাক পাওয়া গেছে; ৭টি শিশুর পেটের অসুখের খবর পেয়েছি। আমরা আন্তরিকভাবে ক্ষমা চাইছি।

কেন এমন হলো: মূল দোষটা আমাদের গুঁড়া দুধ সরবরাহকারী প্রতিষ্ঠানের। তারা স্যাঁতসেঁতে গুদামে কাঁচামাল রেখেছিল এবং আমাদের মানদণ্ড মানেনি; ত্রুটিপূর্ণ চালানটি তাদের কাছ থেকেই এসেছে।

ফেরত দিলে পুরো দাম ফেরত পাবেন। পরের আপডেট ২৫ আগস্ট। হটলাইন: ০৯৬১১-৬৬৭৭৮৮
"""


def test_supplier_blamed_before_a_clause_break_is_not_owned() -> None:
    """'আমাদের মানদণ্ড মানেনি; ত্রুটিপূর্ণ …' is theirs: our standard, their fault after the
    break, not a fault of ours owned in the next sentence."""
    assert "blame_shifting" in _rules(BN_SUPPLIER, "bn", "email")


@pytest.mark.parametrize(
    ("text", "language", "channel"),
    [
        # a fake that pretended to be our vendor: the vendor is not blamed
        (
            "On 4 March an employee in our billing office replied to an email that pretended to come from our IT vendor and typed their password into a fake page. Our systems did not require a second login step, and they should have. We are responsible and we apologise. We locked the account the same day and turned on two-step login for all staff on 12 March. Questions: 1-888-555-0172.",
            "en",
            "email",
        ),
        # an instruction, not a cause
        (
            "Payments failed for about 3,100 members between 09:10 and 09:40 because of a change we made; that's on us, sorry. If the app freezes, please don't tap Pay again. Refunds by 4pm ET. Help: https://northpeak.ca/billing",
            "en",
            "sms",
        ),
        # the bank as the way a refund or a fee reaches the reader
        (
            "Our billing run at 06:00 took February's $64.20 from 2,300 customers twice; the mistake was ours and we're sorry. We asked your bank to send the extra $64.20 back by 10 Apr. If your bank charged you twice a fee for it, we'll repay that too. Qs: 1300 555 019",
            "en",
            "sms",
        ),
        # the weather named, the failure owned and not laid on it
        (
            "We cancelled 40 deliveries today because we had not fitted winter tyres to our vans, though snow was forecast a week ago. That was our mistake and we're sorry. New slots tomorrow from 8am; next update 6pm. Help: forkful.co.uk/help",
            "en",
            "sms",
        ),
        # a reader who has not yet told us, asked to call
        (
            "৮ মে রাতে আমাদের হিমঘরের তাপমাত্রা আমরা খাতায় লিখিনি; দোষ আমাদেরই, আমরা ক্ষমা চাইছি। অসুস্থ হয়ে থাকলে এবং এখনো আমাদের না জানিয়ে থাকলে হটলাইনে ফোন করুন: ০৯৬১২-৩৩৪৪৫৫। ১৫ জুলাই প্রতিবেদন প্রকাশ করব।",
            "bn",
            "email",
        ),
        # a partner named in English letters as the one we work with, not as the cause
        (
            "আমাদের গুদামে প্যাকিংয়ে ভুল হয়েছে, দায় আমাদের; দুঃখিত। আমরা courier partner-এর সাথে কথা বলে ৩ দিনের মধ্যে সঠিক পার্সেল পৌঁছে দেব। কাল সকাল ১০টায় update দেব। কল: ০৯৬৩৮-১১২২৩৩",
            "bn",
            "sms",
        ),
        # the weather as a forecast we ignored, the fault ours
        (
            "খারাপ আবহাওয়ার পূর্বাভাস পেয়েও আমরা লঞ্চ ছেড়েছিলাম; এই ভুল আমাদের, আমরা দুঃখিত। আজ বিকেল ৪টায় আপডেট। হটলাইন ১৬২৩৯",
            "bn",
            "sms",
        ),
    ],
)
def test_owned_or_neutral_mention_is_not_blame(text: str, language: str, channel: str) -> None:
    assert "blame_shifting" not in _rules(text, language, channel)


@pytest.mark.parametrize(
    "text",
    [
        # the clause break only stops the slack: "আমাদের সার্ভারের ত্রুটি" is still ours
        "আজ সকালে আমাদের সার্ভারের ত্রুটিতে ২ ঘণ্টা অ্যাপ বন্ধ ছিল; আমরা দুঃখিত। দুপুর ১টায় আপডেট। হেল্পলাইন ১৬২৩৯",
        # a fault of our making, before a break
        "কল সেন্টারের যেকোনো কর্মী যেকোনো গ্রাহকের লেনদেন দেখতে পারতেন। এই ফাঁক আমাদের তৈরি; আমরা দুঃখিত। দুপুর ১টায় আপডেট। হেল্পলাইন ১৬৩৪৫",
    ],
)
def test_our_fault_still_owned(text: str) -> None:
    assert "ownership_missing" not in _rules(text, "bn")


def test_fault_not_of_our_making_stays_blame() -> None:
    """'ত্রুটিটি আমাদের তৈরি নয়' denies the fault: the new "আমাদের তৈরি" ownership cue stops
    at the denial, and the denial is still blame."""
    text = "আজ সকালে ২ ঘণ্টা অ্যাপ বন্ধ ছিল। ত্রুটিটি আমাদের তৈরি নয়; দুঃখিত। দুপুর ১টায় আপডেট। হেল্পলাইন ১৬২৩৯"
    assert "blame_shifting" in _rules(text, "bn")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # nothing for the reader to do at their end: a reassurance
        (
            "Between 11:05 and 14:40 ET about 2,900 stores were offline because of a settings change we made. That's on us, and I'm sorry. Nothing needs fixing on your side. Full review on our blog by Friday 20 June; questions: 1-888-555-0148.",
            False,
        ),
        (
            "Our servers failed at 09:00 after an update we pushed; that's our fault and we're sorry. Your site will come back without any changes on your side. Next update 11:00. Help: help@example.com",
            False,
        ),
        # the fault laid at the reader's end
        (
            "Some orders failed this morning. The problem was on your side: the card details entered were out of date. Next update 11:00. Help: help@example.com",
            True,
        ),
    ],
)
def test_your_side_only_blames_when_the_fault_is_put_there(text: str, found: bool) -> None:
    assert ("blame_shifting" in _rules(text, "en", "email")) is found
