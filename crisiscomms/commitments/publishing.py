"""Commitments at publishing: what a statement promises becomes tracked, what it reports is kept.

`prepare_publish` validates and changes nothing; `record_publish` writes, after the statement
is published, in the same transaction. The rules:

- A commitment draft whose text is that of an open promise of the incident (compared without
  regard to case or spacing) restates it: it must give the same due time, owner and
  visibility (change those on the commitment itself). Any other draft is a new promise and
  needs an owner who is an active user and a due time in the future.
- **A missed public promise cannot be silently dropped.** Until a published statement has
  reported it as missed, every statement must mention it: its text must appear in the
  commitments section of the plan's default locale (the "what we promised" block of a fresh
  draft does this). Otherwise publishing is refused with a 422 naming it. Missed next-update
  promises are exempt: a late update is its own evidence, and refusing it would only
  prolong the silence; the next draft still reports them.
- The incident's open next-update commitment is kept when this statement publishes by its
  due time, and missed otherwise (unless the sweep already missed it); a new one is made
  for this statement's `next_update_at`, owned by the incident commander (or, without one,
  by the comms team: no owner).
- The statement reports on every existing commitment it mentions (a promise by its text, a
  next update by its due time as drafts write it), with the status the commitment had when
  the approved revision was written. A commitment not yet announced (a re-dated or reworded
  one) is announced by the first statement that mentions it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, col, select

from crisiscomms.commitments import lifecycle
from crisiscomms.commitments import service as commitment_service
from crisiscomms.commitments.models import (
    Commitment,
    CommitmentKind,
    CommitmentReport,
    CommitmentStatus,
)
from crisiscomms.errors import ValidationFailed
from crisiscomms.incidents.models import Incident
from crisiscomms.plans.schema import PlanBody
from crisiscomms.plans.templating import format_time
from crisiscomms.principal import Principal
from crisiscomms.statements.content import CommitmentDraft, StatementContent
from crisiscomms.statements.models import Statement, StatementRevision

S = CommitmentStatus


def normal(text: str) -> str:
    """Text as compared for "the same promise": spacing collapsed, case folded."""
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class Prepared:
    """What publishing a statement will do to the incident's commitments."""

    new: tuple[CommitmentDraft, ...]
    restated: tuple[Commitment, ...]
    records: tuple[Commitment, ...]
    """The incident's commitments as validated (loaded under the statement's row lock)."""


def _records(session: Session, incident_id: int) -> Sequence[Commitment]:
    return session.exec(
        select(Commitment).where(Commitment.incident_id == incident_id).order_by(col(Commitment.id))
    ).all()


def _draft_problems(
    session: Session, draft: CommitmentDraft, where: str, *, now: datetime
) -> list[dict[str, Any]]:
    problems: list[dict[str, Any]] = []
    try:
        commitment_service.check_owner(session, draft.owner_id, f"{where}.owner_id")
    except ValidationFailed as exc:
        problems += exc.details
    try:
        commitment_service.check_due(draft.due_at, f"{where}.due_at", now=now)
    except ValidationFailed as exc:
        problems += exc.details
    return problems


def _shown(field: str, value: object) -> str:
    return format_time(value) if isinstance(value, datetime) else str(value)


def _restatement_problems(
    draft: CommitmentDraft, record: Commitment, where: str
) -> list[dict[str, Any]]:
    differences = [
        (field, ours, theirs)
        for field, ours, theirs in (
            ("due_at", draft.due_at, record.due_at),
            ("owner_id", draft.owner_id, record.owner_id),
            ("public", draft.public, record.public),
        )
        if ours is not None and ours != theirs
    ]
    return [
        {
            "location": f"{where}.{field}",
            "message": (
                f"commitment {record.id} has {field} {_shown(field, theirs)}; this statement "
                f"says {_shown(field, ours)}. Change the commitment itself, then restate it"
            ),
            "type": "restatement",
        }
        for field, ours, theirs in differences
    ]


def _unreported_missed(
    session: Session, records: Sequence[Commitment], plan: PlanBody, content: StatementContent
) -> list[Commitment]:
    missed = [
        c for c in records if c.public and c.kind == CommitmentKind.PROMISE and c.status == S.MISSED
    ]
    if not missed:
        return []
    reported = set(
        session.exec(
            select(CommitmentReport.commitment_id).where(
                col(CommitmentReport.commitment_id).in_([c.id for c in missed]),
                CommitmentReport.status_at_report == S.MISSED,
            )
        ).all()
    )
    section = normal(content.locales[plan.default_locale].sections.commitments)
    return [c for c in missed if c.id not in reported and normal(c.text) not in section]


