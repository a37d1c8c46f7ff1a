"""Running the transparency check: every enabled rule, tuned by the plan, then scored."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from crisiscomms.plans.schema import SECTION_NAMES, PlanBody, Stage, TransparencyPolicy
from crisiscomms.statements.check.context import CheckInput, RuleContext
from crisiscomms.statements.check.document import Channel, Document
from crisiscomms.statements.check.phrases import phrase_set, tuned_lists
from crisiscomms.statements.check.registry import RULES
from crisiscomms.statements.check.report import (
    SEVERITIES,
    CheckReport,
    Finding,
    Severity,
    make_report,
)
from crisiscomms.statements.check.standard import STANDARD
from crisiscomms.statements.check.text import PhraseSet
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


DEFAULT_SEVERITY: dict[str, Severity] = {
    "ownership_missing": "error",
    "blame_shifting": "error",
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


def _plan_phrases(policy: TransparencyPolicy, locale: str) -> Callable[[str], PhraseSet | None]:
    """The plan's own phrases of a rule for a locale and its language, None if none."""
    language = locale.split("-")[0]

    def lookup(rule_id: str) -> PhraseSet | None:
        setting = policy.rules.get(rule_id)
        if setting is None:
            return None
        entries = list(setting.phrases.get(language, []))
        if locale != language:
            entries += setting.phrases.get(locale, [])
        return phrase_set(entries) if entries else None

    return lookup


def standard_rules(policy: TransparencyPolicy) -> frozenset[str]:
    """Ids of the standard's rules this policy leaves switched on."""
    settings = policy.rules
    return frozenset(
        rule_id
        for rule_id in DEFAULT_SEVERITY
        if rule_id not in settings or settings[rule_id].enabled
    )


def judge(
    document: Document, *, policy: TransparencyPolicy, locale: str, enabled: frozenset[str]
) -> list[Finding]:
    """Every finding of the editor's standard on a document, with the plan's severities."""
    lookup = _plan_phrases(policy, locale)
    findings: list[Finding] = []
    texts = {part.name: part.text for part in document.parts}
    for check, rule_ids in STANDARD.values():
        if not any(rule_id in enabled for rule_id in rule_ids):
            continue
        for flag in check(document, lookup):
            if flag.rule not in enabled:
                continue
            setting = policy.rules.get(flag.rule)
            chosen = setting.severity if setting is not None else None
            severity = next((s for s in SEVERITIES if s == chosen), DEFAULT_SEVERITY[flag.rule])
            text = texts[flag.part]
            findings.append(
                Finding(
                    rule=flag.rule,
                    severity=severity,
                    message=flag.message,
                    locale=locale,
                    section=flag.part,
                    start=flag.start,
                    end=flag.end,
                    excerpt=text[flag.start : flag.end],
                    suggestion=flag.suggestion,
                )
            )
    return findings


def check_text(
    text: str,
    *,
    language: str,
    channel: Channel,
    stage: Stage | None = None,
    policy: TransparencyPolicy | None = None,
) -> CheckReport:
    """Judge one text as it stands (a pasted draft, an X post, an SMS) for its channel."""
    policy = policy or TransparencyPolicy()
    document = Document.build([("text", text)], language=language, channel=channel, stage=stage)
    findings = judge(document, policy=policy, locale=language, enabled=standard_rules(policy))
    findings.sort(key=lambda finding: (finding.start, finding.rule))
    return make_report(tuple(findings), policy.pass_score)
