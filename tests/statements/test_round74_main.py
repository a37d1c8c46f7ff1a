"""Round 74 (the twenty-first session's own fixes). A negation in a clause before a way to get
help belongs to that clause ("If an invoice can't wait, email support@…" offers help; "Please
don't email us" does not). In a running status-page log, a line that opens an entry with its
stamp ("Update, 14:25 EAT, 22 July" over what was found) says when we wrote, not when we write
next, as the heading's stamp does."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

INV = Stage.INVESTIGATING
IDENT = Stage.IDENTIFIED

EN_HELP = """Ledgerline: invoicing unavailable

Since 09:35 CET Ledgerline has failed to load for most customers: about 2,400 scheduled invoices have not been sent. This is our failure, and I'm sorry.

What we've done: at 10:05 we paused the database move that started it, and at 10:40 we began switching back to the old servers.

{help}

Next update here by 11:30 CET.
"""


def _rules(text: str, language: str, channel: str = "status_page", stage: Stage = INV) -> set[str]:
    return {rule for rule, _ in findings(text, language, channel, stage)}


@pytest.mark.parametrize(
    "help_line",
    [
        "If an invoice can't wait, email support@ledgerline.nl with its number.",
        "Please don't re-send invoices by hand; email support@ledgerline.nl instead.",
        "Can't wait that long? Call 020 555 0100.",
    ],
)
def test_a_negated_condition_does_not_take_back_the_help_after_it(help_line: str) -> None:
    assert "help_missing" not in _rules(EN_HELP.format(help=help_line), "en")


@pytest.mark.parametrize(
    "help_line",
    [
        "Please don't email support@ledgerline.nl about it.",
        "We will not reply to emails about this today.",
    ],
)
def test_help_taken_back_in_its_own_clause_is_still_no_help(help_line: str) -> None:
    assert "help_missing" in _rules(EN_HELP.format(help=help_line), "en")


def test_bengali_help_after_a_negated_condition_stays_help() -> None:
    text = (
        "আজ সকাল ৯টা থেকে আমাদের অ্যাপে প্রায় ৬,০০০ গ্রাহক লগইন করতে পারছেন না। ভুলটা আমাদের সার্ভার "
        "বদলের সময় হয়েছে, আমরা দুঃখিত। সার্ভার আগের অবস্থায় ফেরানো হচ্ছে। জরুরি লেনদেন করতে না পারলে, "
        "১৬২২২ নম্বরে ফোন করুন। পরের আপডেট দুপুর ১টায়।"
    )
    assert "help_missing" not in _rules(text, "bn")


EN_LOG = """Mwamba Mobile: transfers failing
Status: Identified

Update, 14:25 EAT, 22 July
We've found what's behind today's failures: a database change we made at 08:50 slowed every transfer until it timed out. We've undone it, and about a third of transfers go through again.

Update, 12:40 EAT, 22 July
Since 09:15 EAT around 45% of transfers have failed, about 31,000 from 19,500 customers. This is on us, and we're sorry. If your balance went down but the money didn't arrive, call 0800 555 210.

