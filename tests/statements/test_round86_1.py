"""Round 86, helper 1: remediation on new writers. A Bengali perfect that tells what we put
people through ("যাঁদের দুশ্চিন্তায় ফেলেছি", "বসিয়ে রেখেছি", "কেড়ে নিয়েছি"), names which thing
or whom ("যে … দিয়েছি, সেগুলো …"), or sits in an apology or in owning the mistake is no step;
nor is a flight we had to call off ("বাতিল করতে হয়েছে") or a past perfect
("ঘোষণা দিয়েছিলাম"). A step we had to take to put it right ("ধাপে ধাপে চালু করতে হয়েছে")
still is. In English, a review of what happened, under way or done ("is reviewing everything
that happened", "we have now completed our internal review", "has been conducting a thorough
review"), and feelings, effort or resolve ("we've learned a great deal", "more committed than
ever to earning back your trust", "the first item in every conversation") are no step; a
heading over what we changed counts only when a line under it acts; "it was a thorough
process" is no process put right; "you had to" across a line break is the harm."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

FOLLOW = Stage.FOLLOW_UP


def _rules(text: str, language: str, channel: str = "email", stage: Stage = FOLLOW) -> set[str]:
    return {rule for rule, _ in findings(text, language, channel, stage)}


FLIGHTS = """বিষয়: ২৮ ও ২৯ মার্চের বাতিল হওয়া ফ্লাইট

প্রিয় যাত্রী,

২৮ ও ২৯ মার্চ ঢাকা-সিলেট রুটে আমাদের ১২টি ফ্লাইট বাতিল হয়েছে, এতে ১,৪৬০ জন যাত্রী আটকে পড়েছেন। দোষ আমাদের: একটি উড়োজাহাজের ইঞ্জিন পরীক্ষার তারিখ আমরা পার করে ফেলেছিলাম, তাই সেটি উড়তে পারেনি।

{line}

ক্ষতিপূরণ হিসেবে প্রত্যেক যাত্রীকে ৩১ মার্চের মধ্যে ২,০০০ টাকার ভাউচার পাঠানো হবে।

পরবর্তী আপডেট ১ এপ্রিল সকাল ১০টায় দেব। প্রশ্ন থাকলে ফোন করুন ০৯৬১২-৩৪৫৬৭৮ নম্বরে।

মেঘনা এয়ার
"""


@pytest.mark.parametrize(
    "line",
    [
        "যাঁদের আমরা এভাবে দুশ্চিন্তায় ফেলেছি, তাঁদের সবার কাছে আমরা আন্তরিকভাবে ক্ষমাপ্রার্থী।",
        "আমরা আন্তরিকভাবে ক্ষমাপ্রার্থী। এ কারণেই বাকি ফ্লাইটগুলো বাতিল করতে হয়েছে।",
        "আমরা আন্তরিকভাবে ক্ষমাপ্রার্থী। যে ১২টি ফ্লাইটের টিকিট আমরা বিক্রি করে দিয়েছি, সেগুলোর যাত্রীরা এখন বিপাকে।",
    ],
)
def test_bengali_harm_told_in_the_perfect_is_no_step(line: str) -> None:
    assert "remediation_missing" in _rules(FLIGHTS.format(line=line), "bn")


@pytest.mark.parametrize(
    "line",
    [
        "যাঁদের আমরা এভাবে দুশ্চিন্তায় ফেলেছি, তাঁদের সবার কাছে আমরা আন্তরিকভাবে ক্ষমাপ্রার্থী। ত্রুটিপূর্ণ উড়োজাহাজের বদলে আমরা অন্য একটি উড়োজাহাজ ভাড়া নিয়েছি।",
        "আমরা আন্তরিকভাবে ক্ষমাপ্রার্থী। তাই বাকি ফ্লাইটগুলো ধাপে ধাপে চালু করতে হয়েছে।",
        "আমরা আন্তরিকভাবে ক্ষমাপ্রার্থী। ইঞ্জিন পরীক্ষার সব তারিখ আমরা এখন ক্যালেন্ডারে তুলে দিয়েছি।",
    ],
)
def test_bengali_step_taken_beside_the_harm_is_remediation(line: str) -> None:
    assert "remediation_missing" not in _rules(FLIGHTS.format(line=line), "bn")


BINS = """Subject: About the missed bin collections

Dear resident,

Between 3 and 7 March we missed 4,200 household bin collections in the north of Kelby. It was our fault: our new round schedule, which nobody checked against the crews' routes, left 14 streets off.

We are sorry. Many of you had bins overflowing for a week.

{fix}

As an apology, every affected household will get £10 off its garden waste charge on the April bill.

Our next update will be on Friday 14 March. Questions: 01632 960 441 or waste@kelby.gov.uk.

Kelby Council
"""


@pytest.mark.parametrize(
    "fix",
    [
        "What we've changed\nSince the missed week, the collections have been the first item in every conversation at the depot. We've learned a great deal, and we are more committed than ever to earning back your trust.",
        "An independent auditor is reviewing everything that happened.",
        "We have now completed our internal review. It was a thorough process, involving every crew.",
    ],
)
def test_a_review_or_resolve_alone_is_no_step(fix: str) -> None:
    assert "remediation_missing" in _rules(BINS.format(fix=fix), "en")


@pytest.mark.parametrize(
    "fix",
    [
        "What we've changed\nSince the missed week, the collections have been the first item in every conversation at the depot. We've added the 14 streets back to the Tuesday round.",
        "An independent auditor is reviewing everything that happened. We collected every missed bin on Saturday 8 March.",
        "We have now completed our internal review. We collected every missed bin on Saturday 8 March.",
    ],
)
def test_a_step_beside_the_review_is_remediation(fix: str) -> None:
    assert "remediation_missing" not in _rules(BINS.format(fix=fix), "en")
