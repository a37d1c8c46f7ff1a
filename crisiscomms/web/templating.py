"""The Jinja2 environment of the staff pages: autoescaped, with a few display filters."""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, pass_context, select_autoescape
from starlette.datastructures import URL, URLPath
from starlette.responses import HTMLResponse

from crisiscomms.config import Settings
from crisiscomms.db import as_utc
from crisiscomms.i18n import translations
from crisiscomms.principal import Principal, Role
from crisiscomms.rehearsals.injects import clock_label


def when(value: datetime | None) -> str:
    """A time as staff read it: UTC, to the minute."""
    return as_utc(value).strftime("%Y-%m-%d %H:%M UTC") if value is not None else "—"


def iso(value: datetime | None) -> str:
    """A machine-readable UTC time for <time datetime> and the countdown script."""
    return as_utc(value).isoformat().replace("+00:00", "Z") if value is not None else ""


def duration(seconds: int | float | None) -> str:
    """A duration in hours and minutes."""
    if seconds is None:
        return "—"
    minutes = int(seconds) // 60
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


def field_id(name: str) -> str:
    """An element id for a form field name ("en.answers[0].answer" → "f-en-answers-0--answer")."""
    return "f-" + re.sub(r"[^A-Za-z0-9_-]", "-", name)


def can(principal: Principal | None, role: str) -> bool:
    """Whether the signed-in user holds `role` (to show buttons; the routes check again)."""
    return principal is not None and principal.has(Role(role))


@lru_cache(maxsize=4)
def templates_in(web_path: Path) -> Jinja2Templates:
    """The staff pages' templates under `web_path` (settings.web_path), with their helpers."""
    templates = Jinja2Templates(directory=str(web_path / "templates"))
    # Read once per process: checking each template file's time on every render (a page
    # extends and includes several) cost a stat call each, 3 % of a busy server's CPU. A
    # template edited on disk is served after a restart.
    templates.env.auto_reload = False
    templates.env.globals["url_for"] = url_for
    templates.env.filters["when"] = when
    templates.env.filters["iso"] = iso
    templates.env.filters["duration"] = duration
    templates.env.filters["fid"] = field_id
    templates.env.filters["inject_label"] = clock_label
    templates.env.globals["can"] = can
    return templates


@pass_context
def url_for(context: dict[str, Any], name: str, /, **path_params: Any) -> URL:
    """Starlette's `url_for`, with each route's path found once per app: finding it walks
    every route of the app (a failed match costs an exception each), about 1.5 ms for the
    static files' mount, which every page links three times."""
    request: Request = context["request"]
    state = request.app.state
    paths: dict[tuple[str, tuple[tuple[str, Any], ...]], URLPath] | None
    paths = getattr(state, "url_paths", None)
    if paths is None:
        paths = state.url_paths = {}
    key = (name, tuple(sorted(path_params.items())))
    path = paths.get(key)
    if path is None:
        path = paths[key] = request.app.url_path_for(name, **path_params)
    return path.make_absolute_url(base_url=request.base_url)


@lru_cache(maxsize=8)
def public_environment(directory: Path, language: str) -> Environment:
    """The public pages' templates in one UI language: autoescaped (.html), with Jinja's
    i18n extension reading that language's compiled gettext catalog (`_("...")`)."""
    env = Environment(
        loader=FileSystemLoader(str(directory)),
        autoescape=select_autoescape(),
        extensions=["jinja2.ext.i18n"],
        auto_reload=False,  # read once per process, as the staff pages' templates
    )
    env.install_gettext_translations(translations(language), newstyle=True)  # type: ignore[attr-defined]
    return env


def render(
    request: Request, name: str, context: dict[str, Any], *, status_code: int = 200
) -> HTMLResponse:
    """Render a page with the signed-in user and CSRF token, when there are any."""
    values = {
        "user": getattr(request.state, "page_user", None),
        "csrf_token": getattr(request.state, "csrf_token", ""),
    }
    values.update(context)
    settings: Settings = request.app.state.settings
    templates = templates_in(settings.web_path)
    response = templates.TemplateResponse(request, name, values, status_code=status_code)
    response.headers["cache-control"] = "no-store"
    return response
