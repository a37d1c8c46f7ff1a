"""Round 52 (tuner 52c): impact without a count of the affected, vague wording the impact rule
had missed, and data seen by the wrong people as data exposure (no make-good owed).

Each table holds failing cases the fix catches and traps (close wordings that stay clean),
in English and Bengali, as (rule, language, channel, stage, text, flagged).
"""

# ruff: noqa: RUF001, E501
from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

INV = Stage.INVESTIGATING
IDENT = Stage.IDENTIFIED
MON = Stage.MONITORING
RES = Stage.RESOLVED

Case = tuple[str, str, str, Stage, str, bool]

ROUND_52_COUNT_NOT_OF_THE_AFFECTED: list[Case] = [
    # "some passengers" is answered only by a count of the affected, not by a count of our
    # means (buses, staff, a committee, batches), a size, a discount, a helpline, a "100%"
    # promise or the pronoun "one"; a count of the affected in any words answers it
    (
        "impact_vague",
        "en",
        "email",
        IDENT,
        "Subject: Late buses on Route 42\n\nSince 07:00 today some passengers on Route 42 have waited well past their bus. Two of our buses broke down at the depot and that was our maintenance failure. We're sorry you were late for work. We have brought in 6 extra drivers for the afternoon. Next update at 15:00. Help: 0161 555 0142 or help@cityrider.example.",
        True,
    ),
    (
        "impact_vague",
        "en",
        "email",
        IDENT,
        "Subject: Late buses on Route 42\n\nSince 07:00 today about 1,300 passengers on Route 42 have waited well past their bus, and some of you missed the start of work. Two of our buses broke down at the depot and that was our maintenance failure. We're sorry you were late. Next update at 15:00. Help: 0161 555 0142 or help@cityrider.example.",
        False,
    ),
    (
        "impact_vague",
        "en",
        "email",
        IDENT,
        "Subject: Our booking app was down\n\nOn Tuesday morning some of you could not book a table in our app. About 240 restaurants were left with empty tables at lunch. The app update we shipped that morning was faulty and we're sorry. We've rolled it back. Next update Thursday 10:00. Help: help@tablely.example.",
        False,
    ),
    (
        "impact_vague",
        "bn",
        "email",
        IDENT,
        "বিষয়: সকালের বাস দেরিতে\n\nআজ সকালে কিছু যাত্রী নির্ধারিত সময়ের অনেক পরে বাস পেয়েছেন। আমাদের দুটি বাসে ইঞ্জিনের ত্রুটি ধরা পড়ে, রক্ষণাবেক্ষণে ভুলটা আমাদেরই। অফিসে দেরি হওয়ার জন্য আমরা দুঃখিত। বিকেলের জন্য ১০ জন অতিরিক্ত চালক রাখা হয়েছে। পরের আপডেট বিকেল ৩টায়। সাহায্য: ০৯৬১২-৩৩৪৪৫৫",
        True,
    ),
    (
        "impact_vague",
        "bn",
        "email",
        IDENT,
        "বিষয়: সকালের বাস দেরিতে\n\nআজ সকালে প্রায় ১,৩০০ যাত্রী নির্ধারিত সময়ের অনেক পরে বাস পেয়েছেন, কিছু যাত্রী অফিসে দেরিতে পৌঁছেছেন। আমাদের দুটি বাসে ইঞ্জিনের ত্রুটি ধরা পড়ে, রক্ষণাবেক্ষণে ভুলটা আমাদেরই। এর জন্য আমরা দুঃখিত। পরের আপডেট বিকেল ৩টায়। সাহায্য: ০৯৬১২-৩৩৪৪৫৫",
        False,
    ),
    (
        "impact_vague",
        "bn",
        "status_page",
        IDENT,
        "তদন্ত: জুসের কিছু বোতল নষ্ট\n\nআমাদের কারখানার ভুলে জুসের কিছু বোতলে টক গন্ধ পাওয়া গেছে, আমরা আন্তরিকভাবে দুঃখিত। তিনটি ব্যাচ বাজার থেকে তুলে নিচ্ছি। বাকি সব পণ্য ১০০% নিরাপদ। দোকানে ফেরত দিলে পুরো দাম পাবেন। পরের আপডেট সোমবার দুপুর ১২টায়। প্রশ্ন থাকলে: ১৬৩৫৫",
        True,
    ),
    (
        "impact_vague",
        "en",
        "x",
        INV,
        "Some of you can't open the Glint app since about 7pm. This one's on us and we're sorry it spoiled your evening. Next update 21:00: glint.example/status",
        True,
    ),
    (
        "impact_vague",
        "en",
        "x",
        INV,
        "About 9,000 of you can't open the Glint app since about 7pm. This one's on us and we're sorry it spoiled your evening. Next update 21:00: glint.example/status",
        False,
    ),
    (
        "impact_vague",
        "bn",
        "x",
        INV,
        "আমাদের সার্ভারের ভুলে আজ কিছু গ্রাহক অ্যাপে টাকা পাঠাতে পারছেন না, আমরা দুঃখিত। পরের আপডেট দুপুর ২টায়। প্রয়োজনে কল করুন ১৬৪৭২।",
        True,
    ),
    (
        "impact_vague",
        "bn",
        "x",
        INV,
        "আমাদের সার্ভারের ভুলে আজ সকাল ১০টা থেকে প্রায় ৩,২০০ গ্রাহক অ্যাপে টাকা পাঠাতে পারছেন না, আমরা দুঃখিত। পরের আপডেট দুপুর ২টায়। প্রয়োজনে কল করুন ১৬৪৭২।",
        False,
    ),
    (
        "impact_vague",
        "en",
        "status_page",
        INV,
        "Investigating: orders arriving late\n\nSince 06:00 a fault in our own warehouse system has held up orders, and some of you will not get yours on the promised day. Customers affected: 1200. We're sorry. Next update by 14:00. Help: 0800 555 0111 or help@oakleaf.example.",
        False,
    ),
]

