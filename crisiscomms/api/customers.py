"""Customers: import, read, statistics, suppression, and an incident's audience preview."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from typing import IO, Annotated, Any

from fastapi import APIRouter, Query, Request
from starlette.concurrency import run_in_threadpool

from crisiscomms.customers import service as customer_service
from crisiscomms.customers.importing import ImportFormat, format_of_media_type
from crisiscomms.customers.models import ChannelKind
from crisiscomms.customers.schemas import (
    AudiencePreview,
    CustomerPage,
    CustomerPublic,
    CustomerStats,
    ImportReportPublic,
    SuppressionPublic,
    SuppressRequest,
)
from crisiscomms.db import begin_writes, utc_now
from crisiscomms.dbtypes import MAX_ID
from crisiscomms.deps import CommsDep, PathId, SessionDep, ViewerDep

router = APIRouter(tags=["customers"])

CUSTOMER_IMPORT_PATH = "/api/v1/customers/import"
"""The one route allowed bodies up to settings.max_import_bytes (see main.create_app)."""
SPOOL_IN_MEMORY = 8 * 1_048_576
READ_SIZE = 1_048_576


def _import_format(request: Request) -> ImportFormat:
    return format_of_media_type(request.headers.get("content-type", ""))


def _reads(spool: IO[bytes]) -> Iterator[bytes]:
    while chunk := spool.read(READ_SIZE):
        yield chunk


@router.post(
    "/customers/import",
    response_model=ImportReportPublic,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/x-ndjson": {"schema": {"type": "string"}},
                "text/csv": {"schema": {"type": "string"}},
            },
        }
    },
)
async def import_customers(request: Request, session: SessionDep, actor: CommsDep) -> Any:
    """Upsert customers from a JSON Lines or CSV body; failed lines are reported, not fatal."""
    fmt = _import_format(request)
    # Spooled to disk while it arrives, so a slow upload holds no transaction open (the
    # request's, begun as a writer, ends first: on SQLite it would lock out every other
    # writer for the whole upload) and a large one no memory; then imported in a worker
    # thread, off the event loop, in a writer's transaction of its own.
    session.commit()
    with tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY) as spool:
        async for chunk in request.stream():
            spool.write(chunk)
        spool.seek(0)
        begin_writes(session)
        return await run_in_threadpool(
            customer_service.run_import,
            session,
            _reads(spool),
            fmt=fmt,
            actor=actor,
            now=utc_now(),
        )


@router.get("/customers", response_model=CustomerPage)
def list_customers(
    session: SessionDep,
    _viewer: ViewerDep,
    active: bool | None = None,
    segment: str | None = None,
    after: Annotated[int, Query(ge=0, le=MAX_ID, description="Last id of the previous page.")] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> dict[str, Any]:
    """List customers by id, a page at a time; filter by active or segment."""
    customers = customer_service.list_customers(
        session, active=active, segment=segment, after=after, limit=limit
    )
    full = len(customers) == limit
    return {
        "items": customer_service.public_views(session, customers),
        "next_after": customers[-1].id if full else None,
    }


@router.get("/customers/stats", response_model=CustomerStats)
def read_customer_stats(session: SessionDep, _viewer: ViewerDep) -> dict[str, Any]:
    """Customers by segment, active and former, and suppressed addresses."""
    return customer_service.customer_stats(session)


@router.get("/customers/{customer_id}", response_model=CustomerPublic)
def read_customer(customer_id: PathId, session: SessionDep, _viewer: ViewerDep) -> dict[str, Any]:
    """Read one customer with the suppressions on their addresses."""
    customer = customer_service.get_customer(session, customer_id)
    return customer_service.public_views(session, [customer])[0]


@router.post("/customers/{customer_id}/suppress", response_model=list[SuppressionPublic])
def suppress_customer(
    customer_id: PathId, data: SuppressRequest, session: SessionDep, actor: CommsDep
) -> Any:
    """Stop messages to a customer's email, phone or both; no re-import undoes it."""
    return customer_service.suppress_customer(
        session,
        customer_id,
        channel=data.channel,
        reason=data.reason,
        note=data.note,
        actor=actor,
        now=utc_now(),
    )


@router.get("/incidents/{incident_id}/audience", response_model=AudiencePreview)
def preview_audience(
    incident_id: PathId,
    session: SessionDep,
    _viewer: ViewerDep,
    channel: ChannelKind = ChannelKind.EMAIL,
    sample: Annotated[int, Query(ge=0, le=100)] = 20,
) -> dict[str, Any]:
    """How many active, reachable customers the incident's scope covers, and a masked sample."""
    return customer_service.audience_preview(session, incident_id, channel=channel, sample=sample)
