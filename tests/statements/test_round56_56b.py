"""Rounds 40-55 (tuner 56b): what was done or what the reader should do on long-form
statements, told in ways the remediation cues did not read (a Bengali imperative, an act named
by an English word in a Bengali sentence, our people at work now, what those affected should do
and that they were told, another way laid on, "you can claim" as the take-up of a make-good).
Each fix with the close wordings that must stay as they were."""

# ruff: noqa: RUF001, E501

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

IDENT = Stage.IDENTIFIED
RES = Stage.RESOLVED
MON = Stage.MONITORING
INV = Stage.INVESTIGATING

_BN_OPEN = (
    "বিষয়: খাতাবই আবার চালু\n\n"
    "মঙ্গলবার ৯ জুলাই দুপুর ১২টা ২০ থেকে বিকেল ৪টা ৩৫ পর্যন্ত প্রায় ৮,৭০০ দোকান খাতাবই ক্লাউডে লগইন করতে পারেনি। "
    "এই বিভ্রাট আমাদের ব্যর্থতা, এর জন্য আমরা আন্তরিকভাবে ক্ষমা চাইছি।\n\n"
    "কারণ: সোমবার রাতে আমরা সার্ভারের একটি সেটিং ভুলভাবে বদলেছিলাম।\n\n"
)
_BN_CLOSE = "\n\nপরের আপডেট: ১১ জুলাই সকাল ১০টায়।\nসাহায্য: ০১৮৪৪-৫০০৬০০"

_EN_OPEN = (
    "Subject: Online banking is down - we're sorry\n\n"
    "Since 07:40 this morning, about 210,000 of you haven't been able to log in to online banking. "
    "This is our fault, and I'm sorry.\n\n"
)
_EN_CLOSE = "\n\nNext update by 11:00 today. Help: 0345 210 4400."

