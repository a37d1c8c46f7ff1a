"""Reading plan files, so that every problem points at its line and column.

A plan file is parsed with positions (`yamlsource`), validated by `PlanBody`, then by the
cross-reference and template checks in `validation.py`; every error becomes a `Problem`
at the nearest position known. JSON bodies (from the API) get the same checks, located by
path only.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from crisiscomms.errors import CrisisCommsError
from crisiscomms.plans import validation
from crisiscomms.plans.messages import Loc, Problem, describe, format_loc
from crisiscomms.plans.schema import PlanBody, Stage
from crisiscomms.plans.yamlsource import SourceMap, parse_yaml

__all__ = [
    "Problem",
    "body_sha256",
    "canonical_body",
    "dump_plan_yaml",
    "load_plan_body",
    "load_plan_file",
    "load_plan_json",
    "load_plan_text",
    "plan_files",
    "read_text",
    "validate_data",
    "validate_paths",
]

JSON_TYPES = ("application/json",)
YAML_TYPES = ("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "text/plain")


def validate_data(
    data: Any,
    source: str,
    smap: SourceMap | None = None,
    *,
    statements: validation.StatementChecks | None = None,
) -> tuple[PlanBody | None, list[Problem]]:
    """Model validation, then cross-reference and template checks, all as located problems."""
    smap = smap or SourceMap()
    if not isinstance(data, dict):
        line, column = smap.position(())
        message = "a plan must be a mapping of fields (key: value) at the top level"
        return None, [Problem(source, line, column, "", message)]
    try:
        body = PlanBody.model_validate(data)
    except ValidationError as exc:
        found = [_pydantic_problem(source, smap, err) for err in exc.errors()]
        return None, _distinct(found)
    problems: list[Problem] = []
    seen: set[tuple[int, int | None, str]] = set()
    for finding in validation.check_plan(body, statements=statements):
        if finding.template_line is not None:
            line, column = smap.template_position(finding.loc, finding.template_line)
        else:
            line, column = smap.position(finding.loc, key=finding.at_key)
        if line is not None:  # a node reached through several YAML aliases counts once
            key = (line, column, finding.same_as or finding.message)
            if key in seen:
                continue
            seen.add(key)
        problems.append(Problem(source, line, column, format_loc(finding.loc), finding.message))
    return (None if problems else body), problems


def _distinct(problems: list[Problem]) -> list[Problem]:
    """One problem per position and message: a YAML alias repeats its node's errors."""
    seen: set[tuple[int | None, int | None, str]] = set()
    result = []
    for problem in problems:
        key = (problem.line, problem.column, problem.message)
        if problem.line is None or key not in seen:
            result.append(problem)
            seen.add(key)
    return result


def _pydantic_problem(source: str, smap: SourceMap, err: Any) -> Problem:
    loc: Loc = tuple(err["loc"])
    if loc and loc[-1] == "[key]":
        line, column = smap.position(loc[:-1], key=True)
        message = f"invalid key: {describe(err, smap.raw(loc[:-1]))}"
        return Problem(source, line, column, format_loc(loc[:-1]), message)
    if err["type"] == "missing":
        line, column = smap.position(loc[:-1])
    else:
        line, column = smap.position(loc, key=err["type"] == "extra_forbidden")
    return Problem(source, line, column, format_loc(loc), describe(err, smap.raw(loc)))


def load_plan_text(
    text: str, source: str, *, statements: validation.StatementChecks | None = None
) -> tuple[PlanBody | None, list[Problem]]:
    """Parse and check a plan file's text; the body is None unless there are no problems."""
    data, smap, problems = parse_yaml(text, source)
    if problems:
        return None, problems
    return validate_data(data, source, smap, statements=statements)


