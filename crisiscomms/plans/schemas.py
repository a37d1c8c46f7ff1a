"""Public API shapes for plans: what clients read back."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from crisiscomms.plans.messages import Problem
from crisiscomms.plans.models import Plan, PlanVersion


class PlanPublic(BaseModel):
    """A plan as listed: its identity, current version and archive state."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    slug: str
    name: str
    scenario: str
    current_version: int
    archived_at: datetime | None
    created_at: datetime
    updated_at: datetime


class PlanVersionPublic(BaseModel):
    """One immutable version of a plan, without its body."""

    model_config = ConfigDict(from_attributes=True)

    plan_id: int
    version: int
    body_sha256: str
    source: str = Field(description="file path, 'api' or 'web'")
    created_at: datetime
    created_by_id: int | None


class PlanVersionDetail(PlanVersionPublic):
    """One version of a plan with its body."""

    body: dict[str, Any] = Field(description="the validated plan body; see GET /plans/schema")


class PlanDetail(PlanPublic):
    """A plan with one of its versions (the current one unless asked otherwise)."""

    version: PlanVersionDetail


class PlanProblem(BaseModel):
    """One problem in a plan, located by path and, for YAML, by line and column."""

    location: str = Field(description="path in the plan, e.g. severities[0].update_cadence_minutes")
    message: str
    type: str = "plan"
    line: int | None = None
    column: int | None = None
    file: str


class ValidationReport(BaseModel):
    """The result of checking a plan without storing it."""

    valid: bool
    problems: list[PlanProblem]


def plan_detail(plan: Plan, version: PlanVersion) -> PlanDetail:
    """The detail shape of a plan and one of its versions."""
    return PlanDetail(
        **PlanPublic.model_validate(plan).model_dump(),
        version=PlanVersionDetail.model_validate(version),
    )


def validation_report(problems: list[Problem]) -> ValidationReport:
    """The report shape of a list of problems."""
    return ValidationReport(
        valid=not problems,
        problems=[PlanProblem.model_validate(p.as_detail()) for p in problems],
    )
