"""Maintenance pages, for staff: the list, scheduling from a plan, editing at a revision,
moving it by hand, and its timeline.

Window times are typed in the browser's `datetime-local` fields and read in the chosen time
zone, as the API reads a time without an offset. An edit carries the revision it was
loaded at: a stale one comes back as a 409 page with the input kept and the reason at the
form, and nothing written.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Request
from pydantic import ValidationError
from sqlmodel import Session
from starlette.datastructures import FormData
from starlette.responses import RedirectResponse, Response

from crisiscomms.db import utc_now
from crisiscomms.deps import PathId, SessionDep
from crisiscomms.errors import CrisisCommsError
from crisiscomms.flows import maintenance as maintenance_flow
from crisiscomms.maintenance import service as maintenance_service
from crisiscomms.maintenance.models import Maintenance, MaintenanceStatus
from crisiscomms.maintenance.schemas import MaintenanceCreate, MaintenanceUpdate
from crisiscomms.web.deps import PageCommander, PageComms, PageViewer
from crisiscomms.web.forms import CheckedForm, field_errors, form_id, pydantic_errors, text
from crisiscomms.web.templating import render

router = APIRouter(prefix="/maintenance")
FIELDS = ("title", "description", "starts_at", "ends_at", "time_zone")
ZONES = ("Etc/UTC", "Europe/London", "Asia/Dhaka", "Asia/Kolkata", "America/New_York")
"""Offered in the time zone field's list; any IANA name may be typed."""
EMPTY = {"starts_at": "Give the date and time it starts.", "ends_at": "Give when it ends."}


def _at_field(errors: dict[str, str]) -> dict[str, str]:
    """Errors keyed by form field: "components.2" is shown at "components"."""
    out: dict[str, str] = {}
    for location, message in errors.items():
        out.setdefault(location.split(".")[0] or "form", message)
    return out


def _values(form: FormData) -> dict[str, Any]:
    values: dict[str, Any] = {name: text(form, name) for name in FIELDS}
    values["components"] = [c for c in form.getlist("components") if isinstance(c, str)]
    return values


def _local_input(maintenance: Maintenance, which: str) -> str:
    """A window time as a datetime-local field shows it, in the maintenance's zone."""
    value = getattr(maintenance, which)
    return str(value.astimezone(ZoneInfo(maintenance.time_zone)).strftime("%Y-%m-%dT%H:%M"))


def _current(maintenance: Maintenance) -> dict[str, Any]:
    return {
        "title": maintenance.title,
        "description": maintenance.description,
        "components": list(maintenance.components),
        "starts_at": _local_input(maintenance, "starts_at"),
        "ends_at": _local_input(maintenance, "ends_at"),
        "time_zone": maintenance.time_zone,
    }


def _empty_times(values: dict[str, Any]) -> dict[str, str]:
    return {name: message for name, message in EMPTY.items() if not values.get(name)}


@router.get("")
def list_maintenances(request: Request, session: SessionDep, _viewer: PageViewer) -> Response:
    """Every maintenance, soonest window first."""
    found = maintenance_service.list_maintenances(session)
    views = [maintenance_service.public_view(session, m) for m in found]
    return render(request, "maintenance/index.html", {"maintenances": views})


def _new_page(
    request: Request,
    session: Session,
    plan_id: int | None,
    values: dict[str, Any],
    errors: dict[str, str] | None = None,
    *,
    status_code: int = 200,
) -> Response:
    plans = maintenance_service.maintenance_plans(session)
    if plan_id is None and len(plans) == 1:
        plan_id = plans[0][0].id
    chosen = next(({"plan": p, "body": b} for p, b in plans if p.id == plan_id), None)
    return render(
        request,
        "maintenance/new.html",
        {
            "plans": plans,
            "chosen": chosen,
            "values": {"time_zone": "Etc/UTC", "components": [], **values},
            "errors": errors or {},
            "zones": ZONES,
        },
        status_code=status_code,
    )


@router.get("/new")
def new_maintenance_form(
    request: Request, session: SessionDep, _comms: PageComms, plan_id: str = ""
) -> Response:
    """Schedule planned work: choose the plan, then title, components and window."""
    return _new_page(request, session, form_id(plan_id), {})


@router.post("/new")
def schedule_maintenance(
    request: Request, session: SessionDep, actor: PageComms, form: CheckedForm
) -> Response:
    """Schedule it and send its notice; on a problem the form comes back with every error."""
    plan_id = form_id(text(form, "plan_id"))
    values = _values(form)
    errors = _empty_times(values)
    if plan_id is None:
        errors["form"] = "Choose a plan."
    if errors:
        return _new_page(request, session, plan_id, values, errors, status_code=422)
    try:
        data = MaintenanceCreate.model_validate({**values, "plan_id": plan_id})
    except ValidationError as exc:
        errors = _at_field(pydantic_errors(exc.errors()))
        return _new_page(request, session, plan_id, values, errors, status_code=422)
    try:
        maintenance = maintenance_flow.schedule(session, data, actor=actor, now=utc_now())
    except CrisisCommsError as exc:
        session.rollback()
        errors = _at_field(field_errors(exc.details)) or {"form": exc.message}
        return _new_page(request, session, plan_id, values, errors, status_code=exc.status)
    return RedirectResponse(f"/maintenance/{maintenance.id}", status_code=303)


