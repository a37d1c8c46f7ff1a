"""Benchmark: the raw SMTP ceiling — pre-rendered messages over N persistent connections.

Usage: python bench/smtp_ceiling.py [--messages N] [--connections N] [--size BYTES] [--runs N]

A minimal SMTP server (asyncio; accepts everything and counts each message) runs in a
child process on 127.0.0.1. The client sends pre-rendered messages two ways over
`--connections` persistent aiosmtplib connections: plain `sendmail` (the ceiling), and
crisiscomms' EmailChannel.send_many (the same connections through the channel's pool
and classification). The broadcast benchmark compares its end-to-end rate with these.
The client's CPU time per message is printed too: unlike msgs/s it barely moves when
other work shares the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import multiprocessing.connection
import multiprocessing.sharedctypes
import statistics
import time
from collections.abc import Awaitable, Callable

import aiosmtplib

from crisiscomms.channels.base import OutboundMessage, Outcome
from crisiscomms.channels.email import EmailChannel, EmailSettings

SENDER = "status@example.com"


class _CountingSmtp(asyncio.Protocol):
    """Just enough SMTP: every command is accepted, every message counted."""

    def __init__(self, counter: multiprocessing.sharedctypes.Synchronized[int]) -> None:
        self.counter = counter
        self.buffer = b""
        self.in_data = False
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        transport.write(b"220 ceiling ESMTP\r\n")

    def data_received(self, data: bytes) -> None:
        assert self.transport is not None
        self.buffer += data
        replies: list[bytes] = []
        while True:
            if self.in_data:
                end = self.buffer.find(b"\r\n.\r\n")
                if end < 0:
                    break
                self.buffer = self.buffer[end + 5 :]
                self.in_data = False
                with self.counter.get_lock():
                    self.counter.value += 1
                replies.append(b"250 2.0.0 Ok: queued as %d\r\n" % self.counter.value)
                continue
            end = self.buffer.find(b"\r\n")
            if end < 0:
                break
            line, self.buffer = self.buffer[:end].upper(), self.buffer[end + 2 :]
            if line.startswith((b"EHLO", b"HELO")):
                replies.append(b"250-ceiling\r\n250-PIPELINING\r\n250 8BITMIME\r\n")
            elif line.startswith(b"DATA"):
                self.in_data = True
                # The message may follow in this same read: the loop looks for its end.
                replies.append(b"354 go ahead\r\n")
            elif line.startswith(b"QUIT"):
                self.transport.write(b"".join(replies) + b"221 bye\r\n")
                self.transport.close()
                return
            else:
                replies.append(b"250 ok\r\n")
        if replies:
            self.transport.write(b"".join(replies))


def _serve(
    port_out: multiprocessing.connection.Connection,
    counter: multiprocessing.sharedctypes.Synchronized[int],
) -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(lambda: _CountingSmtp(counter), "127.0.0.1", 0)
        port_out.send(server.sockets[0].getsockname()[1])
        await server.serve_forever()

    asyncio.run(main())


def rendered(number: int, size: int) -> bytes:
    """A complete pre-rendered message of about `size` bytes, like personalise's output."""
    head = (
        "From: Northwind Status <status@example.com>\r\n"
        f"To: Customer {number} <c{number}@example.net>\r\n"
        f"Message-ID: <stmt-1.{number:016x}@example.com>\r\n"
        "Subject: Service restored\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
    ).encode()
    line = b"Our checkout service is restored; your credit is applied to the next invoice.\r\n"
    return head + line * max(1, (size - len(head)) // len(line))


async def run_sendmail(port: int, messages: list[bytes], connections: int) -> float:
    """Messages per second over plain aiosmtplib sendmail, `connections` at once."""
    clients = [
        aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False)
        for _ in range(connections)
    ]
    await asyncio.gather(*(c.connect() for c in clients))
    work = iter(enumerate(messages))

    async def worker(client: aiosmtplib.SMTP) -> None:
        for number, raw in work:
            await client.sendmail(SENDER, [f"c{number}@example.net"], raw)

    started = time.perf_counter()
    await asyncio.gather(*(worker(c) for c in clients))
    rate = len(messages) / (time.perf_counter() - started)
    await asyncio.gather(*(c.quit() for c in clients))
    return rate


async def run_channel(port: int, messages: list[bytes], connections: int) -> float:
    """Messages per second through EmailChannel.send_many with a pool of `connections`."""
    settings = EmailSettings(host="127.0.0.1", port=port, security="none", from_address=SENDER)
    channel = EmailChannel(settings, pool_size=connections)
    outbound = [
        OutboundMessage(
            delivery_id=str(n),
            kind="email",
            idempotency_key=f"<stmt-1.{n:016x}@example.com>",
            recipient=f"c{n}@example.net",
            raw_email=raw,
        )
        for n, raw in enumerate(messages)
    ]
    started = time.perf_counter()
    results = await channel.send_many(outbound)
    rate = len(messages) / (time.perf_counter() - started)
    await channel.aclose()
    failed = [r for r in results if r.outcome != Outcome.SENT]
    assert not failed, failed[:3]
    return rate


def main() -> None:
    """Start the counting server, run both clients several times, print the medians."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--size", type=int, default=6_000, help="bytes per message")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    counter = multiprocessing.Value("q", 0)
    receive, send = multiprocessing.Pipe(duplex=False)
    server = multiprocessing.Process(target=_serve, args=(send, counter), daemon=True)
    server.start()
    port = receive.recv()
    messages = [rendered(n, args.size) for n in range(args.messages)]
    runners: list[tuple[str, Callable[[int, list[bytes], int], Awaitable[float]]]] = [
        ("aiosmtplib sendmail (ceiling)", run_sendmail),
        ("EmailChannel.send_many", run_channel),
    ]
    try:
        print(
            f"crisiscomms: SMTP into a local counting server, {args.connections} persistent "
            f"connections, {args.messages:,} messages of ~{args.size:,} bytes per run"
        )
        for name, runner in runners:
            rates, cpu = [], []
            for _ in range(args.runs):
                started = time.process_time()
                rates.append(asyncio.run(runner(port, messages, args.connections)))
                cpu.append((time.process_time() - started) / len(messages) * 1e6)
            figures = ", ".join(f"{r:,.0f}" for r in rates)
            print(
                f"{name:30} {statistics.median(rates):8,.0f} msgs/s (runs: {figures}); "
                f"client CPU {statistics.median(cpu):.0f} µs/msg"
            )
        expected = args.messages * args.runs * len(runners)
        print(f"server counted {counter.value:,} messages (expected {expected:,})")
    finally:
        server.terminate()
        server.join()


if __name__ == "__main__":
    main()
