"""Every plan in the library folder passes every check."""

from __future__ import annotations

from pathlib import Path

import pytest

from crisiscomms.plans.loader import load_plan_file, plan_files
from tests.conftest import PLANS_DIR

LIBRARY = plan_files(PLANS_DIR) if PLANS_DIR.is_dir() else []


def test_the_library_is_not_empty() -> None:
    assert LIBRARY, f"no plan files in {PLANS_DIR}"


@pytest.mark.parametrize("path", LIBRARY, ids=[p.name for p in LIBRARY])
def test_library_plan_is_valid(path: Path) -> None:
    body, problems = load_plan_file(path)
    assert [str(p) for p in problems] == []
    assert body is not None and f"{body.slug}.yaml" == path.name, "name the file after the slug"


def test_library_slugs_are_unique() -> None:
    slugs = [body.slug for body, _ in map(load_plan_file, LIBRARY) if body is not None]
    assert len(slugs) == len(set(slugs))
