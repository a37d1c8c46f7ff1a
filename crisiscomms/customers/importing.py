"""Import and upsert customers from JSON Lines or CSV, in chunks, at bulk-insert speed.

Invariants: a bad line never stops the others (it is reported with its line number and
field); a customer is matched by `external_id`, every line is counted exactly once as
inserted, updated, unchanged or failed; suppressions are never touched (they are keyed
by address, so a re-import cannot undo an unsubscribe); flags a line leaves out keep
their stored value. Nothing is committed here: the caller owns the transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import PurePosixPath

from sqlmodel import Session

from crisiscomms.customers import bulk
from crisiscomms.customers.csvlines import csv_records
from crisiscomms.customers.jsonlines import jsonl_records
from crisiscomms.customers.parsing import LineError, Row
from crisiscomms.errors import CrisisCommsError, ValidationFailed

CHUNK_SIZE = 5_000
MAX_REPORTED_ERRORS = 1_000


class ImportFormat(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"


MEDIA_TYPES: dict[str, ImportFormat] = {
    "application/x-ndjson": ImportFormat.JSONL,
    "application/jsonl": ImportFormat.JSONL,
    "application/json-lines": ImportFormat.JSONL,
    "application/x-jsonlines": ImportFormat.JSONL,
    "text/csv": ImportFormat.CSV,
}
"""Request media types the import accepts, and the format each one means."""
EXTENSIONS: dict[str, ImportFormat] = {
    ".csv": ImportFormat.CSV,
    ".jsonl": ImportFormat.JSONL,
    ".ndjson": ImportFormat.JSONL,
    ".json": ImportFormat.JSONL,
    ".jsonlines": ImportFormat.JSONL,
}
"""File name extensions the import reads, and the format each one means."""
SPREADSHEETS = frozenset({".xlsx", ".xlsm", ".xls", ".ods", ".numbers"})
SPREADSHEET_MEDIA_TYPES = frozenset(
    {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.ms-excel",
        "application/vnd.oasis.opendocument.spreadsheet",
    }
)
_FORMATS_RULE = "the import reads CSV (.csv) and JSON Lines (.jsonl, .ndjson, .json)"


def format_of_file(filename: str, chosen: ImportFormat | None = None) -> ImportFormat:
    """The format to read a file in: the one chosen, else its extension's. A spreadsheet
    is refused whatever is chosen (its bytes are neither format), and so is an extension
    that says nothing when no format is chosen; ValidationFailed names the extension."""
    suffix = PurePosixPath(filename.strip().lower()).suffix
    if suffix in SPREADSHEETS:
        message = f"'{suffix}' is a spreadsheet, not an import format: save it as CSV first"
    elif chosen is not None:
        return chosen
    elif suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    else:
        shown = f"'{suffix}'" if suffix else "a name without an extension"
        message = f"{shown} is not an import format: {_FORMATS_RULE}, or choose the format"
    raise ValidationFailed(
        f"file: {message}",
        details=[{"location": "file", "message": message, "type": "import_format"}],
    )


def format_of_media_type(content_type: str) -> ImportFormat:
    """The format a request body's media type says; a 415 naming it when it says none the
    import reads, or a charset other than UTF-8."""
    media, _, params = content_type.partition(";")
    media = media.strip().lower()
    fmt = MEDIA_TYPES.get(media)
    charset = params.strip().lower().removeprefix("charset=").strip('"')
    if fmt is not None and (not params.strip() or charset in ("utf-8", "utf8")):
        return fmt
    shown = repr(content_type.strip()[:100]) if content_type.strip() else "no Content-Type"
    if fmt is not None:
        why = "the import reads UTF-8 only"
    elif media in SPREADSHEET_MEDIA_TYPES:
        why = "a spreadsheet is not an import format: save it as CSV first"
    else:
        why = "send application/x-ndjson (JSON Lines) or text/csv, in UTF-8"
    message = f"{shown}: {why}"
    raise CrisisCommsError(
        f"Content-Type: {message}",
        status=415,
        code="unsupported_media_type",
        details=[{"location": "header.content-type", "message": message, "type": "media_type"}],
    )


@dataclass
class ImportReport:
    """What an import did; `errors` keeps the first MAX_REPORTED_ERRORS failed lines."""

    format: ImportFormat
    lines: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[LineError] = field(default_factory=list)
    errors_truncated: bool = False
    ignored_columns: list[str] = field(default_factory=list)

    def add(self, counts: bulk.Counts) -> None:
        """Count one written chunk."""
        self.inserted += counts.inserted
        self.updated += counts.updated
        self.unchanged += counts.unchanged

    def fail(self, error: LineError) -> None:
        """Count one failed line, keeping its error while there is room."""
        self.failed += 1
        if len(self.errors) < MAX_REPORTED_ERRORS:
            self.errors.append(error)
        else:
            self.errors_truncated = True


def records(
    chunks: Iterable[bytes], fmt: ImportFormat, report: ImportReport
) -> Iterator[tuple[int, Row | LineError]]:
    """(line number, row or error) for each record of the stream."""
    if fmt == ImportFormat.CSV:
        return csv_records(chunks, report.ignored_columns.extend)
    return jsonl_records(chunks)


def import_customers(
    session: Session,
    chunks: Iterable[bytes],
    *,
    fmt: ImportFormat,
    now: datetime,
    chunk_size: int = CHUNK_SIZE,
) -> ImportReport:
    """Upsert every valid line of a JSONL or CSV byte stream; report per-line failures."""
    report = ImportReport(format=fmt)
    pending: dict[str, Row] = {}
    with bulk.writer_for(session, now=now) as writer:
        for _number, outcome in records(chunks, fmt, report):
            report.lines += 1
            if isinstance(outcome, LineError):
                report.fail(outcome)
                continue
            # A repeated id goes into the next chunk, so the later line wins and both count.
            if len(pending) >= chunk_size or outcome[0] in pending:
                writer.write(list(pending.values()))
                pending.clear()
            pending[outcome[0]] = outcome
        if pending:
            writer.write(list(pending.values()))
        report.add(writer.close())
    bulk.forget_loaded_customers(session)
    return report


@dataclass
class ImportPreview:
    """What an import would do, read without writing: the first rows as parsed, and every
    line that would fail (the first MAX_REPORTED_ERRORS of them)."""

    format: ImportFormat
    lines: int = 0
    valid: int = 0
    rows: list[Row] = field(default_factory=list)
    report: ImportReport | None = None

    @property
    def errors(self) -> list[LineError]:
        """The lines that would fail, with line number, field and message."""
        return self.report.errors if self.report else []

    @property
    def failed(self) -> int:
        """How many lines would fail."""
        return self.report.failed if self.report else 0


def preview_customers(
    chunks: Iterable[bytes], *, fmt: ImportFormat, sample: int = 20
) -> ImportPreview:
    """Parse a JSONL or CSV stream exactly as `import_customers` does, without touching
    the database: the first `sample` valid rows and the per-line errors."""
    report = ImportReport(format=fmt)
    preview = ImportPreview(format=fmt, report=report)
    for _number, outcome in records(chunks, fmt, report):
        preview.lines += 1
        if isinstance(outcome, LineError):
            report.fail(outcome)
            continue
        preview.valid += 1
        if len(preview.rows) < sample:
            preview.rows.append(outcome)
    report.lines = preview.lines
    return preview
