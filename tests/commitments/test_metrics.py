"""Promise-keeping figures, time to first statement and silences, by hand count."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session

from crisiscomms.commitments import amendments, metrics, reminders
from crisiscomms.commitments import service as commitment_service
from crisiscomms.commitments.models import Commitment, CommitmentKind, CommitmentStatus
from crisiscomms.incidents.models import Incident, IncidentStatus
from crisiscomms.principal import SYSTEM
from crisiscomms.statements.models import Statement
from tests.commitments.factories import draft, first_statement, promise, release, scene
from tests.conftest import NOW

S = CommitmentStatus


def commitment(status: S, *, due_minutes: int = 60, **values: object) -> Commitment:
    base: dict[str, object] = {
        "incident_id": 1,
        "text": "We will do it.",
        "due_at": NOW + timedelta(minutes=due_minutes),
        "status": status,
        "created_by": "test",
        "created_at": NOW,
        "updated_at": NOW,
    }
    return Commitment(**{**base, **values})


def test_figures_by_fate() -> None:
    records = [
        commitment(S.KEPT, kept_at=NOW + timedelta(minutes=60)),  # on time: exactly at due
        commitment(S.KEPT, kept_at=NOW + timedelta(minutes=61)),  # late
        commitment(S.MISSED),
        commitment(S.MISSED),
        commitment(S.WITHDRAWN),
        commitment(S.WITHDRAWN, superseded_by_id=9),
        commitment(S.OPEN),
    ]
    assert metrics.figures(records) == metrics.Figures(
        made=7,
        kept_on_time=1,
        kept_late=1,
        missed=2,
        withdrawn=2,
        superseded=1,
        open=1,
        promise_keeping_rate=0.25,
    )
    assert metrics.figures([commitment(S.OPEN)]).promise_keeping_rate is None


def test_silences_include_the_gap_still_running() -> None:
    incident = Incident(
        plan_id=1,
        plan_version_id=1,
        title="t",
        summary="s",
        severity="sev1",
        status=IncidentStatus.MONITORING,
        detected_at=NOW,
        activated_at=NOW,
        first_statement_due_at=NOW,
        updated_at=NOW,
    )
    published = [
        Statement(
            id=1,
            incident_id=1,
            stage="investigating",
            content={},
            created_at=NOW,
            last_editor="x",
            updated_at=NOW,
            published_at=NOW + timedelta(minutes=10),
        ),
        Statement(
            id=2,
            incident_id=1,
            stage="identified",
            content={},
            created_at=NOW,
            last_editor="x",
            updated_at=NOW,
            published_at=NOW + timedelta(minutes=70),
        ),
    ]
    now = NOW + timedelta(minutes=100)
    gaps = metrics.silences(incident, published, now=now)
    assert [(g.after, g.seconds, g.ongoing) for g in gaps] == [
        ("activation", 600, False),
        ("statement #1", 3600, False),
        ("statement #2", 1800, True),
    ]
    incident.status = IncidentStatus.RESOLVED
    incident.resolved_at = NOW + timedelta(minutes=80)
    gaps = metrics.silences(incident, published, now=now)
    assert [(g.after, g.seconds, g.ongoing) for g in gaps][-1] == ("statement #2", 600, False)


def test_across_incidents_by_hand_count(session: Session) -> None:
    one, two = scene(session), scene(session)
    t1 = NOW + timedelta(minutes=5)
    first_statement(
        session,
        one,
        promise("We will refund every failed card payment.", one.author, NOW + timedelta(hours=2)),
        promise("We will publish what went wrong.", one.author, NOW + timedelta(hours=1)),
        now=t1,
    )  # one: refund, cause, next update 09:35
    t2 = NOW + timedelta(minutes=20)
    first_statement(
        session,
        two,
        promise("We will call every merchant.", two.author, NOW + timedelta(hours=3)),
        now=t2,
    )  # two: call, next update 09:50
    refund, cause, _update = commitment_service.list_commitments(session, one.incident_id)
    call = commitment_service.list_commitments(session, two.incident_id)[0]
    commitment_service.mark_kept(
        session, refund.id or 0, evidence="Done.", actor=SYSTEM, now=NOW + timedelta(minutes=30)
    )
    amendments.supersede(
        session,
        call.id or 0,
        text="We will call and email every merchant.",
        due_at=None,
        owner_id=None,
        public=None,
        actor=SYSTEM,
        now=NOW + timedelta(minutes=31),
    )
    t3 = NOW + timedelta(minutes=32)
    release(
        session,
        draft(session, one.incident_id, one.author, now=t3),
        author=one.author,
        approver=one.approver,
        now=t3,
    )  # one: update 09:35 kept; new update 10:05
    reminders.sweep(session, NOW + timedelta(minutes=61))  # cause (10:00) and two's update missed
    assert cause.status == S.MISSED
    now = NOW + timedelta(minutes=62)
    across = metrics.across_incidents(session, now=now)
    # Hand count. one: refund kept on time, cause missed, update 09:35 kept, update 10:05 open.
    # two: call withdrawn (reworded), its new wording open, update 09:50 missed.
    assert across.incidents == 2
    assert across.commitments == metrics.Figures(
        made=7,
        kept_on_time=2,
        kept_late=0,
        missed=2,
        withdrawn=1,
        superseded=1,
        open=2,
        promise_keeping_rate=0.5,
    )
    assert across.by_kind[CommitmentKind.NEXT_UPDATE.value].made == 3
    assert across.time_to_first_statement_seconds_mean == (300 + 1200) / 2
    assert across.time_to_first_statement_seconds_max == 1200
    # Longest silence: two has said nothing since 09:20 and is still open at 10:02 (42 min).
    assert across.longest_silence_seconds == 42 * 60
    one_only = metrics.incident_metrics(session, one.incident_id, now=now)
    assert one_only.commitments.made == 4 and one_only.statements_published == 2
    assert one_only.first_statement_on_time is True
    later = metrics.across_incidents(session, since=NOW + timedelta(seconds=1), now=now)
    assert later.incidents == 0
