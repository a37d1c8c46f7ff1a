"""Round 84 (tuner 4): the make-good rule. Free rebooking, a new date or a redelivery at no
cost is the service paid for, given late, not a make-good; "down to the storms" (caused by)
is not a service still down; a free year of a plan, a sum paid towards a cost we caused, and
a place on a waiting list kept are make-goods in words the cues missed."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

IDENT = Stage.IDENTIFIED
RES = Stage.RESOLVED
MON = Stage.MONITORING

EN_FLIGHTS = """Subject: Cancelled flights on 22 and 23 November: what happened

On 22 and 23 November we cancelled 11 flights between Leeds and Jersey, and 1,680 passengers lost at least a day of their trip. Some of you lost hotel nights you had paid for. We're sorry: this was our planning team's mistake, not the weather's.

Why it happened
Two of our aircraft were booked in for engine checks in the same week and nobody on our planning team spotted it, so we had no spare aircraft.

What we've done
- {offer}
- Since 1 December one team signs off both the maintenance and the flight schedules.

We will publish the full report at skyjet.example/report by 30 December.

Questions: call 0113 555 0100 (6am to 11pm) or email care@skyjet.example.
"""


def _rules(text: str, language: str, stage: Stage, channel: str = "email") -> set[str]:
    return {rule for rule, _ in findings(text, language, channel, stage)}


@pytest.mark.parametrize(
    "offer",
    [
        "We rebooked every passenger free of charge onto flights on 24 and 25 November.",
        "Everyone was moved to the next available flight at no cost.",
        "You can pick a new date at no extra charge at skyjet.example/manage.",
    ],
)
def test_free_rebooking_alone_is_no_make_good(offer: str) -> None:
    assert "make_good_missing" in _rules(EN_FLIGHTS.format(offer=offer), "en", RES)


@pytest.mark.parametrize(
    "offer",
    [
        "We rebooked every passenger free of charge, and we are paying each of you £150 by 12 December.",
        "We rebooked everyone onto flights on 24 and 25 November, and we will refund the hotel nights you lost.",
        "Every affected passenger gets a free year of SkyJet Plus, worth £60.",
        "If you paid for a hotel you could not use, we'll pay up to £120 towards it.",
        "Every passenger on those flights has been sent a £100 voucher.",
    ],
)
def test_make_good_beside_rebooking_stays_clean(offer: str) -> None:
    assert "make_good_missing" not in _rules(EN_FLIGHTS.format(offer=offer), "en", RES)


BN_FLIGHTS = """বিষয়: ২২–২৩ নভেম্বরের বাতিল ফ্লাইট: কী হয়েছিল

২২ ও ২৩ নভেম্বর কলকাতা–বাগডোগরা রুটে আমরা ১১টি ফ্লাইট বাতিল করেছিলাম। এতে ১,৬৮০ জন যাত্রীর যাত্রা অন্তত একদিন পিছিয়ে যায়; অনেকে হোটেলের আগাম ভাড়া হারিয়েছেন। এটা পুরোপুরি আমাদের ভুল, আমরা আন্তরিকভাবে ক্ষমাপ্রার্থী।

কেন হলো
আমাদের দুটি বিমানের ইঞ্জিন-পরীক্ষা একই সপ্তাহে পড়ে গিয়েছিল, আর আমাদের পরিকল্পনা দল সেটা খেয়াল করেনি।

যা করেছি
- {offer}
- ১ ডিসেম্বর থেকে রক্ষণাবেক্ষণ আর ফ্লাইটের সূচি একই দল অনুমোদন করছে।

৩০ ডিসেম্বরের মধ্যে পূর্ণ প্রতিবেদন uranbangla.in/report-এ প্রকাশ করব।

প্রশ্ন থাকলে ফোন করুন ০৩৩-৬৬০০-২২৩৩ বা লিখুন care@uranbangla.in।
"""


@pytest.mark.parametrize(
    "offer",
    [
        "বাতিল ফ্লাইটের সব যাত্রীকে ২৪ ও ২৫ নভেম্বরের ফ্লাইটে বিনা খরচে জায়গা দিয়েছি।",
        "সবাইকে পরের ফ্লাইটে বিনামূল্যে আসন দেওয়া হয়েছে।",
    ],
)
def test_bn_free_rebooking_alone_is_no_make_good(offer: str) -> None:
    assert "make_good_missing" in _rules(BN_FLIGHTS.format(offer=offer), "bn", RES)


@pytest.mark.parametrize(
    "offer",
    [
        "সবাইকে পরের ফ্লাইটে বিনা খরচে জায়গা দিয়েছি, আর প্রত্যেক যাত্রীকে ১,৫০০ টাকা দেওয়া হবে।",
        "যাঁরা হোটেলের আগাম ভাড়া হারিয়েছেন, তাঁদের সেই টাকা আমরা ফেরত দেব — ১৫ ডিসেম্বরের মধ্যে।",
    ],
)
def test_bn_make_good_beside_rebooking_stays_clean(offer: str) -> None:
    assert "make_good_missing" not in _rules(BN_FLIGHTS.format(offer=offer), "bn", RES)


EN_PARCELS = """Subject: Your parcel is running late

