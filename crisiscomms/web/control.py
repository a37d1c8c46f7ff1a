"""The control center: every open incident, its clocks, its silences, its promises, and the
broadcasts still going out with their counts."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from fastapi import APIRouter, Request
from sqlmodel import Session
from starlette.responses import Response

from crisiscomms.commitments import metrics as commitment_metrics
from crisiscomms.commitments import service as commitment_service
from crisiscomms.commitments.models import CommitmentStatus
from crisiscomms.db import as_utc, utc_now
from crisiscomms.deps import SessionDep
from crisiscomms.flows import readiness, rehearsals
from crisiscomms.incidents import service as incident_service
from crisiscomms.questions import queue as question_queue
from crisiscomms.web import broadcasts as broadcast_pages
from crisiscomms.web.deps import PageViewer
from crisiscomms.web.templating import render

router = APIRouter()

DUE_SOON = timedelta(hours=4)
"""Commitments due within this window (or overdue) are listed on the control center."""
AMBER_SHARE = 0.25
"""The countdown turns amber in the last quarter of the update cadence."""


def clock_state(due_at: datetime | None, *, now: datetime, warn_seconds: int) -> str:
    """ "ok", "soon" (amber) or "overdue" (red) for a deadline."""
    if due_at is None:
        return "none"
    left = (as_utc(due_at) - now).total_seconds()
    if left < 0:
        return "overdue"
    return "soon" if left <= warn_seconds else "ok"


def incident_card(session: Session, incident_id: int, *, now: datetime) -> dict[str, Any]:
    """What the control center shows of one open incident."""
    incident = incident_service.get_incident(session, incident_id)
    view = incident_service.public_view(session, incident)
    first_pending = incident.first_statement_at is None
    due_at = incident.first_statement_due_at if first_pending else incident.next_update_due_at
    warn = int(view["update_cadence_minutes"] * 60 * AMBER_SHARE)
    commitments = commitment_service.list_commitments(session, incident_id)
    figures = commitment_metrics.incident_metrics(
        session, incident_id, now=now, commitments=commitments
    )
    due_soon = [
        c
        for c in commitments
        if c.status == CommitmentStatus.OPEN and as_utc(c.due_at) <= now + DUE_SOON
    ]
    injects = rehearsals.fired_injects(session, incident_id) if incident.rehearsal else []
    plan = incident_service.plan_of(session, incident)
    questions = question_queue.waiting(session, incident_id, plan=plan, now=now)
    return {
        "questions": {
            "waiting": questions.grouped,
            "overdue": questions.overdue,
            "oldest_at": questions.oldest_overdue_at,
            "response_minutes": int(question_queue.response_time(plan).total_seconds() // 60),
        },
        "incident": view,
        "injects_fired": [i for i in injects if i.fired_at is not None][::-1],
        "next_inject": next((i for i in injects if i.fired_at is None), None),
        "due_label": "First statement due" if first_pending else "Next update due",
        "due_at": due_at,
        "warn_seconds": warn,
        "clock": clock_state(due_at, now=now, warn_seconds=warn),
        "longest_silence": figures.longest_silence,
        "due_soon": sorted(due_soon, key=lambda c: as_utc(c.due_at)),
    }


@router.get("/")
def read_control_center(request: Request, session: SessionDep, _viewer: PageViewer) -> Response:
    """Open incidents with their live countdowns, silences and commitments due; broadcasts
    in progress with their counts."""
    now = utc_now()
    incidents = incident_service.list_incidents(session, open_only=True)
    cards = [incident_card(session, incident.id or 0, now=now) for incident in incidents]
    cards.sort(key=lambda card: as_utc(card["due_at"]) if card["due_at"] else now + DUE_SOON * 99)
    broadcasts = broadcast_pages.live_rows(session)
    plans = readiness.check_all(session, now=now, templates=False)
    values = {
        "cards": cards,
        "now": now,
        "broadcasts": broadcasts,
        "plans_ready": sum(p.ready for p in plans),
        "plans_total": len(plans),
    }
    return render(request, "control/index.html", values)
