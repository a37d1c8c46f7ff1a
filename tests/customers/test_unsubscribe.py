"""Unsubscribe tokens: forged or altered ones are refused; the key outlives restarts."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

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
    forged = make_token(b"x" * 32, external_id="C-1", kind="email", address="anna@example.com")
    for bad in [
        forged,
        _flip(token, 3),
        _flip(token, len(token) - 2),
        token[:-4],
        token + "AAAA",
        f"{token}.",
        f".{token}",
        token + ".x.y",
        "!!!.???",
        "!!!???",
        "",
        "AAAA",
        "a" * 2000,
    ]:
        with pytest.raises(BadRequest):
            verify_token(KEY, bad)


def _readable_forms(token: str) -> list[bytes]:
    """The token as text and every base64 reading of each run of base64 characters in it,
    at each of the four alignments."""
    forms = [token.encode()]
    for run in re.split(r"[^A-Za-z0-9_+/-]+", token.replace("-", "+").replace("_", "/")):
        for start in range(4):
            part = run[start:]
            forms.append(base64.b64decode(part[: len(part) - len(part) % 4]))
    return forms


@pytest.mark.parametrize(
    ("kind", "address"), [("email", "anna.bell@example.com"), ("sms", "+61491570156")]
)
def test_a_token_reveals_nothing_about_the_recipient(kind: str, address: str) -> None:
    token = make_token(KEY, external_id="CUST-00042", kind=kind, address=address)
    secrets = [address.encode(), b"anna", b"example.com", b"491570156", b"CUST-00042"]
    for form in _readable_forms(token):
        for secret in secrets:
            assert secret.lower() not in form.lower(), (secret, form)
    # ... and the same recipient gets the same token (a retried email sends the same bytes)
    assert token == make_token(KEY, external_id="CUST-00042", kind=kind, address=address)
    assert verify_token(KEY, token).address == address.lower()


def _version_1_token(key: bytes, external_id: str, kind: str, address: str) -> str:
    """A link as sent before tokens were opaque: base64 fields, a dot, their HMAC-SHA256."""
    payload = "\x1f".join((external_id, kind, address)).encode()
    mac = hmac.new(key, b"crisiscomms unsubscribe v1\x00" + payload, hashlib.sha256).digest()

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    return f"{b64(payload)}.{b64(mac)}"


def test_links_already_sent_keep_working() -> None:
    token = _version_1_token(KEY, "C-1", "email", "anna@example.com")
    claim = verify_token([b"new" * 11, KEY], token)
    assert (claim.external_id, claim.kind, claim.address) == ("C-1", "email", "anna@example.com")
    payload, signature = token.split(".")
    other = _version_1_token(KEY, "C-1", "email", "boss@example.com")
    for bad in [
        _version_1_token(b"x" * 32, "C-1", "email", "anna@example.com"),
        f"{other.split('.')[0]}.{signature}",
        _flip(token, 3),
        f"{payload}.",
        f".{signature}",
    ]:
        with pytest.raises(BadRequest):
            verify_token(KEY, bad)


def test_unsubscribe_writes_one_suppression_idempotently(session: Session) -> None:
    token = make_token(KEY, external_id="C-1", kind="sms", address="+61491570156")
    first = unsubscribe(session, token, keys=KEY, now=NOW)
    again = unsubscribe(session, token, keys=[b"old" * 11, KEY], now=NOW)
    assert first.id == again.id
    assert (first.kind, first.address, first.reason) == (
        ChannelKind.SMS,
        "+61491570156",
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
