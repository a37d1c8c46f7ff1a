"""Statement templates: a Jinja2 sandbox, and the context every template may use.

Plan authors write the sections of a statement as Jinja2 templates. They are rendered in a
`SandboxedEnvironment` with `StrictUndefined`: a misspelt variable is an error, never a
silent blank, and unsafe attribute access (`{{ ''.__class__ }}`) is refused, never executed.
Output is plain text (no HTML escaping); the channel that shows it escapes it.

The context contract (every value is a string; a fact not yet known is "" unless noted):

- `org.name`, `org.support_url`, `org.support_email`, `org.support_phone`,
  `org.status_page_url` — from the plan's `organisation`; missing optional ones are "".
- `incident.title`, `incident.summary` — as written by the incident commander.
- `incident.severity` — the severity's *name* (e.g. "Major outage"), not its id.
- `incident.status` — investigating, identified, monitoring, resolved or closed.
- `incident.detected_at`, `incident.activated_at` — times such as "2024-05-01 09:12 UTC".
- `incident.products`, `incident.regions`, `incident.segments` — comma-separated lists.
- `incident.affected_customers` — a number such as "1250", or "not yet known".
- `next_update_at` — when the next update is promised, as a time like the ones above.
- `make_good` — the plan's make-good tier description for the incident's severity, in the
  statement's locale.
- `resolved_at` — when the incident was resolved, or "" while it is not.
"""

from __future__ import annotations

import operator
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any, Literal
from zoneinfo import ZoneInfo

from jinja2 import StrictUndefined, Template, nodes
from jinja2.exceptions import SecurityError, TemplateSyntaxError, UndefinedError
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment

from crisiscomms.plans.schema import PlanBody

MAX_SEQUENCE_REPEAT = 10_000
"""The longest string or list a template may build with `*`."""
MAX_EXPONENT = 100
MAX_RANGE = 1_000
MAX_OUTPUT = 100_000
"""The longest text one template may produce; statements are far shorter."""

ProblemKind = Literal["syntax", "undefined", "security", "error"]


class TemplateProblem(Exception):
    """A template that cannot be compiled or rendered; `line` is 1-based within the template."""

    def __init__(
        self, name: str, line: int | None, message: str, kind: ProblemKind = "error"
    ) -> None:
        super().__init__(f"{name}:{line}: {message}" if line else f"{name}: {message}")
        self.name = name
        self.line = line
        self.message = message
        self.kind = kind


class StatementEnvironment(SandboxedEnvironment):
    """The sandbox, also refusing `*` and `**` that would build huge values."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Context, operator_: str, left: Any, right: Any) -> Any:
        """Refuse repetition or powers large enough to exhaust memory."""
        if operator_ == "*":
            for seq, count in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(count, int):
                    if len(seq) * count > MAX_SEQUENCE_REPEAT:
                        raise SecurityError("repetition builds a value that is too large")
            return operator.mul(left, right)
        if isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
            raise SecurityError("exponent is too large")
        return operator.pow(left, right)


def make_environment() -> SandboxedEnvironment:
    """A sandboxed environment for plain-text statement templates."""
    env = StatementEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        cache_size=200,
    )
    env.globals.pop("lipsum", None)  # generates text of any size on request
    env.globals["range"] = _small_range
    return env


def _small_range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise SecurityError(f"range() is limited to {MAX_RANGE} numbers in statement templates")
    return numbers


def _refuse_nested_loops(tree: nodes.Template, name: str) -> None:
    """One loop level at most: nested loops could keep a worker busy for hours."""
    for outer in tree.find_all(nodes.For):
        for inner in outer.find_all(nodes.For):
            message = "loops inside loops are not allowed in statement templates"
            raise TemplateProblem(name, inner.lineno, message, "security")


_ENVIRONMENT = make_environment()


@dataclass(frozen=True)
class CompiledTemplate:
    """A compiled template with its name and source (kept to explain errors)."""

    name: str
    source: str
    template: Template


@lru_cache(maxsize=512)
def compile_template(source: str, name: str) -> CompiledTemplate:
    """Compile a template once; raise TemplateProblem on a syntax error."""
    env = _ENVIRONMENT
    try:
        tree = env.parse(source, name=name, filename=name)
    except TemplateSyntaxError as exc:
        raise TemplateProblem(name, exc.lineno, exc.message or str(exc), "syntax") from None
    _refuse_nested_loops(tree, name)
    code = env.compile(tree, name=name, filename=name)
    template = env.template_class.from_code(env, code, env.make_globals(None), None)
    return CompiledTemplate(name=name, source=source, template=template)


def render(template: CompiledTemplate, context: dict[str, Any]) -> str:
    """Render in the sandbox; raise TemplateProblem on an unknown variable or refused access."""
    name = template.name
    try:
        return _bounded(template.template.generate(context))
    except SecurityError as exc:
        raise TemplateProblem(name, _error_line(exc, name), str(exc), "security") from None
    except UndefinedError as exc:
        message = _undefined_name(exc, template)
        raise TemplateProblem(name, _error_line(exc, name), message, "undefined") from None
    except Exception as exc:  # user-written templates may fail in any way: report, never crash
        message = f"{type(exc).__name__}: {exc}"
        raise TemplateProblem(name, _error_line(exc, name), message, "error") from None


def _bounded(chunks: Iterator[str]) -> str:
    """Join the output, refusing to build more than MAX_OUTPUT characters."""
    parts: list[str] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > MAX_OUTPUT:
            raise SecurityError(f"the template writes more than {MAX_OUTPUT} characters")
        parts.append(chunk)
    return "".join(parts)


def _error_line(exc: BaseException, name: str) -> int | None:
    """The template line of the innermost frame Jinja attributed to this template."""
    line = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == name:
            line = frame.lineno
    return line


def _undefined_name(exc: UndefinedError, template: CompiledTemplate) -> str:
    """The variable a StrictUndefined error is about, dotted where the template dots it."""
    text = exc.message or str(exc)
    if text.endswith(" is undefined") and text.startswith("'"):
        return text[1 : -len(" is undefined") - 1]
    marker = "has no attribute '"
    if marker in text:
        attribute = text.split(marker, 1)[1].rstrip("'")
        dotted = _dotted_attribute(template, attribute)
        return dotted or attribute
    return text


def _dotted_attribute(template: CompiledTemplate, attribute: str) -> str | None:
    """Find `name.attribute` in the template's source, to name the whole path."""
    try:
        tree = _ENVIRONMENT.parse(template.source)
    except TemplateSyntaxError:
        return None
    for node in tree.find_all(nodes.Getattr):
        if node.attr == attribute and isinstance(node.node, nodes.Name):
            return f"{node.node.name}.{attribute}"
    return None


