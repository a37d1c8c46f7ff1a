"""Promise-keeping figures, per incident and across incidents.

Definitions:
- made: every commitment record, promises and next updates, re-dated and reworded ones
  included (each is a promise of its own); made = kept on time + kept late + missed +
  withdrawn + open.
- kept on time: kept at or before its due time; kept late: kept after it (a missed promise
  that was still delivered).
- withdrawn includes the reworded ones (superseded), also counted apart as `superseded`.
- promise-keeping rate: kept on time ÷ (kept on time + kept late + missed), the share of
  commitments whose fate is settled that were kept as promised; none while nothing is settled.
- time to first statement: activation → first published statement.
- silence: the gaps between activation and the first published statement and between
  successive published statements, plus the trailing gap to resolution, or to now while the
  incident is open. The longest of these is the longest silence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from itertools import pairwise
from statistics import median
from typing import Any

from pydantic import BaseModel
from sqlalchemy.orm import load_only
from sqlmodel import Session, col, select

from crisiscomms.commitments.models import Commitment, CommitmentKind, CommitmentStatus
from crisiscomms.incidents import lifecycle as incident_lifecycle
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident
from crisiscomms.statements.models import Statement, StatementStatus

S = CommitmentStatus


class Figures(BaseModel):
    """Commitment counts and the promise-keeping rate."""

    made: int = 0
    kept_on_time: int = 0
    kept_late: int = 0
    missed: int = 0
    withdrawn: int = 0
    superseded: int = 0
    open: int = 0
    promise_keeping_rate: float | None = None


class Silence(BaseModel):
    """A stretch without a public update."""

    start: datetime
    end: datetime
    seconds: int
    after: str
    """What the silence followed: "activation" or "statement #N"."""
    ongoing: bool


class IncidentMetrics(BaseModel):
    """One incident's figures."""

    incident_id: int
    title: str
    status: str
    commitments: Figures
    by_kind: dict[str, Figures]
    statements_published: int
    time_to_first_statement_seconds: int | None
    first_statement_on_time: bool | None
    longest_silence: Silence | None
    silences: list[Silence]


class AcrossIncidents(BaseModel):
    """Figures over many incidents."""

    incidents: int
    commitments: Figures
    by_kind: dict[str, Figures]
    time_to_first_statement_seconds_mean: float | None
    time_to_first_statement_seconds_median: float | None
    time_to_first_statement_seconds_max: int | None
    longest_silence_seconds: int | None
    per_incident: list[IncidentMetrics]


def figures(commitments: Iterable[Commitment]) -> Figures:
    """Count commitments by fate."""
    result = Figures()
    for c in commitments:
        result.made += 1
        if c.status == S.KEPT:
            on_time = c.kept_at is not None and c.kept_at <= c.due_at
            result.kept_on_time += int(on_time)
            result.kept_late += int(not on_time)
        elif c.status == S.MISSED:
            result.missed += 1
        elif c.status == S.WITHDRAWN:
            result.withdrawn += 1
            result.superseded += int(c.superseded_by_id is not None)
        else:
            result.open += 1
    settled = result.kept_on_time + result.kept_late + result.missed
    result.promise_keeping_rate = round(result.kept_on_time / settled, 4) if settled else None
    return result


def silences(incident: Incident, published: Sequence[Statement], *, now: datetime) -> list[Silence]:
    """Every gap between public updates, oldest first."""
    marks: list[tuple[datetime, str]] = [(incident.activated_at, "activation")]
    marks += [(s.published_at, f"statement #{s.id}") for s in published if s.published_at]
    marks.sort(key=lambda mark: mark[0])
    gaps = [
        Silence(
            start=start,
            end=end,
            seconds=int((end - start).total_seconds()),
            after=label,
            ongoing=False,
        )
        for (start, label), (end, _) in pairwise(marks)
    ]
    last, label = marks[-1]
    is_open = incident.status in incident_lifecycle.OPEN_STATUSES
    end = now if is_open else incident.resolved_at
    if end is not None and end > last:
        gaps.append(
            Silence(
                start=last,
                end=end,
                seconds=int((end - last).total_seconds()),
                after=label,
                ongoing=is_open,
            )
        )
    return gaps


