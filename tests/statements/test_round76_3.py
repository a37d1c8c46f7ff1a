"""Round 76, helper 3: make-goods that give nothing real. A payment sent back after taking it
twice ("we've asked our bank to send the second payment back") only returns money never owed,
as "refund the second charge" does, and so does "all duplicate payments have been returned";
a refund for cancelling ("or you'd rather cancel … cancel with a full refund", "Or cancel:
… we'll refund what you paid") is the price of a service not taken; "we can't offer
discounts" ("ছাড় দিতে পারছি না") refuses; money taken for an order that never went through
("টাকা কেটেছে কিন্তু অর্ডার হয়নি") was never owed; and goods brought back from the shops
("ফেরত আনা হচ্ছে") give nothing. A cost the error caused elsewhere, paid back in the next
sentence ("If it did, … we'll refund the charges") or carried ("will pay that charge"), is
still a make-good."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

IDENT = Stage.IDENTIFIED
MON = Stage.MONITORING
RES = Stage.RESOLVED


def _rules(text: str, language: str, stage: Stage, channel: str = "email") -> set[str]:
    return {rule for rule, _ in findings(text, language, channel, stage)}


EN_TWICE = """Subject: We took your June direct debit twice

Dear customer,

On Monday 2 June we collected your monthly direct debit twice, about 3,100 accounts in all. This was our mistake: we moved billing to a new payment system and both systems sent the payment to the bank.

We're sorry. Taking money you didn't owe is not acceptable.

What we've done
- We switched off the old system at 09:10 on 3 June, so your July payment will be taken once only.
- {back}
{more}
We'll email you on 6 June to confirm your refund has been sent. Call 0345 600 2290 (8am to 8pm) with any questions.

Brightwater Energy
"""


@pytest.mark.parametrize(
    "back",
    [
        "We've asked our bank to send the second payment back to you by Friday 6 June.",
        "All duplicate payments have been returned. Depending on your bank, the money was back in your account by 6 June.",
    ],
)
def test_money_never_owed_sent_back_is_no_make_good(back: str) -> None:
    assert "make_good_missing" in _rules(EN_TWICE.format(back=back, more=""), "en", IDENT)


@pytest.mark.parametrize(
    "more",
    [
        "- If the second payment caused your bank to charge you, Brightwater will pay that charge.\n",
        "- Nothing else is needed, unless the extra payment caused you bank charges. If it did, send us your statement and we'll refund the charges by 30 June.\n",
        "- We'll also credit £20 to every affected account for the trouble.\n",
    ],
)
def test_a_knock_on_cost_paid_back_is_still_a_make_good(more: str) -> None:
    text = EN_TWICE.format(
        back="We've asked our bank to send the second payment back to you by Friday 6 June.",
        more=more,
    )
    assert "make_good_missing" not in _rules(text, "en", IDENT)


EN_LATE = """Subject: Your sofa is late, and we're sorry

Dear customer,

About 1,400 sofas ordered in March are arriving four to six weeks late. This is our fault: we booked too little space with our delivery partner and didn't tell you when it ran out.

We are sorry for the weeks you've spent waiting, often after clearing a room for the delivery.

Your new delivery date is 14 May. {offer}

We have doubled our booked delivery space from 1 May. Questions: 0121 496 0750 (Mon–Sat, 9–6).

Harlow Home
"""


@pytest.mark.parametrize(
    "offer",
    [
        "If that date doesn't work, or you'd rather cancel, call us and we'll rearrange or cancel with a full refund.",
        "Or cancel: reply to this email and we'll refund what you paid within 5 working days.",
        "Unfortunately we can't offer discounts on delayed orders.",
    ],
)
def test_a_refund_for_cancelling_or_a_refused_discount_is_no_make_good(offer: str) -> None:
    assert "make_good_missing" in _rules(EN_LATE.format(offer=offer), "en", MON)


@pytest.mark.parametrize(
    "offer",
    [
        "We'll take 20% off your order, and if you'd rather cancel, we'll refund you in full.",
        "We can't offer discounts on delayed orders, but we will refund your delivery charge by 30 April.",
        "We will refund your delivery charge by 30 April.",
    ],
)
def test_a_make_good_beside_the_choice_or_instead_of_the_refusal_counts(offer: str) -> None:
    assert "make_good_missing" not in _rules(EN_LATE.format(offer=offer), "en", MON)


BN_LATE = """বিষয়: আপনার অর্ডার দেরিতে পৌঁছাচ্ছে

প্রিয় গ্রাহক,

মার্চে দেওয়া প্রায় ১,৪০০টি সোফার অর্ডার চার থেকে ছয় সপ্তাহ দেরিতে পৌঁছাবে। দোষ আমাদের: ডেলিভারির জন্য যথেষ্ট গাড়ি আমরা আগে থেকে ঠিক করিনি। এই অপেক্ষার জন্য আমরা আন্তরিকভাবে দুঃখিত।

