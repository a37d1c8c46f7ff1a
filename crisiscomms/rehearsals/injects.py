"""The injects a rehearsal plays: the plan's own, or its scenario's defaults.

An inject's `at` is on the rehearsal's clock: at speed 60, "+10m" comes ten real seconds
after the start. The defaults are the events that test a team in each kind of crisis: the
press calling before the first statement, the problem spreading, a customer's post going
viral, the cause found, a promise coming due.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from crisiscomms.plans.schema import PlanBody, Scenario, duration_minutes


@dataclass(frozen=True)
class Planned:
    """An inject with its offset on the rehearsal's clock."""

    offset_minutes: int
    text: str


_COMMON = [
    Planned(10, "A journalist asks for a comment and a time for the next update."),
    Planned(40, "A customer's complaint is going viral: 'no word from them in an hour'."),
]
DEFAULTS: dict[Scenario, list[Planned]] = {
    Scenario.SERVICE_OUTAGE: [
        _COMMON[0],
        Planned(25, "A second region fails: customers in another region report errors."),
        _COMMON[1],
        Planned(50, "Engineering finds the cause: a configuration change, now rolled back."),
    ],
    Scenario.DATA_BREACH: [
        Planned(10, "A journalist asks whether card numbers and passwords were taken."),
        Planned(20, "Legal confirms the regulator must hear within 72 hours of detection."),
        Planned(35, "Stolen records are offered for sale on a forum; a screenshot spreads."),
        Planned(60, "Forensics bounds it: names and emails of 12% of customers, no passwords."),
    ],
    Scenario.BILLING_ERROR: [
        Planned(10, "Customers post screenshots of being charged twice."),
        Planned(25, "Finance finds the double charge hit every card payment since 08:00."),
        _COMMON[1],
        Planned(60, "A customer asks when the refund will land and whether fees are covered."),
    ],
    Scenario.PRODUCT_RECALL: [
        Planned(10, "A journalist asks how many units were sold and whether anyone was hurt."),
        Planned(30, "A second batch number turns out to be affected."),
        _COMMON[1],
        Planned(60, "A retailer asks what to tell customers at the counter."),
    ],
    Scenario.TRAVEL_DISRUPTION: [
        Planned(10, "Passengers at the gate ask about hotels and rebooking."),
        Planned(25, "The disruption spreads: two more routes are cancelled."),
        _COMMON[1],
        Planned(60, "A journalist asks what compensation passengers are owed."),
    ],
    Scenario.DELIVERY_DELAY: [
        Planned(10, "A customer asks whether a birthday order will arrive on time."),
        Planned(25, "The delay spreads to a second warehouse."),
        _COMMON[1],
        Planned(60, "The carrier gives a new delivery date for most orders."),
    ],
    Scenario.PLANNED_MAINTENANCE: [
        Planned(10, "A customer asks why they were not told about the work earlier."),
        Planned(30, "The work overruns: the end of the window will be missed."),
        Planned(45, "A customer's complaint about the overrun is going viral."),
    ],
    Scenario.OTHER: [
        _COMMON[0],
        Planned(25, "The problem spreads to more customers."),
        _COMMON[1],
    ],
}


def planned(body: PlanBody) -> list[Planned]:
    """The plan's injects (`rehearsal.injects`), or its scenario's defaults, by offset."""
    if body.rehearsal is not None and body.rehearsal.injects is not None:
        found = [Planned(duration_minutes(i.at), i.text) for i in body.rehearsal.injects]
    else:
        found = list(DEFAULTS.get(body.scenario, DEFAULTS[Scenario.OTHER]))
    return sorted(found, key=lambda inject: inject.offset_minutes)


def due_at(started_at: datetime, offset_minutes: int, speed: int) -> datetime:
    """The real time an inject fires: its offset on the rehearsal's clock, divided by speed."""
    return started_at + timedelta(minutes=offset_minutes) / speed


def clock_label(offset_minutes: int) -> str:
    """An offset as the team reads it: "T+10m", "T+1h05m"."""
    hours, minutes = divmod(offset_minutes, 60)
    return f"T+{hours}h{minutes:02d}m" if hours else f"T+{minutes}m"
