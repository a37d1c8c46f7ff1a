"""Rounds 56-57 (tuner 58b): false alarms of impact_vague and make_good_missing. A count in a
clause of its own beside what we are doing; a degree word said of one person counted as one,
or of a case the reader may be in ("if your form was partly sent"); "are small" before a noun
("you are small businesses"); a make-good labelled as an apology ("as an apology", "to say
sorry,"), a sum each affected person gets, a month or the reader's next visit made free, a
penalty spared, the reader's deadline moved, a knock-on fee paid back in Bengali ("সেই টাকা
আমরা দিয়ে দেব", a bounced cheque, a late-payment fee). Each fix with the close wordings that
must stay as they were."""

# ruff: noqa: RUF001, E501

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

IDENT = Stage.IDENTIFIED
RES = Stage.RESOLVED
MON = Stage.MONITORING
INV = Stage.INVESTIGATING

_EN_X_OPEN = (
    "Some of you got a text from us this morning showing another customer's name and bill. "
    "That's our error and we're sorry. "
)
_EN_X_CLOSE = " Next update 2pm. Help: https://telvio.example/help"

_BN_RECALL = (
    "বিষয়: শিশুখাদ্য ফেরত নিচ্ছি\n\n"
    "২ থেকে ২০ সেপ্টেম্বরের মধ্যে বিক্রি হওয়া প্রায় ১৮,৬০০টি প্যাকেট আমরা ফেরত নিচ্ছি, কারণ কিছু প্যাকেটে প্লাস্টিকের টুকরো থাকতে পারে। "
    "ভুলটা আমাদের, আমরা ক্ষমা চাইছি।\n\n"
)
_BN_RECALL_CLOSE = "\n\nপুরো দাম ফেরত পাবেন। ৩০ সেপ্টেম্বর আবার জানাব। সাহায্য: ১৮০০-৩৪৫-৬৭৮৯"

_BN_FORM = (
    "বিষয়: ভর্তি ওয়েবসাইটে সমস্যা\n\n"
    "সকাল ৯টা ১০ মিনিট থেকে আমাদের ভর্তি-ওয়েবসাইট বারবার বন্ধ হয়ে যাচ্ছে; প্রায় ৩,১০০টি আবেদন অসম্পূর্ণ অবস্থায় আছে। "
    "এর দায় আমাদের, আমরা ক্ষমাপ্রার্থী।\n\n"
)
_BN_FORM_NO_COUNT = (
    "বিষয়: ভর্তি ওয়েবসাইটে সমস্যা\n\n"
    "আজ আমাদের ভর্তি-ওয়েবসাইট বারবার বন্ধ হয়ে যাচ্ছে। এর দায় আমাদের, আমরা ক্ষমাপ্রার্থী।\n\n"
)
_BN_FORM_CLOSE = "\n\nপরবর্তী তথ্য আজ বিকেল ৩টায় জানাব। সাহায্য: ০৯৬১১-৩৩৪৪৫৫"

_EN_FORM = (
    "Subject: Problems with the application site\n\n"
    "Since 09:10 the application site has kept failing, and about 3,100 applications are stuck part-way. "
    "This is our fault and I'm sorry.\n\n"
)
_EN_FORM_CLOSE = "\n\nNext update at 15:00 today. Help: 0161 555 0142."

