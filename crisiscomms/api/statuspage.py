"""The Statuspage-compatible public JSON at /api/v2: no sign-in, cacheable, readable anywhere.

Every answer carries `Cache-Control: public, max-age=30` and `Access-Control-Allow-Origin: *`
(these GETs only), so widgets on other sites and CDNs can read them during a crisis.
`?lang=` picks the language of incident updates (else each plan's default).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from crisiscomms.db import utc_now
from crisiscomms.deps import SessionDep, SettingsDep
from crisiscomms.statuspage import service as statuspage_service
from crisiscomms.statuspage import statuspage
from crisiscomms.statuspage.labels import requested_locale
from crisiscomms.statuspage.service import StatusView

router = APIRouter(prefix="/api/v2", tags=["status page"])

PUBLIC_HEADERS = {"Cache-Control": "public, max-age=30", "Access-Control-Allow-Origin": "*"}
Lang = Annotated[
    str | None,
    Query(max_length=35, description="Locale of update bodies, e.g. bn; else the plan default."),
]


def _view(session: SessionDep, response: Response, lang: str | None) -> StatusView:
    response.headers.update(PUBLIC_HEADERS)
    return statuspage_service.build(session, now=utc_now(), locale=requested_locale(lang))


@router.get("/summary.json", response_model=statuspage.Summary)
def read_summary(
    session: SessionDep, settings: SettingsDep, response: Response, lang: Lang = None
) -> statuspage.Summary:
    """Page, components, unresolved incidents, maintenances and the overall status."""
    return statuspage.summary(_view(session, response, lang), statuspage.site_of(settings))


@router.get("/status.json", response_model=statuspage.StatusResponse)
def read_status(
    session: SessionDep, settings: SettingsDep, response: Response, lang: Lang = None
) -> statuspage.StatusResponse:
    """The overall status indicator and its description."""
    return statuspage.status_response(_view(session, response, lang), statuspage.site_of(settings))


@router.get("/components.json", response_model=statuspage.ComponentsResponse)
def read_components(
    session: SessionDep, settings: SettingsDep, response: Response, lang: Lang = None
) -> statuspage.ComponentsResponse:
    """The components (the products named by recent incidents) and their status."""
    return statuspage.components_response(
        _view(session, response, lang), statuspage.site_of(settings)
    )


@router.get("/incidents.json", response_model=statuspage.IncidentsResponse)
def read_incidents(
    session: SessionDep, settings: SettingsDep, response: Response, lang: Lang = None
) -> statuspage.IncidentsResponse:
    """Current incidents and those resolved in the last 90 days (at most 50), newest first."""
    view = _view(session, response, lang)
    return statuspage.incidents_response(view, statuspage.site_of(settings), unresolved=False)


@router.get("/incidents/unresolved.json", response_model=statuspage.IncidentsResponse)
def read_unresolved_incidents(
    session: SessionDep, settings: SettingsDep, response: Response, lang: Lang = None
) -> statuspage.IncidentsResponse:
    """The incidents not yet resolved, newest first."""
    view = _view(session, response, lang)
    return statuspage.incidents_response(view, statuspage.site_of(settings), unresolved=True)


@router.get("/scheduled-maintenances.json", response_model=statuspage.ScheduledMaintenancesResponse)
def read_scheduled_maintenances(
    session: SessionDep, settings: SettingsDep, response: Response, lang: Lang = None
) -> statuspage.ScheduledMaintenancesResponse:
    """Scheduled maintenances: always an empty list (crisiscomms schedules none)."""
    view = _view(session, response, lang)
    return statuspage.scheduled_maintenances_response(view, statuspage.site_of(settings))
