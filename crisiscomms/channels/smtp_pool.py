"""A small pool of persistent SMTP connections (aiosmtplib) and one classified transaction.

Connections are opened on demand up to `size`, kept open between messages and dropped
when broken; a message whose reused connection turns out dead before MAIL FROM was
answered is sent once more over a fresh one. The transaction runs MAIL, RCPT and DATA
step by step or, when the server offers PIPELINING, in one write with their replies read
in order (`smtp_line.PipelinedLine`), so a failure can be placed: before the final "."
was written the server cannot have the message (RETRY); after it, it may (AMBIGUOUS, and
the stable Message-ID makes a repeat recognisable). A pool belongs to the event loop it
was first used in.

`send_many` streams a batch over each pipelining connection: a message's content and the
next message's MAIL, RCPT and DATA go in one write (RFC 2920 3.1 allows the content as
the first "command" of a group), so a message costs one write and one round trip.

Longer than 400 lines on purpose: the one-at-a-time transaction and the stream place every
failure at the same phases, with the same outcomes, and are read side by side to keep them so.
"""

from __future__ import annotations

import asyncio
import re
import ssl
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import aiosmtplib
from aiosmtplib.email import quote_address
from aiosmtplib.protocol import PERIOD_REGEX, normalize_message_line_endings
from aiosmtplib.response import SMTPResponse

from crisiscomms.channels.base import Outcome, SendResult
from crisiscomms.channels.smtp_line import PipelinedLine
from crisiscomms.statements.renditions.mime import DataReady

Security = Literal["starttls", "ssl", "none"]
Phase = Literal["connect", "mail", "rcpt", "data", "dot"]
_QUEUE_ID = re.compile(r"queued as ([\w.-]+)", re.IGNORECASE)
_ENHANCED = re.compile(r"^([245])\.(\d{1,3})\.(\d{1,3})\b")
_PLAIN_ADDRESS = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+")
"""An ASCII address that aiosmtplib's quote_address would return unchanged inside <...>."""
EXCHANGES = 4
"""MAIL, RCPT, DATA and the message: a transaction's deadline is this many timeouts."""


@dataclass(frozen=True)
class SmtpServer:
    """Where and how to connect."""

    host: str
    port: int
    security: Security = "starttls"
    username: str | None = None
    password: str | None = None
    timeout: float = 10.0
    tls_context: ssl.SSLContext | None = None


_SENDER_STATUS = ("7", "8")
"""X.1.7 and X.1.8 are about the sender's address, not the recipient's (RFC 3463)."""


def address_refused(code: int, message: str, phase: Phase) -> bool:
    """Whether a 5xx answer says the recipient's address is bad (suppress it) or not.

    With an enhanced status code (RFC 3463): a bad destination address (5.1.x, but for the
    sender's 5.1.7 and 5.1.8) or a disabled mailbox (5.2.1); not a full mailbox, a message
    too long or a policy refusal, which say nothing about the address. Without one, only
    a refusal of RCPT itself (550, 551, 553): a bare 550 after the message may be a spam
    or size verdict on this one message.
    """
    enhanced = _ENHANCED.match(message.strip())
    if enhanced is not None:
        status, subject, detail = enhanced.groups()
        if status != "5":
            return False
        bad_address = subject == "1" and detail not in _SENDER_STATUS
        return bad_address or (subject == "2" and detail == "1")
    return phase == "rcpt" and code in (550, 551, 553)


def classify_reply(code: int, message: str, phase: Phase) -> SendResult:
    """The outcome of a refusal code at a phase (table-tested)."""
    detail = f"SMTP {code} at {phase.upper()}: {message.strip()[:300]}"
    if 400 <= code < 500:
        return SendResult(Outcome.RETRY, detail=detail)
    if code == 552 and phase == "rcpt":
        # RFC 5321 4.5.3.1.10: a 552 to RCPT (too many recipients, or storage) is 452.
        return SendResult(Outcome.RETRY, detail=detail)
    if 500 <= code < 600:
        suppress = phase in ("rcpt", "dot") and address_refused(code, message, phase)
        return SendResult(Outcome.PERMANENT, detail=detail, suppress=suppress)
    return SendResult(Outcome.RETRY, detail=f"unexpected {detail}")