{last}
"""


def test_a_running_log_entry_stamp_is_not_the_next_update() -> None:
    rules = _rules(EN_LOG.format(last="Follow this page for updates."), "en", stage=IDENT)
    assert "next_update_missing" in rules


@pytest.mark.parametrize(
    "last",
    ["Next update here by 16:00 EAT.", "We'll update this page again at 16:00 EAT today."],
)
def test_a_running_log_with_its_next_time_passes(last: str) -> None:
    assert "next_update_missing" not in _rules(EN_LOG.format(last=last), "en", stage=IDENT)


def test_an_update_line_closing_a_long_statement_is_still_the_next_one() -> None:
    text = EN_LOG.format(last="Next update:\nFri 23 July, 09:00 EAT")
    assert "next_update_missing" not in _rules(text, "en", stage=IDENT)


# Round 75: a future that rules the harm out with many words between ("You'll never find a
# faulty Kiddo lid again") over-promises; "never be able to promise" disclaims; results still
# to come with their time ("Lab results tomorrow 2pm", "ল্যাবের ফল কাল দুপুর ২টায়") are the
# next news in an X post, results already had ("Lab results on 3 May showed …") are not.

X_RECALL = "Kiddo Cups: 12,900 of 14,000 cups are back. Sorry, our lid design was wrong. {line} Return: https://kiddocups.com/recall Update 1 Aug"


def test_never_again_with_many_words_between_is_an_over_promise() -> None:
    text = X_RECALL.format(line="You'll never find a faulty Kiddo lid again.")
    assert "over_promising" in _rules(text, "en", "x", Stage.FOLLOW_UP)


@pytest.mark.parametrize(
    "line",
    [
        "We will never stop checking the lids we make, and again we are sorry.",
        "We'll never be able to promise it won't happen again, but every lid is now tested.",
    ],
)
def test_never_and_again_in_other_roles_stay_clean(line: str) -> None:
    assert "over_promising" not in _rules(X_RECALL.format(line=line), "en", "x", Stage.FOLLOW_UP)


EN_SYRUP = "Our syrup batch JN-2504: 3 bottles with sediment reported; 48,000 sold. Don't give it to children until we know why; we've stopped sales. Our fault, sorry for the worry. {line} 09610-778899"
BN_SYRUP = "আমাদের সিরাপের ব্যাচ JN-2504-এর ৩টি বোতলে তলানির অভিযোগ; ৪৮ হাজার বোতল বাজারে। কারণ না জানা পর্যন্ত এ ব্যাচ শিশুকে খাওয়াবেন না, বিক্রি বন্ধ করেছি। দায় আমাদের, দুঃখিত। {line} ০৯৬১০-৭৭৮৮৯৯"


@pytest.mark.parametrize(
    ("template", "language", "line"),
    [
        (EN_SYRUP, "en", "Lab results tomorrow 2pm."),
        (BN_SYRUP, "bn", "ল্যাবের ফল কাল দুপুর ২টায়।"),
    ],
)
def test_results_to_come_with_their_time_are_the_next_news(
    template: str, language: str, line: str
) -> None:
    assert "next_update_missing" not in _rules(template.format(line=line), language, "x")


@pytest.mark.parametrize(
    ("template", "language", "line"),
    [
        (EN_SYRUP, "en", "Lab results on 3 May showed sediment."),
        (EN_SYRUP, "en", ""),
        (BN_SYRUP, "bn", ""),
    ],
)
def test_results_already_had_or_none_leave_the_next_update_owed(
    template: str, language: str, line: str
) -> None:
    assert "next_update_missing" in _rules(template.format(line=line), language, "x")


# Rounds 76-77: something still owed "soon" keeps the next update owed even when the message
# also asks the reader to act now or closes the matter ("Refund details soon.", "ক্ষতিপূরণ
# শিগগির।"); a month a make-good lasts ("No delivery fee for you in April") owes nothing. A
# follow-up whose title calls it "Follow-up:" does not thereby name a follow-up to come.


@pytest.mark.parametrize(
    ("text", "language", "stage"),
    [
        (
            "Golden Harvest: Sorry, 12 customers found our tomato paste 70g (batch TP0925) spoiled. Pls don't eat it. Refund details soon. Help: 0800 555 2020",
            "en",
            INV,
        ),
        (
            "আমাদের ভুলে কাল ৬ ঘণ্টা নেট বন্ধ ছিল, এখন ঠিক। দুঃখিত। ক্ষতিপূরণ শিগগির। ১৬৬৬১",
            "bn",
            Stage.RESOLVED,
        ),
    ],
)
def test_something_owed_soon_keeps_the_next_update_owed(
    text: str, language: str, stage: Stage
) -> None:
    assert "next_update_missing" in _rules(text, language, "sms", stage)


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        (
            "Oakleaf Pharmacy: sorry, your prescription came 2 days late: we sent 420 orders to the wrong courier on Tue, our error. No delivery fee for you in April. 0800 555 0101",
            Stage.RESOLVED,
        ),
        (
            "Golden Harvest: Sorry, 12 customers found our tomato paste 70g (batch TP0925) spoiled. Pls don't eat it. Full refund at any shop. Help: 0800 555 2020",
            INV,
        ),
    ],
)
def test_nothing_owed_soon_leaves_the_short_message_complete(text: str, stage: Stage) -> None:
    assert "next_update_missing" not in _rules(text, "en", "sms", stage)


FOLLOW_UP = """{title}

