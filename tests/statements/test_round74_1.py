"""Round 74 (helper 1): causes that sound like causes but say nothing.

A generic head noun under a broad kind ("a component issue", "a manufacturing quality
defect", "a fault in our production process", "a sophisticated cyber attack", "a routine
update that interacted unexpectedly with other parts of our system", "অপারেশনাল
সীমাবদ্ধতা", "কিছু অভ্যন্তরীণ অপারেশনাল জটিলতা") is no cause. "Transactions will appear in
your feeds" is not "it appears that …"; an older update's "we don't yet know why" no longer
excuses a cause later said to be found and given vaguely. In Bengali, a sentence that counts
the harm in figures is not a second cause beside a vague one, and "ছাড়ার কথা ছিল" (was due
to leave) tells the plan, not what went wrong, whatever vessel it names.

Remediation in a closing notice: the service said to be back ("Service has been back to
normal since 02:40", "your deliveries are back on time") is the end reached, not what was
fixed or what to do; "we take full responsibility" owns it; "before we had checked it" tells
the cause. What we did to bring it back ("the previous settings were restored", "keys were
re-issued") still counts, and "back" still counts while the incident is open."""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

IDENT = Stage.IDENTIFIED
RES = Stage.RESOLVED
FOLLOW = Stage.FOLLOW_UP


def _rules(text: str, language: str, stage: Stage) -> set[str]:
    return {rule for rule, _ in findings(text, language, "email", stage)}


EN_FRAME = (
    "Dear customer,\n\nWe are sorry that about 3,200 of you could not use your kettle for two weeks. "
    "This was our product and our responsibility.\n\n{cause}\n\n"
    "We have replaced the switch in 2,987 kettles and refunded the full price to everyone who asked. "
    "Our next update will be on Friday 29 May at 10:00. Call 0330 100 4481 for help.\n"
)
BN_FRAME = (
    "প্রিয় গ্রাহক,\n\nগত সপ্তাহে প্রায় ৩,২০০ গ্রাহকের অর্ডার দেরিতে পৌঁছেছে। এটি আমাদের ভুল, আমরা আন্তরিকভাবে দুঃখিত।\n\n{cause}\n\n"
    "আমরা সব অর্ডার পাঠিয়ে দিয়েছি এবং প্রত্যেককে ১৫০ টাকা ফেরত দিয়েছি। পরের আপডেট: ২৯ মে সকাল ১০টায়। সাহায্য: ১৬২২২\n"
)


@pytest.mark.parametrize(
    ("cause", "language"),
    [
        ("What happened\nOur engineers traced the fault to a component issue in the kettle.", "en"),
        ("The recall was caused by a manufacturing quality defect.", "en"),
        ("What happened\nThe problem came from a fault in our production process.", "en"),
        ("What happened?\nWe were the target of a sophisticated cyber attack.", "en"),
        (
            "The outage was caused by an issue with a routine update we made on Tuesday evening, which interacted unexpectedly with other parts of our system.",
            "en",
        ),
        ("কী হয়েছিল: ঈদ মৌসুমে কিছু অপারেশনাল সীমাবদ্ধতার কারণে আমাদের ডেলিভারি দেরি হয়।", "bn"),
        ("আমাদের মিরপুর গুদামের কিছু অভ্যন্তরীণ অপারেশনাল জটিলতার কারণে এমনটা হয়েছে।", "bn"),
        ("কারণ: আমাদের উৎপাদন প্রক্রিয়ার ত্রুটি থেকে সমস্যাটি এসেছে।", "bn"),
    ],
)
def test_a_kind_of_fault_is_no_cause(cause: str, language: str) -> None:
    frame = EN_FRAME if language == "en" else BN_FRAME
    assert "root_cause_missing" in _rules(frame.format(cause=cause), language, RES)


