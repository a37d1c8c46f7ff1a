"""Round 54 (tuner 55b): a make-good given as a labelled gift or a perk sized by its length,
data sent to people's old addresses, "most" or "many" with no count, and an error code read
as a count, a cache read into "এজেন্ট" and a label quoted as the reader will see it taken
for jargon; each fix with the close wordings that must stay as they were."""

# ruff: noqa: RUF001, E501

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

IDENT = Stage.IDENTIFIED
MON = Stage.MONITORING
RES = Stage.RESOLVED

_EN_OUTAGE = (
    "Subject: Sign-in trouble on Saturday\n\nHi all,\n\nOn Saturday 6 June from 18:00 to 21:30 "
    "BST about 22,000 of you could not sign in to Mossgate. We changed a setting on our sign-in "
    "servers that night and it was our mistake; we're sorry you lost your evening.\n\n{gift}\n\n"
    "We've added a check so that setting can't be changed without a second review; our head of "
    "operations, Ravi Shah, owns it and it is live from 15 June. Questions: help@mossgate.example"
)
_BN_OUTAGE = (
    "বিষয়: শনিবারের লগইন সমস্যা\n\nপ্রিয় গ্রাহক,\n\nশনিবার ৬ জুন সন্ধ্যা ৬টা থেকে রাত ৯টা পর্যন্ত প্রায় ২২,০০০ "
    "গ্রাহক লগইন করতে পারেননি। সেদিন আমাদের সার্ভারের একটি সেটিং আমরাই ভুলভাবে বদলেছিলাম; এর জন্য আমরা "
    "আন্তরিকভাবে দুঃখিত।\n\n{gift}\n\nএখন থেকে এই সেটিং বদলাতে দ্বিতীয় একজনের অনুমোদন লাগবে; ১৫ জুন থেকে "
    "এটি চালু করবেন আমাদের অপারেশনস প্রধান রবি সাহা। প্রশ্ন থাকলে: help@mossgate.example"
)

ROUND_54_GIFT_FOR_THE_HARM: list[tuple[str, str, str, Stage, str, bool]] = [
    # a make-good said as a gift labelled for the harm ("as a thank-you for your patience",
    # "to make up for it") or as a perk sized by its length ("a 7-day boost"); beside each a
    # thanks or a catch-up that gives nothing
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        _EN_OUTAGE.format(
            gift="As a thank-you for sticking with us, every account gets a month of Mossgate Plus."
        ),
        False,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        _EN_OUTAGE.format(
            gift="To make up for it, everyone who tried to sign in that night will find 300 Sparks waiting on their next login."
        ),
        False,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        _EN_OUTAGE.format(
            gift="Everyone who played that weekend will get a 3-day XP boost by Friday."
        ),
        False,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        _EN_OUTAGE.format(gift="Thank you for your patience while we sorted it out."),
        True,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        _EN_OUTAGE.format(
            gift="We're running extra support shifts this week to make up for lost time."
        ),
        True,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        _EN_OUTAGE.format(
            gift="Everyone who played that weekend will get 3 emails from us about the change."
        ),
        True,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        _BN_OUTAGE.format(
            gift="আপনার ধৈর্যের জন্য ধন্যবাদ হিসেবে সব অ্যাকাউন্টে এক মাসের প্রিমিয়াম যোগ হবে ১২ জুনের মধ্যে।"
        ),
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        _BN_OUTAGE.format(
            gift="সেই সন্ধ্যার ভোগান্তি কিছুটা পুষিয়ে দিতে সবার অ্যাকাউন্টে এক মাসের প্রিমিয়াম যোগ হবে।"
        ),
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        _BN_OUTAGE.format(gift="আপনার ধৈর্যের জন্য আন্তরিক ধন্যবাদ।"),
        True,
    ),
]

