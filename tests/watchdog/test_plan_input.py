"""Bad plan input the watchdog depends on is refused when the plan is validated, not at 3 a.m."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from crisiscomms.plans.schema import PlanBody
from crisiscomms.plans.validation import check_plan
from crisiscomms.statements.plan_check import CHECKS, HOLDING_FAILS
from tests.conftest import PLANS_DIR


def raw_plan() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((PLANS_DIR / "service-outage.yaml").read_text())
    return loaded


@pytest.mark.parametrize(
    ("change", "location"),
    [
        (lambda p: p["severities"][0].update(update_cadence_minutes=0), ("severities", 0)),
        (lambda p: p["severities"][0].update(update_cadence_minutes=-30), ("severities", 0)),
        (lambda p: p["severities"][0].update(first_statement_minutes=0), ("severities", 0)),
        (lambda p: p["cadence"].update(reminder_lead="0m"), ("cadence", "reminder_lead")),
        (lambda p: p["cadence"].update(reminder_lead="soon"), ("cadence", "reminder_lead")),
        (lambda p: p["follow_up_sequence"][0].update(offset="0h"), ("follow_up_sequence", 0)),
        (lambda p: p["follow_up_sequence"][0].update(offset="-1h"), ("follow_up_sequence", 0)),
    ],
)
def test_a_cadence_lead_or_offset_that_is_not_positive_is_refused(
    change: Any, location: tuple[object, ...]
) -> None:
    plan = raw_plan()
    change(plan)
    with pytest.raises(ValidationError) as raised:
        PlanBody.model_validate(plan)
    assert raised.value.errors()[0]["loc"][: len(location)] == location


def test_the_library_plan_as_is_is_valid() -> None:
    assert check_plan(PlanBody.model_validate(raw_plan()), statements=CHECKS) == []


def test_a_holding_statement_that_fails_the_transparency_check_is_refused() -> None:
    plan = raw_plan()
    for sections in plan["holding_statement"]["template"].values():
        sections["acknowledgement"] = "Mistakes were made. Some users may have noticed issues."
        sections["apology"] = "We apologise for any inconvenience this may have caused."
    findings = check_plan(PlanBody.model_validate(plan), statements=CHECKS)
    assert findings, "a holding statement that hides who failed must not validate"
    assert all(f.loc[0] == "holding_statement" for f in findings)
    assert any(HOLDING_FAILS in f.message for f in findings)
