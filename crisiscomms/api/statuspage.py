"""The Statuspage-compatible public JSON at /api/v2: no sign-in, cacheable, readable anywhere.

Every answer carries `Access-Control-Allow-Origin: *` (these GETs only), a strong `ETag`,
`Last-Modified` and `Cache-Control: public, max-age=…, stale-while-revalidate=…,
stale-if-error=…`, so widgets on other sites and CDNs can read them during a crisis; they
are rendered once per public change and served from memory (crisiscomms/published/).
`?lang=` picks the language of incident updates (else each plan's default).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel

from crisiscomms.published import (
    MAX_LANG,
    Key,
    PublicCache,
    RenderContext,
    Rendered,
    renderer,
    status_view,
)
from crisiscomms.statuspage import statuspage
from crisiscomms.statuspage.labels import requested_locale
from crisiscomms.statuspage.service import StatusView
from crisiscomms.statuspage.statuspage import Site

router = APIRouter(prefix="/api/v2", tags=["status page"])

CORS = {"Access-Control-Allow-Origin": "*"}
JSON = "application/json"
Lang = Annotated[
    str | None,
    Query(
        max_length=MAX_LANG, description="Locale of update bodies, e.g. bn; else the plan default."
    ),
]
CACHED: dict[int | str, dict[str, Any]] = {
    304: {"description": "Not modified: the `If-None-Match` / `If-Modified-Since` matched."},
    503: {"description": "Busy: the view could not be rendered in time; see `Retry-After`."},
}


def _document(build: Callable[[StatusView, Site], BaseModel]) -> Callable[..., Rendered]:
    def render(context: RenderContext, key: Key) -> Rendered:
        document = build(status_view(context, key.locale), statuspage.site_of(context.settings))
        return Rendered(document.model_dump_json(by_alias=True).encode(), JSON)

    return render


DOCUMENTS: dict[str, Callable[[StatusView, Site], BaseModel]] = {
    "summary.json": statuspage.summary,
    "status.json": statuspage.status_response,
    "components.json": statuspage.components_response,
    "incidents.json": lambda view, site: statuspage.incidents_response(
        view, site, unresolved=False
    ),
    "incidents/unresolved.json": lambda view, site: statuspage.incidents_response(
        view, site, unresolved=True
    ),
    "scheduled-maintenances.json": statuspage.scheduled_maintenances_response,
    "scheduled-maintenances/upcoming.json": lambda view, site: (
        statuspage.scheduled_maintenances_response(view, site, "upcoming")
    ),
    "scheduled-maintenances/active.json": lambda view, site: (
        statuspage.scheduled_maintenances_response(view, site, "active")
    ),
}
for _name, _build in DOCUMENTS.items():
    renderer(f"api-v2/{_name}", path=f"/api/v2/{_name}", headers=CORS)(_document(_build))


async def _answer(request: Request, name: str, lang: str | None) -> Response:
    cache: PublicCache = request.app.state.public
    return await cache.respond(request, Key(f"api-v2/{name}", requested_locale(lang)))


@router.get("/summary.json", response_model=statuspage.Summary, responses=CACHED)
async def read_summary(request: Request, lang: Lang = None) -> Response:
    """Page, components, unresolved incidents, maintenances and the overall status."""
    return await _answer(request, "summary.json", lang)


@router.get("/status.json", response_model=statuspage.StatusResponse, responses=CACHED)
async def read_status(request: Request, lang: Lang = None) -> Response:
    """The overall status indicator and its description."""
    return await _answer(request, "status.json", lang)


@router.get("/components.json", response_model=statuspage.ComponentsResponse, responses=CACHED)
async def read_components(request: Request, lang: Lang = None) -> Response:
    """The components (the products named by recent incidents) and their status."""
    return await _answer(request, "components.json", lang)


@router.get("/incidents.json", response_model=statuspage.IncidentsResponse, responses=CACHED)
async def read_incidents(request: Request, lang: Lang = None) -> Response:
    """Current incidents and those resolved in the last 90 days (at most 50), newest first."""
    return await _answer(request, "incidents.json", lang)


@router.get(
    "/incidents/unresolved.json", response_model=statuspage.IncidentsResponse, responses=CACHED
)
async def read_unresolved_incidents(request: Request, lang: Lang = None) -> Response:
    """The incidents not yet resolved, newest first."""
    return await _answer(request, "incidents/unresolved.json", lang)


@router.get(
    "/scheduled-maintenances.json",
    response_model=statuspage.ScheduledMaintenancesResponse,
    responses=CACHED,
)
async def read_scheduled_maintenances(request: Request, lang: Lang = None) -> Response:
    """Upcoming, active and recently completed maintenances (the 50 latest)."""
    return await _answer(request, "scheduled-maintenances.json", lang)


@router.get(
    "/scheduled-maintenances/upcoming.json",
    response_model=statuspage.ScheduledMaintenancesResponse,
    responses=CACHED,
)
async def read_upcoming_maintenances(request: Request, lang: Lang = None) -> Response:
    """Maintenances not yet started (status scheduled), soonest first."""
    return await _answer(request, "scheduled-maintenances/upcoming.json", lang)


@router.get(
    "/scheduled-maintenances/active.json",
    response_model=statuspage.ScheduledMaintenancesResponse,
    responses=CACHED,
)
async def read_active_maintenances(request: Request, lang: Lang = None) -> Response:
    """Maintenances in progress or being verified."""
    return await _answer(request, "scheduled-maintenances/active.json", lang)
