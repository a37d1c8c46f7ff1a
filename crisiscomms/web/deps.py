"""Page auth: the signed-in user from the session cookie, or a redirect to the login page.

Unlike the API (401 with a JSON body), a page sends the browser to `/login?next=<path>`
and, after sign-in, back where it was. Only same-site relative paths are accepted as
`next`, so the login page cannot be used to send someone elsewhere.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode, urlsplit

from fastapi import Depends, Request

from crisiscomms.accounts import service as account_service
from crisiscomms.db import utc_now
from crisiscomms.deps import SessionDep, SettingsDep, require
from crisiscomms.errors import Unauthorized
from crisiscomms.principal import Principal, Role

PASSWORD_PAGE = "/account/password"


class LoginRequired(Exception):
    """Raised by page dependencies; answered with a 303 to the login page."""

    def __init__(self, next_path: str, *, reason: str = "") -> None:
        super().__init__(next_path)
        self.next_path = next_path
        self.reason = reason

    def location(self) -> str:
        """The login URL that returns to `next_path`."""
        query = {"next": self.next_path} if self.next_path != "/" else {}
        if self.reason:
            query["reason"] = self.reason
        return "/login" + (f"?{urlencode(query)}" if query else "")


class PageRedirect(Exception):
    """Raised by page dependencies that send the browser somewhere else (303)."""

    def __init__(self, location: str) -> None:
        super().__init__(location)
        self.location = location


def safe_next(value: str | None) -> str:
    """`value` if it is a path on this site, else "/" (no scheme, host or `//` tricks)."""
    if not value or len(value) > 2000 or not value.isprintable():
        return "/"
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or not value.startswith("/") or value.startswith("//"):
        return "/"
    if "\\" in value or value.startswith(("/login", "/logout")):
        return "/"
    return value


def _return_path(request: Request) -> str:
    """Where to come back to after signing in: this page, or for a form post the page it
    was posted from (the post itself is not replayed)."""
    if request.method == "GET":
        query = request.url.query
        return safe_next(request.url.path + (f"?{query}" if query else ""))
    referer = request.headers.get("referer", "")
    parts = urlsplit(referer)
    if parts.netloc and parts.netloc != request.url.netloc:
        return "/"
    return safe_next(parts.path + (f"?{parts.query}" if parts.query else ""))


def get_page_principal(request: Request, session: SessionDep, settings: SettingsDep) -> Principal:
    """The signed-in user; signed out or expired → LoginRequired."""
    cookie = request.cookies.get(settings.session_cookie_name)
    if not cookie:
        raise LoginRequired(_return_path(request))
    try:
        principal, web_session = account_service.authenticate_session(
            session, cookie, settings=settings, now=utc_now()
        )
    except Unauthorized:
        raise LoginRequired(_return_path(request), reason="expired") from None
    request.state.page_user = principal
    request.state.csrf_token = web_session.csrf_token
    if principal.must_change_password and request.url.path != PASSWORD_PAGE:
        raise PageRedirect(PASSWORD_PAGE)
    return principal


PagePrincipal = Annotated[Principal, Depends(get_page_principal)]


PageViewer = Annotated[Principal, Depends(require(Role.VIEWER, get_page_principal))]
PageComms = Annotated[Principal, Depends(require(Role.COMMS, get_page_principal))]
PageApprover = Annotated[Principal, Depends(require(Role.APPROVER, get_page_principal))]
PageCommander = Annotated[Principal, Depends(require(Role.COMMANDER, get_page_principal))]
PageAdmin = Annotated[Principal, Depends(require(Role.ADMIN, get_page_principal))]
