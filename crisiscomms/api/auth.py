"""Signing in and out, and who am I."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from crisiscomms.accounts import service as account_service
from crisiscomms.accounts.schemas import (
    LoginRequest,
    LoginResponse,
    PasswordChange,
    PrincipalPublic,
    UserPublic,
)
from crisiscomms.db import utc_now
from crisiscomms.deps import SessionDep, SettingsDep, ViewerDep, client_ip
from crisiscomms.errors import CrisisCommsError, Forbidden

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/login",
    responses={401: {"description": "Wrong email or password"}, 429: {"description": "Throttled"}},
)
def login_user(
    body: LoginRequest,
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
) -> LoginResponse:
    """Sign in with email and password; sets the session cookie and returns the CSRF token."""
    try:
        web_session, token = account_service.login(
            session,
            email=body.email,
            password=body.password,
            ip=client_ip(request),
            user_agent=request.headers.get("user-agent"),
            settings=settings,
            now=utc_now(),
        )
    except CrisisCommsError:
        session.commit()  # keep the failed try: the throttle counts it
        raise
    response.set_cookie(
        settings.session_cookie_name,
        token,
        path="/",
        secure=settings.cookie_secure,
        httponly=True,
        samesite="lax",
    )
    user = account_service.get_user(session, web_session.user_id)
    return LoginResponse(
        user=UserPublic.model_validate(user),
        csrf_token=web_session.csrf_token,
        expires_at=web_session.expires_at,
    )


@router.post(
    "/logout",
    status_code=204,
    responses={401: {"description": "Not signed in"}, 403: {"description": "Missing CSRF token"}},
)
def logout_user(
    principal: ViewerDep,
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
) -> None:
    """Sign out: end this web session and clear its cookie (API keys have nothing to end)."""
    token = request.cookies.get(settings.session_cookie_name)
    if token:
        account_service.logout(session, token, actor=principal, now=utc_now())
    response.delete_cookie(
        settings.session_cookie_name,
        path="/",
        secure=settings.cookie_secure,
        httponly=True,
        samesite="lax",
    )


@router.get("/me", responses={401: {"description": "Not signed in and no API key"}})
def read_me(principal: ViewerDep, session: SessionDep) -> PrincipalPublic:
    """Who the caller is: the signed-in user, or the API key's name and role."""
    user = None
    if principal.kind == "user" and principal.user_id is not None:
        user = account_service.get_user(session, principal.user_id)
    return PrincipalPublic(
        kind=principal.kind,
        id=principal.id,
        label=principal.label,
        role=principal.role,
        user=UserPublic.model_validate(user) if user is not None else None,
    )


@router.post(
    "/password",
    status_code=204,
    responses={
        401: {"description": "Not signed in"},
        403: {"description": "Missing CSRF token, or an API key"},
    },
)
def change_password(principal: ViewerDep, body: PasswordChange, session: SessionDep) -> None:
    """Change your own password; your other sessions are signed out."""
    if principal.kind != "user" or principal.user_id is None:
        raise Forbidden("only a signed-in user can change their password; API keys have none")
    account_service.change_own_password(
        session,
        principal.user_id,
        current_password=body.current_password,
        new_password=body.new_password,
        now=utc_now(),
        keep_session_id=principal.session_id,
    )
