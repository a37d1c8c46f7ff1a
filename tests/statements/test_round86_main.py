"""Round 86 (the twenty-third session's own fixes). Money in any currency the writer uses
("add ₦1,000 to each affected account", "KES 500 credited") is read as money, so a sum we give
is a make-good; a bank's name at the head of a noun ("Wattle Bank debit card purchases were
taken twice") is not the bank doing the wrong thing, while "your bank processed the payment
twice" still lays the fault there."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

RES = Stage.RESOLVED


def _rules(text: str, language: str, channel: str = "email", stage: Stage = RES) -> set[str]:
    return {rule for rule, _ in findings(text, language, channel, stage)}


TRANSFERS = """Subject: Double debits on your transfers – we have reversed them

Dear customer,

On Monday 10 March, between 9:12am and 2:40pm, about 27,000 customers had transfers taken from their accounts twice. The double debits came to about {currency}412 million.

This was our error: an update we made that morning retried transfers that had already gone through. We are sorry; many of you could not pay school fees or buy fuel.

Every double debit was reversed to your account by 6pm on Wednesday 12 March. {amends}

If your balance still looks wrong, call 0700 567 2265 (24 hours) or chat with us in the app. We will publish a short review on our website by Friday 21 March.
"""


@pytest.mark.parametrize(
    ("currency", "amends"),
    [
        ("₦", "We have also added ₦1,000 to each affected account."),
        ("KES ", "We have also credited KES 500 to every affected account."),
        ("¥", "We have also added ¥2,000 to each affected account."),
    ],
)
def test_a_sum_in_any_currency_given_to_each_account_is_a_make_good(
    currency: str, amends: str
) -> None:
    assert "make_good_missing" not in _rules(
        TRANSFERS.format(currency=currency, amends=amends), "en"
    )


def test_returning_only_the_money_taken_twice_is_no_make_good() -> None:
    assert "make_good_missing" in _rules(TRANSFERS.format(currency="₦", amends=""), "en")


CARDS = """Resolved: some card purchases charged twice, 3–4 August

Between 6:02 am on Sunday 3 August and 11:40 am on Monday 4 August, {charged}. About 9,600 customers were affected, and the duplicates came to roughly $1.4 million.

{owned} During weekend maintenance we changed how our card system confirms payments with shops, and one setting made it record some payments a second time.

We're sorry. For some of you the second charge pushed your account into the red.

We reversed the setting at 11:40 am on 4 August, refunded every duplicate by 9 pm that day, refunded any overdraft fees, and added a $15 credit to each affected account. A daily check now compares card charges with shop confirmations.

Questions: call 13 22 88 or message us in the app. Our review will be on this page by Friday 15 August.
"""


def test_a_bank_name_heading_a_noun_is_not_the_bank_to_blame() -> None:
    text = CARDS.format(
        charged="18,730 Wattle Bank debit card purchases were taken from customers' accounts twice",
        owned="This was our mistake.",
    )
    assert "blame_shifting" not in _rules(text, "en")


def test_a_bank_that_charged_twice_is_still_blamed() -> None:
    text = CARDS.format(
        charged="your bank processed 18,730 card purchases twice",
        owned="",
    )
    assert "blame_shifting" in _rules(text, "en")


VENDOR = """Subject: Your pharmacy account details

Dear customer,

On 2 June we learnt that the details of about 118,000 customers, held by our e-prescription partner MedCloud, could be viewed by outsiders. Names, phone numbers, addresses and the medicines ordered were exposed.

Why it happened: we chose MedCloud and we are responsible for your data. {lapse} During a server move on 28 May a storage folder was left open to the internet.

We are truly sorry that your private health information was exposed.

The folder was closed on 2 June, within 3 hours. Our security chief, Kavita Rao, will finish a full audit by 30 June. We have added Rs 500 to your wallet as an apology.

We will email you again by 16 June. Help: 1800-266-7070 or privacy@pharmacy.example.
"""


def test_the_lapse_put_on_a_partner_s_side_by_name_is_blame() -> None:
    text = VENDOR.format(lapse="However, this lapse was entirely on MedCloud's side.")
    assert "blame_shifting" in _rules(text, "en", stage=Stage.IDENTIFIED)


def test_the_lapse_kept_on_our_side_is_no_blame() -> None:
    text = VENDOR.format(lapse="The lapse was on our side: we never checked the move.")
    assert "blame_shifting" not in _rules(text, "en", stage=Stage.IDENTIFIED)


RECALL = """Subject: Recall of Kids Pain Relief Liquid, batch K2311

Dear customer,

We are recalling batch K2311 of our Kids Pain Relief Liquid {cause}. About 8,400 bottles were sold through 120 of our pharmacies. This is our own-brand medicine and our responsibility. We're sorry: parents rely on us to get children's medicines right.

Stop using it. If your child has taken it and seems unwell, see your GP. Bring the bottle back to any of our pharmacies for a full refund.

