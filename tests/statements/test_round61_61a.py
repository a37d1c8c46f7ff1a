"""Round 61 (tuner 61a): false alarms and misses on English and Bengali statements.

Ownership: "We did this, and we're sorry." opening a sentence names us as the doers; "we
charged <a longer object> twice" is the harm done by our own verb; "আমরা … রক্ষণাবেক্ষণ
ছাড়াই … নামিয়েছিলাম" is a step of ours skipped, as "we approved it without testing" is.
Blame: "your bank balance" is the reader's balance, not the bank; a party inside "on our …"
is only where the sentence's real subject sits. Promises: "we planned"/"we promised" in the
simple past, and "than expected", tell what was; "as soon as yours goes" says when. The
cause: "That's our fault: <what went wrong>" gives one; where the statement gives its cause
and vaguely, a "because" after a step we took (or opening the reader's own reason) and what
follows "our mistake:" are not it. Next update: an irregular past ("cut power … at 7:40am")
looks back, and Bengali "সকাল" is no "কাল". Each fix with close wordings that stay as they
were."""

# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

INV = Stage.INVESTIGATING
IDENT = Stage.IDENTIFIED
MON = Stage.MONITORING
RES = Stage.RESOLVED
FOLLOW = Stage.FOLLOW_UP

_EN_HOLD = (
    "Card held twice at check-in\n\n"
    "Since 22:00 last night our payment system has placed the £100 security hold on 1,146 "
    "guests' cards twice. {middle} You came to stay with us and we've left you short of money."
    "\n\nWe've cancelled every duplicate hold and moved check-ins back to the old terminals. "
    "Next update: 16:00 today. Help: call 0800 917 3300 or email guests@larch.example."
)
_EN_BILL = (
    "{middle} Refunds are going out now and will be in accounts by Fri 24 Oct. We're sorry "
    "you were charged twice. Next update 5pm here, or DM us for help."
)
_BN_BUS = (
    "ঈদযাত্রায় ৩৪টি ট্রিপ বাতিল\n\n"
    "১৪ ও ১৫ জুন আমাদের ৩৪টি বাসের যাত্রা বাতিল হয়েছিল, এতে ১,২৬০ জন যাত্রীর টিকিট বাতিল হয়। "
    "এর জন্য আমরা আন্তরিকভাবে ক্ষমা চাইছি।\n\n"
    "কেন হয়েছিল: {middle}\n\n"
    "১,১৯৮ জন পুরো ভাড়া ফেরত পেয়েছেন। পরের খবর ৫ আগস্ট এই পাতায় জানাব। যোগাযোগ: ১৬৪৭৭"
)

ROUND_61_OWNERSHIP: list[tuple[str, str, Stage, str, bool]] = [
    # "We did this" opening a sentence: we are the doers of what it told
    ("en", "status_page", INV, _EN_HOLD.format(middle="We did this, and we're sorry."), False),
    ("en", "status_page", INV, _EN_HOLD.format(middle="We did this. We're sorry."), False),
    # not "we did this check", nor an apology with nobody owning it
    (
        "en",
        "status_page",
        INV,
        _EN_HOLD.format(middle="We did this check at 13:00, and we're sorry."),
        True,
    ),
    ("en", "status_page", INV, _EN_HOLD.format(middle="We're sorry."), True),
    # our own verb of the harm, with a longer object before "twice"
    (
        "en",
        "x",
        MON,
        _EN_BILL.format(
            middle="We charged a small number of Talkwave broadband customers twice for "
            "their October bill."
        ),
        False,
    ),
    # "twice" in another clause, or the charge not ours
    (
        "en",
        "x",
        MON,
        _EN_BILL.format(
            middle="We charged a small number of Talkwave broadband customers their October "
            "bill, and some banks showed it twice."
        ),
        True,
    ),
    (
        "en",
        "x",
        MON,
        _EN_BILL.format(
            middle="A small number of Talkwave broadband customers were charged twice for "
            "their October bill."
        ),
        True,
    ),
    # Bengali: a step of ours skipped, as "we approved it without testing" in English
    (
        "bn",
        "status_page",
        FOLLOW,
        _BN_BUS.format(
            middle="ঈদের বাড়তি ট্রিপ চালাতে আমরা ১২টি বাস নির্ধারিত রক্ষণাবেক্ষণ ছাড়াই রাস্তায় "
            "নামিয়েছিলাম। এর ৯টি পথে ব্রেকের সমস্যায় ফিরে আসে।"
        ),
        False,
    ),
    (
        "bn",
        "status_page",
        FOLLOW,
        _BN_BUS.format(
            middle="আমরা ১২টি বাস পরীক্ষা না করেই ছেড়েছিলাম। এর ৯টি পথে ব্রেকের সমস্যায় ফিরে আসে।"
        ),
        False,
    ),
    # someone else skipped it, or a rule of ours about it (nothing done wrong)
    (
        "bn",
        "status_page",
        FOLLOW,
        _BN_BUS.format(
            middle="ঠিকাদার ১২টি বাস নির্ধারিত রক্ষণাবেক্ষণ ছাড়াই রাস্তায় নামিয়েছিল। এর ৯টি পথে "
            "ব্রেকের সমস্যায় ফিরে আসে।"
        ),
        True,
    ),
    (
        "bn",
        "status_page",
        FOLLOW,
        _BN_BUS.format(middle="১২টি বাস পথে ব্রেকের সমস্যায় ফিরে আসে। রক্ষণাবেক্ষণ ছাড়া আমরা কোনো বাস চালাই না।"),
        True,
    ),
]


