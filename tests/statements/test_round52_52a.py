"""Round 52 (tuner 52a): ownership said in words the rule did not read, and blame laid
elsewhere in constructions it missed; each fix with the close wordings that must stay as
they were."""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

IDENT = Stage.IDENTIFIED

ROUND_52_OWNED_BY_WHAT_WE_DID: list[tuple[str, str, str, Stage, str, bool]] = [
    # ownership said as a faulty thing we supplied, as trouble coming from our own thing, or
    # as our thing letting others see what was not theirs; and beside each a close wording
    # that owns nothing
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Kestrel Kitchens: we're sorry about the cracked worktops we fitted in 140 homes last month. A fitter will call you by Fri 9 May. Help: 0800 231 4410",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "sms",
        IDENT,
        "Kestrel Kitchens: we're sorry about the cracked worktops in 140 homes last month. A fitter will call you by Fri 9 May. Help: 0800 231 4410",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Sorry to everyone still waiting on parcels: about 2,000 are a day late. The backlog started in our own sorting hall at Wigan. We'll post the next update at 3pm. Track: parcelpost.example/track",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Sorry to everyone still waiting on parcels: about 2,000 are a day late. The backlog did not start in our own sorting hall at Wigan. We'll post the next update at 3pm. Track: parcelpost.example/track",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "Sorry to everyone still waiting on parcels: about 2,000 are a day late. Most of the complaints came from our own customers in Wigan. We'll post the next update at 3pm. Track: parcelpost.example/track",
        True,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "We're sorry: for 3 hours on Tuesday our new booking page allowed signed-in patients to view the appointments of other patients. 870 records were opened. Next update Thu 10:00. Help: 0300 123 9090",
        False,
    ),
    (
        "ownership_missing",
        "en",
        "x",
        IDENT,
        "We're sorry: for 3 hours on Tuesday our new booking page would not let patients view their appointments. 870 people were affected. Next update Thu 10:00. Help: 0300 123 9090",
        True,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, ৮০০ গ্রাহকের পার্সেল দেরিতে যাচ্ছে। দেরিটা হচ্ছে আমাদের নিজস্ব বাছাই কেন্দ্র থেকে। কাল ১২টায় জানাব। ১৬২৩৪",
        False,
    ),
    (
        "ownership_missing",
        "bn",
        "sms",
        IDENT,
        "দুঃখিত, ৮০০ গ্রাহকের পার্সেল দেরিতে যাচ্ছে। অভিযোগ আসছে আমাদের নিজস্ব গ্রাহকদের থেকে। কাল ১২টায় জানাব। ১৬২৩৪",
        True,
    ),
]


@pytest.mark.parametrize(
    ("rule", "language", "channel", "stage", "text", "flagged"),
    ROUND_52_OWNED_BY_WHAT_WE_DID,
)
def test_round_52_misses_are_found_and_their_traps_pass(
    rule: str, language: str, channel: str, stage: Stage, text: str, flagged: bool
) -> None:
    found = {found_rule for found_rule, _ in findings(text, language, channel, stage)}
    assert (rule in found) is flagged, found
