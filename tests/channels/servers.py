"""Real local servers for channel tests: SMTP (aiosmtpd) and HTTP, on 127.0.0.1, port 0.

Both record what they receive and can be told how to answer, so a test sets up a fault
("answer 451", "drop the connection after DATA", "answer 302") and checks the outcome.
"""

from __future__ import annotations

import asyncio
import email
import email.parser
import email.policy
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from email.policy import default as default_policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

# --- SMTP -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceivedMail:
    """One message the SMTP server accepted (or received before dropping the line)."""

    sender: str
    recipients: list[str]
    content: bytes

    @property
    def message_id(self) -> str | None:
        """The Message-ID header of the received bytes."""
        value = email.message_from_bytes(self.content, policy=default_policy)["Message-ID"]
        return None if value is None else str(value)


@dataclass
class SmtpBehaviour:
    """How the SMTP server answers; change the fields between sends."""

    rcpt_reply: str | None = None
    """E.g. "550 5.1.1 No such user" or "450 4.2.1 Busy"; None accepts."""
    data_reply: str = "250 2.0.0 Ok: queued as {n}"
    """The reply after the final "." ({n} is the message's number)."""
    drop: str | None = None
    """"rcpt": close the line on RCPT (before the message); "data": after the whole
    message arrived, before any reply (the ambiguous case)."""
    stall: str | None = None
    """"rcpt" or "data": wait `stall_seconds` before answering (a server that hangs)."""
    stall_seconds: float = 5.0
    pipelining: bool = False
    """Offer PIPELINING (RFC 2920) in the EHLO reply, as Postfix and Exim do."""
    rcpt_replies: dict[str, str] = field(default_factory=dict)
    """A reply to RCPT for some addresses only (e.g. {"c3@example.net": "550 5.1.1 ..."})."""
    data_replies: dict[str, str] = field(default_factory=dict)
    """A reply after the final "." for some recipients only."""
    drop_after: set[str] = field(default_factory=set)
    """Recipients whose message is received, then the line is cut before the reply."""
    received: list[ReceivedMail] = field(default_factory=list)
    sessions: list[SMTP] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)

    async def handle_EHLO(
        self, server: SMTP, session: Session, envelope: Envelope, hostname: str, responses: Any
    ) -> Any:
        if server not in self.sessions:
            self.sessions.append(server)
        session.host_name = hostname
        if self.pipelining:
            responses.insert(len(responses) - 1, "250-PIPELINING")
        return responses

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        if self.stall == "rcpt":
            await asyncio.sleep(self.stall_seconds)
        if self.drop == "rcpt":
            assert server.transport is not None
            server.transport.close()
            return "421 closing"
        if self.rcpt_reply is not None:
            return self.rcpt_reply
        if address in self.rcpt_replies:
            return self.rcpt_replies[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        content = envelope.original_content or b""
        mail = ReceivedMail(str(envelope.mail_from), list(envelope.rcpt_tos), content)
        if self.stall == "data":
            await asyncio.sleep(self.stall_seconds)
        recipients = set(envelope.rcpt_tos)
        if self.drop == "data" or recipients & self.drop_after:
            self.received.append(mail)
            assert isinstance(server.transport, asyncio.Transport)
            server.transport.abort()
            return "250 never seen"
        reply = next((self.data_replies[r] for r in recipients if r in self.data_replies), None)
        if reply is not None:
            return reply
        if self.data_reply.startswith("250"):
            self.received.append(mail)
        return self.data_reply.format(n=len(self.received))

    def close_all(self, loop: asyncio.AbstractEventLoop) -> None:
        """Close every open session from the server side (idle timeout, restart)."""
        for server in self.sessions:
            if server.transport is not None:
                loop.call_soon_threadsafe(server.transport.close)
        self.sessions.clear()


class _Authenticator:
    def __init__(self, behaviour: SmtpBehaviour, users: dict[str, str]) -> None:
        self.behaviour = behaviour
        self.users = users

    def __call__(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        if isinstance(data, LoginPassword):
            user, password = data.login.decode(), data.password.decode()
            if self.users.get(user) == password:
                self.behaviour.logins.append(user)
                return AuthResult(success=True)
        return AuthResult(success=False, handled=False)


class LocalSmtpServer(Controller):
    """aiosmtpd in a thread on 127.0.0.1 with an OS-chosen port (read `port` after start)."""

    def __init__(
        self,
        behaviour: SmtpBehaviour,
        *,
        tls: ssl.SSLContext | None = None,
        implicit_tls: bool = False,
        users: dict[str, str] | None = None,
    ) -> None:
        kwargs: dict[str, Any] = {}
        if users is not None:
            kwargs["authenticator"] = _Authenticator(behaviour, users)
            # aiosmtpd only counts STARTTLS as TLS; under implicit TLS the line is secure too.
            kwargs["auth_require_tls"] = tls is not None and not implicit_tls
        if tls is not None and not implicit_tls:
            kwargs["tls_context"] = tls
            kwargs["require_starttls"] = True
        super().__init__(
            behaviour,
            hostname="127.0.0.1",
            port=0,
            ssl_context=tls if implicit_tls else None,
            server_hostname="localhost",
            **kwargs,
        )
        self.behaviour = behaviour

    def _trigger_server(self) -> None:
        if self.port == 0 and isinstance(self.server, asyncio.Server):
            self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()  # type: ignore[no-untyped-call]


# --- HTTP -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordedRequest:
    """One request the HTTP server received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    client_port: int


@dataclass
class Reply:
    """An answer: status, headers, body; `delay` seconds first; `drop` closes instead."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b"ok"
    delay: float = 0.0
    drop: bool = False


Responder = Callable[[RecordedRequest], Reply]


class LocalHttpServer:
    """A threaded HTTP/1.1 (keep-alive) server on 127.0.0.1 that records every request.

    It answers with `default`, unless replies were queued with `queue(...)` (taken one
    per request) or a `responder` function was set (the fake X server uses one).
    """

    def __init__(
        self, responder: Responder | None = None, *, tls: ssl.SSLContext | None = None
    ) -> None:
        self.requests: list[RecordedRequest] = []
        self.default = Reply()
        self.queued: list[Reply] = []
        self.responder = responder
        self._lock = threading.Lock()
        self._server = _QuietServer(("127.0.0.1", 0), _make_handler(self))
        self._server.daemon_threads = True
        if tls is not None:  # https:// (a server context, e.g. from tls.self_signed_tls)
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self.scheme = "https" if tls is not None else "http"
        self.port: int = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def start(self) -> LocalHttpServer:
        """Serve in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the listening socket."""
        self._server.shutdown()
        self._server.server_close()

    def url(self, path: str = "/") -> str:
        """http(s)://127.0.0.1:PORT/path"""
        return f"{self.scheme}://127.0.0.1:{self.port}{path}"

    def queue(self, *replies: Reply) -> None:
        """Answer the next requests with these replies, in order."""
        with self._lock:
            self.queued.extend(replies)

    def reply_for(self, request: RecordedRequest) -> Reply:
        """Record the request and pick its reply."""
        with self._lock:
            self.requests.append(request)
            if self.queued:
                return self.queued.pop(0)
        return self.responder(request) if self.responder else self.default


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that time out or drop on purpose are what these tests are about


def _make_handler(owner: LocalHttpServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def setup(self) -> None:
            super().setup()
            # Headers and body go out in two writes: without this, delayed ACKs cost 40 ms.
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def _handle(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            request = RecordedRequest(
                self.command,
                self.path,
                {k.lower(): v for k, v in self.headers.items()},
                body,
                self.client_address[1],
            )
            reply = owner.reply_for(request)
            if reply.delay:
                threading.Event().wait(reply.delay)
            if reply.drop:
                self.close_connection = True
                self.connection.close()
                return
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("content-length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)

        do_GET = do_POST = do_PUT = do_DELETE = _handle

    return Handler


def multipart(request: RecordedRequest) -> dict[str, tuple[str | None, bytes]]:
    """A multipart/form-data body's parts: name → (file name, content)."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.body)
    parts: dict[str, tuple[str | None, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        parts[str(name)] = (part.get_filename(), payload if isinstance(payload, bytes) else b"")
    return parts