আপনার নতুন ডেলিভারির তারিখ ১৪ মে। {offer}

১ মে থেকে ডেলিভারির গাড়ি দ্বিগুণ করা হয়েছে। প্রশ্ন থাকলে ফোন করুন ০৯৬১০-৩৩৪৪৫৫ (সকাল ৯টা–রাত ৯টা)।

হারলো হোম
"""


def test_a_refused_discount_in_bengali_is_no_make_good() -> None:
    text = BN_LATE.format(offer="দুঃখিত, দেরির জন্য ছাড় দিতে পারছি না।")
    assert "make_good_missing" in _rules(text, "bn", MON)


@pytest.mark.parametrize(
    "offer",
    [
        "দেরির জন্য ছাড় দিতে পারছি না, তবে ডেলিভারি চার্জ ৩০ এপ্রিলের মধ্যে ফেরত দেব।",
        "দেরির জন্য আপনার অর্ডারে ১০% ছাড় দেব।",
    ],
)
def test_a_bengali_make_good_instead_of_the_refusal_counts(offer: str) -> None:
    assert "make_good_missing" not in _rules(BN_LATE.format(offer=offer), "bn", MON)


BN_PAID = """দোয়েল পে — সেবার অবস্থা
সমাধান হয়েছে · ২৮ ফেব্রুয়ারি, বিকেল ৪টা

২৫ ফেব্রুয়ারি দুপুর ১২টা থেকে ২টা পর্যন্ত আমাদের অ্যাপে ২,৩১০ জন গ্রাহকের পেমেন্ট আটকে ছিল। আমাদের যাচাই না করা একটি হালনাগাদের কারণে এটি হয়েছে, দায় আমাদের, আমরা দুঃখিত।

{back}

এখন থেকে প্রতিটি হালনাগাদ আগে পরীক্ষা করে চালু করা হবে। ৭ মার্চ পুরো প্রতিবেদন এই পাতায় দেব। প্রশ্ন: ১৬২৩৪ (২৪ ঘণ্টা)।
"""


def test_money_taken_for_an_order_never_made_is_no_make_good() -> None:
    text = BN_PAID.format(
        back="যাঁদের টাকা কেটেছে কিন্তু অর্ডার হয়নি, তাঁদের টাকা ২৮ ফেব্রুয়ারির মধ্যে একই মাধ্যমে ফেরত যাবে।"
    )
    assert "make_good_missing" in _rules(text, "bn", RES, "status_page")


def test_a_sum_beside_that_refund_is_a_make_good() -> None:
    text = BN_PAID.format(
        back="যাঁদের টাকা কেটেছে কিন্তু অর্ডার হয়নি, তাঁদের টাকা ফেরত যাবে, আর ভোগান্তির জন্য প্রত্যেক গ্রাহককে ১০০ টাকা দেওয়া হবে।"
    )
    assert "make_good_missing" not in _rules(text, "bn", RES, "status_page")


def test_a_refund_of_a_paid_fee_is_still_a_make_good_in_bengali() -> None:
    text = BN_PAID.format(back="ওই দুই ঘণ্টায় যাঁরা সার্ভিস চার্জ দিয়েছেন, তাঁদের চার্জ ফেরত দেওয়া হবে।")
    assert "make_good_missing" not in _rules(text, "bn", RES, "status_page")


BN_COOKER = """বিষয়: প্রেশার কুকারের ভালভ — সমাধান

প্রিয় গ্রাহক,

মার্চে তৈরি আমাদের ৩,২০০টি প্রেশার কুকারের ভালভ ঠিকমতো খুলত না, এতে ১২ জন রান্নার সময় আহত হয়েছেন। ভুলটা আমাদের কারখানার একটি নতুন মেশিনের, দায় আমাদের, আমরা আন্তরিকভাবে ক্ষমাপ্রার্থী।

{back}

নতুন মেশিনটি বন্ধ রেখে এখন প্রতিটি ভালভ হাতে পরীক্ষা করা হচ্ছে। প্রশ্ন থাকলে ফোন করুন ০৯৬১০-৩৪৫২২৯ অথবা লিখুন recall@rannaghar.co.in।
"""


def test_goods_brought_back_from_the_shops_give_nothing() -> None:
    text = BN_COOKER.format(back="সব ডিলারের কাছ থেকে অবিক্রীত কুকার ফেরত আনা হচ্ছে।")
    assert "make_good_missing" in _rules(text, "bn", RES)


def test_the_price_paid_back_is_a_make_good() -> None:
    text = BN_COOKER.format(back="যাঁরা এই কুকার কিনেছেন, ৩০ এপ্রিলের মধ্যে তাঁদের পুরো দাম ফেরত দেওয়া হবে।")
    assert "make_good_missing" not in _rules(text, "bn", RES)
