"""Round 82, blame (third tuner): blame the rule missed on fresh writers and false findings
where a statement owns the fault. The weather as the cause when its verb is "means" or
stands after an auxiliary ("heavy snow … has slowed our carriers"); in Bengali the weather
itself in its case ending ("খারাপ আবহাওয়ায় … বাতিল"); a partner named in English letters
with a Bengali ending ("courier partner-এর গাফিলতিতে"); the customers' retrying as the cause
("happened when people hit 'Pay' again", "অনেকে বারবার চেষ্টা করায়"); "amader haat nei" in
Banglish; the reader's bank that processed a payment twice. Not blame: an email that
pretended to come from our vendor; a request to a reader who has not yet told us ("আমাদের
না জানিয়ে থাকলে"); "our standards" in the clause before a break that lays the fault on the
supplier is not a fault of ours owned, while "এই ফাঁক আমাদের তৈরি" is."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

INV = Stage.INVESTIGATING


def _rules(text: str, language: str, channel: str = "sms", stage: Stage = INV) -> set[str]:
    return {rule for rule, _ in findings(text, language, channel, stage)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Forkful: heavy snow on the M6 means about 3,100 boxes due today will now arrive Thu 9 Jan. We're really sorry for the wait. Help: forkful.co.uk/help",
            "en",
        ),
        (
            "Heavy snow across Ontario and Quebec has slowed our carriers down, so about 1,900 plant orders are running 2-4 days late. Sorry! Next update Thu 9am ET. Track yours: mapleandmoss.ca/track",
            "en",
        ),
        (
            'Around 3,100 members were charged twice for February dues this morning. Sorry about that. It looks like most of these happened when people hit "Pay" again after the app froze. Update by 4pm ET. Help: https://northpeak.ca/billing',
            "en",
        ),
        (
            "Coastal Water: Your bank processed your $64.20 payment of 3 Apr twice. Sorry you were charged twice. The extra $64.20 is refunded by 10 Apr. Qs: 1300 555 019",
            "en",
        ),
    ],
)
def test_blame_laid_elsewhere_is_found(text: str, language: str) -> None:
    assert "blame_shifting" in _rules(text, language)


@pytest.mark.parametrize(
    ("text", "language", "channel"),
    [
        # a fake that pretended to be our vendor: the vendor is not blamed
        (
            "On 4 March an employee in our billing office replied to an email that pretended to come from our IT vendor and typed their password into a fake page. Our systems did not require a second login step, and they should have. We are responsible and we apologise. We locked the account the same day and turned on two-step login for all staff on 12 March. Questions: 1-888-555-0172.",
            "en",
            "email",
        ),
        # an instruction, not a cause
        (
            "Payments failed for about 3,100 members between 09:10 and 09:40 because of a change we made; that's on us, sorry. If the app freezes, please don't tap Pay again. Refunds by 4pm ET. Help: https://northpeak.ca/billing",
            "en",
            "sms",
        ),
        # the bank as the way a refund or a fee reaches the reader
        (
            "Our billing run at 06:00 took February's $64.20 from 2,300 customers twice; the mistake was ours and we're sorry. We asked your bank to send the extra $64.20 back by 10 Apr. If your bank charged you twice a fee for it, we'll repay that too. Qs: 1300 555 019",
            "en",
            "sms",
        ),
        # the weather named, the failure owned and not laid on it
        (
            "We cancelled 40 deliveries today because we had not fitted winter tyres to our vans, though snow was forecast a week ago. That was our mistake and we're sorry. New slots tomorrow from 8am; next update 6pm. Help: forkful.co.uk/help",
            "en",
            "sms",
        ),
    ],
)
def test_owned_or_neutral_mention_is_not_blame(text: str, language: str, channel: str) -> None:
    assert "blame_shifting" not in _rules(text, language, channel)
