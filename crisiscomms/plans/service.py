"""Plans: stored, versioned, checked before they are stored.

Invariants:
- An invalid plan is never stored: every body passes the model, cross-reference and
  template checks first (`parse_and_validate`, or a `PlanBody` already validated).
- Versions are immutable: a change appends version N+1; nothing edits or deletes a version.
- An incident pins the version it was activated with; later versions do not touch it.
- A changed file becomes a new version, an unchanged one nothing: identity is the SHA-256 of
  the canonical JSON of the validated body, so formatting and comments do not count.
- An archived plan cannot be updated or activated until it is unarchived.
- Every change appends an audit event (`plan.create`, `plan.update`, `plan.archive`,
  `plan.unarchive`) with a small summary: slug, version, digest.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from crisiscomms.audit import service as audit
from crisiscomms.errors import Conflict, NotFound, ValidationFailed
from crisiscomms.plans import loader
from crisiscomms.plans.loader import Problem
from crisiscomms.plans.models import Plan, PlanVersion
from crisiscomms.plans.schema import STORED, PlanBody
from crisiscomms.plans.validation import StatementChecks
from crisiscomms.principal import Principal


def _invalid(problems: list[Problem]) -> ValidationFailed:
    count = len(problems)
    return ValidationFailed(
        f"plan is invalid: {count} problem{'s' if count != 1 else ''}",
        details=[p.as_detail() for p in problems],
    )


def check_text(
    raw: bytes | str,
    source: str,
    *,
    media_type: str = "application/yaml",
    statements: StatementChecks,
) -> list[Problem]:
    """Every problem of a plan sent as YAML or JSON; stores nothing."""
    return loader.load_plan_body(raw, source, media_type=media_type, statements=statements)[1]


def _ensure_valid(body: PlanBody, source: str, statements: StatementChecks) -> PlanBody:
    """Check again a body built in code (`model_copy` skips validation) before storing it."""
    checked, problems = loader.validate_data(
        loader.canonical_body(body), source, statements=statements
    )
    if checked is None:
        raise _invalid(problems)
    return checked


def parse_and_validate(
    text: bytes | str,
    source: str,
    *,
    media_type: str = "application/yaml",
    statements: StatementChecks,
) -> PlanBody:
    """A valid body from plan text, or ValidationFailed listing every located problem."""
    body, problems = loader.load_plan_body(
        text, source, media_type=media_type, statements=statements
    )
    if body is None:
        raise _invalid(problems)
    return body


def _summary(plan: Plan, version: PlanVersion | None = None) -> dict[str, Any]:
    summary: dict[str, Any] = {"slug": plan.slug, "version": plan.current_version}
    if version is not None:
        summary["sha256"] = version.body_sha256
    summary["archived"] = plan.archived_at is not None
    return summary


def _audit(
    session: Session,
    plan: Plan,
    action: str,
    *,
    actor: Principal,
    now: datetime,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    audit.record(
        session,
        actor=actor,
        action=action,
        target_type="plan",
        target_id=plan.id,
        now=now,
        before=before,
        after=after,
    )


def _new_version(
    session: Session, plan: Plan, body: PlanBody, *, source: str, actor: Principal, now: datetime
) -> PlanVersion:
    version = PlanVersion(
        plan_id=plan.id or 0,
        version=plan.current_version,
        body=loader.canonical_body(body),
        body_sha256=loader.body_sha256(body),
        source=source[:300],
        created_at=now,
        created_by_id=actor.user_id,
    )
    try:
        with session.begin_nested():  # a concurrent change of the same plan loses cleanly
            session.add(version)
    except IntegrityError:
        raise Conflict(f"plan {plan.slug} changed at the same time; try again") from None
    return version


def create_plan(
    session: Session,
    *,
    body: PlanBody,
    source: str,
    statements: StatementChecks,
    actor: Principal,
    now: datetime,
) -> PlanVersion:
    """Store a new plan as version 1; its slug must be free."""
    body = _ensure_valid(body, source, statements)
    if session.exec(select(Plan).where(Plan.slug == body.slug)).first() is not None:
        raise Conflict(f"a plan with slug '{body.slug}' already exists")
    plan = Plan(
        slug=body.slug,
        name=body.name,
        scenario=body.scenario.value,
        current_version=1,
        created_at=now,
        updated_at=now,
    )
    try:
        with session.begin_nested():  # a concurrent create of the same slug loses cleanly
            session.add(plan)
    except IntegrityError:
        raise Conflict(f"a plan with slug '{body.slug}' already exists") from None
    version = _new_version(session, plan, body, source=source, actor=actor, now=now)
    _audit(session, plan, "plan.create", actor=actor, now=now, after=_summary(plan, version))
    return version


def update_plan(
    session: Session,
    plan_id: int,
    *,
    body: PlanBody,
    source: str,
    statements: StatementChecks,
    actor: Principal,
    now: datetime,
) -> PlanVersion:
    """Append a new version; an identical body returns the current version unchanged."""
    plan = get_plan(session, plan_id)
    if plan.archived_at is not None:
        raise Conflict(f"plan {plan.slug} is archived; unarchive it before changing it")
    if body.slug != plan.slug:
        message = f"the slug cannot change: this plan is '{plan.slug}', the body says '{body.slug}'"
        raise ValidationFailed(
            message, details=[{"location": "slug", "message": message, "type": "plan"}]
        )
    current = get_version(session, plan_id)
    if current.body_sha256 == loader.body_sha256(body):
        return current
    body = _ensure_valid(body, source, statements)
    before = _summary(plan, current)
    plan.current_version += 1
    plan.name = body.name
    plan.scenario = body.scenario.value
    plan.updated_at = now
    session.add(plan)
    version = _new_version(session, plan, body, source=source, actor=actor, now=now)
    after = _summary(plan, version)
    _audit(session, plan, "plan.update", actor=actor, now=now, before=before, after=after)
    return version


def create_plan_from_text(
    session: Session,
    *,
    raw: bytes,
    media_type: str,
    statements: StatementChecks,
    actor: Principal,
    now: datetime,
) -> tuple[Plan, PlanVersion]:
    """Check a plan sent over the API and store it as a new plan."""
    body = parse_and_validate(raw, "api", media_type=media_type, statements=statements)
    version = create_plan(
        session, body=body, source="api", statements=statements, actor=actor, now=now
    )
    return get_plan(session, version.plan_id), version


def update_plan_from_text(
    session: Session,
    plan_id: int,
    *,
    raw: bytes,
    media_type: str,
    statements: StatementChecks,
    actor: Principal,
    now: datetime,
) -> tuple[Plan, PlanVersion]:
    """Check a plan sent over the API and store it as the plan's next version."""
    get_plan(session, plan_id)  # 404 before 422
    body = parse_and_validate(raw, "api", media_type=media_type, statements=statements)
    version = update_plan(
        session, plan_id, body=body, source="api", statements=statements, actor=actor, now=now
    )
    return get_plan(session, plan_id), version


