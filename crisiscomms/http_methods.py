"""HEAD and OPTIONS on every route: monitors and load balancers probe with HEAD, and a
client asks OPTIONS which methods a URL takes.

FastAPI registers a `@router.get` for GET only, so HEAD and OPTIONS answered 405. Rather than
add HEAD to each route (which would also add a HEAD operation for every GET to the OpenAPI
document), one ASGI layer answers them from the route table:

- HEAD runs the GET and drops its body: the same status and headers, by construction;
- OPTIONS answers 204 with `Allow` (the methods the path's routes take, plus HEAD where GET
  is one and OPTIONS itself), or the app's 404 where no route has the path;
- a 405 names in `Allow` every method the path takes, not only the routes' own.
"""

from __future__ import annotations

from collections.abc import Iterable

from fastapi.staticfiles import StaticFiles
from starlette.routing import BaseRoute, Match, Mount
from starlette.types import ASGIApp, Message, Receive, Scope, Send

ROUTE_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def allowed_methods(routes: Iterable[BaseRoute], scope: Scope) -> list[str]:
    """The methods the routes take at the request's path, in a stable order; [] for none."""
    found: set[str] = set()
    for route in routes:
        if isinstance(route, Mount):
            # a mount matches every method; the one the app has serves static files
            if isinstance(route.app, StaticFiles) and route.matches(scope)[0] is Match.FULL:
                found.add("GET")
            continue
        for method in ROUTE_METHODS:
            if method not in found:
                match, _child = route.matches({**scope, "method": method})
                if match is Match.FULL:
                    found.add(method)
    if not found:
        return []
    if "GET" in found:
        found.add("HEAD")
    found.add("OPTIONS")
    return [m for m in ("GET", "HEAD", *ROUTE_METHODS[1:], "OPTIONS") if m in found]


class HeadAndOptions:
    """The ASGI layer that answers HEAD and OPTIONS for every route of `routes`."""

    def __init__(self, app: ASGIApp, *, routes: list[BaseRoute]) -> None:
        self.app = app
        self.routes = routes  # the app's own list: routes added later are seen too

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope.get("method")
        if method == "OPTIONS":
            allow = allowed_methods(self.routes, scope)
            if not allow:
                await self.app(scope, receive, send)  # no such path: the app's 404
                return
            headers = [(b"allow", ", ".join(allow).encode()), (b"content-length", b"0")]
            await send({"type": "http.response.start", "status": 204, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return

        async def answer(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 405:
                allow = ", ".join(allowed_methods(self.routes, scope)).encode()
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"allow"]
                message = {**message, "headers": [*kept, (b"allow", allow)]}
            elif message["type"] == "http.response.body" and method == "HEAD":
                message = {**message, "body": b""}
            await send(message)

        inner = {**scope, "method": "GET"} if method == "HEAD" else scope
        await self.app(inner, receive, answer)
