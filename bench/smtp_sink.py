"""The benchmarks' SMTP sink: a minimal counting SMTP server in processes of its own.

Not a benchmark. One or more processes (`Sink(processes=N)`) accept on the same port of
127.0.0.1 (SO_REUSEPORT: the kernel spreads connections over them), each an asyncio loop
(uvloop where installed) with a bare protocol that accepts every command, answers
pipelined commands in one write, counts each message in its own slot of a shared array
(no lock) and keeps nothing. It is much cheaper per message than aiosmtpd (no command
parsing beyond the verb, no envelope objects, no handler call), so that the clients, not
the server, are what a benchmark measures. Each sink process's CPU time is readable
(`cpu_seconds`), so a benchmark can show how busy the sink was.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import multiprocessing.connection
import os
import socket
from typing import Any, cast

try:
    import uvloop
except ImportError:  # pragma: no cover - uvloop ships with uvicorn[standard] on Linux
    uvloop = None  # type: ignore[assignment]

_CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


class _CountingSmtp(asyncio.Protocol):
    """Just enough SMTP: every command is accepted, every message counted."""

    def __init__(self, counts: Any, slot: int) -> None:
        self.counts = counts
        self.slot = slot
        self.buffer = b""
        self.in_data = False
        self.searched = 0
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's is not a subclass
        self.transport.write(b"220 sink ESMTP\r\n")

    def data_received(self, data: bytes) -> None:
        assert self.transport is not None
        buffer = self.buffer + data if self.buffer else data
        replies: list[bytes] = []
        start = 0
        while True:
            if self.in_data:
                # Search only the new bytes (and 4 before them, for an end split by a read).
                end = buffer.find(b"\r\n.\r\n", max(start, self.searched - 4))
                if end < 0:
                    self.searched = len(buffer)
                    break
                start = end + 5
                self.in_data = False
                self.counts[self.slot] += 1
                replies.append(b"250 2.0.0 Ok: queued as %d\r\n" % self.counts[self.slot])
                continue
            end = buffer.find(b"\r\n", start)
            if end < 0:
                break
            verb = buffer[start : start + 4].upper()
            start = end + 2
            if verb in (b"EHLO", b"HELO"):
                replies.append(b"250-sink\r\n250-PIPELINING\r\n250 8BITMIME\r\n")
            elif verb == b"DATA":
                self.in_data = True
                self.searched = start
                replies.append(b"354 go ahead\r\n")
            elif verb == b"QUIT":
                self.transport.write(b"".join(replies) + b"221 bye\r\n")
                self.transport.close()
                return
            else:
                replies.append(b"250 ok\r\n")
        rest = buffer[start:]
        if self.in_data:
            self.searched -= start
        self.buffer = rest
        if replies:
            self.transport.write(b"".join(replies))


def _serve(
    sock_fd: int, counts: Any, slot: int, ready: multiprocessing.connection.Connection
) -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        listener = socket.socket(fileno=sock_fd)
        server = await loop.create_server(lambda: _CountingSmtp(counts, slot), sock=listener)
        ready.send(os.getpid())
        await server.serve_forever()

    if uvloop is not None:
        uvloop.run(main())
    else:
        asyncio.run(main())


class Sink:
    """`processes` sink processes on one port of 127.0.0.1; `count()` sums their counts."""

    def __init__(self, processes: int = 1) -> None:
        context = multiprocessing.get_context("fork")
        self.counts = context.Array("q", processes, lock=False)
        probe = socket.socket()
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        probe.bind(("127.0.0.1", 0))
        self.port: int = probe.getsockname()[1]
        self.processes: list[multiprocessing.process.BaseProcess] = []
        self.pids: list[int] = []
        for slot in range(processes):
            listener = socket.socket()
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            listener.bind(("127.0.0.1", self.port))
            listener.listen(1024)
            receive, send = context.Pipe(duplex=False)
            process = context.Process(
                target=_serve, args=(listener.fileno(), self.counts, slot, send), daemon=True
            )
            process.start()
            listener.close()
            self.pids.append(receive.recv())
            self.processes.append(process)
        probe.close()
        self.uvloop = uvloop is not None

    def count(self) -> int:
        """Messages received so far, by every sink process."""
        return int(sum(self.counts))

    def cpu_seconds(self) -> float:
        """User and system CPU time the sink processes have used so far."""
        return sum(process_cpu_seconds(pid) for pid in self.pids)

    def describe(self) -> str:
        loop = "uvloop" if self.uvloop else "asyncio"
        return f"counting SMTP sink, {len(self.pids)} process(es) ({loop}) on 127.0.0.1:{self.port}"

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            process.join()


def process_cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process (Linux /proc)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS
