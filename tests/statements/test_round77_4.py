"""Round 77, helper 4 (Bengali precision and recall). Our own places and systems named in
Bengali ("আমাদের গাজীপুর কারখানায় তৈরি", "আমাদের মূল ব্যাংকিং সিস্টেমে") are no one else to
blame, and do not stand for a cause; "বকেয়ার কারণে" in a sentence that tells a step to come
is why the step is taken, not what went wrong; in a Bengali closing notice, the service said
to be running again (an online service, not flights or deliveries), orders delivered late,
so many orders we cancelled, a credit under a compensation heading, "we have learned a lot", or an email address after "লিখুন" are no
remedy."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

IDENT = Stage.IDENTIFIED
MON = Stage.MONITORING
RES = Stage.RESOLVED
FOLLOW = Stage.FOLLOW_UP


def _rules(text: str, language: str, channel: str = "email", stage: Stage = IDENT) -> set[str]:
    return {rule for rule, _ in findings(text, language, channel, stage)}


BN_RECALL = """বিষয়: লাচ্ছা সেমাই (২০০ গ্রাম) — তিনটি ব্যাচ ফেরত নেওয়া হচ্ছে

আমরা, মৌচাক ফুডস, আমাদের লাচ্ছা সেমাইয়ের তিনটি ব্যাচ (LS-2503, LS-2504, LS-2505) বাজার থেকে ফেরত নিচ্ছি। {made} প্রায় ৪২,০০০ প্যাকেট দোকানে পৌঁছেছে; ১৭ জন সেমাই তেতো বলে জানিয়েছেন।

এটা আমাদের ব্যর্থতা। যাঁদের উৎসবের রান্না নষ্ট হয়েছে, তাঁদের প্রত্যেকের কাছে আমরা আন্তরিকভাবে ক্ষমা চাইছি।

কারণ: {cause}

আমরা যা করেছি: ২১ মার্চ এই তিন ব্যাচের বিক্রি বন্ধ করেছি। প্যাকেট দোকানে ফেরত দিন, পুরো দাম (৬০ টাকা) ফেরত পাবেন।

পরের আপডেট: ২৫ মার্চ দুপুর ২টায় https://mouchakfoods.com/recall পাতায়।

যোগাযোগ: হেল্পলাইন ০৯৬৭৮-৬৬৪৪০০, recall@mouchakfoods.com
"""

VAGUE_BN = "আমাদের উৎপাদন প্রক্রিয়ায় একটি ত্রুটি চিহ্নিত হয়েছে, যা ইতিমধ্যে সংশোধন করা হয়েছে।"


@pytest.mark.parametrize(
    "made",
    [
        "এই ব্যাচগুলো ২ থেকে ১৬ মার্চের মধ্যে আমাদের গাজীপুর কারখানায় তৈরি;",
        "এই ব্যাচগুলো আমাদের নিজস্ব টঙ্গী কারখানায় তৈরি;",
    ],
)
def test_bengali_our_own_factory_is_no_blame_and_no_cause(made: str) -> None:
    rules = _rules(BN_RECALL.format(made=made, cause=VAGUE_BN), "bn")
    assert "blame_shifting" not in rules
    assert "root_cause_missing" in rules


@pytest.mark.parametrize(
    "cause",
    [
        "সরবরাহকারীর পাঠানো ময়দা ভেজা ছিল, তাদের গাফিলতিতেই এমন হয়েছে।",
        "সরবরাহকারীর কারখানায় তৈরি মোড়ক ত্রুটিপূর্ণ ছিল।",
        "কুরিয়ারের দেরিতে এমন হয়েছে।",
        "ঘূর্ণিঝড়ের কারণে কারখানার বিদ্যুৎ চলে গিয়েছিল।",
    ],
)
def test_bengali_blame_on_someone_else_stays(cause: str) -> None:
    made = "এই ব্যাচগুলো আমাদের গাজীপুর কারখানায় তৈরি;"
    rules = _rules(BN_RECALL.format(made=made, cause=cause), "bn")
    assert "blame_shifting" in rules
    assert "root_cause_missing" not in rules


def test_bengali_our_own_factory_with_a_plain_cause_passes_the_cause() -> None:
    made = "এই ব্যাচগুলো আমাদের গাজীপুর কারখানায় তৈরি;"
    cause = (
        "১ মার্চ আমাদের কারখানার ভাজার তেলের ট্যাংক পরিষ্কার না করেই নতুন তেল ভরা হয়, তাই পুরোনো পোড়া তেল মিশে যায়।"
    )
    assert "root_cause_missing" not in _rules(BN_RECALL.format(made=made, cause=cause), "bn")


EN_RECALL = """Subject: Lachha semai (200 g) - three batches recalled