@pytest.mark.parametrize(
    ("cause", "language"),
    [
        # what broke or what was done wrong, named: the same words in another role
        (
            "What happened\nA component in the kettle, the thermal switch, was fitted the wrong way round.",
            "en",
        ),
        (
            "The recall was caused by a manufacturing defect: the switch contacts were welded at the wrong temperature.",
            "en",
        ),
        (
            "What happened?\nAn attacker used a stolen staff password to log in to our customer database.",
            "en",
        ),
        (
            "The outage was caused by a routine update we made on Tuesday evening, which deleted the table of open invoices.",
            "en",
        ),
        # honest "not yet known", told so
        (
            "We don't yet know the cause. What we know so far: the switch fails after about 200 uses.",
            "en",
        ),
        ("কী হয়েছিল: আমাদের মিরপুর গুদামের একমাত্র কনভেয়র বেল্টের মোটর পুড়ে যায়।", "bn"),
        ("কারণ এখনও জানি না। এখন পর্যন্ত যা জানি: গুদামের স্ক্যানার ভুল ঠিকানা পড়ছিল।", "bn"),
    ],
)
def test_a_named_mechanism_or_an_honest_unknown_stays_clean(cause: str, language: str) -> None:
    frame = EN_FRAME if language == "en" else BN_FRAME
    assert "root_cause_missing" not in _rules(frame.format(cause=cause), language, RES)


STATUS = (
    "Ledgerly - Invoicing unavailable\n\n"
    "Monitoring - Wed 15 Apr, 11:20 BST\n"
    "Invoicing has been working normally since 10:55. We're sorry: about 6,400 businesses could not send invoices. "
    "Bank transactions from that window will appear in your feeds by 3pm today. "
    "Every affected account gets a week's credit. Next update at 1pm BST. Questions? Email support@ledgerly.co.uk.\n\n"
    "Identified - Wed 15 Apr, 09:40 BST\n{identified}\n\n"
    "Investigating - Wed 15 Apr, 07:30 BST\n"
    "Customers can't send invoices. We don't yet know why, and we're investigating. Next update by 08:30 BST.\n"
)


def test_a_cause_found_later_and_given_vaguely_is_not_excused() -> None:
    text = STATUS.format(
        identified="We have now identified the cause: a technical issue affecting the invoicing system. This was our mistake. We're rolling it back now."
    )
    assert "root_cause_missing" in _rules(text, "en", Stage.MONITORING)


@pytest.mark.parametrize(
    "identified",
    [
        # the found cause named: no excuse needed
        "We have now identified the cause: a database migration we started at 06:50 locked the invoices table. This was our mistake. We're rolling it back now.",
        # still searching in the latest entry too: the honest unknown stands
        "We are still working to find the cause; what we know so far is that it began at 07:05. This is our responsibility. We're moving accounts to a backup server.",
    ],
)
def test_a_named_or_still_unknown_cause_stays_clean(identified: str) -> None:
    text = STATUS.format(identified=identified)
    assert "root_cause_missing" not in _rules(text, "en", Stage.MONITORING)


def test_to_appear_in_a_feed_is_not_to_seem() -> None:
    text = STATUS.format(
        identified="The outage was caused by an issue with our systems. This was our mistake. We're rolling it back now."
    ).replace("We don't yet know why, and we're investigating. ", "")
    assert "root_cause_missing" in _rules(text, "en", Stage.MONITORING)


@pytest.mark.parametrize(
    ("extra", "flagged"),
    [
        # the harm counted in figures beside a vague cause: no second cause
        ("এ পর্যন্ত ১৪টি ঘটনার খবর এসেছে, তার ৩টিতে ব্যবহারকারীর হাত পুড়ে গেছে।", True),
        # a cause of its own, with number words, beside it: still a cause
        ("স্ক্যান করার ধাপে দুটি তালিকা অদলবদল হয়ে গিয়েছিল, এবং নাম মিলিয়ে দেখার ধাপটি বাদ পড়ে যায়।", False),
    ],
)
def test_bengali_harm_in_figures_is_no_second_cause(extra: str, flagged: bool) -> None:
    cause = "কারণ: আমাদের উৎপাদন বিভাগে একটি প্রযুক্তিগত ত্রুটি দেখা দিয়েছিল। " + extra
    text = BN_FRAME.format(cause=cause)
    assert ("root_cause_missing" in _rules(text, "bn", IDENT)) is flagged