@pytest.mark.parametrize(("language", "channel", "stage", "text", "flagged"), ROUND_61_OWNERSHIP)
def test_round_61_61a_ownership(
    language: str, channel: str, stage: Stage, text: str, flagged: bool
) -> None:
    found = {rule for rule, _ in findings(text, language, channel, stage)}
    assert ("ownership_missing" in found) is flagged, found


_EN_ROAMING = (
    "Wrong roaming charges\n\n"
    "Between 1 and 28 October our billing system charged 31,200 customers roaming fees. This "
    "was our mistake: when we updated our price plans on 1 October, we left six EU countries "
    "off the list. We're sorry. You paid for EU roaming and we charged you for it anyway – "
    "{middle}\n\n"
    "We fixed the list on 29 October and are refunding every wrong charge by Mon 3 Nov. "
    "Next update: Mon 3 Nov, 15:00. Help: chat in the app or call 0333 014 2020."
)
_EN_SCHOOLS = (
    "Classbridge was unavailable for around 640 schools between 07:50 and 11:25 on Tuesday. "
    "We're sorry. This was our mistake.\n\n"
    "{middle}\n\n"
    "We renewed the secret at 10:40 and all services were back by 11:25. Next update by 17:00 "
    "today. Help: support@classbridge.example."
)

ROUND_61_BLAME: list[tuple[str, str, Stage, str, bool]] = [
    # the reader's bank balance is the reader's, not the bank
    (
        "en",
        "status_page",
        MON,
        _EN_ROAMING.format(middle="and some of you only found out when your bank balance dropped."),
        False,
    ),
    (
        "en",
        "status_page",
        MON,
        _EN_ROAMING.format(middle="and some of you only found out when your bank statement came."),
        False,
    ),
    # the bank itself as the actor still lays it elsewhere
    (
        "en",
        "status_page",
        MON,
        _EN_ROAMING.format(middle="and it got worse when our bank dropped the refund file."),
        True,
    ),
    # a thing of ours on our provider is what caused it, not the provider
    (
        "en",
        "email",
        MON,
        _EN_SCHOOLS.format(
            middle="An expired client secret on our SSO identity provider caused login failures."
        ),
        False,
    ),
    # the provider as the actor, or trouble at the provider
    (
        "en",
        "email",
        MON,
        _EN_SCHOOLS.format(middle="Our identity provider caused login failures."),
        True,
    ),
    (
        "en",
        "email",
        MON,
        _EN_SCHOOLS.format(middle="An outage at our identity provider caused login failures."),
        True,
    ),
]


_EN_DEBITS = (
    "Subject: Your Direct Debit was taken twice\n\n"
    "We're sorry. On 3 June about 8,200 members were charged twice. {middle} We refunded "
    "every second payment on 4 June. Next update by 17:00 on 6 June. "
    "Help: 0800 555 0101."
)
ROUND_61_BLAME += [
    # a fault word in the next clause is not the bank's
    (
        "en",
        "email",
        IDENT,
        _EN_DEBITS.format(
            middle="Our system sends Direct Debit requests to the banks, and a mistake in how "
            "we set it up meant every request went twice."
        ),
        False,
    ),
    # the bank's own mistake, in its clause, is still laid on the bank
    (
        "en",
        "email",
        IDENT,
        _EN_DEBITS.format(middle="The banks made a mistake and sent every request twice."),
        True,
    ),
]


