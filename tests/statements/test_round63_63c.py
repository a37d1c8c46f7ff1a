"""Round 63 (tuner 63c): the next update and the make-good, both directions, in English and
Bengali, on the rules alone.

Next update: a Bengali closing notice that names a dated summary ('সারসংক্ষেপ'), a review or
a letter with the date and the place between the noun and its verb, or a dated confirmation
by email ('ইমেইলে নিশ্চিত করব'). Make-good: money said to be spared beside data seen ('no
money was taken', 'কারও টাকা সরানো হয়নি') owes none, nor does 'ফিরিয়ে নিয়েছি' (took back) read
as a fee; a knock-on cost borne in the third person ('পুরসভা সেই টাকা দিয়ে দেবে', 'সেই খরচও …
বহন করছে'), a fee halved, costs the reader may claim, monitoring 'paid for by us', and a
refund in a clause of its own beside a refund offered as a choice all make good. Each with
the close wordings that must stay as they were."""

# ruff: noqa: RUF001, E501

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

IDENT = Stage.IDENTIFIED
MON = Stage.MONITORING
RES = Stage.RESOLVED
FOLLOW = Stage.FOLLOW_UP

BN_CLOSE = """অনলাইনে পানির বিল দুবার কাটা — সমাধান হয়েছে

৩ থেকে ৫ মার্চ আমাদের পোর্টালের একটি ভুলে ২,৪০০ গ্রাহকের পানির বিল দুবার কাটা হয়েছিল। ভুলটা আমাদের, এর জন্য আমরা দুঃখিত। কারণ: পেমেন্টের পাতায় আমাদের একটি পরিবর্তন একই অনুরোধ দুবার পাঠাচ্ছিল।

যা করা হয়েছে: ৬ মার্চ পরিবর্তনটি বাতিল করা হয়েছে; বাড়তি টাকা ১০ মার্চের মধ্যে সবাইকে ফেরত দেওয়া হয়েছে, সঙ্গে প্রত্যেককে ৫০ টাকা ছাড়।

{closing}

সাহায্য: ১৬১৬২"""

BN_SUMMARY = BN_CLOSE.format(
    closing="ঘটনার সংক্ষিপ্ত সারসংক্ষেপ ২০ মার্চ আমাদের ওয়েবসাইটের নোটিশ পাতায় দেওয়া হবে।"
)
BN_SUMMARY_UNDATED = BN_CLOSE.format(closing="ঘটনার সংক্ষিপ্ত সারসংক্ষেপ পরে আমাদের ওয়েবসাইটে দেওয়া হবে।")
BN_LETTER = BN_CLOSE.format(
    closing="ফেরতের পুরো হিসাবসহ একটি চিঠি ২০ মার্চের মধ্যে আপনার নিবন্ধিত ঠিকানায় পাঠানো হবে।"
)
BN_EMAIL = BN_CLOSE.format(closing="২০ মার্চ আমরা আরেকটি ইমেইলে নিশ্চিত করব যে সবার টাকা ফেরত গেছে।")
BN_EMAIL_UNDATED = BN_CLOSE.format(closing="সবার টাকা ফেরত গেলে আমরা আরেকটি ইমেইলে নিশ্চিত করব।")

EN_LEAK = """Subject: Your account details were shown to another customer

On 4 March a fault in our app showed the names and order histories of 3,100 customers to other signed-in customers for two hours. It was our code change that caused it, and we are sorry.

We removed the change at 11:00 the same day and have written to everyone affected. {money}

Next update: Friday 7 March by email. Help: 0800 555 0134 or help@example.com"""

EN_SPARED = EN_LEAK.format(money="No money has been moved out of any account.")
EN_TAKEN = EN_LEAK.format(
    money="Money was taken from 40 accounts using the details that were shown."
)

BN_LEAK = """অ্যাপের ত্রুটিতে অন্যের লেনদেনের ইতিহাস দেখা গেছে — নজরদারি চলছে

সোমবার আমাদের একটি আপডেটের ভুলে প্রায় ১,৮০০ জন ব্যবহারকারী অন্য ব্যবহারকারীর লেনদেনের ইতিহাস দেখতে পাচ্ছিলেন। ভুলটা আমাদের, আমরা আন্তরিকভাবে দুঃখিত। {money}

যা করেছি: মঙ্গলবার সকালে আপডেটটি ফিরিয়ে নিয়েছি, আর যাঁদের তথ্য দেখা গেছে তাঁদের এসএমএসে জানিয়েছি।

পরবর্তী আপডেট বৃহস্পতিবার দুপুর ১২টায় এই পাতায়। সাহায্য: ১৬২৪৭"""

