"""Round 86, second tuning session: what makes good once the harm is known. Something only
put right or given as the service itself is no make-good: a free collection or repair of what
we sold, hotel rooms booked on the night, travel by another route at no extra cost, or roaming
the plan already includes. A make-good only under review ("we're reviewing compensation … in
due course", "ক্ষতিপূরণের বিষয়টি বিবেচনা করছি") is not yet given, nor is a bare "Compensation"
heading over such a line, nor "details of compensation will follow". Bengali "উপহার" is a gift from us only when labelled or handed over,
not the customer's own gifts that were late. Given back: a fee "মকুব" (as "মওকুফ"), a sum "for
the hardship" to each ("ভোগান্তির জন্য প্রত্যেককে ৩০০ টাকা করে বাড়তি"), and a sum offered to
every owner in any currency ("offered every affected owner EUR 150"), and delivery the
customer "won't pay for". Birth dates taken by someone outside (attackers downloaded them) call
for protection at once, as bank details seen do; email addresses taken do not. A cost the harm left someone unable to pay ("could not pay
for a taxi home") and a number free to dial ("১২১ (বিনা খরচে) ডায়াল করুন") give nothing back."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

RES = Stage.RESOLVED

EN = """Subject: {subject}

Dear customer,

{harm} That was our mistake, and we're sorry for the trouble it caused you.

What happened: {cause}

What we've done: we have fixed the fault and added a check so it cannot slip through again unnoticed.

{amends}

We'll email you again by 5pm on Friday 14 March with an update.

Questions: call 0161 555 0177 or email help@example.com.
"""

BN = """বিষয়: {subject}

প্রিয় গ্রাহক,

{harm} ভুলটা আমাদের, এবং এর জন্য আমরা আন্তরিকভাবে দুঃখিত।

কী হয়েছিল: {cause}

যা করেছি: ত্রুটিটি ঠিক করা হয়েছে এবং নতুন একটি যাচাই যোগ করা হয়েছে।

{amends}

১৪ মার্চ বিকেল ৫টায় আবার জানাব।

