"""How commitments are shown: to staff in full, and to the public on the tracker.

The public tracker shows an incident's public commitments once a statement has announced
them, with their status, evidence and reasons, and never who owns them; it is headed by the
latest published headline, not the incident's internal title. An incident with no
published statement has no public tracker (it answers 404, as if it did not exist), nor
has a rehearsal, ever.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlmodel import Session, col, select

from crisiscomms.commitments import service as commitment_service
from crisiscomms.commitments.models import Commitment
from crisiscomms.commitments.schemas import TrackedCommitment
from crisiscomms.errors import NotFound
from crisiscomms.incidents import service as incident_service
from crisiscomms.statements.models import Statement, StatementStatus


def _redated_to(session: Session, commitments: Sequence[Commitment]) -> dict[int, int]:
    ids = [c.id for c in commitments]
    if not ids:
        return {}
    rows = session.exec(
        select(Commitment.redated_from_id, Commitment.id).where(
            col(Commitment.redated_from_id).in_(ids)
        )
    ).all()
    return {old: new for old, new in rows if old is not None and new is not None}


def staff_views(session: Session, commitments: Sequence[Commitment]) -> list[dict[str, Any]]:
    """Commitments with their owner and the statements that reported on them."""
    reports = commitment_service.reports_of(session, [c.id or 0 for c in commitments])
    redated_to = _redated_to(session, commitments)
    return [
        {
            **c.model_dump(),
            "kept_on_time": None if c.kept_at is None else c.kept_at <= c.due_at,
            "redated_to_id": redated_to.get(c.id or 0),
            "reports": [r.model_dump() for r in reports[c.id or 0]],
        }
        for c in commitments
    ]


def staff_view(session: Session, commitment_id: int) -> dict[str, Any]:
    """One commitment, in full."""
    return staff_views(session, [commitment_service.get_commitment(session, commitment_id)])[0]


def tracker(session: Session, incident_id: int) -> dict[str, Any]:
    """The public commitments of an incident and their status; 404 before it has spoken."""
    incident = incident_service.get_incident(session, incident_id)
    latest = session.exec(
        select(Statement)
        .where(Statement.incident_id == incident_id, Statement.status == StatementStatus.PUBLISHED)
        .order_by(col(Statement.published_at).desc(), col(Statement.id).desc())
    ).first()
    if latest is None or incident.rehearsal:  # an exercise is never public
        raise NotFound(f"incident {incident_id} not found")
    plan = incident_service.plan_of(session, incident)
    locales: dict[str, Any] = latest.content.get("locales", {})
    home: dict[str, Any] = locales.get(plan.default_locale) or next(iter(locales.values()), {})
    announced = [
        c
        for c in commitment_service.list_commitments(session, incident_id, public_only=True)
        if c.statement_id is not None
    ]
    fields = set(TrackedCommitment.model_fields)
    shown = {c.id for c in announced}
    views = [
        {k: v for k, v in view.items() if k in fields} for view in staff_views(session, announced)
    ]
    for view in views:  # links to commitments not yet announced are not public either
        for link in ("redated_to_id", "superseded_by_id"):
            if view[link] not in shown:
                view[link] = None
    return {
        "incident_id": incident_id,
        "headline": str(home.get("sections", {}).get("headline", "")),
        "commitments": views,
    }
