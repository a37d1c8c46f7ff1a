"""`crisiscomms plans doctor` on a fresh database: every plan NOT READY (no channel, no
user), each failing check on its own line, exit 1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crisiscomms.cli import app
from crisiscomms.config import get_settings
from tests.conftest import PLANS_DIR

runner = CliRunner()


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("CRISISCOMMS_DATABASE_URL", f"sqlite:///{tmp_path / 'doctor.db'}")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_doctor_names_every_failing_check_and_exits_1(database: None) -> None:
    assert runner.invoke(app, ["plans", "doctor"]).exit_code == 1  # no plans at all
    assert runner.invoke(app, ["plans", "import", str(PLANS_DIR)]).exit_code == 0
    result = runner.invoke(app, ["plans", "doctor", "--days", "7"])
    assert result.exit_code == 1
    assert "service-outage: NOT READY" in result.output
    assert "  FAIL channel x for public: no enabled x channel serves the public audience" in (
        result.output
    )
    assert "  FAIL role commander: nobody active holds the commander role" in result.output
    assert "  warn channel email for subscribers" in result.output
    assert "FAIL template" not in result.output  # the library's templates pass
    assert runner.invoke(app, ["plans", "doctor", "--days", "0"]).exit_code == 2
