"""Publish once, serve many: conditional requests, HEAD/OPTIONS, versions, single renders,
503 when a view cannot be had in time, and views served without the database."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from email.utils import format_datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session

from crisiscomms.db import utc_now
from crisiscomms.errors import ServiceUnavailable
from crisiscomms.published import (
    RENDERERS,
    Key,
    PublicCache,
    Rendered,
    is_not_modified,
    key_for,
    read_version,
    renderer,
)
from tests import conftest
from tests.statements.factories import make_incident
from tests.statuspage.factories import publish_holding

PUBLIC = [
    "/status",
    "/status?lang=bn",
    "/status/feed.atom",
    "/status/feed.rss",
    "/status.css",
    "/api/v2/summary.json",
    "/api/v2/status.json",
    "/api/v2/components.json",
    "/api/v2/incidents.json",
    "/api/v2/incidents/unresolved.json",
    "/api/v2/scheduled-maintenances.json",
]


@pytest.fixture
def public_incident(session: Session) -> int:
    incident = make_incident(session)
    publish_holding(session, incident, now=utc_now())
    session.commit()
    return incident.id or 0


@pytest.mark.parametrize("path", PUBLIC)
def test_a_matching_etag_gets_304_and_a_garbage_one_the_view(
    client: TestClient, public_incident: int, path: str
) -> None:
    first = client.get(path)
    assert first.status_code == 200
    etag = first.headers["etag"]
    assert etag.startswith('"') and etag.endswith('"')
    assert first.headers["last-modified"].endswith("GMT")
    again = client.get(path, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    assert "stale-if-error" in again.headers["cache-control"]
    for matching in (f'W/{etag}, "x"', f'"other", {etag}', "*"):
        assert client.get(path, headers={"If-None-Match": matching}).status_code == 304
    for garbage in ('"nope"', "", ",,,", "W/", "\x7f" * 10, '"' * 3000):
        response = client.get(path, headers={"If-None-Match": garbage})
        assert response.status_code == 200, garbage
        assert response.content == first.content


def test_if_modified_since_is_answered_and_ignored_when_unreadable(
    client: TestClient, public_incident: int
) -> None:
    first = client.get("/api/v2/summary.json")
    since = first.headers["last-modified"]
    assert (
        client.get("/api/v2/summary.json", headers={"If-Modified-Since": since}).status_code == 304
    )
    earlier = format_datetime(utc_now().replace(year=2001), usegmt=True)
    response = client.get("/api/v2/summary.json", headers={"If-Modified-Since": earlier})
    assert response.status_code == 200
    for garbage in ("yesterday", "Mon, 99 Foo 2026 99:99:99 GMT", "0" * 5000, ""):
        response = client.get("/api/v2/summary.json", headers={"If-Modified-Since": garbage})
        assert response.status_code == 200, garbage
    # the entity tag wins over the date (RFC 9110 13.1.3)
    both = {"If-None-Match": '"different"', "If-Modified-Since": since}
    assert client.get("/api/v2/summary.json", headers=both).status_code == 200


@pytest.mark.parametrize("path", [*PUBLIC, "/status/incidents/{id}"])
def test_head_is_the_get_without_its_body_and_options_answers(
    client: TestClient, public_incident: int, path: str
) -> None:
    path = path.format(id=public_incident)
    get = client.get(path)
    head = client.head(path)
    assert head.status_code == get.status_code == 200
    assert head.content == b""
    for name in ("etag", "content-type", "cache-control", "content-length"):
        assert head.headers[name] == get.headers[name], name
    options = client.options(path, headers={"Origin": "https://widgets.example"})
    assert options.status_code == 204
    assert options.headers["allow"] == "GET, HEAD, OPTIONS"
    if path.startswith("/api/v2/"):
        assert options.headers["access-control-allow-origin"] == "*"
        assert "If-None-Match" in options.headers["access-control-allow-headers"]


def test_long_and_strange_query_strings_get_the_same_view(
    client: TestClient, public_incident: int
) -> None:
    plain = client.get("/api/v2/summary.json")
    junk = "&".join(f"x{i}={'y' * 50}" for i in range(120))  # about 7 KB
    for query in (junk, "lang=", "lang=%ff%fe", "page=2", "lang=bn&lang=", "=&&=="):
        response = client.get(f"/api/v2/summary.json?{query}")
        assert response.status_code == 200, query
    assert client.get(f"/api/v2/summary.json?{junk}").headers["etag"] == plain.headers["etag"]
    # what the routes refuse, they still refuse, in the one error shape
    too_long = client.get("/api/v2/summary.json", params={"lang": "x" * 36})
    assert too_long.status_code == 422
    assert too_long.json()["error"]["code"] == "validation_failed"
    for bad in ("0", "-1", "abc", "99999999999999999999999", "1.5"):
        assert client.get(f"/status/incidents/{bad}").status_code in (404, 422), bad
    assert client.get(f"/status/incidents/{public_incident}?page=0").status_code == 422
    assert client.get(f"/status/incidents/{public_incident}?page=x").status_code == 422


def test_a_publish_shows_at_once_with_a_new_etag_and_version(
    client: TestClient, session: Session, public_incident: int
) -> None:
    before = client.get("/api/v2/incidents/unresolved.json")
    assert len(before.json()["incidents"]) == 1
    version = int(before.headers["x-public-version"])
    incident = make_incident(session, title="Second outage")
    publish_holding(session, incident, now=utc_now())
    session.commit()
    after = client.get(
        "/api/v2/incidents/unresolved.json", headers={"If-None-Match": before.headers["etag"]}
    )
    assert after.status_code == 200
    assert len(after.json()["incidents"]) == 2
    assert int(after.headers["x-public-version"]) > version
    assert "Second outage" in client.get("/status").text
    assert client.get(f"/status/incidents/{incident.id}").status_code == 200


def test_saving_a_draft_does_not_move_the_public_version(
    session: Session, public_incident: int
) -> None:
    from crisiscomms.flows import statements as statement_flow
    from crisiscomms.principal import SYSTEM

    start = read_version(session)
    statement_flow.draft(
        session, public_incident, stage=None, holding=False, actor=SYSTEM, now=utc_now()
    )
    session.commit()
    assert read_version(session) == start


def test_the_fast_path_parses_only_what_the_routes_accept() -> None:
    assert key_for("/api/v2/summary.json", b"") == Key("api-v2/summary.json")
    assert key_for("/status", b"lang=bn&x=1") == Key("status-page", "bn")
    assert key_for("/status", b"lang=%3Cx%3E") == Key("status-page", None)
    assert key_for("/status/incidents/7", b"page=3") == Key("public-incident", None, 7, 3)
    for path, query in [
        ("/status/incidents/0", b""),
        ("/status/incidents/99999999999999999999", b""),
        ("/status/incidents/1", b"page=0"),
        ("/status/incidents/1", b"page=abc"),
        ("/status", b"lang=" + b"x" * 36),
        ("/status/other", b""),
        ("/api/v1/incidents", b""),
    ]:
        assert key_for(path, query) is None, (path, query)


def test_conditional_headers_follow_rfc_9110() -> None:
    moment = utc_now()
    stamp = format_datetime(moment, usegmt=True)
    assert is_not_modified({"if-none-match": '"a", W/"b"'}, '"b"', moment)
    assert not is_not_modified({"if-none-match": '"a"'}, '"b"', moment)
    assert is_not_modified({"if-modified-since": stamp}, '"b"', moment)
    assert not is_not_modified({"if-modified-since": "garbage"}, '"b"', moment)
    assert not is_not_modified({}, '"b"', moment)


# -- the cache itself, with renderers of its own ---------------------------------------


class _Counting:
    def __init__(self, delay: float = 0.0) -> None:
        self.calls = 0
        self.delay = delay
        self.lock = threading.Lock()

    def __call__(self, context: Any, key: Key) -> Rendered:
        with self.lock:
            self.calls += 1
        time.sleep(self.delay)
        return Rendered(f"rendered {self.calls} {key.locale}".encode(), "text/plain")


@pytest.fixture
def counting() -> Callable[..., tuple[str, _Counting]]:
    added: list[str] = []

    def register(delay: float = 0.0) -> tuple[str, _Counting]:
        kind = f"test-{len(added)}-{time.monotonic_ns()}"
        function = _Counting(delay)
        renderer(kind)(function)
        added.append(kind)
        return kind, function

    yield register
    for kind in added:
        RENDERERS.pop(kind, None)


def _cache(
    engine: Engine, session_factory: Callable[[], Session], **overrides: object
) -> PublicCache:
    settings = conftest.test_settings(engine.url.render_as_string(hide_password=False), **overrides)
    return PublicCache(settings, engine, session_factory)


def test_many_requests_for_a_cold_view_render_it_once(
    engine: Engine, counting: Callable[..., tuple[str, _Counting]]
) -> None:
    kind, function = counting(delay=0.2)
    cache = _cache(engine, lambda: Session(engine), public_refresh_seconds=60)

    async def storm() -> list[bytes]:
        entries = await asyncio.gather(*(cache.get(Key(kind)) for _ in range(200)))
        await cache.close()
        return [e.rendered.body for e in entries]

    bodies = asyncio.run(storm())
    assert function.calls == 1
    assert set(bodies) == {b"rendered 1 None"}


def test_a_view_that_cannot_be_had_in_time_is_503_with_retry_after(
    engine: Engine, counting: Callable[..., tuple[str, _Counting]]
) -> None:
    kind, _ = counting(delay=0.5)
    cache = _cache(
        engine,
        lambda: Session(engine),
        public_refresh_seconds=60,
        public_render_timeout_seconds=0.05,
    )

    async def ask() -> None:
        try:
            await cache.get(Key(kind))
        finally:
            await asyncio.sleep(0.6)  # let the render finish before the loop closes
            await cache.close()

    with pytest.raises(ServiceUnavailable) as raised:
        asyncio.run(ask())
    assert raised.value.status == 503 and raised.value.retry_after > 0


def test_a_view_in_memory_is_served_without_the_database(
    engine: Engine, counting: Callable[..., tuple[str, _Counting]]
) -> None:
    kind, function = counting()
    opened = {"sessions": 0}

    def sessions() -> Session:
        opened["sessions"] += 1
        return Session(engine)

    cache = _cache(engine, sessions, public_refresh_seconds=60)

    async def read() -> tuple[int, int]:
        await cache.get(Key(kind))
        # On PostgreSQL the refresher's first look at the version may race the first
        # render and render the view once more at start-up; from then on nothing renders.
        await asyncio.sleep(0.3)
        before, renders = opened["sessions"], function.calls
        for _ in range(1000):
            await cache.get(Key(kind))
        await cache.close()
        return opened["sessions"] - before, function.calls - renders

    assert asyncio.run(read()) == (0, 0)
    assert function.calls in (1, 2)


def test_a_render_that_started_earlier_never_replaces_a_later_one(engine: Engine) -> None:
    cache = _cache(engine, lambda: Session(engine))
    key = Key("status-page")
    newer = cache._store(key, 5, ticket=2, rendered=Rendered(b"new", "text/plain"))
    kept = cache._store(key, 5, ticket=1, rendered=Rendered(b"old", "text/plain"))
    assert kept is newer and cache.entries[key].rendered.body == b"new"
    assert cache._store(key, 4, ticket=3, rendered=Rendered(b"x", "text/plain")).version == 4
    assert cache.version == 5  # the highest version seen never goes back


def test_a_public_read_is_answered_in_front_of_fastapi(app: Any, public_incident: int) -> None:
    # FastAPI builds its middleware stack on the first request that reaches it: after
    # public reads alone (no lifespan), it has not been built, so none of its layers ran.
    import httpx

    async def reads() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as c:
            return [await c.get(path) for path in ("/api/v2/summary.json", "/status") * 2]

    responses = asyncio.run(reads())
    assert [r.status_code for r in responses] == [200] * 4
    assert app.middleware_stack is None
    ids = [r.headers["x-request-id"] for r in responses]
    assert len(set(ids)) == 4 and all(len(i) == 16 and int(i, 16) >= 0 for i in ids)
    for header in ("x-content-type-options", "content-security-policy", "etag"):
        assert all(header in r.headers for r in responses), header

    # Anything else still goes through FastAPI, with its own request id and error shape.
    async def other() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as c:
            return await c.get("/api/v1/incidents")

    refused = asyncio.run(other())
    assert refused.status_code == 401 and "error" in refused.json()
    assert app.middleware_stack is not None
