"""Password hashing and policy: pure functions, no database."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from crisiscomms.accounts import passwords
from crisiscomms.errors import ValidationFailed


def test_hash_is_argon2id_and_salted() -> None:
    first = passwords.hash_password("correct horse battery staple")
    second = passwords.hash_password("correct horse battery staple")
    assert first.startswith("$argon2id$")
    assert first != second
    assert "correct horse" not in first


def test_verify_accepts_the_right_password_only() -> None:
    hashed = passwords.hash_password("correct horse battery staple")
    assert passwords.verify_password(hashed, "correct horse battery staple")
    assert not passwords.verify_password(hashed, "correct horse battery stapler")
    assert not passwords.verify_password(hashed, "")


@pytest.mark.parametrize("bad_hash", ["", "not-a-hash", "$argon2id$v=19$garbage", "$2b$12$abc"])
def test_verify_never_raises_on_malformed_hashes(bad_hash: str) -> None:
    assert passwords.verify_password(bad_hash, "whatever password") is False


def test_needs_rehash_when_parameters_change() -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash("a password here")
    assert passwords.needs_rehash(weak)
    assert not passwords.needs_rehash(passwords.hash_password("a password here"))
    assert passwords.needs_rehash("garbage")


def test_dummy_hash_is_a_real_hash_computed_once() -> None:
    assert passwords.dummy_hash() is passwords.dummy_hash()
    assert passwords.dummy_hash().startswith("$argon2id$")


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("", "at least 12"),
        ("elevenchars", "at least 12"),
        ("x" * 257, "at most 256"),
        (" " * 20, "whitespace"),
    ],
)
def test_policy_refuses(password: str, problem: str) -> None:
    with pytest.raises(ValidationFailed, match=problem) as caught:
        passwords.check_policy(password)
    assert caught.value.status == 422
    assert caught.value.details[0]["location"] == "password"


@pytest.mark.parametrize("password", ["twelve chars", "x" * 256, "ünïcödé pässwörd"])
def test_policy_accepts(password: str) -> None:
    passwords.check_policy(password)