ROUND_54_SENT_TO_OLD_ADDRESSES: list[tuple[str, str, str, Stage, str, bool]] = [
    # data sent to addresses the people no longer live at, said with the sender first: data
    # seen by others with nothing lost asks no make-good; a letter merely late still does
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        "Dear Ms Okafor,\n\nOn 3 June we posted renewal letters for 640 policyholders to out-of-date addresses, yours among them. Each letter showed your name, policy number and renewal price. That was our error: we used last year's mailing list. I'm sorry.\n\nWe've written to the people at those addresses asking them to destroy the letters, and from 20 June our mailings use only the current list; our data lead, Tom Reyes, owns this.\n\nQuestions: 0161 496 0100 or privacy@harbourcover.example",
        False,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        "Dear Ms Okafor,\n\nOn 3 June our renewal letters for 640 policyholders reached their addresses a fortnight late, yours among them, so you paid last year's price for two extra weeks. That was our error: we used last year's mailing list. I'm sorry.\n\nFrom 20 June our mailings use only the current list; our data lead, Tom Reyes, owns this.\n\nQuestions: 0161 496 0100 or privacy@harbourcover.example",
        True,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        "প্রিয় গ্রাহক,\n\n৩ জুন আমরা ৬৪০ জন গ্রাহকের নবায়নের চিঠি তাঁদের পুরনো ঠিকানায় পাঠিয়েছি; চিঠিতে নাম, পলিসি নম্বর ও নবায়নের দাম ছিল। ভুলটা আমাদের, আমরা দুঃখিত।\n\nওই ঠিকানার বাসিন্দাদের চিঠিগুলো নষ্ট করতে অনুরোধ করেছি, আর ২০ জুন থেকে শুধু হালনাগাদ তালিকা ব্যবহার হবে; দায়িত্বে আমাদের ডেটা প্রধান তানভীর রহমান।\n\nপ্রশ্ন থাকলে: ০৯৬১০-১২৩৪৫৬",
        False,
    ),
]

ROUND_54_MOST_OR_MANY_UNCOUNTED: list[tuple[str, str, str, Stage, str, bool]] = [
    # "most" or "many" with no count anywhere says neither how many were hit nor how many are
    # still without; with a count beside it, or said of those who asked us, it is clean
    (
        "impact_vague",
        "en",
        "x",
        MON,
        "Water pressure is back for most households in Ashby after the burst on our main this morning. Sorry, this one was on us. Next update 6pm. Help: 0345 600 1122",
        True,
    ),
    (
        "impact_vague",
        "en",
        "x",
        MON,
        "Water pressure is back for most of the 3,400 households in Ashby after the burst on our main this morning. Sorry, this one was on us. Next update 6pm. Help: 0345 600 1122",
        False,
    ),
    (
        "impact_vague",
        "en",
        "x",
        IDENT,
        "Many passengers missed connections at Leeds today because our signalling fault held trains for an hour. We're sorry. Next update 16:00. Help: 0800 200 300",
        True,
    ),
    (
        "impact_vague",
        "en",
        "x",
        IDENT,
        "About 5,000 passengers missed connections at Leeds today because our signalling fault held trains for an hour. We're sorry. Next update 16:00. Help: 0800 200 300",
        False,
    ),
    (
        "impact_vague",
        "bn",
        "x",
        IDENT,
        "আজ সন্ধ্যার খেলার সম্প্রচার অনেকে দেখতে পারছেন না; আমাদের সার্ভারের ধারণক্ষমতা কম ছিল, দোষ আমাদের। দুঃখিত। পরের আপডেট রাত ৮টায়। সাহায্য: help.example.bd",
        True,
    ),
    (
        "impact_vague",
        "bn",
        "x",
        IDENT,
        "আজ সন্ধ্যার খেলার সম্প্রচার প্রায় ৯,০০০ দর্শক দেখতে পারছেন না; আমাদের সার্ভারের ধারণক্ষমতা কম ছিল, দোষ আমাদের। দুঃখিত। পরের আপডেট রাত ৮টায়। সাহায্য: help.example.bd",
        False,
    ),
    (
        "impact_vague",
        "bn",
        "x",
        IDENT,
        "সন্ধ্যা ৬টা থেকে ৪,২০০ গ্রাহকের বিল দুবার কেটেছে, আমাদের ভুলে। অনেকে জানতে চেয়েছেন টাকা কবে ফিরবে: রাত ১০টার মধ্যে। দুঃখিত। সাহায্য: ১৬২৩৪",
        False,
    ),
]

