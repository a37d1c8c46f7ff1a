"""Round 66 (tuner 66a): a make-good owed for papers that prove who you are, and "credit"
in the sense of borrowing read as no make-good.

Identity papers seen by strangers (a passport, a driving licence, bank statements) put
money at risk as bank details do, so a statement that offers nothing for them is sent back;
one that offers protection or compensation stays clean, and so does one that only says such
papers were not involved. "Credit applications" or "credit agencies" named as what to watch
are not a credit given back. Each statement is written for this file."""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.statements.test_standard import MON, findings

_HEAD = (
    "Subject: Our tenant portal showed your documents to other users\n\n"
    "Between 2 and 9 May a change we made to our tenant portal let 310 logged-in users open "
    "files that belonged to other tenants. This was our mistake, and we are sorry that your "
    "private papers could be seen by strangers. The change skipped the check of who owns each "
    "file; we removed it at 08:00 on 9 May and the portal has been safe since. "
)
_TAIL = (
    " We will write again on 20 May at 17:00 with the results of the outside review. "
    "Questions: call 0800 555 0101 or email privacy@example.com."
)

FLAGGED = [
    # identity papers exposed, "credit" only as what to watch for: nothing offered
    _HEAD
    + "The files included passports, driving licences and bank statements. Please watch for credit applications you did not make."
    + _TAIL,
    _HEAD + "The files included scanned passports and payslips." + _TAIL,
]

CLEAN = [
    # the same exposure, with protection and money offered
    _HEAD
    + "The files included passports and bank statements. We will pay for two years of identity protection and send each of you £100 by 31 May."
    + _TAIL,
    # papers said not to be involved: only names and phone numbers were seen
    _HEAD
    + "Only names and phone numbers were seen; passports and bank statements were not stored in that area."
    + _TAIL,
]


def _make_good(text: str) -> bool:
    return any(name.startswith("make_good") for name, _ in findings(text, "en", "email", MON))


@pytest.mark.parametrize("text", FLAGGED)
def test_identity_papers_seen_with_nothing_offered_are_sent_back(text: str) -> None:
    assert _make_good(text)


@pytest.mark.parametrize("text", CLEAN)
def test_identity_papers_with_an_offer_or_not_seen_stay_clean(text: str) -> None:
    assert not _make_good(text)