def compile_and_render(source: str, name: str, context: dict[str, Any]) -> str:
    """Compile (cached) and render one template; raise TemplateProblem on any failure."""
    return render(compile_template(source, name), context)


SAMPLE_TIME = datetime(2024, 5, 1, 9, 12, tzinfo=UTC)


def format_time(value: datetime | None) -> str:
    """A time as templates see it: "2024-05-01 09:12 UTC", or "" when unknown."""
    if value is None:
        return ""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def make_good_text(plan: PlanBody, severity_id: str, locale: str) -> str:
    """The make-good tier description for a severity, in a locale (or the default one)."""
    for tier in plan.make_good.tiers:
        if tier.severity == severity_id:
            return tier.description.get(locale) or tier.description.get(plan.default_locale, "")
    return ""


def sample_context(plan: PlanBody, locale: str) -> dict[str, Any]:
    """A context with every documented variable, for checking templates before a crisis."""
    org = plan.organisation
    severity = plan.severities[0]
    return {
        "org": {
            "name": org.name,
            "support_url": org.support_url,
            "support_email": org.support_email or "",
            "support_phone": org.support_phone or "",
            "status_page_url": org.status_page_url or "",
        },
        "incident": {
            "title": "Example incident",
            "summary": "An example summary of what is happening.",
            "severity": severity.name,
            "status": "investigating",
            "detected_at": format_time(SAMPLE_TIME),
            "activated_at": format_time(SAMPLE_TIME),
            "products": "Example product",
            "regions": "Example region",
            "segments": "Example segment",
            "affected_customers": "not yet known",
        },
        "next_update_at": format_time(SAMPLE_TIME),
        "make_good": make_good_text(plan, severity.id, locale),
        "resolved_at": format_time(SAMPLE_TIME),
    }


def local_time(value: datetime, time_zone: str) -> str:
    """A time in a maintenance window's zone: "2024-05-01 15:12 (Asia/Dhaka)"."""
    return value.astimezone(ZoneInfo(time_zone)).strftime("%Y-%m-%d %H:%M") + f" ({time_zone})"


def maintenance_context(
    plan: PlanBody,
    *,
    title: str,
    description: str,
    components: list[str],
    starts_at: datetime,
    ends_at: datetime,
    time_zone: str,
    status: str,
    url: str,
    now: datetime,
) -> dict[str, Any]:
    """What a maintenance notice template may use.

    `org.*` as for statements; `maintenance.title`, `.description`, `.components` (a
    comma-separated list), `.starts_at` / `.ends_at` (in the window's time zone, such as
    "2024-05-01 15:12 (Asia/Dhaka)"), `.starts_at_utc` / `.ends_at_utc`, `.time_zone`,
    `.duration_minutes`, `.status`, `.overrun_minutes` (how far past its end it is now, "0"
    before the end) and `.url` (its public page).
    """
    org = plan.organisation
    overrun = max(0, int((now - ends_at).total_seconds() // 60))
    return {
        "org": {
            "name": org.name,
            "support_url": org.support_url,
            "support_email": org.support_email or "",
            "support_phone": org.support_phone or "",
            "status_page_url": org.status_page_url or "",
        },
        "maintenance": {
            "title": title,
            "description": description,
            "components": ", ".join(components),
            "starts_at": local_time(starts_at, time_zone),
            "ends_at": local_time(ends_at, time_zone),
            "starts_at_utc": format_time(starts_at),
            "ends_at_utc": format_time(ends_at),
            "time_zone": time_zone,
            "duration_minutes": str(int((ends_at - starts_at).total_seconds() // 60)),
            "status": status,
            "overrun_minutes": str(overrun),
            "url": url,
        },
    }


def sample_maintenance_context(plan: PlanBody) -> dict[str, Any]:
    """A maintenance context with every documented variable, for checking notice templates."""
    components = plan.maintenance.components[:2] if plan.maintenance else ["Example component"]
    return maintenance_context(
        plan,
        title="Example maintenance",
        description="An example description of the work.",
        components=list(components),
        starts_at=SAMPLE_TIME,
        ends_at=SAMPLE_TIME + timedelta(hours=2),
        time_zone="Asia/Dhaka",
        status="scheduled",
        url="https://status.example.com/status/maintenance/1",
        now=SAMPLE_TIME + timedelta(hours=2, minutes=30),
    )
