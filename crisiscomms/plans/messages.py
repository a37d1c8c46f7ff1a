"""Problems in plans, and their messages in plain language, written for the comms team."""

from __future__ import annotations

import difflib
import types
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from crisiscomms import validators
from crisiscomms.plans.schema import ID_RE, SLUG_RE, PlanBody

Loc = tuple[str | int, ...]
"""A path into plan data: ("severities", 0, "update_cadence_minutes")."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a plan, where it is and what to do about it."""

    file: str
    line: int | None
    column: int | None
    location: str
    message: str

    def __str__(self) -> str:
        if self.line is None:
            where = f"{self.file}: {self.location}" if self.location else self.file
            return f"{where}: {self.message}"
        return f"{self.file}:{self.line}:{self.column}: {self.message}"

    def as_detail(self) -> dict[str, Any]:
        """The API's error detail shape for a plan problem."""
        return {
            "location": self.location,
            "message": self.message,
            "type": "plan",
            "line": self.line,
            "column": self.column,
            "file": self.file,
        }


PATTERNS: dict[str, str] = {
    SLUG_RE: "slug: use 3 to 64 lowercase letters, digits and '-', "
    "starting and ending with a letter or digit",
    ID_RE: "id: use lowercase letters, digits, '-' and '_', starting with a letter or digit",
}
CHOICES: dict[str, tuple[str, ...]] = {
    r"^(automatic|on_request)$": ("automatic", "on_request"),
    r"^(detected|activated)$": ("detected", "activated"),
    r"^(error|warning|info)$": ("error", "warning", "info"),
}


def format_loc(loc: Loc) -> str:
    """A location as people read it: `severities[0].update_cadence_minutes`."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def suggest(word: str, choices: Iterable[str]) -> str:
    """` (did you mean 'x'?)` for a near miss, or ""."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def quoted_list(choices: Iterable[str], conjunction: str = "or") -> str:
    """'a', 'b' or 'c' (or: and)."""
    items = [f"'{c}'" for c in choices]
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def _unwrap(tp: Any) -> Any:
    while True:
        origin = get_origin(tp)
        if origin is Annotated:
            tp = get_args(tp)[0]
        elif origin in (Union, types.UnionType):
            options = [a for a in get_args(tp) if a is not type(None)]
            if len(options) != 1:
                return tp
            tp = options[0]
        else:
            return tp


def model_at(loc: Loc) -> type[BaseModel] | None:
    """The model class found at a location of a plan body, if the location names one."""
    tp: Any = PlanBody
    for part in loc:
        tp = _unwrap(tp)
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            fields = {(f.alias or name): f for name, f in tp.model_fields.items()}
            if part not in fields:
                return None
            tp = fields[str(part)].annotation
        elif get_origin(tp) is list:
            tp = get_args(tp)[0]
        elif get_origin(tp) is dict:
            tp = get_args(tp)[1]
        else:
            return None
    tp = _unwrap(tp)
    return tp if isinstance(tp, type) and issubclass(tp, BaseModel) else None


def field_names(model: type[BaseModel]) -> list[str]:
    """The names a plan file uses for a model's fields (aliases where set)."""
    return [f.alias or name for name, f in model.model_fields.items()]


def shown(value: Any, raw: str | None) -> str:
    """A value as the author wrote it, for `got ...`."""
    if raw is not None:
        return "an empty value" if raw == "" else f"'{raw}'"
    if value is None:
        return "an empty value"
    if isinstance(value, dict):
        return "a mapping (key: value)"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return f"'{str(value).lower()}'"
    return f"'{value}'"


def _number(value: Any) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def describe(err: ErrorDetails, raw: str | None) -> str:
    """One pydantic error as a sentence; `raw` is the scalar's text in the file, if any."""
    kind = err["type"]
    ctx: dict[str, Any] = dict(err.get("ctx") or {})
    loc: Loc = tuple(err["loc"])
    value = err.get("input")
    got = shown(value, raw)
    field = str(loc[-1]) if loc else ""
    if kind == "missing":
        return f"missing required field '{field}'"
    if kind == "extra_forbidden":
        model = model_at(loc[:-1])
        choices = field_names(model) if model else []
        hint = suggest(field, choices)
        if not hint and choices:
            hint = f"; expected one of {quoted_list(choices)}"
        return f"unknown field '{field}'{hint}"
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return f"expected a whole number, got {got}"
    if kind in ("float_parsing", "float_type"):
        return f"expected a number, got {got}"
    if kind == "string_type":
        hint = ""
        if raw and isinstance(value, bool | int | float):
            hint = f' (put it in quotes if you mean the text: "{raw}")'
        return f"expected text, got {got}{hint}"
    if kind in ("bool_parsing", "bool_type"):
        return f"expected true or false, got {got}"
    if kind == "list_type":
        return f"expected a list, got {got}"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return f"expected a mapping of fields (key: value), got {got}"
    if kind in ("enum", "literal_error"):
        choices = [c.strip("'") for c in ctx.get("expected", "").replace(" or ", ", ").split(", ")]
        return f"{got} is not one of {ctx.get('expected', '')}{suggest(str(value), choices)}"
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        if pattern in CHOICES:
            options = CHOICES[pattern]
            return f"{got} is not one of {quoted_list(options)}{suggest(str(value), options)}"
        return f"{got} is not a valid {PATTERNS.get(pattern, f'value (pattern {pattern})')}"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return f"is too long: at most {ctx.get('max_length')} characters"
    if kind == "too_short":
        count = ctx.get("min_length", 1)
        return f"needs at least {count} item{'s' if count != 1 else ''}"
    if kind == "too_long":
        return f"has too many items: at most {ctx.get('max_length')}"
    bounds = {
        "greater_than": ("greater than", "gt"),
        "greater_than_equal": ("at least", "ge"),
        "less_than": ("less than", "lt"),
        "less_than_equal": ("at most", "le"),
    }
    if kind in bounds:
        words, key = bounds[kind]
        return f"must be {words} {_number(ctx.get(key))}, got {got}"
    if kind in ("value_error", "assertion_error"):
        message = str(err["msg"]).removeprefix("Value error, ").removeprefix("Assertion failed, ")
        if isinstance(ctx.get("error"), validators.InvalidValue):
            # A value the world defines (a language tag, a currency): say which field too.
            where = loc[:-2] if loc and loc[-1] == "[key]" else loc  # a key: its mapping
            return f"{format_loc(where)}: {message}"
        return message
    return str(err["msg"])
