"""Round 84 (tuning the remediation rule on fresh rounds 74-83). What we found out ("We've
confirmed that the names … were copied"), what we hold of the reader's ("We hold your data"),
all necessary measures with none named ("প্রয়োজনীয় সব ব্যবস্থা নিয়েছি"), the make-good handed
over ("… and we'll email you an activation code"), whether one is affected ("check whether
your address is affected at …"), "nothing for you to do" after a discount ("20% off … You
don't need to do anything") and, in a closing notice, services or deliveries normal again in
general ("সকল সেবা সম্পূর্ণ স্বাভাবিক রয়েছে", "সব ডেলিভারি এখন স্বাভাবিক নিয়মে চলছে") are none
of them a step that puts the fault right or tells the reader what to do."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

IDENT = Stage.IDENTIFIED
RESOLVED = Stage.RESOLVED


def _rules(
    text: str, language: str, channel: str = "status_page", stage: Stage = IDENT
) -> set[str]:
    return {rule for rule, _ in findings(text, language, channel, stage)}


EN_BREACH = """Identified - Customer data exposed
Posted 9 March 2025, 13:00 GMT

{found} the names, email addresses and delivery addresses of about 212,000 Munchr customers in the UK were copied from our systems between 2 and 7 March. Card details and passwords weren't included.

This is our responsibility. {hold}

We're sorry. Where you live is personal, and you trusted us with it.

It happened because a test server of ours was left open to the internet without a password.

{line}

Every affected customer will get 12 months of Munchr Plus added to their account by 16 March.

Next update: 10 March, 13:00 GMT, on this page.
Questions: privacy@munchr.co.uk or chat in the app (24 hours).
"""


@pytest.mark.parametrize(
    ("found", "hold"),
    [
        ("We've confirmed that", "We hold your data, and we didn't protect it well enough."),
        ("We have established that", "We hold your personal information and failed you."),
    ],
)
def test_what_we_found_and_what_we_hold_are_no_step(found: str, hold: str) -> None:
    text = EN_BREACH.format(found=found, hold=hold, line="")
    assert "remediation_missing" in _rules(text, "en")


@pytest.mark.parametrize(
    "line",
    [
        "We closed the server at 09:10 on 8 March and changed every staff password.",
        "We've confirmed the server is now closed, and we've reset every staff password.",
        "Please change your Munchr password if you use it anywhere else.",
    ],
)
def test_a_step_beside_what_we_found_still_counts(line: str) -> None:
    text = EN_BREACH.format(found="We've confirmed that", hold="We hold your data.", line=line)
    assert "remediation_missing" not in _rules(text, "en")


@pytest.mark.parametrize(
    "line",
    [
        "We have taken all necessary steps and are monitoring the situation.",
        "We've taken the appropriate measures.",
    ],
)
def test_all_necessary_steps_with_none_named_are_no_step(line: str) -> None:
    text = EN_BREACH.format(found="We found that", hold="", line=line)
    assert "remediation_missing" in _rules(text, "en")


def test_a_named_step_taken_stays_a_step() -> None:
    line = "We have taken the server offline and changed every staff password."
    text = EN_BREACH.format(found="We found that", hold="", line=line)
    assert "remediation_missing" not in _rules(text, "en")


BN_BREACH = """খাইখাই — নিরাপত্তা সংক্রান্ত ঘটনা
হালনাগাদ: বৃহস্পতিবার, 11 সেপ্টেম্বর, সন্ধে 6টা

2 থেকে 9 সেপ্টেম্বর পর্যন্ত আমাদের একটা পুরনো টেস্ট সার্ভার ভুল করে পাসওয়ার্ড ছাড়াই ইন্টারনেটে খোলা ছিল। সেই সার্ভারে প্রায় 42,000 জন গ্রাহকের নাম, ফোন নম্বর আর ঠিকানা ছিল। সার্ভারটা বন্ধ করতে ভুলে যাওয়া আমাদের গাফিলতি; এর দায় আমাদের।

