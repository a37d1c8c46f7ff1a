"""Round 82 (the twenty-second session's own fixes). A remediation cue that tells the mistake
("we wrongly took about £118,000", "we kept charging you anyway") is no step; effort and
resolve with no act ("we're working flat out", "the whole team is giving it their full
attention") are no step either. A sum we pay the people harmed ("we'll pay you an extra £20")
is a make-good. A long text that leans on three or more unexplained sets of capitals is
written in a trade's shorthand (jargon); one or two, or a list of two-letter postcode areas,
is not."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

FOLLOW = Stage.FOLLOW_UP
MON = Stage.MONITORING


def _rules(text: str, language: str, channel: str = "email", stage: Stage = FOLLOW) -> set[str]:
    return {rule for rule, _ in findings(text, language, channel, stage)}


GYM = """Subject: Why you were charged after cancelling

Hi Alex,

Between 2 January and 3 March, 2,140 people who had cancelled online were still charged their £34.99 monthly fee. In total we wrongly took about £118,000.

It was our fault. When we moved to a new website on 2 January, the cancellation form stopped passing cancellations to our billing system. So you did everything right, and we kept charging you anyway.

I'm sorry. It's bad enough paying for a gym you've left.

{amends}

{fix}

Our full report will be published at cobaltgym.example/billing-review on 15 April.

Questions: billing@cobaltgym.example or 0161 555 0177.
"""
PAY = "For the trouble we've caused, we'll pay you an extra £20 by bank transfer by 28 March."


def test_the_mistake_told_is_no_step_and_a_sum_paid_is_a_make_good() -> None:
    rules = _rules(GYM.format(amends=PAY, fix=""), "en")
    assert "remediation_missing" in rules
    assert "make_good_missing" not in rules


@pytest.mark.parametrize(
    "fix",
    [
        "Every wrong charge was refunded to your card on 10 March, and the form now checks each cancellation reached billing.",
        "We reconnected the cancellation form to billing on 4 March.",
    ],
)
def test_a_real_step_after_the_mistake_is_remediation(fix: str) -> None:
    assert "remediation_missing" not in _rules(GYM.format(amends=PAY, fix=fix), "en")


@pytest.mark.parametrize(
    "amends",
    [
        "We are paying every affected member £25 by bank transfer this week.",
        "We'll give you £15 on top of your refund.",
    ],
)
def test_sums_paid_to_those_harmed_are_a_make_good(amends: str) -> None:
    fix = "We reconnected the cancellation form to billing on 4 March."
    assert "make_good_missing" not in _rules(GYM.format(amends=amends, fix=fix), "en")


@pytest.mark.parametrize(
    "amends",
    [
        "We paid you £20 less than we owed you last year, and that is now corrected.",
        "We pay our suppliers £2m a month.",
    ],
)
def test_a_sum_that_is_no_gift_is_no_make_good(amends: str) -> None:
    fix = "We reconnected the cancellation form to billing on 4 March."
    assert "make_good_missing" in _rules(GYM.format(amends=amends, fix=fix), "en")


SOFA = """Subject: Your sofa is running late

Hi Aoife,

Your 3-seater (order OH-55817) will arrive about three weeks late, in the week of 31 March. You're one of 640 customers affected. I'm sorry.

What went wrong
We took on more orders for February and March than our new workshop could build, because we planned with the old workshop's numbers. That's our planning mistake.

What we're doing about it
{doing}

To say sorry, we've refunded your €59 delivery charge to your card today.

We'll email you again by Friday 21 March. Call us on 01 555 4420.
"""


@pytest.mark.parametrize(
    "doing",
    [
        "The whole team is giving it their full attention. We're working flat out and we're determined to put this right.",
        "We're working day and night on this.",
    ],
)
def test_effort_and_resolve_under_the_heading_are_no_step(doing: str) -> None:
    assert "remediation_missing" in _rules(SOFA.format(doing=doing), "en", stage=Stage.IDENTIFIED)


def test_a_step_under_the_heading_still_counts() -> None:
    doing = "We've moved 300 of the orders to our Galway workshop, which starts on them on Monday."
    assert "remediation_missing" not in _rules(
        SOFA.format(doing=doing), "en", stage=Stage.IDENTIFIED
    )


METER = """## Incorrect bills for smart meter customers

Last updated: 16:00 GMT, Thursday 6 February

Between 13 and 31 January we sent about 26,500 customers bills that were on average £48 too high. This was our mistake and we're sorry.

### What went wrong
{cause}

### What we've done
- Re-billed every affected account; corrected bills went out on 5 February.
- Credited any overpayment to your account, plus £20 on top as an apology.

