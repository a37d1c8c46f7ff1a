"""Email channel: aiosmtplib through pooled connections into aiosmtpd on 127.0.0.1."""

from __future__ import annotations

import asyncio
import email
import ssl
import time
from collections.abc import Iterator
from email.policy import default as default_policy

import aiosmtplib
import pytest

from crisiscomms.channels import smtp_line
from crisiscomms.channels.base import OutboundMessage, Outcome
from crisiscomms.channels.email import EmailChannel, EmailSettings
from crisiscomms.channels.smtp_line import PipelinedLine
from crisiscomms.channels.smtp_pool import classify_failure, classify_reply, data_bytes
from tests.channels.servers import LocalSmtpServer, SmtpBehaviour


@pytest.fixture(params=["step by step", "pipelining"])
def smtp_server(request: pytest.FixtureRequest) -> Iterator[LocalSmtpServer]:
    """Every test here runs against a server without PIPELINING (four exchanges per
    message) and one that offers it (MAIL, RCPT and DATA in one write)."""
    server = LocalSmtpServer(SmtpBehaviour(pipelining=request.param == "pipelining"))
    server.start()
    try:
        yield server
    finally:
        server.stop()


def raw(number: int = 1, body: str = "Our service is restored.") -> bytes:
    return (
        "From: Status <status@example.com>\r\n"
        f"To: Customer {number} <c{number}@example.net>\r\n"
        f"Message-ID: <stmt-7.{number:016x}@example.com>\r\n"
        "Subject: Service restored\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        f"{body}\r\n"
    ).encode()


def mail(number: int = 1, **overrides: object) -> OutboundMessage:
    values: dict[str, object] = {
        "delivery_id": f"d-{number}",
        "kind": "email",
        "idempotency_key": f"<stmt-7.{number:016x}@example.com>",
        "recipient": f"c{number}@example.net",
        "raw_email": raw(number),
    }
    values.update(overrides)
    return OutboundMessage(**values)  # type: ignore[arg-type]


def test_a_rendered_message_goes_out_byte_for_byte(
    smtp_server: LocalSmtpServer, smtp_settings: EmailSettings
) -> None:
    body = "Line one.\r\n.A line starting with a dot stays intact.\r\n."
    result = EmailChannel(smtp_settings).send(mail(raw_email=raw(1, body)))

    assert result.outcome == Outcome.SENT
    assert result.external_id == "1"  # the server's queue id
    [received] = smtp_server.behaviour.received
    assert received.sender == "status@example.com"
    assert received.recipients == ["c1@example.net"]
    assert received.message_id == "<stmt-7.0000000000000001@example.com>"
    assert received.content.replace(b"\r\n", b"\n") == raw(1, body).replace(b"\r\n", b"\n")


def test_an_unrendered_message_is_built_as_text_and_html(
    smtp_server: LocalSmtpServer, smtp_settings: EmailSettings
) -> None:
    message = mail(
        raw_email=None,
        idempotency_key="test-send-5",
        subject="Test",
        text="Hello",
        html="<p>Hello</p>",
    )
    channel = EmailChannel(smtp_settings)

    assert channel.send(message).outcome == Outcome.SENT
    assert channel.send(message).outcome == Outcome.SENT

    first, second = smtp_server.behaviour.received
    assert first.message_id == second.message_id  # stable per delivery
    parsed = email.message_from_bytes(first.content, policy=default_policy)
    assert parsed["Subject"] == "Test"
    assert parsed["List-Id"] == "Status incident updates <incidents.example.com>"
    assert [p.get_content_type() for p in parsed.walk()][1:] == ["text/plain", "text/html"]


