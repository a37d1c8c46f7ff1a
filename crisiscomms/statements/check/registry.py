"""The rules of the transparency check, by id, with their default severities.

Plans refer to rules by these ids in `transparency.rules`; `RULE_IDS` lets plan validation
report an id that does not exist (a typo would otherwise silently tune nothing).
"""

from __future__ import annotations

from crisiscomms.statements.check import facts, plain, promises, substance, voice
from crisiscomms.statements.check.context import Rule

RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule("placeholder_left", "error", substance.placeholder_left),
        Rule("ownership_missing", "error", voice.ownership_missing),
        Rule("apology_missing", "error", voice.apology_missing),
        Rule("non_apology", "error", voice.non_apology),
        Rule("blame_shifting", "error", voice.blame_shifting),
        Rule("evasive_passive", "warning", voice.evasive_passive),
        Rule("hedging", "warning", voice.hedging),
        Rule("root_cause_missing", "error", substance.root_cause_missing),
        Rule("remediation_missing", "error", substance.remediation_missing),
        Rule("commitment_incomplete", "error", promises.commitment_incomplete),
        Rule("untracked_promise", "warning", promises.untracked_promise),
        Rule("over_promising", "error", voice.over_promising),
        Rule("next_update_missing", "error", substance.next_update_missing),
        Rule("readability", "warning", plain.readability),
        Rule("jargon", "info", plain.jargon),
        Rule("rendition_too_long", "error", facts.rendition_too_long),
        Rule("canned_text", "warning", substance.canned_text),
        Rule("fact_mismatch", "error", facts.fact_mismatch),
    )
}

RULE_IDS: frozenset[str] = frozenset(RULES)
"""Every rule id a plan may tune."""