**Next update:** Monday 10 February, by 12:00. **Help:** call 0330 555 0142.
"""


@pytest.mark.parametrize(
    ("cause", "jargon"),
    [
        (
            "After our migration, SMETS2 meters on the affected MPANs stopped returning reads via the DCC, and our system fell back to EAC-based estimates.",
            True,
        ),
        (
            "After our move to a new billing system on 12 January, about 26,500 smart meters stopped sending us readings, and the system guessed the bills instead. The ICO and Ofgem have been told.",
            False,
        ),
        (
            "Meters in the BS, BA and TA postcode areas stopped sending readings after our system change on 12 January, so bills were guessed.",
            False,
        ),
    ],
)
def test_a_long_text_thick_with_unexplained_letters_is_jargon(cause: str, jargon: bool) -> None:
    rules = _rules(METER.format(cause=cause), "en", "status_page", MON)
    assert ("jargon" in rules) is jargon


def test_bengali_long_text_thick_with_letters_is_jargon() -> None:
    text = (
        "২৪ নভেম্বর আমাদের হাবে নতুন WMS চালু করার পর ভুল বাছাই বেড়ে যায়, তাই SLA ভাঙে; আগে যথেষ্ট UAT করা হয়নি। "
        "ভুলটা আমাদের, আমরা ক্ষমা চাই। প্রায় ৩৮,০০০ পার্সেল ২–৪ দিন দেরিতে পৌঁছেছে। ২৭ নভেম্বর পুরোনো ব্যবস্থায় ফিরে গেছি। "
        "দেরি হওয়া সব পার্সেলের ডেলিভারি চার্জ ফেরত দেওয়া হবে। পরবর্তী আপডেট ২৯ নভেম্বর দুপুর ১২টায়। সাহায্য: ০৯৬১২-৩৩৩৮৮৮"
    )
    assert "jargon" in _rules(text, "bn", "status_page", MON)
    plain = text.replace("নতুন WMS চালু", "নতুন গুদাম-সফটওয়্যার চালু").replace(
        "তাই SLA ভাঙে", "তাই পার্সেল দেরিতে ছাড়ে"
    )
    assert "jargon" not in _rules(plain, "bn", "status_page", MON)


@pytest.mark.parametrize(
    ("sms", "owned"),
    [
        (
            "St Brigid's CU: Sorry, our 3 May email showed your address to 1,200 members. No money exposed. Update 10 May. Call 01 555 0100",
            True,
        ),
        (
            "Sorry: our new app revealed 300 members' balances to other members on 2 May. Update 10 May. Call 01 555 0100",
            True,
        ),
        (
            "Sorry: our customers shared your address with other members. Update 10 May. Call 01 555 0100",
            False,
        ),
        (
            "Sorry: our app shows your balance on the home screen until 5pm. Update 10 May. Call 01 555 0100",
            False,
        ),
    ],
)
def test_a_thing_of_ours_that_disclosed_details_owns_it(sms: str, owned: bool) -> None:
    assert ("ownership_missing" not in _rules(sms, "en", "sms", MON)) is owned


BUS = """বিষয়: আজ রাতের কলকাতা–শিলিগুড়ি বাস বাতিল — দোষ আমাদের

প্রিয় যাত্রী,

আজ, ৫ অক্টোবর রাত ৮টা থেকে ১০টার মধ্যে আমাদের ৬টি বাসের মধ্যে ৪টি আমরা চালাতে পারছি না; প্রায় ১৭০ জন যাত্রী আটকে গেলেন। এর জন্য আমরা আপনার কাছে ক্ষমা চাইছি।

কেন এমন হল
এই ৪টি বাসের ফিটনেস সার্টিফিকেটের মেয়াদ ৩০ সেপ্টেম্বর শেষ হয়ে গেছে। নবীকরণের আবেদন আমাদের অফিস সময়মতো জমা দেয়নি — এটা পুরোপুরি আমাদের গাফিলতি।

আমাদের তরফে সামান্য ক্ষতিপূরণ
৩১ ডিসেম্বর পর্যন্ত আমাদের যে কোনো বাসে আপনার পরের যাত্রায় ৫০% ছাড় পাবেন। বুকিংয়ের সময় কোড UBX50 ব্যবহার করুন।
{step}
পরের খবর
কাল, ৬ অক্টোবর সকাল ৯টায় আবার মেল করব।

