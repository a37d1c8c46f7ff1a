"""Round 52 (helper 52d): the next update of short messages and closing notices, and the
cause read from its construction, on wordings fresh writers used.

A short message may give the concrete next step with its time for the next update (a
replacement service the ticket is good on; a number to call to rebook a cancelled booking);
a closing notice a dated follow-up told as a note or a review we will give. A cause word is
no cause when it names the harm already told, is said not to be, or is what an apology is
for; a cause told as a story (first person singular, a check done
without, a change brought in by the firm, a wrong act as a Bengali verbal noun) is a cause.
Each table holds the failing wordings the fix catches and the close wordings that must stay
as they were.
"""

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from crisiscomms.statements.check.document import Channel
from crisiscomms.statements.check.run import check_text


def _rules(text: str, language: str, channel: str, stage: Stage) -> set[str]:
    report = check_text(text, language=language, channel=Channel(channel), stage=stage)
    for finding in report.findings:
        assert text[finding.start : finding.end] == finding.excerpt
    return {finding.rule for finding in report.findings}


IDENT = Stage.IDENTIFIED
RES = Stage.RESOLVED
FOLLOW = Stage.FOLLOW_UP
NU = "next_update_missing"
RC = "root_cause_missing"

ROUND_52_SHORT_NEXT_STEP: list[tuple[str, str, str, Stage, str, bool]] = [
    # a replacement service the reader's ticket is good on, given by its time, is the next step
    (
        NU,
        "en",
        "sms",
        IDENT,
        "Calder Trains: the 08:05 Leeds-York is cancelled, a fault on our train. Sorry. "
        "Tickets are good on the 08:35. Help 0345 555 0102",
        False,
    ),
    (
        NU,
        "en",
        "sms",
        IDENT,
        "Northbus: our 19:10 X6 won't run tonight, our driver shortage. Sorry. Your ticket is "
        "valid on the 19:40. 0161 555 0170",
        False,
    ),
    # trap: the time names the service that is cancelled, nothing comes after it
    (
        NU,
        "en",
        "sms",
        IDENT,
        "Northbus: our 19:10 X6 is cancelled, our driver shortage, sorry. We're looking into "
        "it. 0161 555 0170",
        True,
    ),
    # a cancelled booking and the number to call to rebook: the way on, now
    (
        NU,
        "en",
        "sms",
        IDENT,
        "Elm Dental: our booking system cancelled your check-up on Fri 3 May, our fault, "
        "sorry. Call 01632 960 512 to rebook.",
        False,
    ),
    (
        NU,
        "en",
        "sms",
        IDENT,
        "Oakley Clinic: sorry, our error cancelled your scan on 12 Mar. Please ring 0300 555 "
        "0199 to reschedule.",
        False,
    ),
    # trap: a number for questions only, nothing to rebook, nothing said of when
    (
        NU,
        "en",
        "sms",
        IDENT,
        "Elm Dental: our booking system cancelled your check-up on Fri 3 May, our fault, "
        "sorry. We are fixing it. Call 01632 960 512 with questions.",
        True,
    ),
]