def classify_failure(exc: BaseException, phase: Phase) -> SendResult:
    """The outcome of an exception raised at a phase (table-tested)."""
    if isinstance(exc, aiosmtplib.SMTPAuthenticationError):
        return SendResult(Outcome.PERMANENT, detail=f"SMTP authentication refused: {exc}")
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        return classify_reply(exc.code, exc.message, phase)
    if isinstance(exc, ssl.SSLError):  # also a ValueError; the server may fix it
        return SendResult(Outcome.RETRY, detail=f"TLS failed at {phase.upper()}: {exc}")
    if isinstance(exc, ValueError):
        return SendResult(Outcome.PERMANENT, detail=f"address refused locally: {exc}")
    if phase == "dot":
        return SendResult(
            Outcome.AMBIGUOUS,
            detail=f"connection lost after the message was sent, before the reply: {exc!r}",
        )
    return SendResult(Outcome.RETRY, detail=f"connection failed at {phase.upper()}: {exc!r}")


def data_bytes(raw: bytes) -> bytes:
    """The message as DATA transmits it: CRLF lines, leading dots doubled, final ".".

    A message the renderer made `DataReady` carries this form, built from pieces it
    converted once. Other messages ending their lines with CRLF go through plain
    `bytes` methods (C speed) rather than aiosmtplib's two regex passes; the rest through
    those passes.
    """
    if isinstance(raw, DataReady):
        return raw.data
    crlf = raw.count(b"\r\n")
    if crlf != raw.count(b"\n") or crlf != raw.count(b"\r"):
        return PERIOD_REGEX.sub(b"..", normalize_message_line_endings(raw)) + b".\r\n"
    stuffed = raw.replace(b"\r\n.", b"\r\n..")
    if stuffed.startswith(b"."):
        stuffed = b"." + stuffed
    if not stuffed.endswith(b"\r\n"):
        stuffed += b"\r\n"
    return stuffed + b".\r\n"


async def _envelope(smtp: aiosmtplib.SMTP, verb: Literal["MAIL", "RCPT"], address: str) -> None:
    """MAIL FROM or RCPT TO, raising as aiosmtplib's `mail` and `rcpt` do (the pool says
    EHLO when it connects, so the address goes as `_envelope_address` writes it)."""
    if verb == "MAIL":
        reply = await smtp.execute_command(
            b"MAIL", b"FROM:" + _envelope_address(address), timeout=None
        )
        if reply.code != 250:
            raise aiosmtplib.SMTPSenderRefused(reply.code, reply.message, address)
        return
    reply = await smtp.execute_command(b"RCPT", b"TO:" + _envelope_address(address), timeout=None)
    if reply.code not in (250, 251):
        raise aiosmtplib.SMTPRecipientRefused(reply.code, reply.message, address)


def _envelope_address(address: str) -> bytes:
    """An address as MAIL FROM or RCPT TO carries it, as aiosmtplib's `mail` and `rcpt`
    would send it (a non-ASCII address raises UnicodeEncodeError, refused locally)."""
    if _PLAIN_ADDRESS.fullmatch(address):
        return b"<" + address.encode() + b">"
    return quote_address(address).encode("ascii")


Line = aiosmtplib.SMTP | PipelinedLine
"""A pooled connection: aiosmtplib's, or taken over for pipelining."""


class _At:
    """Where a transaction has got to, for placing a failure."""

    phase: Phase = "connect"


async def _stepwise(
    smtp: aiosmtplib.SMTP, sender: str, recipient: str, payload: bytes, at: _At
) -> SMTPResponse:
    """MAIL, RCPT, DATA and the content as four exchanges; the final reply."""
    at.phase = "mail"
    await _envelope(smtp, "MAIL", sender)
    at.phase = "rcpt"
    await _envelope(smtp, "RCPT", recipient)
    at.phase = "data"
    start = await smtp.execute_command(b"DATA", timeout=None)
    if start.code != 354:
        raise aiosmtplib.SMTPDataError(start.code, start.message)
    if smtp.protocol is None:
        raise aiosmtplib.SMTPServerDisconnected("connection lost after DATA")
    # aiosmtplib's data() hides whether the message went out when the connection breaks;
    # writing it here marks the point after which the server may have it.
    smtp.protocol.write(payload)
    at.phase = "dot"
    reply = await smtp.protocol.read_response(timeout=None)
    if reply.code != 250:
        raise aiosmtplib.SMTPDataError(reply.code, reply.message)
    return reply


def log_line(recipient: str, detail: str | None) -> str:
    """The delivery log's line for one recipient's send."""
    return f"{recipient}: {detail}"


