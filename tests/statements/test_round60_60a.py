"""Round 60 (tuner 60a): remediation_missing and root_cause_missing, in English and Bengali.

What was done: a letter of questions and answers asks it in the reader's words ("Q: What have
you done about it?") over lines of acts; "(please read)" and "Please note" only ask to read
on; what we know so far ("এটুকু জানি যে …", "all we know is that …") is no act. The cause: a
status page's label ("অবস্থা: কারণ চিহ্নিত") is the stage, not a cause; the statement's own
name as the one responsible ("The council is responsible", signed by the council) lays no
cause elsewhere; a machine that broke down, a plan or instructions we did not have, a
schedule our team set, a "রুট কজ:" label and "সেটাই … উৎস" are causes. Each fix with the
close wordings that must stay as they were."""

# ruff: noqa: RUF001, E501

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

INV = Stage.INVESTIGATING
IDENT = Stage.IDENTIFIED
RES = Stage.RESOLVED
FOLLOW = Stage.FOLLOW_UP

# --- remediation_missing -------------------------------------------------------------------

_EN_QA_OPEN = (
    "Subject: Your delayed prescription\n\n"
    "Hi Marc,\n\n"
    "Q: What happened?\n"
    "Between May 27 and June 3, 4,870 orders arrived 2 to 5 days late.\n\n"
    "Q: Why?\n"
    "We moved our Calgary pharmacy to a new building and underestimated how long it would take "
    "to get our new prescription system working. That's our failure, and we're sorry.\n\n"
)
_EN_QA_CLOSE = (
    "\n\nQ: Will I hear more?\nA summary of our review will be posted at northmeds.ca/review "
    "on June 28.\n\nQ: Who can I talk to?\n1-888-555-0163 or pharmacist@northmeds.ca."
)

_EN_TOY_OPEN = (
    "Rainbow Stacker – paint flaking (please read)\n"
    "Posted Sat 15 June by Orla & Dev\n\n"
    "Since Wednesday, three of you have told us the paint is flaking off the red arch of our "
    "wooden Rainbow Stacker. We make and paint these ourselves and sold 340 of them, so this "
    "is completely on us. We're so sorry.\n\n"
    "We don't know yet if it's the paint itself or the way we sealed it.\n\n"
)
_EN_TOY_CLOSE = "\n\nNext update Monday 17 June at 18:00. Email hello@pipandpine.ie."

_BN_PARCEL_OPEN = (
    "হাটবাজার.কম — ঢাকার বাইরে ডেলিভারিতে দেরি\n"
    "প্রকাশ: রবিবার, ১৯ মে, সকাল ১০:০০\n\n"
    "১২ মে থেকে ঢাকার বাইরের জেলাগুলোতে পাঠানো প্রায় ১৪,৫০০টি অর্ডার ৩ দিনের মধ্যে পৌঁছায়নি। "
    "এটা আমাদের ব্যর্থতা, এর জন্য আমরা সত্যিই দুঃখিত।\n\n"
    "কেন এমন হচ্ছে, তা আমরা এখনও নিশ্চিত জানি না। "
)
_BN_PARCEL_CLOSE = "\n\nপরের আপডেট: আজ সন্ধ্যা ৬টায়। প্রশ্ন থাকলে: হটলাইন ০৯৬১০-৪২৮২২৭"

_EN_PARCEL_OPEN = (
    "Late deliveries outside Dhaka\n"
    "Posted Sunday 19 May, 10:00\n\n"
    "Since 12 May about 14,500 orders to districts outside Dhaka have not arrived within the "
    "3 days we promised. That is our failure and we are truly sorry.\n\n"
    "We don't know yet why this is happening. "
)
_EN_PARCEL_CLOSE = "\n\nNext update today at 18:00. Questions: hotline 09610-428227."

