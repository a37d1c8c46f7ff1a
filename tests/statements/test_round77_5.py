"""Round 77 (helper 5): remediation that is only the story, the make-good or a condition.

In English long-form statements a remediation cue may tell the mistake rather than a step:
owning it ("we got this wrong"), the gap in a check ("we tested it with new links but not
with old ones"), taking too much ("we took more orders than our crews could get to", "we
took your money anyway"), the recall a closing notice looks back on ("Six weeks ago, we
recalled the fryer"), a condition ("she cannot sail until it is fixed", "whether or not
you've returned it"), or the make-good handed over ("we will email you a €40 voucher").
Nor do going on with the fault ("we kept taking orders"), getting in the way ("we got in your
way"), the thing put right inside what we do not know ("we do not yet know why the routes were
sent out wrong"), a relative clause in the story ("an old address that we had already switched
off"), a list of what the reader could not do ("you could not log in, check your balance"),
being locked out, "engaging with our teams", or "if you need to talk to us, call …" (help).
A promised report ("we will publish a full report by 14 June") is the dated follow-up, not
a step. None of these says what has been done or what happens next. Close wordings that do name a
step stay clean: "we took the site offline rather than risk it", "we tested every unit and
replaced 40", "please wait until we have confirmed it", "we will email you a new delivery
date", "we have recalled every unit and replaced it" in an open incident."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

IDENT = Stage.IDENTIFIED
RES = Stage.RESOLVED
FOLLOW = Stage.FOLLOW_UP


def _flagged(text: str, language: str, stage: Stage) -> bool:
    return "remediation_missing" in {rule for rule, _ in findings(text, language, "email", stage)}


OPEN = (
    "Dear customer,\n\nSince Monday 3 March about 4,300 of you have had deliveries arrive late. "
    "This was our fault: the route-planning software we switched to on 23 February gave each van more drops than it could finish. "
    "We're sorry.\n\n{body}\n\n"
    "We will write to you again on Friday 7 March at 10:00. Questions? Call 0800 123 4567.\n"
)
CLOSING = (
    "Dear customer,\n\nFrom Monday 3 March to Thursday 6 March about 4,300 of you had deliveries arrive late. "
    "This was our fault: the route-planning software we switched to on 23 February gave each van more drops than it could finish. "
    "We're sorry.\n\n{body}\n\nTo make up for it, we have added a GBP 15 credit to your account. "
    "We will write to you again on 31 March with our review. Questions? Call 0800 123 4567.\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "We got this wrong, and we know how much it mattered to you.",
        "We got it badly wrong.",
        "We tested the new planner with weekday routes but not with the Saturday ones.",
        "We took more orders for March than our drivers could get to.",
        "You asked us to cancel, and we took your money anyway.",
        "Your van cannot go out again until it is fixed.",
        "As an apology, we will email you a €40 voucher by 17 March.",
        "If you were waiting for a birthday present this week, we got in your way.",
        "We kept taking orders with the old delivery dates.",
        "We do not yet know why our van routes were sent out in the wrong order.",
        "The app sent your order to an old depot address that we had already switched off.",
        "For 17 hours you could not log in, check your order or change your slot.",
        "Being locked out of your own account for a week is not acceptable.",
        "We have been engaging with our warehouse and delivery teams every day.",
        "If you need to talk to us, call 0800 123 4567.",
    ],
)
def test_the_story_or_the_make_good_is_no_step(body: str) -> None:
    assert _flagged(OPEN.format(body=body), "en", IDENT)


@pytest.mark.parametrize(
    "body",
    [
        # owning it, then the step
        "We got this wrong. We have moved 12 extra vans onto your routes from today.",
        # the check that found it, and what it led to
        "We tested every route again on Tuesday and replaced 40 of them.",
        # taking something as a step, with "rather than"
        "We took the new planner offline rather than risk another late week.",
        # what to do until we confirm: the reader's step
        "Please keep your slot as it is until we have confirmed a new one.",
        # a new delivery date is no make-good
        "We will email you a new delivery date by Friday 7 March.",
        # a condition on another step, with the step said
        "Parcels will stay at the depot until it is fixed; we have moved them to our Leeds depot.",
        # a list of what the reader could not do, then a turn to what to do now
        "You could not log in yesterday, so please check your order today.",
        # we do not know why, but something was done
        "We do not yet know why it happened, but the routes have been corrected.",
        # keeping something going as a step
        "We kept the depot open overnight to clear the backlog.",
        # a way round it, not only where to ask
        "If you need to make an urgent delivery, call us or visit any depot.",
    ],
)
def test_close_wordings_with_a_step_stay_clean(body: str) -> None:
    assert not _flagged(OPEN.format(body=body), "en", IDENT)


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # a closing notice looking back on the recall it closes
        ("Six weeks ago, we recalled the AirChef 4L air fryer.", True),
        ("On 14 March we recalled the GK-200 helmet because the buckle could snap open.", True),
        # a gift card whether or not the reader returned the product: no step
        (
            "Everyone gets a GBP 30 gift card by 30 June, whether or not you've returned it yet.",
            True,
        ),
        # what was done since the recall
        (
            "We recalled the fryer on 3 March, and we have since replaced the handle screws in every new one.",
            False,
        ),
        # what the reader should do
        ("If you still have the fryer, please return it to any store for a full refund.", False),
    ],
)
def test_a_closing_notice_of_a_recall(body: str, flagged: bool) -> None:
    assert _flagged(CLOSING.format(body=body), "en", FOLLOW) is flagged


def test_a_recall_in_an_open_notice_is_still_the_step() -> None:
    assert not _flagged(
        OPEN.format(body="Yesterday we recalled the AirChef 4L air fryer."), "en", IDENT
    )


BN_OPEN = (
    "প্রিয় গ্রাহক,\n\n৩ মার্চ থেকে প্রায় ৪,৩০০ গ্রাহকের অর্ডার দেরিতে পৌঁছাচ্ছে। নতুন রুট-সফটওয়্যারে ভুল হিসাবের কারণে এটা হয়েছে; এটি আমাদের ভুল, আমরা আন্তরিকভাবে দুঃখিত।\n\n{body}\n\n"
    "পরের আপডেট: ৭ মার্চ সকাল ১০টায়। সাহায্য: ১৬২২২\n"
)


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # owning it, and a voucher: no step (Bengali has no cue for either)
        ("আমরা ভুল করেছি। ক্ষমা চাইতে আমরা আপনাকে ৫০০ টাকার ভাউচার ইমেইল করব।", True),
        # the step
        ("আমরা ১২টি বাড়তি ভ্যান আপনার এলাকায় পাঠিয়েছি।", False),
    ],
)
def test_bengali_gets_the_same_judgement(body: str, flagged: bool) -> None:
    assert _flagged(BN_OPEN.format(body=body), "bn", IDENT) is flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # a promised report is the follow-up, not what was fixed or changed
        (
            "Service has been stable since Friday. We will publish a full report on what went wrong by 14 June.",
            True,
        ),
        (
            "We'll publish a full account of the incident by Friday 18 October at fenwave.example.com/incidents.",
            True,
        ),
        ("We will share the findings of the independent audit on this page by 31 May.", True),
        # the report beside a step
        (
            "We will publish a full report by 14 June. We have already moved 12 extra vans onto your routes.",
            False,
        ),
        # publishing something that is the step itself
        ("We have published the corrected delivery dates on your account page.", False),
        # our crews' repair, a rollback done, the reader's restart
        (
            "Our engineers were on site within the hour and had repaired all 288 damaged fibres by 15:00.",
            False,
        ),
        ("The planner rollback was completed on Friday at 09:00.", False),
        (
            "If your router still shows a red light, switch it off for 30 seconds and back on.",
            False,
        ),
    ],
)
def test_a_promised_report_is_no_step(body: str, flagged: bool) -> None:
    assert _flagged(CLOSING.format(body=body), "en", RES) is flagged


BN_CLOSING = (
    "প্রিয় গ্রাহক,\n\n৩ থেকে ৬ মার্চ প্রায় ৪,৩০০ গ্রাহকের অর্ডার দেরিতে পৌঁছেছে। নতুন রুট-সফটওয়্যারে ভুল হিসাবের কারণে এটা হয়েছে; এটি আমাদের ভুল, আমরা আন্তরিকভাবে দুঃখিত।\n\n{body}\n\n"
    "ক্ষতিপূরণ হিসেবে আপনার অ্যাকাউন্টে ১৫০ টাকা ক্রেডিট যোগ করা হয়েছে। ৩১ মার্চ আমরা আবার লিখব। সাহায্য: ১৬২২২\n"
)


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("সেবা এখন স্বাভাবিক। কী ভুল হয়েছিল, তার পূর্ণ প্রতিবেদন ১৪ জুন প্রকাশ করব।", True),
        ("আমরা ১২টি বাড়তি ভ্যান আপনার এলাকায় পাঠিয়েছি। পূর্ণ প্রতিবেদন ১৪ জুন প্রকাশ করব।", False),
    ],
)
def test_bengali_a_promised_report_is_no_step(body: str, flagged: bool) -> None:
    assert _flagged(BN_CLOSING.format(body=body), "bn", RES) is flagged
