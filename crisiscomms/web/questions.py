"""Staff pages for questions: the queue (grouped, counted, oldest waiting first) and the
answer editor of one group (draft with the check, approve as a second person, or give the
plan's pre-approved answer). Roles as in the API: reading needs viewer (personal data
masked below comms), drafting and plan answers comms, approving approver."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from sqlmodel import Session
from starlette.responses import RedirectResponse, Response

from crisiscomms.db import utc_now
from crisiscomms.deps import PathId, SessionDep
from crisiscomms.errors import CrisisCommsError
from crisiscomms.flows import answering as answer_flow
from crisiscomms.flows import question_followup
from crisiscomms.incidents import service as incident_service
from crisiscomms.principal import Principal, Role
from crisiscomms.questions import queue as question_queue
from crisiscomms.questions import service as question_service
from crisiscomms.web.deps import PageApprover, PageComms, PageViewer
from crisiscomms.web.forms import CheckedForm, text
from crisiscomms.web.templating import render

router = APIRouter()


def _shown(value: str, viewer: Principal) -> str:
    return value if viewer.has(Role.COMMS) else question_service.mask(value)


@router.get("/incidents/{incident_id}/questions")
def read_question_queue_page(
    incident_id: PathId, request: Request, session: SessionDep, viewer: PageViewer
) -> Response:
    """The question queue: groups with questions waiting, the longest waiting first."""
    incident = incident_service.get_incident(session, incident_id)
    plan = incident_service.plan_of(session, incident)
    now = utc_now()
    overdue = {q.group_id for q in question_queue.overdue(session, incident_id, plan=plan, now=now)}
    items = [
        {
            "item": item,
            "label": _shown(item.group.label, viewer),
            "overdue": item.group.id in overdue,
        }
        for item in question_queue.queue(session, incident_id)
    ]
    values: dict[str, Any] = {
        "incident": incident,
        "items": items,
        "quarantined": [
            {"q": q, "text": _shown(q.text, viewer)}
            for q in question_queue.quarantined(session, incident_id, limit=50)
        ]
        if viewer.has(Role.COMMS)
        else [],
        "response_minutes": int(question_queue.response_time(plan).total_seconds() // 60),
        "now": now,
    }
    return render(request, "questions/queue.html", values)


def _editor(
    request: Request,
    session: Session,
    viewer: Principal,
    incident_id: int,
    group_id: int,
    *,
    values: dict[str, str] | None = None,
    errors: dict[str, Any] | None = None,
    status_code: int = 200,
    to_plan: dict[str, str] | None = None,
) -> Response:
    incident = incident_service.get_incident(session, incident_id)
    plan = incident_service.plan_of(session, incident)
    group = question_service.get_group(session, group_id, incident_id=incident_id)
    questions = [
        {"q": q, "text": _shown(q.text, viewer)}
        for q in question_service.questions_of(session, group_id)
    ]
    plan_answer = question_service.plan_answer(plan, group, group.language)
    answer_locale = group.answer_locale or plan.default_locale
    form = values or {
        "answer": group.draft_answer or "",
        "public_question": group.public_question or "",
        "locale": group.answer_locale or group.language,
    }
    return render(
        request,
        "questions/group.html",
        {
            "incident": incident,
            "group": group,
            "label": _shown(group.label, viewer),
            "questions": questions,
            "plan_answer": plan_answer,
            "form": form,
            "errors": errors or {},
            "notice": request.query_params.get("notice"),
            "plan_locales": plan.locales,
            "answer_locale": answer_locale,
            "to_plan": to_plan or {},
        },
        status_code=status_code,
    )


@router.get("/incidents/{incident_id}/questions/{group_id}")
def read_question_group_page(
    incident_id: PathId, group_id: PathId, request: Request, session: SessionDep, viewer: PageViewer
) -> Response:
    """One group: its questions, the answer editor and the plan's answer when it has one."""
    return _editor(request, session, viewer, incident_id, group_id)


def _refused(
    request: Request,
    session: Session,
    actor: Principal,
    incident_id: int,
    group_id: int,
    exc: CrisisCommsError,
    **editor: Any,
) -> Response:
    """A refused action: nothing of it is kept, and the editor shows why at the form."""
    session.rollback()
    errors = {"form": exc.message, **editor.pop("errors", {})}
    return _editor(
        request,
        session,
        actor,
        incident_id,
        group_id,
        errors=errors,
        status_code=exc.status,
        **editor,
    )


