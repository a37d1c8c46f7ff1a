"""Import a folder of plan files (the plan library, `plans/`): each valid file becomes a new
plan or the next version of its plan; an unchanged one is left alone; an invalid one is
reported with its located problems and stores nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, select

from crisiscomms.errors import CrisisCommsError
from crisiscomms.plans import loader
from crisiscomms.plans import service as plan_service
from crisiscomms.plans.loader import Problem
from crisiscomms.plans.models import Plan
from crisiscomms.plans.schema import PlanBody
from crisiscomms.plans.validation import StatementChecks
from crisiscomms.principal import SYSTEM, Principal


@dataclass
class ImportResult:
    """What importing a folder did, by slug; failures by file."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: dict[str, list[Problem]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """How many plans fell in each outcome."""
        return {
            "created": len(self.created),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "failed": len(self.failed),
        }


def import_folder(
    session: Session,
    path: Path,
    *,
    statements: StatementChecks,
    now: datetime,
    actor: Principal = SYSTEM,
) -> ImportResult:
    """Store every valid plan file of a folder (or one file); report the invalid ones."""
    result = ImportResult()
    files = loader.plan_files(path) if path.is_dir() else [path]
    slugs: dict[str, str] = {}
    for file in files:
        source = f"{file.parent.name}/{file.name}" if file.parent.name else file.name
        body, problems = loader.load_plan_file(file, statements=statements)
        if body is None:
            result.failed[source] = [_relabel(p, source) for p in problems]
            continue
        if body.slug in slugs:
            message = f"'{body.slug}' is already the slug of {slugs[body.slug]}"
            result.failed[source] = [Problem(source, None, None, "slug", message)]
            continue
        slugs[body.slug] = source
        try:
            with session.begin_nested():
                _import_one(
                    session,
                    body,
                    source=source,
                    statements=statements,
                    actor=actor,
                    now=now,
                    result=result,
                )
        except CrisisCommsError as exc:
            result.failed[source] = [Problem(source, None, None, "", exc.message)]
    return result


def _relabel(problem: Problem, source: str) -> Problem:
    return Problem(source, problem.line, problem.column, problem.location, problem.message)


def _import_one(
    session: Session,
    body: PlanBody,
    *,
    source: str,
    statements: StatementChecks,
    actor: Principal,
    now: datetime,
    result: ImportResult,
) -> None:
    existing = session.exec(select(Plan).where(Plan.slug == body.slug)).first()
    if existing is None:
        plan_service.create_plan(
            session, body=body, source=source, statements=statements, actor=actor, now=now
        )
        result.created.append(body.slug)
        return
    if plan_service.get_version(session, existing.id or 0).body_sha256 == loader.body_sha256(body):
        result.unchanged.append(body.slug)
        return
    plan_service.update_plan(
        session,
        existing.id or 0,
        body=body,
        source=source,
        statements=statements,
        actor=actor,
        now=now,
    )
    result.updated.append(body.slug)
