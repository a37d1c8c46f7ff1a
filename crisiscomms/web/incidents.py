"""Incident pages: activate a plan, the incident with its clocks, lifecycle and severity
buttons, scope, notes, statements and timeline."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from pydantic import ValidationError
from sqlmodel import Session
from starlette.datastructures import FormData
from starlette.responses import RedirectResponse, Response

from crisiscomms.db import utc_now
from crisiscomms.deps import PathId, SessionDep
from crisiscomms.errors import CrisisCommsError, NotFound
from crisiscomms.flows import statements as statement_flow
from crisiscomms.flows import status as status_flow
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import IncidentStatus
from crisiscomms.incidents.schemas import IncidentCreate, IncidentUpdate, Scope
from crisiscomms.plans import service as plan_service
from crisiscomms.plans.schema import Stage
from crisiscomms.statements import service as statement_service
from crisiscomms.web.deps import PageCommander, PageComms, PageViewer
from crisiscomms.web.forms import (
    CheckedForm,
    field_errors,
    form_id,
    pydantic_errors,
    split_list,
    text,
)
from crisiscomms.web.templating import render

router = APIRouter(prefix="/incidents")

ACTIVATION_FIELDS = (
    "plan_id",
    "severity",
    "title",
    "summary",
    "products",
    "regions",
    "segments",
    "affected_customers",
)
SCOPE_FIELDS = ("products", "regions", "segments")


def _optional_int(value: str) -> int | str | None:
    """An integer field: None when empty; the text itself when it is no number (the model
    then reports it beside the field)."""
    if not value:
        return None
    return int(value) if value.isdigit() else value


def _scope(values: dict[str, str]) -> dict[str, list[str]]:
    return {name: split_list(values.get(name, "")) for name in SCOPE_FIELDS}


def _scope_errors(errors: dict[str, str]) -> dict[str, str]:
    """Scope errors ("scope.products.0") shown beside their field ("products")."""
    out: dict[str, str] = {}
    for location, message in errors.items():
        parts = location.split(".")
        key = parts[1] if parts[0] == "scope" and len(parts) > 1 else parts[0]
        out.setdefault(key, message)
    return out


def _activation_page(
    request: Request,
    session: Session,
    values: dict[str, str],
    errors: dict[str, str] | None = None,
    *,
    status_code: int = 200,
) -> Response:
    plans = plan_service.list_plans(session)
    chosen = None
    plan_id = form_id(values.get("plan_id", ""))
    if plan_id is not None:
        try:
            plan, version = plan_service.get_plan_with_version(session, plan_id)
            chosen = {"plan": plan, "body": plan_service.body_of(version)}
        except NotFound:
            chosen = None
    return render(
        request,
        "incidents/new.html",
        {"plans": plans, "chosen": chosen, "values": values, "errors": errors or {}},
        status_code=status_code,
    )


@router.get("")
def list_incidents(request: Request, session: SessionDep, _viewer: PageViewer) -> Response:
    """Every incident, newest first."""
    incidents = incident_service.list_incidents(session)
    return render(request, "incidents/index.html", {"incidents": incidents})


@router.get("/new")
def new_incident_form(
    request: Request, session: SessionDep, _comms: PageComms, plan_id: str = ""
) -> Response:
    """Activate a plan: choose it, then its severity, the title, summary and scope."""
    return _activation_page(request, session, {"plan_id": plan_id})


@router.post("/new")
def activate_incident(
    request: Request, session: SessionDep, actor: PageComms, form: CheckedForm
) -> Response:
    """Open the incident; on a problem the form comes back with the input and the errors."""
    values = {name: text(form, name) for name in ACTIVATION_FIELDS}
    try:
        data = IncidentCreate.model_validate(
            {
                "plan_id": _optional_int(values["plan_id"]),
                "severity": values["severity"],
                "title": values["title"],
                "summary": values["summary"],
                "scope": _scope(values),
                "affected_customers": _optional_int(values["affected_customers"]),
            }
        )
    except ValidationError as exc:
        errors = _scope_errors(pydantic_errors(exc.errors()))
        return _activation_page(request, session, values, errors, status_code=422)
    try:
        incident = incident_service.activate(session, data, actor=actor, now=utc_now())
    except CrisisCommsError as exc:
        errors = field_errors(exc.details) or {"form": exc.message}
        return _activation_page(request, session, values, errors, status_code=exc.status)
    return RedirectResponse(f"/incidents/{incident.id}", status_code=303)


def incident_page(
    request: Request,
    session: Session,
    incident_id: int,
    *,
    failed: str = "",
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    """The incident page; `failed` names the form to redisplay with `values` and `errors`."""
    incident = incident_service.get_incident(session, incident_id)
    view = incident_service.public_view(session, incident)
    plan = incident_service.plan_of(session, incident)
    scope = incident.scope or {}
    details = {
        "title": incident.title,
        "summary": incident.summary,
        "affected_customers": str(incident.affected_customers or ""),
        **{name: ", ".join(scope.get(name, [])) for name in SCOPE_FIELDS},
    }
    return render(
        request,
        "incidents/detail.html",
        {
            "incident": view,
            "plan": plan,
            "events": list(incident_service.list_events(session, incident_id))[::-1],
            "statements": list(statement_service.list_statements(session, incident_id))[::-1],
            "stages": list(Stage),
            "failed": failed,
            "values": values or {},
            "details": {**details, **(values or {})} if failed == "details" else details,
            "errors": errors or {},
        },
        status_code=status_code,
    )


@router.get("/{incident_id}")
def read_incident(
    incident_id: PathId, request: Request, session: SessionDep, _viewer: PageViewer
) -> Response:
    """The incident: clocks, lifecycle, severity, scope, statements and timeline."""
    return incident_page(request, session, incident_id)


def _act(
    request: Request,
    session: Session,
    incident_id: int,
    form: FormData,
    name: str,
    fields: tuple[str, ...],
    action: Any,
) -> Response:
    """Run one change; on failure redisplay the page with that form's input and errors."""
    values = {field: text(form, field) for field in fields}
    try:
        result = action(values)
    except ValidationError as exc:
        errors = _scope_errors(pydantic_errors(exc.errors()))
        return incident_page(
            request,
            session,
            incident_id,
            failed=name,
            values=values,
            errors=errors,
            status_code=422,
        )
    except ValueError:
        return incident_page(
            request,
            session,
            incident_id,
            failed=name,
            values=values,
            errors={"form": "That choice is not one of the options offered."},
            status_code=422,
        )
    except CrisisCommsError as exc:
        session.rollback()
        errors = field_errors(exc.details) or {"form": exc.message}
        return incident_page(
            request,
            session,
            incident_id,
            failed=name,
            values=values,
            errors=errors,
            status_code=exc.status,
        )
    return RedirectResponse(result or f"/incidents/{incident_id}", status_code=303)


