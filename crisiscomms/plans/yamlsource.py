"""YAML to plain data with positions: where every value and key of a plan file sits.

The YAML is composed into nodes (safe loader only) and converted by hand, which records
the line and column of each value and each mapping key, and catches duplicate keys that a
plain `yaml.safe_load` would silently overwrite. Mapping keys stay text as written, so a
locale `no` is never read as false.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from crisiscomms.plans.messages import Loc, Problem, format_loc

MAX_NODES = 100_000
"""More values than any plan needs: refuses alias bombs ("billion laughs")."""
MERGE_TAG = "tag:yaml.org,2002:merge"


@dataclass
class SourceMap:
    """Where each value (and each mapping key) of the data came from in the file."""

    lines: list[str] = field(default_factory=list)
    values: dict[Loc, yaml.Node] = field(default_factory=dict)
    keys: dict[Loc, yaml.Node] = field(default_factory=dict)

    def nearest(self, loc: Loc) -> Loc | None:
        """The longest prefix of `loc` with a recorded value."""
        for end in range(len(loc), -1, -1):
            if loc[:end] in self.values:
                return loc[:end]
        return None

    def position(self, loc: Loc, *, key: bool = False) -> tuple[int | None, int | None]:
        """1-based line and column of the value at `loc` (or its key), else the nearest."""
        node = self.keys.get(loc) if key else None
        if node is None:
            found = self.nearest(loc)
            node = self.values.get(found) if found is not None else None
        if node is None:
            return None, None
        return node.start_mark.line + 1, node.start_mark.column + 1

    def raw(self, loc: Loc) -> str | None:
        """The scalar's text as written, when the value at `loc` is a scalar."""
        node = self.values.get(loc)
        return node.value if isinstance(node, yaml.ScalarNode) else None

    def template_position(self, loc: Loc, line: int) -> tuple[int | None, int | None]:
        """Where line `line` (1-based) of the template held at `loc` sits in the file."""
        node = self.values.get(loc)
        if not isinstance(node, yaml.ScalarNode) or not self.lines:
            return self.position(loc)
        start = node.start_mark
        if node.style == "|":
            stripped = node.value[: len(node.value) - len(node.value.lstrip())].count("\n")
            index = min(start.line + stripped + line, len(self.lines) - 1)
            return index + 1, self._block_indent(node) + 1
        if node.style == ">":
            return start.line + 2, self._block_indent(node) + 1
        return start.line + 1, start.column + 1

    def _block_indent(self, node: yaml.ScalarNode) -> int:
        for text in self.lines[node.start_mark.line + 1 : node.end_mark.line + 1]:
            if text.strip():
                return len(text) - len(text.lstrip(" "))
        return node.start_mark.column


class _Converter:
    """Node tree to plain data, recording positions and collecting structural problems."""

    def __init__(self, smap: SourceMap) -> None:
        self.smap = smap
        self.constructor = yaml.constructor.SafeConstructor()
        self.found: list[tuple[Loc, str, yaml.Node]] = []
        self.count = 0
        self.stack: set[int] = set()

    def convert(self, node: yaml.Node, loc: Loc) -> Any:
        self.smap.values.setdefault(loc, node)
        self.count += 1
        if self.count > MAX_NODES:
            raise _TooLarge(node)
        if id(node) in self.stack:
            self.found.append((loc, "an alias refers to itself", node))
            return None
        if isinstance(node, yaml.ScalarNode):
            try:
                return self.constructor.construct_object(node)
            except yaml.MarkedYAMLError as exc:
                self.found.append((loc, f"cannot read this value: {exc.problem}", node))
                return None
        self.stack.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                return [self.convert(item, (*loc, i)) for i, item in enumerate(node.value)]
            assert isinstance(node, yaml.MappingNode)
            return self._mapping(node, loc)
        finally:
            self.stack.discard(id(node))

    def _mapping(self, node: yaml.MappingNode, loc: Loc) -> dict[str, Any]:
        result: dict[str, Any] = {}
        seen: dict[str, yaml.Node] = {}
        merges: list[yaml.Node] = []
        for key_node, value_node in node.value:
            if key_node.tag == MERGE_TAG:
                is_list = isinstance(value_node, yaml.SequenceNode)
                merges.extend(value_node.value if is_list else [value_node])
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.found.append((loc, "a key must be plain text", key_node))
                continue
            key = str(key_node.value)
            if key in seen:
                first = seen[key].start_mark.line + 1
                message = f"duplicate key '{key}' (first defined on line {first})"
                self.found.append(((*loc, key), message, key_node))
                continue
            seen[key] = key_node
            self.smap.keys[(*loc, key)] = key_node
            result[key] = self.convert(value_node, (*loc, key))
        for source in merges:  # `<<: *defaults` fills in keys not written out
            merged = self.convert(source, loc)
            if merged is None:
                continue  # already reported
            if not isinstance(merged, dict):
                self.found.append((loc, "only a mapping can be merged with <<", source))
                continue
            for key, value in merged.items():
                result.setdefault(key, value)
        return result


class _TooLarge(Exception):
    def __init__(self, node: yaml.Node) -> None:
        self.node = node


def _at(source: str, node: yaml.Node | None, loc: Loc, message: str) -> Problem:
    line = node.start_mark.line + 1 if node is not None else 1
    column = node.start_mark.column + 1 if node is not None else 1
    return Problem(source, line, column, format_loc(loc), message)


def _yaml_problem(source: str, exc: yaml.YAMLError) -> Problem:
    if not isinstance(exc, yaml.MarkedYAMLError) or exc.problem_mark is None:
        return Problem(source, 1, 1, "", f"invalid YAML: {exc}")
    mark = exc.problem_mark
    message = f"invalid YAML: {exc.problem}"
    if exc.context and str(exc.problem).startswith("but "):
        message = f"invalid YAML: {exc.context}, {exc.problem}"
    elif exc.context and exc.context_mark is not None:
        message += f" ({exc.context} on line {exc.context_mark.line + 1})"
    if "'\\t'" in str(exc.problem):
        message += "; indent with spaces, not tabs"
    return Problem(source, mark.line + 1, mark.column + 1, "", message)


def parse_yaml(text: str, source: str) -> tuple[Any, SourceMap, list[Problem]]:
    """YAML text to plain data with its source map; syntax and key problems listed."""
    smap = SourceMap(lines=text.splitlines())
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        return None, smap, [_yaml_problem(source, exc)]
    if root is None:
        return None, smap, [Problem(source, 1, 1, "", "the file is empty")]
    converter = _Converter(smap)
    try:
        data = converter.convert(root, ())
    except _TooLarge as exc:
        message = f"the file expands to more than {MAX_NODES} values (aliases?)"
        return None, smap, [_at(source, exc.node, (), message)]
    problems = [_at(source, node, loc, message) for loc, message, node in converter.found]
    return data, smap, problems
