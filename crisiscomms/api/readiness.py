"""Plan readiness: is each plan ready for a crisis (see `flows.readiness`)."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel

from crisiscomms.db import utc_now
from crisiscomms.deps import SessionDep, ViewerDep
from crisiscomms.flows import readiness

router = APIRouter(tags=["plans"])


class ItemPublic(BaseModel):
    check: str
    ok: bool
    detail: str
    severity: Literal["error", "warning"]


class ReadinessPublic(BaseModel):
    slug: str
    name: str
    ready: bool
    items: list[ItemPublic]


@router.get("/plans/readiness", response_model=list[ReadinessPublic])
def read_plan_readiness(
    session: SessionDep,
    _viewer: ViewerDep,
    days: Annotated[int, Query(ge=1, le=365, description="How recent a test send must be.")] = 30,
) -> list[ReadinessPublic]:
    """Every plan: channels configured and tested, roles held, templates passing, the
    holding statement pre-approved; `ready` is false while an error-severity item fails."""
    found = readiness.check_all(session, now=utc_now(), within=timedelta(days=days))
    return [
        ReadinessPublic(
            slug=r.slug,
            name=r.name,
            ready=r.ready,
            items=[ItemPublic(**vars(i)) for i in r.items],
        )
        for r in found
    ]