বাড়ির ঠিকানা আপনি আমাদের ভরসায় দিয়েছিলেন, আমরা সেটা রক্ষা করতে পারিনি। এর জন্য আমরা আন্তরিকভাবে ক্ষমা চাইছি।

{line}

ক্ষতিগ্রস্ত প্রত্যেক গ্রাহকের অ্যাকাউন্টে 12 সেপ্টেম্বরের মধ্যে ₹250-এর একটি ভাউচার যোগ হবে।

পরের আপডেট: সোমবার, 15 সেপ্টেম্বর দুপুর 2টো, এই পাতায়।
প্রশ্ন থাকলে: privacy@khaikhai.in
"""


@pytest.mark.parametrize(
    "line",
    [
        "আমরা প্রয়োজনীয় সব ব্যবস্থা নিয়েছি এবং পরিস্থিতির ওপর নজর রাখছি।",
        "যথাযথ পদক্ষেপ গ্রহণ করা হয়েছে।",
    ],
)
def test_bengali_all_necessary_measures_are_no_step(line: str) -> None:
    assert "remediation_missing" in _rules(
        BN_BREACH.format(line=line), "bn", stage=Stage.MONITORING
    )


@pytest.mark.parametrize(
    "line",
    [
        "10 সেপ্টেম্বর সকালে সার্ভারটি বন্ধ করেছি এবং সব কর্মীর পাসওয়ার্ড বদলে দিয়েছি।",
        "সার্ভার বন্ধ করার ব্যবস্থা নিয়েছি।",
    ],
)
def test_bengali_measures_named_stay_a_step(line: str) -> None:
    rules = _rules(BN_BREACH.format(line=line), "bn", stage=Stage.MONITORING)
    assert "remediation_missing" not in rules


EN_HANDED = """Patient details accessed without permission

Identified - 3 December, 16:00 GMT

On 1 December, someone outside Brightwell Dental got into our patient booking system through an old staff login we had failed to switch off. Keeping your information safe is our job, and we failed to do it. We're very sorry.

Around 23,400 patients of our 41 practices are affected: names, dates of birth and phone numbers.

{line}

Our next update will be here on 5 December at 16:00 GMT.

If you're worried, call our patient helpline on 01 555 0128 (8am-8pm) or email dataprotection@brightwelldental.ie.
"""


@pytest.mark.parametrize(
    "line",
    [
        "We'll offer every affected patient 12 months of free identity protection from Experian, and we'll email you an activation code by 10 December.",
    ],
)
def test_the_make_good_handed_over_is_no_step(line: str) -> None:
    assert "remediation_missing" in _rules(EN_HANDED.format(line=line), "en")


@pytest.mark.parametrize(
    "line",
    [
        "We switched that login off at 09:00 on 2 December, and we'll email you an activation code for free identity protection by 10 December.",
        "We'll offer every affected patient free identity protection, and we have removed every unused staff login.",
    ],
)
def test_a_step_beside_the_make_good_still_counts(line: str) -> None:
    assert "remediation_missing" not in _rules(EN_HANDED.format(line=line), "en")


EN_BURST = """No water or low pressure in Haverhill
Updated 15:20, Sunday 13 July

Since about 11:00 today, around 3,800 homes in Haverhill have had no water or very low pressure.

One of our main water pipes under Duddery Hill has burst. It's a 1960s pipe we had marked for replacement and didn't get to in time. That's on us, and we're really sorry.

Next update here at 18:00.

{line}
"""


def test_checking_whether_one_is_affected_is_where_to_look() -> None:
    line = "You can check whether your address is affected at anglianvale.example/incidents, or call us any time on 0800 555 0182."
    assert "remediation_missing" in _rules(EN_BURST.format(line=line), "en")


@pytest.mark.parametrize(
    "line",
    [
        "You can collect bottled water at Haverhill Leisure Centre until 22:00, or call us on 0800 555 0182.",
        "Our engineers are fitting a new section of pipe now; call 0800 555 0182 with questions.",
    ],
)
def test_a_step_for_the_reader_or_a_repair_still_counts(line: str) -> None:
    assert "remediation_missing" not in _rules(EN_BURST.format(line=line), "en")


BN_CLOSED = """বিষয়: আপনার অর্ডার সম্পর্কিত একটি বার্তা

