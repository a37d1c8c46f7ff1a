"""Check a statement: paste any text, choose its channel and language, see every finding
highlighted at its words. Nothing is stored; the same check as `POST /api/v1/check`."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from pydantic import ValidationError
from starlette.responses import Response

from crisiscomms.deps import SessionDep
from crisiscomms.errors import CrisisCommsError
from crisiscomms.plans import service as plan_service
from crisiscomms.plans.schema import Stage
from crisiscomms.statements import checking
from crisiscomms.statements.check.document import Channel
from crisiscomms.statements.schemas import MAX_CHECK_CHARS, TextCheck, TextCheckResult
from crisiscomms.web.deps import PageViewer
from crisiscomms.web.forms import CheckedForm, field_errors, pydantic_errors, text
from crisiscomms.web.templating import render

router = APIRouter()

CHANNEL_LABELS = {
    Channel.EMAIL: "Email",
    Channel.STATUS_PAGE: "Status page",
    Channel.X: "One X post",
    Channel.SMS: "One SMS",
    Channel.WEBHOOK: "Webhook",
}
LANGUAGE_LABELS = {"en": "English", "bn": "বাংলা (Bengali)"}


@dataclass(frozen=True)
class Piece:
    """A stretch of the text, and the numbers of the findings that cover it (none: plain)."""

    text: str
    findings: tuple[int, ...]
    severity: str


def pieces(text: str, findings: list[dict[str, Any]]) -> list[Piece]:
    """The text cut at every finding's start and end, so each stretch can be marked."""
    cuts = {0, len(text)}
    for finding in findings:
        if finding["end"] > finding["start"]:
            cuts.update((finding["start"], finding["end"]))
    ordered = sorted(cut for cut in cuts if 0 <= cut <= len(text))
    rank = {"error": 0, "warning": 1, "info": 2}
    out: list[Piece] = []
    for start, end in itertools.pairwise(ordered):
        covering = tuple(
            number
            for number, finding in enumerate(findings, start=1)
            if finding["start"] <= start
            and end <= finding["end"]
            and finding["end"] > finding["start"]
        )
        severity = min(
            (findings[number - 1]["severity"] for number in covering),
            key=lambda s: rank.get(s, 3),
            default="",
        )
        out.append(Piece(text[start:end], covering, severity))
    return out


def _page(
    request: Request,
    session: SessionDep,
    *,
    values: dict[str, str],
    errors: dict[str, str] | None = None,
    result: TextCheckResult | None = None,
    status_code: int = 200,
) -> Response:
    findings = result.findings if result is not None else []
    return render(
        request,
        "check/index.html",
        {
            "values": values,
            "errors": errors or {},
            "result": result,
            "findings": findings,
            "pieces": pieces(values["text"], findings) if result is not None else [],
            "channels": CHANNEL_LABELS,
            "languages": LANGUAGE_LABELS,
            "stages": [stage.value for stage in Stage],
            "plans": plan_service.list_plans(session),
            "max_chars": MAX_CHECK_CHARS,
        },
        status_code=status_code,
    )


EMPTY = {"text": "", "channel": "email", "language": "en", "stage": "", "plan_id": ""}


@router.get("/check")
def check_form(request: Request, session: SessionDep, _viewer: PageViewer) -> Response:
    """An empty form: paste a statement, choose its channel and language."""
    return _page(request, session, values=dict(EMPTY))


@router.post("/check")
def check_text(
    request: Request, session: SessionDep, _viewer: PageViewer, form: CheckedForm
) -> Response:
    """Judge the pasted text and show each finding at its words."""
    values = {name: text(form, name, strip=name != "text") for name in EMPTY}
    data: dict[str, Any] = {
        "text": values["text"],
        "channel": values["channel"],
        "language": values["language"],
        "stage": values["stage"] or None,
        "plan_id": values["plan_id"] or None,
    }
    try:
        request_data = TextCheck.model_validate(data)
        result = checking.check(session, request_data)
    except ValidationError as error:
        errors = pydantic_errors(error.errors())
        return _page(request, session, values=values, errors=errors, status_code=422)
    except CrisisCommsError as error:
        errors = field_errors(error.details, strip="") or {"text": error.message}
        return _page(request, session, values=values, errors=errors, status_code=error.status)
    return _page(request, session, values=values, result=result)
