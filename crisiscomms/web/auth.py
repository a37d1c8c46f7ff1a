"""Signing in and out on the staff pages, and changing one's own password."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from crisiscomms.accounts import service as account_service
from crisiscomms.config import Settings
from crisiscomms.db import utc_now
from crisiscomms.deps import SessionDep, SettingsDep, client_ip
from crisiscomms.errors import CrisisCommsError, TooManyRequests
from crisiscomms.web.deps import PagePrincipal, safe_next
from crisiscomms.web.forms import (
    CheckedForm,
    login_cookie_name,
    new_login_token,
    text,
    tokens_match,
)
from crisiscomms.web.templating import render

router = APIRouter()


def _login_page(
    request: Request,
    settings: Settings,
    *,
    next_path: str,
    email: str = "",
    error: str = "",
    notice: str = "",
    status_code: int = 200,
) -> Response:
    token = new_login_token()
    response = render(
        request,
        "login.html",
        {
            "login_token": token,
            "next": next_path,
            "email": email,
            "error": error,
            "notice": notice,
        },
        status_code=status_code,
    )
    response.set_cookie(
        login_cookie_name(settings),
        token,
        path="/",
        secure=settings.cookie_secure,
        httponly=True,
        samesite="strict",
        max_age=3600,
    )
    return response


@router.get("/login")
def read_login(
    request: Request, settings: SettingsDep, next: str = "/", reason: str = ""
) -> Response:
    """The sign-in form."""
    notice = "Your session has ended; sign in again to continue." if reason == "expired" else ""
    return _login_page(request, settings, next_path=safe_next(next), notice=notice)


@router.post("/login")
async def login_user(request: Request, session: SessionDep, settings: SettingsDep) -> Response:
    """Check the credentials, open a session and go back to where the user was going."""
    form = await request.form(max_fields=10)
    email = text(form, "email")[:254]
    next_path = safe_next(text(form, "next"))
    sent = text(form, "login_token")
    if not tokens_match(sent, request.cookies.get(login_cookie_name(settings), "")):
        return _login_page(
            request,
            settings,
            next_path=next_path,
            email=email,
            error="The sign-in form expired (or cookies are blocked); please try again.",
            status_code=403,
        )
    try:
        _web_session, token = account_service.login(
            session,
            email=email,
            password=text(form, "password", strip=False),
            ip=client_ip(request),
            user_agent=request.headers.get("user-agent"),
            settings=settings,
            now=utc_now(),
        )
    except CrisisCommsError as exc:
        session.commit()  # keep the failed try: the throttle counts it
        return _login_page(
            request,
            settings,
            next_path=next_path,
            email=email,
            error=exc.message,
            status_code=429 if isinstance(exc, TooManyRequests) else 401,
        )
    response = RedirectResponse(next_path, status_code=303)
    response.set_cookie(
        settings.session_cookie_name,
        token,
        path="/",
        secure=settings.cookie_secure,
        httponly=True,
        samesite="lax",
    )
    response.delete_cookie(login_cookie_name(settings), path="/", secure=settings.cookie_secure)
    return response


@router.post("/logout")
def logout_user(
    principal: PagePrincipal,
    _form: CheckedForm,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
) -> Response:
    """End this session and return to the sign-in page."""
    token = request.cookies.get(settings.session_cookie_name)
    if token:
        account_service.logout(session, token, actor=principal, now=utc_now())
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(
        settings.session_cookie_name,
        path="/",
        secure=settings.cookie_secure,
        httponly=True,
        samesite="lax",
    )
    return response


@router.get("/account/password")
def read_password_form(request: Request, principal: PagePrincipal) -> Response:
    """Change your own password (required first for a one-time password)."""
    return render(
        request, "account/password.html", {"errors": {}, "forced": principal.must_change_password}
    )


@router.post("/account/password")
def change_password(
    request: Request, principal: PagePrincipal, form: CheckedForm, session: SessionDep
) -> Response:
    """Set a new password; other sessions of the user end."""
    try:
        account_service.change_own_password(
            session,
            principal.user_id or 0,
            current_password=text(form, "current_password", strip=False),
            new_password=text(form, "new_password", strip=False),
            now=utc_now(),
            keep_session_id=principal.session_id,
        )
    except CrisisCommsError as exc:
        errors = {str(d.get("location", "")): str(d.get("message", "")) for d in exc.details} or {
            "new_password": exc.message
        }
        return render(
            request,
            "account/password.html",
            {"errors": errors, "forced": principal.must_change_password},
            status_code=exc.status,
        )
    return RedirectResponse("/", status_code=303)
