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
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import logging
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any
from urllib.parse import parse_qsl

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from crisiscomms.config import Settings
from crisiscomms.db import utc_now
from crisiscomms.dbtypes import MAX_ID
from crisiscomms.errors import ServiceUnavailable
from crisiscomms.http import SECURITY_HEADERS, error_response
from crisiscomms.statuspage import service as statuspage_service
from crisiscomms.statuspage.labels import requested_locale
from crisiscomms.statuspage.service import StatusView

log = logging.getLogger("crisiscomms.published")

NOTIFY_CHANNEL = "crisiscomms_public"
SECURITY_RAW = [(name.encode(), value.encode()) for name, value in SECURITY_HEADERS.items()]
HOT_SECONDS = 120.0
"""A view asked for within this long is rendered again on every change; older ones are not
(they render on their next request), and after `COLD_SECONDS` they are forgotten."""
COLD_SECONDS = 900.0
MAX_ENTRIES = 512
"""Views kept at most (least recently asked for go first): bounds memory whatever URLs
(incident ids, languages, pages) a crawler or an attacker asks for."""


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


def read_version(connection: Any) -> int:
    """The public version as the database has it now (a session or a connection)."""
    dialect = connection.get_bind().dialect.name if isinstance(connection, Session) else None
    if dialect is None:
        dialect = connection.dialect.name
    if dialect == "postgresql":
        # last_value is 1 both before and after the first nextval; is_called tells them apart.
        query = "SELECT last_value + CASE WHEN is_called THEN 1 ELSE 0 END FROM public_version_seq"
    else:
        query = "SELECT version FROM public_version WHERE id = 1"
    return int(connection.execute(text(query)).scalar_one())


def http_date(moment: datetime) -> str:
    """An HTTP date (IMF-fixdate)."""
    return format_datetime(moment.astimezone(UTC), usegmt=True)


def is_not_modified(headers: Mapping[str, str], etag: str, last_modified: datetime) -> bool:
    """Whether a conditional GET may be answered 304 (RFC 9110 §13.1.2, §13.1.3): the
    entity tag wins over the date; weak comparison; anything unparsable means "send it"."""
    if_none_match = headers.get("if-none-match")
    if if_none_match is not None:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or etag in tags
    if_modified_since = headers.get("if-modified-since")
    if not if_modified_since or len(if_modified_since) > 64:
        return False
    try:
        since = parsedate_to_datetime(if_modified_since)
    except (TypeError, ValueError, IndexError, OverflowError):
        return False
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return last_modified.replace(microsecond=0) <= since


def answer(
    entry: Entry, conditional: Mapping[str, str]
) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    """Status, headers and body for a view: 304 (no body) to a matching conditional GET."""
    if entry.rendered.status == 200 and is_not_modified(
        conditional, entry.etag, entry.last_modified
    ):
        return 304, entry.headers_304, b""
    return entry.rendered.status, entry.headers, entry.rendered.body


@dataclass
class _Flight:
    """One render in progress that several requests wait for."""

    done: asyncio.Event = field(default_factory=asyncio.Event)
    entry: Entry | None = None
    error: BaseException | None = None