ROUND_52_CLOSING_FOLLOW_UP_BASE = (
    "Subject: Your late order - sorry\n\n"
    "On Saturday 12 April, 61 of your orders reached you a day late. That was our mistake: we "
    "booked too few vans for the weekend. We're sorry. Every late order has now arrived and we "
    "refunded the delivery fee to your card on Monday. From now on we book vans a week "
    "ahead. {} Questions: 01632 960 300 or help@greenbox.example."
)
ROUND_52_CLOSING_FOLLOW_UP: list[tuple[str, str, str, Stage, str, bool]] = [
    # a note we will drop on a date is a dated follow-up
    (
        NU,
        "en",
        "email",
        RES,
        ROUND_52_CLOSING_FOLLOW_UP_BASE.format(
            "We'll drop you a quick note on Friday 18 April to check the refund arrived."
        ),
        False,
    ),
    # trap: no date for it
    (
        NU,
        "en",
        "email",
        RES,
        ROUND_52_CLOSING_FOLLOW_UP_BASE.format("We'll drop you a note to check the refund."),
        True,
    ),
    # Bengali: a review we will give here on a date
    (
        NU,
        "bn",
        "status_page",
        RES,
        "সমাধান হয়েছে: চট্টগ্রামে পার্সেল দেরি\n\n"
        "৩ থেকে ৫ মার্চ চট্টগ্রামে আমাদের ২,১০০টি পার্সেল এক দিন দেরিতে পৌঁছেছে। আমরা গুদামে "
        "কর্মী কম রেখেছিলাম, এ ভুল আমাদের। এর জন্য আমরা ক্ষমা চাই।\n\n"
        "৬ মার্চ থেকে ২০ জন নতুন কর্মী কাজ করছেন। দেরি হওয়া প্রতিটি পার্সেলের ডেলিভারি "
        "চার্জ ফেরত দেওয়া হয়েছে।\n\n"
        "৩০ মার্চ ডেলিভারির সময় নিয়ে একটি বিশ্লেষণ এই পাতায় প্রকাশ করব।\n\n"
        "যোগাযোগ: ১৬৪৪৪ | help@parcel.example",
        False,
    ),
    # trap: a review named with no date
    (
        NU,
        "bn",
        "status_page",
        RES,
        "সমাধান হয়েছে: চট্টগ্রামে পার্সেল দেরি\n\n"
        "৩ থেকে ৫ মার্চ চট্টগ্রামে আমাদের ২,১০০টি পার্সেল এক দিন দেরিতে পৌঁছেছে। আমরা গুদামে "
        "কর্মী কম রেখেছিলাম, এ ভুল আমাদের। এর জন্য আমরা ক্ষমা চাই।\n\n"
        "৬ মার্চ থেকে ২০ জন নতুন কর্মী কাজ করছেন। দেরি হওয়া প্রতিটি পার্সেলের ডেলিভারি "
        "চার্জ ফেরত দেওয়া হয়েছে।\n\n"
        "পরে ডেলিভারির সময় নিয়ে একটি বিশ্লেষণ এই পাতায় প্রকাশ করব।\n\n"
        "যোগাযোগ: ১৬৪৪৪ | help@parcel.example",
        True,
    ),
]

ROUND_52_EN_BASE = (
    "Subject: Your water bill\n\n"
    "Between 1 and 8 May, 9,300 customers in Ashford received bills about £40 too high. "
    "This was our mistake and we're sorry. {} We've corrected every bill and the money is "
    "back on your account; we'll email you on 30 May with what we have changed. "
    "Questions: 0800 555 0133."
)
ROUND_52_BN_BASE = (
    "বিষয়: মে মাসের পানির বিল\n\n"
    "১ থেকে ৮ মে ৯,৩০০ জন গ্রাহক প্রায় ৳৪৫ বেশি বিল পেয়েছেন। ভুলটি আমাদের, আমরা দুঃখিত। {} "
    "সব বিল সংশোধন করা হয়েছে এবং বাড়তি টাকা আপনার হিসাবে ফেরত গেছে। ৩০ মে ইমেইলে জানাব কী "
    "বদলেছি। যোগাযোগ: ১৬৩৩৩"
)
ROUND_52_CAUSE_NOT_GIVEN: list[tuple[str, str, str, Stage, str, bool]] = [
    # "ভুল <X>-এর কারণে" where X is the harm already told: its consequence, not a cause
    (
        RC,
        "bn",
        "email",
        RES,
        ROUND_52_BN_BASE.format("ভুল বিলের কারণে যাঁরা দেরিতে টাকা দিয়েছেন, তাঁদের জরিমানা মওকুফ।"),
        True,
    ),
    # trap: a wrong thing first named here is a real cause
    (
        RC,
        "bn",
        "email",
        RES,
        ROUND_52_BN_BASE.format("মিটার রিডিংয়ের ভুল সেটিংয়ের কারণে ইউনিট দুবার গোনা হয়েছে।"),
        False,
    ),
    # a cause word said not to be
    (
        RC,
        "bn",
        "email",
        RES,
        ROUND_52_BN_BASE.format("আপনাদের দিক থেকে কোনো ভুল ছিল না।"),
        True,
    ),
    # trap: the same construction said to be, with what it was
    (
        RC,
        "bn",
        "email",
        RES,
        ROUND_52_BN_BASE.format("আমাদের বিলিং সফটওয়্যারের হারের তালিকায় ভুল ছিল।"),
        False,
    ),
    # an event named as what the apology is for
    (
        RC,
        "bn",
        "email",
        IDENT,
        ROUND_52_BN_BASE.format("হঠাৎ পানি বন্ধ হয়ে যাওয়ার দুশ্চিন্তার জন্য আমরা সত্যিই দুঃখিত।"),
        True,
    ),
    # trap: the same event told as what went wrong
    (
        RC,
        "bn",
        "email",
        IDENT,
        ROUND_52_BN_BASE.format("৩০ এপ্রিল আমাদের বিলিং সার্ভার বন্ধ হয়ে যায়, আর পুরোনো হারে বিল তৈরি হয়।"),
        False,
    ),
    # a recall's reason followed by how the defect came about: a cause
    (
        RC,
        "en",
        "email",
        FOLLOW,
        "Subject: Our kettle recall, two weeks on\n\n"
        "On 2 June we recalled 12,000 Brightway kettles because some had loose handles. "
        "We fitted the handles with screws that were too short for the new body. We're sorry. "
        "9,100 have come back and been refunded. From 10 June every kettle is checked by hand "
        "before it leaves the factory. We'll publish the final count here on 30 June. Call "
        "0800 555 0177 or visit brightway.example/recall.",
        False,
    ),
]

