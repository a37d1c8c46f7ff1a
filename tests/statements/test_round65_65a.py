"""Round 65 (tuner 65a): Bengali written in Latin letters ("Banglish"), as people in
Bangladesh and West Bengal send it by SMS and on X, on the rules alone.

A `bn` text whose letters are mostly Latin is read with Banglish cues beside the Bengali
ones: the apology ("dukkhito", "khoma chaichi", "maf korben"), ownership ("amader bhul-e",
"dosh amader", not "amader courier partner-er bhul"), canned and conditional apologies
("samoyik osubidhar jonno", "kono osubidha hole"), blame ("courier-er karone", "brishtir
karone"), over-promising ("ar kokhono hobe na", "100% nirapod", not "ar kokhono PIN share
korben na"), help and the next update; and its ordinary words are not jargon, while the
English list's terms ("DNS", "failover") still are. Each message is written for this file,
good ones beside flawed ones that differ by the flaw's words."""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from crisiscomms.statements.check.banglish import romanised
from tests.statements.test_standard import findings

IDENT = Stage.IDENTIFIED
RES = Stage.RESOLVED

GOOD = [
    # billing: owns the mistake, apologises for it, dated refund, help line
    (
        "sms",
        IDENT,
        "Amader billing-er vul-e 3 March apnar 199Tk data pack 2 bar kata hoyeche. Ei vul-er jonno dukkhito. 6 March-er moddhe ferot dibo. Help: 121",
    ),
    (
        "sms",
        IDENT,
        "TaziBus: Amader system-e bhul-er karone 14 May-er 320 ta ticket batil hoye geche. Amra khoma chaichi. 16 May-er moddhe puro taka ferot pabe. Call 09610-555000",
    ),
    (
        "sms",
        IDENT,
        "Amra 2 bar taka kete felechi, dosh amader. Maf korben. 20 July-er moddhe ferot. Help: 16500",
    ),
    (
        "sms",
        IDENT,
        "Amader vul-e apnar parcel 3 din deri hoyeche. Sorry! Kal 5pm-er moddhe pouche dibo. Help: 09678",
    ),
    (
        "sms",
        IDENT,
        "ShopBD: amader warehouse-e gondogol-er jonno 1,100 order atke ache. Amra ontorikvabe dukkhito. 20 Aug-er moddhe pathabo. Jogajog: 16123",
    ),
    (
        "sms",
        IDENT,
        "Bijli: Amader line-e truti-r karone aj sokal 8ta theke Mirpur-e 2,300 barite current nei. Amra khoma chaichi. 2pm-e abar janabo. Help 16999",
    ),
    # the reason given as something of ours that went wrong ("amader depot-er bhir-er jonno")
    (
        "sms",
        RES,
        "Apnar parcel 4 din deri-te aj pouche diyechi. Deri amader Savar depot-er bhir-er jonno, dukkhito. Charge 50Tk ferot 2 July. Help: 16111",
    ),
    # an X post: owns it, apologises, the next update with a time, a link
    (
        "x",
        IDENT,
        "Nodi Net: aj sokal 9ta theke Dhanmondi-te 4,000 barite internet nei. Amader router update-e bhul chilo, dukkhito. Porer update 1pm-e janabo. Sahajjo: nodinet.bd/help",
    ),
]


@pytest.mark.parametrize(("channel", "stage", "text"), GOOD)
def test_good_banglish_passes(channel: str, stage: Stage, text: str) -> None:
    assert romanised(text)
    assert findings(text, "bn", channel, stage) == []


