"""The committed JSON Schema of plan files.

Regenerate it with `python -m crisiscomms.plans.schema_file`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from crisiscomms.plans.schema import plan_json_schema

SCHEMA_PATH = Path(__file__).with_name("plan.schema.json")
REGENERATE = "python -m crisiscomms.plans.schema_file"


def render_schema() -> str:
    """The schema as committed: indented by 2, keys in model order, a trailing newline."""
    return json.dumps(plan_json_schema(), indent=2, sort_keys=False, ensure_ascii=False) + "\n"


def write_schema(path: Path = SCHEMA_PATH) -> bool:
    """Write the schema file; whether it changed."""
    text = render_schema()
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


def main() -> None:
    """Regenerate the committed schema and say whether it changed."""
    changed = write_schema()
    sys.stdout.write(f"{SCHEMA_PATH}: {'updated' if changed else 'unchanged'}\n")


if __name__ == "__main__":
    main()
