"""The commitments board: every promise still waiting on someone, across incidents.

A reader only. Open commitments are grouped by how urgent they are (overdue, due soon,
later), each group soonest first; missed commitments that still lack a reason (the sweep
missed them) are listed apart, because the next statement must explain them. Settled
commitments are shown only on one incident's board. Whether a row can be acted on by hand
follows the rules of `service`: never a next-update promise, never on a closed incident.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from crisiscomms.accounts.models import User
from crisiscomms.commitments import service as commitment_service
from crisiscomms.commitments.models import Commitment, CommitmentKind, CommitmentStatus
from crisiscomms.db import as_utc
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident, IncidentStatus

DUE_SOON = timedelta(hours=4)
"""Open commitments due within this window are "due soon"."""


@dataclass(frozen=True)
class BoardItem:
    """One commitment as the board shows it."""

    commitment: Commitment
    incident_id: int
    incident_title: str
    incident_closed: bool
    owner: str
    redated: bool = False

    @property
    def by_hand(self) -> bool:
        """Whether staff may still keep, miss or withdraw it by hand (else publishing or
        its successor settles it)."""
        c = self.commitment
        return (
            c.kind == CommitmentKind.PROMISE
            and c.status in (CommitmentStatus.OPEN, CommitmentStatus.MISSED)
            and not self.incident_closed
            and not self.redated
            and c.superseded_by_id is None
        )


@dataclass
class Board:
    """Commitments by urgency; `settled` is filled for one incident's board only."""

    now: datetime
    overdue: list[BoardItem] = field(default_factory=list)
    due_soon: list[BoardItem] = field(default_factory=list)
    later: list[BoardItem] = field(default_factory=list)
    unexplained: list[BoardItem] = field(default_factory=list)
    settled: list[BoardItem] = field(default_factory=list)

    @property
    def open_count(self) -> int:
        """How many commitments are still open."""
        return len(self.overdue) + len(self.due_soon) + len(self.later)


def _owners(session: Session, commitments: Sequence[Commitment]) -> dict[int, str]:
    ids = {c.owner_id for c in commitments if c.owner_id is not None}
    if not ids:
        return {}
    users = session.exec(select(User).where(col(User.id).in_(list(ids)))).all()
    return {u.id or 0: u.name for u in users}


def _incidents(session: Session, commitments: Sequence[Commitment]) -> dict[int, Incident]:
    ids = {c.incident_id for c in commitments}
    if not ids:
        return {}
    rows = session.exec(select(Incident).where(col(Incident.id).in_(list(ids)))).all()
    return {i.id or 0: i for i in rows}


def _waiting(session: Session, incident_id: int | None) -> Sequence[Commitment]:
    """Open commitments, and missed ones without a reason and not re-dated."""
    redated = select(Commitment.redated_from_id).where(col(Commitment.redated_from_id).is_not(None))
    query = select(Commitment).where(
        (col(Commitment.status) == CommitmentStatus.OPEN)
        | (
            (col(Commitment.status) == CommitmentStatus.MISSED)
            & col(Commitment.missed_reason).is_(None)
            & col(Commitment.id).not_in(redated)
        )
    )
    if incident_id is not None:
        query = query.where(Commitment.incident_id == incident_id)
    return session.exec(query.order_by(col(Commitment.due_at), col(Commitment.id))).all()


def build(
    session: Session, *, now: datetime, incident_id: int | None = None, soon: timedelta = DUE_SOON
) -> Board:
    """The board across every incident, or for one (then with its settled commitments)."""
    if incident_id is not None:
        incident_service.get_incident(session, incident_id)  # NotFound for an unknown id
    waiting = list(_waiting(session, incident_id))
    settled: list[Commitment] = []
    if incident_id is not None:
        waiting_ids = {c.id for c in waiting}
        settled = [
            c
            for c in commitment_service.list_commitments(session, incident_id)
            if c.status != CommitmentStatus.OPEN and c.id not in waiting_ids
        ]
    everything = waiting + settled
    redated = {c.redated_from_id for c in settled + waiting if c.redated_from_id}
    owners = _owners(session, everything)
    incidents = _incidents(session, everything)

    def item(c: Commitment) -> BoardItem:
        incident = incidents[c.incident_id]
        return BoardItem(
            commitment=c,
            incident_id=c.incident_id,
            incident_title=incident.title,
            incident_closed=incident.status == IncidentStatus.CLOSED,
            owner=owners.get(c.owner_id or 0, "comms team"),
            redated=c.id in redated,
        )

    board = Board(now=now)
    for c in waiting:
        due = as_utc(c.due_at)
        if c.status == CommitmentStatus.MISSED:
            board.unexplained.append(item(c))
        elif due < now:
            board.overdue.append(item(c))
        elif due <= now + soon:
            board.due_soon.append(item(c))
        else:
            board.later.append(item(c))
    board.settled = [item(c) for c in sorted(settled, key=lambda c: as_utc(c.due_at))]
    return board