def _metrics(
    incident: Incident,
    commitments: Sequence[Commitment],
    published: Sequence[Statement],
    *,
    now: datetime,
) -> IncidentMetrics:
    gaps = silences(incident, published, now=now)
    first = incident.first_statement_at
    return IncidentMetrics(
        incident_id=incident.id or 0,
        title=incident.title,
        status=incident.status.value,
        commitments=figures(commitments),
        by_kind={
            kind.value: figures(c for c in commitments if c.kind == kind) for kind in CommitmentKind
        },
        statements_published=len(published),
        time_to_first_statement_seconds=(
            int((first - incident.activated_at).total_seconds()) if first else None
        ),
        first_statement_on_time=first <= incident.first_statement_due_at if first else None,
        longest_silence=max(gaps, key=lambda gap: gap.seconds) if gaps else None,
        silences=gaps,
    )


_TIMES: list[Any] = [Statement.id, Statement.incident_id, Statement.status, Statement.published_at]


def _published(session: Session, incident_ids: Sequence[int]) -> dict[int, list[Statement]]:
    found: dict[int, list[Statement]] = defaultdict(list)
    rows = session.exec(
        select(Statement)
        .options(  # the times only: not the content of every statement ever published
            load_only(*_TIMES)
        )
        .where(
            col(Statement.incident_id).in_(list(incident_ids)),
            Statement.status == StatementStatus.PUBLISHED,
        )
        .order_by(col(Statement.published_at))
    ).all()
    for row in rows:
        found[row.incident_id].append(row)
    return found


def _commitments(session: Session, incident_ids: Sequence[int]) -> dict[int, list[Commitment]]:
    found: dict[int, list[Commitment]] = defaultdict(list)
    rows = session.exec(
        select(Commitment)
        .where(col(Commitment.incident_id).in_(list(incident_ids)))
        .order_by(col(Commitment.id))
    ).all()
    for row in rows:
        found[row.incident_id].append(row)
    return found


def incident_metrics(
    session: Session,
    incident_id: int,
    *,
    now: datetime,
    commitments: Sequence[Commitment] | None = None,
) -> IncidentMetrics:
    """One incident's commitment figures, time to first statement and silences
    (`commitments`: the incident's, when the caller has read them already)."""
    incident = incident_service.get_incident(session, incident_id)
    return _metrics(
        incident,
        _commitments(session, [incident_id])[incident_id] if commitments is None else commitments,
        _published(session, [incident_id])[incident_id],
        now=now,
    )


def across_incidents(
    session: Session,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    now: datetime,
) -> AcrossIncidents:
    """Figures over the incidents activated in [since, until)."""
    query = select(Incident)
    if since is not None:
        query = query.where(Incident.activated_at >= since)
    if until is not None:
        query = query.where(Incident.activated_at < until)
    incidents = session.exec(query.order_by(col(Incident.id))).all()
    ids = [i.id or 0 for i in incidents]
    commitments = _commitments(session, ids)
    published = _published(session, ids)
    rows = [_metrics(i, commitments[i.id or 0], published[i.id or 0], now=now) for i in incidents]
    everything = [c for i in ids for c in commitments[i]]
    firsts = [
        r.time_to_first_statement_seconds
        for r in rows
        if r.time_to_first_statement_seconds is not None
    ]
    longest = [r.longest_silence.seconds for r in rows if r.longest_silence is not None]
    return AcrossIncidents(
        incidents=len(incidents),
        commitments=figures(everything),
        by_kind={
            kind.value: figures(c for c in everything if c.kind == kind) for kind in CommitmentKind
        },
        time_to_first_statement_seconds_mean=sum(firsts) / len(firsts) if firsts else None,
        time_to_first_statement_seconds_median=median(firsts) if firsts else None,
        time_to_first_statement_seconds_max=max(firsts) if firsts else None,
        longest_silence_seconds=max(longest) if longest else None,
        per_incident=rows,
    )
