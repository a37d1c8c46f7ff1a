"""The graded rehearsal report: each thing the plan asks of the team, met or not, and a score.

Every item is graded pass or fail against the plan's own target, on the rehearsal's clock
(at speed 60 one real second is one minute, and the report speaks in the plan's minutes):

- first statement: activation to the first published statement (holding or not) within the
  severity's `first_statement_minutes`;
- cadence: every silence after a published statement ended by the next one (or by the end of
  the rehearsal) before the update was due: the statement's own "next update by" time, or the
  severity's `update_cadence_minutes`. A silence the watchdog's holding statement filled is
  missed: the team did not speak;
- transparency: each published statement passed the check (an override is named);
- commitments: each promise made has an owner, a date, and was not missed;
- approvals: each reviewed statement was approved by someone other than its last editor when
  the plan's two-person rule is on, within one update cadence of being submitted (the
  pre-approved holding statement needs no review);
- readiness: every role has someone on duty and every channel passed a test send (the plan
  readiness check at the end of the rehearsal), and the rehearsal audience (the team's own
  addresses) exists, can be reached by email, and got its messages without a failure.

The score is the weighted mean of each category's share of items passed, over the
categories that have items (`WEIGHTS`); the grade is its letter (`GRADES`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from crisiscomms.commitments.models import Commitment, CommitmentKind, CommitmentStatus
from crisiscomms.rehearsals.facts import AudienceFacts as AudienceFacts
from crisiscomms.rehearsals.facts import Facts as Facts
from crisiscomms.rehearsals.facts import ReadinessFinding as ReadinessFinding
from crisiscomms.rehearsals.injects import clock_label
from crisiscomms.rehearsals.report import (
    GRADES,
    WEIGHTS,
    CategoryScore,
    GradedItem,
    InjectRow,
    RehearsalReport,
)
from crisiscomms.statements.models import Statement


def _clock_minutes(delta: timedelta, speed: int) -> float:
    """A real duration as minutes on the rehearsal's clock."""
    return round(delta.total_seconds() * speed / 60, 1)


def _mins(value: float) -> str:
    return f"{value:g} min"


def _first_statement(f: Facts) -> GradedItem:
    speed = f.incident.clock_speed
    target = f.plan.severity(f.incident.severity).first_statement_minutes
    first = f.published[0] if f.published else None
    if first is None or first.published_at is None:
        waited = _clock_minutes(f.end - f.incident.activated_at, speed)
        return GradedItem(
            category="first_statement",
            title="Time to the first statement",
            target=f"within {_mins(target)}",
            actual=f"none published in {_mins(waited)}",
            passed=False,
            fix="Draft the first statement from the holding template at once; make sure the "
            "holding statement is pre-approved so the watchdog can post it.",
        )
    took = _clock_minutes(first.published_at - f.incident.activated_at, speed)
    passed = first.published_at <= f.incident.first_statement_due_at
    by = (
        " (the watchdog's holding statement: the team had not spoken)"
        if _by_watchdog(first)
        else ""
    )
    return GradedItem(
        category="first_statement",
        title="Time to the first statement",
        target=f"within {_mins(target)}",
        actual=f"{_mins(took)}, statement #{first.id}{by}",
        passed=passed,
        fix=None
        if passed
        else "Publish the holding statement first and refine later; if the deadline is "
        "unrealistic for this severity, change first_statement_minutes in the plan.",
    )


def _by_watchdog(statement: Statement) -> bool:
    return statement.holding and statement.published_by == "watchdog"


def _promised_by(statement: Statement, commitments: Sequence[Commitment]) -> datetime | None:
    for c in commitments:
        if c.kind == CommitmentKind.NEXT_UPDATE and c.statement_id == statement.id:
            return c.due_at
    return None