def _done(incident_id: int, group_id: int, notice: str) -> Response:
    return RedirectResponse(
        f"/incidents/{incident_id}/questions/{group_id}?notice={notice}", status_code=303
    )


@router.post("/incidents/{incident_id}/questions/{group_id}/draft")
def draft_answer_page(
    incident_id: PathId,
    group_id: PathId,
    request: Request,
    session: SessionDep,
    actor: PageComms,
    form: CheckedForm,
) -> Response:
    """Save a drafted answer (checked now) for a second person to approve."""
    values = {
        "answer": text(form, "answer"),
        "public_question": text(form, "public_question"),
        "locale": text(form, "locale") or "en",
    }
    try:
        answer_flow.draft_answer(
            session,
            incident_id,
            group_id,
            text=values["answer"],
            locale=values["locale"] if values["locale"] in {"en", "bn"} else "en",
            public_question=values["public_question"] or None,
            actor=actor,
            now=utc_now(),
        )
    except CrisisCommsError as exc:
        findings = [d for d in exc.details if "excerpt" in d]
        return _refused(
            request,
            session,
            actor,
            incident_id,
            group_id,
            exc,
            values=values,
            errors={"findings": findings},
        )
    return _done(incident_id, group_id, "drafted")


@router.post("/incidents/{incident_id}/questions/{group_id}/approve")
def approve_answer_page(
    incident_id: PathId,
    group_id: PathId,
    request: Request,
    session: SessionDep,
    actor: PageApprover,
    form: CheckedForm,
) -> Response:
    """Approve the drafted answer: it goes to every asker and onto the public page."""
    try:
        answer_flow.approve_answer(session, incident_id, group_id, actor=actor, now=utc_now())
    except CrisisCommsError as exc:
        return _refused(request, session, actor, incident_id, group_id, exc)
    return _done(incident_id, group_id, "answered")


@router.post("/incidents/{incident_id}/questions/{group_id}/plan-answer")
def plan_answer_page(
    incident_id: PathId,
    group_id: PathId,
    request: Request,
    session: SessionDep,
    actor: PageComms,
    form: CheckedForm,
) -> Response:
    """Give the plan's pre-approved answer (no second person needed)."""
    locale = text(form, "locale") or "en"
    try:
        answer_flow.answer_from_plan(
            session,
            incident_id,
            group_id,
            locale=locale if locale in {"en", "bn"} else "en",
            actor=actor,
            now=utc_now(),
        )
    except CrisisCommsError as exc:
        return _refused(request, session, actor, incident_id, group_id, exc)
    return _done(incident_id, group_id, "answered")


@router.post("/incidents/{incident_id}/questions/{group_id}/add-to-plan")
def add_to_plan_page(
    incident_id: PathId,
    group_id: PathId,
    request: Request,
    session: SessionDep,
    actor: PageApprover,
    form: CheckedForm,
) -> Response:
    """Add an answered question the plan had not foreseen to the plan: a new version."""
    values = {
        key: text(form, key)
        for key in form
        if key.startswith(("question.", "answer.")) and key.split(".", 1)[1] in {"en", "bn"}
    }
    try:
        version = question_followup.add_to_plan(
            session,
            incident_id,
            group_id,
            questions={k[9:]: v for k, v in values.items() if k.startswith("question.")},
            answers={k[7:]: v for k, v in values.items() if k.startswith("answer.")},
            actor=actor,
            now=utc_now(),
        )
    except CrisisCommsError as exc:
        problems = [d.get("message", "") for d in exc.details]
        return _refused(
            request,
            session,
            actor,
            incident_id,
            group_id,
            exc,
            errors={"plan": problems},
            to_plan=values,
        )
    return _done(incident_id, group_id, f"added-{version.version}")


@router.post("/incidents/{incident_id}/questions/{group_id}/send-ahead")
def send_ahead_page(
    incident_id: PathId,
    group_id: PathId,
    request: Request,
    session: SessionDep,
    actor: PageComms,
    form: CheckedForm,
) -> Response:
    """Send the approved answer ahead with the next update."""
    try:
        question_followup.mark_send_ahead(
            session, incident_id, group_id, actor=actor, now=utc_now()
        )
    except CrisisCommsError as exc:
        return _refused(request, session, actor, incident_id, group_id, exc)
    return _done(incident_id, group_id, "send-ahead")
