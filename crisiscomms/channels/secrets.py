"""Channel settings encrypted at rest: Fernet, with a key derived by HKDF from key material.

The key material is `settings.secret_key` in production, or in development (no secret
key) a random key generated once and kept in the database; both arrive here as bytes, so
this module does not care which. A different purpose string per use keeps this key apart
from any other key derived from the same secret. Decryption also tries `previous` key
material, so the secret can be rotated: decrypt with both, encrypt with the new one.
"""

from __future__ import annotations

import base64
import json
import secrets
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

PURPOSE = b"crisiscomms channel settings v1"
MIN_KEY_BYTES = 16


class SettingsDecryptError(ValueError):
    """Stored settings could not be decrypted with the key given (wrong key or damaged)."""


def generate_key_material() -> bytes:
    """32 random bytes: the development key, generated once and stored."""
    return secrets.token_bytes(32)


@lru_cache(maxsize=8)
def fernet_key(material: bytes) -> bytes:
    """The Fernet key (urlsafe base64 of 32 bytes) derived from the key material."""
    if len(material) < MIN_KEY_BYTES:
        raise ValueError(f"key material must be at least {MIN_KEY_BYTES} bytes")
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=PURPOSE).derive(material)
    return base64.urlsafe_b64encode(derived)


def encrypt_settings(settings: Mapping[str, Any], key: bytes) -> str:
    """The settings as JSON, encrypted and authenticated: a token safe to store as text."""
    plain = json.dumps(dict(settings), separators=(",", ":"), sort_keys=True).encode()
    return Fernet(fernet_key(key)).encrypt(plain).decode("ascii")


def decrypt_settings(token: str, key: bytes, previous: Sequence[bytes] = ()) -> dict[str, Any]:
    """The settings stored in `token`; SettingsDecryptError when no key opens it."""
    fernet = MultiFernet([Fernet(fernet_key(k)) for k in (key, *previous)])
    try:
        value = json.loads(fernet.decrypt(token.encode("ascii")))
    except (InvalidToken, UnicodeError, ValueError):
        raise SettingsDecryptError(
            "channel settings could not be decrypted: wrong secret key or damaged value"
        ) from None
    if not isinstance(value, dict):
        raise SettingsDecryptError("channel settings are not a JSON object")
    return value


def redact_settings(settings: Mapping[str, Any], secret_fields: frozenset[str]) -> dict[str, Any]:
    """The settings with every secret field shown as "***" (for API responses)."""
    return {k: ("***" if k in secret_fields and v else v) for k, v in settings.items()}
