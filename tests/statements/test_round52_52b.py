"""Round 52 (helper 52b): the long-form absence rules on wordings fresh writers used.

The cause given after a label that names it ("Cause:", "Why we recalled it:"); a search for
the cause told as finished, with a vague cause after it ("We've found the cause: a technical
issue"); a heading with no colon over what was done ("What we did"). Each table holds the
failing wordings the fix catches and the close wordings that must stay as they were.
"""

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from crisiscomms.statements.check.document import Channel
from crisiscomms.statements.check.run import check_text


def _rules(text: str, language: str, channel: str, stage: Stage) -> set[str]:
    report = check_text(text, language=language, channel=Channel(channel), stage=stage)
    for finding in report.findings:
        assert text[finding.start : finding.end] == finding.excerpt
    return {finding.rule for finding in report.findings}


IDENT = Stage.IDENTIFIED
RES = Stage.RESOLVED
FOLLOW = Stage.FOLLOW_UP

ROUND_52_BASE_EN = (
    "Subject: No hot water in Millbrook flats\n\n"
    "Since 06:00 on Tuesday about 1,400 flats in Millbrook have had no hot water. This is our "
    "fault and we are sorry: many of you could not wash or bathe your children. {} "
    "We have put portable boilers in every block and will have the main boilers running by "
    "18:00 Wednesday. Every affected home gets £20 off its next bill. Next update by 12:00 "
    "tomorrow. Help: 0800 555 0144 or help@millbrookhomes.example."
)
ROUND_52_CAUSE_LABELLED: list[tuple[str, str, str, Stage, str, bool]] = [
    # the cause after a label that names it ("Cause:", "Root cause:", "Why we shut …:") is a
    # cause given, judged on its content like any other; a vague one after it still fails
    (
        "root_cause_missing",
        "en",
        "email",
        IDENT,
        ROUND_52_BASE_EN.format(
            "Cause: the pressure valve our fitter replaced on Monday was set for a smaller "
            "building, and the boilers shut themselves off."
        ),
        False,
    ),
    (
        "root_cause_missing",
        "en",
        "status_page",
        IDENT,
        ROUND_52_BASE_EN.format(
            "Root cause: a timer we moved to winter hours on Monday switched the pumps off at "
            "night and never back on."
        ),
        False,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        IDENT,
        ROUND_52_BASE_EN.format(
            "Why we turned the boilers off: gas was smelt in the Block C plant room and our "
            "engineer found a cracked flue pipe."
        ),
        False,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        IDENT,
        ROUND_52_BASE_EN.format("Cause: a technical issue at our plant room."),
        True,
    ),
    (
        "root_cause_missing",
        "en",
        "status_page",
        IDENT,
        ROUND_52_BASE_EN.format("Why the water went cold: operational problems on our side."),
        True,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        IDENT,
        ROUND_52_BASE_EN.format("Root cause: some unexpected system issues."),
        True,
    ),
]

ROUND_52_CAUSE_FOUND: list[tuple[str, str, str, Stage, str, bool]] = [
    # a search told as finished, with the cause in the same sentence: what follows is the
    # cause, judged as given; it is no honest "not known yet"
    (
        "root_cause_missing",
        "en",
        "status_page",
        IDENT,
        ROUND_52_BASE_EN.format("We've found the cause: a technical issue in one of our systems."),
        True,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        IDENT,
        ROUND_52_BASE_EN.format(
            "Our engineers have now identified the cause - an unexpected problem with the "
            "heating equipment."
        ),
        True,
    ),
    (
        "root_cause_missing",
        "en",
        "email",
        IDENT,
        ROUND_52_BASE_EN.format(
            "We've found the cause: the pressure valve our fitter replaced on Monday was set "
            "for a smaller building."
        ),
        False,
    ),
    # still searching, or not found yet, stays an honest unknown
    (
        "root_cause_missing",
        "en",
        "email",
        IDENT,
        ROUND_52_BASE_EN.format(
            "We have not yet found the cause. So far we know both boilers stopped at 05:52 "
            "within a minute of each other."
        ),
        False,
    ),
    (
        "root_cause_missing",
        "en",
        "status_page",
        IDENT,
        ROUND_52_BASE_EN.format(
            "Our engineers are still trying to find the cause; what we know so far is that "
            "the gas supply to the plant room is normal."
        ),
        False,
    ),
]

ROUND_52_DONE_HEADING: list[tuple[str, str, str, Stage, str, bool]] = [
    # a heading with no colon over what was done: the lines under it are the acts
    (
        "remediation_missing",
        "en",
        "status_page",
        RES,
        "Resolved - no hot water in Millbrook flats\n\nFrom 06:00 Tuesday to 15:20 Wednesday "
        "about 1,400 flats had no hot water. A timer we reset on Monday switched the pumps off. "
        "That was our mistake and we're sorry for two cold mornings.\n\nWhat we did\n"
        "Our heating team put the timer back at 15:20 and tested every block by 17:00.\n\n"
        "Every affected home gets £20 off its next bill. Our report will be on this page by "
        "Friday 20 March. Help: 0800 555 0144.",
        False,
    ),
    (
        "remediation_missing",
        "en",
        "email",
        FOLLOW,
        "Subject: Millbrook hot water - one week on\n\nLast week about 1,400 flats had no hot "
        "water for 33 hours after a timer we reset switched the pumps off. That was our "
        "mistake and we're sorry.\n\nWhat we've done since\n- Went back to the old timer "
        "settings on the Wednesday afternoon.\n- Fitted an alarm that texts our on-call "
        "engineer if a pump stops.\n\nEvery affected home gets £20 off its next bill. We will "
        "write with the review's findings by Friday 20 March. Help: 0800 555 0144.",
        False,
    ),
    # a heading over nothing but a look into it, or over a wait, does nothing
    (
        "remediation_missing",
        "en",
        "status_page",
        RES,
        "Resolved - no hot water in Millbrook flats\n\nFrom 06:00 Tuesday to 15:20 Wednesday "
        "about 1,400 flats had no hot water. A timer we reset on Monday switched the pumps off. "
        "That was our mistake and we're sorry for two cold mornings.\n\nWhat we're doing\n"
        "We are investigating how the timer was reset.\n\n"
        "Every affected home gets £20 off its next bill. Our report will be on this page by "
        "Friday 20 March. Help: 0800 555 0144.",
        True,
    ),
    # nor over a look into it and whom we told of it
    (
        "remediation_missing",
        "en",
        "email",
        FOLLOW,
        "Subject: Millbrook hot water - one week on\n\nLast week about 1,400 flats had no hot "
        "water for 33 hours because the pump timer was left on summer settings. That was our "
        "mistake and we're sorry.\n\nWhat we have done\n- Started an investigation into "
        "the timer settings\n- Told the housing regulator on 12 March\n\nEvery affected "
        "home gets £20 off its next bill. The findings will be on our website by Friday 20 "
        "March. Help: 0800 555 0144.",
        True,
    ),
]


@pytest.mark.parametrize(
    ("rule", "language", "channel", "stage", "text", "flagged"),
    ROUND_52_CAUSE_LABELLED + ROUND_52_CAUSE_FOUND + ROUND_52_DONE_HEADING,
)
def test_round_52_absences_are_read_from_the_construction(
    rule: str, language: str, channel: str, stage: Stage, text: str, flagged: bool
) -> None:
    found = _rules(text, language, channel, stage)
    assert (rule in found) is flagged, found
