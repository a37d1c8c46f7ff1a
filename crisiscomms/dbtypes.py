"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import Field
from sqlalchemy import JSON, BigInteger, DateTime, Integer, String
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

MAX_ID = 2**31 - 1
"""The largest INTEGER (ids, counts, revision numbers): a larger one fails the query on
PostgreSQL and overflows SQLite's driver, so every route refuses it with a 422 first."""
MAX_BIG_ID = 2**63 - 1
"""The largest BIGINT (delivery ids, offsets)."""

RowId = Annotated[int, Field(ge=1, le=MAX_ID)]
"""An id of an INTEGER-keyed row, in a request body."""
BigRowId = Annotated[int, Field(ge=1, le=MAX_BIG_ID)]
DbInt = Annotated[int, Field(ge=-MAX_ID - 1, le=MAX_ID)]
"""Any other integer stored in an INTEGER column."""


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC in, timezone-aware UTC out; naive datetimes are refused."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: crisiscomms stores timezone-aware UTC only")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


JSONType = JSON().with_variant(JSONB(), "postgresql")
"""JSON on SQLite, JSONB on PostgreSQL."""


def json_column_type() -> Any:
    """The JSON column type to pass as `sa_type`."""
    return JSONType


class StrEnumType(TypeDecorator[Any]):
    """A StrEnum stored as its plain string value (no native ENUM type to migrate)."""

    impl = String(32)
    cache_ok = True

    def __init__(self, enum_cls: type[StrEnum], length: int = 32) -> None:
        super().__init__(length=length)
        self.enum_cls = enum_cls

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else self.enum_cls(value).value

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return None if value is None else self.enum_cls(value)


BigIdType = BigInteger().with_variant(Integer(), "sqlite")
"""BIGINT on PostgreSQL; INTEGER on SQLite, where only INTEGER PRIMARY KEY auto-increments."""
