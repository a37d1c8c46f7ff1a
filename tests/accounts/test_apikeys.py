"""API keys: shown once, stored as digests, bounded by the creator's role, revocable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session, select

from crisiscomms.accounts import service as account_service
from crisiscomms.accounts.apikeys import TOKEN_PREFIX
from crisiscomms.accounts.models import ApiKey
from crisiscomms.accounts.sessions import token_digest
from crisiscomms.audit.models import AuditEvent
from crisiscomms.errors import Forbidden, NotFound, Unauthorized, ValidationFailed
from crisiscomms.principal import SYSTEM, Principal, Role

NOW = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)
COMMANDER = Principal(kind="user", id=None, label="cmd@example.org", role=Role.COMMANDER)


def create(session: Session, **overrides: object) -> tuple[ApiKey, str]:
    values: dict[str, object] = {
        "name": "status bot",
        "role": Role.COMMS,
        "actor": SYSTEM,
        "now": NOW,
    }
    values.update(overrides)
    return account_service.create_api_key(session, **values)  # type: ignore[arg-type]


def test_create_stores_only_a_digest_and_a_prefix(session: Session) -> None:
    key, token = create(session)
    assert token.startswith(TOKEN_PREFIX)
    assert len(token) - len(TOKEN_PREFIX) >= 43  # 32 random bytes, base64url
    assert key.digest == token_digest(token)
    assert key.prefix == token[:12]
    assert token not in (key.digest, key.prefix, key.name)
    event = session.exec(select(AuditEvent).where(AuditEvent.action == "api_key.create")).one()
    assert event.after is not None
    assert token not in str(event.after) and key.digest not in str(event.after)
    assert event.after["prefix"] == key.prefix


def test_tokens_are_unique(session: Session) -> None:
    tokens = {create(session)[1] for _ in range(5)}
    assert len(tokens) == 5


def test_role_may_not_exceed_the_creator_s(session: Session) -> None:
    with pytest.raises(Forbidden):
        create(session, role=Role.ADMIN, actor=COMMANDER)
    key, _ = create(session, role=Role.COMMANDER, actor=COMMANDER)
    assert key.role == Role.COMMANDER


@pytest.mark.parametrize(
    ("overrides", "location"),
    [
        ({"expires_at": datetime(2031, 1, 1)}, "expires_at"),
        ({"expires_at": NOW}, "expires_at"),
        ({"expires_at": NOW - timedelta(days=1)}, "expires_at"),
        ({"name": "  "}, "name"),
    ],
    ids=["naive", "now", "past", "blank-name"],
)
def test_create_validates(session: Session, overrides: dict[str, object], location: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        create(session, **overrides)
    assert caught.value.details[0]["location"] == location


def test_authenticate_gives_the_key_principal(session: Session) -> None:
    key, token = create(session, role=Role.APPROVER, name="ci")
    principal = account_service.authenticate_api_key(session, token, now=NOW)
    assert principal == Principal(
        kind="api_key", id=key.id, label="ci", role=Role.APPROVER, user_id=None
    )
    assert key.last_used_at == NOW


def test_last_used_is_written_at_most_once_a_minute(session: Session) -> None:
    key, token = create(session)
    account_service.authenticate_api_key(session, token, now=NOW)
    account_service.authenticate_api_key(session, token, now=NOW + timedelta(seconds=59))
    assert key.last_used_at == NOW
    account_service.authenticate_api_key(session, token, now=NOW + timedelta(seconds=61))
    assert key.last_used_at == NOW + timedelta(seconds=61)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"),
        lambda t: t[4:],
        lambda t: "",
        lambda t: t + "x" * 200,
    ],
    ids=["altered", "no-prefix", "empty", "too-long"],
)
def test_unknown_tokens_are_refused(session: Session, mangle: object) -> None:
    _key, token = create(session)
    with pytest.raises(Unauthorized, match="invalid API key"):
        account_service.authenticate_api_key(session, mangle(token), now=NOW)  # type: ignore[operator]


def test_expired_keys_are_refused(session: Session) -> None:
    _key, token = create(session, expires_at=NOW + timedelta(hours=1))
    account_service.authenticate_api_key(session, token, now=NOW)
    with pytest.raises(Unauthorized, match="expired"):
        account_service.authenticate_api_key(session, token, now=NOW + timedelta(hours=1))


def test_revoked_keys_are_refused_and_revoking_again_is_harmless(session: Session) -> None:
    key, token = create(session)
    account_service.revoke_api_key(session, key.id or 0, actor=SYSTEM, now=NOW)
    assert key.revoked_at == NOW
    with pytest.raises(Unauthorized, match="revoked"):
        account_service.authenticate_api_key(session, token, now=NOW)
    account_service.revoke_api_key(session, key.id or 0, actor=SYSTEM, now=NOW + timedelta(1))
    assert key.revoked_at == NOW
    revokes = session.exec(select(AuditEvent).where(AuditEvent.action == "api_key.revoke")).all()
    assert len(revokes) == 1
    with pytest.raises(NotFound):
        account_service.revoke_api_key(session, 999_999, actor=SYSTEM, now=NOW)


def test_list_api_keys(session: Session) -> None:
    first, _ = create(session)
    second, _ = create(session)
    ids = [k.id for k in account_service.list_api_keys(session)]
    assert ids.index(first.id) < ids.index(second.id)
