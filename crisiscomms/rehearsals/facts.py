"""What a rehearsal's grading reads (`grading.grade`): its incident and everything it
produced, gathered by `flows.rehearsals`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from crisiscomms.commitments.models import Commitment
from crisiscomms.incidents.models import Incident
from crisiscomms.plans.schema import PlanBody
from crisiscomms.rehearsals.models import RehearsalInject
from crisiscomms.statements.models import Statement


@dataclass(frozen=True)
class ReadinessFinding:
    """One readiness check's result (from `flows.readiness`), as the report grades it."""

    check: str
    ok: bool
    detail: str


@dataclass(frozen=True)
class AudienceFacts:
    """What became of the rehearsal's messages to its audience (the team's own addresses)."""

    members: int
    reachable: bool
    """An enabled email channel carries their messages."""
    sent: int
    failed: int
    """Failed, refused by the engine, or left ambiguous."""
    waiting: int


@dataclass(frozen=True)
class Facts:
    """What the grading reads: the rehearsal's incident and everything it produced."""

    incident: Incident
    plan: PlanBody
    published: Sequence[Statement]
    commitments: Sequence[Commitment]
    injects: Sequence[RehearsalInject]
    readiness: Sequence[ReadinessFinding]
    end: datetime
    provisional: bool
    audience: AudienceFacts | None = None
