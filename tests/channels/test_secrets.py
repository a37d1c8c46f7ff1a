"""Channel settings at rest: encrypted with a key derived from either key source."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from crisiscomms.channels.secrets import (
    SettingsDecryptError,
    decrypt_settings,
    encrypt_settings,
    generate_key_material,
)

SETTINGS = {"url": "https://hooks.example.com/x", "secret": "whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQ="}
PRODUCTION_KEY = b"a-production-secret-key-of-32+chars!"


@pytest.mark.parametrize(
    "key", [PRODUCTION_KEY, generate_key_material()], ids=["settings", "generated"]
)
def test_settings_round_trip_and_are_unreadable_at_rest(key: bytes) -> None:
    token = encrypt_settings(SETTINGS, key)

    assert decrypt_settings(token, key) == SETTINGS
    assert "hooks.example.com" not in token and "whsec_" not in token
    assert encrypt_settings(SETTINGS, key) != token  # a fresh IV each time


def test_another_key_cannot_read_them() -> None:
    token = encrypt_settings(SETTINGS, PRODUCTION_KEY)

    with pytest.raises(SettingsDecryptError, match="wrong secret key"):
        decrypt_settings(token, generate_key_material())


def test_a_damaged_value_is_refused() -> None:
    token = encrypt_settings(SETTINGS, PRODUCTION_KEY)

    with pytest.raises(SettingsDecryptError):
        decrypt_settings(token[:-4] + "AAAA", PRODUCTION_KEY)


def test_the_previous_key_still_opens_settings_during_rotation() -> None:
    old, new = generate_key_material(), generate_key_material()
    token = encrypt_settings(SETTINGS, old)

    assert decrypt_settings(token, new, previous=[old]) == SETTINGS


def test_short_key_material_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 16 bytes"):
        encrypt_settings(SETTINGS, b"short")


def test_channel_settings_stay_readable_after_a_secret_key_is_configured(session: Session) -> None:
    from crisiscomms.channels import service as channel_service
    from crisiscomms.channels.schemas import ChannelCreate
    from crisiscomms.principal import SYSTEM
    from tests.conftest import NOW, test_settings

    development = test_settings("sqlite://")
    channel = channel_service.create_channel(
        session,
        ChannelCreate(
            name="x", kind="apprise", audience="public", settings={"url": "ntfy://topic"}
        ),
        settings=development,
        actor=SYSTEM,
        now=NOW,
    )
    production = test_settings("sqlite://", secret_key="s" * 40)
    assert channel_service.decrypted_settings(session, channel, production, now=NOW) == {
        "url": "ntfy://topic"
    }
