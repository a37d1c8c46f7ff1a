"""Round 63 (tuner 63a): ownership false alarms and misses, English and Bengali.

Owned: the company as the one who did the wrong act or whose thing failed, in plain words:
"we posted/emailed/delivered <it> to the wrong <place>" (as "we sent" already was); "we
cancelled your <service>" or "we've cancelled 40 trains"; "we let other customers see";
"our team set <it> up incorrectly" (a team or thing of ours doing it wrongly, in its own
clause); "our chair can tip over" among the harms a product of ours may do; a letter's own
short name ("Harbour Water Services Ltd ("Harbour")") taking responsibility; Bengali "আমরা
ভুল <দুই শব্দ> করায়" and "পাসওয়ার্ড ছাড়া খোলা রেখেছিলাম". Not owned: the object "us" read
as "we" ("customers told us they were charged twice"), nor what we will do ("we'll refund
any late fees", "we'll be introducing checks"), nor the passive or someone else's clause
beside each new wording. Each fix with close wordings that stay as they were."""

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

INV = Stage.INVESTIGATING
IDENT = Stage.IDENTIFIED
FOLLOW = Stage.FOLLOW_UP

_EN_SMS = "Larkfield Surgery: {middle} Sorry. Update Fri 6 Jun 5pm. Help: 01632 960 412"
_EN_STATUS = (
    "Statements went out late\n\n"
    "{middle} About 2,300 customers had their May statement 4 days late. We're sorry for the "
    "worry that caused.\n\n"
    "Every statement has now been reissued. Next update: Friday 6 June, 15:00. "
    "Help: 0800 014 2200 or help@fernbank.example."
)
_EN_LETTER = (
    "Dear customer,\n\n"
    "Between 3 and 17 March, about 12,400 water bills were based on estimated readings "
    'although you had sent us a real one. Harbour Water Services Ltd ("Harbour") has '
    "checked every account since. Harbour {middle} We are sorry you paid more than you used.\n\n"
    "Every account has been re-billed and the difference refunded by 30 April. Next update "
    "by 12 May at harbourwater.example/bills. Questions: 0330 555 0191.\n\n"
    "Harbour Water Services Ltd"
)
_BN_SMS = "টাকাঘর: {middle} এর জন্য আমরা দুঃখিত। বাড়তি টাকা ২০ জুনের মধ্যে ফেরত যাবে। সাহায্য: ১৬৪৭০"

