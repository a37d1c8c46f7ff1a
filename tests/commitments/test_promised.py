"""The "what we promised" block: rendered from the records, in each language, honest first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import Session

from crisiscomms.commitments import promised
from crisiscomms.commitments.models import Commitment, CommitmentKind, CommitmentStatus
from tests.commitments.factories import content_of, draft, first_statement, promise, scene
from tests.conftest import NOW

T1 = NOW + timedelta(minutes=5)


def record(id_: int, text: str, status: CommitmentStatus, **values: object) -> Commitment:
    """An unsaved commitment, for rendering."""
    base: dict[str, object] = {
        "id": id_,
        "incident_id": 1,
        "text": text,
        "due_at": datetime(2026, 11, 22, 12, 0, tzinfo=UTC),
        "status": status,
        "created_by": "test",
        "created_at": NOW,
        "updated_at": NOW,
    }
    return Commitment(**{**base, **values})


def test_each_fate_in_english_and_bengali() -> None:
    kept = record(
        1,
        "We will refund every payment",
        CommitmentStatus.KEPT,
        kept_at=datetime(2026, 11, 22, 11, 0, tzinfo=UTC),
        evidence="https://x.test/r",
    )
    missed = record(
        2, "We will publish the cause.", CommitmentStatus.MISSED, missed_reason="Tests failed"
    )
    redated = record(
        3,
        "We will publish the cause.",
        CommitmentStatus.OPEN,
        due_at=datetime(2026, 11, 23, 12, 0, tzinfo=UTC),
        redated_from_id=2,
    )
    update = record(
        4,
        "Next update by 2026-11-22 10:00 UTC",
        CommitmentStatus.MISSED,
        kind=CommitmentKind.NEXT_UPDATE,
        due_at=datetime(2026, 11, 22, 10, 0, tzinfo=UTC),
    )
    chosen = [missed, update, kept, redated]
    by_id = {c.id or 0: c for c in chosen}
    assert promised.block(chosen, "en", room=4000, by_id=by_id).splitlines() == [
        "What we promised, and where each promise stands:",
        "- Missed: We will publish the cause. It was due 2026-11-22 12:00 UTC. Why: Tests failed."
        " New date: 2026-11-23 12:00 UTC.",
        "- Missed: an update by 2026-11-22 10:00 UTC.",
        "- Kept: We will refund every payment. Done 2026-11-22 11:00 UTC. Proof: https://x.test/r",
    ]
    assert promised.block(chosen, "bn", room=4000, by_id=by_id).splitlines() == [
        "আমাদের প্রতিশ্রুতি, এবং প্রতিটির অবস্থা:",
        "- রাখা হয়নি: We will publish the cause. নির্ধারিত সময় ছিল 2026-11-22 12:00 UTC।"
        " কারণ: Tests failed. নতুন তারিখ: 2026-11-23 12:00 UTC।",
        "- রাখা হয়নি: 2026-11-22 10:00 UTC-এর মধ্যে আপডেট।",
        "- রাখা হয়েছে: We will refund every payment. সম্পন্ন: 2026-11-22 11:00 UTC।"
        " প্রমাণ: https://x.test/r",
    ]


def test_a_long_block_is_cut_but_never_loses_a_missed_promise() -> None:
    missed = record(1, "We will publish the cause.", CommitmentStatus.MISSED)
    opened = [
        record(i, f"We will fix item number {i} of the list.", CommitmentStatus.OPEN)
        for i in range(2, 40)
    ]
    chosen = [missed, *opened]
    by_id = {c.id or 0: c for c in chosen}
    text = promised.block(chosen, "en", room=600, by_id=by_id)
    assert len(text) <= 600
    lines = text.splitlines()
    assert lines[1].startswith("- Missed: We will publish the cause.")
    assert lines[-1].endswith("more on our status page.")
    shown = len(lines) - 3
    assert lines[-1] == f"- {38 - shown} more on our status page."


def test_a_fresh_draft_reports_and_prefills_and_reads_clean(session: Session) -> None:
    s = scene(session)
    refund = "We will refund every failed card payment."
    first_statement(session, s, promise(refund, s.author, NOW + timedelta(hours=2)), now=T1)
    later = NOW + timedelta(minutes=30)
    statement = draft(session, s.incident_id, s.author, now=later)
    content = content_of(statement)
    for locale in ("en", "bn"):
        section = content.locales[locale].sections.commitments
        assert refund in section and "2026-11-22 11:00 UTC" in section
    assert "09:35 UTC" not in content.locales["en"].sections.commitments  # this is that update
    assert [(c.text, c.owner_id, c.due_at) for c in content.commitments] == [
        (refund, s.author.user_id, NOW + timedelta(hours=2))
    ]
    findings = statement.check_report["findings"]
    assert [f for f in findings if f["section"].startswith("commitments")] == []