# (flaw, channel, stage, text, the words flagged or "" for a missing element); each beside
# a close wording in GOOD or below that must not get it
FLAWED = [
    (
        "apology_missing",
        "sms",
        IDENT,
        "Amader bhul-e 12 June 900 jon-er bill 2 bar kata hoyeche. 15 June-er moddhe ferot dibo. Help: 121",
        "",
    ),
    (
        "ownership_missing",
        "sms",
        IDENT,
        "12 June 900 jon-er bill 2 bar kata hoyeche. Dukkhito. 15 June-er moddhe ferot dibo. Help: 121",
        "",
    ),
    (
        "non_apology",
        "sms",
        IDENT,
        "Amader bhul-e 12 June 900 jon-er bill 2 bar kata hoyeche. Samoyik osubidhar jonno dukkhito. 15 June ferot. Help: 121",
        "Samoyik osubidhar",
    ),
    (
        "non_apology",
        "sms",
        IDENT,
        "Amader bhul-e 12 June 900 jon-er bill 2 bar kata hoyeche. Kono osubidha hole dukkhito. 15 June ferot. Help: 121",
        "Kono osubidha",
    ),
    (
        "blame_shifting",
        "sms",
        IDENT,
        "Amader courier partner-er karone 3 din deri hocche. Dukkhito. 12 June-er moddhe pouchabe. Help: 16000",
        "courier partner-er karone",
    ),
    (
        "blame_shifting",
        "sms",
        IDENT,
        "Brishtir karone 200 order deri hocche. Dukkhito. 12 June-er moddhe pouchabe. Help: 16000",
        "Brishtir karone",
    ),
    (
        "over_promising",
        "sms",
        RES,
        "Amader server-e bhul chilo, dukkhito. Ekhon thik ache; bill-e 50 taka ferot. Ar kokhono emon hobe na. Help: 121",
        "Ar kokhono emon hobe na",
    ),
    (
        "over_promising",
        "sms",
        RES,
        "Amader bhul-e 5 June app bondho chilo, dukkhito. Apnar taka 100% nirapod. Help: 121",
        "100% nirapod",
    ),
    (
        "jargon",
        "sms",
        IDENT,
        "Amader DNS server-er failover-e bhul chilo, tai app bondho. Dukkhito. 3pm-e janabo. Help: 121",
        "failover-e",
    ),
    (
        "help_missing",
        "sms",
        IDENT,
        "Amader bhul-e 12 June 900 jon-er bill 2 bar kata hoyeche. Dukkhito. 15 June-er moddhe ferot dibo.",
        "",
    ),
    (
        "next_update_missing",
        "x",
        IDENT,
        "Amader bhul-e aj 9ta theke app-e login hocche na, prai 5,000 jon. Amra dukkhito. Thik korchi. Help: 16247",
        "",
    ),
    (
        "impact_vague",
        "sms",
        IDENT,
        "Kichu grahok-er bill-e bhul esechhe, amader dosh. Dukkhito. 15 June-er moddhe thik korbo. Help 121",
        "Kichu grahok-er",
    ),
]


@pytest.mark.parametrize(("rule", "channel", "stage", "text", "words"), FLAWED)
def test_flawed_banglish_fails_for_its_flaw(
    rule: str, channel: str, stage: Stage, text: str, words: str
) -> None:
    found = findings(text, "bn", channel, stage)
    assert {name for name, _ in found} == {rule} | (
        {"ownership_missing"} if rule == "blame_shifting" else set()
    ), found
    assert (rule, words) in found


# close wordings that keep the flaw's words out, or say them the other way
CLEAN = [
    # our own warehouse's mistake is ours (a courier partner's is not)
    (
        "ownership_missing",
        "Amader warehouse-er bhul-e 3 din deri hocche. Dukkhito. 12 June-er moddhe pouchabe. Help: 16000",
    ),
    # an apology for the mistake itself is not canned
    (
        "non_apology",
        "Amader bhul-e 12 June 900 jon-er bill 2 bar kata hoyeche. Ei bhul-er jonno dukkhito. 15 June ferot. Help: 121",
    ),
    # a request to the reader is not a promise about the future
    (
        "over_promising",
        "Amader bhul-e 5 June 800 jon-er PIN reset hoye geche, dukkhito. Ar kokhono PIN share korben na. 7 June janabo. Help: 121",
    ),
    # everyday loanwords in Banglish are plain words
    (
        "jargon",
        "Amader software update-e vul thakay aj 9:10am theke app o ATM-e lenden bondho. Dukkhito. 1pm-e janabo. 16247",
    ),
    # the weather named as a fact after owning our slow response is not the excuse
    (
        "blame_shifting",
        "Amader bhul-e 200 order deri hocche. Dukkhito. 12 June-er moddhe pouchabe. Help: 16000",
    ),
]


@pytest.mark.parametrize(("rule", "text"), CLEAN)
def test_close_banglish_wording_stays_clean(rule: str, text: str) -> None:
    found = {name for name, _ in findings(text, "bn", "sms", IDENT)}
    assert rule not in found, found


def test_bengali_script_keeps_its_reading() -> None:
    """A Bengali-script text with a few English words is not romanised: an English phrase
    left in it is still untranslated jargon."""
    text = "আমাদের ভুলে ১২ জুন ৯০০ জনের বিল দুবার কাটা হয়েছে, এর কারণ ছিল duplicate settlement batch। আমরা দুঃখিত। ১৫ জুনের মধ্যে ফেরত দেব। হেল্পলাইন: ১২১"
    assert not romanised(text)
    assert "jargon" in {name for name, _ in findings(text, "bn", "sms", IDENT)}