def load_plan_json(
    text: str, source: str, *, statements: validation.StatementChecks | None = None
) -> tuple[PlanBody | None, list[Problem]]:
    """Parse and check a plan given as JSON; problems carry a location, not a line."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, [Problem(source, exc.lineno, exc.colno, "", f"malformed JSON: {exc.msg}")]
    return validate_data(data, source, statements=statements)


def load_plan_body(
    raw: bytes | str,
    source: str,
    *,
    media_type: str = "application/yaml",
    statements: validation.StatementChecks | None = None,
) -> tuple[PlanBody | None, list[Problem]]:
    """Parse and check a plan sent as YAML or JSON (by media type); UnsupportedMediaType else."""
    kind = (media_type or "application/yaml").split(";")[0].strip().lower()
    if kind not in JSON_TYPES + YAML_TYPES:
        raise CrisisCommsError(
            f"unsupported media type '{kind}': send application/json or application/yaml",
            status=415,
            code="unsupported_media_type",
        )
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            return None, [Problem(source, None, None, "", f"not UTF-8 text: {exc.reason}")]
    if kind in JSON_TYPES:
        return load_plan_json(raw, source, statements=statements)
    return load_plan_text(raw, source, statements=statements)


PLAN_FILE_SUFFIXES = frozenset({".yaml", ".yml", ".json"})
SPREADSHEETS = frozenset({".xlsx", ".xlsm", ".xls", ".ods", ".numbers", ".csv"})


def read_text(path: Path) -> tuple[str | None, list[Problem]]:
    """A file's text as UTF-8 (a byte-order mark is allowed), or the problem reading it."""
    try:
        return path.read_bytes().decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        return None, [Problem(str(path), 1, 1, "", f"not UTF-8 text: {exc.reason}")]
    except OSError as exc:
        return None, [Problem(str(path), None, None, "", f"cannot read the file: {exc.strerror}")]


def load_plan_file(
    path: Path, *, statements: validation.StatementChecks | None = None
) -> tuple[PlanBody | None, list[Problem]]:
    """Read and check one plan file (with `statements`, its transparency too)."""
    suffix = path.suffix.lower()
    if suffix not in PLAN_FILE_SUFFIXES:
        shown = f"'{suffix}'" if suffix else "a name without an extension"
        what = "a spreadsheet, not a plan file" if suffix in SPREADSHEETS else "not a plan file"
        message = f"{shown} is {what}: a plan is YAML (.yaml, .yml) or JSON (.json)"
        return None, [Problem(str(path), None, None, "", message)]
    text, problems = read_text(path)
    if text is None:
        return None, problems
    return load_plan_text(text, str(path), statements=statements)


def plan_files(folder: Path) -> list[Path]:
    """The plan files in a folder: *.yaml and *.yml, sorted."""
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in (".yaml", ".yml"))


def validate_paths(
    paths: list[Path], *, statements: validation.StatementChecks | None = None
) -> dict[Path, list[Problem]]:
    """Check files and folders of plan files; every file maps to its (maybe empty) problems."""
    results: dict[Path, list[Problem]] = {}
    for path in paths:
        for file in plan_files(path) if path.is_dir() else [path]:
            results[file] = load_plan_file(file, statements=statements)[1]
    return results


def canonical_body(body: PlanBody) -> dict[str, Any]:
    """The body as stored: JSON types, field aliases as in the file."""
    return body.model_dump(mode="json", by_alias=True)


def body_sha256(body: PlanBody) -> str:
    """The identity of a body: SHA-256 of its canonical JSON (sorted keys, no spaces)."""
    text = json.dumps(
        canonical_body(body), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class _PlanDumper(yaml.SafeDumper):
    """Block style, indented lists, multi-line text as literal blocks."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_PlanDumper.add_representer(str, _represent_str)
_STAGE_ORDER = [s.value for s in Stage]


def _ordered(value: Any, locales: list[str]) -> Any:
    """Maps keyed by locale follow the plan's locale order; templates follow the stages."""
    if isinstance(value, list):
        return [_ordered(v, locales) for v in value]
    if not isinstance(value, dict):
        return value
    keys = list(value)
    for order in (locales, _STAGE_ORDER):
        if keys and all(k in order for k in keys):
            keys.sort(key=order.index)
            break
    return {k: _ordered(value[k], locales) for k in keys}


def dump_plan_yaml(body: dict[str, Any]) -> str:
    """A plan body as readable YAML: fields in the model's order, Unicode kept as written."""
    try:
        data = PlanBody.model_validate(body).model_dump(mode="json", by_alias=True)
    except ValidationError:
        data = body  # dump what there is; the reader will report the problems
    locales = [str(x) for x in data.get("locales") or []]
    return yaml.dump(
        _ordered(data, locales),
        Dumper=_PlanDumper,
        allow_unicode=True,
        sort_keys=False,
        width=1_000_000,  # never fold: a folded line can split a template tag
        default_flow_style=False,
    )
