"""Subscribers, for staff: counts by channel and status, and the list a page at a time."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from crisiscomms.deps import SessionDep
from crisiscomms.flows import subscriptions as subscription_flow
from crisiscomms.subscribers import service as subscriber_service
from crisiscomms.subscribers import transfer as subscriber_transfer
from crisiscomms.subscribers.models import SubscriberStatus
from crisiscomms.web.deps import PageViewer
from crisiscomms.web.templating import render

router = APIRouter(prefix="/subscribers")
PAGE_SIZE = 50


@router.get("")
def list_subscribers(
    request: Request,
    session: SessionDep,
    _viewer: PageViewer,
    status: str = Query(default="", pattern="^(|pending|active|unsubscribed)$"),
    after: int = Query(default=0, ge=0, le=2**63 - 1),
) -> Response:
    """How many follow the status page, by channel and status; subscribers by id."""
    chosen = SubscriberStatus(status) if status else None
    found = subscriber_service.listing(session, status=chosen, after=after, limit=PAGE_SIZE)
    return render(
        request,
        "subscribers/index.html",
        {
            "counts": subscriber_service.counts(session),
            "statuses": [s.value for s in SubscriberStatus],
            "offered": subscription_flow.offered(session),
            "subscribers": [{**subscriber_transfer.as_row(s), "kind": s.kind.value} for s in found],
            "status": status,
            "after": after,
            "next_after": found[-1].id if len(found) == PAGE_SIZE else None,
        },
    )