ROUND_54_ERROR_CODE_IS_NO_COUNT: list[tuple[str, str, str, Stage, str, bool]] = [
    # the number after "error" names the error, it counts nobody: "some players" stays vague
    (
        "impact_vague",
        "en",
        "status_page",
        MON,
        "Monitoring: sign-in problems\n\nSince 19:00 some players have been refused at sign-in with error 5031. We pushed a bad limit to our servers and have reverted it. We're sorry.\n\nNext update: 22:00 here. Help: support.example.gg",
        True,
    ),
    (
        "impact_vague",
        "en",
        "status_page",
        MON,
        "Monitoring: sign-in problems\n\nSince 19:00 some players, about 2,300 of you, have been refused at sign-in with error 5031. We pushed a bad limit to our servers and have reverted it. We're sorry.\n\nNext update: 22:00 here. Help: support.example.gg",
        False,
    ),
    (
        "impact_vague",
        "bn",
        "status_page",
        MON,
        "নজরদারি: লগইন সমস্যা\n\nসন্ধ্যা ৭টা থেকে কিছু গ্রাহক লগইনে এরর ৫০৩১ দেখছেন। আমাদের সার্ভারে ভুল সীমা বসিয়েছিলাম, তা ফিরিয়ে নিয়েছি। আমরা দুঃখিত।\n\nপরের আপডেট রাত ১০টায়। সাহায্য: support.example.bd",
        True,
    ),
]

ROUND_54_JARGON_IN_PLAIN_WORDS: list[tuple[str, str, str, Stage, str, bool]] = [
    # cash handed out by agents is no cache; a word quoted as the label on the reader's own
    # statement is shown to them as written; beside each the same word as jargon
    (
        "jargon",
        "bn",
        "x",
        IDENT,
        "সন্ধ্যা ৬টা থেকে প্রায় ৩,০০০ দোকানে এজেন্টরা ক্যাশ আউট দিতে পারছেন না; ভুলটা আমাদের, দুঃখিত। পরের আপডেট রাত ৯টায়। সাহায্য: ১৬২৪৭",
        False,
    ),
    (
        "jargon",
        "bn",
        "x",
        IDENT,
        "সন্ধ্যা ৬টা থেকে প্রায় ৩,০০০ গ্রাহক অ্যাপ খুলতে পারছেন না; সার্ভারের ক্যাশ ক্লিয়ার করছি, ভুলটা আমাদের, দুঃখিত। পরের আপডেট রাত ৯টায়। সাহায্য: ১৬২৪৭",
        True,
    ),
    (
        "jargon",
        "bn",
        "x",
        IDENT,
        'প্রায় ১,২০০ গ্রাহকের টাকা দুবার কেটেছে, আমাদের ভুলে; দুঃখিত। স্টেটমেন্টে "রিভার্সাল" লেখা একটি ফেরতের এন্ট্রি রাত ৮টার মধ্যে দেখবেন। সাহায্য: ১৬২৪৭',
        False,
    ),
    (
        "jargon",
        "bn",
        "x",
        IDENT,
        "প্রায় ১,২০০ গ্রাহকের টাকা দুবার কেটেছে, আমাদের ভুলে; দুঃখিত। রিভার্সাল চালানো হচ্ছে, টাকা রাত ৮টার মধ্যে ফিরবে। সাহায্য: ১৬২৪৭",
        True,
    ),
    (
        "jargon",
        "en",
        "x",
        IDENT,
        "About 1,200 of you were charged twice this morning, our mistake and we're sorry. You'll see a line marked 'duplicate posting' with the refund by 8pm. Help: 0800 123 456",
        False,
    ),
    (
        "jargon",
        "en",
        "x",
        IDENT,
        "About 1,200 of you were charged twice this morning after a duplicate posting on our side, our mistake and we're sorry. Refunds by 8pm. Help: 0800 123 456",
        True,
    ),
]


@pytest.mark.parametrize(
    ("rule", "language", "channel", "stage", "text", "flagged"),
    ROUND_54_GIFT_FOR_THE_HARM
    + ROUND_54_SENT_TO_OLD_ADDRESSES
    + ROUND_54_MOST_OR_MANY_UNCOUNTED
    + ROUND_54_ERROR_CODE_IS_NO_COUNT
    + ROUND_54_JARGON_IN_PLAIN_WORDS,
)
def test_round_54_misses_are_found_and_their_traps_pass(
    rule: str, language: str, channel: str, stage: Stage, text: str, flagged: bool
) -> None:
    found = {found_rule for found_rule, _ in findings(text, language, channel, stage)}
    assert (rule in found) is flagged, found
