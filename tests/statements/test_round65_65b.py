"""Round 65 (tuner 65b): long-form impact misses, English and Bengali.

Read where "some customers" was taken as answered by a figure that counts nobody harmed: a
date's day read as a count when the count's noun followed it ("since 23 July, shops have
…", "২৩ জুলাই থেকে দোকান …"), the first day of a range or a list whose month comes only
after the last ("between 9 and 12 January", "১২ ও ১৩ জুলাই"), a Bengali clock time with its
minutes ("বিকেল ৪টা ১৫"), a committee's members ("a five-member panel", "পাঁচ সদস্যের একটি
কমিটি") and our own officers ("দুজন কর্মকর্তা"); and a part with no count that was not read
as vague ("a portion of parcels", "longer-than-usual" with hyphens, "কিছু ভ্রমণসঙ্গী"). Each
with the close wordings that must stay as they were."""

# ruff: noqa: RUF001, E501

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

MON = Stage.MONITORING

_EN_LOGINS = """Subject: Update on the sign-in problem

Dear customer,

{harm} This was our mistake: a setting we changed on our sign-in service stopped some passwords from being checked properly. We are sorry that you could not reach your savings when you needed them.

{extra}

We have undone the change and every account can sign in again. If you still cannot sign in, reset your password from the app.

Next update: Friday 16 January, 12:00 GMT, on this page. Questions: help@tallyfund.example or 0800 555 0199."""


@pytest.mark.parametrize(
    ("harm", "extra", "flagged"),
    [
        # the first day of a range is a day, not a count of the accounts
        ("Between 3 and 6 January some accounts could not sign in.", "", True),
        ("From 3 to 6 January a subset of our customers could not sign in.", "", True),
        # a panel's members are our means, not the harmed
        (
            "Some accounts could not sign in this week.",
            "A five-member panel of our directors is reviewing what happened.",
            True,
        ),
        # counted: stays clean
        ("Between 3 and 6 January about 2,400 accounts could not sign in.", "", False),
        ("From 3 to 6 January some 2,400 of our customers could not sign in.", "", False),
        # a share of them, with its figure
        ("Between 3 and 6 January 4% of accounts could not sign in.", "", False),
    ],
)
def test_round_65_65b_english_some_not_answered_by_days_or_panels(
    harm: str, extra: str, flagged: bool
) -> None:
    text = _EN_LOGINS.format(harm=harm, extra=extra)
    found = {name for name, _ in findings(text, "en", "email", MON)}
    assert ("impact_vague" in found) is flagged, found


_EN_PARCELS = """Subject: Parcel delays this week

Dear customer,

{harm} That is our fault: we did not hire enough sorting staff for the sale week. We are sorry your parcels reached you late.

We have added a second sorting shift at our hub, and every parcel held up is now out for delivery. Track yours at parcelkite.example/track. Everyone whose parcel arrived late will get a £5 voucher by 20 June.

Next update: Thursday 18 June, 10:00, on this page. Questions: care@parcelkite.example or 0300 555 0144."""


@pytest.mark.parametrize(
    ("harm", "flagged"),
    [
        # a part with no count of it
        ("This week a portion of parcels took longer-than-usual to arrive.", True),
        ("This week a proportion of our customers waited longer than planned.", True),
        # the part counted
        (
            "This week about 6,000 parcels, a portion of the 40,000 we carried, arrived 2 days late.",
            False,
        ),
        ("This week around 6,000 parcels took 2 days longer than usual to arrive.", False),
        # a question asked of the part is no claim about it
        (
            "We are still checking what portion of the 40,000 parcels we carried arrived 2 days late.",
            False,
        ),
    ],
)
def test_round_65_65b_english_portion_of_with_no_count(harm: str, flagged: bool) -> None:
    text = _EN_PARCELS.format(harm=harm)
    found = {name for name, _ in findings(text, "en", "status_page", MON)}
    assert ("impact_vague" in found) is flagged, found


_BN_BILLS = """বিষয়: বিদ্যুৎ বিলে ভুল মাশুল

প্রিয় গ্রাহক,

{harm} ভুলটা আমাদের: নতুন বিল ব্যবস্থায় পুরোনো হারের তালিকা আমরা হালনাগাদ করিনি। সময়মতো বিল দিয়েও জরিমানার নোটিশ পাওয়ায় আপনাদের যে দুশ্চিন্তা হয়েছে, তার জন্য আমরা আন্তরিকভাবে ক্ষমা চাইছি।

{extra}

ভুল মাশুল ২৫ জুলাইয়ের মধ্যে আপনার হিসাবে সমন্বয় করা হবে; আপনাকে কিছু করতে হবে না।

পরের হালনাগাদ: ২২ জুলাই দুপুর ১২টায়, এই পাতায়। সাহায্য: হটলাইন ১৬১৬২, billing@nodipower.example.org"""


