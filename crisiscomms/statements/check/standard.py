"""The editor's standard as rules: what every statement must do that fits its channel.

1. own the failure, blame nobody else        ownership_missing, blame_shifting, evasive_passive
2. apologise sincerely                       apology_missing, non_apology
3. state the impact with figures             impact_vague
4. give the root cause (or say it is unknown) root_cause_missing            (long form)
5. say what is done and what happens next    remediation_missing           (long form)
6. date every promise, promise only the possible   undated_commitment, over_promising
7. make good where appropriate               make_good_missing             (long form)
8. say when the next update comes            next_update_missing
9. say where to get help                     help_missing
10. plain language, within the channel       jargon, too_long

Short channels (one X post, one SMS) are not asked for a cause, remediation detail, or a
make-good, but what they do say is judged like any other text. Each rule yields `Flag`s at
the exact words; "missing" flags point at the part where the element belongs (the section of
the same name in a sectioned statement), at 0..0.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from crisiscomms.statements.check import amends, contents, next_steps, speaking, wording
from crisiscomms.statements.check.document import Document
from crisiscomms.statements.check.flags import Flag, PlanPhrases
from crisiscomms.statements.check.report import Severity

Standard = Callable[[Document, PlanPhrases], Iterator[Flag]]
STANDARD: dict[str, tuple[Standard, tuple[str, ...]]] = {
    "ownership": (speaking.ownership, ("ownership_missing",)),
    "blame": (speaking.blame, ("blame_shifting",)),
    "evasive": (speaking.evasive, ("evasive_passive",)),
    "apology": (speaking.apology, ("apology_missing", "non_apology")),
    "impact": (speaking.impact, ("impact_vague",)),
    "root_cause": (contents.root_cause, ("root_cause_missing",)),
    "remediation": (contents.remediation, ("remediation_missing",)),
    "commitments": (contents.commitments, ("undated_commitment",)),
    "over_promise": (speaking.over_promise, ("over_promising",)),
    "make_good": (amends.make_good, ("make_good_missing",)),
    "next_update": (next_steps.next_update, ("next_update_missing",)),
    "help": (next_steps.help_contact, ("help_missing",)),
    "jargon": (wording.jargon, ("jargon",)),
    "length": (wording.length, ("too_long",)),
}
"""Each check of the standard and the rule ids it reports."""

DEFAULT_SEVERITY: dict[str, Severity] = {
    "ownership_missing": "error",
    "blame_shifting": "error",
    "evasive_passive": "warning",
    "apology_missing": "error",
    "non_apology": "error",
    "impact_vague": "error",
    "root_cause_missing": "error",
    "remediation_missing": "error",
    "undated_commitment": "error",
    "over_promising": "error",
    "make_good_missing": "error",
    "next_update_missing": "error",
    "help_missing": "error",
    "jargon": "warning",
    "too_long": "error",
}
"""The default severity of every rule of the standard; a plan may change each."""