We took the batch off every shelf on 20 March. We'll email you again by Friday 28 March. Questions? Call 1800 742 000.
"""


def test_a_vague_cause_is_not_excused_by_a_child_who_seems_unwell() -> None:
    text = RECALL.format(cause="because of a quality issue")
    assert "root_cause_missing" in _rules(text, "en", stage=Stage.IDENTIFIED)


def test_a_plain_cause_passes_beside_a_child_who_seems_unwell() -> None:
    text = RECALL.format(
        cause="because a filling machine put in twice the dose of paracetamol on 3 March"
    )
    assert "root_cause_missing" not in _rules(text, "en", stage=Stage.IDENTIFIED)


METRO = "8:10AM: Service is back on Line 2 after {cause}, stopping trains 6:25-7:50AM. About 60,000 commuters affected. We're so sorry you were late for work & school. Refunds at any station until Fri 14 Mar. Help: https://metrolink.example/help"


def test_sorry_you_were_late_owns_nothing() -> None:
    text = METRO.format(cause="an error occurred in the signalling system")
    assert "ownership_missing" in _rules(text, "en", "x")


def test_our_own_fault_named_owns_it_beside_sorry_you_were_late() -> None:
    text = METRO.format(cause="our signalling upgrade failed")
    assert "ownership_missing" not in _rules(text, "en", "x")


@pytest.mark.parametrize(
    ("text", "jargon"),
    [
        (
            "Moreton Council: sorry, our rates payment site's been down since 9am - our SSL cert lapsed & the gateway returns 503s. Due date now 21 Mar. moreton.example",
            True,
        ),
        (
            "Moreton Council: sorry, our rates payment site's been down since 9am - we let its security certificate expire. Due date now 21 Mar. moreton.example",
            False,
        ),
    ],
)
def test_a_certificate_and_status_codes_in_trade_shorthand_are_jargon(
    text: str, jargon: bool
) -> None:
    assert ("jargon" in _rules(text, "en", "sms", Stage.INVESTIGATING)) is jargon


@pytest.mark.parametrize(
    ("batches", "vague"),
    [
        ("কয়েকটা ব্যাচে", True),
        ("২৩১১ ও ২৩১২ নম্বর ব্যাচের প্রায় ৪,০০০ কাপে", False),
    ],
)
def test_a_few_batches_with_no_count_is_vague_in_bengali(batches: str, vague: bool) -> None:
    text = (
        f"মধুমিতার টক দইয়ের {batches} ছত্রাক পাওয়া গেছে — দই ঠান্ডা রাখায় আমাদের গাফিলতিই দায়ী। "
        "খারাপ দই তুলে দেওয়ার জন্য আমরা লজ্জিত ও দুঃখিত। দোকানে ফেরত দিলে পুরো দাম পাবেন। "
        "কাল সকাল ১০টায় আপডেট: https://madhumita.example/recall"
    )
    assert ("impact_vague" in _rules(text, "bn", "x", Stage.INVESTIGATING)) is vague


DELAYS = """প্রেরক: {sender}
বিষয়: আপনার অর্ডার পৌঁছে গেছে — দেরির জন্য ক্ষমা চাইছি

সম্মানিত গ্রাহক,

১০ থেকে ২০ মার্চ আমাদের কাছে দেওয়া ২,৭৫০টি অর্ডার গড়ে ৯ দিন দেরিতে পৌঁছেছে। এর দায় আমাদের; আমরা আন্তরিকভাবে ক্ষমাপ্রার্থী।

কেন দেরি হলো: ঈদের অর্ডারের চাপ আমরা ভুল হিসাব করেছিলাম, প্রয়োজনের অর্ধেক কর্মী নিয়ে অর্ডার নিয়েছি।

যা করেছি: ২২ মার্চ থেকে বাড়তি ৪০ জন কর্মী দিয়ে সব অর্ডার ৫ এপ্রিলের মধ্যে পৌঁছানো হয়েছে। প্রত্যেক গ্রাহককে ৫০০ টাকা ফেরত দিয়েছি।

৩১ মে-র মধ্যে একটি পর্যালোচনা প্রতিবেদন প্রকাশ করব।
"""


def test_a_no_reply_sender_is_no_place_to_get_help() -> None:
    assert "help_missing" in _rules(DELAYS.format(sender="noreply@kathghor.example"), "bn")


def test_a_sender_that_takes_replies_is_help() -> None:
    assert "help_missing" not in _rules(DELAYS.format(sender="care@kathghor.example"), "bn")


KETTLE = """Subject: Recall: NK-170 cordless kettle

Hello,

Please unplug your NK-170 kettle and stop using it. In about 23,600 kettles sold since September, the safety switch can stick, and the base can melt. Choosing and testing that switch was our job, and our testing missed the fault. I'm sorry: two customers had minor burns.

We stopped selling the NK-170 on January 24. Go to northfield.example/recall and choose a full refund or a replacement. {gift}

