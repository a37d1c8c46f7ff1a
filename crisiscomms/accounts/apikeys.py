"""API keys for machines.

Invariants: a token is "cck_" plus 256 random bits, returned once at creation and never
stored: the table keeps its SHA-256 digest and its first 12 characters; a key's role
never exceeds its creator's; revoked and expired keys authenticate nothing; last use is
written at most once a minute.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from crisiscomms.accounts.models import ApiKey
from crisiscomms.accounts.schemas import ApiKeyPublic
from crisiscomms.accounts.sessions import token_digest
from crisiscomms.audit import service as audit_service
from crisiscomms.db import before_first_write, commit_touch
from crisiscomms.errors import Forbidden, NotFound, Unauthorized, ValidationFailed
from crisiscomms.principal import Principal, Role

TOKEN_PREFIX = "cck_"
PREFIX_LENGTH = 12
MAX_TOKEN_LENGTH = 128
TOUCH_EVERY = timedelta(minutes=1)


def api_key_public(key: ApiKey) -> dict[str, Any]:
    """The key as the audit log and the API show it: no token, no digest."""
    return ApiKeyPublic.model_validate(key).model_dump(mode="json")


def _invalid(field: str, message: str) -> ValidationFailed:
    return ValidationFailed(
        message, details=[{"location": field, "message": message, "type": "value_error"}]
    )


def create_api_key(
    session: Session,
    *,
    name: str,
    role: Role,
    actor: Principal,
    now: datetime,
    expires_at: datetime | None = None,
) -> tuple[ApiKey, str]:
    """Create a key; returns it and its token, which is never available again."""
    name = name.strip()
    if not name or len(name) > 200:
        raise _invalid("name", "name must be between 1 and 200 characters")
    if not actor.has(role):
        raise Forbidden(f"you hold the {actor.role} role and cannot create a key with {role}")
    if expires_at is not None:
        if expires_at.tzinfo is None:
            raise _invalid(
                "expires_at", "expires_at must include a timezone, e.g. 2030-01-01T00:00Z"
            )
        if expires_at <= now:
            raise _invalid("expires_at", "expires_at must be in the future")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    key = ApiKey(
        name=name,
        prefix=token[:PREFIX_LENGTH],
        digest=token_digest(token),
        role=role,
        created_by_id=actor.user_id,
        created_at=now,
        expires_at=expires_at,
    )
    session.add(key)
    session.flush()
    audit_service.record(
        session,
        actor=actor,
        action="api_key.create",
        target_type="api_key",
        target_id=key.id,
        now=now,
        after=api_key_public(key),
    )
    return key, token


def get_api_key(session: Session, api_key_id: int) -> ApiKey:
    """One key, or NotFound."""
    key = session.get(ApiKey, api_key_id)
    if key is None:
        raise NotFound(f"no API key with id {api_key_id}")
    return key


def revoke_api_key(session: Session, api_key_id: int, *, actor: Principal, now: datetime) -> ApiKey:
    """Revoke a key for good; revoking it again changes nothing."""
    key = get_api_key(session, api_key_id)
    if key.revoked_at is not None:
        return key
    before = api_key_public(key)
    key.revoked_at = now
    session.add(key)
    session.flush()
    audit_service.record(
        session,
        actor=actor,
        action="api_key.revoke",
        target_type="api_key",
        target_id=key.id,
        now=now,
        before=before,
        after=api_key_public(key),
    )
    return key


def list_api_keys(session: Session) -> Sequence[ApiKey]:
    """Every key, revoked and expired ones included, oldest first."""
    return session.exec(select(ApiKey).order_by(col(ApiKey.id))).all()


def authenticate_api_key(session: Session, token: str, *, now: datetime) -> Principal:
    """The principal behind a bearer token."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > MAX_TOKEN_LENGTH:
        raise Unauthorized("invalid API key")
    digest = token_digest(token)
    candidates = session.exec(select(ApiKey).where(ApiKey.prefix == token[:PREFIX_LENGTH])).all()
    key = next((c for c in candidates if hmac.compare_digest(c.digest, digest)), None)
    if key is None:
        raise Unauthorized("invalid API key")
    if key.revoked_at is not None:
        raise Unauthorized("this API key has been revoked")
    if key.expires_at is not None and key.expires_at <= now:
        raise Unauthorized("this API key has expired")
    if key.last_used_at is None or now - key.last_used_at >= TOUCH_EVERY:
        began = before_first_write(session)
        key.last_used_at = now
        session.add(key)
        session.flush()
        commit_touch(session, began)
    return Principal(
        kind="api_key", id=key.id, label=key.name, role=key.role, user_id=key.created_by_id
    )
