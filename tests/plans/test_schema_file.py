"""The committed JSON Schema matches the plan model."""

from __future__ import annotations

import json
from pathlib import Path

from crisiscomms.plans.schema_file import REGENERATE, SCHEMA_PATH, render_schema, write_schema


def test_committed_schema_is_current() -> None:
    committed = SCHEMA_PATH.read_text(encoding="utf-8")
    assert committed == render_schema(), f"plan.schema.json is stale; run: {REGENERATE}"


def test_schema_is_pretty_json_with_a_trailing_newline() -> None:
    text = render_schema()
    assert text.endswith("}\n") and text.startswith('{\n  "')
    schema = json.loads(text)
    assert schema["title"] == "crisiscomms plan"
    assert "slug" in schema["required"]


def test_write_schema_reports_changes(tmp_path: Path) -> None:
    target = tmp_path / "plan.schema.json"
    assert write_schema(target) is True
    assert write_schema(target) is False
    assert target.read_text(encoding="utf-8") == render_schema()
