"""`crisiscomms inbound smtp`: an SMTP receiver (aiosmtpd) for self-hosted reply mail.

Point the MX (or a relay's transport) for the reply domain at it. It accepts mail only for
the configured reply address (`local+token@domain`), refuses anything over
`inbound_max_bytes` at the SIZE extension and again at DATA, and answers each message
after it is stored: 250 when it became a question or was quarantined (with the reason),
550 with the reason when it was rejected (no reply of ours, a forged token, an automatic
reply), 554 when it is malformed. Each message is one unit of work in its own session.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import Envelope, Session
from sqlmodel import Session as DbSession

from crisiscomms.config import Settings
from crisiscomms.db import begin_writes, utc_now
from crisiscomms.errors import CrisisCommsError
from crisiscomms.flows import questions as question_flow
from crisiscomms.questions import mail as inbound_mail
from crisiscomms.questions import tokens

log = logging.getLogger("crisiscomms.inbound")


class InboundHandler:
    """aiosmtpd handler: RCPT checks the address, DATA stores the question."""

    def __init__(self, settings: Settings, sessions: Callable[[], DbSession]) -> None:
        if not settings.inbound_reply_address:
            raise ValueError("set CRISISCOMMS_INBOUND_REPLY_ADDRESS to receive replies")
        self.settings = settings
        self.sessions = sessions

    async def handle_RCPT(
        self,
        server: SMTPServer,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        base = self.settings.inbound_reply_address or ""
        if tokens.token_in(address, base) is None:
            return "550 5.1.1 not a reply address of this service"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTPServer, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        if len(raw) > self.settings.inbound_max_bytes:
            return "552 5.3.4 message too big"
        return await asyncio.to_thread(self._store, raw, list(envelope.rcpt_tos))

    def _store(self, raw: bytes, recipients: list[str]) -> str:
        try:
            mail = inbound_mail.parse_rfc822(
                raw, limit=self.settings.inbound_max_bytes, envelope_to=recipients
            )
        except CrisisCommsError as exc:
            return f"554 5.6.0 {_one_line(exc.message)}"
        session = self.sessions()
        try:
            begin_writes(session)
            result = question_flow.receive_email(session, self.settings, mail, now=utc_now())
            session.commit()
        except Exception:
            session.rollback()
            log.exception("inbound mail could not be stored")
            return "451 4.3.0 could not be stored now; try again later"
        finally:
            session.close()
        log.info("inbound mail %s: %s", result.status, result.reason)
        if result.status == "rejected":
            return f"550 5.7.1 rejected: {_one_line(result.reason)}"
        return f"250 2.0.0 {result.status}: {_one_line(result.reason)}"


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]


def controller(
    settings: Settings, sessions: Callable[[], DbSession], *, host: str, port: int
) -> Controller:
    """The receiver, ready to `start()` (it serves in a thread of its own)."""
    return Controller(
        InboundHandler(settings, sessions),
        hostname=host,
        port=port,
        data_size_limit=settings.inbound_max_bytes,
    )
