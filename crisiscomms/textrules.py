"""Input text types shared by the API shapes: bounded, trimmed, no control characters."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, StringConstraints, field_validator
from pydantic.json_schema import SkipJsonSchema

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _no_control_characters(value: str) -> str:
    match = _CONTROL.search(value)
    if match:
        raise ValueError(
            f"contains a control character (U+{ord(match.group()):04X}) at position "
            f"{match.start() + 1}; remove it"
        )
    return value


def _one_line(value: str) -> str:
    if "\n" in value or "\r" in value:
        raise ValueError("must be a single line")
    return value


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("needs a timezone, e.g. 2026-11-22T14:30:00Z or +01:00")
    return value


Label = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
    AfterValidator(_no_control_characters),
    AfterValidator(_one_line),
]
"""A short single-line text: a title, a product or region name, an id."""

Paragraph = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=5000),
    AfterValidator(_no_control_characters),
]
"""A free text of up to 5,000 characters; newlines allowed."""

AwareDatetime = Annotated[datetime, AfterValidator(_aware)]
"""A datetime that carries its timezone; naive ones are refused."""


def _refuse_null(value: object) -> object:
    if value is None:
        raise ValueError("must not be null: leave the field out to keep its current value")
    return value


Absent = SkipJsonSchema[None]
"""In a partial update (PATCH), a field that may be left out but not sent as null:
`title: Label | Absent = None`, with the class's validator from `refuse_nulls("title")`.
The documented schema then says what the API accepts (a string, not null)."""


def refuse_nulls(*fields: str) -> Any:
    """A before-validator refusing an explicit null for these fields (a left-out field
    keeps its default and is never validated): a 422 naming the field, not a database
    error on a NOT NULL column."""
    return field_validator(*fields, mode="before")(_refuse_null)
