"""Checks that relate one part of a plan to another, and checks of its templates.

They run on a structurally valid `PlanBody` and return findings located by path; the
loader turns each into a `Problem` at the right line and column of the file. Rules:
ids are unique in each list; the default locale is one of the locales; every localized
text and template covers exactly the plan's locales; audiences, channels, severities and
roles are referred to by ids that exist; every severity has exactly one make-good tier;
the commander, spokesperson and approver roles exist; there is an audience of every kind;
every stage has templates; follow-up offsets increase; every template compiles and
renders against the sample context in the sandbox; `transparency.rules` names only rules
the check has; a maintenance block refers to audiences that exist and has templates for
every notice it sends, each rendering against the sample maintenance; and the holding
statement, drafted for a sample incident, passes the
transparency check (it may go out unreviewed at 3 a.m., so it is checked now). The last two
are the statements domain's (`StatementChecks`), passed in by the use case.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Protocol

from crisiscomms.plans.messages import Loc, format_loc, quoted_list, suggest
from crisiscomms.plans.schema import (
    SECTION_NAMES,
    AudienceKind,
    PlanBody,
    Sections,
    Stage,
    duration_minutes,
)
from crisiscomms.plans.templating import (
    TemplateProblem,
    compile_and_render,
    sample_context,
    sample_maintenance_context,
)

REQUIRED_ROLES = ("commander", "spokesperson", "approver")
ID_LISTS = (
    "severities",
    "channels",
    "audiences",
    "roles",
    "questions",
    "follow_up_sequence",
    "deadlines",
)


@dataclass(frozen=True)
class Finding:
    """A problem at a path; `template_line` points inside a template, `at_key` at the key."""

    loc: Loc
    message: str
    template_line: int | None = None
    at_key: bool = False
    same_as: str | None = None
    """Findings with equal `same_as` at the same position are one problem (YAML aliases)."""


class StatementChecks(Protocol):
    """The transparency check's part of validating a plan: its tuned rule ids exist, and its
    holding statement, drafted for a sample incident, passes the check.

    The statements domain sits above this one, so it provides these
    (`statements.plan_check.CHECKS`) and the use cases that store plans (`flows.plans`) pass
    them in; without them a plan is checked for everything else.
    """

    def rule_ids(self, body: PlanBody) -> Iterable[Finding]:
        """`transparency.rules` names only rules the check has."""
        ...

    def holding_statement(self, body: PlanBody) -> Iterable[Finding]:
        """The holding statement passes the transparency check."""
        ...


def check_plan(body: PlanBody, *, statements: StatementChecks | None = None) -> list[Finding]:
    """Every cross-reference and template problem of a plan, and with `statements` its
    tuned rule ids and its holding statement."""
    findings = [
        *_unique_ids(body),
        *_locales(body),
        *_references(body),
        *_make_good(body),
        *_required(body),
        *_follow_up_offsets(body),
        *_templates(body),
        *_maintenance(body),
    ]
    if statements is None:
        return findings
    findings.extend(statements.rule_ids(body))
    if not findings:  # drafting needs a plan whose references and templates all work
        findings.extend(statements.holding_statement(body))
    return findings


def _unique_ids(body: PlanBody) -> Iterator[Finding]:
    for name in ID_LISTS:
        first: dict[str, int] = {}
        for i, item in enumerate(getattr(body, name)):
            if item.id in first:
                where = format_loc((name, first[item.id]))
                yield Finding((name, i, "id"), f"duplicate id '{item.id}' (also at {where})")
            else:
                first[item.id] = i


def _localized_maps(body: PlanBody) -> Iterator[tuple[Loc, Mapping[str, object]]]:
    by_locale: Mapping[str, object]
    for stage, by_locale in body.templates.items():
        yield ("templates", stage.value), by_locale
    for i, question in enumerate(body.questions):
        yield ("questions", i, "question"), question.question
        yield ("questions", i, "answer"), question.answer
    for i, step in enumerate(body.follow_up_sequence):
        yield ("follow_up_sequence", i, "template"), step.template
    for i, tier in enumerate(body.make_good.tiers):
        yield ("make_good", "tiers", i, "description"), tier.description
    yield ("holding_statement", "template"), body.holding_statement.template
    if body.maintenance is not None:
        for kind, by_locale in body.maintenance.templates.items():
            yield ("maintenance", "templates", kind.value), by_locale


def _locales(body: PlanBody) -> Iterator[Finding]:
    locales = body.locales
    listed = ", ".join(locales)
    for i, locale in enumerate(locales):
        if locale in locales[:i]:
            yield Finding(("locales", i), f"locale '{locale}' is listed twice")
    if body.default_locale not in locales:
        message = f"default locale '{body.default_locale}' is not in locales ({listed})"
        yield Finding(("default_locale",), message)
    for loc, texts in _localized_maps(body):
        for locale in locales:
            if locale not in texts:
                yield Finding(loc, f"missing the '{locale}' text (the plan's locales: {listed})")
        for locale in texts:
            if locale not in locales:
                message = f"locale '{locale}' is not one of the plan's locales ({listed})"
                yield Finding((*loc, locale), message, at_key=True)
    for i, channel in enumerate(body.channels):
        for j, locale in enumerate(channel.locales or []):
            if locale not in locales:
                message = f"locale '{locale}' is not one of the plan's locales ({listed})"
                yield Finding(("channels", i, "locales", j), message)
    for rule_id, rule in body.transparency.rules.items():
        for locale in rule.phrases:
            if locale not in locales:
                message = f"locale '{locale}' is not one of the plan's locales ({listed})"
                loc = ("transparency", "rules", rule_id, "phrases", locale)
                yield Finding(loc, message, at_key=True)


PLURALS = {
    "channel": "channels",
    "audience": "audiences",
    "role": "roles",
    "severity": "severities",
}


def _unknown(kind: str, value: str, known: list[str]) -> str:
    hint = suggest(value, known)
    return f"unknown {kind} '{value}'{hint}; the plan's {PLURALS[kind]}: {', '.join(known)}"


def _references(body: PlanBody) -> Iterator[Finding]:
    channels = [c.id for c in body.channels]
    audiences = [a.id for a in body.audiences]
    roles = [r.id for r in body.roles]
    for i, audience in enumerate(body.audiences):
        for j, channel in enumerate(audience.channels):
            if channel not in channels:
                yield Finding(
                    ("audiences", i, "channels", j), _unknown("channel", channel, channels)
                )
    referring: list[tuple[Loc, list[str]]] = [
        (("follow_up_sequence", i, "audiences"), step.audiences)
        for i, step in enumerate(body.follow_up_sequence)
    ]
    referring.append((("holding_statement", "audiences"), body.holding_statement.audiences))
    if body.maintenance is not None:
        referring.append((("maintenance", "audiences"), body.maintenance.audiences))
    for loc, ids in referring:
        for j, audience_id in enumerate(ids):
            if audience_id not in audiences:
                yield Finding((*loc, j), _unknown("audience", audience_id, audiences))
    for i, deadline in enumerate(body.deadlines):
        if deadline.owner_role not in roles:
            yield Finding(
                ("deadlines", i, "owner_role"), _unknown("role", deadline.owner_role, roles)
            )
    if body.rehearsal is not None:
        for j, role in enumerate(body.rehearsal.audience.roles or []):
            if role not in roles:
                yield Finding(("rehearsal", "audience", "roles", j), _unknown("role", role, roles))


def _make_good(body: PlanBody) -> Iterator[Finding]:
    severities = body.severity_ids()
    covered: dict[str, int] = {}
    for i, tier in enumerate(body.make_good.tiers):
        loc: Loc = ("make_good", "tiers", i, "severity")
        if tier.severity not in severities:
            yield Finding(loc, _unknown("severity", tier.severity, severities))
        elif tier.severity in covered:
            where = format_loc(("make_good", "tiers", covered[tier.severity]))
            yield Finding(loc, f"severity '{tier.severity}' already has a tier (at {where})")
        else:
            covered[tier.severity] = i
    for severity in severities:
        if severity not in covered:
            yield Finding(("make_good", "tiers"), f"no make-good tier for severity '{severity}'")


REQUIRED_AUDIENCE_KINDS = tuple(k for k in AudienceKind if k != AudienceKind.SUBSCRIBERS)
"""Every plan speaks to these; `subscribers` is optional (a page may take no sign-ups)."""


def _required(body: PlanBody) -> Iterator[Finding]:
    roles = {r.id for r in body.roles}
    for role in REQUIRED_ROLES:
        if role not in roles:
            message = (
                f"missing the '{role}' role (every plan needs {quoted_list(REQUIRED_ROLES, 'and')})"
            )
            yield Finding(("roles",), message)
    kinds = {a.kind for a in body.audiences}
    for kind in REQUIRED_AUDIENCE_KINDS:
        if kind not in kinds:
            kinds_needed = quoted_list(REQUIRED_AUDIENCE_KINDS, "and")
            message = f"no audience of kind '{kind.value}' (every plan needs one of each kind: "
            yield Finding(("audiences",), message + f"{kinds_needed})")
    for stage in Stage:
        if stage not in body.templates:
            yield Finding(("templates",), f"missing templates for the '{stage.value}' stage")


def _follow_up_offsets(body: PlanBody) -> Iterator[Finding]:
    previous: str | None = None
    for i, step in enumerate(body.follow_up_sequence):
        if previous is not None and duration_minutes(step.offset) <= duration_minutes(previous):
            message = f"offset '{step.offset}' must be later than the previous step's '{previous}'"
            yield Finding(("follow_up_sequence", i, "offset"), message)
        previous = step.offset


def _section_templates(body: PlanBody) -> Iterator[tuple[Loc, str, Sections]]:
    for stage, by_locale in body.templates.items():
        for locale, sections in by_locale.items():
            yield ("templates", stage.value, locale), locale, sections
    for i, step in enumerate(body.follow_up_sequence):
        for locale, sections in step.template.items():
            yield ("follow_up_sequence", i, "template", locale), locale, sections
    for locale, sections in body.holding_statement.template.items():
        yield ("holding_statement", "template", locale), locale, sections


def _templates(body: PlanBody) -> Iterator[Finding]:
    contexts = {locale: sample_context(body, locale) for locale in body.locales}
    for loc, locale, sections in _section_templates(body):
        context = contexts.get(locale) or sample_context(body, locale)
        for section in SECTION_NAMES:
            source: str = getattr(sections, section)
            name = format_loc((*loc, section))
            try:
                compile_and_render(source, name, context)
            except TemplateProblem as problem:
                yield _template_finding((*loc, section), name, problem)


def _maintenance(body: PlanBody) -> Iterator[Finding]:
    """Every notice the plan sends has templates, and every notice template renders."""
    policy = body.maintenance
    if policy is None:
        return
    for i, kind in enumerate(policy.notices):
        if kind not in policy.templates:
            yield Finding(
                ("maintenance", "notices", i), f"no templates for the '{kind.value}' notice"
            )
    context = sample_maintenance_context(body)
    for kind, by_locale in policy.templates.items():
        for locale, notice in by_locale.items():
            for part in ("subject", "body"):
                loc: Loc = ("maintenance", "templates", kind.value, locale, part)
                name = format_loc(loc)
                try:
                    compile_and_render(getattr(notice, part), name, context)
                except TemplateProblem as problem:
                    yield _template_finding(loc, name, problem)


def _template_finding(loc: Loc, name: str, problem: TemplateProblem) -> Finding:
    line = problem.line or 1
    where = f"(line {line} of the template)"
    if problem.kind == "syntax":
        message = f"template syntax error in {name} {where}: {problem.message}"
    elif problem.kind == "undefined":
        message = f"template {name} {where} uses unknown variable '{problem.message}'"
    elif problem.kind == "security":
        message = f"template {name} {where} was refused by the sandbox: {problem.message}"
    else:
        message = f"template {name} {where} fails to render: {problem.message}"
    return Finding(loc, message, template_line=line, same_as=f"{problem.kind}:{problem.message}")
