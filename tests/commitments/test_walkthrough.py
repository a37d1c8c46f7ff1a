"""Done when: an incident through three statements, its promises, its figures and its report.

09:00 the plan is activated (sev1: first statement within 15 minutes, an update every 30).
09:05 statement 1 promises A (refund, due 11:00) and B (publish the cause, due 10:00), and
      the next update by 09:35 (N1).
09:30 statement 2 is on time: N1 is kept; it promises the next update by 10:00 (N2).
09:50 A is kept, with a link as evidence.
10:05 the sweep finds B and N2 past due: both missed, the commander alerted.
10:10 the team says why B slipped and sets a new date, 14:00 (B2, a new commitment).
10:15 statement 3 is drafted: it must report A kept (with evidence), B missed (with the
      reason and the new date), N1 kept and N2 missed; it is published.
10:20 the figures and the post-incident report.
"""

from __future__ import annotations

from html.parser import HTMLParser

from sqlmodel import Session

from crisiscomms.commitments import metrics, reminders, report
from crisiscomms.commitments import service as commitment_service
from crisiscomms.commitments.models import CommitmentKind, CommitmentStatus
from crisiscomms.notifications import service as notification_service
from crisiscomms.notifications.models import NotificationKind, NotificationStatus
from tests.commitments.factories import content_of, draft, promise, release, scene
from tests.conftest import NOW

S = CommitmentStatus
REFUND = "We will refund every failed card payment."
CAUSE = "We will publish what went wrong."
EVIDENCE = "https://status.example.com/incidents/42#refunds"
WHY = "The database team needs one more day to confirm the cause."


