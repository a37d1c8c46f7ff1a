"""The public status page (no sign-in): the page, one incident, the Atom feed, the colours.

`?lang=bn` picks the language: the UI labels when we have them (en, bn; else English) and
each statement's locale when it has one (else its plan's default). Pages are cacheable for
30 seconds, like the JSON, so a crisis's readers are served by caches, not the database.
"""

from __future__ import annotations

from functools import lru_cache
from math import ceil
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request, Response
from fastapi.templating import Jinja2Templates
from starlette.responses import HTMLResponse

from crisiscomms.config import Settings
from crisiscomms.db import utc_now
from crisiscomms.deps import SessionDep, SettingsDep
from crisiscomms.errors import NotFound
from crisiscomms.statuspage import feed, theme
from crisiscomms.statuspage import service as statuspage_service
from crisiscomms.statuspage.labels import LANGUAGE_NAMES, labels_for, requested_locale
from crisiscomms.statuspage.statuspage import site_of

router = APIRouter(include_in_schema=False)

CACHE = {"Cache-Control": "public, max-age=30"}
UPDATES_PER_PAGE = 10
Lang = Annotated[str | None, Query(max_length=35)]


@lru_cache(maxsize=4)
def _templates(directory: Path) -> Jinja2Templates:
    # Autoescaping is on for .html (select_autoescape); statement HTML is nh3-cleaned upstream.
    return Jinja2Templates(directory=str(directory))


def _with_lang(path: str, locale: str | None, **params: object) -> str:
    query = {**({"lang": locale} if locale else {}), **params}
    return f"{path}?{urlencode(query)}" if query else path


def _render(
    request: Request,
    settings: Settings,
    name: str,
    locale: str | None,
    context: dict[str, Any],
    *,
    status_code: int = 200,
) -> HTMLResponse:
    ui = labels_for(locale)
    values = {
        "ui": ui,
        "lang": locale,
        "languages": LANGUAGE_NAMES,
        "site": {
            "title": settings.status_page_title,
            "logo_url": settings.status_page_logo_url,
        },
        "url": _with_lang,
        **context,
    }
    templates = _templates(settings.web_path / "templates")
    response = templates.TemplateResponse(request, name, values, status_code=status_code)
    response.headers.update(CACHE)
    return response


@router.get("/status", response_class=HTMLResponse)
def read_status_page(
    request: Request, session: SessionDep, settings: SettingsDep, lang: Lang = None
) -> HTMLResponse:
    """The public status page: current incidents, services, past incidents."""
    locale = requested_locale(lang)
    view = statuspage_service.build(session, now=utc_now(), locale=locale)
    context = {"view": view, "now": view.now}
    return _render(request, settings, "public/status.html", locale, context)


@router.get("/status/incidents/{incident_id}", response_class=HTMLResponse)
def read_public_incident(
    request: Request,
    incident_id: int,
    session: SessionDep,
    settings: SettingsDep,
    lang: Lang = None,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> HTMLResponse:
    """One incident: its updates (newest first, ten a page), next update and commitments."""
    locale = requested_locale(lang)
    try:
        incident = statuspage_service.get_public_incident(session, incident_id, locale=locale)
    except NotFound:
        return _render(request, settings, "public/not_found.html", locale, {}, status_code=404)
    pages = max(1, ceil(len(incident.updates) / UPDATES_PER_PAGE))
    start = (page - 1) * UPDATES_PER_PAGE
    return _render(
        request,
        settings,
        "public/incident.html",
        locale,
        {
            "incident": incident,
            "now": utc_now(),
            "updates": incident.updates[start : start + UPDATES_PER_PAGE],
            "page": page,
            "pages": pages,
        },
    )


@router.get("/status/feed.atom")
def read_feed(session: SessionDep, settings: SettingsDep, lang: Lang = None) -> Response:
    """The Atom feed of public updates."""
    locale = requested_locale(lang)
    view = statuspage_service.build(session, now=utc_now(), locale=locale)
    body = feed.atom(view, site_of(settings), ui_locale=labels_for(locale).locale)
    return Response(body, media_type=feed.MEDIA_TYPE, headers=CACHE)


@router.get("/status.css")
def read_theme(settings: SettingsDep) -> Response:
    """The configured colours, as CSS custom properties."""
    css = theme.stylesheet(settings.status_page_accent_color)
    return Response(css, media_type="text/css; charset=utf-8", headers=CACHE)
