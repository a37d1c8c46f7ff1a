"""Round 65 (the session's own fix): a safety instruction due now is the next step of a short
recall message whatever the product: a medicine taken, a pet or a baby fed, a cream applied, a
car driven ("Stop taking them now", "Do not drive it"). What we or others stopped doing ("we
have stopped taking orders") is no instruction, and still needs a time for the next update."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

IDENT = Stage.IDENTIFIED

OPENING = "Brightwell Pharmacy: some Allerclear 10mg packs (batch 2209) hold 20mg tablets - our packing error, sorry."


@pytest.mark.parametrize(
    "text",
    [
        f"{OPENING} Stop taking them now; swap free in store or call 0800 555 0192",
        f"{OPENING} Do not take them. Free swap in store, or call 0800 555 0192",
        "Kibbleworth: our Turkey Bites (lot 7C) may hold plastic pieces - our factory's fault, sorry. Stop feeding them to your cat; refund: kibbleworth.com/recall",
        "Solace Skincare: our SPF50 lotion (lot 3318) has far less sun protection than the label says - our error, sorry. Stop applying it; refund: solace.co/recall",
        "Harland Motors: sorry - a brake hose we fitted to 2,100 Harland K5s (2024) may leak. Stop driving it; we collect and repair free: 0800 111 2222",
    ],
)
def test_a_short_recall_that_says_what_to_stop_now_has_its_next_step(text: str) -> None:
    channel = "sms" if len(text) <= 160 else "x"
    assert "next_update_missing" not in {rule for rule, _ in findings(text, "en", channel, IDENT)}


@pytest.mark.parametrize(
    "text",
    [
        "Brightwell Pharmacy: our app double-booked 300 repeat prescriptions today - our error, sorry. We have stopped taking orders while we fix it. Help: 0800 555 0192",
        "Brightwell Pharmacy: our app double-booked 300 repeat prescriptions today - our error, sorry. We will stop taking orders while we fix it. Help: 0800 555 0192",
        "Brightwell Pharmacy: our app double-booked 300 repeat prescriptions today - our error, sorry. Our couriers had to stop driving in the snow. Help: 0800 555 0192",
        f"{OPENING} We are looking into it. Call 0800 555 0192",
    ],
)
def test_what_we_stopped_is_no_step_for_the_reader_and_still_needs_a_time(text: str) -> None:
    assert "next_update_missing" in {rule for rule, _ in findings(text, "en", "sms", IDENT)}


CLOSING_EN = """Subject: Late orders in October - what happened and what you get

Between 1 and 14 October we delivered 8,200 of your orders 3 to 9 days late. That was our planning failure and we are sorry.

Why: we took on twice last year's orders without adding warehouse staff.

What we did: we added a night shift on 3 October and cleared every late order by 12 October. Everyone whose order was late has a 15% credit in their account.

What comes next:
{follow_up}

Help: 020 7946 0011 (9am-6pm), help@parcelpine.co.uk

Maya Rao, Chief Operating Officer, Parcelpine"""

CLOSING_BN = """বিষয়: অক্টোবরে দেরিতে পৌঁছানো অর্ডার — কী হয়েছিল, আর আপনার প্রাপ্য

১ থেকে ১৪ অক্টোবরের মধ্যে আপনাদের ৮,২০০টি অর্ডার ৩ থেকে ৯ দিন দেরিতে পৌঁছেছে। এটা আমাদের পরিকল্পনার ভুল, এর জন্য আমরা আন্তরিকভাবে দুঃখিত।

কেন: গত বছরের দ্বিগুণ অর্ডার নিয়েছিলাম, কিন্তু গুদামে লোক বাড়াইনি।

যা করেছি: ৩ অক্টোবর রাতের শিফট চালু করে ১২ অক্টোবরের মধ্যে সব অর্ডার পৌঁছে দিয়েছি। যাঁদের অর্ডার দেরিতে গেছে, তাঁদের অ্যাকাউন্টে ১৫% ক্রেডিট জমা হয়েছে।

এরপর:
{follow_up}

সাহায্য: ০৩৩-৪০৫০-৬৬৭৭ (সকাল ৯টা–রাত ৯টা), care@parcelpine.in"""


@pytest.mark.parametrize(
    ("template", "language", "follow_up"),
    [
        (
            CLOSING_EN,
            "en",
            "- 15 January: we publish how well these changes worked at parcelpine.co.uk/review",
        ),
        (
            CLOSING_BN,
            "bn",
            "- ১৫ জানুয়ারি এই বদলগুলো কতটা কাজ করল, তার হিসাব parcelpine.in/review পাতায় প্রকাশ করব।",
        ),
    ],
)
def test_a_dated_report_in_a_bullet_with_a_link_is_the_follow_up(
    template: str, language: str, follow_up: str
) -> None:
    text = template.format(follow_up=follow_up)
    rules = {rule for rule, _ in findings(text, language, "email", Stage.FOLLOW_UP)}
    assert "next_update_missing" not in rules


@pytest.mark.parametrize(
    ("template", "language", "follow_up"),
    [
        # hours of a help line are no follow-up, bullet or not
        (CLOSING_EN, "en", "- Our help line is open 9am - 6pm at parcelpine.co.uk/help"),
        (CLOSING_BN, "bn", "- সাহায্যের লাইন সকাল ৯টা - রাত ৯টা খোলা: parcelpine.in/help"),
        # a report with no date
        (CLOSING_EN, "en", "- We will publish how well these changes worked at parcelpine.co.uk"),
    ],
)
def test_help_line_hours_or_an_undated_report_are_still_no_follow_up(
    template: str, language: str, follow_up: str
) -> None:
    text = template.format(follow_up=follow_up)
    rules = {rule for rule, _ in findings(text, language, "email", Stage.FOLLOW_UP)}
    assert "next_update_missing" in rules


@pytest.mark.parametrize(
    ("text", "language", "channel", "helped"),
    [
        # an opt-out line is no help; a reply asked for help is
        (
            "Ironside Gyms: we took your May fee twice - our error, sorry. Refund by Fri 6 June. Reply STOP to opt out",
            "en",
            "sms",
            False,
        ),
        (
            "Ironside Gyms: we took your May fee twice - our error, sorry. Refund by Fri 6 June. Questions? Reply to this text",
            "en",
            "sms",
            True,
        ),
    ],
)
def test_reply_stop_is_no_way_to_get_help(
    text: str, language: str, channel: str, helped: bool
) -> None:
    rules = {rule for rule, _ in findings(text, language, channel, IDENT)}
    assert ("help_missing" not in rules) is helped


BN_NOTICE = """বিশ্ববিদ্যালয়ের পোর্টালে শিক্ষার্থীদের তথ্য — বিজ্ঞপ্তি

