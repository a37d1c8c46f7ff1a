"""The statement editor's view model: form fields ↔ content, findings placed on fields,
highlight segments, each channel's preview."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from sqlmodel import Session
from starlette.datastructures import FormData

from crisiscomms.accounts import service as account_service
from crisiscomms.db import as_utc
from crisiscomms.incidents.models import Incident
from crisiscomms.plans.schema import SECTION_NAMES, PlanBody
from crisiscomms.principal import Role
from crisiscomms.statements import previews
from crisiscomms.statements.content import StatementContent
from crisiscomms.statements.models import Statement
from crisiscomms.web.forms import text

SECTION_LABELS = {
    "headline": "Headline",
    "acknowledgement": "What happened",
    "apology": "Apology",
    "impact": "Who is affected",
    "root_cause": "Why it happened",
    "remediation": "What we are doing",
    "commitments": "What we promise",
    "make_good": "Making it right",
    "next_update": "Next update",
    "help": "Where to get help",
}
NEXT_UPDATE = "next_update_at"


def section_field(locale: str, section: str) -> str:
    """The form field (and finding key) of a section."""
    return f"{locale}.{section}"


def answer_field(locale: str, index: int) -> str:
    """The form field (and finding key) of an answer."""
    return f"{locale}.answers[{index}].answer"


def local_input(value: datetime | None) -> str:
    """A UTC time for <input type=datetime-local> (minutes)."""
    return as_utc(value).strftime("%Y-%m-%dT%H:%M") if value is not None else ""


def form_values(content: StatementContent) -> dict[str, str]:
    """The editor's field values for saved content."""
    values = {NEXT_UPDATE: local_input(content.next_update_at)}
    for locale, body in content.locales.items():
        for section, value in body.sections.items():
            values[section_field(locale, section)] = value
        for index, answer in enumerate(body.answers):
            values[answer_field(locale, index)] = answer.answer
    return values


def posted_values(form: FormData, content: StatementContent) -> dict[str, str]:
    """The fields as posted (kept exactly, to redisplay on an error)."""
    return {name: text(form, name, strip=False) for name in form_values(content)}


