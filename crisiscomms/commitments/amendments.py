"""Amending a commitment: its owner, its due time, or (as a new commitment) its wording.

A commitment's text never changes. A new wording is a new commitment that supersedes the
old one: the old one is withdrawn, naming its successor, and both stay on the record. A
public promise already published is never moved later by an edit: a later date is a slip,
recorded by marking it missed with a reason and a new date (`service.mark_missed`).
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from crisiscomms.commitments import lifecycle
from crisiscomms.commitments import service as commitment_service
from crisiscomms.commitments.models import Commitment
from crisiscomms.commitments.schemas import CommitmentUpdate
from crisiscomms.errors import Conflict
from crisiscomms.notifications import service as notification_service
from crisiscomms.plans.templating import format_time
from crisiscomms.principal import Principal


def update(
    session: Session,
    commitment_id: int,
    data: CommitmentUpdate,
    *,
    actor: Principal,
    now: datetime,
) -> Commitment:
    """Reassign an open promise or change its due time; the text never changes."""
    commitment = commitment_service.get_commitment(session, commitment_id)
    changes = data.model_dump(exclude_unset=True)
    if changes.get("text") is not None and changes["text"] != commitment.text:
        raise Conflict(
            f"the text of commitment {commitment_id} never changes: supersede it with a new "
            f"commitment instead (POST /api/v1/commitments/{commitment_id}/supersede)"
        )
    changes.pop("text", None)
    incident, _plan = commitment_service.editable_context(session, commitment)
    commitment_service.check_open_promise(commitment, "changed")
    if not changes:
        raise commitment_service.invalid(
            "body", "nothing to change: send owner_id or due_at", "missing"
        )
    if "owner_id" in changes:
        commitment_service.check_owner(session, changes["owner_id"], "body.owner_id")
    if "due_at" in changes:
        due = commitment_service.check_due(changes["due_at"], "body.due_at", now=now)
        announced = commitment.public and commitment.statement_id is not None
        if announced and due > commitment.due_at:
            raise Conflict(
                f"commitment {commitment_id} was published as due {format_time(commitment.due_at)}"
                "; a later date is a slip: mark it missed with a reason and a new_due_at"
            )
        if due != commitment.due_at:
            notification_service.cancel_pending(session, commitment_id=commitment_id, now=now)
    before = lifecycle.snapshot(commitment)
    commitment.sqlmodel_update(changes)
    commitment.updated_at = now
    lifecycle.log(
        session,
        commitment,
        incident,
        action="updated",
        message=f"Changed {', '.join(sorted(changes))} of #{commitment_id}",
        actor=actor,
        now=now,
        before=before,
    )
    return commitment


def supersede(
    session: Session,
    commitment_id: int,
    *,
    text: str,
    due_at: datetime | None,
    owner_id: int | None,
    public: bool | None,
    actor: Principal,
    now: datetime,
) -> Commitment:
    """Replace an open promise's wording with a new commitment; returns the new one."""
    old = commitment_service.get_commitment(session, commitment_id)
    incident, _plan = commitment_service.editable_context(session, old)
    commitment_service.check_open_promise(old, "superseded")
    wording = text.strip()
    if wording == old.text:
        raise commitment_service.invalid(
            "body.text", "the text is unchanged: use PATCH to change owner or due time"
        )
    owner = commitment_service.check_owner(
        session, old.owner_id if owner_id is None else owner_id, "body.owner_id"
    )
    due = commitment_service.check_due(
        old.due_at if due_at is None else due_at, "body.due_at", now=now
    )
    new = lifecycle.create(
        session,
        incident,
        text=wording,
        owner_id=owner,
        due_at=due,
        public=old.public if public is None else public,
        supersedes_id=old.id,
        actor=actor,
        now=now,
        message=None,
    )
    lifecycle.settle_withdrawn(
        session,
        old,
        incident,
        reason=f"Superseded by a new wording (commitment #{new.id}).",
        actor=actor,
        now=now,
        superseded_by=new,
    )
    return new
