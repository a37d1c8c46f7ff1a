"""The public status page (no sign-in): the page, one incident, the feeds, the colours.

`?lang=bn` picks the language: the UI labels when we have them (en, bn; else English) and
each statement's locale when it has one (else its plan's default). Every view here is
rendered once per public change and served from memory (crisiscomms/published/), with
ETag, Last-Modified and a CDN-friendly Cache-Control, so a crisis's readers are served
without touching the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from math import ceil
from types import SimpleNamespace
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Path, Query, Request, Response
from starlette.responses import HTMLResponse

from crisiscomms.deps import PathId, SessionDep
from crisiscomms.errors import NotFound
from crisiscomms.published import (
    MAX_LANG,
    MAX_PAGE,
    Key,
    PublicCache,
    RenderContext,
    Rendered,
    renderer,
    status_view,
)
from crisiscomms.questions import service as question_service
from crisiscomms.statements import cards as card_service
from crisiscomms.statements.cards import card_ref
from crisiscomms.statements.models import Statement
from crisiscomms.statuspage import calendar, feed, theme
from crisiscomms.statuspage import service as statuspage_service
from crisiscomms.statuspage.labels import labels_for, language_names, requested_locale
from crisiscomms.statuspage.service import PublicIncident
from crisiscomms.statuspage.statuspage import site_of
from crisiscomms.web.templating import public_environment

router = APIRouter(include_in_schema=False)

UPDATES_PER_PAGE = 10
CARD_CACHE = "public, max-age=31536000, immutable"
"""A card's URL names its content's hash: what it serves never changes."""
HTML = "text/html; charset=utf-8"
Lang = Annotated[str | None, Query(max_length=MAX_LANG)]


def _with_lang(path: str, locale: str | None, **params: object) -> str:
    query = {**({"lang": locale} if locale else {}), **params}
    return f"{path}?{urlencode(query)}" if query else path


def _render(
    context: RenderContext,
    path: str,
    name: str,
    locale: str | None,
    values: dict[str, Any],
    *,
    status: int = 200,
) -> Rendered:
    settings = context.settings
    ui = labels_for(locale)
    everything = {
        "request": SimpleNamespace(url=SimpleNamespace(path=path)),
        "ui": ui,
        "lang": locale,
        "languages": language_names(),
        "site": {
            "title": settings.status_page_title,
            "logo_url": settings.status_page_logo_url,
        },
        "url": _with_lang,
        **values,
    }
    # Autoescaping is on for .html (select_autoescape); statement HTML is nh3-cleaned upstream.
    template = public_environment(settings.web_path / "templates", ui.locale).get_template(name)
    return Rendered(template.render(everything).encode(), HTML, status)


def _social_card(context: RenderContext, incidents: Sequence[PublicIncident]) -> dict[str, Any]:
    """The Open Graph / Twitter card of the current state: the newest update's status card
    of the first incident shown (its language), or none when nothing is going on."""
    for incident in incidents:
        for update in incident.updates:
            statement = (
                context.session.get(Statement, update.statement_id) if update.statement_id else None
            )
            if statement is None:
                continue
            ref = card_ref(context.session, statement, network="open_graph", locale=update.locale)
            base = context.settings.public_base_url.rstrip("/")
            return {
                "image": base + ref.path,
                "alt": ref.alt,
                "width": ref.width,
                "height": ref.height,
                "title": update.headline,
            }
    return {}


@renderer("status-page", path="/status")
def render_status_page(context: RenderContext, key: Key) -> Rendered:
    view = status_view(context, key.locale)
    values = {"view": view, "now": view.now, "card": _social_card(context, view.current)}
    return _render(context, "/status", "public/status.html", key.locale, values)


@renderer("public-incident", item_prefix="/status/incidents/")
def render_public_incident(context: RenderContext, key: Key) -> Rendered:
    assert key.item is not None
    path = f"/status/incidents/{key.item}"
    try:
        incident = statuspage_service.get_public_incident(
            context.session, key.item, locale=key.locale
        )
    except NotFound:
        return _render(context, path, "public/not_found.html", key.locale, {}, status=404)
    pages = max(1, ceil(len(incident.updates) / UPDATES_PER_PAGE))
    start = (key.page - 1) * UPDATES_PER_PAGE
    values = {
        "incident": incident,
        "answers": question_service.public_answers(context.session, key.item),
        "now": context.now,
        "updates": incident.updates[start : start + UPDATES_PER_PAGE],
        "page": key.page,
        "pages": pages,
        "card": _social_card(context, [incident]),
    }
    return _render(context, path, "public/incident.html", key.locale, values)


FEEDS = {"feed-atom": (feed.atom, feed.MEDIA_TYPE), "feed-rss": (feed.rss, feed.RSS_MEDIA_TYPE)}


def _feed(context: RenderContext, key: Key) -> Rendered:
    """The Atom or the RSS feed (the kind says which)."""
    write, media_type = FEEDS[key.kind]
    view = status_view(context, key.locale)
    body = write(view, site_of(context.settings), ui_locale=labels_for(key.locale).locale)
    return Rendered(body, media_type)


renderer("feed-atom", path="/status/feed.atom")(_feed)
renderer("feed-rss", path="/status/feed.rss")(_feed)


@renderer("maintenance-ics", path="/status/maintenance.ics")
def render_maintenance_calendar(context: RenderContext, key: Key) -> Rendered:
    view = status_view(context, None)
    body = calendar.maintenance_calendar(view, site_of(context.settings))
    return Rendered(body, calendar.MEDIA_TYPE)


@renderer("theme", path="/status.css")
def render_theme(context: RenderContext, key: Key) -> Rendered:
    css = theme.stylesheet(context.settings.status_page_accent_color)
    return Rendered(css.encode(), "text/css; charset=utf-8")


def _public(request: Request) -> PublicCache:
    cache: PublicCache = request.app.state.public
    return cache


@router.get("/status", response_class=HTMLResponse)
async def read_status_page(request: Request, lang: Lang = None) -> Response:
    """The public status page: current incidents, services, past incidents."""
    return await _public(request).respond(request, Key("status-page", requested_locale(lang)))


@router.get("/status/incidents/{incident_id}", response_class=HTMLResponse)
async def read_public_incident(
    request: Request,
    incident_id: PathId,
    lang: Lang = None,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
) -> Response:
    """One incident: its updates (newest first, ten a page), next update and commitments."""
    key = Key("public-incident", requested_locale(lang), incident_id, page)
    return await _public(request).respond(request, key)


@router.get("/status/feed.atom")
async def read_feed(request: Request, lang: Lang = None) -> Response:
    """The Atom feed of public updates."""
    return await _public(request).respond(request, Key("feed-atom", requested_locale(lang)))


@router.get("/status/feed.rss")
async def read_rss_feed(request: Request, lang: Lang = None) -> Response:
    """The same updates as RSS 2.0, for readers that take no Atom."""
    return await _public(request).respond(request, Key("feed-rss", requested_locale(lang)))


@router.get("/status/maintenance.ics")
async def read_maintenance_calendar(request: Request) -> Response:
    """Planned maintenance as an iCalendar feed that calendar applications subscribe to."""
    return await _public(request).respond(request, Key("maintenance-ics"))


@router.get("/status/cards/{statement_id}/{digest}.png", response_class=Response)
def read_status_card(
    session: SessionDep,
    statement_id: PathId,
    digest: Annotated[str, Path(pattern=r"^[0-9a-f]{64}$")],
) -> Response:
    """A published update's status card, by its content hash: the bytes never change."""
    card = card_service.find_card(session, statement_id, digest)
    if card is None:
        raise NotFound("No status card at this address.")
    return Response(
        card.png,
        media_type="image/png",
        headers={"cache-control": CARD_CACHE, "etag": f'"{digest}"'},
    )


@router.get("/status.css")
async def read_theme(request: Request) -> Response:
    """The configured colours, as CSS custom properties."""
    return await _public(request).respond(request, Key("theme"))
