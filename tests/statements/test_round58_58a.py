"""Round 58 (tuner 58a): ownership read where the statement tells our own thing or people
did the harm or failed to do their job, in the first person singular, or a cause told as our
own action: our system lost the orders, our design let the ring crack, our buses never left
the depot, a part failed at our exchange, our own team made the change, our test went only
part of the way; in Bengali "the decision was mine", "the cause is our own", "we had no
plan", "the fault is ours, not yours" in the organisation's own name. Each fix with the close
wordings that must still fail: the actor hidden, or the harm put on someone else."""

# ruff: noqa: RUF001, E501

from __future__ import annotations

import pytest

from tests.statements.test_standard import findings

OWNED: list[tuple[str, str]] = [
    (
        "en",
        "Oakline: sorry, your sofa won't arrive on 12 Mar. Our warehouse system lost 340 orders incl yours. We'll text a new date by 5pm 11 Mar. Help: 0330 113 4400",
    ),
    (
        "en",
        "Sorry to the 3,100 families who had to send back the old ring after our design let the ring crack. Refunds: pipandpals.co.uk/recall",
    ),
    (
        "en",
        "Our 07:10 and 07:40 buses on the 7 (Leyburn–Richmond) never left the depot this morning and we're still finding out why. Sorry – about 120 of you were left at stops. Next update 08:30.",
    ),
    (
        "en",
        "Oakfield Pharmacy: sorry, your prescription delivery due today hasn't left us yet - 40 orders are held while we find out why. Update by 3pm. 01632 960771",
    ),
    (
        "en",
        "Fibrely: sorry, your broadband is down after a line card failed at our Kirkby exchange. Back by 18:00. Status: fibrely.example/s",
    ),
    (
        "en",
        "Recall: apple pouches, batch LS0412. Small pieces of plastic from our filling line may be in some of the 8,400 pouches. Sorry. Refund: https://littlesprout.example/recall",
    ),
    (
        "en",
        "We're sorry: no trams ran until 13:25. Overnight our own engineering team updated the software that controls the power. Next update 30 April.",
    ),
    (
        "en",
        "We're sorry: no trams ran until 13:25. One setting in the update was wrong. We had tested the update, but not with trams running on the line. Next update 30 April.",
    ),
    (
        "bn",
        "কী হয়েছিল: নভেম্বরের রক্ষণাবেক্ষণ পিছিয়ে দেওয়া হয়। সিদ্ধান্তটা ছিল ব্যবস্থাপনার — অর্থাৎ আমার — এবং সেটা ভুল ছিল। আমি আন্তরিকভাবে ক্ষমা চাইছি।",
    ),
    (
        "bn",
        "৬ ঘণ্টা কল বন্ধ ছিল। কারণ আমাদের নিজেদের: একটি সফটওয়্যার হালনাগাদ পুরো পরীক্ষা ছাড়াই চালু করা হয়েছিল। আমরা ক্ষমাপ্রার্থী।",
    ),
    (
        "bn",
        "বিকল্প জাহাজ পৌঁছাতে ১৯ ঘণ্টা লেগেছে, কারণ এমন পরিস্থিতির জন্য আমাদের আগে থেকে কোনো পরিকল্পনা ছিল না। আমরা দুঃখিত।",
    ),
    ("bn", "প্রায় ১৪,০০০ বিলে ভুল অঙ্ক এসেছে; এই ভুলের দায় নগর বিদ্যুতের, আপনাদের নয়। আমরা দুঃখিত।"),
    (
        "bn",
        "পরীক্ষা শেষ না করে বিক্রি শুরুর সিদ্ধান্ত টেকনোভার নিজের, এবং এর দায়ও তাদের। টেকনোভা আবারও ক্ষমা চাইছে।",
    ),
    ("bn", "ভুলটা আমার, আমি আন্তরিকভাবে ক্ষমা চাইছি। ৩০০ অর্ডার দেরিতে যাবে।"),
    # a bracket aside between our act or thing and what was wrong with it
    (
        "en",
        "Kestrel Energy: sorry, we charged your June bill ($212.60) twice. Refunded today. Questions? 13 25 80",
    ),
    ("bn", "বাজারঘর: আমাদের ঘি (ব্যাচ ২৪১১) ভেজাল, খাবেন না। দুঃখিত। ফেরত: ১৬৬৭০"),
    # a longer subject of ours, up to its verb
    (
        "en",
        "Sorry. Cause: one of our underground cables between our Hollins substation and Far Lees has failed. Next update 21:00.",
    ),
    # the fault placed in our own name, against the reader's side
    (
        "en",
        "Ledgerly: this is a problem in Ledgerly, not at your bank. We're sorry. Next update 10:30. support@ledgerly.io",
    ),
    # a decision of ours, then called wrong
    (
        "en",
        "We decided not to hire extra staff this year. That decision was wrong, and we're sorry. Next update Friday.",
    ),
    ("bn", "এবার আমরা খরচ কমাতে অস্থায়ী কর্মী না নেওয়ার সিদ্ধান্ত নিয়েছিলাম। সিদ্ধান্তটি ভুল ছিল। আমরা দুঃখিত।"),
    # a fault in a thing of ours, a few words after it
    ("bn", "আমাদের নকশায় সেই বন্ধ হওয়ার সীমা ভুল লেখা ছিল, ফলে ব্যাটারি ভরার পরও চার্জ চলতে থাকে। আমরা দুঃখিত।"),
]

