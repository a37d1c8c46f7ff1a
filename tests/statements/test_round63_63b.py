"""Round 63 (tuner 63b): blame and impact misses, English and Bengali.

Read where they were missed: a Bengali fault word before "আমাদের" across "কারণে" or a
semicolon ("তাদের গাফিলতির কারণে আমাদের কিছু প্যাকেটে …", "because of their negligence, our
…") taken for ownership, which cleared the blame beside it; the loanword "সাপ্লায়ার" beside
"সরবরাহকারী"; responsibility owned only "ultimately" or "শেষ পর্যন্ত" in the sentence after a
cause laid elsewhere, which took the blame back; a count of our own means ("40 extra
delivery drivers", "৩৫ জন বাড়তি ডেলিভারি কর্মী") taken for a count of those harmed, which
answered "some orders"; "কিছুটা দেরিতে" (somewhat late) with no figure. Each with the close
wordings that must stay as they were."""

# ruff: noqa: RUF001, E501

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

IDENT = Stage.IDENTIFIED
MON = Stage.MONITORING

_BN_SUPPLIER = """বিষয়: 'ঝালমুড়ি মিক্স' ১৫০ গ্রাম ফেরত নেওয়া হচ্ছে

প্রিয় ক্রেতা,

{cause} এই প্যাকেট খেয়ে যাঁরা অসুস্থ বোধ করেছেন, তাঁদের কাছে আমরা আন্তরিকভাবে ক্ষমা চাইছি।

৩ থেকে ১২ মার্চের মধ্যে তৈরি প্রায় ৪,২০০ প্যাকেট ফেরত নেওয়া হচ্ছে। যে দোকান থেকে কিনেছেন সেখানে ফেরত দিলে পুরো দাম পাবেন।

পরের আপডেট ২০ মার্চ বিকেল ৪টায় এই ইমেইলে। প্রশ্ন: ০৯৬১১-২২৩৩৪৪

মুখরোচক ফুডস"""


@pytest.mark.parametrize(
    ("cause", "flagged"),
    [
        # the supplier's negligence, then "our packets": the blame stands
        ("মসলা সরবরাহকারীর গাফিলতির কারণে আমাদের কিছু প্যাকেটে ছত্রাক লাগা মরিচগুঁড়া চলে গেছে।", True),
        ("দায় ওই সরবরাহকারীর; আমাদের নিজস্ব কারখানায় কোনো ত্রুটি ছিল না।", True),
        # the loanword for supplier, as the native word
        ("সাপ্লায়ারের ভুলে আমাদের কিছু প্যাকেটে ছত্রাক লাগা মরিচগুঁড়া চলে গেছে।", True),
        # our own negligence: owned, no blame
        ("আমাদের গাফিলতির কারণে কিছু প্যাকেটে ছত্রাক লাগা মরিচগুঁড়া চলে গেছে। ভুলটা আমাদের।", False),
        # a supplier named as where the fault sat, with our failure owned beside it
        (
            "মরিচগুঁড়া এসেছিল সরবরাহকারীর কাছ থেকে, কিন্তু তা পরীক্ষা না করে প্যাকেটে ভরা আমাদের ভুল।",
            False,
        ),
    ],
)
def test_round_63_63b_bengali_blame_not_cleared_by_our_harm(cause: str, flagged: bool) -> None:
    text = _BN_SUPPLIER.format(cause=cause)
    found = {name for name, _ in findings(text, "bn", "email", IDENT)}
    assert ("blame_shifting" in found) is flagged, found


_EN_COURIER = """Subject: Your order is running late

Hello,

About 2,300 orders placed between 4 and 6 May are arriving 2 to 4 days late. {cause}

We're sorry that you've been left waiting for something you paid to have by now.

We've moved the delayed orders to a second courier and they will all be with you by 10 May.
Delivery charges on every late order have been refunded to your card.

We'll email you again by 5pm on 8 May. Questions: help@pinecrate.example or 0300 555 0144.

Pinecrate"""


@pytest.mark.parametrize(
    ("cause", "flagged"),
    [
        # the cause laid on the courier, then responsibility owned only "ultimately"
        (
            "These delays were caused by our courier partner's depot running out of staff. "
            "Ultimately, though, the responsibility for your order is ours.",
            True,
        ),
        (
            "These delays were caused by our courier partner's depot running out of staff. "
            "In the end, we're responsible for your order.",
            True,
        ),
        # the same cause with our own failure owned after it: no blame
        (
            "These delays were caused by our courier partner's depot running out of staff. "
            "We're responsible: we sent them twice our usual volume without checking they could cope.",
            False,
        ),
        # our own mistake, owned: no blame
        (
            "These delays were caused by our own warehouse running out of staff. That was our mistake.",
            False,
        ),
    ],
)
def test_round_63_63b_ownership_only_in_the_end(cause: str, flagged: bool) -> None:
    text = _EN_COURIER.format(cause=cause)
    found = {name for name, _ in findings(text, "en", "email", IDENT)}
    assert ("blame_shifting" in found) is flagged, found