গত ২ হইতে ৯ সেপ্টেম্বর ২০২৪ পর্যন্ত আমাদের ভর্তি পোর্টালের একটি ভুলে ৪,২০০ শিক্ষার্থীর নাম ও ফোন নম্বর অন্যদের নিকট দৃশ্যমান ছিল। এই ভুল আমাদের, তাহার জন্য আমরা আন্তরিকভাবে ক্ষমাপ্রার্থী।

পোর্টালের ত্রুটিপূর্ণ পাতাটি ৯ সেপ্টেম্বর বন্ধ করা হইয়াছে।

{last}"""


@pytest.mark.parametrize(
    ("last", "helped"),
    [
        # we will write to them by email (formal register): not an address to write to
        (
            "পূর্ণাঙ্গ প্রতিবেদন ৩০ সেপ্টেম্বর প্রকাশিত হইবে এবং সেইদিন আপনাদিগকে ই-মেইলযোগে অবহিত করা হইবে।",
            False,
        ),
        # a year ending one paragraph and a count opening the next are no phone number
        ("২০২৪\n\n১২টি বিভাগের সব শিক্ষার্থীকে আলাদা করে জানানো হইবে, ৩০ সেপ্টেম্বরের মধ্যে।", False),
        # an address to write to, and a phone number on one line, are help
        ("প্রশ্ন থাকিলে registrar@pbu.ac.bd ঠিকানায় ই-মেইল করুন।", True),
        ("প্রশ্ন থাকিলে ০২ ৯৮৭ ৬৫৪৩ নম্বরে ফোন করুন।", True),
    ],
)
def test_a_formal_bengali_notice_offers_help_only_where_it_names_a_way_in(
    last: str, helped: bool
) -> None:
    text = BN_NOTICE.format(last=last)
    rules = {rule for rule, _ in findings(text, "bn", "status_page", Stage.RESOLVED)}
    assert ("help_missing" not in rules) is helped


@pytest.mark.parametrize(
    "link",
    ["kampongkids.sg/recall", "safarirail.co.ke/refunds", "lagosbites.ng/help", "kiwipower.nz"],
)
def test_a_link_under_any_country_ending_is_help(link: str) -> None:
    text = f"Hopscotch: our Hop high chair (sold Jan-Mar, ~6,200) can tip over. Sorry. Stop using it now. Free pickup & refund from 12 Aug: {link}"
    rules = {rule for rule, _ in findings(text, "en", "x", IDENT)}
    assert "help_missing" not in rules


def test_words_run_together_across_a_full_stop_are_no_link() -> None:
    text = "Hopscotch: our Hop high chair (sold Jan-Mar, ~6,200) can tip over - our design fault, sorry. Stop using it now.It is collected it free from 12 Aug."
    rules = {rule for rule, _ in findings(text, "en", "x", IDENT)}
    assert "help_missing" in rules


BN_REFUND = "ভুল আমাদের: ৩ মার্চ ২,১০০ গ্রাহকের বিল দুবার কাটা হয়েছে, আমরা দুঃখিত। {promise} পরের আপডেট আজ বিকেল ৫টায়। সাহায্য: ১৬২৪৭"


@pytest.mark.parametrize(
    ("promise", "vague"),
    [
        ("বাড়তি টাকা দ্রুত আপনার হিসাবে ফেরত আসবে।", True),
        # the fast kind of a service, and how quickly we will tell: no undated remedy
        ("যাঁরা দ্রুত ডেলিভারির জন্য টাকা দিয়েছেন, তাঁরা ৭ মার্চের মধ্যে সেই চার্জ ফেরত পাবেন।", False),
        ("কারও তথ্য বাইরে গেলে আমরা তাঁকে সরাসরি ও দ্রুত জানাব; বাড়তি টাকা ৭ মার্চের মধ্যে ফেরত যাবে।", False),
    ],
)
def test_bengali_quickly_is_vague_only_on_the_remedy(promise: str, vague: bool) -> None:
    text = BN_REFUND.format(promise=promise)
    rules = {rule for rule, _ in findings(text, "bn", "email", IDENT)}
    assert ("undated_commitment" in rules) is vague