BN_SPARED = BN_LEAK.format(money="কারও টাকা সরানো হয়নি।")
BN_TAKEN = BN_LEAK.format(money="এই সুযোগে ১২ জনের অ্যাকাউন্ট থেকে টাকা সরানো হয়েছে।")

BN_BANK = """পৌরকর দুবার কাটা — সমাধান হয়েছে

১০ থেকে ১২ জানুয়ারি আমাদের পোর্টালের একটি ভুলে ১,২০০ জনের পৌরকর দুবার কাটা হয়েছিল। ভুলটা আমাদের, এর জন্য আমরা ক্ষমাপ্রার্থী। কারণ: পেমেন্টের পাতায় আমাদের একটি পরিবর্তন একই অনুরোধ দুবার পাঠাচ্ছিল।

যা করা হয়েছে: ১৩ জানুয়ারি পরিবর্তনটি বাতিল করা হয়েছে; দুবার কাটা টাকা ২০ জানুয়ারির মধ্যে সবাইকে ফেরত দেওয়া হয়েছে। {cost}

এই নিয়ম কেমন কাজ করছে, তা ৩১ মার্চ এই পাতায় জানানো হবে। সাহায্য: ১৬১৬২"""

BN_BANK_PAID = BN_BANK.format(
    cost="বাড়তি কাটার ফলে যাঁদের ব্যাংক চার্জ লেগেছে, স্টেটমেন্ট পাঠালে পৌরসভা সেই টাকা দিয়ে দেবে।"
)
BN_BANK_BORNE = BN_BANK.format(cost="বাড়তি কাটার ফলে যাঁদের ব্যাংক চার্জ লেগেছে, সেই খরচও পৌরসভা বহন করছে।")
BN_BANK_NONE = BN_BANK.format(cost="বাড়তি কাটার ফলে কারও ব্যাংক চার্জ লেগে থাকলে স্টেটমেন্টসহ আমাদের জানান।")

BN_CLINIC = """বিষয়: অনলাইন অ্যাপয়েন্টমেন্ট বন্ধ ছিল — সেবা ফিরেছে

১২ এপ্রিল সকাল ৮টা থেকে দুপুর ১২টা পর্যন্ত আমাদের অনলাইন অ্যাপয়েন্টমেন্ট বন্ধ ছিল; প্রায় ১,৫০০ জন সিরিয়াল নিতে পারেননি। দায় আমাদের আইটি বিভাগের, আমরা দুঃখিত। কারণ: রাতে আমাদের সার্ভারের একটি হালনাগাদ ভুলভাবে বসানো হয়েছিল।

দুপুর ১২টা থেকে সেবা চলছে। {offer}

পরের আপডেট: আজ রাত ৯টায়, এই পাতায়। সাহায্য: ১০৬৬৬"""

BN_CLINIC_HALF = BN_CLINIC.format(
    offer="যাঁরা সিরিয়াল নিতে পারেননি, তাঁদের জন্য ১৩ ও ১৪ এপ্রিল ডাক্তারের পরামর্শ ফি অর্ধেক।"
)
BN_CLINIC_NONE = BN_CLINIC.format(offer="যাঁরা সিরিয়াল নিতে পারেননি, তাঁরা ১৩ ও ১৪ এপ্রিল অগ্রাধিকার পাবেন।")

EN_BAGS = """Delayed bags: Leeds arrivals
Updated Monday 14 July, 09:00

About 900 bags checked in at Faro on Saturday did not travel with their owners to Leeds, because we loaded the wrong containers onto three of our flights. That was our error, and we are sorry.

Your bag will be delivered to your home by Wednesday 16 July. {offer}

Next update: 18:00 today. Help: 0113 555 0190"""

EN_BAGS_CLAIM = EN_BAGS.format(
    offer="You can claim up to £40 a day for essentials you buy while you wait."
)
EN_BAGS_COSTS = EN_BAGS.format(
    offer="Reasonable costs for the essentials you buy while you wait can be claimed on our website."
)
EN_BAGS_NONE = EN_BAGS.format(offer="Keep your baggage reference to hand when you call us.")

