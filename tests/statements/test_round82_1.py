"""Round 82, first tuning session: the next update. A closing X post or SMS that says only
that the service is back and we are sorry leaves the reader no follow-up, report, make-good
or time ahead, and a closing notice owes a dated follow-up; one that leaves any of these (or
a fix dated as it is told) may simply say it is over. A Bengali SMS in Bengali script has
one UCS-2 segment of 70 characters and no room for the follow-up as well."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

RESOLVED = Stage.RESOLVED


def _rules(text: str, language: str, channel: str, stage: Stage = RESOLVED) -> set[str]:
    return {rule for rule, _ in findings(text, language, channel, stage)}


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "Pellworth Gas: supply is back on in Ashby. Sorry - our crew cut the main at 8am "
            "and 3,100 homes lost gas for 6 hrs. Help: 0800 555 0141",
            "sms",
        ),
        (
            "Card payments at all 212 Dunmore stores work again. A config change we pushed at "
            "4:10pm stopped them for 2 hours, and that's on us - sorry to everyone stuck at the "
            "till. Still having trouble? https://dunmore.example/help",
            "x",
        ),
    ],
)
def test_a_closing_short_message_with_nothing_ahead_owes_a_follow_up(
    text: str, channel: str
) -> None:
    assert "next_update_missing" in _rules(text, "en", channel)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        # a make-good
        (
            "Pellworth Gas: supply is back on in Ashby. Sorry - we cut the main at 8am and "
            "3,100 homes were without gas for 6 hrs. £25 off your next bill. Help: 0800 555 0141",
            "sms",
        ),
        # a report
        (
            "Card payments at all 212 Dunmore stores work again after a config change we pushed "
            "at 4:10pm stopped them for 2 hours. That's on us, sorry. What went wrong: "
            "https://dunmore.example/report",
            "x",
        ),
        # a time ahead
        (
            "Pellworth Gas: supply is back on in Ashby after we cut the main; 3,100 homes lost "
            "gas for 6 hrs. Sorry. An engineer checks every meter by Fri 14 Mar. 0800 555 0141",
            "sms",
        ),
        # a fix dated as it is told
        (
            "Pellworth Gas: all 3,100 meter readings we got wrong were corrected today 12 Mar. "
            "Sorry, our mistake. Your new bill: pellworth.example/bill Help: 0800 555 0141",
            "sms",
        ),
    ],
)
def test_a_closing_short_message_that_leaves_something_may_just_close(
    text: str, channel: str
) -> None:
    assert "next_update_missing" not in _rules(text, "en", channel)


def test_a_bengali_closing_post_with_nothing_ahead_owes_a_follow_up() -> None:
    text = "ডাকঘর অ্যাপে আবার টাকা পাঠানো যাচ্ছে। আজ দুপুর ১২টা থেকে ৩টা পর্যন্ত প্রায় ৯,০০০ গ্রাহক টাকা পাঠাতে পারেননি — আমাদের সার্ভারের একটা ভুল সেটিংয়ের কারণে, দোষ আমাদের। আমরা দুঃখিত। সমস্যা থাকলে: https://dakghor.example/help"
    assert "next_update_missing" in _rules(text, "bn", "x")


def test_a_bengali_closing_post_with_a_make_good_may_just_close() -> None:
    text = (
        "ডাকঘর অ্যাপে আবার টাকা পাঠানো যাচ্ছে। আজ দুপুর ১২টা থেকে ৩টা পর্যন্ত প্রায় ৯,০০০ গ্রাহক "
        "টাকা পাঠাতে পারেননি — দোষ আমাদের, আমরা দুঃখিত। এ মাসের সব লেনদেন ফি মাফ করা হবে। "
        "সমস্যা থাকলে: https://dakghor.example/help"
    )
    assert "next_update_missing" not in _rules(text, "bn", "x")


def test_a_bengali_script_sms_has_no_room_for_a_follow_up() -> None:
    text = "আমাদের ভুলে সকাল ৯-১১টা অ্যাপ বন্ধ ছিল, দুঃখিত। এখন চালু। ১৬২৪৪"
    assert "next_update_missing" not in _rules(text, "bn", "sms")


EN_EMAIL = """Subject: {subject}

Hi,

On 12 March we charged 2,300 of our members twice for their March fee, £35 each. That was our mistake and I'm sorry: some of you went overdrawn because of it.

What happened: a change we made to our billing system sent the same payment request twice.

What we've done: we refunded every second charge on 13 March, and we'll pay any overdraft fee it cost you. {closing}

Questions? Reply to this email or call 0330 555 0190.
"""


@pytest.mark.parametrize(
    "subject",
    ["Double charge on 12 March - update", "Update: the double charge of 12 March"],
)
def test_an_update_labelling_the_subject_line_is_not_the_next_one(subject: str) -> None:
    text = EN_EMAIL.format(subject=subject, closing="We're watching the refunds as they land.")
    assert "next_update_missing" in _rules(text, "en", "email", Stage.MONITORING)


@pytest.mark.parametrize(
    ("subject", "closing"),
    [
        # the subject line that looks ahead
        ("Double charge on 12 March - next update 17:00 Friday", "We're watching the refunds."),
        # the next update given in the body
        ("Double charge on 12 March - update", "We'll write again by Fri 15 March."),
    ],
)
def test_a_subject_line_looking_ahead_or_a_dated_update_below_passes(
    subject: str, closing: str
) -> None:
    text = EN_EMAIL.format(subject=subject, closing=closing)
    assert "next_update_missing" not in _rules(text, "en", "email", Stage.MONITORING)


BN_EMAIL = """বিষয়: {subject}