Between 3 and 9 June, 11,200 of our 26,000 Auckland orders arrived late and 1,860 arrived with items missing. That's on us: we moved picking to a new warehouse before its stock system was set up. We're sorry.

What we've done: recounted every shelf (finished 8 June) and brought in 40 extra pickers. Everyone with a late order got a $15 credit on 10 June.

{last}

Help: help@basketful.co.nz or 0800 227 538.
"""


def test_a_follow_up_label_in_the_title_is_not_a_follow_up_to_come() -> None:
    text = FOLLOW_UP.format(
        title="Follow-up: late and missing deliveries in Auckland, 3-9 June",
        last="We'll share what we learn in due course.",
    )
    assert "next_update_missing" in _rules(text, "en", stage=Stage.FOLLOW_UP)


@pytest.mark.parametrize(
    ("title", "last"),
    [
        (
            "Follow-up: late and missing deliveries in Auckland, 3-9 June",
            "We'll publish our review of the move on this page by 30 June.",
        ),
        ("Incident report: late and missing deliveries in Auckland, 3-9 June", ""),
    ],
)
def test_a_dated_follow_up_or_the_report_itself_closes_it(title: str, last: str) -> None:
    text = FOLLOW_UP.format(title=title, last=last)
    assert "next_update_missing" not in _rules(text, "en", stage=Stage.FOLLOW_UP)


# Round 77: ownership said of our own thing with a possessive between ("our Bristol depot's
# sorter broke"), of a harm our system did ("our booking system double-sold 1,140 seats"), or
# as what should have been done ("It wasn't encrypted - it should have been").


@pytest.mark.parametrize(
    "line",
    [
        "Sorry, parcel WX4821 is a day late: our Bristol depot's sorter broke on Mon.",
        "Sorry: our booking system double-sold 1,140 seats on Easter coaches.",
        "A staff laptop with 4,700 tenants' details was stolen. It wasn't encrypted - it should have been, and we're sorry.",
    ],
)
def test_ownership_in_plain_words_about_our_own_thing(line: str) -> None:
    text = f"{line} New delivery Thu 6 Mar. Help: https://example.co.uk/help"
    assert "ownership_missing" not in _rules(text, "en", "x", Stage.MONITORING)


def test_a_comparison_is_not_ownership() -> None:
    text = "Sorry: your February bill was £96 higher than it should have been. Corrected bills by Thu 6 Mar. Help: https://example.co.uk/help"
    assert "ownership_missing" in _rules(text, "en", "x", Stage.MONITORING)


# Round 78: a question in a Q&A letter that asks why ("Why was my order late?", "আমার অর্ডার
# কেন দেরিতে এল?") is a heading over the cause: a plain answer under it gives the cause, a vague
# one does not.

QA = """Subject: Your late Christmas order - answers to your questions

Hi Sam,

About 4,700 orders placed between 1 and 15 December arrived after Christmas Day. I'm sorry, and that's on us.

{question}
{answer}

Do I get anything back?
Yes. We've refunded the shipping on every late order (done 10 January), plus a $15 voucher.

What are you changing?
From 1 September the site stops showing a Christmas date as soon as we're a day behind on packing. We'll post a progress note at paperbark.example/christmas on 15 September.

