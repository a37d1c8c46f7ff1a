"""Unsubscribe tokens: forged or altered ones are refused; the key outlives restarts."""

from __future__ import annotations

import pytest
from pydantic import SecretStr
from sqlmodel import Session, select

from crisiscomms.config import Settings
from crisiscomms.customers import suppressions
from crisiscomms.customers.models import ChannelKind, Suppression, SuppressionReason
from crisiscomms.customers.unsubscribe import (
    list_unsubscribe_headers,
    make_token,
    signing_key,
    unsubscribe,
    unsubscribe_url,
    verification_keys,
    verify_token,
)
from crisiscomms.errors import BadRequest
from crisiscomms.keys import AppSecret
from crisiscomms.principal import SYSTEM
from tests.conftest import NOW

KEY = b"k" * 32


def test_a_token_round_trips_with_the_normalised_address() -> None:
    token = make_token(KEY, external_id="C-1", kind="email", address=" Anna@Example.com ")
    claim = verify_token(KEY, token)
    assert (claim.external_id, claim.kind, claim.address) == ("C-1", "email", "anna@example.com")
    assert set(token) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.")


def _flip(text: str, index: int) -> str:
    return text[:index] + ("A" if text[index] != "A" else "B") + text[index + 1 :]


def test_forged_and_tampered_tokens_are_refused() -> None:
    token = make_token(KEY, external_id="C-1", kind="email", address="anna@example.com")
    payload, signature = token.split(".")
    forged = make_token(b"x" * 32, external_id="C-1", kind="email", address="anna@example.com")
    other = make_token(KEY, external_id="C-1", kind="email", address="boss@example.com")
    spliced = f"{other.split('.')[0]}.{signature}"
    for bad in [
        forged,
        spliced,
        _flip(token, 3),
        _flip(token, len(token) - 2),
        payload,
        f"{payload}.",
        f".{signature}",
        token + ".x",
        "!!!.???",
        "",
        "a" * 2000,
    ]:
        with pytest.raises(BadRequest):
            verify_token(KEY, bad)


def test_unsubscribe_writes_one_suppression_idempotently(session: Session) -> None:
    token = make_token(KEY, external_id="C-1", kind="sms", address="+447700900123")
    first = unsubscribe(session, token, keys=KEY, now=NOW)
    again = unsubscribe(session, token, keys=[b"old" * 11, KEY], now=NOW)
    assert first.id == again.id
    assert (first.kind, first.address, first.reason) == (
        ChannelKind.SMS,
        "+447700900123",
        SuppressionReason.UNSUBSCRIBED,
    )
    assert len(session.exec(select(Suppression)).all()) == 1


def test_unsubscribe_outranks_an_earlier_bounce(session: Session) -> None:
    suppressions.suppress(
        session,
        kind=ChannelKind.EMAIL,
        address="a@example.com",
        reason=SuppressionReason.BOUNCED,
        source="smtp",
        actor=SYSTEM,
        now=NOW,
    )
    token = make_token(KEY, external_id="C-1", kind="email", address="a@example.com")
    assert unsubscribe(session, token, keys=KEY, now=NOW).reason == SuppressionReason.UNSUBSCRIBED


def test_without_a_secret_the_key_is_generated_once_and_stored(session: Session) -> None:
    settings = Settings(secret_key=None)
    assert verification_keys(session, settings, now=NOW) == []
    key = signing_key(session, settings, now=NOW)
    assert len(key) == 32 and signing_key(session, settings, now=NOW) == key
    stored = session.get(AppSecret, "unsubscribe_key")
    assert stored is not None and bytes.fromhex(stored.value) == key
    session.expunge_all()  # as a restarted process would see it
    assert signing_key(session, settings, now=NOW) == key
    token = make_token(key, external_id="C-1", kind="email", address="a@example.com")
    # Configuring a secret later keeps the links already sent working.
    configured = Settings(secret_key=SecretStr("s" * 40))
    keys = verification_keys(session, configured, now=NOW)
    assert signing_key(session, configured, now=NOW) != key and key in keys
    assert verify_token(keys, token).address == "a@example.com"


def test_a_configured_secret_derives_the_key_and_stores_nothing(session: Session) -> None:
    settings = Settings(secret_key=SecretStr("s" * 40))
    key = signing_key(session, settings, now=NOW)
    assert key != b"s" * 40 and len(key) == 32
    assert session.get(AppSecret, "unsubscribe_key") is None


def test_rfc_8058_headers() -> None:
    url = unsubscribe_url("https://status.example.com/", "abc.def")
    assert url == "https://status.example.com/u/abc.def"
    assert list_unsubscribe_headers(url) == {
        "List-Unsubscribe": "<https://status.example.com/u/abc.def>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    for bad in ("http://x.example/u/t", "https://x.example/u/t\r\nBcc: y", "https://x/<u>"):
        with pytest.raises(ValueError):
            list_unsubscribe_headers(bad)
