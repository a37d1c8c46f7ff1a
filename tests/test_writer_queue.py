"""On SQLite, writes queue in the event loop: a few at once, the rest wait without a
thread, and one that cannot start in time gets 503 with Retry-After; reads never wait."""

from __future__ import annotations

import asyncio

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

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
