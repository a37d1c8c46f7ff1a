"""MkDocs hooks: the reference pages are generated from the code when the site is built.

`<!-- plan-schema -->` becomes the plan JSON Schema, `<!-- openapi -->` the table of API
operations and the OpenAPI document, so the site never drifts from the code.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _plan_schema() -> str:
    schema = json.loads((ROOT / "crisiscomms" / "plans" / "plan.schema.json").read_text())
    return "```json\n" + json.dumps(schema, indent=2, ensure_ascii=False) + "\n```\n"


def _openapi() -> str:
    from crisiscomms.config import Settings
    from crisiscomms.main import create_app

    settings = Settings(database_url="sqlite://", run_worker_in_process=False)
    document: dict[str, Any] = create_app(settings, run_startup=False).openapi()
    rows = ["| method | path | summary | statuses |", "|---|---|---|---|"]
    for path, operations in sorted(document["paths"].items()):
        for method, operation in operations.items():
            statuses = ", ".join(sorted(operation.get("responses", {})))
            summary = (operation.get("summary") or "").replace("|", "\\|")
            rows.append(f"| {method.upper()} | `{path}` | {summary} | {statuses} |")
    body = json.dumps(document, indent=2, ensure_ascii=False)
    return "\n".join(rows) + "\n\n## The document\n\n```json\n" + body + "\n```\n"


def on_page_markdown(markdown: str, **_: Any) -> str:
    if "<!-- plan-schema -->" in markdown:
        markdown = markdown.replace("<!-- plan-schema -->", _plan_schema())
    if "<!-- openapi -->" in markdown:
        markdown = markdown.replace("<!-- openapi -->", _openapi())
    return markdown
