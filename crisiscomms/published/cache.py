"""The cache of rendered public views in one process, kept current with the public version.

See the package's description (`crisiscomms.published`) for the invariants.
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from crisiscomms.config import Settings
from crisiscomms.db import utc_now
from crisiscomms.errors import ServiceUnavailable
from crisiscomms.http import SECURITY_HEADERS
from crisiscomms.published.answers import answer, http_date
from crisiscomms.published.views import KIND_HEADERS, RENDERERS, Entry, Key, RenderContext, Rendered

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


@dataclass
class _Flight:
    """One render in progress that several requests wait for."""

    done: asyncio.Event = field(default_factory=asyncio.Event)
    entry: Entry | None = None
    error: BaseException | None = None


def shared_max_age(max_age: int) -> int:
    """`s-maxage` for a proxy or CDN: two seconds under `max-age`, so that a change reaches
    the proxy's readers within `max-age` of it.

    A proxy adds to its `s-maxage` the time this process takes to show a change (a quarter of
    a second measured under a storm) and its own rounding: nginx counts whole seconds, so a
    copy kept for 10 s is served until up to 11 s after it was fetched (10.6-10.9 s measured
    with `max-age=10` alone).
    """
    return max(0, max_age - 2)


def cache_control(settings: Settings) -> str:
    """The `Cache-Control` of every public view."""
    return (
        f"public, max-age={settings.public_max_age_seconds}, "
        f"s-maxage={shared_max_age(settings.public_max_age_seconds)}, "
        f"stale-while-revalidate={settings.public_stale_seconds}, "
        f"stale-if-error={settings.public_stale_if_error_seconds}"
    )


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
        self.cache_control = cache_control(settings)
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
