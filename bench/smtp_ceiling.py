"""Benchmark: the SMTP ceiling — pre-rendered messages, as many processes and connections as
the sink takes.

Usage: python bench/smtp_ceiling.py [--messages N] [--size BYTES] [--runs N]
       [--sinks 1,2] [--senders 1,2,3] [--connections 16]

The sink (bench/smtp_sink.py: a bare counting SMTP server, uvloop, in processes of its own
sharing one port) is started with each `--sinks` count; against it, for each `--senders`
count, that many client processes send the same pre-rendered messages (dot-stuffed before
the clock) over `--connections` persistent connections each. The client is the cheapest
correct one there is: a bare asyncio protocol (uvloop) that uses PIPELINING (RFC 2920) so a
message costs one write and one round trip: the previous message's content and final ".",
then MAIL, RCPT and DATA, answered together. Every reply is checked (2xx, 354 for DATA).
Printed: msgs/s per configuration (median of `--runs`), the client and sink CPU time per
message, and the best configuration: that is the ceiling `broadcast_email.py` uses.
`ceiling()` is the same blast for other benchmarks (broadcast_email.py).
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import statistics
import time
from collections.abc import Sequence
from typing import Any, cast

from smtp_sink import Sink, process_cpu_seconds

from crisiscomms.channels.smtp_pool import data_bytes

try:
    import uvloop
except ImportError:  # pragma: no cover
    uvloop = None  # type: ignore[assignment]

SENDER = "status@example.com"


class _Pipelined(asyncio.Protocol):
    """One SMTP connection that waits for a number of final replies at a time."""

    def __init__(self) -> None:
        self.buffer = b""
        self.wanted = 0
        self.got = 0
        self.bad: list[bytes] = []
        self.waiter: asyncio.Future[None] | None = None
        self.transport: asyncio.Transport | None = None
        self.expect_354 = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's is not a subclass

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        start = 0
        while True:
            end = self.buffer.find(b"\n", start)
            if end < 0:
                break
            line = self.buffer[start : end + 1]
            start = end + 1
            if line[3:4] == b"-":  # a continued multi-line reply
                continue
            if line[:1] not in (b"2", b"3"):
                self.bad.append(line)
            self.got += 1
        self.buffer = self.buffer[start:]
        if self.waiter is not None and self.got >= self.wanted and not self.waiter.done():
            self.waiter.set_result(None)

    def connection_lost(self, exc: Exception | None) -> None:
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(ConnectionError(f"connection lost: {exc!r}"))

    async def replies(self, count: int) -> None:
        """Wait until `count` more final replies have come."""
        self.wanted += count
        if self.got < self.wanted:
            self.waiter = asyncio.get_running_loop().create_future()
            await self.waiter
        if self.bad:
            raise RuntimeError(f"refused: {self.bad[:3]}")


async def _connect(port: int) -> _Pipelined:
    loop = asyncio.get_running_loop()
    _, protocol = await loop.create_connection(_Pipelined, "127.0.0.1", port)
    await protocol.replies(1)  # greeting
    assert protocol.transport is not None
    protocol.transport.write(b"EHLO ceiling\r\n")
    await protocol.replies(1)
    return protocol


def _envelope(address: str) -> bytes:
    return b"MAIL FROM:<%s>\r\nRCPT TO:<%s>\r\nDATA\r\n" % (SENDER.encode(), address.encode())


async def _send(protocol: _Pipelined, work: Any) -> None:
    """Send messages from the shared iterator: content + next envelope in one write."""
    transport = protocol.transport
    assert transport is not None
    item = next(work, None)
    if item is None:
        return
    transport.write(_envelope(item[0]))
    await protocol.replies(3)
    while item is not None:
        following = next(work, None)
        if following is None:
            transport.write(item[1])
            await protocol.replies(1)
        else:
            transport.write(item[1] + _envelope(following[0]))
            await protocol.replies(4)
        item = following


async def _blast(
    port: int, messages: Sequence[tuple[str, bytes]], connections: int, go: Any
) -> None:
    protocols = [await _connect(port) for _ in range(connections)]
    go()
    work = iter(messages)
    await asyncio.gather(*(_send(p, work) for p in protocols))
    for protocol in protocols:
        assert protocol.transport is not None
        protocol.transport.write(b"QUIT\r\n")
        await protocol.replies(1)
        protocol.transport.close()


def _child(
    port: int,
    messages: Sequence[tuple[str, bytes]],
    connections: int,
    ready: Any,
    start: Any,
    done: Any,
) -> None:
    def go() -> None:
        ready.release()
        start.wait()

    coroutine = _blast(port, messages, connections, go)
    if uvloop is not None:
        uvloop.run(coroutine)
    else:
        asyncio.run(coroutine)
    done.send(time.monotonic())


def ceiling(
    port: int, messages: Sequence[tuple[str, bytes]], *, processes: int, connections: int
) -> tuple[float, float]:
    """Send `messages` ((address, DATA payload already dot-stuffed and ended by ".")) from
    `processes` forked client processes, each its share over `connections` connections;
    seconds from the common start to the last message answered, and the clients' CPU
    seconds while sending."""
    context = multiprocessing.get_context("fork")
    ready, start = context.Semaphore(0), context.Event()
    children, pipes = [], []
    for number in range(processes):
        receive, send = context.Pipe(duplex=False)
        share = messages[number::processes]
        child = context.Process(
            target=_child, args=(port, share, connections, ready, start, send), daemon=True
        )
        child.start()
        children.append(child)
        pipes.append(receive)
    for _ in range(processes):
        ready.acquire()
    cpu_before = sum(process_cpu_seconds(c.pid or 0) for c in children)
    began = time.monotonic()
    start.set()
    ended = max(pipe.recv() for pipe in pipes)
    cpu = sum(process_cpu_seconds(c.pid or 0) for c in children) - cpu_before
    for child in children:
        child.join()
        if child.exitcode != 0:
            raise SystemExit(f"ceiling client exited with {child.exitcode}")
    return ended - began, cpu


def payloads(raw: Sequence[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """Messages as DATA sends them (CRLF, dots doubled, final "."), before any clock."""
    return [(address, data_bytes(message)) for address, message in raw]


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


def main() -> None:
    """Each sink size against each sender count; medians, CPU per message, the best."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--messages", type=int, default=60_000)
    parser.add_argument("--size", type=int, default=11_300, help="bytes per message")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sinks", default="1,2", help="sink process counts to try")
    parser.add_argument("--senders", default="1,2,3", help="client process counts to try")
    parser.add_argument("--connections", type=int, default=16, help="per client process")
    args = parser.parse_args()
    messages = payloads(
        [(f"c{n}@example.net", rendered(n, args.size)) for n in range(args.messages)]
    )
    print(
        f"crisiscomms: SMTP ceiling, {args.messages:,} pre-rendered messages of "
        f"{len(messages[0][1]):,} bytes per run, {args.connections} connections per client "
        f"process, pipelined; {os.cpu_count()} CPUs; medians of {args.runs}"
    )
    best: tuple[float, str] = (0.0, "")
    for sinks in (int(s) for s in args.sinks.split(",")):
        sink = Sink(sinks)
        try:
            for senders in (int(s) for s in args.senders.split(",")):
                rates, client_cpu, sink_cpu = [], [], []
                for _ in range(args.runs):
                    before, sink_before = sink.count(), sink.cpu_seconds()
                    seconds, cpu = ceiling(
                        sink.port, messages, processes=senders, connections=args.connections
                    )
                    if sink.count() - before != len(messages):
                        raise SystemExit(f"sink got {sink.count() - before}, sent {len(messages)}")
                    rates.append(len(messages) / seconds)
                    client_cpu.append(cpu / len(messages) * 1e6)
                    sink_cpu.append((sink.cpu_seconds() - sink_before) / len(messages) * 1e6)
                rate = statistics.median(rates)
                label = f"{sinks} sink process(es), {senders} client process(es)"
                runs = ", ".join(f"{r:,.0f}" for r in rates)
                print(
                    f"{label:42} {rate:9,.0f} msgs/s (runs {runs}); "
                    f"CPU per message: clients {statistics.median(client_cpu):.0f} µs, "
                    f"sink {statistics.median(sink_cpu):.0f} µs",
                    flush=True,
                )
                best = max(best, (rate, label))
        finally:
            sink.stop()
    print(f"ceiling: {best[0]:,.0f} msgs/s with {best[1]}")


if __name__ == "__main__":
    main()
