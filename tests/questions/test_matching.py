"""Matching and grouping, table-driven on questions written for these tests (the labelled
corpus is scored by bench/questions.py, not here)."""

from __future__ import annotations

import pytest

from crisiscomms.questions import lexicon, matching
from tests.conftest import load_library_plan

OUTAGE = load_library_plan("service-outage")


@pytest.mark.parametrize(
    ("text", "plan_question"),
    [
        ("Was my data lost?", "data-lost"),
        ("is our data safe after this??", "data-lost"),
        ("আমার ডেটা কি হারিয়ে গেছে?", "data-lost"),
        ("Do we have to pay the full invoice for the days it was down?", "charged"),
        ("সার্ভিস বন্ধ থাকার সময়ের বিল কি দিতে হবে?", "charged"),
        ("how do I claim the credit", "claim-credit"),
        ("Does this count against the SLA in our contract?", "sla"),
        ("What should we tell our customers?", "tell-my-customers"),
        ("where are you posting updates?", "where-updates"),
        ("When will it be fixed?", None),  # asked everywhere, foreseen by no plan question
        ("kokhon thik hobe?", None),
        ("Why did the API return 502s?", None),
    ],
)
def test_questions_match_the_plan_question_they_ask(text: str, plan_question: str | None) -> None:
    ((_, found),) = matching.group_texts([text], OUTAGE)
    assert found == plan_question


def test_near_duplicates_share_a_group_and_others_do_not() -> None:
    texts = [
        "When will the service be back?",  # 0
        "any ETA for the fix??",  # 0
        "কখন ঠিক হবে?",  # 0
        "Was my data lost?",  # 1
        "is my data safe",  # 1
        "Will you re-send the missed webhook events?",  # 2
        "Earn $500/day with crypto signals, DM me",  # 3: spam, alone
        "Does the mobile app show the same error?",  # 4: no intent
        "does the mobile app show the same error",  # 4
    ]
    groups = [g for g, _ in matching.group_texts(texts, OUTAGE)]
    assert groups == [0, 0, 0, 1, 1, 2, 3, 4, 4]


def test_spam_is_recognised() -> None:
    assert lexicon.intent(matching.fold("We offer SEO services to rank your website")) == "spam"
    assert lexicon.intent(matching.fold("Is my data safe?")) != "spam"


def test_a_plan_without_questions_still_groups() -> None:
    placed = matching.group_texts(["Is my data safe?", "was any data lost"], None)
    assert [g for g, _ in placed] == [0, 0] and {p for _, p in placed} == {None}
