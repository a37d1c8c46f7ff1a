"""Round 70 (helper 70b): blame put on what a bank, partner, operator or provider did or sent
us, and short posts whose only time looks back.

Next update: a time after "since" is when the trouble began ("can't play shows since about
8pm"), a delay "by up to 3hrs" is how long, not a deadline, "you can't" is the harm, not a
step, and a Bengali past denial ("পারেননি", could not) tells of the past; none of them is the
time of the next update. Blame: "because our bank ran the file twice", "readings sent to us
by the meter operator", "outside the council's control", a provider named in quotes as the
cause ('সেবাদাতা প্রতিষ্ঠান "পেলিংক"-এর ত্রুটির কারণে'), "এই ঘটনার জন্য সরাসরি দায়ী …" and a
partner that could not cope put the cause on someone else."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

INV = Stage.INVESTIGATING
MON = Stage.MONITORING
IDENT = Stage.IDENTIFIED
FOLLOW = Stage.FOLLOW_UP


def _rules(text: str, language: str, channel: str, stage: Stage) -> set[str]:
    return {rule for rule, _ in findings(text, language, channel, stage)}


@pytest.mark.parametrize(
    ("text", "language", "channel", "stage"),
    [
        (
            "Around 9,000 of you can't play shows on our TV app since about 8pm. That's our fault and we're sorry. Help: streamly.example.com/help",
            "en",
            "x",
            INV,
        ),
        (
            "Ferrylink: sorry - our booking system failed at 06:10 and delayed 14 sailings by up to 3hrs. Sailings are running again. ferrylink.example.com/help",
            "en",
            "sms",
            MON,
        ),
        (
            "আজ সকাল ৯টা থেকে ১১টা পর্যন্ত আমাদের সার্ভারের ভুলে প্রায় ২০,০০০ গ্রাহক বিল দিতে পারেননি। আমরা দুঃখিত। সেবা এখন চালু, আমরা নজর রাখছি। সাহায্য: ১৬২২২",
            "bn",
            "x",
            MON,
        ),
    ],
)
def test_a_time_that_looks_back_is_no_next_update(
    text: str, language: str, channel: str, stage: Stage
) -> None:
    assert "next_update_missing" in _rules(text, language, channel, stage)


@pytest.mark.parametrize(
    ("text", "language", "channel", "stage"),
    [
        (
            "Around 9,000 of you can't play shows on our TV app since about 8pm. That's our fault and we're sorry. Next update by 22:00. Help: streamly.example.com/help",
            "en",
            "x",
            INV,
        ),
        (
            "Ferrylink: sorry, our booking system failed and 14 sailings are late. New times by 09:00 at ferrylink.example.com/help",
            "en",
            "sms",
            INV,
        ),
        (
            "আজ সকাল ৯টা থেকে ১১টা পর্যন্ত আমাদের সার্ভারের ভুলে প্রায় ২০,০০০ গ্রাহক বিল দিতে পারেননি। আমরা দুঃখিত। সেবা এখন চালু; পরের আপডেট বিকেল ৩টায়। সাহায্য: ১৬২২২",
            "bn",
            "x",
            MON,
        ),
    ],
)
def test_a_time_ahead_is_still_the_next_update(
    text: str, language: str, channel: str, stage: Stage
) -> None:
    assert "next_update_missing" not in _rules(text, language, channel, stage)


EN_BILL = "Sorry we charged about 8,100 of you twice for your May bill. {cause} Refunds went out on 4 June; if yours hasn't arrived by Mon 10 June, call 0333 900 1234."

BN_BILL = "৫ মে মাসিক চাঁদা কাটার সময় {cause} ২,১০০ জন সদস্যের হিসাব থেকে টাকা দুবার কাটা হয়েছে। এজন্য আমরা আন্তরিকভাবে দুঃখিত। বাড়তি টাকা ১২ মের মধ্যে ফেরত দেওয়া হয়েছে। প্রশ্ন: ০৯৬১২-৩৪৫৬৭৮"


@pytest.mark.parametrize(
    ("text", "language", "channel"),
    [
        (
            EN_BILL.format(
                cause="It happened because our bank, Farley Mutual, ran our Direct Debit file twice on 1 June."
            ),
            "en",
            "x",
        ),
        (
            EN_BILL.format(
                cause="It was caused by wrong meter readings sent to us by the meter operator."
            ),
            "en",
            "x",
        ),
        (
            "Ferry crossings are cancelled today because winds are above the safe limit. We should have told you last night; however, the forecast changed overnight, so the late notice was outside the council's control. Next update 12:00. Help: 01234 567890",
            "en",
            "status_page",
        ),
        (
            BN_BILL.format(cause='আমাদের পেমেন্ট সেবাদাতা প্রতিষ্ঠান "পেলিংক"-এর সিস্টেমের ত্রুটির কারণে'),
            "bn",
            "email",
        ),
        (
            "৯ অক্টোবর পর্যন্ত তিন দিন পুরসভার কর-পোর্টালে প্রায় ৪,২০০ করদাতার নাম ও ঠিকানা সবার কাছে খোলা ছিল। তবে এই ঘটনার জন্য সরাসরি দায়ী পোর্টাল দেখাশোনার দায়িত্বে থাকা আইটি ঠিকাদার সংস্থা। আপনার উদ্বেগের জন্য আমরা আন্তরিকভাবে দুঃখিত। পরের আপডেট ১৫ অক্টোবর। প্রশ্ন: ০৯৬১২-৩৪৫৬৭৮",
            "bn",
            "email",
        ),
        (
            "আমাদের কুরিয়ার পার্টনার ২১ মার্চ থেকে তাদের গাজীপুরের বাছাই-কেন্দ্রে পার্সেলের চাপ সামলাতে পারেনি। প্রায় ৬,৩০০ অর্ডার ৩ থেকে ৫ দিন দেরিতে পৌঁছাচ্ছে, দুঃখিত। পরের আপডেট কাল সকাল ১০টায়। হেল্পলাইন ০৯৬৭৮-১২৩৪৫৬",
            "bn",
            "status_page",
        ),
    ],
)
def test_a_cause_laid_on_someone_else_is_blame(text: str, language: str, channel: str) -> None:
    assert "blame_shifting" in _rules(text, language, channel, IDENT)


@pytest.mark.parametrize(
    ("text", "language", "channel"),
    [
        (
            EN_BILL.format(
                cause="It happened because we sent our bank the Direct Debit file twice on 1 June."
            ),
            "en",
            "x",
        ),
        (
            EN_BILL.format(
                cause="It was caused by meter readings we copied wrongly into our billing system."
            ),
            "en",
            "x",
        ),
        (
            "Ferry crossings are cancelled today because winds are above the safe limit. We should have told you last night, and we're sorry we didn't. Next update 12:00. Help: 01234 567890",
            "en",
            "status_page",
        ),
        (BN_BILL.format(cause="আমাদের নিজেদের পেমেন্ট সিস্টেমের ত্রুটির কারণে"), "bn", "email"),
        (
            "আমরা ২১ মার্চ থেকে গাজীপুরের বাছাই-কেন্দ্রে পার্সেলের চাপ সামলাতে পারিনি, দায় আমাদের। প্রায় ৬,৩০০ অর্ডার ৩ থেকে ৫ দিন দেরিতে পৌঁছাচ্ছে, দুঃখিত। পরের আপডেট কাল সকাল ১০টায়। হেল্পলাইন ০৯৬৭৮-১২৩৪৫৬",
            "bn",
            "status_page",
        ),
    ],
)
def test_a_cause_of_our_own_is_no_blame(text: str, language: str, channel: str) -> None:
    assert "blame_shifting" not in _rules(text, language, channel, IDENT)
