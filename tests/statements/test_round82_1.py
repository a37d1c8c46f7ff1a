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