def _set_archived(
    session: Session, plan_id: int, *, archived: bool, actor: Principal, now: datetime
) -> Plan:
    plan = get_plan(session, plan_id)
    if (plan.archived_at is not None) == archived:
        state = "already archived" if archived else "not archived"
        raise Conflict(f"plan {plan.slug} is {state}")
    before = _summary(plan)
    plan.archived_at = now if archived else None
    plan.updated_at = now
    session.add(plan)
    session.flush()
    action = "plan.archive" if archived else "plan.unarchive"
    _audit(session, plan, action, actor=actor, now=now, before=before, after=_summary(plan))
    return plan


def archive_plan(session: Session, plan_id: int, *, actor: Principal, now: datetime) -> Plan:
    """Hide a plan from listings and stop it being activated or changed."""
    return _set_archived(session, plan_id, archived=True, actor=actor, now=now)


def unarchive_plan(session: Session, plan_id: int, *, actor: Principal, now: datetime) -> Plan:
    """Bring an archived plan back into use."""
    return _set_archived(session, plan_id, archived=False, actor=actor, now=now)


def get_plan(session: Session, plan_id: int) -> Plan:
    """The plan, or NotFound."""
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFound(f"plan {plan_id} not found")
    return plan


def get_plan_by_slug(session: Session, slug: str) -> Plan:
    """The plan with this slug, or NotFound."""
    plan = session.exec(select(Plan).where(Plan.slug == slug)).first()
    if plan is None:
        raise NotFound(f"plan '{slug}' not found")
    return plan


def list_plans(session: Session, *, include_archived: bool = False) -> Sequence[Plan]:
    """Plans by slug; archived ones only when asked."""
    query = select(Plan)
    if not include_archived:
        query = query.where(col(Plan.archived_at).is_(None))
    return session.exec(query.order_by(col(Plan.slug))).all()


