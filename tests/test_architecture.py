"""The layering is a contract (pyproject.toml, `[tool.importlinter]`), checked by
import-linter: adapters above flows above domains above the shared base, no upward import,
no import cycle between the packages.

CI runs `lint-imports`; these tests run the same contracts, and show that they are not
vacuous: an upward import or a cycle added to the real import graph breaks them.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import grimp
import pytest
from importlinter import api
from importlinter.contracts.acyclic_siblings import AcyclicSiblingsContract
from importlinter.contracts.layers import LayersContract

ROOT = Path(__file__).resolve().parent.parent
CONFIG = str(ROOT / "pyproject.toml")


@pytest.fixture(scope="module")
def contracts() -> dict[str, Any]:
    return api.read_configuration(CONFIG)


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("crisiscomms")


TYPES = {"layers": LayersContract, "acyclic_siblings": AcyclicSiblingsContract}


def _check(contracts: dict[str, Any], graph: grimp.ImportGraph, contract_id: str) -> Any:
    options = next(c for c in contracts["contracts_options"] if c["id"] == contract_id)
    contract = TYPES[options["type"]](
        name=options["name"],
        session_options=contracts["session_options"],
        contract_options=options,
    )
    return contract.check(copy.deepcopy(graph), verbose=False)


def test_lint_imports_keeps_every_contract() -> None:
    """What CI runs: `lint-imports` with the project's configuration."""
    command = Path(sys.executable).parent / "lint-imports"
    done = subprocess.run(
        [str(command), "--config", CONFIG, "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 kept, 0 broken" in done.stdout, done.stdout


@pytest.mark.parametrize(
    ("importer", "imported"),
    [
        ("crisiscomms.statements.service", "crisiscomms.flows.publish"),  # a domain → a flow
        ("crisiscomms.incidents.service", "crisiscomms.watchdog.followups"),  # lower → higher
        ("crisiscomms.audit.service", "crisiscomms.http"),  # the base → an adapter's plumbing
        ("crisiscomms.flows.status", "crisiscomms.api.incidents"),  # a flow → an adapter
        ("crisiscomms.channels.service", "crisiscomms.customers.service"),  # independent ones
    ],
)
def test_an_upward_import_breaks_the_layers(
    contracts: dict[str, Any], graph: grimp.ImportGraph, importer: str, imported: str
) -> None:
    assert _check(contracts, graph, "layers").kept
    changed = copy.deepcopy(graph)
    changed.add_import(importer=importer, imported=imported, line_number=1, line_contents="x")
    assert not _check(contracts, changed, "layers").kept


def test_a_cycle_between_packages_breaks_the_acyclic_contract(
    contracts: dict[str, Any], graph: grimp.ImportGraph
) -> None:
    assert _check(contracts, graph, "acyclic").kept
    changed = copy.deepcopy(graph)
    changed.add_import(
        importer="crisiscomms.plans.service",
        imported="crisiscomms.commitments.service",
        line_number=1,
        line_contents="x",
    )
    assert not _check(contracts, changed, "acyclic").kept


def test_a_module_over_400_lines_says_why_at_its_top() -> None:
    """Files a person can hold in their head: a longer one states its reason in its
    docstring ("Longer than 400 lines on purpose: …")."""
    import ast

    unexplained = []
    for path in sorted((ROOT / "crisiscomms").rglob("*.py")):
        text = path.read_text()
        if text.count("\n") <= 400:
            continue
        docstring = ast.get_docstring(ast.parse(text)) or ""
        if "400 lines" not in docstring:
            unexplained.append(f"{path.relative_to(ROOT)}: {text.count(chr(10))} lines")
    assert not unexplained, unexplained
