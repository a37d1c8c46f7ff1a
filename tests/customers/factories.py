"""Factories for customer tests: import lines and stored customers."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session

from crisiscomms.customers.importing import ImportFormat, ImportReport, import_customers
from tests.conftest import NOW


def line(external_id: str, **fields: Any) -> dict[str, Any]:
    """A JSON import line: an English business customer in the EU using the Console."""
    values: dict[str, Any] = {
        "external_id": external_id,
        "name": f"Customer {external_id}",
        "email": f"{external_id.lower()}@example.com",
        "phone": "+61491570156",
        "locale": "en",
        "attributes": {
            "products": ["Northwind Cloud Console"],
            "regions": ["EU"],
            "segment": "business",
            "monthly_bill": 49.5,
            "currency": "EUR",
        },
    }
    values.update(fields)
    return values


def jsonl(*lines: dict[str, Any] | str) -> bytes:
    """JSON Lines from dicts (encoded) and strings (taken as they are)."""
    return "".join(
        (item if isinstance(item, str) else json.dumps(item, ensure_ascii=False)) + "\n"
        for item in lines
    ).encode()


def load(
    session: Session, *lines: dict[str, Any] | str, fmt: ImportFormat = ImportFormat.JSONL
) -> ImportReport:
    """Import the lines in one go, as the API would."""
    return import_customers(session, [jsonl(*lines)], fmt=fmt, now=NOW)
