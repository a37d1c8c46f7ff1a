"""Checking any text against the editor's standard, for its channel; nothing is stored."""

from __future__ import annotations

from fastapi import APIRouter

from crisiscomms.deps import SessionDep, ViewerDep
from crisiscomms.statements import checking
from crisiscomms.statements.schemas import TextCheck, TextCheckResult

router = APIRouter(tags=["statements"])


@router.post("/check", response_model=TextCheckResult)
def check_text(data: TextCheck, session: SessionDep, _viewer: ViewerDep) -> TextCheckResult:
    """Judge a pasted statement, X post or SMS as it stands: verdict, score and findings."""
    return checking.check(session, data)
