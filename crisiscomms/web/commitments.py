"""The commitments board: every open promise by due time, across incidents or for one, and
the hand actions on it: keep (with evidence), miss (with a reason, maybe a new date), withdraw.

Roles as in the API: reading needs viewer, keeping and missing comms, withdrawing approver.
A refused action redisplays the board with that commitment's form open, the input kept and
the error beside the field.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, ValidationError
from sqlmodel import Session
from starlette.datastructures import FormData
from starlette.responses import RedirectResponse, Response

from crisiscomms.commitments import board as commitment_board
from crisiscomms.commitments import service as commitment_service
from crisiscomms.commitments.schemas import Keep, Miss, Withdrawal
from crisiscomms.db import utc_now
from crisiscomms.deps import PathId, SessionDep
from crisiscomms.errors import CrisisCommsError
from crisiscomms.incidents import service as incident_service
from crisiscomms.web.deps import PageApprover, PageComms, PageViewer
from crisiscomms.web.forms import CheckedForm, field_errors, form_id, pydantic_errors, text
from crisiscomms.web.templating import render

router = APIRouter()

NOTICES = {
    "kept": "Marked kept; the people it was made to are told.",
    "missed": "Marked missed; the next statement must say why.",
    "withdrawn": "Withdrawn.",
}
ACTION_FIELDS: dict[str, tuple[str, ...]] = {
    "keep": ("evidence",),
    "miss": ("reason", "new_due_at"),
    "withdraw": ("reason",),
}


class BadTime(ValueError):
    """A due time the form could not read."""


def parse_due(value: str) -> datetime | None:
    """A due time typed in the form (UTC unless it names its zone); None when empty."""
    value = value.strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace(" ", "T", 1))
    except ValueError:
        raise BadTime("is not a time: use YYYY-MM-DD HH:MM (UTC)") from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def board_path(incident_id: int | None) -> str:
    """The board's address: across incidents, or for one."""
    return f"/incidents/{incident_id}/commitments" if incident_id else "/commitments"


def board_page(
    request: Request,
    session: Session,
    *,
    incident_id: int | None = None,
    notice: str = "",
    failed: tuple[int, str] | None = None,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    """The board; `failed` (commitment id, action) names the form to redisplay."""
    now = utc_now()
    board = commitment_board.build(session, now=now, incident_id=incident_id)
    shown = {
        item.commitment.id
        for group in (board.overdue, board.due_soon, board.later, board.unexplained, board.settled)
        for item in group
        if item.by_hand
    }
    # A refusal about a commitment whose form is not on this board is said at the top.
    unplaced = sorted(set((errors or {}).values())) if failed and failed[0] not in shown else []
    return render(
        request,
        "commitments/board.html",
        {
            "board": board,
            "now": now,
            "incident_id": incident_id,
            "incident": (
                incident_service.get_incident(session, incident_id) if incident_id else None
            ),
            "back": board_path(incident_id),
            "notice": NOTICES.get(notice, ""),
            "failed": failed or (0, ""),
            "unplaced_errors": unplaced,
            "values": values or {},
            "errors": errors or {},
            "due_soon_hours": int(commitment_board.DUE_SOON.total_seconds() // 3600),
        },
        status_code=status_code,
    )


@router.get("/commitments")
def list_open_commitments(
    request: Request, session: SessionDep, _viewer: PageViewer, notice: str = ""
) -> Response:
    """Every open commitment across incidents: overdue, due soon, later; and unexplained misses."""
    return board_page(request, session, notice=notice)


@router.get("/incidents/{incident_id}/commitments")
def list_incident_commitments(
    incident_id: PathId,
    request: Request,
    session: SessionDep,
    _viewer: PageViewer,
    notice: str = "",
) -> Response:
    """One incident's commitments: the open ones by due time, then the settled ones."""
    return board_page(request, session, incident_id=incident_id, notice=notice)


def _scope(form: FormData) -> int | None:
    """Which board the form was posted from (an incident id, or none for all)."""
    return form_id(text(form, "board"))


def _act(
    request: Request,
    session: Session,
    commitment_id: int,
    form: FormData,
    action: str,
    schema: type[BaseModel],
    run: Callable[[Any], object],
    notice: str,
) -> Response:
    """Validate the form, run the action; on a problem redisplay the board with the input."""
    commitment_service.get_commitment(session, commitment_id)  # 404 before anything else
    scope = _scope(form)
    values = {name: text(form, name) for name in ACTION_FIELDS[action]}
    errors: dict[str, str] = {}
    status = 422
    try:
        data: dict[str, Any] = {k: v for k, v in values.items() if k != "new_due_at"}
        if action == "keep":
            data["evidence"] = values["evidence"] or None
        if "new_due_at" in values:
            data["new_due_at"] = parse_due(values["new_due_at"])
        run(schema.model_validate(data))
    except BadTime as exc:
        errors = {"new_due_at": str(exc)}
    except ValidationError as exc:
        errors = pydantic_errors(exc.errors())
    except CrisisCommsError as exc:
        session.rollback()
        errors = field_errors(exc.details) or {"form": exc.message}
        status = exc.status
    if errors:
        return board_page(
            request,
            session,
            incident_id=scope,
            failed=(commitment_id, action),
            values=values,
            errors=errors,
            status_code=status,
        )
    return RedirectResponse(f"{board_path(scope)}?notice={notice}", status_code=303)


@router.post("/commitments/{commitment_id}/keep")
def keep_commitment(
    commitment_id: PathId,
    request: Request,
    session: SessionDep,
    actor: PageComms,
    form: CheckedForm,
) -> Response:
    """Mark a promise kept, with evidence (a note or a link)."""

    def run(data: Keep) -> object:
        return commitment_service.mark_kept(
            session, commitment_id, evidence=data.evidence, actor=actor, now=utc_now()
        )

    return _act(request, session, commitment_id, form, "keep", Keep, run, "kept")


@router.post("/commitments/{commitment_id}/miss")
def miss_commitment(
    commitment_id: PathId,
    request: Request,
    session: SessionDep,
    actor: PageComms,
    form: CheckedForm,
) -> Response:
    """Mark a promise missed with a reason (or explain a missed one); a new date re-dates it."""

    def run(data: Miss) -> object:
        return commitment_service.mark_missed(
            session,
            commitment_id,
            reason=data.reason,
            new_due_at=data.new_due_at,
            actor=actor,
            now=utc_now(),
        )

    return _act(request, session, commitment_id, form, "miss", Miss, run, "missed")


@router.post("/commitments/{commitment_id}/withdraw")
def withdraw_commitment(
    commitment_id: PathId,
    request: Request,
    session: SessionDep,
    actor: PageApprover,
    form: CheckedForm,
) -> Response:
    """Withdraw an open promise, saying why."""

    def run(data: Withdrawal) -> object:
        return commitment_service.withdraw(
            session, commitment_id, reason=data.reason, actor=actor, now=utc_now()
        )

    return _act(request, session, commitment_id, form, "withdraw", Withdrawal, run, "withdrawn")