@router.post("/{incident_id}/status")
def change_incident_status(
    incident_id: PathId,
    request: Request,
    session: SessionDep,
    actor: PageCommander,
    form: CheckedForm,
) -> Response:
    """Move the incident along its lifecycle."""

    def act(values: dict[str, str]) -> None:
        status_flow.change_status(
            session,
            incident_id,
            status=IncidentStatus(values["status"]),
            note=values["note"] or None,
            actor=actor,
            now=utc_now(),
        )

    return _act(request, session, incident_id, form, "status", ("status", "note"), act)


@router.post("/{incident_id}/severity")
def change_incident_severity(
    incident_id: PathId,
    request: Request,
    session: SessionDep,
    actor: PageCommander,
    form: CheckedForm,
) -> Response:
    """Change the severity, with a reason."""

    def act(values: dict[str, str]) -> None:
        incident_service.change_severity(
            session,
            incident_id,
            severity=values["severity"],
            reason=values["reason"],
            actor=actor,
            now=utc_now(),
        )

    return _act(request, session, incident_id, form, "severity", ("severity", "reason"), act)


@router.post("/{incident_id}/details")
def update_incident(
    incident_id: PathId, request: Request, session: SessionDep, actor: PageComms, form: CheckedForm
) -> Response:
    """Change the title, summary, scope or affected count."""

    def act(values: dict[str, str]) -> None:
        data = IncidentUpdate(
            title=values["title"],
            summary=values["summary"],
            scope=Scope.model_validate(_scope(values)),
            affected_customers=_optional_int(values["affected_customers"]),
        )
        incident_service.update_details(session, incident_id, data, actor=actor, now=utc_now())

    fields = ("title", "summary", "affected_customers", *SCOPE_FIELDS)
    return _act(request, session, incident_id, form, "details", fields, act)


@router.post("/{incident_id}/notes")
def add_incident_note(
    incident_id: PathId, request: Request, session: SessionDep, actor: PageComms, form: CheckedForm
) -> Response:
    """Add a note to the timeline."""

    def act(values: dict[str, str]) -> None:
        incident_service.add_note(
            session, incident_id, message=values["message"], actor=actor, now=utc_now()
        )

    return _act(request, session, incident_id, form, "note", ("message",), act)


@router.post("/{incident_id}/statements")
def draft_statement(
    incident_id: PathId, request: Request, session: SessionDep, actor: PageComms, form: CheckedForm
) -> Response:
    """Draft a statement from the plan's template and open it in the editor."""

    def act(values: dict[str, str]) -> str:
        statement = statement_flow.draft(
            session,
            incident_id,
            stage=Stage(values["stage"]) if values["stage"] else None,
            holding=values["holding"] == "1",
            actor=actor,
            now=utc_now(),
        )
        return f"/statements/{statement.id}"

    return _act(request, session, incident_id, form, "draft", ("stage", "holding"), act)