We are recalling three batches (LS-2503, LS-2504, LS-2505) of our lachha semai. {made} About 42,000 packs reached shops; 17 people told us it tasted bitter.

This is our failure, and we are sorry to everyone whose festive cooking was spoiled.

Cause: {cause}

What we have done: on 21 March we stopped selling these batches. Return any pack to the shop for a full refund of Tk 60.

Next update: 25 March at 14:00 on https://mouchakfoods.com/recall.

Contact: helpline 09678-664400, recall@mouchakfoods.com
"""


def test_english_our_own_factory_is_no_blame_and_no_cause() -> None:
    text = EN_RECALL.format(
        made="The batches were made at our own Gazipur factory between 2 and 16 March.",
        cause="a fault in our production process, which has been corrected.",
    )
    rules = _rules(text, "en")
    assert "blame_shifting" not in rules
    assert "root_cause_missing" in rules


BN_BANK = """নবান্ন ব্যাংক — সেবা পরিস্থিতি

আজ সকাল ১০টা ১৫ মিনিট থেকে সন্ধ্যা ৭টা ৪০ মিনিট পর্যন্ত নবান্ন অ্যাপ কাজ করেনি; প্রায় ২ লাখ ৩০ হাজার গ্রাহক লগইন করতে পারেননি।

বিভ্রাটটি আমাদের সিস্টেমে, আমাদের দায়িত্বে ঘটেছে। বিল দিতে না পারার জন্য আমরা আন্তরিকভাবে ক্ষমাপ্রার্থী।

কারণ: {cause}

যা করা হয়েছে: সন্ধ্যা ৭টা ৪০ মিনিটে আমরা আগের সংস্করণে ফিরিয়ে নিয়েছি। আটকে থাকা লেনদেনের টাকা আজ রাত ১১টার মধ্যে অ্যাকাউন্টে ফেরত যাবে, আর কার্ডের বিলম্ব ফি মওকুফ করা হবে।

পরের আপডেট: ৩ নভেম্বর সকাল ১০টায়, এই পাতায়।

সাহায্য: ১৬৪৯৯ (২৪ ঘণ্টা), help@nabannabank.com.bd
"""


def test_bengali_our_banking_system_is_no_bank_to_blame() -> None:
    cause = "আমাদের মূল ব্যাংকিং সিস্টেমে অপ্রত্যাশিত কারিগরি জটিলতা দেখা দেওয়ায় সেবা বিঘ্নিত হয়।"
    rules = _rules(BN_BANK.format(cause=cause), "bn", "status_page", MON)
    assert "blame_shifting" not in rules
    assert "root_cause_missing" in rules


@pytest.mark.parametrize(
    "cause",
    [
        "আমাদের পার্টনার ব্যাংকের সার্ভার সাড়া না দেওয়ায় সেবা বিঘ্নিত হয়।",
        "পার্টনার ব্যাংকের ভুলে সেবা বিঘ্নিত হয়।",
    ],
)
def test_bengali_a_partner_bank_is_still_blamed(cause: str) -> None:
    rules = _rules(BN_BANK.format(cause=cause), "bn", "status_page", MON)
    assert "blame_shifting" in rules


BN_BILLING = """বিষয়: ফেব্রুয়ারির বিলে বাড়তি টাকা — চূড়ান্ত হালনাগাদ

প্রিয় গ্রাহক,

ফেব্রুয়ারি মাসের বিলে প্রায় ৮,৩০০ গ্রাহকের কাছ থেকে আমরা ₹৩৯৯ করে বাড়তি নিয়েছিলাম। ভুলটা পুরোপুরি আমাদের, এর জন্য আমরা আন্তরিকভাবে ক্ষমা চাইছি।

কেন হয়েছিল: {cause}

যা করা হয়েছে:
- ৫ মার্চের মধ্যে সব ৮,৩০০ জনকে বাড়তি ₹৩৯৯ ফেরত পাঠানো হয়েছে, সঙ্গে ₹২০০ ক্ষতিপূরণ।
- এখন থেকে প্রতি মাসে বিল পাঠানোর আগে হিসাব বিভাগ প্রতিটি বিলের অঙ্ক মিলিয়ে দেখছে। {step}

