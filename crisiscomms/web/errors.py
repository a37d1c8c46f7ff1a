"""Errors on pages render `error.html`; sign-in is a redirect; the API keeps its JSON shape."""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import RedirectResponse, Response

from crisiscomms.errors import CrisisCommsError
from crisiscomms.http import SECURITY_HEADERS
from crisiscomms.tracing import request_id_var
from crisiscomms.web.deps import LoginRequired, PageRedirect
from crisiscomms.web.templating import render

log = logging.getLogger("crisiscomms.web")
Handler = Callable[[Request, Exception], Awaitable[Response]]
AnyHandler = Callable[[Request, Any], Response | Awaitable[Response]]
TITLES = {
    400: "That did not work",
    403: "Not allowed",
    404: "Not found",
    405: "Not allowed",
    409: "Already changed",
    413: "Too large",
    422: "Please check the form",
    429: "Too many tries",
    500: "Something went wrong",
}


def mark_page(request: Request) -> None:
    """Router dependency: errors of this request render as pages."""
    request.state.is_page = True


def _is_page(request: Request, exc: Exception) -> bool:
    if getattr(request.state, "is_page", False):
        return True
    # Unknown paths asked for by a browser get the page too, outside the API.
    return (
        isinstance(exc, StarletteHTTPException)
        and exc.status_code in (404, 405)
        and "text/html" in request.headers.get("accept", "")
        and not request.url.path.startswith(("/api/", "/docs", "/redoc"))
    )


def error_page(request: Request, status: int, message: str) -> Response:
    """The error page: what went wrong and a way back; never a stack trace."""
    response = render(
        request,
        "error.html",
        {
            "status": status,
            "title": TITLES.get(status, "That did not work"),
            "message": message,
            "request_id": request_id_var.get(),
        },
        status_code=status,
    )
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def _message(exc: Exception) -> tuple[int, str]:
    if isinstance(exc, CrisisCommsError):
        return exc.status, exc.message
    if isinstance(exc, StarletteHTTPException):
        detail = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"There is no page at {request_path_hint(exc)}."
        return exc.status_code, detail
    if isinstance(exc, RequestValidationError):
        parts = [
            f"{'.'.join(str(p) for p in err.get('loc', ()))}: {err.get('msg', '')}"
            for err in exc.errors()[:3]
        ]
        return 422, "The address is not valid: " + "; ".join(parts)
    return 500, "An unexpected error occurred; it has been logged."


def request_path_hint(_exc: Exception) -> str:
    """A neutral description of a missing page (the path is shown by the browser anyway)."""
    return "this address"


def _wrap(original: AnyHandler | None) -> Handler:
    async def handle(request: Request, exc: Exception) -> Response:
        if isinstance(exc, LoginRequired):
            return RedirectResponse(exc.location(), status_code=303)
        if isinstance(exc, PageRedirect):
            return RedirectResponse(exc.location, status_code=303)
        if _is_page(request, exc) or original is None:
            status, message = _message(exc)
            if status >= 500:
                log.exception("unhandled error on a page", exc_info=exc)
            return error_page(request, status, message)
        answer = original(request, exc)
        return await answer if inspect.isawaitable(answer) else answer

    return handle


def install_page_errors(app: FastAPI) -> None:
    """Wrap the app's error handlers so that page requests get HTML."""
    kinds: list[Any] = [
        CrisisCommsError,
        RequestValidationError,
        StarletteHTTPException,
        Exception,
    ]
    for kind in kinds:
        app.add_exception_handler(kind, _wrap(app.exception_handlers.get(kind)))
    app.add_exception_handler(LoginRequired, _wrap(None))
    app.add_exception_handler(PageRedirect, _wrap(None))
