"""An SMTP connection taken over from aiosmtplib to pipeline MAIL, RCPT and DATA.

aiosmtplib reads one reply per command it waited on and drops replies that arrive for
commands written ahead (its protocol ignores data with no command outstanding), so it
cannot pipeline. Connecting, STARTTLS and AUTH stay aiosmtplib's; then, when the server
said PIPELINING (RFC 2920), this protocol takes the transport over and reads every reply
in order.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import cast

import aiosmtplib
from aiosmtplib.response import SMTPResponse

MAX_REPLY_BYTES = 1 << 16
"""A server reply longer than this (unparsed) is a broken line, not a reply."""


KNOWN_REPLIES = 64
"""How many distinct reply lines a connection remembers before starting afresh."""


def _reply(line: bytes, text: bytes) -> SMTPResponse:
    return SMTPResponse(int(line[:3]), text.decode("utf-8", "surrogateescape"))


class PipelinedLine(asyncio.Protocol):
    """A connection aiosmtplib opened (EHLO, STARTTLS, AUTH), taken over once the server
    said PIPELINING (RFC 2920): MAIL, RCPT and DATA go in one write and their replies are
    read in order, one round trip per message instead of three before the content.

    It answers to what the pool calls on an `aiosmtplib.SMTP` (`is_connected`, `rset`,
    `quit`, `close`) and raises aiosmtplib's exceptions, so the pool's classification
    of failures is the same for both."""

    def __init__(self, smtp: aiosmtplib.SMTP) -> None:
        transport = smtp.transport
        if transport is None or transport.is_closing():
            raise aiosmtplib.SMTPServerDisconnected("connection lost before pipelining")
        self._transport = cast(asyncio.WriteTransport, transport)
        self._pending = b""
        """What came after the last complete line."""
        self._continued: list[bytes] = []
        """The lines so far of a multi-line reply (`250-…`) not yet complete."""
        self._continued_bytes = 0
        self._replies: deque[SMTPResponse] = deque()
        self._known: dict[bytes, SMTPResponse] = {}
        """Single-line replies seen lately, by their raw line."""
        self._waiter: asyncio.Future[None] | None = None
        self._lost: Exception | None = None
        transport.set_protocol(self)

    # -- the protocol side -------------------------------------------------------
    def data_received(self, data: bytes) -> None:
        """Every complete reply in what came, parsed at once: a pipelined message's four
        replies usually come in one read."""
        lines = (self._pending + data if self._pending else data).split(b"\n")
        self._pending = lines.pop()
        for line in lines:
            if not line[:3].isdigit():
                self._fail(aiosmtplib.SMTPResponseException(-1, f"malformed reply {line!r}"))
                return
            text = line[4:].rstrip(b"\r")
            if line[3:4] == b"-":
                self._continued.append(text)
                self._continued_bytes += len(text)
                continue
            if self._continued:
                self._continued.append(text)
                text = b"\n".join(self._continued)
                self._continued, self._continued_bytes = [], 0
                self._replies.append(_reply(line, text))
                continue
            # MAIL's, RCPT's and DATA's replies are the same line every message: parsed once.
            known = self._known.get(line)
            if known is None:
                known = _reply(line, text)
                if len(self._known) >= KNOWN_REPLIES:  # the queue ids' lines are all new
                    self._known.clear()
                self._known[line] = known
            self._replies.append(known)
        if len(self._pending) + self._continued_bytes > MAX_REPLY_BYTES:
            self._fail(aiosmtplib.SMTPResponseException(-1, "reply too long"))
        self._wake()

    def connection_lost(self, exc: Exception | None) -> None:
        self._fail(aiosmtplib.SMTPServerDisconnected(f"connection lost: {exc or 'closed'}"))

    def eof_received(self) -> bool:
        self._fail(aiosmtplib.SMTPServerDisconnected("the server closed the connection"))
        return False

    def _fail(self, exc: Exception) -> None:
        if self._lost is None:
            self._lost = exc
        self._transport.close()
        self._wake()

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    # -- the client side ---------------------------------------------------------
    def ready_reply(self) -> SMTPResponse | None:
        """The next reply if it has come already, else None (no waiting: a pipelined
        message's replies mostly come together, and awaiting each costs a coroutine)."""
        return self._replies.popleft() if self._replies else None

    async def reply(self) -> SMTPResponse:
        """The next reply, in the order the commands were written."""
        while not self._replies:
            if self._lost is not None:
                raise self._lost
            self._waiter = asyncio.get_running_loop().create_future()
            await self._waiter
        return self._replies.popleft()

    def write(self, data: bytes) -> None:
        if self._lost is not None or self._transport.is_closing():
            raise aiosmtplib.SMTPServerDisconnected("connection lost")
        self._transport.write(data)

    def write_two(self, first: bytes, second: bytes) -> None:
        """`write(first + second)` without copying both into one: a message's tens of
        kilobytes and the next envelope go to the socket together (uvloop writes them with
        one writev), not first copied into a new bytes object."""
        if self._lost is not None or self._transport.is_closing():
            raise aiosmtplib.SMTPServerDisconnected("connection lost")
        if second:
            self._transport.writelines((first, second))
        else:
            self._transport.write(first)

    @property
    def is_connected(self) -> bool:
        return self._lost is None and not self._transport.is_closing()

    async def rset(self) -> SMTPResponse:
        self.write(b"RSET\r\n")
        reply = await self.reply()
        if reply.code != 250:
            raise aiosmtplib.SMTPResponseException(reply.code, reply.message)
        return reply

    async def quit(self) -> SMTPResponse:
        self.write(b"QUIT\r\n")
        try:
            return await self.reply()
        finally:
            self.close()

    def close(self) -> None:
        self._transport.close()
