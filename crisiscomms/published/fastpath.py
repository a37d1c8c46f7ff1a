"""The fast path: the outermost ASGI layer answers GET, HEAD and OPTIONS of a public view
held in memory before routing, with the security headers and a request id."""

from __future__ import annotations

import logging

from starlette.types import ASGIApp, Receive, Scope, Send

from crisiscomms.errors import ServiceUnavailable
from crisiscomms.http import error_response
from crisiscomms.published.answers import answer
from crisiscomms.published.cache import SECURITY_RAW, PublicCache
from crisiscomms.published.views import ALLOW, KIND_HEADERS, key_for, kind_of
from crisiscomms.tracing import new_request_id

log = logging.getLogger("crisiscomms.published")


class PublicFastPath:
    """The outermost ASGI layer for the public paths.

    A GET or HEAD of a public view in memory is answered here, before routing, validation
    and the per-request middleware. It adds the same security headers and a request id
    itself, and logs at DEBUG, not INFO: a storm of identical reads would drown the log.
    OPTIONS on a public path answers 204 with `Allow`, plus the CORS preflight where the
    view is readable from other sites. Everything else goes on to the app, whose HEAD layer
    answers a HEAD as the GET without its body. That includes a public URL whose query is
    not valid, which the routes answer with a 422."""

    def __init__(self, app: ASGIApp, *, cache: PublicCache) -> None:
        self.app = app
        self.cache = cache

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = scope.get("method")
        kind = kind_of(scope["path"]) if scope["type"] == "http" else None
        if kind is None or method not in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        request_id = (b"x-request-id", new_request_id().encode())
        if method == "OPTIONS":
            await self._options(kind, request_id, send)
            return
        key = key_for(scope["path"], scope.get("query_string", b""))
        if key is None:
            await self.app(scope, receive, send)
            return
        try:
            entry = await self.cache.get(key)
        except ServiceUnavailable as busy:
            await error_response(busy)(scope, receive, send)
            return
        except Exception:  # the app answers (and logs) it in its one error shape
            await self.app(scope, receive, send)
            return
        conditional = {
            name.decode(): value.decode("latin-1")
            for name, value in scope.get("headers", ())
            if name in (b"if-none-match", b"if-modified-since")
        }
        status, headers, body = answer(entry, conditional)
        start = {"type": "http.response.start", "status": status, "headers": [*headers, request_id]}
        await send(start)
        await send({"type": "http.response.body", "body": b"" if method == "HEAD" else body})
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s %s %s (public view)", method, scope["path"], status)

    @staticmethod
    async def _options(kind: str, request_id: tuple[bytes, bytes], send: Send) -> None:
        headers = [(b"allow", ALLOW), (b"content-length", b"0"), *SECURITY_RAW, request_id]
        if "Access-Control-Allow-Origin" in KIND_HEADERS[kind]:
            headers += [
                (b"access-control-allow-origin", b"*"),
                (b"access-control-allow-methods", ALLOW),
                (b"access-control-allow-headers", b"If-None-Match, If-Modified-Since"),
                (b"access-control-max-age", b"86400"),
            ]
        await send({"type": "http.response.start", "status": 204, "headers": headers})
        await send({"type": "http.response.body", "body": b""})