ROUND_52_VAGUE_IN_OTHER_WORDS: list[Case] = [
    # "several", a name between "some" and whom it counts, "a touch late", a brief drop,
    # "longer than usual" and a bare "কিছুক্ষণ" with no figure anywhere; beside each, the
    # same with a figure, or the words as timing or advice
    (
        "impact_vague",
        "en",
        "x",
        INV,
        "Several Northway trains out of Leeds are running late this morning after our signalling fault. We're sorry. Next update 09:30: northway.example/live",
        True,
    ),
    (
        "impact_vague",
        "en",
        "x",
        INV,
        "Since 07:10, 14 Northway trains out of Leeds have run up to 40 minutes late after our signalling fault. We're sorry. Next update 09:30: northway.example/live",
        False,
    ),
    (
        "impact_vague",
        "en",
        "x",
        RES,
        "Some Kestrel Fibre customers in Hull had a brief drop in service this morning. Our router update caused it and we're sorry. Fixed now; details at kestrel.example/status by 17:00.",
        True,
    ),
    (
        "impact_vague",
        "en",
        "x",
        INV,
        "Our warehouse fell behind after we under-staffed it, so your order may arrive a touch late. Sorry about that. Next update 18:00: parcelpost.example/help",
        True,
    ),
    (
        "impact_vague",
        "en",
        "x",
        INV,
        "We under-staffed our Leeds kitchen tonight, so orders are taking longer than usual. Sorry! Next update 20:30: dishly.example/help",
        True,
    ),
    (
        "impact_vague",
        "en",
        "email",
        IDENT,
        "Subject: Your parcel is delayed\n\nSince Monday about 41,000 parcels have been held at our Derby hub after our sorting machine failed; that was our fault and we're sorry. Tracking may show 'in transit' for longer than usual while we catch up. Every parcel will be delivered by Friday 14 March and we'll refund the delivery fee. Next update Wednesday 12:00. Help: 0330 555 0101.",
        False,
    ),
    (
        "impact_vague",
        "bn",
        "sms",
        RES,
        "ভুল আমাদের: কিছুক্ষণ বিল জমা হয়নি, দুঃখিত। এখন ঠিক আছে। ১৬৪৯৬",
        True,
    ),
    (
        "impact_vague",
        "bn",
        "sms",
        RES,
        "ভুল আমাদের: সকাল ১০টা থেকে ৪০ মিনিট বিল জমা হয়নি, দুঃখিত। কিছুক্ষণ পরে আবার চেষ্টা করুন। ১৬৪৯৬",
        False,
    ),
    (
        "impact_vague",
        "bn",
        "x",
        INV,
        "আমাদের গুদামে লোক কম রাখায় ডেলিভারিতে স্বাভাবিকের চেয়ে বেশি সময় লাগছে, দুঃখিত। পরের আপডেট রাত ৮টায়: bazar.example/help",
        True,
    ),
    (
        "impact_vague",
        "bn",
        "x",
        INV,
        "আমাদের গুদামে লোক কম রাখায় প্রায় ২,০০০ অর্ডারে স্বাভাবিকের চেয়ে বেশি সময় লাগছে, দুঃখিত। পরের আপডেট রাত ৮টায়: bazar.example/help",
        False,
    ),
    (
        "impact_vague",
        "en",
        "sms",
        IDENT,
        "Fernway: sorry, our van broke down, so your shopping will come about 90 minutes later than planned. Help: fernway.example/help",
        False,
    ),
    (
        "impact_vague",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের ভ্যান নষ্ট, তাই বাজার স্বাভাবিকের চেয়ে প্রায় ২ ঘণ্টা দেরিতে পৌঁছাবে। ১৬২৪০",
        False,
    ),
]


