"""Every library template, drafted as it stands, owns the failure and passes the check.

Drafts are made the way the statements service makes them, from an in-memory incident (no
database, so no earlier commitments), and checked the way the service checks them: the
holding statement without template defaults, every other draft against its template. A
stage template may leave "[...]" placeholders for staff to fill in: they may block a raw
draft, but once they are filled in with a plain, specific, first-person sentence the draft
must pass. The holding statement and the investigating stage have nothing to fill in.
Follow-up steps are drafted like the follow-up stage, promising the next step's time.
"""

# Bengali digits in the filler sentences are the point, not look-alikes of 8 and O.
# ruff: noqa: RUF001

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

import pytest

from crisiscomms.incidents.models import Incident, IncidentStatus
from crisiscomms.plans.loader import load_plan_file, plan_files
from crisiscomms.plans.schema import SECTION_NAMES, PlanBody, Stage
from crisiscomms.statements import drafting, renditions
from crisiscomms.statements.check import CheckReport, Finding, run_check
from crisiscomms.statements.check.substance import placeholders
from crisiscomms.statements.content import (
    LocaleContent,
    SectionsContent,
    StatementContent,
)
from crisiscomms.statements.plan_check import CHECKS
from tests.conftest import PLANS_DIR

NOW = datetime(2026, 11, 22, 9, 12, tzinfo=UTC)
NEXT_UPDATE_AT = NOW + timedelta(minutes=30)
RESOLVED_AT = NOW + timedelta(hours=2)
STEP_NEXT_UPDATE_AT = RESOLVED_AT + timedelta(days=1)
"""Follow-up steps promise the next step: a scheduled time, unlike a plain follow-up draft."""
LIBRARY = plan_files(PLANS_DIR) if PLANS_DIR.is_dir() else []
STATUS = {
    Stage.INVESTIGATING: IncidentStatus.INVESTIGATING,
    Stage.IDENTIFIED: IncidentStatus.IDENTIFIED,
    Stage.MONITORING: IncidentStatus.MONITORING,
    Stage.RESOLVED: IncidentStatus.RESOLVED,
    Stage.FOLLOW_UP: IncidentStatus.CLOSED,
}
CLEAN_STAGES = (Stage.INVESTIGATING,)
"""Stages whose raw draft must pass: nothing is known yet that staff would have to fill in."""
PLACEHOLDER_RULES = frozenset({"placeholder_left", "root_cause_missing"})


def _one_spelling(word: str) -> str:
    """Bengali YA with nukta as one code point; plan files use both spellings."""
    return word.replace("\u09af\u09bc", "\u09df")


FILLERS: dict[str, dict[str, str]] = {
    "en": {
        "root_cause": "A configuration change we made at 08:35 UTC caused the payment service "
        "to stop.",
        "remediation": "At 09:40 UTC we rolled back our change, and we added a check that "
        "blocks untested settings.",
        "other": "From 09:12 UTC you could not sign in or save your work.",
        "date": "30 November",
        "number": "1,200",
        "duration": "two hours",
        "time": "17:00 UTC",
    },
    "bn": {
        "root_cause": "০৮:৩৫ UTC-তে আমাদের করা একটি কনফিগারেশন পরিবর্তনের কারণে পেমেন্ট "
        "পরিষেবা বন্ধ হয়ে যায়।",
        "remediation": "০৯:৪০ UTC-তে আমরা আমাদের পরিবর্তনটি ফিরিয়ে নিয়েছি, আর অপরীক্ষিত "
        "সেটিংস আটকাতে একটি যাচাই যোগ করেছি।",
        "other": "০৯:১২ UTC থেকে আপনি সাইন ইন করতে বা আপনার কাজ সংরক্ষণ করতে পারেননি।",
        "date": "৩০ নভেম্বর",
        "number": "১,২০০",
        "duration": "দুই ঘণ্টা",
        "time": "১৭:০০ UTC",
    },
}
"""What staff write in place of a "[...]" placeholder: plain, specific, in the first person.

A short slot ("[date]", "[সংখ্যা]") takes a value; any other placeholder takes a sentence
for its section.
"""
SLOTS = {
    _one_spelling(word): slot
    for word, slot in {
        "date": "date",
        "তারিখ": "date",
        "number": "number",
        "amount": "number",
        "সংখ্যা": "number",
        "পরিমাণ": "number",
        "duration": "duration",
        "সময়কাল": "duration",
        "time": "time",
        "সময়": "time",
    }.items()
}
"""Words that mark a placeholder of at most two words as a slot for a value."""


@cache
def load(path: Path) -> PlanBody:
    """A library plan, which must load without problems."""
    body, problems = load_plan_file(path, statements=CHECKS)
    assert body is not None, [str(p) for p in problems]
    return body


def make_incident(plan: PlanBody, stage: Stage) -> Incident:
    """An incident of the plan's first severity at the given stage, held in memory only."""
    closed = stage in (Stage.RESOLVED, Stage.FOLLOW_UP)
    return Incident(
        plan_id=1,
        plan_version_id=1,
        title="Checkout is down",
        summary="Customers cannot complete checkout; we are checking the payment service.",
        severity=plan.severities[0].id,
        status=STATUS[stage],
        scope={"products": ["Checkout", "Payments API"], "regions": ["EU", "UK"]},
        affected_customers=1200,
        detected_at=NOW,
        activated_at=NOW,
        first_statement_due_at=NOW,
        next_update_due_at=None if closed else NEXT_UPDATE_AT,
        resolved_at=RESOLVED_AT if closed else None,
        closed_at=RESOLVED_AT if stage == Stage.FOLLOW_UP else None,
        updated_at=NOW,
    )


