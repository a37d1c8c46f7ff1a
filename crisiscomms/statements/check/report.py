"""What the transparency check reports: findings located in the text, a score, a verdict.

Scoring: start at 100 and subtract per finding by severity (error 25, warning 10, info 2),
never below 0. A statement passes when its score reaches the plan's `pass_score` *and* it
has no error-severity finding: one error (a blame-shifting line, a missing apology) blocks
publication whatever the score.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
PENALTY: dict[Severity, int] = {"error": 25, "warning": 10, "info": 2}


@dataclass(frozen=True)
class Finding:
    """One problem, at the exact span of the section text it is about.

    `section` is a section name, "answers[i].answer", "commitments[i]" or
    "rendition:<channel>"; `start`/`end` are character offsets into that text and
    `excerpt` is the text between them. Findings about something absent use 0..0.
    """

    rule: str
    severity: Severity
    message: str
    locale: str
    section: str
    start: int
    end: int
    excerpt: str
    suggestion: str

    def to_dict(self) -> dict[str, Any]:
        """The finding as plain JSON-ready values."""
        return asdict(self)


@dataclass(frozen=True)
class CheckReport:
    """Every finding, the score and whether the statement may go forward."""

    findings: tuple[Finding, ...]
    score: int
    passed: bool
    pass_score: int

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready values."""
        return {
            "score": self.score,
            "passed": self.passed,
            "pass_score": self.pass_score,
            "findings": [finding.to_dict() for finding in self.findings],
        }


def score(findings: tuple[Finding, ...]) -> int:
    """100 minus the penalty of every finding, floored at 0."""
    return max(0, 100 - sum(PENALTY[finding.severity] for finding in findings))


def make_report(findings: tuple[Finding, ...], pass_score: int) -> CheckReport:
    """Score the findings and decide: pass needs the score and no error."""
    value = score(findings)
    has_error = any(finding.severity == "error" for finding in findings)
    return CheckReport(
        findings=findings,
        score=value,
        passed=not has_error,
        pass_score=pass_score,
    )