We'll email you again by March 15. Help: 1-888-555-0147 or recall@northfield.example.
"""


@pytest.mark.parametrize(
    ("gift", "canned"),
    [
        ("Either way, we'll add a $20 gift card to say sorry for the hassle.", False),
        ("We're sorry for the hassle.", True),
    ],
)
def test_a_gift_card_to_say_sorry_is_a_gift_s_label_not_a_canned_apology(
    gift: str, canned: bool
) -> None:
    rules = _rules(KETTLE.format(gift=gift), "en", stage=Stage.IDENTIFIED)
    assert ("non_apology" in rules) is canned


@pytest.mark.parametrize(
    ("text", "help_given"),
    [
        (
            "Priyo grahok, apnar order #58213 (3 ti boi) 12 May-e pouchhanor kotha chhilo, kintu deri hocche. Ei opekkhar jonno amra dukkhito. -Boighor",
            False,
        ),
        (
            "Priyo grahok, apnar order #58213 (3 ti boi) deri hocche. Ei opekkhar jonno amra dukkhito. Jante call korun 01911 556677. -Boighor",
            True,
        ),
    ],
)
def test_an_order_number_is_no_phone_number(text: str, help_given: bool) -> None:
    assert ("help_missing" not in _rules(text, "bn", "sms", Stage.INVESTIGATING)) is help_given


@pytest.mark.parametrize(
    ("text", "help_given"),
    [
        ("আমাদের ভুলে ৩২০০ দাতার ফোন নম্বর এক ইমেইলে সবাই দেখেছেন। খুবই দুঃখিত।", False),
        ("আমাদের ভুলে ৩২০০ দাতার ফোন নম্বর সবাই দেখেছেন। খুবই দুঃখিত। প্রশ্ন থাকলে ইমেইলে জানান।", True),
    ],
)
def test_the_email_that_leaked_is_no_place_to_get_help(text: str, help_given: bool) -> None:
    assert ("help_missing" not in _rules(text, "bn", "sms", Stage.IDENTIFIED)) is help_given


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        (
            "FlyKaveri: we're sorry - KV 514 Bengaluru-Delhi is 3 hrs late (new dep 21:40); our plane needs a brake repair. Meal voucher at gate. Rebook free: fk.example/m",
            set(),
        ),
        (
            "FlyKaveri: we're sorry - KV 514 Bengaluru-Delhi is 3 hrs late (dep 21:40); our plane needs a brake repair. Meal voucher at gate. Rebook free: fk.example/m",
            {"next_update_missing"},
        ),
        (
            "FlyKaveri: we're sorry - KV 514 Bengaluru-Delhi is 3 hrs late (new dep 21:40); the plane needs a brake repair. Meal voucher at gate. Rebook free: fk.example/m",
            {"ownership_missing"},
        ),
    ],
)
def test_our_plane_needing_a_repair_owns_it_and_a_new_departure_is_news_ahead(
    text: str, missing: set[str]
) -> None:
    rules = _rules(text, "en", "sms", Stage.IDENTIFIED)
    assert {"ownership_missing", "next_update_missing", "too_long"} & rules == missing


@pytest.mark.parametrize(
    ("text", "owned"),
    [
        (
            "Meghna Travels: amader bus bikol, aj 11:30pm Dhaka-Cox's Bazar trip batil. Dukkhito. Kal 7am bus-e seat chaile reply din. Taka 10 tarikh-er moddhe ferot. 01911556677",
            True,
        ),
        (
            "Meghna Travels: aj 11:30pm Dhaka-Cox's Bazar trip batil. Dukkhito. Kal 7am bus-e seat chaile reply din. Taka 10 tarikh-er moddhe ferot. 01911556677",
            False,
        ),
    ],
)
def test_our_bus_broken_down_owns_it_in_banglish(text: str, owned: bool) -> None:
    assert ("ownership_missing" not in _rules(text, "bn", "sms", Stage.IDENTIFIED)) is owned


@pytest.mark.parametrize(
    ("made", "owned"),
    [("আমাদের তৈরি", True), ("বাজারে থাকা", False)],
)
def test_a_product_we_made_that_may_melt_owns_it_in_bengali(made: str, owned: bool) -> None:
    text = (
        f"নিরাপত্তা নোটিশ: {made} 'আলো' ১.৮ লিটার কেটলির (মডেল AK-18, মার্চ–এপ্রিল ২০২৪-এ বিক্রি, প্রায় ৯,২০০টি) "
        "সুইচ গরম হয়ে গলে যেতে পারে। এখনই ব্যবহার বন্ধ করুন। আপনাদের ঝুঁকিতে ফেলার জন্য আমরা দুঃখিত। "
        "আজ থেকে যেকোনো শোরুমে ফেরত দিলে পুরো টাকা। ১৬৫৫৫ / https://alo.example/recall"
    )
    assert ("ownership_missing" not in _rules(text, "bn", "x", Stage.IDENTIFIED)) is owned


@pytest.mark.parametrize(
    ("owned", "blamed"),
    [
        ("অর্ডার আমরা নিয়েছি, দায়ও আমাদের—কিন্তু আমাদের কুরিয়ার পার্টনার কথামতো গাড়ি না পাঠানোয় এই অবস্থা।", True),
        ("আমাদের কুরিয়ার পার্টনার কথামতো গাড়ি পাঠায়নি, কিন্তু বিকল্প ঠিক না রাখার দায় আমাদের।", False),
    ],
)
def test_owning_then_but_the_partner_is_blame_in_bengali(owned: str, blamed: bool) -> None:
    text = (
        f"ঈদের অর্ডার নিয়ে: ২২–২৫ মার্চের প্রায় ১,৯০০ অর্ডার এখনো ঢাকার গুদামে আটকে। {owned} "
        "ঈদের আগে আপনাদের দুশ্চিন্তায় রাখার জন্য আমরা দুঃখিত। কাল সকাল ১০টায় আপডেট। ইনবক্স বা ০৯৬৩৮-৪৪৫৫৬৬"
    )
    assert ("blame_shifting" in _rules(text, "bn", "x", Stage.IDENTIFIED)) is blamed


REPORTS = """বিষয়: আপনার পরীক্ষার রিপোর্ট অনলাইনে খোলা ছিল — আমাদের ভুল

প্রিয় সেবাগ্রহীতা,

৯ থেকে ২৩ সেপ্টেম্বর পর্যন্ত আমাদের ওয়েবসাইটে ১১,৩০০ জন রোগীর ১৪,৯৮০টি রিপোর্ট লগইন ছাড়াই খোলা যেত। এটা আমাদের ভুল; আমি আন্তরিকভাবে ক্ষমা চাইছি।

{heading}
৯ সেপ্টেম্বর আমরা রিপোর্ট ডাউনলোডের পাতাটি নতুন করে চালু করি। তখন ওটিপি দিয়ে পরিচয় যাচাইয়ের ধাপটি আমরা চালু করতে ভুলে যাই।

