"""Amending a promise: owner and due time change in place; a new wording supersedes it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session

from crisiscomms.commitments import amendments
from crisiscomms.commitments import service as commitment_service
from crisiscomms.commitments.models import Commitment, CommitmentKind, CommitmentStatus
from crisiscomms.commitments.schemas import CommitmentUpdate
from crisiscomms.errors import Conflict, ValidationFailed
from crisiscomms.flows import status as status_flow
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import IncidentStatus
from crisiscomms.principal import SYSTEM, Role
from tests.commitments.factories import Scene, first_statement, promise, scene, state
from tests.conftest import NOW
from tests.factories import make_user
from tests.statements.factories import person

T1 = NOW + timedelta(minutes=5)
LATER = NOW + timedelta(minutes=40)
REFUND = "We will refund every failed card payment."


def promised(session: Session, s: Scene) -> Commitment:
    first_statement(session, s, promise(REFUND, s.author, NOW + timedelta(hours=2)), now=T1)
    return next(
        c
        for c in commitment_service.list_commitments(session, s.incident_id)
        if c.kind == CommitmentKind.PROMISE
    )


def test_reassigning_and_bringing_the_due_time_forward(session: Session) -> None:
    s = scene(session)
    refund = promised(session, s)
    other = person(session, Role.COMMS)
    sooner = NOW + timedelta(hours=1)
    amendments.update(
        session,
        refund.id or 0,
        CommitmentUpdate(owner_id=other.user_id, due_at=sooner),
        actor=s.author,
        now=LATER,
    )
    assert (refund.owner_id, refund.due_at, refund.text) == (other.user_id, sooner, REFUND)
    events = incident_service.list_events(session, s.incident_id)
    assert events[-1].kind == "commitment.updated" and "due_at, owner_id" in events[-1].message


BAD_UPDATES = [
    (
        "text change",
        {"text": "We will refund and credit every failed payment."},
        Conflict,
        "supersede",
    ),
    ("unknown owner", {"owner_id": 999_999}, ValidationFailed, "does not exist"),
    ("no owner", {"owner_id": None}, ValidationFailed, "needs an owner"),
    ("due in the past", {"due_at": NOW}, ValidationFailed, "not in the future"),
    (
        "naive due time",
        {"due_at": (NOW + timedelta(hours=1)).replace(tzinfo=None)},
        ValidationFailed,
        "timezone",
    ),
    (
        "later than published",
        {"due_at": NOW + timedelta(hours=9)},
        Conflict,
        "a later date is a slip",
    ),
    ("nothing", {}, ValidationFailed, "nothing to change"),
]


@pytest.mark.parametrize(
    ("name", "change", "error", "match"), BAD_UPDATES, ids=[b[0] for b in BAD_UPDATES]
)
def test_bad_updates_change_nothing(
    session: Session, name: str, change: dict[str, object], error: type[Exception], match: str
) -> None:
    s = scene(session)
    refund = promised(session, s)
    before = state(session, s.incident_id)
    data = CommitmentUpdate.model_construct(**change)  # type: ignore[arg-type]
    with pytest.raises(error, match=match):
        amendments.update(session, refund.id or 0, data, actor=s.author, now=LATER)
    assert state(session, s.incident_id) == before


def test_an_unchanged_text_in_an_update_is_no_change(session: Session) -> None:
    s = scene(session)
    refund = promised(session, s)
    owner = make_user(session)
    amendments.update(
        session,
        refund.id or 0,
        CommitmentUpdate(text=REFUND, owner_id=owner.id),
        actor=s.author,
        now=LATER,
    )
    assert refund.owner_id == owner.id


def test_a_new_wording_supersedes_and_both_stay_on_the_record(session: Session) -> None:
    s = scene(session)
    refund = promised(session, s)
    wording = "We will refund every failed card payment and add a 10% credit."
    new = amendments.supersede(
        session,
        refund.id or 0,
        text=wording,
        due_at=None,
        owner_id=None,
        public=None,
        actor=s.approver,
        now=LATER,
    )
    assert (new.text, new.due_at, new.owner_id, new.public) == (
        wording,
        refund.due_at,
        refund.owner_id,
        True,
    )
    assert new.supersedes_id == refund.id and new.statement_id is None
    assert (refund.status, refund.superseded_by_id) == (CommitmentStatus.WITHDRAWN, new.id)
    assert f"#{new.id}" in (refund.withdrawn_reason or "")
    texts = [c.text for c in commitment_service.list_commitments(session, s.incident_id)]
    assert REFUND in texts and wording in texts
    with pytest.raises(Conflict, match="withdrawn, not open"):
        amendments.supersede(
            session,
            refund.id or 0,
            text="Another wording entirely.",
            due_at=None,
            owner_id=None,
            public=None,
            actor=s.approver,
            now=LATER,
        )


def test_bad_supersessions_change_nothing(session: Session) -> None:
    s = scene(session)
    refund = promised(session, s)
    before = state(session, s.incident_id)
    bad = [
        ({"text": REFUND}, ValidationFailed, "unchanged"),
        ({"text": "New words.", "owner_id": 999_999}, ValidationFailed, "does not exist"),
        ({"text": "New words.", "due_at": NOW}, ValidationFailed, "not in the future"),
        (
            {"text": "New words.", "due_at": LATER.replace(tzinfo=None) + timedelta(hours=3)},
            ValidationFailed,
            "timezone",
        ),
    ]
    for change, error, match in bad:
        values: dict[str, object] = {"due_at": None, "owner_id": None, "public": None, **change}
        with pytest.raises(error, match=match):
            amendments.supersede(session, refund.id or 0, actor=s.approver, now=LATER, **values)  # type: ignore[arg-type]
    assert state(session, s.incident_id) == before


def test_a_closed_incidents_commitments_are_not_amended(session: Session) -> None:
    s = scene(session)
    refund = promised(session, s)
    for status in (IncidentStatus.RESOLVED, IncidentStatus.CLOSED):
        status_flow.change_status(
            session, s.incident_id, status=status, note=None, actor=SYSTEM, now=LATER
        )
    before = state(session, s.incident_id)
    with pytest.raises(Conflict, match="closed"):
        amendments.update(
            session,
            refund.id or 0,
            CommitmentUpdate(owner_id=s.author.user_id),
            actor=s.author,
            now=LATER,
        )
    with pytest.raises(Conflict, match="closed"):
        amendments.supersede(
            session,
            refund.id or 0,
            text="New words.",
            due_at=None,
            owner_id=None,
            public=None,
            actor=s.approver,
            now=LATER,
        )
    assert state(session, s.incident_id) == before
