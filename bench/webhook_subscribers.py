"""Benchmark: a webhook channel sends to subscribers' own URLs side by side.

Usage: python bench/webhook_subscribers.py [--messages N] [--delay-ms D] [--runs N]

A threaded HTTP server on 127.0.0.1 answers every POST after D milliseconds (a receiver
that takes its time). One WebhookChannel sends N signed messages through `send_many`:
1. all to the channel's own URL (one receiver: strictly in order, one after another);
2. each to a subscriber's own URL (N receivers: each in order, RECEIVERS_AT_ONCE at once).
Printed: the median seconds and messages per second of each, and the speed-up.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from threading import Thread

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crisiscomms.channels.base import OutboundMessage, Outcome
from crisiscomms.channels.webhook import (
    RECEIVERS_AT_ONCE,
    WebhookChannel,
    WebhookSettings,
    generate_secret,
)


def serve(delay: float) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("content-length", 0)))
            time.sleep(delay)
            self.send_response(200)
            self.send_header("content-length", "0")
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    Thread(target=server.serve_forever, daemon=True).start()
    return server


def run(channel: WebhookChannel, messages: list[OutboundMessage]) -> float:
    async def go() -> float:
        started = time.perf_counter()
        results = await channel.send_many(messages)
        took = time.perf_counter() - started
        assert all(r.outcome == Outcome.SENT for r in results), results[:3]
        await channel.aclose()
        return took

    return asyncio.run(go())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--delay-ms", type=float, default=20.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    server = serve(args.delay_ms / 1000)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    secret = generate_secret()
    times: dict[str, list[float]] = {"one receiver": [], "own receivers": []}
    for _ in range(args.runs):
        for label in times:
            channel = WebhookChannel(
                WebhookSettings(url=f"{base}/channel", secret=secret), allow_private=True
            )
            messages = [
                OutboundMessage(
                    delivery_id=str(n),
                    kind="webhook",
                    idempotency_key=f"msg_s1_{n}",
                    payload={"type": "bench", "data": {"n": n}},
                    destination=None if label == "one receiver" else f"{base}/subscriber/{n}",
                    signing_secret=None if label == "one receiver" else generate_secret(),
                )
                for n in range(args.messages)
            ]
            times[label].append(run(channel, messages))
    server.shutdown()
    print(
        f"{args.messages} messages, receivers answering after {args.delay_ms:g} ms, "
        f"{RECEIVERS_AT_ONCE} receivers at once, median of {args.runs} runs:"
    )
    medians = {label: statistics.median(found) for label, found in times.items()}
    for label, seconds in medians.items():
        print(f"  {label:14s} {seconds:6.2f} s  {args.messages / seconds:8.0f} messages/s")
    print(f"  speed-up: x{medians['one receiver'] / medians['own receivers']:.1f}")


if __name__ == "__main__":
    main()
