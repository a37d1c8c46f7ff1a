"""API keys, for administrators: the token is shown once, at creation."""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import APIRouter

from crisiscomms.accounts import service as account_service
from crisiscomms.accounts.models import ApiKey
from crisiscomms.accounts.schemas import ApiKeyCreate, ApiKeyCreated, ApiKeyPublic
from crisiscomms.db import utc_now
from crisiscomms.deps import AdminDep, PathId, SessionDep

router = APIRouter(
    prefix="/api-keys",
    tags=["api-keys"],
    responses={
        401: {"description": "Not signed in and no API key"},
        403: {"description": "Not an admin, or a missing CSRF token"},
    },
)


@router.get("", response_model=list[ApiKeyPublic])
def list_api_keys(_admin: AdminDep, session: SessionDep) -> Sequence[ApiKey]:
    """Every key, revoked and expired ones included; never their tokens."""
    return account_service.list_api_keys(session)


@router.post("", status_code=201)
def create_api_key(admin: AdminDep, body: ApiKeyCreate, session: SessionDep) -> ApiKeyCreated:
    """Create a key; the response holds its token, which is never shown again."""
    key, token = account_service.create_api_key(
        session,
        name=body.name,
        role=body.role,
        expires_at=body.expires_at,
        actor=admin,
        now=utc_now(),
    )
    return ApiKeyCreated(**account_service.api_key_public(key), token=token)


@router.delete(
    "/{api_key_id}", response_model=ApiKeyPublic, responses={404: {"description": "No such key"}}
)
def revoke_api_key(admin: AdminDep, api_key_id: PathId, session: SessionDep) -> ApiKey:
    """Revoke a key: it stops working at once; revoking again changes nothing."""
    return account_service.revoke_api_key(session, api_key_id, actor=admin, now=utc_now())