প্রশ্ন থাকলে: হটলাইন ১৬২৪৭ অথবা help@example.com।
"""

LATE = "Between 3 and 10 March, 4,200 orders arrived up to nine days late."
LATE_CAUSE = "a software update we installed on 3 March stopped orders reaching the warehouse."
BN_LATE = "৩ থেকে ১০ মার্চের মধ্যে ৪,২০০টি অর্ডার নয় দিন পর্যন্ত দেরিতে পৌঁছেছে।"
BN_LATE_CAUSE = "৩ মার্চ আমাদের বসানো একটি সফটওয়্যার আপডেটে ভুল ছিল, তাই অর্ডার গুদামে পৌঁছায়নি।"
KETTLE = "We sold 3,200 KX-200 kettles that could keep heating after boiling; four people had minor scalds."
KETTLE_CAUSE = "the switch we chose was rated too low for a 3 kW element."
FLIGHTS = "On 22 December we cancelled 46 flights, and about 6,900 customers didn't get home when they'd planned to."
FLIGHTS_CAUSE = (
    "our crew-scheduling software stopped working after an update we installed the night before."
)


def _missing(language: str, harm: str, cause: str, amends: str, stage: Stage = RES) -> bool:
    template = EN if language == "en" else BN
    text = template.format(subject="Update", harm=harm, cause=cause, amends=amends)
    return "make_good_missing" in {rule for rule, _ in findings(text, language, "email", stage)}


@pytest.mark.parametrize(
    ("amends", "missing"),
    [
        (
            "If you still have one, stop using it and book a free collection at hearth.example/kx200; we'll fit a new switch and post it back.",
            True,
        ),
        ("You can also book a free repair at hearth.example/kx200.", True),
        (
            "Book a free collection at hearth.example/kx200 and we'll refund the full £34.99 within 5 days of collecting it.",
            False,
        ),
        (
            "Book a free collection at hearth.example/kx200, and choose a full refund or a free replacement kettle.",
            False,
        ),
    ],
)
def test_a_recall_that_only_collects_or_mends_gives_nothing_back(
    amends: str, missing: bool
) -> None:
    assert _missing("en", KETTLE, KETTLE_CAUSE, amends) is missing


def test_a_sum_offered_to_every_owner_in_any_currency_is_a_make_good() -> None:
    amends = "We've offered every affected owner EUR 150 for the weeks without a kettle; 2,900 have been paid."
    assert not _missing("en", KETTLE, KETTLE_CAUSE, amends)


@pytest.mark.parametrize(
    ("amends", "missing"),
    [
        (
            "We booked 410 hotel rooms near the airport for passengers who couldn't fly that night.",
            True,
        ),
        (
            "From 1 January our duty manager must arrange hotel rooms before any cancellation is announced.",
            True,
        ),
        ("We paid for hotel rooms for the 410 passengers who couldn't fly that night.", False),
        (
            "If you paid for a hotel that night, send us the receipt by 31 January and we'll repay it within 14 days.",
            False,
        ),
    ],
)
def test_hotel_rooms_booked_on_the_night_are_care_not_a_make_good(
    amends: str, missing: bool
) -> None:
    assert _missing("en", FLIGHTS, FLIGHTS_CAUSE, amends) is missing


@pytest.mark.parametrize(
    ("amends", "missing"),
    [
        (
            "We're reviewing compensation for affected customers and will be in touch in due course.",
            True,
        ),
        ("Compensation will follow in due course.", True),
        ("We're looking at how we can make this up to you.", True),
        ("Details of compensation will follow.", True),
        ("Any compensation will be decided once our review is complete.", True),
        (
            "Compensation of £220 each will be paid by 20 January; the claim form is at lakeshore.example/claims.",
            False,
        ),
        (
            "Compensation\nWe're reviewing compensation for affected customers and will be in touch in due course.",
            True,
        ),
        ("Every affected customer will receive £220 compensation by 20 January.", False),
        (
            "Compensation\nEvery affected customer will receive £220 by bank transfer by 20 January.",
            False,
        ),
        (
            "Refunds\nIf you paid for a hotel, claim it back in full at lakeshore.example/claims until 31 January.",
            False,
        ),
    ],
)
def test_a_make_good_under_review_is_not_yet_given(amends: str, missing: bool) -> None:
    assert _missing("en", FLIGHTS, FLIGHTS_CAUSE, amends, Stage.IDENTIFIED) is missing


@pytest.mark.parametrize(
    ("amends", "missing"),
    [
        ("ক্ষতিপূরণের বিষয়টি আমরা বিবেচনা করছি এবং যথাসময়ে জানাব।", True),
        ("ক্ষতিপূরণ নিয়ে আমরা পর্যালোচনা করছি।", True),
        ("দেরিতে পৌঁছানো প্রতিটি অর্ডারের ডেলিভারি চার্জ ২০ মার্চের মধ্যে ফেরত দেওয়া হবে।", False),
    ],
)
def test_bengali_a_make_good_under_review_is_not_yet_given(amends: str, missing: bool) -> None:
    assert _missing("bn", BN_LATE, BN_LATE_CAUSE, amends) is missing


@pytest.mark.parametrize(
    ("amends", "missing"),
    [
        (
            "Your ticket is valid on other operators' trains via Westbury at no extra cost until 26 November.",
            True,
        ),
        ("We're moving passengers to our Dublin-Holyhead route at no extra cost.", True),
        (
            "Your next return trip with us is free: we've added a voucher to your account, valid to 31 December.",
            False,
        ),
    ],
)
def test_travel_another_way_at_no_extra_cost_is_the_service_not_a_make_good(
    amends: str, missing: bool
) -> None:
    harm = "On 12 November we cancelled 38 sailings, and about 5,900 passengers were delayed by up to 9 hours."
    cause = "we took a ship out of service for repairs without a spare crew on standby."
    assert _missing("en", harm, cause, amends) is missing


@pytest.mark.parametrize(
    ("harm", "amends", "missing"),
    [
        (
            "৩ থেকে ১০ মার্চের মধ্যে ৪,২০০টি অর্ডার দেরিতে পৌঁছেছে; যাঁরা ঈদের উপহার আর জামা অর্ডার করেছিলেন, তাঁদের অনেকে সময়মতো পাননি।",
            "আপনার অর্ডার এখন পথে আছে।",
            True,
        ),
        (BN_LATE, "যাঁদের উপহার সময়মতো পৌঁছায়নি, তাঁদের কাছে আমরা বিশেষভাবে ক্ষমাপ্রার্থী।", True),
        (
            BN_LATE,
            "ক্ষতিগ্রস্ত প্রত্যেকের নম্বরে উপহার হিসেবে ২ জিবি ইন্টারনেট ২০ মার্চের মধ্যে যোগ হবে।",
            False,
        ),
        (BN_LATE, "প্রত্যেক ক্ষতিগ্রস্ত গ্রাহককে ২০ মার্চের মধ্যে ৩০০ টাকার উপহার কুপন পাঠানো হবে।", False),
    ],
)
def test_bengali_the_customers_own_gifts_are_no_gift_from_us(
    harm: str, amends: str, missing: bool
) -> None:
    assert _missing("bn", harm, BN_LATE_CAUSE, amends) is missing


@pytest.mark.parametrize(
    ("amends", "missing"),
    [
        ("দেরিতে পৌঁছানো প্রতিটি অর্ডারের ডেলিভারি চার্জ পুরো মকুব; এপ্রিলের বিলে তা দেখতে পাবেন।", False),
        ("দেরিতে পৌঁছানো প্রতিটি অর্ডারের ডেলিভারি চার্জ মওকুফ করা হয়েছে।", False),
        (
            "২০ মার্চ প্রত্যেকের পুরো টাকা অ্যাকাউন্টে দেওয়া হয়েছে, সঙ্গে ভোগান্তির জন্য প্রত্যেককে ৩০০ টাকা করে বাড়তি।",
            False,
        ),
        ("ভোগান্তির জন্য আমরা আবারও দুঃখিত।", True),
    ],
)
def test_bengali_a_fee_waived_or_a_sum_for_the_hardship_is_a_make_good(
    amends: str, missing: bool
) -> None:
    assert _missing("bn", BN_LATE, BN_LATE_CAUSE, amends) is missing


@pytest.mark.parametrize(
    ("amends", "missing"),
    [
        ("Affected customers won't pay for delivery on their next three orders.", False),
        ("Affected customers will pay for delivery as usual.", True),
    ],
)
def test_delivery_not_paid_for_is_a_make_good(amends: str, missing: bool) -> None:
    assert _missing("en", LATE, LATE_CAUSE, amends) is missing


BREACH_CAUSE = (
    "a test copy of our member database was left open to the internet without a password."
)


@pytest.mark.parametrize(
    ("harm", "amends", "missing"),
    [
        (
            "Between 1 and 7 November, attackers downloaded a file with the names, dates of birth and phone numbers of 48,200 members.",
            "We've taken the file down and reported it to the ICO.",
            True,
        ),
        (
            "Between 1 and 7 November, attackers downloaded a file with the names and email addresses of 48,200 members.",
            "We've taken the file down and reported it to the ICO.",
            False,
        ),
        (
            "Between 1 and 7 November, attackers downloaded a file with the names, dates of birth and phone numbers of 48,200 members.",
            "We're paying for two years of identity monitoring for every member affected; your activation code arrives by email by 14 November.",
            False,
        ),
    ],
)
def test_birth_dates_taken_by_outsiders_call_for_protection(
    harm: str, amends: str, missing: bool
) -> None:
    assert _missing("en", harm, BREACH_CAUSE, amends) is missing


@pytest.mark.parametrize(
    ("harm", "missing"),
    [
        (
            "১ থেকে ৭ নভেম্বরের মধ্যে হ্যাকাররা ৪৮,২০০ সদস্যের নাম, জন্মতারিখ ও ফোন নম্বরসহ একটি ফাইল ডাউনলোড করেছে।",
            True,
        ),
        (
            "১ থেকে ৭ নভেম্বরের মধ্যে হ্যাকাররা ৪৮,২০০ সদস্যের নাম ও ইমেইল ঠিকানাসহ একটি ফাইল ডাউনলোড করেছে।",
            False,
        ),
    ],
)
def test_bengali_birth_dates_taken_by_outsiders_call_for_protection(
    harm: str, missing: bool
) -> None:
    cause = "আমাদের সদস্য তালিকার একটি পরীক্ষামূলক কপি পাসওয়ার্ড ছাড়া ইন্টারনেটে খোলা ছিল।"
    assert _missing("bn", harm, cause, "ফাইলটি সরিয়ে ফেলা হয়েছে।") is missing


@pytest.mark.parametrize(
    ("amends", "missing"),
    [
        (
            "Members told us they were turned away at tills, and one could not pay for a taxi home from hospital.",
            True,
        ),
        (
            "If you paid for a taxi because your card was declined, send us the receipt by 31 March and we'll pay it back.",
            False,
        ),
    ],
)
def test_a_cost_the_harm_left_unpaid_is_no_make_good(amends: str, missing: bool) -> None:
    harm = "On 3 March, 9,100 card payments by our members were wrongly declined for six hours."
    cause = "a limit we set in a software update on 2 March was a thousand times too low."
    assert _missing("en", harm, cause, amends) is missing


@pytest.mark.parametrize(
    ("amends", "missing"),
    [
        ("প্রশ্ন থাকলে ঝিলিক নম্বর থেকে ১২১ (বিনা খরচে) ডায়াল করুন।", True),
        ("দেরিতে পৌঁছানো অর্ডারের গ্রাহকেরা ৩০ এপ্রিল পর্যন্ত বিনা খরচে হোম ডেলিভারি পাবেন।", False),
    ],
)
def test_bengali_a_free_number_to_dial_is_no_make_good(amends: str, missing: bool) -> None:
    assert _missing("bn", BN_LATE, BN_LATE_CAUSE, amends) is missing