ROUND_58_IMPACT: list[tuple[str, str, Stage, str, bool]] = [
    # a count in a clause of its own beside what we are doing
    (
        "en",
        "x",
        INV,
        _EN_X_OPEN
        + "We've stopped all billing texts while we check \u2013 about 1,900 went out."
        + _EN_X_CLOSE,
        False,
    ),
    (
        "en",
        "x",
        INV,
        _EN_X_OPEN + "We've stopped all billing texts; about 1,900 went out." + _EN_X_CLOSE,
        False,
    ),
    # the count in the clause of what we do counts our own act, not the harm
    (
        "en",
        "x",
        INV,
        _EN_X_OPEN + "We've stopped all billing texts and sent 1,900 corrections." + _EN_X_CLOSE,
        True,
    ),
    (
        "en",
        "x",
        INV,
        _EN_X_OPEN
        + "We've paused the texts \u2013 we will send 1,900 corrections by 5pm."
        + _EN_X_CLOSE,
        True,
    ),
    # a degree word said of one person, counted as one
    (
        "bn",
        "email",
        IDENT,
        _BN_RECALL + "একটি শিশুর মুখে সামান্য আঁচড় লেগেছিল, সে এখন সুস্থ।" + _BN_RECALL_CLOSE,
        False,
    ),
    (
        "bn",
        "email",
        IDENT,
        _BN_RECALL + "একজন রোগীর সামান্য অসুবিধা হয়েছিল।" + _BN_RECALL_CLOSE,
        False,
    ),
    # the same word with nobody counted still plays the harm down
    (
        "bn",
        "email",
        IDENT,
        _BN_RECALL + "শিশুদের মুখে সামান্য আঁচড় লেগেছে।" + _BN_RECALL_CLOSE,
        True,
    ),
    (
        "en",
        "email",
        IDENT,
        _EN_FORM + "Applicants saw a brief outage of the payment page." + _EN_FORM_CLOSE,
        True,
    ),
    (
        "en",
        "email",
        IDENT,
        _EN_FORM + "One applicant saw a brief outage of the payment page." + _EN_FORM_CLOSE,
        False,
    ),
    # a degree word naming a case the reader may be in, in a statement that counts
    (
        "bn",
        "email",
        INV,
        _BN_FORM
        + "আবেদন আংশিক জমা হয়ে থাকলে তা সংরক্ষিত আছে; লগইন করে সেখান থেকেই শুরু করুন।"
        + _BN_FORM_CLOSE,
        False,
    ),
    (
        "bn",
        "email",
        INV,
        _BN_FORM + "যদি আবেদন আংশিক জমা হয়, তা সংরক্ষিত আছে।" + _BN_FORM_CLOSE,
        False,
    ),
    # said as what happened, not as a case: the harm played down
    (
        "bn",
        "email",
        INV,
        _BN_FORM + "কিছু আবেদন আংশিক জমা হয়েছে।" + _BN_FORM_CLOSE,
        True,
    ),
    # a condition, but no count anywhere: nothing answers it
    (
        "bn",
        "email",
        INV,
        _BN_FORM_NO_COUNT + "আবেদন আংশিক জমা হয়ে থাকলে তা সংরক্ষিত আছে।" + _BN_FORM_CLOSE,
        True,
    ),
    (
        "en",
        "email",
        INV,
        _EN_FORM + "If your payment page had a brief outage, your form is saved." + _EN_FORM_CLOSE,
        False,
    ),
    # an adjective before a noun is no harm played down; said of the harm, it is
    (
        "en",
        "email",
        INV,
        _EN_FORM + "Many of you are small businesses waiting on these forms." + _EN_FORM_CLOSE,
        False,
    ),
    (
        "en",
        "email",
        INV,
        _EN_FORM + "Thankfully the outage of the payment page was brief." + _EN_FORM_CLOSE,
        True,
    ),
    (
        "en",
        "email",
        INV,
        _EN_FORM + "Delays were minor for most applicants." + _EN_FORM_CLOSE,
        True,
    ),
    (
        "en",
        "email",
        INV,
        _EN_FORM + "The disruption was minimal and it is over." + _EN_FORM_CLOSE,
        True,
    ),
    # "a small number" still asks for its count, condition or not
    (
        "en",
        "email",
        INV,
        _EN_FORM
        + "If you are one of a small number of applicants charged twice, your money is safe."
        + _EN_FORM_CLOSE,
        True,
    ),
]


@pytest.mark.parametrize(("language", "channel", "stage", "text", "flagged"), ROUND_58_IMPACT)
def test_round_58_58b_impact_figures_and_their_traps(
    language: str, channel: str, stage: Stage, text: str, flagged: bool
) -> None:
    found = {rule for rule, _ in findings(text, language, channel, stage)}
    assert ("impact_vague" in found) is flagged, found


_EN_MG_OPEN = (
    "Subject: Our booking system was down on Tuesday\n\n"
    "On Tuesday 4 March from 09:10 to 13:40 our booking system was down, and about 2,300 "
    "customers could not book or change an appointment. This was our fault: we moved it to a "
    "new server without testing the sign-in. I'm sorry for the missed bookings and the worry.\n\n"
    "We restored the system at 13:40 and we now test every move before it goes live.\n\n"
)
_EN_MG_CLOSE = "\n\nWe will publish a review by Monday 31 March. Questions: call 0161 555 0142."