def prepare_publish(
    session: Session,
    content: StatementContent,
    *,
    incident: Incident,
    plan: PlanBody,
    now: datetime,
) -> Prepared:
    """Validate a statement's commitments for publishing (changes nothing); 422 on a problem."""
    records = _records(session, incident.id or 0)
    open_by_text = {
        normal(c.text): c
        for c in records
        if c.kind == CommitmentKind.PROMISE and c.status == S.OPEN
    }
    problems: list[dict[str, Any]] = []
    seen: set[str] = set()
    new: list[CommitmentDraft] = []
    restated: list[Commitment] = []
    for i, draft in enumerate(content.commitments):
        where = f"content.commitments[{i}]"
        key = normal(draft.text)
        if key in seen:
            problems.append(
                {
                    "location": f"{where}.text",
                    "message": "the same promise twice",
                    "type": "duplicate",
                }
            )
            continue
        seen.add(key)
        record = open_by_text.get(key)
        if record is not None:
            problems += _restatement_problems(draft, record, where)
            restated.append(record)
        else:
            problems += _draft_problems(session, draft, where, now=now)
            new.append(draft)
    if problems:
        first = problems[0]
        raise ValidationFailed(
            f"{first['location']}: {first['message']}"
            + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""),
            details=problems,
        )
    dropped = _unreported_missed(session, records, plan, content)
    if dropped:
        names = "; ".join(f'#{c.id} "{c.text}" (due {format_time(c.due_at)})' for c in dropped)
        raise ValidationFailed(
            f"a missed promise cannot be silently dropped: say in the commitments section that "
            f'{names} was missed (a fresh draft\'s "what we promised" block does)',
            details=[
                {
                    "location": f"content.locales.{plan.default_locale}.sections.commitments",
                    "message": f"missed commitment {c.id} is not mentioned",
                    "type": "missed_commitment",
                }
                for c in dropped
            ],
        )
    return Prepared(new=tuple(new), restated=tuple(restated), records=tuple(records))


def _written_at(session: Session, statement: Statement) -> datetime:
    """When the text being published was written: its revision's save time."""
    written = session.exec(
        select(StatementRevision.created_at).where(
            StatementRevision.statement_id == statement.id,
            StatementRevision.number == statement.revision,
        )
    ).first()
    return written or statement.updated_at


def _settle_next_update(
    session: Session,
    records: Sequence[Commitment],
    statement: Statement,
    *,
    incident: Incident,
    plan: PlanBody,
    actor: Principal,
    now: datetime,
) -> None:
    for c in records:
        if c.kind != CommitmentKind.NEXT_UPDATE or c.status != S.OPEN:
            continue
        if now <= c.due_at:
            evidence = f"Statement #{statement.id} published {format_time(now)}."
            lifecycle.settle_kept(
                session, c, incident, plan, evidence=evidence, actor=actor, now=now
            )
        else:
            lifecycle.settle_missed(session, c, incident, plan, reason=None, actor=actor, now=now)


def record_publish(
    session: Session,
    prepared: Prepared,
    statement: Statement,
    content: StatementContent,
    *,
    incident: Incident,
    plan: PlanBody,
    actor: Principal,
    now: datetime,
) -> None:
    """Track the statement's new promises and next update; record what it reported on."""
    assert statement.id is not None
    records = prepared.records
    written_at = _written_at(session, statement)
    _settle_next_update(
        session, records, statement, incident=incident, plan=plan, actor=actor, now=now
    )
    home = content.locales[plan.default_locale].sections.commitments
    section = normal(home)
    restated = {c.id for c in prepared.restated}
    reports: list[dict[str, Any]] = []
    for c in records:
        if c.kind == CommitmentKind.PROMISE:
            mentioned = c.id in restated or normal(c.text) in section
        else:
            mentioned = format_time(c.due_at) in home
        if not mentioned:
            continue
        if c.statement_id is None:
            before = lifecycle.snapshot(c)
            c.statement_id = statement.id
            c.updated_at = now
            lifecycle.log(
                session,
                c,
                incident,
                action="announced",
                message="",
                actor=actor,
                now=now,
                before=before,
                timeline=False,
            )
            continue
        reports.append(
            {
                "commitment_id": c.id or 0,
                "statement_id": statement.id,
                "status_at_report": lifecycle.status_as_of(c, written_at),
                "reported_at": now,
            }
        )
    if reports:  # one statement for them all: a long incident reports on many commitments
        session.execute(insert(CommitmentReport), reports)
    for draft in prepared.new:
        assert draft.due_at is not None
        lifecycle.create(
            session,
            incident,
            text=draft.text,
            owner_id=draft.owner_id,
            due_at=draft.due_at,
            public=draft.public,
            statement_id=statement.id,
            actor=actor,
            now=now,
            message=f"Promised in statement #{statement.id}, due {format_time(draft.due_at)}: "
            f"{draft.text}",
        )
    if content.next_update_at is not None:
        lifecycle.create(
            session,
            incident,
            kind=CommitmentKind.NEXT_UPDATE,
            text=f"Next update by {format_time(content.next_update_at)}",
            owner_id=incident.commander_id,
            due_at=content.next_update_at,
            public=True,
            statement_id=statement.id,
            actor=actor,
            now=now,
        )
    session.flush()
