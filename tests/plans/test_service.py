"""Plan storage: versions, identity by content, archiving, folder import, audit."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, select

from crisiscomms.audit import service as audit_service
from crisiscomms.errors import Conflict, NotFound, ValidationFailed
from crisiscomms.flows import plans as plan_flow
from crisiscomms.plans import service
from crisiscomms.plans.loader import load_plan_file, load_plan_text
from crisiscomms.plans.models import Plan, PlanVersion
from crisiscomms.plans.schema import PlanBody
from crisiscomms.principal import SYSTEM
from crisiscomms.statements.plan_check import CHECKS
from tests.conftest import PLANS_DIR

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
LATER = NOW + timedelta(hours=1)
FIXTURE = Path(__file__).parent / "fixtures" / "minimal.yaml"
TEXT = FIXTURE.read_text(encoding="utf-8")


def minimal(**changes: object) -> PlanBody:
    body, problems = load_plan_file(FIXTURE)
    assert body is not None, problems
    return body.model_copy(update=changes)


def create(session: Session, body: PlanBody | None = None) -> PlanVersion:
    return plan_flow.create_plan(
        session, body=body or minimal(), source="test", actor=SYSTEM, now=NOW
    )


def actions(session: Session, plan_id: int | None) -> list[str]:
    events = audit_service.list_events(session, target_type="plan", target_id=str(plan_id))
    return [e.action for e in reversed(events)]


def test_create_stores_version_one_and_audits(session: Session) -> None:
    version = create(session)
    plan = service.get_plan(session, version.plan_id)
    assert (plan.slug, plan.name, plan.scenario, plan.current_version) == (
        "minimal-outage",
        "Minimal outage plan",
        "service_outage",
        1,
    )
    assert (version.version, version.source, len(version.body_sha256)) == (1, "test", 64)
    assert service.body_of(version) == minimal()
    [event] = audit_service.list_events(session, action="plan.create")
    assert event.after == {
        "slug": "minimal-outage",
        "version": 1,
        "sha256": version.body_sha256,
        "archived": False,
    }


def test_slug_taken_is_a_conflict(session: Session) -> None:
    create(session)
    with pytest.raises(Conflict, match="already exists"):
        create(session, minimal(name="Another"))


def test_update_appends_a_version_and_keeps_the_old_one(session: Session) -> None:
    v1 = create(session)
    changed = minimal(name="Renamed plan")
    v2 = plan_flow.update_plan(
        session, v1.plan_id, body=changed, source="api", actor=SYSTEM, now=LATER
    )
    plan = service.get_plan(session, v1.plan_id)
    assert (v2.version, plan.current_version, plan.name, plan.updated_at) == (
        2,
        2,
        "Renamed plan",
        LATER,
    )
    assert [v.version for v in service.list_versions(session, v1.plan_id)] == [1, 2]
    assert service.get_version(session, v1.plan_id).id == v2.id
    assert (
        service.body_of(service.get_version(session, v1.plan_id, 1)).name == "Minimal outage plan"
    )
    assert service.get_version_by_id(session, v1.id or 0).version == 1
    assert actions(session, plan.id) == ["plan.create", "plan.update"]


def test_identical_update_changes_nothing(session: Session) -> None:
    v1 = create(session)
    same = plan_flow.update_plan(
        session, v1.plan_id, body=minimal(), source="api", actor=SYSTEM, now=LATER
    )
    assert same.id == v1.id
    assert len(service.list_versions(session, v1.plan_id)) == 1
    assert service.get_plan(session, v1.plan_id).updated_at == NOW
    assert actions(session, v1.plan_id) == ["plan.create"]


def test_update_cannot_change_the_slug(session: Session) -> None:
    v1 = create(session)
    with pytest.raises(ValidationFailed, match="the slug cannot change"):
        plan_flow.update_plan(
            session,
            v1.plan_id,
            body=minimal(slug="other-plan"),
            source="api",
            actor=SYSTEM,
            now=LATER,
        )


def test_archive_hides_and_freezes_until_unarchived(session: Session) -> None:
    v1 = create(session)
    plan_id = v1.plan_id
    service.archive_plan(session, plan_id, actor=SYSTEM, now=LATER)
    assert service.list_plans(session) == []
    assert [p.id for p in service.list_plans(session, include_archived=True)] == [plan_id]
    with pytest.raises(Conflict, match="archived"):
        plan_flow.update_plan(
            session, plan_id, body=minimal(name="X"), source="api", actor=SYSTEM, now=LATER
        )
    with pytest.raises(Conflict, match="already archived"):
        service.archive_plan(session, plan_id, actor=SYSTEM, now=LATER)
    plan = service.unarchive_plan(session, plan_id, actor=SYSTEM, now=LATER)
    assert plan.archived_at is None
    assert [p.id for p in service.list_plans(session)] == [plan_id]
    with pytest.raises(Conflict, match="not archived"):
        service.unarchive_plan(session, plan_id, actor=SYSTEM, now=LATER)
    assert actions(session, plan_id) == ["plan.create", "plan.archive", "plan.unarchive"]


def test_missing_things_are_not_found(session: Session) -> None:
    with pytest.raises(NotFound, match=r"^plan 42 not found$"):
        service.get_plan(session, 42)
    with pytest.raises(NotFound, match="plan 'nope' not found"):
        service.get_plan_by_slug(session, "nope")
    v1 = create(session)
    with pytest.raises(NotFound, match="has no version 7"):
        service.get_version(session, v1.plan_id, 7)
    assert service.get_plan_by_slug(session, "minimal-outage").id == v1.plan_id


def test_parse_and_validate_lists_located_problems() -> None:
    text = TEXT.replace("    after: 72h", "    after: soon").replace(
        "channels: [email]", "channels: [x]"
    )
    with pytest.raises(ValidationFailed) as caught:
        service.parse_and_validate(text, "plans/minimal.yaml", statements=CHECKS)
    assert caught.value.message == "plan is invalid: 1 problem"
    assert caught.value.details == [
        {
            "location": "deadlines[0].after",
            "message": "invalid duration 'soon': use whole numbers with units w, d, h, m, "
            'for example "15m", "1h30m" or "7d"',
            "type": "plan",
            "line": 103,
            "column": 12,
            "file": "plans/minimal.yaml",
        }
    ]
    assert service.parse_and_validate(TEXT, "x", statements=CHECKS) == minimal()


def test_export_round_trips(session: Session) -> None:
    v1 = create(session)
    filename, text = service.export_plan(session, v1.plan_id)
    assert filename == "minimal-outage-v1.yaml"
    body, problems = load_plan_text(text, filename)
    assert problems == [] and body == minimal()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(FIXTURE, plans / "minimal-outage.yaml")
    (plans / "second.yaml").write_text(TEXT.replace("slug: minimal-outage", "slug: second-plan"))
    (plans / "broken.yaml").write_text(
        TEXT.replace("slug: minimal-outage", "slug: broken-plan").replace(
            "after: 72h", "after: soon"
        )
    )
    return plans


def test_import_folder_is_idempotent(session: Session, folder: Path) -> None:
    first = plan_flow.import_folder(session, folder, now=NOW)
    assert (first.created, first.updated, first.unchanged) == (
        ["minimal-outage", "second-plan"],
        [],
        [],
    )
    assert list(first.failed) == ["plans/broken.yaml"]
    [problem] = first.failed["plans/broken.yaml"]
    assert str(problem).startswith("plans/broken.yaml:103:12: invalid duration 'soon'")
    assert session.exec(select(Plan).where(Plan.slug == "broken-plan")).first() is None

    again = plan_flow.import_folder(session, folder, now=LATER)
    assert again.counts() == {"created": 0, "updated": 0, "unchanged": 2, "failed": 1}

    (folder / "second.yaml").write_text(
        TEXT.replace("slug: minimal-outage", "slug: second-plan").replace(
            "name: Minimal outage plan", "name: Second plan, revised"
        )
    )
    (folder / "minimal-outage.yaml").write_text("# comments and layout do not count\n" + TEXT)
    third = plan_flow.import_folder(session, folder, now=LATER)
    assert (third.updated, third.unchanged) == (["second-plan"], ["minimal-outage"])
    plan = service.get_plan_by_slug(session, "second-plan")
    assert (plan.current_version, plan.name) == (2, "Second plan, revised")
    assert service.get_version(session, plan.id or 0).source == "plans/second.yaml"


def test_import_reports_a_slug_used_twice_and_archived_changes(
    session: Session, folder: Path
) -> None:
    (folder / "zz-copy.yaml").write_text(TEXT)
    result = plan_flow.import_folder(session, folder, now=NOW)
    assert [str(p) for p in result.failed["plans/zz-copy.yaml"]] == [
        "plans/zz-copy.yaml: slug: 'minimal-outage' is already the slug of "
        "plans/minimal-outage.yaml"
    ]
    plan = service.get_plan_by_slug(session, "minimal-outage")
    service.archive_plan(session, plan.id or 0, actor=SYSTEM, now=NOW)
    (folder / "zz-copy.yaml").unlink()
    assert "minimal-outage" in plan_flow.import_folder(session, folder, now=LATER).unchanged
    (folder / "minimal-outage.yaml").write_text(TEXT.replace("Minimal outage plan", "Changed"))
    result = plan_flow.import_folder(session, folder, now=LATER)
    assert "is archived" in result.failed["plans/minimal-outage.yaml"][0].message
    assert result.unchanged == ["second-plan"]


def test_import_the_library(session: Session) -> None:
    result = plan_flow.import_folder(session, PLANS_DIR, now=NOW)
    assert result.failed == {}
    assert len(result.created) == len(list(PLANS_DIR.glob("*.yaml")))


def test_a_body_built_in_code_is_checked_before_storing(session: Session) -> None:
    broken = minimal().model_copy(update={"default_locale": "fr"})
    with pytest.raises(ValidationFailed) as caught:
        create(session, broken)
    assert [d["message"] for d in caught.value.details] == [
        "default locale 'fr' is not in locales (en, bn)"
    ]
    assert session.exec(select(Plan)).all() == []


def test_a_stored_version_reads_back_under_the_rules_it_was_saved_with() -> None:
    """A version saved when locales only had to look like `xx` or `xx-YY` (and phones like
    E.164) stays readable: incidents pin it, and its body never changes."""
    body = minimal().model_dump(mode="json", by_alias=True)
    body["default_locale"] = "zz"
    body["locales"] = ["zz", "bn"]
    for stage in body["templates"].values():
        stage["zz"] = stage.pop("en")
    body["organisation"]["support_phone"] = "+44 7700 900123"  # Ofcom's drama range
    body["make_good"]["currency"] = "XYZ"
    with pytest.raises(ValueError, match="is not a valid IETF BCP 47 language tag"):
        PlanBody.model_validate(body)
    stored = PlanVersion(plan_id=1, version=1, body=body, body_sha256="old-rules", source="t")
    read = service.body_of(stored)
    assert read.default_locale == "zz" and read.locales == ["zz", "bn"]
    assert read.make_good.currency == "XYZ"
    assert read.organisation.support_phone == "+44 7700 900123"
