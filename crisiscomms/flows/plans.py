"""Check and store plans, with the transparency check of their own words.

A plan is validated by the plans domain (its structure, references and templates) and by
the statements domain, which sits above it: the rule ids a plan tunes must exist and its
holding statement, drafted for a sample incident, must pass the check
(`statements.plan_check`). This is where the two meet; the adapters call these.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from crisiscomms.plans import library, loader
from crisiscomms.plans import service as plan_service
from crisiscomms.plans.library import ImportResult
from crisiscomms.plans.loader import Problem
from crisiscomms.plans.models import Plan, PlanVersion
from crisiscomms.plans.schema import PlanBody
from crisiscomms.principal import SYSTEM, Principal
from crisiscomms.statements.plan_check import CHECKS


def check_file(path: Path) -> tuple[PlanBody | None, list[Problem]]:
    """Read and check one plan file; the body is None unless there are no problems."""
    return loader.load_plan_file(path, statements=CHECKS)


def check_paths(paths: list[Path]) -> dict[Path, list[Problem]]:
    """Check files and folders of plan files; every file maps to its (maybe empty) problems."""
    return loader.validate_paths(paths, statements=CHECKS)


def check_text(
    raw: bytes | str, source: str, *, media_type: str = "application/yaml"
) -> list[Problem]:
    """Every problem of a plan sent as YAML or JSON; stores nothing."""
    return plan_service.check_text(raw, source, media_type=media_type, statements=CHECKS)


def create_plan(
    session: Session, *, body: PlanBody, source: str, actor: Principal, now: datetime
) -> PlanVersion:
    """Store a new plan as version 1; its slug must be free."""
    return plan_service.create_plan(
        session, body=body, source=source, statements=CHECKS, actor=actor, now=now
    )


def update_plan(
    session: Session, plan_id: int, *, body: PlanBody, source: str, actor: Principal, now: datetime
) -> PlanVersion:
    """Append a new version; an identical body returns the current version unchanged."""
    return plan_service.update_plan(
        session, plan_id, body=body, source=source, statements=CHECKS, actor=actor, now=now
    )


def create_plan_from_text(
    session: Session, *, raw: bytes, media_type: str, actor: Principal, now: datetime
) -> tuple[Plan, PlanVersion]:
    """Check a plan sent over the API or the web form and store it as a new plan."""
    return plan_service.create_plan_from_text(
        session, raw=raw, media_type=media_type, statements=CHECKS, actor=actor, now=now
    )


def update_plan_from_text(
    session: Session, plan_id: int, *, raw: bytes, media_type: str, actor: Principal, now: datetime
) -> tuple[Plan, PlanVersion]:
    """Check a plan sent over the API or the web form and store it as its next version."""
    return plan_service.update_plan_from_text(
        session, plan_id, raw=raw, media_type=media_type, statements=CHECKS, actor=actor, now=now
    )


def import_folder(
    session: Session, path: Path, *, now: datetime, actor: Principal = SYSTEM
) -> ImportResult:
    """Store every valid plan file of a folder (or one file); report the invalid ones."""
    return library.import_folder(session, path, statements=CHECKS, now=now, actor=actor)
