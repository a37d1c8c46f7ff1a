"""User accounts, for administrators."""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import APIRouter

from crisiscomms.accounts import service as account_service
from crisiscomms.accounts.models import User
from crisiscomms.accounts.schemas import UserCreate, UserPublic, UserUpdate
from crisiscomms.db import utc_now
from crisiscomms.deps import AdminDep, PathId, SessionDep

router = APIRouter(
    prefix="/users",
    tags=["users"],
    responses={
        401: {"description": "Not signed in and no API key"},
        403: {"description": "Not an admin, or a missing CSRF token"},
    },
)


@router.get("", response_model=list[UserPublic])
def list_users(_admin: AdminDep, session: SessionDep) -> Sequence[User]:
    """Every user, oldest first."""
    return account_service.list_users(session)


@router.post(
    "", status_code=201, response_model=UserPublic, responses={409: {"description": "Email taken"}}
)
def create_user(admin: AdminDep, body: UserCreate, session: SessionDep) -> User:
    """Create a user; an email already in use is a 409."""
    return account_service.create_user(
        session,
        email=body.email,
        name=body.name,
        role=body.role,
        password=body.password,
        must_change_password=body.must_change_password,
        actor=admin,
        now=utc_now(),
    )


@router.get(
    "/{user_id}", response_model=UserPublic, responses={404: {"description": "No such user"}}
)
def read_user(_admin: AdminDep, user_id: PathId, session: SessionDep) -> User:
    """One user."""
    return account_service.get_user(session, user_id)


@router.patch(
    "/{user_id}",
    response_model=UserPublic,
    responses={404: {"description": "No such user"}, 409: {"description": "The last admin"}},
)
def update_user(admin: AdminDep, user_id: PathId, body: UserUpdate, session: SessionDep) -> User:
    """Rename, change the role of, or (de)activate a user; the last active admin stays one."""
    return account_service.update_user(
        session, user_id, actor=admin, now=utc_now(), **body.model_dump(exclude_unset=True)
    )
