"""Answering a conditional GET of a view: HTTP dates, 304 by ETag or date, the headers."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime

from crisiscomms.published.views import Entry


def http_date(moment: datetime) -> str:
    """An HTTP date (IMF-fixdate)."""
    return format_datetime(moment.astimezone(UTC), usegmt=True)


def is_not_modified(headers: Mapping[str, str], etag: str, last_modified: datetime) -> bool:
    """Whether a conditional GET may be answered 304 (RFC 9110 §13.1.2, §13.1.3): the
    entity tag wins over the date; weak comparison; anything unparsable means "send it"."""
    if_none_match = headers.get("if-none-match")
    if if_none_match is not None:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or etag in tags
    if_modified_since = headers.get("if-modified-since")
    if not if_modified_since or len(if_modified_since) > 64:
        return False
    try:
        since = parsedate_to_datetime(if_modified_since)
    except (TypeError, ValueError, IndexError, OverflowError):
        return False
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return last_modified.replace(microsecond=0) <= since


def answer(
    entry: Entry, conditional: Mapping[str, str]
) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    """Status, headers and body for a view: 304 (no body) to a matching conditional GET."""
    if entry.rendered.status == 200 and is_not_modified(
        conditional, entry.etag, entry.last_modified
    ):
        return 304, entry.headers_304, b""
    return entry.rendered.status, entry.headers, entry.rendered.body