ROUND_52_DATA_SEEN_BY_OTHERS: list[Case] = [
    # data seen by the wrong people, told with an actor or a direction ("emailed to the
    # wrong people", "viewed by someone", "could see another customer's orders", "accessed
    # without permission"): nothing lost in money, no make-good owed; but a make-good is owed
    # when the bank details went too, and money taken "without permission" is no data exposure
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        "Subject: Appointment letters sent to the wrong people\n\nBetween 3 and 9 March, 2,140 appointment letters from our clinic were emailed to the wrong patients. They showed a name, a date of birth and the clinic time; no medical notes. A member of our bookings team pasted the wrong column, and the check that should have caught it was ours to build. We're sorry. Every letter has been recalled and the bookings system now matches each letter to its patient before it is sent. Our final report will be published on 30 March. Questions: 0161 555 0190.",
        False,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        "Subject: Renewal letters sent to the wrong customers\n\nBetween 3 and 9 March, 2,140 renewal letters were posted to the wrong customers. They showed a name, an address and the sort code and account number you pay from. Our print change put two letters into each envelope; that was our error and we're sorry. Every letter has been recalled and each envelope is now checked before posting. Our final report will be published on 30 March. Questions: 0161 555 0190.",
        True,
    ),
    (
        "make_good_missing",
        "en",
        "status_page",
        Stage.MONITORING,
        "Monitoring: order history visible to other shoppers\n\nFrom 10:00 to 14:20 on Tuesday, about 3,600 signed-in shoppers could see another shopper's order history after a change we made to our website. No card details or passwords were shown. That was our mistake and we're sorry. We reversed the change at 14:20 and now test every account page before release. Next update Thursday 12:00. Help: help@basketly.example.",
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "status_page",
        Stage.MONITORING,
        "নজরদারি: অন্য গ্রাহকের বিল দেখা যাচ্ছিল\n\nমঙ্গলবার সকাল ১০টা থেকে দুপুর ২টা পর্যন্ত আমাদের অ্যাপে লগইন করা প্রায় ২,৪০০ গ্রাহক অন্য গ্রাহকের বিল দেখতে পাচ্ছিলেন। কার্ড বা পাসওয়ার্ডের তথ্য দেখা যায়নি। আমাদের একটি আপডেটের ভুলে এটা হয়েছে, আমরা আন্তরিকভাবে দুঃখিত। দুপুর ২টায় আপডেটটি সরিয়ে নিয়েছি এবং এখন প্রতিটি পরিবর্তন আগে পরীক্ষা করা হচ্ছে। পরের আপডেট বৃহস্পতিবার দুপুর ১২টায়। সাহায্য: ১৬২৩৪",
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "status_page",
        IDENT,
        "চিহ্নিত: অনুমতি ছাড়া চার্জ কাটা\n\nগত সপ্তাহে আমাদের বিলিং ব্যবস্থার ভুলে প্রায় ৩,১০০ গ্রাহকের অ্যাকাউন্ট থেকে অনুমতি ছাড়া ৳২০০ করে চার্জ কাটা হয়েছে। এটা আমাদের ভুল, আমরা দুঃখিত। ভুল সেটিংটি সোমবার ঠিক করা হয়েছে। পরের আপডেট বৃহস্পতিবার দুপুর ১২টায়। সাহায্য: ১৬২৩৪",
        True,
    ),
]