কোনো প্রশ্ন থাকলে ফোন করুন ৯৮৩১০ ৫৫৬৬৭ বা লিখুন care@uttarbangaexpress.in ঠিকানায়।
"""


def test_bengali_code_to_use_and_writing_again_are_no_step_and_a_modest_gift_no_minimising() -> (
    None
):
    rules = _rules(BUS.format(step=""), "bn", stage=Stage.IDENTIFIED)
    assert "remediation_missing" in rules
    assert "impact_vague" not in rules


def test_bengali_real_step_beside_them_is_remediation() -> None:
    step = "\nআজ রাত ১১টায় ধর্মতলা থেকে দুটি বাড়তি বাস ছাড়বে; আপনার টিকিট তাতেই চলবে, অথবা পুরো ভাড়া ফেরত নিন।\n"
    assert "remediation_missing" not in _rules(BUS.format(step=step), "bn", stage=Stage.IDENTIFIED)


def test_bengali_a_small_number_of_people_still_minimises() -> None:
    text = BUS.format(step="").replace("প্রায় ১৭০ জন যাত্রী আটকে গেলেন", "সামান্য কিছু যাত্রী আটকে গেলেন")
    assert "impact_vague" in _rules(text, "bn", stage=Stage.IDENTIFIED)


PREMIUM = """১ জুলাইয়ের প্রিমিয়াম দু'বার কাটা — টাকা ফেরত চলছে

১ জুলাই সকালে ১১,২৪০ জন পলিসিহোল্ডারের মাসিক প্রিমিয়াম আমরা দু'বার কেটে নিয়েছি। প্রায় ৯৩০ জনের ব্যাঙ্ক চার্জও কেটেছে। ভুলটা আমাদের, আমরা আন্তরিকভাবে দুঃখিত।

কেন হল: ১ জুলাই আমাদের নতুন পেমেন্ট সফটওয়্যার একই অনুরোধ ব্যাঙ্কে দু'বার পাঠিয়েছে।

এ পর্যন্ত যা করেছি
- ১ জুলাই দুপুর ২টোয় দ্বিতীয় দফার কাটা বন্ধ করা হয়েছে।
- {amends}

পরবর্তী আপডেট: ৪ জুলাই বেলা ১১টায়। সাহায্য: 1800-209-7788
"""


@pytest.mark.parametrize(
    ("amends", "made_good"),
    [
        (
            "যাঁদের ব্যাঙ্ক বাউন্স চার্জ বা লেট ফি কেটেছে, তাঁদের সেই পুরো টাকা আমরা দেব, সঙ্গে ₹২৫০ বাড়তি — ১০ জুলাইয়ের মধ্যে।",
            True,
        ),
        ("যাঁদের ব্যাঙ্ক চার্জ কেটেছে, তাঁরা সেই পুরো টাকা আমাদের জানাবেন।", False),
    ],
)
def test_bengali_the_whole_knock_on_charge_paid_is_a_make_good(
    amends: str, made_good: bool
) -> None:
    rules = _rules(PREMIUM.format(amends=amends), "bn", "status_page", MON)
    assert ("make_good_missing" not in rules) is made_good


# Round 83's own fixes.


@pytest.mark.parametrize(
    ("sms", "undated"),
    [
        (
            "Meghna Air: Amader system-er truti-te 23ti flight deri hoyechhe. Amra dukkhito. Apnar 1500 Tk travel credit shighroi account-e jog hobe. Help: 09612-100200",
            True,
        ),
        (
            "Meghna Air: Amader system-er truti-te 23ti flight deri hoyechhe. Amra dukkhito. Apnar 1500 Tk travel credit 20 May-er moddhe account-e jog hobe. Help: 09612-100200",
            False,
        ),
    ],
)
def test_banglish_soon_is_vague_timing(sms: str, undated: bool) -> None:
    assert ("undated_commitment" in _rules(sms, "bn", "sms", Stage.RESOLVED)) is undated


RECALL = """Subject: Stop using Arogya Kids Paracetamol Syrup (batches AKP2409 to AKP2412)

Dear Customer,

Our records show that you bought Arogya Kids Paracetamol Syrup from one of our stores between 2 and 23 September. We are recalling four batches because the measuring cup we designed is marked wrongly: the "5 ml" line holds about 7.5 ml. The mistake is ours and we are deeply sorry. 18,900 bottles were sold.

