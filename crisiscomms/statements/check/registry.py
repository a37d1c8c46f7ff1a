"""The rules of the transparency check, by id, with their default severities.

Two kinds: the editor's standard (`standard.STANDARD`, judged on any text: ownership,
apology, impact, cause, remediation, promises, make-good, next update, help, plain words,
length), and the rules below that need a statement's own records (its commitments, the
incident's facts, its renditions, the plan's templates). Plans refer to rules by these ids
in `transparency.rules`; `RULE_IDS` lets plan validation report an id that does not exist (a
typo would otherwise silently tune nothing).
"""

from __future__ import annotations

from crisiscomms.statements.check import facts, plain, promises, substance
from crisiscomms.statements.check.context import Rule
from crisiscomms.statements.check.standard import DEFAULT_SEVERITY

RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule("placeholder_left", "error", substance.placeholder_left),
        Rule("commitment_incomplete", "error", promises.commitment_incomplete),
        Rule("untracked_promise", "warning", promises.untracked_promise),
        Rule("next_update_missing", "error", substance.next_update_time),
        Rule("readability", "warning", plain.readability),
        Rule("rendition_too_long", "error", facts.rendition_too_long),
        Rule("canned_text", "warning", substance.canned_text),
        Rule("fact_mismatch", "error", facts.fact_mismatch),
    )
}
"""The rules that need a sectioned statement's records."""

RULE_IDS: frozenset[str] = frozenset(RULES) | frozenset(DEFAULT_SEVERITY)
"""Every rule id a plan may tune."""