@pytest.mark.parametrize(
    ("behaviour", "outcome", "suppress"),
    [
        ({"data_reply": "451 4.3.0 Try again later"}, Outcome.RETRY, False),
        ({"data_reply": "550 5.1.1 Mailbox unavailable"}, Outcome.PERMANENT, True),
        ({"data_reply": "554 5.7.1 Message rejected as spam"}, Outcome.PERMANENT, False),
        ({"rcpt_reply": "550 5.1.1 No such user"}, Outcome.PERMANENT, True),
        ({"rcpt_reply": "450 4.2.1 Mailbox busy"}, Outcome.RETRY, False),
        ({"drop": "rcpt"}, Outcome.RETRY, False),
        ({"drop": "data"}, Outcome.AMBIGUOUS, False),
    ],
    ids=["451", "550", "554-policy", "rcpt-550", "rcpt-450", "drop-before-data", "drop-after-data"],
)
def test_server_answers_are_classified(
    smtp_settings: EmailSettings,
    smtp_server: LocalSmtpServer,
    behaviour: dict[str, str],
    outcome: Outcome,
    suppress: bool,
) -> None:
    for name, value in behaviour.items():
        setattr(smtp_server.behaviour, name, value)

    result = EmailChannel(smtp_settings, timeout=2.0).send(mail())

    assert result.outcome == outcome, result.detail
    assert result.suppress is suppress


def test_a_drop_after_data_leaves_a_recognisable_duplicate(
    smtp_server: LocalSmtpServer, smtp_settings: EmailSettings
) -> None:
    channel = EmailChannel(smtp_settings, timeout=2.0)
    smtp_server.behaviour.drop = "data"
    assert channel.send(mail()).outcome == Outcome.AMBIGUOUS

    smtp_server.behaviour.drop = None
    assert channel.send(mail()).outcome == Outcome.SENT

    ids = [m.message_id for m in smtp_server.behaviour.received]
    assert ids == ["<stmt-7.0000000000000001@example.com>"] * 2


@pytest.mark.parametrize(
    ("phase", "outcome"), [("rcpt", Outcome.RETRY), ("data", Outcome.AMBIGUOUS)]
)
def test_a_server_that_stops_answering_times_out(
    smtp_server: LocalSmtpServer, smtp_settings: EmailSettings, phase: str, outcome: Outcome
) -> None:
    """One deadline covers the transaction's four exchanges; the next send goes through."""
    channel = EmailChannel(smtp_settings, timeout=0.25)
    smtp_server.behaviour.stall, smtp_server.behaviour.stall_seconds = phase, 3.0
    started = time.monotonic()
    result = channel.send(mail())
    assert result.outcome == outcome, result.detail
    assert time.monotonic() - started < 2.5  # the deadline (4 x 0.25 s), not the server
    smtp_server.behaviour.stall = None
    assert channel.send(mail()).outcome == Outcome.SENT


def test_no_server_is_a_retry(closed_port: int) -> None:
    settings = EmailSettings(
        host="127.0.0.1", port=closed_port, security="none", from_address="s@example.com"
    )

    result = EmailChannel(settings).send(mail())

    assert result.outcome == Outcome.RETRY


def test_many_messages_share_a_few_persistent_connections(
    smtp_server: LocalSmtpServer, smtp_settings: EmailSettings
) -> None:
    async def run() -> tuple[list[Outcome], int]:
        channel = EmailChannel(smtp_settings, pool_size=4)
        try:
            results = await channel.send_many([mail(n) for n in range(1, 61)])
        finally:
            await channel.aclose()
        return [r.outcome for r in results], channel.pool.opened

    outcomes, opened = asyncio.run(run())

    assert outcomes == [Outcome.SENT] * 60
    assert opened <= 4
    received = {m.message_id for m in smtp_server.behaviour.received}
    assert received == {f"<stmt-7.{n:016x}@example.com>" for n in range(1, 61)}


