"""The audit log, for administrators."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Query

from crisiscomms.audit import service as audit_service
from crisiscomms.audit.models import AuditEvent
from crisiscomms.dbtypes import MAX_ID
from crisiscomms.deps import AdminDep, SessionDep

router = APIRouter(
    prefix="/audit",
    tags=["audit"],
    responses={
        401: {"description": "Not signed in and no API key"},
        403: {"description": "Not an admin"},
    },
)


@router.get("", response_model=list[AuditEvent])
def list_audit_events(
    _admin: AdminDep,
    session: SessionDep,
    action: Annotated[str | None, Query(max_length=80)] = None,
    target_type: Annotated[str | None, Query(max_length=40)] = None,
    target_id: Annotated[str | None, Query(max_length=64)] = None,
    before_id: Annotated[
        int | None, Query(ge=1, le=MAX_ID, description="page: events older than this")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> Sequence[AuditEvent]:
    """Audit events, newest first, filtered by action and target; page with before_id."""
    return audit_service.list_events(
        session,
        action=action,
        target_type=target_type,
        target_id=target_id,
        before_id=before_id,
        limit=limit,
    )
