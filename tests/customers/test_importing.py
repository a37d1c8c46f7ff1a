"""Importing customers: JSONL and CSV, upserts, per-line errors, flags that stop messages."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session, select

from crisiscomms.customers.importing import ImportFormat, format_of_file, import_customers
from crisiscomms.customers.models import Customer
from crisiscomms.errors import ValidationFailed
from tests.conftest import NOW
from tests.customers.factories import jsonl, line, load


def customer(session: Session, external_id: str) -> Customer:
    return session.exec(select(Customer).where(Customer.external_id == external_id)).one()


def test_jsonl_import_inserts_then_updates_then_leaves_unchanged(session: Session) -> None:
    report = load(session, line("C-1"), line("C-2", locale="bn", name="রহিম উদ্দিন"))
    assert (report.lines, report.inserted, report.updated, report.failed) == (2, 2, 0, 0)
    stored = customer(session, "C-2")
    assert stored.name == "রহিম উদ্দিন" and stored.locale == "bn" and stored.active
    assert stored.attributes["products"] == ["Northwind Cloud Console"]
    assert stored.segment == "business"
    assert stored.scope_tags == "\np:northwind cloud console\nr:eu\ns:business\n"
    assert stored.created_at == NOW and stored.email_consent and stored.sms_consent

    later = NOW + timedelta(hours=1)
    report = import_customers(
        session,
        [jsonl(line("C-1", name="Renamed"), line("C-2", name="রহিম উদ্দিন", locale="bn"))],
        fmt=ImportFormat.JSONL,
        now=later,
    )
    assert (report.inserted, report.updated, report.unchanged) == (0, 1, 1)
    assert customer(session, "C-1").name == "Renamed"
    assert customer(session, "C-1").updated_at == later
    assert customer(session, "C-1").created_at == NOW
    assert customer(session, "C-2").updated_at == NOW


def test_csv_import_with_lists_manager_and_ignored_columns(session: Session) -> None:
    body = (
        b"External ID,name,email,phone,locale,products,regions,segment,monthly_bill,currency,"
        b"account_manager_name,account_manager_email,order_ids,active,email_consent,notes\r\n"
        b'C-1,"Smith, Anna",anna@Example.COM,+61 491 570 006,en-GB,'
        b"Northwind Mail; Northwind Backup,EU;UK,enterprise,1200.50,EUR,Alex Morgan,"
        b"alex@example.org,A-1;A-2,yes,no,VIP\r\n"
        b"C-2,Tom Baker,,,,,,,,,,,,false,,\r\n"
    )
    report = import_customers(session, [body[:50], body[50:]], fmt=ImportFormat.CSV, now=NOW)
    assert (report.inserted, report.failed) == (2, 0), report.errors
    assert report.ignored_columns == ["notes"]
    anna = customer(session, "C-1")
    assert anna.name == "Smith, Anna" and anna.email == "anna@example.com"
    assert anna.phone == "+61491570006" and anna.locale == "en-GB"
    assert anna.attributes == {
        "products": ["Northwind Mail", "Northwind Backup"],
        "regions": ["EU", "UK"],
        "segment": "enterprise",
        "monthly_bill": 1200.5,
        "currency": "EUR",
        "account_manager": {"name": "Alex Morgan", "email": "alex@example.org"},
        "order_ids": ["A-1", "A-2"],
    }
    assert anna.active and not anna.email_consent and anna.sms_consent
    tom = customer(session, "C-2")
    assert tom.email is None and tom.phone is None and tom.locale == "en" and not tom.active


BAD_LINES = [
    (line("B-1", email="not-an-email"), "email", "not a valid email"),
    (line("B-2", email="a@example.com\r\nBcc: x@example.org"), "email", "line break"),
    (line("B-3", name="Anna\nSmith"), "name", "line break"),
    (line("B-4", phone="07700 900123"), "phone", "E.164"),
    (line("B-5", locale="english!"), "locale", "language tag"),
    (line("B-6", name=""), "name", "empty"),
    (line("B-7", colour="blue"), "colour", "unknown field"),
    (
        line("B-8", attributes={"products": "Console"}),
        "attributes.products",
        "'Console' is text, not a list",
    ),
    (
        line("B-9", attributes={"monthly_bill": -3}),
        "attributes.monthly_bill",
        "-3 is not allowed: it must be at least 0",
    ),
    (line("B-10", attributes={"currency": "euro"}), "attributes.currency", "ISO 4217"),
    (line("B-11", name="Tab\there"), "name", "control character"),
    ('{"external_id": "B-12", "name": ', None, "not a JSON object"),
    ("[1, 2]", None, "object"),
    (
        line("B-14", attributes={"account_manager": {"name": "M", "email": "m@x"}}),
        "attributes.account_manager.email",
        "not a valid email",
    ),
    # The values of issue 21: each refused, naming the value and the rule.
    (line("B-15", phone="+99912345678"), "phone", "'+99912345678' is not a phone number in E.164"),
    (line("B-16", phone="+10000000000000"), "phone", "'+10000000000000' is not a phone number"),
    (line("B-17", phone="+44 7700 900123"), "phone", "no +44 number starts like this"),
    (line("B-18", locale="xx-YYYYYYYY"), "locale", "'xx-YYYYYYYY' is not a valid IETF BCP 47"),
    (line("B-19", attributes={"currency": "ABC"}), "attributes.currency", "'ABC' is not an ISO"),
    (
        line("B-20", attributes={"monthly_bill": "abc"}),
        "attributes.monthly_bill",
        "'abc' is text, not a number",
    ),
    (line("B-21", email="x@status.example.test"), "email", "special-use or reserved name"),
    (
        line("B-22", attributes={"time_zone": "Dhaka"}),
        "attributes.time_zone",
        "'Dhaka' is not an IANA time zone",
    ),
]


def test_bad_lines_are_reported_with_line_and_field_and_the_rest_imported(
    session: Session,
) -> None:
    lines = [line("OK-1")] + [bad for bad, _field, _message in BAD_LINES] + [line("OK-2")]
    report = load(session, *lines)
    assert (report.inserted, report.failed) == (2, len(BAD_LINES))
    for error, (_bad, field, message) in zip(report.errors, BAD_LINES, strict=True):
        assert error.field == field, error
        assert message in error.message, error
    assert [e.line for e in report.errors] == list(range(2, len(BAD_LINES) + 2))
    stored = session.exec(select(Customer.external_id).order_by(Customer.external_id)).all()
    assert stored == ["OK-1", "OK-2"]


def test_csv_errors_name_the_physical_line_of_the_record(session: Session) -> None:
    body = (
        b"external_id,name,email\n"
        b'C-1,"Two\nlines",a@example.com\n'
        b"C-2,Bob,bob@\n"
        b"C-3,Carol,carol@example.com\n"
        b"C-4,Dan \xff,dan@example.com\n"
    )
    report = import_customers(session, [body], fmt=ImportFormat.CSV, now=NOW)
    assert [(e.line, e.field) for e in report.errors] == [(2, "name"), (4, "email"), (6, None)]
    assert report.inserted == 1


def test_csv_without_required_columns_is_refused_whole(session: Session) -> None:
    with pytest.raises(ValidationFailed, match="external_id"):
        import_customers(session, [b"id,name\n1,Anna\n"], fmt=ImportFormat.CSV, now=NOW)


def test_flags_left_out_keep_their_stored_value(session: Session) -> None:
    load(session, line("C-1", active=False, email_consent=False, sms_consent=False))
    report = load(session, line("C-1", name="New name"))
    assert report.updated == 1
    stored = customer(session, "C-1")
    assert stored.name == "New name"
    assert not stored.active and not stored.email_consent and not stored.sms_consent
    load(session, line("C-1", name="New name", active=True))
    assert customer(session, "C-1").active


def test_a_repeated_id_counts_twice_and_the_later_line_wins(session: Session) -> None:
    report = load(session, line("C-1", name="First"), line("C-2"), line("C-1", name="Second"))
    assert (report.lines, report.inserted, report.updated) == (3, 2, 1)
    assert customer(session, "C-1").name == "Second"


def test_chunks_bom_crlf_and_blank_lines(session: Session) -> None:
    body = (
        b"\xef\xbb\xbf"
        + jsonl(line("C-1")).replace(b"\n", b"\r\n")
        + b"\r\n\n"
        + jsonl(line("C-2"))
    )
    pieces = [body[i : i + 7] for i in range(0, len(body), 7)]
    report = import_customers(session, pieces, fmt=ImportFormat.JSONL, now=NOW, chunk_size=1)
    assert (report.lines, report.inserted, report.failed) == (2, 2, 0), report.errors


def test_many_chunks_count_exactly(session: Session) -> None:
    lines = [line(f"C-{i}") for i in range(1, 26)]
    assert load(session, *lines).inserted == 25
    changed = [line(f"C-{i}", name="X") if i % 5 == 0 else line(f"C-{i}") for i in range(1, 31)]
    report = import_customers(
        session, [jsonl(*changed)], fmt=ImportFormat.JSONL, now=NOW, chunk_size=4
    )
    assert (report.inserted, report.updated, report.unchanged) == (5, 5, 20)


def test_error_list_is_capped_but_every_failure_counted(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("crisiscomms.customers.importing.MAX_REPORTED_ERRORS", 3)
    report = load(session, *[line(f"B-{i}", email="bad") for i in range(5)])
    assert report.failed == 5 and len(report.errors) == 3 and report.errors_truncated


def test_an_overlong_line_is_reported_and_the_next_one_imported(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("crisiscomms.customers.parsing.MAX_LINE_BYTES", 1000)
    long = line("C-LONG", name="x" * 5000)
    body = jsonl(line("C-1"), long, line("C-2"))
    pieces = [body[i : i + 300] for i in range(0, len(body), 300)]
    report = import_customers(session, pieces, fmt=ImportFormat.JSONL, now=NOW)
    assert (report.lines, report.inserted, report.failed) == (3, 2, 1)
    assert report.errors[0].line == 2


@pytest.mark.parametrize(
    ("name", "chosen", "expected"),
    [
        ("people.csv", None, ImportFormat.CSV),
        ("PEOPLE.CSV", None, ImportFormat.CSV),
        ("people.ndjson", None, ImportFormat.JSONL),
        ("people.jsonl", None, ImportFormat.JSONL),
        ("export.txt", ImportFormat.CSV, ImportFormat.CSV),  # the choice says what it is
        ("customers.xlsx", None, "'.xlsx' is a spreadsheet, not an import format"),
        ("customers.xlsx", ImportFormat.JSONL, "'.xlsx' is a spreadsheet"),  # whatever chosen
        ("customers.ods", ImportFormat.CSV, "'.ods' is a spreadsheet"),
        ("export.txt", None, "'.txt' is not an import format: the import reads CSV (.csv)"),
        ("customers", None, "a name without an extension is not an import format"),
    ],
)
def test_the_format_of_a_file(name: str, chosen: ImportFormat | None, expected: object) -> None:
    if isinstance(expected, ImportFormat):
        assert format_of_file(name, chosen) == expected
        return
    with pytest.raises(ValidationFailed) as refused:
        format_of_file(name, chosen)
    assert str(expected) in refused.value.message
    assert refused.value.message.startswith("file: ")
    assert refused.value.details[0]["location"] == "file"


def test_csv_lines_name_the_value_and_the_rule(session: Session) -> None:
    body = (
        b"external_id,name,phone,locale,currency,monthly_bill,time_zone\n"
        b"C-1,Ana,+99912345678,,,,\n"
        b"C-2,Ben,+10000000000000,,,,\n"
        b"C-3,Cy,,xx-YYYYYYYY,,,\n"
        b"C-4,Di,,,ABC,,\n"
        b"C-5,Ed,,,,abc,\n"
        b"C-6,Flo,,,,-3,\n"
        b"C-7,Gus,+880 1712-345678,BN-bd,eur,12.5,Asia/Dhaka\n"
        b"C-8,Hal,,,,,+06:00\n"
    )
    report = import_customers(session, [body], fmt=ImportFormat.CSV, now=NOW)
    assert [(e.line, e.field, e.message.split(" is ")[0]) for e in report.errors] == [
        (2, "phone", "'+99912345678'"),
        (3, "phone", "'+10000000000000'"),
        (4, "locale", "'xx-YYYYYYYY'"),
        (5, "attributes.currency", "'ABC'"),
        (6, "attributes.monthly_bill", "'abc'"),
        (7, "attributes.monthly_bill", "'-3'"),
        (9, "attributes.time_zone", "'+06:00'"),
    ]
    assert "no country uses its calling code" in report.errors[0].message
    assert "too long for its country" in report.errors[1].message
    assert "IETF BCP 47 language tag" in report.errors[2].message
    assert "ISO 4217 currency code" in report.errors[3].message
    assert "at least 0" in report.errors[5].message
    gus = customer(session, "C-7")  # standard forms: E.164, the tag's case, the code's
    assert (gus.phone, gus.locale, gus.attributes["currency"]) == ("+8801712345678", "bn-BD", "EUR")
    assert gus.attributes["time_zone"] == "Asia/Dhaka"
