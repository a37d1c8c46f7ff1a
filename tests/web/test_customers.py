"""The customers pages over HTTP: counts and a filtered, paged list; the import previewed
(nothing written) and then imported, with per-line errors both times."""

from __future__ import annotations

import base64
import re

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, func, select

from crisiscomms.audit.models import AuditEvent
from crisiscomms.customers.models import Customer
from crisiscomms.principal import Role
from crisiscomms.web import customers as customer_pages
from tests.conftest import NOW
from tests.customers.factories import jsonl, line
from tests.factories import make_user
from tests.web.helpers import page_sign_in

CSV = (
    b"external_id,name,email,segment,active,favourite_colour\n"
    b"C-1,Ada <b>Lovelace</b>,ada@example.com,enterprise,yes,blue\n"
    b"C-2,Bad Email,not-an-address,enterprise,yes,red\n"
    b"C-3,Grace Hopper,grace@example.com,business,,green\n"
    b",No Id,noid@example.com,business,yes,\n"
)


def _count(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Customer)).one()


def _preview(client: TestClient, csrf: str, content: bytes, name: str, fmt: str = "") -> object:
    return client.post(
        "/customers/import",
        data={"csrf_token": csrf, "format": fmt},
        files={"file": (name, content, "application/octet-stream")},
    )


def _hidden(html: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', html)
    assert found, name
    return found.group(1)


def test_preview_writes_nothing_then_import_reports_each_line(
    client: TestClient, session: Session
) -> None:
    csrf = page_sign_in(client, make_user(session, role=Role.COMMS).email)
    form = client.get("/customers/import")
    assert form.status_code == 200
    assert '<label for="file">File</label>' in form.text
    assert 'enctype="multipart/form-data"' in form.text

    preview = _preview(client, csrf, CSV, "people.csv")
    assert preview.status_code == 200  # type: ignore[attr-defined]
    html = preview.text  # type: ignore[attr-defined]
    assert "Nothing is stored yet. 4 lines read: 2 will be imported" in html
    assert "2 will fail" in html
    assert "Ada &lt;b&gt;Lovelace&lt;/b&gt;" in html and "<b>Lovelace" not in html
    assert "Columns ignored: favourite_colour" in html
    assert re.search(r"<td>3</td><td>email</td><td>.*is not a valid email address", html)
    assert re.search(r"<td>5</td><td>external_id</td>", html)
    assert _count(session) == 0
    payload = _hidden(html, "payload")
    assert base64.b64decode(payload) == CSV
    assert _hidden(html, "format") == "csv"

    imported = client.post(
        "/customers/import/confirm",
        data={"csrf_token": csrf, "format": "csv", "filename": "people.csv", "payload": payload},
    )
    assert imported.status_code == 200
    assert "Import report: people.csv" in imported.text
    counts = re.findall(r"<strong>(\d+)</strong> (added|updated|unchanged|failed)", imported.text)
    assert counts == [("2", "added"), ("0", "updated"), ("0", "unchanged"), ("2", "failed")]
    assert re.search(r"<td>3</td><td>email</td>", imported.text)
    assert _count(session) == 2
    audit = session.exec(select(AuditEvent).where(AuditEvent.action == "customers.import")).one()
    assert audit.after is not None and audit.after["inserted"] == 2

    listing = client.get("/customers")
    assert listing.status_code == 200
    assert "Ada &lt;b&gt;Lovelace&lt;/b&gt;" in listing.text
    assert re.search(r"<strong>2</strong> in total", listing.text)
    assert '<a href="/customers?segment=enterprise">enterprise</a>' in listing.text


def test_jsonl_by_extension_and_the_format_choice(client: TestClient, session: Session) -> None:
    csrf = page_sign_in(client, make_user(session, role=Role.COMMS).email)
    content = jsonl(line("J-1"), line("J-2"), "{not json")
    by_name = _preview(client, csrf, content, "people.ndjson")
    assert by_name.status_code == 200  # type: ignore[attr-defined]
    assert "3 lines read: 2 will be imported" in by_name.text  # type: ignore[attr-defined]
    chosen = _preview(client, csrf, content, "export.txt", fmt="jsonl")
    assert chosen.status_code == 200  # type: ignore[attr-defined]
    unknown = _preview(client, csrf, content, "export.txt")
    assert unknown.status_code == 422  # type: ignore[attr-defined]
    assert 'id="file-error"' in unknown.text  # type: ignore[attr-defined]
    assert "export.txt: &#39;.txt&#39; is not an import format" in unknown.text  # type: ignore[attr-defined]


@pytest.mark.parametrize("fmt", ["", "csv", "jsonl"])
def test_a_spreadsheet_is_refused_whatever_the_format_chosen(
    client: TestClient, session: Session, fmt: str
) -> None:
    csrf = page_sign_in(client, make_user(session, role=Role.COMMS).email)
    response = _preview(client, csrf, b"PK\x03\x04 not a text file", "customers.xlsx", fmt=fmt)
    assert response.status_code == 422  # type: ignore[attr-defined]
    html = response.text  # type: ignore[attr-defined]
    assert 'id="file-error"' in html
    assert "customers.xlsx: &#39;.xlsx&#39; is a spreadsheet, not an import format" in html
    assert "save it as CSV first" in html
    assert _count(session) == 0


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"", "empty.csv", "the file is empty"),
        (b"name,email\nAda,ada@example.com\n", "people.csv", "lacks the column(s) external_id"),
    ],
)
def test_bad_files_are_refused_beside_the_field(
    client: TestClient, session: Session, content: bytes, name: str, message: str
) -> None:
    csrf = page_sign_in(client, make_user(session, role=Role.COMMS).email)
    response = _preview(client, csrf, content, name, fmt="csv")
    assert response.status_code == 422  # type: ignore[attr-defined]
    html = response.text  # type: ignore[attr-defined]
    assert 'id="file-error"' in html and message in html
    assert '<option value="csv" selected>' in html  # the choice is kept
    assert _count(session) == 0


