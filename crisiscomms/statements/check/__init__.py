"""The transparency check: does a statement own the failure, apologise, explain and promise
only what is tracked?

`run_check` applies every rule in `RULES` (ids in `RULE_IDS`) to a statement in all its
locales and returns a `CheckReport` of `Finding`s, each at the exact span of text it is about.

Scoring: start at 100, subtract 25 per error, 10 per warning and 2 per info finding, never
below 0. **A statement passes when its score is at least the plan's
`transparency.pass_score` and it has no error-severity finding.**

Rules and their phrase lists are data: the defaults are in `phrases.yaml`, and a plan tunes
them in `transparency.rules[rule_id]`: `enabled: false` switches a rule off, `severity`
overrides its default, and `phrases[locale]` adds to its lists. Structural rules run in every
locale; phrase rules run where the locale (or its language) has a phrase list.
"""

from crisiscomms.statements.check.context import Rule
from crisiscomms.statements.check.registry import RULE_IDS, RULES
from crisiscomms.statements.check.report import CheckReport, Finding
from crisiscomms.statements.check.run import run_check

__all__ = ["RULES", "RULE_IDS", "CheckReport", "Finding", "Rule", "run_check"]
