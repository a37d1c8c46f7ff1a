"""API shapes for accounts. Public shapes never carry a password hash, a token digest
or a session token; ApiKeyCreated is the one shape that carries an API key's token."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from crisiscomms.principal import Role
from crisiscomms.textrules import Absent, refuse_nulls


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


class UserCreate(_Request):
    """A new user, created by an administrator."""

    email: str = Field(max_length=254)
    name: str = Field(max_length=200)
    role: Role = Role.VIEWER
    password: str = Field(max_length=1024, description="at least 12 and at most 256 characters")
    must_change_password: bool = Field(
        default=True, description="ask the user to choose their own password at first sign-in"
    )


class UserUpdate(_Request):
    """Changes to a user; fields left out stay as they are."""

    name: Annotated[str, Field(max_length=200)] | Absent = None
    role: Role | Absent = None
    active: bool | Absent = None

    _present = refuse_nulls("name", "role", "active")


class UserPublic(BaseModel):
    """A user as the API shows it."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    name: str
    role: Role
    active: bool
    must_change_password: bool
    created_at: datetime
    last_login_at: datetime | None


class PrincipalPublic(BaseModel):
    """Who the caller is: a signed-in user (with their account) or an API key."""

    kind: Literal["user", "api_key", "system"]
    id: int | None
    label: str
    role: Role
    user: UserPublic | None = None


class ApiKeyCreate(_Request):
    """A new API key; its role may not exceed the creator's."""

    name: str = Field(max_length=200)
    role: Role = Role.VIEWER
    expires_at: datetime | None = Field(
        default=None, description="timezone-aware, in the future; omit for a key that never expires"
    )


class ApiKeyPublic(BaseModel):
    """An API key as the API shows it: never its token or digest."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    prefix: str = Field(description="the token's first characters, to recognise it")
    role: Role
    created_by_id: int | None
    created_at: datetime
    expires_at: datetime | None
    last_used_at: datetime | None
    revoked_at: datetime | None


class ApiKeyCreated(ApiKeyPublic):
    """A key just created, with its token: shown this once, never again."""

    token: str


class LoginRequest(_Request):
    """Email and password."""

    email: str = Field(max_length=254)
    password: str = Field(max_length=1024)


class LoginResponse(BaseModel):
    """The signed-in user and the CSRF token to send as X-CSRF-Token on changes."""

    user: UserPublic
    csrf_token: str
    expires_at: datetime


class PasswordChange(_Request):
    """The current password and the new one."""

    current_password: str = Field(max_length=1024)
    new_password: str = Field(max_length=1024)