@pytest.mark.parametrize(
    ("harm", "extra", "flagged"),
    [
        # the first day of a list or range is a day, not a count
        ("১২ ও ১৩ জুলাই কিছু গ্রাহকের বিলে ভুল মাশুল যোগ হয়েছে।", "", True),
        ("৮ থেকে ১১ জুলাই কিছু গ্রাহকের বিলে ভুল মাশুল যোগ হয়েছে।", "", True),
        # a date, then the noun a count would go with
        (
            "কিছু গ্রাহকের বিলে ভুল মাশুল যোগ হয়েছে।",
            "১৫ জুলাই থেকে দোকান ও অফিসের বিল আলাদাভাবে যাচাই হচ্ছে।",
            True,
        ),
        # a clock time with its minutes
        ("কিছু গ্রাহকের বিলে ভুল মাশুল যোগ হয়েছে।", "আজ বিকেল ৪টা ১৫ থেকে নতুন হার চালু হয়েছে।", True),
        # a committee's members and our own officers are our means
        (
            "কিছু গ্রাহকের বিলে ভুল মাশুল যোগ হয়েছে।",
            "বিষয়টি দেখতে তিন সদস্যের একটি কমিটি গঠন করা হয়েছে।",
            True,
        ),
        (
            "কিছু গ্রাহকের বিলে ভুল মাশুল যোগ হয়েছে।",
            "এখন প্রতিটি বিল পাঠানোর আগে দুজন আলাদা কর্মকর্তা হার মিলিয়ে দেখছেন।",
            True,
        ),
        # counted: stays clean
        ("১২ ও ১৩ জুলাই প্রায় ৩,৮০০ গ্রাহকের বিলে ভুল মাশুল যোগ হয়েছে।", "", False),
        (
            "কিছু গ্রাহকের বিলে ভুল মাশুল যোগ হয়েছে, সব মিলিয়ে ৩,৮০০টি বিলে।",
            "বিষয়টি দেখতে তিন সদস্যের একটি কমিটি গঠন করা হয়েছে।",
            False,
        ),
        ("৮ থেকে ১১ জুলাই ৩,৮০০ জন গ্রাহকের বিলে ভুল মাশুল যোগ হয়েছে।", "", False),
    ],
)
def test_round_65_65b_bengali_some_not_answered_by_days_or_means(
    harm: str, extra: str, flagged: bool
) -> None:
    text = _BN_BILLS.format(harm=harm, extra=extra)
    found = {name for name, _ in findings(text, "bn", "email", MON)}
    assert ("impact_vague" in found) is flagged, found


_BN_TOUR = """বিষয়: সুন্দরবন ট্যুর: ফেরার ব্যবস্থা

প্রিয় ভ্রমণসঙ্গী,

{harm} লঞ্চের ইঞ্জিন সময়মতো পরীক্ষা না করা আমাদের ভুল। নদীতে আটকে থাকার কষ্টের জন্য আমরা সত্যিই দুঃখিত।

আমরা আরেকটি লঞ্চ পাঠিয়ে সবাইকে খুলনায় ফিরিয়ে এনেছি। প্রত্যেক যাত্রীকে পরের ট্যুরে ২,০০০ টাকা ছাড় দেওয়া হবে।

পরের আপডেট আগামীকাল সকাল ১০টায়। জরুরি যোগাযোগ: ০১৭১১-৫৫৫০৬১"""


@pytest.mark.parametrize(
    ("harm", "flagged"),
    [
        ("এ সপ্তাহে আমাদের কিছু ভ্রমণসঙ্গী মোংলায় আটকে পড়েছিলেন।", True),
        ("এ সপ্তাহে আমাদের ৩৪ জন ভ্রমণসঙ্গী মোংলায় আটকে পড়েছিলেন।", False),
        # time, not people: "কিছু সময়" says how long, and is not this rule's "some"
        ("এ সপ্তাহে ৩৪ জন যাত্রী কিছু সময় মোংলায় অপেক্ষা করেছেন, ৬ ঘণ্টা পর্যন্ত।", False),
    ],
)
def test_round_65_65b_bengali_some_travellers(harm: str, flagged: bool) -> None:
    text = _BN_TOUR.format(harm=harm)
    found = {name for name, _ in findings(text, "bn", "email", MON)}
    assert ("impact_vague" in found) is flagged, found