def test_a_server_offering_pipelining_gets_mail_rcpt_and_data_in_one_write(
    smtp_server: LocalSmtpServer, smtp_settings: EmailSettings
) -> None:
    """The pooled connection is taken over for pipelining exactly when the server offers
    it; a recipient refused at RCPT is placed at RCPT, and the line stays usable."""

    async def run() -> tuple[list[type], list[str]]:
        channel = EmailChannel(smtp_settings, pool_size=1)
        sent = await channel.asend(mail(1))
        kinds = [type(line) for line in channel.pool._idle]
        smtp_server.behaviour.rcpt_reply = "550 5.1.1 No such user"
        refused = await channel.asend(mail(2))
        smtp_server.behaviour.rcpt_reply = None
        again = await channel.asend(mail(3))
        await channel.aclose()
        assert channel.pool.opened == 1
        return kinds, [r.detail or "" for r in (sent, refused, again)]

    kinds, details = asyncio.run(run())

    pipelining = smtp_server.behaviour.pipelining
    assert kinds == [PipelinedLine] if pipelining else kinds != [PipelinedLine]
    assert details[0].startswith("SMTP 250")
    assert details[1].startswith("SMTP 550 at RCPT: 5.1.1 No such user")
    assert details[2].startswith("SMTP 250")
    assert len(smtp_server.behaviour.received) == 2


def test_a_refusal_does_not_spoil_the_connection(
    smtp_server: LocalSmtpServer, smtp_settings: EmailSettings
) -> None:
    async def run() -> list[Outcome]:
        channel = EmailChannel(smtp_settings, pool_size=1)
        smtp_server.behaviour.rcpt_reply = "550 5.1.1 No such user"
        first = await channel.asend(mail(1))
        smtp_server.behaviour.rcpt_reply = None
        second = await channel.asend(mail(2))
        await channel.aclose()
        assert channel.pool.opened == 1
        return [first.outcome, second.outcome]

    assert asyncio.run(run()) == [Outcome.PERMANENT, Outcome.SENT]


def test_a_connection_closed_by_the_server_is_replaced(
    smtp_server: LocalSmtpServer, smtp_settings: EmailSettings
) -> None:
    async def run() -> list[Outcome]:
        channel = EmailChannel(smtp_settings, pool_size=1)
        first = await channel.asend(mail(1))
        smtp_server.behaviour.close_all(smtp_server.loop)
        await asyncio.sleep(0.1)
        second = await channel.asend(mail(2))
        await channel.aclose()
        assert channel.pool.opened == 2
        return [first.outcome, second.outcome]

    assert asyncio.run(run()) == [Outcome.SENT, Outcome.SENT]
    assert len(smtp_server.behaviour.received) == 2


@pytest.mark.parametrize("implicit_tls", [False, True], ids=["starttls", "ssl"])
def test_tls_and_login(
    tls_contexts: tuple[ssl.SSLContext, ssl.SSLContext], implicit_tls: bool
) -> None:
    server_tls, client_tls = tls_contexts
    server = LocalSmtpServer(
        SmtpBehaviour(), tls=server_tls, implicit_tls=implicit_tls, users={"bot": "pw-123"}
    )
    server.start()
    try:
        settings = EmailSettings(
            host="localhost",
            port=server.port,
            security="ssl" if implicit_tls else "starttls",
            username="bot",
            password="pw-123",
            from_address="status@example.com",
        )
        good = EmailChannel(settings, tls_context=client_tls).send(mail())
        wrong = settings.model_copy(update={"password": "nope"})
        bad = EmailChannel(wrong, tls_context=client_tls).send(mail())
        untrusted = EmailChannel(settings).send(mail())  # the system CAs don't know it
    finally:
        server.stop()

    assert good.outcome == Outcome.SENT, good.detail
    assert server.behaviour.logins == ["bot"]
    assert bad.outcome == Outcome.PERMANENT and "authentication" in (bad.detail or "")
    assert untrusted.outcome == Outcome.RETRY


