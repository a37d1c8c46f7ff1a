"""Round 66 (tuner 66b): undated commitments the rules missed, on the rules alone.

A promise made in the passive or by someone working for us ("duplicate charges will be
reversed shortly", "our courier partner will call you soon") owes a date as much as "we
will"; and a bare Bengali "দ্রুত" (quickly) on what will happen ("টাকা দ্রুত ফেরত আসবে") is
vague timing like "শীঘ্রই". Each message is written for this file, a flawed one beside close
wordings that stay clean."""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

INV = Stage.INVESTIGATING

_EN_CARDS = "We're sorry: our payment system charged about 1,800 of you twice on Monday. {promise} Next update 4pm GMT. Help: bank.example/help"


@pytest.mark.parametrize(
    ("promise", "flagged"),
    [
        # a passive promise with vague timing
        ("The second charges will be reversed shortly.", True),
        ("Any duplicate payments will be cancelled in due course.", True),
        # someone working for us, promised soon
        ("Our card partner will contact you soon to confirm.", True),
        ("A representative will call you soon.", True),
        # dated: stays clean
        ("The second charges will be reversed by Wednesday 5pm.", False),
        ("Our card partner will contact you by 6pm today to confirm.", False),
        # what already happened, no promise
        ("The second charges have already been reversed.", False),
    ],
)
def test_round_66_66b_english_passive_and_partner_promises(promise: str, flagged: bool) -> None:
    text = _EN_CARDS.format(promise=promise)
    found = {name for name, _ in findings(text, "en", "x", INV)}
    assert ("undated_commitment" in found) is flagged, found


_BN_CARDS = "আমাদের কার্ড ব্যবস্থার ভুলে আজ প্রায় ২,১০০ জনের টাকা দুবার কাটা হয়েছে, আমরা দুঃখিত। {promise} পরের আপডেট বিকেল ৫টায়। সাহায্য: ১৬২২২"


@pytest.mark.parametrize(
    ("promise", "flagged"),
    [
        # a bare "quickly" on a promised refund or fix
        ("বাড়তি টাকা দ্রুত আপনার হিসাবে ফেরত আসবে।", True),
        ("আমরা দ্রুত বাড়তি টাকা ফেরত দেব।", True),
        # a date close behind it, or a date instead: stays clean
        ("আমরা দ্রুত, ৩ দিনের মধ্যে বাড়তি টাকা ফেরত দেব।", False),
        ("বাড়তি টাকা বৃহস্পতিবারের মধ্যে আপনার হিসাবে ফেরত আসবে।", False),
        # the fastest way, a superlative that times nothing we promise
        ("দ্রুততম উপায় জানতে অ্যাপ দেখুন।", False),
        # done already, no promise
        ("বাড়তি টাকা আমরা দ্রুত ফেরত দিয়েছি।", False),
    ],
)
def test_round_66_66b_bengali_bare_quickly_on_a_promise(promise: str, flagged: bool) -> None:
    text = _BN_CARDS.format(promise=promise)
    found = {name for name, _ in findings(text, "bn", "x", INV)}
    assert ("undated_commitment" in found) is flagged, found


@pytest.mark.parametrize(
    "text",
    [
        # "দ্রুত" as a name, not timing: a sender's prefix, a courier company
        "দ্রুত: আমাদের গুদামে যন্ত্র বিকল, তাই ৩০০ পার্সেল দেরিতে পৌঁছাবে ২৮ মার্চ। দুঃখিত। ১৬৭৮৯",
        "দ্রুত কুরিয়ার: আমাদের ভুলে ৩০০ পার্সেল দেরি, দুঃখিত। পার্সেল পৌঁছাবে ২৮ মার্চ। ১৬৭৮৯",
    ],
)
def test_round_66_66b_bengali_quickly_as_a_name_stays_clean(text: str) -> None:
    found = {name for name, _ in findings(text, "bn", "sms", INV)}
    assert "undated_commitment" not in found, found
