"""Accounts: users, their passwords, web sessions and API keys.

Invariants: emails are stored lowercase and are unique; passwords are 12 to 256
characters and stored as argon2id hashes only; no hash, token or digest ever enters the
audit log; there is always at least one active administrator once one exists (nobody
can demote or deactivate the last one); a deactivated user has no web sessions.

Sessions and sign-in live in `sessions.py`, API keys in `apikeys.py`, hashing in
`passwords.py`; this module is the one entry point callers import.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from crisiscomms.accounts import passwords
from crisiscomms.accounts.apikeys import (
    api_key_public,
    authenticate_api_key,
    create_api_key,
    get_api_key,
    list_api_keys,
    revoke_api_key,
)
from crisiscomms.accounts.models import User
from crisiscomms.accounts.passwords import hash_password, verify_password
from crisiscomms.accounts.schemas import UserPublic
from crisiscomms.accounts.sessions import (
    authenticate_session,
    end_user_sessions,
    login,
    logout,
    purge_expired,
    user_principal,
)
from crisiscomms.audit import service as audit_service
from crisiscomms.config import Settings
from crisiscomms.errors import Conflict, Forbidden, NotFound, ValidationFailed
from crisiscomms.principal import SYSTEM, Principal, Role

__all__ = [
    "api_key_public",
    "authenticate_api_key",
    "authenticate_session",
    "change_own_password",
    "create_api_key",
    "create_user",
    "ensure_admin",
    "get_api_key",
    "get_user",
    "hash_password",
    "list_api_keys",
    "list_users",
    "login",
    "logout",
    "purge_expired",
    "revoke_api_key",
    "set_password",
    "update_user",
    "user_public",
    "verify_password",
]

# Deliberately simple: one @, no spaces, a domain of plain labels ("admin@localhost" passes).
_LABEL = r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
_EMAIL = re.compile(rf"[^@\s\"<>(),;:\[\]\\]{{1,64}}@{_LABEL}(?:\.{_LABEL})*")


def user_public(user: User) -> dict[str, Any]:
    """The user as the audit log and the API show it: never the password hash."""
    return UserPublic.model_validate(user).model_dump(mode="json")


def _invalid(field: str, message: str) -> ValidationFailed:
    return ValidationFailed(
        message, details=[{"location": field, "message": message, "type": "value_error"}]
    )


def normalise_email(email: str) -> str:
    """The stored form of an email address: trimmed, lowercase, and plausibly valid."""
    email = email.strip().lower()
    if len(email) > 254 or not email.isprintable() or not _EMAIL.fullmatch(email):
        raise _invalid("email", f"not a valid email address: {email[:100]!r}")
    return email


def _clean_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 200:
        raise _invalid("name", "name must be between 1 and 200 characters")
    return name


def _require_admin(actor: Principal) -> None:
    if not actor.has(Role.ADMIN):
        raise Forbidden(f"managing users needs the admin role; you have {actor.role}")


def create_user(
    session: Session,
    *,
    email: str,
    name: str,
    role: Role,
    password: str,
    actor: Principal,
    now: datetime,
    must_change_password: bool = False,
) -> User:
    """Create a user; a taken email is a Conflict."""
    _require_admin(actor)
    email = normalise_email(email)
    name = _clean_name(name)
    passwords.check_policy(password)
    if session.exec(select(User.id).where(User.email == email)).first() is not None:
        raise Conflict(f"a user with email {email} already exists")
    user = User(
        email=email,
        name=name,
        role=role,
        password_hash=hash_password(password),
        must_change_password=must_change_password,
        created_at=now,
    )
    try:
        with session.begin_nested():
            session.add(user)
    except IntegrityError as exc:  # created by a concurrent request since the check above
        raise Conflict(f"a user with email {email} already exists") from exc
    audit_service.record(
        session,
        actor=actor,
        action="user.create",
        target_type="user",
        target_id=user.id,
        now=now,
        after=user_public(user),
    )
    return user


def get_user(session: Session, user_id: int) -> User:
    """One user, or NotFound."""
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(f"no user with id {user_id}")
    return user


def list_users(session: Session) -> Sequence[User]:
    """Every user, oldest first."""
    return session.exec(select(User).order_by(col(User.id))).all()


def _check_not_last_admin(session: Session, user: User) -> None:
    # Lock the active admins (PostgreSQL) so two admins cannot demote each other at once.
    admins = session.exec(
        select(User.id).where(User.role == Role.ADMIN, col(User.active).is_(True)).with_for_update()
    ).all()
    if [admin_id for admin_id in admins if admin_id != user.id] == []:
        raise Conflict(
            f"{user.email} is the last active administrator; make someone else admin first"
        )


def update_user(
    session: Session,
    user_id: int,
    *,
    actor: Principal,
    now: datetime,
    name: str | None = None,
    role: Role | None = None,
    active: bool | None = None,
) -> User:
    """Rename, change the role of, or (de)activate a user; deactivation ends their sessions."""
    _require_admin(actor)
    user = get_user(session, user_id)
    before = user_public(user)
    losing_admin = (role is not None and role != Role.ADMIN) or active is False
    if losing_admin and user.role == Role.ADMIN and user.active:
        _check_not_last_admin(session, user)
    if name is not None:
        user.name = _clean_name(name)
    if role is not None:
        user.role = role
    if active is not None:
        user.active = active
    after = user_public(user)
    if after == before:
        return user
    session.add(user)
    session.flush()
    if not user.active:
        end_user_sessions(session, user_id)
    audit_service.record(
        session,
        actor=actor,
        action="user.update",
        target_type="user",
        target_id=user.id,
        now=now,
        before=before,
        after=after,
    )
    return user


def set_password(
    session: Session, user_id: int, *, password: str, actor: Principal, now: datetime
) -> None:
    """Set a user's password as an administrator; ends their sessions.

    Someone else's new password is temporary: the user is asked to change it.
    """
    _require_admin(actor)
    user = get_user(session, user_id)
    passwords.check_policy(password)
    before = user_public(user)
    user.password_hash = hash_password(password)
    user.must_change_password = actor.user_id != user.id
    session.add(user)
    session.flush()
    end_user_sessions(session, user_id)
    audit_service.record(
        session,
        actor=actor,
        action="user.password_set",
        target_type="user",
        target_id=user.id,
        now=now,
        before=before,
        after=user_public(user),
    )


def change_own_password(
    session: Session,
    user_id: int,
    *,
    current_password: str,
    new_password: str,
    now: datetime,
    keep_session_id: int | None = None,
) -> None:
    """Change one's own password; ends every other session of the user."""
    user = get_user(session, user_id)
    if not verify_password(user.password_hash, current_password):
        raise _invalid("current_password", "the current password is incorrect")
    passwords.check_policy(new_password, field="new_password")
    if new_password == current_password:
        raise _invalid("new_password", "the new password must differ from the current one")
    before = user_public(user)
    user.password_hash = hash_password(new_password)
    user.must_change_password = False
    session.add(user)
    session.flush()
    end_user_sessions(session, user_id, keep_id=keep_session_id)
    audit_service.record(
        session,
        actor=user_principal(user, keep_session_id),
        action="user.password_change",
        target_type="user",
        target_id=user.id,
        now=now,
        before=before,
        after=user_public(user),
    )


def ensure_admin(session: Session, settings: Settings, *, now: datetime) -> tuple[str, str] | None:
    """On a database without users, create the first administrator.

    Uses settings.admin_password when set; otherwise generates a one-time password and
    returns (email, password) so the caller can show it once. Returns None otherwise.
    """
    if session.exec(select(User.id).limit(1)).first() is not None:
        return None
    configured = settings.admin_password.get_secret_value() if settings.admin_password else None
    password = configured or secrets.token_urlsafe(12)
    try:
        create_user(
            session,
            email=settings.admin_email,
            name="Administrator",
            role=Role.ADMIN,
            password=password,
            actor=SYSTEM,
            now=now,
            must_change_password=configured is None,
        )
    except Conflict:  # another process created it first
        return None
    return None if configured else (normalise_email(settings.admin_email), password)
