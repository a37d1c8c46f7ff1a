"""Running the transparency check: the editor's standard on every text, then the statement's
own records (commitments, facts, renditions), tuned by the plan, then the verdict.

Any text (a pasted draft, one X post, one SMS) goes through `check_text`. A sectioned
statement goes through `run_check`: each locale's sections and answers form one document,
judged by the same standard as a long-form text (so an apology anywhere counts, and a
missing one is reported on the apology section), and the rules that need the statement's
records run beside it.

**Verdict:** a statement fails when any error-severity finding stands. Warnings and info
findings lower the score (100 - 25 per error, 10 per warning, 2 per info) and are shown, but
never fail a statement on their own; a plan makes a rule fail statements by setting its
severity to `error`. The shipped second opinion (`second_opinion.py`) may show the errors of
the absence rules as warnings when it finds an editor would likely send the text as it is;
a plan switches it off with `transparency.second_opinion: false`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from crisiscomms.plans.schema import SECTION_NAMES, PlanBody, Stage, TransparencyPolicy
from crisiscomms.statements.check import second_opinion
from crisiscomms.statements.check.context import CheckInput, RuleContext
from crisiscomms.statements.check.document import Channel, Document
from crisiscomms.statements.check.phrases import phrase_set, tuned_lists
from crisiscomms.statements.check.plain import reading_grade
from crisiscomms.statements.check.registry import RULES
from crisiscomms.statements.check.report import (
    SEVERITIES,
    CheckReport,
    Finding,
    Severity,
    make_report,
)
from crisiscomms.statements.check.second_opinion import soften
from crisiscomms.statements.check.standard import DEFAULT_SEVERITY, STANDARD
from crisiscomms.statements.check.text import PhraseSet
from crisiscomms.statements.content import (
    IncidentFacts,
    RenditionSummary,
    SectionsContent,
    StatementContent,
)


def _enabled(policy: TransparencyPolicy, rule_ids: Sequence[str]) -> frozenset[str]:
    settings = policy.rules
    return frozenset(
        rule_id for rule_id in rule_ids if rule_id not in settings or settings[rule_id].enabled
    )


def enabled_rules(plan: PlanBody) -> frozenset[str]:
    """Ids of the rules (statement rules and the standard's) this plan leaves switched on."""
    return _enabled(plan.transparency, [*RULES, *DEFAULT_SEVERITY])


def _severity(policy: TransparencyPolicy, rule_id: str, default: Severity) -> Severity:
    setting = policy.rules.get(rule_id)
    chosen = setting.severity if setting is not None else None
    return next((s for s in SEVERITIES if s == chosen), default)


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


def judge(
    document: Document, *, policy: TransparencyPolicy, locale: str, enabled: frozenset[str]
) -> list[Finding]:
    """Every finding of the editor's standard on a document, with the plan's severities."""
    lookup = _plan_phrases(policy, locale)
    findings: list[Finding] = []
    texts = {part.name: part.text for part in document.parts}
    kept: list[tuple[str, str, int, int]] = []
    for check, rule_ids in STANDARD.values():
        if not any(rule_id in enabled for rule_id in rule_ids):
            continue
        flags = sorted(check(document, lookup), key=lambda f: (f.part, f.start, -f.end))
        for flag in flags:
            if flag.rule not in enabled or any(
                (rule, part) == (flag.rule, flag.part) and start < flag.end and flag.start < end
                for rule, part, start, end in kept
            ):
                continue  # one finding per stretch of words and rule
            kept.append((flag.rule, flag.part, flag.start, flag.end))
            text = texts[flag.part]
            findings.append(
                Finding(
                    rule=flag.rule,
                    severity=_severity(
                        policy, flag.rule, flag.severity or DEFAULT_SEVERITY[flag.rule]
                    ),
                    message=flag.message,
                    locale=locale,
                    section=flag.part,
                    start=flag.start,
                    end=flag.end,
                    excerpt=text[flag.start : flag.end],
                    suggestion=flag.suggestion,
                )
            )
    # A blame finding does not stand in for a missing ownership one: "our partner resent the
    # file" with nothing owned anywhere is both flaws, as an editor tags it.
    return findings


def _pinned(policy: TransparencyPolicy) -> frozenset[str]:
    """Rules whose severity the plan sets itself: the second opinion leaves them alone."""
    return frozenset(rule for rule, setting in policy.rules.items() if setting.severity)


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
    enabled = _enabled(policy, list(DEFAULT_SEVERITY))
    findings = judge(document, policy=policy, locale=language, enabled=enabled)
    if policy.second_opinion:
        findings = soften(
            findings,
            text=text,
            language=language,
            channel=channel.value,
            pinned=_pinned(policy),
        )
    findings.sort(key=lambda finding: (finding.start, finding.rule))
    return make_report(tuple(findings), policy.pass_score)


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


def _statement_documents(content: StatementContent, stage: Stage) -> list[tuple[str, Document]]:
    """Each locale's sections and answers as one long-form document."""
    documents: list[tuple[str, Document]] = []
    for locale, localized in content.locales.items():
        parts = list(localized.sections.items())
        parts += [(f"answers[{i}].answer", a.answer) for i, a in enumerate(localized.answers)]
        documents.append(
            (
                locale,
                Document.build(parts, language=locale, channel=Channel.STATUS_PAGE, stage=stage),
            )
        )
    return documents


WORDING_RULES = frozenset(
    {"non_apology", "blame_shifting", "over_promising", "jargon", "undated_commitment"}
)
"""What a rendition says is judged as its channel; what it leaves out is the sections' job
(an X thread or an SMS is cut from them, so it never carries every element)."""


def _judge_renditions(
    renditions: Sequence[RenditionSummary],
    *,
    policy: TransparencyPolicy,
    enabled: set[str],
    known: list[Finding],
) -> list[Finding]:
    """Findings on the wording of each rendition that the sections do not already show."""
    seen = {(f.rule, f.locale, f.excerpt.casefold()) for f in known}
    found: list[Finding] = []
    for rendition in renditions:
        try:
            channel = Channel(rendition.channel)
        except ValueError:
            continue
        document = Document.build(
            [(f"rendition:{rendition.channel}", rendition.text)],
            language=rendition.locale,
            channel=channel,
            stage=None,
        )
        for finding in judge(
            document,
            policy=policy,
            locale=rendition.locale,
            enabled=frozenset(enabled & WORDING_RULES),
        ):
            key = (finding.rule, finding.locale, finding.excerpt.casefold())
            if key not in seen:
                seen.add(key)
                found.append(finding)
    return found


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
    """Check a statement against the editor's standard and its own records."""
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
    policy = plan.transparency
    enabled = enabled_rules(plan)
    findings: list[Finding] = []
    for rule_id, rule in RULES.items():
        if rule_id not in enabled:
            continue
        context = RuleContext(
            input=check_input,
            rule_id=rule_id,
            severity=_severity(policy, rule_id, rule.severity),
            phrase_lists=tuned_lists(rule_id, plan),
            enabled=enabled,
        )
        findings.extend(rule.check(context))
    standard = set(enabled)
    if content.next_update_at is None and stage not in (Stage.RESOLVED, Stage.FOLLOW_UP):
        # The statement sets no time at all: `next_update_time` already said so.
        standard.discard("next_update_missing")
    records = [f for f in findings if f.severity == "error"]
    for locale, document in _statement_documents(content, stage):
        judged = judge(document, policy=policy, locale=locale, enabled=frozenset(standard))
        if policy.second_opinion and not records:
            # Only the standard's absence rules may be softened; an error from the
            # statement's records (a commitment, a fact, a rendition) stands as it is.
            judged = soften(
                judged,
                text="\n\n".join(part.text for part in document.parts),
                language=locale,
                channel=document.channel.value,
                pinned=_pinned(policy),
            )
        findings += judged
    findings += _judge_renditions(renditions, policy=policy, enabled=standard, known=findings)
    findings.sort(key=lambda finding: _order(content, finding))
    return make_report(tuple(findings), policy.pass_score)


_WARM_UP = {
    "en": "We made a mistake on Tuesday and 1,200 of you could not sign in. We are sorry. "
    "Next update at 14:00 UTC on https://status.example.com.",
    "bn": "মঙ্গলবার আমাদের ভুলে ১,২০০ জন সাইন ইন করতে পারেননি। আমরা দুঃখিত। পরের খবর দুপুর ২টায়।",
}


def warm_up() -> None:
    """Load what the first check would otherwise load inside a request: the cue tables,
    the lemma dictionaries, the pronouncing dictionary and the second opinion's weights
    (about a second in all). A server calls this at start, before the first editor saves a
    draft."""
    second_opinion.model()
    for language, text in _WARM_UP.items():
        for channel in (Channel.EMAIL, Channel.X):
            check_text(text, language=language, channel=channel, stage=Stage.IDENTIFIED)
    reading_grade([_WARM_UP["en"]])