_BN_MG_OPEN = (
    "বিষয়: ডেবিট কার্ডে দুবার টাকা কাটা\n\n"
    "আজ দুপুর ২:০০ থেকে সন্ধ্যা ৭:৪০ পর্যন্ত প্রায় ১২,৯০০ জন কার্ডধারীর কেনাকাটার টাকা দুবার কেটে নেওয়া হয়েছে। "
    "এটা আমাদের ভুল, এর জন্য আমরা আন্তরিকভাবে দুঃখিত।\n\n"
    "কারণ: সিস্টেম আবার চালুর আগে আমাদের একজন কর্মী আটকে থাকা লেনদেনের তালিকা খালি করেননি।\n\n"
    "বাড়তি কাটা সব টাকা ১৩ নভেম্বর সন্ধ্যা ৬টার মধ্যে আপনার হিসাবে ফেরত আসবে।"
)
_BN_MG_CLOSE = "\n\nপরের আপডেট: কাল সকাল ১০টায়। সাহায্য: কল সেন্টার ১৬২৩৪"

ROUND_58_MAKE_GOOD: list[tuple[str, Stage, str, bool]] = [
    # what is given, labelled as an apology
    (
        "en",
        RES,
        _EN_MG_OPEN
        + "As an apology, your next appointment with us will be free. Just mention this email when you book."
        + _EN_MG_CLOSE,
        False,
    ),
    (
        "en",
        RES,
        _EN_MG_OPEN
        + "To say sorry, everyone who could not book gets a \u00a310 gift token, loaded on to your account."
        + _EN_MG_CLOSE,
        False,
    ),
    # a sum each affected person gets, unlabelled
    (
        "en",
        RES,
        _EN_MG_OPEN
        + "Everyone who could not book gets a \u00a310 token on their account."
        + _EN_MG_CLOSE,
        False,
    ),
    # saying sorry is not giving anything; nor a sum each pays
    (
        "en",
        RES,
        _EN_MG_OPEN + "We want to say sorry, and we will keep you informed." + _EN_MG_CLOSE,
        True,
    ),
    (
        "en",
        RES,
        _EN_MG_OPEN + "As we said, your next appointment with us is unaffected." + _EN_MG_CLOSE,
        True,
    ),
    (
        "en",
        RES,
        _EN_MG_OPEN
        + "Everyone who missed a booking gets a \u00a310 fee waiver form to fill in if they wish to claim the usual charge."
        + _EN_MG_CLOSE,
        True,
    ),
    (
        "en",
        RES,
        _EN_MG_OPEN
        + "Everyone who missed a booking gets a \u00a330 charge as usual."
        + _EN_MG_CLOSE,
        True,
    ),
    # a month given free
    (
        "en",
        RES,
        _EN_MG_OPEN
        + "Every affected account gets March free; it will show on your next bill."
        + _EN_MG_CLOSE,
        False,
    ),
    (
        "en",
        RES,
        _EN_MG_OPEN + "You will get March's bill as usual." + _EN_MG_CLOSE,
        True,
    ),
    # a penalty the harm would have brought, spared
    (
        "en",
        RES,
        _EN_MG_OPEN
        + "If you missed an appointment because you couldn't reach us, you will not be recorded as having failed to attend."
        + _EN_MG_CLOSE,
        False,
    ),
    (
        "en",
        RES,
        _EN_MG_OPEN + "No affected student will have their mark capped." + _EN_MG_CLOSE,
        False,
    ),
    (
        "en",
        RES,
        _EN_MG_OPEN
        + "Your booking will not be recorded as confirmed until we call you."
        + _EN_MG_CLOSE,
        True,
    ),
    (
        "en",
        RES,
        _EN_MG_OPEN
        + "No affected student will have their mark published before Friday."
        + _EN_MG_CLOSE,
        True,
    ),
    # the reader's deadline moved for the time we cost them
    (
        "en",
        MON,
        _EN_MG_OPEN
        + "If you had a deadline between 09:00 and 16:00 on Tuesday, you don't need to ask: all those deadlines have been moved to 12:00 on Thursday 6 March."
        + _EN_MG_CLOSE,
        False,
    ),
    # our own report's date is not the reader's deadline
    (
        "en",
        MON,
        _EN_MG_OPEN + "Our deadline for the review has been moved to 30 April." + _EN_MG_CLOSE,
        True,
    ),
]

