"""The plan library: list, read, create and edit as YAML with problems shown in place,
version history with a diff, YAML upload and download, archive."""

from __future__ import annotations

import difflib
from typing import Any

from fastapi import APIRouter, Query, Request
from starlette.responses import RedirectResponse, Response

from crisiscomms.db import utc_now
from crisiscomms.dbtypes import MAX_ID
from crisiscomms.deps import PathId, SessionDep
from crisiscomms.errors import CrisisCommsError, ValidationFailed
from crisiscomms.flows import plans as plan_flow
from crisiscomms.plans import loader
from crisiscomms.plans import service as plan_service
from crisiscomms.web.deps import PageApprover, PageViewer
from crisiscomms.web.forms import CheckedForm, text, upload_text
from crisiscomms.web.templating import render

router = APIRouter(prefix="/plans")

YAML = "application/yaml"
NOTICES = {
    "created": "The plan was stored as version 1.",
    "saved": "Your changes were stored as a new version.",
    "unchanged": "Nothing changed: the plan is the same as its current version.",
    "archived": "The plan is archived: it cannot be activated until it is brought back.",
    "unarchived": "The plan is back in use.",
}


def annotated_problems(source: str, details: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each problem with the lines around it, so the form can show it where it is."""
    lines = source.splitlines()
    found: list[dict[str, Any]] = []
    for detail in details:
        line = detail.get("line")
        context: list[dict[str, Any]] = []
        if isinstance(line, int) and 1 <= line <= len(lines):
            for number in range(max(1, line - 1), min(len(lines), line + 1) + 1):
                context.append(
                    {"number": number, "text": lines[number - 1], "here": number == line}
                )
        found.append({**detail, "context": context})
    return found


def _editor(
    request: Request,
    *,
    plan: Any,
    source: str,
    problems: list[dict[str, Any]] | None = None,
    error: str = "",
    status_code: int = 200,
) -> Response:
    return render(
        request,
        "plans/edit.html",
        {
            "plan": plan,
            "source": source,
            "problems": problems or [],
            "error": error,
        },
        status_code=status_code,
    )


async def _submitted_text(form: Any) -> tuple[str, bool]:
    """The plan text from the uploaded file if one was chosen, else from the text area."""
    uploaded = await upload_text(form, "file")
    if uploaded is not None:
        return uploaded.decode("utf-8", errors="replace"), True
    return text(form, "source", strip=False).replace("\r\n", "\n"), False


@router.get("")
def list_plans(
    request: Request, session: SessionDep, _viewer: PageViewer, archived: bool = False
) -> Response:
    """The plan library."""
    plans = plan_service.list_plans(session, include_archived=archived)
    return render(request, "plans/index.html", {"plans": plans, "archived": archived})


@router.get("/new")
def new_plan_form(request: Request, _approver: PageApprover) -> Response:
    """An empty plan editor, with a YAML upload."""
    return _editor(request, plan=None, source="")


@router.post("/new")
async def create_plan(
    request: Request, session: SessionDep, actor: PageApprover, form: CheckedForm
) -> Response:
    """Store a new plan from the text area or an uploaded file."""
    source, _uploaded = await _submitted_text(form)
    try:
        plan, _version = plan_flow.create_plan_from_text(
            session, raw=source.encode(), media_type=YAML, actor=actor, now=utc_now()
        )
    except ValidationFailed as exc:
        problems = annotated_problems(source, exc.details)
        return _editor(request, plan=None, source=source, problems=problems, status_code=422)
    except CrisisCommsError as exc:
        return _editor(request, plan=None, source=source, error=exc.message, status_code=exc.status)
    return RedirectResponse(f"/plans/{plan.id}?notice=created", status_code=303)


@router.get("/{plan_id}")
def read_plan(
    plan_id: PathId,
    request: Request,
    session: SessionDep,
    _viewer: PageViewer,
    version: int | None = Query(default=None, ge=1, le=MAX_ID),
    notice: str = "",
) -> Response:
    """One plan: its summary and its YAML (the current version unless one is asked for)."""
    plan, found = plan_service.get_plan_with_version(session, plan_id, version)
    return render(
        request,
        "plans/detail.html",
        {
            "plan": plan,
            "version": found,
            "body": plan_service.body_of(found),
            "source": loader.dump_plan_yaml(found.body),
            "notice": NOTICES.get(notice, ""),
        },
    )


@router.get("/{plan_id}/edit")
def edit_plan_form(
    plan_id: PathId, request: Request, session: SessionDep, _approver: PageApprover
) -> Response:
    """The plan's current version in the YAML editor."""
    plan, found = plan_service.get_plan_with_version(session, plan_id)
    return _editor(request, plan=plan, source=loader.dump_plan_yaml(found.body))


@router.post("/{plan_id}/edit")
async def update_plan(
    plan_id: PathId, request: Request, session: SessionDep, actor: PageApprover, form: CheckedForm
) -> Response:
    """Store the edited (or uploaded) plan as its next version; problems are shown in place."""
    plan = plan_service.get_plan(session, plan_id)
    before = plan.current_version
    source, _uploaded = await _submitted_text(form)
    try:
        plan, _version = plan_flow.update_plan_from_text(
            session, plan_id, raw=source.encode(), media_type=YAML, actor=actor, now=utc_now()
        )
    except ValidationFailed as exc:
        problems = annotated_problems(source, exc.details)
        return _editor(request, plan=plan, source=source, problems=problems, status_code=422)
    except CrisisCommsError as exc:
        return _editor(request, plan=plan, source=source, error=exc.message, status_code=exc.status)
    notice = "saved" if plan.current_version != before else "unchanged"
    return RedirectResponse(f"/plans/{plan_id}?notice={notice}", status_code=303)


@router.post("/{plan_id}/archive")
def archive_plan(
    plan_id: PathId, session: SessionDep, actor: PageApprover, _form: CheckedForm
) -> Response:
    """Archive the plan."""
    plan_service.archive_plan(session, plan_id, actor=actor, now=utc_now())
    return RedirectResponse(f"/plans/{plan_id}?notice=archived", status_code=303)


@router.post("/{plan_id}/unarchive")
def unarchive_plan(
    plan_id: PathId, session: SessionDep, actor: PageApprover, _form: CheckedForm
) -> Response:
    """Bring the plan back into use."""
    plan_service.unarchive_plan(session, plan_id, actor=actor, now=utc_now())
    return RedirectResponse(f"/plans/{plan_id}?notice=unarchived", status_code=303)


@router.get("/{plan_id}/versions")
def list_plan_versions(
    plan_id: PathId, request: Request, session: SessionDep, _viewer: PageViewer
) -> Response:
    """The plan's version history, with a form to compare two versions."""
    plan = plan_service.get_plan(session, plan_id)
    versions = list(plan_service.list_versions(session, plan_id))
    return render(request, "plans/versions.html", {"plan": plan, "versions": versions})


@router.get("/{plan_id}/diff")
def compare_plan_versions(
    plan_id: PathId,
    request: Request,
    session: SessionDep,
    _viewer: PageViewer,
    old: int = Query(alias="from", ge=1),
    new: int = Query(alias="to", ge=1),
) -> Response:
    """What changed between two versions, as a unified diff of their YAML."""
    plan = plan_service.get_plan(session, plan_id)
    left = loader.dump_plan_yaml(plan_service.get_version(session, plan_id, old).body)
    right = loader.dump_plan_yaml(plan_service.get_version(session, plan_id, new).body)
    diff = difflib.unified_diff(
        left.splitlines(), right.splitlines(), f"version {old}", f"version {new}", lineterm=""
    )
    lines = [
        {"text": line, "kind": {"+": "add", "-": "del", "@": "hunk"}.get(line[:1], "same")}
        for line in diff
    ]
    return render(
        request, "plans/diff.html", {"plan": plan, "old": old, "new": new, "lines": lines}
    )


@router.get("/{plan_id}/export")
def export_plan(
    plan_id: PathId,
    session: SessionDep,
    _viewer: PageViewer,
    version: int | None = Query(default=None, ge=1, le=MAX_ID),
) -> Response:
    """Download a version as a YAML plan file."""
    filename, body = plan_service.export_plan(session, plan_id, version=version)
    return Response(
        content=body.encode("utf-8"),
        media_type="application/yaml; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
