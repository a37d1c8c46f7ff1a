"""Publish once, serve many: the public views are rendered per change, not per request.

During a crisis everybody refreshes the status page and every widget polls its JSON. The
views (the page, one incident, the Statuspage JSON, the feeds) are kept here as rendered
bytes and served from memory, with a strong `ETag`, `Last-Modified` and a CDN-friendly
`Cache-Control`; `If-None-Match` / `If-Modified-Since` get 304. A request for a view that
is in memory never touches the database.

When something public changes, database triggers move the *public version* forward in the
same transaction (migration 0009): on SQLite a one-row table, on PostgreSQL a sequence and
a `NOTIFY crisiscomms_public` delivered at commit. Each process looks for a new version
every `public_refresh_seconds` (and, on PostgreSQL, wakes on the notification at once),
then renders again the views that were asked for lately, while the old bytes go on being
served: every process serves the new version within about a second of the commit. Views
also render again after `public_max_age_seconds`, for what depends on the clock ("overdue").

Each answer says which version it shows (`X-Public-Version`), so an operator can see that
every process behind the proxy has caught up.

Invariants:
- a process never serves bytes older than bytes it served before: a render is stored only
  if it started after the one it replaces (a later start reads data at least as new);
- a view nobody has asked for is rendered on the request that asks, once however many ask
  at the same time; at most `public_render_slots` renders run at once, and a request that
  cannot get its view within `public_render_timeout_seconds` gets 503 with `Retry-After`;
- with `public_refresh_seconds = 0` (tests) every request reads the version first and
  renders a view that is behind, so a test sees its own change at once.

The parts: `views` (what a view is, the renderer registry), `answers` (conditional GETs),
`cache` (the rendered views of a process and their refresh), `fastpath` (the ASGI layer).
"""

from crisiscomms.published.answers import answer, http_date, is_not_modified
from crisiscomms.published.cache import NOTIFY_CHANNEL, PublicCache, read_version
from crisiscomms.published.fastpath import PublicFastPath
from crisiscomms.published.views import (
    ALLOW,
    ITEM_PATHS,
    KIND_HEADERS,
    MAX_LANG,
    MAX_PAGE,
    PATHS,
    RENDERERS,
    Entry,
    Key,
    RenderContext,
    Rendered,
    Renderer,
    key_for,
    kind_of,
    renderer,
    status_view,
)

__all__ = [
    "ALLOW",
    "ITEM_PATHS",
    "KIND_HEADERS",
    "MAX_LANG",
    "MAX_PAGE",
    "NOTIFY_CHANNEL",
    "PATHS",
    "RENDERERS",
    "Entry",
    "Key",
    "PublicCache",
    "PublicFastPath",
    "RenderContext",
    "Rendered",
    "Renderer",
    "answer",
    "http_date",
    "is_not_modified",
    "key_for",
    "kind_of",
    "read_version",
    "renderer",
    "status_view",
]