মার্চের বিল যাচাইয়ের ফল জানিয়ে ৩১ মার্চ আপনাকে আরেকটি ইমেইল পাঠাব।

যোগাযোগ: ০৩৩-৪০০৪-৫৫৫৫, billing@disharinet.in
"""

STEP_BN = "বকেয়ার কারণে সংযোগ কাটার আগে এখন একজন কর্মী ফোন করে নিশ্চিত হবেন।"


def test_bengali_a_reason_for_a_step_to_come_is_no_cause() -> None:
    cause = "আমাদের বিলিং সিস্টেমে একটি প্রযুক্তিগত ত্রুটি দেখা দিয়েছিল, যা এখন ঠিক করা হয়েছে।"
    rules = _rules(BN_BILLING.format(cause=cause, step=STEP_BN), "bn", "email", FOLLOW)
    assert "root_cause_missing" in rules


def test_bengali_a_plain_cause_beside_the_step_still_counts() -> None:
    cause = "১ ফেব্রুয়ারি আমাদের বিলিং সফটওয়্যারের একটি আপডেটে পুরোনো প্যাকেজের দাম দুবার যোগ হয়ে যায়।"
    rules = _rules(BN_BILLING.format(cause=cause, step=STEP_BN), "bn", "email", FOLLOW)
    assert "root_cause_missing" not in rules


BN_CLOSING = """বিষয়: অনলাইন অ্যাপয়েন্টমেন্ট সেবা নিয়ে

প্রিয় রোগী ও স্বজন,

১৬ ও ১৭ নভেম্বর আমাদের অনলাইন অ্যাপয়েন্টমেন্ট ব্যবস্থা প্রায় ৪০ ঘণ্টা বন্ধ ছিল, আর প্রায় ১,৯০০টি অ্যাপয়েন্টমেন্ট মুছে যায়।

এর কারণ আমাদের নিজেদের ভুল: ১৫ নভেম্বর রাতে আমাদের আইটি বিভাগ তালিকা নতুন সার্ভারে সরানোর সময় পুরোনো বুকিংগুলো না মিলিয়েই নতুন তালিকা চালু করে দেয়। আমরা আন্তরিকভাবে ক্ষমাপ্রার্থী।

{done}

যাঁদের অ্যাপয়েন্টমেন্ট মুছে গিয়েছিল, তাঁদের পরের একটি ভিজিটে পরামর্শ ফি লাগবে না।

৩০ নভেম্বর পুরো ঘটনার প্রতিবেদন এই ঠিকানায় পাঠাব।

