"""The next update told as what the reader will receive from us ("you will get an SMS with
your new date by 6 pm on 22 October") is a dated next update; a message that only carries a
make-good ("an email with a refund link by 18 December") is not news, and an undated one is
no time."""

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from crisiscomms.statements.check.document import Channel
from crisiscomms.statements.check.run import check_text

BASE = (
    "Dear Ananya, your sofa will be 7 to 10 days late, like about 3,400 orders placed between "
    "2 and 18 October, because we moved our warehouse without planning the re-shelving. That "
    "was our mistake and I am sorry. We have added 60 staff and 12 trucks, and we refunded your "
    "delivery charge today. WhatsApp us on +91 80 4718 2200 or write to care@woodnest.in. "
)


def _missing(sentence: str) -> bool:
    report = check_text(
        BASE + sentence, language="en", channel=Channel.EMAIL, stage=Stage.IDENTIFIED
    )
    return any(f.rule == "next_update_missing" for f in report.findings)


@pytest.mark.parametrize(
    "sentence",
    [
        "You will get an SMS with your confirmed delivery date by 6 pm on 22nd October.",
        "You'll receive a letter with what our review found by 30 October.",
        "Every customer will get an email with their new delivery slot by Friday 23 October.",
    ],
)
def test_a_dated_message_the_reader_will_receive_is_the_next_update(sentence: str) -> None:
    assert not _missing(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "You will get an email with a refund link by 18 October.",
        "You will get an SMS with your new delivery date.",
        "You will receive a refund by 30 October.",
    ],
)
def test_a_make_good_message_or_an_undated_one_is_no_next_update(sentence: str) -> None:
    assert _missing(sentence)
