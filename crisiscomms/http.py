"""Cross-cutting HTTP concerns: request ids, body size limit, security headers, error shape."""

from __future__ import annotations

import asyncio
import logging
import re
import time
import weakref
from collections import deque
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from crisiscomms.errors import CrisisCommsError, ServiceUnavailable, TooManyRequests
from crisiscomms.tracing import new_request_id, request_id_var

log = logging.getLogger("crisiscomms.http")

SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    ),
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
    "cross-origin-opener-policy": "same-origin",
}
# The OpenAPI pages load their script from a CDN and inline a bootstrap; they get their own policy.
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; img-src 'self' data: "
    "https://fastapi.tiangolo.com; frame-ancestors 'none'"
)
DOCS_PATHS = ("/docs", "/redoc", "/docs/oauth2-redirect")


class WriterQueueMiddleware:
    """Requests wait for their turn in the event loop, never in a thread or a pool.

    - **Writes.** Left alone, a burst of writes (editor saves running the transparency
      check) fills every request thread: on SQLite with writers waiting for the one write
      lock (held from BEGIN IMMEDIATE to the commit), on PostgreSQL with CPU-bound checks
      fighting for the GIL; reads then wait behind them for a thread. At most `slots` writes
      run at once.
    - **Every request** (`requests` at once, the size of the thread pool). FastAPI runs a
      request's dependencies, handler and clean-up as separate hops onto the thread pool,
      and the request keeps its database connection between them. With more requests in
      flight than threads, a request holding a connection waits for a thread while the
      threads wait for a connection (the pool is sized for the threads): everything stalls
      until the pool timeout. Admitting no more requests than threads keeps every hop's
      thread and every connection available.

    The rest wait here without holding anything; one that cannot start within `timeout`
    seconds gets 503 with Retry-After. **Urgent writes go first**: publishing a statement,
    starting a broadcast and cancelling one (`URGENT_WRITES`) are what the public is waiting
    for, so they take the next free slot ahead of queued editor saves and page loads (in
    arrival order among themselves); under a crisis-room load the commander's trigger
    waited 2-3 s behind drafts before this."""

    def __init__(
        self, app: ASGIApp, *, slots: int, timeout: float, requests: int | None = None
    ) -> None:
        self.app = app
        self.slots = slots
        self.requests = requests
        self.timeout = timeout
        # One pair of queues per event loop (a process serves from one; test clients may
        # use several).
        self._queues: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, tuple[Slots, Slots | None]
        ]
        self._queues = weakref.WeakKeyDictionary()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        loop = asyncio.get_running_loop()
        queues = self._queues.get(loop)
        if queues is None:
            every = Slots(self.requests) if self.requests else None
            queues = self._queues[loop] = (Slots(self.slots), every)
        writes, every = queues
        write = scope.get("method") in WRITE_METHODS
        urgent = write and URGENT_WRITES.match(scope.get("path", "")) is not None
        taken: list[Slots] = []
        deadline = loop.time() + self.timeout
        try:
            for queue in (writes if write else None, every):
                if queue is None:
                    continue
                try:
                    await asyncio.wait_for(queue.acquire(urgent), timeout=deadline - loop.time())
                except TimeoutError:
                    busy = ServiceUnavailable(
                        "the service is busy with other changes; try again shortly"
                        if queue is writes
                        else "the service is busy; try again shortly"
                    )
                    await error_response(busy)(scope, receive, send)
                    return
                taken.append(queue)
            await self.app(scope, receive, send)
        finally:
            for queue in taken:
                queue.release()


WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
URGENT_WRITES = re.compile(
    r"^(?:/api/v1)?/(?:broadcasts(?:/\d+/cancel)?|statements/\d+/publish)/?$"
)
"""Writes the public is waiting for: publish a statement, start or cancel a broadcast."""


class Slots:
    """A counting semaphore for one event loop whose urgent waiters are served before the
    others, first come first served within each kind."""

    def __init__(self, size: int) -> None:
        self._free = size
        self._waiting: dict[bool, deque[asyncio.Future[None]]] = {True: deque(), False: deque()}

    async def acquire(self, urgent: bool = False) -> None:
        """Take a slot, waiting behind the urgent waiters (and, unless urgent, the others)."""
        if self._free > 0 and not self._waiting[True] and not self._waiting[False]:
            self._free -= 1
            return
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting[urgent].append(turn)
        try:
            await turn
        except BaseException:
            if turn.done() and not turn.cancelled():
                self.release()  # the slot was handed over as the wait was given up
            else:
                self._waiting[urgent].remove(turn)
            raise

    def release(self) -> None:
        """Hand the slot to the oldest urgent waiter, else the oldest waiter, else free it."""
        for urgent in (True, False):
            waiting = self._waiting[urgent]
            while waiting:
                turn = waiting.popleft()
                if not turn.done():
                    turn.set_result(None)
                    return
        self._free += 1


