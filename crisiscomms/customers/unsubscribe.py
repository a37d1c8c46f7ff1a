"""One-click unsubscribe (RFC 8058): opaque tokens, the suppression they write, the headers.

A token is (customer external id, channel kind, address) encrypted with AES-SIV, so it
needs no database row, cannot be forged or altered, and reveals nothing about the recipient
to whoever sees the link (a forwarded email, a proxy log). SIV is deterministic: the same
recipient gets the same token in every message, so a retried delivery sends identical
bytes. The key comes from `settings.secret_key` (derived for this one purpose); when none
is configured (development) a random key is generated once and kept in the `app_secret`
table, so links keep working across restarts. Links made with a stored key stay valid after
a secret key is configured later: an unsubscribe is honoured forever.

Links sent before (version 1: the fields in base64, a dot, their HMAC-SHA256) still work:
a token with one dot is read that way. Nothing makes them any more.

Unsubscribing suppresses the *address* the message went to, not the customer row, so
no later import, address change or consent flag can undo it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESSIV
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlmodel import Session, select

from crisiscomms import keys
from crisiscomms.config import Settings
from crisiscomms.customers.models import ChannelKind, Suppression, SuppressionReason
from crisiscomms.db import upsert_insert
from crisiscomms.errors import BadRequest

KEY_NAME = "unsubscribe_key"
PURPOSE = b"crisiscomms unsubscribe v1"
"""What the key is derived for (unchanged since version 1, so the same keys read both)."""
SIV_INFO = b"crisiscomms unsubscribe v2 aes-siv"
MAX_TOKEN_LENGTH = 1024
_SEPARATOR = "\x1f"


@dataclass(frozen=True)
class UnsubscribeClaim:
    """What a valid token says: who, on which channel kind, at which address."""

    external_id: str
    kind: ChannelKind
    address: str


def normalise_address(kind: ChannelKind | str, address: str) -> str:
    """The form suppressions are keyed by: lower-case email, E.164 phone as is."""
    address = address.strip()
    return address.lower() if ChannelKind(kind) == ChannelKind.EMAIL else address


def signing_key(session: Session, settings: Settings, *, now: datetime) -> bytes:
    """The key new tokens are signed with (created and stored on first use without a secret)."""
    return keys.current_key(session, settings, name=KEY_NAME, purpose=PURPOSE, now=now)


def verification_keys(session: Session, settings: Settings, *, now: datetime) -> list[bytes]:
    """Every key a token may have been signed with; nothing is created here."""
    return keys.keys_for(session, settings, name=KEY_NAME, purpose=PURPOSE, now=now)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _mac(key: bytes, payload: bytes) -> bytes:
    return hmac.new(key, PURPOSE + b"\x00" + payload, hashlib.sha256).digest()


@lru_cache(maxsize=8)
def _siv(key: bytes) -> AESSIV:
    """The AES-SIV cipher (two 256-bit keys) derived from a 32-byte purpose key (once per
    key: a broadcast makes a token for every email)."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=64, salt=None, info=SIV_INFO)
    return AESSIV(hkdf.derive(key))


def _fields(kind: ChannelKind | str, external_id: str, address: str) -> bytes:
    kind = ChannelKind(kind)
    fields = (external_id, kind.value, normalise_address(kind, address))
    if any(_SEPARATOR in field for field in fields):
        raise ValueError("token fields must not contain U+001F")
    return _SEPARATOR.join(fields).encode()


def _claim(payload: bytes) -> UnsubscribeClaim:
    external_id, kind, address = payload.decode().split(_SEPARATOR)
    return UnsubscribeClaim(external_id, ChannelKind(kind), address)


def make_token(key: bytes, *, external_id: str, kind: ChannelKind | str, address: str) -> str:
    """An opaque URL-safe token for one recipient's address on one channel kind."""
    sealed = _siv(key).encrypt(_fields(kind, external_id, address), [PURPOSE])
    return _b64(sealed)


def verify_token(keys: list[bytes] | bytes, token: str) -> UnsubscribeClaim:
    """The claim of a genuine token; BadRequest for anything forged, altered or malformed."""
    invalid = BadRequest("this unsubscribe link is not valid", code="invalid_token")
    if isinstance(keys, bytes):
        keys = [keys]
    if len(token) > MAX_TOKEN_LENGTH or token.count(".") > 1:
        raise invalid
    try:
        if "." in token:
            return _verify_signed(keys, token, invalid)
        sealed = _unb64(token)
        for key in keys:
            try:
                return _claim(_siv(key).decrypt(sealed, [PURPOSE]))
            except InvalidTag:
                continue
    except (binascii.Error, ValueError):
        raise invalid from None
    raise invalid


def _verify_signed(keys: list[bytes], token: str, invalid: BadRequest) -> UnsubscribeClaim:
    """A version 1 token (already in inboxes): base64 fields, a dot, their HMAC."""
    encoded, _, signature = token.partition(".")
    payload, mac = _unb64(encoded), _unb64(signature)
    if not any(hmac.compare_digest(mac, _mac(key, payload)) for key in keys):
        raise invalid
    return _claim(payload)


def unsubscribe(
    session: Session, token: str, *, keys: list[bytes] | bytes, now: datetime, source: str = "link"
) -> Suppression:
    """Suppress the token's address for its channel kind; repeating it changes nothing."""
    claim = verify_token(keys, token)
    existing = session.exec(
        select(Suppression).where(
            Suppression.kind == claim.kind, Suppression.address == claim.address
        )
    ).first()
    if existing is not None:
        if existing.reason != SuppressionReason.UNSUBSCRIBED:
            # The recipient's own request outranks a bounce or a manual entry: it is the
            # one an administrator may never lift.
            existing.reason = SuppressionReason.UNSUBSCRIBED
            existing.source = f"{source}: {claim.external_id}"[:200]
            session.add(existing)
            session.flush()
        return existing
    values = {
        "kind": claim.kind,
        "address": claim.address,
        "reason": SuppressionReason.UNSUBSCRIBED,
        "source": f"{source}: {claim.external_id}"[:200],
        "created_at": now,
    }
    insert = upsert_insert(session)
    session.exec(insert(Suppression).values(**values).on_conflict_do_nothing())
    row = session.exec(
        select(Suppression).where(
            Suppression.kind == claim.kind, Suppression.address == claim.address
        )
    ).one()
    return row


def unsubscribe_url(base_url: str, token: str) -> str:
    """The link to put in a message: BASE/u/TOKEN."""
    return f"{base_url.rstrip('/')}/u/{token}"


def list_unsubscribe_headers(url: str) -> dict[str, str]:
    """RFC 8058 headers: the HTTPS link, and the promise that a POST to it unsubscribes."""
    if not url.startswith("https://") or any(c in url for c in "\r\n<> "):
        raise ValueError(f"unsubscribe URL must be a plain https:// URL: {url[:80]!r}")
    return {
        "List-Unsubscribe": f"<{url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
