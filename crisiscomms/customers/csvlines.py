"""Customer import from CSV: a header row, then one customer per record.

Columns: external_id and name (required), email, phone, locale, active, email_consent,
sms_consent, products, regions, order_ids (lists separated by ';'), segment, monthly_bill,
currency, account_manager_name, account_manager_email, overcharge_amount, order_amount,
time_zone (an IANA zone such as Asia/Dhaka).
Other columns are ignored and listed in the report (spreadsheets carry many). An empty
cell is "not given": for the flags that stop messages it keeps the stored value.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import msgspec

from crisiscomms.customers.parsing import (
    ABSENT,
    Invalid,
    Line,
    LineError,
    Row,
    decode_error,
    split_lines,
    to_row,
)
from crisiscomms.errors import ValidationFailed

TOP = ("external_id", "name", "email", "phone", "locale")
FLAGS = ("active", "email_consent", "sms_consent")
LISTS = ("products", "regions", "order_ids")
NUMBERS = ("monthly_bill", "overcharge_amount", "order_amount")
TEXTS = ("segment", "currency", "time_zone")
MANAGER = ("account_manager_name", "account_manager_email")
COLUMNS = frozenset(TOP + FLAGS + LISTS + NUMBERS + TEXTS + MANAGER)
REQUIRED = ("external_id", "name")
_TRUE = frozenset({"true", "yes", "y", "1", "t"})
_FALSE = frozenset({"false", "no", "n", "0", "f"})


def _flag(value: str, field: str) -> bool | None:
    lowered = value.strip().lower()
    if not lowered:
        return None
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise Invalid(field, f"is not true or false: {value[:20]!r}")


def _number(value: str, field: str) -> float | None:
    if not value.strip():
        return None
    try:
        return float(value)
    except ValueError:
        raise Invalid(f"attributes.{field}", f"{value[:20]!r} is not a number") from None


def _list(value: str) -> list[str]:
    return [item for item in (part.strip() for part in value.split(";")) if item]


def _text_lines(chunks: Iterable[bytes], bad: set[int]) -> Iterator[str]:
    """Decoded lines for the csv reader; undecodable ones are noted in `bad` and blanked."""
    for number, raw in enumerate(split_lines(chunks), start=1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            yield raw.decode("utf-8") + "\n"
        except UnicodeDecodeError:
            bad.add(number)
            yield "\n"


def _header(names: list[str]) -> tuple[dict[str, int], list[str]]:
    columns: dict[str, int] = {}
    ignored: list[str] = []
    for index, raw in enumerate(names):
        name = raw.strip().lower().replace(" ", "_").replace("-", "_")
        if name in COLUMNS and name not in columns:
            columns[name] = index
        else:
            ignored.append(raw.strip())
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise ValidationFailed(
            f"CSV header lacks the column(s) {', '.join(missing)}; it has: "
            f"{', '.join(n.strip() for n in names)[:300]}",
            details=[{"location": "line 1", "message": f"missing column {m}"} for m in missing],
        )
    return columns, ignored


def _line(record: list[str], columns: dict[str, int]) -> Line:
    def cell(name: str) -> str:
        index = columns.get(name)
        return record[index] if index is not None and index < len(record) else ""

    def optional(name: str) -> str | None:
        return cell(name).strip() or None

    manager = None
    if optional("account_manager_name"):
        manager = {"name": cell("account_manager_name"), "email": optional("account_manager_email")}
    fields: dict[str, Any] = {name: cell(name) for name in REQUIRED}
    fields.update({name: optional(name) for name in TOP if name not in REQUIRED})
    fields.update({name: _flag(cell(name), name) for name in FLAGS})
    attrs: dict[str, Any] = {name: _list(cell(name)) for name in LISTS}
    attrs.update({name: _number(cell(name), name) for name in NUMBERS})
    attrs.update({name: optional(name) for name in TEXTS})
    attrs["account_manager"] = manager
    fields["attributes"] = attrs
    # Through msgspec, so lengths and limits are checked exactly as for JSON lines.
    return msgspec.convert(fields, Line)


def _cell_at(record: list[str], columns: dict[str, int]) -> Callable[[str], object]:
    """The cell a line's field came from (`attributes.account_manager.email` is the
    account_manager_email column), for an error message."""

    def find(path: str) -> object:
        last = path.rsplit(".", 1)[-1].split("[", 1)[0]
        name = f"account_manager_{last}" if ".account_manager." in path else last
        index = columns.get(name)
        return record[index] if index is not None and index < len(record) else ABSENT

    return find


def csv_records(
    chunks: Iterable[bytes], on_ignored: Callable[[list[str]], None]
) -> Iterator[tuple[int, Row | LineError]]:
    """(line number, row or error) per CSV record; `on_ignored` hears unknown columns."""
    bad: set[int] = set()
    reader = csv.reader(_text_lines(chunks, bad), strict=True)
    try:
        names = next(reader, None)
    except csv.Error as exc:
        raise ValidationFailed(f"CSV header cannot be read: {exc}") from None
    if names is None or 1 in bad:
        raise ValidationFailed("the CSV has no readable header row (UTF-8, comma-separated)")
    columns, ignored = _header(names)
    on_ignored(ignored)
    start = reader.line_num + 1
    while True:
        try:
            record = next(reader, None)
        except csv.Error as exc:
            yield start, LineError(start, None, f"malformed CSV: {exc}")
            start = reader.line_num + 1
            continue
        if record is None:
            return
        number, start = start, reader.line_num + 1
        if not any(cell.strip() for cell in record):
            if number in bad:
                yield number, LineError(number, None, "not valid UTF-8")
            continue
        if any(n in bad for n in range(number, start)):
            yield number, LineError(number, None, "not valid UTF-8")
            continue
        try:
            yield number, to_row(_line(record, columns))
        except Invalid as exc:
            yield number, LineError(number, exc.field, exc.message)
        except msgspec.MsgspecError as exc:
            error = decode_error(exc, _cell_at(record, columns))
            yield number, LineError(number, error.field, error.message)