ROUND_60_REMEDIATION: list[tuple[str, str, Stage, str, bool]] = [
    # the reader's question as the heading over what was done
    (
        "en",
        "email",
        FOLLOW,
        _EN_QA_OPEN + "Q: What have you done about it?\n"
        "- Cleared the backlog by June 4.\n"
        "- Hired 6 extra pharmacy technicians in Calgary." + _EN_QA_CLOSE,
        False,
    ),
    (
        "en",
        "email",
        FOLLOW,
        _EN_QA_OPEN + "What are you doing about it?\n"
        "- Cleared the backlog by June 4." + _EN_QA_CLOSE,
        False,
    ),
    # the same heading over lines that only look into it, or with nothing under it
    (
        "en",
        "email",
        FOLLOW,
        _EN_QA_OPEN + "Q: What have you done about it?\n"
        "- We are investigating what went wrong." + _EN_QA_CLOSE,
        True,
    ),
    (
        "en",
        "email",
        FOLLOW,
        _EN_QA_OPEN + "Q: What have you done about it?" + _EN_QA_CLOSE,
        True,
    ),
    # "(please read)" asks to read on: no step; the step itself still counts
    ("en", "status_page", INV, _EN_TOY_OPEN + _EN_TOY_CLOSE.strip(), True),
    (
        "en",
        "status_page",
        INV,
        _EN_TOY_OPEN + "Please note: we are sorry for the worry." + _EN_TOY_CLOSE,
        True,
    ),
    (
        "en",
        "status_page",
        INV,
        _EN_TOY_OPEN
        + "Please stop using the stacker and keep it away from your child."
        + _EN_TOY_CLOSE,
        False,
    ),
    (
        "en",
        "status_page",
        INV,
        _EN_TOY_OPEN + "Please note: stop using the stacker until we write again." + _EN_TOY_CLOSE,
        False,
    ),
    # what we know so far is no act; an act beside it still counts
    (
        "bn",
        "status_page",
        INV,
        _BN_PARCEL_OPEN
        + "এটুকু জানি যে অর্ডারগুলো আমাদের তেজগাঁও গুদাম থেকে ঠিক সময়ে বের হয়েছে।"
        + _BN_PARCEL_CLOSE,
        True,
    ),
    (
        "bn",
        "status_page",
        INV,
        _BN_PARCEL_OPEN + "এটুকু জানি যে অর্ডারগুলো আমাদের তেজগাঁও গুদাম থেকে ঠিক সময়ে বের হয়েছে। "
        "আটকে থাকা অর্ডারগুলো অন্য কুরিয়ারে পাঠানো হচ্ছে।" + _BN_PARCEL_CLOSE,
        False,
    ),
    (
        "en",
        "status_page",
        INV,
        _EN_PARCEL_OPEN
        + "All we know is that the orders left our Tejgaon warehouse on time and were restored to tracking at the hub."
        + _EN_PARCEL_CLOSE,
        True,
    ),
    (
        "en",
        "status_page",
        INV,
        _EN_PARCEL_OPEN + "All we know is that the orders left our Tejgaon warehouse on time. "
        "We have moved the stuck orders to a second courier." + _EN_PARCEL_CLOSE,
        False,
    ),
]


@pytest.mark.parametrize(("language", "channel", "stage", "text", "flagged"), ROUND_60_REMEDIATION)
def test_round_60_60a_remediation(
    language: str, channel: str, stage: Stage, text: str, flagged: bool
) -> None:
    found = {rule for rule, _ in findings(text, language, channel, stage)}
    assert ("remediation_missing" in found) is flagged, found


# --- root_cause_missing --------------------------------------------------------------------

_BN_NET_OPEN = (
    "বঙ্গফোন — দক্ষিণ কলকাতায় কল ও ইন্টারনেট সমস্যা\n"
    "আপডেট: শনিবার, ৮ মার্চ, দুপুর ১২:৩০\n"
    "অবস্থা: কারণ চিহ্নিত, সারাইয়ের কাজ চলছে\n\n"
    "আজ সকাল ৯টা থেকে দক্ষিণ কলকাতার প্রায় ৪২,০০০ গ্রাহক কল করতে পারছেন না। "
)
_BN_NET_CLOSE = (
    " এর দায় আমাদের, আমরা সত্যিই দুঃখিত।\n\n"
    "আমাদের ইঞ্জিনিয়াররা সারাইয়ের কাজ করছেন; আজ বিকেল ৪টের মধ্যে পরিষেবা স্বাভাবিক হবে।\n\n"
    "পরের আপডেট: আজ বিকেল ৩টে। সাহায্য: ১৯৮"
)

_EN_NET_OPEN = (
    "Calls and data down in South Kolkata\n"
    "Updated Saturday 8 March, 12:30\n"
    "Status: cause identified, repairs under way\n\n"
    "Since 09:00 today about 42,000 customers in South Kolkata cannot make calls. "
)
_EN_NET_CLOSE = (
    " This is on us, and we are truly sorry.\n\n"
    "Our engineers are repairing it; service will be back by 16:00 today.\n\n"
    "Next update 15:00 today. Help: call 198."
)

_EN_COUNCIL_OPEN = (
    "Subject: Your 2024/25 council tax bill\n\n"
    "Dear resident,\n\n"
    "In May, about 6,800 households received council tax bills that were £142 too high on "
    "average. The council is responsible for that, and I'm sorry for the worry it caused.\n\n"
)
_EN_COUNCIL_CLOSE = (
    "\n\nWe have sent corrected bills to every household affected. A report will be published "
    "on our website on 16 July. Questions: call 01632 960 812 or email "
    "counciltax@westbury.gov.uk.\n\n"
    "Mark Henshaw\n"
    "Director of Finance, Westbury District Council"
)

