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
