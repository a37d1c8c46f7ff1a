"""Round 54 (tuner 55a): blame laid on a supplier, a partner or the weather in
constructions the rule did not read (a failure at a provider named with a compound
modifier, a thing supplied by a provider, "their systems, not ours", a fault on a
partner's side, strain beyond what anyone could have planned for); each fix with the close
wordings that must stay clean."""

# ruff: noqa: RUF001, E501

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

IDENT = Stage.IDENTIFIED
RES = Stage.RESOLVED
MON = Stage.MONITORING
INV = Stage.INVESTIGATING

ROUND_54_BLAME_BY_CONSTRUCTION: list[tuple[str, str, str, Stage, str, bool]] = [
    # a failure at a third party whose name carries two modifiers
    (
        "blame_shifting",
        "en",
        "status_page",
        RES,
        "Resolved: card top-ups failed between 09:10 and 10:40 today for about 6,000 customers. It was caused by a failure at our payment gateway provider. We're sorry. Top-ups work again. Help: 0800 112 4433",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "status_page",
        RES,
        "Resolved: card top-ups failed between 09:10 and 10:40 today for about 6,000 customers. It was caused by a failure in our own payment gateway, which we set up wrongly. We're sorry. Top-ups work again. Help: 0800 112 4433",
        False,
    ),
    # a thing supplied by a provider, as the cause
    (
        "blame_shifting",
        "en",
        "email",
        RES,
        "Dear customer,\n\nOn 2 May about 3,100 of you were sent a bill for the wrong month. The wrong figures came after a patch supplied by our accounts software provider changed how dates were read. We're sorry for the confusion. Corrected bills went out on 5 May. Questions: 0300 555 0199.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        RES,
        "Dear customer,\n\nOn 2 May about 3,100 of you were sent a bill for the wrong month. We installed a patch to our accounts software without testing it, and it changed how dates were read. That was our mistake and we're sorry. Corrected bills went out on 5 May. Questions: 0300 555 0199.",
        False,
    ),
    # theirs set against ours
    (
        "blame_shifting",
        "en",
        "x",
        IDENT,
        "Sorry, online booking is down. The fault is in their network, not ours, and we're waiting on a fix. Book by phone on 0345 600 7788. Next update 3pm.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        IDENT,
        "Sorry, online booking is down because of a fault in our network that we introduced this morning. Book by phone on 0345 600 7788. Next update 3pm.",
        False,
    ),
    # the fault placed on a partner's side, in English and Bengali
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        "Dear customer,\n\nSome 2,400 parcels due on Tuesday are running a day late. We hold ourselves to on-time delivery, but the problem was on our delivery partner's side at their Leeds depot. We're sorry. Your parcel will arrive by Thursday 12 June. Track it at parcels.example/track.",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        "প্রিয় গ্রাহক,\n\nমঙ্গলবারের প্রায় ২,৪০০ পার্সেল এক দিন দেরিতে যাচ্ছে। সময়মতো পৌঁছে দেওয়া আমাদের দায়িত্ব। তবে সমস্যাটা হয়েছে আমাদের ডেলিভারি পার্টনারের দিকে, তাদের গাজীপুর হাবে। দুঃখিত। বৃহস্পতিবার ১২ জুনের মধ্যে পার্সেল পৌঁছাবে। ট্র্যাক করুন: parcels.example/track",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        "প্রিয় গ্রাহক,\n\nমঙ্গলবারের প্রায় ২,৪০০ পার্সেল এক দিন দেরিতে যাচ্ছে। আমরা গাজীপুর হাবে পর্যাপ্ত কর্মী রাখিনি, ভুলটা আমাদের। দুঃখিত। বৃহস্পতিবার ১২ জুনের মধ্যে পার্সেল পৌঁছাবে। ট্র্যাক করুন: parcels.example/track",
        False,
    ),
    # the main mistake laid at a supplier, with a long name between
    (
        "blame_shifting",
        "bn",
        "sms",
        RES,
        "দুঃখিত, গতকালের বিলে ভুল অঙ্ক এসেছিল। মূল ভুল ছিল আমাদের বিলিং সফটওয়্যার সরবরাহকারী প্রতিষ্ঠানের। আজ সংশোধিত বিল পাঠানো হয়েছে। ১২৩৪",
        True,
    ),
    # the excuse of what nobody could have planned for
    (
        "blame_shifting",
        "en",
        "email",
        RES,
        "Dear customer,\n\nFrom 4 to 6 February about 9,000 homes lost power. The ice storm brought down lines on a scale beyond what any network operator could have prepared for. We're sorry. Power is back everywhere. Claim £75 by 31 March at power.example/claim.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        RES,
        "Dear customer,\n\nFrom 4 to 6 February about 9,000 homes lost power. The ice storm brought down lines, and we took longer than we should have to send crews, which is on us. We're sorry. Power is back everywhere. Claim £75 by 31 March at power.example/claim.",
        False,
    ),
]