_EN_BOX_OPEN = (
    "Resolved: late boxes on Tuesday 11 June\n\n"
    "Yesterday 3,150 of our 5,400 Tuesday boxes arrived between 4 and 9 hours late. That's on us. "
)
_EN_BOX_CLOSE = (
    " We're really sorry.\n\n"
    "What we did: packed by hand from 4am and sent out 12 extra vans. We've credited £10 to "
    "every affected account.\n\n"
    "We'll post a short write-up here by Friday 21 June. Help: hello@crateandcook.co.uk"
)

_BN_APP_OPEN = (
    "খাইখাই অ্যাপ — অর্ডার দিতে সমস্যা\n"
    "অবস্থা: কারণ চিহ্নিত\n\n"
    "সন্ধ্যা ৭:৩৫ থেকে প্রায় ১৮,০০০ অর্ডার দেওয়া যায়নি। এটা আমাদের নিজেদের ভুল, আমরা ক্ষমা চাইছি।\n\n"
)
_BN_APP_CLOSE = "\n\nপরের আপডেট: রাত ৯:৩০-এ। সাহায্য: ০৯৬৭৮-৫৫৫০০০"

ROUND_60_CAUSE: list[tuple[str, str, Stage, str, bool]] = [
    # a status label names the stage; the vague cause after it is still no cause
    (
        "bn",
        "status_page",
        IDENT,
        _BN_NET_OPEN + "আমাদের নেটওয়ার্কে একটি কারিগরি ত্রুটির কারণে এমনটা হচ্ছে।" + _BN_NET_CLOSE,
        True,
    ),
    (
        "bn",
        "status_page",
        IDENT,
        _BN_NET_OPEN
        + "রাস্তা খোঁড়ার সময় আমাদের একটি ফাইবার ক্যাবল কেটে যাওয়ার কারণে এমনটা হচ্ছে।"
        + _BN_NET_CLOSE,
        False,
    ),
    (
        "en",
        "status_page",
        IDENT,
        _EN_NET_OPEN + "This is due to a technical issue on our network." + _EN_NET_CLOSE,
        True,
    ),
    (
        "en",
        "status_page",
        IDENT,
        _EN_NET_OPEN
        + "This is because a fibre cable of ours was cut during roadworks."
        + _EN_NET_CLOSE,
        False,
    ),
    # the statement's own name as the one responsible lays no cause elsewhere
    (
        "en",
        "email",
        FOLLOW,
        _EN_COUNCIL_OPEN
        + "This happened because of a technical issue with our billing."
        + _EN_COUNCIL_CLOSE,
        True,
    ),
    (
        "en",
        "email",
        FOLLOW,
        _EN_COUNCIL_OPEN
        + "This happened because we loaded last year's band rates into the new billing system."
        + _EN_COUNCIL_CLOSE,
        False,
    ),
    # what broke down, what we had no plan for, what our team scheduled
    (
        "en",
        "status_page",
        RES,
        _EN_BOX_OPEN
        + "Our packing machine in Bristol broke down at 2am and we had no plan for packing by hand quickly enough."
        + _EN_BOX_CLOSE,
        False,
    ),
    (
        "en",
        "status_page",
        RES,
        _EN_BOX_OPEN
        + "Our planning team scheduled both packing lines for maintenance on the same night."
        + _EN_BOX_CLOSE,
        False,
    ),
    (
        "en",
        "status_page",
        RES,
        _EN_BOX_OPEN + "This was due to an operational issue at our Bristol site." + _EN_BOX_CLOSE,
        True,
    ),
    (
        "en",
        "status_page",
        RES,
        _EN_BOX_OPEN + "We had no choice but to delay them." + _EN_BOX_CLOSE,
        True,
    ),
    # a "root cause" label said in English words, and "that is the source"
    (
        "bn",
        "status_page",
        IDENT,
        _BN_APP_OPEN
        + "রুট কজ: আজ বিকেলের ডিপ্লয়ে একটি কোয়েরির ইনডেক্স বাদ পড়েছিল, সেটাই ধীরগতির উৎস।"
        + _BN_APP_CLOSE,
        False,
    ),
    (
        "bn",
        "status_page",
        IDENT,
        _BN_APP_OPEN + "আজ বিকেলে একটি কোয়েরির ইনডেক্স বাদ পড়েছিল, এটাই সমস্যার মূলে।" + _BN_APP_CLOSE,
        False,
    ),
    (
        "bn",
        "status_page",
        IDENT,
        _BN_APP_OPEN + "রুট কজ: একটি কারিগরি ত্রুটি।" + _BN_APP_CLOSE,
        True,
    ),
]


@pytest.mark.parametrize(("language", "channel", "stage", "text", "flagged"), ROUND_60_CAUSE)
def test_round_60_60a_root_cause(
    language: str, channel: str, stage: Stage, text: str, flagged: bool
) -> None:
    found = {rule for rule, _ in findings(text, language, channel, stage)}
    assert ("root_cause_missing" in found) is flagged, found


