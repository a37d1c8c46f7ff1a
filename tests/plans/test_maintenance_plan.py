"""The planned-maintenance plan: valid, every notice in English and Bengali, and the
maintenance block's mistakes reported at their place in the file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crisiscomms.plans.loader import load_plan_file, load_plan_text
from crisiscomms.plans.schema import MaintenanceNoticeKind, Scenario
from crisiscomms.plans.templating import compile_and_render, maintenance_context
from crisiscomms.statements.plan_check import CHECKS
from tests.conftest import PLANS_DIR

PATH = PLANS_DIR / "planned-maintenance.yaml"
TEXT = PATH.read_text(encoding="utf-8")
START = datetime(2026, 12, 1, 20, 0, tzinfo=UTC)


def test_the_plan_is_valid_with_its_transparency_checks() -> None:
    body, problems = load_plan_file(PATH, statements=CHECKS)
    assert [str(p) for p in problems] == []
    assert body is not None and body.scenario == Scenario.PLANNED_MAINTENANCE
    assert body.maintenance is not None
    assert set(body.maintenance.notices) == set(MaintenanceNoticeKind)
    assert set(body.locales) == {"en", "bn"}


@pytest.mark.parametrize("kind", list(MaintenanceNoticeKind), ids=lambda k: k.value)
@pytest.mark.parametrize("locale", ["en", "bn"])
def test_every_notice_renders_the_window_in_its_time_zone(
    kind: MaintenanceNoticeKind, locale: str
) -> None:
    body, _ = load_plan_file(PATH)
    assert body is not None and body.maintenance is not None
    context = maintenance_context(
        body,
        title="Database upgrade",
        description="We are upgrading the mail database.",
        components=["Northwind Mail"],
        starts_at=START,
        ends_at=START + timedelta(hours=2),
        time_zone="Asia/Dhaka",
        status="scheduled",
        url="https://status.example.test/status/maintenance/1",
        now=START + timedelta(hours=2, minutes=40),
    )
    notice = body.maintenance.templates[kind][locale]
    subject = compile_and_render(notice.subject, "subject", context)
    text = compile_and_render(notice.body, "body", context)
    assert "Database upgrade" in subject
    assert "Northwind Mail" in text
    if kind != MaintenanceNoticeKind.COMPLETED:  # 20:00 and 22:00 UTC in Dhaka
        local = {"2026-12-02 02:00 (Asia/Dhaka)", "2026-12-02 04:00 (Asia/Dhaka)"}
        assert any(time in subject + text for time in local)
    if kind == MaintenanceNoticeKind.OVERRUN:
        assert "40" in text  # minutes past the promised end, said plainly


def _replace(old: str, new: str) -> str:
    assert old in TEXT
    return TEXT.replace(old, new, 1)


def _line_of(text: str, fragment: str) -> int:
    return text[: text.index(fragment)].count("\n") + 1


def test_an_unknown_audience_is_named_at_its_place() -> None:
    text = _replace(
        "audiences: [public, customers, subscribers]\n  notices", "audiences: [publik]\n  notices"
    )
    _, problems = load_plan_text(text, "p.yaml")
    line = _line_of(text, "audiences: [publik]")
    assert [str(p) for p in problems] == [
        f"p.yaml:{line}:15: unknown audience 'publik' (did you mean 'public'?); "
        "the plan's audiences: public, customers, subscribers, internal"
    ]


def test_a_notice_without_templates_is_refused() -> None:
    start = TEXT.index("    cancelled:\n      en:")
    _, problems = load_plan_text(TEXT[:start], "p.yaml")
    assert any("no templates for the 'cancelled' notice" in str(p) for p in problems)


def test_a_bad_notice_template_is_located() -> None:
    text = _replace("{{ maintenance.title }} starts", "{{ maintenance.titel }} starts")
    _, problems = load_plan_text(text, "p.yaml")
    assert any(
        "maintenance.templates.reminder.en.subject" in str(p) and "titel" in str(p)
        for p in problems
    ), [str(p) for p in problems]


def test_a_missing_language_is_named() -> None:
    start = TEXT.index('      bn:\n        subject: "রক্ষণাবেক্ষণ বাতিল')
    _, problems = load_plan_text(TEXT[:start], "p.yaml")
    line = _line_of(TEXT, "    cancelled:\n      en:") + 1
    assert [str(p) for p in problems] == [
        f"p.yaml:{line}:7: missing the 'bn' text (the plan's locales: en, bn)"
    ]
