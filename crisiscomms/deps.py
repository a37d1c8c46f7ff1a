"""FastAPI dependencies shared by the API and the pages: the session, loaders and auth."""

from __future__ import annotations

import hmac
from collections.abc import Callable, Iterator
from typing import Annotated, Any, TypeVar

from fastapi import Depends, HTTPException, Path, Query, Request, Response
from sqlmodel import Session

from crisiscomms.accounts import service as account_service
from crisiscomms.config import Settings
from crisiscomms.db import begin_writes, utc_now
from crisiscomms.dbtypes import MAX_ID
from crisiscomms.errors import Forbidden, Unauthorized
from crisiscomms.principal import Principal, Role

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

PathId = Annotated[int, Path(ge=1, le=MAX_ID)]
"""Every integer in a path (ids, revision and version numbers): bounded here, in one place,
to what the INTEGER column holds, so a larger one is a 422 naming the parameter, never a
database overflow."""
QueryId = Annotated[int | None, Query(ge=1, le=MAX_ID)]
"""An optional id or number in a query string."""


def get_settings_dep(request: Request) -> Settings:
    """The settings the app was created with."""
    settings: Settings = request.app.state.settings
    return settings


Endpoint = TypeVar("Endpoint", bound=Callable[..., Any])


def reader_first(endpoint: Endpoint) -> Endpoint:
    """Mark a write route whose costly work (the transparency check of an editor save)
    comes before its writes: its unit of work starts as a reader, and the writes take the
    write lock only when they start (`db.before_first_write`). On SQLite the one write lock
    is then not held while the check runs; on PostgreSQL nothing changes. Every dependency
    of the request shares the one session, so none of them holds the lock either."""
    endpoint.reader_first = True  # type: ignore[attr-defined]
    return endpoint


def get_session(request: Request) -> Iterator[Session]:
    """One unit of work per request: commit when the handler returns, roll back on error.
    A write request begins as a writer (`db.begin_writes`), unless its route is
    `reader_first`."""
    factory: Callable[[], Session] = request.app.state.session_factory
    session = factory()
    endpoint = request.scope.get("endpoint")
    if request.method in UNSAFE_METHODS and not getattr(endpoint, "reader_first", False):
        begin_writes(session)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


SessionDep = Annotated[Session, Depends(get_session, scope="function")]
SettingsDep = Annotated[Settings, Depends(get_settings_dep)]


CSRF_HEADER = "X-CSRF-Token"
PASSWORD_CHANGE_PATHS = frozenset(
    {"/api/v1/auth/password", "/api/v1/auth/me", "/api/v1/auth/logout"}
)


def client_ip(request: Request) -> str | None:
    """The peer address (behind a proxy, run uvicorn with --proxy-headers to make it the client)."""
    return request.client.host[:64] if request.client else None


def _clear_cookie_header(settings: Settings) -> str:
    response = Response()
    response.delete_cookie(
        settings.session_cookie_name,
        path="/",
        secure=settings.cookie_secure,
        httponly=True,
        samesite="lax",
    )
    return response.headers["set-cookie"]


def _unauthorized(message: str, *, clear_cookie: Settings | None = None) -> HTTPException:
    headers = {"WWW-Authenticate": "Bearer"}
    if clear_cookie is not None:
        headers["Set-Cookie"] = _clear_cookie_header(clear_cookie)
    return HTTPException(status_code=401, detail=message, headers=headers)


def get_principal(request: Request, session: SessionDep, settings: SettingsDep) -> Principal:
    """The caller: a bearer API key, else the session cookie (with CSRF on changes)."""
    now = utc_now()
    authorization = request.headers.get("authorization")
    if authorization:
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise _unauthorized("unsupported Authorization header; use 'Bearer <api key>'")
        try:
            return account_service.authenticate_api_key(session, token.strip(), now=now)
        except Unauthorized as exc:
            raise _unauthorized(exc.message) from None
    cookie = request.cookies.get(settings.session_cookie_name)
    if not cookie:
        raise _unauthorized("authentication required: send an API key or sign in")
    try:
        principal, web_session = account_service.authenticate_session(
            session, cookie, settings=settings, now=now
        )
    except Unauthorized as exc:
        raise _unauthorized(exc.message, clear_cookie=settings) from None
    if request.method in UNSAFE_METHODS:
        sent = request.headers.get(CSRF_HEADER, "")
        if not hmac.compare_digest(sent.encode(), web_session.csrf_token.encode()):
            raise Forbidden(f"missing or invalid CSRF token: send the {CSRF_HEADER} header")
    request.state.web_session = web_session
    if principal.must_change_password and request.url.path not in PASSWORD_CHANGE_PATHS:
        raise Forbidden(
            "this account has a one-time password: change it first with POST /api/v1/auth/password"
        )
    return principal


CurrentPrincipal = Annotated[Principal, Depends(get_principal)]


def require(
    role: Role, source: Callable[..., Principal] = get_principal
) -> Callable[[Principal], Principal]:
    """A dependency that lets through callers (from `source`) holding at least `role`."""

    # A default `Depends(source)` rather than an Annotated alias: `source` varies per call.
    def check_role(principal: Principal = Depends(source)) -> Principal:  # noqa: B008
        if not principal.has(role):
            raise Forbidden(f"this needs the {role} role; you have {principal.role}")
        return principal

    check_role.__name__ = f"require_{role}"
    return check_role


ViewerDep = Annotated[Principal, Depends(require(Role.VIEWER))]
CommsDep = Annotated[Principal, Depends(require(Role.COMMS))]
ApproverDep = Annotated[Principal, Depends(require(Role.APPROVER))]
CommanderDep = Annotated[Principal, Depends(require(Role.COMMANDER))]
AdminDep = Annotated[Principal, Depends(require(Role.ADMIN))]