যা করেছি
২৩ সেপ্টেম্বর সন্ধ্যা ৭টায় পাতাটি বন্ধ করেছি; এখন রিপোর্ট দেখতে আবার ওটিপি লাগে। প্রতারণায় কারও টাকা গেলে ১৫ দিনের মধ্যে সেই ক্ষতি আমরা পূরণ করব।

১০ অক্টোবরের মধ্যে আবার ইমেইলে জানাব। হেল্পলাইন: ০৯৬৭৮-১১২২৩৩
"""


@pytest.mark.parametrize("heading", ["কীভাবে হলো", "কী করে এমন হলো", "কেন এমন ঘটল"])
def test_a_how_it_happened_heading_stands_over_the_cause_in_bengali(heading: str) -> None:
    text = REPORTS.format(heading=heading)
    assert "root_cause_missing" not in _rules(text, "bn", stage=Stage.IDENTIFIED)


def test_a_heading_over_no_cause_gives_none_in_bengali() -> None:
    text = REPORTS.format(heading="যা জানা দরকার").replace(
        "৯ সেপ্টেম্বর আমরা রিপোর্ট ডাউনলোডের পাতাটি নতুন করে চালু করি। তখন ওটিপি দিয়ে পরিচয় যাচাইয়ের ধাপটি আমরা চালু করতে ভুলে যাই।",
        "রিপোর্টগুলোতে নাম, বয়স ও ফলাফল ছিল।",
    )
    assert "root_cause_missing" in _rules(text, "bn", stage=Stage.IDENTIFIED)


TOY = """বিষয়: জরুরি — 'টুনটুনি' ঝুনঝুনি ফেরত নেওয়া হচ্ছে

প্রিয় অভিভাবক,

আমাদের নিজস্ব ব্র্যান্ডের 'টুনটুনি' ঝুনঝুনির হাতল খুলে ছোট পুঁতি বেরিয়ে আসতে পারে। মোট ৪,৩০০টি বিক্রি হয়েছে। কারখানায় হাতলের আঠা ঠিকমতো শুকানোর আগেই প্যাক করা হয়েছিল।

খেলনাটি আমরাই বানিয়েছি। আপনার শিশুর হাতে এমন ঝুঁকির জিনিস তুলে দেওয়ার জন্য আমরা গভীরভাবে দুঃখিত।

• ৩ মার্চ থেকে আমাদের ২৬টি শাখা ও ওয়েবসাইটে বিক্রি বন্ধ করেছি।
• যেকোনো শাখায় ঝুনঝুনিটি জমা দিন।{refund}

পরের আপডেট: ১০ মার্চ, আমাদের ওয়েবসাইটে। প্রশ্ন: ০৯৬১১-৮৬৯৮৬৯
"""


@pytest.mark.parametrize(("refund", "owed"), [("", True), (" জমা দিলেই পুরো দাম ফেরত পাবেন।", False)])
def test_sales_we_stopped_are_no_service_down_so_a_refund_is_owed_in_bengali(
    refund: str, owed: bool
) -> None:
    rules = _rules(TOY.format(refund=refund), "bn", stage=Stage.IDENTIFIED)
    assert ("make_good_missing" in rules) is owed


@pytest.mark.parametrize(
    ("told", "blamed"),
    [
        (
            "শীতের ছুটির ভিড়ে বিপুলসংখ্যক যাত্রী ফ্লাইটের ৪০ মিনিটেরও কম সময় আগে চেক-ইন কাউন্টারে এসেছেন, অনেকে নির্ধারিত সীমার চেয়ে বেশি লাগেজ এনেছেন।",
            True,
        ),
        (
            "সকালের পালায় আমরা মাত্র দুটি চেক-ইন কাউন্টার খুলেছিলাম, অথচ চারটি দরকার ছিল। ফলে যাত্রীরা গন্তব্যে ২ থেকে ৫ ঘণ্টা দেরিতে পৌঁছেছেন।",
            False,
        ),
    ],
)
def test_late_check_in_and_extra_bags_told_as_the_cause_is_blame_in_bengali(
    told: str, blamed: bool
) -> None:
    text = (
        "বিষয়: ২৮ ডিসেম্বরের ফ্লাইট দেরি\n\nপ্রিয় যাত্রী,\n\n২৮ ডিসেম্বর আমাদের ৯টি ফ্লাইট ২ থেকে ৫ ঘণ্টা দেরিতে ছেড়েছে; প্রায় ১,৬৫০ জন যাত্রী ভোগান্তিতে পড়েছেন। "
        "আমরা সত্যিই দুঃখিত।\n\n"
        f"{told}\n\n"
        "৫ জানুয়ারি থেকে সকালের পালায় চারটি অতিরিক্ত কাউন্টার খোলা থাকবে। ক্ষতিগ্রস্ত প্রত্যেক যাত্রীকে ১,০০০ টাকা ফেরত দেব ১০ জানুয়ারির মধ্যে।\n\n"
        "প্রশ্ন থাকলে ফোন করুন ০৯৬৬৬-৭৭৭০০০।"
    )
    assert ("blame_shifting" in _rules(text, "bn")) is blamed


HUB = """Parcelray - Delivery delays in the Midlands
Updated Thursday 5 December, 11:00

We're sorry that many of you are waiting longer than promised for your parcels this week.

Since Monday 2 December, around 85,000 parcels going through our Coventry hub have been delayed by 1 to 3 days.

Why this is happening
Our Coventry hub is run for us by a partner company, Kinetica Logistics. {cause}