ROUND_52_CAUSE_TOLD: list[tuple[str, str, str, Stage, str, bool]] = [
    # first person singular, as a small firm's owner writes
    (
        RC,
        "en",
        "email",
        RES,
        ROUND_52_EN_BASE.format("I loaded last year's rates into the billing run myself."),
        False,
    ),
    # a check done without
    (
        RC,
        "en",
        "email",
        RES,
        ROUND_52_EN_BASE.format(
            "The new rates went into the billing system without a second check by anyone."
        ),
        False,
    ),
    # trap: owning it with nothing of what went wrong
    (
        RC,
        "en",
        "email",
        RES,
        ROUND_52_EN_BASE.format("I take full responsibility for it."),
        True,
    ),
    # the firm brought in a new thing, told in the third person
    (
        RC,
        "bn",
        "email",
        RES,
        ROUND_52_BN_BASE.format(
            "২৫ এপ্রিল সংস্থা বিলিং সফটওয়্যারে নতুন নিয়ম চালু করে; তাতে পুরোনো ও নতুন রিডিং দুটোই যোগ হয়।"
        ),
        False,
    ),
    # a wrong act as a verbal noun in the locative
    (
        RC,
        "bn",
        "email",
        RES,
        ROUND_52_BN_BASE.format("একজন কর্মী হারের তালিকা ভুলভাবে বসানোয় বিল বেড়ে যায়।"),
        False,
    ),
    # trap: "ভুলভাবে" in the harm itself, with a vague cause
    (
        RC,
        "bn",
        "email",
        RES,
        ROUND_52_BN_BASE.format("কারিগরি ত্রুটির কারণে বিল ভুলভাবে তৈরি হয়েছে।"),
        True,
    ),
]


@pytest.mark.parametrize(
    ("rule", "language", "channel", "stage", "text", "flagged"),
    ROUND_52_SHORT_NEXT_STEP
    + ROUND_52_CLOSING_FOLLOW_UP
    + ROUND_52_CAUSE_NOT_GIVEN
    + ROUND_52_CAUSE_TOLD,
)
def test_round_52d_read_from_the_construction(
    rule: str, language: str, channel: str, stage: Stage, text: str, flagged: bool
) -> None:
    found = _rules(text, language, channel, stage)
    assert (rule in found) is flagged, found
