"""Rehearsal pages: start one from a plan's page, read its graded report (live while it
runs), end it, and compare a plan's rehearsals over time."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from crisiscomms.db import utc_now
from crisiscomms.deps import PathId, SessionDep
from crisiscomms.errors import CrisisCommsError
from crisiscomms.flows import rehearsals
from crisiscomms.incidents import service as incident_service
from crisiscomms.plans import loader
from crisiscomms.plans import service as plan_service
from crisiscomms.rehearsals import service as rehearsal_service
from crisiscomms.web.deps import PageCommander, PageViewer
from crisiscomms.web.forms import CheckedForm, text
from crisiscomms.web.templating import render

router = APIRouter()


def _plan_page_with_error(
    request: Request,
    session: SessionDep,
    plan_id: int,
    values: dict[str, str],
    error: str,
    status_code: int,
) -> Response:
    plan, found = plan_service.get_plan_with_version(session, plan_id, None)
    return render(
        request,
        "plans/detail.html",
        {
            "plan": plan,
            "version": found,
            "body": plan_service.body_of(found),
            "source": loader.dump_plan_yaml(found.body),
            "notice": "",
            "rehearse_error": error,
            "rehearse_values": values,
        },
        status_code=status_code,
    )


@router.post("/plans/{plan_id}/rehearse")
def rehearse_plan(
    plan_id: PathId,
    request: Request,
    session: SessionDep,
    actor: PageCommander,
    form: CheckedForm,
) -> Response:
    """Start a rehearsal of the plan (commander); its page follows."""
    plan = plan_service.get_plan(session, plan_id)
    values = {"severity": text(form, "severity"), "speed": text(form, "speed")}
    raw = values["speed"] or "60"
    if not raw.isdigit() or len(raw) > 6:
        message = f"speed must be a whole number from 1 to {rehearsals.MAX_SPEED}; {raw!r} is not"
        return _plan_page_with_error(request, session, plan_id, values, message, 422)
    try:
        incident = rehearsals.start(
            session,
            plan_slug=plan.slug,
            severity=values["severity"] or None,
            speed=int(raw),
            actor=actor,
            now=utc_now(),
        )
    except CrisisCommsError as exc:
        return _plan_page_with_error(request, session, plan_id, values, exc.message, exc.status)
    return RedirectResponse(f"/rehearsals/{incident.id}", status_code=303)


@router.get("/rehearsals/{incident_id}")
def read_rehearsal(
    incident_id: PathId, request: Request, session: SessionDep, _viewer: PageViewer
) -> Response:
    """The rehearsal's injects and graded report (as of now while it runs)."""
    report = rehearsals.report(session, incident_id, now=utc_now())
    incident = incident_service.get_incident(session, incident_id)
    record = rehearsal_service.find(session, incident_id)
    return render(
        request,
        "rehearsals/detail.html",
        {
            "report": report,
            "incident": incident,
            "plan_id": incident.plan_id,
            "ended": record is not None and record.ended_at is not None,
        },
    )


@router.post("/rehearsals/{incident_id}/finish")
def finish_rehearsal(
    incident_id: PathId, session: SessionDep, actor: PageCommander, _form: CheckedForm
) -> Response:
    """End the rehearsal and keep its graded report (commander)."""
    rehearsals.finish(session, incident_id, actor=actor, now=utc_now())
    return RedirectResponse(f"/rehearsals/{incident_id}", status_code=303)


def _chart(rows: list[Any]) -> list[dict[str, Any]]:
    """Points of the score trend, as SVG coordinates (0-100 from the bottom)."""
    scored = [r for r in rows if r.score is not None]
    step = 300 / max(len(scored) - 1, 1)
    return [
        {"x": round(10 + i * step), "y": 110 - r.score, "score": r.score, "id": r.incident_id}
        for i, r in enumerate(scored)
    ]


@router.get("/plans/{plan_id}/rehearsals")
def list_plan_rehearsals(
    plan_id: PathId, request: Request, session: SessionDep, _viewer: PageViewer
) -> Response:
    """Every rehearsal of the plan, its score and grade, and the trend."""
    plan = plan_service.get_plan(session, plan_id)
    found = rehearsals.history(session, plan.slug)
    points = _chart(found.rehearsals)
    return render(
        request,
        "rehearsals/history.html",
        {
            "plan": plan,
            "history": found,
            "points": points,
            "polyline": " ".join(f"{p['x']},{p['y']}" for p in points),
        },
    )