Since Tuesday 20 May about 18,000 paid express parcels across NSW have been arriving two to four days late. We're sorry.

{cause}

What we're doing: we've hired 30 extra trucks and our depots are delivering this weekend. We expect the backlog to be cleared by Friday 30 May.

Track your parcel at wattle.com.au/track or call 1300 555 218 (7am-7pm).

Next update by 5pm on Wednesday 28 May.
"""


def test_delays_down_to_a_cause_are_not_a_service_down() -> None:
    text = EN_PARCELS.format(
        cause="The delays are down to our own routing change on 19 May, which sent trucks to the wrong depots."
    )
    assert "make_good_missing" in _rules(text, "en", IDENT)


def test_service_still_down_waits_for_make_good() -> None:
    text = EN_PARCELS.format(
        cause="Our tracking and booking system is still down after our own routing change on 19 May."
    )
    assert "make_good_missing" not in _rules(text, "en", IDENT)


def test_bn_extra_on_top_of_refund_is_a_make_good() -> None:
    text = BN_FLIGHTS.format(
        offer="পুরো ভাড়া ফেরত, সঙ্গে ভাড়ার ১০% বাড়তি — ৩ কার্যদিবসের মধ্যে; চাইলে বিনা খরচে পরের ফ্লাইটে আসন।"
    )
    assert "make_good_missing" not in _rules(text, "bn", RES)


EN_PORTAL = """MyCare patient portal - service restored

From 07:15 until 14:05 today MyCare was unavailable, and about 3,400 patients couldn't see appointment letters or test results. This was a failure of our own systems and we are sorry.

What happened: a certificate on our login server expired because our renewal reminder went to a mailbox nobody reads.

What we've done: service was restored at 14:05, and renewals now go to the on-call team's rota. {offer}

Next update here by 10:00 on Friday 10 October. Help: 01 555 0199 (8am to 6pm).
"""


@pytest.mark.parametrize(
    "offer",
    [
        "If you missed an appointment because of this, you won't lose your place on the waiting list.",
        "No patient will lose their place on the waiting list because of this.",
    ],
)
def test_place_kept_is_a_make_good(offer: str) -> None:
    assert "make_good_missing" not in _rules(EN_PORTAL.format(offer=offer), "en", MON)


def test_place_said_of_us_is_no_make_good() -> None:
    offer = "We will not lose track of anyone: every missed appointment gets a new date."
    assert "make_good_missing" in _rules(EN_PORTAL.format(offer=offer), "en", MON)


BN_FEES = """বিষয়: এপ্রিলের বেতনের সঙ্গে কাটা বিলম্ব ফি

সম্মানিত অভিভাবক,

৩ এপ্রিল আমাদের অনলাইন ফি পোর্টাল প্রায় ৭৪০ জন অভিভাবকের কাছ থেকে ৫০০ টাকা করে বিলম্ব ফি নিয়েছে, যদিও শেষ তারিখ ছিল ১০ এপ্রিল। {taken}

আমরা আন্তরিকভাবে দুঃখিত; ভুলটি বিদ্যালয়ের। বিষয়টি আমরা খতিয়ে দেখছি। {offer}

পরবর্তী হালনাগাদ ৫ এপ্রিল দুপুর ১২টায়। প্রশ্ন থাকলে হিসাব শাখায় (০২-৯১১২২৩৩) যোগাযোগ করুন।
"""

INV = Stage.INVESTIGATING


def test_bn_money_wrongly_taken_owes_refund_before_cause() -> None:
    text = BN_FEES.format(
        taken="অর্থাৎ যাঁরা সময়মতো টাকা দিয়েছেন, তাঁদের কাছ থেকেও বাড়তি টাকা কাটা হয়েছে।", offer=""
    )
    assert "make_good_missing" in _rules(text, "bn", INV)


def test_bn_money_wrongly_taken_with_refund_stays_clean() -> None:
    text = BN_FEES.format(
        taken="অর্থাৎ যাঁরা সময়মতো টাকা দিয়েছেন, তাঁদের কাছ থেকেও বাড়তি টাকা কাটা হয়েছে।",
        offer="কাটা ফি ৮ এপ্রিলের মধ্যে সবার অ্যাকাউন্টে ফেরত দেওয়া হবে।",
    )
    assert "make_good_missing" not in _rules(text, "bn", INV)


def test_bn_fee_only_feared_waits_for_cause() -> None:
    text = BN_FEES.format(taken="যদি কারও কাছ থেকে বাড়তি টাকা কাটা হয়ে থাকে, আমাদের জানান।", offer="")
    assert "make_good_missing" not in _rules(text, "bn", INV)


def test_bn_scam_line_quoted_is_no_money_taken() -> None:
    text = BN_FEES.format(
        taken='"বুকিং নিশ্চিত করতে বাড়তি টাকা দিন" জাতীয় ফোন বা মেসেজ পেলে সাড়া দেবেন না।', offer=""
    )
    assert "make_good_missing" not in _rules(text, "bn", INV)