def _cadence(f: Facts) -> list[GradedItem]:
    speed = f.incident.clock_speed
    cadence = f.plan.severity(f.incident.severity).update_cadence_minutes
    items = []
    for i, statement in enumerate(f.published):
        start = statement.published_at
        assert start is not None
        following = f.published[i + 1] if i + 1 < len(f.published) else None
        end = following.published_at if following is not None else f.end
        assert end is not None
        promised = _promised_by(statement, f.commitments)
        due = (
            min(promised, start + timedelta(minutes=cadence) / speed)
            if promised
            else (start + timedelta(minutes=cadence) / speed)
        )
        target_minutes = _clock_minutes(due - start, speed)
        silent = _clock_minutes(end - start, speed)
        if following is None and end <= due:
            actual, passed = f"{_mins(silent)} so far, not yet due at the end", True
        else:
            passed = end <= due
            filler = following is not None and _by_watchdog(following)
            actual = (
                f"{_mins(silent)} of silence"
                + (f", ended by statement #{following.id}" if following is not None else "")
                + (" (the watchdog's holding statement)" if filler else "")
            )
            if following is None:
                actual += ", still silent at the end"
        items.append(
            GradedItem(
                category="cadence",
                title=f"Update after statement #{statement.id}",
                target=f"next update within {_mins(target_minutes)}",
                actual=actual,
                passed=passed,
                fix=None
                if passed
                else "Draft the next update as soon as one goes out, and promise a time the "
                "team can keep; if the cadence cannot be met, change update_cadence_minutes.",
            )
        )
    return items


def _transparency(f: Facts) -> list[GradedItem]:
    items = []
    pass_score = f.plan.transparency.pass_score
    for statement in f.published:
        findings = statement.check_report.get("findings", []) if statement.check_report else []
        errors = [x for x in findings if x.get("severity") == "error"]
        warnings = [x for x in findings if x.get("severity") == "warning"]
        rules = sorted({str(x.get("rule")) for x in errors + warnings})
        actual = (
            f"score {statement.check_score}, {len(errors)} error(s), {len(warnings)} warning(s)"
        )
        if statement.override_reason:
            actual += f"; approved with an override: {statement.override_reason}"
        items.append(
            GradedItem(
                category="transparency",
                title=f"Transparency check of statement #{statement.id} ({statement.stage})",
                target=f"passes (score {pass_score} or more, no error)",
                actual=actual,
                passed=statement.check_passed,
                fix=None
                if statement.check_passed
                else f"Fix the wording the check marks ({', '.join(rules) or 'see the editor'})"
                "; if it is the plan's own template, change that template.",
            )
        )
    return items


def _commitments(f: Facts) -> list[GradedItem]:
    items = []
    for c in f.commitments:
        if c.kind != CommitmentKind.PROMISE or c.status == CommitmentStatus.WITHDRAWN:
            continue
        owned = c.owner_id is not None
        missed = c.status == CommitmentStatus.MISSED or (
            c.status == CommitmentStatus.OPEN and c.due_at < f.end
        )
        fate = {
            CommitmentStatus.KEPT: "kept",
            CommitmentStatus.MISSED: "missed",
        }.get(c.status, "overdue" if missed else "open, not yet due")
        actual = f"{'owned' if owned else 'no owner'}, due {c.due_at:%H:%M:%S} UTC, {fate}"
        passed = owned and not missed
        items.append(
            GradedItem(
                category="commitments",
                title=f"Promise: {c.text[:120]}",
                target="owned, dated and kept",
                actual=actual,
                passed=passed,
                fix=None
                if passed
                else "Promise only what an owner can deliver by its date; mark it kept with "
                "evidence, or re-date it openly before it is due.",
            )
        )
    return items


def _approvals(f: Facts) -> list[GradedItem]:
    speed = f.incident.clock_speed
    cadence = f.plan.severity(f.incident.severity).update_cadence_minutes
    two_person = f.plan.approval.two_person_rule
    items = []
    for statement in f.published:
        title = f"Approval of statement #{statement.id}"
        if (
            statement.holding
            and f.plan.holding_statement.pre_approved
            and not (statement.approved_by)
        ):
            items.append(
                GradedItem(
                    category="approvals",
                    title=title,
                    target="pre-approved holding statement",
                    actual="published without review, as the plan allows",
                    passed=True,
                )
            )
            continue
        if statement.approved_at is None or statement.submitted_at is None:
            continue  # published by a path that has no review (a resolution template)
        waited = _clock_minutes(statement.approved_at - statement.submitted_at, speed)
        second = statement.approved_by is not None and statement.approved_by != (
            statement.last_editor
        )
        rule_ok = second or not two_person
        on_time = waited <= cadence
        passed = rule_ok and on_time
        who = "a second person" if second else "its last editor"
        items.append(
            GradedItem(
                category="approvals",
                title=title,
                target=("two-person rule, " if two_person else "")
                + f"approved within {_mins(cadence)}",
                actual=f"approved by {who} after {_mins(waited)}",
                passed=passed,
                fix=None
                if passed
                else (
                    "Have someone other than the last editor approve"
                    if not rule_ok
                    else "Keep an approver on duty during the crisis so reviews do not wait "
                    "longer than an update cadence"
                ),
            )
        )
    return items


