"""Rounds 40-55 (tuner 56b): the cause and what was done on long-form statements. What was
done or what the reader should do, told in ways the remediation cues did not read (a Bengali
imperative, an act named by an English word in a Bengali sentence, our people at work now,
what those affected should do, the affected told of it, "you can claim" as the take-up of a
make-good); cause words that give no cause (the reader asked for their account, "addressed"
as a verb, a report not received); a Bengali check left out, and a Bengali heading over the
cause. Each fix with the close wordings that must stay as they were."""

# ruff: noqa: RUF001, E501

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

IDENT = Stage.IDENTIFIED
RES = Stage.RESOLVED
MON = Stage.MONITORING
INV = Stage.INVESTIGATING
FOLLOW = Stage.FOLLOW_UP

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

_RECALL_OPEN = (
    "Subject: Our Apple & Oat pouch recall: one month on\n\n"
    "On 2 October we recalled our Apple & Oat pouches. Some contained small pieces of hard plastic. "
    "We sold 88,000 of them. I'm sorry: we sold you food that could have hurt your baby.\n\n"
)
_RECALL_CLOSE = (
    "\n\nSince 20 October every pouch passes an X-ray check before it is sealed. "
    "Next update: 30 November. Questions: 0800 054 3310."
)

ROUND_56_NO_CAUSE_GIVEN: list[tuple[str, str, str, Stage, str, bool]] = [
    # "addressed" is no address
    (
        "root_cause_missing",
        "en",
        "email",
        FOLLOW,
        _RECALL_OPEN
        + "Why it happened: the problem was caused by an issue in the production process, which has now been addressed."
        + _RECALL_CLOSE,
        True,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        FOLLOW,
        _RECALL_OPEN
        + "Why it happened: the labels were printed with a wrong address for returns, so pouches came back to the factory."
        + _RECALL_CLOSE,
        False,
    ),
    # the reader asked for their account
    (
        "root_cause_missing",
        "en",
        "email",
        RES,
        _EN_OPEN
        + "What happened\nA technical issue in our payment systems meant payments were held in a queue. We fixed it at 18:20.\n\n"
        "If the delay cost you a fee, tell us what happened in the app and we'll pay you back by 30 June."
        + _EN_CLOSE,
        True,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        RES,
        _EN_OPEN
        + "What happened\nA software update we installed at 14:00 sent payments to a holding queue. We removed it at 18:20.\n\n"
        "If the delay cost you a fee, tell us what happened in the app and we'll pay you back by 30 June."
        + _EN_CLOSE,
        False,
    ),
]

_BN_RECALL = (
    "বিষয়: মধুমতী মরিচের গুঁড়া ফেরত — হালনাগাদ\n\n"
    "গত ২ সেপ্টেম্বর আমরা মরিচের গুঁড়ার তিনটি ব্যাচ বাজার থেকে তুলে নেওয়ার ঘোষণা দিয়েছিলাম; মোট ৮৬,০০০ প্যাকেট। "
    "দায় পুরোপুরি আমাদের, এর জন্য আমরা আন্তরিকভাবে ক্ষমা চাই।\n\n"
)
_BN_RECALL_CLOSE = (
    "\n\nএখনও কারও অসুস্থ হওয়ার খবর আমরা পাইনি।\n"
    "প্যাকেট কাছের দোকানে ফেরত দিন; পুরো দাম ফেরত পাবেন।\n"
    "পরবর্তী হালনাগাদ: ২৩ সেপ্টেম্বর। প্রশ্ন: ০৯৬০৬-১১২২০০"
)
_BN_HOSPITAL = (
    "Subject: ৮ ও ৯ জুনের অ্যাপয়েন্টমেন্ট বাতিলের SMS আমাদের ভুল ছিল\n\n"
    "শুক্রবার ৫ জুন ১,১৫২ জন রোগী অ্যাপয়েন্টমেন্ট বাতিলের SMS পেয়েছেন। এই ভুল আমাদের, এর জন্য আমরা আন্তরিকভাবে দুঃখিত।\n\n"
    "কী হয়েছে\n"
)
_BN_HOSPITAL_CLOSE = (
    "\n\nএখন যা করছি\n- বাতিলের স্বয়ংক্রিয় SMS শুক্রবার সন্ধ্যা ৭টায় বন্ধ করা হয়েছে।\n\n"
    "পরের আপডেট রবিবার ৭ জুন সন্ধ্যা ৬টায়। সাহায্য: ১০৬৭৮"
)