def _parse_time(value: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return value  # the model reports it beside the field
    parsed = parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed
    return parsed.isoformat()


def content_from(values: dict[str, str], saved: StatementContent) -> dict[str, Any]:
    """The saved content with the posted fields laid over it (commitments kept as saved)."""
    data = saved.model_dump(mode="json")
    data[NEXT_UPDATE] = _parse_time(values.get(NEXT_UPDATE, ""))
    for locale, body in data["locales"].items():
        for section in SECTION_NAMES:
            key = section_field(locale, section)
            if key in values:
                body["sections"][section] = values[key].replace("\r\n", "\n")
        for index, answer in enumerate(body.get("answers", [])):
            key = answer_field(locale, index)
            if key in values:
                answer["answer"] = values[key].replace("\r\n", "\n")
    return data


def plain_message(err: Any) -> str:
    """A validation error in words a communications person uses, not the validator's."""
    kind = str(err.get("type", ""))
    context = err.get("ctx") or {}
    given = err.get("input")
    if kind == "string_too_short":
        least = int(context.get("min_length", 1))
        return "This cannot be empty." if least <= 1 else f"Write at least {least} characters."
    if kind in ("string_too_long", "too_long"):
        most = int(context.get("max_length", 0))
        length = f" (this has {len(given):,})" if isinstance(given, str) else ""
        return f"Too long: at most {most:,} characters{length}."
    if kind == "missing":
        return "This is required."
    if kind.startswith(("datetime", "date_")):
        return "Not a date and time: pick one, or write it as 2026-06-04 17:00."
    return str(err.get("msg", "invalid")).removeprefix("Value error, ")


def content_errors(exc: ValidationError) -> dict[str, str]:
    """Model errors keyed by editor field."""
    errors: dict[str, str] = {}
    for err in exc.errors():
        loc = [str(part) for part in err.get("loc", ())]
        message = plain_message(err)
        if loc[:1] == ["locales"] and len(loc) >= 4 and loc[2] == "sections":
            key = section_field(loc[1], loc[3])
        elif loc[:1] == ["locales"] and len(loc) >= 5 and loc[2] == "answers":
            key = answer_field(loc[1], int(loc[3]))
        elif loc[:1] == [NEXT_UPDATE]:
            key = NEXT_UPDATE
        else:
            key = "form"
        errors.setdefault(key, message)
    return errors


def service_errors(details: list[dict[str, Any]], message: str) -> dict[str, str]:
    """A service's error details keyed by editor field (else the whole form)."""
    errors: dict[str, str] = {}
    for detail in details:
        location = str(detail.get("location", "")).removeprefix("body.")
        location = location.removeprefix("content.")
        if location == NEXT_UPDATE:
            errors.setdefault(NEXT_UPDATE, f"{detail.get('message', 'invalid')}: {message}")
    return errors or {"form": message}


def finding_key(finding: dict[str, Any]) -> str:
    """The editor field a finding belongs to ("en.apology", "en.answers[0].answer")."""
    return f"{finding['locale']}.{finding['section']}"


def place_findings(
    report: dict[str, Any], fields: set[str]
) -> tuple[dict[str, list[Any]], list[Any]]:
    """Findings by field, and those that belong to no field (renditions, commitments)."""
    by_field: dict[str, list[Any]] = defaultdict(list)
    elsewhere: list[Any] = []
    for finding in report.get("findings", []):
        key = finding_key(finding)
        (by_field[key] if key in fields else elsewhere).append(finding)
    return dict(by_field), elsewhere


def segments(value: str, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`value` cut into plain and marked stretches; overlapping marks merge."""
    spans = sorted(
        (max(0, f["start"]), min(len(value), f["end"]), f["rule"])
        for f in findings
        if f["end"] > f["start"]
    )
    out: list[dict[str, Any]] = []
    cursor = 0
    for start, end, rule in spans:
        if end <= cursor:
            continue
        start = max(start, cursor)
        if start > cursor:
            out.append({"text": value[cursor:start], "mark": None})
        out.append({"text": value[start:end], "mark": rule})
        cursor = end
    if cursor < len(value):
        out.append({"text": value[cursor:], "mark": None})
    return out


def channel_previews(
    content: StatementContent,
    *,
    plan: PlanBody,
    statement: Statement,
    incident: Incident,
    public_base_url: str,
) -> dict[str, list[previews.NetworkPreview]]:
    """Per locale, each channel of the plan as it would go out (social networks, SMS, email),
    with the status card; emails carry it only when the app has a public https address."""
    return previews.network_previews(
        content,
        plan=plan,
        statement=statement,
        incident=incident,
        email_card=public_base_url.startswith("https://"),
    )


def editor_context(
    session: Session,
    statement: Statement,
    *,
    incident: Incident,
    plan: PlanBody,
    public_base_url: str = "",
    values: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Everything the editor template needs, with `values` (posted input) if redisplaying."""
    content = StatementContent.model_validate(statement.content)
    fields = form_values(content)
    by_field, elsewhere = place_findings(statement.check_report, set(fields))
    shown = {**fields, **(values or {})}
    locales = [locale for locale in plan.locales if locale in content.locales]
    return {
        "statement": statement,
        "incident": incident,
        "plan": plan,
        "content": content,
        "locales": locales,
        "sections": [(name, SECTION_LABELS[name]) for name in SECTION_NAMES],
        "values": shown,
        "findings": by_field,
        "other_findings": elsewhere,
        "highlights": {key: segments(fields[key], found) for key, found in by_field.items()},
        "previews": channel_previews(
            content,
            plan=plan,
            statement=statement,
            incident=incident,
            public_base_url=public_base_url,
        ),
        "content_json": statement.content,
        "publish_role": plan.approval.publish_role,
        "approvers": holders(session, Role.APPROVER),
        "publishers": holders(session, Role(plan.approval.publish_role)),
    }


NAMED = 5
"""People named in the editor's next step, at most."""


def holders(session: Session, role: Role) -> list[str]:
    """The names of up to `NAMED` active people who hold `role` (or a higher one), for the
    editor's next step: who can take it."""
    people = [
        user.name or user.email
        for user in account_service.list_users(session)
        if user.active and user.role.includes(role)
    ]
    return people[:NAMED]
