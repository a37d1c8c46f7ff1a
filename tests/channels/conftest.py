"""Local servers for channel tests; every test talks only to 127.0.0.1.

Fixtures (reusable elsewhere: `from tests.channels.conftest import smtp_server, …` in
another conftest, or build the classes in tests/channels/servers.py and fake_x.py):

- `smtp_server` → `LocalSmtpServer`: aiosmtpd on 127.0.0.1, port in `.port`. Its
  `.behaviour` (`SmtpBehaviour`) is switchable between sends: `rcpt_reply` ("550 5.1.1 …",
  "450 …"), `data_reply` ("451 4.3.0 …", "550 …"; default accepts with a queue id),
  `drop` ("rcpt": close before the message; "data": close after the whole message, before
  the reply). Accepted messages land in `.behaviour.received` (`ReceivedMail` with
  `.message_id`); `.behaviour.close_all(server.loop)` closes every session server-side.
- `smtp_settings` → `EmailSettings` for that server, security "none".
- `tls_contexts` → (server, client) `ssl.SSLContext` pair with a fresh self-signed
  certificate for localhost/127.0.0.1 (for STARTTLS/SSL tests).
- `http_server` → `LocalHttpServer`: threaded HTTP/1.1 keep-alive server; `.url(path)`,
  `.requests` (`RecordedRequest`: method, path, lower-cased headers, body, client port),
  `.default = Reply(status, headers, body, delay, drop)`, `.queue(Reply(...), …)` for the
  next requests.
- `fake_x` → `FakeX`: a fake X API v2 (create post, users/me, user posts) on its own
  `LocalHttpServer`; `.channel()` returns a real `XChannel` whose tweepy session is
  forwarded to it; `.fail_next(x_reply(429, …, headers))` scripts failures; `.posts` and
  `.signatures_ok` (OAuth 1.0a checked per request) record what happened.
- `fake_mastodon`, `fake_bluesky` → `FakeMastodon`, `FakeBluesky` (tests/channels/
  fake_social.py): the statuses API and a PDS on their own `LocalHttpServer`, `.url()` for
  the channel's base URL, `.fail_next(...)` and `.posts` as for X.
- `fake_facebook`, `fake_threads`, `fake_linkedin` → the page feed, the Threads
  container-and-publish API and LinkedIn's Posts API (tests/channels/fake_graph.py).
- `closed_port` → a port on 127.0.0.1 nothing listens on (connection refused).
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest

from crisiscomms.channels.email import EmailSettings
from tests.channels.fake_graph import FakeFacebook, FakeLinkedIn, FakeThreads
from tests.channels.fake_social import FakeBluesky, FakeMastodon
from tests.channels.fake_x import FakeX
from tests.channels.servers import LocalHttpServer, LocalSmtpServer, SmtpBehaviour
from tests.channels.tls import self_signed_tls


@pytest.fixture
def smtp_server() -> Iterator[LocalSmtpServer]:
    server = LocalSmtpServer(SmtpBehaviour())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def smtp_settings(smtp_server: LocalSmtpServer) -> EmailSettings:
    return EmailSettings(
        host="127.0.0.1",
        port=smtp_server.port,
        security="none",
        from_address="Status <status@example.com>",
    )


@pytest.fixture(scope="session")
def tls_contexts(tmp_path_factory: pytest.TempPathFactory) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    return self_signed_tls(Path(tmp_path_factory.mktemp("tls")))


@pytest.fixture
def http_server() -> Iterator[LocalHttpServer]:
    server = LocalHttpServer().start()
    yield server
    server.stop()


@pytest.fixture
def fake_x() -> Iterator[FakeX]:
    fake = FakeX()
    fake.server = LocalHttpServer(fake.respond).start()
    yield fake
    fake.server.stop()


@pytest.fixture
def fake_mastodon() -> Iterator[FakeMastodon]:
    fake = FakeMastodon()
    fake.server = LocalHttpServer(fake.respond).start()
    yield fake
    fake.server.stop()


@pytest.fixture
def fake_bluesky() -> Iterator[FakeBluesky]:
    fake = FakeBluesky()
    fake.server = LocalHttpServer(fake.respond).start()
    yield fake
    fake.server.stop()


@pytest.fixture
def fake_facebook() -> Iterator[FakeFacebook]:
    fake = FakeFacebook()
    fake.server = LocalHttpServer(fake.respond).start()
    yield fake
    fake.server.stop()


@pytest.fixture
def fake_threads() -> Iterator[FakeThreads]:
    fake = FakeThreads()
    fake.server = LocalHttpServer(fake.respond).start()
    yield fake
    fake.server.stop()


@pytest.fixture
def fake_linkedin() -> Iterator[FakeLinkedIn]:
    fake = FakeLinkedIn()
    fake.server = LocalHttpServer(fake.respond).start()
    yield fake
    fake.server.stop()


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