@pytest.mark.parametrize(
    ("cause", "flagged"),
    [
        (
            "এই দেরি হয়েছে আমাদের কুরিয়ার পার্টনারের গুদামে লোকবল সংকটের কারণে। দায় অবশ্য শেষ পর্যন্ত আমাদেরই।",
            True,
        ),
        (
            "এই দেরি হয়েছে আমাদের কুরিয়ার পার্টনারের গুদামে লোকবল সংকটের কারণে। তাদের সামর্থ্য যাচাই না করে দ্বিগুণ অর্ডার পাঠানো আমাদের ভুল ছিল।",
            False,
        ),
    ],
)
def test_round_63_63b_ownership_only_in_the_end_bn(cause: str, flagged: bool) -> None:
    text = (
        "৪ থেকে ৬ মে-র প্রায় ২,৩০০টি অর্ডার ২ থেকে ৪ দিন দেরিতে পৌঁছাচ্ছে। "
        f"{cause}\n\nঅপেক্ষায় রাখার জন্য আমরা আন্তরিকভাবে দুঃখিত। দেরি হওয়া প্রতিটি অর্ডারের ডেলিভারি চার্জ "
        "ফেরত দেওয়া হয়েছে, আর ১০ মে-র মধ্যে সব অর্ডার পৌঁছে যাবে।\n\n"
        "পরের আপডেট ৮ মে বিকেল ৫টায়। সাহায্য: ০৯৬৭৭-১১২২৩৩"
    )
    found = {name for name, _ in findings(text, "bn", "status_page", IDENT)}
    assert ("blame_shifting" in found) is flagged, found


_EN_SOME = """Deliveries: update
Updated 15:00, Tuesday 12 March

{who} placed on Saturday arrived late. This was our mistake: we changed our route planning
software on Friday without testing it on a weekend's volume.

We're sorry that you were left waiting in for shopping that didn't come.

We went back to the old software on Sunday morning and have taken on 30 extra delivery
drivers for the rest of the week. Delivery charges for every late order have been refunded.

Next update: 12:00 on Wednesday 13 March. Help: 0345 600 1212 or the chat in our app."""


@pytest.mark.parametrize(
    ("who", "flagged"),
    [
        # "some orders", answered only by a count of our own drivers: still no figure
        ("Some orders", True),
        # the harmed counted: no minimising left
        ("About 1,400 orders", False),
        ("1,400 customers' orders", False),
    ],
)
def test_round_63_63b_our_means_do_not_count_the_harmed(who: str, flagged: bool) -> None:
    text = _EN_SOME.format(who=who)
    found = {name for name, _ in findings(text, "en", "status_page", MON)}
    assert ("impact_vague" in found) is flagged, found


@pytest.mark.parametrize(
    ("first", "flagged"),
    [
        ("গত শুক্রবার কিছু অর্ডার দেরিতে পৌঁছেছে।", True),
        ("গত শুক্রবার অর্ডারগুলো কিছুটা দেরিতে পৌঁছেছে।", True),
        ("গত শুক্রবার প্রায় ১,৪০০টি অর্ডার দেরিতে পৌঁছেছে।", False),
        ("গত শুক্রবার প্রায় ১,৪০০টি অর্ডার গড়ে ৪০ মিনিট দেরিতে পৌঁছেছে।", False),
    ],
)
def test_round_63_63b_bengali_some_orders(first: str, flagged: bool) -> None:
    text = (
        f"ডেলিভারি হালনাগাদ\n১২ মার্চ, বিকেল ৩টা\n\n{first} ভুলটা আমাদের: শুক্রবার আমরা না যাচাই করে "
        "রুট ঠিক করার নতুন সফটওয়্যার চালু করেছিলাম।\n\nঅপেক্ষায় রাখার জন্য আমরা আন্তরিকভাবে দুঃখিত।\n\n"
        "রবিবার সকালে পুরোনো সফটওয়্যারে ফিরে গেছি, আর এই সপ্তাহে ৩৫ জন বাড়তি ডেলিভারি কর্মী কাজ করছেন। "
        "দেরি হওয়া প্রতিটি অর্ডারের ডেলিভারি চার্জ ফেরত দেওয়া হয়েছে।\n\n"
        "পরের আপডেট: ১৩ মার্চ দুপুর ১২টা। সাহায্য: ১৬৬৭০"
    )
    found = {name for name, _ in findings(text, "bn", "status_page", MON)}
    assert ("impact_vague" in found) is flagged, found