def test_round_60_60a_someone_elses_name_still_blamed() -> None:
    """The name "Albion Air" does not make "air traffic control" ours: the blame is laid elsewhere, so
    the cause is given (blame_shifting says so), not missing."""
    text = (
        "Operations update: Heathrow departures\n\n"
        "Due to air traffic control restrictions, Albion Air departures from Heathrow are "
        "delayed this morning. So far 23 flights have been delayed, affecting around 4,000 "
        "customers. We're sorry your journey has been disrupted.\n\n"
        "You can rebook free at albionair.example.com/manage. Next update at 09:00 GMT."
    )
    found = {rule for rule, _ in findings(text, "en", "status_page", INV)}
    assert "root_cause_missing" not in found, found


# --- remediation_missing, second group: no step after all ------------------------------------

_EN_DEPOT_OPEN = (
    "Subject: Your parcel is late\n\n"
    "Hello,\n\n"
    "A parcel addressed to you is one of about 6,800 held up at our Gateshead depot, most "
    "running 2 to 4 days late. We're sorry: many of these are presents or medicines.\n\n"
    "What went wrong\n"
    "On Monday 8 December the main sorting conveyor at our depot broke down, and we hadn't "
    "planned enough staff to sort by hand. That part is on us.\n\n"
)
_EN_DEPOT_CLOSE = (
    "\n\nWe'll refund the delivery charge on every parcel more than 2 days late, by 31 "
    "December.\n\nNext update by 12:00 on Thursday 11 December. Call us on 0191 555 0466."
)

ROUND_60_NO_STEP: list[tuple[str, bool]] = [
    # only as soon as we can, or looking into it, under the heading of what we do
    (
        "What we're doing\n"
        "Our operations team is looking into the backlog and working hard to get things moving. "
        "We'll get your parcel to you as soon as we possibly can.",
        True,
    ),
    (
        "What we're doing\n"
        "We have brought in 40 extra staff to sort by hand. We'll get your parcel to you by "
        "Friday 12 December.",
        False,
    ),
    # what the reader cannot do is the harm; following the order is where to look
    ("Without the parcel you can't use the service. You can track your parcel online.", True),
    ("You can collect your parcel from the Gateshead depot from 8am tomorrow.", False),
    # writing again is the next update, unless it tells what comes then
    ("We'll email you again by 12:00 on Thursday.", True),
    ("We'll email you again once every parcel has been sorted, by Friday 12 December.", False),
]


@pytest.mark.parametrize(("middle", "flagged"), ROUND_60_NO_STEP)
def test_round_60_60a_no_step_after_all(middle: str, flagged: bool) -> None:
    text = _EN_DEPOT_OPEN + middle + _EN_DEPOT_CLOSE
    found = {rule for rule, _ in findings(text, "en", "email", IDENT)}
    assert ("remediation_missing" in found) is flagged, found


# --- root_cause_missing, second group: causes told in the passive or as what was not done ----

_EN_SITE_OPEN = (
    "Resolved - Websites unavailable\n"
    "Posted 06:15 UTC, 7 December 2026\n\n"
    "Between 02:05 and 04:40 UTC today, around 2,900 websites we host showed visitors an "
    "error page. This was our mistake, and we apologise to everyone whose site was offline.\n\n"
)
_EN_SITE_CLOSE = (
    "\n\nThe file was reverted at 04:30 and all sites were loading by 04:40. Every affected "
    "customer gets a 20% credit on their December invoice. We will publish a review by 15 "
    "December. Help: brightnest.example/support"
)

ROUND_60_PLAIN_CAUSE: list[tuple[str, bool]] = [
    (
        "During scheduled maintenance, a configuration file was updated incorrectly, which "
        "stopped the web servers from restarting.",
        False,
    ),
    (
        "During maintenance our IT team moved the sites to a new server but did not move the "
        "file that tells them where the pages are stored.",
        False,
    ),
    (
        "The part that failed should have been replaced at the last service in March, and it "
        "wasn't.",
        False,
    ),
    # the same places with nothing of what went wrong
    ("During scheduled maintenance, a configuration file was updated.", True),
    ("During maintenance our IT team did not stop working until every site was back.", True),
    ("This should have been handled better, and it was due to a technical issue.", True),
]


@pytest.mark.parametrize(("middle", "flagged"), ROUND_60_PLAIN_CAUSE)
def test_round_60_60a_plain_cause(middle: str, flagged: bool) -> None:
    text = _EN_SITE_OPEN + middle + _EN_SITE_CLOSE
    found = {rule for rule, _ in findings(text, "en", "status_page", RES)}
    assert ("root_cause_missing" in found) is flagged, found
