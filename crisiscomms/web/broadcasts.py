"""Broadcasts: every statement sent (or to be sent) to its audiences, with live progress.

The list and the detail page render the counts once; app.js then polls the JSON API
(`GET /api/v1/broadcasts/{id}`, the session cookie is enough for a GET) and updates the
counts and the bar while a broadcast is still live. The detail page shows the dead letters
with every attempt and the provider's reply, what dry-run channels recorded, and the
commander's actions: cancel, reschedule, re-drive.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from fastapi import APIRouter, Query, Request
from sqlmodel import Session
from starlette.responses import RedirectResponse, Response

from crisiscomms.broadcasts import progress as broadcast_progress
from crisiscomms.broadcasts import service as broadcast_service
from crisiscomms.broadcasts.models import Broadcast
from crisiscomms.broadcasts.schemas import BroadcastPublic, Progress
from crisiscomms.channels import service as channel_service
from crisiscomms.db import utc_now
from crisiscomms.dbtypes import MAX_BIG_ID
from crisiscomms.deps import PathId, SessionDep
from crisiscomms.errors import CrisisCommsError
from crisiscomms.incidents import service as incident_service
from crisiscomms.web.commitments import BadTime, parse_due
from crisiscomms.web.deps import PageCommander, PageViewer
from crisiscomms.web.forms import CheckedForm, form_id, text
from crisiscomms.web.templating import render

router = APIRouter()

COUNTS = ("pending", "sent", "retrying", "failed", "suppressed", "ambiguous")
QUIET_COUNTS = ("claimed", "superseded", "cancelled")
"""Shown only when there are any."""
UNSETTLED = ("pending", "claimed", "retrying")
LIVE = frozenset(s.value for s in broadcast_service.LIVE)
DEAD_LETTER_LIMIT = 50
DRY_RUN_PAGE = 5
RAW_LIMIT = 20_000
"""Characters of a recorded raw email shown (the page stays small)."""
LOG_LIMIT = 2_000
NOTICES = {
    "cancelled": "Cancelled: nothing more of it is sent.",
    "rescheduled": "Moved to the new time.",
    "redriven": "Dead letters queued again; the worker sends them now.",
    "nothing-redriven": "There was nothing to re-drive: no failed or ambiguous delivery.",
    "test-queued": "Test queued: the worker sends it within seconds; this page follows it.",
}


def progress_view(progress: Progress, *, expected: int) -> dict[str, Any]:
    """Counts to show, how many are settled and the bar's length (before fan-out: expected)."""
    counts = progress.model_dump()
    settled = progress.total - sum(counts[name] for name in UNSETTLED)
    return {
        "counts": counts,
        "shown": [*COUNTS, *(n for n in QUIET_COUNTS if counts[n])],
        "settled": settled,
        "max": progress.total or expected or 1,
        "total": progress.total,
    }


def _row(public: BroadcastPublic) -> dict[str, Any]:
    return {
        "b": public,
        "live": public.status.value in LIVE,
        "progress": progress_view(public.progress, expected=public.recipient_count),
    }


def broadcast_row(session: Session, broadcast: Broadcast) -> dict[str, Any]:
    """A broadcast with its progress, as the list, the detail and the control center show it."""
    return _row(broadcast_progress.to_public(session, broadcast))


def broadcast_rows(session: Session, broadcasts: Sequence[Broadcast]) -> list[dict[str, Any]]:
    """Rows of several broadcasts, their progress counted in one query."""
    return [_row(public) for public in broadcast_progress.to_public_many(session, broadcasts)]


def live_rows(session: Session, *, limit: int = 100) -> list[dict[str, Any]]:
    """Broadcasts still scheduled, queued or sending, newest first (for the control center)."""
    return broadcast_rows(
        session,
        broadcast_service.list_broadcasts(session, statuses=broadcast_service.LIVE, limit=limit),
    )


def _list_page(request: Request, session: Session, incident_id: int | None) -> Response:
    incident = incident_service.get_incident(session, incident_id) if incident_id else None
    rows = broadcast_rows(
        session, broadcast_service.list_broadcasts(session, incident_id=incident_id)
    )
    return render(request, "broadcasts/index.html", {"rows": rows, "incident": incident})


@router.get("/broadcasts")
def list_broadcasts(request: Request, session: SessionDep, _viewer: PageViewer) -> Response:
    """Every broadcast, newest first, with its live progress."""
    return _list_page(request, session, None)


@router.get("/incidents/{incident_id}/broadcasts")
def list_incident_broadcasts(
    incident_id: PathId, request: Request, session: SessionDep, _viewer: PageViewer
) -> Response:
    """One incident's broadcasts, newest first, with their live progress."""
    return _list_page(request, session, incident_id)


def _dead_letters(session: Session, broadcast_id: int) -> list[dict[str, Any]]:
    letters = broadcast_progress.list_deliveries(
        session, broadcast_id=broadcast_id, limit=DEAD_LETTER_LIMIT
    )
    return [
        {
            "d": d,
            "attempts": [
                {"a": a, "log": (a.log or "")[:LOG_LIMIT], "cut": len(a.log or "") > LOG_LIMIT}
                for a in broadcast_progress.attempts(session, d.id or 0)
            ],
        }
        for d in letters
    ]


def _dry_run(records: Sequence[Any]) -> list[dict[str, Any]]:
    shown = []
    for message in records:
        record: dict[str, Any] = message.record
        raw = str(record.get("raw_email") or "")
        payload = record.get("payload")
        shown.append(
            {
                "m": message,
                "r": record,
                "posts": [str(p) for p in record.get("posts") or []],
                "raw": raw[:RAW_LIMIT],
                "raw_cut": len(raw) > RAW_LIMIT,
                "payload": json.dumps(payload, indent=2, ensure_ascii=False) if payload else "",
            }
        )
    return shown