Email help@paperbark.example or call 1800 555 019.
"""


@pytest.mark.parametrize(
    "question",
    ["Why was my order late?", "What caused the delay?", "Why did so many orders miss Christmas?"],
)
def test_a_why_question_over_a_plain_answer_gives_the_cause(question: str) -> None:
    answer = "We took more orders than our Melbourne warehouse could pack, and kept promising Christmas delivery after we knew we were behind."
    text = QA.format(question=question, answer=answer)
    assert "root_cause_missing" not in _rules(text, "en", "email", Stage.FOLLOW_UP)


def test_a_why_question_over_a_vague_answer_gives_no_cause() -> None:
    text = QA.format(question="Why was my order late?", answer="It was due to technical issues.")
    assert "root_cause_missing" in _rules(text, "en", "email", Stage.FOLLOW_UP)


def test_a_bengali_why_question_over_a_plain_answer_gives_the_cause() -> None:
    text = (
        "বিষয়: দেরিতে পৌঁছানো ঈদের অর্ডার\n\n১ থেকে ১০ এপ্রিলের প্রায় ৪,৭০০ অর্ডার ঈদের পরে পৌঁছেছে। এর দায় আমাদের, আমরা দুঃখিত।\n\n"
        "আমার অর্ডার কেন দেরিতে এল?\nআমাদের গুদাম যত অর্ডার প্যাক করতে পারে, আমরা তার চেয়ে অনেক বেশি অর্ডার নিয়েছিলাম।\n\n"
        "দেরি হওয়া প্রতিটি অর্ডারের ডেলিভারি চার্জ ফেরত দিয়েছি, সঙ্গে ২০০ টাকার ভাউচার। ১ সেপ্টেম্বর থেকে প্যাকিং পিছিয়ে পড়লেই ঈদের তারিখ দেখানো বন্ধ হবে। "
        "১৫ সেপ্টেম্বর অগ্রগতি জানাব। যোগাযোগ: ০৯৬১০-১২৩৪৫৬"
    )
    assert "root_cause_missing" not in _rules(text, "bn", "email", Stage.FOLLOW_UP)


# Round 80: ownership told of a bad thing we supplied, after it ("We're sorry we sent out milk
# that wasn't properly pasteurised"), or of our own system slowing ("Our system slowed"); not
# a system's slowness in someone else's story ("whenever our app was slow to confirm").


@pytest.mark.parametrize(
    "text",
    [
        "Our recall of Hollis 2L milk is done: 41,600 of 43,000 bottles are back. We're sorry we sent out milk that wasn't properly pasteurised. Refunds at any shop until 31 Oct. Full report 15 Oct: hollis.ie/recall",
        "FreshCart: Sorry, we're late. Our system slowed; about 1,300 orders due 6-9pm today are up to 2h behind. Cause not known yet. Update 7:30pm. freshcart.sg/help",
    ],
)
def test_ownership_of_what_we_supplied_or_our_system_slowing(text: str) -> None:
    assert "ownership_missing" not in _rules(text, "en", "x", INV)


def test_our_app_being_slow_in_a_partners_fault_is_no_ownership() -> None:
    text = "Sorry: 6,400 customers were charged twice. PayCrest's system sent the charge again whenever our app was slow to confirm a payment. Refunds by 19 Mar. Help: https://blueheron.example/help"
    assert "ownership_missing" in _rules(text, "en", "x", INV)


# Round 81: a clock time in a Bengali SMS written in Latin letters ("1tay update", "Bikel 3tay
# update") ties the update to a time, as "১টায় আপডেট" does; a count ("2ta packet") does not.


@pytest.mark.parametrize("line", ["1tay update.", "Bikel 3tay update dibo.", "3tar moddhe update."])
def test_a_banglish_clock_time_times_the_next_update(line: str) -> None:
    text = f"JatraNet: Dosh amader fiber line-er. Mirpur-e prae 1200 grahok net pacchen na. Dukkhito. {line} 09612500500"
    assert "next_update_missing" not in _rules(text, "bn", "sms", INV)


def test_a_banglish_count_is_no_time() -> None:
    text = "JatraNet: Dosh amader fiber line-er. Mirpur-e prae 1200 grahok net pacchen na. Dukkhito. 2ta router update hobe. 09612500500"
    assert "next_update_missing" in _rules(text, "bn", "sms", INV)
