"""Running the transparency check: every enabled rule, tuned by the plan, then scored."""

from __future__ import annotations

from collections.abc import Sequence

from crisiscomms.plans.schema import SECTION_NAMES, PlanBody, Stage
from crisiscomms.statements.check.context import CheckInput, RuleContext
from crisiscomms.statements.check.phrases import tuned_lists
from crisiscomms.statements.check.registry import RULES
from crisiscomms.statements.check.report import (
    SEVERITIES,
    CheckReport,
    Finding,
    Severity,
    make_report,
)
from crisiscomms.statements.content import (
    IncidentFacts,
    RenditionSummary,
    SectionsContent,
    StatementContent,
)


def enabled_rules(plan: PlanBody) -> frozenset[str]:
    """Ids of the rules this plan leaves switched on."""
    settings = plan.transparency.rules
    return frozenset(
        rule_id for rule_id in RULES if rule_id not in settings or settings[rule_id].enabled
    )


def _severity(plan: PlanBody, rule_id: str, default: Severity) -> Severity:
    setting = plan.transparency.rules.get(rule_id)
    chosen = setting.severity if setting is not None else None
    return next((s for s in SEVERITIES if s == chosen), default)


def _order(content: StatementContent, finding: Finding) -> tuple[int, int, int, int, str]:
    """Reading order: locale, then section (sections, answers, commitments, renditions)."""
    locales = list(content.locales)
    locale = locales.index(finding.locale) if finding.locale in locales else len(locales)
    section = finding.section
    if section in SECTION_NAMES:
        place = SECTION_NAMES.index(section)
    elif section.startswith("answers["):
        place = len(SECTION_NAMES) + 1
    elif section.startswith("commitments["):
        place = len(SECTION_NAMES) + 2
    else:
        place = len(SECTION_NAMES) + 3
    index = int(section.split("[")[1].split("]")[0]) if "[" in section else 0
    return (locale, place, index, finding.start, finding.rule)


def run_check(
    content: StatementContent,
    *,
    plan: PlanBody,
    facts: IncidentFacts,
    stage: Stage,
    template_defaults: dict[str, SectionsContent] | None = None,
    other_apologies: Sequence[str] = (),
    renditions: Sequence[RenditionSummary] = (),
    known_commitment_texts: Sequence[str] = (),
) -> CheckReport:
    """Check a statement for transparency and score it against the plan's policy."""
    check_input = CheckInput(
        content=content,
        plan=plan,
        facts=facts,
        stage=stage,
        template_defaults=template_defaults or {},
        other_apologies=other_apologies,
        renditions=renditions,
        known_commitment_texts=known_commitment_texts,
    )
    enabled = enabled_rules(plan)
    findings: list[Finding] = []
    for rule_id, rule in RULES.items():
        if rule_id not in enabled:
            continue
        context = RuleContext(
            input=check_input,
            rule_id=rule_id,
            severity=_severity(plan, rule_id, rule.severity),
            phrase_lists=tuned_lists(rule_id, plan),
            enabled=enabled,
        )
        findings.extend(rule.check(context))
    findings.sort(key=lambda finding: _order(content, finding))
    return make_report(tuple(findings), plan.transparency.pass_score)
