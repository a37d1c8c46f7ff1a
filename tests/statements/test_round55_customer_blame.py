"""Round 55: sympathy with what our fault cost the reader is no blame on the reader ("money
you should have had", "some of you topped up when you didn't need to"), while telling the
reader what they should have done, or that they did not do it, still is."""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

IDENT = Stage.IDENTIFIED
RES = Stage.RESOLVED
BASE = "Subject: Your balance\n\nOn Tuesday our app showed about 14,000 customers a balance £20 lower than it was, because we ran a fee twice. {} We're sorry. Every balance was right again by 18:00 and the fee has been refunded. Questions: 0800 555 0134."

ROUND_55_CUSTOMER_BLAME_OR_SYMPATHY: list[tuple[str, str, str, Stage, str, bool]] = [
    # what was owed to the reader, named before "you should have had"
    (
        "blame_shifting",
        "en",
        "email",
        RES,
        BASE.format(
            "We know many of you watch every pound, and this was money you should have had."
        ),
        False,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        RES,
        BASE.format("It was your money and you should have had it all along."),
        False,
    ),
    # trap: what the reader ought to have done
    (
        "blame_shifting",
        "en",
        "email",
        RES,
        BASE.format("To avoid this, you should have checked the fee notice we sent."),
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        RES,
        BASE.format("Honestly, you should have called us before topping up."),
        True,
    ),
    # what our fault made the reader do, unneeded
    (
        "blame_shifting",
        "en",
        "email",
        RES,
        BASE.format(
            "Some of you topped up when you didn't need to, and we'll refund those top-ups too."
        ),
        False,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        RES,
        BASE.format("A few customers moved money across when they did not have to."),
        False,
    ),
    # trap: what the reader did not do, given as why
    (
        "blame_shifting",
        "en",
        "email",
        RES,
        BASE.format("It went wrong for some accounts when you didn't update the app."),
        True,
    ),
    (
        "blame_shifting",
        "en",
        "email",
        RES,
        BASE.format("The fee ran twice because customers did not confirm the first payment."),
        True,
    ),
]


@pytest.mark.parametrize(
    ("rule", "language", "channel", "stage", "text", "flagged"),
    ROUND_55_CUSTOMER_BLAME_OR_SYMPATHY,
)
def test_round_55_sympathy_is_no_blame_and_blame_still_is(
    rule: str, language: str, channel: str, stage: Stage, text: str, flagged: bool
) -> None:
    found = {found_rule for found_rule, _ in findings(text, language, channel, stage)}
    assert (rule in found) is flagged, found
