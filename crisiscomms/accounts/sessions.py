"""Signing in and web sessions.

Invariants: the cookie token is never stored, only its SHA-256 digest; every sign-in
try is recorded; more than `login_max_failures` recent failures for an email or an IP
refuse further tries, right password or not, until the window has passed; an unknown
email and a wrong password give the same answer and take as long (a dummy hash is
verified); sessions slide by `session_idle_minutes`, refreshed at most once a minute,
and end for good `session_max_hours` after sign-in, however active.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlmodel import Session, col, delete, func, select

from crisiscomms.accounts import passwords
from crisiscomms.accounts.models import LoginAttempt, User, WebSession
from crisiscomms.audit import service as audit_service
from crisiscomms.config import Settings
from crisiscomms.db import before_first_write, commit_touch
from crisiscomms.errors import TooManyRequests, Unauthorized
from crisiscomms.principal import Principal

log = logging.getLogger("crisiscomms.accounts")

BAD_CREDENTIALS = "email or password is incorrect"
REFRESH_EVERY = timedelta(minutes=1)
ATTEMPTS_KEPT = timedelta(days=1)


def token_digest(token: str) -> str:
    """The SHA-256 hex digest under which a token is stored."""
    return hashlib.sha256(token.encode()).hexdigest()


def user_principal(user: User, session_id: int | None = None) -> Principal:
    """The principal a signed-in user acts as."""
    return Principal(
        kind="user",
        id=user.id,
        label=user.email,
        role=user.role,
        user_id=user.id,
        session_id=session_id,
        must_change_password=user.must_change_password,
    )


def _recent_failures(
    session: Session, *, email: str | None, ip: str | None, since: datetime
) -> Sequence[datetime]:
    query = select(LoginAttempt.at).where(
        col(LoginAttempt.at) > since, col(LoginAttempt.success).is_(False)
    )
    if email is not None:
        query = query.where(LoginAttempt.email == email)
    if ip is not None:
        query = query.where(LoginAttempt.ip == ip)
    return session.exec(query.order_by(col(LoginAttempt.at))).all()


def _blocked_until(
    session: Session, *, email: str, ip: str | None, settings: Settings, now: datetime
) -> datetime | None:
    """When the next try will be allowed, or None if it is allowed now."""
    window = timedelta(minutes=settings.login_window_minutes)
    # A success for this email forgives the failures before it; an IP's count never resets.
    last_success = session.exec(
        select(func.max(LoginAttempt.at)).where(
            LoginAttempt.email == email, col(LoginAttempt.success).is_(True)
        )
    ).one()
    since = max(now - window, last_success) if last_success is not None else now - window
    # An address gets a higher limit than an email: a whole office may share one address.
    counts = [
        (_recent_failures(session, email=email, ip=None, since=since), settings.login_max_failures)
    ]
    if ip is not None:
        counts.append(
            (
                _recent_failures(session, email=None, ip=ip, since=now - window),
                settings.login_max_failures_per_ip,
            )
        )
    # The block lifts once the oldest failure that keeps the count at the limit leaves the window.
    untils = [times[len(times) - limit] + window for times, limit in counts if len(times) >= limit]
    return max(untils) if untils else None


def _throttled(until: datetime, now: datetime) -> TooManyRequests:
    seconds = max(1, int((until - now).total_seconds()) + 1)
    at = until.replace(microsecond=0).isoformat().replace("+00:00", "Z")
    message = (
        f"too many failed sign-in attempts; try again after {at} "
        f"(in about {-(-seconds // 60)} minute(s))"
    )
    return TooManyRequests(
        message,
        details=[
            {
                "location": "email",
                "message": message,
                "type": "throttled",
                "retry_at": at,
                "retry_after_seconds": seconds,
            }
        ],
    )


def login(
    session: Session,
    *,
    email: str,
    password: str,
    ip: str | None,
    user_agent: str | None,
    settings: Settings,
    now: datetime,
) -> tuple[WebSession, str]:
    """Check the credentials and open a web session; returns it and its cookie token.

    Failed tries are flushed before the error is raised: the caller must commit them.
    """
    email = email.strip().lower()[:254]
    ip = ip[:64] if ip else None
    until = _blocked_until(session, email=email, ip=ip, settings=settings, now=now)
    if until is not None:
        session.add(LoginAttempt(email=email, ip=ip, at=now, success=False))
        session.flush()
        log.warning("sign-in refused (throttled) for %s from %s", email, ip)
        raise _throttled(until, now)

    user = session.exec(select(User).where(User.email == email)).first()
    if user is None:
        passwords.verify_password(passwords.dummy_hash(), password)
        ok = False
    else:
        ok = passwords.verify_password(user.password_hash, password) and user.active
    session.add(LoginAttempt(email=email, ip=ip, at=now, success=ok))
    if not ok or user is None:
        session.flush()
        log.warning("failed sign-in for %s from %s", email, ip)
        raise Unauthorized(BAD_CREDENTIALS)

    if passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.hash_password(password)
    user.last_login_at = now
    token = secrets.token_urlsafe(32)
    web_session = WebSession(
        token_digest=token_digest(token),
        user_id=user.id,  # type: ignore[arg-type]  # a stored user has an id
        csrf_token=secrets.token_urlsafe(32),
        created_at=now,
        last_seen_at=now,
        expires_at=_expiry(now, now, settings),
        ip=ip,
        user_agent=user_agent[:300] if user_agent else None,
    )
    session.add(user)
    session.add(web_session)
    session.flush()
    audit_service.record(
        session,
        actor=user_principal(user, web_session.id),
        action="auth.login",
        target_type="user",
        target_id=user.id,
        now=now,
        after={"session_id": web_session.id, "ip": ip},
        ip=ip,
    )
    return web_session, token


def _expiry(created_at: datetime, now: datetime, settings: Settings) -> datetime:
    """Idle expiry from now, never past the absolute lifetime from sign-in."""
    return min(
        now + timedelta(minutes=settings.session_idle_minutes),
        created_at + timedelta(hours=settings.session_max_hours),
    )


def logout(
    session: Session, token: str, *, actor: Principal | None = None, now: datetime | None = None
) -> None:
    """End the web session behind `token`; unknown tokens are ignored."""
    ended = session.exec(
        delete(WebSession).where(col(WebSession.token_digest) == token_digest(token))
    ).rowcount
    session.flush()
    if ended and actor is not None and now is not None:
        audit_service.record(
            session,
            actor=actor,
            action="auth.logout",
            target_type="user",
            target_id=actor.user_id,
            now=now,
            after={"session_id": actor.session_id},
        )


def authenticate_session(
    session: Session, token: str, *, settings: Settings, now: datetime
) -> tuple[Principal, WebSession]:
    """The principal behind a session cookie, sliding the session's expiry."""
    web_session = session.exec(
        select(WebSession).where(WebSession.token_digest == token_digest(token))
    ).first()
    if web_session is None:
        raise Unauthorized("not signed in, or the session has ended; sign in again")
    if web_session.expires_at <= now:
        raise Unauthorized("the session has expired; sign in again")
    user = session.get(User, web_session.user_id)
    if user is None or not user.active:
        raise Unauthorized("this account is deactivated")
    if now - web_session.last_seen_at >= REFRESH_EVERY:
        began = before_first_write(session)
        web_session.last_seen_at = now
        web_session.expires_at = _expiry(web_session.created_at, now, settings)
        session.add(web_session)
        session.flush()
        commit_touch(session, began)
    return user_principal(user, web_session.id), web_session


def end_user_sessions(session: Session, user_id: int, *, keep_id: int | None = None) -> int:
    """Delete a user's web sessions, except `keep_id`; returns how many."""
    statement = delete(WebSession).where(col(WebSession.user_id) == user_id)
    if keep_id is not None:
        statement = statement.where(col(WebSession.id) != keep_id)
    count = session.exec(statement).rowcount
    session.flush()
    return int(count)


def purge_expired(session: Session, now: datetime) -> int:
    """Delete expired web sessions and sign-in tries older than a day; returns how many."""
    sessions = session.exec(delete(WebSession).where(col(WebSession.expires_at) <= now)).rowcount
    attempts = session.exec(
        delete(LoginAttempt).where(col(LoginAttempt.at) < now - ATTEMPTS_KEPT)
    ).rowcount
    session.flush()
    return int(sessions) + int(attempts)
