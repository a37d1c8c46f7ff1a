"""The graded rehearsal report as the API returns it and the database keeps it."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel

Category = Literal[
    "first_statement", "cadence", "transparency", "commitments", "approvals", "readiness"
]
WEIGHTS: dict[str, int] = {
    "first_statement": 25,
    "cadence": 25,
    "transparency": 20,
    "commitments": 10,
    "approvals": 10,
    "readiness": 10,
}
GRADES: tuple[tuple[int, str], ...] = ((90, "A"), (80, "B"), (70, "C"), (60, "D"), (0, "F"))


class GradedItem(BaseModel):
    """One thing the plan asks, as the rehearsal did it."""

    category: Category
    title: str
    target: str
    actual: str
    passed: bool
    fix: str | None = None
    """What to change, in the plan or in the team's habits, when it failed."""


class CategoryScore(BaseModel):
    category: Category
    passed: int
    total: int
    weight: int


class InjectRow(BaseModel):
    """An inject as it played, and how long until the team next spoke after it."""

    at: str
    offset_minutes: int
    text: str
    due_at: datetime
    fired_at: datetime | None
    next_statement_after_minutes: float | None


class RehearsalReport(BaseModel):
    """The graded report of one rehearsal."""

    incident_id: int
    plan_slug: str
    plan_name: str
    severity: str
    clock_speed: int
    started_at: datetime
    ended_at: datetime
    provisional: bool
    """True while the rehearsal runs: a report as of now, not kept."""
    minutes_on_its_clock: float
    statements_published: int
    injects: list[InjectRow]
    items: list[GradedItem]
    categories: list[CategoryScore]
    score: int
    grade: str
    fixes: list[str]