def _sent(reply: SMTPResponse, recipient: str) -> SendResult:
    """A message the server took, with its queue id when the reply names one, and the
    delivery log's line (built here, once: this is every sent message's path)."""
    queued = _QUEUE_ID.search(reply.message)
    external = queued.group(1) if queued else reply.message.strip()[:200]
    detail = f"SMTP {reply.code} {reply.message}"
    return SendResult.sent(external, detail, f"{recipient}: {detail}")  # log_line's


class SmtpPool:
    """Up to `size` persistent connections to one server."""

    def __init__(self, server: SmtpServer, *, size: int = 16) -> None:
        self.server = server
        self.size = size
        self._idle: list[Line] = []
        self._slots = asyncio.Semaphore(size)
        self.opened = 0
        """Connections opened so far (tests check that connections are reused)."""

    async def _connect(self) -> Line:
        server = self.server
        smtp = aiosmtplib.SMTP(
            hostname=server.host,
            port=server.port,
            username=server.username,
            password=server.password,
            timeout=server.timeout,
            use_tls=server.security == "ssl",
            start_tls=server.security == "starttls",
            tls_context=server.tls_context,
        )
        await smtp.connect()
        self.opened += 1
        if smtp.is_ehlo_or_helo_needed:  # no STARTTLS or AUTH: say EHLO now, to see
            try:
                await smtp.ehlo()
            except aiosmtplib.SMTPHeloError:
                await smtp.helo()  # a server without ESMTP: step by step
        if smtp.supports_extension("pipelining"):
            return PipelinedLine(smtp)
        return smtp

    async def send(self, sender: str, recipient: str, raw: bytes) -> SendResult:
        """One transaction over a pooled connection; never raises."""
        return (await self.send_many(sender, [(recipient, raw)]))[0]

    async def send_many(
        self, sender: str, messages: Sequence[tuple[str, bytes]]
    ) -> list[SendResult]:
        """Every (recipient, raw message) over up to `size` connections; never raises;
        results in the input's order. Over a pipelining connection the messages stream
        (`_stream`); over any other, one transaction at a time as `send` does."""
        items = [(recipient, data_bytes(raw)) for recipient, raw in messages]
        results: list[SendResult | None] = [None] * len(items)
        try:
            mail_from = _envelope_address(sender)
        except ValueError as exc:  # a sender no server would take: nothing can go
            return [classify_failure(exc, "mail") for _ in items]
        waiting = deque(range(len(items)))

        async def lane() -> None:
            while waiting:
                async with self._slots:
                    if not waiting:
                        return
                    line = self._idle.pop() if self._idle else None
                    reused = line is not None
                    if line is None:
                        try:
                            line = await self._connect()
                        except Exception as exc:
                            if waiting:
                                results[waiting.popleft()] = classify_failure(exc, "connect")
                            continue
                    if isinstance(line, PipelinedLine):
                        await self._stream(line, reused, mail_from, items, waiting, results)
                        continue
                    if not waiting:
                        self._idle.append(line)
                        return
                    index = waiting.popleft()
                    result, stale = await self._attempt(line, reused, sender, *items[index])
                    if stale:  # the server had closed the idle line: again, on a fresh one
                        waiting.appendleft(index)
                    else:
                        results[index] = result

        await asyncio.gather(*(lane() for _ in range(min(self.size, len(items)))))
        return [r or SendResult(Outcome.RETRY, detail="not sent") for r in results]

    async def _stream(
        self,
        line: PipelinedLine,
        reused: bool,
        mail_from: bytes,
        items: list[tuple[str, bytes]],
        waiting: deque[int],
        results: list[SendResult | None],
    ) -> None:
        """Send waiting messages over one pipelining line until none is left or the line
        breaks: each message's content goes in one write with the next one's envelope.

        Failures are placed as `_stepwise` places them. When the line breaks, the message
        whose content was written is AMBIGUOUS (the server may have it); the one whose
        envelope only was written goes back to `waiting` (nothing of it can have been
        delivered), and so does the first message on a reused line found closed at MAIL
        (the server had dropped an idle connection)."""

        def envelope() -> tuple[int, bytes] | None:
            while waiting:
                index = waiting.popleft()
                try:
                    rcpt_to = _envelope_address(items[index][0])
                except ValueError as exc:  # not ASCII: refused here, as `send` does
                    results[index] = classify_failure(exc, "rcpt")
                    continue
                return index, b"MAIL FROM:%b\r\nRCPT TO:%b\r\nDATA\r\n" % (mail_from, rcpt_to)
            return None

        first = envelope()
        if first is None:
            self._idle.append(line)
            return
        current, head = first
        following: tuple[int, bytes] | None = None
        phase: Phase = "mail"
        opening = reused
        loop = asyncio.get_running_loop()
        limit = self.server.timeout * EXCHANGES
        slack = limit / 10
        try:
            async with asyncio.timeout_at(loop.time() + limit) as deadline:
                line.write(head)
                while True:
                    phase = "mail"
                    mail = line.ready_reply() or await line.reply()
                    phase = "rcpt"
                    rcpt = line.ready_reply() or await line.reply()
                    phase = "data"
                    start = line.ready_reply() or await line.reply()
                    refused: SendResult | None = None
                    if mail.code != 250:
                        refused = classify_reply(mail.code, mail.message, "mail")
                    elif rcpt.code not in (250, 251):
                        refused = classify_reply(rcpt.code, rcpt.message, "rcpt")
                    elif start.code != 354:
                        refused = classify_reply(start.code, start.message, "data")
                    if refused is not None:
                        if opening and mail.code == 421:  # a stale line: try it afresh
                            waiting.appendleft(current)
                            line.close()
                            return
                        results[current] = refused
                        # Out of step when DATA opened all the same; else reset and go on.
                        if start.code == 354 or not await self._reset(line):
                            line.close()
                            return
                        following = envelope()
                    else:
                        following = envelope()
                        line.write_two(items[current][1], following[1] if following else b"")
                        phase = "dot"
                        reply = line.ready_reply() or await line.reply()
                        if reply.code == 250:
                            results[current] = _sent(reply, items[current][0])
                        else:
                            results[current] = classify_reply(reply.code, reply.message, "dot")
                            if reply.code == 421:  # closing: the next envelope was not read
                                if following is not None:
                                    waiting.appendleft(following[0])
                                line.close()
                                return
                    opening = False
                    if following is None:
                        self._idle.append(line)
                        return
                    (current, head), following = following, None
                    if phase != "dot":  # after a refusal, the next envelope goes alone
                        line.write(head)
                    # Moved on at most every tenth of the limit, not per message: each
                    # reschedule cancels a timer and makes another.
                    now = loop.time()
                    if now + limit - (deadline.when() or now) > slack:
                        deadline.reschedule(now + limit)
        except Exception as exc:
            line.close()
            if following is not None:
                waiting.appendleft(following[0])
            dead = isinstance(exc, ConnectionError)
            if opening and phase == "mail" and dead:
                waiting.appendleft(current)
            else:
                results[current] = classify_failure(exc, phase)

    async def _attempt(
        self, smtp: aiosmtplib.SMTP, reused: bool, sender: str, recipient: str, payload: bytes
    ) -> tuple[SendResult, bool]:
        """One transaction step by step (a server without PIPELINING); its result, and
        whether the reused connection was found dead before MAIL was answered."""
        at = _At()
        try:
            # One deadline for the transaction's exchanges rather than a timer each; a
            # connection that times out is closed (its replies would be out of step).
            async with asyncio.timeout(self.server.timeout * EXCHANGES):
                reply = await _stepwise(smtp, sender, recipient, payload, at)
        except Exception as exc:
            await self._release_after(smtp, exc, at.phase)
            dead = isinstance(exc, ConnectionError) or getattr(exc, "code", None) == 421
            return classify_failure(exc, at.phase), reused and at.phase == "mail" and dead
        self._idle.append(smtp)
        return _sent(reply, recipient), False

    async def _release_after(self, smtp: Line | None, exc: Exception, phase: Phase) -> None:
        """Keep a connection that only saw a refusal (reset first); close any other."""
        if smtp is None:
            return
        refused = isinstance(exc, aiosmtplib.SMTPResponseException) and exc.code != 421
        keep = refused and smtp.is_connected
        if keep and phase != "dot":
            keep = await self._reset(smtp)
        if keep:
            self._idle.append(smtp)
        else:
            smtp.close()

    async def _reset(self, smtp: Line) -> bool:
        """RSET after a refusal, so the next MAIL starts clean; False when the line broke."""
        try:
            await smtp.rset()
        except Exception:
            return False
        return smtp.is_connected

    async def aclose(self) -> None:
        """QUIT every idle connection."""
        idle, self._idle = self._idle, []
        for smtp in idle:
            try:
                await smtp.quit()
            except Exception:
                smtp.close()
