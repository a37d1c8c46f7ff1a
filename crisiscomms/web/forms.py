"""Form posts: the CSRF check and small helpers to read fields and redisplay errors.

Every form carries a hidden `csrf_token` equal to the session's token (compared in
constant time); a post without it is a 403 page. The sign-in form, which has no session
yet, uses a double-submit cookie instead (`login_csrf_*`).
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Iterable
from typing import Annotated, Any

from fastapi import Depends, Request
from starlette.datastructures import FormData, UploadFile

from crisiscomms.config import Settings
from crisiscomms.dbtypes import MAX_ID
from crisiscomms.errors import Forbidden
from crisiscomms.web.deps import PagePrincipal

CSRF_FIELD = "csrf_token"
MAX_FORM_FIELDS = 2000


def form_id(value: str, *, maximum: int = MAX_ID) -> int | None:
    """A positive id typed or posted in a form, or None when it is none (not digits, zero,
    or larger than its column holds: a lookup of it could only fail)."""
    value = value.strip()
    if not (value.isascii() and value.isdigit()) or len(value) > 20:
        return None
    number = int(value)
    return number if 1 <= number <= maximum else None


def tokens_match(sent: str, expected: str) -> bool:
    """Constant-time comparison; an empty expected token never matches."""
    return bool(expected) and hmac.compare_digest(sent.encode(), expected.encode())


async def read_checked_form(request: Request, _principal: PagePrincipal) -> FormData:
    """The posted form, after checking its CSRF token against the session's."""
    form = await request.form(max_fields=MAX_FORM_FIELDS)
    sent = form.get(CSRF_FIELD)
    if not isinstance(sent, str) or not tokens_match(sent, request.state.csrf_token):
        raise Forbidden(
            "this form is missing its security token or it has expired; reload the page"
        )
    return form


CheckedForm = Annotated[FormData, Depends(read_checked_form)]


def text(form: FormData, name: str, *, strip: bool = True) -> str:
    """A text field ("" when absent or a file)."""
    value = form.get(name)
    if not isinstance(value, str):
        return ""
    return value.strip() if strip else value


async def upload_text(form: FormData, name: str) -> bytes | None:
    """The bytes of an uploaded file field, or None when no file was chosen."""
    value = form.get(name)
    if isinstance(value, UploadFile) and value.filename:
        return await value.read()
    return None


def split_list(value: str) -> list[str]:
    """A comma- or line-separated list, trimmed, empties dropped."""
    return [item.strip() for item in value.replace("\n", ",").split(",") if item.strip()]


def field_errors(details: Iterable[dict[str, Any]], *, strip: str = "body.") -> dict[str, str]:
    """Error details keyed by field location ("body.title" → "title"), first message wins."""
    errors: dict[str, str] = {}
    for detail in details:
        location = str(detail.get("location", ""))
        if location.startswith(strip):
            location = location[len(strip) :]
        errors.setdefault(location, str(detail.get("message", "invalid")))
    return errors


def pydantic_errors(errors: Iterable[Any], *, prefix: str = "") -> dict[str, str]:
    """Pydantic errors keyed by dotted location."""
    found: dict[str, str] = {}
    for err in errors:
        location = prefix + ".".join(str(part) for part in err.get("loc", ()))
        message = str(err.get("msg", "invalid"))
        found.setdefault(location, message.removeprefix("Value error, "))
    return found


def login_cookie_name(settings: Settings) -> str:
    """The double-submit cookie of the sign-in form (same prefix rules as the session)."""
    return "__Host-crisiscomms_login" if settings.cookie_secure else "crisiscomms_login"


def new_login_token() -> str:
    """A fresh token for the sign-in form."""
    return secrets.token_urlsafe(24)