ROUND_56_BN_CAUSE: list[tuple[str, str, str, Stage, str, bool]] = [
    # a report not received is no cause
    (
        "root_cause_missing",
        "bn",
        "email",
        MON,
        _BN_RECALL
        + "উৎপাদন প্রক্রিয়ায় একটি কারিগরি ত্রুটির কারণে নমুনায় সীসার মাত্রা বেশি পাওয়া গেছে।"
        + _BN_RECALL_CLOSE,
        True,
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        MON,
        _BN_RECALL
        + "মরিচ শুকানোর নতুন যন্ত্রের রঙে সীসা ছিল, আর আমরা যন্ত্রটি চালুর আগে তা পরীক্ষা করিনি।"
        + _BN_RECALL_CLOSE,
        False,
    ),
    # a check left out, told of the check itself, is a cause
    (
        "root_cause_missing",
        "bn",
        "email",
        MON,
        _BN_RECALL
        + "প্রতিটি ব্যাচে সীসার যে পরীক্ষা হওয়ার কথা, সেই পরীক্ষাটি আগস্টের তিন ব্যাচে আমাদের কারখানায় বাদ পড়েছিল।"
        + _BN_RECALL_CLOSE,
        False,
    ),
    # a date before "থেকে" is "since", not "from" a cause
    (
        "root_cause_missing",
        "bn",
        "email",
        MON,
        _BN_RECALL
        + "মান-নিয়ন্ত্রণ সংক্রান্ত কারণে ব্যাচগুলো প্রত্যাহার করা হয়েছে।\n- ৬ ডিসেম্বর থেকে এই তিন ব্যাচের সরবরাহ বন্ধ।"
        + _BN_RECALL_CLOSE,
        True,
    ),
    # a part that broke is a cause (what was left to the date "থেকে" no longer stands in for it)
    (
        "root_cause_missing",
        "bn",
        "email",
        MON,
        _BN_RECALL
        + "আমাদের কারখানায় ২৬ আগস্ট মরিচ গুঁড়া করার মেশিনের একটি রং করা ঢাকনা ভেঙে যায়।\n- ৬ ডিসেম্বর থেকে এই তিন ব্যাচের সরবরাহ বন্ধ।"
        + _BN_RECALL_CLOSE,
        False,
    ),
    # a heading over the cause, with its lines under it
    (
        "root_cause_missing",
        "bn",
        "email",
        IDENT,
        _BN_HOSPITAL
        + "৫ জুন আমরা পুরনো সফটওয়্যার থেকে নতুন সফটওয়্যারে সব বুকিং সরাচ্ছিলাম। আমাদের দল ১ জুনের পরে নেওয়া বুকিংগুলো সরাতে বাদ দিয়ে ফেলে।"
        + _BN_HOSPITAL_CLOSE,
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        IDENT,
        _BN_HOSPITAL + "বুকিং ব্যবস্থায় একটি কারিগরি ত্রুটি দেখা দেয়।" + _BN_HOSPITAL_CLOSE,
        True,
    ),
]


@pytest.mark.parametrize(
    ("rule", "language", "channel", "stage", "text", "flagged"),
    ROUND_56_DONE_OR_TO_DO + ROUND_56_NO_CAUSE_GIVEN + ROUND_56_BN_CAUSE,
)
def test_round_56_56b_cause_and_remediation_and_their_traps(
    rule: str, language: str, channel: str, stage: Stage, text: str, flagged: bool
) -> None:
    found = {found_rule for found_rule, _ in findings(text, language, channel, stage)}
    assert (rule in found) is flagged, found