যেকোনো প্রয়োজনে: ১০৬৭২ (২৪ ঘণ্টা), অথবা লিখুন care@shyamoli.org-এ।
"""


@pytest.mark.parametrize(
    "done",
    [
        "১৮ নভেম্বর সকাল ৮টা থেকে অনলাইন অ্যাপয়েন্টমেন্ট সেবা স্বাভাবিকভাবে চলছে।",
        "সেবা এখন স্বাভাবিকভাবে চলছে। এই ঘটনা থেকে আমরা অনেক কিছু শিখেছি।",
        "সব সেবা আবার চালু হয়েছে।",
    ],
)
def test_bengali_closing_with_the_service_only_back_owes_the_remedy(done: str) -> None:
    assert "remediation_missing" in _rules(BN_CLOSING.format(done=done), "bn", "email", RES)


@pytest.mark.parametrize(
    "done",
    [
        "মুছে যাওয়া ১,৯০০টি অ্যাপয়েন্টমেন্ট আমরা ব্যাকআপ থেকে ফিরিয়ে এনেছি; সেবা এখন স্বাভাবিকভাবে চলছে।",
        "এখন থেকে তালিকা সরানোর আগে পুরোনো বুকিং মিলিয়ে দেখা হবে। সেবা আবার চালু হয়েছে।",
        "আপনার অ্যাপয়েন্টমেন্ট মুছে গিয়ে থাকলে অ্যাপে নতুন সিরিয়াল নিন; আগের সময়ই পাবেন।",
        "সমস্যাটি আমাদের সার্ভারে ছিল এবং আমাদের দল তা সমাধান করেছে; এখন সব সেবা স্বাভাবিকভাবে চলছে।",
        "দুপুর ১টা ৫০-এ আমাদের প্রকৌশলীরা তা সারিয়েছেন, তারপর থেকে সেবা স্বাভাবিক আছে।",
    ],
)
def test_bengali_closing_with_a_fix_or_a_step_keeps_the_remedy(done: str) -> None:
    assert "remediation_missing" not in _rules(BN_CLOSING.format(done=done), "bn", "email", RES)


def test_bengali_service_running_again_still_counts_before_the_close() -> None:
    done = "১৮ নভেম্বর সকাল ৮টা থেকে অনলাইন অ্যাপয়েন্টমেন্ট সেবা স্বাভাবিকভাবে চলছে।"
    assert "remediation_missing" not in _rules(BN_CLOSING.format(done=done), "bn", "email", MON)


@pytest.mark.parametrize(
    "done",
    [
        "পুজোর আগে দেওয়া প্রায় ২,৬০০টি অর্ডার আমরা কথা দেওয়া তারিখের চেয়ে ৭ থেকে ১২ দিন দেরিতে পৌঁছেছি।",
        "আর ২,১০০টি অর্ডার আমরা শেষ মুহূর্তে বাতিল করেছি।",
        "ক্ষতিপূরণ\n\nওই সময়ে চেষ্টা করা প্রত্যেক চালকের ওয়ালেটে ২০ নভেম্বর ৪০০ টাকা জমা দেওয়া হয়েছে।",
    ],
)
def test_bengali_the_harm_or_a_credit_is_no_remedy(done: str) -> None:
    assert "remediation_missing" in _rules(BN_CLOSING.format(done=done), "bn", "email", FOLLOW)


def test_bengali_a_fee_we_cancelled_is_still_done() -> None:
    done = "যাঁদের বাড়তি ফি কাটা হয়েছিল, সেই ফি আমরা বাতিল করেছি এবং পুরোনো বুকিংগুলো আবার তালিকায় যোগ করেছি।"
    assert "remediation_missing" not in _rules(BN_CLOSING.format(done=done), "bn", "email", FOLLOW)


def test_english_closing_with_the_service_only_back_owes_the_remedy() -> None:
    text = """Subject: Online appointments

Dear patients,

On 16 and 17 November our online appointment system was down for about 40 hours, and about 1,900 bookings were lost.

This was our own mistake: our IT team moved the list to a new server without matching the old bookings. We are truly sorry.

Since 08:00 on 18 November the appointment service has been back to normal.

If your booking was lost, your next consultation is free.

We will send the full incident report on 30 November.

Any questions: 10672 (24 hours) or write to care@shyamoli.org.
"""
    assert "remediation_missing" in _rules(text, "en", "email", RES)


EN_BILLING = """Subject: Extra charge on your February bill - final update

We overcharged about 8,300 customers Rs 399 on their February bill. That was our mistake, and we are sorry.

Why it happened: {cause}

What we have done: by 5 March all 8,300 customers were refunded, with Rs 200 in compensation. From now on the accounts team checks every bill before it goes out. Before we cut off a connection because of unpaid dues, a staff member will now phone first.

We will email you the results of the March bill check on 31 March.

Contact: 033-4004-5555, billing@disharinet.in
"""


def test_english_a_reason_for_a_step_to_come_is_no_cause() -> None:
    text = EN_BILLING.format(
        cause="a technical error in our billing system, which has now been fixed."
    )
    assert "root_cause_missing" in _rules(text, "en", "email", FOLLOW)


def test_english_a_plain_cause_beside_the_step_still_counts() -> None:
    cause = "on 1 February an update to our billing software added the old package price twice."
    assert "root_cause_missing" not in _rules(EN_BILLING.format(cause=cause), "en", "email", FOLLOW)


@pytest.mark.parametrize(
    ("text", "owned"),
    [
        (
            "Westmoor Surgery: our patients were double-booked by the county booking line on Sat. Sorry. We'll text your new time by 5pm Fri. 01632 960500",
            False,
        ),
        (
            "Westmoor Surgery: our booking system double-booked 40 patients on Sat. Sorry. We'll text your new time by 5pm Fri. 01632 960500",
            True,
        ),
        (
            "Westmoor Surgery: our new rota double-booked 40 patients, by our own mistake. Sorry. We'll text your new time by 5pm Fri. 01632 960500",
            True,
        ),
    ],
)
def test_a_harm_done_to_ours_by_someone_named_owns_nothing(text: str, owned: bool) -> None:
    rules = _rules(text, "en", "sms", IDENT)
    assert ("ownership_missing" not in rules) is owned