def test_three_statements_their_promises_figures_and_report(session: Session) -> None:
    s = scene(session)
    t = NOW.replace
    # 09:05 — statement 1.
    one = release(
        session,
        draft(session, s.incident_id, s.author, now=t(hour=9, minute=5)),
        author=s.author,
        approver=s.approver,
        now=t(hour=9, minute=5),
        promises=[
            promise(REFUND, s.author, t(hour=11, minute=0)),
            promise(CAUSE, s.author, t(hour=10, minute=0)),
        ],
    )
    a, b, n1 = commitment_service.list_commitments(session, s.incident_id)
    assert (a.text, b.text, n1.kind, n1.due_at) == (
        REFUND,
        CAUSE,
        CommitmentKind.NEXT_UPDATE,
        t(hour=9, minute=35),
    )
    assert reminders.sweep(session, t(hour=9, minute=20)) == 1  # N1, 15 minutes before

    # 09:30 — statement 2, on time.
    two = release(
        session,
        draft(session, s.incident_id, s.author, now=t(hour=9, minute=30)),
        author=s.author,
        approver=s.approver,
        now=t(hour=9, minute=30),
    )
    assert n1.status == S.KEPT
    n2 = commitment_service.list_commitments(session, s.incident_id)[-1]
    assert n2.kind == CommitmentKind.NEXT_UPDATE and n2.due_at == t(hour=10, minute=0)
    assert reminders.sweep(session, t(hour=9, minute=45)) == 2  # B and N2, 15 minutes before

    # 09:50 — A kept; 10:05 — B and N2 missed; 10:10 — B explained and re-dated.
    commitment_service.mark_kept(
        session, a.id or 0, evidence=EVIDENCE, actor=s.author, now=t(hour=9, minute=50)
    )
    assert reminders.sweep(session, t(hour=10, minute=5)) == 2
    assert (b.status, n2.status) == (S.MISSED, S.MISSED)
    commitment_service.mark_missed(
        session,
        b.id or 0,
        reason=WHY,
        new_due_at=t(hour=14, minute=0),
        actor=s.author,
        now=t(hour=10, minute=10),
    )
    b2 = commitment_service.successor_of(session, b)
    assert b2 is not None and b2.due_at == t(hour=14, minute=0)

    # 10:15 — statement 3's draft reports every promise as it stands.
    third = draft(session, s.incident_id, s.author, now=t(hour=10, minute=15))
    content = content_of(third)
    en = content.locales["en"].sections.commitments.split("\n\n", 1)[1]
    assert en.splitlines() == [
        "What we promised, and where each promise stands:",
        f"- Missed: {CAUSE} It was due 2026-11-22 10:00 UTC. Why: {WHY}"
        " New date: 2026-11-22 14:00 UTC.",
        "- Missed: an update by 2026-11-22 10:00 UTC.",
        f"- Kept: {REFUND} Done 2026-11-22 09:50 UTC. Proof: {EVIDENCE}",
        "- Kept: an update by 2026-11-22 09:35 UTC. We posted it 2026-11-22 09:30 UTC.",
    ]
    bn = content.locales["bn"].sections.commitments.split("\n\n", 1)[1]
    assert bn.splitlines() == [
        "আমাদের প্রতিশ্রুতি, এবং প্রতিটির অবস্থা:",
        f"- রাখা হয়নি: {CAUSE} নির্ধারিত সময় ছিল 2026-11-22 10:00 UTC। কারণ: {WHY}"
        " নতুন তারিখ: 2026-11-22 14:00 UTC।",
        "- রাখা হয়নি: 2026-11-22 10:00 UTC-এর মধ্যে আপডেট।",
        f"- রাখা হয়েছে: {REFUND} সম্পন্ন: 2026-11-22 09:50 UTC। প্রমাণ: {EVIDENCE}",
        "- রাখা হয়েছে: 2026-11-22 09:35 UTC-এর মধ্যে আপডেট। আমরা তা প্রকাশ করেছি 2026-11-22 09:30 UTC-এ।",
    ]
    assert [(c.text, c.due_at) for c in content.commitments] == [(CAUSE, t(hour=14, minute=0))]
    assert not [f for f in third.check_report["findings"] if f["section"] == "commitments"]
    release(session, third, author=s.author, approver=s.approver, now=t(hour=10, minute=15))

    records = commitment_service.list_commitments(session, s.incident_id)
    n3 = records[-1]
    assert [(c.id, c.status) for c in records] == [
        (a.id, S.KEPT),
        (b.id, S.MISSED),
        (n1.id, S.KEPT),
        (n2.id, S.MISSED),
        (b2.id, S.OPEN),
        (n3.id, S.OPEN),
    ]
    assert b2.statement_id == third.id  # announced by statement 3
    reports = commitment_service.reports_of(session, [c.id or 0 for c in records])
    said = {
        c.id: [(r.statement_id, r.status_at_report) for r in reports[c.id or 0]] for c in records
    }
    assert said == {
        a.id: [(two.id, S.OPEN), (third.id, S.KEPT)],
        b.id: [(two.id, S.OPEN), (third.id, S.MISSED)],
        n1.id: [(third.id, S.KEPT)],
        n2.id: [(third.id, S.MISSED)],
        b2.id: [],
        n3.id: [],
    }
    assert (a.statement_id, b.statement_id, n1.statement_id) == (one.id, one.id, one.id)

    # Reminders were cancelled by what settled them; two alerts and one kept-notice wait.
    notes = notification_service.list_notifications(session, incident_id=s.incident_id)
    assert sorted((n.kind.value, n.status.value) for n in notes) == [
        ("escalation", "pending"),
        ("escalation", "pending"),
        ("kept_notice", "pending"),
        ("reminder", "cancelled"),
        ("reminder", "cancelled"),
        ("reminder", "cancelled"),
    ]
    escalated = {n.commitment_id for n in notes if n.kind == NotificationKind.ESCALATION}
    assert escalated == {b.id, n2.id}
    assert all(
        n.status == NotificationStatus.PENDING for n in notes if n.kind != NotificationKind.REMINDER
    )

    # 10:20 — the figures, against a hand count: made A, B, N1, N2, B2, N3 (6); kept on
    # time A, N1 (2); missed B, N2 (2); open B2, N3 (2); rate 2 / (2 + 0 + 2) = 50%.
    now = t(hour=10, minute=20)
    figures = metrics.incident_metrics(session, s.incident_id, now=now)
    assert figures.commitments == metrics.Figures(
        made=6,
        kept_on_time=2,
        kept_late=0,
        missed=2,
        withdrawn=0,
        superseded=0,
        open=2,
        promise_keeping_rate=0.5,
    )
    for kind in CommitmentKind:
        assert figures.by_kind[kind.value] == metrics.Figures(
            made=3, kept_on_time=1, missed=1, open=1, promise_keeping_rate=0.5
        )
    assert figures.statements_published == 3
    assert figures.time_to_first_statement_seconds == 5 * 60
    assert figures.first_statement_on_time is True
    assert [(g.after, g.seconds // 60, g.ongoing) for g in figures.silences] == [
        ("activation", 5, False),
        (f"statement #{one.id}", 25, False),
        (f"statement #{two.id}", 45, False),
        (f"statement #{third.id}", 5, True),
    ]
    assert figures.longest_silence is not None and figures.longest_silence.seconds == 45 * 60

    # The post-incident report.
    markdown = report.export(session, s.incident_id, fmt="md", now=now)
    for expected in [
        "# Post-incident report: Checkout failing",
        "| Commitments made | 6 |",
        "| Kept on time | 2 |",
        "| Kept late | 0 |",
        "| Missed | 2 |",
        "| Withdrawn (of which reworded) | 0 (0) |",
        "| Still open | 2 |",
        "| Promise-keeping rate | 50% |",
        "| Statements published | 3 |",
        "| Time to first statement | 5 min |",
        "| Longest silence | 45 min |",
        f"### #{a.id} We will refund every failed card payment.",
        "- Fate: **kept on time** at 2026-11-22 09:50 UTC",
        "- Evidence: https://status.example.com/incidents/42#refunds",
        f"### #{b.id} We will publish what went wrong.",
        "- Fate: **missed**",
        f"- Why it was missed: {WHY}",
        f"- Re-dated as commitment #{b2.id}",
        f"- Reported in: #{two.id} (open), #{third.id} (missed)",
        f"- Made in: statement #{third.id}; due 2026-11-22 14:00 UTC",
        f"| {two.id} | investigating | 2026-11-22 09:30 UTC |",
        f"| statement #{two.id} | 2026-11-22 09:30 UTC | 2026-11-22 10:15 UTC | 45 min |",
        f"| statement #{third.id} | 2026-11-22 10:15 UTC | 2026-11-22 10:20 UTC (ongoing) | "
        "5 min |",
        report.DELIVERY_PENDING,
        "| commitment.missed | system |",
    ]:
        assert expected in markdown, expected
    html = report.export(session, s.incident_id, fmt="html", now=now)
    assert "<h1>Post-incident report: Checkout failing</h1>" in html
    assert f'<a href="{EVIDENCE}" rel="nofollow noopener">{EVIDENCE}</a>' in html
    assert f"<li>Why it was missed: {WHY}</li>" in html
    assert "<tr><th>Promise-keeping rate</th><td>50%</td></tr>" in html
    parser = HTMLParser()
    parser.feed(html)
    parser.close()
