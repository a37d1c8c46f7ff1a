"""Password hashing and policy.

Invariants: only argon2id hashes are stored; a hash whose parameters are older than
the hasher's is replaced at the next successful sign-in; verification never raises.
"""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from crisiscomms.errors import ValidationFailed

MIN_LENGTH = 12
MAX_LENGTH = 256

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    """The argon2id hash of `password`, salted."""
    hashed: str = _hasher.hash(password)
    return hashed


def verify_password(password_hash: str, password: str) -> bool:
    """Whether `password` matches `password_hash`; False for a malformed hash."""
    try:
        return bool(_hasher.verify(password_hash, password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """Whether the hash was made with other parameters than the current ones."""
    try:
        return bool(_hasher.check_needs_rehash(password_hash))
    except InvalidHashError:
        return True


@cache
def dummy_hash() -> str:
    """A hash to verify against when the account is unknown, so both paths take as long."""
    return hash_password("crisiscomms-dummy-password-for-timing")


def check_policy(password: str, *, field: str = "password") -> None:
    """Refuse passwords shorter than 12 or longer than 256 characters."""
    if len(password) < MIN_LENGTH:
        problem = f"password must be at least {MIN_LENGTH} characters long"
    elif len(password) > MAX_LENGTH:
        problem = f"password must be at most {MAX_LENGTH} characters long"
    elif not password.strip():
        problem = "password must not be only whitespace"
    else:
        return
    raise ValidationFailed(
        problem, details=[{"location": field, "message": problem, "type": "password_policy"}]
    )