@pytest.mark.parametrize(("language", "channel", "stage", "text", "flagged"), ROUND_61_BLAME)
def test_round_61_61a_blame(
    language: str, channel: str, stage: Stage, text: str, flagged: bool
) -> None:
    found = {rule for rule, _ in findings(text, language, channel, stage)}
    assert ("blame_shifting" in found) is flagged, found


_EN_CRUISE = (
    "Subject: Your Saltwind Spirit sailing – what we found\n\n"
    "Saltwind Spirit left two days late, which affected all 2,310 guests on board. The delay "
    "was ours. {middle} We're really sorry: we took two days of your holiday.\n\n"
    "We refunded 2/12ths of your fare by 19 September. From 1 November every refit will "
    "finish at least 10 days before a sailing; our fleet director, Carlos Mendes, is "
    "responsible. We'll post a final note on 31 October. Call 023 8000 4420 for help."
)

ROUND_61_PROMISES: list[tuple[str, str, Stage, str, bool]] = [
    # what we planned or promised then, told in the simple past
    (
        "en",
        "email",
        FOLLOW,
        _EN_CRUISE.format(
            middle="Spirit was in dry dock for a refit in August and we planned the work far "
            "too tightly."
        ),
        False,
    ),
    (
        "en",
        "email",
        FOLLOW,
        _EN_CRUISE.format(middle="We promised a refit in August and planned it far too tightly."),
        False,
    ),
    # "than expected": set against what was expected then, no promise
    (
        "en",
        "email",
        FOLLOW,
        _EN_CRUISE.format(
            middle="A bearing wore out much faster than expected, and our schedule didn't "
            "pick it up in time."
        ),
        False,
    ),
    # "as soon as" with a clause of its own says when; "as soon as we can" does not
    (
        "en",
        "email",
        FOLLOW,
        _EN_CRUISE.format(middle="You'll get a tracking email as soon as yours goes."),
        False,
    ),
    (
        "en",
        "email",
        FOLLOW,
        _EN_CRUISE.format(middle="You'll get a tracking email as soon as we can."),
        True,
    ),
    (
        "en",
        "email",
        FOLLOW,
        _EN_CRUISE.format(middle="Refunds are expected soon."),
        True,
    ),
    # a promise now, with only a month for its timing
    (
        "en",
        "email",
        FOLLOW,
        _EN_CRUISE.format(middle="We will review every refit plan in August."),
        True,
    ),
    (
        "en",
        "email",
        FOLLOW,
        _EN_CRUISE.format(middle="We have committed to review every refit plan in August."),
        True,
    ),
]


@pytest.mark.parametrize(("language", "channel", "stage", "text", "flagged"), ROUND_61_PROMISES)
def test_round_61_61a_promises(
    language: str, channel: str, stage: Stage, text: str, flagged: bool
) -> None:
    found = {rule for rule, _ in findings(text, language, channel, stage)}
    assert ("undated_commitment" in found) is flagged, found


_EN_WRISTBANDS = (
    "Larkfield wristbands – late delivery\n\n"
    "Resolved: all 18,400 wristbands that were held up have now been delivered or collected. "
    "We're sorry: waiting on a wristband the week before a festival is stressful.\n\n"
    "{middle}\n\n"
    "Everyone affected had their £12 booking fee refunded on Tue 19 Aug. We'll post what we're "
    "changing for next year here by Fri 12 Sept. Questions: help@larkfield.example."
)
_EN_RECALL = (
    "Subject: Corefit bar recall – now closed\n\n"
    "{middle} About 6,800 bars were sold across our 54 clubs, and we got it wrong. We're very "
    "sorry – three members told us they had allergic reactions.\n\n"
    "{cause}\n\n"
    "We removed every bar from sale on 19 September and have refunded 4,960 bars. From 1 "
    "October every batch is tested for peanut by an independent lab; our Head of Food, Laura "
    "Benn, is responsible. We'll publish a summary of the tests on 31 October. Questions: "
    "members@corefit.example or 0300 123 5566."
)
_RECALLED = (
    "On 19 September we recalled Corefit Chocolate Crunch bars because some contained peanut "
    "that wasn't on the label."
)