What we're doing
- Since Wednesday we've sent 140 of our own staff to Coventry and are running the hub 24 hours a day.
- We expect to clear the backlog by Sunday 8 December.

What you should do
Track your parcel at parcelray.example/track. If you paid for next-day delivery and your parcel was late, the extra charge will be refunded to your card automatically by 20 December.

Next update here at 17:00 today. Help: chat at parcelray.example/help or call 0330 555 2290.
"""


def test_a_partner_named_once_by_its_job_then_by_name_as_the_one_that_fell_short_is_blame() -> None:
    text = HUB.format(cause="Kinetica did not have enough staff on site for the Christmas peak.")
    rules = _rules(text, "en", "status_page", Stage.IDENTIFIED)
    assert "blame_shifting" in rules
    assert "make_good_missing" not in rules  # the price of next-day delivery, paid back


def test_the_same_partner_named_beside_our_own_failing_is_no_blame() -> None:
    text = HUB.format(
        cause="We did not give Kinetica enough staff for the Christmas peak: that was our mistake."
    )
    assert "blame_shifting" not in _rules(text, "en", "status_page", Stage.IDENTIFIED)


def test_an_extra_charge_taken_in_error_refunded_is_no_make_good() -> None:
    text = HUB.format(cause="We took on more parcels than our own staff could sort.").replace(
        "If you paid for next-day delivery and your parcel was late, the extra charge will be refunded",
        "Some of you were charged the delivery fee twice by mistake; the extra charge will be refunded",
    )
    assert "make_good_missing" in _rules(text, "en", "status_page", Stage.IDENTIFIED)


@pytest.mark.parametrize(
    ("text", "language", "owed"),
    [
        ("Power's back in Ennis ⚡ Our line fault, sorry. Help 1800 412 900", "en", False),
        ("বিদ্যুৎ ফিরেছে। আমাদের লাইনের ত্রুটি, দুঃখিত। ১৬২৬৬", "bn", False),
        ("Power's back in Ennis. Our line fault, sorry. Help 1800 412 900", "en", True),
    ],
)
def test_a_closing_sms_in_one_ucs2_segment_has_no_room_for_a_follow_up(
    text: str, language: str, owed: bool
) -> None:
    assert ("next_update_missing" in _rules(text, language, "sms", RES)) is owed


@pytest.mark.parametrize(
    ("text", "owned"),
    [
        (
            "NaijaTel: sorry, 90,000 customers' names & numbers leaked from our system on 3 May. Cause not known yet. We never ask for PINs. Update 8 May: naijatel.example/alert",
            True,
        ),
        (
            "NaijaTel: sorry, 90,000 customers' names & numbers were found online on 3 May. Cause not known yet. We never ask for PINs. Update 8 May: naijatel.example/alert",
            False,
        ),
    ],
)
def test_details_leaked_from_our_system_own_it(text: str, owned: bool) -> None:
    assert ("ownership_missing" not in _rules(text, "en", "sms", Stage.INVESTIGATING)) is owned


@pytest.mark.parametrize(
    ("text", "owned"),
    [
        (
            "HaatBazar: Amra dukkhito! Amader Tejgaon warehouse-e stock hisab bhul howay apnar order 3 din deri hobe. 14 June-er moddhe pouchabe. Help: 09612445566",
            True,
        ),
        (
            "HaatBazar: Amra dukkhito! Tejgaon-e rastay jam-er karone apnar order 3 din deri hobe. 14 June-er moddhe pouchabe. Help: 09612445566",
            False,
        ),
    ],
)
def test_a_fault_in_a_thing_of_ours_named_at_length_owns_it_in_banglish(
    text: str, owned: bool
) -> None:
    assert ("ownership_missing" not in _rules(text, "bn", "sms", Stage.IDENTIFIED)) is owned


@pytest.mark.parametrize(
    ("text", "owned"),
    [
        (
            "St Brigid's Hospital: Sorry - we let a phishing attack expose your records from our patient system on 2 Apr. Letter by 12 Apr. Help: 01 555 0199",
            True,
        ),
        (
            "Medway Pharmacy: Sorry - we sold you Calmisol 20mg batch C2231, recalled as it may be stronger than labelled. Stop taking it. Help: 01634 555 210",
            True,
        ),
        (
            "Alder Insurance: Sorry, we emailed your policy number and address to another customer on 2 May. No bank details. We'll call you by 9 May. Help: 0800 014 3355",
            True,
        ),
        (
            "Alder Insurance: Sorry, your policy number and address were seen by another customer on 2 May. No bank details. We'll call you by 9 May. Help: 0800 014 3355",
            False,
        ),
        (
            "Nabapalli Pourasabha: amra somoy-moto pump-er motor bodlai ni, tai 3 din ward 4-9-e jol aseni. Khub dukkhito. Kal 10tay update. Help 01711 223344",
            True,
        ),
    ],
)
def test_what_we_let_in_sold_or_sent_to_the_wrong_person_owns_it(text: str, owned: bool) -> None:
    language = "bn" if "Pourasabha" in text else "en"
    assert ("ownership_missing" not in _rules(text, language, "sms", Stage.IDENTIFIED)) is owned


SCHOOL = """Subject: Parent portal outage: what happened

Dear parents and carers,

From Monday 12 February until Wednesday 14 February the parent portal was down, and none of our 1,180 families could log in. I'm sorry: many of you were worried your child would miss camp.

This was the school's responsibility. Our IT team changed the portal's login settings and got one setting wrong.

