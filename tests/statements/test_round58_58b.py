"""Rounds 56-57 (tuner 58b): false alarms of impact_vague. A count in a clause of its own
beside what we are doing; a degree word said of one person counted as one, or of a case the
reader may be in ("if your form was partly sent"); "are small" before a noun ("you are small
businesses"). Each fix with the close wordings that must stay as they were."""

# ruff: noqa: E501

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
        _BN_RECALL
        + "একটি শিশুর মুখে সামান্য আঁচড় লেগেছিল, সে এখন সুস্থ।"
        + _BN_RECALL_CLOSE,
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
        _BN_FORM
        + "যদি আবেদন আংশিক জমা হয়, তা সংরক্ষিত আছে।"
        + _BN_FORM_CLOSE,
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
        _EN_FORM
        + "If your payment page had a brief outage, your form is saved."
        + _EN_FORM_CLOSE,
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
