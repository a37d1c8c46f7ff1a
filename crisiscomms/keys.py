"""Keys the service derives for one purpose each: from the secret key, else stored once.

In production every key is derived from `settings.secret_key` with HMAC-SHA256 over a
purpose string, so the keys for unsubscribe links, channel settings and voucher codes are
independent. Without a secret key (development, the demo) a random key per purpose is
generated once and kept in the `app_secret` table, so links, codes and encrypted settings
survive restarts. Values made with a stored key stay readable after a secret key is
configured: `keys_for` lists both.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime

from sqlmodel import Field, Session, SQLModel

from crisiscomms.config import Settings
from crisiscomms.db import upsert_insert
from crisiscomms.dbtypes import UTCDateTime


class AppSecret(SQLModel, table=True):
    """A key the service generated for itself when none is configured (development)."""

    __tablename__ = "app_secret"

    name: str = Field(primary_key=True, max_length=64)
    value: str = Field(max_length=200)
    created_at: datetime = Field(sa_type=UTCDateTime)


def stored_secret(session: Session, name: str, *, create: bool, now: datetime) -> bytes | None:
    """A random 32-byte key kept in the database under `name` (created on first use)."""
    row = session.get(AppSecret, name)
    if row is None and create:
        values = {"name": name, "value": secrets.token_hex(32), "created_at": now}
        insert = upsert_insert(session)
        # Two processes may start at once: the first key written wins for both.
        session.exec(insert(AppSecret).values(**values).on_conflict_do_nothing())
        row = session.get(AppSecret, name)
    return None if row is None else bytes.fromhex(row.value)


def current_key(
    session: Session, settings: Settings, *, name: str, purpose: bytes, now: datetime
) -> bytes:
    """The key new values are made with."""
    if settings.secret_key is not None:
        secret = settings.secret_key.get_secret_value().encode()
        return hmac.new(secret, purpose, hashlib.sha256).digest()
    key = stored_secret(session, name, create=True, now=now)
    assert key is not None
    return key


def keys_for(
    session: Session, settings: Settings, *, name: str, purpose: bytes, now: datetime
) -> list[bytes]:
    """Every key a value may have been made with, the current one first; none is created."""
    found = []
    if settings.secret_key is not None:
        found.append(current_key(session, settings, name=name, purpose=purpose, now=now))
    stored = stored_secret(session, name, create=False, now=now)
    if stored is not None:
        found.append(stored)
    return found