def detail_page(
    request: Request,
    session: Session,
    broadcast_id: int,
    *,
    notice: str = "",
    dry_offset: int = 0,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    """A broadcast: progress, dead letters with their attempts, dry-run messages, actions."""
    row = broadcast_row(session, broadcast_service.get_broadcast(session, broadcast_id))
    public: BroadcastPublic = row["b"]
    records = broadcast_progress.list_dry_run(
        session, broadcast_id=broadcast_id, limit=DRY_RUN_PAGE + 1, offset=dry_offset
    )
    return render(
        request,
        "broadcasts/detail.html",
        {
            **row,
            "incident": (
                incident_service.get_incident(session, public.incident_id)
                if public.incident_id
                else None
            ),
            "channels": {c.id: c.name for c in channel_service.list_channels(session)},
            "dead_letters": _dead_letters(session, broadcast_id),
            "dead_letter_limit": DEAD_LETTER_LIMIT,
            "dry_run": _dry_run(records[:DRY_RUN_PAGE]),
            "dry_offset": dry_offset,
            "dry_more": len(records) > DRY_RUN_PAGE,
            "dry_page": DRY_RUN_PAGE,
            "notice": NOTICES.get(notice, ""),
            "values": values or {},
            "errors": errors or {},
        },
        status_code=status_code,
    )


@router.get("/broadcasts/{broadcast_id}")
def read_broadcast(
    broadcast_id: PathId,
    request: Request,
    session: SessionDep,
    _viewer: PageViewer,
    notice: str = "",
    dry_offset: int = Query(default=0, ge=0, le=1_000_000),
) -> Response:
    """A broadcast with its live progress, dead letters and recorded dry-run messages."""
    return detail_page(request, session, broadcast_id, notice=notice, dry_offset=dry_offset)


def _refused(
    request: Request,
    session: Session,
    broadcast_id: int,
    exc: CrisisCommsError,
    field: str,
    values: dict[str, str],
) -> Response:
    session.rollback()
    # A conflict (the broadcast moved on meanwhile) may hide the form: say it at the top.
    return detail_page(
        request,
        session,
        broadcast_id,
        values=values,
        errors={"form" if exc.status == 409 else field: exc.message},
        status_code=exc.status,
    )


@router.post("/broadcasts/{broadcast_id}/cancel")
def cancel_broadcast(
    broadcast_id: PathId,
    request: Request,
    session: SessionDep,
    actor: PageCommander,
    form: CheckedForm,
) -> Response:
    """Cancel a scheduled broadcast, or the unsent rest of one in progress."""
    reason = text(form, "reason")
    values = {"reason": reason}
    if not 3 <= len(reason) <= 2000:
        errors = {"reason": "say why, in 3 to 2,000 characters (kept on the timeline)"}
        return detail_page(
            request, session, broadcast_id, values=values, errors=errors, status_code=422
        )
    try:
        broadcast_service.cancel(session, broadcast_id, actor=actor, now=utc_now(), reason=reason)
    except CrisisCommsError as exc:
        return _refused(request, session, broadcast_id, exc, "reason", values)
    return RedirectResponse(f"/broadcasts/{broadcast_id}?notice=cancelled", status_code=303)


@router.post("/broadcasts/{broadcast_id}/reschedule")
def reschedule_broadcast(
    broadcast_id: PathId,
    request: Request,
    session: SessionDep,
    actor: PageCommander,
    form: CheckedForm,
) -> Response:
    """Move a scheduled broadcast to another time (UTC unless the time names its zone)."""
    typed = text(form, "scheduled_at")
    values = {"scheduled_at": typed}
    try:
        when = parse_due(typed)
    except BadTime as exc:
        errors = {"scheduled_at": str(exc)}
        return detail_page(
            request, session, broadcast_id, values=values, errors=errors, status_code=422
        )
    if when is None:
        errors = {"scheduled_at": "choose the new time"}
        return detail_page(
            request, session, broadcast_id, values=values, errors=errors, status_code=422
        )
    try:
        broadcast_service.reschedule(
            session, broadcast_id, scheduled_at=when, actor=actor, now=utc_now()
        )
    except CrisisCommsError as exc:
        return _refused(request, session, broadcast_id, exc, "scheduled_at", values)
    return RedirectResponse(f"/broadcasts/{broadcast_id}?notice=rescheduled", status_code=303)


@router.post("/broadcasts/{broadcast_id}/redrive")
def redrive_broadcast(
    broadcast_id: PathId,
    request: Request,
    session: SessionDep,
    actor: PageCommander,
    form: CheckedForm,
) -> Response:
    """Queue this broadcast's dead letters again: one (delivery_id) or all of them."""
    broadcast_service.get_broadcast(session, broadcast_id)
    chosen = text(form, "delivery_id")
    ids: list[int] | None = None
    if chosen:
        delivery = broadcast_progress.get_delivery(
            session, form_id(chosen, maximum=MAX_BIG_ID) or 0
        )
        if delivery.broadcast_id != broadcast_id:
            errors = {"redrive": "that delivery belongs to another broadcast"}
            return detail_page(request, session, broadcast_id, errors=errors, status_code=422)
        ids = [delivery.id or 0]
    try:
        requeued = broadcast_service.redrive(
            session,
            delivery_ids=ids,
            broadcast_id=None if ids else broadcast_id,
            actor=actor,
            now=utc_now(),
        )
    except CrisisCommsError as exc:
        return _refused(request, session, broadcast_id, exc, "redrive", {})
    notice = "redriven" if requeued else "nothing-redriven"
    return RedirectResponse(f"/broadcasts/{broadcast_id}?notice={notice}", status_code=303)
