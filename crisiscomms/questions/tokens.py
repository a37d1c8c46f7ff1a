"""The reply token in our outgoing email: who a reply comes from, about which incident.

Every email to a customer or subscriber about an incident carries a Reply-To plus address,
`<local>+<token>@<domain>` (settings.inbound_reply_address). The token is (recipient kind,
incident id, recipient id) sealed with AES-SIV under a key derived for this one purpose
(crisiscomms.keys), as the unsubscribe links are: it cannot be forged or altered, reveals
nothing to whoever reads it, and is the same in every retry of a message (SIV is
deterministic). It is base32 in lower case, because mail systems may fold the case of a
local part, and 47 characters long, so the address stays within the 64 a local part may
have. A reply is tied to a customer and an incident only through a token that opens; the
From line is never trusted for that.
"""

from __future__ import annotations

import base64
import binascii
import re
import struct
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESSIV
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlmodel import Session

from crisiscomms import keys
from crisiscomms.config import Settings

KEY_NAME = "reply_key"
PURPOSE = b"crisiscomms reply token v1"
_LAYOUT = struct.Struct(">BIQ")
_KINDS: dict[str, int] = {"customer": 1, "subscriber": 2}
_NAMES = {v: k for k, v in _KINDS.items()}
TOKEN_LENGTH = 47
_TOKEN = re.compile(r"^[a-z2-7]{47}$")

RecipientKind = Literal["customer", "subscriber"]


class TokenInvalid(ValueError):
    """The token is not one of ours: malformed, altered or made with another key."""


@dataclass(frozen=True)
class ReplyClaim:
    """What a genuine token says."""

    kind: RecipientKind
    incident_id: int
    recipient_id: int


def signing_key(session: Session, settings: Settings, *, now: datetime) -> bytes:
    """The key new tokens are made with."""
    return keys.current_key(session, settings, name=KEY_NAME, purpose=PURPOSE, now=now)


def verification_keys(session: Session, settings: Settings, *, now: datetime) -> list[bytes]:
    """Every key a token may have been made with; nothing is created."""
    return keys.keys_for(session, settings, name=KEY_NAME, purpose=PURPOSE, now=now)


@lru_cache(maxsize=8)
def _siv(key: bytes) -> AESSIV:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=64, salt=None, info=PURPOSE)
    return AESSIV(hkdf.derive(key))


def make_token(key: bytes, *, kind: RecipientKind, incident_id: int, recipient_id: int) -> str:
    """The token for one recipient's mail about one incident."""
    sealed = _siv(key).encrypt(_LAYOUT.pack(_KINDS[kind], incident_id, recipient_id), [PURPOSE])
    return base64.b32encode(sealed).decode("ascii").rstrip("=").lower()


def open_token(keys_: list[bytes], token: str) -> ReplyClaim:
    """The claim of a genuine token; TokenInvalid for anything else."""
    token = token.strip().lower()
    if not _TOKEN.match(token):
        raise TokenInvalid("the reply token is malformed")
    try:
        sealed = base64.b32decode(token.upper() + "=" * (-len(token) % 8))
    except binascii.Error:
        raise TokenInvalid("the reply token is malformed") from None
    if base64.b32encode(sealed).decode("ascii").rstrip("=").lower() != token:
        # The last character carries three unused bits: only one spelling is ours.
        raise TokenInvalid("the reply token was not made by this service (forged or altered)")
    for key in keys_:
        try:
            kind, incident_id, recipient_id = _LAYOUT.unpack(_siv(key).decrypt(sealed, [PURPOSE]))
        except (InvalidTag, struct.error):
            continue
        if kind in _NAMES:
            return ReplyClaim(_NAMES[kind], incident_id, recipient_id)  # type: ignore[arg-type]
    raise TokenInvalid("the reply token was not made by this service (forged or altered)")


def reply_address(base: str, token: str) -> str:
    """`local+token@domain` from the configured `local@domain`."""
    local, _, domain = base.partition("@")
    return f"{local}+{token}@{domain}"


def token_in(address: str, base: str) -> str | None:
    """The token of a plus address at our reply address, or None when it is not one."""
    local, _, domain = base.strip().lower().partition("@")
    found = re.search(
        rf"(?<![\w.+-]){re.escape(local)}\+([a-z2-7]{{1,100}})@{re.escape(domain)}\b",
        address.lower(),
    )
    return found.group(1) if found else None
