"""The transparency check's part of validating a plan (`plans.validation.StatementChecks`):
the rule ids a plan tunes exist, and its holding statement, drafted for a sample incident
as the statements service would, passes the check; it may go out unreviewed at 3 a.m., so
it is checked when the plan is stored."""

from __future__ import annotations

from collections.abc import Iterator

from crisiscomms.errors import ValidationFailed
from crisiscomms.incidents.models import Incident
from crisiscomms.plans.messages import Loc, suggest
from crisiscomms.plans.schema import SECTION_NAMES, PlanBody
from crisiscomms.plans.templating import SAMPLE_TIME, sample_context
from crisiscomms.plans.validation import Finding
from crisiscomms.statements import drafting, renditions
from crisiscomms.statements.check import RULE_IDS, run_check
from crisiscomms.statements.check import Finding as CheckFinding

HOLDING_FAILS = "holding statement fails the transparency check"


def _rule_ids(body: PlanBody) -> Iterator[Finding]:
    known = sorted(RULE_IDS)
    for rule_id in body.transparency.rules:
        if rule_id not in RULE_IDS:
            message = (
                f"unknown transparency rule '{rule_id}'{suggest(rule_id, known)}; "
                f"the check's rules: {', '.join(known)}"
            )
            yield Finding(("transparency", "rules", rule_id), message, at_key=True)


def _sample_incident(body: PlanBody) -> Incident:
    """An incident of the plan's first severity, with the sample context's facts."""
    sample = sample_context(body, body.default_locale)["incident"]
    return Incident(
        plan_id=0,
        plan_version_id=0,
        title=sample["title"],
        summary=sample["summary"],
        severity=body.severities[0].id,
        scope={key: [sample[key]] for key in ("products", "regions", "segments")},
        detected_at=SAMPLE_TIME,
        activated_at=SAMPLE_TIME,
        first_statement_due_at=SAMPLE_TIME,
        updated_at=SAMPLE_TIME,
    )


def _holding_statement(body: PlanBody) -> Iterator[Finding]:
    """The holding statement, drafted and checked as the statements service would."""
    incident = _sample_incident(body)
    stage = drafting.stage_for(incident)
    next_update_at = drafting.proposed_next_update(body, incident, SAMPLE_TIME)
    try:
        content = drafting.draft_content(
            body, incident, stage=stage, holding=True, next_update_at=next_update_at
        )
    except ValidationFailed as exc:
        yield Finding(("holding_statement", "template"), f"{HOLDING_FAILS}: {exc}")
        return
    report = run_check(
        content,
        plan=body,
        facts=drafting.facts_of(body, incident),
        stage=stage,
        renditions=renditions.summaries(content, plan=body, stage=stage.value),
    )
    # The verdict fails exactly on error-severity findings; warnings never refuse a plan.
    for finding in report.findings:
        if finding.severity == "error":
            message = f"{HOLDING_FAILS}: {finding.rule}: {finding.message}"
            yield Finding(_check_loc(finding), message)


TEMPLATE_PROMPTS = frozenset({"placeholder_left"})
"""Findings a stage template may carry on purpose: its [bracketed prompts] are what staff
fill in when they draft from it (the check stops them there, not in the plan)."""


def stage_templates(body: PlanBody) -> Iterator[tuple[str, list[str]]]:
    """Each stage's template drafted for a sample incident and checked: (stage, the
    error-severity problems other than its prompts to fill in); none: it drafts and
    passes."""
    incident = _sample_incident(body)
    next_update_at = drafting.proposed_next_update(body, incident, SAMPLE_TIME)
    for stage in body.templates:
        try:
            content = drafting.draft_content(
                body, incident, stage=stage, holding=False, next_update_at=next_update_at
            )
        except ValidationFailed as exc:
            yield stage.value, [f"does not draft: {exc}"]
            continue
        report = run_check(
            content,
            plan=body,
            facts=drafting.facts_of(body, incident),
            stage=stage,
            renditions=renditions.summaries(content, plan=body, stage=stage.value),
        )
        yield (
            stage.value,
            [
                f"{f.locale} {f.section}: {f.rule}: {f.message}"
                for f in report.findings
                if f.severity == "error" and f.rule not in TEMPLATE_PROMPTS
            ],
        )


def _check_loc(finding: CheckFinding) -> Loc:
    """Where in the plan the text a check finding is about comes from."""
    if finding.section in SECTION_NAMES:
        return ("holding_statement", "template", finding.locale, finding.section)
    if finding.section.startswith("answers["):
        index = int(finding.section.split("[")[1].split("]")[0])
        return ("questions", index, "answer", finding.locale)
    return ("holding_statement", "template", finding.locale)


class TransparencyChecks:
    """The checks `plans.validation.check_plan` takes as `statements`."""

    def rule_ids(self, body: PlanBody) -> Iterator[Finding]:
        return _rule_ids(body)

    def holding_statement(self, body: PlanBody) -> Iterator[Finding]:
        return _holding_statement(body)


CHECKS = TransparencyChecks()