We extended subject selections to Friday 16 February and waived the $25 late fee for every family. Changes are now tested with a parent account first; our ICT Manager, Mr Daniel Huynh, is responsible for this.

{review}

Questions: office@ridgeway.example or (03) 9555 0123.

Helen Cartwright
Principal, Ridgeway Secondary College
"""


@pytest.mark.parametrize(
    ("review", "blamed"),
    [
        (
            "School Council will review the outage at its meeting on 5 March, and I'll put a summary in the newsletter of 8 March.",
            False,
        ),
        (
            "The outage was the council's fault: their network failed. I'll put a summary in the newsletter of 8 March.",
            True,
        ),
    ],
)
def test_a_council_reviewing_the_outage_is_no_blame(review: str, blamed: bool) -> None:
    rules = _rules(SCHOOL.format(review=review), "en", stage=Stage.FOLLOW_UP)
    assert ("blame_shifting" in rules) is blamed


@pytest.mark.parametrize(
    ("amends", "owed"),
    [
        (
            "We will return the extra amount to your account by 2 April, together with a Tk 50 bonus as our apology.",
            False,
        ),
        ("We will return the extra amount to your account by 2 April.", True),
    ],
)
def test_a_sum_as_a_bonus_is_a_make_good(amends: str, owed: bool) -> None:
    text = (
        "Subject: Extra Cash Out charge: your refund\n\nDear Customer,\n\n"
        "From 26 to 27 March we charged around 310,000 customers Tk 18.50 for every Tk 1,000 instead of Tk 14.90. "
        "This was our mistake: our team loaded an old version of the charge list. We are sorry.\n\n"
        f"We corrected the charge on 27 March. {amends}\n\n"
        "Next update on 30 March at dhanpay.example/update. Questions: call 16719."
    )
    assert ("make_good_missing" in _rules(text, "en", stage=Stage.IDENTIFIED)) is owed


COOKER = """বিষয়: জরুরি — 'রাঁধুনি প্রো' প্রেশার কুকার ব্যবহার বন্ধ রাখুন

নমস্কার,

ডিসেম্বর থেকে মার্চের মধ্যে বিক্রি হওয়া প্রায় ৭,৮০০টি কুকারের ভালভ আটকে যেতে পারে। এখনও পর্যন্ত ২৩টি অভিযোগ পেয়েছি; একজনের হাত পুড়েছে।

এই কুকার আমরা বানিয়েছি — ত্রুটির দায় আমাদের। আমরা সত্যিই লজ্জিত ও ক্ষমাপ্রার্থী।

{cause}

কুকারটি আর ব্যবহার করবেন না। ১৮০০-৩৪৫-৬৬৭৭ নম্বরে ফোন করলে আমাদের কর্মী বাড়ি এসে বিনা খরচে নতুন ভালভের কুকার দিয়ে যাবেন, অথবা পুরো দাম ফেরত পাবেন।

২৮ এপ্রিল আবার ইমেল করে জানাব।
"""


@pytest.mark.parametrize(
    ("cause", "missing"),
    [
        ("ত্রুটির কারণ: উৎপাদন প্রক্রিয়ায় কিছু কারিগরি ত্রুটির জন্য ভালভটি ঠিকমতো কাজ করছে না।", True),
        (
            "কেন: জানুয়ারিতে আমরা ভালভের স্প্রিংয়ের জোগানদার বদলাই, আর নতুন স্প্রিং যথেষ্ট পরীক্ষা না করেই লাগাই।",
            False,
        ),
    ],
)
def test_a_hand_burnt_is_the_harm_not_a_cause_and_a_why_label_gives_one_in_bengali(
    cause: str, missing: bool
) -> None:
    rules = _rules(COOKER.format(cause=cause), "bn", stage=Stage.IDENTIFIED)
    assert ("root_cause_missing" in rules) is missing


@pytest.mark.parametrize(
    ("ending", "help_given"),
    [
        ("যোগাযোগহীন রাখায় ক্ষমাপ্রার্থী। পূর্ণ প্রতিবেদন ২০ জানুয়ারি।", False),
        ("ক্ষমাপ্রার্থী। সমস্যা থাকলে ১২১ নম্বরে যোগাযোগ করুন।", True),
    ],
)
def test_left_without_connection_is_no_place_to_get_help(ending: str, help_given: bool) -> None:
    text = (
        "গতরাত ১১:২০ থেকে ভোর ৩:৪৫ চট্টগ্রামে প্রায় ৯ লাখ গ্রাহক কল ও ডেটা পাননি। "
        f"আমাদের প্রকৌশলীরা সফটওয়্যার আপডেট ভুলভাবে চালিয়েছিলেন—দায় আমাদের। {ending}"
    )
    assert ("help_missing" not in _rules(text, "bn", "x", RES)) is help_given


def test_goods_asked_back_in_the_cause_sentence_leave_the_cause_standing() -> None:
    text = (
        "উজালা ইলেকট্রনিক্স — রাইস কুকার ফেরত কার্যক্রম: এক মাস পর\n\n"
        "আগস্টে আমরা ১৪,২০০টি রাইস কুকার ফেরত চেয়েছিলাম, কারণ আমাদের নকশায় তারের সংযোগ বেশি গরম হয়ে গলে যেতে পারে। "
        "এই ভুল আমাদের; আমরা দুঃখিত।\n\n"
        "৯,৮৬০টি কুকার ফেরত এসেছে; সবাইকে পুরো দাম ফেরত দেওয়া হয়েছে, সঙ্গে ৫০০ টাকার ভাউচার। "
        "নতুন নকশার প্রতিটি কুকার এখন ল্যাবে পরীক্ষা হচ্ছে।\n\n"
        "পরের প্রতিবেদন: ১০ অক্টোবর, এই পাতায়। হেল্পলাইন ১৬৪৪৪।"
    )
    assert "root_cause_missing" not in _rules(text, "bn", "status_page", Stage.FOLLOW_UP)


PREMIUM = """Subject: About the early withdrawal of your March premium