@pytest.mark.parametrize(
    ("code", "message", "phase", "outcome", "suppress"),
    [
        (250, "ok", "dot", Outcome.RETRY, False),
        (421, "4.3.2 Shutting down", "mail", Outcome.RETRY, False),
        (451, "4.3.0 Try later", "dot", Outcome.RETRY, False),
        (452, "4.5.3 Too many recipients", "rcpt", Outcome.RETRY, False),
        (550, "5.1.1 User unknown", "rcpt", Outcome.PERMANENT, True),
        (550, "User unknown", "rcpt", Outcome.PERMANENT, True),
        (553, "Mailbox name not allowed", "rcpt", Outcome.PERMANENT, True),
        (554, "5.7.1 Relay access denied", "rcpt", Outcome.PERMANENT, False),
        (552, "5.3.4 Message too big", "dot", Outcome.PERMANENT, False),
        (550, "5.2.1 Mailbox disabled", "dot", Outcome.PERMANENT, True),
        (553, "5.1.8 Sender address rejected", "mail", Outcome.PERMANENT, False),
        # Verdicts on one message, not on the address: never suppress the customer.
        (552, "5.2.3 Message size exceeds fixed limit", "dot", Outcome.PERMANENT, False),
        (552, "5.2.2 Mailbox full", "dot", Outcome.PERMANENT, False),
        (550, "Message rejected as spam", "dot", Outcome.PERMANENT, False),
        (554, "5.7.1 Message rejected as spam", "dot", Outcome.PERMANENT, False),
        (550, "5.1.7 Bad sender mailbox syntax", "rcpt", Outcome.PERMANENT, False),
        # RFC 5321 4.5.3.1.10: a 552 to RCPT is a temporary 452.
        (552, "5.2.2 Over quota", "rcpt", Outcome.RETRY, False),
        (552, "Too many recipients", "rcpt", Outcome.RETRY, False),
        (550, "5.1.1 No such user", "dot", Outcome.PERMANENT, True),
    ],
)
def test_reply_codes_are_classified(
    code: int, message: str, phase: str, outcome: Outcome, suppress: bool
) -> None:
    result = classify_reply(code, message, phase)  # type: ignore[arg-type]

    assert (result.outcome, result.suppress) == (outcome, suppress)


@pytest.mark.parametrize(
    ("error", "phase", "outcome"),
    [
        (aiosmtplib.SMTPConnectError("refused"), "connect", Outcome.RETRY),
        (aiosmtplib.SMTPConnectTimeoutError("slow"), "connect", Outcome.RETRY),
        (aiosmtplib.SMTPAuthenticationError(535, "5.7.8 bad"), "connect", Outcome.PERMANENT),
        (aiosmtplib.SMTPServerDisconnected("gone"), "mail", Outcome.RETRY),
        (aiosmtplib.SMTPServerDisconnected("gone"), "data", Outcome.RETRY),
        (aiosmtplib.SMTPServerDisconnected("gone"), "dot", Outcome.AMBIGUOUS),
        (aiosmtplib.SMTPReadTimeoutError("slow"), "dot", Outcome.AMBIGUOUS),
        (aiosmtplib.SMTPSenderRefused(451, "try later", "s@x"), "mail", Outcome.RETRY),
        (aiosmtplib.SMTPDataError(451, "4.3.0 later"), "dot", Outcome.RETRY),
        (ValueError("bad address"), "rcpt", Outcome.PERMANENT),
    ],
)
def test_failures_are_classified(error: Exception, phase: str, outcome: Outcome) -> None:
    assert classify_failure(error, phase).outcome == outcome  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "raw",
    [
        b"a\n.b\r\n",
        b"a\r\n.b\r\n",
        b".a\r\n..b\r\nc",
        b"a\rb\r\n.\r\n",
        b"",
        b".",
        b"x\r\n\r\n.\r\n.y",
        "Subject: caf\u00e9\r\n\r\n.\u09a8\r\n".encode(),
    ],
)
def test_data_bytes_doubles_leading_dots_and_ends_with_a_dot_line(raw: bytes) -> None:
    from aiosmtplib.protocol import PERIOD_REGEX, normalize_message_line_endings

    reference = PERIOD_REGEX.sub(b"..", normalize_message_line_endings(raw)) + b".\r\n"
    assert data_bytes(raw) == reference
    assert data_bytes(b"a\n.b\r\n") == b"a\r\n..b\r\n.\r\n"


