"""The readiness page: every plan, and what would fail if a crisis started now."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from crisiscomms.db import utc_now
from crisiscomms.deps import SessionDep
from crisiscomms.flows import readiness
from crisiscomms.web.deps import PageViewer
from crisiscomms.web.templating import render

router = APIRouter()


@router.get("/readiness")
def read_readiness(request: Request, session: SessionDep, _viewer: PageViewer) -> Response:
    """Each plan: ready or not, with every check and what to do about a failing one."""
    plans = readiness.check_all(session, now=utc_now())
    return render(request, "plans/readiness.html", {"plans": plans})