সম্মানিত গ্রাহক,

আমাদের গুদামের নতুন সফটওয়্যারে ভুল ঠিকানা বসানোয় ঈদের আগে প্রায় ৩,২০০টি অর্ডার ৪ থেকে ৬ দিন দেরিতে পৌঁছেছে। এই দেরির দায় আমাদের, আমরা আন্তরিকভাবে ক্ষমাপ্রার্থী।

{line}

প্রত্যেক ক্ষতিগ্রস্ত গ্রাহকের অ্যাকাউন্টে ১৫ মে-র মধ্যে ৳২০০ ক্রেডিট যোগ হবে। পুরো ঘটনার বিবরণ ৩০ মে আমাদের ওয়েবসাইটে প্রকাশ করা হবে।

যেকোনো প্রয়োজনে ১৬৭৮৯ নম্বরে কল করুন অথবা care@deshibazar.com.bd ঠিকানায় ইমেইল করুন।
"""


@pytest.mark.parametrize(
    "line",
    [
        "বর্তমানে আমাদের ডেলিভারি কার্যক্রম সম্পূর্ণ স্বাভাবিক রয়েছে।",
        "সব ডেলিভারি এখন স্বাভাবিক নিয়মে চলছে।",
        "বর্তমানে সকল সেবা সম্পূর্ণ স্বাভাবিক রয়েছে।",
    ],
)
def test_bengali_service_normal_again_in_a_closing_notice_is_no_step(line: str) -> None:
    assert "remediation_missing" in _rules(BN_CLOSED.format(line=line), "bn", "email", RESOLVED)


@pytest.mark.parametrize(
    "line",
    [
        "১২ মে আমরা পুরোনো সফটওয়্যারে ফিরে গেছি, আর দেরি হওয়া সব অর্ডার পৌঁছে দিয়েছি।",
        "ঠিকানা যাচাই ঠিক করার পর ডেলিভারি স্বাভাবিক হয়েছে।",
    ],
)
def test_bengali_what_we_did_to_get_deliveries_back_still_counts(line: str) -> None:
    rules = _rules(BN_CLOSED.format(line=line), "bn", "email", RESOLVED)
    assert "remediation_missing" not in rules


EN_DISCOUNT = """Incident report: Tallybook unavailable, Mon 1 June

Posted Fri 5 June, 16:00 BST

On Monday 1 June, from 08:50 to 13:35 BST, Tallybook was down and about 41,000 businesses couldn't log in or send invoices.

This was our fault. We ran a database upgrade during working hours, the main database server ran out of disk space and stopped, and our alerts were set too high to warn us in time. We're sorry.

Every account that was active on 1 June will get {discount} its June subscription. You don't need to do anything; it'll show on your next invoice, dated 1 July.
{line}
We'll share progress in our customer newsletter on Wed 1 July. If you've questions, email support@tallybook.co.uk.
"""


@pytest.mark.parametrize("discount", ["20% off", "15 % off"])
def test_nothing_to_do_after_a_discount_only_takes_it_up(discount: str) -> None:
    text = EN_DISCOUNT.format(discount=discount, line="")
    assert "remediation_missing" in _rules(text, "en", stage=Stage.FOLLOW_UP)


def test_a_fix_beside_the_discount_still_counts() -> None:
    line = "\nOn 2 June we added a check that stops any upgrade before a server's disk fills up.\n"
    text = EN_DISCOUNT.format(discount="20% off", line=line)
    assert "remediation_missing" not in _rules(text, "en", stage=Stage.FOLLOW_UP)