def test_a_missing_recipient_is_permanent(smtp_settings: EmailSettings) -> None:
    assert EmailChannel(smtp_settings).send(mail(recipient=None)).outcome == Outcome.PERMANENT


@pytest.mark.parametrize("blank", ["", "   "], ids=["empty", "spaces"])
def test_an_empty_username_sends_without_signing_in(
    tls_contexts: tuple[ssl.SSLContext, ssl.SSLContext], blank: str
) -> None:
    # A server that offers AUTH but does not require it: signing in as "" would fail.
    server_tls, client_tls = tls_contexts
    server = LocalSmtpServer(SmtpBehaviour(), tls=server_tls, users={"bot": "pw-123"})
    server.start()
    try:
        settings = EmailSettings(
            host="localhost",
            port=server.port,
            security="starttls",
            username=blank,
            password="",
            from_address="status@example.com",
        )
        result = EmailChannel(settings, tls_context=client_tls).send(mail())
    finally:
        server.stop()

    assert (settings.username, settings.password) == (None, None)
    assert result.outcome == Outcome.SENT, result.detail
    assert server.behaviour.logins == []
    assert len(server.behaviour.received) == 1


def test_an_empty_username_needs_no_auth_extension(
    smtp_server: LocalSmtpServer, smtp_settings: EmailSettings
) -> None:
    settings = smtp_settings.model_copy(update={"username": ""})
    result = EmailChannel(EmailSettings.model_validate(settings.model_dump())).send(mail())
    assert result.outcome == Outcome.SENT, result.detail


def test_a_password_without_a_username_is_refused_at_save() -> None:
    with pytest.raises(ValueError, match="a password needs a username"):
        EmailSettings(
            host="smtp.example.com",
            username="",
            password="pw-123",
            from_address="status@example.com",
        )


def _send_many(
    settings: EmailSettings, messages: list[OutboundMessage], *, pool_size: int = 2
) -> tuple[list[str], int]:
    async def run() -> tuple[list[str], int]:
        channel = EmailChannel(settings, pool_size=pool_size, timeout=2.0)
        try:
            results = await channel.send_many(messages)
        finally:
            await channel.aclose()
        return [f"{r.outcome.value} {r.detail}" for r in results], channel.pool.opened

    return asyncio.run(run())