ROUND_58_MAKE_GOOD_BN: list[tuple[Stage, str, bool]] = [
    # a sum given to each person affected
    (
        IDENT,
        _BN_MG_OPEN + " সঙ্গে প্রত্যেক ক্ষতিগ্রস্ত কার্ডধারীকে ভোগান্তির জন্য ৳২০০ দেওয়া হবে।" + _BN_MG_CLOSE,
        False,
    ),
    # a sum taken from each is no make-good
    (
        IDENT,
        _BN_MG_OPEN + " প্রত্যেক কার্ডধারীর হিসাব থেকে ৳২০০ কাটা হয়েছে।" + _BN_MG_CLOSE,
        True,
    ),
    # the money never owed, returned: that puts the error right and makes nothing good
    (IDENT, _BN_MG_OPEN + _BN_MG_CLOSE, True),
    # a knock-on fee, then that money paid
    (
        IDENT,
        _BN_MG_OPEN
        + " এর কারণে কোনো ব্যাংক চার্জ লেগে থাকলে ৩০ নভেম্বরের মধ্যে আমাদের জানান; ৭ দিনের মধ্যে সেই টাকা আমরা দিয়ে দেব।"
        + _BN_MG_CLOSE,
        False,
    ),
    (
        IDENT,
        _BN_MG_OPEN
        + " এর কারণে কোনো ব্যাংক চার্জ লেগে থাকলে আমাদের জানান; আমরা সেই তথ্য দেখব।"
        + _BN_MG_CLOSE,
        True,
    ),
    # a bounced cheque or a late-payment fee, paid back
    (
        IDENT,
        _BN_MG_OPEN
        + " এর জেরে কোনো চেক ফেরত বা দেরিতে পরিশোধের ফি কাটা গেলে সেটাও একই সঙ্গে ফেরত দেব।"
        + _BN_MG_CLOSE,
        False,
    ),
]

_BN_DEADLINE = (
    "বিষয়: ভর্তি ওয়েবসাইট আবার চালু\n\n"
    "২৬ জুন সকাল ৯টা ১০ মিনিট থেকে দুপুর ২টা পর্যন্ত আমাদের ভর্তি-ওয়েবসাইট বন্ধ ছিল; প্রায় ৩,১০০টি আবেদন আটকে যায়। "
    "শেষ দিনে ভিড় হবে জেনেও আমরা সার্ভারের সক্ষমতা বাড়াইনি, এর দায় আমাদের। আমরা ক্ষমাপ্রার্থী।\n\n"
    "দুপুর ২টায় ওয়েবসাইট আবার চালু করেছি, আর এখন থেকে শেষ সপ্তাহে সার্ভার দ্বিগুণ রাখা হবে।\n\n"
)
_BN_DEADLINE_CLOSE = "\n\n৫ জুলাই পূর্ণ প্রতিবেদন প্রকাশ করব। সাহায্য: ০৯৬১১-৩৩৪৪৫৫"


@pytest.mark.parametrize(("language", "stage", "text", "flagged"), ROUND_58_MAKE_GOOD)
def test_round_58_58b_make_good_read_and_its_traps(
    language: str, stage: Stage, text: str, flagged: bool
) -> None:
    found = {rule for rule, _ in findings(text, language, "email", stage)}
    assert ("make_good_missing" in found) is flagged, found


@pytest.mark.parametrize(
    ("stage", "text", "flagged"),
    [
        *ROUND_58_MAKE_GOOD_BN,
        (
            RES,
            _BN_DEADLINE
            + "আবেদনের শেষ সময় বাড়িয়ে ৩০ জুন রাত ১১টা ৫৯ মিনিট করা হয়েছে।"
            + _BN_DEADLINE_CLOSE,
            False,
        ),
        (RES, _BN_DEADLINE + _BN_DEADLINE_CLOSE, True),
        # a penalty spared
        (
            RES,
            _BN_DEADLINE
            + "ওয়েবসাইট বন্ধ থাকায় যাঁরা সাক্ষাৎকারে আসতে পারেননি, তাঁদের অনুপস্থিত হিসেবে ধরা হবে না।"
            + _BN_DEADLINE_CLOSE,
            False,
        ),
        (
            RES,
            _BN_DEADLINE + "সাক্ষাৎকারে না এলে অনুপস্থিত হিসেবে ধরা হবে।" + _BN_DEADLINE_CLOSE,
            True,
        ),
        (
            RES,
            _BN_DEADLINE + "আমাদের প্রতিবেদনের শেষ তারিখ বাড়িয়ে ৫ জুলাই করা হয়েছে।" + _BN_DEADLINE_CLOSE,
            True,
        ),
    ],
)
def test_round_58_58b_make_good_bn_and_its_traps(stage: Stage, text: str, flagged: bool) -> None:
    found = {rule for rule, _ in findings(text, "bn", "status_page", stage)}
    assert ("make_good_missing" in found) is flagged, found
