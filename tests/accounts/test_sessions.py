"""Signing in, throttling, web sessions and their expiry."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlmodel import Session, select

from crisiscomms.accounts import service as account_service
from crisiscomms.accounts.models import LoginAttempt, WebSession
from crisiscomms.accounts.sessions import BAD_CREDENTIALS, token_digest
from crisiscomms.audit.models import AuditEvent
from crisiscomms.config import Settings
from crisiscomms.errors import TooManyRequests, Unauthorized
from crisiscomms.principal import Role
from tests.factories import DEFAULT_PASSWORD, make_user

NOW = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)


def sign_in(
    session: Session,
    settings: Settings,
    email: str,
    password: str = DEFAULT_PASSWORD,
    *,
    ip: str | None = "192.0.2.1",
    now: datetime = NOW,
) -> tuple[WebSession, str]:
    return account_service.login(
        session,
        email=email,
        password=password,
        ip=ip,
        user_agent="pytest",
        settings=settings,
        now=now,
    )


def test_login_opens_a_session_storing_only_the_digest(
    session: Session, settings: Settings
) -> None:
    user = make_user(session, role=Role.APPROVER, email="signer@example.org")
    web_session, token = sign_in(session, settings, "  Signer@Example.ORG ")
    assert len(token) >= 43
    assert web_session.token_digest == token_digest(token) != token
    assert len(web_session.csrf_token) >= 43
    assert web_session.expires_at == NOW + timedelta(minutes=settings.session_idle_minutes)
    assert user.last_login_at == NOW
    attempt = session.exec(select(LoginAttempt).where(LoginAttempt.email == user.email)).one()
    assert attempt.success
    event = session.exec(select(AuditEvent).where(AuditEvent.action == "auth.login")).one()
    assert event.actor_id == user.id and token not in str(event.after)

    principal, found = account_service.authenticate_session(
        session, token, settings=settings, now=NOW
    )
    assert found.id == web_session.id
    assert (principal.kind, principal.id, principal.role) == ("user", user.id, Role.APPROVER)
    assert (principal.label, principal.user_id, principal.session_id) == (
        user.email,
        user.id,
        web_session.id,
    )


def test_wrong_email_and_wrong_password_look_the_same(session: Session, settings: Settings) -> None:
    user = make_user(session)
    timings = []
    messages = []
    for email, password in [
        (user.email, "wrong password!!"),
        ("nobody@example.org", DEFAULT_PASSWORD),
    ]:
        started = time.perf_counter()
        with pytest.raises(Unauthorized) as caught:
            sign_in(session, settings, email, password)
        timings.append(time.perf_counter() - started)
        messages.append(caught.value.message)
    assert messages == [BAD_CREDENTIALS, BAD_CREDENTIALS]
    # Both paths verify an argon2 hash; neither returns in a fraction of the other's time.
    assert min(timings) > max(timings) / 5
    attempts = session.exec(select(LoginAttempt).where(LoginAttempt.success == False)).all()  # noqa: E712
    assert {a.email for a in attempts} >= {user.email, "nobody@example.org"}


def test_inactive_users_cannot_sign_in(session: Session, settings: Settings) -> None:
    user = make_user(session, active=False)
    with pytest.raises(Unauthorized, match=BAD_CREDENTIALS):
        sign_in(session, settings, user.email)


def test_throttle_refuses_even_the_right_password(session: Session, settings: Settings) -> None:
    user = make_user(session)
    limit = settings.login_max_failures
    for i in range(limit):
        with pytest.raises(Unauthorized):
            sign_in(
                session, settings, user.email, "wrong password!!", now=NOW + timedelta(seconds=i)
            )
    with pytest.raises(TooManyRequests, match="try again after") as caught:
        sign_in(session, settings, user.email, now=NOW + timedelta(seconds=limit))
    assert caught.value.status == 429
    retry_at = NOW + timedelta(minutes=settings.login_window_minutes)
    assert caught.value.details[0]["retry_at"] == retry_at.isoformat().replace("+00:00", "Z")
    # Once the oldest failure has left the window, the right password works again.
    sign_in(session, settings, user.email, now=retry_at + timedelta(seconds=1))


def test_throttle_by_ip_spans_emails(session: Session, settings: Settings) -> None:
    user = make_user(session)
    for i in range(settings.login_max_failures_per_ip):
        with pytest.raises(Unauthorized):
            sign_in(session, settings, f"guess{i}@example.org", ip="198.51.100.7")
    with pytest.raises(TooManyRequests):
        sign_in(session, settings, user.email, ip="198.51.100.7")
    sign_in(session, settings, user.email, ip="198.51.100.8")


def test_an_address_allows_more_failures_than_one_email(
    session: Session, settings: Settings
) -> None:
    """A shared office address is not locked out by a few colleagues' typos."""
    user = make_user(session)
    assert settings.login_max_failures_per_ip > settings.login_max_failures
    for i in range(settings.login_max_failures + 1):
        with pytest.raises(Unauthorized):
            sign_in(session, settings, f"colleague{i}@example.org", ip="198.51.100.9")
    sign_in(session, settings, user.email, ip="198.51.100.9")


