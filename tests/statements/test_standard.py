"""The editor's standard on any text: a failing and a passing example of every rule, in
English and Bengali, on a long and a short channel wherever the rule applies.

Each failing example is a good message with one flaw planted; each passing one is the same
message (or a trap that must not fire). The finding must point at the planted words.
"""

# Bengali digits are the point of several examples, not look-alikes of 8 and O; the
# examples are whole messages, kept on one line each.
# ruff: noqa: RUF001, E501

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from crisiscomms.statements.check.document import Channel
from crisiscomms.statements.check.run import check_text

EN_LONG = (
    "Since 08:40 UTC about 3,200 of you could not pay by card at checkout. This is our fault: "
    "a settings change we made at 08:35 broke card payments. We're sorry: you lost sales "
    "because of our mistake.\n\n"
    "We rolled the change back at 09:55 and payments work again. You don't need to do "
    "anything; failed payments were never charged.\n\n"
    "We'll credit 10% of this month's bill to every affected account by Fri 9 Oct. Our "
    "payments lead, Ana Silva, will add a check that blocks untested settings by 16 Oct.\n\n"
    "Next update by 17:00 UTC today. Questions: help.example.com or 0800 123 4567."
)
EN_X = (
    "Since 08:40 UTC about 3,200 of you couldn't pay by card. That's on us: a change we made "
    "broke it, and we're sorry. Next update by 11:00 UTC. Help: help.example.com"
)
EN_SMS = (
    "Acme: sorry, our change broke card payments for ~3,200 of you since 08:40. Next update "
    "11:00 UTC. Help: help.example.com"
)
BN_LONG = (
    "আজ সকাল ৮:৪০ থেকে প্রায় ৩,২০০ জন গ্রাহক কার্ডে পেমেন্ট করতে পারেননি। ভুলটা আমাদের: সকাল "
    "৮:৩৫-এ আমাদের করা একটি সেটিং পরিবর্তনের কারণে কার্ড পেমেন্ট বন্ধ হয়ে যায়। আমরা আন্তরিকভাবে "
    "দুঃখিত।\n\n"
    "সকাল ৯:৫৫-এ আমরা পরিবর্তনটি ফিরিয়ে নিয়েছি, এখন পেমেন্ট কাজ করছে। আপনাকে কিছু করতে হবে "
    "না; ব্যর্থ পেমেন্টের টাকা কাটা হয়নি।\n\n"
    "ক্ষতিগ্রস্ত প্রত্যেক গ্রাহকের অ্যাকাউন্টে এ মাসের বিলের ১০% ক্রেডিট আমরা ৯ অক্টোবরের মধ্যে দেব।\n\n"
    "পরবর্তী আপডেট আজ বিকেল ৫টায়। প্রশ্ন থাকলে help.example.com অথবা ১৬২৪৭ নম্বরে কল করুন।"
)
BN_X = (
    "সকাল ৮:৪০ থেকে প্রায় ৩,২০০ জন কার্ডে পেমেন্ট করতে পারেননি। আমাদের ভুলে এটা হয়েছে, আমরা "
    "দুঃখিত। পরবর্তী আপডেট সকাল ১১টায়। সাহায্য: help.example.com"
)
BN_SMS = "দুঃখিত, আমাদের ভুলে কার্ড পেমেন্ট বন্ধ। আপডেট ১১টায়: acme.bd"

BASES = {
    ("en", "email"): EN_LONG,
    ("en", "status_page"): EN_LONG,
    ("en", "x"): EN_X,
    ("en", "sms"): EN_SMS,
    ("bn", "email"): BN_LONG,
    ("bn", "status_page"): BN_LONG,
    ("bn", "x"): BN_X,
    ("bn", "sms"): BN_SMS,
}


def sub(language: str, channel: str, old: str, new: str) -> str:
    """The good message of a language and channel with one passage replaced."""
    base = BASES[(language, channel)]
    assert old in base, old
    return base.replace(old, new)


def findings(text: str, language: str, channel: str, stage: Stage | None) -> list[tuple[str, str]]:
    """(rule, excerpt) of every finding, each excerpt checked against its span."""
    report = check_text(text, language=language, channel=Channel(channel), stage=stage)
    for finding in report.findings:
        assert text[finding.start : finding.end] == finding.excerpt
    return [(finding.rule, finding.excerpt) for finding in report.findings]


# The stages the tables below name, by short names.
INV = Stage.INVESTIGATING
IDENT = Stage.IDENTIFIED
MON = Stage.MONITORING
RES = Stage.RESOLVED
FOLLOW = Stage.FOLLOW_UP
# (rule, language, channel, stage, text, planted words or "" for a missing element)
FAILING = [
    # 1. own it
    (
        "ownership_missing",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "This is our fault: a settings change we made at 08:35 broke card payments. We're sorry: you lost sales because of our mistake.",
            "A settings change at 08:35 stopped card payments. We're sorry you lost sales.",
        ),
        "",
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        sub(
            "en",
            "x",
            "That's on us: a change we made broke it, and we're sorry.",
            "Mistakes were made and we're sorry.",
        ),
        "",
    ),
    (
        "ownership_missing",
        "bn",
        "email",
        IDENT,
        sub(
            "bn",
            "email",
            "ভুলটা আমাদের: সকাল ৮:৩৫-এ আমাদের করা একটি সেটিং পরিবর্তনের কারণে",
            "সকাল ৮:৩৫-এ একটি সেটিং পরিবর্তনের কারণে",
        ),
        "",
    ),
    ("ownership_missing", "bn", "sms", IDENT, sub("bn", "sms", "আমাদের ভুলে ", ""), ""),
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "This is our fault: a settings change we made at 08:35 broke card payments. We're sorry: you lost sales because of our mistake.",
            "The outage was caused by our payment processor's faulty update. We're sorry you lost sales.",
        ),
        "processor's",
    ),
    (
        "blame_shifting",
        "en",
        "sms",
        IDENT,
        sub(
            "en", "sms", "our change broke card payments", "card payments failed due to user error"
        ),
        "user error",
    ),
    (
        "blame_shifting",
        "en",
        "x",
        IDENT,
        sub(
            "en",
            "x",
            "That's on us: a change we made broke it, and we're sorry.",
            "It was beyond our control, but we're sorry.",
        ),
        "beyond our control",
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        sub(
            "bn",
            "email",
            "ভুলটা আমাদের: সকাল ৮:৩৫-এ আমাদের করা একটি সেটিং পরিবর্তনের কারণে",
            "সরবরাহকারীর ত্রুটির কারণে",
        ),
        "সরবরাহকারীর ত্রুটির",
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        IDENT,
        sub("bn", "x", "আমাদের ভুলে এটা হয়েছে", "এটা আমাদের নিয়ন্ত্রণের বাইরে ছিল"),
        "নিয়ন্ত্রণের বাইরে",
    ),
    # 2. apologise sincerely
    (
        "apology_missing",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "We're sorry: you lost sales because of our mistake.",
            "You lost sales because of our mistake.",
        ),
        "",
    ),
    ("apology_missing", "en", "sms", IDENT, sub("en", "sms", "Acme: sorry, our", "Acme: our"), ""),
    ("apology_missing", "bn", "x", IDENT, sub("bn", "x", ", আমরা দুঃখিত", ""), ""),
    (
        "apology_missing",
        "bn",
        "status_page",
        IDENT,
        sub("bn", "status_page", " আমরা আন্তরিকভাবে দুঃখিত।", ""),
        "",
    ),
    (
        "non_apology",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "We're sorry: you lost sales because of our mistake.",
            "We apologise for any inconvenience this may have caused.",
        ),
        "We apologise for any inconvenience",
    ),
    (
        "non_apology",
        "en",
        "x",
        IDENT,
        sub("en", "x", "and we're sorry", "and we're sorry if you were affected"),
        "we're sorry if",
    ),
    (
        "non_apology",
        "en",
        "sms",
        IDENT,
        sub("en", "sms", "Acme: sorry, our", "Acme: sorry you feel let down; our"),
        "sorry you feel",
    ),
    (
        "non_apology",
        "bn",
        "email",
        IDENT,
        sub("bn", "email", "আমরা আন্তরিকভাবে দুঃখিত।", "সাময়িক অসুবিধার জন্য আমরা দুঃখিত।"),
        "সাময়িক অসুবিধার",
    ),
    (
        "non_apology",
        "bn",
        "x",
        IDENT,
        sub("bn", "x", "আমরা দুঃখিত", "যেকোনো অসুবিধার জন্য আমরা দুঃখিত"),
        "যেকোনো অসুবিধার",
    ),
    # 3. impact with figures
    (
        "impact_vague",
        "en",
        "email",
        IDENT,
        sub("en", "email", "about 3,200 of you", "a small number of you"),
        "a small number",
    ),
    (
        "impact_vague",
        "en",
        "x",
        IDENT,
        sub(
            "en",
            "x",
            "Since 08:40 UTC about 3,200 of you couldn't pay by card.",
            "A handful of you couldn't pay by card.",
        ),
        "A handful",
    ),
    (
        "impact_vague",
        "bn",
        "email",
        IDENT,
        sub("bn", "email", "প্রায় ৩,২০০ জন গ্রাহক", "অল্প কিছু গ্রাহক"),
        "অল্প কিছু",
    ),
    (
        "impact_vague",
        "bn",
        "x",
        IDENT,
        sub("bn", "x", "সকাল ৮:৪০ থেকে প্রায় ৩,২০০ জন", "সামান্য কিছু গ্রাহক"),
        "সামান্য",
    ),
    # 4. root cause (long form)
    (
        "root_cause_missing",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "a settings change we made at 08:35 broke card payments",
            "we had technical issues",
        ),
        "technical issues",
    ),
    (
        "root_cause_missing",
        "en",
        "status_page",
        IDENT,
        sub(
            "en",
            "status_page",
            "a settings change we made at 08:35 broke card payments. We're sorry: you lost sales because of our mistake.",
            "we let you down. We're sorry you lost sales.",
        ),
        "",
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        IDENT,
        sub(
            "bn",
            "email",
            "সকাল ৮:৩৫-এ আমাদের করা একটি সেটিং পরিবর্তনের কারণে কার্ড পেমেন্ট বন্ধ হয়ে যায়",
            "কারিগরি ত্রুটির কারণে কার্ড পেমেন্ট বন্ধ ছিল",
        ),
        "কারিগরি ত্রুটির কারণে",
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        IDENT,
        sub(
            "bn",
            "status_page",
            "সকাল ৮:৩৫-এ আমাদের করা একটি সেটিং পরিবর্তনের কারণে কার্ড পেমেন্ট বন্ধ হয়ে যায়",
            "আমরা আপনাদের হতাশ করেছি",
        ),
        "",
    ),
    # 5. remediation (long form)
    (
        "remediation_missing",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "We rolled the change back at 09:55 and payments work again. You don't need to do anything; failed payments were never charged.\n\nWe'll credit 10% of this month's bill to every affected account by Fri 9 Oct. Our payments lead, Ana Silva, will add a check that blocks untested settings by 16 Oct.",
            "We are working on it.",
        ),
        "",
    ),
    (
        "remediation_missing",
        "bn",
        "email",
        IDENT,
        sub(
            "bn",
            "email",
            "সকাল ৯:৫৫-এ আমরা পরিবর্তনটি ফিরিয়ে নিয়েছি, এখন পেমেন্ট কাজ করছে। আপনাকে কিছু করতে হবে না; ব্যর্থ পেমেন্টের টাকা কাটা হয়নি।\n\nক্ষতিগ্রস্ত প্রত্যেক গ্রাহকের অ্যাকাউন্টে এ মাসের বিলের ১০% ক্রেডিট আমরা ৯ অক্টোবরের মধ্যে দেব।",
            "আমরা বিষয়টি নিয়ে কাজ করছি।",
        ),
        "",
    ),
    # 6. dated promises, nothing impossible
    (
        "undated_commitment",
        "en",
        "email",
        IDENT,
        sub("en", "email", "by 16 Oct", "in due course"),
        "in due course",
    ),
    (
        "undated_commitment",
        "en",
        "x",
        IDENT,
        sub(
            "en",
            "x",
            "Next update by 11:00 UTC.",
            "We'll refund you soon. Next update by 11:00 UTC.",
        ),
        "soon",
    ),
    (
        "undated_commitment",
        "bn",
        "email",
        IDENT,
        sub("bn", "email", "৯ অক্টোবরের মধ্যে দেব", "শীঘ্রই দেব"),
        "শীঘ্রই",
    ),
    (
        "undated_commitment",
        "bn",
        "x",
        IDENT,
        sub("bn", "x", "পরবর্তী আপডেট", "টাকা যথাসময়ে ফেরত দেব। পরবর্তী আপডেট"),
        "যথাসময়ে",
    ),
    (
        "over_promising",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "will add a check that blocks untested settings by 16 Oct.",
            "guarantees this will never happen again.",
        ),
        "guarantee",
    ),
    (
        "over_promising",
        "en",
        "sms",
        IDENT,
        sub("en", "sms", "Next update", "Payments are 100% safe. Next update"),
        "100%",
    ),
    (
        "over_promising",
        "bn",
        "email",
        IDENT,
        sub("bn", "email", "পরবর্তী আপডেট", "এমন ঘটনা আর কখনো হবে না। পরবর্তী আপডেট"),
        "আর কখনো হবে না",
    ),
    (
        "over_promising",
        "bn",
        "x",
        IDENT,
        sub("bn", "x", "পরবর্তী আপডেট", "আপনার তথ্য শতভাগ নিরাপদ। পরবর্তী আপডেট"),
        "শতভাগ নিরাপদ",
    ),
    # 7. make good (long form)
    (
        "make_good_missing",
        "en",
        "email",
        Stage.MONITORING,
        sub(
            "en",
            "email",
            "We'll credit 10% of this month's bill to every affected account by Fri 9 Oct. ",
            "",
        ),
        "",
    ),
    (
        "make_good_missing",
        "bn",
        "status_page",
        Stage.MONITORING,
        sub(
            "bn",
            "status_page",
            "ক্ষতিগ্রস্ত প্রত্যেক গ্রাহকের অ্যাকাউন্টে এ মাসের বিলের ১০% ক্রেডিট আমরা ৯ অক্টোবরের মধ্যে দেব।",
            "এই ভুল যাতে আর না হয়, সেজন্য আমরা ১৬ অক্টোবরের মধ্যে একটি যাচাই যোগ করব।",
        ),
        "",
    ),
    # 8. next update
    (
        "next_update_missing",
        "en",
        "email",
        IDENT,
        sub("en", "email", "Next update by 17:00 UTC today.", "We'll keep you posted."),
        "",
    ),
    (
        "next_update_missing",
        "en",
        "x",
        IDENT,
        sub("en", "x", "Next update by 11:00 UTC.", "More soon."),
        "",
    ),
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        sub("en", "sms", "Next update 11:00 UTC.", "Updated 09:58 UTC."),
        "",
    ),
    (
        "next_update_missing",
        "en",
        "status_page",
        Stage.RESOLVED,
        sub(
            "en",
            "status_page",
            "Next update by 17:00 UTC today.",
            "Our helpline is open until 20:00.",
        ),
        "",
    ),
    (
        "next_update_missing",
        "bn",
        "email",
        IDENT,
        sub("bn", "email", "পরবর্তী আপডেট আজ বিকেল ৫টায়।", "আমরা আপনাদের জানাতে থাকব।"),
        "",
    ),
    ("next_update_missing", "bn", "sms", IDENT, sub("bn", "sms", "আপডেট ১১টায়", "আপডেট শীঘ্রই"), ""),
    # 9. help
    (
        "help_missing",
        "en",
        "email",
        IDENT,
        sub("en", "email", " Questions: help.example.com or 0800 123 4567.", ""),
        "",
    ),
    ("help_missing", "en", "x", IDENT, sub("en", "x", " Help: help.example.com", ""), ""),
    (
        "help_missing",
        "bn",
        "email",
        IDENT,
        sub("bn", "email", " প্রশ্ন থাকলে help.example.com অথবা ১৬২৪৭ নম্বরে কল করুন।", ""),
        "",
    ),
    ("help_missing", "bn", "sms", IDENT, sub("bn", "sms", ": acme.bd", "।"), ""),
    # 10. plain words, within the channel
    (
        "jargon",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "a settings change we made at 08:35 broke card payments",
            "a config regression in our backend raised the error rate",
        ),
        "regression",
    ),
    (
        "jargon",
        "en",
        "x",
        IDENT,
        sub("en", "x", "a change we made broke it", "our failover broke it"),
        "failover",
    ),
    (
        "jargon",
        "bn",
        "email",
        IDENT,
        sub("bn", "email", "সেটিং পরিবর্তনের কারণে", "ডিপ্লয়মেন্টের কারণে"),
        "ডিপ্লয়মেন্টের",
    ),
    (
        "jargon",
        "bn",
        "x",
        IDENT,
        sub("bn", "x", "আমাদের ভুলে এটা হয়েছে", "আমাদের ভুলে ল্যাটেন্সি বেড়েছে"),
        "ল্যাটেন্সি",
    ),
    (
        "too_long",
        "en",
        "x",
        IDENT,
        EN_X
        + " We know many of you run your whole shop on our tills, and an afternoon without card payments costs real money, so we'll say more.",
        "",
    ),
    ("too_long", "en", "sms", IDENT, EN_SMS + " We'll credit 10% of your bill by Fri 9 Oct.", ""),
    ("too_long", "bn", "sms", IDENT, BN_SMS + " বিলে ক্রেডিট দেব।", ""),
    ("too_long", "bn", "x", IDENT, BN_X + " " + BN_X, ""),
    (
        "evasive_passive",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "You don't need to do anything;",
            "Some card data was exposed. You don't need to do anything;",
        ),
        "card data was exposed",
    ),
    (
        "evasive_passive",
        "bn",
        "email",
        IDENT,
        sub("bn", "email", "আমরা আন্তরিকভাবে দুঃখিত।", "কারিগরি ত্রুটি দেখা দিয়েছে। আমরা আন্তরিকভাবে দুঃখিত।"),
        "কারিগরি ত্রুটি",
    ),
    # Wording the corpus showed: a date is not a head count; denial and blame in Bengali
    (
        "impact_vague",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "Since 08:40 UTC about 3,200 of you",
            "On Wed 5 June a small number of you",
        ),
        "a small number",
    ),
    (
        "impact_vague",
        "en",
        "x",
        IDENT,
        sub(
            "en",
            "x",
            "Since 08:40 UTC about 3,200 of you couldn't pay by card.",
            "Some of you couldn't pay by card for a short while.",
        ),
        "a short while",
    ),
    (
        "undated_commitment",
        "en",
        "sms",
        IDENT,
        sub("en", "sms", "Next update 11:00 UTC.", "Our report will be shared in due course."),
        "in due course",
    ),
    (
        "jargon",
        "en",
        "sms",
        IDENT,
        sub("en", "sms", "Next update", "RMA for any non-conforming SKU. Next update"),
        "",
    ),
    (
        "blame_shifting",  # denying fault is not owning it (ownership_missing is then not repeated)
        "bn",
        "x",
        IDENT,
        sub(
            "bn",
            "x",
            "আমাদের ভুলে এটা হয়েছে, আমরা দুঃখিত।",
            "আমাদের সিস্টেমে কোনো ত্রুটি নেই, তবু আমরা দুঃখিত।",
        ),
        "কোনো ত্রুটি নেই",
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        IDENT,
        sub(
            "bn",
            "x",
            "আমাদের ভুলে এটা হয়েছে, আমরা দুঃখিত।",
            "গ্রাহকেরা একই পিন ব্যবহার করায় এটা হয়েছে, আমরা দুঃখিত।",
        ),
        "ব্যবহার করায়",
    ),
    # Round 4a wording (released to dev): canned regret, a month with no day, a universal
    # promise, "do not reply" as the only contact
    (
        "non_apology",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "We're sorry: you lost sales because of our mistake.",
            "We regret any bother this may have put you to.",
        ),
        "regret any bother",
    ),
    (
        "undated_commitment",
        "en",
        "email",
        IDENT,
        sub("en", "email", "by Fri 9 Oct", "during July"),
        "during July",
    ),
    (
        "over_promising",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "Next update by",
            "From here on, every payment will go through first time. Next update by",
        ),
        "every payment will go",
    ),
    (
        "help_missing",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "Questions: help.example.com or 0800 123 4567.",
            "Your receipt will be emailed to you. Please do not reply to this email.",
        ),
        "",
    ),
    # a past email or a help line's hours is no next update
    (
        "next_update_missing",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "Next update by 17:00 UTC today. Questions: help.example.com or 0800 123 4567.",
            "Your new card PIN is in the letter we posted to you on 3 Oct. Questions: call 0800 123 4567 (9am-5pm, Mon-Fri).",
        ),
        "",
    ),
    (
        "next_update_missing",
        "en",
        "x",
        IDENT,
        "Since 07:30 today about 3,200 of you couldn't pay by card. That's on us: a change we made broke it, and we're sorry. We'll keep you posted. Help: help.example.com",
        "",
    ),
    # a vague cause stays vague wherever it happened; what we did since is no cause
    (
        "root_cause_missing",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "This is our fault: a settings change we made at 08:35 broke card payments. We're sorry: you lost sales because of our mistake.",
            "This is our fault: the outage came from operational difficulties at our Derby payments centre. We're sorry: you lost sales.",
        ),
        "operational difficulties",
    ),
    (
        "root_cause_missing",
        "en",
        "status_page",
        IDENT,
        sub(
            "en",
            "status_page",
            "This is our fault: a settings change we made at 08:35 broke card payments. We're sorry: you lost sales because of our mistake.",
            "This is our fault, and we're sorry: you lost sales. We've moved every shop to our second payment route.",
        ),
        "",
    ),
    # "taken twice" is how often, not how many; a heading's stamp is not the next update
    (
        "impact_vague",
        "en",
        "sms",
        IDENT,
        "Acme: a small number of card payments on 3 Oct were taken twice. Our error, sorry. Next update 6pm: help.example.com",
        "a small number",
    ),
    (
        "next_update_missing",
        "en",
        "status_page",
        IDENT,
        "Websites and email down for customers on our Manchester servers since this morning\nUpdated 11:05 UTC, Monday 10 March\n\n"
        + sub(
            "en",
            "status_page",
            "Next update by 17:00 UTC today.",
            "We'll post more here as we learn it.",
        ),
        "",
    ),
    # the cause put on a supplier, however politely
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "This is our fault: a settings change we made at 08:35 broke card payments. We're sorry: you lost sales because of our mistake.",
            "It happened because our card processor, PayRail, sent every request twice after an outage on their side. We're sorry: you lost sales.",
        ),
        "PayRail",
    ),
    (
        "blame_shifting",
        "en",
        "status_page",
        IDENT,
        sub(
            "en",
            "status_page",
            "This is our fault: a settings change we made at 08:35 broke card payments. We're sorry: you lost sales because of our mistake.",
            "Our hosting company, Nimbus Cloud, had a power failure in its Leeds data centre. We're sorry: you lost sales.",
        ),
        "hosting company, Nimbus Cloud, had a power failure",
    ),
    # "some" with no count: a phone number, a credit in pounds, a duration or a product code
    # is no count, nor is a Bengali word that only begins like a number ("চার্জ", "দুঃখিত")
    (
        "impact_vague",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "Since 08:40 UTC about 3,200 of you could not pay by card at checkout.",
            "Some of you could not pay by card on model KR-20 terminals for 95 minutes.",
        ).replace("credit 10% of this month's bill", "add £25"),
        "Some of you",
    ),
    (
        "impact_vague",
        "bn",
        "x",
        IDENT,
        sub(
            "bn",
            "x",
            "সকাল ৮:৪০ থেকে প্রায় ৩,২০০ জন কার্ডে পেমেন্ট করতে পারেননি।",
            "অল্প কিছু গ্রাহকের চার্জ দুবার কাটা হয়েছে।",
        ),
        "অল্প কিছু",
    ),
    (
        "impact_vague",
        "bn",
        "status_page",
        IDENT,
        sub(
            "bn",
            "status_page",
            "আজ সকাল ৮:৪০ থেকে প্রায় ৩,২০০ জন গ্রাহক কার্ডে পেমেন্ট করতে পারেননি।",
            "কিছু এলাকায় আমাদের ৪জি ইন্টারনেট ধীর, অনেকের কাজ আটকে আছে।",
        )
        .replace(
            "ক্ষতিগ্রস্ত প্রত্যেক গ্রাহকের অ্যাকাউন্টে এ মাসের বিলের ১০% ক্রেডিট",
            "ক্ষতিগ্রস্ত প্রত্যেক গ্রাহকের অ্যাকাউন্টে ৫০ টাকা ক্রেডিট",
        )
        .replace("help.example.com অথবা ১৬২৪৭ নম্বরে কল করুন", "সাহায্য: ১২১"),
        "কিছু এলাকায়",
    ),
    # a part someone else made, someone else's fault, a specification "they agreed with us"
    (
        "blame_shifting",
        "en",
        "x",
        IDENT,
        sub(
            "en",
            "x",
            "That's on us: a change we made broke it, and we're sorry.",
            "The card reader firmware was built by an outside vendor. We're sorry.",
        ),
        "built by an outside vendor",
    ),
    (
        "blame_shifting",
        "en",
        "sms",
        IDENT,
        "Acme: sorry, card payments failed for ~3,200 of you since 08:40 due to Paylink's gateway "
        "outage. Next update 11:00 UTC. Help: help.example.com",
        "due to Paylink's gateway outage",
    ),
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "This is our fault: a settings change we made at 08:35 broke card payments. We're sorry: you lost sales because of our mistake.",
            "The card terminals in the batch did not match the standard their maker had signed with us. We're sorry: you lost sales.",
        ),
        "not match the standard their maker had signed with us",
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        sub(
            "bn",
            "email",
            "ভুলটা আমাদের: সকাল ৮:৩৫-এ আমাদের করা একটি সেটিং পরিবর্তনের কারণে কার্ড পেমেন্ট বন্ধ হয়ে যায়।",
            "ভেন্ডরের সরবরাহ করা সফটওয়্যারে কার্ড পেমেন্ট বন্ধ হয়ে যায়।",
        ),
        "ভেন্ডরের সরবরাহ করা",
    ),
    (
        "blame_shifting",
        "bn",
        "status_page",
        IDENT,
        sub(
            "bn",
            "status_page",
            "ভুলটা আমাদের: সকাল ৮:৩৫-এ আমাদের করা একটি সেটিং পরিবর্তনের কারণে কার্ড পেমেন্ট বন্ধ হয়ে যায়।",
            "এই বিভ্রাটের মূলে ছিল ঠিকাদারের কাজের গলদ।",
        ),
        "মূলে ছিল ঠিকাদারের",
    ),
    # a supplier's doing as the cause, with "our" in front or a contract held against them
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "This is our fault: a settings change we made at 08:35 broke card payments. We're sorry: you lost sales because of our mistake.",
            "Card payments stopped because our hosting vendor, Cloudnest, configured the new server without a backup line. We're sorry: you lost sales.",
        ),
        "because our hosting vendor, Cloudnest, configured",
    ),
    (
        "blame_shifting",
        "en",
        "status_page",
        IDENT,
        sub(
            "en",
            "status_page",
            "This is our fault: a settings change we made at 08:35 broke card payments. We're sorry: you lost sales because of our mistake.",
            "The engineers of our card partner worked against the safety rules in our contract with them. We're sorry: you lost sales.",
        ),
        "against the safety rules in our contract with them",
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        sub(
            "bn",
            "email",
            "ভুলটা আমাদের: সকাল ৮:৩৫-এ আমাদের করা একটি সেটিং পরিবর্তনের কারণে কার্ড পেমেন্ট বন্ধ হয়ে যায়।",
            "আমাদের পেমেন্ট সরবরাহকারীর অবহেলায় সকাল ৮:৩৫-এ কার্ড পেমেন্ট বন্ধ হয়ে যায়।",
        ),
        "সরবরাহকারীর অবহেলায়",
    ),
    # a cause with no content, even under a heading, and with harm words ("twice") elsewhere
    (
        "root_cause_missing",
        "en",
        "status_page",
        IDENT,
        sub(
            "en",
            "status_page",
            "This is our fault: a settings change we made at 08:35 broke card payments.",
            "This is our fault. What happened: the outage was caused by a technical issue on our side. What happens next: we keep watching payments all day.",
        ),
        "caused by a technical issue",
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        IDENT,
        sub(
            "bn",
            "status_page",
            "ভুলটা আমাদের: সকাল ৮:৩৫-এ আমাদের করা একটি সেটিং পরিবর্তনের কারণে কার্ড পেমেন্ট বন্ধ হয়ে যায়।",
            "অনেকের কার্ড থেকে টাকা দুবার কাটা হয়েছে, ভুলটা আমাদের। কারণ: আমাদের পেমেন্ট ব্যবস্থার একটি কারিগরি ত্রুটির কারণে এমন হয়েছে।",
        ),
        "কারিগরি ত্রুটির",
    ),
    # a make-good and a "please call us" are not what we did or what you should do
    (
        "remediation_missing",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "We rolled the change back at 09:55 and payments work again. You don't need to do anything; failed payments were never charged.\n\nWe'll credit 10% of this month's bill to every affected account by Fri 9 Oct. Our payments lead, Ana Silva, will add a check that blocks untested settings by 16 Oct.",
            "We will credit every affected account with 10% of this month's bill on your next invoice.",
        ).replace(
            "Questions: help.example.com or 0800 123 4567.",
            "Questions? Please call 0800 123 4567 or see help.example.com.",
        ),
        "",
    ),
    (
        "remediation_missing",
        "bn",
        "email",
        IDENT,
        sub(
            "bn",
            "email",
            "সকাল ৯:৫৫-এ আমরা পরিবর্তনটি ফিরিয়ে নিয়েছি, এখন পেমেন্ট কাজ করছে। আপনাকে কিছু করতে হবে না; ব্যর্থ পেমেন্টের টাকা কাটা হয়নি।",
            "কারণ এখনও নিশ্চিত নই।",
        ).replace(
            "প্রশ্ন থাকলে help.example.com অথবা ১৬২৪৭ নম্বরে কল করুন।",
            "প্রশ্ন থাকলে ১৬২৪৭ নম্বরে বা help.example.com-এ যোগাযোগ করুন।",
        ),
        "",
    ),
    # a place named only as the thing that broke, or staff not offered to the reader
    (
        "help_missing",
        "en",
        "sms",
        IDENT,
        "Acme: our app and card payments have been down since 08:40 for ~3,200 of you. Our fault, sorry. Next update 11:00 UTC.",
        "",
    ),
    (
        "help_missing",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "Questions: help.example.com or 0800 123 4567.",
            "Our staff worked through the night on it.",
        ),
        "",
    ),
    (
        "help_missing",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের ভুলে অ্যাপ ও কার্ড পেমেন্ট বন্ধ। আপডেট ১১টায়।",
        "",
    ),
    # a refund of one cost beside a refusal to cover another we caused
    (
        "make_good_missing",
        "en",
        "email",
        Stage.RESOLVED,
        sub(
            "en",
            "email",
            "We'll credit 10% of this month's bill to every affected account by Fri 9 Oct.",
            "We've refunded the card fees. Some of you went overdrawn because of this, but we're unable to cover charges made by your bank.",
        ),
        "unable to cover charges",
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        Stage.RESOLVED,
        sub(
            "bn",
            "email",
            "ক্ষতিগ্রস্ত প্রত্যেক গ্রাহকের অ্যাকাউন্টে এ মাসের বিলের ১০% ক্রেডিট আমরা ৯ অক্টোবরের মধ্যে দেব।",
            "কার্ড ফি আমরা ফেরত দিয়েছি, তবে আপনার ব্যাংকের কাটা জরিমানা আমরা ফেরত দিতে পারব না।",
        ),
        "জরিমানা আমরা ফেরত দিতে পারব না",
    ),
    # an SMS's time that names the service or means "today" is no next step; a software
    # update is no news update
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        "Acme Rail: sorry, your 17:05 to Leeds is stuck near York because our train broke down. acme.example/live",
        "",
    ),
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        "Acme: sorry, today's deliveries are late because we had too few drivers. Track: acme.example/t",
        "",
    ),
    (
        "next_update_missing",
        "bn",
        "x",
        Stage.MONITORING,
        "আমাদের সফটওয়্যার হালনাগাদে ভুলের কারণে ১০–১২ মে-র ১,২০০টি অর্ডার ২ দিন দেরিতে যাচ্ছে। দুঃখিত। আমরা নজর রাখছি। অবস্থা: acme.bd/track",
        "",
    ),
    # English terms left in Latin letters in Bengali; a network's inner words in English
    (
        "jargon",
        "bn",
        "status_page",
        IDENT,
        sub(
            "bn",
            "status_page",
            "একটি সেটিং পরিবর্তনের কারণে কার্ড পেমেন্ট বন্ধ হয়ে যায়",
            "একটি সেটিং পরিবর্তনে payment gateway-র retry logic আর fraud scoring ভেঙে যায়",
        ),
        "retry logic",
    ),
    (
        "jargon",
        "en",
        "status_page",
        IDENT,
        sub(
            "en",
            "status_page",
            "a settings change we made at 08:35 broke card payments",
            "a policy we pushed to our edge routers at 08:35 caused a route leak, and our prefixes were withdrawn upstream",
        ),
        "route leak",
    ),
    # the reader's own phone number is no helpline; a swap promised "soon" is undated
    (
        "help_missing",
        "bn",
        "sms",
        IDENT,
        "আমাদের ভুলে আপনার ফোন নম্বর অন্যরা দেখেছেন, দুঃখিত। ওটিপি কাউকে দেবেন না।",
        "",
    ),
    (
        "undated_commitment",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের ঢাকনায় ত্রুটি। শিগগির বদলাব। ১৬২৪৭",
        "শিগগির",
    ),
    # "some" answered only by a length of time or by a count of our own means
    (
        "impact_vague",
        "bn",
        "status_page",
        IDENT,
        "গত দুই দিন ধরে কিছু এলাকায় কিছু গ্রাহকের ইন্টারনেট বন্ধ। ভুলটা আমাদের: বিকল্প লাইন আমরা চালু রাখিনি। আমরা দুঃখিত। যা করছি: ১২টি অতিরিক্ত দল পাঠানো হয়েছে। পরবর্তী আপডেট আজ বিকেল ৫টায়। সাহায্য: ১৬২৪৭",
        "কিছু এলাকায়",
    ),
    (
        "impact_vague",
        "en",
        "status_page",
        IDENT,
        "For two days some customers in some areas have had no internet. It is our fault: we had no backup line. We're sorry. We've sent 12 extra engineering crews. Next update at 17:00 UTC today. Help: help.example.com",
        "some customers",
    ),
    # a recall notice named only by its heading does not own the fault
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Recall: Tiny Tots teething rings (about 5,000 sold) can split. We're sorry. Don't use them; refund at help.example.com. Next update 17:00 UTC.",
        "",
    ),
    # where to look for news, with no time, is not a next update
    (
        "next_update_missing",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "Next update by 17:00 UTC today.",
            "For updates, keep an eye on status.example.com.",
        ),
        "For updates, keep an eye on",
    ),
    (
        "next_update_missing",
        "bn",
        "email",
        IDENT,
        sub(
            "bn", "email", "পরবর্তী আপডেট আজ বিকেল ৫টায়।", "সর্বশেষ খবর জানতে আমাদের ফেসবুক পেজে চোখ রাখুন।"
        ),
        "সর্বশেষ খবর জানতে আমাদের ফেসবুক পেজে চোখ রাখুন",
    ),
    # an SMS's date of what happened, or "do not reply", is no next step
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        "Acme: on 3 Dec our error charged ~3,200 of you twice. Sorry. Help: help.example.com",
        "",
    ),
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        "Acme: sorry, our change broke card payments for ~3,200 of you since 08:40. Do not reply to this text. help.example.com",
        "",
    ),
    (
        "next_update_missing",
        "bn",
        "sms",
        IDENT,
        "৩ ডিসেম্বর আমাদের ভুলে দুবার টাকা কাটা হয়েছে, দুঃখিত। ১৬২৪৭",
        "",
    ),
    # what we did that caused it, what we give back, when we write next, a page's
    # "Updated" heading and what went wrong are not what we did to put it right
    (
        "remediation_missing",
        "en",
        "status_page",
        IDENT,
        "Updated 10:15 UTC, Monday\n\n"
        + sub(
            "en",
            "status_page",
            "We rolled the change back at 09:55 and payments work again. You don't need to do anything; failed payments were never charged.\n\nWe'll credit 10% of this month's bill to every affected account by Fri 9 Oct. Our payments lead, Ana Silva, will add a check that blocks untested settings by 16 Oct.",
            "On Sunday night we moved card payments onto a new server and started it with too few checks, so payments queued faster than we can clear them. As an apology we've added a 10% credit to every affected account by Fri 9 Oct. We'll send you an update by email at 17:00 UTC.",
        ),
        "",
    ),
    (
        "remediation_missing",
        "bn",
        "status_page",
        IDENT,
        sub(
            "bn",
            "status_page",
            "সকাল ৯:৫৫-এ আমরা পরিবর্তনটি ফিরিয়ে নিয়েছি, এখন পেমেন্ট কাজ করছে। আপনাকে কিছু করতে হবে না; ব্যর্থ পেমেন্টের টাকা কাটা হয়নি।",
            "কারণ: গতকাল রাতে আমরা পেমেন্টের হিসাব নতুন সার্ভারে সরিয়েছি। আপনারা ঠিক সময়েই টাকা জমা দিয়েছিলেন, তবু প্রায় ৩,২০০টি পেমেন্ট আটকে গেছে।",
        ),
        "",
    ),
    # returning money that was never owed makes nothing good
    (
        "make_good_missing",
        "en",
        "email",
        Stage.RESOLVED,
        sub(
            "en",
            "email",
            "We'll credit 10% of this month's bill to every affected account by Fri 9 Oct.",
            "Where a card was charged twice, the second charge was refunded on Fri 9 Oct; some of you paid your bank an overdraft fee in the meantime.",
        ),
        "",
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        Stage.RESOLVED,
        sub(
            "bn",
            "email",
            "ক্ষতিগ্রস্ত প্রত্যেক গ্রাহকের অ্যাকাউন্টে এ মাসের বিলের ১০% ক্রেডিট আমরা ৯ অক্টোবরের মধ্যে দেব।",
            "যাঁদের টাকা দুবার কাটা হয়েছিল, তাঁদের দ্বিতীয়বারের টাকা ৯ অক্টোবর ফেরত দেওয়া হয়েছে। রিফান্ড না পেলে আমাদের জানান।",
        ),
        "",
    ),
    # a "trip" is a journey, not a breaker tripping; "sorry you were charged twice" owns nothing
    (
        "root_cause_missing",
        "en",
        "email",
        Stage.RESOLVED,
        sub(
            "en",
            "email",
            "This is our fault: a settings change we made at 08:35 broke card payments.",
            "This is our fault: it was due to operational issues on our side. Many of you made a wasted trip to the shops.",
        ),
        "operational issues",
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Acme: an error meant card payments failed for ~3,200 of you since 08:40. We're sorry you were charged twice. Next update 11:00 UTC. Help: help.example.com",
        "",
    ),
    # ownership said nowhere: the harm ("our trains were cancelled") is not owning it, and
    # blaming someone else does not stand in for it either
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Brightwell Water: 1,400 homes in Ashby have had no water since 7am because a pipe burst. Sorry. Tankers at the church hall now. Update 2pm. 0800 555 0199",
        "",
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "The double charges were caused by an error at our bank. Sorry for the stress. All 3,000 refunds by Fri 9 Oct. Next update 17:00. Help: shop.example/help",
        "",
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "আমাদের ১২টি ট্রেন বাতিল হওয়ায় প্রায় ৪,০০০ যাত্রী আটকে পড়েছেন। আমরা দুঃখিত। শুক্রবার সকাল ১০টায় আপডেট: rail.example.com.bd",
        "",
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "ব্যাংকের ভুলে প্রায় ৩,০০০ জনের টাকা দুবার কেটেছে। দুঃখিত। শুক্রবারের মধ্যে ফেরত, পরের আপডেট বিকেল ৫টায়। help.example.com",
        "",
    ),
    # blame in other words: a contractor "ran short" (a duty named after it does not take it
    # back), rain "stalled" deliveries, guests who came late; the "real cause" is a partner
    (
        "blame_shifting",
        "en",
        "x",
        IDENT,
        "Our baggage contractor ran short of handlers at Stansted, so about 2,400 bags missed their flights. Looking after your bags is our job, and we're sorry. Claims: skyway.example/bags. Next update 18:00.",
        "contractor ran short",
    ),
    (
        "blame_shifting",
        "en",
        "sms",
        IDENT,
        "Tonight's 19:10 ferry leaves at 19:50 because several passengers checked in late. Sorry. Info: ferry.example/live",
        "",
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        IDENT,
        "এই দেরির আসল কারণ আমাদের পরিবহন সহযোগী প্রতিষ্ঠান, তারা হঠাৎ ৪০টি ট্রাক তুলে নিয়েছে। প্রায় ৩,০০০ অর্ডার ১ দিন দেরিতে যাবে, দুঃখিত। আপডেট বিকেল ৫টায়: shop.example.com.bd",
        "",
    ),
    (
        "blame_shifting",
        "bn",
        "sms",
        IDENT,
        "কয়েকজন অতিথি দেরি করে আসায় লঞ্চ ছাড়বে সন্ধ্যা ৭টায়, দুঃখিত। ১৬৪৪৪",
        "",
    ),
    # a cause with no content, beside a plan ("you were due to launch") or a report promised
    # on "what happened": neither is a cause
    (
        "root_cause_missing",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "This is our fault: a settings change we made at 08:35 broke card payments.",
            "This is our fault. Many of you were due to launch a sale that morning. It was caused by a technical issue affecting checkout.",
        ),
        "",
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        IDENT,
        sub(
            "bn",
            "email",
            "ভুলটা আমাদের: সকাল ৮:৩৫-এ আমাদের করা একটি সেটিং পরিবর্তনের কারণে কার্ড পেমেন্ট বন্ধ হয়ে যায়।",
            "ভুলটা আমাদের: কারিগরি জটিলতায় কার্ড পেমেন্ট বন্ধ হয়ে যায়। কী ঘটেছিল ও কী বদলাচ্ছি, তার প্রতিবেদন ১২ অক্টোবর প্রকাশ করব।",
        ),
        "",
    ),
]

# Good messages and traps: the rule must stay silent.
PASSING = [
    *(
        (rule, language, channel, stage, BASES[(language, channel)])
        for rule, language, channel, stage, _, _ in FAILING
        if rule != "too_long"
    ),
    # a count elsewhere answers "some"; a canned apology's "temporary" is the apology's flaw
    (
        "impact_vague",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "You don't need to do anything;",
            "Some of you were charged a card fee too. You don't need to do anything;",
        ),
    ),
    (
        "impact_vague",
        "bn",
        "sms",
        IDENT,
        "সাময়িক অসুবিধার জন্য দুঃখিত; আমাদের ভুলে ৩,২০০ জনের কার্ড পেমেন্ট বন্ধ। আপডেট ১১টায়: acme.bd",
    ),
    # "some" with an honest "we don't know how many yet"
    (
        "impact_vague",
        "en",
        "status_page",
        IDENT,
        sub(
            "en",
            "status_page",
            "Since 08:40 UTC about 3,200 of you could not pay by card at checkout.",
            "Since this morning some of you could not pay by card; we don't yet know how many.",
        ).replace("credit 10% of this month's bill", "add £25"),
    ),
    (
        "impact_vague",
        "bn",
        "email",
        IDENT,
        sub(
            "bn",
            "email",
            "আজ সকাল ৮:৪০ থেকে প্রায় ৩,২০০ জন গ্রাহক কার্ডে পেমেন্ট করতে পারেননি।",
            "আজ সকাল থেকে কিছু গ্রাহক কার্ডে পেমেন্ট করতে পারেননি; কতজন, তা এখনও জানা যায়নি।",
        ).replace("এ মাসের বিলের ১০% ক্রেডিট", "৫০ টাকা ক্রেডিট"),
    ),
    # someone else's part or fault, with our responsibility beside it; our own team's work
    (
        "blame_shifting",
        "en",
        "x",
        IDENT,
        sub(
            "en",
            "x",
            "That's on us: a change we made broke it, and we're sorry.",
            "The reader firmware was built by an outside vendor, but we didn't test it: that's on us, sorry.",
        ),
    ),
    (
        "blame_shifting",
        "en",
        "sms",
        IDENT,
        "Acme: sorry, card payments failed for ~3,200 of you since 08:40 due to our team's "
        "mistake. Next update 11:00 UTC. Help: help.example.com",
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        IDENT,
        sub(
            "bn",
            "x",
            "আমাদের ভুলে এটা হয়েছে, আমরা দুঃখিত।",
            "ভেন্ডরের তৈরি সফটওয়্যার আমরা ঠিকমতো পরীক্ষা করিনি, ভুলটা আমাদের, আমরা দুঃখিত।",
        ),
    ),
    (
        "over_promising",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "Questions:",
            "We will never ask for your card number by email. Questions:",
        ),
    ),
    (
        "over_promising",
        "en",
        "x",
        IDENT,
        sub("en", "x", "Next update", "No one can promise it never happens again. Next update"),
    ),
    (
        "evasive_passive",
        "en",
        "email",
        IDENT,
        sub("en", "email", "failed payments were never charged", "no card data was exposed"),
    ),
    (
        "blame_shifting",
        "en",
        "status_page",
        IDENT,
        sub(
            "en",
            "status_page",
            "This is our fault: a settings change we made at 08:35 broke card payments.",
            "Our payment processor failed at 08:35, and we had no backup in place: that's on us.",
        ),
    ),
    (
        "blame_shifting",
        "en",
        "sms",
        IDENT,
        sub(
            "en",
            "sms",
            "Help: help.example.com",
            "You should have received an email: help.example.com",
        ),
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        Stage.INVESTIGATING,
        sub(
            "en",
            "email",
            "a settings change we made at 08:35 broke card payments",
            "we don't know the cause yet; what we know is that it began at 08:35",
        ),
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        Stage.INVESTIGATING,
        sub(
            "bn",
            "email",
            "সকাল ৮:৩৫-এ আমাদের করা একটি সেটিং পরিবর্তনের কারণে কার্ড পেমেন্ট বন্ধ হয়ে যায়",
            "কারণ এখনও জানি না, তবে সমস্যাটি আমাদের দিকেই",
        ),
    ),
    (
        "make_good_missing",
        "en",
        "email",
        Stage.INVESTIGATING,
        sub(
            "en",
            "email",
            "We'll credit 10% of this month's bill to every affected account by Fri 9 Oct. ",
            "",
        ),
    ),
    (
        "root_cause_missing",
        "en",
        "x",
        IDENT,
        sub("en", "x", "a change we made broke it", "something went wrong"),
    ),
    ("make_good_missing", "en", "sms", IDENT, EN_SMS),
    (
        "next_update_missing",
        "en",
        "email",
        Stage.RESOLVED,
        sub(
            "en",
            "email",
            "Next update by 17:00 UTC today.",
            "We'll publish the full report by Thu 15 Oct.",
        ),
    ),
    (
        "next_update_missing",
        "bn",
        "x",
        IDENT,
        sub("bn", "x", "পরবর্তী আপডেট সকাল ১১টায়", "পরবর্তী আপডেট আগামীকাল সকাল ৯টায়"),
    ),
    (
        "next_update_missing",
        "en",
        "x",
        IDENT,
        sub("en", "x", "Next update by 11:00 UTC.", "Next update Thu 9 Oct, 9am."),
    ),
    ("undated_commitment", "en", "email", IDENT, sub("en", "email", "by 16 Oct", "by Tue 4 June")),
    ("jargon", "en", "sms", IDENT, EN_SMS),
    ("too_long", "en", "email", IDENT, EN_LONG * 3),
    ("too_long", "bn", "x", IDENT, BN_X),
    (
        "impact_vague",
        "en",
        "x",
        IDENT,
        sub("en", "x", "about 3,200 of you", "a small number of you (about 3,200)"),
    ),
    (
        "non_apology",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "We're sorry: you lost sales",
            "We're sorry. If you were charged, you'll get it back. You lost sales",
        ),
    ),
    (
        "help_missing",
        "bn",
        "x",
        IDENT,
        sub("bn", "x", "সাহায্য: help.example.com", "সাহায্যের জন্য ১৬২৪৭ নম্বরে কল করুন"),
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        sub(
            "en",
            "x",
            "That's on us: a change we made broke it, and we're sorry.",
            "Dates were wrong because we printed them wrong, and we're sorry.",
        ),
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        IDENT,
        "দু:খিত, আমাদের লঞ্চ সুরমা-৭ বিকল, আজ ছাড়বে না। রাত ৯টায় জানাব। 16517",
    ),
    (
        "next_update_missing",
        "bn",
        "sms",
        IDENT,
        "ভুলটা আমাদের: বিল ২ বার কেটেছে, দুঃখিত। ১২ ডিসে. ফেরত। ১৬২৩৪",
    ),
    (
        "help_missing",
        "bn",
        "sms",
        IDENT,
        "আমাদের ভুলে ৳৩৯৯ দুবার কেটেছে, দু:খিত। ৫ জুনের মধ্যে ফেরত। ১২১",
    ),
    (
        "non_apology",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "We're sorry: you lost sales because of our mistake.",
            "We're sorry, especially to those of you who lost sales.",
        ),
    ),
    (
        "over_promising",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "Questions:",
            "That is more than the Guaranteed Standards ask. Questions:",
        ),
    ),
    (
        "impact_vague",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "you lost sales because of our mistake.",
            "some of your staff are short today because of our mistake.",
        ),
    ),
    (
        "impact_vague",
        "en",
        "email",
        IDENT,
        sub("en", "email", "Questions:", "For shorter delays, we refund the fee too. Questions:"),
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        sub(
            "en",
            "x",
            "That's on us: a change we made broke it, and we're sorry.",
            "It happened on our watch, and we're sorry.",
        ),
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        sub(
            "en",
            "sms",
            "our change broke card payments",
            "our billing mix-up stopped card payments",
        ),
    ),
    (
        "non_apology",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "We're sorry: you lost sales because of our mistake.",
            "We're sorry - especially if you lost sales because of our mistake.",
        ),
    ),
    (
        "over_promising",
        "en",
        "email",
        IDENT,
        sub("en", "email", "Questions:", "Your 14-day return guarantee is unaffected. Questions:"),
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        sub(
            "en",
            "sms",
            "our change broke card payments",
            "we booked too few staff, so card payments failed",
        ),
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        sub(
            "bn",
            "x",
            "আমাদের ভুলে এটা হয়েছে, আমরা দুঃখিত।",
            "সমস্যাটা আমাদের নিজেদের পেমেন্ট ব্যবস্থায়, আমরা দুঃখিত।",
        ),
    ),
    (
        "too_long",
        "en",
        "x",
        IDENT,
        "On 9 Oct we found someone got into the names and emails of about 12,400 Loomly customers via a flaw in our own system. We're sorry - you trusted us with this. No passwords or card data were taken. We'll never DM you for a password. Next update Thu 9am: https://loomly.example/security",
    ),
    # "100%" of a refund is a make-good, not a promise; "small enough" describes a part
    (
        "over_promising",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "We'll credit 10% of this month's bill",
            "We'll refund 100% of this month's bill",
        ),
    ),
    (
        "impact_vague",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "You don't need to do anything;",
            "The loose cap is small enough for a child to swallow, so keep it away from children;",
        ),
    ),
    (
        "non_apology",
        "en",
        "status_page",
        IDENT,
        sub(
            "en",
            "status_page",
            "We're sorry: you lost sales",
            "We're sorry: if you sell online, you lost sales",
        ),
    ),
    (
        "undated_commitment",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "You don't need to do anything;",
            "If a refund won't reach you in time for your trip, reply and we'll pay it by cheque today;",
        ),
    ),
    # ownership by a thing or team of ours doing the harm, in a short message
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Tidewater: sorry, our burst pipe cut water to 2,400 homes in Selby at 6am. Bottled water at the Selby Leisure Centre. Next update 1pm: tidewater.example/live",
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Sorry: our staff left a copy of our mailing list open online for 9 days (names and emails of 18,000 members, no passwords). We've closed it. Next update Fri 9 Oct: https://example.com/notice",
    ),
    # a founder's first person, and a company naming itself
    (
        "ownership_missing",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "This is our fault: a settings change we made at 08:35 broke card payments. We're sorry: you lost sales because of our mistake.",
            "A settings change I pushed at 08:35 broke card payments, and I skipped the usual test first. That's on me. We're sorry: you lost sales.",
        ),
    ),
    (
        "ownership_missing",
        "en",
        "status_page",
        IDENT,
        sub(
            "en",
            "status_page",
            "This is our fault: a settings change we made at 08:35 broke card payments. We're sorry: you lost sales because of our mistake.",
            "The fault is in Acme's own payment system, not in your card reader: a settings change at 08:35 broke card payments. We're sorry: you lost sales.",
        ),
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        IDENT,
        "সমস্যা আমাদের: মিরপুরে ইন্টারনেট বন্ধ। দুঃখিত। বিকেল ৩টায় জানাব। ১৬৫৫৫",
    ),
    # the next step or next update, said as people say it
    (
        "next_update_missing",
        "en",
        "status_page",
        IDENT,
        sub(
            "en",
            "status_page",
            "Next update by 17:00 UTC today.",
            "When will we hear from you next?\nHere, at 17:00 UTC today.",
        ),
    ),
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        "Cobble Air: sorry, our crew rota error cancelled CA310 today. You're rebooked on CA314 at 15:20, no charge. Help: cobble.example/trip",
    ),
    # "our own factory" is ours; the customer's own bank named beside a refund is not blamed
    (
        "blame_shifting",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের কারখানার ভুলে ব্যাচ ১২-র বিস্কুটে প্লাস্টিক। খাবেন না। আপডেট ১১টায়: acme.bd",
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        sub(
            "bn",
            "email",
            "আপনাকে কিছু করতে হবে না;",
            "আপনার ব্যাংক বা ওয়ালেট এর জন্য কোনো ফি কাটলে সেটিও আমরা ফেরত দেব। আপনাকে কিছু করতে হবে না;",
        ),
    ),
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "We're sorry: you lost sales because of our mistake.",
            "We broke the promise in our terms with you, and we're sorry: you lost sales.",
        ),
    ),
    # a cause said as people say it: "what caused it", "why it happened", what we did not do
    (
        "root_cause_missing",
        "en",
        "status_page",
        IDENT,
        sub(
            "en",
            "status_page",
            "This is our fault: a settings change we made at 08:35 broke card payments.",
            "This is our fault. What caused it: our test plan for settings left out card payments.",
        ),
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        IDENT,
        sub(
            "bn",
            "status_page",
            "ভুলটা আমাদের: সকাল ৮:৩৫-এ আমাদের করা একটি সেটিং পরিবর্তনের কারণে কার্ড পেমেন্ট বন্ধ হয়ে যায়।",
            "দোষটা আমাদের। কেন হয়েছিল: সকাল ৮:৩৫-এ নতুন নিয়ম চালুর আগে আমাদের প্রকৌশলীরা সেটি যাচাই করেননি।",
        ),
    ),
    # actions under a heading; a "please" beside a helpline that also says what to do
    (
        "remediation_missing",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "We rolled the change back at 09:55 and payments work again. You don't need to do anything; failed payments were never charged.\n\nWe'll credit 10% of this month's bill to every affected account by Fri 9 Oct. Our payments lead, Ana Silva, will add a check that blocks untested settings by 16 Oct.",
            "What we've done:\n- Every payment setting is now tested on a copy of the service first.",
        ),
    ),
    (
        "remediation_missing",
        "bn",
        "email",
        IDENT,
        sub(
            "bn",
            "email",
            "সকাল ৯:৫৫-এ আমরা পরিবর্তনটি ফিরিয়ে নিয়েছি, এখন পেমেন্ট কাজ করছে। আপনাকে কিছু করতে হবে না; ব্যর্থ পেমেন্টের টাকা কাটা হয়নি।",
            "দয়া করে আবার পেমেন্ট করবেন না; প্রশ্ন থাকলে ১৬২৪৭ নম্বরে যোগাযোগ করুন।",
        ),
    ),
    # staff and branches offered to the reader are help
    (
        "help_missing",
        "en",
        "sms",
        IDENT,
        "Acme: sorry, our change broke card payments for ~3,200 of you since 08:40. Next update 11:00 UTC. Ask our staff at any branch.",
    ),
    (
        "help_missing",
        "bn",
        "x",
        IDENT,
        sub("bn", "x", " সাহায্য: help.example.com", " যেকোনো শাখায় আমাদের কর্মীদের বলুন।"),
    ),
    # a refusal of one way of paying with another offered in its place
    (
        "make_good_missing",
        "en",
        "email",
        Stage.RESOLVED,
        sub(
            "en",
            "email",
            "We'll credit 10% of this month's bill to every affected account by Fri 9 Oct.",
            "We can't refund your bank's overdraft fee to the bank itself, but we will pay it back as a credit on your next bill.",
        ),
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        Stage.RESOLVED,
        sub(
            "bn",
            "email",
            "ক্ষতিগ্রস্ত প্রত্যেক গ্রাহকের অ্যাকাউন্টে এ মাসের বিলের ১০% ক্রেডিট আমরা ৯ অক্টোবরের মধ্যে দেব।",
            "ব্যাংকের কাটা জরিমানা সরাসরি ব্যাংকে ফেরত দিতে পারব না, তবে সমপরিমাণ টাকা আপনার পরের বিলে ক্রেডিট হিসেবে দেব।",
        ),
    ),
    # an SMS: an act-now safety step, or a time ahead with the thing that comes
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        "Acme: sorry, our fault: the lids of our Kiddo cups can snap off. Stop using them now. Refund: help.example.com",
    ),
    (
        "next_update_missing",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের ভুলে ব্যাচ ৭-এর জুসে কাচ থাকতে পারে। খাবেন না। ১৬২৪৭",
    ),
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        "Acme: sorry, our error doubled your May bill. Ignore it; corrected bill by 12 Jun. Help: help.example.com",
    ),
    (
        "next_update_missing",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের ভুলে বিল দ্বিগুণ। ১২ জুন সঠিক বিল। acme.bd",
    ),
    # a brand in Latin letters, cash on delivery, and plain words near "route" and "leak"
    (
        "jargon",
        "bn",
        "status_page",
        IDENT,
        sub(
            "bn",
            "status_page",
            "আপনাকে কিছু করতে হবে না;",
            "Acme Pay বা ক্যাশ অন ডেলিভারির অর্ডারে আপনাকে কিছু করতে হবে না;",
        ),
    ),
    (
        "jargon",
        "en",
        "status_page",
        IDENT,
        sub(
            "en",
            "status_page",
            "You don't need to do anything;",
            "Vans are taking a new route while the leak at the depot is fixed. You don't need to do anything;",
        ),
    ),
    (
        "help_missing",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের ভুলে কার্ড পেমেন্ট বন্ধ। আপডেট ১১টায়। যোগাযোগ নম্বর ১৬২৪৭",
    ),
    (
        "undated_commitment",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের ঢাকনায় ত্রুটি। ৯ জুনের মধ্যে বদলাব। ১৬২৪৭",
    ),
    # our crews counted beside the people they reach
    (
        "impact_vague",
        "bn",
        "status_page",
        IDENT,
        "গত দুই দিন ধরে কিছু এলাকায় কিছু গ্রাহকের ইন্টারনেট বন্ধ। ভুলটা আমাদের: বিকল্প লাইন আমরা চালু রাখিনি। আমরা দুঃখিত। যা করছি: ১২টি অতিরিক্ত দল পাঠানো হয়েছে, তারা প্রায় ৪,০০০ গ্রাহকের লাইন জোড়া দিচ্ছে। পরবর্তী আপডেট আজ বিকেল ৫টায়। সাহায্য: ১৬২৪৭",
    ),
    (
        "impact_vague",
        "en",
        "status_page",
        IDENT,
        "For two days some customers in some areas have had no internet. It is our fault: we had no backup line. We're sorry. We've sent 12 extra crews to reconnect about 4,000 customers. Next update at 17:00 UTC today. Help: help.example.com",
    ),
    # recalling our own product, and a duty of ours left undone, own it
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "We're recalling Tiny Tots teething rings (about 5,000 sold): the ring can split. We're sorry. Don't use them; refund at help.example.com. Next update 17:00 UTC.",
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Acme Ferries: sorry, the 10:00 sailing is off: our boat needs a safety check we missed. Free move to 14:00: acme.example",
    ),
    # the same pointer beside a timed next update
    (
        "next_update_missing",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "Next update by 17:00 UTC today.",
            "Next update by 17:00 UTC today. In between, check status.example.com for the latest.",
        ),
    ),
    (
        "next_update_missing",
        "bn",
        "email",
        IDENT,
        sub(
            "bn",
            "email",
            "পরবর্তী আপডেট আজ বিকেল ৫টায়।",
            "পরবর্তী আপডেট আজ বিকেল ৫টায়। এর মধ্যে সর্বশেষ খবর জানতে আমাদের পেজ দেখুন।",
        ),
    ),
    # the branches are what closed; the app is where to go
    (
        "help_missing",
        "en",
        "sms",
        IDENT,
        "Acme: sorry, our fault: our branches are closed today, so please use the Acme app to pay bills. Next update 17:00 UTC.",
    ),
    # a fix in a sentence that also gives the cause; a charge refunded; we went back to
    # the old system; what to do meanwhile
    (
        "remediation_missing",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "We rolled the change back at 09:55 and payments work again. You don't need to do anything; failed payments were never charged.\n\nWe'll credit 10% of this month's bill to every affected account by Fri 9 Oct. Our payments lead, Ana Silva, will add a check that blocks untested settings by 16 Oct.",
            "Because the new setting failed, we restored the old one at 09:55. Every double charge was refunded on Friday. We'll credit 10% of this month's bill to every affected account by Fri 9 Oct.",
        ),
    ),
    (
        "remediation_missing",
        "bn",
        "email",
        IDENT,
        sub(
            "bn",
            "email",
            "সকাল ৯:৫৫-এ আমরা পরিবর্তনটি ফিরিয়ে নিয়েছি, এখন পেমেন্ট কাজ করছে। আপনাকে কিছু করতে হবে না; ব্যর্থ পেমেন্টের টাকা কাটা হয়নি।",
            "সকাল ৯:৫৫-এ আমরা পুরোনো ব্যবস্থায় ফিরেছি। জরুরি পেমেন্ট থাকলে আপাতত বিকাশ ব্যবহার করুন।",
        ),
    ),
    # a knock-on fee covered, something given free or as an apology beside a refund
    (
        "make_good_missing",
        "en",
        "email",
        Stage.RESOLVED,
        sub(
            "en",
            "email",
            "We'll credit 10% of this month's bill to every affected account by Fri 9 Oct.",
            "Where a card was charged twice, the second charge was refunded on Fri 9 Oct. If your bank charged you an overdraft fee for it, send us the statement by 30 Oct and we'll cover it.",
        ),
    ),
    (
        "make_good_missing",
        "en",
        "status_page",
        Stage.RESOLVED,
        sub(
            "en",
            "status_page",
            "We'll credit 10% of this month's bill to every affected account by Fri 9 Oct.",
            "Every double charge was refunded on Fri 9 Oct, and we've added a week of free data to every affected account.",
        ),
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        Stage.RESOLVED,
        sub(
            "bn",
            "email",
            "ক্ষতিগ্রস্ত প্রত্যেক গ্রাহকের অ্যাকাউন্টে এ মাসের বিলের ১০% ক্রেডিট আমরা ৯ অক্টোবরের মধ্যে দেব।",
            "দুবার কাটা টাকা ৯ অক্টোবর ফেরত দেওয়া হয়েছে, সঙ্গে দুঃখপ্রকাশ হিসেবে প্রত্যেককে ৫০ টাকা।",
        ),
    ),
    (
        "make_good_missing",
        "bn",
        "status_page",
        Stage.RESOLVED,
        sub(
            "bn",
            "status_page",
            "ক্ষতিগ্রস্ত প্রত্যেক গ্রাহকের অ্যাকাউন্টে এ মাসের বিলের ১০% ক্রেডিট আমরা ৯ অক্টোবরের মধ্যে দেব।",
            "বাড়তি কাটা টাকা ফেরত গেছে; সঙ্গে প্রত্যেককে নভেম্বরের একটি বিলে সার্ভিস চার্জ মাফের সুবিধা দেওয়া হয়েছে।",
        ),
    ),
    # a cause told as what we or our people failed to do, or did
    (
        "root_cause_missing",
        "en",
        "email",
        Stage.RESOLVED,
        sub(
            "en",
            "email",
            "This is our fault: a settings change we made at 08:35 broke card payments.",
            "This is our fault: we did not test the new payment settings before switching them on at 08:35.",
        ),
    ),
    (
        "root_cause_missing",
        "en",
        "status_page",
        IDENT,
        sub(
            "en",
            "status_page",
            "This is our fault: a settings change we made at 08:35 broke card payments.",
            "This is our fault: at 08:35 our engineer loaded last year's settings file onto the card terminals.",
        ),
    ),
    # a recall's "stop using it" is the next step on X too, due now
    (
        "next_update_missing",
        "en",
        "x",
        IDENT,
        "We're recalling 5,100 Acme kettles: a switch we fitted can stick on. We're sorry. Stop using yours and bring it to any Acme store for a full refund. acme.example/recall",
    ),
    (
        "next_update_missing",
        "bn",
        "x",
        IDENT,
        "আমাদের কারখানার ভুলে প্রায় ৫,১০০ বোতল দুধে দুর্গন্ধ, আমরা দুঃখিত। ১২ মার্চের ব্যাচের দুধ খাবেন না; যেকোনো দোকানে ফেরত দিন। সাহায্য: acme.bd",
    ),
    # owning in short words: what we lacked, left, fitted or did not do enough of
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Flight AC118 is delayed to 14:20 because we had no standby crew this morning. Sorry to all 180 of you. Meal vouchers at Gate 9. Next update 12:00: acme.example/status",
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Acme: sorry. We left a staff login with a weak password; ~3,200 names were seen. Next update 11:00 UTC. Help: help.example.com",
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "About 900 parcels are 2 days late because we didn't roster enough drivers. Sorry. All will arrive by Fri 9 Oct. Help: acme.example/help",
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Recall: about 5,100 Acme kettles. A switch we fitted may not turn off. We're sorry. Stop using yours; full refund at any store. acme.example/recall",
    ),
    # ownership in other words: our pipe burst, our driver shortage, down to our software,
    # shipped without checking; a thing of ours stuck ("আটকে থাকায়"), "not checked properly"
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Brightwell Water: our pipe burst in Ashby, so 1,400 homes have had no water since 7am. Sorry. Tankers at the church hall now. Update 2pm. 0800 555 0199",
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "About 700 of you got the wrong dose leaflet: we shipped the batch without checking the labels. We're sorry. Replacements by Fri 9 Oct: pharma.example/help",
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Tonight's 19:40 ferry is cancelled. That's down to our booking software, which sold 90 seats twice. Sorry. Rebook free by Sun 11 Oct: ferry.example/help",
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Sorry: our driver shortage means your Tue 6 Oct delivery moves to Thu 8 Oct, 9-1. Change it: shop.example/d",
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "আমাদের গুদামে প্যাকিং যন্ত্র আটকে থাকায় প্রায় ২,০০০ অর্ডার ১ দিন দেরিতে যাবে। আমরা দুঃখিত। শুক্রবার সকাল ১০টায় আপডেট: shop.example.com.bd",
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "লেবেলগুলো ঠিকমতো যাচাই করিনি আমরা, তাই প্রায় ৫০০ জন ভুল ওষুধের প্যাকেট পেয়েছেন। দুঃখিত। নতুন প্যাকেট শুক্রবারের মধ্যে। help.example.com",
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের পাম্প ডাউন, মিরপুরে পানি নেই। ৬টায় আপডেট: ১৬৫০০",
    ),
    # not blame: we ran short ourselves; "if your bank charges you for it"; made in our own
    # factory
    (
        "blame_shifting",
        "en",
        "x",
        IDENT,
        "We ran short of de-icing fluid at Dublin because we ordered too little, so 30 flights are cancelled. That's our mistake and we're sorry. Rebook free: skyway.example/rebook. Next update 15:00.",
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        IDENT,
        "আমাদের ভুলে প্রায় ৩,০০০ জনের বিল দুবার কেটেছে, দুঃখিত। ব্যাংক এ জন্য কোনো চার্জ কাটলে সেটাও ফেরত দেব। শুক্রবারের মধ্যে ফেরত। আপডেট বিকেল ৫টায়: help.example.com",
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        IDENT,
        "আমাদের কারখানায় তৈরি প্রায় ৮,০০০ বোতল জুসের লেবেলে চিনির পরিমাণ ভুল ছাপা হয়েছে। এ জন্য আমরা ক্ষমা চাইছি। শুক্রবারের মধ্যে ফেরত দিন: juice.example.com.bd",
    ),
    # causes in other words: a part chosen too weak, a crack found in it, a check skipped,
    # a device stolen; Bengali "was due to be paid … paid late", "without the test"
    (
        "root_cause_missing",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "This is our fault: a settings change we made at 08:35 broke card payments.",
            "This is our fault: we picked a card reader cable that was too short for the new tills, and it worked loose at 08:35.",
        ),
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "This is our fault: a settings change we made at 08:35 broke card payments.",
            "This is our fault: a crack was found in the payment server's power unit, which we had put off replacing.",
        ),
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        IDENT,
        sub(
            "bn",
            "email",
            "ভুলটা আমাদের: সকাল ৮:৩৫-এ আমাদের করা একটি সেটিং পরিবর্তনের কারণে কার্ড পেমেন্ট বন্ধ হয়ে যায়।",
            "ভুলটা আমাদের: কার্ড কোম্পানিকে নিবন্ধনের ফি ১ অক্টোবরের মধ্যে পাঠানোর কথা ছিল, আমাদের হিসাব শাখা পাঠিয়েছে ৪ অক্টোবর।",
        ),
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        IDENT,
        sub(
            "bn",
            "email",
            "ভুলটা আমাদের: সকাল ৮:৩৫-এ আমাদের করা একটি সেটিং পরিবর্তনের কারণে কার্ড পেমেন্ট বন্ধ হয়ে যায়।",
            "ভুলটা আমাদের: নতুন পেমেন্ট সফটওয়্যারটি পরীক্ষা ছাড়াই সকাল ৮:৩৫-এ চালু করা হয়।",
        ),
    ),
    # a cause laid on someone else is still a cause given: blame_shifting says what is wrong
    (
        "root_cause_missing",
        "en",
        "email",
        IDENT,
        sub(
            "en",
            "email",
            "This is our fault: a settings change we made at 08:35 broke card payments.",
            "Heavy rain flooded the street outside our data centre at 08:35, and our card processor's line went down with it.",
        ),
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        IDENT,
        sub(
            "bn",
            "email",
            "ভুলটা আমাদের: সকাল ৮:৩৫-এ আমাদের করা একটি সেটিং পরিবর্তনের কারণে কার্ড পেমেন্ট বন্ধ হয়ে যায়।",
            "সকাল ৮:৩৫-এ পেমেন্ট সহযোগী প্রতিষ্ঠান কোনো নোটিশ ছাড়া সংযোগ বন্ধ রাখে; তাদের অবহেলার খেসারত আপনাকে দিতে হয়েছে।",
        ),
    ),
]


@pytest.mark.parametrize(
    ("rule", "language", "channel", "stage", "text", "planted"),
    FAILING,
    ids=[f"{r}-{lang}-{ch}-{i}" for i, (r, lang, ch, *_rest) in enumerate(FAILING)],
)
def test_the_flaw_is_found_at_its_words(
    rule: str, language: str, channel: str, stage: Stage | None, text: str, planted: str
) -> None:
    found = findings(text, language, channel, stage)
    excerpts = [excerpt for found_rule, excerpt in found if found_rule == rule]
    assert excerpts, found
    if planted:
        assert any(planted in excerpt or excerpt in planted for excerpt in excerpts), found


@pytest.mark.parametrize(
    ("rule", "language", "channel", "stage", "text"),
    PASSING,
    ids=[f"{r}-{lang}-{ch}-{i}" for i, (r, lang, ch, *_rest) in enumerate(PASSING)],
)
def test_good_wording_is_not_flagged(
    rule: str, language: str, channel: str, stage: Stage | None, text: str
) -> None:
    found = findings(text, language, channel, stage)
    assert rule not in {found_rule for found_rule, _ in found}, found


@pytest.mark.parametrize(("language", "channel"), list(BASES), ids=[f"{a}-{b}" for a, b in BASES])
def test_every_good_message_passes_clean(language: str, channel: str) -> None:
    report = check_text(
        BASES[(language, channel)], language=language, channel=Channel(channel), stage=IDENT
    )
    assert report.passed and report.score == 100, report.findings


def test_warnings_alone_never_fail() -> None:
    text = sub("en", "email", "a settings change we made", "a settings change (a rollback) we made")
    report = check_text(text, language="en", channel=Channel.EMAIL, stage=IDENT)
    assert {f.severity for f in report.findings} == {"warning"}
    assert report.passed and report.score == 90


def test_the_length_is_counted_as_each_channel_counts_it() -> None:
    # X counts a link as 23 whatever its length; GSM-7 SMS holds 160, UCS-2 (Bengali) 70.
    long_link = "https://help.example.com/" + "a" * 200
    text = EN_X.replace("help.example.com", long_link)
    assert "too_long" not in {rule for rule, _ in findings(text, "en", "x", IDENT)}
    assert len(BN_SMS) <= 70
    assert "too_long" not in {rule for rule, _ in findings(BN_SMS, "bn", "sms", IDENT)}


@pytest.mark.parametrize(
    ("language", "channel", "text"),
    [
        (
            "en",
            "sms",
            "Mapleway: a fault we missed in testing stopped card payments 09:10-10:40. Sorry. Refunds by Fri 12 Dec: mapleway.com/help",
        ),
        (
            "en",
            "sms",
            "Our depot failed to load 300 parcels today. Sorry. New slots by 6pm: help.example.com",
        ),
        (
            "en",
            "x",
            "Sorry our outage cost about 2,000 of you a morning of sales. Credits by 15 Dec. Next update 17:00 UTC: status.example.com",
        ),
        (
            "en",
            "sms",
            "We sold you a faulty charger: please stop using it. Sorry. Full refund by 20 Dec. 0800 123 456",
        ),
        ("bn", "sms", "ভুলবশত ৳২০০ বেশি কেটেছি, দুঃখিত। শুক্রবার ফেরত। ১৬২৪৭"),
        (
            "bn",
            "x",
            "আমাদের যাচাই ব্যবস্থা দ্বিতীয় পেমেন্ট আটকায়নি, এটা থাকা উচিত ছিল। প্রায় ৪,০০০ জনের টাকা দুবার কাটা হয়েছে, দুঃখিত। শুক্রবারের মধ্যে ফেরত। help.example.com",
        ),
    ],
)
def test_owning_in_plain_words_is_ownership(language: str, channel: str, text: str) -> None:
    """Ownership said without "our fault": a fault we missed, our depot failed, our outage,
    we sold you a faulty one; Bengali "by mistake", "we charged more", "should have"."""
    found = findings(text, language, channel, IDENT)
    assert "ownership_missing" not in {rule for rule, _ in found}, found


@pytest.mark.parametrize(
    ("language", "channel", "text"),
    [
        (
            "en",
            "sms",
            "Our courier partner failed to collect 300 parcels today. Sorry. New slots by 6pm: help.example.com",
        ),
        (
            "en",
            "sms",
            "Card payments failed 09:10-10:40. Sorry. Refunds by Fri 12 Dec: mapleway.com/help",
        ),
    ],
)
def test_naming_a_partner_or_nobody_is_not_ownership(
    language: str, channel: str, text: str
) -> None:
    """ "Our courier partner failed" is blame (ownership is then not repeated); a failure
    with no actor owns nothing."""
    found = {rule for rule, _ in findings(text, language, channel, IDENT)}
    assert found & {"ownership_missing", "blame_shifting"}, found


@pytest.mark.parametrize(
    ("language", "channel", "text", "rule"),
    [
        # an SMS that drops the verb still gives the next step with its time
        (
            "bn",
            "sms",
            "নেটলিংক: আমাদের ভুলে ২ ঘণ্টা ইন্টারনেট বন্ধ, দুঃখিত। সন্ধ্যা ৭টায় চালু। ১৬৪৪৪",
            "next_update_missing",
        ),
        (
            "bn",
            "sms",
            "আমাদের ভুলে আপনার ফোন নম্বর ফাঁস, দুঃখিত। আজই পিন বদলান। ১৬২১৬",
            "next_update_missing",
        ),
        # "sorry - especially to those who …" is specific, not conditional
        (
            "en",
            "email",
            "The cause was ours: an upgrade we ran filled the disk. We're sorry - especially to those of you who were at the airport. About 9,000 customers could not book from 12:30 to 16:10 CET. Next update 20:00 CET. Help: +44 20 7946 0312",
            "non_apology",
        ),
    ],
)
def test_short_next_steps_and_specific_apologies_are_not_flagged(
    language: str, channel: str, text: str, rule: str
) -> None:
    found = {found_rule for found_rule, _ in findings(text, language, channel, IDENT)}
    assert rule not in found, found


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        # "Some orders will arrive late. Affected customers: not yet known." An honest
        # unknown count answers "some" as far as it can (the plan library's template says so).
        ("কিছু অর্ডার দেরিতে পৌঁছাবে। ক্ষতিগ্রস্ত গ্রাহক: এখনও জানা যায়নি।", False),
        ("কিছু অর্ডার দেরিতে পৌঁছাবে। প্রভাবিত অ্যাকাউন্টের সংখ্যা এখনও নিশ্চিত নয়।", False),
        # Without it, "some orders" says neither how many nor since when.
        ("কিছু অর্ডার দেরিতে পৌঁছাবে। আমরা কাজ করছি।", True),
    ],
)
def test_an_honest_unknown_count_answers_some_in_bengali(text: str, vague: bool) -> None:
    report = check_text(text, language="bn", channel=Channel.STATUS_PAGE, stage=Stage.INVESTIGATING)
    flagged = [f for f in report.findings if f.rule == "impact_vague" and f.excerpt]
    assert bool(flagged) is vague


@pytest.mark.parametrize(
    ("action", "missing"),
    [
        ("A fix is being rolled out to every store.", False),
        ("The patch has been applied to all our servers.", False),
        ("Workarounds are being tested with the worst-hit branches.", False),
        # a fix that is only wished for is not remediation
        ("We are sorry for the trouble this caused.", True),
    ],
)
def test_the_fix_as_the_subject_is_remediation(action: str, missing: bool) -> None:
    text = (
        "Acme: card payments failing\n\nThe failure is ours. We are sorry. Since 09:10 about "
        f"2,300 card payments failed because a setting we changed blocked them. {action} "
        "Next update by 14:00 UTC. Help: acme.example/help."
    )
    report = check_text(text, language="en", channel=Channel.STATUS_PAGE, stage=Stage.IDENTIFIED)
    assert any(f.rule == "remediation_missing" for f in report.findings) is missing


EN_LETTER = (
    "Since 07:10 on Tuesday about 4,800 of you could not top up your travel card online. It was "
    "our fault: a price table we loaded was wrong. We're sorry: some of you paid cash fares "
    "twice over.\n\nWe reloaded the right table at 10:30 and top-ups work again. {body}\n\n"
    "We'll refund every extra fare by Fri 16 May. Next update by 18:00 today. "
    "Help: 0800 321 654 or help.farecard.example"
)
BN_LETTER = (
    "মঙ্গলবার সকাল ৭:১০ থেকে প্রায় ৪,৮০০ জন গ্রাহক অনলাইনে ট্রাভেল কার্ড রিচার্জ করতে পারেননি। "
    "ভুলটা আমাদের: আমরা ভুল ভাড়ার তালিকা তুলেছিলাম। আমরা আন্তরিকভাবে দুঃখিত।\n\n"
    "সকাল ১০:৩০-এ সঠিক তালিকা তুলেছি, রিচার্জ আবার চলছে। {body}\n\n"
    "অতিরিক্ত ভাড়া ১৬ মে-র মধ্যে ফেরত দেব। পরবর্তী আপডেট আজ সন্ধ্যা ৬টায়। "
    "সাহায্য: ১৬৩৪৫ অথবা help.farecard.example"
)


ROUND_17_MISSES: list[tuple[str, str, str, Stage, str, bool]] = [
    # "nothing … will ever happen again": a promise nobody can keep, with "ever" for "never"
    (
        "over_promising",
        "en",
        "email",
        MON,
        EN_LETTER.format(body="No passenger will ever be charged twice again."),
        True,
    ),
    (
        "over_promising",
        "en",
        "email",
        MON,
        EN_LETTER.format(body="Nothing we say will ever make up for a wasted morning."),
        False,
    ),
    ("over_promising", "bn", "email", MON, BN_LETTER.format(body="এমন ভুল আবার ঘটবে না।"), True),
    (
        "over_promising",
        "bn",
        "email",
        MON,
        BN_LETTER.format(body="এটা আবার হবে কি না, তা ২০ মে-র মধ্যে পরীক্ষা করে জানাব।"),
        False,
    ),
    # sorry for the feeling named before it, not for the harm
    (
        "non_apology",
        "en",
        "x",
        MON,
        "Farecard: we know you were frustrated this morning and we're sorry for that. Our wrong price table blocked 4,800 top-ups from 07:10. Next update 18:00. help.farecard.example",
        True,
    ),
    (
        "non_apology",
        "en",
        "x",
        MON,
        "Farecard: our wrong price table blocked 4,800 top-ups from 07:10 and left you paying cash fares. We're sorry for that. Next update 18:00. help.farecard.example",
        False,
    ),
    (
        "non_apology",
        "bn",
        "x",
        MON,
        "ফেয়ারকার্ড: রিচার্জ না হওয়ায় আপনারা যে হতাশ হয়েছেন, তা জানি, এজন্য দুঃখিত। আমাদের ভুল তালিকায় সকাল ৭:১০ থেকে ৪,৮০০ রিচার্জ আটকে ছিল। পরবর্তী আপডেট সন্ধ্যা ৬টায়। ১৬৩৪৫",
        True,
    ),
    (
        "non_apology",
        "bn",
        "x",
        MON,
        "ফেয়ারকার্ড: আমাদের ভুল তালিকায় সকাল ৭:১০ থেকে ৪,৮০০ রিচার্জ আটকে ছিল, অনেককে নগদ ভাড়া দিতে হয়েছে। এজন্য আমরা দুঃখিত। পরবর্তী আপডেট সন্ধ্যা ৬টায়। ১৬৩৪৫",
        False,
    ),
    # "as an apology for the inconvenience" labels a gift; it is not the apology
    (
        "non_apology",
        "en",
        "email",
        MON,
        EN_LETTER.format(
            body="As an apology for the inconvenience, every affected card gets two free rides."
        ),
        False,
    ),
    (
        "non_apology",
        "en",
        "email",
        MON,
        EN_LETTER.format(body="We apologise for the inconvenience and will add two free rides."),
        True,
    ),
    (
        "non_apology",
        "bn",
        "email",
        MON,
        BN_LETTER.format(
            body="সব অসুবিধার জন্য দুঃখপ্রকাশ হিসেবে প্রতিটি কার্ডে দুটি বিনা মূল্যের যাত্রা যোগ হবে।"
        ),
        False,
    ),
    (
        "non_apology",
        "bn",
        "email",
        MON,
        BN_LETTER.format(body="সাময়িক অসুবিধার জন্য দুঃখিত।"),
        True,
    ),
    # a helpline short code glued to the time after a colon; a reference number is not help
    (
        "help_missing",
        "bn",
        "sms",
        MON,
        "আমাদের ভুলে রিচার্জ আটকে, দুঃখিত। নগদে টিকিট কিনুন। ৬টায় জানাব:১৬৩৪৫",
        False,
    ),
    (
        "help_missing",
        "bn",
        "sms",
        MON,
        "আমাদের ভুলে রিচার্জ আটকে, দুঃখিত। ৬টায় জানাব। অর্ডার:৪৮২১৩",
        True,
    ),
    (
        "help_missing",
        "en",
        "sms",
        MON,
        "Farecard: our error blocked top-ups, sorry. Buy paper tickets for now. More at 6pm:16345",
        False,
    ),
    (
        "help_missing",
        "en",
        "sms",
        MON,
        "Farecard: our error blocked top-ups, sorry. More at 6pm. Order no:48213",
        True,
    ),
    # "soon" after "they will" / "and will": a promise with no date
    (
        "undated_commitment",
        "en",
        "x",
        MON,
        "Farecard: 4,800 top-ups failed from 07:10 because of our wrong price table, sorry. They'll show on your card soon. Next update 18:00. help.farecard.example",
        True,
    ),
    (
        "undated_commitment",
        "en",
        "x",
        MON,
        "Farecard: 4,800 top-ups failed from 07:10 because of our wrong price table, sorry. They'll show on your card by 18:00. help.farecard.example",
        False,
    ),
    (
        "undated_commitment",
        "bn",
        "x",
        MON,
        "ফেয়ারকার্ড: আমাদের ভুলে সকাল ৭:১০ থেকে ৪,৮০০ রিচার্জ আটকে, দুঃখিত। টাকা শিগগিরই কার্ডে ফিরে আসবে। পরবর্তী আপডেট ৬টায়। ১৬৩৪৫",
        True,
    ),
    (
        "undated_commitment",
        "bn",
        "x",
        MON,
        "ফেয়ারকার্ড: আমাদের ভুলে সকাল ৭:১০ থেকে ৪,৮০০ রিচার্জ আটকে, দুঃখিত। আন্তরিকভাবে বলছি, টাকা সন্ধ্যা ৬টার মধ্যে কার্ডে ফিরে আসবে। ১৬৩৪৫",
        False,
    ),
    # "dropped out briefly": the minimising adverb after the harm; "some residents"
    (
        "impact_vague",
        "en",
        "sms",
        MON,
        "Farecard: sorry, our card readers dropped out briefly this morning because of our update. Next text 6pm. farecard.example/help",
        True,
    ),
    (
        "impact_vague",
        "en",
        "sms",
        MON,
        "Farecard: sorry, our card readers dropped out from 07:10 to 07:40 because of our update. Next text 6pm. farecard.example/help",
        False,
    ),
    (
        "impact_vague",
        "en",
        "email",
        MON,
        "Some residents' 2026 permits have not arrived because our printer broke and we did not move the job. We're sorry. Permits go out by 14 Jan. Next update 15 Jan. Help: 01597 800 411",
        True,
    ),
    (
        "impact_vague",
        "bn",
        "email",
        MON,
        "আমাদের প্রিন্টার নষ্ট হওয়ায় কিছু বাসিন্দার ২০২৬ সালের পারমিট পৌঁছায়নি; ভুলটা আমাদের, আমরা দুঃখিত। ১৪ জানুয়ারির মধ্যে পাঠাব। পরবর্তী আপডেট ১৫ জানুয়ারি। সাহায্য: ১৬৩৪৫",
        True,
    ),
    (
        "impact_vague",
        "bn",
        "email",
        MON,
        "আমাদের প্রিন্টার নষ্ট হওয়ায় প্রায় ১,২০০ বাসিন্দার পারমিট পৌঁছায়নি; ভুলটা আমাদের, আমরা দুঃখিত। ১৪ জানুয়ারির মধ্যে পাঠাব। পরবর্তী আপডেট ১৫ জানুয়ারি। সাহায্য: ১৬৩৪৫",
        False,
    ),
    # "nobody will be charged the late fee", "three months of Plus, free": make-goods
    (
        "make_good_missing",
        "en",
        "email",
        MON,
        EN_LETTER.format(body="Nobody will be charged the £20 penalty fare for this week.").replace(
            "We'll refund every extra fare by Fri 16 May. ", ""
        ),
        False,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        MON,
        EN_LETTER.format(
            body="We add six months of Farecard Plus, free, to every card hit."
        ).replace("We'll refund every extra fare by Fri 16 May. ", ""),
        False,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        MON,
        EN_LETTER.format(body="Nobody needs to do anything.").replace(
            "We'll refund every extra fare by Fri 16 May. ", ""
        ),
        True,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        MON,
        BN_LETTER.format(body="এ সপ্তাহের কোনো জরিমানা লাগবে না।").replace(
            "অতিরিক্ত ভাড়া ১৬ মে-র মধ্যে ফেরত দেব। ", ""
        ),
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        MON,
        BN_LETTER.format(body="আপনাকে কিছু করতে হবে না।").replace(
            "অতিরিক্ত ভাড়া ১৬ মে-র মধ্যে ফেরত দেব। ", ""
        ),
        True,
    ),
    # "ক্যাশ-আউট" is cash, not a cache; an OLT is network jargon
    (
        "jargon",
        "bn",
        "email",
        MON,
        BN_LETTER.format(body="১৮ মে পর্যন্ত ক্যাশ-আউট ফি লাগবে না।"),
        False,
    ),
    (
        "jargon",
        "en",
        "email",
        MON,
        EN_LETTER.format(body="Cash-out fees are waived until 18 May."),
        False,
    ),
    (
        "jargon",
        "bn",
        "sms",
        MON,
        "দুঃখিত, আমাদের OLT বিকল, মিরপুরে ৩ ঘণ্টা নেট নেই। ৬টায় আপডেট: ১৬৩৪৫",
        True,
    ),
    (
        "jargon",
        "en",
        "sms",
        MON,
        "Sorry, our OLT in Leith failed: no broadband for ~900 homes since 14:00. Update 18:00. netco.example/help",
        True,
    ),
    # "হালনাগাদ: <day>" under the headline says when we wrote, not when we write next
    (
        "next_update_missing",
        "bn",
        "status_page",
        MON,
        "রিচার্জ আবার চলছে\nহালনাগাদ: মঙ্গলবার, ১৩ মে, দুপুর ১২টা\n\nসকাল ৭:১০ থেকে ১০:৩০ পর্যন্ত প্রায় ৪,৮০০ রিচার্জ আটকে ছিল; ভুলটা আমাদের, আমরা দুঃখিত। আমরা নজর রাখছি। সাহায্য: ১৬৩৪৫",
        True,
    ),
    (
        "next_update_missing",
        "bn",
        "status_page",
        MON,
        "রিচার্জ আবার চলছে\nহালনাগাদ: মঙ্গলবার, ১৩ মে, দুপুর ১২টা\n\nসকাল ৭:১০ থেকে ১০:৩০ পর্যন্ত প্রায় ৪,৮০০ রিচার্জ আটকে ছিল; ভুলটা আমাদের, আমরা দুঃখিত।\nপরবর্তী আপডেট: মঙ্গলবার, ১৩ মে, সন্ধ্যা ৬টা। সাহায্য: ১৬৩৪৫",
        False,
    ),
    (
        "next_update_missing",
        "en",
        "status_page",
        MON,
        "Top-ups working again\nUpdated 12:00 BST, Tuesday 13 May\n\nFrom 07:10 to 10:30 about 4,800 top-ups failed; it was our fault and we're sorry. We're keeping an eye on it. Help: 0800 321 654",
        True,
    ),
    # a short message's dated next step: "corrected by 16 May"
    (
        "next_update_missing",
        "en",
        "x",
        IDENT,
        "Farecard: our wrong price table charged 4,800 of you twice on 13 May. Our error, sorry. Corrected by 16 May. Help: help.farecard.example",
        False,
    ),
    (
        "next_update_missing",
        "en",
        "x",
        IDENT,
        "Farecard: our wrong price table charged 4,800 of you twice on 13 May. Our error, sorry. We corrected it on 14 May. Help: help.farecard.example",
        True,
    ),
    # "take them back to the shop" says where to return a thing, not where to get help
    (
        "help_missing",
        "en",
        "status_page",
        IDENT,
        "Recall: Farecard wallets\n\nAbout 3,000 wallets we sold since 2 May can pinch fingers; our design was wrong and we're sorry. Take them back to the shop you bought them from for a refund. Next update 18:00 BST.",
        True,
    ),
    (
        "help_missing",
        "en",
        "status_page",
        IDENT,
        "Recall: Farecard wallets\n\nAbout 3,000 wallets we sold since 2 May can pinch fingers; our design was wrong and we're sorry. For a refund or any questions, ask the staff at any of our shops. Next update 18:00 BST.",
        False,
    ),
    (
        "help_missing",
        "bn",
        "status_page",
        IDENT,
        "রিকল: ফেয়ারকার্ড ওয়ালেট\n\n২ মে থেকে বিক্রি করা প্রায় ৩,০০০ ওয়ালেটে আঙুল কাটতে পারে; নকশার ভুলটা আমাদের, আমরা দুঃখিত। যে আউটলেট থেকে কিনেছেন সেখানে ফেরত দিন। পরবর্তী আপডেট সন্ধ্যা ৬টায়।",
        True,
    ),
    (
        "help_missing",
        "bn",
        "status_page",
        IDENT,
        "রিকল: ফেয়ারকার্ড ওয়ালেট\n\n২ মে থেকে বিক্রি করা প্রায় ৩,০০০ ওয়ালেটে আঙুল কাটতে পারে; নকশার ভুলটা আমাদের, আমরা দুঃখিত। প্রশ্ন থাকলে যেকোনো আউটলেটে আমাদের কর্মীদের জিজ্ঞেস করুন। পরবর্তী আপডেট সন্ধ্যা ৬টায়।",
        False,
    ),
]


ROUND_18_MISSES_BLAME_OWNERSHIP_CAUSE_IMPACT: list[tuple[str, str, str, Stage, str, bool]] = [
    # "no one could have forecast it" excuses us by the weather of the market
    (
        "blame_shifting",
        "en",
        "status_page",
        IDENT,
        "Meal boxes running late\n\nThe heatwave sent orders to a level nobody in food retail could have predicted, and about 9,000 Crateful boxes due on Friday will arrive on Monday. We're sorry. Track yours at crateful.example/track. Next update 16:00 BST.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "status_page",
        IDENT,
        "Meal boxes running late\n\nNobody could open the tracking page between 09:00 and 10:00, and about 9,000 Crateful boxes due on Friday will arrive on Monday. We booked too few drivers; that was our mistake and we're sorry. Track yours at crateful.example/track. Next update 16:00 BST.",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "status_page",
        IDENT,
        "খাবারের বাক্স দেরিতে\n\nগরমে অর্ডার এত বেড়েছে যে কেউই আগে থেকে আঁচ করতে পারেনি; শুক্রবারের প্রায় ৯,০০০ বাক্স সোমবার পৌঁছাবে। আমরা দুঃখিত। ট্র্যাক করুন: crateful.example/track। পরবর্তী আপডেট বিকেল ৪টায়।",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "status_page",
        IDENT,
        "খাবারের বাক্স দেরিতে\n\nআমরা যথেষ্ট চালক রাখিনি, ভুলটা আমাদের; শুক্রবারের প্রায় ৯,০০০ বাক্স সোমবার পৌঁছাবে। কেউ কিছু জানতে চাইলে ফোন করুন। আমরা দুঃখিত। ট্র্যাক করুন: crateful.example/track। পরবর্তী আপডেট বিকেল ৪টায়।",
        False,
    ),
    # "more than anyone could have forecast" is the same excuse, and owns nothing
    (
        "blame_shifting",
        "en",
        "x",
        IDENT,
        "Sorry: spring-sale orders ran far beyond anything we could have predicted, so about 8,000 Crateful boxes are a day late. Track: crateful.example/track. Update 15:00.",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Sorry: spring-sale orders ran far beyond anything we could have predicted, so about 8,000 Crateful boxes are a day late. Track: crateful.example/track. Update 15:00.",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Sorry: we could have booked more drivers for the spring sale, so about 8,000 Crateful boxes are a day late. Track: crateful.example/track. Update 15:00.",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        IDENT,
        "দুঃখিত: বসন্তের সেলে এত অর্ডার এসেছে, যা কারও পক্ষে আগে থেকে আঁচ করা সম্ভব ছিল না; প্রায় ৮,০০০ বাক্স এক দিন দেরিতে। ট্র্যাক: crateful.example/track। আপডেট দুপুর ৩টায়।",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        IDENT,
        "দুঃখিত: বসন্তের সেলে অর্ডারের চাপ আঁচ করতে আমরা ভুল করেছি; প্রায় ৮,০০০ বাক্স এক দিন দেরিতে। ট্র্যাক: crateful.example/track। আপডেট দুপুর ৩টায়।",
        False,
    ),
    # "our own systems worked as designed": ours cleared, so the fault is someone else's
    (
        "blame_shifting",
        "en",
        "email",
        Stage.RESOLVED,
        "Dear customer,\n\nFrom 10:00 to 13:40 on 3 May about 14,000 Tollgate card payments failed, and we're sorry. Our payment platform worked exactly as designed; the card network it connects to went down. Payments work again. Questions: help.tollgate.example. Our report follows on 10 May.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        Stage.RESOLVED,
        "Dear customer,\n\nFrom 10:00 to 13:40 on 3 May about 14,000 Tollgate card payments failed because we changed a setting without testing it; that was our mistake and we're sorry. Our payment platform is working as designed again. Questions: help.tollgate.example. Our report follows on 10 May.",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        Stage.RESOLVED,
        "প্রিয় গ্রাহক,\n\n৩ মে সকাল ১০টা থেকে দুপুর ১:৪০ পর্যন্ত প্রায় ১৪,০০০ কার্ড পেমেন্ট ব্যর্থ হয়েছে, আমরা দুঃখিত। আমাদের নিজস্ব পেমেন্ট প্ল্যাটফর্ম পুরো সময় ঠিকঠাক কাজ করেছে; যে কার্ড নেটওয়ার্কের সঙ্গে যুক্ত, সেটি বন্ধ ছিল। প্রশ্ন: help.tollgate.example। প্রতিবেদন ১০ মে।",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        Stage.RESOLVED,
        "প্রিয় গ্রাহক,\n\n৩ মে সকাল ১০টা থেকে দুপুর ১:৪০ পর্যন্ত প্রায় ১৪,০০০ কার্ড পেমেন্ট ব্যর্থ হয়েছে; পরীক্ষা ছাড়াই একটি সেটিং বদলানোর ভুলটা আমাদের, আমরা দুঃখিত। পেমেন্ট প্ল্যাটফর্ম এখন ঠিকঠাক কাজ করছে। প্রশ্ন: help.tollgate.example। প্রতিবেদন ১০ মে।",
        False,
    ),
    # "undesired" judges the harm, "unforeseen" excuses it
    (
        "blame_shifting",
        "bn",
        "x",
        IDENT,
        "অপ্রত্যাশিত পরিস্থিতির কারণে আজ প্রায় ২,০০০ ভ্যান দেরিতে ছাড়ছে। আমরা দুঃখিত। বিস্তারিত: crateful.example/bn, পরবর্তী আপডেট দুপুর ২টায়।",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        IDENT,
        "আমাদের রুট-পরিকল্পনার ভুলে আজ প্রায় ২,০০০ ভ্যান দেরিতে ছাড়ছে। অনাকাঙ্ক্ষিত এই পরিস্থিতির জন্য আমরা দুঃখিত। বিস্তারিত: crateful.example/bn, পরবর্তী আপডেট দুপুর ২টায়।",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        IDENT,
        "Owing to unforeseen circumstances about 2,000 Crateful vans are leaving late today. We're sorry. Details: crateful.example/live, next update 14:00.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        IDENT,
        "Our route plan was wrong, so about 2,000 Crateful vans are leaving late today. We're sorry for this unwelcome situation. Details: crateful.example/live, next update 14:00.",
        False,
    ),
    # the customer's incomplete address, named as the cause
    (
        "blame_shifting",
        "en",
        "x",
        IDENT,
        "Sorry: about 5,000 Crateful boxes are late today, mostly where a postcode was typed incompletely at checkout. We've got them. Track: crateful.example/track. Update 15:00.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        IDENT,
        "Sorry: about 5,000 Crateful boxes are late today because house numbers were entered wrongly by our own packing team. Our mistake. Track: crateful.example/track. Update 15:00.",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        IDENT,
        "দুঃখিত: আজ প্রায় ৫,০০০ বাক্স দেরিতে পৌঁছাবে, বেশিরভাগই বাড়ির নম্বর ছাড়া ঠিকানা লেখায়। ট্র্যাক করুন: crateful.example/track। আপডেট দুপুর ৩টায়।",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        IDENT,
        "দুঃখিত: আজ প্রায় ৫,০০০ বাক্স দেরিতে পৌঁছাবে, আমাদের কর্মীরা ভুল ঠিকানা লেখায়; ভুলটা আমাদের। ট্র্যাক করুন: crateful.example/track। আপডেট দুপুর ৩টায়।",
        False,
    ),
    # "our cracked lid let water in": a thing of ours let the harm in
    (
        "ownership_missing",
        "en",
        "sms",
        Stage.RESOLVED,
        "Dripwell: 2,300 kettles replaced. Our cracked gasket let steam through the handle; it's redesigned. Sorry you were scalded. Report 2 Jun: dripwell.example/kettle",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        Stage.RESOLVED,
        "Dripwell: 2,300 kettles replaced. Our new app lets you book a swap in a minute. Sorry you were scalded. Report 2 Jun: dripwell.example/kettle",
        True,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        Stage.RESOLVED,
        "২,৩০০ কেটলি বদলানো হয়েছে। আমাদের ফাটা গ্যাসকেট দিয়ে বাষ্প ঢুকেছে। দুঃখিত। dripwell.example/bn",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        Stage.RESOLVED,
        "২,৩০০ কেটলি বদলানো হয়েছে। আমাদের অ্যাপ দিয়ে ঢুকুন ও বদল বুক করুন। দুঃখিত। dripwell.example/bn",
        True,
    ),
    # "the mistake was not one clerk's but ours"
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "প্রায় ৬০০ রোগীর রিপোর্ট ভুল ঠিকানায় গেছে। দোষটা একজন কেরানির নয়, আমাদের ব্যবস্থার। আমরা দুঃখিত। সাহায্য: ১৬২২২, পরবর্তী আপডেট বিকেল ৫টায়।",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "প্রায় ৬০০ রোগীর রিপোর্ট ভুল ঠিকানায় গেছে। দোষটা আমাদের নয়, ডাক বিভাগের। আমরা দুঃখিত। সাহায্য: ১৬২২২, পরবর্তী আপডেট বিকেল ৫টায়।",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "About 600 patient letters went to old addresses. The fault is not one clerk's, it is ours. We're sorry. Help: 0300 123 456, next update 17:00.",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "About 600 patient letters went to old addresses. The fault is not ours, it is the post office's. We're sorry. Help: 0300 123 456, next update 17:00.",
        True,
    ),
    # "a few streets": a place counted no better than "some customers"
    (
        "impact_vague",
        "en",
        "sms",
        IDENT,
        "Rillwater: sorry, our burst main has cut water to a couple of roads near you in Fulford. Crews on site. Next update 20:00. Help: 0800 222 333",
        True,
    ),
    (
        "impact_vague",
        "en",
        "sms",
        IDENT,
        "Rillwater: sorry, our burst main has cut water to about 340 homes on a couple of roads in Fulford. Crews on site. Next update 20:00. Help: 0800 222 333",
        False,
    ),
    (
        "impact_vague",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের পাইপ ফেটে কয়েকটি রাস্তায় পানি বন্ধ। কাজ চলছে। আপডেট রাত ৮টায়। ১৬৩৩৩",
        True,
    ),
    (
        "impact_vague",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের পাইপ ফেটে কয়েকটি রাস্তার প্রায় ৩৪০ বাড়িতে পানি বন্ধ। আপডেট রাত ৮টায়। ১৬৩৩৩",
        False,
    ),
    # "a blip most of you won't even have noticed" plays the harm down
    (
        "impact_vague",
        "en",
        "email",
        Stage.MONITORING,
        "Dear customer,\n\nOn 4 June we moved our app to new servers and got the timing wrong; that's on us, and we're sorry. For nearly everyone it was a hiccup you may not even have noticed. We're watching it closely until 11 June. Questions: help.pinpay.example or 0800 444 555. Next update 6 June.",
        True,
    ),
    (
        "impact_vague",
        "en",
        "email",
        Stage.MONITORING,
        "Dear customer,\n\nOn 4 June we moved our app to new servers and got the timing wrong; that's on us, and we're sorry. From 09:10 to 10:25 about 21,000 of you could not log in, and you may have noticed slow pages until noon. We're watching it closely until 11 June. Questions: help.pinpay.example or 0800 444 555. Next update 6 June.",
        False,
    ),
    (
        "impact_vague",
        "bn",
        "email",
        Stage.MONITORING,
        "প্রিয় গ্রাহক,\n\n৪ জুন অ্যাপ নতুন সার্ভারে সরানোর সময় আমরা ভুল করেছি, আমরা দুঃখিত। বেশিরভাগ গ্রাহক এটা টেরও পাননি। ১১ জুন পর্যন্ত আমরা নজর রাখছি। প্রশ্ন: help.pinpay.example বা ১৬৪৪৪। পরবর্তী আপডেট ৬ জুন।",
        True,
    ),
    (
        "impact_vague",
        "bn",
        "email",
        Stage.MONITORING,
        "প্রিয় গ্রাহক,\n\n৪ জুন অ্যাপ নতুন সার্ভারে সরানোর সময় আমরা ভুল করেছি, আমরা দুঃখিত। সকাল ৯:১০ থেকে ১০:২৫ পর্যন্ত প্রায় ২১,০০০ গ্রাহক লগইন করতে পারেননি, অনেকে দুপুর পর্যন্ত ধীরগতি টের পেয়েছেন। ১১ জুন পর্যন্ত আমরা নজর রাখছি। প্রশ্ন: help.pinpay.example বা ১৬৪৪৪। পরবর্তী আপডেট ৬ জুন।",
        False,
    ),
    # a rush of orders named as what brought the delay is a cause (blaming it is another flaw)
    (
        "root_cause_missing",
        "en",
        "status_page",
        IDENT,
        "Deliveries running late\n\nThe spring sale brought order volumes well beyond what our two depots can sort, and about 12,000 Crateful parcels are a day late. We're sorry. Track yours at crateful.example/track. Next update 17:00.",
        False,
    ),
    (
        "root_cause_missing",
        "en",
        "status_page",
        IDENT,
        "Deliveries running late\n\nAbout 12,000 Crateful parcels are a day late during the spring sale, which brought you some great prices. We're sorry. Track yours at crateful.example/track. Next update 17:00.",
        True,
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        IDENT,
        "ডেলিভারি দেরিতে\n\nবসন্তের সেলে অর্ডারের চাপ আমাদের দুই ডিপোর ক্ষমতার চেয়ে অনেক বেড়ে যাওয়ায় প্রায় ১২,০০০ পার্সেল এক দিন দেরিতে। আমরা দুঃখিত। ট্র্যাক করুন: crateful.example/track। পরবর্তী আপডেট বিকেল ৫টায়।",
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        IDENT,
        "ডেলিভারি দেরিতে\n\nবসন্তের সেলে প্রায় ১২,০০০ পার্সেল এক দিন দেরিতে পৌঁছাবে। আমরা দুঃখিত। ট্র্যাক করুন: crateful.example/track। পরবর্তী আপডেট বিকেল ৫টায়।",
        True,
    ),
]


ROUND_18_MISSES_OTHER_FLAWS: list[tuple[str, str, str, Stage, str, bool]] = [
    # an update given by someone other than "we" is still a timed update
    (
        "next_update_missing",
        "en",
        "email",
        IDENT,
        "Dear guest,\n\nOur lift to the pool deck failed on Monday; its upkeep is our job and we're sorry. About 900 guests use it daily. The duty manager will give an update in the lobby at 19:00 tonight. Reception: dial 0 from your room.",
        False,
    ),
    (
        "next_update_missing",
        "en",
        "email",
        IDENT,
        "Dear guest,\n\nOur lift to the pool deck failed on Monday; its upkeep is our job and we're sorry. About 900 guests use it daily. The duty manager is looking into it. Reception: dial 0 from your room.",
        True,
    ),
    (
        "next_update_missing",
        "bn",
        "email",
        IDENT,
        "প্রিয় অতিথি,\n\nসোমবার আমাদের পুল ডেকের লিফট বিকল হয়েছে; এর রক্ষণাবেক্ষণ আমাদের দায়িত্ব, আমরা দুঃখিত। প্রতিদিন প্রায় ৯০০ অতিথি এটি ব্যবহার করেন। ডিউটি ম্যানেজার আজ সন্ধ্যা ৭টায় লবিতে আপডেট দেবেন। রিসেপশন: রুম থেকে ০ ডায়াল করুন।",
        False,
    ),
    (
        "next_update_missing",
        "bn",
        "email",
        IDENT,
        "প্রিয় অতিথি,\n\nসোমবার আমাদের পুল ডেকের লিফট বিকল হয়েছে; এর রক্ষণাবেক্ষণ আমাদের দায়িত্ব, আমরা দুঃখিত। প্রতিদিন প্রায় ৯০০ অতিথি এটি ব্যবহার করেন। ডিউটি ম্যানেজার বিষয়টি দেখছেন। রিসেপশন: রুম থেকে ০ ডায়াল করুন।",
        True,
    ),
    # a dated report on a line wrapped after "will be" is still dated
    (
        "next_update_missing",
        "en",
        "status_page",
        RES,
        "Resolved - invoices shown to the wrong shops\n\nFrom 10:02 to 10:40 UTC our change showed 312 shops another shop's invoices; we're sorry. We undid it.\n\nAffected shops get a month free on the next bill. The written review of what went wrong will be\npublished here on Monday 4 May. Questions: help@ledgerly.co.uk.",
        False,
    ),
    (
        "next_update_missing",
        "en",
        "status_page",
        RES,
        "Resolved - invoices shown to the wrong shops\n\nFrom 10:02 to 10:40 UTC our change showed 312 shops another shop's invoices; we're sorry. We undid it.\n\nAffected shops get a month free on the next bill. We stopped the change at 10:40 and emailed every shop by 11:15 on 1 May. Questions: help@ledgerly.co.uk.",
        True,
    ),
    (
        "next_update_missing",
        "bn",
        "status_page",
        RES,
        "সমাধান হয়েছে - ভুল দোকানে চালান দেখানো\n\nসকাল ১০:০২ থেকে ১০:৪০ পর্যন্ত আমাদের পরিবর্তনে ৩১২টি দোকান অন্যের চালান দেখেছে; আমরা দুঃখিত। পরিবর্তনটি ফিরিয়ে নিয়েছি। ক্ষতিগ্রস্ত দোকানের পরের বিলে এক মাস ফ্রি। পূর্ণ প্রতিবেদন ৪ মে এই পাতায় প্রকাশ করব। প্রশ্ন: help@ledgerly.co.uk",
        False,
    ),
    (
        "next_update_missing",
        "bn",
        "status_page",
        RES,
        "সমাধান হয়েছে - ভুল দোকানে চালান দেখানো\n\n১ মে সকালে নতুন চালান হালনাগাদ করার সময় আমাদের ভুলে ৩১২টি দোকান অন্যের চালান দেখছিল; আমরা দুঃখিত। পরিবর্তনটি ফিরিয়ে নিয়েছি। ক্ষতিগ্রস্ত দোকানের পরের বিলে এক মাস ফ্রি। প্রশ্ন: help@ledgerly.co.uk",
        True,
    ),
    # "sorry, that's a risk if …" is a sorry and a warning, not a conditional apology
    (
        "non_apology",
        "en",
        "x",
        IDENT,
        "Don't use Brightfoam baby wipes lot 2210 (about 4,000 packs): we used a scent that wasn't on the label. Sorry, that's a real problem if your child has eczema. Refund at any till. Update 16:00 https://brightfoam.co.uk/recall",
        False,
    ),
    (
        "non_apology",
        "en",
        "x",
        IDENT,
        "Brightfoam baby wipes lot 2210 (about 4,000 packs) had a scent not on the label. We're sorry if this caused any problem. Refund at any till. Update 16:00 https://brightfoam.co.uk/recall",
        True,
    ),
    (
        "non_apology",
        "bn",
        "x",
        IDENT,
        "ব্রাইটফোম বেবি ওয়াইপস লট ২২১০ (প্রায় ৪,০০০ প্যাকেট) ব্যবহার করবেন না: লেবেলে নেই এমন সুগন্ধি আমরা দিয়েছি। দুঃখিত, এটা সত্যিই বিপদের যদি শিশুর একজিমা থাকে। যেকোনো কাউন্টারে টাকা ফেরত। আপডেট বিকেল ৪টায় brightfoam.com.bd",
        False,
    ),
    (
        "non_apology",
        "bn",
        "x",
        IDENT,
        "ব্রাইটফোম বেবি ওয়াইপস লট ২২১০ (প্রায় ৪,০০০ প্যাকেট) ব্যবহার করবেন না: লেবেলে নেই এমন সুগন্ধি আমরা দিয়েছি। দুঃখিত যদি কারও সমস্যা হয়ে থাকে। যেকোনো কাউন্টারে টাকা ফেরত। আপডেট বিকেল ৪টায় brightfoam.com.bd",
        True,
    ),
    # a parcel "reaching us" is no way to reach us; "নতুন" (new) is no imperative
    (
        "help_missing",
        "en",
        "status_page",
        MON,
        "Recall update: Snugpaw heat pads\n\nWe sold 5,300 pads since 3 March; our thermostat design lets them overheat and we're sorry. Post yours back with the label we emailed; we refund £19 within 5 days of the pad reaching us. Next update here at 09:00 on Friday 12 June.",
        True,
    ),
    (
        "help_missing",
        "en",
        "status_page",
        MON,
        "Recall update: Snugpaw heat pads\n\nWe sold 5,300 pads since 3 March; our thermostat design lets them overheat and we're sorry. Post yours back with the label we emailed; we refund £19 within 5 days. Lost the label? You can reach us on 0800 612 4410. Next update here at 09:00 on Friday 12 June.",
        False,
    ),
    (
        "help_missing",
        "bn",
        "status_page",
        IDENT,
        "ভুল পানির বিল\n\n২ মার্চ নতুন হার বসানোর সময় আমাদের হিসাব শাখার ভুলে ৪,১০০ গ্রাহকের বিলে ২০০ টাকা বেশি এসেছে; আমরা দুঃখিত। বাড়তি টাকা ১০ মার্চের মধ্যে ফেরত যাবে। পরবর্তী আপডেট ৮ মার্চ সকাল ১০টায়।",
        True,
    ),
    (
        "help_missing",
        "bn",
        "status_page",
        IDENT,
        "ভুল পানির বিল\n\n২ মার্চ নতুন হার বসানোর সময় আমাদের হিসাব শাখার ভুলে ৪,১০০ গ্রাহকের বিলে ২০০ টাকা বেশি এসেছে; আমরা দুঃখিত। বাড়তি টাকা ১০ মার্চের মধ্যে ফেরত যাবে। প্রশ্ন থাকলে ১৬৪৪০ নম্বরে কল করুন। পরবর্তী আপডেট ৮ মার্চ সকাল ১০টায়।",
        False,
    ),
    # charging the reader for our own fault is a make-good refused, at any stage
    (
        "make_good_missing",
        "en",
        "email",
        Stage.INVESTIGATING,
        "Dear rider,\n\nAbout 1,200 e-bikes we serviced last week have a loose brake cable; our workshop fitted it and we're sorry. Bring yours to any depot for a check; the standard service fee applies. Next update by 17:00 Friday. Questions: 0300 555 0192.",
        True,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        Stage.INVESTIGATING,
        "Dear rider,\n\nAbout 1,200 e-bikes we serviced last week have a loose brake cable; our workshop fitted it and we're sorry. Bring yours to any depot for a free check; no service fee applies. Next update by 17:00 Friday. Questions: 0300 555 0192.",
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        Stage.INVESTIGATING,
        "প্রিয় গ্রাহক,\n\nগত সপ্তাহে আমাদের ওয়ার্কশপে সার্ভিস করা প্রায় ১,২০০টি ই-বাইকের ব্রেকের তার ঢিলা; ভুলটা আমাদের, আমরা দুঃখিত। যেকোনো ডিপোতে এনে পরীক্ষা করান; সার্ভিস চার্জ প্রযোজ্য হবে। পরবর্তী আপডেট শুক্রবার বিকেল ৫টায়। প্রশ্ন: ১৬৫৫০",
        True,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        Stage.INVESTIGATING,
        "প্রিয় গ্রাহক,\n\nগত সপ্তাহে আমাদের ওয়ার্কশপে সার্ভিস করা প্রায় ১,২০০টি ই-বাইকের ব্রেকের তার ঢিলা; ভুলটা আমাদের, আমরা দুঃখিত। যেকোনো ডিপোতে এনে বিনামূল্যে পরীক্ষা করান; কোনো সার্ভিস চার্জ লাগবে না। পরবর্তী আপডেট শুক্রবার বিকেল ৫টায়। প্রশ্ন: ১৬৫৫০",
        False,
    ),
    # money off the bill is a make-good; "ছাড়া" (without) and "ছাড়বে" (will leave) are not
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        "Dear member,\n\nOn 2 June our gym app double-booked 640 classes; our booking change caused it and we're sorry. We fixed it on 3 June. We're knocking a week's fee off your July bill. Report by 30 June. Questions: 0161 555 0140.",
        False,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        "Dear member,\n\nOn 2 June our gym app double-booked 640 classes; our booking change caused it and we're sorry. We fixed it on 3 June and took the faulty screen off the app. Report by 30 June. Questions: 0161 555 0140.",
        True,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        "প্রিয় সদস্য,\n\n২ জুন আমাদের অ্যাপের ভুলে ৬৪০টি ক্লাস দুবার বুক হয়েছে; আমরা দুঃখিত। ৩ জুন ঠিক করেছি। এক সপ্তাহের ফি জুলাইয়ের বিল থেকে বাদ যাবে। প্রতিবেদন ৩০ জুন। প্রশ্ন: ১৬১৪০",
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        "প্রিয় সদস্য,\n\n২ জুন আমাদের অ্যাপের ভুলে ৬৪০টি ক্লাস দুবার বুক হয়েছে; বুকিং ছাড়া ক্লাসে ঢুকতে না পারায় আমরা দুঃখিত। ৩ জুন ঠিক করেছি। প্রতিবেদন ৩০ জুন। প্রশ্ন: ১৬১৪০",
        True,
    ),
    # returning an overpayment puts the error right; it makes nothing good
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        "Dear customer,\n\nIn May our meter upload failed and 7,300 of you paid estimated bills, £48 too much on average; that was our mistake and we're sorry. Every amount overpaid was refunded on 3 June. Review by 30 June. Questions: 0345 555 0177.",
        True,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        "Dear customer,\n\nIn May our meter upload failed and 7,300 of you paid estimated bills, £48 too much on average; that was our mistake and we're sorry. Every amount overpaid was refunded on 3 June, plus £15 for the trouble. Review by 30 June. Questions: 0345 555 0177.",
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        "প্রিয় গ্রাহক,\n\nমে মাসে আমাদের মিটার আপলোডের ভুলে ৭,৩০০ গ্রাহক গড়ে ৪৮০ টাকা বাড়তি বিল দিয়েছেন; আমরা দুঃখিত। বাড়তি টাকা ৩ জুন ফেরত দেওয়া হয়েছে। প্রতিবেদন ৩০ জুন। প্রশ্ন: ১৬৩৭৭",
        True,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        "প্রিয় গ্রাহক,\n\nমে মাসে আমাদের মিটার আপলোডের ভুলে ৭,৩০০ গ্রাহক গড়ে ৪৮০ টাকা বাড়তি বিল দিয়েছেন; আমরা দুঃখিত। বাড়তি টাকা ৩ জুন ফেরত দেওয়া হয়েছে, সঙ্গে প্রত্যেককে ১০০ টাকার ভাউচার। প্রতিবেদন ৩০ জুন। প্রশ্ন: ১৬৩৭৭",
        False,
    ),
    # courier and security shorthand is jargon; a dated step after "; " is the next step
    (
        "jargon",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের ভুলে পার্সেল #৭৭১ RTO হয়েছে; রি-ডিসপ্যাচ ৯ জুন। ১৬৭১০",
        True,
    ),
    (
        "jargon",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের ভুলে পার্সেল #৭৭১ আমাদের গুদামে ফিরে গেছে; আবার পাঠাব ৯ জুন। ১৬৭১০",
        False,
    ),
    (
        "next_update_missing",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের ভুলে পার্সেল #৭৭১ আমাদের গুদামে ফিরে গেছে; আবার পাঠাব ৯ জুন। ১৬৭১০",
        False,
    ),
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        "Sorry, our mistake: parcel 771 came back to our depot on 2 Jun; new delivery 9 Jun. 0300 555 0101",
        False,
    ),
    (
        "jargon",
        "en",
        "status_page",
        IDENT,
        "Card logins: identified\n\nAttackers ran a credential-stuffing attack; our rate-limiting was misconfigured after a WAF change, so 900 accounts were opened. Our mistake, sorry. We added IOC-based blocks. Next update 17:00 GMT. Help: 0345 555 0100.",
        True,
    ),
    (
        "jargon",
        "en",
        "status_page",
        IDENT,
        "Card logins: identified\n\nCriminals tried passwords stolen from other websites; a setting we changed on 3 May let them keep guessing, so 900 accounts were opened. Our mistake, sorry. We now block them. Next update 17:00 GMT. Help: 0345 555 0100.",
        False,
    ),
]


# Rounds 19-20: blame, ownership, cause and impact, in new words (a failing case and a trap
# for each class of wording, English and Bengali).
ROUNDS_19_20_BLAME_OWNERSHIP_CAUSE_IMPACT: list[tuple[str, str, str, Stage, str, bool]] = [
    # our own thing standing at an airport is a place, not someone else to blame
    (
        "blame_shifting",
        "en",
        "status_page",
        IDENT,
        "Bag drop down at Bristol\n\nOur bag-drop machines at Bristol Airport failed at 06:20, and about 1,400 of our passengers queued for up to 2 hours. Our engineers replaced a power unit at 08:30. The machines are ours and we're sorry. Next update 12:00 BST. Help: 0330 555 0142.",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "status_page",
        IDENT,
        "Bag drop down at Bristol\n\nBristol Airport's baggage belts stopped working at 06:20, and about 1,400 of our passengers queued for up to 2 hours. We're sorry. Next update 12:00 BST. Help: 0330 555 0142.",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "status_page",
        IDENT,
        "সিলেটে ব্যাগ জমা বন্ধ\n\nসিলেট বিমানবন্দরে আমাদের ব্যাগ জমার যন্ত্র সকাল ৬টা ২০ থেকে বিকল ছিল; আমাদের প্রায় ১,৪০০ যাত্রী ২ ঘণ্টা পর্যন্ত লাইনে দাঁড়িয়েছেন। যন্ত্রগুলো আমাদের, ভুলটা আমাদের, আমরা দুঃখিত। পরের আপডেট দুপুর ১২টায়। সাহায্য: ১৬৪৪২",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "status_page",
        IDENT,
        "সিলেটে ব্যাগ জমা বন্ধ\n\nবিমানবন্দর কর্তৃপক্ষের বেল্ট বিকল হওয়ার কারণে আমাদের প্রায় ১,৪০০ যাত্রী ২ ঘণ্টা পর্যন্ত লাইনে দাঁড়িয়েছেন। আমরা দুঃখিত। পরের আপডেট দুপুর ১২টায়। সাহায্য: ১৬৪৪২",
        True,
    ),
    # the institution, not one employee, carries it: that owns it
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        "প্রিয় গ্রাহক,\n\n৪ মে আমাদের এক কর্মী ভুল করে ৩,১০০ জন গ্রাহকের বিবরণী অন্য ঠিকানায় পাঠিয়েছেন। যাচাইয়ের কোনো ধাপ আমরা রাখিনি; তাই এর দায় পুরো ব্যাংকের, কোনো একজন কর্মকর্তার নয়। আমরা দুঃখিত। পরের আপডেট ১০ মে। প্রশ্ন: ১৬৫৫০",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        "প্রিয় গ্রাহক,\n\n৪ মে ৩,১০০ জন গ্রাহকের বিবরণী অন্য ঠিকানায় গেছে। এর দায় ছাপাখানা ঠিকাদারের, আমাদের নয়। আমরা দুঃখিত। পরের আপডেট ১০ মে। প্রশ্ন: ১৬৫৫০",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "email",
        IDENT,
        "Dear member,\n\nOn 4 May 3,100 statements were posted to old addresses. Nothing checked the address list before printing, so the responsibility rests with the credit union, not with any single clerk. We're sorry. Next update 10 May. Questions: 0161 555 0150.",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "email",
        IDENT,
        "Dear member,\n\nOn 4 May 3,100 statements were posted to old addresses. The responsibility rests with the printing firm. We're sorry. Next update 10 May. Questions: 0161 555 0150.",
        True,
    ),
    # "out of our hands" excuses; owned beside it, it does not
    (
        "blame_shifting",
        "en",
        "x",
        MON,
        "The ferry strike was out of our hands, so 30 sailings are off today. Sorry to the 2,000 of you stuck. Rebook free: ferries.example/rebook. Update 15:00.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        MON,
        "The ferry strike was out of our hands, but we should have warned the 2,000 of you booked sooner; that's on us. Sorry. Rebook free: ferries.example/rebook. Update 15:00.",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        MON,
        "ধর্মঘট পুরোপুরি আমাদের হাতে ছিল না, তাই আজ ৩০টি লঞ্চ বন্ধ। আটকে পড়া ২,০০০ যাত্রীর কাছে দুঃখিত। বিনা খরচে টিকিট বদলান: ferries.example/rebook। আপডেট বিকেল ৩টায়।",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        MON,
        "আমাদের সময়সূচি ভুল ছিল, দায় আমাদের; তাই আজ ৩০টি লঞ্চ বন্ধ। আটকে পড়া ২,০০০ যাত্রীর কাছে দুঃখিত। বিনা খরচে টিকিট বদলান: ferries.example/rebook। আপডেট বিকেল ৩টায়।",
        False,
    ),
    # "ours to answer for, but the gap was theirs" takes it back
    (
        "blame_shifting",
        "en",
        "email",
        FOLLOW,
        "Dear customer,\n\nOn 2 March an intruder copied the emails of about 48,000 Loomly customers. We hired the firm that ran our help desk, so we answer for it, but the weakness was theirs: it was their old server that let the intruder in. We're sorry. Report on 30 April at loomly.example/security. Questions: 0800 555 0161.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        FOLLOW,
        "Dear customer,\n\nOn 2 March an intruder copied the emails of about 48,000 Loomly customers. We hired the firm that ran our help desk and never checked its servers, so the weakness was ours. We're sorry. Report on 30 April at loomly.example/security. Questions: 0800 555 0161.",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        FOLLOW,
        "প্রিয় গ্রাহক,\n\n২ মার্চ একজন অনুপ্রবেশকারী প্রায় ৪৮,০০০ গ্রাহকের ইমেইল নকল করেছে। হেল্প ডেস্কের প্রতিষ্ঠানটি আমরাই বেছেছিলাম, কিন্তু ফাঁকটা ছিল ওদের। আমরা দুঃখিত। প্রতিবেদন ৩০ এপ্রিল। প্রশ্ন: ১৬১৬১",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        FOLLOW,
        "প্রিয় গ্রাহক,\n\n২ মার্চ একজন অনুপ্রবেশকারী প্রায় ৪৮,০০০ গ্রাহকের ইমেইল নকল করেছে। হেল্প ডেস্কের সার্ভার আমরা কখনো যাচাই করিনি, তাই ফাঁকটা ছিল আমাদের। আমরা দুঃখিত। প্রতিবেদন ৩০ এপ্রিল। প্রশ্ন: ১৬১৬১",
        False,
    ),
    # a fault placed in someone else's equipment
    (
        "blame_shifting",
        "en",
        "status_page",
        IDENT,
        "Trams suspended on Line 2\n\nA power fault on Metro Grid's substation near Hillside stopped all Line 2 trams at 07:10; about 11,000 riders are affected. We're sorry. Buses run every 10 minutes. Next update 10:00. Help: 0161 555 0170.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "status_page",
        IDENT,
        "Trams suspended on Line 2\n\nA power fault in our own substation near Hillside stopped all Line 2 trams at 07:10; about 11,000 riders are affected. We skipped its last service, so this is on us. We're sorry. Buses run every 10 minutes. Next update 10:00. Help: 0161 555 0170.",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "status_page",
        IDENT,
        "লাইন ২-এ ট্রাম বন্ধ\n\nসকাল ৭টা ১০ থেকে তাদের সাবস্টেশনের ত্রুটির কারণে লাইন ২-এর সব ট্রাম বন্ধ; প্রায় ১১,০০০ যাত্রী ভুগছেন। আমরা দুঃখিত। প্রতি ১০ মিনিটে বাস চলছে। পরের আপডেট সকাল ১০টায়। সাহায্য: ১৬১৭০",
        True,
    ),
    # the customer's typing named as the cause
    (
        "blame_shifting",
        "en",
        "x",
        FOLLOW,
        "Sorry for last week's late deliveries, about 22,000 of them, our fault. Note: 5,000 were slowed by wrong postcodes typed at checkout, so check yours. Review out Fri 12 Dec: parcelo.example/review",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        FOLLOW,
        "Sorry for last week's late deliveries, about 22,000 of them, our fault. 5,000 were slowed by wrong postcodes typed by our own label printer. Review out Fri 12 Dec: parcelo.example/review",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        FOLLOW,
        "গত সপ্তাহে প্রায় ২২,০০০ পার্সেল দেরিতে গেছে, দায় আমাদের, দুঃখিত। তবে ৫,০০০টি দেরি হয়েছে ক্রেতারা অসম্পূর্ণ ঠিকানা লেখায়। পর্যালোচনা ১২ ডিসেম্বর: parcelo.example/review",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        FOLLOW,
        "গত সপ্তাহে প্রায় ২২,০০০ পার্সেল দেরিতে গেছে, দায় আমাদের, দুঃখিত। আমাদের লেবেল যন্ত্র ৫,০০০টিতে ভুল পোস্টকোড ছেপেছিল। পর্যালোচনা ১২ ডিসেম্বর: parcelo.example/review",
        False,
    ),
    # an airport's handling firm named as the main cause
    (
        "blame_shifting",
        "bn",
        "email",
        RES,
        "প্রিয় যাত্রী,\n\n৯ মার্চ আমাদের ৮টি ফ্লাইট ২ থেকে ৫ ঘণ্টা দেরিতে ছেড়েছে, প্রায় ১,১০০ যাত্রী ভুগেছেন; আমরা দুঃখিত। দেরির আসল কারণ ছিল বন্দরের হ্যান্ডলিং প্রতিষ্ঠানের লোকবলের ঘাটতি। ভাউচার ২০ মার্চের মধ্যে। প্রতিবেদন ৩১ মার্চ। সাহায্য: ১৩৬১০",
        True,
    ),
    # ownership in new words: fell behind, missed it, a burst on our main, our update stopped …
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Sorry, we switched to a new packing line on Tuesday and fell behind: about 6,000 orders are 1-2 days late. All ship by Mon 18 Nov. Track: parcelo.example/track",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Sorry: a new packing line started on Tuesday and about 6,000 orders are 1-2 days late. All ship by Mon 18 Nov. Track: parcelo.example/track",
        True,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "দুঃখিত, মঙ্গলবার নতুন প্যাকিং লাইন চালু করতে গিয়ে আমরা পিছিয়ে পড়েছি: প্রায় ৬,০০০ অর্ডার ১-২ দিন দেরিতে। সব যাবে ১৮ নভেম্বরের মধ্যে। ট্র্যাক: parcelo.example/track",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "দুঃখিত, মঙ্গলবার নতুন প্যাকিং লাইন চালু হয়েছে, প্রায় ৬,০০০ অর্ডার ১-২ দিন দেরিতে। সব যাবে ১৮ নভেম্বরের মধ্যে। ট্র্যাক: parcelo.example/track",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        INV,
        "Tarnside Water: a leak on our pipe in Elm Vale cut water to ~900 homes since 7am. Sorry. Update 1pm. 0800 555 0191",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        INV,
        "Tarnside Water: a leak in Elm Vale cut water to ~900 homes since 7am. Sorry. Update 1pm. 0800 555 0191",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        RES,
        "Fixed: our 09:40 app release blocked about 18% of logins for 50 minutes. Sorry. Write-up by Fri 4 Apr: status.loomly.example",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        RES,
        "Fernline: sorry, your 08:10 to Hull was cancelled. One of our buses developed an engine fault. Refund: fernline.example/refund 0800 555 0133",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "status_page",
        FOLLOW,
        "Follow-up: cancelled flights on 3 May\n\nWe cancelled 14 flights and about 2,100 passengers were stranded. A pressure valve that our checks said was due for a swap in April was still fitted. We missed it. We're sorry. Every fare was refunded on 8 May. Report on 30 May. Help: 0330 555 0199.",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        INV,
        "আমাদের সার্ভার ফেইল, ১০টা থেকে অ্যাপ বন্ধ; দুঃখিত। ২টায় জানাব। ১৬২৪৮",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        INV,
        "১০টা থেকে অ্যাপ বন্ধ; দুঃখিত। ২টায় জানাব। ১৬২৪৮",
        True,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "জরুরি: 'নদী' ১ লিটার জুস, ব্যাচ ND-৩১ পান করবেন না। আমাদের কারখানায় বোতলের ঢাকনা ঠিকমতো আটকায়নি; প্রায় ২২,০০০ বোতল বাজারে। দুঃখিত। দোকানে ফেরত দিলে পুরো দাম। কাল ১০টায় আপডেট: nodi.example/recall",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Urgent: don't drink Nodi 1L juice, batch ND-31. At our plant the caps were not tightened properly; about 22,000 bottles are in shops. Sorry. Full refund in store. Update 10am tomorrow: nodi.example/recall",
        False,
    ),
    # a vague cause right beside its cause word is still vague, whatever it broke
    (
        "root_cause_missing",
        "bn",
        "email",
        RES,
        "প্রিয় ব্যবহারকারী,\n\n৩ মার্চ সকাল ১০টা থেকে দুপুর ১২টা পর্যন্ত প্রায় ৪,৬০০ দোকানের বিলিং বন্ধ ছিল; দায় আমাদের, আমরা দুঃখিত। কিছু অনাকাঙ্ক্ষিত কারিগরি সমস্যার কারণে আমাদের ডেটাবেস সাড়া দেয়নি। দুপুর ১২টায় চালু হয়েছে। ২০ মার্চ জানাব। প্রশ্ন: ০৯৬৩৮-১১২২৩৩",
        True,
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        RES,
        "প্রিয় ব্যবহারকারী,\n\n৩ মার্চ সকাল ১০টা থেকে দুপুর ১২টা পর্যন্ত প্রায় ৪,৬০০ দোকানের বিলিং বন্ধ ছিল; দায় আমাদের, আমরা দুঃখিত। আমাদের ডেটাবেসের ডিস্ক ভরে যাওয়ার কারণে সেটি সাড়া দেয়নি। দুপুর ১২টায় চালু হয়েছে। ২০ মার্চ জানাব। প্রশ্ন: ০৯৬৩৮-১১২২৩৩",
        False,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        RES,
        "Dear customer,\n\nOn 3 March about 4,600 shops couldn't bill through our app from 10:00 to 12:00; that was our failure and we're sorry. Our database stopped responding due to an unforeseen technical problem. Our engineers put a fix in at 12:00. We'll write again on 20 March. Questions: 0161 555 0112.",
        True,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        RES,
        "Dear customer,\n\nOn 3 March about 4,600 shops couldn't bill through our app from 10:00 to 12:00; that was our failure and we're sorry. Our database stopped responding because its disk filled up with old logs. Our engineers put a fix in at 12:00. We'll write again on 20 March. Questions: 0161 555 0112.",
        False,
    ),
    # a report promised on "what happened" and "because of the delay" give no cause
    (
        "root_cause_missing",
        "en",
        "email",
        RES,
        "Dear guest,\n\nOur ship left 30 hours late on 9 June and 1,900 guests lost a day and a night of their cruise. That's on us and we're sorry. It came down to several operational factors during the turnaround. If you paid extra because of the delay, send us receipts. We'll send a full account of what happened by 1 July. Questions: 0800 555 0144.",
        True,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        RES,
        "Dear guest,\n\nOur ship left 30 hours late on 9 June and 1,900 guests lost a day and a night of their cruise. That's on us and we're sorry. A fuel pump we had not serviced broke during the turnaround. If you paid extra because of the delay, send us receipts. We'll send a full account of what happened by 1 July. Questions: 0800 555 0144.",
        False,
    ),
    # "even if it seems fine" is the customer's view, not a cause still being found
    (
        "root_cause_missing",
        "en",
        "status_page",
        IDENT,
        "Recall: Tovi bike helmet (model T-5)\n\nWe're recalling all 6,200 T-5 helmets sold since March. This is our product and we're sorry. Stop using yours now, even if it seems fine. Refund at tovi.example/recall. Next update Fri 24 May 12:00. Help: 0800 555 0166.",
        True,
    ),
    (
        "root_cause_missing",
        "en",
        "status_page",
        IDENT,
        "Recall: Tovi bike helmet (model T-5)\n\nWe're recalling all 6,200 T-5 helmets sold since March. This is our product and we're sorry. The chin strap buckle was not glued properly at one of our sites. Stop using yours now, even if it looks fine. Refund at tovi.example/recall. Next update Fri 24 May 12:00. Help: 0800 555 0166.",
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        IDENT,
        "প্রত্যাহার: 'টোভি' হেলমেট (মডেল T-5)\n\nমার্চ থেকে বিক্রি হওয়া ৬,২০০টি T-5 হেলমেট আমরা ফেরত নিচ্ছি। এটা আমাদের পণ্য, আমরা দুঃখিত। আমাদের পরীক্ষায় দেখা গেছে, চিবুকের ফিতার বকলস ঠিকমতো লাগানো হয়নি। এখনই ব্যবহার বন্ধ করুন। ফেরত: tovi.example/recall। পরের আপডেট ২৪ মে দুপুর ১২টায়। সাহায্য: ১৬১৬৬",
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        IDENT,
        "প্রত্যাহার: 'টোভি' হেলমেট (মডেল T-5)\n\nমার্চ থেকে বিক্রি হওয়া ৬,২০০টি T-5 হেলমেট আমরা ফেরত নিচ্ছি। এটা আমাদের পণ্য, আমরা দুঃখিত। এখনই ব্যবহার বন্ধ করুন, ঠিক আছে মনে হলেও। ফেরত: tovi.example/recall। পরের আপডেট ২৪ মে দুপুর ১২টায়। সাহায্য: ১৬১৬৬",
        True,
    ),
    # a file left open is a cause; so is a new setting of ours brought in
    (
        "root_cause_missing",
        "en",
        "status_page",
        MON,
        "Monitoring: member list exposure\n\nOn 2 May we found that a list of 41,000 members' names and emails had been left public on a shared drive by our own staff since 20 April. This was our mistake and we're sorry. We closed it at once. Next update 6 May 10:00. Questions: privacy@gymo.example.",
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        MON,
        "পর্যবেক্ষণ: সদস্য তালিকা উন্মুক্ত\n\n২ মে আমরা দেখি, ৪১,০০০ সদস্যের নাম ও ইমেইলের একটি তালিকা ২০ এপ্রিল থেকে একটি শেয়ার্ড ড্রাইভে খোলা অবস্থায় রাখা হয়েছিল। ভুলটা আমাদের, আমরা দুঃখিত। তখনই বন্ধ করেছি। পরের আপডেট ৬ মে সকাল ১০টায়। প্রশ্ন: privacy@gymo.example",
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        RES,
        "সমাধান: অন্যের অর্ডার দেখা যাচ্ছিল\n\n৫ মার্চ বিকেল ৩টা থেকে ৫টা পর্যন্ত প্রায় ২,৪০০ ক্রেতা অন্যের অর্ডার দেখেছেন; ভুল আমাদের, আমরা দুঃখিত। সেদিন আমরা অ্যাপে নতুন একটি ক্যাশ সেটিং চালু করি, তাতেই এক ক্রেতার পাতা অন্যজনকে দেখানো হচ্ছিল। ৫টায় বন্ধ করা হয়েছে। প্রতিবেদন ২০ মার্চ। প্রশ্ন: ১৬৭৭৭",
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        RES,
        "সমাধান: অন্যের অর্ডার দেখা যাচ্ছিল\n\n৫ মার্চ বিকেল ৩টা থেকে ৫টা পর্যন্ত প্রায় ২,৪০০ ক্রেতা অন্যের অর্ডার দেখেছেন; ভুল আমাদের, আমরা দুঃখিত। ৫টায় সমস্যা বন্ধ করা হয়েছে। প্রতিবেদন ২০ মার্চ। প্রশ্ন: ১৬৭৭৭",
        True,
    ),
    # "a few" and "some" with a word between still count nobody
    (
        "impact_vague",
        "en",
        "x",
        MON,
        "Update: a few Brightpower business customers were billed twice for April. Our error, sorry. Refunds reach your bank by Tue 6 May. DM us: brightpower.example/help",
        True,
    ),
    (
        "impact_vague",
        "en",
        "x",
        MON,
        "Update: about 1,300 Brightpower business customers were billed twice for April. Our error, sorry. Refunds reach your bank by Tue 6 May. DM us: brightpower.example/help",
        False,
    ),
    (
        "impact_vague",
        "en",
        "x",
        MON,
        "Update: for a few hours accounts showed the wrong balance to about 1,300 Brightpower customers. Our error, sorry. Fixed at 14:00; next update Tue 6 May 10:00. brightpower.example/help",
        False,
    ),
    (
        "impact_vague",
        "bn",
        "x",
        INV,
        "আমাদের বিলিংয়ের ভুলে কিছু প্রিপেইড গ্রাহকের এ মাসে বাড়তি টাকা কেটেছে। দুঃখিত, ভুল আমাদের। রাত ৯টায় জানাব। বিস্তারিত: brightpower.example/bill",
        True,
    ),
    (
        "impact_vague",
        "bn",
        "x",
        INV,
        "আমাদের বিলিংয়ের ভুলে প্রায় ৩,৪০০ প্রিপেইড গ্রাহকের এ মাসে বাড়তি টাকা কেটেছে। দুঃখিত, ভুল আমাদের। রাত ৯টায় জানাব। বিস্তারিত: brightpower.example/bill",
        False,
    ),
    # "a little longer than usual" plays the delay down; extra staff counted are our means
    (
        "impact_vague",
        "bn",
        "email",
        MON,
        "প্রিয় গ্রাহক,\n\nসোমবার আমাদের বাছাই যন্ত্র বিকল হয়েছিল, দায় আমাদের। তাই পার্সেল পৌঁছাতে স্বাভাবিকের চেয়ে একটু বেশি সময় লাগছে; আমরা দুঃখিত। মঙ্গলবার থেকে ৮০ জন বাড়তি কর্মী হাতে বাছাই করছেন। পরের আপডেট শুক্রবার দুপুর ১২টায়। ট্র্যাক: parcelo.example/track",
        True,
    ),
    (
        "impact_vague",
        "bn",
        "email",
        MON,
        "প্রিয় গ্রাহক,\n\nসোমবার আমাদের বাছাই যন্ত্র বিকল হয়েছিল, দায় আমাদের। তাই প্রায় ১৬,০০০ পার্সেল ১ থেকে ২ দিন দেরিতে পৌঁছাচ্ছে; আমরা দুঃখিত। মঙ্গলবার থেকে ৮০ জন বাড়তি কর্মী হাতে বাছাই করছেন। পরের আপডেট শুক্রবার দুপুর ১২টায়। ট্র্যাক: parcelo.example/track",
        False,
    ),
    (
        "impact_vague",
        "en",
        "email",
        MON,
        "Dear customer,\n\nOn Monday our sorting machine broke down, and that's on us. Parcels are taking a little longer than usual to reach you; we're sorry. Since Tuesday 80 extra staff have been sorting by hand. Next update Friday 12:00. Track: parcelo.example/track",
        True,
    ),
    # a limited number of a quoted model: the model's number counts nobody
    (
        "impact_vague",
        "bn",
        "status_page",
        IDENT,
        "প্রত্যাহার: 'চার্জো ১০০০০' পাওয়ার ব্যাংক\n\nসীমিত সংখ্যক 'চার্জো ১০০০০' পাওয়ার ব্যাংক চার্জের সময় গরম হচ্ছে; আমাদের কারখানায় একটি ব্যাচের সার্কিট ঠিকমতো বসানো হয়নি। আমরা দুঃখিত। ফেরত দিলে পুরো দাম। পরের আপডেট ১৭ সেপ্টেম্বর দুপুর ১২টায়। যোগাযোগ: ১৬৭৮০",
        True,
    ),
    (
        "impact_vague",
        "bn",
        "status_page",
        IDENT,
        "প্রত্যাহার: 'চার্জো ১০০০০' পাওয়ার ব্যাংক\n\nপ্রায় ৩,৮০০টি 'চার্জো ১০০০০' পাওয়ার ব্যাংক চার্জের সময় গরম হচ্ছে; আমাদের কারখানায় একটি ব্যাচের সার্কিট ঠিকমতো বসানো হয়নি। আমরা দুঃখিত। ফেরত দিলে পুরো দাম। পরের আপডেট ১৭ সেপ্টেম্বর দুপুর ১২টায়। যোগাযোগ: ১৬৭৮০",
        False,
    ),
    (
        "impact_vague",
        "en",
        "status_page",
        IDENT,
        "Recall: 'Chargo 10000' power bank\n\nA limited number of 'Chargo 10000' power banks overheat while charging; a batch from our factory had its circuit fitted wrongly. We're sorry. Full refund on return. Next update 17 September 12:00. Help: 0800 555 0180.",
        True,
    ),
    # "temporarily switched off" tells what we did, it plays no harm down
    (
        "impact_vague",
        "bn",
        "email",
        INV,
        "সম্মানিত রোগী,\n\n৩ জুন রাত ১১টা থেকে ৪ জুন দুপুর ১টা পর্যন্ত প্রায় ১,৮০০ জন রোগীর রিপোর্ট লগইন ছাড়াই খোলা যেত। হালনাগাদের সময় আমাদের আইটি দল পাসওয়ার্ড-যাচাই সাময়িকভাবে বন্ধ করে আবার চালু করতে ভুলে যায়; দায় আমাদের, আমরা দুঃখিত। ৬ জুন বিকেল ৪টায় আবার জানাব। প্রশ্ন: ০৯৬১০-০০০৪৪৫",
        False,
    ),
    (
        "impact_vague",
        "en",
        "email",
        INV,
        "Dear patient,\n\nFrom 23:00 on 3 June to 13:00 on 4 June about 1,800 patients' reports could be opened without a login. During an update our IT team temporarily switched off the password check and forgot to turn it back on; that's our fault and we're sorry. We'll write again at 16:00 on 6 June. Questions: 0161 555 0145.",
        False,
    ),
]


# Round 20: the misses and false findings of rounds 19-20 outside blame, ownership, cause and
# impact (a wrapped list item, "that day", a month a condition is judged over, timing left to
# stock, "call us" as the reader's step, the time a late service was due, the thing put right
# as the subject).
ROUND_20_MISSES_OTHER_FLAWS: list[tuple[str, str, str, Stage, str, bool]] = [
    # a list item wrapped onto an indented line keeps its date with it
    (
        "next_update_missing",
        "en",
        "email",
        Stage.FOLLOW_UP,
        "Subject: The March meter mix-up\n\nOn 2 March we sent 5,400 of you bills for a neighbour's meter. That was our error and we're sorry.\n\nWhat we've done:\n- We corrected every bill on 9 March and refunded the difference the same week.\n- An outside auditor is checking how our meters are matched to homes and will\n  report to us once the work is finished.\n\nQuestions: 0800 555 0190 or help@meters.example.",
        True,
    ),
    (
        "next_update_missing",
        "en",
        "email",
        Stage.FOLLOW_UP,
        "Subject: The March meter mix-up\n\nOn 2 March we sent 5,400 of you bills for a neighbour's meter. That was our error and we're sorry.\n\nWhat we've done:\n- We corrected every bill on 9 March and refunded the difference the same week.\n- An outside auditor is checking how our meters are matched to homes; we'll publish\n  the auditor's findings on 15 May at meters.example/audit.\n\nQuestions: 0800 555 0190 or help@meters.example.",
        False,
    ),
    (
        "next_update_missing",
        "bn",
        "email",
        Stage.FOLLOW_UP,
        "বিষয়: মার্চের মিটার বিভ্রাট\n\n২ মার্চ আমাদের ভুলে ৫,৪০০ জন গ্রাহক প্রতিবেশীর মিটারের বিল পেয়েছিলেন। এর জন্য আমরা দুঃখিত।\n\nযা করেছি:\n- ৯ মার্চ সব বিল ঠিক করেছি এবং বাড়তি টাকা ফেরত দিয়েছি।\n- একটি বাইরের নিরীক্ষা প্রতিষ্ঠান মিটার আর বাড়ির মিল কীভাবে করা হয় তা খতিয়ে দেখছে, কাজ শেষ হলে\n  তাদের মতামত আমাদের জানাবে।\n\nপ্রশ্ন থাকলে ১৬৫৫০ নম্বরে ফোন করুন।",
        True,
    ),
    (
        "next_update_missing",
        "bn",
        "email",
        Stage.FOLLOW_UP,
        "বিষয়: মার্চের মিটার বিভ্রাট\n\n২ মার্চ আমাদের ভুলে ৫,৪০০ জন গ্রাহক প্রতিবেশীর মিটারের বিল পেয়েছিলেন। এর জন্য আমরা দুঃখিত।\n\nযা করেছি:\n- ৯ মার্চ সব বিল ঠিক করেছি এবং বাড়তি টাকা ফেরত দিয়েছি।\n- একটি বাইরের নিরীক্ষা প্রতিষ্ঠান মিটার আর বাড়ির মিল কীভাবে করা হয় তা খতিয়ে দেখছে; তাদের\n  প্রতিবেদন ১৫ মে আমাদের ওয়েবসাইটে প্রকাশ করা হবে।\n\nপ্রশ্ন থাকলে ১৬৫৫০ নম্বরে ফোন করুন।",
        False,
    ),
    # a follow-up on "that day", the date given just before
    (
        "next_update_missing",
        "en",
        "status_page",
        RES,
        "Resolved: card top-ups\n\nFrom 07:00 to 10:20 today 1,900 of you couldn't top up by card because of a setting we changed. Sorry: that was our doing. Top-ups work again. Our engineers finish checking the change on 4 June. We'll post what we learn here. Help: 0300 555 0134.",
        True,
    ),
    (
        "next_update_missing",
        "en",
        "status_page",
        RES,
        "Resolved: card top-ups\n\nFrom 07:00 to 10:20 today 1,900 of you couldn't top up by card because of a setting we changed. Sorry: that was our doing. Top-ups work again. Our engineers finish checking the change on 4 June. We'll post what we learn here that day. Help: 0300 555 0134.",
        False,
    ),
    (
        "next_update_missing",
        "bn",
        "status_page",
        RES,
        "সমাধান: কার্ডে টপ-আপ\n\nআজ সকাল ৭টা থেকে ১০টা ২০ পর্যন্ত আমাদের একটি সেটিং পরিবর্তনের কারণে ১,৯০০ জন কার্ডে টপ-আপ করতে পারেননি। এ জন্য আমরা দুঃখিত। টপ-আপ এখন চালু। পরিবর্তনটি যাচাইয়ের কাজ ৪ জুন শেষ হবে। যা জানলাম তা এই পাতায় জানাব। সাহায্য: ১৬২৩৪।",
        True,
    ),
    (
        "next_update_missing",
        "bn",
        "status_page",
        RES,
        "সমাধান: কার্ডে টপ-আপ\n\nআজ সকাল ৭টা থেকে ১০টা ২০ পর্যন্ত আমাদের একটি সেটিং পরিবর্তনের কারণে ১,৯০০ জন কার্ডে টপ-আপ করতে পারেননি। এ জন্য আমরা দুঃখিত। টপ-আপ এখন চালু। পরিবর্তনটি যাচাইয়ের কাজ ৪ জুন শেষ হবে। সেদিনই যা জানলাম তা এই পাতায় জানাব। সাহায্য: ১৬২৩৪।",
        False,
    ),
    # "the full account on 12 May" is a dated report in Bengali too
    (
        "next_update_missing",
        "bn",
        "status_page",
        RES,
        "সমাধান: ট্রেনের টিকিট অ্যাপ\n\nশুক্রবার ২ ঘণ্টা আমাদের সার্ভার বিকল থাকায় ৬,১০০ যাত্রী টিকিট কিনতে পারেননি; ভুলটা আমাদের, আমরা দুঃখিত। অ্যাপ এখন চালু। সাহায্য: ১৬৩৩৩।",
        True,
    ),
    (
        "next_update_missing",
        "bn",
        "status_page",
        RES,
        "সমাধান: ট্রেনের টিকিট অ্যাপ\n\nশুক্রবার ২ ঘণ্টা আমাদের সার্ভার বিকল থাকায় ৬,১০০ যাত্রী টিকিট কিনতে পারেননি; ভুলটা আমাদের, আমরা দুঃখিত। অ্যাপ এখন চালু। ১২ মে এই ঘটনার পুরো হিসাব এই পাতায় দেব। সাহায্য: ১৬৩৩৩।",
        False,
    ),
    # a month naming the period a condition is judged over is no vague deadline
    (
        "undated_commitment",
        "en",
        "email",
        RES,
        EN_LONG.replace("by 16 Oct", "in November"),
        True,
    ),
    (
        "undated_commitment",
        "en",
        "email",
        RES,
        EN_LONG.replace(
            "Next update",
            "If more than 1% of payments fail in November, we will switch the new checkout off; Ana Silva decides. Next update",
        ),
        False,
    ),
    (
        "undated_commitment",
        "bn",
        "email",
        RES,
        "আজ সকাল ৮:৪০ থেকে প্রায় ৩,২০০ জন গ্রাহক কার্ডে পেমেন্ট করতে পারেননি; আমাদের একটি সেটিং পরিবর্তনই এর কারণ, আমরা দুঃখিত। নতুন চেকআউট আমরা নভেম্বর মাসে সবার জন্য চালু করব। পরবর্তী আপডেট বিকেল ৫টায়। সাহায্য: ১৬২৪৭।",
        True,
    ),
    (
        "undated_commitment",
        "bn",
        "email",
        RES,
        "আজ সকাল ৮:৪০ থেকে প্রায় ৩,২০০ জন গ্রাহক কার্ডে পেমেন্ট করতে পারেননি; আমাদের একটি সেটিং পরিবর্তনই এর কারণ, আমরা দুঃখিত। নভেম্বর মাসে ১%-এর বেশি পেমেন্ট ব্যর্থ হলে নতুন চেকআউট বন্ধ করে দেব; সিদ্ধান্ত নেবেন আনা সিলভা। পরবর্তী আপডেট বিকেল ৫টায়। সাহায্য: ১৬২৪৭।",
        False,
    ),
    # a short make-good with its timing left to stock
    (
        "undated_commitment",
        "en",
        "sms",
        IDENT,
        "Brewly: please unplug your B40 grinder, a fault we built in can spark. Sorry. Free replacement grinder when supply permits. Info 0800 555 0177",
        True,
    ),
    (
        "undated_commitment",
        "en",
        "sms",
        IDENT,
        "Brewly: please unplug your B40 grinder, a fault we built in can spark. Sorry. Free replacement grinder by 30 Jun. Info 0800 555 0177",
        False,
    ),
    (
        "undated_commitment",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের B40 গ্রাইন্ডার বন্ধ রাখুন। স্টক এলে নতুনটা ফ্রি। ১৬৫৫১",
        True,
    ),
    (
        "undated_commitment",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের B40 গ্রাইন্ডার বন্ধ রাখুন। ৩০ জুন নতুনটা ফ্রি। ১৬৫৫১",
        False,
    ),
    # "call us tomorrow" is the reader's step, not our dated follow-up
    (
        "next_update_missing",
        "en",
        "status_page",
        RES,
        "Resolved: gas supply in Eastfield\n\nGas is back for all 2,300 homes in Eastfield cut off since 05:00 by a valve our crew left shut. We're sorry for the cold morning. If your boiler still won't light tomorrow, call us on 0800 555 0166.",
        True,
    ),
    (
        "next_update_missing",
        "en",
        "status_page",
        RES,
        "Resolved: gas supply in Eastfield\n\nGas is back for all 2,300 homes in Eastfield cut off since 05:00 by a valve our crew left shut. We're sorry for the cold morning. If your boiler still won't light tomorrow, call us on 0800 555 0166. We'll publish what went wrong here on 8 Dec.",
        False,
    ),
    (
        "next_update_missing",
        "bn",
        "status_page",
        RES,
        "সমাধান: পূর্বপাড়ায় গ্যাস সরবরাহ\n\nআমাদের কর্মীরা একটি ভালভ বন্ধ রেখে যাওয়ায় ভোর ৫টা থেকে পূর্বপাড়ার ২,৩০০ বাড়িতে গ্যাস ছিল না; এখন সবখানে গ্যাস আছে। ঠান্ডা সকালের জন্য আমরা দুঃখিত। কাল সকালেও চুলা না জ্বললে ১৬৫৫২ নম্বরে ফোন করুন।",
        True,
    ),
    (
        "next_update_missing",
        "bn",
        "status_page",
        RES,
        "সমাধান: পূর্বপাড়ায় গ্যাস সরবরাহ\n\nআমাদের কর্মীরা একটি ভালভ বন্ধ রেখে যাওয়ায় ভোর ৫টা থেকে পূর্বপাড়ার ২,৩০০ বাড়িতে গ্যাস ছিল না; এখন সবখানে গ্যাস আছে। ঠান্ডা সকালের জন্য আমরা দুঃখিত। কাল সকালেও চুলা না জ্বললে ১৬৫৫২ নম্বরে ফোন করুন। কী ভুল হয়েছিল, তা ৮ ডিসেম্বর এই পাতায় জানাব।",
        False,
    ),
    # the time a delayed service was due is not the time of the next news
    (
        "next_update_missing",
        "en",
        "sms",
        Stage.INVESTIGATING,
        "Northrail: sorry, the 07:50 to York (due in 10:05) is 90 min late, a train of ours failed. Updates: northrail.example/live",
        True,
    ),
    (
        "next_update_missing",
        "en",
        "sms",
        Stage.INVESTIGATING,
        "Northrail: sorry, the 07:50 to York (due in 10:05) is 90 min late, a train of ours failed. Next text 08:45. northrail.example",
        False,
    ),
    (
        "next_update_missing",
        "bn",
        "sms",
        Stage.INVESTIGATING,
        "দুঃখিত, আমাদের ইঞ্জিন বিকল: নির্ধারিত ১০:০৫ ট্রেন ৯০ মিনিট দেরিতে। ১৬৫৫৩",
        True,
    ),
    (
        "next_update_missing",
        "bn",
        "sms",
        Stage.INVESTIGATING,
        "দুঃখিত, আমাদের ইঞ্জিন বিকল, ট্রেন ৯০ মিনিট দেরিতে। ৮:৪৫-এ জানাব। ১৬৫৫৩",
        False,
    ),
    # the thing put right as the subject is remediation
    (
        "remediation_missing",
        "en",
        "status_page",
        RES,
        "Resolved: doubled council tax debits\n\nOn 1 May our payment file ran two times and council tax left 3,050 households twice. That's our mistake and we're sorry. Help: 01632 555 010. Our review will be published on 30 May.",
        True,
    ),
    (
        "remediation_missing",
        "en",
        "status_page",
        RES,
        "Resolved: doubled council tax debits\n\nOn 1 May our payment file ran two times and council tax left 3,050 households twice. That's our mistake and we're sorry. Every second debit has now been reversed, and from June each payment file is checked against the last before it goes to the bank. Help: 01632 555 010. Our review will be published on 30 May.",
        False,
    ),
    (
        "remediation_missing",
        "bn",
        "status_page",
        RES,
        "সমাধান: পৌরকর দুবার কাটা\n\n১ মে আমাদের পেমেন্ট ফাইল দুবার চলায় ৩,০৫০ পরিবারের পৌরকর দুবার কাটা হয়। ভুল আমাদের, আমরা দুঃখিত। সাহায্য: ১৬৫৫৪। পর্যালোচনা প্রকাশ করা হবে ৩০ মে।",
        True,
    ),
    (
        "remediation_missing",
        "bn",
        "status_page",
        RES,
        "সমাধান: পৌরকর দুবার কাটা\n\n১ মে আমাদের পেমেন্ট ফাইল দুবার চলায় ৩,০৫০ পরিবারের পৌরকর দুবার কাটা হয়। ভুল আমাদের, আমরা দুঃখিত। দ্বিতীয়বার কাটা সব টাকা ফেরত দেওয়া হয়েছে। সাহায্য: ১৬৫৫৪। পর্যালোচনা প্রকাশ করা হবে ৩০ মে।",
        False,
    ),
]


# the other flaws of round 21 and the leftovers of rounds 19-20: a fee waived with its amount in
# brackets, a refusal that is ours, an extra balance on top; vague timing across a line break;
# our people's work promised "soon"; "the 18th" in Bengali; a closing short message that still
# owes a contact; the institution regretting in the third person; "সরি" whole; help that is
# only an inbox things arrive in or the reader's phone number; remediation that is only
# concern, only the harm, or only a make-good
ROUND_21_MISSES_OTHER_FLAWS: list[tuple[str, str, str, Stage, str, bool]] = [
    (
        "make_good_missing",
        "en",
        "email",
        MON,
        "Dear patient,\n\nOur booking system lost 640 physiotherapy appointments on 2 June; that was our fault and we're sorry you were turned away. We restored the diary at 15:00 and will phone each of you by 6 June with a new slot. Next update: 9 June. Questions: 0161 555 0288.",
        True,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        MON,
        "Dear patient,\n\nOur booking system lost 640 physiotherapy appointments on 2 June; that was our fault and we're sorry you were turned away. We restored the diary at 15:00 and will phone each of you by 6 June with a new slot; the assessment fee (£45) won't apply to it. Next update: 9 June. Questions: 0161 555 0288.",
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        MON,
        "প্রিয় রোগী,\n\n২ জুন আমাদের বুকিং ব্যবস্থার ভুলে ৬৪০টি ফিজিওথেরাপি অ্যাপয়েন্টমেন্ট হারিয়ে যায়; ভুলটা আমাদের, আপনাকে ফিরিয়ে দেওয়ার জন্য আমরা দুঃখিত। বিকেল ৩টায় তালিকা ফিরিয়ে এনেছি, ৬ জুনের মধ্যে প্রত্যেককে ফোন করে নতুন সময় দেব। পরের আপডেট ৯ জুন। প্রশ্ন: ০৯৬১০-৫৫৫২৮৮।",
        True,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        MON,
        "প্রিয় রোগী,\n\n২ জুন আমাদের বুকিং ব্যবস্থার ভুলে ৬৪০টি ফিজিওথেরাপি অ্যাপয়েন্টমেন্ট হারিয়ে যায়; ভুলটা আমাদের, আপনাকে ফিরিয়ে দেওয়ার জন্য আমরা দুঃখিত। বিকেল ৩টায় তালিকা ফিরিয়ে এনেছি, ৬ জুনের মধ্যে প্রত্যেককে ফোন করে নতুন সময় দেব; সেই দিনের মূল্যায়ন ফি (৬০০ টাকা) দিতে হবে না। পরের আপডেট ৯ জুন। প্রশ্ন: ০৯৬১০-৫৫৫২৮৮।",
        False,
    ),
    (
        "make_good_missing",
        "en",
        "status_page",
        IDENT,
        "Identified: contactless payments failing\n\nSince 08:10, about 1 in 4 contactless payments with Harbour Bank cards have failed; that's our fault and we're sorry. We're unable to cover fees other shops charged you. Next update 10:00. Help: 0345 600 1200.",
        True,
    ),
    (
        "make_good_missing",
        "en",
        "status_page",
        IDENT,
        "Identified: contactless payments failing\n\nSince 08:10, about 1 in 4 contactless payments with Harbour Bank cards have failed; that's our fault and we're sorry that commuters were stuck at barriers unable to pay for their fares. We'll add £8 to every affected account by 20 June. Next update 10:00. Help: 0345 600 1200.",
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "status_page",
        IDENT,
        "চিহ্নিত: কন্ট্যাক্টলেস পেমেন্ট ব্যর্থ\n\nসকাল ৮:১০ থেকে হারবার ব্যাংকের কার্ডে প্রায় চারটির একটি পেমেন্ট ব্যর্থ হচ্ছে; ভুল আমাদের, আমরা দুঃখিত। অন্য দোকানের কাটা চার্জ আমরা ফেরত দিতে পারব না। পরের আপডেট সকাল ১০টায়। সাহায্য: ১৬২০০।",
        True,
    ),
    (
        "make_good_missing",
        "bn",
        "status_page",
        IDENT,
        "চিহ্নিত: কন্ট্যাক্টলেস পেমেন্ট ব্যর্থ\n\nসকাল ৮:১০ থেকে হারবার ব্যাংকের কার্ডে প্রায় চারটির একটি পেমেন্ট ব্যর্থ হচ্ছে; ভুল আমাদের। যাত্রীরা ভাড়া দিতে না পেরে গেটে আটকে ছিলেন, সেজন্য আমরা দুঃখিত। ২০ জুনের মধ্যে প্রত্যেক আক্রান্ত গ্রাহকের অ্যাকাউন্টে ১০০ টাকা ক্রেডিট দেব। পরের আপডেট সকাল ১০টায়। সাহায্য: ১৬২০০।",
        False,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        "Hi,\n\nOn 4 March our top-up page charged 9,300 gas customers twice. Our error; sorry. Every second charge was refunded by 7 March. Questions: 0800 555 0470. Our review follows on 20 March.",
        True,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        "Hi,\n\nOn 4 March our top-up page charged 9,300 gas customers twice. Our error; sorry. Every second charge was refunded by 7 March, and we've put an extra £6 on each affected meter balance. Questions: 0800 555 0470. Our review follows on 20 March.",
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        "প্রিয় গ্রাহক,\n\n৪ মার্চ আমাদের রিচার্জ পাতায় ৯,৩০০ গ্রাহকের টাকা দুবার কাটা হয়েছে। ভুল আমাদের, দুঃখিত। দুবার কাটা টাকা ৭ মার্চের মধ্যে ফেরত গেছে। প্রশ্ন: ১৬২৩৪। পর্যালোচনা ২০ মার্চ প্রকাশ করব।",
        True,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        "প্রিয় গ্রাহক,\n\n৪ মার্চ আমাদের রিচার্জ পাতায় ৯,৩০০ গ্রাহকের টাকা দুবার কাটা হয়েছে। ভুল আমাদের, দুঃখিত। দুবার কাটা টাকা ৭ মার্চের মধ্যে ফেরত গেছে, আর প্রত্যেকের মিটারে ৪০ টাকা বাড়তি ব্যালান্স যোগ করে দিয়েছি। প্রশ্ন: ১৬২৩৪। পর্যালোচনা ২০ মার্চ প্রকাশ করব।",
        False,
    ),
    (
        "undated_commitment",
        "en",
        "email",
        RES,
        "Hi,\n\nYour March statement was sent to an old address because our mailing file was out of date. We're sorry. We've corrected the file. We'll explain what we've changed in due\ncourse. Help: 0800 555 0911.",
        True,
    ),
    (
        "undated_commitment",
        "en",
        "email",
        RES,
        "Hi,\n\nYour March statement was sent to an old address because our mailing file was out of date. We're sorry. We've corrected the file. We'll explain what we've changed on 14\nApril. Help: 0800 555 0911.",
        False,
    ),
    (
        "undated_commitment",
        "bn",
        "email",
        RES,
        "প্রিয় গ্রাহক,\n\nআমাদের ঠিকানার তালিকা পুরোনো থাকায় মার্চের বিবরণী ভুল ঠিকানায় গেছে। আমরা দুঃখিত। তালিকা ঠিক করেছি; কী বদলেছি তা কিছু\nদিনের মধ্যে জানাব। সাহায্য: ১৬২৩৫।",
        True,
    ),
    (
        "undated_commitment",
        "bn",
        "email",
        RES,
        "প্রিয় গ্রাহক,\n\nআমাদের ঠিকানার তালিকা পুরোনো থাকায় মার্চের বিবরণী ভুল ঠিকানায় গেছে। আমরা দুঃখিত। তালিকা ঠিক করেছি; কী বদলেছি তা ১৪\nএপ্রিল জানাব। সাহায্য: ১৬২৩৫।",
        False,
    ),
    (
        "undated_commitment",
        "en",
        "x",
        Stage.INVESTIGATING,
        "Our substation fault has cut power to ~4,200 homes in Leyton since 06:20, sorry. Engineers are working to reconnect everyone shortly. Updates: https://northgrid.example/cuts",
        True,
    ),
    (
        "undated_commitment",
        "en",
        "x",
        Stage.INVESTIGATING,
        "Our substation fault has cut power to ~4,200 homes in Leyton since 06:20, sorry. Engineers are working to reconnect everyone by 11:00. Updates: https://northgrid.example/cuts",
        False,
    ),
    (
        "undated_commitment",
        "bn",
        "x",
        Stage.INVESTIGATING,
        "আমাদের সাবস্টেশনের ত্রুটিতে সকাল ৬:২০ থেকে লেয়টনের প্রায় ৪,২০০ বাড়িতে বিদ্যুৎ নেই, দুঃখিত। প্রকৌশলীরা শিগগিরই সংযোগ ফেরাতে কাজ করছেন। আপডেট: https://northgrid.example/cuts",
        True,
    ),
    (
        "undated_commitment",
        "bn",
        "x",
        Stage.INVESTIGATING,
        "আমাদের সাবস্টেশনের ত্রুটিতে সকাল ৬:২০ থেকে লেয়টনের প্রায় ৪,২০০ বাড়িতে বিদ্যুৎ নেই, দুঃখিত। প্রকৌশলীরা সকাল ১১টার মধ্যে সংযোগ ফেরাতে কাজ করছেন। আপডেট: https://northgrid.example/cuts",
        False,
    ),
    (
        "next_update_missing",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের প্যাকিংয়ে দেরি, অর্ডার #৭৭১২ পরে আসবে। ১৬২৩৬",
        True,
    ),
    (
        "next_update_missing",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের প্যাকিংয়ে দেরি, অর্ডার #৭৭১২ ২২ তারিখে আসবে। ১৬২৩৬",
        False,
    ),
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        "Sorry, we packed order #7712 late; it'll now come later. Help: 0800 555 0236",
        True,
    ),
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        "Sorry, we packed order #7712 late; it'll now come on the 22nd. Help: 0800 555 0236",
        False,
    ),
    (
        "next_update_missing",
        "en",
        "sms",
        RES,
        "Ashby Dental: our system wiped your 10:15 check-up on 9 Jan. Our fault, sorry. We'll ring you shortly to book a new one. Help: 0113 555 0620",
        True,
    ),
    (
        "next_update_missing",
        "en",
        "sms",
        RES,
        "Ashby Dental: our system wiped your 10:15 check-up on 9 Jan. Our fault, sorry. We'll ring you by Fri 10 Jan to book a new one. Help: 0113 555 0620",
        False,
    ),
    (
        "next_update_missing",
        "en",
        "x",
        RES,
        "Payroll is back after our failed upgrade stopped 900 firms running pay for 4 hrs. Sorry. Write-up: https://paytree.example/inc-88 We'll add a standby system in the coming months. Help: support@paytree.example",
        False,
    ),
    (
        "next_update_missing",
        "bn",
        "sms",
        RES,
        "আমাদের ভুলে ৯ জানুয়ারির চেক-আপ মুছে গেছে, দুঃখিত। শিগগির আপনাকে ফোন করব। ১৬২৩৭",
        True,
    ),
    (
        "next_update_missing",
        "bn",
        "sms",
        RES,
        "আমাদের ভুলে ৯ জানুয়ারির চেক-আপ মুছে গেছে, দুঃখিত। ১০ জানুয়ারি আপনাকে ফোন করব। ১৬২৩৭",
        False,
    ),
    (
        "non_apology",
        "en",
        "email",
        RES,
        "Dear resident,\n\nOur contractor's crew, working for us, cut the water main on Elm Road on 3 May; 1,100 homes were without water for 9 hours. That's on us. The management regrets the disruption this caused. The main was repaired at 18:00. Questions: 0300 555 0144. Our review follows on 24 May.",
        True,
    ),
    (
        "non_apology",
        "en",
        "email",
        RES,
        "Dear resident,\n\nOur crew cut the water main on Elm Road on 3 May; 1,100 homes were without water for 9 hours. That's on us, and we're sorry you had no water for cooking or washing. Our management team repaired the main by 18:00. Questions: 0300 555 0144. Our review follows on 24 May.",
        False,
    ),
    (
        "non_apology",
        "bn",
        "email",
        RES,
        "সম্মানিত গ্রাহক,\n\n৩ মে আমাদের কর্মীদের ভুলে এলম রোডের পানির মূল লাইন কেটে যায়; ১,১০০ বাড়িতে ৯ ঘণ্টা পানি ছিল না। এজন্য কর্তৃপক্ষ আন্তরিক দুঃখপ্রকাশ করছে। সন্ধ্যা ৬টায় লাইন মেরামত করা হয়েছে। প্রশ্ন: ১৬২৩৮। প্রতিবেদন ২৪ মে।",
        True,
    ),
    (
        "non_apology",
        "bn",
        "email",
        RES,
        "সম্মানিত গ্রাহক,\n\n৩ মে আমাদের কর্মীদের ভুলে এলম রোডের পানির মূল লাইন কেটে যায়; ১,১০০ বাড়িতে ৯ ঘণ্টা পানি ছিল না। রান্না-গোসলের পানি না পাওয়ার কষ্টের জন্য আমরা দুঃখিত; কর্তৃপক্ষের অনুমতি নিয়ে সন্ধ্যা ৬টায় লাইন মেরামত করা হয়েছে। প্রশ্ন: ১৬২৩৮। প্রতিবেদন ২৪ মে।",
        False,
    ),
    (
        "non_apology",
        "en",
        "status_page",
        MON,
        "Monitoring: member list exposed\n\nA list of 12,000 members' emails sat where anyone online could open it from 1 to 9 May. Our mistake, and we're sorry: we left your email where strangers could read it. We closed access on 9 May. Next update 16 May. Help: privacy@swimclub.example",
        False,
    ),
    (
        "apology_missing",
        "bn",
        "status_page",
        IDENT,
        "প্রত্যাহার: 'কুলব্রিজ' টেবিল ফ্যান\n\nমে মাসে আমাদের কারখানায় তৈরি ফ্যানের তার গরম হয়ে যাচ্ছে, ত্রুটি আমাদের। ওই ব্যাচের সব ফ্যান দোকান থেকে সরিয়ে নেওয়া হয়েছে। পরের আপডেট ১২ জুন। সাহায্য: ১৬২৩৯।",
        True,
    ),
    (
        "apology_missing",
        "bn",
        "status_page",
        IDENT,
        "প্রত্যাহার: 'কুলব্রিজ' টেবিল ফ্যান\n\nমে মাসে আমাদের কারখানায় তৈরি ফ্যানের তার গরম হয়ে যাচ্ছে, ত্রুটি আমাদের, সরি। ওই ব্যাচের সব ফ্যান দোকান থেকে সরিয়ে নেওয়া হয়েছে। পরের আপডেট ১২ জুন। সাহায্য: ১৬২৩৯।",
        False,
    ),
    (
        "help_missing",
        "bn",
        "x",
        RES,
        "লগইন আবার চালু! আমাদের আপডেটের ভুলে দুপুরে ২ ঘণ্টা প্রায় ৮,০০০ খেলোয়াড় ঢুকতে পারেননি, দুঃখিত। রাত ১০টার মধ্যে ইনবক্সে ১৫০ জেম পাবেন।",
        True,
    ),
    (
        "help_missing",
        "bn",
        "x",
        RES,
        "লগইন আবার চালু! আমাদের আপডেটের ভুলে দুপুরে ২ ঘণ্টা প্রায় ৮,০০০ খেলোয়াড় ঢুকতে পারেননি, দুঃখিত। সমস্যা থাকলে আমাদের পেজের ইনবক্সে লিখুন।",
        False,
    ),
    (
        "help_missing",
        "en",
        "x",
        RES,
        "Logins are back! Our update locked ~8,000 players out for 2 hrs this afternoon, sorry. 150 gems will be in your inbox by 22:00.",
        True,
    ),
    (
        "help_missing",
        "en",
        "status_page",
        RES,
        "Resolved: orders shown to other shoppers\n\nFrom 16:00 to 19:10 on 12 Feb our app showed 5,870 shoppers the names, phone numbers and addresses of others. Our mistake; we're sorry. We switched the change off at 19:10. Our review follows on 28 Feb.",
        True,
    ),
    (
        "help_missing",
        "en",
        "status_page",
        RES,
        "Resolved: orders shown to other shoppers\n\nFrom 16:00 to 19:10 on 12 Feb our app showed 5,870 shoppers the names, phone numbers and addresses of others. Our mistake; we're sorry. We switched the change off at 19:10. Our review follows on 28 Feb. Questions? Our support phone number is on every receipt.",
        False,
    ),
    (
        "help_missing",
        "bn",
        "status_page",
        RES,
        "সমাধান: অন্য ক্রেতার অর্ডার দেখা যাচ্ছিল\n\n১২ ফেব্রুয়ারি বিকেল ৪টা থেকে সন্ধ্যা ৭টা পর্যন্ত অ্যাপে ৫,৮৭০ ক্রেতার নাম, ফোন নম্বর ও ঠিকানা অন্যরা দেখতে পাচ্ছিলেন। ভুল আমাদের, দুঃখিত। সন্ধ্যা ৭টায় পরিবর্তনটি বন্ধ করেছি। পর্যালোচনা ২৮ ফেব্রুয়ারি।",
        True,
    ),
    (
        "help_missing",
        "bn",
        "status_page",
        RES,
        "সমাধান: অন্য ক্রেতার অর্ডার দেখা যাচ্ছিল\n\n১২ ফেব্রুয়ারি বিকেল ৪টা থেকে সন্ধ্যা ৭টা পর্যন্ত অ্যাপে ৫,৮৭০ ক্রেতার নাম, ফোন নম্বর ও ঠিকানা অন্যরা দেখতে পাচ্ছিলেন। ভুল আমাদের, দুঃখিত। সন্ধ্যা ৭টায় পরিবর্তনটি বন্ধ করেছি। পর্যালোচনা ২৮ ফেব্রুয়ারি। প্রশ্ন থাকলে আমাদের সাহায্যের ফোন নম্বর রসিদে আছে।",
        False,
    ),
    (
        "remediation_missing",
        "en",
        "status_page",
        MON,
        "Monitoring: member list exposed\n\nA list of 12,000 members' emails sat where anyone online could open it from 1 to 9 May. Our mistake, and we're sorry: we put your email where strangers could read it. We take this extremely seriously and are monitoring the situation. Next update 16 May. Help: privacy@swimclub.example",
        True,
    ),
    (
        "remediation_missing",
        "en",
        "status_page",
        MON,
        "Monitoring: member list exposed\n\nA list of 12,000 members' emails sat where anyone online could open it from 1 to 9 May. Our mistake, and we're sorry: we put your email where strangers could read it. We closed access to the list on 9 May and are monitoring the situation. Next update 16 May. Help: privacy@swimclub.example",
        False,
    ),
    (
        "remediation_missing",
        "bn",
        "status_page",
        MON,
        "পর্যবেক্ষণ: সদস্যদের তালিকা উন্মুক্ত\n\n১ থেকে ৯ মে ১২,০০০ সদস্যের ইমেইলের তালিকা যে কেউ খুলতে পারত। ভুল আমাদের, দুঃখিত। বিষয়টি আমরা অত্যন্ত গুরুত্বের সঙ্গে নিয়েছি। পরের আপডেট ১৬ মে। সাহায্য: privacy@swimclub.example",
        True,
    ),
    (
        "remediation_missing",
        "bn",
        "status_page",
        MON,
        "পর্যবেক্ষণ: সদস্যদের তালিকা উন্মুক্ত\n\n১ থেকে ৯ মে ১২,০০০ সদস্যের ইমেইলের তালিকা যে কেউ খুলতে পারত। ভুল আমাদের, দুঃখিত। ৯ মে তালিকাটি মুছে দিয়েছি। পরের আপডেট ১৬ মে। সাহায্য: privacy@swimclub.example",
        False,
    ),
    (
        "remediation_missing",
        "en",
        "email",
        IDENT,
        "Hi,\n\nAbout 3,400 of this week's furniture deliveries are running 2-3 days late because we booked too few vans. We're sorry. The delivery charge on every late order will be refunded by 20 May. Next update Friday 16 May. Help: 0800 555 0561.",
        True,
    ),
    (
        "remediation_missing",
        "en",
        "email",
        IDENT,
        "Hi,\n\nAbout 3,400 of this week's furniture deliveries are running 2-3 days late because we booked too few vans. We're sorry. We've hired 40 extra vans from Monday. The delivery charge on every late order will be refunded by 20 May. Next update Friday 16 May. Help: 0800 555 0561.",
        False,
    ),
    (
        "remediation_missing",
        "bn",
        "email",
        IDENT,
        "প্রিয় গ্রাহক,\n\nআমরা যথেষ্ট ভ্যান ভাড়া না করায় এ সপ্তাহের প্রায় ৩,৪০০টি আসবাবের ডেলিভারি ২-৩ দিন দেরিতে যাচ্ছে। আমরা দুঃখিত। দেরি হওয়া প্রতিটি অর্ডারের ডেলিভারি চার্জ ২০ মের মধ্যে ফেরত দেওয়া হবে। পরের আপডেট শুক্রবার ১৬ মে। সাহায্য: ১৬২৪০।",
        True,
    ),
    (
        "remediation_missing",
        "bn",
        "email",
        IDENT,
        "প্রিয় গ্রাহক,\n\nআমরা যথেষ্ট ভ্যান ভাড়া না করায় এ সপ্তাহের প্রায় ৩,৪০০টি আসবাবের ডেলিভারি ২-৩ দিন দেরিতে যাচ্ছে। আমরা দুঃখিত। আমরা পার্সেলগুলো অন্য কুরিয়ারে পাঠিয়েছি, বেশিরভাগ ১৪ মের মধ্যে পৌঁছাবে। দেরি হওয়া প্রতিটি অর্ডারের ডেলিভারি চার্জ ২০ মের মধ্যে ফেরত দেওয়া হবে। পরের আপডেট শুক্রবার ১৬ মে। সাহায্য: ১৬২৪০।",
        False,
    ),
    (
        "remediation_missing",
        "en",
        "email",
        IDENT,
        "Hi,\n\nAbout 3,400 of this week's furniture deliveries are running 2-3 days late because we booked too few vans. We're sorry. If you'd rather cancel, reply to this email and we'll refund you in full the same day. Next update Friday 16 May. Help: 0800 555 0561.",
        False,
    ),
]


# Round 21 and the recall of blame and impact: a failing case and a trap for each class of
# wording, English and Bengali, in new words.
ROUND_21_MISSES_BLAME_OWNERSHIP_IMPACT: list[tuple[str, str, str, Stage, str, bool]] = [
    # "not your router - it's our exchange": ours, set against the customer's, owns it
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "No broadband in Leith since 07:10? It isn't your router or your settings - it's our exchange kit, and we're sorry. About 6,000 homes affected. Next update 10:00. Help: https://tayside.example/help",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "No broadband in Leith since 07:10? It isn't your router or your settings - it's the exchange kit of the network operator. About 6,000 homes affected. Next update 10:00. Help: https://tayside.example/help",
        True,
    ),
    # "our crew roster ran short": too few of our own people
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Coastal Air: CA88 to Faro leaves 3 hrs late as our cabin crew roster ran short. Sorry. Next update 16:00: ca.example/ca88",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Coastal Air: CA88 to Faro leaves 3 hrs late as the airport's fuel staff ran short. Sorry. Next update 16:00: ca.example/ca88",
        True,
    ),
    # "আমাদের গুদামে জট", "আমাদের বোতলের ছিপি ভাঙে": a thing of ours jammed or broke
    (
        "ownership_missing",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের সর্টিং হাবের জটে অর্ডার #৭৭১০ এক দিন দেরিতে ২২ তারিখে পৌঁছাবে। ১৬৩০০",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের জুসের বোতলের ছিপি ফেটে যেতে পারে। ১০ মে-র মধ্যে দোকানে ফেরত দিন। ১৬৩০০",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, অর্ডার #৭৭১০ এক দিন দেরিতে ২২ তারিখে পৌঁছাবে। ১৬৩০০",
        True,
    ),
    # "the fault lies entirely with the maker's parts": someone else's, as the whole cause
    (
        "blame_shifting",
        "en",
        "status_page",
        IDENT,
        "Kettle recall\n\nAbout 8,200 of our Brewline kettles may leak at the base. The fault lies entirely with the maker's seals. We're sorry. Return yours to any store for a refund. Next update Friday 12:00. Help: 0800 555 0190",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "status_page",
        IDENT,
        "Kettle recall\n\nAbout 8,200 of our Brewline kettles may leak at the base. The seals came from our supplier, but we chose them and didn't test them enough; that's on us. We're sorry. Return yours to any store for a refund. Next update Friday 12:00. Help: 0800 555 0190",
        False,
    ),
    # "caused solely by the contractor", "it started at our booking partner"
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        "Dear customer,\n\nYour gas supply in Millbrook was cut at 09:15 today for about 2,300 homes. The damage was caused solely by the contractor laying the new footpath. We're sorry. Engineers expect supply back by 18:00. Next update 13:00. Help: 0800 555 0123",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        IDENT,
        "The leak of 3,400 members' emails started at our ticketing partner, not at Rivermoor. Sorry for the worry. Full report 20 June: https://rivermoor.example/notice",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        IDENT,
        "The leak of 3,400 members' emails came through our ticketing partner's system, which we chose and should have checked - that's on us. Sorry. Full report 20 June: https://rivermoor.example/notice",
        False,
    ),
    # the weather "beyond anyone's control"; "the real culprit"; the customers' old passwords
    (
        "blame_shifting",
        "en",
        "sms",
        IDENT,
        "Fennel Rail: 14 trains cancelled today; snow like this is beyond anyone's control. Sorry. Next update 15:00: fr.example/live",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        IDENT,
        "Sorry: 9 of our ferries ran late today, about 1,600 of you waited. We own the slow updates, but the true culprit was the harbour crane breakdown. Next update 19:00: https://ferry.example/live",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "status_page",
        IDENT,
        "Account takeovers\n\nAbout 2,700 Pixelfort accounts were entered this week. The people affected had used a password that was stolen from another website. We're sorry. Next update Monday 09:00. Help: help.pixelfort.example",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "status_page",
        IDENT,
        "Account takeovers\n\nAbout 2,700 Pixelfort accounts were entered this week with passwords stolen elsewhere. We should have blocked those logins and didn't; that's our failure. We're sorry. Next update Monday 09:00. Help: help.pixelfort.example",
        False,
    ),
    # the partner "was unable to" or "did not follow the terms agreed with us"
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        "Dear customer,\n\nAbout 5,100 orders are 2 days late. Our delivery partner, which was unable to find enough drivers, has now added vans. We're sorry. Next update Thursday 17:00. Help: help@brindle.example",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        "Dear patient,\n\nAbout 900 letters went to old addresses because the mailing firm did not follow the address-checking rules written into its agreement with us. We're sorry. Next update 4 July. Help: 0161 555 0100",
        True,
    ),
    # Bengali: the partner did not do it, or could not cope, as the cause
    (
        "blame_shifting",
        "bn",
        "x",
        IDENT,
        "পূজার আগে প্রায় ১২,০০০ অর্ডার ৩ দিন দেরিতে যাচ্ছে। কুরিয়ার পার্টনার সময়মতো ভ্যান না পাঠানোয় এই দেরি। দুঃখিত। পরের আপডেট কাল ১১টায়: https://haat.example/track",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        IDENT,
        "পূজার আগে প্রায় ১২,০০০ অর্ডার ৩ দিন দেরিতে যাচ্ছে। বাড়তি চাপের হিসাব আমরা ভুল করেছিলাম, দায় আমাদের। দুঃখিত। পরের আপডেট কাল ১১টায়: https://haat.example/track",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "status_page",
        IDENT,
        "ডেলিভারিতে দেরি\n\nপ্রায় ৬,৫০০ অর্ডার ২ দিন পিছিয়ে আছে। আমাদের ডেলিভারি পার্টনাররা এই চাপ সামলাতে পারছে না। আমরা দুঃখিত। পরের আপডেট বিকেল ৪টায়। সাহায্য: ১৬৪১০",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "status_page",
        IDENT,
        "ডেটা ফাঁস\n\nপ্রায় ৪,২০০ গ্রাহকের ফোন নম্বর বাইরে গেছে। দায় ওই প্রতিষ্ঠানের, যারা আমাদের এসএমএস পাঠায়; আমাদের নিজস্ব সার্ভার পুরোপুরি অক্ষত ছিল। আমরা দুঃখিত। পরের আপডেট কাল দুপুর ১২টায়। সাহায্য: ১৬৪১০",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "status_page",
        IDENT,
        "ডেটা ফাঁস\n\nপ্রায় ৪,২০০ গ্রাহকের ফোন নম্বর বাইরে গেছে। এসএমএস পাঠানোর সার্ভারটি আমরা সুরক্ষিত রাখিনি, দায় আমাদের। আমরা দুঃখিত। পরের আপডেট কাল দুপুর ১২টায়। সাহায্য: ১৬৪১০",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "sms",
        IDENT,
        "পৌরসভা আমাদের আগে থেকে কিছু জানায়নি, তাই পানি বন্ধ। দুঃখিত। ১৬৪১০",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        IDENT,
        "আজ সন্ধ্যা ৬টার লঞ্চ ২ ঘণ্টা দেরিতে ছাড়ছে; দেরির বড় অংশের জন্য দায়ী যাত্রীরাই। দুঃখিত। পরের আপডেট ৭টায়: https://launch.example/live",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        IDENT,
        "আজ সন্ধ্যা ৬টার লঞ্চ ২ ঘণ্টা দেরিতে ছাড়ছে; এতে যাত্রীরা দায়ী নন, ইঞ্জিনের যত্ন আমরা ঠিকমতো নিইনি। দুঃখিত। পরের আপডেট ৭টায়: https://launch.example/live",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "sms",
        IDENT,
        "ঘন কুয়াশায় ট্রেন দেরিতে, আমাদের কোনো হাত ছিল না। দুঃখিত। ১৬৪১০",
        True,
    ),
    # a plural possessive ending a wrapped line ("controllers'") does not end the sentence
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        "Dear customer,\n\nOn 3 March we cancelled 64 flights and about 9,000 passengers were stuck. The new rules on controllers'\nrest came in on 1 March with very little time for airlines to adjust. We're sorry. Next update 6 March. Help: 0800 555 0111",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        "Dear customer,\n\nOn 3 March we cancelled 64 flights and about 9,000 passengers were stuck. We misread the new rules on controllers'\nrest and planned too few crews; that was our mistake. We're sorry. Next update 6 March. Help: 0800 555 0111",
        False,
    ),
    # impact: "some of your accounts", "a few of you", "the few customers", "some fans"
    (
        "impact_vague",
        "en",
        "x",
        IDENT,
        "Heads up: some of your cards were declined at our tills this morning. Our update did it, sorry. Fixed by 12:00; next update 12:30: https://till.example/status",
        True,
    ),
    (
        "impact_vague",
        "en",
        "x",
        IDENT,
        "Heads up: about 3,800 of your cards were declined at our tills this morning. Our update did it, sorry. Fixed by 12:00; next update 12:30: https://till.example/status",
        False,
    ),
    (
        "impact_vague",
        "en",
        "x",
        RES,
        "Sorted: the few subscribers our billing run charged twice have had it back. Our mistake, sorry. Questions? https://stream.example/help",
        True,
    ),
    (
        "impact_vague",
        "en",
        "x",
        IDENT,
        "Our checkout broke for some gamers buying the season pass at 18:00. That's on us, sorry. Next update 19:30: https://arena.example/status",
        True,
    ),
    # "a limited batch"; an order number is not a figure for "a bit later"
    (
        "impact_vague",
        "en",
        "email",
        IDENT,
        "Dear customer,\n\nA limited batch of our Harvest granola may contain pieces of shell. Our factory missed it and we're sorry. Return it to any store for a refund. Next update 3 May. Help: 0800 555 0177",
        True,
    ),
    (
        "impact_vague",
        "en",
        "sms",
        IDENT,
        "Greengate: sorry, a fault on our side means order 55102 will come a bit later than planned. Help: gg.example/help",
        True,
    ),
    (
        "impact_vague",
        "en",
        "sms",
        IDENT,
        "Greengate: sorry, a fault on our side means order 55102 will come 2 hours later than planned. Help: gg.example/help",
        False,
    ),
    # Bengali: "কিছু ডেলিভারি", "কয়েকজন খেলোয়াড়", "কিছুক্ষণের জন্য"
    (
        "impact_vague",
        "bn",
        "email",
        IDENT,
        "প্রিয় গ্রাহক,\n\nএই সপ্তাহে আমাদের কিছু ডেলিভারি দেরিতে পৌঁছাচ্ছে; ভুলটা আমাদের, আমরা দুঃখিত। সাহায্যের জন্য ১৬৫০০-এ কল করুন। পরের আপডেট ১২ মে।",
        True,
    ),
    (
        "impact_vague",
        "bn",
        "email",
        IDENT,
        "প্রিয় গ্রাহক,\n\nএই সপ্তাহে আমাদের প্রায় ২,৪০০ ডেলিভারি দেরিতে পৌঁছাচ্ছে; ভুলটা আমাদের, আমরা দুঃখিত। সাহায্যের জন্য ১৬৫০০-এ কল করুন। পরের আপডেট ১২ মে।",
        False,
    ),
    (
        "impact_vague",
        "bn",
        "x",
        IDENT,
        "আমাদের আপডেটের ভুলে অল্প কয়েকজন খেলোয়াড় ম্যাচে ঢুকতে পারছেন না, দুঃখিত। রাত ৯টায় আপডেট: https://khela.example/status",
        True,
    ),
    (
        "impact_vague",
        "bn",
        "x",
        RES,
        "অ্যাপ আবার চালু! আমাদের সার্ভারের ভুলে কিছুক্ষণের জন্য পেমেন্ট বন্ধ ছিল, দুঃখিত 🙏 সবাই আজ রাতে ৫০ টাকা ক্যাশব্যাক পাবেন। https://pay.example/help",
        True,
    ),
    (
        "impact_vague",
        "bn",
        "x",
        RES,
        "অ্যাপ আবার চালু! আমাদের সার্ভারের ভুলে দুপুর ১টা থেকে ১টা ৪০ পর্যন্ত প্রায় ১৮,০০০ গ্রাহকের পেমেন্ট বন্ধ ছিল, দুঃখিত 🙏 সবাই আজ রাতে ৫০ টাকা ক্যাশব্যাক পাবেন। https://pay.example/help",
        False,
    ),
]


# Round 24, precision: statements that plainly own the failure or give a dated next update,
# which the ownership and next-update rules wrongly reported missing; each with a trap that
# says nothing of the kind and must still be reported.
ROUND_24_PRECISION_OWNERSHIP_NEXT_UPDATE: list[tuple[str, str, str, Stage, str, bool]] = [
    # "we took your £75 fee twice": a verb of ours done twice, with a sum in between
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Pennywise Bank: we took your £75 fee twice on 4 May. Sorry. The extra £75 is back in your account by 8 May. Help: 0800 111 2222",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Pennywise Bank: your £75 fee was taken twice on 4 May. Sorry. The extra £75 is back in your account by 8 May. Help: 0800 111 2222",
        True,
    ),
    # "a hinge we chose can snap": a choice of ours does the harm
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Stop using Cosyhome folding chairs, model FC-9. A hinge we chose can snap under load; 4 reports of pinched fingers. We're sorry. Full refund: https://cosyhome.example/recall",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Stop using Cosyhome folding chairs, model FC-9. The hinge can snap under load; 4 reports of pinched fingers. We're sorry. Full refund: https://cosyhome.example/recall",
        True,
    ),
    # "our bus has a gearbox fault": a thing of ours is at fault
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Glenway Coaches: sorry, your 09:10 Perth coach is cancelled today, our bus has a gearbox fault. You're moved free to the 11:40. Help: 0800 222 3333",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Glenway Coaches: sorry, your 09:10 Perth coach is cancelled today after a gearbox fault. You're moved free to the 11:40. Help: 0800 222 3333",
        True,
    ),
    # "sesame that our ingredients list misses": a step of ours left out
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Oakmill: don't eat Seeded Loaf 800g, use by 9 Mar. It has sesame that our ingredients list misses. Sorry. Refund in store. 0800 333 4444",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Oakmill: don't eat Seeded Loaf 800g, use by 9 Mar. It has sesame that is not on the ingredients list. Sorry. Refund in store. 0800 333 4444",
        True,
    ),
    # "More at 16:00": a sentence that opens on what comes next, with its time
    (
        "next_update_missing",
        "en",
        "x",
        IDENT,
        "Card payments at Tollbridge stores failed 10:05-11:40 because of a change we pushed. Our mistake, sorry: about 3,000 shoppers were turned away. More at 16:00: https://tollbridge.example/status",
        False,
    ),
    (
        "next_update_missing",
        "en",
        "x",
        IDENT,
        "Card payments at Tollbridge stores failed 10:05-11:40 because of a change we pushed. Our mistake, sorry: about 3,000 shoppers were turned away. More: https://tollbridge.example/status",
        True,
    ),
    # "ঝুঁকি তৈরি করেছি আমরাই": a first-person past verb, then "we ourselves"
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "রূপসা ফ্যানস: মডেল RF-12-এর ব্লেডের স্ক্রু ঢিলে হয়ে যাওয়ার ঝুঁকি তৈরি করেছি আমরাই, আমরা দুঃখিত। প্রায় ৬,০০০ ফ্যান বিক্রি হয়েছে। বিনা খরচে বদলে দেব ৩০ জুনের মধ্যে: ০৯৬১২-৩৩৪৪৫৫",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "রূপসা ফ্যানস: মডেল RF-12-এর ব্লেডের স্ক্রু ঢিলে হয়ে যেতে পারে, আমরা দুঃখিত। প্রায় ৬,০০০ ফ্যান বিক্রি হয়েছে। বিনা খরচে বদলে দেব ৩০ জুনের মধ্যে: ০৯৬১২-৩৩৪৪৫৫",
        True,
    ),
    # "আমাদের অ্যাপের সমস্যা, আপনার মোবাইলের নয়": ours, set against the customer's
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "এটা আমাদের অ্যাপের সমস্যা, আপনার মোবাইলের নয়। সকাল ১০টা থেকে প্রায় ৯,০০০ গ্রাহক রিচার্জ করতে পারছেন না, আমরা দুঃখিত। পরের আপডেট দুপুর ২টায়।",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "সকাল ১০টা থেকে প্রায় ৯,০০০ গ্রাহক রিচার্জ করতে পারছেন না, আমরা দুঃখিত। পরের আপডেট দুপুর ২টায়।",
        True,
    ),
    # "আমাদের লিফট সময়মতো মেরামত না করায়": a duty of ours not done in time
    (
        "ownership_missing",
        "bn",
        "sms",
        IDENT,
        "আমাদের গুদামের লিফট সময়মতো মেরামত না করায় আজকের প্রায় ৩,০০০ অর্ডার এক দিন দেরিতে যাবে, দুঃখিত। কাল সন্ধ্যার মধ্যে পৌঁছাবে। হেল্পলাইন ০৯৬১০-৫৫৫৬৬৬",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        IDENT,
        "গুদামের লিফট হঠাৎ থেমে যাওয়ায় আজকের প্রায় ৩,০০০ অর্ডার এক দিন দেরিতে যাবে, দুঃখিত। কাল সন্ধ্যার মধ্যে পৌঁছাবে। হেল্পলাইন ০৯৬১০-৫৫৫৬৬৬",
        True,
    ),
    # "পরীক্ষাটা আমাদের কারখানা বাদ দিয়েছিল": a step of ours left out
    (
        "ownership_missing",
        "bn",
        "sms",
        IDENT,
        "ব্যাচ ২২-এর দইয়ের মান-পরীক্ষা আমাদের কারখানা বাদ দিয়েছিল, তাতে ছত্রাক থাকতে পারে, দুঃখিত। দোকানে পুরো টাকা ফেরত ৩১ মে পর্যন্ত: ০৯৬১৪-৭৭৮৮৯৯",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        IDENT,
        "ব্যাচ ২২-এর দইয়ে ছত্রাক থাকতে পারে, দুঃখিত। দোকানে পুরো টাকা ফেরত ৩১ মে পর্যন্ত: ০৯৬১৪-৭৭৮৮৯৯",
        True,
    ),
]


# Round 26: blame on road works and on what the customer did not send, timing left to our own
# review or to "a little while", the uncounted share or
# tail of the restored, and "the hassle" that names where the harm hit. Each miss has a trap
# worded as a good statement would be.
ROUND_26_MISSES: list[tuple[str, str, str, Stage, str, bool]] = [
    (
        "blame_shifting",
        "en",
        "sms",
        IDENT,
        "Pellow Gas: sorry we missed your 10am visit today. Our engineer was held up by a road "
        "closure near you. New visit Fri 9 May 8-12. Help: 0300 555 0142",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "sms",
        IDENT,
        "Pellow Gas: sorry, our engineer missed your 10am visit - we booked too many jobs for "
        "him. New visit Fri 9 May 8-12. Help: 0300 555 0142",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, সড়ক সংস্কারের কারণে আজ আপনার ফ্রিজ পৌঁছায়নি। নতুন সময় শনিবার সকাল ১০টা। ০৯৬৭৮-১১২২৩৩",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের গাড়ির সূচি ভুল ছিল, তাই আজ আপনার ফ্রিজ পৌঁছায়নি। নতুন সময় শনিবার সকাল ১০টা। ০৯৬৭৮-১১২২৩৩",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "sms",
        IDENT,
        "Norwater: sorry, your March bill was £48 too high. We guessed your use because we got "
        "no meter photo from you. Fixed bill by 4 Apr. 0345 555 0190",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "sms",
        IDENT,
        "Norwater: sorry, your March bill was £48 too high - our estimate ignored the meter "
        "photo you sent. Fixed bill by 4 Apr. 0345 555 0190",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, মার্চের বিল ৪৮০ টাকা বেশি এসেছে। আপনার মিটারের ছবি না পাওয়ায় আমরা আন্দাজে বিল করেছি। ৪ এপ্রিলের মধ্যে নতুন বিল। ১৬২৩৪",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, মার্চের বিল ৪৮০ টাকা বেশি এসেছে; আপনার পাঠানো ছবি আমরা দেখিনি। ৪ এপ্রিলের মধ্যে নতুন বিল। ১৬২৩৪",
        False,
    ),
    (
        "undated_commitment",
        "en",
        "status_page",
        INV,
        "We sent 3,100 parcel labels to the wrong addresses this morning; that was our mistake "
        "and we are sorry. We will tell each customer where their parcel went as soon as our "
        "checks of the courier records permit. Next update 15:00. Help: 0161 555 0101.",
        True,
    ),
    (
        "undated_commitment",
        "en",
        "status_page",
        INV,
        "We sent 3,100 parcel labels to the wrong addresses this morning; that was our mistake "
        "and we are sorry. We will tell each customer where their parcel went by 18:00 today. "
        "Next update 15:00. Help: 0161 555 0101.",
        False,
    ),
    (
        "undated_commitment",
        "en",
        "x",
        FOLLOW,
        "Our kettle recall: 5,200 of 7,000 are back. The faulty switch was our design and we're "
        "sorry. Vouchers for the rest will be sent in a little while. Next update 3 Nov: "
        "brewco.example/recall",
        True,
    ),
    (
        "impact_vague",
        "en",
        "x",
        FOLLOW,
        "Our kettle recall: 5,200 of 7,000 are back. The faulty switch was our design and we're "
        "sorry. Vouchers for the rest will be sent in a little while. Next update 3 Nov: "
        "brewco.example/recall",
        False,
    ),
    (
        "impact_vague",
        "en",
        "status_page",
        MON,
        "Water is running again in Hollins. Our contractor's digger broke the main at 14:10; "
        "that work was ours to manage and we're sorry. The majority of properties were back on "
        "within the hour and the remaining handful of homes by 19:30. Next update 08:00 "
        "tomorrow. Help: 0800 555 0177.",
        True,
    ),
    (
        "impact_vague",
        "en",
        "status_page",
        MON,
        "Water is running again in Hollins. Our contractor's digger broke the main at 14:10; "
        "that work was ours to manage and we're sorry. 2,300 of the 2,450 homes were back on "
        "by 15:10 and the other 150 by 19:30. Next update 08:00 tomorrow. Help: 0800 555 0177.",
        False,
    ),
    (
        "impact_vague",
        "bn",
        "status_page",
        MON,
        "হলিন্স এলাকায় পানি আবার আসছে। আমাদের খননকাজে দুপুর ২টায় পাইপ ফেটে যায়, দায় আমাদের, আমরা দুঃখিত। অধিকাংশ বাড়িতে এক ঘণ্টার মধ্যেই পানি ফিরে এসেছে। পরের আপডেট কাল সকাল ৮টায়। সাহায্য: ১৬২৬৫",
        True,
    ),
    (
        "impact_vague",
        "bn",
        "status_page",
        MON,
        "হলিন্স এলাকায় পানি আবার আসছে। আমাদের খননকাজে দুপুর ২টায় পাইপ ফেটে যায়, দায় আমাদের, আমরা দুঃখিত। ২,৪৫০টি বাড়ির ২,৩০০টিতে এক ঘণ্টার মধ্যেই পানি ফিরে এসেছে। পরের আপডেট কাল সকাল ৮টায়। সাহায্য: ১৬২৬৫",
        False,
    ),
    (
        "non_apology",
        "en",
        "sms",
        INV,
        "Kestrel Pay: our update at 09:15 broke tap-to-pay for about 30,000 shops. Sorry for the "
        "hassle. Next update 11:00: kestrel.example/status",
        True,
    ),
    (
        "non_apology",
        "en",
        "sms",
        INV,
        "Kestrel Pay: our update at 09:15 broke tap-to-pay for about 30,000 shops. Sorry for the "
        "hassle at your counters. Next update 11:00: kestrel.example/status",
        False,
    ),
    # what should be so now is not the harm played down (the plans' own monitoring template)
    (
        "impact_vague",
        "bn",
        "email",
        MON,
        "প্রিয় গ্রাহক,\n\nআমাদের সার্ভার পরিবর্তনের ভুলে ৮ এপ্রিল সকাল ৯টা থেকে দুপুর ১টা পর্যন্ত প্রায় "
        "৯,৬০০ গ্রাহক অ্যাপে ঢুকতে পারেননি; আমরা দুঃখিত। বেশিরভাগ গ্রাহক এখন স্বাভাবিক পরিষেবা পাওয়ার "
        "কথা। আমরা পরিবর্তনটি ফিরিয়ে নিয়েছি। পরের আপডেট বিকেল ৫টায়। সাহায্য: ১৬৭৮৯।",
        False,
    ),
]

ROUND_27_PRECISION_OWNERSHIP: list[tuple[str, str, str, Stage, str, bool]] = [
    # Owning a failure in words the rules did not read: "it was our mess", "we didn't
    # roster a driver", "a part we don't have", "our app charged …", "our food made …
    # ill", a thing of ours that failed or fell behind; and the same in Bengali ("জবাবদিহি
    # আমাদের", "আমরা … না পারায়", "… ভুলে গিয়েছিল", "ঝুঁকিটা আমাদের তৈরি"). The failing case
    # of each pair still says nothing of whose the failure was.
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Larkfield Buses: sorry, the 07:10 to Hexham won't run today. The 07:40 takes the same "
        "ticket. Refunds: larkfield.example/refund",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Larkfield Buses: sorry, the 07:10 to Hexham won't run today - we didn't schedule a "
        "driver for it. The 07:40 takes the same ticket. Refunds: larkfield.example/refund",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Larkfield Buses: sorry, the 07:10 to Hexham won't run today: it needs a spare wheel "
        "we don't keep at the depot. The 07:40 takes the same ticket. larkfield.example/refund",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "email",
        FOLLOW,
        "Subject: Saturday's ticket sale\n\nSaturday's presale was chaos, and it was our muddle "
        "from start to finish. About 40,000 fans waited over two hours. We're sorry.",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Tidewell Parking: our meter software billed 2,300 drivers a full day for short stays on "
        "3 Oct. Sorry. Refunds by 10 Oct: tidewell.example/refund",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Tidewell Parking: 2,300 drivers were billed a full day for short stays on 3 Oct. "
        "Sorry. Refunds by 10 Oct: tidewell.example/refund",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Our parcel sorting centre in Crewe has fallen two days behind, so about 9,000 parcels "
        "are late. Sorry. Next update 16:00: fleetpost.example/status",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Sorry: the pet treats we sold in May made some cats unwell. Stop using them. Refunds "
        "and next update 16:00: purrly.example/recall",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Sorry: our chicken treats sold in May made some cats unwell. Stop using them. Refunds "
        "and next update 16:00: purrly.example/recall",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        MON,
        "Payments are back after this morning's card outage (a fault at our data centre). "
        "Sorry to the 12,000 shoppers we held up. Next update 15:00: tillo.example/status",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আজ সন্ধ্যার খুলনাগামী বাসটি ছাড়ছে না। রাত ৯টার বাসে একই টিকিটে যেতে পারবেন। ০১৭১১-৯৯৮৮৭৭",
        True,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমরা সময়মতো চালক জোগাড় করতে না পারায় আজ সন্ধ্যার খুলনাগামী বাসটি ছাড়ছে না। রাত ৯টার "
        "বাসে একই টিকিটে যেতে পারবেন। ০১৭১১-৯৯৮৮৭৭",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের টেকনিশিয়ান সংযোগ চালু করতে ভুলে গেছেন, তাই আজ আপনার ইন্টারনেট বন্ধ ছিল। রাত ৮টার "
        "মধ্যে চালু হবে। ০৯৬১০-২২৩৩৪৪",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "আজ সকালে প্রায় ৬,০০০ গ্রাহক বিল দিতে পারেননি। এই সমস্যার জবাবদিহি পুরোপুরি আমাদের, আমরা দুঃখিত। "
        "পরের আপডেট দুপুর ২টায়: bill.example.bd/status",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "আজ সকালে প্রায় ৬,০০০ গ্রাহক বিল দিতে পারেননি, আমরা দুঃখিত। পরের আপডেট দুপুর ২টায়: "
        "bill.example.bd/status",
        True,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "সতর্কতা: 'মিঠাই' দইয়ের ১২ মার্চের ব্যাচ খাবেন না। এই বিপদ আমাদের নিজেদের তৈরি, আমরা দুঃখিত। দাম "
        "ফেরত আর পরের আপডেট সন্ধ্যা ৬টায়: mithai.example.bd/recall",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "আমাদের সিলেট ডিপোর একটি সমস্যার কারণে প্রায় ৪,০০০ অর্ডার দেরিতে যাচ্ছে, আমরা দুঃখিত। পরের "
        "আপডেট বিকেল ৪টায়: bazar.example.bd/status",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "আমাদের গ্রাহকদের সমস্যার জন্য দুঃখিত: প্রায় ৪,০০০ অর্ডার দেরিতে যাচ্ছে। পরের আপডেট বিকেল ৪টায়: "
        "bazar.example.bd/status",
        True,
    ),
    # Regret in the passive, said by nobody, is not an apology; the same regret said by us is.
    (
        "non_apology",
        "en",
        "x",
        INV,
        "Our booking site has been down since 07:00 after an update we made; about 8,000 "
        "bookings failed. The disruption caused is deeply regretted. Next update 10:00.",
        True,
    ),
    (
        "non_apology",
        "en",
        "x",
        INV,
        "Our booking site has been down since 07:00 after an update we made; about 8,000 "
        "bookings failed. We are sorry we broke it. Next update 10:00.",
        False,
    ),
]

ROUND_27_REGRET_AND_BLAME: list[tuple[str, str, str, Stage, str, bool]] = [
    # Regret in the passive, said by nobody ("the disruption caused is regretted", "দুঃখ প্রকাশ
    # করা হচ্ছে"), is not an apology; the root of a failure laid at a supplier, or another
    # party named as negligent, is blame (not the root in our own work).
    (
        "non_apology",
        "bn",
        "x",
        INV,
        "আজ সকাল ৭টা থেকে আমাদের একটি আপডেটের কারণে অ্যাপে টিকিট কাটা যাচ্ছে না; প্রায় ৮,০০০ "
        "বুকিং আটকে গেছে। এই বিভ্রাটের জন্য দুঃখ প্রকাশ করা হচ্ছে। পরের আপডেট সকাল ১০টায়।",
        True,
    ),
    (
        "non_apology",
        "bn",
        "x",
        INV,
        "আজ সকাল ৭টা থেকে আমাদের একটি আপডেটের কারণে অ্যাপে টিকিট কাটা যাচ্ছে না; প্রায় ৮,০০০ "
        "বুকিং আটকে গেছে। আমরা এটা ভেঙেছি, আমরা দুঃখিত। পরের আপডেট সকাল ১০টায়।",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        IDENT,
        "আজ প্রায় ৩,০০০ গ্রাহকের বিল দুবার কাটা হয়েছে, আমরা দুঃখিত। সমস্যার মূলে রয়েছে "
        "আমাদের পেমেন্ট সেবাদাতার একটি ভুল আপডেট। টাকা ১০ মে-র মধ্যে ফেরত যাবে। পরের আপডেট "
        "বিকেল ৩টায়।",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        IDENT,
        "আজ প্রায় ৩,০০০ গ্রাহকের বিল দুবার কাটা হয়েছে, আমরা দুঃখিত। সমস্যার মূলে রয়েছে "
        "আমাদের নিজেদের লেখা একটি ভুল হিসাব। টাকা ১০ মে-র মধ্যে ফেরত যাবে। পরের আপডেট বিকেল "
        "৩টায়।",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        IDENT,
        "আজ প্রায় ৩,০০০ গ্রাহকের বিল দুবার কাটা হয়েছে, আমরা দুঃখিত। ব্যাংকটি আমাদের না "
        "জানিয়ে নিয়ম বদলেছে; তাদের এই অবহেলার ব্যাখ্যা চেয়েছি। পরের আপডেট বিকেল ৩টায়।",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        IDENT,
        "About 3,000 customers were charged twice today, and we're sorry. The root of the "
        "problem lies with our payment supplier's faulty update. Refunds by 10 May. Next "
        "update 15:00.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        IDENT,
        "About 3,000 customers were charged twice today, and we're sorry. The root of the "
        "problem lies in a sum our own team got wrong. Refunds by 10 May. Next update 15:00.",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        IDENT,
        "About 3,000 customers were charged twice today, and we're sorry. The bank changed its "
        "rules without telling us; we have asked them to explain their negligence. Next update "
        "15:00.",
        True,
    ),
]


ROUND_27_NEXT_UPDATE_SETTLED: list[tuple[str, str, str, Stage, str, bool]] = [
    # An SMS whose next step is a replacement service given by its time ("catch the 07:25"),
    # or that cancels the booking and gives the way to rebook or claim the money now, owes no
    # next update; one that still owes the reader something "soon" does.
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        "Northmoor Trains: sorry, your 06:50 to Leeds is cancelled - a signal we maintain "
        "failed. Please catch the 07:25 instead, same ticket. Help: 0345 600 7711",
        False,
    ),
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        "Northmoor Trains: sorry, your 06:50 to Leeds is cancelled - a signal we maintain "
        "failed. We'll find you another train soon. Help: 0345 600 7711",
        True,
    ),
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        "Aerolin: sorry, AL330 Bristol-Porto on 4 Mar is cancelled because we overbooked our "
        "crews. Change for free or get your money back at aerolin.example/al330",
        False,
    ),
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        "Aerolin: sorry, AL330 Bristol-Porto on 4 Mar is cancelled because we overbooked our "
        "crews. We will contact you shortly about a refund.",
        True,
    ),
    (
        "next_update_missing",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের চালক না থাকায় ৪ মার্চের ঢাকা-রাজশাহী বাসটি বাতিল। বিনা খরচে টিকিট বদল "
        "বা টাকা ফেরত: bus.example.bd/t",
        False,
    ),
    (
        "next_update_missing",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের চালক না থাকায় পরের ঢাকা-রাজশাহী বাসটি বাতিল। শীঘ্রই টিকিটের টাকা ফেরতের খবর জানাব।",
        True,
    ),
]


ROUND_27_MAKE_GOOD_IN_KIND: list[tuple[str, str, str, Stage, str, bool]] = [
    # A make-good in the service's own currency or perks ("800 Gems in your mailbox", "৮০০ জেম
    # পৌঁছে যাবে") or a month given free ("July is free", "জুলাই মাস বিনা মূল্যে") is a
    # make-good; the same letter without it still offers nothing.
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        "Subject: Sunday's server outage\n\nFrom 14:00 to 19:30 on Sunday 3 May, nobody could "
        "play Starhold: about 90,000 players lost a whole afternoon. A database change we made "
        "locked every account. That was our mistake and we're sorry.\n\nWe've undone the "
        "change and now test database changes on a copy first.\n\nTo say sorry, every account "
        "that played in the last week will find 800 Gems in its mailbox by Wednesday 6 May.\n\n"
        "Write-up on our blog on 12 May. Help: support.starhold.example",
        False,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        "Subject: Sunday's server outage\n\nFrom 14:00 to 19:30 on Sunday 3 May, nobody could "
        "play Starhold: about 90,000 players lost a whole afternoon. A database change we made "
        "locked every account. That was our mistake and we're sorry.\n\nWe've undone the "
        "change and now test database changes on a copy first.\n\nWrite-up on our blog on 12 "
        "May. Help: support.starhold.example",
        True,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        "Subject: Tuesday's booking outage\n\nOn Tuesday 9 June our booking system was down "
        "from 09:00 to 15:00 and about 1,400 salons lost bookings. We pushed an untested "
        "update; that was our mistake, and I'm sorry.\n\nWe've rolled it back and every update "
        "is now tested on a copy first.\n\nJuly is free for every salon on our Standard plan; "
        "nothing to do, it will show on your August invoice.\n\nHelp: 020 7946 0321",
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        "বিষয়: রবিবারের সার্ভার বিভ্রাট\n\n৩ মে রবিবার দুপুর ২টা থেকে সন্ধ্যা সাড়ে ৭টা "
        "পর্যন্ত কেউ আমাদের গেম খেলতে পারেননি; প্রায় ৯০,০০০ খেলোয়াড়ের পুরো বিকেল নষ্ট "
        "হয়েছে। আমাদের করা একটি ডেটাবেস পরিবর্তনের কারণে সব অ্যাকাউন্ট আটকে গিয়েছিল। ভুলটা "
        "আমাদের, আমরা দুঃখিত।\n\nপরিবর্তনটি বাতিল করেছি, এখন থেকে প্রতিটি পরিবর্তন আগে একটি "
        "কপিতে পরীক্ষা করা হবে।\n\nদুঃখ জানাতে গত সপ্তাহে খেলা প্রতিটি অ্যাকাউন্টে ৬ মে-র "
        "মধ্যে ৮০০ জেম পৌঁছে যাবে।\n\nসাহায্য: support.game.example.bd",
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        "বিষয়: রবিবারের সার্ভার বিভ্রাট\n\n৩ মে রবিবার দুপুর ২টা থেকে সন্ধ্যা সাড়ে ৭টা "
        "পর্যন্ত কেউ আমাদের গেম খেলতে পারেননি; প্রায় ৯০,০০০ খেলোয়াড়ের পুরো বিকেল নষ্ট "
        "হয়েছে। আমাদের করা একটি ডেটাবেস পরিবর্তনের কারণে সব অ্যাকাউন্ট আটকে গিয়েছিল। ভুলটা "
        "আমাদের, আমরা দুঃখিত।\n\nপরিবর্তনটি বাতিল করেছি, এখন থেকে প্রতিটি পরিবর্তন আগে একটি "
        "কপিতে পরীক্ষা করা হবে।\n\nসাহায্য: support.game.example.bd",
        True,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        "বিষয়: মঙ্গলবারের বুকিং বিভ্রাট\n\n৯ জুন মঙ্গলবার সকাল ৯টা থেকে বিকেল ৩টা পর্যন্ত "
        "আমাদের বুকিং ব্যবস্থা বন্ধ ছিল, প্রায় ১,৪০০ সেলুনের বুকিং হারিয়েছে। আমরা পরীক্ষা না "
        "করেই একটি আপডেট চালু করেছিলাম; ভুলটা আমাদের, আমি দুঃখিত।\n\nআপডেটটি সরিয়ে নিয়েছি, "
        "এখন প্রতিটি আপডেট আগে কপিতে পরীক্ষা হয়।\n\nস্ট্যান্ডার্ড প্ল্যানের প্রতিটি সেলুনের "
        "জন্য জুলাই মাস বিনা মূল্যে; কিছু করতে হবে না।\n\nসাহায্য: ০৯৬১০-৩৩৪৪৫৫",
        False,
    ),
]


# Round 28: a make-good's "you can spend it on …" or a booking that "got cancelled" is not
# what was done to put it right; food or a hotel named as lacking, or kept on board as a
# rule, is not given; the main fault laid at a partner beside our own share is blame; the
# inner words of a crypto exchange are jargon.
ROUND_28_AMENDS_REMEDIATION_BLAME_JARGON = [
    (
        "remediation_missing",
        "en",
        "email",
        MON,
        "Subject: Your thermostat schedule\n\nDear customer,\n\nOn 2 June our app update "
        "stopped 8,100 thermostats following their heating schedule for up to two days. That "
        "was our mistake and I'm sorry: the update skipped a check.\n\nTo say sorry, a £30 "
        "credit is on your account, which you can spend on filters or a service visit until "
        "30 September.\n\nI will write again by 20 June. Questions: 0800 555 0123.",
        True,
    ),
    (
        "remediation_missing",
        "en",
        "email",
        MON,
        "Subject: Your thermostat schedule\n\nDear customer,\n\nOn 2 June our app update "
        "stopped 8,100 thermostats following their heating schedule for up to two days. That "
        "was our mistake and I'm sorry: the update skipped a check.\n\nWe have withdrawn the "
        "update and your schedule runs again; you don't need to do anything. To say sorry, a "
        "£30 credit is on your account, which you can spend on filters until 30 September."
        "\n\nI will write again by 20 June. Questions: 0800 555 0123.",
        False,
    ),
    (
        "remediation_missing",
        "bn",
        "email",
        IDENT,
        "বিষয়: আপনার ক্লাসের বুকিং\n\nপ্রিয় সদস্য,\n\nসোমবার রাতে আমাদের অ্যাপ থেকে বার্তা "
        "গেছে যে বুধবারের সব যোগ ক্লাস বাতিল হয়ে গেছে। বার্তাটি ভুল ছিল; আমাদের কর্মীর একটি "
        "ভুল সেটিংয়ে ৬২০ জন সদস্যের কাছে এটি যায়। আমরা দুঃখিত।\n\nবাতিলের বার্তা যাঁদের "
        "কাছে গেছে, তাঁদের এ মাসের ফি ১০% কম রাখা হবে।\n\nবৃহস্পতিবার দুপুর ২টায় আবার "
        "জানাব। সাহায্য: ০৯৬১২-৪৫৬৭৮৯",
        True,
    ),
    (
        "remediation_missing",
        "bn",
        "email",
        IDENT,
        "বিষয়: আপনার ক্লাসের বুকিং\n\nপ্রিয় সদস্য,\n\nসোমবার রাতে আমাদের অ্যাপ থেকে বার্তা "
        "গেছে যে বুধবারের সব যোগ ক্লাস বাতিল হয়ে গেছে। বার্তাটি ভুল ছিল; আমাদের কর্মীর একটি "
        "ভুল সেটিংয়ে ৬২০ জন সদস্যের কাছে এটি যায়। আমরা দুঃখিত।\n\nক্লাসগুলো আগের সময়েই "
        "হবে, আপনাকে কিছু করতে হবে না।\n\nবৃহস্পতিবার দুপুর ২টায় আবার জানাব। সাহায্য: "
        "০৯৬১২-৪৫৬৭৮৯",
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        "বিষয়: ১২ ডিসেম্বরের ট্রেন বিলম্ব\n\nপ্রিয় যাত্রী,\n\n১২ ডিসেম্বর আমাদের বিশেষ ট্রেনটি "
        "ইঞ্জিন বিকল হয়ে প্রায় ৭ ঘণ্টা মাঠের মাঝে দাঁড়িয়ে ছিল; প্রায় ৮০০ যাত্রী খাবার ছাড়া "
        "রাত কাটিয়েছেন। ইঞ্জিনের নিয়মিত পরীক্ষা আমরা পিছিয়েছিলাম, দোষ আমাদের। আমরা "
        "ক্ষমাপ্রার্থী।\n\nইঞ্জিনটি মেরামত করা হয়েছে। প্রতিটি ট্রেনে শুকনো খাবার রাখা "
        "বাধ্যতামূলক করা হয়েছে।\n\nতদন্ত প্রতিবেদন ৩০ ডিসেম্বর ওয়েবসাইটে প্রকাশ হবে। "
        "যোগাযোগ: ১৩১",
        True,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        "বিষয়: ১২ ডিসেম্বরের ট্রেন বিলম্ব\n\nপ্রিয় যাত্রী,\n\n১২ ডিসেম্বর আমাদের বিশেষ ট্রেনটি "
        "ইঞ্জিন বিকল হয়ে প্রায় ৭ ঘণ্টা মাঠের মাঝে দাঁড়িয়ে ছিল। ইঞ্জিনের নিয়মিত পরীক্ষা আমরা "
        "পিছিয়েছিলাম, দোষ আমাদের। আমরা ক্ষমাপ্রার্থী।\n\nআটকে থাকা যাত্রীদের রাত ১০টায় "
        "আমরা গরম খাবার পৌঁছে দিয়েছি। ইঞ্জিনটি মেরামত করা হয়েছে।\n\nতদন্ত প্রতিবেদন ৩০ "
        "ডিসেম্বর ওয়েবসাইটে প্রকাশ হবে। যোগাযোগ: ১৩১",
        False,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        "Subject: The 12 December sleeper\n\nDear passenger,\n\nOn 12 December our sleeper "
        "stood for 7 hours outside Crewe with a failed engine, and about 800 passengers spent "
        "the night without a meal. We had put off the engine's routine check; that is on us, "
        "and we're sorry.\n\nThe engine has been repaired, and every sleeper now carries "
        "snacks and water as standard.\n\nOur report will be on our website on 30 December. "
        "Help: 0345 555 0131",
        True,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        "Subject: The 12 December sleeper\n\nDear passenger,\n\nOn 12 December our sleeper "
        "stood for 7 hours outside Crewe with a failed engine. We had put off the engine's "
        "routine check; that is on us, and we're sorry.\n\nThe engine has been repaired. "
        "We will refund every fare on that train in full by 20 December.\n\nOur report will "
        "be on our website on 30 December. Help: 0345 555 0131",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        INV,
        "About 900 parcels are running two days late, sorry. Part of that is on us, but the "
        "real problem is our courier, who pulled vans off the northern routes without "
        "warning. Next update 9am tomorrow. Track: example.com/track",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        INV,
        "About 900 parcels are running two days late, sorry. The real problem was our own "
        "planning: we booked too few vans for the northern routes. Next update 9am tomorrow. "
        "Track: example.com/track",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        INV,
        "প্রায় ৯০০ পার্সেল দুই দিন দেরিতে যাবে, দুঃখিত। কিছুটা দায় আমাদের, তবে আসল গলদটা "
        "সরবরাহকারীর — তারা আগাম না জানিয়ে মাল পাঠানো বন্ধ রেখেছে। পরের আপডেট কাল সকাল ৯টায়। "
        "খোঁজ: ১৬৭০০",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        INV,
        "প্রায় ৯০০ পার্সেল দুই দিন দেরিতে যাবে, দুঃখিত। আসল সমস্যা আমাদের পরিকল্পনায় — আমরা "
        "কম গাড়ি বুক করেছিলাম। পরের আপডেট কাল সকাল ৯টায়। খোঁজ: ১৬৭০০",
        False,
    ),
    (
        "jargon",
        "en",
        "status_page",
        IDENT,
        "Token withdrawals delayed\n\nSince 06:40 UTC about 1,200 withdrawals are waiting. "
        "Our fault, and we're sorry. A transaction nonce clash left the batch sitting in the "
        "mempool. Withdrawals will go out in order by 10:00 UTC; nothing to resubmit.\n\nNext "
        "update 08:30 UTC here. Help: chat in the app.",
        True,
    ),
    (
        "jargon",
        "en",
        "status_page",
        IDENT,
        "Token withdrawals delayed\n\nSince 06:40 UTC about 1,200 withdrawals are waiting. "
        "Our fault, and we're sorry. Our system numbered two payments the same, so the network "
        "refused the batch. Withdrawals will go out in order by 10:00 UTC; nothing to "
        "resubmit.\n\nNext update 08:30 UTC here. Help: chat in the app.",
        False,
    ),
    (
        "jargon",
        "bn",
        "status_page",
        IDENT,
        "টোকেন উত্তোলনে দেরি\n\nসকাল ৬টা ৪০ থেকে প্রায় ১,২০০টি উত্তোলন আটকে আছে। দোষ "
        "আমাদের, আমরা দুঃখিত। লেনদেনের ননস মিলে যাওয়ায় ব্যাচটি মেমপুলে পড়ে আছে। সকাল ১০টার "
        "মধ্যে ক্রমানুসারে সব উত্তোলন যাবে; নতুন করে কিছু করতে হবে না।\n\nপরের আপডেট সকাল "
        "৮টা ৩০-এ এই পাতায়। সাহায্য: অ্যাপে চ্যাট।",
        True,
    ),
    (
        "jargon",
        "bn",
        "status_page",
        IDENT,
        "টোকেন উত্তোলনে দেরি\n\nসকাল ৬টা ৪০ থেকে প্রায় ১,২০০টি উত্তোলন আটকে আছে। দোষ "
        "আমাদের, আমরা দুঃখিত। আমাদের ব্যবস্থা দুটি লেনদেনে একই নম্বর দেওয়ায় নেটওয়ার্ক পুরো "
        "ব্যাচটি ফিরিয়ে দিয়েছে। সকাল ১০টার মধ্যে ক্রমানুসারে সব উত্তোলন যাবে; নতুন করে কিছু "
        "করতে হবে না।\n\nপরের আপডেট সকাল ৮টা ৩০-এ এই পাতায়। সাহায্য: অ্যাপে চ্যাট।",
        False,
    ),
]


# Round 28, precision: a count of our own people short ("we're four nurses short"), a fault
# our own checks did not catch ("আমাদের নজরদারিতে চোখে পড়েনি") own it; a free replacement by
# a date ("বিনা খরচে … তারিখের মধ্যে") is the next step in an X post. Each with its miss.
ROUND_28_PRECISION_OWNERSHIP_NEXT_STEP = [
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Riverside Clinic: sorry - we're four nurses short this morning, so walk-in waits are "
        "about 2 hours. Booked visits go ahead. Next text 12pm. Help: 555-0199",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Riverside Clinic: sorry - walk-in waits are about 2 hours this morning. Booked visits "
        "go ahead. Next text 12pm. Help: 555-0199",
        True,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "আমাদের দুটি পেট্রোল পাম্পে (সাভার, আশুলিয়া) মিটারে কারসাজি ছিল, যা আমাদের "
        "নজরদারিতে চোখে পড়েনি। ৩-৯ ডিসেম্বর যাঁরা তেল নিয়েছেন, রসিদ দেখালে বাড়তি টাকা ফেরত "
        "১৫ ডিসেম্বরের মধ্যে। দুঃখিত। সাহায্য: ১৬৫৫৫",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "দুটি পেট্রোল পাম্পে (সাভার, আশুলিয়া) মিটারে কারসাজি ধরা পড়েছে। ৩-৯ ডিসেম্বর যাঁরা তেল "
        "নিয়েছেন, রসিদ দেখালে বাড়তি টাকা ফেরত ১৫ ডিসেম্বরের মধ্যে। দুঃখিত। সাহায্য: ১৬৫৫৫",
        True,
    ),
    (
        "next_update_missing",
        "bn",
        "x",
        IDENT,
        "আমাদের ভুলে ৩৪০টি ক্রেডিট কার্ডের পিন খামে ভুল ঠিকানায় গেছে; কার্ডগুলো বন্ধ করেছি। "
        "আমরা দুঃখিত। নতুন কার্ড বিনা চার্জে ১২ ডিসেম্বরের মধ্যে। প্রশ্ন: ১৬২৩৪",
        False,
    ),
    (
        "next_update_missing",
        "bn",
        "x",
        IDENT,
        "আমাদের ভুলে ৩৪০টি ক্রেডিট কার্ডের পিন খামে ভুল ঠিকানায় গেছে; কার্ডগুলো বন্ধ করেছি। "
        "আমরা দুঃখিত। নতুন কার্ডের খবর পরে জানানো হবে। প্রশ্ন: ১৬২৩৪",
        True,
    ),
    (
        "next_update_missing",
        "en",
        "x",
        IDENT,
        "Our mistake: 340 card PINs went to old addresses, so we've blocked those cards. "
        "Sorry. New cards free of charge by 12 Dec. Questions: 0300 555 0111",
        False,
    ),
    (
        "next_update_missing",
        "en",
        "x",
        IDENT,
        "Our mistake: 340 card PINs went to old addresses, so we've blocked those cards. "
        "Sorry. More on new cards later. Questions: 0300 555 0111",
        True,
    ),
]


# Round 30: an apology singled out for the worst hit ("sorry for it, particularly to those of
# you who …"), an option offered ("a refund if you choose not to travel"), a promise declined
# ("we cannot promise 'never again'"), a cause others supposed and the statement denies, and
# "beyond our control" with an intensifier inside.
ROUND_30_APOLOGY_BLAME_PROMISE: list[tuple[str, str, str, Stage, str, bool]] = [
    (
        "non_apology",
        "en",
        "x",
        FOLLOW,
        "Our 3 March outage was our fault: 61,000 accounts couldn't sign in for 2h45. Sorry for "
        "it, especially to anyone who missed a payment. Credit applied; report 5 May: help.example.com",
        False,
    ),
    (
        "non_apology",
        "en",
        "x",
        FOLLOW,
        "Our 3 March outage was our fault: 61,000 accounts couldn't sign in for 2h45. Sorry to "
        "anyone who may have been affected. Credit applied; report 5 May: help.example.com",
        True,
    ),
    (
        "non_apology",
        "bn",
        "x",
        FOLLOW,
        "৩ মার্চের বিভ্রাট আমাদের ভুলে: ৬১,০০০ অ্যাকাউন্ট পৌনে ৩ ঘণ্টা লগইন করতে পারেনি। এর জন্য আমরা দুঃখিত, বিশেষ করে যাঁরা সময়মতো পেমেন্ট করতে পারেননি তাঁদের কাছে। ক্রেডিট দেওয়া হয়েছে; প্রতিবেদন ৫ মে: help.example.com",
        False,
    ),
    (
        "non_apology",
        "bn",
        "x",
        FOLLOW,
        "৩ মার্চের বিভ্রাট আমাদের ভুলে: ৬১,০০০ অ্যাকাউন্ট পৌনে ৩ ঘণ্টা লগইন করতে পারেনি। কারও কোনো অসুবিধা হয়ে থাকলে আমরা দুঃখিত। ক্রেডিট দেওয়া হয়েছে; প্রতিবেদন ৫ মে: help.example.com",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        MON,
        "Subject: Your cancelled crossing\n\nOur ship was out of service from 12 to 18 July "
        "because a pump we chose not to replace in May wore out; that decision was ours. About "
        "9,800 passengers on 29 sailings were affected, and we are very sorry.\n\nThe new pump "
        "was fitted on 15 July. You can have a full refund if you choose not to travel, or "
        "rebook free at ferries.example.com/rebook. Compensation of 50% of your fare will be "
        "paid by 31 July.\n\nWe will email you by 12:00 on 19 July. Call 01482 555 760 with any "
        "questions.",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        MON,
        "Our pump failure cancelled 29 sailings (9,800 passengers) 12-18 July; sorry, the delayed "
        "service was our call. Full refund if passengers choose not to travel: ferries.example.com. "
        "Next update 19 July 12:00",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        MON,
        "Subject: Your cancelled crossing\n\nOur ship was out of service from 12 to 18 July "
        "because a pump wore out. About 9,800 passengers on 29 sailings were affected, and we are "
        "very sorry. Some of you chose not to read our emails and turned up anyway.\n\nRebook free "
        "at ferries.example.com/rebook. Compensation of 50% of your fare will be paid by 31 July."
        "\n\nWe will email you by 12:00 on 19 July. Call 01482 555 760 with any questions.",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        MON,
        "বিষয়: আপনার বাতিল হওয়া যাত্রা\n\n১২ থেকে ১৮ জুলাই আমাদের জাহাজ বন্ধ ছিল, কারণ মে মাসে যে পাম্প বদলানোর কথা ছিল, আমরা তা পিছিয়ে দিয়েছিলাম; সিদ্ধান্তটা আমাদের ভুল ছিল। ২৯টি যাত্রার প্রায় ৯,৮০০ যাত্রী ক্ষতিগ্রস্ত হয়েছেন; আমরা আন্তরিকভাবে দুঃখিত।\n\n১৫ জুলাই নতুন পাম্প বসানো হয়েছে। আপনি যদি যাত্রা না করতে চান, পুরো ভাড়া ফেরত পাবেন, অথবা ferries.example.com/rebook-এ বিনা খরচে নতুন তারিখ নিন। বাতিল যাত্রার ভাড়ার ৫০% ক্ষতিপূরণ ৩১ জুলাইয়ের মধ্যে দেওয়া হবে।\n\n১৯ জুলাই দুপুর ১২টার মধ্যে আবার ইমেইল করব। প্রশ্ন থাকলে: ০১৪৮২ ৫৫৫ ৭৬০।",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        MON,
        "বিষয়: আপনার বাতিল হওয়া যাত্রা\n\n১২ থেকে ১৮ জুলাই আমাদের জাহাজ বন্ধ ছিল, কারণ একটি পাম্প নষ্ট হয়ে যায়। ২৯টি যাত্রার প্রায় ৯,৮০০ যাত্রী ক্ষতিগ্রস্ত হয়েছেন; আমরা আন্তরিকভাবে দুঃখিত। অনেক যাত্রী আমাদের ইমেইল না পড়ায় ঘাটে চলে এসেছিলেন।\n\n১৫ জুলাই নতুন পাম্প বসানো হয়েছে। ferries.example.com/rebook-এ বিনা খরচে নতুন তারিখ নিন। বাতিল যাত্রার ভাড়ার ৫০% ক্ষতিপূরণ ৩১ জুলাইয়ের মধ্যে দেওয়া হবে।\n\n১৯ জুলাই দুপুর ১২টার মধ্যে আবার ইমেইল করব। প্রশ্ন থাকলে: ০১৪৮২ ৫৫৫ ৭৬০।",
        True,
    ),
    (
        "over_promising",
        "en",
        "x",
        MON,
        "Our crew cut the cable: 62,000 homes lost power 16:10-01:25. Sorry. We cannot promise "
        '"it will never happen again", but digging now needs a signed map check. Next update '
        "18:00. Help: 033 4455",
        False,
    ),
    (
        "over_promising",
        "en",
        "x",
        MON,
        "Our crew cut the cable: 62,000 homes lost power 16:10-01:25. Sorry. \u201cIt will never "
        "happen again\u201d is not something we can promise. Next update 18:00. Help: 033 4455",
        False,
    ),
    (
        "over_promising",
        "en",
        "x",
        MON,
        "Our crew cut the cable: 62,000 homes lost power 16:10-01:25. Sorry. It will never "
        "happen again: digging now needs a signed map check. Next update 18:00. Help: 033 4455",
        True,
    ),
    (
        "over_promising",
        "bn",
        "x",
        MON,
        'আমাদের দল তার কেটে ফেলায় ৬২,০০০ বাড়িতে বিকেল ৪টা থেকে বিদ্যুৎ নেই। দুঃখিত। "আর কখনো হবে না" — এমন কথা আমরা দিতে পারি না। পরের খবর রাত ৮টায়। সাহায্য: ১৬১১৬',
        False,
    ),
    (
        "over_promising",
        "bn",
        "x",
        MON,
        "আমাদের দল তার কেটে ফেলায় ৬২,০০০ বাড়িতে বিকেল ৪টা থেকে বিদ্যুৎ নেই। দুঃখিত। এমন ঘটনা আর কখনো হবে না। পরের খবর রাত ৮টায়। সাহায্য: ১৬১১৬",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        MON,
        "Our crew cut the cable: 62,000 homes lost power 16:10-01:25. Sorry. Many assumed the "
        "rain caused it; it did not. Next update 18:00. Help: 033 4455",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        MON,
        "Our crew cut the cable: 62,000 homes lost power 16:10-01:25. Sorry. Many of you assumed "
        "the storm caused it. It did not. Next update 18:00. Help: 033 4455",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        MON,
        "62,000 homes lost power 16:10-01:25. Sorry. Many of you assumed the storm caused it, "
        "and you were right: the rain caused it. Next update 18:00. Help: 033 4455",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        MON,
        "আমাদের দল তার কেটে ফেলায় ৬২,০০০ বাড়িতে বিকেল ৪টা থেকে বিদ্যুৎ নেই। দুঃখিত। অনেকে ভেবেছেন ঝড়ের কারণে বিদ্যুৎ গেছে; আসলে তা নয়। পরের খবর রাত ৮টায়। সাহায্য: ১৬১১৬",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        MON,
        "আমাদের দল তার কেটে ফেলায় ৬২,০০০ বাড়িতে বিকেল ৪টা থেকে বিদ্যুৎ নেই। দুঃখিত। অনেকে ভেবেছেন ঝড়ের কারণে বিদ্যুৎ গেছে; কথাটা সত্যি। পরের খবর রাত ৮টায়। সাহায্য: ১৬১১৬",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        INV,
        "রানওয়ে বন্ধ থাকায় আজ ১৪টি ফ্লাইট দেরিতে ছাড়ছে; এটা আমাদের নিয়ন্ত্রণের সম্পূর্ণ বাইরে। পরের খবর সন্ধ্যা ৬টায়। সাহায্য: ১৩৬০০",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        INV,
        "রানওয়ে বন্ধ থাকায় আজ ১৪টি ফ্লাইট দেরিতে ছাড়ছে। যাত্রীদের কষ্টের দায় আমাদের, আমরা ক্ষমা চাইছি; হোটেল ও খাবারের খরচ সম্পূর্ণ আমাদের। পরের খবর সন্ধ্যা ৬টায়। সাহায্য: ১৩৬০০",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        INV,
        "A runway closure has delayed 14 flights today; this is entirely outside our control. "
        "Next update 18:00. Help: 0800 136 000",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        INV,
        "The runway closure has delayed 14 flights today. Looking after you is our job: we are "
        "sorry, and hotel and meals are on us. Next update 18:00. Help: 0800 136 000",
        False,
    ),
]


# Round 30: "we have identified the cause" says the cause is known, not what it is.
ROUND_30_ANNOUNCED_CAUSE: list[tuple[str, str, str, Stage, str, bool]] = [
    (
        "root_cause_missing",
        "en",
        "status_page",
        IDENT,
        "Identified - File sync failing\nSince 02:15 UTC, files saved in about 23,400 workspaces "
        "have not synced. This is our failure and we are sorry: teams have been working from old "
        "versions. We have identified the cause of the sync failures. Our engineers are applying "
        "a fix now, and we expect sync to recover by 07:00 UTC. A 10% credit will be applied to "
        "every affected workspace's February invoice. Next update: 07:00 UTC here. Help: "
        "support@huddle.example.com",
        True,
    ),
    (
        "root_cause_missing",
        "en",
        "status_page",
        IDENT,
        "Identified - File sync failing\nSince 02:15 UTC, files saved in about 23,400 workspaces "
        "have not synced. This is our failure and we are sorry: teams have been working from old "
        "versions. We have identified the cause of the sync failures: a storage setting we "
        "changed at 02:10 UTC filled one of our disks. Our engineers are applying a fix now, and "
        "we expect sync to recover by 07:00 UTC. A 10% credit will be applied to every affected "
        "workspace's February invoice. Next update: 07:00 UTC here. Help: "
        "support@huddle.example.com",
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        IDENT,
        "চিহ্নিত — ফাইল সিঙ্ক কাজ করছে না\nরাত ২টা ১৫ থেকে প্রায় ২৩,৪০০ ওয়ার্কস্পেসে সংরক্ষিত ফাইল সিঙ্ক হচ্ছে না। এটা আমাদের ব্যর্থতা, আমরা দুঃখিত: অনেক দল পুরোনো সংস্করণে কাজ করছে। সমস্যার কারণ আমরা খুঁজে পেয়েছি। আমাদের প্রকৌশলীরা এখন সমাধান বসাচ্ছেন; সকাল ৭টার মধ্যে সিঙ্ক চালু হবে বলে আশা করছি। ক্ষতিগ্রস্ত প্রতিটি ওয়ার্কস্পেস ফেব্রুয়ারির বিলে ১০% ক্রেডিট পাবে। পরবর্তী আপডেট সকাল ৭টায়, এই পাতায়। সাহায্য: support@huddle.example.com",
        True,
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        IDENT,
        "চিহ্নিত — ফাইল সিঙ্ক কাজ করছে না\nরাত ২টা ১৫ থেকে প্রায় ২৩,৪০০ ওয়ার্কস্পেসে সংরক্ষিত ফাইল সিঙ্ক হচ্ছে না। এটা আমাদের ব্যর্থতা, আমরা দুঃখিত: অনেক দল পুরোনো সংস্করণে কাজ করছে। সমস্যার কারণ আমরা খুঁজে পেয়েছি: রাত ২টা ১০-এ আমাদের করা একটি স্টোরেজ সেটিং বদলের ফলে একটি ডিস্ক ভরে যায়। আমাদের প্রকৌশলীরা এখন সমাধান বসাচ্ছেন; সকাল ৭টার মধ্যে সিঙ্ক চালু হবে বলে আশা করছি। ক্ষতিগ্রস্ত প্রতিটি ওয়ার্কস্পেস ফেব্রুয়ারির বিলে ১০% ক্রেডিট পাবে। পরবর্তী আপডেট সকাল ৭টায়, এই পাতায়। সাহায্য: support@huddle.example.com",
        False,
    ),
]


# Round 30: "Cause: our own billing job ran twice" owns it; "our own team has checked" does not.
ROUND_30_OUR_OWN: list[tuple[str, str, str, Stage, str, bool]] = [
    (
        "ownership_missing",
        "en",
        "x",
        FOLLOW,
        "Follow-up on our 4 Feb double charges: all 6,214 refunds landed by 9 Feb, plus a \u00a35 "
        "credit. Cause: our own billing job ran twice. Sorry for taking your money twice. "
        "Report: https://s.example.com/r Help: 0161 496 0800",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        FOLLOW,
        "Follow-up on the 4 Feb double charges: all 6,214 refunds landed by 9 Feb, plus a \u00a35 "
        "credit. Cause: a billing job ran twice. Our own team has checked every account. Sorry. "
        "Help: 0161 496 0800",
        True,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        FOLLOW,
        "৪ ফেব্রুয়ারির দুবার টাকা কাটার ৬,২১৪টি রিফান্ড ৯ ফেব্রুয়ারির মধ্যে পৌঁছেছে, সঙ্গে ৫০ টাকা ক্রেডিট। কারণ: আমাদের নিজস্ব বিলিং প্রোগ্রাম দুবার চলেছিল। দুবার টাকা কাটার জন্য দুঃখিত। প্রতিবেদন: s.example.com/r সাহায্য: ১৬২৩৪",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        FOLLOW,
        "৪ ফেব্রুয়ারির দুবার টাকা কাটার ৬,২১৪টি রিফান্ড ৯ ফেব্রুয়ারির মধ্যে পৌঁছেছে, সঙ্গে ৫০ টাকা ক্রেডিট। কারণ: একটি বিলিং প্রোগ্রাম দুবার চলেছিল। আমাদের নিজস্ব দল প্রতিটি অ্যাকাউন্ট যাচাই করেছে। দুঃখিত। সাহায্য: ১৬২৩৪",
        True,
    ),
]


# Round 31: what is only looked into, asked of the reader or owed them is no remediation
# ("Our teams are working on it.", "দয়া করে ধৈর্য ধরুন", "you should decide who sees them",
# "we took that choice away from you"); a next step joined to the last ("… and will email
# each of you"), or "from now on" ("এখন থেকে"), is.
ROUND_31_REMEDIATION: list[tuple[str, str, str, Stage, str, bool]] = [
    (
        "remediation_missing",
        "en",
        "status_page",
        IDENT,
        "Identified - outgoing payments delayed\nSince 10:05, payments you send from Harbour & "
        "Vale accounts have not left the bank; about 84,000 are waiting. This is our problem and "
        "we're sorry. A setting we changed at 10:00 stopped our payment queue. Our teams are "
        "working on it. If a late payment costs you a fee, we'll refund it. Next update at 13:00 "
        "BST. Help: 0345 600 2714",
        True,
    ),
    (
        "remediation_missing",
        "en",
        "status_page",
        IDENT,
        "Identified - outgoing payments delayed\nSince 10:05, payments you send from Harbour & "
        "Vale accounts have not left the bank; about 84,000 are waiting. This is our problem and "
        "we're sorry. A setting we changed at 10:00 stopped our payment queue. At 11:20 we "
        "reverted the setting, and the waiting payments are leaving in the order you made them. "
        "If a late payment costs you a fee, we'll refund it. Next update at 13:00 BST. Help: "
        "0345 600 2714",
        False,
    ),
    (
        "remediation_missing",
        "en",
        "email",
        IDENT,
        "Dear Mr Haddad,\nOn 11 March our pathology team emailed 412 patients a list of 37 "
        "patients' blood test results, yours among them. I am very sorry. Medical results are "
        "private, and you should decide who sees yours. We took that choice away from you. A "
        "member of staff picked the wrong address, and our email system did not stop it.\nWe "
        "are looking into this.\nI will write to you again by 25 March. Call 0300 555 0160 with "
        "any question.\nDr Helen Okafor",
        True,
    ),
    (
        "remediation_missing",
        "en",
        "email",
        IDENT,
        "Dear Mr Haddad,\nOn 11 March our pathology team emailed 412 patients a list of 37 "
        "patients' blood test results, yours among them. I am very sorry. Medical results are "
        "private, and you should decide who sees yours. We took that choice away from you. A "
        "member of staff picked the wrong address, and our email system did not stop it.\nWe "
        "have asked all 412 patients to delete the email and will email each of you who was on "
        "the list with their replies.\nI will write to you again by 25 March. Call 0300 555 "
        "0160 with any question.\nDr Helen Okafor",
        False,
    ),
    (
        "remediation_missing",
        "bn",
        "email",
        INV,
        "প্রিয় গ্রাহক,\nশীত উৎসবের প্রায় ৪৮,০০০ অর্ডারের মধ্যে ১৯,৫০০টি এখনো পৌঁছায়নি; আপনার অর্ডারটিও তার একটি। দেরিটা আমাদের দায়, আর শীতের কাপড় সময়মতো না পাওয়ার ভোগান্তির জন্য আমরা দুঃখিত। কেন হাবে পণ্য জমে আছে, তা এখনো জানি না।\nআমরা বিষয়টি গুরুত্বের সঙ্গে খতিয়ে দেখছি এবং কুরিয়ারের সঙ্গে নিয়মিত যোগাযোগ রাখছি। দয়া করে ধৈর্য ধরুন।\nআপনার অর্ডারের ডেলিভারি চার্জ ফেরত দেওয়া হবে; পণ্য পৌঁছানোর ৩ দিনের মধ্যে টাকাটা ওয়ালেটে জমা হবে।\nপরবর্তী তথ্য ৮ ডিসেম্বর দুপুর ১২টার মধ্যে ই-মেইলে জানানো হবে। প্রশ্নে: ০৯৬১০-৪২৮২২৭",
        True,
    ),
    (
        "remediation_missing",
        "bn",
        "email",
        INV,
        "প্রিয় গ্রাহক,\nশীত উৎসবের প্রায় ৪৮,০০০ অর্ডারের মধ্যে ১৯,৫০০টি এখনো পৌঁছায়নি; আপনার অর্ডারটিও তার একটি। দেরিটা আমাদের দায়, আর শীতের কাপড় সময়মতো না পাওয়ার ভোগান্তির জন্য আমরা দুঃখিত। কেন হাবে পণ্য জমে আছে, তা এখনো জানি না।\nএখন থেকে নতুন অর্ডার অন্য একটি কুরিয়ারে যাচ্ছে, আর আটকে থাকা অর্ডারগুলো আমরা নিজেদের গাড়িতে পৌঁছে দিচ্ছি।\nআপনার অর্ডারের ডেলিভারি চার্জ ফেরত দেওয়া হবে; পণ্য পৌঁছানোর ৩ দিনের মধ্যে টাকাটা ওয়ালেটে জমা হবে।\nপরবর্তী তথ্য ৮ ডিসেম্বর দুপুর ১২টার মধ্যে ই-মেইলে জানানো হবে। প্রশ্নে: ০৯৬১০-৪২৮২২৭",
        False,
    ),
    (
        "remediation_missing",
        "bn",
        "status_page",
        IDENT,
        "সংযোগ টেলিকম — সেবা বিজ্ঞপ্তি\n৩ ডিসেম্বর থেকে অটো-রিনিউ করা প্রায় ২৬,০০০ গ্রাহকের ইন্টারনেট প্যাকে ৳১০–৳২০ বেশি কেটেছে। ভুলটা আমাদের চার্জিং ব্যবস্থার; এ জন্য আমরা দুঃখিত। ৩ ডিসেম্বর আমাদের বসানো নতুন দামের তালিকায় পুরোনো ভ্যাট দুবার যোগ হয়েছিল।\nআমাদের সংশ্লিষ্ট বিভাগ বিষয়টি খতিয়ে দেখছে। দয়া করে ধৈর্য রাখুন।\nপরবর্তী হালনাগাদ ৭ ডিসেম্বর সকাল ১০টায়। প্রশ্ন: ৩১১",
        True,
    ),
    (
        "remediation_missing",
        "bn",
        "status_page",
        IDENT,
        "সংযোগ টেলিকম — সেবা বিজ্ঞপ্তি\n৩ ডিসেম্বর থেকে অটো-রিনিউ করা প্রায় ২৬,০০০ গ্রাহকের ইন্টারনেট প্যাকে ৳১০–৳২০ বেশি কেটেছে। ভুলটা আমাদের চার্জিং ব্যবস্থার; এ জন্য আমরা দুঃখিত। ৩ ডিসেম্বর আমাদের বসানো নতুন দামের তালিকায় পুরোনো ভ্যাট দুবার যোগ হয়েছিল।\nআমাদের সংশ্লিষ্ট বিভাগ বিষয়টি খতিয়ে দেখছে; ততক্ষণ অটো-রিনিউ বন্ধ রাখা হয়েছে, প্যাক আপনি নিজে কিনতে পারবেন।\nপরবর্তী হালনাগাদ ৭ ডিসেম্বর সকাল ১০টায়। প্রশ্ন: ৩১১",
        False,
    ),
]


# Round 31: a kind of problem is no cause ("a configuration issue", "a security vulnerability
# in our platform", "পরিচালনাগত কারণে", "একটি নিরাপত্তা দুর্বলতার কারণে"); a heading ("Why it
# happened", "কারণ") gives none of its own; a cause ruled out ("not caused by the weather",
# "আবহাওয়ার কারণে এগুলো হয়নি") neither gives a cause nor blames anyone.
ROUND_31_CAUSE_LABEL: list[tuple[str, str, str, Stage, str, bool]] = [
    (
        "root_cause_missing",
        "en",
        "status_page",
        IDENT,
        "Identified - outgoing payments delayed\nSince 10:05, about 84,000 payments from Harbour "
        "& Vale accounts have not left the bank. This is our problem and we're sorry.\nCause\nThe "
        "cause has been identified as a configuration issue.\nAt 11:20 we reverted the change "
        "and payments are leaving again. Next update at 13:00 BST. Help: 0345 600 2714",
        True,
    ),
    (
        "root_cause_missing",
        "en",
        "status_page",
        IDENT,
        "Identified - outgoing payments delayed\nSince 10:05, about 84,000 payments from Harbour "
        "& Vale accounts have not left the bank. This is our problem and we're sorry.\nCause\nThe "
        "cause has been identified as a configuration issue: a timeout we shortened at 09:50 "
        "made our payment system reject every batch.\nAt 11:20 we reverted the change and "
        "payments are leaving again. Next update at 13:00 BST. Help: 0345 600 2714",
        False,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        FOLLOW,
        "Dear patient,\nBetween 2 and 13 September, 3,800 prescriptions we deliver arrived one to "
        "four days late. We let you down, and we're sorry.\nWhy it happened\nThe delays were the "
        "result of operational challenges at our pharmacy hub.\nWhat we did\n- From 9 September "
        "we brought in 14 pharmacists to clear the backlog.\nWe will refund the \u00a33.95 "
        "delivery charge on every late order by 30 September. Our Chief Pharmacist will publish "
        "a full report on 31 October. Questions: 0300 555 0175",
        True,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        FOLLOW,
        "Dear patient,\nBetween 2 and 13 September, 3,800 prescriptions we deliver arrived one to "
        "four days late. We let you down, and we're sorry.\nWhy it happened\nThe delays were the "
        "result of operational challenges at our pharmacy hub: we moved packing to a new "
        "sorting machine on 1 September before our staff were trained on it.\nWhat we did\n- "
        "From 9 September we brought in 14 pharmacists to clear the backlog.\nWe will refund the "
        "\u00a33.95 delivery charge on every late order by 30 September. Our Chief Pharmacist "
        "will publish a full report on 31 October. Questions: 0300 555 0175",
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        IDENT,
        "ঘরেবসে ডটকম — হালনাগাদ ২\n২ থেকে ৪ ডিসেম্বরের মধ্যে একটি বাইরের পক্ষ আমাদের সিস্টেম থেকে ৩ লাখ ১২ হাজার গ্রাহকের নাম ও ঠিকানা নিয়ে গেছে। আপনার তথ্য রক্ষা করা আমাদের দায়িত্ব ছিল, আমরা তা পারিনি; এ জন্য আমরা ক্ষমা চাইছি।\nকারণ\nঘটনাটি আমাদের প্ল্যাটফর্মের একটি নিরাপত্তা দুর্বলতার কারণে ঘটেছে, যা এখন শনাক্ত করা হয়েছে।\nসব সেশন বাতিল করা হয়েছে; অ্যাপে আবার লগইন করে নতুন পাসওয়ার্ড দিন। পরের হালনাগাদ: ৬ ডিসেম্বর বিকেল ৪টায়। সাহায্য: হটলাইন ১৬৭৮৯",
        True,
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        IDENT,
        "ঘরেবসে ডটকম — হালনাগাদ ২\n২ থেকে ৪ ডিসেম্বরের মধ্যে একটি বাইরের পক্ষ আমাদের সিস্টেম থেকে ৩ লাখ ১২ হাজার গ্রাহকের নাম ও ঠিকানা নিয়ে গেছে। আপনার তথ্য রক্ষা করা আমাদের দায়িত্ব ছিল, আমরা তা পারিনি; এ জন্য আমরা ক্ষমা চাইছি।\nকারণ\nঘটনাটি আমাদের প্ল্যাটফর্মের একটি নিরাপত্তা দুর্বলতার কারণে ঘটেছে: অর্ডারের ইতিহাস দেখানোর পাতাটি পাসওয়ার্ড ছাড়াই খোলা যেত।\nসব সেশন বাতিল করা হয়েছে; অ্যাপে আবার লগইন করে নতুন পাসওয়ার্ড দিন। পরের হালনাগাদ: ৬ ডিসেম্বর বিকেল ৪টায়। সাহায্য: হটলাইন ১৬৭৮৯",
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        FOLLOW,
        "আকাশবীণা এয়ারলাইন্স — ঘটনা-পরবর্তী পর্যালোচনা\n২০ থেকে ২২ নভেম্বর আমরা মোট ৩১টি ফ্লাইট বাতিল করেছি; ৪,১৮০ জন যাত্রীর যাত্রা বাতিল হয়েছে। এই বাতিলের দায় আমাদের; আবহাওয়া বা বিমানবন্দরের কোনো সমস্যার কারণে এগুলো হয়নি। এর জন্য আমরা দুঃখিত।\nকারণ\nফ্লাইটগুলো পরিচালনাগত কারণে বাতিল করতে হয়েছিল।\n- প্রত্যেক যাত্রীকে ৳১,৫০০ ভাউচার পাঠানো হয়েছে।\nএটিই শেষ পর্যালোচনা; ১০ ডিসেম্বর এই পাতায় একটি ছোট নোট যোগ করা হবে। যোগাযোগ: ১৩৬৩৬",
        True,
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        FOLLOW,
        "আকাশবীণা এয়ারলাইন্স — ঘটনা-পরবর্তী পর্যালোচনা\n২০ থেকে ২২ নভেম্বর আমরা মোট ৩১টি ফ্লাইট বাতিল করেছি; ৪,১৮০ জন যাত্রীর যাত্রা বাতিল হয়েছে। এই বাতিলের দায় আমাদের; আবহাওয়া বা বিমানবন্দরের কোনো সমস্যার কারণে এগুলো হয়নি। এর জন্য আমরা দুঃখিত।\nকারণ\nফ্লাইটগুলো পরিচালনাগত কারণে বাতিল করতে হয়েছিল: আমাদের দুটি উড়োজাহাজের ইঞ্জিন পরীক্ষা একই সপ্তাহে ফেলা হয়েছিল, বদলি উড়োজাহাজ ছিল না।\n- প্রত্যেক যাত্রীকে ৳১,৫০০ ভাউচার পাঠানো হয়েছে।\nএটিই শেষ পর্যালোচনা; ১০ ডিসেম্বর এই পাতায় একটি ছোট নোট যোগ করা হবে। যোগাযোগ: ১৩৬৩৬",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "status_page",
        FOLLOW,
        "আকাশবীণা এয়ারলাইন্স — ঘটনা-পরবর্তী পর্যালোচনা\n২০ থেকে ২২ নভেম্বর মোট ৩১টি ফ্লাইট বাতিল হয়েছে; ৪,১৮০ জন যাত্রীর যাত্রা বাতিল হয়েছে। আবহাওয়া ও বিমানবন্দরের সমস্যার কারণে এগুলো হয়েছে। এর জন্য আমরা দুঃখিত।\nযোগাযোগ: ১৩৬৩৬",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "status_page",
        FOLLOW,
        "আকাশবীণা এয়ারলাইন্স — ঘটনা-পরবর্তী পর্যালোচনা\n২০ থেকে ২২ নভেম্বর মোট ৩১টি ফ্লাইট বাতিল হয়েছে; ৪,১৮০ জন যাত্রীর যাত্রা বাতিল হয়েছে। আবহাওয়া বা বিমানবন্দরের কোনো সমস্যার কারণে এগুলো হয়নি। এর জন্য আমরা দুঃখিত।\nযোগাযোগ: ১৩৬৩৬",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "status_page",
        FOLLOW,
        "Skyline Air - review of the 20-22 November cancellations\nWe cancelled 31 flights and "
        "4,180 passengers could not travel as booked. The cancellations were caused by the "
        "weather and by problems at the airport. We are sorry.\nHelp: 0161 496 0700",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "status_page",
        FOLLOW,
        "Skyline Air - review of the 20-22 November cancellations\nWe cancelled 31 flights and "
        "4,180 passengers could not travel as booked. The cancellations were not caused by the "
        "weather or by problems at the airport. We are sorry.\nHelp: 0161 496 0700",
        False,
    ),
]


# Round 31: blame after owning ("sorry; but most cases were caused by cheap chargers",
# "দুঃখিত; তবে বেশির ভাগ ঘটনা সস্তা চার্জারের ফলে"), an authority as the one that delays
# ("Air traffic control restrictions are delaying our flights") and another party's staff
# shortage ("তাদের লোকবল সংকটের কারণে") shift the blame; our own cause after "but" does not.
ROUND_31_YES_BUT_BLAME: list[tuple[str, str, str, Stage, str, bool]] = [
    (
        "blame_shifting",
        "en",
        "x",
        FOLLOW,
        "Haatbazar: Shakti power bank recall runs to 15/12; 7,900 of 12,400 are back. That's on "
        "us, sorry; but most cases were caused by cheap chargers. Help: hb.example.com/r",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        FOLLOW,
        "Haatbazar: Shakti power bank recall runs to 15/12; 7,900 of 12,400 are back. That's on "
        "us, sorry; but most cases were caused by our own charging circuit. Help: hb.example.com/r",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        INV,
        "Air traffic control restrictions over France are delaying Northwind flights from "
        "Bristol by up to 3 hours; about 2,100 passengers affected. Sorry for the wait. Status: "
        "northwindair.example.com/status Next update 09:30.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        INV,
        "Northwind flights from Bristol are up to 3 hours late; about 2,100 passengers affected. "
        "We rostered too few crews for a busy morning: our mistake, sorry. Status: "
        "northwindair.example.com/status Next update 09:30.",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        FOLLOW,
        "হাটবাজার: 'শক্তি' পাওয়ার ব্যাংক ফেরত 15/12 পর্যন্ত। 12,400-র 7,900টি ফেরত এসেছে। দায় আমাদের, দুঃখিত; তবে বেশির ভাগ ঘটনা সস্তা চার্জারের ফলে। সাহায্য: hb.example.com/r",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        FOLLOW,
        "হাটবাজার: 'শক্তি' পাওয়ার ব্যাংক ফেরত 15/12 পর্যন্ত। 12,400-র 7,900টি ফেরত এসেছে। দায় আমাদের, দুঃখিত; তবে বেশির ভাগ ঘটনা আমাদের চার্জিং সার্কিটের ত্রুটির ফলে। সাহায্য: hb.example.com/r",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        "সম্মানিত যাত্রী,\n৩ ডিসেম্বরের SA-312 ফ্লাইটে ১৮৭ জন যাত্রীর ২১৯টি ব্যাগ তোলা সম্ভব হয়নি। গ্রাউন্ড হ্যান্ডলিং সংস্থার বেল্ট থেমে যাওয়া এবং তাদের লোকবল সংকটের কারণে ব্যাগগুলো সময়মতো পৌঁছায়নি। ব্যাগ ছাড়া বিদেশে পৌঁছানোর এই ভোগান্তির জন্য আমরা দুঃখিত।\nসব ব্যাগ ৭ ডিসেম্বরের মধ্যে বিনা খরচে আপনার ঠিকানায় পৌঁছে দেওয়া হবে। পরবর্তী হালনাগাদ ৬ ডিসেম্বর বিকেল ৫টায়। যোগাযোগ: baggage@shapla.example.com",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        "সম্মানিত যাত্রী,\n৩ ডিসেম্বরের SA-312 ফ্লাইটে ১৮৭ জন যাত্রীর ২১৯টি ব্যাগ তোলা সম্ভব হয়নি। আমাদের লোকবল সংকটের কারণে ব্যাগগুলো সময়মতো পৌঁছায়নি; এটা আমাদের ভুল। ব্যাগ ছাড়া বিদেশে পৌঁছানোর এই ভোগান্তির জন্য আমরা দুঃখিত।\nসব ব্যাগ ৭ ডিসেম্বরের মধ্যে বিনা খরচে আপনার ঠিকানায় পৌঁছে দেওয়া হবে। পরবর্তী হালনাগাদ ৬ ডিসেম্বর বিকেল ৫টায়। যোগাযোগ: baggage@shapla.example.com",
        False,
    ),
]


# Round 31: "sorry, to those families most of all" names the people hurt; "sorry to those
# who may have been affected" stays a non-apology (and the same in Bengali).
ROUND_31_APOLOGY_NAMED: list[tuple[str, str, str, Stage, str, bool]] = [
    (
        "non_apology",
        "en",
        "x",
        FOLLOW,
        "Pip & Pebble: 9,100 of 14,200 Nook chairs are now fixed or refunded. A bolt we changed "
        "can work loose. We are sorry to those who may have been affected. Repair or refund: "
        "pipandpebble.example.com/nook",
        True,
    ),
    (
        "non_apology",
        "en",
        "x",
        FOLLOW,
        "Pip & Pebble: 9,100 of 14,200 Nook chairs are now fixed or refunded. A bolt we changed "
        "can work loose. I am so sorry, to those families most of all. Repair or refund: "
        "pipandpebble.example.com/nook",
        False,
    ),
    (
        "non_apology",
        "bn",
        "x",
        FOLLOW,
        "পিপ অ্যান্ড পেবল: ১৪,২০০টি চেয়ারের ৯,১০০টি সারানো বা ফেরত হয়েছে। আমাদের বদলানো একটি বোল্ট ঢিলে হতে পারে। কেউ ক্ষতিগ্রস্ত হয়ে থাকলে আমরা দুঃখিত। সাহায্য: pipandpebble.example.com/nook",
        True,
    ),
    (
        "non_apology",
        "bn",
        "x",
        FOLLOW,
        "পিপ অ্যান্ড পেবল: ১৪,২০০টি চেয়ারের ৯,১০০টি সারানো বা ফেরত হয়েছে। আমাদের বদলানো একটি বোল্ট ঢিলে হতে পারে। আমি সত্যিই দুঃখিত, সবচেয়ে বেশি সেই পরিবারগুলোর কাছে। সাহায্য: pipandpebble.example.com/nook",
        False,
    ),
]


# Round 34: a "what we've done" part that only looks into it (an inquiry begun, a forensics
# firm brought in, logs reviewed; "তদন্ত করছি", "রেকর্ড পর্যালোচনা করা হচ্ছে") says nothing
# done to put it right; "What we're offering" heads the make-good, not a fix; "একজন গ্রাহক
# আমাদের জানান" tells the past ("a customer told us"), not what to do.
ROUND_34_REMEDIATION: list[tuple[str, str, str, Stage, str, bool]] = [
    (
        "remediation_missing",
        "en",
        "status_page",
        MON,
        "Tallyhome account incident - update 2\nOn 2 March a change we made to our photo "
        "upload page let anyone view other tenants' uploaded documents. About 8,200 tenants "
        "were affected. This was our mistake and we're sorry.\n\nWhat we've done\n- Brought in "
        "an outside forensics firm on 3 March\n- Reviewed the access logs for the page back to "
        "1 February\n\nWhat we're offering\nEach affected tenant gets one month's fee back by "
        "20 March.\n\nNext update by 17:00 GMT on 9 March. Help: 0800 123 4567",
        True,
    ),
    (
        "remediation_missing",
        "en",
        "status_page",
        MON,
        "Tallyhome account incident - update 2\nOn 2 March a change we made to our photo "
        "upload page let anyone view other tenants' uploaded documents. About 8,200 tenants "
        "were affected. This was our mistake and we're sorry.\n\nWhat we've done\n- Brought in "
        "an outside forensics firm on 3 March\n- Removed the page and put the login back on 3 "
        "March\n\nWhat we're offering\nEach affected tenant gets one month's fee back by 20 "
        "March.\n\nNext update by 17:00 GMT on 9 March. Help: 0800 123 4567",
        False,
    ),
    (
        "remediation_missing",
        "bn",
        "email",
        IDENT,
        "প্রিয় গ্রাহক,\n৫ মার্চ থেকে ৮ মার্চ পর্যন্ত আমাদের অ্যাপে প্রায় ৬,৩০০ গ্রাহকের বিলের কপি অন্যরা খুলতে পারতেন। ৮ মার্চ একজন গ্রাহক আমাদের বিষয়টি জানান। অ্যাপের নতুন সংস্করণে আমরা লগইন যাচাইয়ের ধাপটি বাদ দিয়ে ফেলেছিলাম; ভুলটা আমাদের, আমরা দুঃখিত।\n\nআমরা যা করেছি\nআমাদের নিরাপত্তা দল পুরো ঘটনা খতিয়ে দেখছে। কারা কোন বিল খুলেছেন, তা জানতে সার্ভারের রেকর্ড পর্যালোচনা করা হচ্ছে।\n\nপরবর্তী হালনাগাদ ১২ মার্চ বিকেল ৪টায়। প্রশ্ন: ০৯৬১০-২২৩৩৪৪",
        True,
    ),
    (
        "remediation_missing",
        "bn",
        "email",
        IDENT,
        "প্রিয় গ্রাহক,\n৫ মার্চ থেকে ৮ মার্চ পর্যন্ত আমাদের অ্যাপে প্রায় ৬,৩০০ গ্রাহকের বিলের কপি অন্যরা খুলতে পারতেন। ৮ মার্চ একজন গ্রাহক আমাদের বিষয়টি জানান। অ্যাপের নতুন সংস্করণে আমরা লগইন যাচাইয়ের ধাপটি বাদ দিয়ে ফেলেছিলাম; ভুলটা আমাদের, আমরা দুঃখিত।\n\nআমরা যা করেছি\nআমাদের নিরাপত্তা দল পুরো ঘটনা খতিয়ে দেখছে। ৮ মার্চ রাতেই লগইন যাচাইয়ের ধাপটি আবার চালু করা হয়েছে।\n\nপরবর্তী হালনাগাদ ১২ মার্চ বিকেল ৪টায়। প্রশ্ন: ০৯৬১০-২২৩৩৪৪",
        False,
    ),
]


# Round 34: a cause that only says the symptom again ("caused by our booking system becoming
# unavailable", "কারণ: ইন্টারনেট সংযোগ বন্ধ হয়ে গেছে") gives none; nor does a kind of
# incident ("as a result of a security incident"), even after "we have now confirmed …" (what
# is known, not "not yet known") and "no card details were involved, because we do not store
# them" (why something was spared); in Bengali the thing that stopped, before "কারিগরি
# সমস্যার কারণে", is the effect, not a word of the cause.
ROUND_34_CAUSE: list[tuple[str, str, str, Stage, str, bool]] = [
    (
        "root_cause_missing",
        "en",
        "status_page",
        RES,
        "Resolved - Farecard top-ups failing\nFrom 07:10 to 09:40 on 4 May, about 23,000 "
        "Farecard top-ups failed. This was our fault and we're sorry.\nRoot cause\nThe failures "
        "were caused by our top-up system becoming unavailable, so the app could not load your "
        "balance.\nWe restored the system at 09:40 and refunded every failed top-up by 6 May. "
        "We'll publish a full report by 18 May. Help: 0345 300 1200",
        True,
    ),
    (
        "root_cause_missing",
        "en",
        "status_page",
        RES,
        "Resolved - Farecard top-ups failing\nFrom 07:10 to 09:40 on 4 May, about 23,000 "
        "Farecard top-ups failed. This was our fault and we're sorry.\nRoot cause\nThe failures "
        "were caused by our top-up system becoming unavailable after its database disk filled "
        "up with old logs.\nWe restored the system at 09:40 and refunded every failed top-up by "
        "6 May. We'll publish a full report by 18 May. Help: 0345 300 1200",
        False,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        IDENT,
        "Dear customer,\nWe have now confirmed that the names and email addresses of 5,400 "
        "Brightleaf members were copied by someone outside the company on 2 May. No card "
        "details were involved, because we do not store them. We're responsible and we're "
        "sorry.\nThis happened as a result of a security incident affecting our systems.\nWe "
        "have reset every member's password. Next update by 12:00 on 9 May. Help: "
        "privacy@brightleaf.example.com",
        True,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        IDENT,
        "Dear customer,\nWe have now confirmed that the names and email addresses of 5,400 "
        "Brightleaf members were copied by someone outside the company on 2 May. No card "
        "details were involved, because we do not store them. We're responsible and we're "
        "sorry.\nThis happened because a member of our staff used a reused password that an "
        "attacker guessed.\nWe have reset every member's password. Next update by 12:00 on 9 "
        "May. Help: privacy@brightleaf.example.com",
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        INV,
        "ইন্টারনেট বিভ্রাট: মিরপুর ও পল্লবী\nআজ সকাল ৯টা থেকে মিরপুর ও পল্লবীর প্রায় ১৪,০০০ গ্রাহক ইন্টারনেট পাচ্ছেন না। দায় আমাদের, এই ভোগান্তির জন্য আমরা দুঃখিত।\nকারণ\nএই দুই এলাকায় আমাদের ইন্টারনেট সংযোগ বন্ধ হয়ে গেছে।\nদুপুর ১২টায় পাশের লাইন থেকে বিকল্প সংযোগ দিয়ে প্রায় ৩,০০০ গ্রাহকের সংযোগ ফিরিয়েছি। পরের হালনাগাদ দুপুর ১টায়। সাহায্যের জন্য ১৬৪৪৪ নম্বরে কল করুন।",
        True,
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        INV,
        "ইন্টারনেট বিভ্রাট: মিরপুর ও পল্লবী\nআজ সকাল ৯টা থেকে মিরপুর ও পল্লবীর প্রায় ১৪,০০০ গ্রাহক ইন্টারনেট পাচ্ছেন না। দায় আমাদের, এই ভোগান্তির জন্য আমরা দুঃখিত।\nকারণ\nমিরপুর ১০-এ আমাদের একটি ফাইবার ক্যাবল কেটে যাওয়ায় এই দুই এলাকায় ইন্টারনেট সংযোগ বন্ধ হয়ে গেছে।\nদুপুর ১২টায় পাশের লাইন থেকে বিকল্প সংযোগ দিয়ে প্রায় ৩,০০০ গ্রাহকের সংযোগ ফিরিয়েছি। পরের হালনাগাদ দুপুর ১টায়। সাহায্যের জন্য ১৬৪৪৪ নম্বরে কল করুন।",
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        IDENT,
        "প্রিয় যাত্রী,\n৩ মে রাতে চট্টগ্রামগামী আমাদের বাস নীলপরী-১২ কারিগরি সমস্যার কারণে কুমিল্লার কাছে থেমে যায়; ৪২ জন যাত্রী প্রায় ৪ ঘণ্টা আটকে ছিলেন। বাসটি আমাদের, দায়ও আমাদের; আমরা দুঃখিত।\nরাত ২টায় আরেকটি বাস পাঠিয়ে সবাইকে চট্টগ্রামে পৌঁছে দিয়েছি; সবার ভাড়ার অর্ধেক ১০ মে-র মধ্যে ফেরত দেওয়া হবে।\nপরের হালনাগাদ ৮ মে বিকেল ৪টায়। সাহায্য: ০১৮১১-২২৩৩৪৪",
        True,
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        IDENT,
        "প্রিয় যাত্রী,\n৩ মে রাতে চট্টগ্রামগামী আমাদের বাস নীলপরী-১২ ইঞ্জিনের তেলের পাইপ ফেটে যাওয়ার কারণে কুমিল্লার কাছে থেমে যায়; ৪২ জন যাত্রী প্রায় ৪ ঘণ্টা আটকে ছিলেন। বাসটি আমাদের, দায়ও আমাদের; আমরা দুঃখিত।\nরাত ২টায় আরেকটি বাস পাঠিয়ে সবাইকে চট্টগ্রামে পৌঁছে দিয়েছি; সবার ভাড়ার অর্ধেক ১০ মে-র মধ্যে ফেরত দেওয়া হবে।\nপরের হালনাগাদ ৮ মে বিকেল ৪টায়। সাহায্য: ০১৮১১-২২৩৩৪৪",
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        IDENT,
        "প্রিয় গ্রাহক,\n২ মে আমাদের ওয়েবসাইট থেকে প্রায় ৫,৪০০ সদস্যের নাম ও ইমেইল ঠিকানা বাইরের একজন কপি করে নিয়েছে। কার্ডের কোনো তথ্য নেওয়া হয়নি, কারণ আমরা কার্ডের তথ্য রাখি না। দায় আমাদের, আমরা দুঃখিত।\nএকটি নিরাপত্তাজনিত ঘটনার কারণে এটি ঘটেছে।\nসব সদস্যের পাসওয়ার্ড রিসেট করেছি। পরের হালনাগাদ ৯ মে দুপুর ১২টায়। প্রশ্ন: privacy@brightleaf.example.com",
        True,
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        IDENT,
        "প্রিয় গ্রাহক,\n২ মে আমাদের ওয়েবসাইট থেকে প্রায় ৫,৪০০ সদস্যের নাম ও ইমেইল ঠিকানা বাইরের একজন কপি করে নিয়েছে। কার্ডের কোনো তথ্য নেওয়া হয়নি, কারণ আমরা কার্ডের তথ্য রাখি না। দায় আমাদের, আমরা দুঃখিত।\nআমাদের এক কর্মীর পাসওয়ার্ড চুরি হওয়ার ফলে হামলাকারী ওয়েবসাইটে ঢুকেছিল।\nসব সদস্যের পাসওয়ার্ড রিসেট করেছি। পরের হালনাগাদ ৯ মে দুপুর ১২টায়। প্রশ্ন: privacy@brightleaf.example.com",
        False,
    ),
]


# Round 34: a minimising word that names the few a change is tried on first ("every fare
# change will first run for a day on a small number of accounts", "আপডেট আগে অল্প কিছু দোকানে
# চালিয়ে দেখা হবে") is a staged rollout, not the harm played down.
ROUND_34_TRIAL_GROUP: list[tuple[str, str, str, Stage, str, bool]] = [
    (
        "impact_vague",
        "en",
        "email",
        RES,
        "Dear customer,\nOn 3 May our new fare table charged a small number of Metrolink "
        "passengers twice. This was our mistake and we're sorry. A change we made to the fare "
        "table counted every tap twice. We refunded every double charge by 5 May. From 1 June "
        "every fare change will be checked by two people. We'll publish a report by 20 May. "
        "Help: 0345 222 1000",
        True,
    ),
    (
        "impact_vague",
        "en",
        "email",
        RES,
        "Dear customer,\nOn 3 May our new fare table charged 6,300 Metrolink passengers twice. "
        "This was our mistake and we're sorry. A change we made to the fare table counted "
        "every tap twice. We refunded every double charge by 5 May. From 1 June every fare "
        "change will first run for a day on a small number of accounts. We'll publish a report "
        "by 20 May. Help: 0345 222 1000",
        False,
    ),
    (
        "impact_vague",
        "bn",
        "email",
        RES,
        "প্রিয় গ্রাহক,\n৩ মে আমাদের নতুন আপডেটে অল্প কিছু দোকানের বিক্রির হিসাব মুছে যায়। ভুলটা আমাদের, আমরা দুঃখিত। আপডেটের একটি ভুল নিয়মে পুরোনো হিসাব মুছে ফেলা হচ্ছিল। ৪ মে সব হিসাব ব্যাকআপ থেকে ফিরিয়ে দিয়েছি। পুরো প্রতিবেদন ২০ মে পাঠাব। সাহায্য: ০৯৬৩৮-০০০৭৭৭",
        True,
    ),
    (
        "impact_vague",
        "bn",
        "email",
        RES,
        "প্রিয় গ্রাহক,\n৩ মে আমাদের নতুন আপডেটে প্রায় ২,১০০ দোকানের বিক্রির হিসাব মুছে যায়। ভুলটা আমাদের, আমরা দুঃখিত। আপডেটের একটি ভুল নিয়মে পুরোনো হিসাব মুছে ফেলা হচ্ছিল। ৪ মে সব হিসাব ব্যাকআপ থেকে ফিরিয়ে দিয়েছি। ১ জুন থেকে প্রতিটি আপডেট আগে এক দিন অল্প কিছু দোকানে চালিয়ে দেখা হবে। পুরো প্রতিবেদন ২০ মে পাঠাব। সাহায্য: ০৯৬৩৮-০০০৭৭৭",
        False,
    ),
]


# Round 34: a first-person future of going or coming with no "we" ("বাকি ৮০০ বাড়িতে শীঘ্রই
# যাব", "will be round to the rest soon") is a promise, and "soon" is no date (but "ল্যাব"
# is no "যাব").
ROUND_34_PROMISE_SOON: list[tuple[str, str, str, Stage, str, bool]] = [
    (
        "undated_commitment",
        "en",
        "x",
        FOLLOW,
        "Our faulty smart meters were our mistake, sorry. 5,200 of 6,000 now replaced; will "
        "visit the last 800 homes soon. Next update 12/5. brightgrid.example.com/meters",
        True,
    ),
    (
        "undated_commitment",
        "en",
        "x",
        FOLLOW,
        "Our faulty smart meters were our mistake, sorry. 5,200 of 6,000 now replaced; will "
        "visit the last 800 homes by 10 May. Next update 12/5. brightgrid.example.com/meters",
        False,
    ),
    (
        "undated_commitment",
        "bn",
        "x",
        FOLLOW,
        "ত্রুটিপূর্ণ স্মার্ট মিটার আমাদের ভুল, দুঃখিত। ৬,০০০টির ৫,২০০টি বদলানো শেষ; বাকি ৮০০ বাড়িতে শীঘ্রই যাব। পরের আপডেট ১২/৫। brightgrid.example.com/meters",
        True,
    ),
    (
        "undated_commitment",
        "bn",
        "x",
        FOLLOW,
        "ত্রুটিপূর্ণ স্মার্ট মিটার আমাদের ভুল, দুঃখিত। ৬,০০০টির ৫,২০০টি বদলানো শেষ; বাকি ৮০০ বাড়িতে ১০ মে-র মধ্যে যাব। পরের আপডেট ১২/৫। brightgrid.example.com/meters",
        False,
    ),
]


# Round 34: "brief", "minor" before a fault or a failure ("a brief power fault on our
# signals", "ক্ষণিকের বিদ্যুৎ ত্রুটি") plays the harm down when no time or count is given.
ROUND_34_BRIEF_FAULT: list[tuple[str, str, str, Stage, str, bool]] = [
    (
        "impact_vague",
        "en",
        "sms",
        RES,
        "Westvale Buses: route 7 runs normally again after a brief fault on our ticket "
        "machines today. Sorry for the delay. Help 0345 600 7000",
        True,
    ),
    (
        "impact_vague",
        "en",
        "sms",
        RES,
        "Westvale Buses: route 7 runs normally again after a 40-minute fault on our ticket "
        "machines today. Sorry for the delay. Help 0345 600 7000",
        False,
    ),
    (
        "impact_vague",
        "bn",
        "x",
        RES,
        "নগর বাস: আমাদের টিকিট মেশিনের ক্ষণিকের ত্রুটির পর আমাদের সব বাস আবার চলছে। ত্রুটিটা আমাদের, দেরির জন্য দুঃখিত। সাহায্য: ১৬৩৩৩, nagarbus.example.com",
        True,
    ),
    (
        "impact_vague",
        "bn",
        "x",
        RES,
        "নগর বাস: আমাদের টিকিট মেশিনের ৪০ মিনিটের ত্রুটির পর আমাদের সব বাস আবার চলছে। ত্রুটিটা আমাদের, দেরির জন্য দুঃখিত। সাহায্য: ১৬৩৩৩, nagarbus.example.com",
        False,
    ),
]


ROUND_35_HELP: list[tuple[str, str, str, Stage, str, bool]] = [
    # a short code given for when it goes wrong is a helpline wherever it stands, not only
    # closing the message ("If it cuts out again: 16520 \u2014 signature")
    (
        "help_missing",
        "en",
        "x",
        MON,
        "Tidewater Water: our pump at Marsh Lane failed and 9,000 homes in Ebbridge had no water from 06:00. Supply is back and we're watching it. We're sorry. Next update 18:00. Tidewater Water",
        True,
    ),
    (
        "help_missing",
        "en",
        "x",
        MON,
        "Tidewater Water: our pump at Marsh Lane failed and 9,000 homes in Ebbridge had no water from 06:00. Supply is back and we're watching it. We're sorry. If the taps run dry again: 16720. Next update 18:00. Tidewater Water",
        False,
    ),
    (
        "help_missing",
        "bn",
        "x",
        MON,
        "নদীপাড় পানি: আমাদের মার্শ লেনের পাম্প বিকল হওয়ায় সকাল ৬টা থেকে এবব্রিজের প্রায় ৯,০০০ বাড়িতে পানি ছিল না। পানি ফিরেছে, আমরা নজর রাখছি। দুঃখিত। পরের আপডেট সন্ধ্যা ৬টায়। \u2014 নদীপাড় পানি",
        True,
    ),
    (
        "help_missing",
        "bn",
        "x",
        MON,
        "নদীপাড় পানি: আমাদের মার্শ লেনের পাম্প বিকল হওয়ায় সকাল ৬টা থেকে এবব্রিজের প্রায় ৯,০০০ বাড়িতে পানি ছিল না। পানি ফিরেছে, আমরা নজর রাখছি। দুঃখিত। আবার বন্ধ হলে ১৬৭২০; পরের আপডেট সন্ধ্যা ৬টায়। \u2014 নদীপাড় পানি",
        False,
    ),
    # a "no" before a colon is of what precedes it ("no receipt needed: <link>"), and does
    # not take back the link after it
    (
        "help_missing",
        "en",
        "x",
        IDENT,
        "Recall: Fenwick 2-slice toaster FT-22, sold March-May (about 6,000). A wiring fault of ours can make it spark. Stop using it now. We're sorry. Refunds are not open yet. Update Mon 9 Jun.",
        True,
    ),
    (
        "help_missing",
        "en",
        "x",
        IDENT,
        "Recall: Fenwick 2-slice toaster FT-22, sold March-May (about 6,000). A wiring fault of ours can make it spark. Stop using it now. We're sorry. Full refund, no box needed: https://fenwick.example/recall. Update Mon 9 Jun.",
        False,
    ),
    (
        "help_missing",
        "bn",
        "x",
        IDENT,
        "রিকল: ফেনউইক টোস্টার FT-22, মার্চ-মে মাসে বিক্রি (প্রায় ৬,০০০টি)। আমাদের তারের ত্রুটিতে এতে স্ফুলিঙ্গ হতে পারে। এখনই ব্যবহার বন্ধ করুন। আমরা দুঃখিত। পরের আপডেট সোমবার ৯ জুন।",
        True,
    ),
    (
        "help_missing",
        "bn",
        "x",
        IDENT,
        "রিকল: ফেনউইক টোস্টার FT-22, মার্চ-মে মাসে বিক্রি (প্রায় ৬,০০০টি)। আমাদের তারের ত্রুটিতে এতে স্ফুলিঙ্গ হতে পারে। এখনই ব্যবহার বন্ধ করুন। আমরা দুঃখিত। পুরো টাকা ফেরত, বাক্স লাগবে না: https://fenwick.example/recall। পরের আপডেট সোমবার ৯ জুন।",
        False,
    ),
]


ROUND_35_OWNERSHIP: list[tuple[str, str, str, Stage, str, bool]] = [
    # we sent a thing of ours to the wrong place ("we sent 140 letters to the wrong address")
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Marlow Dental: appointment reminders for 12 May went to the wrong address for 210 patients. Sorry for the mix-up. We'll call you by Thu 15 May. 01632 960200",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Marlow Dental: we sent 210 patients' reminder letters for 12 May to the wrong address. Sorry for the mix-up. We'll call you by Thu 15 May. 01632 960200",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        IDENT,
        "মারলো ডেন্টাল: ১২ মে-র অ্যাপয়েন্টমেন্টের চিঠি ২১০ জন রোগীর ভুল ঠিকানায় গেছে। দুঃখিত। বৃহস্পতিবার ১৫ মে-র মধ্যে ফোন করব। ০১৬৩২৯৬০২০০",
        True,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        IDENT,
        "মারলো ডেন্টাল: আমরা ১২ মে-র অ্যাপয়েন্টমেন্টের চিঠি ২১০ জন রোগীর ভুল ঠিকানায় পাঠিয়েছি। দুঃখিত। বৃহস্পতিবার ১৫ মে-র মধ্যে ফোন করব। ০১৬৩২৯৬০২০০",
        False,
    ),
    # our rota left a run uncovered: too few of our own people, as "our rota ran short"
    (
        "ownership_missing",
        "en",
        "sms",
        RES,
        "Oakvale Trams: sorry the 06:40 from Brook Rd didn't run today and 25 of you were left waiting. Show this text for a free ride this week. Help: oakvaletrams.example/help",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        RES,
        "Oakvale Trams: sorry the 06:40 from Brook Rd didn't run today - our staff rota left it uncovered and 25 of you were left waiting. Show this text for a free ride this week. Help: oakvaletrams.example/help",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        RES,
        "ওকভেল ট্রাম: দুঃখিত, আজ ব্রুক রোড থেকে সকাল ৬টা ৪০-এর ট্রাম চলেনি, ২৫ জন অপেক্ষা করেছেন। এই মেসেজ দেখিয়ে এ সপ্তাহে একবার বিনা ভাড়ায় চড়ুন। সাহায্য: oakvaletrams.example/help",
        True,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        RES,
        "ওকভেল ট্রাম: দুঃখিত, আমাদের চালকদের পালার তালিকায় কাউকে না রাখায় আজ ব্রুক রোড থেকে সকাল ৬টা ৪০-এর ট্রাম চলেনি, ২৫ জন অপেক্ষা করেছেন। এই মেসেজ দেখিয়ে এ সপ্তাহে একবার বিনা ভাড়ায় চড়ুন। সাহায্য: oakvaletrams.example/help",
        False,
    ),
    # "আমাদের <a longer name of our own thing> বিকল হওয়ায়": ours, however many words name it
    (
        "ownership_missing",
        "bn",
        "sms",
        MON,
        "দ্রুত কুরিয়ার: সাভার হাবের প্যাকেট বাছাইয়ের যন্ত্র বিকল হওয়ায় আপনার পার্সেল DR5521 এক দিন দেরিতে যাচ্ছে, দুঃখিত। যন্ত্র চালু হয়েছে, পার্সেল ১২ ডিসেম্বর পৌঁছাবে। ট্র্যাক: drut.example/t",
        True,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        MON,
        "দ্রুত কুরিয়ার: আমাদের সাভার হাবের প্যাকেট বাছাইয়ের যন্ত্র বিকল হওয়ায় আপনার পার্সেল DR5521 এক দিন দেরিতে যাচ্ছে, দুঃখিত। যন্ত্র চালু হয়েছে, পার্সেল ১২ ডিসেম্বর পৌঁছাবে। ট্র্যাক: drut.example/t",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        MON,
        "Swift Courier: the parcel sorting machine at the Savar hub broke down, so your parcel DR5521 is a day late. Sorry. It's running again; delivery 12 Dec. Track: swift.example/t",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        MON,
        "Swift Courier: the parcel sorting machine at our Savar hub broke down, so your parcel DR5521 is a day late. Sorry, that's on us. It's running again; delivery 12 Dec. Track: swift.example/t",
        False,
    ),
]


ROUND_35_OUR_OWN_PLANT: list[tuple[str, str, str, Stage, str, bool]] = [
    # a factory the statement calls ours elsewhere ("\u2026 কারখানায় তৈরি \u2026 দোষটা আমাদের কারখানার",
    # "it came from the factory \u2026 our factory team") is not a supplier to blame
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        "বিষয়: মধুবন বেকারির পাউরুটি (ব্যাচ MB-07) খাবেন না\n\nমধুবন বেকারির কারখানায় তৈরি ৪০০ গ্রামের পাউরুটির একটি ব্যাচে ছত্রাক পাওয়া গেছে; প্রায় ৩,১০০ প্যাকেট ঢাকার দোকানে বিক্রি হয়েছে। আমরা আন্তরিকভাবে দুঃখিত। পাউরুটি দোকানে ফেরত দিলে পুরো দাম পাবেন। পরের আপডেট ১০ ডিসেম্বর দুপুর ১২টায়। প্রশ্ন: ১৬৪৪৪",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        "বিষয়: মধুবন বেকারির পাউরুটি (ব্যাচ MB-07) খাবেন না\n\nমধুবন বেকারির কারখানায় তৈরি ৪০০ গ্রামের পাউরুটির একটি ব্যাচে ছত্রাক পাওয়া গেছে; প্রায় ৩,১০০ প্যাকেট ঢাকার দোকানে বিক্রি হয়েছে। দোষটা আমাদের কারখানার: সেদিন ঠান্ডা করার ঘর ঠিকমতো পরিষ্কার করা হয়নি। আমরা আন্তরিকভাবে দুঃখিত। পাউরুটি দোকানে ফেরত দিলে পুরো দাম পাবেন। পরের আপডেট ১০ ডিসেম্বর দুপুর ১২টায়। প্রশ্ন: ১৬৪৪৪",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        "Subject: Do not eat Meadow Bakery sliced loaves (batch MB-07)\n\nOne batch of our 800g sliced loaves has mould; it came from the factory in Leeds, where a cooling room failed on 2 December. About 3,100 packs were sold in Yorkshire. We are sorry.\n\nReturn them to the shop for a full refund. Next update 10 December, 12:00. Questions: 0800 555 0144.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        "Subject: Do not eat Meadow Bakery sliced loaves (batch MB-07)\n\nOne batch of our 800g sliced loaves has mould; it came from the factory in Leeds, where a cooling room failed on 2 December. About 3,100 packs were sold in Yorkshire. We are sorry.\n\nReturn them to the shop for a full refund. Next update 10 December, 12:00. Questions: 0800 555 0144.\n\nOur factory team in Leeds has cleaned and re-checked every cooling room.",
        False,
    ),
]


ROUND_38_BLAME_PRECISION: list[tuple[str, str, str, Stage, str, bool]] = [
    # a "জন্য" an apology follows is what we are sorry for, not a cause laid at someone
    # ("banking" is what the harm touched); "more than you should have" is what was owed
    (
        "blame_shifting",
        "bn",
        "email",
        INV,
        "আমাদের সার্ভারের হালনাগাদে ভুল হওয়ায় আজ সকাল ৯টা থেকে প্রায় ১২,০০০ গ্রাহকের অ্যাপ চলছে না। বেতনের দিনে অনলাইন ব্যাংকিং আর বিল দেওয়ার সময় আপনাদের আটকে রাখার জন্য আমরা আন্তরিকভাবে দুঃখিত। আগের সংস্করণ ফেরানো হচ্ছে। পরের আপডেট দুপুর ১টায়। সাহায্য: ১৬২০০।",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        INV,
        "আজ সকাল ৯টা থেকে প্রায় ১২,০০০ গ্রাহকের অ্যাপ চলছে না। এটি ব্যাংকের সার্ভার বন্ধ থাকার জন্য হয়েছে। আমরা দুঃখিত। পরের আপডেট দুপুর ১টায়। সাহায্য: ১৬২০০।",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        RES,
        "Our meter software read every March reading twice, so 4,300 of you paid about £22 more than you should have. We're sorry. All of it was refunded on 9 April. Questions: 0800 111 2222.",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        RES,
        "4,300 customers were billed twice for March. You should have checked your statement before paying. We're sorry. All of it was refunded on 9 April. Questions: 0800 111 2222.",
        True,
    ),
]
ROUND_38_FORMAL_BENGALI: list[tuple[str, str, str, Stage, str, bool]] = [
    # the formal register (সাধু ভাষা) of official notices is read as the everyday one: its
    # perfect ("ফেরত দেওয়া হইয়াছে") is remediation, "আমাদের একজন কর্মচারী … উল্টাইয়া" owns it
    (
        "remediation_missing",
        "bn",
        "email",
        RES,
        "সম্মানিত গ্রাহক, গত ৩ নভেম্বর আমাদের জলকর বিভাগ ২,৪০০ জন গ্রাহকের বিল দুইবার কাটিয়াছিল। এই ভুল আমাদের। আমরা আন্তরিকভাবে দুঃখিত। ১০ নভেম্বরের মধ্যে সকলের অতিরিক্ত টাকা ফেরত দেওয়া হইয়াছে এবং ৩০০ টাকা ক্ষতিপূরণ হিসাবে পরবর্তী বিল হইতে বাদ দেওয়া হইবে। বিল পাঠাইবার পূর্বে এখন দুইজন কর্মকর্তা তাহা মিলাইবেন। পরবর্তী প্রতিবেদন ২০ নভেম্বর প্রকাশিত হইবে। সাহায্য: ০২-৫৫০০১১৩৩।",
        False,
    ),
    (
        "remediation_missing",
        "bn",
        "email",
        RES,
        "সম্মানিত গ্রাহক, গত ৩ নভেম্বর আমাদের জলকর বিভাগ ২,৪০০ জন গ্রাহকের বিল দুইবার কাটিয়াছিল। এই ভুল আমাদের। আমরা আন্তরিকভাবে দুঃখিত। বিষয়টি খতিয়ে দেখা হইতেছে। আপনাদের ধৈর্যের জন্য ধন্যবাদ। পরবর্তী প্রতিবেদন ২০ নভেম্বর প্রকাশিত হইবে। সাহায্য: ০২-৫৫০০১১৩৩।",
        True,
    ),
    (
        "ownership_missing",
        "bn",
        "email",
        RES,
        "সম্মানিত গ্রাহক, গত ৩ নভেম্বর ২,৪০০ জন গ্রাহকের বিল দুইবার কাটা হইয়াছিল। বিলের তালিকা প্রস্তুত করিবার সময় আমাদের একজন কর্মচারী পুরাতন ও নূতন তালিকা উল্টাইয়া জুড়িয়াছিলেন। আমরা আন্তরিকভাবে দুঃখিত। অতিরিক্ত টাকা ফেরত দেওয়া হইয়াছে। সাহায্য: ০২-৫৫০০১১৩৩।",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "email",
        RES,
        "সম্মানিত গ্রাহক, গত ৩ নভেম্বর ২,৪০০ জন গ্রাহকের বিল দুইবার কাটা হইয়াছিল। আমাদের একজন কর্মচারী বিষয়টি প্রথম ধরিয়াছিলেন। আমরা আন্তরিকভাবে দুঃখিত। অতিরিক্ত টাকা ফেরত দেওয়া হইয়াছে। সাহায্য: ০২-৫৫০০১১৩৩।",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "email",
        RES,
        "On 3 November 2,400 customers were charged twice for water. When the billing list was drawn up, one of our clerks joined the old and new lists the wrong way round. We are truly sorry. Every extra payment has been refunded. Help: 0300 555 0133.",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "email",
        RES,
        "On 3 November 2,400 customers were charged twice for water. One of our clerks was the first to notice it. We are truly sorry. Every extra payment has been refunded. Help: 0300 555 0133.",
        True,
    ),
]
ROUND_38_LEAKED_UNSURE: list[tuple[str, str, str, Stage, str, bool]] = [
    # "we leaked your details" owns the leak as "we exposed" does
    (
        "ownership_missing",
        "en",
        "sms",
        FOLLOW,
        "Harbour Bank: we're sorry we leaked your address and phone number on 2 Mar. New security steps: hb.example/steps. Help: 0345 700 1212",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        FOLLOW,
        "Harbour Bank: sorry, your address and phone number were leaked on 2 Mar. New security steps: hb.example/steps. Help: 0345 700 1212",
        True,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        FOLLOW,
        "হারবার ব্যাংক: ২ মার্চ আমরা আপনার ঠিকানা ফাঁস করেছি, দুঃখিত। নতুন সুরক্ষা: hb.example/steps। সাহায্য: ১৬৩৩৩",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        FOLLOW,
        "হারবার ব্যাংক: ২ মার্চ কিছু ঠিকানা প্রকাশ পেয়েছে, দুঃখিত। নতুন সুরক্ষা: hb.example/steps। সাহায্য: ১৬৩৩৩",
        True,
    ),
    # certainty denied ("we are not fully sure why") is honesty, not an over-promise
    (
        "over_promising",
        "bn",
        "status_page",
        INV,
        "আমাদের পরীক্ষার ফলের ওয়েবসাইট সকাল ১০টা থেকে খুলছে না; প্রায় ৮০ হাজার শিক্ষার্থী ফল দেখতে পারছেন না। এটা আমাদের ব্যর্থতা, আমরা ক্ষমা চাইছি। কেন বারবার বন্ধ হচ্ছে, তা আমরা এখনও সম্পূর্ণ নিশ্চিত নই। বিকেল ৩টার মধ্যে ফল এসএমএসে পাঠানো হবে। পরের হালনাগাদ দুপুর ১টায়। হেল্পলাইন ১৬২২২।",
        False,
    ),
    (
        "over_promising",
        "bn",
        "status_page",
        INV,
        "আমাদের পরীক্ষার ফলের ওয়েবসাইট সকাল ১০টা থেকে খুলছে না; প্রায় ৮০ হাজার শিক্ষার্থী ফল দেখতে পারছেন না। এটা আমাদের ব্যর্থতা, আমরা ক্ষমা চাইছি। নতুন সার্ভারে ওয়েবসাইট এখন সম্পূর্ণ নিরাপদ থাকবে। পরের হালনাগাদ দুপুর ১টায়। হেল্পলাইন ১৬২২২।",
        True,
    ),
    (
        "over_promising",
        "en",
        "status_page",
        INV,
        "Our exam results site has been down since 10:00; about 80,000 students cannot see their results. This is our failure and we're sorry. We are not yet completely sure why it keeps falling over. Results go out by text by 15:00. Next update 13:00. Helpline 0300 123 4567.",
        False,
    ),
    (
        "over_promising",
        "en",
        "status_page",
        INV,
        "Our exam results site has been down since 10:00; about 80,000 students cannot see their results. This is our failure and we're sorry. On the new servers the site will be completely safe. Next update 13:00. Helpline 0300 123 4567.",
        True,
    ),
]
ROUND_38_HOOK_EN = "Payments API: card payments failed for 18% of requests 09:10-09:52 UTC (about 40,000). Our fault: we renewed a TLS certificate and missed one load balancer. Sorry. Fixed at 09:52; an automatic check now tests every load balancer. Failed payments were not charged. Fees waived for today. Next update 12:00 UTC. support@pay.example"
ROUND_38_HOOK_BN = "পেমেন্ট এপিআই: সকাল ৯:১০ থেকে ৯:৫২ পর্যন্ত ১৮% অনুরোধে কার্ড পেমেন্ট ব্যর্থ হয়েছে (প্রায় ৪০,০০০)। দোষ আমাদের: TLS certificate নবায়নের সময় একটি load balancer বাদ পড়েছিল। দুঃখিত। ৯:৫২-তে ঠিক করা হয়েছে; এখন প্রতিটি load balancer স্বয়ংক্রিয়ভাবে পরীক্ষা হয়। ব্যর্থ পেমেন্টে টাকা কাটা হয়নি। আজকের ফি মওকুফ। পরের আপডেট দুপুর ১২টায়। support@pay.example"
ROUND_38_WEBHOOK_JARGON: list[tuple[str, str, str, Stage, str, bool]] = [
    # a webhook's readers are developers: "TLS certificate", "load balancer" are their words
    ("jargon", "en", "webhook", MON, ROUND_38_HOOK_EN, False),
    ("jargon", "en", "email", MON, ROUND_38_HOOK_EN, True),
    ("jargon", "bn", "webhook", MON, ROUND_38_HOOK_BN, False),
    ("jargon", "bn", "email", MON, ROUND_38_HOOK_BN, True),
]


ROUND_40_OWNERSHIP_SAID_OTHERWISE: list[tuple[str, str, str, Stage, str, bool]] = [
    # a failure of ours named with more words between ("our Leeds sorting belt breakdown")
    (
        "ownership_missing",
        "en",
        "sms",
        RES,
        "Packwell: sorry, our Leeds sorting belt breakdown held up your order PW2231 by 2 days. It arrives today by 6pm. Postage refunded. Help 0800 321 654",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        RES,
        "Packwell: sorry, a sorting belt breakdown in Leeds held up your order PW2231 by 2 days. It arrives today by 6pm. Postage refunded. Help 0800 321 654",
        True,
    ),
    # "we got the X Y Z design wrong": a long thing we got wrong
    (
        "ownership_missing",
        "en",
        "sms",
        RES,
        "Tinytrek: Sorry, we got the Rocket Ride buggy brake spring wrong. A free fix kit ships to you by 9 Dec. Help 0800 112 9090",
        False,
    ),
    # "the duplicate charges our billing tool made": a harm a thing of ours made
    (
        "ownership_missing",
        "en",
        "x",
        RES,
        "Fixed: the double charges our billing tool made on 3 March reached 2,100 members. All were refunded by noon today. Sorry. Help: https://gymly.com/help. Review due 10 March.",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        RES,
        "Fixed: the double charges on 3 March reached 2,100 members. All were refunded by noon today. Sorry. Help: https://gymly.com/help. Review due 10 March.",
        True,
    ),
    # "a main we were replacing collapsed": what we were working on failed in our hands
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Brookvale Water: sorry, a main we were replacing on Mill Lane gave way, so 900 homes have no water since 7am. Back by 3pm, update at noon. 0800 400 1212",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Brookvale Water: sorry, we are replacing a main that gave way on Mill Lane; 900 homes have no water since 7am. Back by 3pm, update at noon. 0800 400 1212",
        True,
    ),
    # the organisation owns it in its own name, the name of its own web address
    (
        "ownership_missing",
        "en",
        "status_page",
        FOLLOW,
        "Follow-up: online booking outage on 4 May\n\nFrom 09:00 to 13:30 on 4 May, 6,400 patients could not book or change appointments online.\n\nLumora Clinics was responsible for this outage, and we are sorry for the calls and the waiting it caused.\n\nWe have moved booking back to the old server and added a second one. Questions: help@lumoraclinics.co.uk. Our final report comes on 20 May.",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "status_page",
        FOLLOW,
        "Follow-up: online booking outage on 4 May\n\nFrom 09:00 to 13:30 on 4 May, 6,400 patients could not book or change appointments online.\n\nGridline Hosting was responsible for this outage, and we are sorry for the calls and the waiting it caused.\n\nWe have moved booking back to the old server and added a second one. Questions: help@lumoraclinics.co.uk. Our final report comes on 20 May.",
        True,
    ),
    # our own people or machines did the damage, not someone else to a thing of ours
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "বরিশালের নথুল্লাবাদে প্রায় ৩,০০০ বাসায় সকাল ৯টা থেকে গ্যাস নেই। খোঁড়াখুঁড়ির সময় আমাদের মিস্ত্রিরা গ্যাসের লাইন কেটে ফেলেছেন। আমরা দুঃখিত। বিকেল ৩টায় জানাব। ১৬৫১৬",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "বরিশালের নথুল্লাবাদে প্রায় ৩,০০০ বাসায় সকাল ৯টা থেকে গ্যাস নেই। খোঁড়াখুঁড়ির সময় পৌরসভার লোকেরা আমাদের গ্যাসের লাইন কেটে ফেলেছেন। আমরা দুঃখিত। বিকেল ৩টায় জানাব। ১৬৫১৬",
        True,
    ),
    # a step of ours skipped: "checked without testing", said in Bengali
    (
        "ownership_missing",
        "bn",
        "sms",
        RES,
        "নতুন বিল পাতাটি যাচাই না করেই চালু করেছিল আমাদের আইটি দল; ৮০০ জনের টাকা দুবার কেটেছে, ফেরত গেছে। দুঃখিত। ০১৭১১-২২২৩৩৩",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        RES,
        "অনেক গ্রাহক লিংক যাচাই না করেই পাসওয়ার্ড দিয়েছেন; ৮০০ জনের টাকা দুবার কেটেছে, ফেরত গেছে। দুঃখিত। ০১৭১১-২২২৩৩৩",
        True,
    ),
]

ROUND_40_BLAME_SAID_OTHERWISE: list[tuple[str, str, str, Stage, str, bool]] = [
    # what another body imposed, named as the cause
    (
        "blame_shifting",
        "en",
        "x",
        INV,
        "Runway closures ordered by the airport operator mean 9 of our Luton flights are 2 hours late this evening. We're sorry. Next update 20:00: flyhaven.example/live",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        INV,
        "Brake checks ordered by our own safety team mean 9 of our Luton flights are 2 hours late this evening. That's our call and we're sorry. Next update 20:00: flyhaven.example/live",
        False,
    ),
    # a breakdown at a partner's site, as the cause
    (
        "blame_shifting",
        "en",
        "x",
        MON,
        "Shipfast: parcels in Hull are running a day late after a scanner breakdown at our delivery partner's depot. Sorry for the wait, 4,000 parcels moving again. Next update 5pm: shipfast.example/track",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        MON,
        "Shipfast: parcels in Hull are running a day late after a scanner breakdown at our own depot. Sorry for the wait, 4,000 parcels moving again. Next update 5pm: shipfast.example/track",
        False,
    ),
    # "responsible for your data" is a duty: the vendor is still blamed beside it
    (
        "blame_shifting",
        "en",
        "x",
        INV,
        "We are responsible for your privacy, and we're sorry: the leak of 8,000 emails was caused by our vendor Postbox's weak settings. Next update 6pm: https://kindly.example/notice",
        True,
    ),
    # a storm and an authority's inspection, named together as the cause
    (
        "blame_shifting",
        "en",
        "x",
        RES,
        "All Wightway sailings are normal again after Storm Ava and the port authority's slow safety inspection halted 20 crossings. Sorry. Refunds by 9 Jan: https://wightway.example/refunds",
        True,
    ),
    # the council named in its own statement, signed by the council
    (
        "blame_shifting",
        "en",
        "email",
        RES,
        "Subject: Bin collections are back to normal\n\nDear resident,\n\nFrom 2 to 4 June about 9,000 homes missed their bin collection. This was the council's failure: we changed the rounds without checking the new routes, and we should have.\n\nI am sorry for the overflowing bins. Missed bins will be emptied by 7 June. Questions: northmere.gov.uk/bins or 01632 960 555.\n\nPriya Shah\nDirector of Environment, Northmere District Council",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        RES,
        "Subject: Bin collections are back to normal\n\nDear resident,\n\nFrom 2 to 4 June about 9,000 homes missed their bin collection. This was the county council's failure: they closed the tip without warning us.\n\nWe are sorry for the overflowing bins. Missed bins will be emptied by 7 June. Questions: cleanaway.example/bins or 01632 960 555.\n\nPriya Shah\nOperations Director, Cleanaway Services",
        True,
    ),
    # the customers' haste named as the cause, in Bengali
    (
        "blame_shifting",
        "bn",
        "x",
        INV,
        "রেলসেবা: আজ সকাল থেকে অ্যাপে টিকিটের নিশ্চিতকরণ দেরিতে আসছে। তবে অনেক যাত্রী অপেক্ষা না করে বারবার 'কিনুন' চাপায় প্রায় ৯০০ জনের টাকা দুবার কেটেছে। দুপুর ২টায় জানাব। ১৩১",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        INV,
        "রেলসেবা: আজ সকাল থেকে আমাদের অ্যাপ ধীর থাকায় প্রায় ৯০০ জনের টাকা দুবার কেটেছে; দায় আমাদের। দুঃখিত। দুপুর ২টায় জানাব। ১৩১",
        False,
    ),
    # a shortage of something not ours, as the cause
    (
        "blame_shifting",
        "bn",
        "sms",
        INV,
        "দুঃখিত, নদীতে লঞ্চ কম থাকায় আমাদের ৭টার বাস ছাড়বে ১০টায়। ১৬৪৬০",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "sms",
        INV,
        "দুঃখিত, আমাদের বাস কম থাকায় ৭টার বাস ছাড়বে ১০টায়। ১৬৪৬০",
        False,
    ),
    # "the fault is not of our making"
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        "টিকিট দুবার বিক্রির জন্য আমরা দুঃখিত। তবে বলা দরকার, ভুলটা আমাদের তৈরি নয়; সরবরাহকারীর হালনাগাদে গলদ ছিল। পুরো ভাড়া ১০ মে-র মধ্যে ফেরত যাবে। পরের হালনাগাদ ৮ মে দুপুর ১২টায়। ০১৭৫৫-৯০৯০৯০",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        "টিকিট দুবার বিক্রির জন্য আমরা দুঃখিত। ভুলটা আমাদের; হালনাগাদ আমরা যাচাই করিনি। পুরো ভাড়া ১০ মে-র মধ্যে ফেরত যাবে। পরের হালনাগাদ ৮ মে দুপুর ১২টায়। ০১৭৫৫-৯০৯০৯০",
        False,
    ),
]


ROUND_41_RECEIPTS_EN = "Subject: The Harbour Line is running again\n\nOur Harbour Line trains ran again from 06:00 today, Tuesday 8 December, after 3 days off. About 9,000 journeys a day were cancelled because a signal cable we laid in November failed. That was our fault, and we're sorry for the missed shifts and the long taxi rides.\n\nEvery season ticket holder gets 3 days added free. Send taxi and bus receipts to refunds@harbourline.example and we repay them within 10 days. Questions: 0800 440 2020."
ROUND_41_RECEIPTS_BN = "বিষয়: হারবার লাইন আবার চালু\n\nআজ, মঙ্গলবার ৮ ডিসেম্বর, সকাল ৬টা থেকে হারবার লাইনের ট্রেন আবার চলছে; তিন দিন বন্ধ ছিল। নভেম্বরে আমাদের বসানো একটি সিগন্যাল তার নষ্ট হওয়ায় দিনে প্রায় ৯,০০০ যাত্রা বাতিল হয়েছে। দোষটা আমাদের; কাজে দেরি আর বাড়তি ভাড়ার জন্য আমরা দুঃখিত।\n\nপ্রতিটি মাসিক টিকিটে ৩ দিন বিনামূল্যে যোগ হবে। ট্যাক্সি ও বাসের রসিদ refunds@harbourline.example-এ পাঠান; ১০ দিনের মধ্যে টাকা ফেরত দেব। প্রশ্ন: ০৯৬১২-৪৪০২০২"

ROUND_41_CAUSE_INSTEAD: list[tuple[str, str, str, Stage, str, bool]] = [
    # a wrong input used in place of the right one ("worked out using next year's prices
    # instead of this year's") is a plain cause; advice to use one thing instead of another is none
    (
        "root_cause_missing",
        "en",
        "email",
        RES,
        "Subject: Your water bill for November was too high\n\nOn 2 December 6,300 customers got a bill that was too high. The amounts were worked out from the 2027 tariff instead of the 2026 one. That was our mistake, and we are sorry for the worry a wrong bill causes.\n\nWe corrected the tariff on 3 December and sent every customer a new bill. Anyone who already paid gets the difference back by 12 December, plus a 10 GBP credit. We will write to you by 19 December to confirm. Questions: 0800 300 4455.",
        False,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        RES,
        "Subject: Your water bill for November was too high\n\nOn 2 December 6,300 customers got a bill that was too high. That was our mistake, and we are sorry for the worry a wrong bill causes. Please use the online account instead of the phone line while we put it right.\n\nWe corrected the bills on 3 December and sent every customer a new one. Anyone who already paid gets the difference back by 12 December, plus a 10 GBP credit. We will write to you by 19 December to confirm. Questions: 0800 300 4455.",
        True,
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        RES,
        "বিষয়: নভেম্বরের পানির বিল বেশি এসেছে\n\n২ ডিসেম্বর ৬,৩০০ গ্রাহকের কাছে বেশি টাকার বিল গেছে। ২০২৬ সালের দরের বদলে ২০২৭ সালের দরে বিল হিসাব করা হয়েছিল; দরটি ৩০ নভেম্বর আমাদের বিলিং দল বদলেছিল। ভুলটা আমাদের, এবং এর জন্য আমরা আন্তরিকভাবে দুঃখিত।\n\n৩ ডিসেম্বর দর ঠিক করে সবাইকে নতুন বিল পাঠিয়েছি। যাঁরা আগেই টাকা দিয়েছেন, ১২ ডিসেম্বরের মধ্যে বাড়তি টাকা ফেরত পাবেন, সঙ্গে ১০০ টাকা ক্রেডিট। ১৯ ডিসেম্বরের মধ্যে আবার জানাব। প্রশ্ন: ০৯৬১২-৩৪৫৬৭৮",
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        RES,
        "বিষয়: নভেম্বরের পানির বিল বেশি এসেছে\n\n২ ডিসেম্বর ৬,৩০০ গ্রাহকের কাছে বেশি টাকার বিল গেছে। ভুলটা আমাদের, এবং এর জন্য আমরা আন্তরিকভাবে দুঃখিত। ফোনের বদলে অনলাইন অ্যাকাউন্ট ব্যবহার করুন।\n\n৩ ডিসেম্বর বিল ঠিক করে সবাইকে নতুন বিল পাঠিয়েছি। যাঁরা আগেই টাকা দিয়েছেন, ১২ ডিসেম্বরের মধ্যে বাড়তি টাকা ফেরত পাবেন, সঙ্গে ১০০ টাকা ক্রেডিট। ১৯ ডিসেম্বরের মধ্যে আবার জানাব। প্রশ্ন: ০৯৬১২-৩৪৫৬৭৮",
        True,
    ),
]

ROUND_41_TRIAL_GROUP_FIRST_AFTER: list[tuple[str, str, str, Stage, str, bool]] = [
    # "tried on a small number of tills first": the few a change should have gone to first,
    # with "first" after them, are no harm played down
    (
        "impact_vague",
        "en",
        "email",
        IDENT,
        "Subject: Card payments failing at our cafes\n\nSince 07:30 today about 2,400 card payments at our 38 cafes in Leeds have been declined. A till update we installed overnight had a fault; it should have been tried on a small number of tills first, and it wasn't. That was our mistake, and we're sorry for the queues and the lost sales.\n\nWe are taking the update off every till now and expect cards to work again by 12:00. Cash still works. Next update here at 11:00. Help: 0800 210 3344.",
        False,
    ),
    (
        "impact_vague",
        "en",
        "email",
        IDENT,
        "Subject: Card payments failing at our cafes\n\nSince 07:30 today a small number of card payments at our cafes in Leeds have been declined. A till update we installed overnight had a fault. That was our mistake, and we're sorry for the queues and the lost sales.\n\nWe are taking the update off every till now and expect cards to work again by 12:00. Cash still works. Next update here at 11:00. Help: 0800 210 3344.",
        True,
    ),
    (
        "impact_vague",
        "bn",
        "email",
        IDENT,
        "বিষয়: আমাদের ক্যাফেতে কার্ডে টাকা দেওয়া যাচ্ছে না\n\nআজ সকাল ৭:৩০ থেকে লিডসের ৩৮টি ক্যাফেতে প্রায় ২,৪০০ কার্ড পেমেন্ট বাতিল হয়েছে। রাতে আমরা ক্যাশ মেশিনে যে আপডেট বসিয়েছিলাম, তাতে ত্রুটি ছিল; অল্প কিছু মেশিনে সেটি আগে পরীক্ষা করা উচিত ছিল, আমরা তা করিনি। ভুলটা আমাদের, লাইনে দাঁড়িয়ে থাকা আর বিক্রি হারানোর জন্য আমরা দুঃখিত।\n\nএখন প্রতিটি মেশিন থেকে আপডেটটি সরানো হচ্ছে; দুপুর ১২টার মধ্যে কার্ড আবার চলবে। পরবর্তী আপডেট সকাল ১১টায়। সাহায্য: ০৯৬১২-৩৪৫৬৭৮",
        False,
    ),
    (
        "impact_vague",
        "bn",
        "email",
        IDENT,
        "বিষয়: আমাদের ক্যাফেতে কার্ডে টাকা দেওয়া যাচ্ছে না\n\nআজ সকাল ৭:৩০ থেকে লিডসের ক্যাফেতে অল্প কিছু কার্ড পেমেন্ট বাতিল হয়েছে। রাতে আমরা ক্যাশ মেশিনে যে আপডেট বসিয়েছিলাম, তাতে ত্রুটি ছিল। ভুলটা আমাদের, লাইনে দাঁড়িয়ে থাকা আর বিক্রি হারানোর জন্য আমরা দুঃখিত।\n\nএখন প্রতিটি মেশিন থেকে আপডেটটি সরানো হচ্ছে; দুপুর ১২টার মধ্যে কার্ড আবার চলবে। পরবর্তী আপডেট সকাল ১১টায়। সাহায্য: ০৯৬১২-৩৪৫৬৭৮",
        True,
    ),
]

ROUND_41_NEXT_UPDATE_TAKEN_FOR: list[tuple[str, str, str, Stage, str, bool]] = [
    # what was taken for the next update's time: a Bengali date the trouble runs from ("এক তারিখ
    # থেকে আটকে"), the scheduled time naming a flight in an X post, and in a closing email a
    # request to the reader ("Send receipts …") dated by our repayment
    (
        "next_update_missing",
        "bn",
        "sms",
        INV,
        "নদীবাস: আমাদের ভুলে ৪/১২ থেকে আপনার টিকিট আটকে আছে, দুঃখিত। nb.bd/s",
        True,
    ),
    (
        "next_update_missing",
        "bn",
        "sms",
        INV,
        "নদীবাস: আমাদের ভুলে আপনার টিকিট আটকে আছে, দুঃখিত। ৬/১২ থেকে আবার পাবেন। nb.bd/s",
        False,
    ),
    (
        "next_update_missing",
        "en",
        "x",
        INV,
        "Sorry, all 140 of you booked on Northwind NW88, 14:40 to Oslo: it's late because we planned too few ground staff. No new time yet. Snacks at desk C4; change or refund: https://northwind.example/trip",
        True,
    ),
    (
        "next_update_missing",
        "en",
        "x",
        INV,
        "Sorry, all 140 of you booked on Northwind NW88, 14:40 to Oslo: it's late because we planned too few ground staff. Next update here by 15:30. Help: https://northwind.example/trip",
        False,
    ),
    (
        "next_update_missing",
        "bn",
        "x",
        INV,
        "দুঃখিত, নর্থউইন্ড NW88-এর ১৪০ জন যাত্রী: আমাদের কর্মী কম থাকায় ফ্লাইট দেরিতে। নতুন সময় এখনও জানি না। সাহায্য: https://northwind.example/trip",
        True,
    ),
    (
        "next_update_missing",
        "bn",
        "x",
        INV,
        "দুঃখিত, নর্থউইন্ড NW88-এর ১৪০ জন যাত্রী: আমাদের কর্মী কম থাকায় ফ্লাইট দেরিতে। বিকেল ৩:৩০টার মধ্যে এখানে নতুন সময় জানাব। সাহায্য: https://northwind.example/trip",
        False,
    ),
    ("next_update_missing", "en", "email", RES, ROUND_41_RECEIPTS_EN, True),
    (
        "next_update_missing",
        "en",
        "email",
        RES,
        ROUND_41_RECEIPTS_EN
        + "\n\nWe will send everyone the full report on the cable by 18 December.",
        False,
    ),
    ("next_update_missing", "bn", "email", RES, ROUND_41_RECEIPTS_BN, True),
    (
        "next_update_missing",
        "bn",
        "email",
        RES,
        ROUND_41_RECEIPTS_BN + "\n\nতারটি নিয়ে পূর্ণ প্রতিবেদন ১৮ ডিসেম্বরের মধ্যে সবাইকে পাঠাব।",
        False,
    ),
]


ROUND_42_BASE_EN = "Subject: Home internet is back in Riverside\n\nFrom 20:00 on Monday 1 December to 11:00 on Tuesday 2 December about 5,200 homes in Riverside had no internet. One of our engineers cut the wrong fibre while moving a cabinet; that was our mistake and we are sorry for the lost work and evenings. The fibre was spliced at 11:00 and every cabinet move now has a second engineer checking the labels. We will post the full report here by 12 December."
ROUND_42_BASE_BN = "বিষয়: নদীপাড়ে বাড়ির ইন্টারনেট আবার চালু\n\nসোমবার ১ ডিসেম্বর রাত ৮টা থেকে মঙ্গলবার ২ ডিসেম্বর সকাল ১১টা পর্যন্ত নদীপাড় এলাকার প্রায় ৫,২০০ বাড়িতে ইন্টারনেট ছিল না। একটি বাক্স সরানোর সময় আমাদের এক কর্মী ভুল তার কেটে ফেলেন; ভুলটা আমাদের, আর নষ্ট হওয়া কাজ ও সন্ধ্যার জন্য আমরা দুঃখিত। সকাল ১১টায় তার জোড়া লাগানো হয়েছে, এখন থেকে প্রতিটি বাক্স সরানোর সময় দ্বিতীয় একজন কর্মী লেবেল মিলিয়ে দেখেন। পূর্ণ প্রতিবেদন ১২ ডিসেম্বরের মধ্যে এখানে দেব।"

ROUND_42_MAKE_GOOD: list[tuple[str, str, str, Stage, str, bool]] = [
    # what was taken for a make-good: a free call to the helpline, a refund only for those who
    # give the service up, a refund pointed at for those still waiting for money owed, a
    # credit card, a week "you count on us" and the hotel people reached on their own trip
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        ROUND_42_BASE_EN + " Still offline? Ring 0800 555 0101 (free of charge, 8am to 10pm).",
        True,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        ROUND_42_BASE_EN
        + " An engineer will replace any router that was damaged free of charge. Still offline? Ring 0800 555 0101.",
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        ROUND_42_BASE_BN + " এখনো সংযোগ না পেলে ফোন করুন 09612-555010 (বিনা খরচে, সকাল ৮টা–রাত ১০টা)।",
        True,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        ROUND_42_BASE_BN
        + " নষ্ট হওয়া রাউটার আমাদের কর্মী বিনা খরচে বদলে দেবেন। এখনো সংযোগ না পেলে ফোন করুন 09612-555010।",
        False,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        ROUND_42_BASE_EN
        + " If you would prefer to end your contract, tell us and we will refund December's fee.",
        True,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        ROUND_42_BASE_EN
        + " We will refund December's fee to every home on the line by 15 December.",
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        ROUND_42_BASE_BN + " চাইলে সংযোগ বাতিল করতে পারেন, সে ক্ষেত্রে ডিসেম্বরের টাকা ফেরত দেব।",
        True,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        ROUND_42_BASE_BN + " ১৫ ডিসেম্বরের মধ্যে প্রতিটি বাড়িকে ডিসেম্বরের পুরো টাকা ফেরত দেব।",
        False,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        ROUND_42_BASE_EN
        + " If you still have not had your money back for a failed top-up, write to help@riverside.example.",
        True,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        ROUND_42_BASE_EN
        + " Every home gets its money back for the two days by 15 December; if anything is unclear, write to help@riverside.example.",
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        ROUND_42_BASE_BN + " ব্যর্থ রিচার্জের টাকা এখনো ফেরত না পেলে help@riverside.example-এ লিখুন।",
        True,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        ROUND_42_BASE_BN
        + " দুই দিনের টাকা ১৫ ডিসেম্বরের মধ্যে প্রতিটি বাড়িকে ফেরত দেব। কিছু অস্পষ্ট হলে help@riverside.example-এ লিখুন।",
        False,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        ROUND_42_BASE_EN
        + " Many of you pay your bill by credit card, and the week you count on us most is the week we failed.",
        True,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        ROUND_42_BASE_EN + " We will credit two days of your plan to your account by 15 December.",
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        ROUND_42_BASE_BN + " অনেকে ক্রেডিট কার্ডে বিল দেন; বিভ্রাটের সময় সেই পেমেন্টও আটকে ছিল।",
        True,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        ROUND_42_BASE_BN + " দুই দিনের দাম ১৫ ডিসেম্বরের মধ্যে আপনার অ্যাকাউন্টে ক্রেডিট হিসেবে জমা হবে।",
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        ROUND_42_BASE_BN
        + " শহরের বাইরে থেকে আসা অতিথিরা রাতে নিজেদের হোটেলে পৌঁছেছেন এবং সেখান থেকেই কাজ সেরেছেন।",
        True,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        ROUND_42_BASE_BN + " যাঁরা বাড়িতে কাজ করতে পারেননি, তাঁদের হোটেলের খরচ আমরা দিয়েছি।",
        False,
    ),
]


ROUND_43_BASE_EN = "Subject: Water supply in Millbrook is back\n\nFrom 06:00 on Wednesday 4 March to 15:30 on Thursday 5 March about 3,400 homes in Millbrook had no running water. The reservoir ran dry because a valve our crew closed for a repair on Tuesday night was left shut; that was our mistake, and we are sorry for the lost showers, meals and working hours. We opened the valve at 14:10 and every closed valve is now logged and checked by a second engineer. Every household affected gets a £30 credit on its next bill. Our full report will be on millbrookwater.example/report by Friday 20 March. Questions: 0800 222 3333."
ROUND_43_BASE_BN = "বিষয়: মিলবাগে পানি সরবরাহ আবার চালু\n\nবুধবার ৪ মার্চ সকাল ৬টা থেকে বৃহস্পতিবার ৫ মার্চ বিকেল ৩টা পর্যন্ত মিলবাগের প্রায় ৩,৪০০ বাড়িতে কলে পানি ছিল না। জলাধার খালি হয়ে যায়, কারণ মঙ্গলবার রাতে মেরামতের জন্য আমাদের কর্মীরা যে ভাল্ভ বন্ধ করেছিলেন, সেটি আর খোলা হয়নি; ভুলটা আমাদের, আর রান্না, গোসল ও কাজের যে ক্ষতি হলো তার জন্য আমরা দুঃখিত। দুপুর ২টায় ভাল্ভটি খুলে দিয়েছি, এখন থেকে বন্ধ করা প্রতিটি ভাল্ভ খাতায় লেখা হয় এবং দ্বিতীয় একজন প্রকৌশলী তা মিলিয়ে দেখেন। ক্ষতিগ্রস্ত প্রতিটি পরিবার পরের বিলে ৩০০ টাকা ছাড় পাবে। পূর্ণ প্রতিবেদন ২০ মার্চ শুক্রবারের মধ্যে millbag.example/report-এ দেব। প্রশ্ন থাকলে: ০৯৬১২-৩৩৩৪৪৪।"
ROUND_43_CAUSE_EN = "The reservoir ran dry because a valve our crew closed for a repair on Tuesday night was left shut; that was our mistake"
ROUND_43_CAUSE_BN = "জলাধার খালি হয়ে যায়, কারণ মঙ্গলবার রাতে মেরামতের জন্য আমাদের কর্মীরা যে ভাল্ভ বন্ধ করেছিলেন, সেটি আর খোলা হয়নি; ভুলটা আমাদের"
ROUND_43_FIX_EN = "We opened the valve at 14:10 and every closed valve is now logged and checked by a second engineer."
ROUND_43_FIX_BN = "দুপুর ২টায় ভাল্ভটি খুলে দিয়েছি, এখন থেকে বন্ধ করা প্রতিটি ভাল্ভ খাতায় লেখা হয় এবং দ্বিতীয় একজন প্রকৌশলী তা মিলিয়ে দেখেন।"

ROUND_43_NEVER_AGAIN: list[tuple[str, str, str, Stage, str, bool]] = [
    # "never again" in new words: "this simply cannot happen again", "impossible for this to
    # happen again", "আর কখনো … থাকবে না"; not the aim of a change ("so that this cannot happen
    # again") nor a request ("আর কখনো … রাখবেন না")
    (
        "over_promising",
        "en",
        "email",
        RES,
        ROUND_43_BASE_EN + " With the log in place, this mistake simply cannot happen again.",
        True,
    ),
    (
        "over_promising",
        "en",
        "email",
        RES,
        ROUND_43_BASE_EN
        + " Now that every valve is logged, it is impossible for this to happen again.",
        True,
    ),
    (
        "over_promising",
        "en",
        "email",
        RES,
        ROUND_43_BASE_EN
        + " We are also changing how repairs are signed off, so that this cannot happen again.",
        False,
    ),
    (
        "over_promising",
        "bn",
        "email",
        RES,
        ROUND_43_BASE_BN + " নতুন খাতা চালুর পর মিলবাগে কলের পানি আর কখনো বন্ধ থাকবে না।",
        True,
    ),
    (
        "over_promising",
        "bn",
        "email",
        RES,
        ROUND_43_BASE_BN + " নতুন খাতা চালুর পর কোনো ভাল্ভ নিয়ে আর কোনোদিন ভুল হওয়ার সুযোগ আসবে না।",
        True,
    ),
    (
        "over_promising",
        "bn",
        "email",
        RES,
        ROUND_43_BASE_BN + " মেরামতের গর্তের পাশে আর কখনো গাড়ি রাখবেন না, তাতে পাইপ ফেটে যেতে পারে।",
        False,
    ),
]

ROUND_43_UNDATED: list[tuple[str, str, str, Stage, str, bool]] = [
    # an undated promise as the second verb of a sentence ("… and will bring in changes in due
    # course"), or a thing "posted shortly" to someone who "will receive" it; not the reader's
    # own timing after "so they can" / "যাতে"
    (
        "undated_commitment",
        "en",
        "email",
        RES,
        ROUND_43_BASE_EN.replace(
            ROUND_43_FIX_EN,
            "We opened the valve at 14:10, are looking again at how repairs are signed off and will bring in changes in due course.",
        ),
        True,
    ),
    (
        "undated_commitment",
        "en",
        "email",
        RES,
        ROUND_43_BASE_EN
        + " Every household on our priority list will receive a bottled-water voucher, posted shortly.",
        True,
    ),
    (
        "undated_commitment",
        "en",
        "email",
        RES,
        ROUND_43_BASE_EN
        + " We will ring the 40 households on our priority list by 18:00 today, so they can collect bottled water as soon as possible.",
        False,
    ),
    (
        "undated_commitment",
        "bn",
        "email",
        RES,
        ROUND_43_BASE_BN + " অগ্রাধিকার তালিকার পরিবারগুলো বোতলের পানির কুপন পাবে, খুব শিগগিরই ডাকে পাঠানো হবে।",
        True,
    ),
    (
        "undated_commitment",
        "bn",
        "email",
        RES,
        ROUND_43_BASE_BN
        + " আজ সন্ধ্যা ৬টার মধ্যে অগ্রাধিকার তালিকার ৪০টি পরিবারকে ফোন করব, যাতে তাঁরা যত দ্রুত সম্ভব বোতলের পানি নিতে পারেন।",
        False,
    ),
]

ROUND_43_EMPTY_CAUSE: list[tuple[str, str, str, Stage, str, bool]] = [
    # an empty cause under a question heading ("What went wrong?", "কী হয়েছিল?"), or behind a
    # subject line that only promises "what happened"; people burnt ("পুড়ে গেছেন") are the
    # harm, not the cause
    (
        "root_cause_missing",
        "en",
        "email",
        RES,
        ROUND_43_BASE_EN.replace(
            "is back\n", "is back \u2013 what happened on Wednesday\n"
        ).replace(
            ROUND_43_CAUSE_EN,
            "The outage was caused by an unexpected issue at our treatment works; that was our mistake",
        ),
        True,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        RES,
        ROUND_43_BASE_EN.replace("is back\n", "is back \u2013 what happened on Wednesday\n"),
        False,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        RES,
        ROUND_43_BASE_EN.replace(
            ROUND_43_CAUSE_EN,
            "What went wrong?\nThe outage came from a technical problem at our treatment works; that was our mistake",
        ),
        True,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        RES,
        ROUND_43_BASE_EN.replace(
            ROUND_43_CAUSE_EN,
            "What went wrong?\nA valve our crew closed for a repair on Tuesday night was left shut, so the reservoir emptied; that was our mistake",
        ),
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        RES,
        ROUND_43_BASE_BN.replace(
            ROUND_43_CAUSE_BN,
            "গরম পানি ফুটাতে গিয়ে দুজন বাসিন্দা সামান্য পুড়ে গেছেন। একটি কারিগরি ত্রুটির কারণে সরবরাহ বন্ধ ছিল; ভুলটা আমাদের",
        ),
        True,
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        RES,
        ROUND_43_BASE_BN.replace(
            ROUND_43_CAUSE_BN,
            "গরম পানি ফুটাতে গিয়ে দুজন বাসিন্দা সামান্য পুড়ে গেছেন। শোধনাগারের প্রধান পাম্পের মোটর পুড়ে যায়, বদলি পাম্পটিও আমরা চালু রাখিনি; ভুলটা আমাদের",
        ),
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        RES,
        ROUND_43_BASE_BN.replace(
            ROUND_43_CAUSE_BN, "কী হয়েছিল?\nএকটি অপ্রত্যাশিত সমস্যার কারণে সরবরাহ বন্ধ ছিল; ভুলটা আমাদের"
        ),
        True,
    ),
]

ROUND_43_EMPTY_REMEDIATION: list[tuple[str, str, str, Stage, str, bool]] = [
    # remediation that is only intent or activity ("we are reviewing our procedures and will
    # make improvements"), what we found had happened ("we found that", "আমরা দেখতে পাই"),
    # the harm ("you had to"), we as the object ("asked us to take"), someone else told
    # ("বিষয়টি … জানিয়েছি"), a comparison ("স্বাভাবিকের দ্বিগুণ"); not a review done and a
    # check added, nor "you may need to run the tap"
    (
        "remediation_missing",
        "en",
        "email",
        RES,
        ROUND_43_BASE_EN.replace(
            ROUND_43_FIX_EN,
            "We are reviewing our procedures and will make improvements wherever we can.",
        ),
        True,
    ),
    (
        "remediation_missing",
        "en",
        "email",
        RES,
        ROUND_43_BASE_EN.replace(
            ROUND_43_FIX_EN,
            "On Thursday morning we found that the valve had been locked shut for the whole night.",
        ),
        True,
    ),
    (
        "remediation_missing",
        "en",
        "email",
        RES,
        ROUND_43_BASE_EN.replace(
            ROUND_43_FIX_EN,
            "Many of you had to buy bottled water or stay with family, and the water regulator has not asked us to take any further steps.",
        ),
        True,
    ),
    (
        "remediation_missing",
        "en",
        "email",
        RES,
        ROUND_43_BASE_EN.replace(
            ROUND_43_FIX_EN,
            "We have reviewed our repair procedures and added a second engineer's check to every valve closure.",
        ),
        False,
    ),
    (
        "remediation_missing",
        "en",
        "email",
        RES,
        ROUND_43_BASE_EN.replace(
            ROUND_43_FIX_EN,
            "If your pressure is still low, you may need to run the cold tap for two minutes.",
        ),
        False,
    ),
    (
        "remediation_missing",
        "bn",
        "email",
        RES,
        ROUND_43_BASE_BN.replace(
            ROUND_43_FIX_BN,
            "বৃহস্পতিবার সকালে আমরা দেখতে পাই, ভাল্ভটি সারা রাত বন্ধ অবস্থায় রেখে দেওয়া হয়েছে। বিষয়টি আমরা পানি নিয়ন্ত্রক সংস্থাকে জানিয়েছি।",
        ),
        True,
    ),
    (
        "remediation_missing",
        "bn",
        "email",
        RES,
        ROUND_43_BASE_BN.replace(
            ROUND_43_FIX_BN, "মার্চের বিলে কিছু বাড়ির পানির খরচ স্বাভাবিকের দ্বিগুণ ধরা হয়েছে।"
        ),
        True,
    ),
    (
        "remediation_missing",
        "bn",
        "email",
        RES,
        ROUND_43_BASE_BN.replace(ROUND_43_FIX_BN, "বৃহস্পতিবার বিকেল থেকে সরবরাহ স্বাভাবিক হয়েছে।"),
        False,
    ),
    (
        "remediation_missing",
        "bn",
        "email",
        RES,
        ROUND_43_BASE_BN.replace(
            ROUND_43_FIX_BN, "প্রতিটি বাড়িতে আমরা এসএমএসে জানিয়েছি, কলের পানি এখন খাওয়ার উপযোগী।"
        ),
        False,
    ),
]


ROUND_43_OWNERSHIP_SAID_PLAINLY: list[tuple[str, str, str, Stage, str, bool]] = [
    # owning that the fresh rounds' writers put in plain words the rule did not read: a
    # thing we left unprotected, a step we skipped ("without re-testing"), the crew we did
    # not have, a job we did badly, money we took twice, our system that double-booked,
    # our update that stopped something this morning, a worn part on our line, our toy
    # that can lose a part, a fault at our own factory; in Bengali a lapse that "is ours"
    # ("ঘাটতি আমাদের"), an institution owning in its third person ("ভুলটা পৌরসভার"), a
    # vehicle of ours with a fault, a thing we supplied that overheats. Each has its trap:
    # the same words said of someone else, in the passive, or of what was done to us.
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Names and phone numbers of about 3,100 choir members could be read online for two days because we left the sign-up sheet unprotected. We're sorry. Help: 0800 400 1234. Next update 16:00.",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Names and phone numbers of about 3,100 choir members could be read online for two days because the sign-up sheet was left unprotected. We're sorry. Help: 0800 400 1234. Next update 16:00.",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Oatlane: our seeded loaf (use by 9 Dec) may hold sesame. We swapped millers without re-checking the label. Sorry. Refund in store. oatlane.example/r",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Oatlane: our seeded loaf (use by 9 Dec) may hold sesame. The miller swapped grain without re-checking the label. Sorry. Refund in store. oatlane.example/r",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "The 07:10 coach to Leeds is cancelled because we did not have a driver available. Sorry to the 38 of you booked; full refund at leedscoach.example/refund. Next update 09:00.",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "The 07:10 coach to Leeds is cancelled: the motorway is shut and we do not have access to the depot. Sorry to the 38 of you booked; refund at leedscoach.example/refund. Next update 09:00.",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Boiler repairs in Eastfield are running up to 5 days late for about 700 tenants. We scheduled the winter engineers badly. Sorry. Help: 0300 111 2020. Next update Fri 10am.",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Boiler repairs in Eastfield are running up to 5 days late for about 700 tenants. We were hit badly by the cold snap. Sorry. Help: 0300 111 2020. Next update Fri 10am.",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Boiler repairs in Eastfield are running up to 5 days late for about 700 tenants. We have been badly stretched by the cold snap. Sorry. Help: 0300 111 2020. Next update Fri 10am.",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Hollybank Homes: we took your October rent payment twice on 1 Oct. Sorry. The extra payment is back by Mon 6 Oct. Help: 0330 222 4545",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Hollybank Homes: your October rent payment went out twice on 1 Oct. Sorry. The extra payment is back by Mon 6 Oct. Help: 0330 222 4545",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Westmoor Surgery: our appointments software double-booked 260 flu-jab slots on Sat. Sorry. We'll text your new time by 5pm Fri. 01632 960500",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Westmoor Surgery: our patients were double-booked by the county booking line on Sat. Sorry. We'll text your new time by 5pm Fri. 01632 960500",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        MON,
        "Meter readings are uploading again. Our app update on Sunday night stopped about 12,000 smart meters sending readings until 09:40 today - sorry. No bill will be estimated. Next update 15:00: help.example.com",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        MON,
        "Meter readings are uploading again. A phone network update on Sunday night stopped about 12,000 smart meters sending readings until 09:40 today - sorry. No bill will be estimated. Next update 15:00: help.example.com",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "About 6,000 packs of Brook Farm sliced ham (use by 14 Dec) may contain metal from a worn blade in our slicing room. Please don't eat it; full refund in store. Sorry. Update 6pm: brookfarm.example/ham",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "About 6,000 packs of Brook Farm sliced ham (use by 14 Dec) may contain metal from a worn blade at the packer we use. Please don't eat it; full refund in store. Sorry. Update 6pm: brookfarm.example/ham",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Sorry: our Puffin bath toy (sold May to June, about 9,000) can lose its beak, a choking risk. Take it away from children and return it for a refund: tidepool.example/puffin. Next update Mon 9am.",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Sorry: the Puffin bath toy (sold May to June, about 9,000) can lose its beak, a choking risk. Take it away from children and return it for a refund: tidepool.example/puffin. Next update Mon 9am.",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "A fault at our factory in Derby may have left 3,000 kettles without an earth wire. Stop using yours. Sorry. Refund: 0800 555 7788",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "A fault at our supplier's factory may have left 3,000 kettles without an earth wire. Stop using yours. Sorry. Refund: 0800 555 7788",
        True,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "গত সপ্তাহে প্রায় ৪০০ বাড়ির পানির লাইনে ময়লা পানি এসেছে; ট্যাংক পরিষ্কারের তদারকি হয়নি। তদারকির এই ঘাটতি আমাদের। আমরা দুঃখিত। পরের আপডেট কাল সকাল ১০টায়। হেল্পলাইন ১৬২২০",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "গত সপ্তাহে প্রায় ৪০০ বাড়ির পানির লাইনে ময়লা পানি এসেছে; ট্যাংক পরিষ্কারের তদারকি হয়নি। তদারকির এই ঘাটতি ঠিকাদারের। আমরা দুঃখিত। পরের আপডেট কাল সকাল ১০টায়। হেল্পলাইন ১৬২২০",
        True,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "এ মাসের বিদ্যুৎ বিলে প্রায় ২,৫০০ গ্রাহকের মিটার রিডিং দুবার ধরা হয়েছে। ভুলটা পৌরসভার। আমরা দুঃখিত। সংশোধিত বিল ২০ ডিসেম্বরের মধ্যে। সাহায্য: ০৩৩-২৬৬০-১১১১",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "এ মাসের বিদ্যুৎ বিলে প্রায় ২,৫০০ গ্রাহকের মিটার রিডিং দুবার ধরা হয়েছে। ভুলটা কুরিয়ার সংস্থার। আমরা দুঃখিত। সংশোধিত বিল ২০ ডিসেম্বরের মধ্যে। সাহায্য: ০৩৩-২৬৬০-১১১১",
        True,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        IDENT,
        "আমাদের একটি ফেরি ঘাটে ইঞ্জিনের ত্রুটিতে বন্ধ, সকাল ৯টার ট্রিপ বাতিল। দুঃখিত। ১১টায় জানাব। ১৬৩৩০",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        IDENT,
        "ঘন কুয়াশায় আমাদের একটি ফেরি ঘাটে বন্ধ, সকাল ৯টার ট্রিপ বাতিল। দুঃখিত। ১১টায় জানাব। ১৬৩৩০",
        True,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "আমাদের বিক্রি করা প্রায় ১,২০০টি ইস্ত্রির হাতল গরম হয়ে গলে যেতে পারে। ব্যবহার বন্ধ রাখুন, যেকোনো শোরুমে পুরো টাকা ফেরত। আমরা দুঃখিত। পরের খবর সোমবার সকাল ১০টায়: 09612-700700",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "বাজারে বিক্রি হওয়া প্রায় ১,২০০টি ইস্ত্রির হাতল গরম হয়ে গলে যেতে পারে। ব্যবহার বন্ধ রাখুন, যেকোনো শোরুমে পুরো টাকা ফেরত। আমরা দুঃখিত। পরের খবর সোমবার সকাল ১০টায়: 09612-700700",
        True,
    ),
]


ROUND_43_SMALL_NUMBER: list[tuple[str, str, str, Stage, str, bool]] = [
    # "sorry to the small number of you who …" plays the harm down as "a small number"
    # does, though clock times stand in the sentence; a count there answers it
    (
        "impact_vague",
        "en",
        "x",
        MON,
        "Parking payments work again. Our app update stopped payments from 07:30 to 09:15 - sorry to the small number of you who got a fine. We'll cancel those fines by Fri 12 Dec. Next update 13:00: kingsbridge.example/park",
        True,
    ),
    (
        "impact_vague",
        "en",
        "x",
        MON,
        "Parking payments work again. Our app update stopped payments from 07:30 to 09:15 - sorry to the 140 drivers who got a fine. We'll cancel those fines by Fri 12 Dec. Next update 13:00: kingsbridge.example/park",
        False,
    ),
    (
        "impact_vague",
        "bn",
        "x",
        MON,
        "পার্কিং অ্যাপে আবার টাকা দেওয়া যাচ্ছে। আমাদের অ্যাপের আপডেটে সকাল ৭:৩০ থেকে ৯:১৫ পর্যন্ত টাকা দেওয়া যায়নি — যে অল্প সংখ্যক চালক জরিমানা পেয়েছেন, তাঁদের কাছে দুঃখিত। ১২ ডিসেম্বরের মধ্যে জরিমানা বাতিল হবে। পরের আপডেট দুপুর ১টায়।",
        True,
    ),
    (
        "impact_vague",
        "bn",
        "x",
        MON,
        "পার্কিং অ্যাপে আবার টাকা দেওয়া যাচ্ছে। আমাদের অ্যাপের আপডেটে সকাল ৭:৩০ থেকে ৯:১৫ পর্যন্ত টাকা দেওয়া যায়নি — যে ১৪০ জন চালক জরিমানা পেয়েছেন, তাঁদের কাছে দুঃখিত। ১২ ডিসেম্বরের মধ্যে জরিমানা বাতিল হবে। পরের আপডেট দুপুর ১টায়।",
        False,
    ),
]


ROUND_45_BASE_EN = "Subject: Trays coming loose on Nesta high chairs\n\nBetween March and May we sold 3,100 Nesta high chairs whose trays can work loose; 14 families told us a tray came off. This was our mistake and we are sorry for the fright it gave you and your children. {} We have stopped selling the chair and are posting every owner a free fitting kit by 20 June; until then, please use the chair without the tray. Every owner also gets a refund of the tray price, £25, by 20 June. Next update: 20 June. Questions: 0800 222 3131 or help@nesta.example."
ROUND_45_BASE_BN = "বিষয়: জলের বিলে বাড়তি টাকা\n\nমার্চ মাসে আমাদের পৌরসভার ৪,২০০ পরিবারের জলের বিলে গড়ে ৫২০ টাকা বেশি ধরা হয়েছে। ভুলটা আমাদের, এই বাড়তি খরচের জন্য আমরা আন্তরিকভাবে ক্ষমা চাইছি। {} বাড়তি টাকা ১৫ এপ্রিলের মধ্যে আপনার পরের বিলে সমন্বয় করা হবে, সঙ্গে ১০০ টাকা ছাড়। আপনাকে কিছু করতে হবে না। পরের আপডেট ১৫ এপ্রিল। প্রশ্ন: ১৬২৬২ বা help@pourashava.example"

ROUND_45_CAUSE_SAID_OTHERWISE: list[tuple[str, str, str, Stage, str, bool]] = [
    # the cause said in ways the rule did not read: a part fitted "to the correct depth" or "at the
    # wrong angle", a change of ours that locked a table, "বসানোর সময়" (while installing),
    # "যাচাই না করেই … পাঠিয়েছিল" (sent without checking), "গলদ থাকায়" (a flaw being in it) and
    # "প্রাথমিক পর্যালোচনায় দেখা গেছে" (what is known so far); traps: "an error occurred", a vague
    # "কারিগরি ত্রুটি", and "যাচাই না করে … করবেন না", advice, not a cause
    (
        "root_cause_missing",
        "en",
        "email",
        RES,
        ROUND_45_BASE_EN.format(
            "At our workshop the tray bolts were not screwed in to the correct depth."
        ),
        False,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        RES,
        ROUND_45_BASE_EN.format(
            "The tray bolts were fitted at the wrong angle on our night shift."
        ),
        False,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        RES,
        ROUND_45_BASE_EN.format("An error occurred at the assembly stage."),
        True,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        IDENT,
        "Subject: Bookings failing this morning\n\nSince 08:10 about 2,300 of you could not book a table through our app. This is our fault: a price update we began at 08:00 locked the table of open bookings. We are sorry for the lost evenings out. We stopped the update at 09:30 and bookings work again; if yours failed, please try once more. Everyone affected gets £10 off their next meal by 5 May. Next update: 14:00 today. Help: help@tablely.example.",
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        RES,
        ROUND_45_BASE_BN.format("নতুন বিলিং সফটওয়্যার বসানোর সময় পুরোনো হারের তালিকা মুছে ফেলা হয়নি।"),
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        RES,
        ROUND_45_BASE_BN.format("হিসাব শাখা মিটারের রিডিং যাচাই না করেই বিল পাঠিয়েছিল।"),
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        RES,
        ROUND_45_BASE_BN.format("বিলের সফটওয়্যারের নতুন সংস্করণে গলদ থাকায় একই বিল দুবার যোগ হয়েছে।"),
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        RES,
        ROUND_45_BASE_BN.format("প্রাথমিক পর্যালোচনায় দেখা গেছে, হারের তালিকায় একটি ঘর দুবার গোনা হয়েছে।"),
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        RES,
        ROUND_45_BASE_BN.format("একটি কারিগরি ত্রুটির কারণে এমন হয়েছে।"),
        True,
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        RES,
        ROUND_45_BASE_BN.format("যাচাই না করে কোনো লিংকে ক্লিক করবেন না।"),
        True,
    ),
]


ROUND_45_GUARANTEE_AS_A_NAME: list[tuple[str, str, str, Stage, str, bool]] = [
    # a guarantee that names a scheme or a service ("under the Direct Debit Guarantee", "our
    # guaranteed next-day service", "গ্যারান্টিড ডেলিভারি সেবা", "গ্যারান্টির মেয়াদ") is no promise;
    # "we guarantee it will not happen again" and "গ্যারান্টি দিচ্ছি" still are
    (
        "over_promising",
        "en",
        "x",
        IDENT,
        "Tallow Post: our sorting machine broke and 2,000 parcels are a day late. Sorry, that's on us. Paid for our guaranteed next-day service? Refund by 9 Dec: tallow.example/help",
        False,
    ),
    (
        "over_promising",
        "en",
        "email",
        IDENT,
        "Subject: Your gift was taken twice\n\nWe took 3,100 monthly gifts twice on 8 May. It was our mistake and we are sorry. Every second payment goes back to you under the Direct Debit Guarantee by 12 May.",
        False,
    ),
    (
        "over_promising",
        "en",
        "x",
        IDENT,
        "Tallow Post: our sorting machine broke and 2,000 parcels are a day late. Sorry, that's on us. We guarantee it will not happen again: tallow.example/help",
        True,
    ),
    (
        "over_promising",
        "bn",
        "x",
        IDENT,
        "টালো পোস্ট: আমাদের বাছাই যন্ত্র বিকল, ২,০০০ পার্সেল এক দিন দেরিতে। দোষ আমাদের, দুঃখিত। গ্যারান্টিড ডেলিভারি সেবার টাকা ৯ ডিসেম্বরের মধ্যে ফেরত: tallow.bd/help",
        False,
    ),
    (
        "over_promising",
        "bn",
        "x",
        IDENT,
        "টালো পোস্ট: আমাদের বাছাই যন্ত্র বিকল, ২,০০০ পার্সেল এক দিন দেরিতে। দোষ আমাদের, দুঃখিত। পণ্যের গ্যারান্টির মেয়াদ এক মাস বাড়ানো হলো: tallow.bd/help",
        False,
    ),
    (
        "over_promising",
        "bn",
        "x",
        IDENT,
        "টালো পোস্ট: আমাদের বাছাই যন্ত্র বিকল, ২,০০০ পার্সেল এক দিন দেরিতে। দোষ আমাদের, দুঃখিত। গ্যারান্টি দিচ্ছি, এমন আর হবে না: tallow.bd/help",
        True,
    ),
]


ROUND_45_ESPECIALLY_SORRY: list[tuple[str, str, str, Stage, str, bool]] = [
    # "…, and especially sorry to anyone who had to miss work" and "দুঃখিত, বিশেষ করে যদি …" single
    # out the worst hit after a whole apology; "sorry to anyone who …" and "দুঃখিত যদি …" alone are
    # still conditional
    (
        "non_apology",
        "en",
        "x",
        INV,
        "Lindale Water: our pump failed at 07:10 and 3,400 homes in Eastmoor have no water. This is our fault. We're sorry you are without water, and especially sorry to anyone who had to miss work. Next update 11:00: lindale.example/status",
        False,
    ),
    (
        "non_apology",
        "en",
        "x",
        INV,
        "Lindale Water: our pump failed at 07:10 and 3,400 homes in Eastmoor have no water. This is our fault. We're sorry to anyone who had to miss work. Next update 11:00: lindale.example/status",
        True,
    ),
    (
        "non_apology",
        "bn",
        "x",
        INV,
        "লিন্ডেল পানি: সকাল ৭:১০-এ আমাদের পাম্প বিকল হয়ে ইস্টমুরের ৩,৪০০ বাড়িতে পানি নেই। দোষ আমাদের। পানি না পাওয়ার জন্য আমরা দুঃখিত, বিশেষ করে যদি এতে কারও কাজ কামাই হয়ে থাকে। পরের আপডেট ১১টায়: lindale.bd/status",
        False,
    ),
    (
        "non_apology",
        "bn",
        "x",
        INV,
        "লিন্ডেল পানি: সকাল ৭:১০-এ আমাদের পাম্প বিকল হয়ে ইস্টমুরের ৩,৪০০ বাড়িতে পানি নেই। দোষ আমাদের। আমরা দুঃখিত যদি এতে কারও কাজ কামাই হয়ে থাকে। পরের আপডেট ১১টায়: lindale.bd/status",
        True,
    ),
]


ROUND_45_JARGON_CASH_AND_TRADE_WORDS: list[tuple[str, str, str, Stage, str, bool]] = [
    # "ক্যাশ" as cash (a wallet app's name) is the everyday word, as a cache ("ব্রাউজারের ক্যাশ") it
    # is jargon; so are "এক্সফিলট্রেট" and a parcel network's "re-manifested"
    (
        "jargon",
        "bn",
        "x",
        INV,
        "সকাল ১০টা থেকে আমাদের টাকাঘর ক্যাশ অ্যাপে প্রায় ২ লাখ গ্রাহক টাকা তুলতে পারছেন না। ভুল আমাদের, দুঃখিত। পরের আপডেট দুপুর ১টায়। হেল্পলাইন ১৬২০০",
        False,
    ),
    (
        "jargon",
        "bn",
        "x",
        INV,
        "সকাল ১০টা থেকে আমাদের অ্যাপে প্রায় ২ লাখ গ্রাহক লগইন করতে পারছেন না। ভুল আমাদের, দুঃখিত। আপাতত ব্রাউজারের ক্যাশ মুছে দেখুন। পরের আপডেট দুপুর ১টায়। হেল্পলাইন ১৬২০০",
        True,
    ),
    (
        "jargon",
        "bn",
        "x",
        INV,
        "সকাল ১০টা থেকে আমাদের অ্যাপে প্রায় ২ লাখ গ্রাহকের তথ্য এক্সফিলট্রেট হয়েছে বলে জেনেছি। ভুল আমাদের, দুঃখিত। পরের আপডেট দুপুর ১টায়। হেল্পলাইন ১৬২০০",
        True,
    ),
    (
        "jargon",
        "en",
        "sms",
        MON,
        "Tallow Post: our sorter broke and 2,000 parcels were re-manifested to a later run. Sorry, our fault. Refunds by 9 Dec. Help: tallow.example/help",
        True,
    ),
    (
        "jargon",
        "en",
        "sms",
        MON,
        "Tallow Post: our sorter broke and 2,000 parcels are a day late. Sorry, our fault. Cash refunds at the counter by 9 Dec. Help: tallow.example/help",
        False,
    ),
]


ROUND_45_MG_BASE_EN = "Subject: Final report on the Skylark bike helmet recall\n\nOn 3 February we recalled the Skylark kids' bike helmet (model SK-2) because the chin strap buckle we fitted could open in a fall. That was our mistake and we are sorry for the worry it gave parents. We now pull-test every buckle before it leaves the factory. Our six-month review of the new test will be published here on 1 September. Questions: 0800 222 3131."
ROUND_45_MG_BASE_BN = "বিষয়: স্কাইলার্ক শিশু হেলমেট প্রত্যাহার — চূড়ান্ত প্রতিবেদন\n\n৩ ফেব্রুয়ারি আমরা স্কাইলার্ক শিশু হেলমেট (মডেল SK-2) প্রত্যাহার করেছিলাম, কারণ আমাদের লাগানো থুতনির ফিতার বকলস পড়ে গেলে খুলে যেতে পারত। ভুলটা আমাদের, আর অভিভাবকদের দুশ্চিন্তার জন্য আমরা দুঃখিত। এখন কারখানা থেকে বের হওয়ার আগে প্রতিটি বকলস টেনে পরীক্ষা করা হয়। নতুন পরীক্ষার ছয় মাসের পর্যালোচনা ১ সেপ্টেম্বর এই পাতায় প্রকাশ করব। প্রশ্ন: ০৯৬১২-২২৩১৩১।"

ROUND_45_MAKE_GOOD_GOODS_BACK: list[tuple[str, str, str, Stage, str, bool]] = [
    # goods that came back, or that the reader is asked to bring back, give nothing back:
    # a Bengali "ফেরত" with no money named before it is no refund ("৩,৬০০টি ফেরত এসেছে")
    (
        "make_good_missing",
        "en",
        "email",
        FOLLOW,
        ROUND_45_MG_BASE_EN
        + " Of the 4,100 helmets sold, 3,600 have been returned. If you still have one, take it back to any Skylark shop.",
        True,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        FOLLOW,
        ROUND_45_MG_BASE_EN
        + " Of the 4,100 helmets sold, 3,600 have been returned and each was refunded in full, plus a £10 voucher.",
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        FOLLOW,
        ROUND_45_MG_BASE_BN
        + " বিক্রি হওয়া ৪,১০০টি হেলমেটের মধ্যে ৩,৬০০টি ফেরত এসেছে। এখনো কারও কাছে থাকলে যেকোনো স্কাইলার্ক দোকানে ফেরত দিন।",
        True,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        FOLLOW,
        ROUND_45_MG_BASE_BN
        + " বিক্রি হওয়া ৪,১০০টি হেলমেটের মধ্যে ৩,৬০০টি ফেরত এসেছে, আর প্রত্যেককে পুরো দাম ফেরত দেওয়া হয়েছে।",
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        FOLLOW,
        ROUND_45_MG_BASE_BN + " এখনো কারও কাছে থাকলে দোকানে ফেরত দিন; পুরো দামের সঙ্গে ৫০০ টাকার ভাউচার পাবেন।",
        False,
    ),
]

ROUND_45_TRAIN_BASE_EN = "Subject: What went wrong with our trains on 14 and 15 March\n\nOn 14 and 15 March we cancelled 18 trains between Dover and Ashford, and about 2,600 passengers were stranded, some overnight. A new rota program we brought in too early left our drivers without rest; that decision was ours and we are sorry. We went back to the old rota on 15 March. We will write to you again on 30 April with what we have changed. Help: 0345 000 2020."
ROUND_45_TRAIN_BASE_BN = "বিষয়: ১৪ ও ১৫ মার্চের ট্রেন বাতিল — কী ভুল হয়েছিল\n\n১৪ ও ১৫ মার্চ আমরা খুলনা–যশোর পথে ১৮টি ট্রেন বাতিল করেছিলাম; প্রায় ২,৬০০ যাত্রী আটকে পড়েছিলেন, কেউ কেউ সারা রাত স্টেশনে ছিলেন। তাড়াহুড়ো করে চালু করা আমাদের নতুন রোস্টার সফটওয়্যারের কারণে চালকেরা বিশ্রাম পাননি; সিদ্ধান্তটা আমাদের, আমরা আন্তরিকভাবে দুঃখিত। ১৫ মার্চ পুরনো রোস্টারে ফিরে গেছি। ৩০ এপ্রিল কী বদলেছি তা নিয়ে আপনাকে আবার লিখব। সাহায্য: ১৬৩২০।"

ROUND_45_MAKE_GOOD_FARE_NOT_USED: list[tuple[str, str, str, Stage, str, bool]] = [
    # the fare of those who did not travel, paid back, is the price of a service not given;
    # "if you have not had it back, call us" points at money owed: neither makes good
    (
        "make_good_missing",
        "en",
        "email",
        FOLLOW,
        ROUND_45_TRAIN_BASE_EN
        + " Passengers who did not travel have had their fares refunded. If you have not had your money back, call us.",
        True,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        FOLLOW,
        ROUND_45_TRAIN_BASE_EN
        + " Passengers who did not travel have had their fares refunded, and every passenger booked on those trains gets a £30 voucher.",
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        FOLLOW,
        ROUND_45_TRAIN_BASE_BN
        + " যাঁরা ভ্রমণ করেননি, তাঁদের টিকিটের পুরো টাকা ফেরত দেওয়া হয়েছে। টাকা ফেরত না পেয়ে থাকলে আমাদের ফোন করুন।",
        True,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        FOLLOW,
        ROUND_45_TRAIN_BASE_BN
        + " যাঁরা ভ্রমণ করেননি, তাঁদের টিকিটের পুরো টাকা ফেরত দেওয়া হয়েছে; আর ওই ট্রেনগুলোর প্রত্যেক যাত্রী ৫০০ টাকার ভাউচার পাবেন।",
        False,
    ),
]

ROUND_45_NEXT_UPDATE_TAKEN_FOR: list[tuple[str, str, str, Stage, str, bool]] = [
    # a stamp heading a page ("Update, 09:20 GMT, Tuesday 4 March", "জলধারা | হালনাগাদ:
    # মঙ্গলবার, সকাল") says when we wrote; the next one is still owed
    (
        "next_update_missing",
        "en",
        "status_page",
        MON,
        "Brookfield Water: supply in Elm Vale\nUpdate, 09:20 GMT, Tuesday 4 March\n\nWater is back for the 3,400 homes in Elm Vale that lost it at 06:10, when a valve we were replacing split. Our error, and we are sorry for the cold morning. Bottled water is at the village hall until 18:00. Help: 0800 404 5050.",
        True,
    ),
    (
        "next_update_missing",
        "en",
        "status_page",
        MON,
        "Brookfield Water: supply in Elm Vale\nUpdate, 09:20 GMT, Tuesday 4 March\n\nWater is back for the 3,400 homes in Elm Vale that lost it at 06:10, when a valve we were replacing split. Our error, and we are sorry for the cold morning. Bottled water is at the village hall. Next update here at 13:00 GMT. Help: 0800 404 5050.",
        False,
    ),
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        "Brookfield Water: sorry, a valve we were fitting split; 3,400 Elm Vale homes have no water. Bottled water at the village hall. Update 1pm Tue. 0800 404 5050",
        False,
    ),
    (
        "next_update_missing",
        "bn",
        "status_page",
        MON,
        "এলম ভেল এলাকায় পানি সরবরাহ\nজলধারা পানি | হালনাগাদ: ৪ মার্চ, সকাল ৯টা\n\nসকাল ৬টা ১০ মিনিটে আমাদের বদলানো একটি ভালভ ফেটে যাওয়ায় এলম ভেলের প্রায় ৩,৪০০ বাড়িতে পানি ছিল না; এখন সরবরাহ আবার চালু। ভুলটা আমাদের, এই কষ্টের জন্য আমরা দুঃখিত। সাহায্য: ১৬৪০৪।",
        True,
    ),
    (
        "next_update_missing",
        "bn",
        "status_page",
        MON,
        "এলম ভেল এলাকায় পানি সরবরাহ\nজলধারা পানি | হালনাগাদ: ৪ মার্চ, সকাল ৯টা\n\nসকাল ৬টা ১০ মিনিটে আমাদের বদলানো একটি ভালভ ফেটে যাওয়ায় এলম ভেলের প্রায় ৩,৪০০ বাড়িতে পানি ছিল না; এখন সরবরাহ আবার চালু। ভুলটা আমাদের, এই কষ্টের জন্য আমরা দুঃখিত। পরবর্তী হালনাগাদ আজ দুপুর ১টায়, এই পাতায়। সাহায্য: ১৬৪০৪।",
        False,
    ),
    # what will not come ("won't be delivered today", "পৌঁছাবে না") is no next step
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        "Pelican Post: sorry, a conveyor we run broke, so about 2,000 parcels due today won't be delivered today. We'll text you a new slot. Track: pelican.example/track",
        True,
    ),
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        "Pelican Post: sorry, a conveyor we run broke, so about 2,000 parcels due today won't be delivered today. We'll text you a new slot by 18:00. pelican.example/track",
        False,
    ),
    (
        "next_update_missing",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের গুদামের ভুলে আজ ২,০০০ পার্সেল পৌঁছাবে না। নতুন তারিখ এসএমএসে জানাব। ১৬৫৫৫",
        True,
    ),
    (
        "next_update_missing",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের গুদামের ভুলে আজ ২,০০০ পার্সেল পৌঁছাবে না। নতুন তারিখ সন্ধ্যা ৬টায় জানাব। ১৬৫৫৫",
        False,
    ),
    # the time that names the service cancelled ("আজ ৯টার ট্রেন বাতিল", "our 9:00 train")
    (
        "next_update_missing",
        "bn",
        "sms",
        IDENT,
        "চালক না থাকায় আজ ৯টার রাজশাহীর ট্রেন বাতিল, আমরা দুঃখিত। ১৬৩২১",
        True,
    ),
    (
        "next_update_missing",
        "bn",
        "sms",
        IDENT,
        "চালক না থাকায় আজ ৯টার ট্রেন বাতিল, দুঃখিত। বিকল্প বাস ছাড়বে ১১টায়। ১৬৩২১",
        False,
    ),
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        "Sorry: our 9:00 train to Leeds is cancelled as we had no driver. 0345 000 1110",
        True,
    ),
    (
        "next_update_missing",
        "en",
        "sms",
        IDENT,
        "Sorry: our 9:00 train to Leeds is cancelled as we had no driver. A bus replaces it at 11:00. 0345 000 1110",
        False,
    ),
    # a closing notice whose only date is a past deadline ("পাঠানো হয়েছে … মধ্যে", "sent by")
    (
        "next_update_missing",
        "bn",
        "email",
        RES,
        "বিষয়: রিচার্জ সমস্যার সমাধান\n\nআমাদের সার্ভারের ভুলে ২ মার্চ প্রায় ৯,০০০ গ্রাহকের রিচার্জ আটকে ছিল; এর জন্য আমরা আন্তরিকভাবে দুঃখিত। আটকে থাকা সব টোকেন ৪ মার্চ রাত ১০টার মধ্যে এসএমএসে পাঠানো হয়েছে। প্রত্যেকের হিসাবে ৫০ টাকা বোনাস যোগ করা হয়েছে। সাহায্য: ১৬১১৬।",
        True,
    ),
    (
        "next_update_missing",
        "bn",
        "email",
        RES,
        "বিষয়: রিচার্জ সমস্যার সমাধান\n\nআমাদের সার্ভারের ভুলে ২ মার্চ প্রায় ৯,০০০ গ্রাহকের রিচার্জ আটকে ছিল; এর জন্য আমরা আন্তরিকভাবে দুঃখিত। আটকে থাকা সব টোকেন ৪ মার্চ রাত ১০টার মধ্যে এসএমএসে পাঠানো হয়েছে। প্রত্যেকের হিসাবে ৫০ টাকা বোনাস যোগ করা হয়েছে। পূর্ণ প্রতিবেদন ১২ মার্চ এই পাতায় প্রকাশ করব। সাহায্য: ১৬১১৬।",
        False,
    ),
    (
        "next_update_missing",
        "en",
        "email",
        RES,
        "Subject: Top-up problem fixed\n\nOn 2 March about 9,000 top-ups were stuck because of a fault in our server; we're truly sorry. We sent every stuck token by text by 10pm on 4 March, and added a £2 bonus to each account. Help: 0800 161 1600.",
        True,
    ),
    (
        "next_update_missing",
        "en",
        "email",
        RES,
        "Subject: Top-up problem fixed\n\nOn 2 March about 9,000 top-ups were stuck because of a fault in our server; we're truly sorry. We sent every stuck token by text by 10pm on 4 March, and added a £2 bonus to each account. Our full report will be published here on 12 March. Help: 0800 161 1600.",
        False,
    ),
    # a closing message still owing money back with no time ("we'll refund it shortly")
    (
        "next_update_missing",
        "en",
        "sms",
        FOLLOW,
        "Marlow Energy: we charged 2,400 of you a £4 late fee in error. Our mistake, sorry. We'll refund it shortly. Help: 0333 555 0101",
        True,
    ),
    (
        "next_update_missing",
        "en",
        "sms",
        FOLLOW,
        "Marlow Energy: we charged 2,400 of you a £4 late fee in error. Our mistake, sorry. We'll refund it by 12 March. Help: 0333 555 0101",
        False,
    ),
    (
        "next_update_missing",
        "bn",
        "sms",
        FOLLOW,
        "আমাদের ভুলে ২,৪০০ জনের ৫০ টাকা ফি কাটা হয়েছে, দুঃখিত। শিগগির ফেরত দেব। ১৬২১১",
        True,
    ),
    (
        "next_update_missing",
        "bn",
        "sms",
        FOLLOW,
        "আমাদের ভুলে ২,৪০০ জনের ৫০ টাকা ফি কাটা হয়েছে, দুঃখিত। ১২ মার্চ ফেরত দেব। ১৬২১১",
        False,
    ),
]

ROUND_45_FEW_WITHOUT_COUNT: list[tuple[str, str, str, Stage, str, bool]] = [
    # "a few of today's trams", "some hampers", "কিছু বাক্স": how many, not said; and the
    # numbers of the lines named ("Lines 3 & 5") are no count
    (
        "impact_vague",
        "en",
        "x",
        INV,
        "Lines 3 & 5: a few of today's trams are running late because we ran short of drivers. Our planning mistake, sorry. Live times: https://trams.example/live. Next update 10:00.",
        True,
    ),
    (
        "impact_vague",
        "en",
        "x",
        INV,
        "Lines 3 & 5: about 40 of today's trams are running late because we ran short of drivers. Our planning mistake, sorry. Live times: https://trams.example/live. Next update 10:00.",
        False,
    ),
    (
        "impact_vague",
        "en",
        "email",
        IDENT,
        "Subject: Your Harvest hamper\n\nSome hampers due on Friday are arriving a day late: we booked too few drivers for the weekend, and that's on us. We're sorry. Every late hamper will be with you by 12:00 on Saturday. Next update by email at 18:00 on Friday. Help: 0800 555 0199.",
        True,
    ),
    (
        "impact_vague",
        "en",
        "email",
        IDENT,
        "Subject: Your Harvest hamper\n\nAbout 300 hampers due on Friday are arriving a day late: we booked too few drivers for the weekend, and that's on us. We're sorry. Every late hamper will be with you by 12:00 on Saturday. Next update by email at 18:00 on Friday. Help: 0800 555 0199.",
        False,
    ),
    (
        "impact_vague",
        "bn",
        "sms",
        IDENT,
        "আমাদের ভুলে কিছু বাক্স দেরিতে পৌঁছাচ্ছে, দুঃখিত। কাল দুপুর ১২টার মধ্যে পাবেন। ১৬৫৫০",
        True,
    ),
    (
        "impact_vague",
        "bn",
        "sms",
        IDENT,
        "আমাদের ভুলে প্রায় ৩০০ বাক্স দেরিতে পৌঁছাচ্ছে, দুঃখিত। কাল দুপুর ১২টার মধ্যে পাবেন। ১৬৫৫০",
        False,
    ),
]


ROUND_45_BLAME_IN_OTHER_WORDS: list[tuple[str, str, str, Stage, str, bool]] = [
    # the fault laid elsewhere in words the rule had missed: "down to our fuel supplier", "the
    # fault here lies with <a firm>", a public body's power cut, our part denied ("not caused by
    # any change we made"), a contractor that did not finish ("… শেষ না করায়"), the fog in its
    # case ending ("কুয়াশায় … দেরিতে"), a port's jam; beside each, the same words owned
    (
        "blame_shifting",
        "en",
        "x",
        INV,
        "Harbour Ferries: the 08:40 and 09:10 sailings to Cowes are cancelled, about 300 passengers affected. Sorry. This is down to our fuel supplier, who delivered a day late. Next update 10:00. harbourferries.example/help",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "x",
        INV,
        "Harbour Ferries: the 08:40 and 09:10 sailings to Cowes are cancelled, about 300 passengers affected. Sorry. This is down to our own booking system, which we updated badly. Next update 10:00. harbourferries.example/help",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        "Dear member,\n\nOn 2 March about 1,900 renewal letters went to old addresses. I am sorry. The fault here lies with Kestrel Print, the firm that addresses our envelopes. We will write again by 9 March. Questions: 0800 123 4567.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        "Dear member,\n\nOn 2 March about 1,900 renewal letters went to old addresses. I am sorry. The fault here lies with us: we sent Kestrel Print an old list. We will write again by 9 March. Questions: 0800 123 4567.",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "sms",
        INV,
        "Ashby Stores: a National Grid power cut has shut our tills in 3 stores since 9am. Sorry. Update 12:00 ashbystores.example/help",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        "Dear customer,\n\nOur booking site was down for 3 hours on 4 May for about 6,000 customers, and we are sorry. The outage began at our hosting company's data centre and was not caused by any change we made. Next update by 6 May. Help: 0800 123 4567.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        "Dear customer,\n\nOur booking site was down for 3 hours on 4 May for about 6,000 customers, and we are sorry. The outage was caused by a change we made to our own servers. Next update by 6 May. Help: 0800 123 4567.",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        "প্রিয় গ্রাহক,\n\nঠিকাদার প্রতিষ্ঠান চুক্তির সময়ের মধ্যে মেরামত শেষ না করায় নদীর সেতুটি আরও তিন দিন বন্ধ থাকবে, প্রায় ৪০টি বাসের পথ বদলাতে হবে। আমরা দুঃখিত। পরের আপডেট শুক্রবার সকাল ১০টায়। হেল্পলাইন ১৬২২২।",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        "প্রিয় গ্রাহক,\n\nআমরা নিজেরা সময়মতো মেরামত শেষ না করায় নদীর সেতুটি আরও তিন দিন বন্ধ থাকবে; ভুলটা আমাদের। আমরা দুঃখিত। পরের আপডেট শুক্রবার সকাল ১০টায়। হেল্পলাইন ১৬২২২।",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        INV,
        "কুয়াশায় চট্টগ্রামগামী দুটি ট্রেন ৩ ঘণ্টা দেরিতে চলছে, দুঃখিত। পরের খবর দুপুর ১২টায়। ১৩১",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        INV,
        "ঘন কুয়াশায় রাস্তায় সাবধানে চলাচল করুন। আমাদের ইঞ্জিন বিকল হওয়ায় দুটি ট্রেন ৩ ঘণ্টা দেরি; ভুল আমাদের, দুঃখিত। পরের খবর দুপুর ১২টায়। ১৩১",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "sms",
        INV,
        "মোংলা বন্দরের জটে আমাদের ৪০টি ট্রাক আটকে আছে, দুঃখিত। কাল সকাল ৯টায় জানাব। ১৬৩৩৩",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "sms",
        INV,
        "আমাদের গুদামে জট তৈরি হয়েছে, ৪০টি ট্রাক আটকে আছে; পরিকল্পনার ভুল আমাদের, দুঃখিত। কাল সকাল ৯টায় জানাব। ১৬৩৩৩",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "status_page",
        MON,
        "কুয়াশায় সকালের দুটি ফ্লাইট দেরি\n\nভোর থেকে কুয়াশায় সকালের দুটি ফ্লাইট ৩ ঘণ্টা দেরিতে ছেড়েছে, প্রায় ৩৫০ জন যাত্রী আটকে ছিলেন। কিন্তু যাত্রীদের সময়মতো খবর না দেওয়াটা আমাদের ভুল, এর জন্য আমরা দুঃখিত। পরের আপডেট দুপুর ২টায়। হেল্পলাইন ১৩৬০৬।",
        False,
    ),
]


ROUND_45_HELP_TAKEN_FOR: list[tuple[str, str, str, Stage, str, bool]] = [
    # what was taken for a place to get help: crews at work, our phones that are down, the
    # reader's own phone, shop or app, a letter we wrote, an email we will send, this no-reply
    # email; beside each, a real way to reach us
    (
        "help_missing",
        "en",
        "sms",
        INV,
        "Rivermead Water: a pipe we were repairing burst and about 800 homes in Elmley have had no water since 6am. Our fault, sorry. Our crews are on site now. Next update 10am.",
        True,
    ),
    (
        "help_missing",
        "en",
        "sms",
        INV,
        "Rivermead Water: a pipe we were repairing burst and about 800 homes in Elmley have had no water since 6am. Our fault, sorry. Our crews on site can help you with bottled water. Next update 10am.",
        False,
    ),
    (
        "help_missing",
        "en",
        "sms",
        INV,
        "Oakfield Dental: our phones have been down since 8am after a line change we made. Sorry you couldn't get through. Lines back by noon; we'll text.",
        True,
    ),
    (
        "help_missing",
        "en",
        "sms",
        INV,
        "Oakfield Dental: a line change we made cut our lines at 8am, sorry. Please phone the surgery after noon and our team will help.",
        False,
    ),
    (
        "help_missing",
        "en",
        "status_page",
        MON,
        "Delivery slots double-booked - monitoring\n\nOn 3 March a booking change we made gave 540 customers the same slot as someone else; that was our mistake and we are sorry. Your new slot is saved on your phone. We wrote to each of the 540 customers on 4 March. Next update: 6 March at 12:00.",
        True,
    ),
    (
        "help_missing",
        "en",
        "status_page",
        MON,
        "Delivery slots double-booked - monitoring\n\nOn 3 March a booking change we made gave 540 customers the same slot as someone else; that was our mistake and we are sorry. We wrote to each of the 540 customers on 4 March. Write to our delivery team at Freepost NORTHWAY if your slot is still wrong. Next update: 6 March at 12:00.",
        False,
    ),
    (
        "help_missing",
        "en",
        "x",
        INV,
        "Some of you can't sign in to the Northway app since 7am. That's on us: an update we released broke sign-in, and we're sorry. Fix expected by 11:00. Next update 10:00.",
        True,
    ),
    (
        "help_missing",
        "en",
        "x",
        INV,
        "Some of you can't sign in to the Northway app since 7am. That's on us, and we're sorry. Can't sign in? Our branches are open until 6pm and staff there can help you. Next update 10:00.",
        False,
    ),
    (
        "help_missing",
        "en",
        "sms",
        RES,
        "Greenbox: sorry your weekly shop came late yesterday - our van rota was wrong and 700 orders ran 2 hrs late. Fixed now. £5 credit on your account by Fri 14 Mar",
        True,
    ),
    (
        "help_missing",
        "en",
        "sms",
        RES,
        "Greenbox: sorry your weekly shop came late yesterday - our van rota was wrong. Fixed now. £5 credit by Fri 14 Mar. Questions? Reply to this text",
        False,
    ),
    (
        "help_missing",
        "bn",
        "email",
        IDENT,
        "বিষয়: আপনার অর্ডার দেরিতে\n\nআমাদের গুদামের হিসাবের ভুলে প্রায় ৩,০০০ অর্ডার ৪ দিন দেরিতে যাচ্ছে; ভুলটা আমাদের, আমরা দুঃখিত। শুক্রবার সকালে আবার ইমেইল করে জানাব।",
        True,
    ),
    (
        "help_missing",
        "bn",
        "email",
        IDENT,
        "বিষয়: আপনার অর্ডার দেরিতে\n\nআমাদের গুদামের হিসাবের ভুলে প্রায় ৩,০০০ অর্ডার ৪ দিন দেরিতে যাচ্ছে; ভুলটা আমাদের, আমরা দুঃখিত। শুক্রবার সকালে আবার জানাব। প্রশ্ন থাকলে এই ইমেইলের উত্তর দিন।",
        False,
    ),
    (
        "help_missing",
        "bn",
        "email",
        IDENT,
        "বিষয়: আপনার অর্ডার দেরিতে\n\nআমাদের গুদামের হিসাবের ভুলে প্রায় ৩,০০০ অর্ডার ৪ দিন দেরিতে যাচ্ছে; ভুলটা আমাদের, আমরা দুঃখিত। পরের আপডেট শুক্রবার সকালে, এই ইমেইল ঠিকানায়। (এটি একটি স্বয়ংক্রিয় ইমেইল; অনুগ্রহ করে উত্তর দেবেন না।)",
        True,
    ),
]


ROUND_47_BASE_EN = "Subject: Your January gas bill\n\nOn 3 February 5,400 customers got a January bill about £48 too high. That was our mistake and we are sorry for the shock of a bill you did not expect. {} We have cancelled every wrong bill and are sending a corrected one by 14 February; you do not need to do anything, and nobody will be chased for the difference. Each affected account also gets a £15 credit on the corrected bill. Next update: 14 February. Questions: 0800 313 4040 or bills@hearthgas.example."
ROUND_47_BASE_BN = "বিষয়: জানুয়ারির ইন্টারনেট বিল\n\n৩ ফেব্রুয়ারি আমাদের ৫,৪০০ গ্রাহকের জানুয়ারির বিলে গড়ে ৪৫০ টাকা বেশি ধরা হয়েছে। ভুলটা আমাদের, হঠাৎ বাড়তি বিলের দুশ্চিন্তার জন্য আমরা আন্তরিকভাবে ক্ষমা চাইছি। {} ভুল বিলগুলো বাতিল করেছি, ১৪ ফেব্রুয়ারির মধ্যে সংশোধিত বিল পাঠানো হবে; আপনাকে কিছু করতে হবে না। প্রত্যেক গ্রাহক সংশোধিত বিলে ১৫০ টাকা ছাড় পাবেন। পরের আপডেট ১৪ ফেব্রুয়ারি। প্রশ্ন: ১৬৪৪৪ বা bill@jalnet.example"

ROUND_47_CAUSE_ONLY_A_KIND: list[tuple[str, str, str, Stage, str, bool]] = [
    # round 47: causes that are only a kind of problem, and the traps where a plain cause is said
    # a heading that points at the cause, over a cause that is only a kind of problem
    (
        "root_cause_missing",
        "en",
        "email",
        RES,
        ROUND_47_BASE_EN.format(
            "What happened\nThe bills were worked out on 2 February. This was caused by a technical issue in our billing process."
        ),
        True,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        RES,
        ROUND_47_BASE_EN.format(
            "What happened\nThe night before the bills went out, one of our analysts loaded last winter's unit price into the bill run."
        ),
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        RES,
        ROUND_47_BASE_BN.format(
            "কী ঘটেছিল\n২ ফেব্রুয়ারি রাতে বিলগুলো তৈরি হয়। একটি কারিগরি ত্রুটির কারণে বিলে বাড়তি টাকা যোগ হয়েছিল।"
        ),
        True,
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        RES,
        ROUND_47_BASE_BN.format(
            "কী ঘটেছিল\n২ ফেব্রুয়ারি রাতে বিল তৈরির সময় আমাদের একজন কর্মী গত বছরের দর বসিয়ে ফেলেছিলেন।"
        ),
        False,
    ),
    # the place of a vague fault is not what went wrong
    (
        "root_cause_missing",
        "en",
        "status_page",
        IDENT,
        "Card payments failing at Tillpoint shops\n\nSince 11:20 about 900 of our shops have not been able to take card payments. This is our fault and we are sorry for the sales you are losing. The failures are caused by a technical fault on our side affecting the payment servers. We have moved card traffic to our second site and are checking each shop by 14:00. Take cash or use the Tillpoint app in the meantime. Next update: 13:00. Help: 0800 919 2020.",
        True,
    ),
    (
        "root_cause_missing",
        "en",
        "status_page",
        IDENT,
        "Card payments failing at Tillpoint shops\n\nSince 11:20 about 900 of our shops have not been able to take card payments. This is our fault and we are sorry for the sales you are losing. The failures are caused by a technical fault at our main site when a cooling fan stopped and the payment servers overheated. We have moved card traffic to our second site and are checking each shop by 14:00. Take cash or use the Tillpoint app in the meantime. Next update: 13:00. Help: 0800 919 2020.",
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        IDENT,
        "টিকিট বুকিং বন্ধ\n\nআজ সকাল ৯টা থেকে আমাদের ওয়েবসাইটে প্রায় ২,১০০ জন বাসের টিকিট কাটতে পারেননি। দায় আমাদের, এই ভোগান্তির জন্য আমরা দুঃখিত।\nকারণ: আমাদের বুকিং সার্ভারে কারিগরি জটিলতা দেখা দিয়েছে।\nবিকল্প সার্ভার চালু করেছি, দুপুর ১টার মধ্যে সবার বুকিং আবার চলবে; কাউন্টারেও টিকিট পাওয়া যাচ্ছে। পরের আপডেট দুপুর ১টায়। হেল্পলাইন: ০৯৬১২-৫৫০০৫৫",
        True,
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        IDENT,
        "টিকিট বুকিং বন্ধ\n\nআজ সকাল ৯টা থেকে আমাদের ওয়েবসাইটে প্রায় ২,১০০ জন বাসের টিকিট কাটতে পারেননি। দায় আমাদের, এই ভোগান্তির জন্য আমরা দুঃখিত।\nকারণ: আমাদের বুকিং সার্ভারের সার্টিফিকেটের মেয়াদ শেষ হয়ে গিয়েছিল, আমরা সময়মতো নবায়ন করিনি।\nনতুন সার্টিফিকেট বসিয়েছি, দুপুর ১টার মধ্যে সবার বুকিং আবার চলবে; কাউন্টারেও টিকিট পাওয়া যাচ্ছে। পরের আপডেট দুপুর ১টায়। হেল্পলাইন: ০৯৬১২-৫৫০০৫৫",
        False,
    ),
    # kinds of problem and kinds of reason
    (
        "root_cause_missing",
        "en",
        "email",
        RES,
        ROUND_47_BASE_EN.format(
            "The extra charges came from problems in our billing system that we did not catch in time."
        ),
        True,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        RES,
        ROUND_47_BASE_EN.format(
            "The extra charges came from a price table in our billing system that still held last winter's unit rate."
        ),
        False,
    ),
    (
        "root_cause_missing",
        "en",
        "status_page",
        IDENT,
        "Recall: Brightloom baby blanket (BL-40)\n\nWe are recalling all 12,000 Brightloom BL-40 blankets sold since 1 May. We are sorry: these are our blankets and we let parents down. The recall is due to quality-control reasons. Stop using it and return it to any of our shops for a full refund of £29, or we will collect it. Next update: 20 June. Help: 0800 404 5050.",
        True,
    ),
    (
        "root_cause_missing",
        "en",
        "status_page",
        IDENT,
        "Recall: Brightloom baby blanket (BL-40)\n\nWe are recalling all 12,000 Brightloom BL-40 blankets sold since 1 May. We are sorry: these are our blankets and we let parents down. We are withdrawing the blanket because its ribbon trim can come loose after washing and a baby could swallow it. Stop using it and return it to any of our shops for a full refund of £29, or we will collect it. Next update: 20 June. Help: 0800 404 5050.",
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        IDENT,
        "প্রত্যাহার: সোনালি আটা (১ কেজি), লট SA-220\n\nলট SA-220-এর প্রায় ৯,০০০ প্যাকেট আটা আমরা বাজার থেকে ফিরিয়ে নিচ্ছি। প্যাকেটগুলো আমাদের কারখানার, ভুলটা আমাদের; আমরা দুঃখিত। নিরাপত্তাজনিত কারণে লটটি প্রত্যাহার করা হচ্ছে। আটা ব্যবহার না করে যেকোনো দোকানে ফেরত দিন, পুরো দাম ফেরত পাবেন। পরের আপডেট ২০ জুন। হেল্পলাইন: ০৯৬১২-৭৭৭৭৭৭",
        True,
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        IDENT,
        "প্রত্যাহার: সোনালি আটা (১ কেজি), লট SA-220\n\nলট SA-220-এর প্রায় ৯,০০০ প্যাকেট আটা আমরা বাজার থেকে ফিরিয়ে নিচ্ছি। প্যাকেটগুলো আমাদের কারখানার, ভুলটা আমাদের; আমরা দুঃখিত। প্রত্যাহারের কারণ: আমাদের কারখানার চালুনির জাল ছিঁড়ে গিয়েছিল, তাই কিছু প্যাকেটে ধাতব তারের টুকরো মিশে গেছে। আটা ব্যবহার না করে যেকোনো দোকানে ফেরত দিন, পুরো দাম ফেরত পাবেন। পরের আপডেট ২০ জুন। হেল্পলাইন: ০৯৬১২-৭৭৭৭৭৭",
        False,
    ),
]

ROUND_47_CAUSE_WORD_NO_CAUSE: list[tuple[str, str, str, Stage, str, bool]] = [
    # words of cause that give none: the harm, the incident or its owner as the reason
    (
        "root_cause_missing",
        "en",
        "email",
        RES,
        ROUND_47_BASE_EN.format(
            "Some of you went overdrawn because of it. This happened due to a system problem."
        ),
        True,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        RES,
        ROUND_47_BASE_EN.format(
            "Some of you went overdrawn because of it. A script we ran on 2 February applied the price rise twice."
        ),
        False,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        RES,
        ROUND_47_BASE_EN.format(
            "Many of you missed a direct debit because you could not check the amount in time. Moving house should never have triggered a higher bill. This was caused by an error on our side."
        ),
        True,
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        RES,
        ROUND_47_BASE_BN.format(
            "বিল দেরির কারণে অনেকে সময়মতো টাকা দিতে পারেননি। এ ভুল আমাদের কারণেই। একটি কারিগরি সমস্যার কারণে এটি ঘটেছে।"
        ),
        True,
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        RES,
        ROUND_47_BASE_BN.format(
            "বিল দেরির কারণে অনেকে সময়মতো টাকা দিতে পারেননি। বিল তৈরির সফটওয়্যারে আমরা ভুল করে ডেটা প্যাকেজের দাম দুবার যোগ করেছিলাম।"
        ),
        False,
    ),
    # "ফলে" (as a result) after a line that only says what is not working, and after a cause
    (
        "root_cause_missing",
        "bn",
        "status_page",
        INV,
        "অনলাইন রিপোর্ট পাওয়া যাচ্ছে না\n\nআজ দুপুর ১২টা থেকে আমাদের রোগনির্ণয় কেন্দ্রের অ্যাপ কাজ করছে না। ফলে প্রায় ৮০০ জন রোগী তাঁদের রিপোর্ট দেখতে পারছেন না। অ্যাপটি আমাদের, দায়ও আমাদের; আমরা দুঃখিত। পুরোনো লগইন পাতা আবার চালু করছি, বিকেল ৪টার মধ্যে অ্যাপ চলবে; ততক্ষণ রিপোর্টের ছাপা কপি যেকোনো শাখা থেকে বিনা খরচে নিন। পরের আপডেট বিকেল ৪টায়। হেল্পলাইন: ০৯৬১২-১০৬৫৫০",
        True,
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        INV,
        "অনলাইন রিপোর্ট পাওয়া যাচ্ছে না\n\nআজ সকালে আমরা অ্যাপের লগইন পাতায় একটি নতুন যাচাই-ধাপ যোগ করি, যা পুরোনো ফোনে খোলে না। ফলে প্রায় ৮০০ জন রোগী তাঁদের রিপোর্ট দেখতে পারছেন না। অ্যাপটি আমাদের, দায়ও আমাদের; আমরা দুঃখিত। পুরোনো লগইন পাতা আবার চালু করছি, বিকেল ৪টার মধ্যে অ্যাপ চলবে; ততক্ষণ রিপোর্টের ছাপা কপি যেকোনো শাখা থেকে বিনা খরচে নিন। পরের আপডেট বিকেল ৪টায়। হেল্পলাইন: ০৯৬১২-১০৬৫৫০",
        False,
    ),
    # what could not happen is the harm: "our launch could not leave"
    (
        "root_cause_missing",
        "bn",
        "status_page",
        RES,
        "ফেরি সার্ভিস — মিটে গেছে\n\nশুক্রবার রাতে আমাদের ফেরি রূপসী বাংলা ঘাট ছাড়তে পারেনি; প্রায় ৪০০ যাত্রী ভোর পর্যন্ত আটকে ছিলেন। দায় আমাদের, আমরা আন্তরিকভাবে ক্ষমাপ্রার্থী। শনিবার থেকে ফেরি নিয়মিত চলছে। সবার পুরো ভাড়া ফেরত পাঠানো হয়েছে। ঘটনার বিস্তারিত প্রতিবেদন ২০ তারিখে এই পাতায়। যোগাযোগ: ০১৯১১-৩০৩০৩০",
        True,
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        RES,
        "ফেরি সার্ভিস — মিটে গেছে\n\nশুক্রবার রাতে আমাদের ফেরি রূপসী বাংলা ঘাট ছাড়তে পারেনি; প্রায় ৪০০ যাত্রী ভোর পর্যন্ত আটকে ছিলেন। আমাদের প্রকৌশলীরা ইঞ্জিনের জ্বালানি ফিল্টার বদলাননি, তাই ইঞ্জিন চালু হয়নি। দায় আমাদের, আমরা আন্তরিকভাবে ক্ষমাপ্রার্থী। শনিবার থেকে ফেরি নিয়মিত চলছে। সবার পুরো ভাড়া ফেরত পাঠানো হয়েছে। ঘটনার বিস্তারিত প্রতিবেদন ২০ তারিখে এই পাতায়। যোগাযোগ: ০১৯১১-৩০৩০৩০",
        False,
    ),
    # a subject line names the incident, not its cause
    (
        "root_cause_missing",
        "bn",
        "email",
        IDENT,
        "বিষয়: আপনার নাম ও মোবাইল নম্বর ফাঁস হয়েছে\n\nপ্রিয় সদস্য,\n\nআমাদের জিমের প্রায় ৩,৬০০ সদস্যের নাম ও মোবাইল নম্বর বাইরের কেউ নামিয়ে নিয়েছে। তথ্য রক্ষার দায়িত্ব আমাদের ছিল; আমরা আন্তরিকভাবে ক্ষমা চাইছি। এ ঘটনা ঘটেছে আমাদের সিস্টেমের একটি কারিগরি ত্রুটির কারণে। সব পাসওয়ার্ড বাতিল করেছি; নতুন পাসওয়ার্ড দিন। প্রত্যেক সদস্য এক মাস বিনা ফিতে জিম ব্যবহার করবেন। পরের আপডেট ১০ মার্চ। সাহায্য: ০৯৬১২-৪৪৫৫৬৬",
        True,
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        IDENT,
        "বিষয়: আপনার নাম ও মোবাইল নম্বর ফাঁস হয়েছে\n\nপ্রিয় সদস্য,\n\nআমাদের জিমের প্রায় ৩,৬০০ সদস্যের নাম ও মোবাইল নম্বর বাইরের কেউ নামিয়ে নিয়েছে। তথ্য রক্ষার দায়িত্ব আমাদের ছিল; আমরা আন্তরিকভাবে ক্ষমা চাইছি। সদস্য-তালিকার একটি কপি আমরা পাসওয়ার্ড ছাড়াই একটি অনলাইন ফোল্ডারে রেখেছিলাম। সব পাসওয়ার্ড বাতিল করেছি; নতুন পাসওয়ার্ড দিন। প্রত্যেক সদস্য এক মাস বিনা ফিতে জিম ব্যবহার করবেন। পরের আপডেট ১০ মার্চ। সাহায্য: ০৯৬১২-৪৪৫৫৬৬",
        False,
    ),
]

ROUND_47_NOT_YET_KNOWN_SAID_OR_NOT: list[tuple[str, str, str, Stage, str, bool]] = [
    # a status label and a belief about the impact do not say that the cause is not yet known
    (
        "root_cause_missing",
        "bn",
        "status_page",
        INV,
        "রেশন কার্ড পোর্টাল\nঅবস্থা: তদন্ত চলছে\n\nআজ সকাল ৮টা থেকে প্রায় ১২,০০০ পরিবার অনলাইনে রেশন কার্ড নবায়ন করতে পারছেন না। পোর্টালটি আমাদের, দায়ও আমাদের; আমরা দুঃখিত। কারণ: আমাদের সার্ভারে কারিগরি সমস্যা দেখা দিয়েছে। ইউনিয়ন পরিষদ কার্যালয়ে কাগজে আবেদন নেওয়া হচ্ছে। পরের আপডেট দুপুর ২টায়। হেল্পলাইন: ০৯৬১২-৩৩৩৩৩৩",
        True,
    ),
    (
        "root_cause_missing",
        "bn",
        "status_page",
        INV,
        "রেশন কার্ড পোর্টাল\nঅবস্থা: তদন্ত চলছে\n\nআজ সকাল ৮টা থেকে প্রায় ১২,০০০ পরিবার অনলাইনে রেশন কার্ড নবায়ন করতে পারছেন না। পোর্টালটি আমাদের, দায়ও আমাদের; আমরা দুঃখিত। এখন পর্যন্ত যা জানা গেছে: নবায়নের পাতা খুললেই সার্ভার উত্তর দেওয়া বন্ধ করে দেয়; মূল কারণ এখনও কনফার্ম হয়নি। ইউনিয়ন পরিষদ কার্যালয়ে কাগজে আবেদন নেওয়া হচ্ছে। পরের আপডেট দুপুর ২টায়। হেল্পলাইন: ০৯৬১২-৩৩৩৩৩৩",
        False,
    ),
    (
        "root_cause_missing",
        "bn",
        "email",
        INV,
        "বিষয়: অনলাইনে বিদ্যুৎ বিল দেওয়া যাচ্ছে না\n\nপ্রিয় গ্রাহক,\n\nআজ সকাল ৮টা থেকে প্রায় ১২,০০০ গ্রাহক অনলাইনে বিদ্যুৎ বিল দিতে পারছেন না। পোর্টালটি আমাদের, দায়ও আমাদের; আমরা দুঃখিত। এখন পর্যন্ত যা জানা গেছে: বিল দেওয়ার পাতা খুললেই সার্ভার উত্তর দেওয়া বন্ধ করে দেয়; মূল কারণ এখনও কনফার্ম হয়নি। বিল দেওয়ার শেষ তারিখ ৩ দিন বাড়ানো হলো, কোনো বিলম্ব মাশুল লাগবে না। পরের আপডেট দুপুর ২টায়। হেল্পলাইন: ০৯৬১২-৩৩৩৩৩৩",
        False,
    ),
    (
        "root_cause_missing",
        "en",
        "status_page",
        INV,
        "Members can't log in\n\nSince 07:50 about 2,600 login attempts to the Ferncliff Credit Union app have failed, and we believe this affects every member who tries. It is our problem and we are sorry. This is due to a technical issue with our systems. Card payments still work and our branches open at 9:00. Next update: 10:30. Help: 0345 220 3030.",
        True,
    ),
    (
        "root_cause_missing",
        "en",
        "status_page",
        INV,
        "Members can't log in\n\nSince 07:50 about 2,600 login attempts to the Ferncliff Credit Union app have failed. It is our problem and we are sorry. We believe a certificate on our login server ran out overnight, but we have not confirmed it yet. Card payments still work and our branches open at 9:00. Next update: 10:30. Help: 0345 220 3030.",
        False,
    ),
]


ROUND_47_REMEDIATION_ONLY_TAKES_UP: list[tuple[str, str, str, Stage, str, bool]] = [
    # "nothing for you to do" right after a make-good tells how the make-good reaches you, not
    # what puts the fault right; after a fix it still counts; "আমাদের জানান" alone is where to ask
    (
        "remediation_missing",
        "en",
        "status_page",
        RES,
        "Resolved: online lessons down on Tuesday\n\nFrom 09:00 to 12:30 on Tuesday 3 March, about 5,200 pupils at 60 schools could not open their Lessonly classes. It was our fault: a database change we made that morning locked the class lists. We are sorry for the lost morning of lessons. Every school gets a week's subscription credit on its April invoice. No action is needed. Full report: on this page, Friday 13 March. Questions: support@lessonly.example or 0330 100 2020.",
        True,
    ),
    (
        "remediation_missing",
        "en",
        "status_page",
        RES,
        "Resolved: online lessons down on Tuesday\n\nFrom 09:00 to 12:30 on Tuesday 3 March, about 5,200 pupils at 60 schools could not open their Lessonly classes. It was our fault: a database change we made that morning locked the class lists. We are sorry for the lost morning of lessons. Every school gets a week's subscription credit on its April invoice. We undid the database change at 12:25 and now try every change on a copy of the class lists first. Full report: on this page, Friday 13 March. Questions: support@lessonly.example or 0330 100 2020.",
        False,
    ),
    (
        "remediation_missing",
        "bn",
        "status_page",
        RES,
        "মেট্রো রেল — পরিষেবা স্বাভাবিক\n\nআজ সকাল ৯টা থেকে ১১টা পর্যন্ত আমাদের সবুজ লাইনে কোনো ট্রেন চলেনি; প্রায় ১৪,০০০ যাত্রী আটকে ছিলেন। দায় আমাদের, আমরা আন্তরিকভাবে ক্ষমাপ্রার্থী। কারণ: আমাদের সিগন্যাল কেবিনের একটি পাওয়ার সাপ্লাই পুড়ে গিয়েছিল। এই সময়ে যাঁদের কার্ড থেকে ভাড়া কাটা হয়েছে, তাঁরা সবাই ১০০ টাকার ভাউচার পাবেন। কিছু করতে হবে না। বিস্তারিত প্রতিবেদন ২০ তারিখে এই পাতায়। হেল্পলাইন: ০৯৬১২-১১২২৩৩",
        True,
    ),
    (
        "remediation_missing",
        "bn",
        "status_page",
        RES,
        "মেট্রো রেল — পরিষেবা স্বাভাবিক\n\nআজ সকাল ৯টা থেকে ১১টা পর্যন্ত আমাদের সবুজ লাইনে কোনো ট্রেন চলেনি; প্রায় ১৪,০০০ যাত্রী আটকে ছিলেন। দায় আমাদের, আমরা আন্তরিকভাবে ক্ষমাপ্রার্থী। কারণ: আমাদের সিগন্যাল কেবিনের একটি পাওয়ার সাপ্লাই পুড়ে গিয়েছিল। নতুন পাওয়ার সাপ্লাই বসানোর পর সকাল ১১টায় সিগন্যাল আবার সচল হয়েছে। এই সময়ে যাঁদের কার্ড থেকে ভাড়া কাটা হয়েছে, তাঁরা সবাই ১০০ টাকার ভাউচার পাবেন। বিস্তারিত প্রতিবেদন ২০ তারিখে এই পাতায়। হেল্পলাইন: ০৯৬১২-১১২২৩৩",
        False,
    ),
    (
        "remediation_missing",
        "bn",
        "status_page",
        FOLLOW,
        "ঝড়ো কুরিয়ার — জুনের ক্যাশ-অন-ডেলিভারি টাকা দেরিতে: পর্যালোচনা\n\n১ থেকে ১০ জুন আমাদের প্রায় ২,৪০০ ব্যবসায়ী ক্যাশ-অন-ডেলিভারির টাকা ৫ দিন দেরিতে পেয়েছেন। দায় আমাদের, এই টানাটানির জন্য আমরা আন্তরিকভাবে দুঃখিত। কারণ: আমাদের হিসাব বিভাগ ঈদের ছুটিতে দুজন কর্মী দিয়ে সব লেনদেন মিলিয়েছে। প্রত্যেক ব্যবসায়ী জুনের ডেলিভারি চার্জে ১০% ছাড় পেয়েছেন। কোনো পার্সেলের টাকা এখনও না এসে থাকলে আমাদের জানান। হেল্পলাইন: ০৯৬১২-৪৪০০৪৪",
        True,
    ),
    (
        "remediation_missing",
        "bn",
        "status_page",
        FOLLOW,
        "ঝড়ো কুরিয়ার — জুনের ক্যাশ-অন-ডেলিভারি টাকা দেরিতে: পর্যালোচনা\n\n১ থেকে ১০ জুন আমাদের প্রায় ২,৪০০ ব্যবসায়ী ক্যাশ-অন-ডেলিভারির টাকা ৫ দিন দেরিতে পেয়েছেন। দায় আমাদের, এই টানাটানির জন্য আমরা আন্তরিকভাবে দুঃখিত। কারণ: আমাদের হিসাব বিভাগ ঈদের ছুটিতে দুজন কর্মী দিয়ে সব লেনদেন মিলিয়েছে। প্রত্যেক ব্যবসায়ী জুনের ডেলিভারি চার্জে ১০% ছাড় পেয়েছেন। কোনো পার্সেলের টাকা এখনও না এসে থাকলে আমাদের জানান — ২৪ ঘণ্টার মধ্যে আমাদের কর্মী টাকা পৌঁছে দেবেন। হেল্পলাইন: ০৯৬১২-৪৪০০৪৪",
        False,
    ),
]


ROUND_47_CAUSE_IN_THE_READERS_CASE: list[tuple[str, str, str, Stage, str, bool]] = [
    # a cause word in the reader's case ("if you paid a fee because of the late refund") says
    # what befell them, not why it happened; a "Why:" label with the cause after it gives one
    (
        "root_cause_missing",
        "en",
        "email",
        RES,
        "Subject: Your March rent was collected late\n\nDear tenant,\n\nYour March rent, due on 1 March, was collected on 6 March for 2,300 of our tenants. That was our mistake and we are sorry for the worry and the juggling it caused. The late collection happened because of an issue on our side. If you paid a bank charge because of the late collection, send us your statement and we will repay it within 5 working days. From 1 April a second person checks the date on every collection file before it goes to the bank. We have also waived April's service charge for every affected tenant. Next update: 20 March. Questions: 0800 616 7070 or rent@northgatehomes.example.",
        True,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        RES,
        "Subject: Your March rent was collected late\n\nDear tenant,\n\nYour March rent, due on 1 March, was collected on 6 March for 2,300 of our tenants. That was our mistake and we are sorry for the worry and the juggling it caused. Why: our finance team sent the collection file to the bank with April's date on it. If you paid a bank charge because of the late collection, send us your statement and we will repay it within 5 working days. From 1 April a second person checks the date on every collection file before it goes to the bank. We have also waived April's service charge for every affected tenant. Next update: 20 March. Questions: 0800 616 7070 or rent@northgatehomes.example.",
        False,
    ),
]


ROUND_47_GYM_EN = "Subject: Our booking app was down on Saturday\n\nOn Saturday 7 March our class-booking app was down from 06:00 to 15:30, and about 5,200 members of Pulse Gyms could not book or join a class. An update we released on Friday night had not been tested against weekend timetables; that was our mistake, and we are sorry for the lost workouts. We rolled the update back at 15:30 and now test every release against a full week of timetables. We will write to you again on 20 March with what else we have changed. Questions: 0300 123 4560 or help@pulsegyms.example."
ROUND_47_GYM_BN = "বিষয়: শনিবার আমাদের বুকিং অ্যাপ বন্ধ ছিল\n\nশনিবার ৭ মার্চ সকাল ৬টা থেকে বিকেল সাড়ে ৩টা পর্যন্ত আমাদের ক্লাস-বুকিং অ্যাপ বন্ধ ছিল; পালস জিমের প্রায় ৫,২০০ সদস্য কোনো ক্লাস বুক করতে পারেননি। শুক্রবার রাতে ছাড়া আমাদের আপডেটটি সাপ্তাহিক সময়সূচিতে পরীক্ষা করা হয়নি; ভুলটা আমাদের, আপনাদের ব্যায়ামের দিনটা নষ্ট হওয়ায় আমরা দুঃখিত। বিকেল সাড়ে ৩টায় আপডেটটি সরিয়ে নিয়েছি, এখন প্রতিটি আপডেট পুরো সপ্তাহের সময়সূচিতে পরীক্ষা করি। ২০ মার্চ আবার লিখে জানাব আর কী বদলেছি। প্রশ্ন: ০৯৬১২-৩৪৫৬৭৮ বা help@pulsegyms.example।"

ROUND_47_MAKE_GOOD_IN_OTHER_WORDS: list[tuple[str, str, str, Stage, str, bool]] = [
    # a make-good said without the usual keywords is one: a charge we will not take, a cost
    # we carry, an amount off or added to every account, time added to what they paid for, a
    # knock-on bank charge repaid beside the duplicate; the same statement with none of them
    # is still sent back
    ("make_good_missing", "en", "email", RES, ROUND_47_GYM_EN, True),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        ROUND_47_GYM_EN + " We won't bill any member for the first week of April.",
        False,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        ROUND_47_GYM_EN + " We have extended every membership by 7 days.",
        False,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        ROUND_47_GYM_EN + " 300 Pulse Points have been added to every member's account.",
        False,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        ROUND_47_GYM_EN + " Every member gets £12 off their April membership.",
        False,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        ROUND_47_GYM_EN
        + " We are paying for a personal training session for everyone who missed a class.",
        False,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        ROUND_47_GYM_EN
        + " If your April payment fails because of this, you will not get a late fee.",
        False,
    ),
    # "double the usual rate" is no duplicate charge: the refund beside it still makes good
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        ROUND_47_GYM_EN
        + " You can claim back any class you missed at double the usual rate, and annual members will get a week's fees refunded automatically by 31 March.",
        False,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        "Subject: Your water bill was taken twice\n\nOn 2 March we took the quarterly Direct Debit twice from 3,900 Tarn Water customers, because our billing job ran twice; that was our mistake and we are sorry. We refunded the second payment on 4 March. We will also repay any overdraft or bank charges the double payment caused: send us the statement line by 31 March. We have added a check that stops a payment run from going twice. Our full report follows on 25 March. Help: 0345 600 2233.",
        False,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        "Subject: Your water bill was taken twice\n\nOn 2 March we took the quarterly Direct Debit twice from 3,900 Tarn Water customers, because our billing job ran twice; that was our mistake and we are sorry. We refunded the second payment on 4 March. We have added a check that stops a payment run from going twice. Our full report follows on 25 March. Help: 0345 600 2233.",
        True,
    ),
    ("make_good_missing", "bn", "email", RES, ROUND_47_GYM_BN, True),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        ROUND_47_GYM_BN + " এপ্রিলের প্রথম সপ্তাহের মাসিক চার্জ আমরা কারও কাছ থেকে নেব না।",
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        ROUND_47_GYM_BN + " প্রত্যেক সদস্যের সদস্যপদের মেয়াদ ৭ দিন বাড়ানো হয়েছে।",
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        ROUND_47_GYM_BN + " যাঁরা ক্লাস হারিয়েছেন, তাঁদের প্রত্যেকের বিকাশে অতিরিক্ত ২০০ টাকা ৯ মার্চ পাঠানো হয়েছে।",
        False,
    ),
    # "সেই সকালটা ফিরিয়ে দিতে পারব না" is a morning we cannot give back, not a fee refused
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        ROUND_47_GYM_BN
        + " সেই সকালটা আমরা ফিরিয়ে দিতে পারব না। এপ্রিলের প্রথম সপ্তাহের মাসিক চার্জ কারও কাছ থেকে নেব না।",
        False,
    ),
    # a free line, named with where it is free from, is help, not a make-good
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        ROUND_47_GYM_BN + " জরুরি প্রয়োজনে ১৬৫৫৫ (যেকোনো মোবাইল নম্বর থেকে বিনামূল্যে)।",
        True,
    ),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        ROUND_47_GYM_EN + " Urgent questions: 0800 640 1122 (free from any UK phone).",
        True,
    ),
]

ROUND_47_DATA_SEEN_NOT_MONEY = "Subject: Your address was seen by other customers\n\nOn 3 March, for 40 minutes, 1,300 Lantern Books customers who opened the order-tracking page could see another customer's name and delivery address. A change we made to the page that morning mixed up the orders; that was our mistake, and we are sorry. No payment card details were affected. We fixed the page at 11:20 and now check every change on a copy first. If anyone calls asking for money in our name, hang up: we never ask for payment by phone. Our full report follows on 20 March. Help: help@lanternbooks.example."
ROUND_47_DATA_SEEN_NOT_MONEY_BN = "বিষয়: আপনার ঠিকানা অন্য গ্রাহকেরা দেখতে পেয়েছেন\n\n৩ মার্চ ৪০ মিনিট ধরে লণ্ঠন বুকসের অর্ডার-ট্র্যাকিং পাতায় ১,৩০০ গ্রাহক অন্য গ্রাহকের নাম ও ডেলিভারির ঠিকানা দেখতে পেয়েছেন। সেদিন সকালে পাতায় আমাদের করা একটি পরিবর্তনে অর্ডার গুলিয়ে যায়; ভুলটা আমাদের, আমরা দুঃখিত। কার্ড বা বিল পরিশোধের কোনো তথ্য এতে ছিল না। সকাল ১১:২০-এ পাতাটি ঠিক করেছি, এখন প্রতিটি পরিবর্তন আগে পরীক্ষা করি। আমাদের নাম করে কেউ ফোনে টাকা চাইলে দেবেন না। পূর্ণ প্রতিবেদন ২০ মার্চ। সাহায্য: help@lanternbooks.example।"

ROUND_47_MAKE_GOOD_DATA_SEEN: list[tuple[str, str, str, Stage, str, bool]] = [
    # data seen by others, whose money words only name the data ("payment card details",
    # "বিল পরিশোধের কোনো তথ্য") or the scam to watch for, owes no make-good; money taken does
    ("make_good_missing", "en", "email", RES, ROUND_47_DATA_SEEN_NOT_MONEY, False),
    (
        "make_good_missing",
        "en",
        "email",
        RES,
        ROUND_47_DATA_SEEN_NOT_MONEY
        + " Someone used the addresses to order books on 210 accounts, and the money was taken from those customers' cards.",
        True,
    ),
    ("make_good_missing", "bn", "email", RES, ROUND_47_DATA_SEEN_NOT_MONEY_BN, False),
    (
        "make_good_missing",
        "bn",
        "email",
        RES,
        ROUND_47_DATA_SEEN_NOT_MONEY_BN.replace(
            "কার্ড বা বিল পরিশোধের কোনো তথ্য এতে ছিল না।",
            "এই তথ্য দিয়ে ২১০ জনের অ্যাকাউন্ট থেকে বই কিনে তাঁদের টাকা কেটে নেওয়া হয়েছে।",
        ),
        True,
    ),
]

ROUND_47_MAKE_GOOD_IDENTIFIED: list[tuple[str, str, str, Stage, str, bool]] = [
    # once the cause is known and the harm done (wages late, rent taken twice), a make-good is
    # asked; not while the service is still down, when the harm is not yet known in full
    (
        "make_good_missing",
        "en",
        "status_page",
        IDENT,
        "Identified: Friday wages paid late\n\nAbout 9,800 drivers who are paid through Rota Pay did not receive Friday's wages, because a file we built on Thursday carried the wrong payment date. That was our mistake, and we are sorry: rent and bills do not wait. We corrected the file at 07:40 and sent every payment again as a same-day transfer; all will have arrived by 18:00 today. Next update here at 18:30. Questions: 0203 555 0188.",
        True,
    ),
    (
        "make_good_missing",
        "en",
        "status_page",
        IDENT,
        "Identified: Friday wages paid late\n\nAbout 9,800 drivers who are paid through Rota Pay did not receive Friday's wages, because a file we built on Thursday carried the wrong payment date. That was our mistake, and we are sorry: rent and bills do not wait. We corrected the file at 07:40 and sent every payment again as a same-day transfer; all will have arrived by 18:00 today. We will not charge any employer for this month's payroll run. Next update here at 18:30. Questions: 0203 555 0188.",
        False,
    ),
    (
        "make_good_missing",
        "en",
        "status_page",
        IDENT,
        "Identified: the Rota Pay app is down\n\nSince 06:10 the Rota Pay app has been unavailable, and about 9,800 drivers cannot see their shifts. A database change we made overnight locked the shift table; that was our mistake, and we are sorry. We are undoing the change now and expect the app to be back by 10:00. Next update here at 10:00. Questions: 0203 555 0188.",
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        IDENT,
        "বিষয়: এ মাসের ভাড়া দুবার কাটা হয়েছে\n\n১ মার্চ আমরা প্রায় ১,৮০০ ভাড়াটিয়ার অ্যাকাউন্ট থেকে মার্চের ভাড়া দুবার কেটেছি; আমাদের হিসাব বিভাগ একই ফাইল দুবার ব্যাংকে পাঠিয়েছিল। ভুলটা আমাদের, মাসের শুরুতে এমন চাপে ফেলার জন্য আমরা দুঃখিত। দ্বিতীয় কাটা টাকা ৫ মার্চের মধ্যে ফেরত যাবে। ৪ মার্চ সন্ধ্যায় আবার ইমেইলে জানাব। প্রশ্ন: ০৯৬১০-২২৩৩৪৪।",
        True,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        IDENT,
        "বিষয়: এ মাসের ভাড়া দুবার কাটা হয়েছে\n\n১ মার্চ আমরা প্রায় ১,৮০০ ভাড়াটিয়ার অ্যাকাউন্ট থেকে মার্চের ভাড়া দুবার কেটেছি; আমাদের হিসাব বিভাগ একই ফাইল দুবার ব্যাংকে পাঠিয়েছিল। ভুলটা আমাদের, মাসের শুরুতে এমন চাপে ফেলার জন্য আমরা দুঃখিত। দ্বিতীয় কাটা টাকা ৫ মার্চের মধ্যে ফেরত যাবে, আর এপ্রিলের সার্ভিস চার্জ আমরা নেব না। ৪ মার্চ সন্ধ্যায় আবার ইমেইলে জানাব। প্রশ্ন: ০৯৬১০-২২৩৩৪৪।",
        False,
    ),
    (
        "make_good_missing",
        "bn",
        "email",
        IDENT,
        "বিষয়: ভাড়া দেওয়ার অ্যাপ বন্ধ\n\nআজ সকাল ৭টা থেকে আমাদের ভাড়া দেওয়ার অ্যাপ কাজ করছে না; প্রায় ১,৮০০ ভাড়াটিয়া ভাড়া দিতে পারছেন না। রাতে আমাদের করা একটি পরিবর্তনে এ সমস্যা হয়েছে; ভুলটা আমাদের, আমরা দুঃখিত। পরিবর্তনটি সরিয়ে নিচ্ছি। দুপুর ১২টায় আবার ইমেইলে জানাব। প্রশ্ন: ০৯৬১০-২২৩৩৪৪।",
        False,
    ),
]

ROUND_47_JARGON_BY_CLASS: list[tuple[str, str, str, Stage, str, bool]] = [
    # the initialisms of back offices and audits, and the inner workings said in plain
    # letters, in either language; not the words people meet in their own apps
    (
        "jargon",
        "en",
        "sms",
        IDENT,
        "Fernbank: sorry - our EOD run charged 2,300 debit cards twice last night. Our mistake. Money back by 5pm today. Help: 0345 300 9900",
        True,
    ),
    (
        "jargon",
        "en",
        "sms",
        IDENT,
        "Fernbank: sorry - our overnight run charged 2,300 debit cards twice. Our mistake. Money back by 5pm today. Help: 0345 300 9900",
        False,
    ),
    (
        "jargon",
        "en",
        "x",
        IDENT,
        "We're recalling 9,000 bags of Crispin oat bites (lot CB-4410): a HACCP check at our bakery found them out of spec for hazelnut traces. Sorry. Don't eat them if you have a nut allergy. Refunds and update 4pm: crispin.example/recall",
        True,
    ),
    (
        "jargon",
        "en",
        "x",
        IDENT,
        "We're recalling 9,000 bags of Crispin oat bites (lot CB-4410): our own safety check found hazelnut traces in them. Sorry. Don't eat them if you have a nut allergy. Refunds and update 4pm: crispin.example/recall",
        False,
    ),
    (
        "jargon",
        "en",
        "x",
        MON,
        "Orders are moving again after our inventory sync broke at the Leeds warehouse. Sorry to the 3,100 of you whose parcels are a day late. We're posting tracking links to everyone by 6pm. Help: shop.example/help",
        True,
    ),
    (
        "jargon",
        "en",
        "x",
        MON,
        "Orders are moving again after our stock records broke at the Leeds warehouse. Sorry to the 3,100 of you whose parcels are a day late. We're posting tracking links to everyone by 6pm. Help: shop.example/help",
        False,
    ),
    (
        "jargon",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের KYC ভুলে ৩,১০০ ওয়ালেট বন্ধ। আজ ৫টায় চালু হবে। ১৬২৪৭",
        True,
    ),
    (
        "jargon",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের যাচাইয়ের ভুলে ৩,১০০ ওয়ালেট বন্ধ। আজ ৫টায় চালু হবে। ১৬২৪৭",
        False,
    ),
    (
        "jargon",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, সার্ভারের টাইমআউটে ৩,১০০ লেনদেন আটকে আছে। আজ ৫টায় ফেরত যাবে। ১৬২৪৭",
        True,
    ),
    # a "পেমেন্ট গেটওয়ে" is an everyday word for bKash and card users
    (
        "jargon",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, আমাদের পেমেন্ট গেটওয়ের ভুলে ৩,১০০ লেনদেন আটকে আছে। আজ ৫টায় ফেরত যাবে। ১৬২৪৭",
        False,
    ),
    (
        "jargon",
        "bn",
        "x",
        MON,
        "চট্টগ্রামের গুদামে আমাদের ইনভেন্টরি সিঙ্ক বিকল হওয়ায় ৩,১০০ অর্ডার এক দিন দেরিতে যাচ্ছে; ভুলটা আমাদের, দুঃখিত। সন্ধ্যা ৬টার মধ্যে সবাইকে ট্র্যাকিং লিংক পাঠাব। সাহায্য: shop.example.bd/help",
        True,
    ),
    (
        "jargon",
        "bn",
        "x",
        MON,
        "চট্টগ্রামের গুদামে আমাদের মালের হিসাব বিকল হওয়ায় ৩,১০০ অর্ডার এক দিন দেরিতে যাচ্ছে; ভুলটা আমাদের, দুঃখিত। সন্ধ্যা ৬টার মধ্যে সবাইকে ট্র্যাকিং লিংক পাঠাব। সাহায্য: shop.example.bd/help",
        False,
    ),
]


ROUND_47_EVASIVE_ACTOR_SAID: list[tuple[str, str, str, Stage, str, bool]] = [
    # a passive beside who did it hides nobody: a denial opening its clause, a question still
    # open, the thing that held the data as the subject, ownership in the same sentence or the
    # one before; a passive on its own still hides the actor
    (
        "evasive_passive",
        "en",
        "email",
        IDENT,
        "Subject: Your gym account\n\nDear member,\n\nOn 3 May a booking server we forgot to lock let outsiders in. That was our failure and we are sorry. Names and emails of 2,300 members were copied. No card numbers, bank details or passwords were exposed. We will write again by 10 May. Help: 0300 200 1000.",
        False,
    ),
    (
        "evasive_passive",
        "en",
        "email",
        IDENT,
        "Subject: Your gym account\n\nDear member,\n\nA booking server we forgot to lock let outsiders read 2,300 members' names; our failure, and we are sorry. We do not yet know how those passwords were obtained. We will write again by 10 May. Help: 0300 200 1000.",
        False,
    ),
    (
        "evasive_passive",
        "en",
        "status_page",
        IDENT,
        "Stolen tablet: what we know\n\nOn Tuesday a tablet holding 310 patient records was stolen from a nurse's car. We should have encrypted it and did not; that is on us, and we are sorry. Next update Friday 14:00. Help: 0161 555 0100.",
        False,
    ),
    (
        "evasive_passive",
        "en",
        "x",
        RES,
        "Lakeside Energy: 5,200 customers' phone numbers were exposed because we left a backup drive unlocked - our failure, and we're sorry. Free advice line open to 30 June: lakeside.example/help",
        False,
    ),
    (
        "evasive_passive",
        "en",
        "email",
        IDENT,
        "Subject: Your gym account\n\nDear member,\n\nOn 3 May some member records were accessed. We are sorry. We are looking into it and will write again by 10 May. Help: 0300 200 1000.",
        True,
    ),
    (
        "evasive_passive",
        "bn",
        "email",
        IDENT,
        "বিষয়: আপনার অ্যাকাউন্টের তথ্য ফাঁস হয়েছে — ভুল আমাদের\n\nপ্রিয় গ্রাহক,\n\nআমাদের একটি সার্ভার খোলা রেখেছিলাম, তাই প্রায় ৩,১০০ গ্রাহকের নাম ও ফোন নম্বর বাইরে গেছে। আমরা দুঃখিত। পরবর্তী আপডেট বৃহস্পতিবার বিকেল ৪টায়। সাহায্য: ১৬২৩৪।",
        False,
    ),
    (
        "evasive_passive",
        "bn",
        "sms",
        IDENT,
        "কিছু গ্রাহকের তথ্য ফাঁস হয়েছে। দুঃখিত। পরের আপডেট কাল ১০টায়। ১৬২৩৪",
        True,
    ),
]

ROUND_47_OWNERSHIP_SAID_OTHERWISE: list[tuple[str, str, str, Stage, str, bool]] = [
    # owning in words the rule had missed: a fault "by our team", a founder's "I under-booked",
    # "our … recall" as a noun, our product (a bracket between) that "can melt", a fault found
    # "in our update" (Bengali), done "ভুলভাবে" in our place, "যথেষ্ট … রাখিনি"; beside each, the
    # same words said of someone else or of nothing, which still own nothing
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Fernway Water: sorry, 1,400 homes were billed twice this month through an error by our billing team. Refunds by Fri 12 Jun. Help: 0800 330 4400",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Fernway Water: sorry, 1,400 homes were billed twice this month. Refunds by Fri 12 Jun. Help: 0800 330 4400",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        RES,
        "Sam from Little Loaf Bakery here. All 96 wedding-cake orders that were late because I under-booked our delivery drivers went out today - sorry to every couple kept waiting. Questions: hello@littleloaf.example",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        RES,
        "Update on our SnugFit cot recall: 8,100 of 9,000 cots are back and refunded. We're sorry for the worry. Still have one? Stop using it and get your refund at snugfit.example/recall. Final report 20 July.",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        RES,
        "8,100 of 9,000 SnugFit cots are back and refunded. We're sorry for the worry. Our recall report is due 20 July: snugfit.example/recall",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Hearthly: we're sorry. Our drinking straws (batch S7, about 6,000 sold in April) can tear and are a choking risk. Stop using them. Refund by 30 June: hearthly.example/s7",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "হালনাগাদ: দুপুর ১২টা থেকে বাজারসদাই অ্যাপে অর্ডার দেওয়া যাচ্ছে না; প্রায় ৯ হাজার অর্ডার আটকে আছে। কারণ পেয়েছি: আমাদের গতকাল রাতের অ্যাপ আপডেটে একটা ভুল ছিল, আগের সংস্করণে ফিরছি। আমরা দুঃখিত। পরের আপডেট বিকেল ৪টায়। সাহায্য: ১৬৪৪৪",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        IDENT,
        "জরুরি: আমাদের ঢাকার কারখানায় 'শীতল' ফ্যানের একটি তার ভুলভাবে জোড়া হয়েছিল; প্রায় ২,২০০টি বিক্রি হয়েছে। দুঃখিত। ব্যবহার বন্ধ করুন। ফেরত: ১৬৭০০",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "email",
        FOLLOW,
        "বিষয়: ২ ও ৩ মার্চের বাস বাতিল — কী ভুল হয়েছিল\n\nপ্রিয় যাত্রী,\n\n২ ও ৩ মার্চ আমাদের ২২টি বাস বাতিল হয়েছিল, প্রায় ৯৫০ জন যাত্রী সময়মতো পৌঁছাতে পারেননি। মেলার জন্য আমরা বাড়তি ট্রিপ দিয়েছিলাম, কিন্তু সেই হিসাবে যথেষ্ট চালক রাখিনি। এর জন্য আমি ক্ষমা চাইছি। প্রত্যেক যাত্রী পুরো ভাড়া ফেরত পাবেন ১৫ মার্চের মধ্যে। ৩০ এপ্রিল আবার লিখব। সাহায্য: ১৬৫০০",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "x",
        IDENT,
        "দুপুর ২টা থেকে পেমেন্ট হচ্ছে না, প্রায় ৬ হাজার গ্রাহক আটকে আছেন। দুঃখিত। সমস্যাটা আমাদের পেমেন্ট সেবাদাতার সার্ভারে, তারা ঠিক করছে। বিকেল ৫টায় আপডেট: pay.example.bd",
        True,
    ),
]

ROUND_47_BLAME_IN_OTHER_WORDS: list[tuple[str, str, str, Stage, str, bool]] = [
    # the fault laid elsewhere in words the rule had missed: "no way of seeing it", "without
    # telling us", "a timeout on their system", "outside our control and have cut …", "we were
    # also the victims", "not to anything <we> did", a provider's server, a partner then
    # "তারা … পারেনি", "শিকার আমরা নিজেরাও", "জানার কোনো উপায় ছিল না"; and beside them what is no
    # blame: the customer cleared, a party denied, an expected message, an option chosen, a
    # bank feed or a power bank
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        "Dear parents,\n\nYesterday a class list with 240 pupils' home addresses went to the wrong families. I am sorry. The messaging app changed how it attaches files, and our office staff had no way of seeing that before the email went. We will write again by Friday 6 March. Questions: 01632 960 418.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        "Dear parents,\n\nYesterday a class list with 240 pupils' home addresses went to the wrong families because our office attached the wrong file. That was our mistake and I am sorry. You had no way of knowing the file was not meant for you; please delete it. We will write again by Friday 6 March. Questions: 01632 960 418.",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "status_page",
        IDENT,
        "Payroll submissions failing\n\nSince 10:05, 2,100 companies could not send payroll. We're sorry. Our cloud host changed its firewall rules this morning without telling us. Next update 13:00. Help: support@paystream.example",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "status_page",
        IDENT,
        "Membership fees taken twice\n\nOn 1 June 9,300 members were charged twice. We're sorry. Our payment partner resubmitted the collection file after a timeout on their system. Refunds by 4 June. Next update 17:00. Help: 0161 496 0330",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        INV,
        "Subject: Delays to flights from Leeds today\n\nDear passenger,\n\nIt's our job to get you there and we're sorry we're not. Since 07:00, 14 of our flights have been delayed by 2 to 5 hours, about 2,200 passengers. This is due to air traffic control restrictions, which are outside our control and have cut the number of departures. We'll send our next update by 12:00. Help: 0113 555 0200.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        "Subject: The spice recall\n\nDear customer,\n\nOur chilli powder (batches C11 to C14, about 12,000 packs) contained an illegal dye added by a supplier. We were also the victims of their fraud. We are sorry. Return any pack for a full refund by 31 July. Next update 15 July. Help: 0800 222 3333.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "status_page",
        IDENT,
        "Bank transfers delayed\n\n3,400 customers' transfers are delayed since 09:00. We're sorry. This was down to a fault elsewhere, not to anything Paywise changed. Next update 12:00. Help: help@paywise.example",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "status_page",
        FOLLOW,
        "Baggage system failure: our review\n\nOn 3 May 6,200 bags missed their flights. The airport runs the baggage system, and this failure was ours. Airlines and their ground crews were not at fault. We are sorry. Full report 30 May. Help: 0161 555 0300.",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "status_page",
        MON,
        "Late grocery deliveries\n\nOur new routes made 640 deliveries late today; that was our mistake and we're sorry. The 120 orders we couldn't deliver are rebooked for tomorrow. You should have had a text confirming your slot. Next update 18:00. Help: 0345 600 7000",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        RES,
        "Subject: Cancelled flights on 2 May\n\nDear passenger,\n\nOn 2 May we cancelled 9 flights, about 1,300 passengers, because we scheduled too few crews; our mistake and we're sorry. If your flight was cancelled and you chose not to travel, you get a full refund by 16 May. 410 passengers chose a refund instead of a later flight. We will write again by 30 May. Help: 0800 400 5000.",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "status_page",
        INV,
        "Bank feeds not updating\n\nSince 06:00 bank transactions have not reached Tallyroo for about 12,000 businesses. This is our problem and we're sorry. We're seeing errors with the bank feed service and our engineers are on it. Next update 11:00. Help: 1300 555 0100",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        IDENT,
        "সন্ধ্যা ৬টা থেকে চলো অ্যাপে বুকিং হচ্ছে না, প্রায় ২০ হাজার গ্রাহক আটকে আছেন। দুঃখিত। সমস্যাটা আমাদের পেমেন্ট সেবাদাতার সার্ভারে, তারা ঠিক করছে। রাত ৮টায় আপডেট: cholo.example.bd/status",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        "বিষয়: ঈদের অর্ডার দেরিতে\n\nপ্রিয় গ্রাহক,\n\nপ্রায় ৩,২০০ অর্ডার এখনো পৌঁছায়নি, আমরা দুঃখিত। আমাদের কুরিয়ার পার্টনারের হাবে এত পার্সেল জমে যায় যে তারা সময়মতো বাছাই করতে পারেনি। পরবর্তী আপডেট বৃহস্পতিবার সন্ধ্যা ৬টায়। সাহায্য: ১৬৭৮০",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        "বিষয়: মরিচের গুঁড়া ফেরত\n\nপ্রিয় গ্রাহক,\n\nআমাদের মরিচের গুঁড়ার তিনটি ব্যাচে (প্রায় ১০,০০০ প্যাকেট) নিষিদ্ধ রং পাওয়া গেছে। এক সরবরাহকারী রং মিশিয়েছিল; এই প্রতারণার শিকার আমরা নিজেরাও। আমরা দুঃখিত। যেকোনো দোকানে ফেরত দিলে পুরো দাম পাবেন। পরের আপডেট ১৫ জুলাই। সাহায্য: ১৬৬৫৫",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        "বিষয়: ভুল তালিকা পাঠানো\n\nপ্রিয় অভিভাবক,\n\nগতকাল ২৪০ জন শিক্ষার্থীর ঠিকানাসহ একটি তালিকা ভুল পরিবারের কাছে গেছে। আমি দুঃখিত। মেসেজিং অ্যাপটি ফাইল জোড়ার নিয়ম বদলেছিল, আর আমাদের অফিসের তা জানার কোনো উপায় ছিল না। শুক্রবার আবার লিখব। প্রশ্ন: ০১৭০০-১১১২২২",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        RES,
        "বিষয়: রিচার্জের টাকা আটকে ছিল\n\nপ্রিয় গ্রাহক,\n\n২ ফেব্রুয়ারি প্রায় ১৮,০০০ গ্রাহকের রিচার্জের টোকেন পৌঁছায়নি। আমাদের সিস্টেমের একটি ভুলে এটি হয়েছে। আপনাদের দিক থেকে কোনো ভুল ছিল না। আমরা আন্তরিকভাবে দুঃখিত। সব টোকেন ৪ ফেব্রুয়ারির মধ্যে পাঠানো হয়েছে। সাহায্য: ১৬১১৬",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "status_page",
        IDENT,
        "পাওয়ার ব্যাংক ফেরত\n\nমার্চে বিক্রি হওয়া আমাদের PX-20 পাওয়ার ব্যাংকের একটি অংশে ত্রুটি পাওয়া গেছে; প্রায় ৯,০০০টি বিক্রি হয়েছে। আমরা দুঃখিত। ব্যবহার বন্ধ করুন, দোকানে ফেরত দিন। পরের আপডেট শুক্রবার। সাহায্য: ১৬৭৭৭",
        False,
    ),
]


ROUND_47_NEXT_UPDATE_SAID_OTHERWISE: list[tuple[str, str, str, Stage, str, bool]] = [
    # a dated follow-up in other words: a call we will make, a letter we will send, the
    # full account we will give, a sale that restarts at a time, a refund on the next bill
    (
        "next_update_missing",
        "en",
        "email",
        FOLLOW,
        "Subject: About your coach trip to York on 4 May\n\nDear Mr Patel,\n\nOn 4 May you and 38 other passengers waited 3 hours at Leicester because we booked the coach for the wrong day. That was our mistake, and I am sorry you lost half a day of your holiday. Every booking is now checked against the itinerary by a second person, and we refunded £60 to each of you on 12 May. I'll phone each of you myself by Tuesday 26 May to answer any questions. My direct line is 0116 555 0190.\n\nRuth Adler, Owner, Adler Coaches",
        False,
    ),
    (
        "next_update_missing",
        "en",
        "x",
        INV,
        "Our ticket site fell over at 09:00 under a load we had not tested for, with ~40,000 fans queuing. That's on us and we're sorry. Sales restart 15:00 today and your place in the queue is kept. https://tix.example/q",
        False,
    ),
    (
        "next_update_missing",
        "bn",
        "status_page",
        RES,
        "শ্যামলী বাস — রাতের যাত্রা বাতিল\n\nশুক্রবার রাত ১০টার ঢাকা–রংপুর বাস আমাদের চালক না আসায় ছাড়েনি; প্রায় ৪০ যাত্রী কাউন্টারে আটকে ছিলেন। চালকের দায়িত্ব ঠিক করা আমাদের কাজ ছিল, ভুলটা আমাদের। আমরা আন্তরিকভাবে ক্ষমাপ্রার্থী। প্রত্যেক যাত্রীর পুরো ভাড়া শনিবার বিকাশে ফেরত পাঠানো হয়েছে। এখন প্রতিটি রাতের বাসে একজন বাড়তি চালক তালিকায় রাখা হচ্ছে। এ ঘটনার পূর্ণ বিবরণ ২৫ মার্চ এই পাতায় দেওয়া হবে। যোগাযোগ: ০১৭১১-৫৫০০৬৬।",
        False,
    ),
    (
        "next_update_missing",
        "bn",
        "email",
        RES,
        "বিষয়: দ্বিগুণ কাটা কিস্তি ফেরত দেওয়া হয়েছে\n\nপ্রিয় গ্রাহক,\n\n৩ মার্চ আমাদের হিসাব বিভাগ একই কিস্তির তালিকা দুবার ব্যাংকে পাঠানোয় ১,৬২০ জনের কিস্তি দুবার কাটা হয়েছিল। ভুলটা আমাদের, আমরা দুঃখিত। ৬ মার্চের মধ্যে সব বাড়তি টাকা ফেরত গেছে, আর এখন তালিকা পাঠানোর আগে দুজন মিলিয়ে দেখেন। ব্যাংক চার্জ লেগে থাকলে তা আমরা বহন করব। চার্জ ফেরতের অবস্থা জানিয়ে ১৮ মার্চ সবাইকে আবার চিঠি দেব। হটলাইন: ১৬৪৪৪।",
        False,
    ),
    (
        "next_update_missing",
        "bn",
        "sms",
        MON,
        "আমাদের ভুলে মার্চের বিলে ২০০ টাকা বেশি ধরা হয়েছে, দুঃখিত। পরের বিলে ফেরত। ১৬৫০০",
        False,
    ),
    # "ব্যবহার নয়": the SMS's clipped "do not use it", a next step due now
    (
        "next_update_missing",
        "bn",
        "sms",
        MON,
        "আমাদের ভুলে সিরাপ ব্যাচ S21 দূষিত। দুঃখিত। ব্যবহার নয়, দাম ফেরত। ১৬৫০১",
        False,
    ),
    # a closing SMS that says its inquiry is still going on owes the date of its findings
    (
        "next_update_missing",
        "bn",
        "sms",
        FOLLOW,
        "গতকাল আমাদের পাম্পের ত্রুটিতে ৩ ঘণ্টা পানি বন্ধ ছিল, দুঃখিত। তদন্ত চলছে। ১৬৫০২",
        True,
    ),
    (
        "next_update_missing",
        "bn",
        "sms",
        FOLLOW,
        "গতকাল আমাদের পাম্পের ত্রুটিতে ৩ ঘণ্টা পানি বন্ধ ছিল, দুঃখিত। তদন্তের ফল ২০ মে জানাব। ১৬৫০২",
        False,
    ),
    (
        "next_update_missing",
        "en",
        "sms",
        RES,
        "Our pump failed and 900 homes had no water yesterday afternoon. Sorry. Investigation still under way. Help 0800 555 0177",
        True,
    ),
    (
        "next_update_missing",
        "en",
        "sms",
        RES,
        "Our pump failed and 900 homes had no water yesterday afternoon. Sorry. Findings by 20 May. Help 0800 555 0177",
        False,
    ),
    # an X post whose only time is "today", on what runs late: the delay, not a next step
    (
        "next_update_missing",
        "bn",
        "x",
        INV,
        "মেঘনা রেল: আমাদের একটি ইঞ্জিন বিকল হওয়ায় আজ চট্টগ্রামগামী ৫টি ট্রেন ১–২ ঘণ্টা দেরিতে ছাড়বে, প্রায় ৩,০০০ যাত্রী প্রভাবিত। ভুলটা আমাদের, দুঃখিত। লাইভ অবস্থা: https://meghnarail.example/live",
        True,
    ),
    (
        "next_update_missing",
        "bn",
        "sms",
        INV,
        "আমাদের ইঞ্জিন বিকল, দুঃখিত। সোনার বাংলা আজ ২ ঘণ্টা দেরিতে ছাড়বে। ১৩১",
        False,
    ),
]
ROUND_47_UNDATED_SAID_OTHERWISE: list[tuple[str, str, str, Stage, str, bool]] = [
    # "as quickly as we possibly can": an adverb inside the vague phrase
    (
        "undated_commitment",
        "en",
        "email",
        IDENT,
        "Subject: Your water bill\n\nWe charged 2,300 households twice for March because our billing run was started again by mistake. The mistake is ours and we are sorry. We will refund you as quickly as we reasonably can. Next update by 17:00 on Friday 10 April. Questions: 0800 555 0143.",
        True,
    ),
    (
        "undated_commitment",
        "en",
        "email",
        IDENT,
        "Subject: Your water bill\n\nWe charged 2,300 households twice for March because our billing run was started again by mistake. The mistake is ours and we are sorry. We will refund you by Friday 10 April. Next update by 17:00 on Friday 10 April. Questions: 0800 555 0143.",
        False,
    ),
    (
        "undated_commitment",
        "bn",
        "sms",
        IDENT,
        "আমাদের ভুলে ১,২০০ জনের বিল দুবার কাটা, দুঃখিত। যত দ্রুত পারি ফেরত দেব। ১৬৫০৩",
        True,
    ),
    # a promise timed only "in the future": no date, no owner, no condition
    (
        "undated_commitment",
        "en",
        "status_page",
        FOLLOW,
        "Delayed school meal orders on 2 March\n\nOn 2 March 1,450 school meal orders from 31 schools arrived after lunch because our route planner sent every van out late. That was our failure and we are sorry to the children who went without. We re-ran the planner by hand the next day and every school has been refunded for the day. We will be improving how we check the planner's routes in the future. Questions: help@lunchbox.example. Final report on 20 March.",
        True,
    ),
    (
        "undated_commitment",
        "en",
        "status_page",
        FOLLOW,
        "Delayed school meal orders on 2 March\n\nOn 2 March 1,450 school meal orders from 31 schools arrived after lunch because our route planner sent every van out late. That was our failure and we are sorry to the children who went without. We re-ran the planner by hand the next day and every school has been refunded for the day. Our head of logistics, Dev Rana, will check the planner's routes every morning to prevent this in the future. Questions: help@lunchbox.example. Final report on 20 March.",
        False,
    ),
    (
        "undated_commitment",
        "bn",
        "email",
        RES,
        "বিষয়: ভর্তি ফি দুবার কাটা — টাকা ফেরত দেওয়া হয়েছে\n\nপ্রিয় অভিভাবক,\n\n৪ ফেব্রুয়ারি আমাদের পেমেন্ট ব্যবস্থার ভুলে ৮৭০ জন শিক্ষার্থীর ভর্তি ফি দুবার কাটা হয়েছিল। ভুলটা আমাদের, আমরা আন্তরিকভাবে দুঃখিত। ৭ ফেব্রুয়ারির মধ্যে সব বাড়তি টাকা ফেরত গেছে। ভবিষ্যতে এমন না হয়, সে জন্য আমরা পেমেন্ট প্রক্রিয়া পর্যালোচনা করে প্রয়োজনীয় পরিবর্তন আনব। পূর্ণ প্রতিবেদন ২০ ফেব্রুয়ারি ইমেইলে পাঠাব। প্রশ্ন: ০৯৬১১-৪৪০০৭৭।",
        True,
    ),
    (
        "undated_commitment",
        "bn",
        "email",
        RES,
        "বিষয়: ভর্তি ফি দুবার কাটা — টাকা ফেরত দেওয়া হয়েছে\n\nপ্রিয় অভিভাবক,\n\n৪ ফেব্রুয়ারি আমাদের পেমেন্ট ব্যবস্থার ভুলে ৮৭০ জন শিক্ষার্থীর ভর্তি ফি দুবার কাটা হয়েছিল। ভুলটা আমাদের, আমরা আন্তরিকভাবে দুঃখিত। ৭ ফেব্রুয়ারির মধ্যে সব বাড়তি টাকা ফেরত গেছে। ভবিষ্যতে নতুন কোনো তথ্য পেলে আমরা আপনাকে জানাব। পূর্ণ প্রতিবেদন ২০ ফেব্রুয়ারি ইমেইলে পাঠাব। প্রশ্ন: ০৯৬১১-৪৪০০৭৭।",
        False,
    ),
]
ROUND_47_NEVER_AGAIN_SAID_OTHERWISE: list[tuple[str, str, str, Stage, str, bool]] = [
    # a sure thing in new words: "100% resilient", "no more errors", "আর কোনো ভুল থাকবে না"
    (
        "over_promising",
        "en",
        "x",
        RES,
        "Online banking is back since 13:10. For 2 hours ~30% of logins failed because a change we made broke sign-in. Sorry to all who couldn't pay bills. Our login system is now 100% resilient. Full report Fri 6 Jun: hollybank.example/status",
        True,
    ),
    (
        "over_promising",
        "en",
        "x",
        RES,
        "Online banking is back since 13:10. For 2 hours ~30% of logins failed because a change we made broke sign-in. Sorry to all who couldn't pay bills. We now test every login change on a copy first. Full report Fri 6 Jun: hollybank.example/status",
        False,
    ),
    (
        "over_promising",
        "bn",
        "x",
        RES,
        "নদী গ্যাস: আমাদের সফটওয়্যারের ভুলে ২–৪ জুন প্রায় ৯,০০০ গ্রাহকের বিল দ্বিগুণ এসেছিল। ৭ জুন সব টাকা ফেরত দিয়েছি। ভুলটা আমাদের, দুঃখিত। নতুন যাচাইয়ের পর কোনো বিলে আর কোনো ভুল থাকবে না। বিস্তারিত ১৫ জুন: https://nodigas.example/bill",
        True,
    ),
    (
        "over_promising",
        "bn",
        "x",
        RES,
        "নদী গ্যাস: আমাদের সফটওয়্যারের ভুলে ২–৪ জুন প্রায় ৯,০০০ গ্রাহকের বিল দ্বিগুণ এসেছিল। ৭ জুন সব টাকা ফেরত দিয়েছি। ভুলটা আমাদের, দুঃখিত। এ মাসের বিলে আর কোনো চার্জ কাটা হবে না। বিস্তারিত ১৫ জুন: https://nodigas.example/bill",
        False,
    ),
    (
        "over_promising",
        "bn",
        "status_page",
        FOLLOW,
        "১০ জুন ফেরি বাতিল: পর্যালোচনা\n\n১০ জুন আমাদের দুটি ফেরি ইঞ্জিন বিকল হয়ে ছাড়েনি; প্রায় ১,১০০ যাত্রী ৬ ঘণ্টা ঘাটে আটকে ছিলেন। রক্ষণাবেক্ষণ সময়মতো না করা আমাদের ভুল, আমরা ক্ষমাপ্রার্থী। সবার ভাড়া ১৪ জুন ফেরত দেওয়া হয়েছে। নতুন রক্ষণাবেক্ষণ ব্যবস্থায় আমাদের কোনো ফেরি বাতিলের ঝুঁকিই আর থাকবে না। প্রশ্ন: ০১৭১১-৯০৯০৯০।",
        True,
    ),
    # "will not start again until …": what resumes, not what recurs
    (
        "over_promising",
        "bn",
        "email",
        IDENT,
        "বিষয়: 'সোনামুখ' বিস্কুটের দুটি ব্যাচ ফেরত নিচ্ছি\n\nআমাদের কারখানার একটি চালুনি ফেটে যাওয়ায় ব্যাচ B12 ও B13-এর প্রায় ৬,০০০ প্যাকেটে প্লাস্টিকের টুকরো থাকতে পারে। ভুলটা আমাদের, আমরা দুঃখিত। প্যাকেট যেকোনো দোকানে ফেরত দিলে পুরো দাম পাবেন। সব চালুনি বদলে পরীক্ষা শেষ না হওয়া পর্যন্ত ওই লাইনে উৎপাদন আবার শুরু হবে না। পরবর্তী আপডেট ১২ জুন। হেল্পলাইন: ১৬৫১০।",
        False,
    ),
]
ROUND_47_MINIMISED_OR_NOT: list[tuple[str, str, str, Stage, str, bool]] = [
    # "a temporary timetable" is what we run, not the harm ("timetable" is no "time")
    (
        "impact_vague",
        "en",
        "email",
        MON,
        "Subject: Our buses this week\n\nSince Monday we have cancelled 640 buses, about one in six, because we did not hire enough drivers before the new routes began. That is our failure and we are sorry for the missed work and school runs. We will keep to the temporary timetable closely until our new drivers finish training. Weekly tickets are refunded for the week. Next update on Friday 13 March. Questions: 0345 000 7788.",
        False,
    ),
    (
        "impact_vague",
        "en",
        "email",
        MON,
        "Subject: Our buses this week\n\nWe are sorry for the temporary disruption to your bus this week, caused by our driver shortage. Next update on Friday 13 March. Questions: 0345 000 7788.",
        True,
    ),
    # "সাময়িকভাবে" (temporarily) says how a thing is, as "temporarily" does in English;
    # "সীমিত গতিতে" (at limited speed) is a stopgap we offer
    (
        "impact_vague",
        "bn",
        "email",
        INV,
        "বিষয়: ফল প্রকাশের পোর্টাল বন্ধ\n\nআজ সকাল ৯টা থেকে আমাদের ফল প্রকাশের পোর্টাল খুলছে না; প্রায় ২২,০০০ শিক্ষার্থী ফল দেখতে পারেননি। পোর্টাল চালানো আমাদের দায়িত্ব, এই ব্যর্থতা আমাদের, আমরা দুঃখিত। একটি ভুল সেটিংয়ের কারণে পোর্টালটি সাময়িকভাবে বন্ধ রয়েছে; আমরা সেটিং ফিরিয়ে নিচ্ছি। ফল এসএমএসেও পাঠানো হচ্ছে। পরবর্তী আপডেট আজ বিকেল ৩টায়। প্রশ্ন: ০৯৬১১-৩৩২২১১।",
        False,
    ),
    (
        "impact_vague",
        "bn",
        "status_page",
        INV,
        "নেটবাড়ি | সেবার অবস্থা\n\nআজ ভোর ৬টা থেকে উত্তরার প্রায় ৪,৮০০ গ্রাহকের ইন্টারনেট বন্ধ, আমাদের একটি সুইচ বিকল হওয়ায়। ভুলটা আমাদের, আমরা দুঃখিত। পাশের লাইনের মাধ্যমে সীমিত গতিতে সংযোগ চালুর চেষ্টা চলছে। পরবর্তী হালনাগাদ: আজ দুপুর ১টায়। হটলাইন: ০৯৬১০-২২৩৩৪৪।",
        False,
    ),
    (
        "impact_vague",
        "bn",
        "status_page",
        INV,
        "নেটবাড়ি | সেবার অবস্থা\n\nআমাদের একটি সুইচ বিকল হওয়ায় ইন্টারনেটে সাময়িক বিভ্রাট হচ্ছে। ভুলটা আমাদের, আমরা দুঃখিত। পরবর্তী হালনাগাদ: আজ দুপুর ১টায়। হটলাইন: ০৯৬১০-২২৩৩৪৪।",
        True,
    ),
]


ROUND_47_JARGON_API_AS_A_NAME = [
    # "API" left in Latin letters in a Bengali text is jargon, except as the end of a
    # product's own name, which its customers know ("Payments API")
    (
        "jargon",
        "bn",
        "status_page",
        INV,
        "পেমেন্ট বন্ধ - তদন্ত চলছে\n\nআজ সকাল ৯টা থেকে আমাদের API বাগের কারণে প্রায় ২,০০০ দোকান কার্ডে টাকা নিতে পারছে না। ভুলটা আমাদের, আমরা দুঃখিত। পরবর্তী আপডেট দুপুর ১২টায়। সাহায্য: ০৯৬১২-৩৪৫৬৭৮",
        True,
    ),
    (
        "jargon",
        "bn",
        "status_page",
        INV,
        "পেমেন্ট বন্ধ - তদন্ত চলছে\n\nপ্রভাবিত পণ্য: Shop Payments API। আজ সকাল ৯টা থেকে প্রায় ২,০০০ দোকান কার্ডে টাকা নিতে পারছে না। ভুলটা আমাদের, আমরা দুঃখিত। পরবর্তী আপডেট দুপুর ১২টায়। সাহায্য: ০৯৬১২-৩৪৫৬৭৮",
        False,
    ),
]


ROUND_50_BASE_EN = "Subject: Water supply cut in Eastfield\n\nSince 06:00 on Tuesday about 2,300 homes in Eastfield have had no running water. We are sorry: many of you could not cook, wash or look after relatives at home. {} Bottled water is at Eastfield Library until the supply is back, and every affected home gets £30 off its next bill. Next update by 18:00 today. Help: 0800 555 0199 or help@eastfieldwater.example."
ROUND_50_BASE_BN = "বিষয়: কার্ডে টাকা তোলা বন্ধ ছিল\n\nবৃহস্পতিবার সকাল ১০টা থেকে দুপুর ২টা পর্যন্ত আমাদের প্রায় ১১,০০০ গ্রাহক এটিএম থেকে টাকা তুলতে পারেননি। জরুরি প্রয়োজনের দিনে আপনাকে ভোগানোর জন্য আমরা আন্তরিকভাবে দুঃখিত। {} যাঁদের কাছ থেকে এর মধ্যে চার্জ কাটা হয়েছে, তাঁরা ২০ জুনের মধ্যে তা ফেরত পাবেন। পরের আপডেট আজ রাত ৮টায়। সাহায্য: ১৬২৩৪ বা help@nodibank.example"

ROUND_50_BLAME_IN_PASSING: list[tuple[str, str, str, Stage, str, bool]] = [
    # the fault laid on someone else in passing, in words the rule had missed: another party
    # as the subject of a duty it did not do (a name between commas), "refusing us", "made
    # worse by", "didn't tell us until", "very little we could have done", a concession after
    # the blame ("we should still have"), a month after "in" (a time, not a place); Bengali
    # "সংস্থা … দেয়নি", "আমাদের না জানিয়েই", a supplier named in quotes, "তাঁদের দিকেই", the
    # trouble at a partner's hub, "যদিও" after owning; and beside each what is no blame
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        ROUND_50_BASE_EN.format(
            "The main burst because our pipe-laying contractor, Hollis Civils, did not backfill the trench they dug on Monday."
        ),
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        ROUND_50_BASE_EN.format(
            "The main burst because our own repair crew did not backfill the trench they dug on Monday, and that was our mistake."
        ),
        False,
    ),
    (
        "blame_shifting",
        "en",
        "status_page",
        IDENT,
        "Late departures from Harwich\n\nSince 07:00, 9 of our 14 sailings have left up to 3 hours late, affecting about 4,100 passengers. We're sorry. The queues have been made worse by the harbour authority closing one of the two loading ramps. Next update 12:00. Help: 0330 555 0144",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "status_page",
        IDENT,
        "Late departures from Harwich\n\nSince 07:00, 9 of our 14 sailings have left up to 3 hours late, affecting about 4,100 passengers. We're sorry. The queues have been made worse by our decision to check every car by hand, and that was the wrong call. Next update 12:00. Help: 0330 555 0144",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        "Subject: Your festival pass\n\nAbout 6,000 weekend passes were sent without the camping upgrade people paid for. I'm sorry. We'd have fixed it on Friday, but the ticketing firm didn't tell us about the missing upgrades until Sunday night. Corrected passes arrive by Wednesday 9 July. Next update on Wednesday. Help: tickets@meadowfest.example or 0161 555 0170.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        "Subject: Your festival pass\n\nAbout 6,000 weekend passes were sent without the camping upgrade people paid for. I'm sorry; we set up the pass template wrong, and our own checks didn't warn us until Sunday night. Corrected passes arrive by Wednesday 9 July. Next update on Wednesday. Help: tickets@meadowfest.example or 0161 555 0170.",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        Stage.RESOLVED,
        "Subject: Looking back at last week's cancelled surgeries\n\nLast week 214 planned operations at Brookvale Clinic were cancelled and we are sorry to every patient whose care was put back. We take responsibility. The sterilising machines failed on Monday, and the engineers were booked for Thursday. Honestly, there was very little we could have done to keep theatres open. Every patient has a new date before 30 May. A full report follows on 6 June. Questions: 020 7946 0321.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        Stage.RESOLVED,
        "Subject: Looking back at last week's cancelled surgeries\n\nLast week 214 planned operations at Brookvale Clinic were cancelled and we are sorry to every patient whose care was put back. The sterilising machines failed on Monday. There was a lot we could have done: we had no spare machine and no plan for one, and that is our failure. Every patient has a new date before 30 May. A full report follows on 6 June. Questions: 020 7946 0321.",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        "Subject: Stop using your Tallis baby monitor charger\n\nThe charger sold with 8,200 Tallis monitors can overheat; 5 families have told us it scorched a socket. I'm sorry for the fright. Our supplier swapped the charger's fuse in May without telling us. We should still have tested the new chargers ourselves. A free replacement charger reaches every owner by 20 June, with a £10 refund. Next update 20 June. Help: 0800 555 0181.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        "Subject: Stop using your Tallis baby monitor charger\n\nThe charger sold with 8,200 Tallis monitors can overheat; 5 families have told us it scorched a socket. I'm sorry for the fright. Our supplier swapped the charger's fuse in May without telling us. We chose that supplier and we did not test the new chargers, so this is on us. A free replacement charger reaches every owner by 20 June, with a £10 refund. Next update 20 June. Help: 0800 555 0181.",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        ROUND_50_BASE_BN.format(
            "যা জানা গেছে: আমাদের নগদ সরবরাহকারী সংস্থা সকালের শিফটে এটিএমগুলোতে টাকা ভরেনি।"
        ),
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        ROUND_50_BASE_BN.format(
            "যা জানা গেছে: সকালের শিফটে প্রায় ২০০ জন গ্রাহক অংশীদার ব্যাংকের বুথে টাকা তুলতে পারেননি; এটিএমে টাকা ভরার সময়সূচি আমরাই ভুল করেছিলাম।"
        ),
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        ROUND_50_BASE_BN.format(
            "কার্ড প্রক্রিয়াকরণ প্রতিষ্ঠানটি আমাদের না জানিয়েই রাতে তাদের নিরাপত্তা সেটিং বদলে দেয়।"
        ),
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        ROUND_50_BASE_BN.format(
            "আমরা গ্রাহকদের না জানিয়েই রাতে কার্ডের নিরাপত্তা সেটিং বদলে দিয়েছিলাম; ভুলটা আমাদের।"
        ),
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        ROUND_50_BASE_BN.format(
            'ঘটনাটি ঘটেছে আমাদের সফটওয়্যার সরবরাহকারী প্রতিষ্ঠান "ডেটাসেতু"-এর একটি ভুল আপডেটের কারণে।'
        ),
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        ROUND_50_BASE_BN.format(
            'আমাদের সফটওয়্যার সরবরাহকারী প্রতিষ্ঠান "ডেটাসেতু" আমাদের ভুলটি প্রথম ধরিয়ে দেয়; আপডেটটি আমরাই ভুলভাবে চালু করেছিলাম।'
        ),
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "email",
        IDENT,
        ROUND_50_BASE_BN.format(
            "নিরাপত্তা প্রহরী সংস্থার এক কর্মী যন্ত্রের চাবি হারিয়ে ফেলেন — মূল গাফিলতি তাঁদের দিকেই।"
        ),
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        IDENT,
        "ঢাকা ও গাজীপুরের প্রায় ৩,১০০টি অর্ডার ২ দিন দেরিতে পৌঁছাবে। দেরির দায় আমরা নিচ্ছি, যদিও জটটা তৈরি হয়েছে আমাদের কুরিয়ার পার্টনারের টঙ্গী হাবে। দুঃখিত। নতুন তারিখ আজ রাত ৯টায় এসএমএসে জানাব। https://ghorebazar.example/track",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "x",
        IDENT,
        "ঢাকা ও গাজীপুরের প্রায় ৩,১০০টি অর্ডার ২ দিন দেরিতে পৌঁছাবে। জটটা তৈরি হয়েছে আমাদের নিজেদের টঙ্গী গুদামে, দেরির দায় আমাদের। দুঃখিত। নতুন তারিখ আজ রাত ৯টায় এসএমএসে জানাব। https://ghorebazar.example/track",
        False,
    ),
]

ROUND_50_NO_BLAME_BESIDE_OWNING: list[tuple[str, str, str, Stage, str, bool]] = [
    # what read as blame and is none: the parcel "you should have" by a date, one of our own
    # staff as the one who used a leaked password, "সময়ের জন্য" (for a while) after a name that
    # holds "ক্লাউড", our own factory that we closed; and beside each the blame it stands for
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        "Subject: Your seed order is late\n\nAbout 1,200 spring seed orders left us 4 days late because I packed them in the wrong week. I'm sorry. They are all posted today, so you should have yours by Friday 14 March. Postage is refunded. I'll email again on Friday. Questions: 01874 555 019.",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        IDENT,
        "Subject: Your seed order is late\n\nAbout 1,200 spring seed orders left us 4 days late. I'm sorry. Most of you should have ordered before the February rush. Postage is refunded. I'll email again on Friday 14 March. Questions: 01874 555 019.",
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        Stage.FOLLOW_UP,
        "Subject: What we found about the booking system break-in\n\nIn April someone copied the names and phone numbers of 12,400 gym members. One of our receptionists used a password that had leaked from another site. Our booking system accepted it with no second check. That was our decision and our mistake, not hers, and I am sorry. Every login now needs a code. Final report by 30 June. Help: 0800 555 0166.",
        False,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        Stage.FOLLOW_UP,
        "Subject: What we found about the booking system break-in\n\nIn April someone copied the names and phone numbers of 12,400 gym members. I am sorry. The members affected had used a password that had leaked from another site. Every login now needs a code. Final report by 30 June. Help: 0800 555 0166.",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "sms",
        Stage.RESOLVED,
        "গতকাল হিসাবঘর ক্লাউডের প্রায় ৯০০ গ্রাহক ২০ মিনিটের জন্য লগইন করতে পারেননি। এখন ঠিক আছে। ভুলটা আমাদের আপডেটের, দুঃখিত। ১৬২০০",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "sms",
        Stage.RESOLVED,
        "প্রায় ৯০০ গ্রাহক ২০ মিনিট লগইন করতে পারেননি, ক্লাউড প্রোভাইডারের সমস্যার জন্য। দুঃখিত। এখন ঠিক আছে। ১৬২০০",
        True,
    ),
    (
        "blame_shifting",
        "bn",
        "status_page",
        Stage.RESOLVED,
        "সমাধান: সোফার ডেলিভারি আবার সময়মতো\n\nমে মাসে প্রায় ৬৪০টি সোফার ডেলিভারি ৫ দিন পিছিয়ে যায়। দায় আমাদের, দুঃখিত। কী হয়েছিল: আমরা সাভার কারখানার কাঠ শুকানোর ঘর মেরামতের জন্য ৭ দিন বন্ধ রাখি, কিন্তু ডেলিভারির তারিখ বদলাইনি। সবার ডেলিভারি চার্জ ফেরত দেওয়া হয়েছে। বিস্তারিত ২০ জুন এই পাতায়। সাহায্য: ০৯৬১২-৩৪৫৬৭৮",
        False,
    ),
    (
        "blame_shifting",
        "bn",
        "status_page",
        Stage.RESOLVED,
        "সমাধান: সোফার ডেলিভারি আবার সময়মতো\n\nমে মাসে প্রায় ৬৪০টি সোফার ডেলিভারি ৫ দিন পিছিয়ে যায়। দুঃখিত। কী হয়েছিল: কাঠ সরবরাহকারী কারখানার শ্রমিক ধর্মঘটের জন্য ৭ দিন কাঠ আসেনি। সবার ডেলিভারি চার্জ ফেরত দেওয়া হয়েছে। বিস্তারিত ২০ জুন এই পাতায়। সাহায্য: ০৯৬১২-৩৪৫৬৭৮",
        True,
    ),
]


@pytest.mark.parametrize(
    ("rule", "language", "channel", "stage", "text", "flagged"),
    ROUND_17_MISSES
    + ROUND_18_MISSES_BLAME_OWNERSHIP_CAUSE_IMPACT
    + ROUND_18_MISSES_OTHER_FLAWS
    + ROUNDS_19_20_BLAME_OWNERSHIP_CAUSE_IMPACT
    + ROUND_20_MISSES_OTHER_FLAWS
    + ROUND_21_MISSES_OTHER_FLAWS
    + ROUND_21_MISSES_BLAME_OWNERSHIP_IMPACT
    + ROUND_24_PRECISION_OWNERSHIP_NEXT_UPDATE
    + ROUND_26_MISSES
    + ROUND_27_PRECISION_OWNERSHIP
    + ROUND_27_REGRET_AND_BLAME
    + ROUND_27_NEXT_UPDATE_SETTLED
    + ROUND_27_MAKE_GOOD_IN_KIND
    + ROUND_28_AMENDS_REMEDIATION_BLAME_JARGON
    + ROUND_28_PRECISION_OWNERSHIP_NEXT_STEP
    + ROUND_30_APOLOGY_BLAME_PROMISE
    + ROUND_30_ANNOUNCED_CAUSE
    + ROUND_30_OUR_OWN
    + ROUND_31_REMEDIATION
    + ROUND_31_CAUSE_LABEL
    + ROUND_31_YES_BUT_BLAME
    + ROUND_31_APOLOGY_NAMED
    + ROUND_34_REMEDIATION
    + ROUND_34_CAUSE
    + ROUND_34_TRIAL_GROUP
    + ROUND_34_PROMISE_SOON
    + ROUND_34_BRIEF_FAULT
    + ROUND_35_HELP
    + ROUND_35_OWNERSHIP
    + ROUND_35_OUR_OWN_PLANT
    + ROUND_38_BLAME_PRECISION
    + ROUND_38_FORMAL_BENGALI
    + ROUND_38_LEAKED_UNSURE
    + ROUND_38_WEBHOOK_JARGON
    + ROUND_40_OWNERSHIP_SAID_OTHERWISE
    + ROUND_40_BLAME_SAID_OTHERWISE
    + ROUND_41_CAUSE_INSTEAD
    + ROUND_41_TRIAL_GROUP_FIRST_AFTER
    + ROUND_41_NEXT_UPDATE_TAKEN_FOR
    + ROUND_42_MAKE_GOOD
    + ROUND_43_NEVER_AGAIN
    + ROUND_43_UNDATED
    + ROUND_43_EMPTY_CAUSE
    + ROUND_43_EMPTY_REMEDIATION
    + ROUND_43_OWNERSHIP_SAID_PLAINLY
    + ROUND_43_SMALL_NUMBER
    + ROUND_45_CAUSE_SAID_OTHERWISE
    + ROUND_45_GUARANTEE_AS_A_NAME
    + ROUND_45_ESPECIALLY_SORRY
    + ROUND_45_JARGON_CASH_AND_TRADE_WORDS
    + ROUND_45_MAKE_GOOD_GOODS_BACK
    + ROUND_45_MAKE_GOOD_FARE_NOT_USED
    + ROUND_45_NEXT_UPDATE_TAKEN_FOR
    + ROUND_45_FEW_WITHOUT_COUNT
    + ROUND_45_BLAME_IN_OTHER_WORDS
    + ROUND_45_HELP_TAKEN_FOR
    + ROUND_47_CAUSE_ONLY_A_KIND
    + ROUND_47_CAUSE_WORD_NO_CAUSE
    + ROUND_47_NOT_YET_KNOWN_SAID_OR_NOT
    + ROUND_47_REMEDIATION_ONLY_TAKES_UP
    + ROUND_47_CAUSE_IN_THE_READERS_CASE
    + ROUND_47_MAKE_GOOD_IN_OTHER_WORDS
    + ROUND_47_MAKE_GOOD_DATA_SEEN
    + ROUND_47_MAKE_GOOD_IDENTIFIED
    + ROUND_47_JARGON_BY_CLASS
    + ROUND_47_EVASIVE_ACTOR_SAID
    + ROUND_47_OWNERSHIP_SAID_OTHERWISE
    + ROUND_47_BLAME_IN_OTHER_WORDS
    + ROUND_47_NEXT_UPDATE_SAID_OTHERWISE
    + ROUND_47_UNDATED_SAID_OTHERWISE
    + ROUND_47_NEVER_AGAIN_SAID_OTHERWISE
    + ROUND_47_MINIMISED_OR_NOT
    + ROUND_47_JARGON_API_AS_A_NAME
    + ROUND_50_BLAME_IN_PASSING
    + ROUND_50_NO_BLAME_BESIDE_OWNING,
)
def test_the_misses_of_fresh_rounds_are_found_and_their_traps_pass(
    rule: str, language: str, channel: str, stage: Stage, text: str, flagged: bool
) -> None:
    found = {found_rule for found_rule, _ in findings(text, language, channel, stage)}
    assert (rule in found) is flagged, found


ROUND_42_JARGON_EMAIL = "Subject: Online payments were down this morning\n\nFrom 09:10 to 13:40 today about 4,000 customers could not pay online. A DNS setting we changed at 09:00 was wrong; that was our mistake and we are sorry for the wasted time. We put the old setting back at 13:40 and now test every change on a copy first. Anyone charged a late fee gets it back by Friday 12 December. Next update: Friday 12 December at 10:00. Questions: 0800 111 2222."


@pytest.mark.parametrize(
    ("language", "channel", "text", "error"),
    [
        # one listed term in an SMS or an X post: no room around it to explain it
        (
            "en",
            "sms",
            "Brightwater: sorry, our mistake - a DNS outage stopped online payments from 09:10 for 4,000 customers. Fixed by 14:00 today. Help: 0800 111 2222",
            True,
        ),
        (
            "en",
            "sms",
            "Brightwater: sorry, our mistake - a website fault stopped online payments from 09:10 for 4,000 customers. Fixed by 14:00 today. Help: 0800 111 2222",
            False,
        ),
        ("bn", "sms", "দুঃখিত, আমাদের DNS ভুলে সাইট বন্ধ। আজ ২টায় ঠিক হবে। ১৬২৩৪", True),
        ("bn", "sms", "দুঃখিত, আমাদের ভুলে সাইট বন্ধ। আজ ২টায় ঠিক হবে। ১৬২৩৪", False),
        # in a long email one term stays a note to the writer
        ("en", "email", ROUND_42_JARGON_EMAIL, False),
    ],
)
def test_one_jargon_term_fails_a_short_message_but_not_a_long_one(
    language: str, channel: str, text: str, error: bool
) -> None:
    report = check_text(text, language=language, channel=Channel(channel), stage=IDENT)
    errors = {f.rule for f in report.findings if f.severity == "error"}
    assert ("jargon" in errors) is error, report.findings
    if channel == "email":
        assert "jargon" in {f.rule for f in report.findings}  # shown, as a warning
