"""Plans: the library of crisis communication plans, versioned, checked before storing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response

from crisiscomms.db import utc_now
from crisiscomms.deps import ApproverDep, PathId, QueryId, SessionDep, ViewerDep
from crisiscomms.flows import plans as plan_flow
from crisiscomms.plans import service as plan_service
from crisiscomms.plans.models import Plan, PlanVersion
from crisiscomms.plans.schema import plan_json_schema
from crisiscomms.plans.schemas import (
    PlanDetail,
    PlanPublic,
    PlanVersionDetail,
    PlanVersionPublic,
    ValidationReport,
    plan_detail,
    validation_report,
)

router = APIRouter(prefix="/plans", tags=["plans"])

_TEXT = {"schema": {"type": "string", "description": "a plan file (YAML)"}}
PLAN_REQUEST_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": "A plan file as YAML, or the same plan as a JSON object.",
        "content": {
            "application/yaml": _TEXT,
            "text/yaml": _TEXT,
            "application/json": {
                "schema": {
                    "type": "object",
                    "description": "a plan body; its JSON Schema is at GET /api/v1/plans/schema",
                }
            },
        },
    }
}
PLAN_PROBLEMS: dict[int | str, dict[str, Any]] = {
    422: {"description": "The plan is invalid; details list located problems"}
}


@dataclass(frozen=True)
class PlanUpload:
    """A plan as sent: the raw body and its media type."""

    raw: bytes
    media_type: str


async def read_plan_upload(request: Request) -> PlanUpload:
    """Read the raw body: plans come as YAML or JSON, so FastAPI does not parse them."""
    media_type = request.headers.get("content-type") or "application/yaml"
    return PlanUpload(raw=await request.body(), media_type=media_type)


UploadDep = Annotated[PlanUpload, Depends(read_plan_upload)]


@router.get("", response_model=list[PlanPublic])
def list_plans(
    session: SessionDep, _viewer: ViewerDep, include_archived: bool = False
) -> Sequence[Plan]:
    """List plans by slug; archived ones only with `include_archived=true`."""
    return plan_service.list_plans(session, include_archived=include_archived)


@router.get("/schema")
def read_plan_schema() -> dict[str, Any]:
    """The JSON Schema of plan files (public, for editors)."""
    return plan_json_schema()


@router.post("/validate", response_model=ValidationReport, openapi_extra=PLAN_REQUEST_BODY)
def validate_plan(_viewer: ViewerDep, upload: UploadDep) -> ValidationReport:
    """Check a plan and list its problems with their locations; stores nothing."""
    return validation_report(plan_flow.check_text(upload.raw, "api", media_type=upload.media_type))


@router.post(
    "",
    status_code=201,
    response_model=PlanDetail,
    openapi_extra=PLAN_REQUEST_BODY,
    responses=PLAN_PROBLEMS,
)
def create_plan(session: SessionDep, actor: ApproverDep, upload: UploadDep) -> PlanDetail:
    """Store a new plan as version 1; its slug must be free."""
    plan, version = plan_flow.create_plan_from_text(
        session, raw=upload.raw, media_type=upload.media_type, actor=actor, now=utc_now()
    )
    return plan_detail(plan, version)


@router.get("/{plan_id}", response_model=PlanDetail)
def read_plan(plan_id: PathId, session: SessionDep, _viewer: ViewerDep) -> PlanDetail:
    """Read a plan with its current version and body."""
    return plan_detail(*plan_service.get_plan_with_version(session, plan_id))


@router.put(
    "/{plan_id}",
    response_model=PlanDetail,
    openapi_extra=PLAN_REQUEST_BODY,
    responses=PLAN_PROBLEMS,
)
def update_plan(
    plan_id: PathId, session: SessionDep, actor: ApproverDep, upload: UploadDep
) -> PlanDetail:
    """Store a changed plan as its next version; an identical body changes nothing."""
    plan, version = plan_flow.update_plan_from_text(
        session, plan_id, raw=upload.raw, media_type=upload.media_type, actor=actor, now=utc_now()
    )
    return plan_detail(plan, version)


@router.post("/{plan_id}/archive", response_model=PlanPublic)
def archive_plan(plan_id: PathId, session: SessionDep, actor: ApproverDep) -> Plan:
    """Archive a plan: hidden from the list, it cannot be activated or changed."""
    return plan_service.archive_plan(session, plan_id, actor=actor, now=utc_now())


@router.post("/{plan_id}/unarchive", response_model=PlanPublic)
def unarchive_plan(plan_id: PathId, session: SessionDep, actor: ApproverDep) -> Plan:
    """Bring an archived plan back into use."""
    return plan_service.unarchive_plan(session, plan_id, actor=actor, now=utc_now())


@router.get("/{plan_id}/versions", response_model=list[PlanVersionPublic])
def list_plan_versions(
    plan_id: PathId, session: SessionDep, _viewer: ViewerDep
) -> Sequence[PlanVersion]:
    """List a plan's versions, oldest first."""
    return plan_service.list_versions(session, plan_id)


@router.get("/{plan_id}/versions/{version}", response_model=PlanVersionDetail)
def read_plan_version(
    plan_id: PathId, version: PathId, session: SessionDep, _viewer: ViewerDep
) -> PlanVersion:
    """Read one version of a plan with its body."""
    return plan_service.get_version(session, plan_id, version)


@router.get(
    "/{plan_id}/export",
    response_class=Response,
    responses={200: {"content": {"application/yaml": {}}, "description": "The plan file"}},
)
def export_plan(
    plan_id: PathId, session: SessionDep, _viewer: ViewerDep, version: QueryId = None
) -> Response:
    """Download a version (the current one by default) as a plan file."""
    filename, text = plan_service.export_plan(session, plan_id, version=version)
    return Response(
        content=text.encode("utf-8"),
        media_type="application/yaml; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
