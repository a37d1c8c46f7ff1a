"""On SQLite, writes queue in the event loop: a few at once, the rest wait without a
thread, and one that cannot start in time gets 503 with Retry-After; reads never wait."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from typing import Annotated

import anyio
import httpx
from fastapi import Depends, FastAPI, HTTPException
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.types import ASGIApp

from crisiscomms.http import WriterQueueMiddleware


async def slow_write(request: Request) -> PlainTextResponse:
    await asyncio.sleep(0.5)
    return PlainTextResponse("written")


async def read(request: Request) -> PlainTextResponse:
    return PlainTextResponse("read")


def test_writes_beyond_the_slots_wait_then_get_503_and_reads_pass() -> None:
    app = Starlette(routes=[Route("/write", slow_write, methods=["POST"]), Route("/read", read)])
    queued = WriterQueueMiddleware(app, slots=1, timeout=0.2)

    async def scenario() -> tuple[list[int], list[str | None], int, float]:
        transport = httpx.ASGITransport(app=queued)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            writes = [asyncio.create_task(client.post("/write")) for _ in range(3)]
            await asyncio.sleep(0.05)
            started = asyncio.get_running_loop().time()
            reading = await client.get("/read")
            read_seconds = asyncio.get_running_loop().time() - started
            answers = await asyncio.gather(*writes)
        return (
            sorted(a.status_code for a in answers),
            [a.headers.get("retry-after") for a in answers if a.status_code == 503],
            reading.status_code,
            read_seconds,
        )

    statuses, retry_after, read_status, read_seconds = asyncio.run(scenario())
    assert statuses == [200, 503, 503]
    assert all(value and int(value) > 0 for value in retry_after)
    assert read_status == 200 and read_seconds < 0.3  # reads are never queued


def _connection(request: Request) -> Iterator[None]:
    """A connection from the app's bounded pool (503 after 1 s), kept until the request
    ends, as a database session is."""
    pool: threading.BoundedSemaphore = request.app.state.pool
    if not pool.acquire(timeout=1.0):
        raise HTTPException(503, "pool timeout")
    try:
        yield
    finally:
        pool.release()


def _page(_connection: Annotated[None, Depends(_connection)]) -> dict[str, bool]:
    time.sleep(0.01)
    return {"ok": True}


def _pool_app(pool_size: int) -> FastAPI:
    """A FastAPI app shaped like crisiscomms: a sync dependency holds a connection across
    the handler's separate thread hop."""
    app = FastAPI()
    app.state.pool = threading.BoundedSemaphore(pool_size)
    app.add_api_route("/page", _page)
    return app


def _burst(app: ASGIApp, *, threads: int, requests: int) -> list[int]:
    async def scenario() -> list[int]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            answers = await asyncio.gather(*(client.get("/page") for _ in range(requests)))
        return [a.status_code for a in answers]

    return asyncio.run(scenario())


def test_requests_beyond_the_threads_wait_in_the_loop_not_holding_a_connection() -> None:
    # Without admission, 24 requests on 2 threads and 3 connections stall: requests holding a
    # connection wait for a thread while both threads wait for a connection, until the
    # pool gives up (503). Admitting as many requests as threads lets every one through.
    app = _pool_app(pool_size=3)
    assert 503 in _burst(app, threads=2, requests=24)
    admitted = WriterQueueMiddleware(app, slots=1, requests=2, timeout=10)
    assert _burst(admitted, threads=2, requests=24) == [200] * 24


def test_the_app_admits_as_many_requests_as_it_has_threads() -> None:
    from crisiscomms.main import create_app
    from tests.conftest import test_settings

    settings = test_settings("sqlite://", threads=7)
    app = create_app(settings, run_startup=False)
    (queue,) = [m for m in app.user_middleware if m.cls is WriterQueueMiddleware]
    assert queue.kwargs["requests"] == 7


def test_urgent_writes_take_the_next_slot_ahead_of_queued_saves() -> None:
    """Publishing and broadcasting go before editor saves that were queued earlier; a save
    still runs after them, and a waiter that gives up passes its slot on."""
    order: list[str] = []

    async def write(request: Request) -> PlainTextResponse:
        await asyncio.sleep(0.1)
        order.append(request.url.path)
        return PlainTextResponse("written")

    paths = [
        "/api/v1/statements/7",
        "/api/v1/broadcasts",
        "/statements/7/publish",
        "/api/v1/broadcasts/3/cancel",
    ]
    app = Starlette(routes=[Route(path, write, methods=["POST", "PUT"]) for path in paths])
    queued = WriterQueueMiddleware(app, slots=1, timeout=5)

    async def scenario() -> list[int]:
        transport = httpx.ASGITransport(app=queued)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            first = asyncio.create_task(client.put("/api/v1/statements/7"))
            await asyncio.sleep(0.02)
            saves = [asyncio.create_task(client.put("/api/v1/statements/7")) for _ in range(2)]
            await asyncio.sleep(0.02)
            urgent = [
                asyncio.create_task(client.post(path))
                for path in ("/api/v1/broadcasts", "/statements/7/publish")
            ]
            await asyncio.sleep(0.02)
            cancel = asyncio.create_task(client.post("/api/v1/broadcasts/3/cancel"))
            answers = await asyncio.gather(first, *saves, *urgent, cancel)
        return [a.status_code for a in answers]

    assert asyncio.run(scenario()) == [200] * 6
    assert order == [
        "/api/v1/statements/7",  # already running
        "/api/v1/broadcasts",
        "/statements/7/publish",
        "/api/v1/broadcasts/3/cancel",
        "/api/v1/statements/7",
        "/api/v1/statements/7",
    ]


def test_a_slot_handed_to_a_waiter_that_gave_up_goes_to_the_next() -> None:
    from crisiscomms.http import Slots

    async def scenario() -> list[str]:
        slots = Slots(1)
        got: list[str] = []
        await slots.acquire()

        async def take(name: str, urgent: bool) -> None:
            await slots.acquire(urgent)
            got.append(name)

        leaving = asyncio.create_task(take("leaving", True))
        staying = asyncio.create_task(take("staying", False))
        await asyncio.sleep(0)
        leaving.cancel()
        slots.release()
        await asyncio.sleep(0.01)
        assert staying.done()
        slots.release()
        await slots.acquire(False)  # the slot came back: free again
        return got

    assert asyncio.run(scenario()) == ["staying"]
