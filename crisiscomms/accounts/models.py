"""Account tables: users, API keys, web sessions and login attempts."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from crisiscomms.dbtypes import StrEnumType, UTCDateTime
from crisiscomms.principal import Role


class User(SQLModel, table=True):
    """A person who signs in; the password is stored as an argon2 hash only."""

    __tablename__ = "user"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=254, unique=True, index=True)
    name: str = Field(max_length=200)
    role: Role = Field(sa_type=StrEnumType(Role, 20))
    password_hash: str = Field(max_length=200)
    active: bool = True
    must_change_password: bool = False
    created_at: datetime = Field(sa_type=UTCDateTime)
    last_login_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class ApiKey(SQLModel, table=True):
    """A bearer token for machines; only its SHA-256 digest is stored."""

    __tablename__ = "api_key"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    prefix: str = Field(max_length=16, index=True, description="first characters, to recognise it")
    digest: str = Field(max_length=64, unique=True)
    role: Role = Field(sa_type=StrEnumType(Role, 20))
    created_by_id: int | None = Field(default=None, foreign_key="user.id")
    created_at: datetime = Field(sa_type=UTCDateTime)
    expires_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class WebSession(SQLModel, table=True):
    """A server-side browser session; the cookie holds a token whose digest is the key."""

    __tablename__ = "web_session"

    id: int | None = Field(default=None, primary_key=True)
    token_digest: str = Field(max_length=64, unique=True)
    user_id: int = Field(foreign_key="user.id", index=True)
    csrf_token: str = Field(max_length=64)
    created_at: datetime = Field(sa_type=UTCDateTime)
    last_seen_at: datetime = Field(sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime, index=True)
    ip: str | None = Field(default=None, max_length=64)
    user_agent: str | None = Field(default=None, max_length=300)


class LoginAttempt(SQLModel, table=True):
    """A sign-in try, kept to throttle guessing."""

    __tablename__ = "login_attempt"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=254, index=True)
    ip: str | None = Field(default=None, max_length=64)
    at: datetime = Field(sa_type=UTCDateTime, index=True)
    success: bool