def test_sessions_end_at_their_absolute_lifetime(session: Session, settings: Settings) -> None:
    user = make_user(session)
    _web, token = sign_in(session, settings, user.email)
    step = timedelta(minutes=settings.session_idle_minutes - 1)
    at = NOW
    limit = NOW + timedelta(hours=settings.session_max_hours)
    while at + step < limit:
        at += step
        _principal, web = account_service.authenticate_session(
            session, token, settings=settings, now=at
        )
        assert web.expires_at <= limit
    with pytest.raises(Unauthorized, match="expired"):
        account_service.authenticate_session(session, token, settings=settings, now=limit)


def test_a_success_forgives_earlier_failures_of_that_email(
    session: Session, settings: Settings
) -> None:
    user = make_user(session)
    for _ in range(settings.login_max_failures - 1):
        with pytest.raises(Unauthorized):
            sign_in(session, settings, user.email, "wrong password!!", ip=None)
    sign_in(session, settings, user.email, ip=None, now=NOW + timedelta(seconds=1))
    with pytest.raises(Unauthorized):
        sign_in(session, settings, user.email, "wrong password!!", ip=None, now=NOW + timedelta(2))
    sign_in(session, settings, user.email, ip=None, now=NOW + timedelta(seconds=3))


def test_login_rehashes_an_outdated_hash(session: Session, settings: Settings) -> None:
    old = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(DEFAULT_PASSWORD)
    user = make_user(session, password_hash=old)
    sign_in(session, settings, user.email)
    assert user.password_hash != old
    assert account_service.verify_password(user.password_hash, DEFAULT_PASSWORD)


def test_session_slides_at_most_once_a_minute(session: Session, settings: Settings) -> None:
    user = make_user(session)
    web_session, token = sign_in(session, settings, user.email)
    idle = timedelta(minutes=settings.session_idle_minutes)
    account_service.authenticate_session(
        session, token, settings=settings, now=NOW + timedelta(seconds=30)
    )
    assert web_session.expires_at == NOW + idle
    later = NOW + timedelta(minutes=5)
    account_service.authenticate_session(session, token, settings=settings, now=later)
    assert (web_session.last_seen_at, web_session.expires_at) == (later, later + idle)


@pytest.mark.parametrize("token", ["", "unknown-token", "x" * 500])
def test_unknown_session_tokens_are_refused(
    session: Session, settings: Settings, token: str
) -> None:
    with pytest.raises(Unauthorized):
        account_service.authenticate_session(session, token, settings=settings, now=NOW)


def test_expired_sessions_are_refused(session: Session, settings: Settings) -> None:
    user = make_user(session)
    web_session, token = sign_in(session, settings, user.email)
    with pytest.raises(Unauthorized, match="expired"):
        account_service.authenticate_session(
            session, token, settings=settings, now=web_session.expires_at
        )


def test_sessions_of_deactivated_users_are_refused(session: Session, settings: Settings) -> None:
    user = make_user(session)
    _ws, token = sign_in(session, settings, user.email)
    user.active = False
    session.add(user)
    session.flush()
    with pytest.raises(Unauthorized, match="deactivated"):
        account_service.authenticate_session(session, token, settings=settings, now=NOW)


def test_logout_is_audited(session: Session, settings: Settings) -> None:
    user = make_user(session)
    web, token = sign_in(session, settings, user.email)
    principal, _ = account_service.authenticate_session(session, token, settings=settings, now=NOW)
    account_service.logout(session, token, actor=principal, now=NOW)
    events = session.exec(select(AuditEvent).where(AuditEvent.action == "auth.logout")).all()
    assert [(e.target_id, e.after) for e in events] == [(str(user.id), {"session_id": web.id})]


def test_logout_ends_the_session(session: Session, settings: Settings) -> None:
    user = make_user(session)
    _ws, token = sign_in(session, settings, user.email)
    account_service.logout(session, token)
    with pytest.raises(Unauthorized):
        account_service.authenticate_session(session, token, settings=settings, now=NOW)
    account_service.logout(session, token)  # a second time is harmless


def test_purge_expired(session: Session, settings: Settings) -> None:
    user = make_user(session)
    expired, _ = sign_in(session, settings, user.email, now=NOW - timedelta(days=2))
    live, _ = sign_in(session, settings, user.email)
    with pytest.raises(Unauthorized):
        sign_in(session, settings, user.email, "wrong password!!", now=NOW - timedelta(hours=1))
    expired_id, live_id = expired.id, live.id
    purged = account_service.purge_expired(session, NOW)
    assert purged == 2  # the expired session and the sign-in of two days ago
    ids = session.exec(select(WebSession.id).where(WebSession.user_id == user.id)).all()
    assert list(ids) == [live_id] and expired_id not in ids
    attempts = session.exec(select(LoginAttempt).where(LoginAttempt.email == user.email)).all()
    assert len(attempts) == 2
    assert account_service.purge_expired(session, NOW) == 0
