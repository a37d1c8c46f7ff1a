"""The derivation rules, table-driven: component status, impact, indicator, statuses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest

from crisiscomms.incidents.models import IncidentStatus as S
from crisiscomms.statuspage import derive
from crisiscomms.statuspage.derive import ComponentStatus
from tests.conftest import NOW


@pytest.mark.parametrize(
    ("position", "status", "expected"),
    [
        (0, S.INVESTIGATING, "major_outage"),
        (0, S.IDENTIFIED, "major_outage"),
        (1, S.INVESTIGATING, "partial_outage"),
        (2, S.INVESTIGATING, "degraded_performance"),
        (5, S.IDENTIFIED, "degraded_performance"),
        (0, S.MONITORING, "degraded_performance"),
        (1, S.MONITORING, "degraded_performance"),
        (0, S.RESOLVED, "operational"),
        (0, S.CLOSED, "operational"),
    ],
)
def test_component_status(position: int, status: S, expected: str) -> None:
    assert derive.component_status(position, status) == expected


@pytest.mark.parametrize(
    ("position", "expected"), [(0, "critical"), (1, "major"), (2, "minor"), (7, "minor")]
)
def test_impact(position: int, expected: str) -> None:
    assert derive.impact(position) == expected


@pytest.mark.parametrize(
    ("effects", "expected"),
    [
        ([], "none"),
        (["operational"], "none"),
        (["degraded_performance"], "minor"),
        (["degraded_performance", "partial_outage"], "major"),
        (["partial_outage", "major_outage", "operational"], "critical"),
    ],
)
def test_indicator(effects: list[ComponentStatus], expected: str) -> None:
    assert derive.indicator(effects) == expected
    assert derive.INDICATOR_DESCRIPTIONS[derive.indicator(effects)]


@pytest.mark.parametrize(
    ("status", "latest_stage", "expected"),
    [
        (S.INVESTIGATING, "investigating", "investigating"),
        (S.IDENTIFIED, "investigating", "identified"),
        (S.MONITORING, "monitoring", "monitoring"),
        (S.RESOLVED, "resolved", "resolved"),
        (S.CLOSED, "resolved", "resolved"),
        (S.RESOLVED, "follow_up", "postmortem"),
        (S.CLOSED, "follow_up", "postmortem"),
    ],
)
def test_incident_status(status: S, latest_stage: str, expected: str) -> None:
    assert derive.incident_status(status, latest_stage) == expected


@pytest.mark.parametrize(
    ("stage", "expected"),
    [
        ("investigating", "investigating"),
        ("identified", "identified"),
        ("monitoring", "monitoring"),
        ("resolved", "resolved"),
        ("follow_up", "postmortem"),
    ],
)
def test_update_status(stage: str, expected: str) -> None:
    assert derive.update_status(stage) == expected


@dataclass(frozen=True)
class Fake:
    products: tuple[str, ...]
    component_status: ComponentStatus
    created_at: datetime
    updated_at: datetime
    followed: tuple[tuple[str, ComponentStatus], ...] = ()

    def status_for(self, key: str) -> ComponentStatus:
        return dict(self.followed).get(key, self.component_status)


def test_components_merge_by_name_take_the_worst_and_keep_times() -> None:
    early, late = NOW - timedelta(days=3), NOW
    found = derive.components(
        [
            Fake(("Checkout", "API"), "partial_outage", late, late),
            Fake(("checkout ",), "major_outage", early, early),
            Fake(("Search",), "operational", early, late),
            Fake((), "major_outage", early, late),
        ]
    )
    assert [(c.name, c.status, c.position) for c in found] == [
        ("API", "partial_outage", 1),
        ("Checkout", "major_outage", 2),
        ("Search", "operational", 3),
    ]
    checkout = found[1]
    assert (checkout.created_at, checkout.updated_at) == (early, late)
    assert checkout.id == derive.stable_id("component", "checkout")
    assert len(checkout.id) == 12


def test_components_that_follow_the_alerts_are_operational_once_theirs_resolved() -> None:
    followed = derive.following_alerts("major_outage", {"Checkout": [], "API ": ["fp1"], " ": []})
    assert followed == (("checkout", "operational"), ("api", "major_outage"))
    found = derive.components(
        [
            Fake(("Checkout", "API", "Search"), "major_outage", NOW, NOW, followed),
            Fake(("Search",), "degraded_performance", NOW, NOW),
        ]
    )
    assert [(c.name, c.status) for c in found] == [
        ("API", "major_outage"),
        ("Checkout", "operational"),  # its alerts resolved
        ("Search", "major_outage"),  # no alert names it: the incident's effect
    ]
    assert derive.worst([]) == "operational"
    assert derive.worst(["degraded_performance", "partial_outage"]) == "partial_outage"


def test_no_incidents_no_components() -> None:
    assert derive.components([]) == ()