@pytest.mark.parametrize(
    ("cause", "flagged"),
    [
        ("আমাদের লঞ্চের রাত ৮টায় ছাড়ার কথা ছিল। অনাকাঙ্ক্ষিত কারিগরি জটিলতার কারণে লঞ্চ ছাড়তে দেরি হয়।", True),
        (
            "আমাদের লঞ্চের রাত ৮টায় ছাড়ার কথা ছিল, কিন্তু ইঞ্জিনের জ্বালানি পাম্প বিকল হয়ে যায়। অনাকাঙ্ক্ষিত কারিগরি জটিলতার কারণে লঞ্চ ছাড়তে দেরি হয়।",
            False,
        ),
    ],
)
def test_bengali_plan_that_fell_through_is_no_cause(cause: str, flagged: bool) -> None:
    text = BN_FRAME.format(cause=cause)
    assert ("root_cause_missing" in _rules(text, "bn", FOLLOW)) is flagged


CLOSING = (
    "Dear customer,\n\nFrom Monday 3 March to Thursday 6 March about 4,300 of you had deliveries arrive late. "
    "This was our fault: the route-planning software we switched to on 23 February gave each van more drops than it could finish. "
    "We're sorry.\n\n{body}\n\nTo make up for it, we have added a GBP 15 credit to your account. "
    "We will write to you again on 31 March with our review. Questions? Call 0800 123 4567.\n"
)


@pytest.mark.parametrize(
    "body",
    [
        # the service back, and nothing of what was fixed or changed
        "Your deliveries are back on time. Service has been back to normal for all customers since Friday.",
        # owning it is no step
        "We take full responsibility for this.",
        # the story of the cause in the past perfect is no step
        "We switched to it on 23 February and went ahead before we had checked it on a busy week.",
    ],
)
def test_a_closing_notice_that_only_says_it_is_back_names_no_remedy(body: str) -> None:
    assert "remediation_missing" in _rules(CLOSING.format(body=body), "en", RES)


@pytest.mark.parametrize(
    "body",
    [
        # what we did to bring it back
        "We rolled back to the old route planner on Friday, and deliveries have been back on time since.",
        "The previous route plans were restored on Friday and service has been back to normal since.",
        "Keys were re-issued and the cache was purged at 12:45; service was fully restored at 12:50.",
        # what customers should do now
        "Deliveries are back on time. If a parcel from last week has still not arrived, you do not need to reorder: we will send it by Tuesday 11 March.",
    ],
)
def test_a_closing_notice_with_a_step_stays_clean(body: str) -> None:
    assert "remediation_missing" not in _rules(CLOSING.format(body=body), "en", RES)


def test_back_in_an_open_incident_still_counts() -> None:
    text = CLOSING.format(
        body="Service has been back to normal for all customers since 10:40."
    ).replace(
        "We will write to you again on 31 March with our review.", "Next update at 15:00 today."
    )
    assert "remediation_missing" not in _rules(text, "en", Stage.MONITORING)


WATER = (
    "Resolved: water supply restored in Kingsmead\n\n"
    "Water is back on for all 7,800 homes in Kingsmead that lost supply from 06:15 this morning. "
    "The cause was a burst main on Station Road: a 40-year-old pipe that we had scheduled to replace next year split. "
    "It's our pipe, so we're sorry. {advice}Every affected household will receive GBP 30, credited by 30 September. "
    "Our findings follow on 30 October. Help: 0800 092 1234.\n"
)


@pytest.mark.parametrize(
    ("advice", "flagged"),
    [
        ("", True),
        ("Your water may look cloudy. Run the cold kitchen tap until it clears. ", False),
        ("Your water may look cloudy for a few hours. ", True),
    ],
)
def test_what_to_do_with_the_water_is_a_step(advice: str, flagged: bool) -> None:
    text = WATER.format(advice=advice)
    assert ("remediation_missing" in _rules(text, "en", RES)) is flagged