def draft(plan: PlanBody, stage: Stage, *, holding: bool) -> tuple[Incident, StatementContent]:
    """The incident and the statement drafted for it, as the statements service drafts it."""
    incident = make_incident(plan, stage)
    open_stage = stage in drafting.OPEN_STAGES or holding
    content = drafting.draft_content(
        plan,
        incident,
        stage=stage,
        holding=holding,
        next_update_at=NEXT_UPDATE_AT if open_stage else None,
    )
    return incident, content


def check(
    plan: PlanBody,
    incident: Incident,
    content: StatementContent,
    *,
    stage: Stage,
    holding: bool,
) -> CheckReport:
    """The transparency check, called as `statements.service.check` calls it."""
    defaults = (
        None
        if holding
        else drafting.template_defaults(
            plan, incident, stage=stage, holding=False, next_update_at=content.next_update_at
        )
    )
    return run_check(
        content,
        plan=plan,
        facts=drafting.facts_of(plan, incident),
        stage=stage,
        template_defaults=defaults,
        renditions=renditions.summaries(content, plan=plan, stage=stage.value),
    )


def fill_placeholders(content: StatementContent) -> StatementContent:
    """The draft with every "[...]" placeholder replaced by a filled-in sentence."""
    locales: dict[str, LocaleContent] = {}
    for locale, value in content.locales.items():
        fillers = FILLERS[locale.split("-")[0]]
        sections: dict[str, str] = {}
        for name in SECTION_NAMES:
            text: str = getattr(value.sections, name)
            for start, end in reversed(placeholders(text)):
                text = text[:start] + filler(fillers, name, text[start + 1 : end - 1]) + text[end:]
            sections[name] = text
        locales[locale] = value.model_copy(
            update={"sections": SectionsContent.model_validate(sections)}
        )
    return content.model_copy(update={"locales": locales})


def filler(fillers: dict[str, str], section: str, placeholder: str) -> str:
    """The value for a short slot, else a sentence for the section."""
    words = [_one_spelling(w).lower() for w in placeholder.split()]
    slot = next((SLOTS[w] for w in words if w in SLOTS), None) if len(words) <= 2 else None
    return fillers[slot] if slot else fillers.get(section, fillers["other"])


def describe(findings: list[Finding]) -> list[str]:
    """Findings as lines that say where and what, for a readable failure."""
    return [f"{f.locale}.{f.section}: {f.rule} ({f.severity}): {f.excerpt!r}" for f in findings]


def errors(report: CheckReport) -> list[Finding]:
    """The error-severity findings of a report."""
    return [f for f in report.findings if f.severity == "error"]


def blocking(report: CheckReport) -> list[Finding]:
    """Errors other than those about "[...]" placeholders staff have yet to fill in."""
    return [
        f for f in errors(report) if f.rule not in PLACEHOLDER_RULES or not placeholders(f.excerpt)
    ]


def assert_passes(report: CheckReport) -> None:
    """No error (warnings, such as an apology that is still the template's, may stand)."""
    assert describe(errors(report)) == []
    assert report.passed


def test_the_library_is_not_empty() -> None:
    assert LIBRARY, f"no plan files in {PLANS_DIR}"


@pytest.mark.parametrize("path", LIBRARY, ids=[p.stem for p in LIBRARY])
def test_holding_statement_passes(path: Path) -> None:
    plan = load(path)
    incident, content = draft(plan, Stage.INVESTIGATING, holding=True)
    assert_passes(check(plan, incident, content, stage=Stage.INVESTIGATING, holding=True))


CASES = [(path, stage) for path in LIBRARY for stage in Stage]


@pytest.mark.parametrize(("path", "stage"), CASES, ids=[f"{p.stem}-{s.value}" for p, s in CASES])
def test_stage_template_passes_once_filled_in(path: Path, stage: Stage) -> None:
    plan = load(path)
    incident, content = draft(plan, stage, holding=False)
    report = check(plan, incident, content, stage=stage, holding=False)
    if stage in CLEAN_STAGES:
        assert_passes(report)
        return
    assert describe(blocking(report)) == [], "only unfilled placeholders may block a raw draft"
    filled = fill_placeholders(content)
    assert_passes(check(plan, incident, filled, stage=stage, holding=False))


STEPS = [(path, step.id) for path in LIBRARY for step in load(path).follow_up_sequence]


def with_step(plan: PlanBody, step_id: str) -> PlanBody:
    """The plan with a follow-up step's template as its follow-up stage template."""
    step = next(step for step in plan.follow_up_sequence if step.id == step_id)
    templates = {**plan.templates, Stage.FOLLOW_UP: step.template}
    return plan.model_copy(update={"templates": templates})


@pytest.mark.parametrize(("path", "step_id"), STEPS, ids=[f"{p.stem}-{i}" for p, i in STEPS])
def test_follow_up_step_passes_once_filled_in(path: Path, step_id: str) -> None:
    plan = with_step(load(path), step_id)
    stage = Stage.FOLLOW_UP
    incident = make_incident(plan, stage)
    content = drafting.draft_content(
        plan, incident, stage=stage, holding=False, next_update_at=STEP_NEXT_UPDATE_AT
    )
    report = check(plan, incident, content, stage=stage, holding=False)
    assert describe(blocking(report)) == [], "only unfilled placeholders may block a raw draft"
    assert_passes(check(plan, incident, fill_placeholders(content), stage=stage, holding=False))
