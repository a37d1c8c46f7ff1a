"""Routing rules: data that says what an alert does, first match wins.

    routes:
      - match: {severity: critical, service: "~checkout|payments"}   # "~" starts a regex
        plan: service-outage
        severity: sev1
        products: [Checkout]
        regions: [EU]
        action: open            # open | propose | ignore
        holding_statement: true # post the plan's pre-approved holding statement at once
        group_by: [alertname]   # alerts with the same values join one incident

An alert no rule matches is kept and shown, and does nothing else.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

Name = Annotated[str, StringConstraints(min_length=1, max_length=100)]


class Route(BaseModel):
    model_config = ConfigDict(extra="forbid")

    match: dict[Name, Annotated[str, StringConstraints(max_length=300)]] = Field(
        default_factory=dict, description='label → value, or "~regex"; all must hold'
    )
    plan: Name | None = Field(default=None, description="The plan's slug (open, propose).")
    severity: Name | None = None
    products: list[Name] = Field(default_factory=list, max_length=50)
    regions: list[Name] = Field(default_factory=list, max_length=50)
    action: Literal["open", "propose", "ignore"] = "propose"
    holding_statement: bool = False
    group_by: list[Name] = Field(default_factory=lambda: ["alertname"], max_length=10)

    @field_validator("match")
    @classmethod
    def _regexes_compile(cls, value: dict[str, str]) -> dict[str, str]:
        for label, wanted in value.items():
            if wanted.startswith("~"):
                try:
                    re.compile(wanted[1:])
                except re.error as exc:
                    raise ValueError(f"match.{label}: {wanted!r} is not a regex: {exc}") from None
        return value

    def matches(self, labels: dict[str, str]) -> bool:
        for label, wanted in self.match.items():
            value = labels.get(label)
            if value is None:
                return False
            if wanted.startswith("~"):
                if not re.fullmatch(wanted[1:], value):
                    return False
            elif value != wanted:
                return False
        return True

    def group_key(self, labels: dict[str, str]) -> str:
        return "|".join(f"{name}={labels.get(name, '')}" for name in self.group_by)[:500]


def first_match(routes: list[Route], labels: dict[str, str]) -> tuple[int, Route] | None:
    """The first rule that matches the labels, with its index."""
    return next(((i, r) for i, r in enumerate(routes) if r.matches(labels)), None)