def error_body(
    code: str, message: str, details: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """The one error shape of the API."""
    return {
        "error": {
            "code": code,
            "message": message,
            "details": details or [],
            "request_id": request_id_var.get(),
        }
    }


class _BodyTooLarge(Exception):
    pass


class RequestContextMiddleware:
    """Request id, access log, body size limit and security headers, as one ASGI layer."""

    def __init__(
        self, app: ASGIApp, *, max_body_bytes: int, large_bodies: dict[str, int] | None = None
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        # Exact paths allowed a larger body (bulk imports), and their limits.
        self.large_bodies = large_bodies or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        incoming = headers.get(b"x-request-id", b"").decode("latin-1")
        request_id = (
            incoming if 0 < len(incoming) <= 64 and incoming.isprintable() else new_request_id()
        )
        token = request_id_var.set(request_id)
        started = time.monotonic()
        status_holder = {"status": 0}
        path: str = scope.get("path", "")
        limit = self.large_bodies.get(path, self.max_body_bytes)
        try:
            declared = int(headers.get(b"content-length", b"0") or b"0")
        except ValueError:
            declared = 0
        try:
            if declared > limit:
                await self._too_large(send, status_holder, limit)
                return

            received = 0

            async def limited_receive() -> Message:
                nonlocal received
                message = await receive()
                if message["type"] == "http.request":
                    received += len(message.get("body", b""))
                    if received > limit:
                        raise _BodyTooLarge
                return message

            async def send_with_headers(message: Message) -> None:
                if message["type"] == "http.response.start":
                    status_holder["status"] = message["status"]
                    raw = list(message.get("headers", []))
                    present = {k.lower() for k, _ in raw}
                    for name, value in SECURITY_HEADERS.items():
                        if name.encode() in present:
                            continue
                        if name == "content-security-policy" and path.startswith(DOCS_PATHS):
                            value = DOCS_CSP
                        raw.append((name.encode(), value.encode()))
                    raw.append((b"x-request-id", request_id.encode()))
                    message["headers"] = raw
                await send(message)

            try:
                await self.app(scope, limited_receive, send_with_headers)
            except _BodyTooLarge:
                if status_holder["status"] == 0:
                    await self._too_large(send, status_holder, limit)
        finally:
            log.info(
                "%s %s %s %.1fms",
                scope.get("method"),
                path,
                status_holder["status"],
                (time.monotonic() - started) * 1000,
                extra={"request_id": request_id},
            )
            request_id_var.reset(token)

    async def _too_large(self, send: Send, status_holder: dict[str, int], limit: int) -> None:
        response = JSONResponse(
            error_body(
                "payload_too_large",
                f"request body is larger than the limit of {limit} bytes",
            ),
            status_code=413,
        )
        status_holder["status"] = 413

        async def empty_receive() -> Message:
            return {"type": "http.disconnect"}

        await response({"type": "http", "method": "POST", "headers": []}, empty_receive, send)


def _location(loc: tuple[Any, ...] | list[Any]) -> str:
    return ".".join(str(part) for part in loc)


def error_response(exc: CrisisCommsError) -> JSONResponse:
    """A domain error in the one error shape; a 503 also says when to try again."""
    retry_after = getattr(exc, "retry_after", None)
    headers = (
        {"Retry-After": str(retry_after), "Cache-Control": "no-store"}
        if isinstance(exc, ServiceUnavailable | TooManyRequests) and retry_after
        else None
    )
    return JSONResponse(
        error_body(exc.code, exc.message, exc.details), status_code=exc.status, headers=headers
    )


async def _crisiscomms_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, CrisisCommsError)
    return error_response(exc)


def overloaded(exc: BaseException) -> ServiceUnavailable | None:
    """The database errors that mean "busy, try again" (no pool connection in time, SQLite's
    write lock held past the busy timeout, PostgreSQL gone for a moment), as a 503."""
    if isinstance(exc, PoolTimeout):
        return ServiceUnavailable("the service is busy: no database connection came free in time")
    if isinstance(exc, OperationalError):
        words = str(exc.orig).lower()
        if "database is locked" in words or "database is busy" in words:
            return ServiceUnavailable("the service is busy: the database is locked by a writer")
        if exc.connection_invalidated or "connection" in words or "server closed" in words:
            return ServiceUnavailable("the database cannot be reached; try again shortly")
    return None


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = []
    for err in exc.errors():
        loc = err.get("loc", ())
        if err.get("type") == "json_invalid":
            ctx = err.get("ctx", {})
            message = f"malformed JSON: {ctx.get('error', 'cannot parse the body')}"
            return JSONResponse(
                error_body(
                    "malformed_json",
                    message,
                    [{"location": _location(loc), "message": message, "type": "json_invalid"}],
                ),
                status_code=400,
            )
        details.append(
            {"location": _location(loc), "message": err.get("msg", ""), "type": err.get("type", "")}
        )
    summary = "; ".join(f"{d['location']}: {d['message']}" for d in details[:5])
    return JSONResponse(
        error_body("validation_failed", f"invalid request: {summary}", details), status_code=422
    )


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = {401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed"}.get(
        exc.status_code, "http_error"
    )
    message = exc.detail if isinstance(exc.detail, str) else "request failed"
    if exc.status_code == 404 and message == "Not Found":
        message = f"no such path: {request.url.path}"
    return JSONResponse(
        error_body(code, message),
        status_code=exc.status_code,
        headers=getattr(exc, "headers", None),
    )


async def _unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    busy = overloaded(exc)
    if busy is not None:
        log.warning("answered 503: %s (%s)", busy.message, type(exc).__name__)
        return await _crisiscomms_error(request, busy)
    log.exception("unhandled error", extra={"request_id": request_id_var.get()})
    return JSONResponse(
        error_body("internal_error", "an unexpected error occurred; it has been logged"),
        status_code=500,
    )


def install_error_handlers(app: FastAPI) -> None:
    """Map every error to the one JSON shape."""
    app.add_exception_handler(CrisisCommsError, _crisiscomms_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected_error)