ROUND_56_DONE_OR_TO_DO: list[tuple[str, str, str, Stage, str, bool]] = [
    # the reader's step as a Bengali imperative
    (
        "remediation_missing",
        "bn",
        "email",
        RES,
        _BN_OPEN
        + 'হাতে লেখা বিক্রিগুলো "পুরোনো তারিখে যোগ" অপশন থেকে অ্যাপে তুলে নিন, যাতে মাসের হিসাব ঠিক থাকে।'
        + _BN_CLOSE,
        False,
    ),
    # the only imperatives say where to ask: what is done is still owed
    (
        "remediation_missing",
        "bn",
        "email",
        RES,
        _BN_OPEN + "কোনো প্রশ্ন থাকলে অ্যাপের চ্যাটে লিখুন বা ফোন করুন।" + _BN_CLOSE,
        True,
    ),
    # a month ("জুন") is no imperative
    (
        "remediation_missing",
        "bn",
        "email",
        RES,
        _BN_OPEN + "এ ঘটনার পূর্ণ বিবরণ ১৫ জুন প্রকাশ করা হবে।" + _BN_CLOSE,
        True,
    ),
    # a step beside the make-good's take-up still counts
    (
        "remediation_missing",
        "bn",
        "email",
        RES,
        _BN_OPEN
        + "আপনার ঘরে এই যন্ত্র থাকলে শিশুর নাগালের বাইরে রাখুন এবং যেকোনো দোকানে ফেরত দিন, পুরো দাম ফেরত পাবেন।"
        + _BN_CLOSE,
        False,
    ),
    # an act named by an English word in a Bengali sentence
    (
        "remediation_missing",
        "bn",
        "status_page",
        MON,
        _BN_OPEN + "বর্তমান অবস্থা: ১০ জুলাই রাতে পুরোনো সংস্করণে rollback করা হয়েছে।" + _BN_CLOSE,
        False,
    ),
    # our people at work now
    (
        "remediation_missing",
        "bn",
        "email",
        IDENT,
        _BN_OPEN + "আমাদের টিম এখন হারানো বিক্রিগুলো পুরোনো সার্ভার থেকে আবার তুলে আনছে।" + _BN_CLOSE,
        False,
    ),
    # our people only watching and trying: no act named
    (
        "remediation_missing",
        "bn",
        "email",
        IDENT,
        _BN_OPEN
        + "আমাদের আইসিটি টিম বিষয়টি নিবিড়ভাবে পর্যবেক্ষণ করছে এবং দ্রুত সমাধানের সর্বোচ্চ চেষ্টা চালিয়ে যাচ্ছে।"
        + _BN_CLOSE,
        True,
    ),
    (
        "remediation_missing",
        "en",
        "email",
        INV,
        _EN_OPEN
        + "We don't yet know the exact cause. The problem began five minutes after new login equipment was switched on, so our engineers are now checking the systems behind it."
        + _EN_CLOSE,
        False,
    ),
    (
        "remediation_missing",
        "en",
        "email",
        INV,
        _EN_OPEN
        + "We don't yet know the exact cause. Our engineering teams are treating this as their top priority."
        + _EN_CLOSE,
        True,
    ),
    # "you can claim your fare back" only tells how to take up the make-good
    (
        "remediation_missing",
        "en",
        "status_page",
        INV,
        "Investigating - No trams between Hollins Cross and Eastgate\n\nSince 07:20 no trams have run between Hollins Cross and Eastgate; about 9,000 people travel on that stretch before 10:00. This is on us and we're sorry. "
        "We don't yet know why the overhead line failed.\n\nIf your journey is delayed by more than 30 minutes, you can claim your fare back at linkway.example/delay."
        "\n\nNext update here at 10:00. Help: 0161 555 0199.",
        True,
    ),
    (
        "remediation_missing",
        "en",
        "status_page",
        INV,
        "Investigating - No trams between Hollins Cross and Eastgate\n\nSince 07:20 no trams have run between Hollins Cross and Eastgate; about 9,000 people travel on that stretch before 10:00. This is on us and we're sorry. "
        "We don't yet know why the overhead line failed.\n\nYou can use your tram ticket on the 41 bus between the two stops at no extra cost."
        "\n\nNext update here at 10:00. Help: 0161 555 0199.",
        False,
    ),
    # another way laid on, or the fault worked on, told of the buses or the crew
    (
        "remediation_missing",
        "en",
        "status_page",
        IDENT,
        "Major disruption between Exeter and Plymouth\n\nA signal cable we laid last week failed near Dawlish at 16:45 and no trains can run; about 9,000 passengers are affected. This is our fault and we're sorry your journey home is hours longer. "
        "Replacement buses are running every 20 minutes from Exeter St Davids, and your ticket is valid on Stagecoach buses on the same route."
        "\n\nNext update: 19:00. Help: 0345 555 0177.",
        False,
    ),
    (
        "remediation_missing",
        "en",
        "status_page",
        RES,
        "Resolved: disruption between Brighton and Victoria\n\nBetween 06:10 and 10:45, 86 trains were cancelled, affecting about 45,000 passengers. A points motor we had not serviced burnt out at Haywards Heath. We're very sorry. "
        "Engineers worked to fix the fault overnight."
        "\n\nReport by 20 March. Help: 0345 026 7000.",
        False,
    ),
    # the replacement as the harm's remedy still owed: a bus that is not running is no act
    (
        "remediation_missing",
        "en",
        "status_page",
        IDENT,
        "Major disruption between Exeter and Plymouth\n\nA signal cable we laid last week failed near Dawlish at 16:45 and no trains can run; about 9,000 passengers are affected. This is our fault and we're sorry your journey home is hours longer. "
        "Replacement buses are hard to find at this time of night."
        "\n\nNext update: 19:00. Help: 0345 555 0177.",
        True,
    ),
    # what those affected should do, and that they were told
    (
        "remediation_missing",
        "en",
        "status_page",
        MON,
        _EN_OPEN
        + "Root cause: a login page let anyone try passwords without limit. Affected account owners have been emailed and should change their passwords."
        + _EN_CLOSE,
        False,
    ),
    # what they should have had is no step
    (
        "remediation_missing",
        "en",
        "status_page",
        MON,
        _EN_OPEN
        + "Root cause: a login page let anyone try passwords without limit. Account owners should have been told sooner."
        + _EN_CLOSE,
        True,
    ),
]


@pytest.mark.parametrize(
    ("rule", "language", "channel", "stage", "text", "flagged"),
    ROUND_56_DONE_OR_TO_DO,
)
def test_round_56_56b_cause_and_remediation_and_their_traps(
    rule: str, language: str, channel: str, stage: Stage, text: str, flagged: bool
) -> None:
    found = {found_rule for found_rule, _ in findings(text, language, channel, stage)}
    assert (rule in found) is flagged, found