def _readiness(f: Facts) -> list[GradedItem]:
    return [
        GradedItem(
            category="readiness",
            title=r.check,
            target="someone on duty"
            if r.check.startswith("role")
            else "configured, and a test send went through",
            actual=r.detail,
            passed=r.ok,
            fix=None if r.ok else r.detail,
        )
        for r in f.readiness
    ]


def _audience(f: Facts) -> list[GradedItem]:
    a = f.audience
    if a is None:
        return []
    fix: str | None = None
    if a.members == 0:
        actual = "nobody: the plan names no address and no active user holds its roles"
        fix = "Name the team's addresses in the plan's rehearsal.audience.emails (or give its "
        fix += "roles active users), so a rehearsal's messages reach the team."
    elif not a.reachable:
        actual = f"{a.members} member(s), but no enabled email channel reaches them"
        fix = "Enable an email channel (an internal one is used first) for the audience."
    else:
        actual = f"{a.members} member(s): {a.sent} message(s) delivered, {a.failed} failed "
        actual += f"or refused, {a.waiting} still on their way"
        if a.failed:
            fix = "See the failed deliveries on the broadcasts' pages: fix the email channel "
            fix += "or the audience's addresses."
    return [
        GradedItem(
            category="readiness",
            title="Messages to the rehearsal audience",
            target="the team's addresses receive every message",
            actual=actual,
            passed=fix is None,
            fix=fix,
        )
    ]


def _injects(f: Facts) -> list[InjectRow]:
    rows = []
    for inject in f.injects:
        after = None
        if inject.fired_at is not None:
            fired_at = inject.fired_at
            next_one = next(
                (s for s in f.published if s.published_at and s.published_at >= fired_at), None
            )
            if next_one is not None and next_one.published_at is not None:
                after = _clock_minutes(next_one.published_at - fired_at, f.incident.clock_speed)
        rows.append(
            InjectRow(
                at=clock_label(inject.offset_minutes),
                offset_minutes=inject.offset_minutes,
                text=inject.text,
                due_at=inject.due_at,
                fired_at=inject.fired_at,
                next_statement_after_minutes=after,
            )
        )
    return rows


def letter(score: int) -> str:
    """The grade letter of a score."""
    return next(grade for floor, grade in GRADES if score >= floor)


def grade(f: Facts) -> RehearsalReport:
    """Grade the rehearsal: every item, each category's share passed, the score."""
    items = [
        _first_statement(f),
        *_cadence(f),
        *_transparency(f),
        *_commitments(f),
        *_approvals(f),
        *_readiness(f),
        *_audience(f),
    ]
    categories = []
    for category, weight in WEIGHTS.items():
        mine = [i for i in items if i.category == category]
        if mine:
            categories.append(
                CategoryScore(
                    category=category,
                    passed=sum(i.passed for i in mine),
                    total=len(mine),
                    weight=weight,
                )
            )
    total_weight = sum(c.weight for c in categories)
    score = round(100 * sum(c.weight * c.passed / c.total for c in categories) / total_weight)
    fixes = list(dict.fromkeys(i.fix for i in items if not i.passed and i.fix))
    return RehearsalReport(
        incident_id=f.incident.id or 0,
        plan_slug=f.plan.slug,
        plan_name=f.plan.name,
        severity=f.incident.severity,
        clock_speed=f.incident.clock_speed,
        started_at=f.incident.activated_at,
        ended_at=f.end,
        provisional=f.provisional,
        minutes_on_its_clock=_clock_minutes(
            f.end - f.incident.activated_at, f.incident.clock_speed
        ),
        statements_published=len(f.published),
        injects=_injects(f),
        items=items,
        categories=categories,
        score=score,
        grade=letter(score),
        fixes=fixes,
    )