def test_a_batch_streams_over_a_pipelining_line_one_write_per_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each message's content goes in one write with the next one's MAIL, RCPT and DATA
    (RFC 2920 3.1): 30 messages on one line are 31 writes, every one received once."""
    server = LocalSmtpServer(SmtpBehaviour(pipelining=True))
    server.start()
    settings = EmailSettings(
        host="127.0.0.1", port=server.port, security="none", from_address="status@example.com"
    )
    writes: list[bytes] = []
    original, original_two = PipelinedLine.write, PipelinedLine.write_two

    def counted(self: PipelinedLine, data: bytes) -> None:
        writes.append(data)
        original(self, data)

    def counted_two(self: PipelinedLine, first: bytes, second: bytes) -> None:
        writes.append(first + second)  # one write to the socket (writelines)
        original_two(self, first, second)

    monkeypatch.setattr(PipelinedLine, "write", counted)
    monkeypatch.setattr(PipelinedLine, "write_two", counted_two)
    try:
        results, opened = _send_many(settings, [mail(n) for n in range(1, 31)], pool_size=1)
    finally:
        server.stop()

    assert [r.split()[0] for r in results] == ["sent"] * 30
    assert opened == 1
    message_writes = [w for w in writes if w not in (b"QUIT\r\n", b"RSET\r\n")]
    assert len(message_writes) == 31
    assert message_writes[1].endswith(
        b"\r\n.\r\nMAIL FROM:<status@example.com>\r\nRCPT TO:<c2@example.net>\r\nDATA\r\n"
    )
    received = [m.message_id for m in server.behaviour.received]
    assert received == [f"<stmt-7.{n:016x}@example.com>" for n in range(1, 31)]


def test_refusals_inside_a_stream_are_placed_and_the_rest_go_out(
    smtp_server: LocalSmtpServer, smtp_settings: EmailSettings
) -> None:
    """A recipient refused at RCPT and a message refused after its "." are each placed;
    the messages after them are sent over the same lines."""
    smtp_server.behaviour.rcpt_replies = {"c3@example.net": "550 5.1.1 No such user"}
    smtp_server.behaviour.data_replies = {"c5@example.net": "554 5.7.1 Rejected as spam"}
    smtp_server.behaviour.data_replies["c7@example.net"] = "451 4.3.0 Try again later"

    results, opened = _send_many(smtp_settings, [mail(n) for n in range(1, 11)])

    assert results[2].startswith("permanent SMTP 550 at RCPT: 5.1.1")
    assert results[4].startswith("permanent SMTP 554 at DOT: 5.7.1")
    assert results[6].startswith("retry SMTP 451 at DOT")
    assert all(results[i].startswith("sent SMTP 250") for i in (0, 1, 3, 5, 7, 8, 9)), results
    assert opened <= 2
    received = sorted(m.message_id or "" for m in smtp_server.behaviour.received)
    assert received == sorted(f"<stmt-7.{n:016x}@example.com>" for n in (1, 2, 4, 6, 8, 9, 10))


def test_a_line_cut_inside_a_stream_leaves_one_ambiguous_message_and_sends_the_rest(
    smtp_server: LocalSmtpServer, smtp_settings: EmailSettings
) -> None:
    """The message whose content was written is ambiguous (the server has it); the next,
    whose envelope only was written, goes out over a fresh line; nothing is lost."""
    smtp_server.behaviour.drop_after = {"c4@example.net"}

    results, opened = _send_many(smtp_settings, [mail(n) for n in range(1, 9)], pool_size=1)

    assert results[3].startswith("ambiguous"), results[3]
    assert [r.split()[0] for i, r in enumerate(results) if i != 3] == ["sent"] * 7
    assert opened == 2
    ids = [m.message_id for m in smtp_server.behaviour.received]
    assert sorted(ids) == sorted(f"<stmt-7.{n:016x}@example.com>" for n in range(1, 9))


def test_a_stream_on_a_line_the_server_closed_while_idle_starts_afresh(
    smtp_server: LocalSmtpServer, smtp_settings: EmailSettings
) -> None:
    async def run() -> tuple[list[Outcome], int]:
        channel = EmailChannel(smtp_settings, pool_size=1)
        first = await channel.send_many([mail(1)])
        smtp_server.behaviour.close_all(smtp_server.loop)
        await asyncio.sleep(0.1)
        rest = await channel.send_many([mail(n) for n in range(2, 6)])
        await channel.aclose()
        return [r.outcome for r in first + rest], channel.pool.opened

    outcomes, opened = asyncio.run(run())

    assert outcomes == [Outcome.SENT] * 5
    assert opened == 2
    assert len(smtp_server.behaviour.received) == 5


def test_a_stream_mixes_refused_addresses_and_missing_recipients_in_order(
    smtp_server: LocalSmtpServer, smtp_settings: EmailSettings
) -> None:
    messages = [mail(1), mail(2, recipient="名前@example.net"), mail(3, recipient=None), mail(4)]

    results, _ = _send_many(smtp_settings, messages)

    assert [r.split()[0] for r in results] == ["sent", "permanent", "permanent", "sent"]
    assert "address refused locally" in results[1]
    assert "needs a recipient" in results[2]


def test_a_sender_no_server_would_take_fails_every_message_of_a_batch_here(
    smtp_server: LocalSmtpServer, smtp_settings: EmailSettings
) -> None:
    """A from address that cannot go in MAIL FROM (not ASCII) is refused before any
    connection is used: every message permanent, none received."""
    settings = smtp_settings.model_copy(update={"from_address": "状態@example.com"})

    results, _ = _send_many(settings, [mail(1), mail(2)])

    assert [r.split()[0] for r in results] == ["permanent", "permanent"]
    assert all("address refused locally" in r for r in results)
    assert smtp_server.behaviour.received == []


class _Transport(asyncio.WriteTransport):
    """A transport that only records: PipelinedLine's parsing, fed by hand."""

    def __init__(self) -> None:
        super().__init__()
        self.closed = False
        self.protocol: asyncio.BaseProtocol | None = None

    def is_closing(self) -> bool:
        return self.closed

    def close(self) -> None:
        self.closed = True

    def set_protocol(self, protocol: asyncio.BaseProtocol) -> None:
        self.protocol = protocol

    def write(self, data: bytes | bytearray | memoryview) -> None:
        pass