প্রিয় গ্রাহক,

১২ মার্চ আমাদের বিলিং ব্যবস্থার ভুলে ২,৩০০ গ্রাহকের মাসিক ফি ৳৫০০ করে দুবার কাটা হয়েছে। ভুলটি আমাদের, আমরা আন্তরিকভাবে দুঃখিত।

কী হয়েছিল: আমাদের একটি পরিবর্তনের ফলে একই টাকা কাটার অনুরোধ দুবার পাঠানো হয়েছিল।

যা করা হয়েছে: ১৩ মার্চ দ্বিতীয়বার কাটা সব টাকা ফেরত দেওয়া হয়েছে। {closing}

প্রশ্ন থাকলে ১৬২৪৭ নম্বরে ফোন করুন।
"""


def test_a_bengali_subject_line_update_is_not_the_next_one() -> None:
    text = BN_EMAIL.format(
        subject="১২ মার্চের দুবার টাকা কাটা — হালনাগাদ", closing="ফেরতের টাকা পৌঁছানো পর্যবেক্ষণ করছি।"
    )
    assert "next_update_missing" in _rules(text, "bn", "email", Stage.MONITORING)


@pytest.mark.parametrize(
    ("subject", "closing"),
    [
        ("১২ মার্চের দুবার টাকা কাটা — পরবর্তী হালনাগাদ শুক্রবার বিকেল ৫টায়", "ফেরতের টাকা পৌঁছানো পর্যবেক্ষণ করছি।"),
        ("১২ মার্চের দুবার টাকা কাটা — হালনাগাদ", "১৫ মার্চ বিকেল ৫টায় আবার জানাব।"),
    ],
)
def test_a_bengali_subject_line_looking_ahead_or_a_dated_update_below_passes(
    subject: str, closing: str
) -> None:
    text = BN_EMAIL.format(subject=subject, closing=closing)
    assert "next_update_missing" not in _rules(text, "bn", "email", Stage.MONITORING)


def test_a_closing_notice_titled_as_its_findings_is_the_report() -> None:
    text = BN_EMAIL.format(subject="১২ মার্চের দুবার টাকা কাটা: তদন্তের ফলাফল", closing="")
    assert "next_update_missing" not in _rules(text, "bn", "email", Stage.FOLLOW_UP)


@pytest.mark.parametrize(
    "text",
    [
        "Nutri Oat: Don't eat Oat Crunch bars best before 12/25: may contain unlabelled nuts, 3 "
        "reactions. Sorry, our mistake. Refunds soon: nutrioat.example/recall",
        "Hillfield: Don't drink our 1L milk, use by 14 June: 2 children fell ill. Sorry, our "
        "error. Refunds shortly: hillfield.example/recall",
    ],
)
def test_a_product_label_date_is_no_time_for_what_is_owed_soon(text: str) -> None:
    assert "next_update_missing" in _rules(text, "en", "sms", Stage.INVESTIGATING)


@pytest.mark.parametrize(
    "text",
    [
        # the refund's own date
        "Nutri Oat: Don't eat Oat Crunch bars best before 12/25: may contain unlabelled nuts, 3 "
        "reactions. Sorry, our mistake. Refunds by 20 Dec: nutrioat.example/recall",
        # nothing owed soon: the step asked now is the next step
        "Nutri Oat: Don't eat Oat Crunch bars best before 12/25: may contain unlabelled nuts, 3 "
        "reactions. Sorry, our mistake. Return them for a refund: nutrioat.example/recall",
    ],
)
def test_a_product_label_date_beside_a_dated_or_settled_step_stays_clean(text: str) -> None:
    assert "next_update_missing" not in _rules(text, "en", "sms", Stage.INVESTIGATING)


def test_a_bengali_product_label_date_is_no_time_for_what_is_owed_soon() -> None:
    text = "নতুনদুধ: মেয়াদ ১২/২৫ লেখা ১ লিটার দুধ খাবেন না, আমাদের ভুল, দুঃখিত। টাকা ফেরত শিগগির: nd.example/r"
    assert "next_update_missing" in _rules(text, "bn", "sms", Stage.INVESTIGATING)


def test_a_bengali_dated_refund_beside_a_product_label_date_stays_clean() -> None:
    text = "নতুনদুধ: মেয়াদ ১২/২৫ লেখা ১ লিটার দুধ খাবেন না, আমাদের ভুল, দুঃখিত। ২০ ডিসেম্বরের মধ্যে টাকা ফেরত: nd.example/r"
    assert "next_update_missing" not in _rules(text, "bn", "sms", Stage.INVESTIGATING)
