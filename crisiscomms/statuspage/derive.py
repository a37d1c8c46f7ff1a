"""How the public status follows from the incidents: the rules, as pure functions.

- **Components** are the products named in the scopes of the public incidents shown (the
  current ones and those resolved in the last 90 days), one per product name compared
  without regard to case (the first spelling seen wins), ordered by name. An incident
  without products affects no component, but it still counts in the overall status.
- **A component's status** is the worst effect of the current incidents naming it, else
  operational. An open incident's effect follows its severity's position in its plan
  (severities are written most severe first) and its status: the first severity is a
  major_outage, the second a partial_outage, any later one degraded_performance; an
  incident in monitoring (a fix is in, we are watching) is at most degraded_performance.
- **Components that follow the alerts** (the plan's `alerts.components_follow`): each
  component an alert's routing rule named is at the incident's effect while one of its
  alerts fires, and operational once they are all resolved, though the incident stays open
  until the team moves it on; the incident's effect on the overall indicator is then the
  worst of its components'.
- **An incident's impact** (Statuspage's none/minor/major/critical) follows its severity's
  position alone, and does not change when it is resolved: first critical, second major,
  later ones minor.
- **The overall indicator** is the worst effect of the current incidents: major_outage is
  critical, partial_outage major, degraded_performance minor; with none, it is none.
- **Statuses:** our statuses investigating, identified, monitoring and resolved are
  Statuspage's; closed is resolved; a resolved or closed incident whose latest published
  statement is a follow-up is postmortem. An update's status is its statement's stage,
  a follow-up statement's being postmortem.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Literal, Protocol, get_args

from crisiscomms.incidents.lifecycle import OPEN_STATUSES
from crisiscomms.incidents.models import IncidentStatus
from crisiscomms.plans.schema import PlanBody, Stage

ComponentStatus = Literal["operational", "degraded_performance", "partial_outage", "major_outage"]
Impact = Literal["none", "minor", "major", "critical"]
StatuspageStatus = Literal["investigating", "identified", "monitoring", "resolved", "postmortem"]

COMPONENT_STATUSES: tuple[ComponentStatus, ...] = get_args(ComponentStatus)
"""Statuspage's component statuses, least to most severe."""
IMPACTS: tuple[Impact, ...] = get_args(Impact)
"""Statuspage's impacts and indicators, least to most severe."""
INDICATOR_DESCRIPTIONS: dict[Impact, str] = {
    "none": "All Systems Operational",
    "minor": "Minor Service Outage",
    "major": "Partial System Outage",
    "critical": "Major System Outage",
}
"""Statuspage's own descriptions, kept in English in the JSON for the readers that match them."""
_OPEN_STATUSES: dict[IncidentStatus, StatuspageStatus] = {
    IncidentStatus.INVESTIGATING: "investigating",
    IncidentStatus.IDENTIFIED: "identified",
    IncidentStatus.MONITORING: "monitoring",
}
_STAGES: dict[str, StatuspageStatus] = {s.value: v for s, v in _OPEN_STATUSES.items()}


def severity_position(plan: PlanBody, severity: str) -> int:
    """The severity's place in its plan, 0 for the most severe (unknown ids count as last)."""
    ids = plan.severity_ids()
    return ids.index(severity) if severity in ids else len(ids)


def component_status(position: int, status: IncidentStatus) -> ComponentStatus:
    """What an incident at this severity position and status does to its components."""
    if status not in OPEN_STATUSES:
        return "operational"
    if status == IncidentStatus.MONITORING or position >= 2:
        return "degraded_performance"
    return "major_outage" if position == 0 else "partial_outage"


def following_alerts(
    effect: ComponentStatus, firing: Mapping[str, Sequence[str]]
) -> tuple[tuple[str, ComponentStatus], ...]:
    """The status of each component that follows the alerts (by case-folded name): the
    incident's effect while one of its alerts fires, operational once they all resolved."""
    return tuple(
        (name.strip().casefold(), effect if fingerprints else "operational")
        for name, fingerprints in firing.items()
        if name.strip()
    )


def worst(statuses: Iterable[ComponentStatus]) -> ComponentStatus:
    """The most severe of these component statuses (operational when there are none)."""
    return max(statuses, key=COMPONENT_STATUSES.index, default="operational")


def impact(position: int) -> Impact:
    """The Statuspage impact of an incident at this severity position."""
    if position >= 2:
        return "minor"
    return "critical" if position == 0 else "major"


def indicator(effects: Iterable[ComponentStatus]) -> Impact:
    """The overall indicator from the current incidents' effects."""
    worst = max((COMPONENT_STATUSES.index(e) for e in effects), default=0)
    return IMPACTS[worst]


def incident_status(status: IncidentStatus, latest_stage: str) -> StatuspageStatus:
    """The Statuspage incident status."""
    if status in _OPEN_STATUSES:
        return _OPEN_STATUSES[status]
    return "postmortem" if latest_stage == Stage.FOLLOW_UP.value else "resolved"


def update_status(stage: str) -> StatuspageStatus:
    """The Statuspage status of an update published at this statement stage."""
    if stage == Stage.FOLLOW_UP.value:
        return "postmortem"
    return _STAGES.get(stage, "resolved")


def stable_id(*parts: str) -> str:
    """A 12-character id that stays the same for the same parts (Statuspage ids look alike)."""
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
    return digest[:12]


class Affecting(Protocol):
    """What the component rule needs to know of an incident."""

    @property
    def products(self) -> tuple[str, ...]: ...

    @property
    def component_status(self) -> ComponentStatus: ...

    def status_for(self, key: str) -> ComponentStatus:
        """Its effect on the component of this case-folded name."""
        ...

    @property
    def created_at(self) -> datetime: ...

    @property
    def updated_at(self) -> datetime: ...


@dataclass(frozen=True)
class Component:
    """A product as the status page shows it."""

    id: str
    name: str
    status: ComponentStatus
    position: int
    created_at: datetime
    updated_at: datetime


def components(incidents: Iterable[Affecting]) -> tuple[Component, ...]:
    """The components named by these incidents, each with its worst current status."""
    found: dict[str, Component] = {}
    for incident in incidents:
        for product in incident.products:
            name = product.strip()
            key = name.casefold()
            if not key:
                continue
            seen = found.get(key)
            if seen is None:
                found[key] = Component(
                    id=stable_id("component", key),
                    name=name,
                    status=incident.status_for(key),
                    position=0,
                    created_at=incident.created_at,
                    updated_at=incident.updated_at,
                )
                continue
            found[key] = replace(
                seen,
                status=max(seen.status, incident.status_for(key), key=COMPONENT_STATUSES.index),
                created_at=min(seen.created_at, incident.created_at),
                updated_at=max(seen.updated_at, incident.updated_at),
            )
    return tuple(
        replace(found[key], position=position)
        for position, key in enumerate(sorted(found), start=1)
    )