NOT_OWNED: list[tuple[str, str]] = [
    # the actor hidden
    ("en", "Sorry: 340 orders were lost, including yours. We'll text a new date by 5pm 11 Mar."),
    ("en", "Sorry: an error occurred and your delivery has not been sent. Update by 3pm."),
    # the people we serve, or another party, as the one who lost or failed
    ("en", "Sorry: our customers lost power for 3 hours after a storm. Update by 3pm."),
    ("en", "Sorry: our partner's warehouse lost 340 orders. Update by 3pm."),
    (
        "en",
        "Sorry: our trains did not run because the power company cut the supply. Update by 3pm.",
    ),
    ("en", "Sorry: a line card failed at our supplier's exchange. Back by 18:00."),
    ("en", "Sorry: small pieces of plastic from a supplier's line may be in some pouches."),
    ("en", "Sorry: we had no way of knowing, but not for lack of trying. Update by 3pm."),
    # Bengali: the conjunction "because", someone else's fault, the hidden actor
    ("bn", "কারণ আমাদের সরবরাহকারী দেরি করেছে। আমরা দুঃখিত।"),
    ("bn", "এই ভুলের দায় কুরিয়ারের, আপনাদের নয়। আমরা দুঃখিত।"),
    ("bn", "দেরির দায় বিমানবন্দর কর্তৃপক্ষের, আপনাদের নয়। আমরা দুঃখিত।"),
    ("bn", "সিদ্ধান্তটা আমার বাবার ছিল। আমরা দুঃখিত।"),
    ("bn", "সিস্টেমে একটি ত্রুটি দেখা দিয়েছে। আমরা দুঃখিত।"),
    # someone else's thing failed, or someone else's decision was wrong
    ("en", "Sorry: our team says the supplier's line has failed. Update by 3pm."),
    ("en", "Sorry: our app works but the bank's card system has failed. Update by 3pm."),
    (
        "en",
        "Sorry, the government decided to close the road. That decision was wrong. Update by 3pm.",
    ),
    ("bn", "সরকার রাস্তা বন্ধের সিদ্ধান্ত নিয়েছিল। সিদ্ধান্তটি ভুল ছিল। আমরা দুঃখিত।"),
    # a fault of ours denied
    ("bn", "ঠিকাদার আমাদের লাইন কেটে ফেলেছে; আমাদের দিক থেকে কোনো ত্রুটি ছিল না। আমরা দুঃখিত।"),
    ("bn", "আমাদের নকশায় কোনো ভুল ছিল না। আমরা দুঃখিত।"),
]


def _rules(language: str, text: str) -> set[str]:
    return {rule for rule, _ in findings(text, language, "sms", None)}


@pytest.mark.parametrize(("language", "text"), OWNED)
def test_owned_in_these_words(language: str, text: str) -> None:
    assert "ownership_missing" not in _rules(language, text)


@pytest.mark.parametrize(("language", "text"), NOT_OWNED)
def test_still_not_owned(language: str, text: str) -> None:
    assert "ownership_missing" in _rules(language, text)
