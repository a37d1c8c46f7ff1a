"""Round 70 (helper 70a): vague timing promises even with no promise word of ours. A
sentence that says what will happen, whoever does it ("replacement units will ship shortly",
"আমাদের প্রতিনিধি শীঘ্রই যোগাযোগ করবেন", "শিগগিরই বদলাচ্ছি"), or a few words with no verb
("Back very shortly.", "নতুন সময় শিগগির।") promises with no date; so do "in a jiffy", "at
the earliest", "on a future bill", "within a few days", "once new stock arrives" and
"কয়েক কার্যদিবসের মধ্যে". "More soon." is news to come, and a month with no day in a past
sentence dates nothing."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings


def _rules(text: str, language: str, channel: str = "x") -> set[str]:
    return {rule for rule, _ in findings(text, language, channel, Stage.IDENTIFIED)}


EN = "We're sorry: our warehouse system failed and about 900 orders are late. {line} Next update 3pm today. Help: shop.example/help"
BN = "আমাদের গুদামের ভুলে প্রায় ৯০০ অর্ডার দেরি, আমরা দুঃখিত। {line} পরের আপডেট আজ বিকেল ৩টায়। সাহায্য: ১৬৪৪৪"


@pytest.mark.parametrize(
    "line",
    [
        "Replacement units will ship shortly.",
        "Your new delivery date will be confirmed shortly.",
        "Back very shortly.",
        "Refunds will reach your account within a few days.",
        "Missing items will be sent once new stock arrives.",
        "The rest will be with you in a jiffy.",
    ],
)
def test_vague_timing_in_a_sentence_that_looks_ahead_is_undated(line: str) -> None:
    assert "undated_commitment" in _rules(EN.format(line=line), "en")


@pytest.mark.parametrize(
    "line",
    [
        "আমাদের প্রতিনিধি শীঘ্রই আপনার সঙ্গে যোগাযোগ করবেন।",
        "নতুন সময় শিগগির।",
        "শীঘ্রই নতুন কুরিয়ার আনছি।",
        "টাকা কয়েক কার্যদিবসের মধ্যে ফেরত দেওয়া হবে।",
    ],
)
def test_bengali_vague_timing_that_looks_ahead_is_undated(line: str) -> None:
    assert "undated_commitment" in _rules(BN.format(line=line), "bn")


@pytest.mark.parametrize(
    "line",
    [
        "More soon.",
        "Orders placed in May were packed by hand.",
        "Every order will reach you by Friday 14 June.",
    ],
)
def test_news_to_come_or_the_past_or_a_date_is_no_undated_promise(line: str) -> None:
    assert "undated_commitment" not in _rules(EN.format(line=line), "en")


@pytest.mark.parametrize(
    "line",
    [
        "মে মাসে এর রক্ষণাবেক্ষণ হওয়ার কথা ছিল, আমরা তা পিছিয়ে দিয়েছিলাম।",
        "সব অর্ডার ১৪ জুনের মধ্যে পৌঁছে যাবে।",
    ],
)
def test_bengali_past_month_or_dated_promise_is_no_undated_promise(line: str) -> None:
    assert "undated_commitment" not in _rules(BN.format(line=line), "bn")


BN_FEW = "আমাদের হটলাইনে ফোন ঢুকছে না, ত্রুটিটা আমাদের; দুঃখিত। {line} পরের আপডেট আজ বিকেল ৩টায়। বিকল্প নম্বর: ০১৭১১-৬৫৪৩২১"


def test_only_a_few_people_with_no_count_is_vague() -> None:
    assert "impact_vague" in _rules(BN_FEW.format(line="অল্প কয়েকজনই সমস্যায় পড়েছেন।"), "bn")


def test_only_a_few_people_with_their_count_is_not_vague() -> None:
    line = "অল্প কয়েকজন, প্রায় ৪০০ জন, সমস্যায় পড়েছেন।"
    assert "impact_vague" not in _rules(BN_FEW.format(line=line), "bn")