Dear Mr. Tremblay,

First, I'm sorry. Your premium was taken on March 1 instead of March 11, the date you chose, and you may have been left short.

What happened
On February 27 {loaded}. As a result, 6,240 customers had their premium withdrawn early, for amounts between $64 and $412.

What we've changed
- Every payment file is now checked by a second person. Our Director of Billing, Anita Koh, signs off each run.
- Since March 8, our system will not send a file with a collection date earlier than the date a customer has chosen.
- We have refunded any overdraft fee you paid because of this, with $25 for the trouble.

{report}

Questions: call 1-866-555-0182 or email billing@lakeshore.example.
"""
LOADED = "our billing team loaded the March payment schedule into our banking system with the wrong collection date"
FILED = "Our review is now complete: we filed our report with the regulator on April 4. A copy is at lakeshore.example/march-billing."


def test_our_team_loading_the_wrong_date_owns_it_and_a_chosen_date_blames_nobody() -> None:
    rules = _rules(PREMIUM.format(loaded=LOADED, report=FILED), "en")
    assert not {"ownership_missing", "blame_shifting", "next_update_missing"} & rules


def test_the_wrong_date_loaded_with_no_owner_owns_nothing() -> None:
    loaded = "the March payment schedule was loaded with the wrong collection date"
    assert "ownership_missing" in _rules(PREMIUM.format(loaded=loaded, report=FILED), "en")


@pytest.mark.parametrize(
    ("report", "owed"),
    [
        (FILED, False),
        ("Our review is now complete: we filed our report with the regulator on April 4.", True),
        ("Our review is now complete.", True),
    ],
)
def test_a_report_already_out_dated_and_linked_is_the_closing_word(report: str, owed: bool) -> None:
    rules = _rules(PREMIUM.format(loaded=LOADED, report=report), "en")
    assert ("next_update_missing" in rules) is owed


@pytest.mark.parametrize(
    ("who", "vague"),
    [
        ("a lot of you have been waiting a while", True),
        ("about 300 of you have been waiting 6 weeks", False),
    ],
)
def test_a_lot_of_you_waiting_a_while_is_no_figure(who: str, vague: bool) -> None:
    text = f"Oak & Thistle: {who} for your sofas, and that's our fault: we booked too few workshop days. Sorry. Update Fri 14 Oct: oakthistle.example/orders"
    assert ("impact_vague" in _rules(text, "en", "x", Stage.IDENTIFIED)) is vague


@pytest.mark.parametrize(
    ("said", "minimised"),
    [
        ("we booked too little workshop time", False),
        ("the delay is only a little time", True),
    ],
)
def test_too_little_is_an_admission_not_the_harm_played_down(said: str, minimised: bool) -> None:
    text = f"Oak & Thistle: your sofas are late and that's our fault: {said}. Sorry. Update Fri 14 Oct: oakthistle.example/orders"
    assert ("impact_vague" in _rules(text, "en", "x", Stage.IDENTIFIED)) is minimised


@pytest.mark.parametrize(
    ("plan", "missing"),
    [
        (
            "সিগন্যালিং বিভাগ ৫ এপ্রিলের মধ্যে নতুন সফটওয়্যার বসাবে; ততদিন প্রতিটি ট্রেনে একজন বাড়তি চালক থাকবেন।",
            False,
        ),
        ("সিগন্যালিং ব্যবস্থায় একটি অংশ বিকল হয়েছিল।", True),
    ],
)
def test_a_named_unit_of_ours_that_will_do_it_is_a_step_in_bengali(
    plan: str, missing: bool
) -> None:
    text = (
        "নগর মেট্রো রেল — সেবার অবস্থা\nলাইন-২: পর্যবেক্ষণ চলছে\n\n"
        "সকাল ০৭:৪২ থেকে ০৯:৫৫ পর্যন্ত আমাদের সিগন্যাল ব্যবস্থার ত্রুটিতে ১৪টি ট্রেন ধীরে চলেছে; প্রায় ৯৫,০০০ যাত্রী দেরিতে পৌঁছেছেন। "
        "দায় আমাদের, আমরা ক্ষমাপ্রার্থী। ওই সময়ের সবার ভাড়া ২৫ মার্চের মধ্যে কার্ডে ফেরত যাবে, সঙ্গে একটি বিনা ভাড়ার যাত্রা।\n\n"
        f"{plan}\n\n"
        "পরের হালনাগাদ: আজ বিকেল ৪টা। সাহায্য: হটলাইন ১৬২৬৬।"
    )
    assert ("remediation_missing" in _rules(text, "bn", "status_page", Stage.MONITORING)) is missing


@pytest.mark.parametrize(
    ("text", "owned"),
    [
        (
            "Recall update: ~18,000 packs of our Oat Crunch bars are off shelves – peanut traces from our own Leeds line got into them. We're truly sorry. Refund: hollybrook.example/recall · Next update Thu 5pm",
            True,
        ),
        (
            "Recall update: ~18,000 packs of Oat Crunch bars are off shelves – peanut traces were found in them. We're truly sorry. Refund: hollybrook.example/recall · Next update Thu 5pm",
            False,
        ),
    ],
)
def test_harm_that_came_from_a_place_of_our_own_owns_it(text: str, owned: bool) -> None:
    assert ("ownership_missing" not in _rules(text, "en", "x", Stage.MONITORING)) is owned


BURSAR = """Subject: Term 2 fee invoices – what went wrong

