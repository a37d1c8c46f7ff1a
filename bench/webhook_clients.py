"""Benchmark: signed webhook POSTs per second through httpx and aiohttp, N-way concurrent.

Usage: python bench/webhook_clients.py [--requests N] [--concurrency N] [--runs N]

A minimal keep-alive HTTP server (asyncio, answers 200 to every request) runs in a child
process on 127.0.0.1, so the server does not share the client's core. Each client sends
N JSON bodies signed the Standard Webhooks way over one client object with a pool of
`--concurrency` connections and `--concurrency` tasks; the median of several runs is
reported. This is how crisiscomms chose the webhook channel's HTTP client.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import hmac
import json
import multiprocessing
import statistics
import time
from collections.abc import Awaitable, Callable

import aiohttp
import httpx

SECRET = b"benchmark-webhook-secret"
BODY = json.dumps({"type": "statement.published", "data": {"text": "x" * 600}}).encode()
RESPONSE = b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-type: text/plain\r\n\r\nok"


class _Answer(asyncio.Protocol):
    """Answers 200 to each complete request (headers plus content-length bytes)."""

    def __init__(self) -> None:
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].lower()
            length = 0
            for line in head.split(b"\r\n"):
                if line.startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            assert self.transport is not None
            self.transport.write(RESPONSE)


def _serve(port_out: multiprocessing.connection.Connection) -> None:
    async def main() -> None:
        server = await asyncio.get_running_loop().create_server(_Answer, "127.0.0.1", 0)
        port_out.send(server.sockets[0].getsockname()[1])
        await server.serve_forever()

    asyncio.run(main())


def _headers(number: int) -> dict[str, str]:
    message_id = f"msg_{number}"
    timestamp = str(int(time.time()))
    signed = f"{message_id}.{timestamp}.".encode() + BODY
    signature = base64.b64encode(hmac.new(SECRET, signed, hashlib.sha256).digest()).decode()
    return {
        "content-type": "application/json",
        "webhook-id": message_id,
        "webhook-timestamp": timestamp,
        "webhook-signature": f"v1,{signature}",
    }


async def _drive(send: Callable[[int], Awaitable[int]], total: int, concurrency: int) -> float:
    counter = iter(range(total))

    async def worker() -> None:
        for number in counter:
            status = await send(number)
            assert status == 200, status

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return total / (time.perf_counter() - started)


async def run_httpx(url: str, total: int, concurrency: int) -> float:
    """Requests per second through one httpx.AsyncClient."""
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, follow_redirects=False) as client:

        async def send(number: int) -> int:
            response = await client.post(url, content=BODY, headers=_headers(number))
            return response.status_code

        await send(-1)
        return await _drive(send, total, concurrency)


async def run_aiohttp(url: str, total: int, concurrency: int) -> float:
    """Requests per second through one aiohttp.ClientSession."""
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def send(number: int) -> int:
            async with session.post(
                url, data=BODY, headers=_headers(number), allow_redirects=False
            ) as response:
                await response.read()
                return response.status

        await send(-1)
        return await _drive(send, total, concurrency)


def main() -> None:
    """Run both clients against the same local server and print the medians."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--requests", type=int, default=5_000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    receive, send = multiprocessing.Pipe(duplex=False)
    server = multiprocessing.Process(target=_serve, args=(send,), daemon=True)
    server.start()
    url = f"http://127.0.0.1:{receive.recv()}/hook"
    try:
        print(f"crisiscomms: webhook POSTs, {args.concurrency}-way, {args.requests:,} per run")
        for name, runner in (("httpx", run_httpx), ("aiohttp", run_aiohttp)):
            rates = [
                asyncio.run(runner(url, args.requests, args.concurrency)) for _ in range(args.runs)
            ]
            figures = ", ".join(f"{r:,.0f}" for r in rates)
            print(f"{name:8} {statistics.median(rates):8,.0f} requests/s (runs: {figures})")
    finally:
        server.terminate()
        server.join()


if __name__ == "__main__":
    main()
