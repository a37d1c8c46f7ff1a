"""The public views: what one is (`Key`), its bytes (`Rendered`), what a renderer reads
from (`RenderContext`), and the registry the adapters fill (`renderer`) with the paths the
fast path answers."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl

from sqlmodel import Session

from crisiscomms.config import Settings
from crisiscomms.dbtypes import MAX_ID
from crisiscomms.statuspage import service as statuspage_service
from crisiscomms.statuspage.labels import requested_locale
from crisiscomms.statuspage.service import StatusView


@dataclass(frozen=True)
class Key:
    """One public view: its kind, language and, where it has them, item and page."""

    kind: str
    locale: str | None = None
    item: int | None = None
    page: int = 1


@dataclass(frozen=True)
class Rendered:
    """A view's bytes, as the response sends them."""

    body: bytes
    media_type: str
    status: int = 200


@dataclass
class Entry:
    """A rendered view in memory."""

    rendered: Rendered
    version: int
    ticket: int
    """The order in which its render started: a render replaces only an older one."""
    etag: str
    last_modified: datetime
    rendered_at: float
    last_used: float
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    """Everything a 200 sends, ready for ASGI (the fast path adds only x-request-id)."""
    headers_304: list[tuple[bytes, bytes]] = field(default_factory=list)


class RenderContext:
    """What a renderer reads from: one session, the settings, one clock; shared by the
    views rendered together, so the status view is built once per language per pass."""

    def __init__(self, session: Session, settings: Settings, now: datetime) -> None:
        self.session = session
        self.settings = settings
        self.now = now
        self._memo: dict[tuple[str, object], Any] = {}

    def memo(self, name: str, argument: object, build: Callable[[], Any]) -> Any:
        """`build()` once per (name, argument) in this pass."""
        key = (name, argument)
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]


Renderer = Callable[[RenderContext, Key], Rendered]
RENDERERS: dict[str, Renderer] = {}
KIND_HEADERS: dict[str, dict[str, str]] = {}
"""Headers a kind always sends besides the caching ones (CORS on the public JSON)."""
PATHS: dict[str, str] = {}
"""Exact public path → kind."""
ITEM_PATHS: dict[str, str] = {}
"""Path prefix of one item (`/status/incidents/`) → kind; the rest of the path is its id."""

MAX_LANG = 35
"""The longest `?lang=` the public views take (the routes refuse a longer one with 422)."""
MAX_PAGE = 100_000
ALLOW = b"GET, HEAD, OPTIONS"


def renderer(
    kind: str,
    *,
    path: str | None = None,
    item_prefix: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> Callable[[Renderer], Renderer]:
    """Register the function that renders views of `kind` (adapters do, at import), and
    the path the fast path answers it at."""

    def register(function: Renderer) -> Renderer:
        RENDERERS[kind] = function
        KIND_HEADERS[kind] = dict(headers or {})
        if path is not None:
            PATHS[path] = kind
        if item_prefix is not None:
            ITEM_PATHS[item_prefix] = kind
        return function

    return register


def kind_of(path: str) -> str | None:
    """The kind of public view at this path (whatever its id), or None."""
    kind = PATHS.get(path)
    if kind is not None:
        return kind
    for prefix, item_kind in ITEM_PATHS.items():
        rest = path[len(prefix) :]
        if path.startswith(prefix) and rest and "/" not in rest:
            return item_kind
    return None


def key_for(path: str, query: bytes) -> Key | None:
    """The view a GET asks for, or None when it is not a public view or its path or query
    is not valid (the routes answer those, with the API's 422)."""
    kind = kind_of(path)
    if kind is None:
        return None
    item: int | None = None
    if path not in PATHS:
        rest = path.rsplit("/", 1)[1]
        if not (rest.isascii() and rest.isdigit() and len(rest) <= 10):
            return None
        item = int(rest)
        if not 1 <= item <= MAX_ID:
            return None
    locale: str | None = None
    page = 1
    if query:
        for name, value in parse_qsl(query.decode("latin-1"), keep_blank_values=True):
            if name == "lang":
                if len(value) > MAX_LANG:
                    return None
                locale = requested_locale(value)
            elif name == "page" and item is not None:
                if not (value.isascii() and value.isdigit() and len(value) <= 6):
                    return None
                page = int(value)
                if not 1 <= page <= MAX_PAGE:
                    return None
    return Key(kind, locale, item, page)


def status_view(context: RenderContext, locale: str | None) -> StatusView:
    """The public status view in `locale`, built once per render pass."""
    view: StatusView = context.memo(
        "status-view",
        locale,
        lambda: statuspage_service.build(context.session, now=context.now, locale=locale),
    )
    return view
