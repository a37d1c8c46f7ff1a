"""`crisiscomms customers import FILE`: a file in no import format is refused before any
work, naming its extension and the formats there are."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from crisiscomms.cli import app

runner = CliRunner()


@pytest.mark.parametrize(
    ("name", "options", "words"),
    [
        ("customers.xlsx", [], "'.xlsx' is a spreadsheet, not an import format"),
        ("customers.xlsx", ["--format", "jsonl"], "'.xlsx' is a spreadsheet"),
        ("customers.txt", [], "'.txt' is not an import format: the import reads CSV (.csv)"),
        ("customers.csv", ["--format", "xlsx"], "--format: 'xlsx' is not an import format"),
    ],
)
def test_a_file_in_no_import_format_is_refused(
    tmp_path: Path, name: str, options: list[str], words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04 a spreadsheet's zip")
    result = runner.invoke(app, ["customers", "import", str(path), *options])
    assert result.exit_code == 2, result.output
    assert words in result.stderr
