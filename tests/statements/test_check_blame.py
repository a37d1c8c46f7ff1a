"""Blame on a supplier is caught even with words in between."""

from __future__ import annotations

import pytest

from tests.statements.test_check import check, drop, good_content

# The good statement owns the failure in several sections; the check reads them all.
OWNED_ELSEWHERE = {
    "en": drop(
        "en",
        ", and you lost sales because of a mistake we made",
        " It was our change and our mistake.",
        " after an outage we caused",
    ),
    "bn": drop(
        "bn",
        ", আর আমাদের ভুলে আপনার বিক্রি নষ্ট হয়েছে",
        " পরিবর্তনটি আমাদের, ভুলটিও আমাদের।",
        "; বিভ্রাটটি আমাদের কারণেই হয়েছিল",
    ),
}


@pytest.mark.parametrize(
    ("root_cause", "excerpt"),
    [
        ("The outage was caused by our payment vendor's faulty update.", "vendor's"),
        ("Our hosting provider's network failed at 13:50 UTC.", "provider's network failed"),
        ("It was caused by our main card supplier.", "caused by our main card supplier"),
    ],
)
def test_blame_on_a_named_supplier(root_cause: str, excerpt: str) -> None:
    content = good_content()
    content["locales"].pop("bn")
    content["locales"]["en"]["sections"]["root_cause"] = root_cause
    findings = [f for f in check(content).findings if f.rule == "blame_shifting"]
    assert [f.section for f in findings] == ["root_cause"]
    assert excerpt in findings[0].excerpt


@pytest.mark.parametrize(
    ("locale", "acknowledgement", "owned"),
    [
        ("en", "We have found what caused it, and we are fixing it now.", False),
        ("en", "This is our report on the billing error.", False),
        ("en", "We caused this outage.", True),
        ("en", "It was our own mistake.", True),
        ("bn", "এটি আমাদের ব্যর্থতা।", True),
        ("bn", "আমরা আপনাকে হতাশ করেছি।", True),
    ],
)
def test_ownership_means_owning_it(locale: str, acknowledgement: str, owned: bool) -> None:
    content = good_content()
    OWNED_ELSEWHERE[locale](content)
    content["locales"][locale]["sections"]["acknowledgement"] = acknowledgement
    missing = [
        f for f in check(content).findings if f.rule == "ownership_missing" and f.locale == locale
    ]
    assert (not missing) is owned
