"""Checking any text as it stands: a pasted draft, one X post, one SMS.

The text is judged by the same engine as sectioned statements (`check.run.check_text`, in a
check process where a lone server runs them: `check_processes`), for its channel and stage,
under the transparency settings of a plan when one is named (its rule switches, severities
and phrases) or the defaults otherwise. Nothing is stored.
"""

from __future__ import annotations

from sqlmodel import Session

from crisiscomms.errors import NotFound, ValidationFailed
from crisiscomms.plans import service as plan_service
from crisiscomms.plans.schema import TransparencyPolicy
from crisiscomms.statements import check_processes
from crisiscomms.statements.check_processes import TextCheckJob
from crisiscomms.statements.schemas import TextCheck, TextCheckResult


def policy_of(session: Session, plan_id: int | None) -> TransparencyPolicy:
    """The transparency settings of a plan's current version, or the defaults."""
    if plan_id is None:
        return TransparencyPolicy()
    try:
        version = plan_service.get_version(session, plan_id)
    except NotFound:
        message = f"plan_id: there is no plan {plan_id}"
        raise ValidationFailed(
            message, details=[{"location": "plan_id", "message": message, "type": "plan"}]
        ) from None
    return plan_service.body_of(version).transparency


def check(session: Session, data: TextCheck) -> TextCheckResult:
    """Judge a text for its channel and stage; findings point at its exact words."""
    report = check_processes.check(
        TextCheckJob(
            text=data.text,
            language=data.language,
            channel=data.channel,
            stage=data.stage,
            policy=policy_of(session, data.plan_id),
        )
    )
    return TextCheckResult(
        verdict="pass" if report.passed else "fail",
        passed=report.passed,
        score=report.score,
        channel=data.channel,
        language=data.language,
        findings=[finding.to_dict() for finding in report.findings],
    )