class _Taken:
    def __init__(self) -> None:
        self.transport = _Transport()


def _line() -> PipelinedLine:
    return PipelinedLine(_Taken())  # type: ignore[arg-type]


REPLIES = (
    b"250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n"
    b"250-2.0.0 Ok: queued as 4F2A\r\n250-second line\r\n250 last line\r\n"
)
PARSED = [
    (250, "2.1.0 Ok"),
    (250, "2.1.5 Ok"),
    (354, "End data with <CR><LF>.<CR><LF>"),
    (250, "2.0.0 Ok: queued as 4F2A\nsecond line\nlast line"),
]


@pytest.mark.parametrize("size", [1, 2, 7, 40, len(REPLIES)])
def test_pipelined_replies_are_read_whole_however_the_reads_split_them(size: int) -> None:
    async def read() -> list[tuple[int, str]]:
        line = _line()
        for start in range(0, len(REPLIES), size):
            line.data_received(REPLIES[start : start + size])
        return [((r := await line.reply()).code, r.message) for _ in PARSED]

    assert asyncio.run(read()) == PARSED


def test_a_malformed_or_endless_reply_breaks_the_line_with_what_was_wrong() -> None:
    async def after(data: bytes) -> str:
        line = _line()
        line.data_received(data)
        assert not line.is_connected
        with pytest.raises(aiosmtplib.SMTPResponseException) as raised:
            while True:
                await line.reply()
        return str(raised.value.message)

    assert "malformed reply b'hello there" in asyncio.run(after(b"hello there\r\n"))
    assert asyncio.run(after(b"250-" + b"x" * 70_000)) == "reply too long"
    # The replies before a malformed line are still read, in order.
    line = _line()
    line.data_received(b"250 Ok\r\n??\r\n")
    assert asyncio.run(line.reply()).code == 250


def test_repeated_reply_lines_are_parsed_once_and_distinct_ones_stay_exact() -> None:
    """MAIL's, RCPT's and DATA's replies repeat every message: the line keeps them parsed.
    Hundreds of distinct lines (each message's queue id) neither grow it without bound
    nor change any reply that is read."""
    count = 3 * smtp_line.KNOWN_REPLIES

    async def read() -> list[tuple[int, str]]:
        line = _line()
        for n in range(count):
            line.data_received(
                b"250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 go ahead\r\n"
                + f"250 2.0.0 Ok: queued as Q{n}\r\n".encode()
            )
            assert len(line._known) <= smtp_line.KNOWN_REPLIES
        return [((r := await line.reply()).code, r.message) for _ in range(4 * count)]

    replies = asyncio.run(read())
    expected = [
        reply
        for n in range(count)
        for reply in (
            (250, "2.1.0 Ok"),
            (250, "2.1.5 Ok"),
            (354, "go ahead"),
            (250, f"2.0.0 Ok: queued as Q{n}"),
        )
    ]
    assert replies == expected
