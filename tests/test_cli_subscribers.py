"""`crisiscomms subscribers import|export` on a real SQLite file: every refused line named
with its line and field, unsubscribes honoured, a round trip through CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session, select
from typer.testing import CliRunner

from crisiscomms.cli import app
from crisiscomms.config import get_settings
from crisiscomms.db import make_engine
from crisiscomms.subscribers.models import Subscriber, SubscriberStatus

runner = CliRunner()


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("CRISISCOMMS_DATABASE_URL", url)
    get_settings.cache_clear()
    yield url
    get_settings.cache_clear()


def test_import_reports_each_bad_line_and_export_writes_them_back(
    database: str, tmp_path: Path
) -> None:
    source = tmp_path / "statuspage-export.csv"
    source.write_text(
        "email,components,language\n"
        "IT@Partner.example,Checkout;Payments API,en\n"
        "not-an-address,,en\n"
        "press@news.example,,fr\n"
        "সংবাদ@example.com,,bn\n"
        "it@partner.example,Checkout,bn\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["subscribers", "import", str(source)])
    assert result.exit_code == 1
    assert f"{source}:3: email: 'not-an-address' is not a valid email address" in result.output
    assert f"{source}:4: language: 'fr' is not offered" in result.output
    assert "5 line(s): 2 added, 1 updated, 0 kept unsubscribed, 2 failed" in result.output

    engine = make_engine(get_settings())
    with Session(engine) as session:
        found = session.exec(select(Subscriber).order_by(Subscriber.id)).all()
        assert [(s.address, s.status, s.locale, s.components) for s in found] == [
            ("it@partner.example", SubscriberStatus.ACTIVE, "bn", "\ncheckout\n"),
            ("সংবাদ@example.com", SubscriberStatus.ACTIVE, "bn", ""),
        ]
        found[0].status = SubscriberStatus.UNSUBSCRIBED
        session.add(found[0])
        session.commit()
    engine.dispose()
    again = runner.invoke(app, ["subscribers", "import", str(source)])
    assert "2 kept unsubscribed" in again.output  # an import never undoes an unsubscribe

    exported = runner.invoke(app, ["subscribers", "export"])
    assert exported.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert [(r["email"], r["status"], r["source"]) for r in rows] == [
        ("it@partner.example", "unsubscribed", "import"),
        ("সংবাদ@example.com", "active", "import"),
    ]
    assert runner.invoke(app, ["subscribers", "import", str(tmp_path / "x.xlsx")]).exit_code == 2
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("mail,language\na@b.example,en\n")
    refused = runner.invoke(app, ["subscribers", "import", str(wrong)])
    assert refused.exit_code == 2 and "no 'email' column" in refused.output


def test_time_zones_are_imported_checked_and_exported(database: str, tmp_path: Path) -> None:
    source = tmp_path / "zones.csv"
    source.write_text(
        "email,components,language,time_zone\n"
        "rahim@partner.example,,bn,Asia/Dhaka\n"
        "ann@news.example,,en,America/New_York\n"
        "udo@news.example,,en,\n"
        "bad@news.example,,en,GMT+6\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["subscribers", "import", str(source)])
    assert result.exit_code == 1
    assert f"{source}:5: time_zone: 'GMT+6' is not an IANA time zone" in result.output
    assert "4 line(s): 3 added, 0 updated, 0 kept unsubscribed, 1 failed" in result.output

    exported = runner.invoke(app, ["subscribers", "export"])
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert [(r["email"], r["time_zone"]) for r in rows] == [
        ("rahim@partner.example", "Asia/Dhaka"),
        ("ann@news.example", "America/New_York"),
        ("udo@news.example", ""),
    ]
    # A file without the column (Statuspage's export) leaves the zones as they are.
    plain = tmp_path / "plain.csv"
    plain.write_text("email,components,language\nrahim@partner.example,,bn\n")
    assert runner.invoke(app, ["subscribers", "import", str(plain)]).exit_code == 0
    engine = make_engine(get_settings())
    with Session(engine) as session:
        rahim = session.exec(
            select(Subscriber).where(Subscriber.address == "rahim@partner.example")
        ).one()
        assert rahim.time_zone == "Asia/Dhaka"
    engine.dispose()