def test_no_file_and_a_broken_payload(client: TestClient, session: Session) -> None:
    csrf = page_sign_in(client, make_user(session, role=Role.COMMS).email)
    no_file = client.post("/customers/import", data={"csrf_token": csrf, "format": "csv"})
    assert no_file.status_code == 422 and "choose a CSV or JSON Lines file" in no_file.text
    broken = client.post(
        "/customers/import/confirm",
        data={"csrf_token": csrf, "format": "csv", "payload": "%%% not base64"},
    )
    assert broken.status_code == 422 and 'id="file-error"' in broken.text
    assert _count(session) == 0


def test_a_file_over_the_page_limit_is_refused(
    client: TestClient, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(customer_pages, "max_upload_bytes", lambda _settings: 64)
    csrf = page_sign_in(client, make_user(session, role=Role.COMMS).email)
    response = _preview(client, csrf, CSV, "people.csv")
    assert response.status_code == 422  # type: ignore[attr-defined]
    assert "through the API" in response.text  # type: ignore[attr-defined]
    payload = base64.b64encode(CSV).decode()
    confirm = client.post(
        "/customers/import/confirm",
        data={"csrf_token": csrf, "format": "csv", "payload": payload},
    )
    assert confirm.status_code == 413
    assert _count(session) == 0


def test_roles_and_csrf(client: TestClient, session: Session) -> None:
    signed_out = client.get("/customers", follow_redirects=False)
    assert signed_out.status_code == 303
    assert signed_out.headers["location"] == "/login?next=%2Fcustomers"
    viewer = page_sign_in(client, make_user(session, role=Role.VIEWER).email)
    assert client.get("/customers").status_code == 200
    assert "/customers/import" not in client.get("/customers").text
    assert client.get("/customers/import").status_code == 403
    assert _preview(client, viewer, CSV, "people.csv").status_code == 403  # type: ignore[attr-defined]
    payload = base64.b64encode(CSV).decode()
    confirm = client.post(
        "/customers/import/confirm",
        data={"csrf_token": viewer, "format": "csv", "payload": payload},
    )
    assert confirm.status_code == 403
    client.post("/logout", data={"csrf_token": viewer})
    page_sign_in(client, make_user(session, role=Role.COMMS).email)
    for path in ("/customers/import", "/customers/import/confirm"):
        for data in ({}, {"csrf_token": "forged"}):
            forged = client.post(path, data=data)
            assert forged.status_code == 403 and "security token" in forged.text
    assert _count(session) == 0


def test_the_list_is_filtered_and_paged(
    client: TestClient, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crisiscomms.customers.importing import ImportFormat, import_customers

    lines = [line(f"P-{i:02d}") for i in range(5)]
    lines.append(line("P-former", active=False, attributes={"segment": "consumer"}))
    import_customers(session, [jsonl(*lines)], fmt=ImportFormat.JSONL, now=NOW)
    monkeypatch.setattr(customer_pages, "PAGE_SIZE", 2)
    page_sign_in(client, make_user(session, role=Role.VIEWER).email)
    first = client.get("/customers?activity=active")
    assert first.status_code == 200
    assert first.text.count("<td>P-0") == 2
    next_link = re.search(r'href="(/customers\?[^"]*after=\d+)"', first.text)
    assert next_link
    second = client.get(next_link.group(1).replace("&amp;", "&"))
    assert "<td>P-02</td>" in second.text and "<td>P-00</td>" not in second.text
    former = client.get("/customers?activity=former")
    assert "<td>P-former</td>" in former.text and "<td>P-00</td>" not in former.text
    consumer = client.get("/customers?segment=consumer")
    assert "<td>P-former</td>" in consumer.text and "<td>P-01</td>" not in consumer.text
    assert client.get("/customers?activity=everyone").status_code == 422
