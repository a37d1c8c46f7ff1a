"""User management: creation, updates, passwords, the last admin, the first admin."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pydantic import SecretStr
from sqlmodel import Session, col, select

from crisiscomms.accounts import service as account_service
from crisiscomms.accounts.models import User, WebSession
from crisiscomms.audit.models import AuditEvent
from crisiscomms.config import Settings
from crisiscomms.errors import Conflict, Forbidden, NotFound, Unauthorized, ValidationFailed
from crisiscomms.principal import SYSTEM, Principal, Role
from tests.factories import DEFAULT_PASSWORD, make_user

NOW = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)
PASSWORD = "a long enough password"


def events(session: Session, action: str) -> list[AuditEvent]:
    return list(session.exec(select(AuditEvent).where(AuditEvent.action == action)).all())


def admin_principal(user: User) -> Principal:
    return Principal(kind="user", id=user.id, label=user.email, role=user.role, user_id=user.id)


def test_create_user_normalises_email_hashes_password_and_audits(session: Session) -> None:
    user = account_service.create_user(
        session,
        email="  Jane.Doe@Example.ORG ",
        name=" Jane ",
        role=Role.COMMS,
        password=PASSWORD,
        actor=SYSTEM,
        now=NOW,
    )
    assert user.id is not None
    assert user.email == "jane.doe@example.org"
    assert user.name == "Jane"
    assert user.password_hash.startswith("$argon2id$")
    assert account_service.verify_password(user.password_hash, PASSWORD)
    [event] = events(session, "user.create")
    assert event.target_id == str(user.id)
    assert event.actor_type == "system"
    assert event.after is not None and event.after["email"] == "jane.doe@example.org"
    assert "password_hash" not in event.after
    assert user.password_hash not in str(event.after)


def test_create_user_refuses_a_taken_email_in_any_case(session: Session) -> None:
    make_user(session, email="taken@example.org")
    with pytest.raises(Conflict, match="already exists"):
        account_service.create_user(
            session,
            email="TAKEN@example.org",
            name="Other",
            role=Role.VIEWER,
            password=PASSWORD,
            actor=SYSTEM,
            now=NOW,
        )


@pytest.mark.parametrize(
    ("email", "password", "name", "location"),
    [
        ("not-an-email", PASSWORD, "N", "email"),
        ("two@@example.org", PASSWORD, "N", "email"),
        ("space in@example.org", PASSWORD, "N", "email"),
        ("ok@example.org", "short", "N", "password"),
        ("ok@example.org", "x" * 257, "N", "password"),
        ("ok@example.org", PASSWORD, "   ", "name"),
    ],
)
def test_create_user_validates(
    session: Session, email: str, password: str, name: str, location: str
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        account_service.create_user(
            session,
            email=email,
            name=name,
            role=Role.VIEWER,
            password=password,
            actor=SYSTEM,
            now=NOW,
        )
    assert caught.value.details[0]["location"] == location


def test_only_admins_manage_users(session: Session) -> None:
    commander = make_user(session, role=Role.COMMANDER)
    with pytest.raises(Forbidden):
        account_service.create_user(
            session,
            email="x@example.org",
            name="X",
            role=Role.VIEWER,
            password=PASSWORD,
            actor=admin_principal(commander),
            now=NOW,
        )
    with pytest.raises(Forbidden):
        account_service.update_user(
            session, commander.id or 0, actor=admin_principal(commander), now=NOW, name="Me"
        )


def test_get_user_and_list_users(session: Session) -> None:
    first, second = make_user(session), make_user(session)
    assert account_service.get_user(session, first.id or 0) is first
    ids = [u.id for u in account_service.list_users(session)]
    assert ids.index(first.id) < ids.index(second.id)
    with pytest.raises(NotFound, match="no user with id 999999"):
        account_service.get_user(session, 999_999)


def test_update_user_records_before_and_after(session: Session) -> None:
    admin = make_user(session, role=Role.ADMIN)
    user = make_user(session, role=Role.VIEWER, name="Old")
    account_service.update_user(
        session, user.id or 0, actor=admin_principal(admin), now=NOW, name="New", role=Role.COMMS
    )
    assert (user.name, user.role) == ("New", Role.COMMS)
    [event] = events(session, "user.update")
    assert event.before is not None and event.after is not None
    assert (event.before["name"], event.before["role"]) == ("Old", "viewer")
    assert (event.after["name"], event.after["role"]) == ("New", "comms")
    assert event.actor_id == admin.id


def test_update_without_change_records_nothing(session: Session) -> None:
    user = make_user(session, name="Same")
    account_service.update_user(session, user.id or 0, actor=SYSTEM, now=NOW, name="Same")
    assert events(session, "user.update") == []


def test_deactivating_a_user_ends_their_sessions(session: Session, settings: Settings) -> None:
    user = make_user(session)
    account_service.login(
        session,
        email=user.email,
        password=DEFAULT_PASSWORD,
        ip=None,
        user_agent=None,
        settings=settings,
        now=NOW,
    )
    _ws, token = account_service.login(
        session,
        email=user.email,
        password=DEFAULT_PASSWORD,
        ip=None,
        user_agent=None,
        settings=settings,
        now=NOW,
    )
    account_service.update_user(session, user.id or 0, actor=SYSTEM, now=NOW, active=False)
    remaining = session.exec(select(WebSession).where(WebSession.user_id == user.id)).all()
    assert remaining == []
    with pytest.raises(Unauthorized):
        account_service.authenticate_session(session, token, settings=settings, now=NOW)


def _only_admin(session: Session) -> User:
    for other in session.exec(select(User).where(User.role == Role.ADMIN)).all():
        other.active = False  # a clean slate whatever earlier set-up left behind
        session.add(other)
    return make_user(session, role=Role.ADMIN)


@pytest.mark.parametrize(
    "change", [{"role": Role.COMMANDER}, {"active": False}], ids=["demote", "deactivate"]
)
def test_the_last_active_admin_stays(session: Session, change: dict[str, object]) -> None:
    admin = _only_admin(session)
    with pytest.raises(Conflict, match="last active administrator"):
        account_service.update_user(
            session,
            admin.id or 0,
            actor=admin_principal(admin),
            now=NOW,
            **change,  # type: ignore[arg-type]
        )
    assert admin.role == Role.ADMIN and admin.active


def test_an_admin_can_step_down_when_another_remains(session: Session) -> None:
    admin = _only_admin(session)
    make_user(session, role=Role.ADMIN)
    account_service.update_user(
        session, admin.id or 0, actor=admin_principal(admin), now=NOW, role=Role.VIEWER
    )
    assert admin.role == Role.VIEWER


def test_an_inactive_admin_does_not_count(session: Session) -> None:
    admin = _only_admin(session)
    make_user(session, role=Role.ADMIN, active=False)
    with pytest.raises(Conflict):
        account_service.update_user(session, admin.id or 0, actor=SYSTEM, now=NOW, active=False)


def test_set_password_makes_it_temporary_and_ends_sessions(
    session: Session, settings: Settings
) -> None:
    admin = make_user(session, role=Role.ADMIN)
    user = make_user(session)
    account_service.login(
        session,
        email=user.email,
        password=DEFAULT_PASSWORD,
        ip=None,
        user_agent=None,
        settings=settings,
        now=NOW,
    )
    account_service.set_password(
        session, user.id or 0, password=PASSWORD, actor=admin_principal(admin), now=NOW
    )
    assert account_service.verify_password(user.password_hash, PASSWORD)
    assert user.must_change_password
    assert session.exec(select(WebSession).where(WebSession.user_id == user.id)).all() == []
    [event] = events(session, "user.password_set")
    assert user.password_hash not in str(event.before) + str(event.after)
    with pytest.raises(ValidationFailed):
        account_service.set_password(session, user.id or 0, password="short", actor=SYSTEM, now=NOW)


def test_change_own_password(session: Session, settings: Settings) -> None:
    user = make_user(session, must_change_password=True)
    kept, _ = account_service.login(
        session,
        email=user.email,
        password=DEFAULT_PASSWORD,
        ip=None,
        user_agent=None,
        settings=settings,
        now=NOW,
    )
    account_service.login(
        session,
        email=user.email,
        password=DEFAULT_PASSWORD,
        ip=None,
        user_agent=None,
        settings=settings,
        now=NOW,
    )
    account_service.change_own_password(
        session,
        user.id or 0,
        current_password=DEFAULT_PASSWORD,
        new_password=PASSWORD,
        now=NOW,
        keep_session_id=kept.id,
    )
    assert account_service.verify_password(user.password_hash, PASSWORD)
    assert not user.must_change_password
    left = session.exec(select(WebSession.id).where(WebSession.user_id == user.id)).all()
    assert list(left) == [kept.id]
    [event] = events(session, "user.password_change")
    assert event.actor_id == user.id


@pytest.mark.parametrize(
    ("current", "new", "location"),
    [
        ("wrong password here", PASSWORD, "current_password"),
        (DEFAULT_PASSWORD, "short", "new_password"),
        (DEFAULT_PASSWORD, DEFAULT_PASSWORD, "new_password"),
    ],
)
def test_change_own_password_refuses(
    session: Session, current: str, new: str, location: str
) -> None:
    user = make_user(session)
    with pytest.raises(ValidationFailed) as caught:
        account_service.change_own_password(
            session, user.id or 0, current_password=current, new_password=new, now=NOW
        )
    assert caught.value.details[0]["location"] == location


def _no_users(session: Session) -> None:
    # ensure_admin acts only on an empty table; every test's users are rolled back.
    assert session.exec(select(User.id).limit(1)).first() is None, "users leaked between tests"


def test_ensure_admin_generates_a_one_time_password(session: Session, settings: Settings) -> None:
    _no_users(session)
    created = account_service.ensure_admin(session, settings, now=NOW)
    assert created is not None
    email, password = created
    assert email == settings.admin_email
    assert len(password) >= 12
    admin = session.exec(select(User).where(User.email == email)).one()
    assert admin.role == Role.ADMIN and admin.must_change_password
    assert account_service.verify_password(admin.password_hash, password)
    assert account_service.ensure_admin(session, settings, now=NOW + timedelta(1)) is None
    assert len(session.exec(select(User)).all()) == 1


def test_ensure_admin_uses_the_configured_password(session: Session, settings: Settings) -> None:
    _no_users(session)
    configured = settings.model_copy(
        update={"admin_email": "Boss@Example.org", "admin_password": SecretStr(PASSWORD)}
    )
    assert account_service.ensure_admin(session, configured, now=NOW) is None
    admin = session.exec(select(User).where(col(User.email) == "boss@example.org")).one()
    assert not admin.must_change_password
    assert account_service.verify_password(admin.password_hash, PASSWORD)
    assert account_service.ensure_admin(session, configured, now=NOW) is None


def test_ensure_admin_does_nothing_when_users_exist(session: Session, settings: Settings) -> None:
    make_user(session, role=Role.VIEWER)
    assert account_service.ensure_admin(session, settings, now=NOW) is None
    assert (
        session.exec(
            select(User).where(User.role == Role.ADMIN, User.email == "admin@localhost")
        ).first()
        is None
    )