ROUND_63_OWNERSHIP: list[tuple[str, str, Stage, str, bool]] = [
    # posted / emailed to the wrong place, as "we sent it to the wrong address"
    (
        "en",
        "sms",
        IDENT,
        _EN_SMS.format(middle="on 2 Jun we posted your test results to the wrong address."),
        False,
    ),
    (
        "en",
        "sms",
        IDENT,
        _EN_SMS.format(middle="yesterday we emailed your clinic letter to the wrong patient."),
        False,
    ),
    # the same harm with nobody doing it, or ours only in another clause
    (
        "en",
        "sms",
        IDENT,
        _EN_SMS.format(middle="on 2 Jun your test results were posted to the wrong address."),
        True,
    ),
    (
        "en",
        "sms",
        IDENT,
        _EN_SMS.format(middle="we found that your letter had gone to the wrong address."),
        True,
    ),
    # we cancelled the customer's service
    (
        "en",
        "sms",
        IDENT,
        _EN_SMS.format(middle="we've cancelled your 9:40 blood test on Thu 5 Jun."),
        False,
    ),
    (
        "en",
        "status_page",
        IDENT,
        _EN_STATUS.format(middle="This week we cancelled 14 of our 60 print runs."),
        False,
    ),
    # the cancelling without an actor, or a step of the fix
    (
        "en",
        "sms",
        IDENT,
        _EN_SMS.format(middle="your 9:40 blood test on Thu 5 Jun has been cancelled."),
        True,
    ),
    (
        "en",
        "status_page",
        IDENT,
        _EN_STATUS.format(middle="We cancelled the duplicate direct debits on Tuesday."),
        True,
    ),
    (
        "en",
        "status_page",
        IDENT,
        _EN_STATUS.format(middle="We're cancelling every duplicate statement this week."),
        True,
    ),
    # what we will do with "late", "twice" or "introduce" is a promise, not an admission
    (
        "en",
        "status_page",
        IDENT,
        _EN_STATUS.format(middle="We will refund any late payment fees by 13 June."),
        True,
    ),
    (
        "en",
        "status_page",
        IDENT,
        _EN_STATUS.format(middle="We'll be introducing a second print check by 30 June."),
        True,
    ),
    (
        "en",
        "status_page",
        IDENT,
        _EN_STATUS.format(middle="We printed the May statements late and will refund any fees."),
        False,
    ),
    # we let others see what was not theirs
    (
        "en",
        "sms",
        IDENT,
        _EN_SMS.format(middle="on 2 Jun we let other patients see your phone number."),
        False,
    ),
    (
        "en",
        "sms",
        IDENT,
        _EN_SMS.format(middle="on 2 Jun we let you see your new results early."),
        True,
    ),
    # a team of ours did it wrongly, in its own clause
    (
        "en",
        "status_page",
        IDENT,
        _EN_STATUS.format(
            middle="Our print team loaded the May address file incorrectly on 2 June."
        ),
        False,
    ),
    (
        "en",
        "status_page",
        IDENT,
        _EN_STATUS.format(
            middle="Our review found that the May address file was loaded incorrectly."
        ),
        True,
    ),
    (
        "en",
        "status_page",
        IDENT,
        _EN_STATUS.format(middle="Our customers were sent the May file incorrectly."),
        True,
    ),
    # a product of ours that may tip over
    (
        "en",
        "sms",
        IDENT,
        "Nestwell: our Dune bunk bed (sold Feb-Apr, ~3,100) can tip over. Stop using it. "
        "Sorry. Free collection & refund from 9 Jun: nestwell.example/recall",
        False,
    ),
    (
        "en",
        "sms",
        IDENT,
        "Nestwell: some bunk beds sold Feb-Apr (~3,100) can tip over. Stop using it. "
        "Sorry. Free collection & refund from 9 Jun: nestwell.example/recall",
        True,
    ),
    # "us" is the object, not the one who did it
    (
        "en",
        "status_page",
        IDENT,
        _EN_STATUS.format(middle="Several of you told us your statement arrived twice."),
        True,
    ),
    (
        "en",
        "status_page",
        IDENT,
        _EN_STATUS.format(middle="Several of you told us we sent your statement twice."),
        False,
    ),
    # the short name a letter defines for itself takes responsibility
    (
        "en",
        "email",
        FOLLOW,
        _EN_LETTER.format(middle="accepts full responsibility for this."),
        False,
    ),
    (
        "en",
        "email",
        FOLLOW,
        _EN_LETTER.format(middle="has looked into this."),
        True,
    ),
    # Bengali: we set a wrong <thing>, and so the harm
    ("bn", "sms", IDENT, _BN_SMS.format(middle="আমরা ভুল ফি হার বসানোয় ৩ জুন বাড়তি টাকা কাটা হয়েছে।"), False),
    ("bn", "sms", IDENT, _BN_SMS.format(middle="ভুল ফি হারের কারণে ৩ জুন বাড়তি টাকা কাটা হয়েছে।"), True),
    (
        "bn",
        "sms",
        IDENT,
        _BN_SMS.format(middle="আমরা ভুল তথ্য পেয়ে ৩ জুন বাড়তি টাকা কেটেছি কি না দেখছি।"),
        True,
    ),
    # Bengali: we left it open without a password
    (
        "bn",
        "sms",
        IDENT,
        _BN_SMS.format(middle="একটি পুরোনো ফোল্ডার আমরা পাসওয়ার্ড ছাড়া খোলা রেখেছিলাম।"),
        False,
    ),
    (
        "bn",
        "sms",
        IDENT,
        _BN_SMS.format(middle="একটি পুরোনো ফোল্ডার পাসওয়ার্ড ছাড়া খোলা ছিল।"),
        True,
    ),
    (
        "bn",
        "sms",
        IDENT,
        _BN_SMS.format(middle="রাতেও আমরা সব কাউন্টার খোলা রেখেছিলাম।"),
        True,
    ),
]


@pytest.mark.parametrize(("language", "channel", "stage", "text", "flagged"), ROUND_63_OWNERSHIP)
def test_round_63_63a_ownership(
    language: str, channel: str, stage: Stage, text: str, flagged: bool
) -> None:
    found = {rule for rule, _ in findings(text, language, channel, stage)}
    assert ("ownership_missing" in found) is flagged, found