ROUND_54_SHARE_CONCEDED: list[tuple[str, str, str, Stage, str, bool]] = [
    # a share owned "too" after the blame concedes it, it does not take it back; owning words
    # that run on into the supplier's name own nothing; and the traps: ours owned outright
    (
        "blame_shifting",
        "en",
        "email",
        RES,
        "Dear customer,\n\nOnline banking was down from 06:00 to 09:30 on 3 March for about 40,000 of you. The outage came from a failure at our cloud hosting provider. We also should have switched to our backup sooner. We're sorry. Questions: 0345 700 8800.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        RES,
        "Dear customer,\n\nOnline banking was down from 06:00 to 09:30 on 3 March for about 40,000 of you. The outage came from a failure at our cloud hosting provider. We chose that provider and kept no backup, so this is our fault. We're sorry. Questions: 0345 700 8800.",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        RES,
        "প্রিয় গ্রাহক,\n\n৩ মার্চ সকাল ৬টা থেকে ৯টা পর্যন্ত প্রায় ৪০,০০০ গ্রাহক অনলাইন ব্যাংকিং ব্যবহার করতে পারেননি। মূল গলদ ছিল আমাদের ক্লাউড সেবাদাতা প্রতিষ্ঠানের সার্ভারে। অবশ্য দ্রুত ব্যাকআপে যাওয়া আমাদেরও দায়িত্ব ছিল। আমরা দুঃখিত। প্রশ্ন: ১৬২৩৪",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        RES,
        "প্রিয় গ্রাহক,\n\n৩ মার্চ সকাল ৬টা থেকে ৯টা পর্যন্ত প্রায় ৪০,০০০ গ্রাহক অনলাইন ব্যাংকিং ব্যবহার করতে পারেননি। আমাদের নিজেদের সার্ভারের একটি সেটিং ভুল ছিল, দোষ পুরোপুরি আমাদের। আমরা দুঃখিত। প্রশ্ন: ১৬২৩৪",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        RES,
        "Members: we sent your June direct debits to the bank twice on 2 June; our mistake and we're sorry. Refunds land by Thu 5 June. Help: help@gym.example",
        False,
    ),
]

ROUND_54_BLAME_ON_CUSTOMERS_AND_OURS_CLEARED: list[tuple[str, str, str, Stage, str, bool]] = [
    # the customers' late coming given as the cause, in Bengali as in English; and our own
    # systems cleared beside a supplier's breach, in English as in Bengali; with traps
    (
        "blame_shifting",
        "bn",
        "x",
        MON,
        "গতকাল ঢাকা-খুলনা রুটে আমাদের ৩টি বাস দেরিতে ছেড়েছে; কয়েকজন যাত্রী দেরি করে আসায় সময়মতো ছাড়া যায়নি। আজ সব বাস সময়মতো চলছে। দুঃখিত। পরের আপডেট সন্ধ্যা ৬টায়। ১৬৪৪৪",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        MON,
        "গতকাল ঢাকা-খুলনা রুটে আমাদের ৩টি বাস দেরিতে ছাড়ায় অনেক যাত্রী দেরিতে পৌঁছেছেন; ভুলটা আমাদের। আজ সব বাস সময়মতো চলছে। দুঃখিত। পরের আপডেট সন্ধ্যা ৬টায়। ১৬৪৪৪",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        MON,
        "Three of our coaches left late last night because several passengers turned up at the last minute. All coaches are on time today. Sorry for the wait. Next update 6pm. 0345 120 3344",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        MON,
        "Several passengers missed the 22:10 coach last night because our driver left at the last minute without warning; that's on us. Sorry. Next update 6pm. 0345 120 3344",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        INV,
        "Dear customer,\n\nOn 8 May the firm that prints and posts our letters told us someone had got into its systems and copied the names and addresses of about 12,000 of our customers. Our own systems were not affected. We're sorry. We'll write again by 15 May. Questions: 0800 030 4455.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        INV,
        "Dear customer,\n\nOn 8 May the firm that prints and posts our letters told us someone had got into its systems and copied the names and addresses of about 12,000 of our customers. We chose that firm and sent it your details, so this is our responsibility. We're sorry. We'll write again by 15 May. Questions: 0800 030 4455.",
        False,
    ),
]

ROUND_54_UNDATED_ON_ITS_WAY: list[tuple[str, str, str, Stage, str, bool]] = [
    # vague timing for what is owed to the reader, with no verb of ours ("coming soon"), in
    # English and Bengali; and the same thing given a date
    (
        "undated_commitment",
        "en",
        "sms",
        MON,
        "Harbour Energy: we billed 900 homes twice in May, our error, sorry. Refund to follow shortly. Help: 0800 300 1122",
        True,
    ),
    (
        "undated_commitment",
        "en",
        "sms",
        MON,
        "Northfield Books: the 1,200 copies we sent had missing pages, our mistake, sorry. Replacements on their way soon. Help: 0800 300 1123",
        True,
    ),
    (
        "undated_commitment",
        "en",
        "sms",
        MON,
        "Northfield Books: the 1,200 copies we sent had missing pages, our mistake, sorry. Replacements on their way, with you by Fri 13 June. Help: 0800 300 1123",
        False,
    ),
    (
        "undated_commitment",
        "bn",
        "sms",
        MON,
        "বইঘর: আমাদের পাঠানো ১,২০০ কপিতে পাতা কম ছিল, ভুলটা আমাদের, দুঃখিত। নতুন কপি শিগগিরই আসছে। সাহায্য: ১৬৪৪৪",
        True,
    ),
    (
        "undated_commitment",
        "bn",
        "sms",
        MON,
        "বইঘর: আমাদের পাঠানো ১,২০০ কপিতে পাতা কম ছিল, ভুলটা আমাদের, দুঃখিত। নতুন কপি ১৩ জুনের মধ্যে আসছে। সাহায্য: ১৬৪৪৪",
        False,
    ),
]


@pytest.mark.parametrize(
    ("rule", "language", "channel", "stage", "text", "flagged"),
    ROUND_54_BLAME_BY_CONSTRUCTION
    + ROUND_54_SHARE_CONCEDED
    + ROUND_54_BLAME_ON_CUSTOMERS_AND_OURS_CLEARED
    + ROUND_54_UNDATED_ON_ITS_WAY,
)
def test_round_54_55a_misses_are_found_and_their_traps_pass(
    rule: str, language: str, channel: str, stage: Stage, text: str, flagged: bool
) -> None:
    found = {found_rule for found_rule, _ in findings(text, language, channel, stage)}
    assert (rule in found) is flagged, found