EN_DELIVERY = """Subject: Your sofa delivery

Your sofa, due on Tuesday 8 October, has been delayed, along with about 1,100 other large orders. We did not book enough delivery crews for October, and that was our mistake. We are sorry that you took time off for a delivery that did not come.

We have moved your delivery to Saturday 12 October. {offer}

Next update by email on Friday 11 October. Help: 0330 555 0196"""

EN_DELIVERY_BOTH = EN_DELIVERY.format(
    offer="We've refunded your £49 delivery charge, and if you'd rather not wait, you can cancel for a full refund."
)
EN_DELIVERY_CHOICE = EN_DELIVERY.format(
    offer="If you'd rather not wait, you can cancel for a full refund."
)

EN_MONITOR = """Resolved: bursary details emailed to other students

On 5 November a spreadsheet with the names and bank account numbers of 1,400 students was emailed to 300 other students by our finance office. This was our mistake and we are sorry.

We recalled the email the same day and 290 recipients have confirmed they deleted it. {offer}

We'll publish our full report here by Friday 29 November. Help: 01632 960 222"""

EN_MONITOR_PAID = EN_MONITOR.format(
    offer="Every affected student can turn on 12 months of identity monitoring, paid for by us."
)
EN_MONITOR_NONE = EN_MONITOR.format(
    offer="Please check your bank account for payments you don't recognise."
)


ROUND_63 = [
    # a closing notice naming a dated summary, the date and the place before its verb
    ("next_update_missing", "bn", "status_page", RES, BN_SUMMARY, False),
    # ... with no date it is owed one
    ("next_update_missing", "bn", "status_page", RES, BN_SUMMARY_UNDATED, True),
    # a dated letter, the date and the address between the letter and its sending
    ("next_update_missing", "bn", "status_page", RES, BN_LETTER, False),
    # a dated confirmation by email
    ("next_update_missing", "bn", "status_page", RES, BN_EMAIL, False),
    # ... the same with no date
    ("next_update_missing", "bn", "status_page", RES, BN_EMAIL_UNDATED, True),
    # data seen, money said to be spared: no make-good owed
    ("make_good_missing", "en", "email", MON, EN_SPARED, False),
    # ... money taken is owed one
    ("make_good_missing", "en", "email", MON, EN_TAKEN, True),
    ("make_good_missing", "bn", "status_page", MON, BN_SPARED, False),
    ("make_good_missing", "bn", "status_page", MON, BN_TAKEN, True),
    # a bank charge we caused, paid back by the council in the third person
    ("make_good_missing", "bn", "status_page", RES, BN_BANK_PAID, False),
    ("make_good_missing", "bn", "status_page", RES, BN_BANK_BORNE, False),
    # ... asked about with nothing offered: the refund of the second charge makes nothing good
    ("make_good_missing", "bn", "status_page", RES, BN_BANK_NONE, True),
    # a fee halved
    ("make_good_missing", "bn", "status_page", MON, BN_CLINIC_HALF, False),
    ("make_good_missing", "bn", "status_page", MON, BN_CLINIC_NONE, True),
    # costs the reader may claim
    ("make_good_missing", "en", "status_page", MON, EN_BAGS_CLAIM, False),
    ("make_good_missing", "en", "status_page", MON, EN_BAGS_COSTS, False),
    ("make_good_missing", "en", "status_page", MON, EN_BAGS_NONE, True),
    # a refund in its own clause beside one offered as a choice
    ("make_good_missing", "en", "email", IDENT, EN_DELIVERY_BOTH, False),
    # ... the choice alone makes nothing good
    ("make_good_missing", "en", "email", IDENT, EN_DELIVERY_CHOICE, True),
    # monitoring paid for by us
    ("make_good_missing", "en", "status_page", RES, EN_MONITOR_PAID, False),
    ("make_good_missing", "en", "status_page", RES, EN_MONITOR_NONE, True),
]


@pytest.mark.parametrize(("rule", "language", "channel", "stage", "text", "flagged"), ROUND_63)
def test_round_63_63c(
    rule: str, language: str, channel: str, stage: Stage, text: str, flagged: bool
) -> None:
    found = {name for name, _ in findings(text, language, channel, stage)}
    assert (rule in found) is flagged, found