ROUND_61_CAUSE: list[tuple[str, str, Stage, str, bool]] = [
    # what follows the colon after owning it tells what went wrong
    (
        "en",
        "status_page",
        RES,
        _EN_WRISTBANDS.format(
            middle="That's our fault: to save money we started packing a week later than last "
            "year, on 4 Aug, and we didn't leave ourselves enough time."
        ),
        False,
    ),
    # owning it, with nothing after, or only an apology after the colon
    ("en", "status_page", RES, _EN_WRISTBANDS.format(middle="That's our fault."), True),
    (
        "en",
        "status_page",
        RES,
        _EN_WRISTBANDS.format(middle="That's our fault: we let you down."),
        True,
    ),
    (
        "en",
        "status_page",
        RES,
        _EN_WRISTBANDS.format(middle="That's our fault: we're sorry for the worry it caused."),
        True,
    ),
    # the cause given vaguely: "because" after a step we took is why we acted
    (
        "en",
        "email",
        RES,
        _EN_RECALL.format(middle=_RECALLED, cause="The recall was caused by a production issue."),
        True,
    ),
    # ... and the harm told again after "our mistake:" is no cause either
    (
        "en",
        "status_page",
        MON,
        _EN_RECALL.format(
            middle="That's our mistake: you bought a bar and we sold you one with peanut in it.",
            cause="This was caused by a system error on our side.",
        ),
        True,
    ),
    # where nothing vague stands for the cause, the same "because" still tells it, and a
    # plain cause is still a cause
    ("en", "email", RES, _EN_RECALL.format(middle=_RECALLED, cause=""), False),
    (
        "en",
        "email",
        RES,
        _EN_RECALL.format(
            middle=_RECALLED,
            cause="Peanut got into them because our packing machine was not cleaned after a "
            "peanut batch.",
        ),
        False,
    ),
]


@pytest.mark.parametrize(("language", "channel", "stage", "text", "flagged"), ROUND_61_CAUSE)
def test_round_61_61a_root_cause(
    language: str, channel: str, stage: Stage, text: str, flagged: bool
) -> None:
    found = {rule for rule, _ in findings(text, language, channel, stage)}
    assert ("root_cause_missing" in found) is flagged, found


ROUND_61_NEXT_UPDATE: list[tuple[str, str, Stage, str, bool]] = [
    # an irregular past tense looks back: the time is when it happened
    (
        "en",
        "sms",
        INV,
        "Northfield Power: sorry, a fault on our network cut power to about 3,400 homes in "
        "LS6-LS8 at 7:40am. Engineers are on site. Help or medical need? Call 105",
        True,
    ),
    (
        "en",
        "sms",
        INV,
        "Northfield Power: sorry, a fault on our network hit about 3,400 homes in LS6 at "
        "7:40am. Engineers are on site. Call 105",
        True,
    ),
    # a time ahead still dates what comes next
    (
        "en",
        "sms",
        INV,
        "Northfield Power: sorry, a fault on our network cut power to about 3,400 homes in "
        "LS6-LS8. Next update at 10:00. Call 105",
        False,
    ),
    (
        "en",
        "sms",
        INV,
        "Northfield Power: sorry, our network fault cut power to 3,400 homes. We'll have it back "
        "on by 11:00. Call 105",
        False,
    ),
    # Bengali, as it was: a past time looks back, a time ahead dates what comes next
    (
        "bn",
        "sms",
        INV,
        "নর্থফিল্ড পাওয়ার: দুঃখিত, আমাদের লাইনের ত্রুটিতে সকাল ৭:৪০-এ ৩,৪০০ বাড়ির বিদ্যুৎ চলে গেছে। কল: ১০৫",
        True,
    ),
    (
        "bn",
        "sms",
        INV,
        "নর্থফিল্ড পাওয়ার: দুঃখিত, আমাদের লাইনের ত্রুটিতে ৩,৪০০ বাড়িতে বিদ্যুৎ নেই। পরের খবর সকাল ১০টায়। কল: ১০৫",
        False,
    ),
]


@pytest.mark.parametrize(("language", "channel", "stage", "text", "flagged"), ROUND_61_NEXT_UPDATE)
def test_round_61_61a_next_update(
    language: str, channel: str, stage: Stage, text: str, flagged: bool
) -> None:
    found = {rule for rule, _ in findings(text, language, channel, stage)}
    assert ("next_update_missing" in found) is flagged, found
