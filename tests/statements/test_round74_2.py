"""Round 74 (helper 2): blame put on suppliers, authorities, the monsoon and customers in
words the rules did not list, often after owning part of it; a make-good owed at once where
identity numbers were seen.

Blame: "supplied to us by our vendor", "ShipMate's security failings, not ours", "no
organisation could reasonably have prevented it", "our courier partner, Dash Parcel, was
overwhelmed", "None of this was down to our florists", "the port pulled our berth", "some
banks took longer", customers who acted "despite on-screen guidance asking them not to",
"because everyone logged in at once", "had customers followed …, it would not have happened",
"your address was incomplete"; in Bengali the monsoon ("বর্ষার জন্য"), an authority's decision
("সিভিল এভিয়েশনের সিদ্ধান্তে"), the road works' result ("খোঁড়াখুঁড়ির ফল"), "তারা আমাদের
মান-নির্দেশিকা মানেনি", "সবাই একসাথে ঢোকায়", customers' deeds as the cause ("গ্রাহক … অবৈধ সংযোগ
নেওয়ার কারণেই"), "নিয়ম মেনে … করলে এড়ানো যেত" and "apnar thikana oshompurno" in Banglish.
"Our investigation found the fault" finds a fault, it does not own it."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

INV = Stage.INVESTIGATING
IDENT = Stage.IDENTIFIED
MON = Stage.MONITORING
RES = Stage.RESOLVED


def _rules(text: str, language: str, channel: str, stage: Stage) -> set[str]:
    return {rule for rule, _ in findings(text, language, channel, stage)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Attackers used a flaw in a file-transfer tool supplied to us by our vendor, Archway Systems. We are sorry.",
            "en",
        ),
        (
            "ShipMate's security failings, not ours, let the attacker in. We're sorry.",
            "en",
        ),
        (
            "Our forensic partners confirmed that no organisation could reasonably have prevented an attack like this. We're sorry.",
            "en",
        ),
        (
            "Our courier partner, Dash Parcel, was overwhelmed at its depot and left 3,000 boxes there. We're sorry.",
            "en",
        ),
        (
            "About 3,800 bouquets arrived late. None of this was down to our florists, who had every order ready. We're sorry.",
            "en",
        ),
        (
            "Valletta port pulled our berth, so Wednesday's stop is off for 2,140 guests. Sorry.",
            "en",
        ),
        (
            "Some banks also took longer than usual to confirm payments. We're sorry for the 8,400 duplicate fees.",
            "en",
        ),
        (
            "The duplicate fees happened when customers refreshed the page, despite on-screen guidance asking them not to. Sorry.",
            "en",
        ),
        (
            "The site went down at 10:00 because 9,000 students logged in at once. We're sorry.",
            "en",
        ),
        (
            "Had customers followed the instructions, the fires would not have happened. We are sorry.",
            "en",
        ),
        (
            "Your parcel came 3 days late; your address was incomplete. Sorry.",
            "en",
        ),
        ("ভারী বর্ষার জন্য আমাদের ৯টি ফ্লাইট ২ থেকে ৬ ঘণ্টা দেরিতে চলছে। আমরা দুঃখিত।", "bn"),
        (
            "ঘন কুয়াশা আর সিভিল এভিয়েশনের হঠাৎ সিদ্ধান্তে আমাদের ৬টি ফ্লাইট বাতিল হয়। আমরা দুঃখিত।",
            "bn",
        ),
        (
            "আগে না জানানোর দায় আমাদের, তবে এই দেরি হাইওয়ে পুলিশের তল্লাশি আর সড়ক বিভাগের খোঁড়াখুঁড়ির ফল। দুঃখিত।",
            "bn",
        ),
        (
            "ভালভগুলো তৈরি করে এক বিদেশি সরবরাহকারী। তারা আমাদের মান-নির্দেশিকা মানেনি। আমরা দুঃখিত।",
            "bn",
        ),
        (
            "প্রায় ৯,০০০ শিক্ষার্থী পরীক্ষায় ঢুকতে পারছে না; সবাই একসাথে ঢোকায় এই অবস্থা। আমরা দুঃখিত।",
            "bn",
        ),
        (
            "এলাকার বহু গ্রাহক একাধিক এসি চালানো এবং অবৈধ সংযোগ নেওয়ার কারণেই ট্রান্সফরমার পুড়ে গেছে। আমরা দুঃখিত।",
            "bn",
        ),
        (
            "দায় আমাদের। গ্রাহকেরা নিয়ম মেনে বিদ্যুৎ ব্যবহার করলে আজকের পরিস্থিতি এড়ানো যেত। দুঃখিত।",
            "bn",
        ),
        (
            "Dakbox: Parcel aj pouchheche, 3 din deri-te. Deri-r kichhuta amader, tobe apnar thikana oshompurno chhilo. Dukkhito. 09678112233",
            "bn",
        ),
    ],
)
def test_blame_in_new_words_is_found(text: str, language: str) -> None:
    assert "blame_shifting" in _rules(text, language, "x", MON)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a supplier named as a fact, our own choice owned
        (
            "Our vendor, Archway Systems, supplied the file-transfer tool; we chose it and did not test it. That is our fault and we are sorry.",
            "en",
        ),
        # our own failing, set against nobody
        ("The failings were ours, not the courier's. We're sorry.", "en"),
        # what happened, plainly: many logged in, our servers were too small
        (
            "About 9,000 students could not log in at 10:00. Our servers were too small for everyone logging in at once; that was our mistake. We're sorry.",
            "en",
        ),
        # the customer cleared
        ("Your address was correct; our driver misread it. We're sorry.", "en"),
        # a port that did nothing wrong, our choice
        (
            "We gave up our berth in Valletta to save fuel. That was our decision and we're sorry.",
            "en",
        ),
        # our own decision
        ("ফ্লাইট বাতিলের সিদ্ধান্তটা ছিল আমাদের। আমরা দুঃখিত।", "bn"),
        # everyone at once, as what our bug did to them, owned
        (
            "আমাদের একটি ভুলে হিসাব ধীর হয়ে যায়, ফলে সকালে সবাই একসঙ্গে বেতন চালাতে শুরু করলে ব্যবস্থা আটকে যায়। দায় আমাদের, দুঃখিত।",
            "bn",
        ),
        # a harm done to customers, not their deed
        ("আমাদের ভুলে গ্রাহকদের টাকা দুবার কাটার কারণে আমরা দুঃখিত। দায় আমাদের।", "bn"),
    ],
)
def test_close_wordings_stay_clean(text: str, language: str) -> None:
    assert "blame_shifting" not in _rules(text, language, "x", MON)


def test_finding_the_fault_is_not_owning_it() -> None:
    text = "Our investigation found the fault lies with a fuse from our component partner. We are sorry."
    assert "ownership_missing" in _rules(text, "en", "x", MON)


def test_identity_numbers_seen_ask_a_make_good_when_identified() -> None:
    text = (
        "Subject: Your payroll details\n\nWe sent a payroll file with the names, National Insurance "
        "numbers and salaries of 1,240 staff to the wrong client on 3 May. This was our mistake "
        "and we are sorry. We have asked the client to delete it and they confirmed they have. "
        "Our next update is on 10 May. Questions: 0800 555 0100 or help@payroll.example."
    )
    assert "make_good_missing" in _rules(text, "en", "email", IDENT)
    offered = text.replace(
        "Our next update",
        "We are offering every affected person 24 months of free identity monitoring. Our next update",
    )
    assert "make_good_missing" not in _rules(offered, "en", "email", IDENT)