class PublicCache:
    """The rendered public views of one process."""

    def __init__(
        self, settings: Settings, engine: Engine, session_factory: Callable[[], Session]
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.session_factory = session_factory
        self.refresh_seconds = settings.public_refresh_seconds
        self.max_age = settings.public_max_age_seconds
        self.cache_control = (
            f"public, max-age={settings.public_max_age_seconds}, "
            f"stale-while-revalidate={settings.public_stale_seconds}, "
            f"stale-if-error={settings.public_stale_if_error_seconds}"
        )
        self.version = 0
        self.entries: OrderedDict[Key, Entry] = OrderedDict()
        self._tickets = itertools.count(1)
        self._flights: dict[Key, _Flight] = {}
        self._slots: asyncio.Semaphore | None = None
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None
        self._listener: threading.Thread | None = None
        self._stopping = threading.Event()
        self._notified = False

    # -- serving ------------------------------------------------------------------------

    async def respond(self, request: Request, key: Key) -> Response:
        """The view as a response, for the routes (the fast path answers most requests)."""
        status, headers, body = answer(await self.get(key), request.headers)
        response = Response(body, status_code=status)
        response.raw_headers = list(headers)
        return response

    async def get(self, key: Key) -> Entry:
        """The view's entry: from memory when it is current enough, else rendered now."""
        if key.kind not in RENDERERS:
            raise KeyError(key.kind)
        self._start()
        now = time.monotonic()
        if self.refresh_seconds == 0:
            self._observe(await run_in_threadpool(self._read_version))
        entry = self.entries.get(key)
        if entry is not None:
            entry.last_used = now
            self.entries.move_to_end(key)
            behind = entry.version < self.version or now - entry.rendered_at >= self.max_age
            if not (behind and self.refresh_seconds == 0):
                return entry
        return await self._render_one(key)

    # -- rendering ----------------------------------------------------------------------

    async def _render_one(self, key: Key) -> Entry:
        flight = self._flights.get(key)
        if flight is None:
            flight = self._flights[key] = _Flight()
            asyncio.get_running_loop().create_task(self._fly(key, flight))
        try:
            await asyncio.wait_for(
                flight.done.wait(), timeout=self.settings.public_render_timeout_seconds
            )
        except TimeoutError:
            raise ServiceUnavailable("the status page is busy; try again shortly") from None
        if flight.error is not None:
            raise flight.error
        assert flight.entry is not None
        return flight.entry

    async def _fly(self, key: Key, flight: _Flight) -> None:
        try:
            assert self._slots is not None
            async with self._slots:
                entries = await self._render([key])
            flight.entry = entries[0]
        except BaseException as exc:  # handed to every waiter, re-raised there
            flight.error = exc
        finally:
            self._flights.pop(key, None)
            flight.done.set()

    async def _render(self, keys: list[Key]) -> list[Entry]:
        ticket = next(self._tickets)
        version, rendered = await run_in_threadpool(self._render_sync, keys)
        return [self._store(key, version, ticket, r) for key, r in zip(keys, rendered, strict=True)]

    def _render_sync(self, keys: Iterable[Key]) -> tuple[int, list[Rendered]]:
        with self.session_factory() as session:
            version = read_version(session)  # first: the data read after is at least as new
            context = RenderContext(session, self.settings, utc_now())
            rendered = [RENDERERS[key.kind](context, key) for key in keys]
            session.rollback()
        return version, rendered

    def _store(self, key: Key, version: int, ticket: int, rendered: Rendered) -> Entry:
        self._observe(version)
        now = time.monotonic()
        etag = '"' + hashlib.blake2b(rendered.body, digest_size=12).hexdigest() + '"'
        old = self.entries.get(key)
        if old is not None and old.ticket > ticket:
            return old  # a render that started later already landed: never go back
        last_modified = old.last_modified if old is not None and old.etag == etag else utc_now()
        entry = Entry(
            rendered=rendered,
            version=version,
            ticket=ticket,
            etag=etag,
            last_modified=last_modified,
            rendered_at=now,
            last_used=old.last_used if old is not None else now,
        )
        common = [
            (b"etag", etag.encode()),
            (b"last-modified", http_date(last_modified).encode()),
            (b"cache-control", self.cache_control.encode()),
            (b"x-public-version", str(version).encode()),
            *((n.lower().encode(), v.encode()) for n, v in KIND_HEADERS[key.kind].items()),
            *SECURITY_RAW,
        ]
        entry.headers_304 = common
        entry.headers = [
            (b"content-type", rendered.media_type.encode()),
            (b"content-length", str(len(rendered.body)).encode()),
            *common,
        ]
        self.entries[key] = entry
        self.entries.move_to_end(key)
        while len(self.entries) > MAX_ENTRIES:
            self.entries.popitem(last=False)
        return entry

    def _observe(self, version: int) -> None:
        self.version = max(self.version, version)

    def _read_version(self) -> int:
        if self.refresh_seconds == 0:
            with self.session_factory() as session:
                return read_version(session)
        with self.engine.connect() as connection:
            return read_version(connection)

    # -- keeping up with changes ------------------------------------------------------

    def _start(self) -> None:
        """Start this process's refresher on first use (in the serving event loop)."""
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.settings.public_render_slots)
        if self.refresh_seconds == 0 or self._task is not None:
            return
        self._wake = asyncio.Event()
        self._task = asyncio.get_running_loop().create_task(self._refresh_forever())
        if self.engine.dialect.name == "postgresql":
            loop = asyncio.get_running_loop()
            self._listener = threading.Thread(
                target=self._listen, args=(loop,), name="crisiscomms-public-listen", daemon=True
            )
            self._listener.start()

    async def close(self) -> None:
        """Stop the refresher and the listener."""
        self._stopping.set()
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None

    async def _refresh_forever(self) -> None:
        assert self._wake is not None
        while True:
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=self.refresh_seconds)
            except TimeoutError:
                pass
            self._wake.clear()
            try:
                await self.refresh()
            except asyncio.CancelledError:
                raise
            except Exception:  # the database is away: serve what we have, try again
                log.exception("could not refresh the public views; serving the last ones")
                await asyncio.sleep(min(5.0, self.refresh_seconds * 10))

    async def refresh(self) -> int:
        """Render again the recently asked-for views that are behind; how many."""
        version = await run_in_threadpool(self._read_version)
        notified, self._notified = self._notified, False
        changed = notified or version > self.version
        self._observe(version)
        now = time.monotonic()
        for key in [k for k, e in self.entries.items() if now - e.last_used > COLD_SECONDS]:
            del self.entries[key]
        due = [
            key
            for key, entry in self.entries.items()
            if now - entry.last_used <= HOT_SECONDS
            and (changed or entry.version < self.version or now - entry.rendered_at >= self.max_age)
            and key not in self._flights
        ]
        for start in range(0, len(due), 32):
            await self._render(due[start : start + 32])
        return len(due)

    def _on_notify(self) -> None:
        self._notified = True
        if self._wake is not None:
            self._wake.set()

    def _listen(self, loop: asyncio.AbstractEventLoop) -> None:
        """PostgreSQL: wake the refresher at each commit that changed something public."""
        import psycopg

        url = self.engine.url.set(drivername="postgresql")
        conninfo = url.render_as_string(hide_password=False)
        while not self._stopping.is_set():
            try:
                with psycopg.connect(conninfo, autocommit=True, connect_timeout=5) as connection:
                    connection.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    loop.call_soon_threadsafe(self._on_notify)  # catch up after a reconnect
                    while not self._stopping.is_set():
                        for _ in connection.notifies(timeout=1.0, stop_after=1):
                            loop.call_soon_threadsafe(self._on_notify)
            except Exception as exc:
                if self._stopping.is_set() or loop.is_closed():
                    return
                log.warning("public change listener lost its connection (%s); retrying", exc)
                self._stopping.wait(1.0)