def list_versions(session: Session, plan_id: int) -> Sequence[PlanVersion]:
    """Every version of a plan, oldest first."""
    get_plan(session, plan_id)
    query = select(PlanVersion).where(PlanVersion.plan_id == plan_id)
    return session.exec(query.order_by(col(PlanVersion.version))).all()


def get_version(session: Session, plan_id: int, version: int | None = None) -> PlanVersion:
    """One version of a plan; None means the current one."""
    plan = get_plan(session, plan_id)
    number = plan.current_version if version is None else version
    query = select(PlanVersion).where(PlanVersion.plan_id == plan_id, PlanVersion.version == number)
    found = session.exec(query).first()
    if found is None:
        raise NotFound(f"plan {plan_id} has no version {number}")
    return found


def get_version_by_id(session: Session, version_id: int) -> PlanVersion:
    """A version by its row id (as incidents pin it), or NotFound."""
    found = session.get(PlanVersion, version_id)
    if found is None:
        raise NotFound(f"plan version {version_id} not found")
    return found


def get_plan_with_version(
    session: Session, plan_id: int, version: int | None = None
) -> tuple[Plan, PlanVersion]:
    """The plan and one of its versions (the current one by default)."""
    return get_plan(session, plan_id), get_version(session, plan_id, version)


_BODIES: dict[str, PlanBody] = {}
_BODIES_KEPT = 64


def body_of(version: PlanVersion) -> PlanBody:
    """The validated body of a stored version.

    Validating a whole plan costs milliseconds and a request may need it several times;
    versions never change, so the model is kept by its content hash. Callers must not
    mutate it (use `model_copy`).
    """
    body = _BODIES.get(version.body_sha256)
    if body is None:
        body = PlanBody.model_validate(version.body, context=STORED)
        if len(_BODIES) >= _BODIES_KEPT:
            _BODIES.pop(next(iter(_BODIES)))
        _BODIES[version.body_sha256] = body
    return body


def pinned_version(session: Session, version_id: int) -> tuple[int, PlanBody]:
    """A version's number and validated body by its row id (as incidents pin it), or
    NotFound.

    Asks for the number and content hash alone first: the control center and incident pages
    need the plan of every open incident on every refresh, and decoding a stored plan's JSON
    costs more than the rest of such a card; a body already validated is served from
    `body_of`'s cache without it.
    """
    found = session.exec(
        select(PlanVersion.version, PlanVersion.body_sha256).where(PlanVersion.id == version_id)
    ).first()
    if found is None:
        raise NotFound(f"plan version {version_id} not found")
    number, sha = found
    return number, _body_by_hash(session, version_id, sha)


def current_bodies(session: Session) -> list[tuple[int, PlanBody]]:
    """Every active (not archived) plan's current version: (its row id, its validated
    body), by plan id.

    One query for the ids and content hashes, and a stored body is read and decoded only when
    its validated model is not cached yet (the control center asks on every refresh)."""
    rows = session.exec(
        select(PlanVersion.id, PlanVersion.body_sha256)
        .join(Plan, col(Plan.id) == col(PlanVersion.plan_id))
        .where(
            col(PlanVersion.version) == col(Plan.current_version),
            col(Plan.archived_at).is_(None),
        )
        .order_by(col(Plan.id))
    ).all()
    found: list[tuple[int, PlanBody]] = []
    for version_id, sha in rows:
        assert version_id is not None
        found.append((version_id, _body_by_hash(session, version_id, sha)))
    return found


def _body_by_hash(session: Session, version_id: int, sha: str) -> PlanBody:
    """`body_of`'s cached model for a content hash; the stored body is read only on a miss."""
    cached = _BODIES.get(sha)
    return cached if cached is not None else body_of(get_version_by_id(session, version_id))


def body_by_version_id(session: Session, version_id: int) -> PlanBody:
    """The validated body of a version by its row id, or NotFound (see `pinned_version`)."""
    return pinned_version(session, version_id)[1]


def export_plan(session: Session, plan_id: int, *, version: int | None = None) -> tuple[str, str]:
    """A version as a plan file: its file name and YAML text."""
    plan, found = get_plan_with_version(session, plan_id, version)
    return f"{plan.slug}-v{found.version}.yaml", loader.dump_plan_yaml(found.body)
