"""The audit log, for administrators: newest first, filtered, paged."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from crisiscomms.audit import service as audit_service
from crisiscomms.dbtypes import MAX_ID
from crisiscomms.deps import SessionDep
from crisiscomms.web.deps import PageAdmin
from crisiscomms.web.templating import render

router = APIRouter()
PAGE_SIZE = 100


@router.get("/audit")
def list_audit_events(
    request: Request,
    session: SessionDep,
    _admin: PageAdmin,
    action: str = Query(default="", max_length=80),
    target_type: str = Query(default="", max_length=40),
    target_id: str = Query(default="", max_length=64),
    before_id: int | None = Query(default=None, ge=1, le=MAX_ID),
) -> Response:
    """Who did what, when, with the record before and after."""
    events = list(
        audit_service.list_events(
            session,
            action=action or None,
            target_type=target_type or None,
            target_id=target_id or None,
            before_id=before_id,
            limit=PAGE_SIZE,
        )
    )
    return render(
        request,
        "audit/index.html",
        {
            "events": events,
            "filters": {"action": action, "target_type": target_type, "target_id": target_id},
            "older": events[-1].id if len(events) == PAGE_SIZE else None,
        },
    )
