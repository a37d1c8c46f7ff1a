"""The documentation site builds in strict mode: a broken link, a missing page or a
reference page that no longer generates fails the suite."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_site_builds_in_strict_mode(tmp_path: Path) -> None:
    mkdocs = Path(sys.executable).parent / "mkdocs"
    done = subprocess.run(
        [str(mkdocs), "build", "--strict", "--quiet", "-f", "docs/mkdocs.yml", "-d", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    operations = (tmp_path / "reference" / "openapi" / "index.html").read_text()
    assert "/api/v1/broadcasts" in operations  # the API reference was generated
    schema = (tmp_path / "reference" / "plan-schema" / "index.html").read_text()
    assert "holding_statement" in schema  # and the plan schema
    assert (tmp_path / "architecture" / "index.html").exists()
