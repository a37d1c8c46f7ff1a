"""Customers: counts by segment, active and former; a filtered list a page at a time; and
the import of a CSV or JSON Lines file, previewed before anything is written.

The import is two posts. The first parses the uploaded file without writing (the first
rows and every failing line) and carries the file on in a hidden field; the second imports
exactly that file and shows the report. Both parse with the import service itself, so the
preview shows the errors the import will report. The page import is for files that fit in
one form post; larger files go through the API or `crisiscomms customers import`.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from fastapi import APIRouter, Query, Request
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.responses import Response

from crisiscomms.config import Settings
from crisiscomms.customers import service as customer_service
from crisiscomms.customers.importing import (
    ImportFormat,
    ImportPreview,
    ImportReport,
    format_of_file,
    preview_customers,
)
from crisiscomms.customers.parsing import Row
from crisiscomms.db import utc_now
from crisiscomms.deps import SessionDep, SettingsDep
from crisiscomms.errors import CrisisCommsError, ValidationFailed
from crisiscomms.principal import Principal
from crisiscomms.web.deps import PageComms, PageViewer
from crisiscomms.web.forms import CheckedForm, text
from crisiscomms.web.templating import render

router = APIRouter(prefix="/customers")

PAGE_SIZE = 50
PREVIEW_ROWS = 20
FORM_OVERHEAD = 16_384
"""Room left in a form post for the fields around the file."""
MAX_FIELD_BYTES = 1_000_000
"""Starlette refuses a form field (not a file) above 1 MiB; the carried file is one."""
ACTIVITY = {"active": True, "former": False}
FORMATS = frozenset(f.value for f in ImportFormat)


def max_upload_bytes(settings: Settings) -> int:
    """The largest file the page accepts: the confirming post carries it again, in base64."""
    return min((settings.max_body_bytes - FORM_OVERHEAD) * 3 // 4, MAX_FIELD_BYTES * 3 // 4)


@router.get("")
def list_customers(
    request: Request,
    session: SessionDep,
    _viewer: PageViewer,
    segment: str = Query(default="", max_length=200),
    activity: str = Query(default="", pattern="^(|active|former)$"),
    after: int = Query(default=0, ge=0),
) -> Response:
    """Counts by segment, active and former; customers by id, filtered, fifty a page."""
    customers = customer_service.list_customers(
        session,
        active=ACTIVITY.get(activity),
        segment=segment or None,
        after=after,
        limit=PAGE_SIZE,
    )
    return render(
        request,
        "customers/index.html",
        {
            "stats": customer_service.customer_stats(session),
            "customers": customers,
            "filters": {"segment": segment, "activity": activity},
            "after": after,
            "next_after": customers[-1].id if len(customers) == PAGE_SIZE else None,
        },
    )


def _import_page(
    request: Request,
    settings: Settings,
    *,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    preview: ImportPreview | None = None,
    payload: str = "",
    filename: str = "",
    status_code: int = 200,
) -> Response:
    return render(
        request,
        "customers/import.html",
        {
            "values": values or {},
            "errors": errors or {},
            "preview": preview,
            "rows": [_row_view(row) for row in preview.rows] if preview else [],
            "payload": payload,
            "filename": filename,
            "max_bytes": max_upload_bytes(settings),
        },
        status_code=status_code,
    )


def _row_view(row: Row) -> dict[str, Any]:
    """A parsed import row by column name, for the preview table."""
    return {
        "external_id": row[0],
        "name": row[1],
        "email": row[2],
        "phone": row[3],
        "locale": row[4],
        "active": row[5],
        "segment": row[9],
    }


def _format_of(chosen: str, filename: str) -> tuple[ImportFormat | None, str | None]:
    """The format to read the upload in, or why there is none."""
    try:
        return format_of_file(filename, ImportFormat(chosen) if chosen in FORMATS else None), None
    except ValidationFailed as refused:
        return None, refused.details[0]["message"]


@router.get("/import")
def new_customer_import(request: Request, settings: SettingsDep, _comms: PageComms) -> Response:
    """Choose a CSV or JSON Lines file of customers to preview."""
    return _import_page(request, settings)


@router.post("/import")
async def preview_customer_import(
    request: Request, settings: SettingsDep, _comms: PageComms, form: CheckedForm
) -> Response:
    """Parse the file without writing: the first rows and every line that would fail."""
    chosen = text(form, "format")
    values = {"format": chosen}
    upload = form.get("file")
    if not isinstance(upload, UploadFile) or not upload.filename:
        errors = {"file": "choose a CSV or JSON Lines file"}
        return _import_page(request, settings, values=values, errors=errors, status_code=422)
    filename = upload.filename[:200]
    limit = max_upload_bytes(settings)
    content = await upload.read(limit + 1)
    fmt, unreadable = _format_of(chosen, filename)
    errors = {}
    if len(content) > limit:
        errors["file"] = (
            f"the file is larger than {limit // 1024} KiB; import it through the API or "
            "`crisiscomms customers import` instead"
        )
    elif not content.strip():
        errors["file"] = "the file is empty"
    if unreadable is not None:
        errors["file"] = f"{filename}: {unreadable}"
    if errors or fmt is None:
        return _import_page(request, settings, values=values, errors=errors, status_code=422)
    try:
        preview = preview_customers([content], fmt=fmt, sample=PREVIEW_ROWS)
    except CrisisCommsError as exc:
        errors = {"file": exc.message}
        return _import_page(request, settings, values=values, errors=errors, status_code=422)
    return _import_page(
        request,
        settings,
        values={"format": fmt.value},
        preview=preview,
        payload=base64.b64encode(content).decode("ascii"),
        filename=filename,
    )


@router.post("/import/confirm")
async def import_customer_file(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    actor: PageComms,
    form: CheckedForm,
) -> Response:
    """Import the previewed file and show the report, with every failed line."""
    chosen = text(form, "format")
    filename = text(form, "filename")[:200]
    try:
        content = base64.b64decode(text(form, "payload"), validate=True)
    except (binascii.Error, ValueError):
        content = b""
    if chosen not in FORMATS or not content.strip():
        errors = {"file": "the previewed file did not come back intact; choose it again"}
        return _import_page(
            request, settings, values={"format": chosen}, errors=errors, status_code=422
        )
    if len(content) > max_upload_bytes(settings):
        errors = {"file": "the file is too large for the page; use the API or the CLI"}
        return _import_page(
            request, settings, values={"format": chosen}, errors=errors, status_code=413
        )
    try:
        report = await run_in_threadpool(
            _run_import, session, content, fmt=ImportFormat(chosen), actor=actor
        )
    except CrisisCommsError as exc:
        session.rollback()
        return _import_page(
            request,
            settings,
            values={"format": chosen},
            errors={"file": exc.message},
            status_code=422,
        )
    # The report is answered directly (no 303): its per-line errors are not stored, and
    # posting the same file again is harmless (every line then counts as unchanged).
    return render(request, "customers/imported.html", {"report": report, "filename": filename})


def _run_import(
    session: Session, content: bytes, *, fmt: ImportFormat, actor: Principal
) -> ImportReport:
    return customer_service.run_import(session, [content], fmt=fmt, actor=actor, now=utc_now())
