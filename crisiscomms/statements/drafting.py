"""Drafting: a statement's first text, rendered from the plan's template for the stage.

Templates see the documented context of `crisiscomms.plans.templating` filled with the
incident's facts. Times are written the same way in every language ("2026-11-22 14:30 UTC")
so the fact check can compare them across languages.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import Any

from pydantic import ValidationError

from crisiscomms.errors import ValidationFailed
from crisiscomms.incidents.models import Incident, IncidentStatus
from crisiscomms.plans.schema import SECTION_NAMES, FollowUpStep, PlanBody, Sections, Stage
from crisiscomms.plans.templating import (
    TemplateProblem,
    compile_and_render,
    format_time,
    make_good_text,
)
from crisiscomms.statements.content import (
    Answer,
    IncidentFacts,
    LocaleContent,
    SectionsContent,
    StatementContent,
)

NOT_YET_KNOWN = {"en": "not yet known", "bn": "এখনও জানা যায়নি"}
OPEN_STAGES = (Stage.INVESTIGATING, Stage.IDENTIFIED, Stage.MONITORING)
STAGE_FOR_STATUS = {
    IncidentStatus.INVESTIGATING: Stage.INVESTIGATING,
    IncidentStatus.IDENTIFIED: Stage.IDENTIFIED,
    IncidentStatus.MONITORING: Stage.MONITORING,
    IncidentStatus.RESOLVED: Stage.RESOLVED,
    IncidentStatus.CLOSED: Stage.FOLLOW_UP,
}


def stage_for(incident: Incident) -> Stage:
    """The stage a new statement for this incident is drafted for."""
    return STAGE_FOR_STATUS[incident.status]


def proposed_next_update(plan: PlanBody, incident: Incident, now: datetime) -> datetime:
    """The next update time a fresh draft promises: one cadence from now, on a 5-minute mark."""
    cadence = plan.severity(incident.severity).update_cadence_minutes
    due = now + timedelta(minutes=cadence)
    minutes = math.ceil((due.minute + due.second / 60 + due.microsecond / 6e7) / 5) * 5
    return due.replace(minute=0, second=0, microsecond=0) + timedelta(minutes=minutes)


def _joined(values: Any) -> str:
    return ", ".join(str(v) for v in values or [])


def build_context(
    plan: PlanBody, incident: Incident, locale: str, *, next_update_at: datetime | None
) -> dict[str, Any]:
    """The template context for this incident, in one locale."""
    org = plan.organisation
    scope = incident.scope or {}
    affected = (
        str(incident.affected_customers)
        if incident.affected_customers is not None
        else NOT_YET_KNOWN.get(locale, NOT_YET_KNOWN["en"])
    )
    return {
        "org": {
            "name": org.name,
            "support_url": org.support_url,
            "support_email": org.support_email or "",
            "support_phone": org.support_phone or "",
            "status_page_url": org.status_page_url or "",
        },
        "incident": {
            "title": incident.title,
            "summary": incident.summary,
            "severity": plan.severity(incident.severity).name,
            "status": incident.status.value,
            "detected_at": format_time(incident.detected_at),
            "activated_at": format_time(incident.activated_at),
            "products": _joined(scope.get("products")),
            "regions": _joined(scope.get("regions")),
            "segments": _joined(scope.get("segments")),
            "affected_customers": affected,
        },
        "next_update_at": format_time(next_update_at),
        "make_good": make_good_text(plan, incident.severity, locale),
        "resolved_at": format_time(incident.resolved_at),
    }


def render_sections(sections: Sections, context: dict[str, Any], *, name: str) -> SectionsContent:
    """Render each section template; a template error is a 422 naming template and line."""
    rendered: dict[str, str] = {}
    for section in SECTION_NAMES:
        template_name = f"{name}.{section}"
        try:
            rendered[section] = compile_and_render(
                getattr(sections, section), template_name, context
            )
        except TemplateProblem as problem:
            where = f" (line {problem.line})" if problem.line else ""
            raise ValidationFailed(
                f"template {template_name}{where}: {problem.message}",
                details=[
                    {"location": template_name, "message": problem.message, "type": "template"}
                ],
            ) from None
    try:
        return SectionsContent.model_validate(rendered)
    except ValidationError as exc:
        first = exc.errors()[0]
        location = f"{name}.{'.'.join(str(p) for p in first['loc'])}"
        raise ValidationFailed(
            f"template {location} renders text that is not allowed: {first['msg']}",
            details=[{"location": location, "message": first["msg"], "type": "template"}],
        ) from None


def draft_content(
    plan: PlanBody,
    incident: Incident,
    *,
    stage: Stage,
    holding: bool,
    next_update_at: datetime | None,
) -> StatementContent:
    """The statement's first text in every locale of the plan, with the plan's answers."""
    locales: dict[str, LocaleContent] = {}
    for locale in plan.locales:
        templates = plan.holding_statement.template if holding else plan.templates[stage]
        source = "holding_statement" if holding else f"templates.{stage.value}"
        context = build_context(plan, incident, locale, next_update_at=next_update_at)
        sections = render_sections(templates[locale], context, name=f"{source}.{locale}")
        answers = [
            Answer(
                question_id=q.id,
                question=q.question.get(locale) or q.question[plan.default_locale],
                answer=q.answer.get(locale) or q.answer[plan.default_locale],
            )
            for q in plan.questions
        ]
        locales[locale] = LocaleContent(sections=sections, answers=answers)
    return StatementContent(locales=locales, commitments=[], next_update_at=next_update_at)


def template_defaults(
    plan: PlanBody,
    incident: Incident,
    *,
    stage: Stage,
    holding: bool,
    next_update_at: datetime | None,
) -> dict[str, SectionsContent]:
    """The template's own text per locale, for the canned-text rule."""
    content = draft_content(
        plan, incident, stage=stage, holding=holding, next_update_at=next_update_at
    )
    return {locale: value.sections for locale, value in content.locales.items()}


def facts_of(plan: PlanBody, incident: Incident) -> IncidentFacts:
    """The incident record's facts a statement must agree with."""
    scope = incident.scope or {}
    return IncidentFacts(
        title=incident.title,
        severity_name=plan.severity(incident.severity).name,
        detected_at=incident.detected_at,
        affected_customers=incident.affected_customers,
        next_update_due_at=incident.next_update_due_at,
        products=list(scope.get("products") or []),
        regions=list(scope.get("regions") or []),
    )


def follow_up_content(
    plan: PlanBody,
    incident: Incident,
    step: FollowUpStep,
    *,
    edits: dict[str, dict[str, str]] | None = None,
) -> StatementContent:
    """A follow-up step's statement in every locale, with staff edits (locale → section → text).

    A locale the step has no template for uses the default locale's template.
    """
    locales: dict[str, LocaleContent] = {}
    for locale in plan.locales:
        template = step.template.get(locale) or step.template[plan.default_locale]
        context = build_context(plan, incident, locale, next_update_at=None)
        name = f"follow_up_sequence.{step.id}.{locale}"
        sections = render_sections(template, context, name=name)
        changed = (edits or {}).get(locale)
        if changed:
            sections = SectionsContent.model_validate({**sections.model_dump(), **changed})
        answers = [
            Answer(
                question_id=q.id,
                question=q.question.get(locale) or q.question[plan.default_locale],
                answer=q.answer.get(locale) or q.answer[plan.default_locale],
            )
            for q in plan.questions
        ]
        locales[locale] = LocaleContent(sections=sections, answers=answers)
    return StatementContent(locales=locales, commitments=[], next_update_at=None)