What you should do: stop using the syrup and throw the cup away. We have stopped all sales, and a full refund of Rs 85 per bottle goes to the card you paid with by 7 October.
{help}
We will email you again on Friday 10 October with the result of our investigation.
"""


@pytest.mark.parametrize(
    ("help_line", "helped"),
    [
        ("", False),
        ("Questions? Ask at any of our stores or call 1800 555 0101.", True),
        ("Our pharmacists in every store can check your bottle for you.", True),
    ],
)
def test_the_store_it_was_bought_from_is_no_help(help_line: str, helped: bool) -> None:
    rules = _rules(RECALL.format(help=help_line), "en", stage=Stage.INVESTIGATING)
    assert ("help_missing" not in rules) is helped


@pytest.mark.parametrize(
    ("post", "owned"),
    [
        (
            "On 2 May an outsider got into a staff email account because we hadn't turned on 2-step login. Up to 3,200 applicants' emails may have been seen. We're sorry. Update 12 May: https://lakeland.example/incident",
            True,
        ),
        (
            "Orders are late because we didn't get the parts from our supplier. Up to 3,200 orders. We're sorry. Update 12 May: https://lakeland.example/incident",
            False,
        ),
    ],
)
def test_what_we_left_undone_as_the_reason_owns_it(post: str, owned: bool) -> None:
    assert ("ownership_missing" not in _rules(post, "en", "x", Stage.INVESTIGATING)) is owned


def test_letters_in_a_sentence_thick_with_trade_terms_count_as_jargon() -> None:
    cause = "Our collection run timed out and, because our payment layer isn't idempotent, the retry resubmitted the BACS file against the existing SEPA mandates."
    rules = _rules(METER.format(cause=cause), "en", "status_page", MON)
    assert "jargon" in rules
    plain = "Our collection run stopped halfway and, when it restarted, it sent the whole file to the bank again, so everyone was charged twice."
    assert "jargon" not in _rules(METER.format(cause=plain), "en", "status_page", MON)


AIRLINE = """আকাশবীণা এয়ার | ফ্লাইট সময়সূচি

আজ ভোর ৫টা থেকে দুপুর ২টা পর্যন্ত ঢাকা থেকে আমাদের ১৪টি ফ্লাইট ২ থেকে ৫ ঘণ্টা দেরিতে ছেড়েছে; প্রায় ২,১০০ যাত্রী ভুগেছেন। আপনাদের সময়মতো পৌঁছে দেওয়ার দায়িত্ব আমাদের, আর আজ আমরা তা পারিনি। এজন্য আমরা আন্তরিকভাবে দুঃখিত।

কেন হলো
{cause}

দুপুর ১২টা থেকে আমাদের নিজস্ব ৩৫ জন কর্মীকে লাগেজের কাজে নামিয়েছি। ২ ঘণ্টার বেশি দেরি হওয়া প্রত্যেক যাত্রী পরের যাত্রায় ২,০০০ টাকা ছাড় পাবেন।

পরের আপডেট: আজ রাত ৯টায়। সাহায্য: কল সেন্টার ১৩৬০০
"""


@pytest.mark.parametrize(
    ("cause", "blamed"),
    [
        ('সত্যি কথা হলো, আজকের বিশৃঙ্খলার মূল দায় আমাদের গ্রাউন্ড হ্যান্ডলিং প্রতিষ্ঠান "স্কাইগেট সার্ভিসেস"-এর।', True),
        ("সত্যি কথা হলো, আজকের বিশৃঙ্খলার মূল দায় আমাদের ঠিকাদার প্রতিষ্ঠানের।", True),
        ("ভোরের শিফটে আমরা অর্ধেক কর্মী কম রেখেছিলাম; এই দায় আমাদের, গ্রাউন্ড হ্যান্ডলিং প্রতিষ্ঠানের নয়।", False),
    ],
)
def test_bengali_blame_laid_at_a_firm_working_for_us(cause: str, blamed: bool) -> None:
    rules = _rules(AIRLINE.format(cause=cause), "bn", "status_page", MON)
    assert ("blame_shifting" in rules) is blamed


@pytest.mark.parametrize(
    ("post", "owned"),
    [
        (
            "Aaj sokal 7:30-er Kolkata-Digha DX-12 bus Kolaghat-e atke geche. 41 jon jatri 2 ghonta boshe achhen. Maintenance-e gaphilti amader, sotti dukkhito. Bikolpo bus 10:15-e, porer update 10:30-e. Help: 98300 45678",
            True,
        ),
        (
            "Aaj sokal 7:30-er Kolkata-Digha DX-12 bus Kolaghat-e atke geche. 41 jon jatri 2 ghonta boshe achhen. Sotti dukkhito. Bikolpo bus 10:15-e, porer update 10:30-e. Help: 98300 45678",
            False,
        ),
    ],
)
def test_banglish_negligence_spelt_with_ph_owns_it(post: str, owned: bool) -> None:
    assert ("ownership_missing" not in _rules(post, "bn", "x", Stage.INVESTIGATING)) is owned