def detail_page(
    request: Request,
    session: Session,
    maintenance_id: int,
    *,
    errors: dict[str, str] | None = None,
    note: str = "",
    status_code: int = 200,
) -> Response:
    """The maintenance with its notices, moves and timeline (newest entry first)."""
    maintenance = maintenance_service.get_maintenance(session, maintenance_id)
    return render(
        request,
        "maintenance/detail.html",
        {
            "m": maintenance_service.public_view(session, maintenance),
            "events": list(maintenance_service.list_events(session, maintenance_id))[::-1],
            "errors": errors or {},
            "note": note,
        },
        status_code=status_code,
    )


@router.get("/{maintenance_id}")
def read_maintenance(
    maintenance_id: PathId, request: Request, session: SessionDep, _viewer: PageViewer
) -> Response:
    """One maintenance: window, promise, notices, moves and timeline."""
    return detail_page(request, session, maintenance_id)


def _edit_page(
    request: Request,
    session: Session,
    maintenance: Maintenance,
    *,
    values: dict[str, Any] | None = None,
    revision: int | None = None,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    body = maintenance_service.plan_of(session, maintenance)
    return render(
        request,
        "maintenance/edit.html",
        {
            "m": maintenance,
            "policy": maintenance_service.policy_of(body),
            "values": values or _current(maintenance),
            "revision": revision or maintenance.revision,
            "errors": errors or {},
            "zones": ZONES,
        },
        status_code=status_code,
    )


@router.get("/{maintenance_id}/edit")
def edit_maintenance_form(
    maintenance_id: PathId, request: Request, session: SessionDep, _comms: PageComms
) -> Response:
    """Edit a scheduled maintenance at its current revision."""
    maintenance = maintenance_service.get_maintenance(session, maintenance_id)
    return _edit_page(request, session, maintenance)


@router.post("/{maintenance_id}/edit")
def update_maintenance(
    maintenance_id: PathId,
    request: Request,
    session: SessionDep,
    actor: PageComms,
    form: CheckedForm,
) -> Response:
    """Save the edit at the revision it was loaded at; only changed fields are sent."""
    maintenance = maintenance_service.get_maintenance(session, maintenance_id)
    values = _values(form)
    revision = form_id(text(form, "revision"))
    current = _current(maintenance)
    errors = _empty_times(values)
    if revision is None:
        errors["form"] = "This form lost its revision; reload the page."
    if errors:
        return _edit_page(
            request, session, maintenance, values=values, errors=errors, status_code=422
        )
    changed = {k: v for k, v in values.items() if v != current[k]}
    if {"starts_at", "ends_at", "time_zone"} & changed.keys():
        changed.update({k: values[k] for k in ("starts_at", "ends_at", "time_zone")})
    try:
        data = MaintenanceUpdate.model_validate({**changed, "revision": revision})
        maintenance_flow.update(session, maintenance_id, data, actor=actor, now=utc_now())
    except ValidationError as exc:
        errors = _at_field(pydantic_errors(exc.errors()))
        return _edit_page(
            request,
            session,
            maintenance,
            values=values,
            revision=revision,
            errors=errors,
            status_code=422,
        )
    except CrisisCommsError as exc:
        session.rollback()
        errors = _at_field(field_errors(exc.details))
        if "revision" in errors or not errors:
            errors["form"] = exc.message
        found = maintenance_service.get_maintenance(session, maintenance_id)
        return _edit_page(
            request,
            session,
            found,
            values=values,
            revision=revision,
            errors=errors,
            status_code=exc.status,
        )
    return RedirectResponse(f"/maintenance/{maintenance_id}", status_code=303)


@router.post("/{maintenance_id}/status")
def change_maintenance_status(
    maintenance_id: PathId,
    request: Request,
    session: SessionDep,
    actor: PageCommander,
    form: CheckedForm,
) -> Response:
    """Start, verify, complete or cancel it by hand, at the revision the page showed."""
    note = text(form, "note")
    try:
        maintenance_flow.change_status(
            session,
            maintenance_id,
            status=MaintenanceStatus(text(form, "status")),
            revision=form_id(text(form, "revision")),
            note=note or None,
            actor=actor,
            now=utc_now(),
        )
    except ValueError:
        errors = {"form": "That move is not one of the options offered."}
        return detail_page(request, session, maintenance_id, errors=errors, status_code=422)
    except CrisisCommsError as exc:
        session.rollback()
        errors = {"form": exc.message}
        return detail_page(
            request, session, maintenance_id, errors=errors, note=note, status_code=exc.status
        )
    return RedirectResponse(f"/maintenance/{maintenance_id}", status_code=303)