class PublicFastPath:
    """The outermost ASGI layer for the public paths.

    A GET or HEAD of a public view in memory is answered here, before routing, validation
    and the per-request middleware. It adds the same security headers and a request id
    itself, and logs at DEBUG, not INFO: a storm of identical reads would drown the log.
    OPTIONS on a public path answers 204 with `Allow`, plus the CORS preflight where the
    view is readable from other sites. Everything else goes on to the app: a HEAD goes on as
    the GET without its body, so its status and headers are the GET's. That includes a public
    URL whose query is not valid, which the routes answer with a 422."""

    def __init__(self, app: ASGIApp, *, cache: PublicCache) -> None:
        self.app = app
        self.cache = cache

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = scope.get("method")
        kind = kind_of(scope["path"]) if scope["type"] == "http" else None
        if kind is None or method not in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        request_id = (b"x-request-id", secrets.token_hex(8).encode())
        if method == "OPTIONS":
            await self._options(kind, request_id, send)
            return
        key = key_for(scope["path"], scope.get("query_string", b""))
        if key is None:
            await self._pass_on(scope, receive, send)
            return
        try:
            entry = await self.cache.get(key)
        except ServiceUnavailable as busy:
            await error_response(busy)(scope, receive, send)
            return
        except Exception:  # the app answers (and logs) it in its one error shape
            await self._pass_on(scope, receive, send)
            return
        conditional = {
            name.decode(): value.decode("latin-1")
            for name, value in scope.get("headers", ())
            if name in (b"if-none-match", b"if-modified-since")
        }
        status, headers, body = answer(entry, conditional)
        start = {"type": "http.response.start", "status": status, "headers": [*headers, request_id]}
        await send(start)
        await send({"type": "http.response.body", "body": b"" if method == "HEAD" else body})
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s %s %s (public view)", method, scope["path"], status)

    async def _pass_on(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope.get("method") != "HEAD":
            await self.app(scope, receive, send)
            return

        async def without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, without_body)

    @staticmethod
    async def _options(kind: str, request_id: tuple[bytes, bytes], send: Send) -> None:
        headers = [(b"allow", ALLOW), (b"content-length", b"0"), *SECURITY_RAW, request_id]
        if "Access-Control-Allow-Origin" in KIND_HEADERS[kind]:
            headers += [
                (b"access-control-allow-origin", b"*"),
                (b"access-control-allow-methods", ALLOW),
                (b"access-control-allow-headers", b"If-None-Match, If-Modified-Since"),
                (b"access-control-max-age", b"86400"),
            ]
        await send({"type": "http.response.start", "status": 204, "headers": headers})
        await send({"type": "http.response.body", "body": b""})