ROUND_52_INITIALISMS: list[Case] = [
    # the letters of a trade or a back office in a short message, two or more ("DD" and
    # "BACS", "AOG" and "ETD"), beside everyday ones (a PIN, UTC, SMS), a name ("MV Island
    # Star"), a code with its number ("BA 214") and plain words
    (
        "jargon",
        "en",
        "sms",
        IDENT,
        "Hollybank Council: your DD was re-presented twice by our BPU on 2 May. Our mistake, sorry. Refunded by 9 May. Queries 01632 960881",
        True,
    ),
    (
        "jargon",
        "en",
        "sms",
        IDENT,
        "Hollybank Council: your Direct Debit was collected twice on 2 May. Our mistake, sorry. Refunded by 9 May. Queries 01632 960881",
        False,
    ),
    (
        "jargon",
        "en",
        "x",
        IDENT,
        "Our flight BA 214 is held at Gatwick: the aircraft is AOG after our own engineers found a fault. Sorry. New ETD 18:40. Updates: skylane.example/live",
        True,
    ),
    (
        "jargon",
        "en",
        "x",
        IDENT,
        "MV Island Star is held at Oban after our own engineers found a fault. Sorry. New departure 18:40 UTC. We'll text your PIN for rebooking by SMS. Updates: islandferries.example/live",
        False,
    ),
    (
        "jargon",
        "bn",
        "sms",
        IDENT,
        "BG 147 এখনো AOG, নতুন ETD রাত ৯:৪০। আমাদের রক্ষণাবেক্ষণের ভুল, দুঃখিত। ১৩৬৩৬",
        True,
    ),
    (
        "jargon",
        "bn",
        "sms",
        IDENT,
        "BG 147 উড়োজাহাজের মেরামত চলছে, নতুন ছাড়ার সময় রাত ৯:৪০। আমাদের রক্ষণাবেক্ষণের ভুল, দুঃখিত। ১৩৬৩৬",
        False,
    ),
]


@pytest.mark.parametrize(
    ("rule", "language", "channel", "stage", "text", "flagged"),
    ROUND_52_COUNT_NOT_OF_THE_AFFECTED
    + ROUND_52_VAGUE_IN_OTHER_WORDS
    + ROUND_52_DATA_SEEN_BY_OTHERS
    + ROUND_52_INITIALISMS,
)
def test_round52_52c_misses_are_found_and_traps_pass(
    rule: str, language: str, channel: str, stage: Stage, text: str, flagged: bool
) -> None:
    found = {found_rule for found_rule, _ in findings(text, language, channel, stage)}
    assert (rule in found) is flagged, found