Kia ora koutou,

The Term 2 invoices we sent on 5 May left off the sibling discount for 318 families, who were charged between $420 and $1,260 too much.

{owned}

I'm sorry. Some of you had to move money from other bills.

Everyone who overpaid has been refunded in full, and we have waived the late-payment fee with a $50 credit for each family. From Term 3, a second person checks a sample of invoices before they go out.

Our report goes to the Board on 10 June. Questions: bursar@school.example or 09 555 0142.

Ngā mihi,
Aroha Smith, Bursar
"""


@pytest.mark.parametrize(
    ("owned", "missing"),
    [
        (
            "I signed off our finance system's upgrade without checking a sample of invoices. That is on me and the finance office, not on you.",
            False,
        ),
        (
            "The upgrade of the finance system over the April holidays changed how discounts were applied.",
            True,
        ),
    ],
)
def test_i_signed_it_off_without_checking_owns_it(owned: str, missing: bool) -> None:
    rules = _rules(BURSAR.format(owned=owned), "en", stage=Stage.FOLLOW_UP)
    assert ("ownership_missing" in rules) is missing


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        (
            "Update 16:00: we opened our new Birmingham hub before it was ready, and about 41,000 parcels are 1-3 days late. We're sorry. 29,000 go out today, the rest by Thu 14th. Track: swiftparcel.example/track",
            set(),
        ),
        (
            "Update 16:00: our new Birmingham hub opened this week, and about 41,000 parcels are 1-3 days late. We're sorry. 29,000 go out today, the rest by Thu 14th. Track: swiftparcel.example/track",
            {"ownership_missing"},
        ),
    ],
)
def test_opening_it_before_it_was_ready_owns_it(text: str, missing: set[str]) -> None:
    assert {"ownership_missing"} & _rules(text, "en", "x", Stage.MONITORING) == missing


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        (
            "St Aidan's Hospital: sorry, our phone lines to wards and clinics have been down since 08:10. Appointments go ahead. Urgent: 111. Update 12:00 staidans.example",
            set(),
        ),
        (
            "Maya, Fern & Fig: sorry - I got our courier pickup day wrong, so 30 orders incl. yours went out 3 days late. Now posted, due Sat 18th. Problems? Text me here.",
            set(),
        ),
        (
            "Maya, Fern & Fig: sorry - 30 orders incl. yours went out 3 days late. Now posted. Problems? Text me here.",
            {"ownership_missing", "next_update_missing"},
        ),
    ],
)
def test_a_thing_of_ours_down_a_day_got_wrong_and_an_arrival_date_ahead(
    text: str, missing: set[str]
) -> None:
    rules = _rules(text, "en", "sms", RES if "posted" in text else Stage.INVESTIGATING)
    assert {"ownership_missing", "next_update_missing", "help_missing"} & rules == missing


@pytest.mark.parametrize(
    ("clause", "blamed"),
    [
        (
            "তবে অন্য কোনো ব্যাংক যদি চেক ফেরতের জন্য আপনার কাছ থেকে জরিমানা নিয়ে থাকে, রসিদ পাঠান; আমরা তা ফেরত দেব।",
            False,
        ),
        ("অন্য একটি ব্যাংকের ভুলে কিস্তি দুবার কাটা হয়েছে।", True),
    ],
)
def test_another_bank_named_in_an_if_is_no_blame_in_bengali(clause: str, blamed: bool) -> None:
    text = (
        "বিষয়: কিস্তি দুবার কাটা হয়েছে\n\nপ্রিয় গ্রাহক,\n\n৩ মার্চ প্রায় ৪,২০০ গ্রাহকের কিস্তি দুবার কাটা হয়েছে। আমরা দুঃখিত।\n\n"
        "৫ মার্চের মধ্যে বাড়তি টাকা ফেরত দেওয়া হয়েছে, সঙ্গে ৫০০ টাকা ক্ষতিপূরণ। "
        f"{clause}\n\n১৫ মার্চ থেকে দুজন কর্মকর্তার অনুমোদন লাগবে। হটলাইন ১৬৪৮৮।"
    )
    assert ("blame_shifting" in _rules(text, "bn", stage=RES)) is blamed


BILLS = """Subject: Your October bill was wrong - we're fixing it

Dear customer,

Around 23,500 customers received October bills based on wrong meter readings, on average £118 too high. I'm sorry.

Why it happened
{why}

What we're doing
We've removed the wrong readings, and we'll refund the difference by 22 November with £20 credit for the trouble. From 1 December, any reading more than double your usual use will be checked by our billing team.

We'll email you again by 22 November. Questions? Call 0800 316 2250.
"""


@pytest.mark.parametrize(
    ("why", "blamed"),
    [
        (
            "The error was made by MeterPoint Services, the company we pay to collect meter readings. We're responsible for your bill and should have caught it, but MeterPoint let us and you down badly here.",
            True,
        ),
        (
            "MeterPoint Services, the company we pay to collect meter readings, sent us readings that were mixed up, and we let them onto your bills without checking. That is our failure.",
            False,
        ),
    ],
)
def test_a_firm_named_as_the_company_we_pay_then_as_the_one_that_let_us_down_is_blame(
    why: str, blamed: bool
) -> None:
    assert (
        "blame_shifting" in _rules(BILLS.format(why=why), "en", stage=Stage.IDENTIFIED)
    ) is blamed
