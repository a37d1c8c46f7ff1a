"""The commitments board over HTTP: grouped by due time, the hand actions with the API's
roles, refused input shown again beside its field, and nothing changed by a refusal."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from crisiscomms.commitments.models import Commitment, CommitmentKind, CommitmentStatus
from crisiscomms.db import utc_now
from crisiscomms.principal import Role
from tests.commitments.factories import Scene, first_statement, promise, scene
from tests.factories import make_user
from tests.web.helpers import page_sign_in

OVERDUE = "Refund <b>every</b> failed card payment"
SOON = "Publish the root-cause analysis"
LATER = "Credit one month of fees to affected accounts"


@dataclass(frozen=True)
class Promises:
    scene: Scene
    overdue: Commitment
    soon: Commitment
    later: Commitment


@pytest.fixture
def promises(session: Session) -> Promises:
    """One incident whose statement, published three hours ago, made three promises."""
    now = utc_now()
    s = scene(session)
    first_statement(
        session,
        s,
        promise(OVERDUE, s.author, now - timedelta(hours=1)),
        promise(SOON, s.author, now + timedelta(hours=2)),
        promise(LATER, s.author, now + timedelta(days=2)),
        now=now - timedelta(hours=3),
    )
    made = session.exec(
        select(Commitment)
        .where(Commitment.kind == CommitmentKind.PROMISE)
        .order_by(col(Commitment.id))
    ).all()
    by_text = {c.text: c for c in made}
    return Promises(s, by_text[OVERDUE], by_text[SOON], by_text[LATER])


def _signed_in(client: TestClient, session: Session, role: Role) -> str:
    return page_sign_in(client, make_user(session, role=role).email)


def _section(html: str, heading_id: str) -> str:
    """The HTML of one board section, from its heading to the next section."""
    start = html.index(f'id="{heading_id}"')
    end = html.find("<section", start)
    return html[start : end if end != -1 else len(html)]


def test_the_board_groups_open_promises_by_due_time(
    client: TestClient, session: Session, promises: Promises
) -> None:
    _signed_in(client, session, Role.VIEWER)
    response = client.get("/commitments")
    assert response.status_code == 200
    html = response.text
    assert "Refund &lt;b&gt;every&lt;/b&gt; failed card payment" in html
    assert "<b>every</b>" not in html
    assert f"commitment-{promises.overdue.id}" in _section(html, "overdue-h")
    assert f"commitment-{promises.soon.id}" in _section(html, "soon-h")
    assert f"commitment-{promises.later.id}" in _section(html, "later-h")
    assert 'class="commitment tone-overdue"' in _section(html, "overdue-h")
    assert f'href="/incidents/{promises.scene.incident_id}"' in html
    # The automatic next-update promise is listed but never offered to settle by hand.
    assert "Publishing the next statement keeps this promise" in html
    # A viewer sees no action forms.
    assert "/keep" not in html and "/withdraw" not in html
    assert '<a href="/commitments">Commitments</a>' in html


def test_the_incident_board_and_its_links(
    client: TestClient, session: Session, promises: Promises
) -> None:
    _signed_in(client, session, Role.COMMS)
    incident = promises.scene.incident_id
    page = client.get(f"/incidents/{incident}")
    assert f'href="/incidents/{incident}/commitments"' in page.text
    board = client.get(f"/incidents/{incident}/commitments")
    assert board.status_code == 200
    assert "Kept, missed and withdrawn" in board.text
    assert f'action="/commitments/{promises.soon.id}/keep"' in board.text
    assert f'action="/commitments/{promises.soon.id}/withdraw"' not in board.text  # approver+
    assert client.get("/incidents/999999/commitments").status_code == 404


def test_signed_out_goes_to_login_and_roles_are_the_apis(
    client: TestClient, session: Session, promises: Promises
) -> None:
    signed_out = client.get("/commitments", follow_redirects=False)
    assert signed_out.status_code == 303
    assert signed_out.headers["location"] == "/login?next=%2Fcommitments"
    viewer = _signed_in(client, session, Role.VIEWER)
    cid = promises.soon.id
    kept = client.post(f"/commitments/{cid}/keep", data={"csrf_token": viewer, "evidence": "x"})
    assert kept.status_code == 403
    client.post("/logout", data={"csrf_token": viewer})
    comms = _signed_in(client, session, Role.COMMS)
    reason = "The supplier has cancelled the contract."
    withdrawn = client.post(
        f"/commitments/{cid}/withdraw", data={"csrf_token": comms, "reason": reason}
    )
    assert withdrawn.status_code == 403
    for action in ("keep", "miss"):
        forged = client.post(f"/commitments/{cid}/{action}", data={"csrf_token": "forged"})
        assert forged.status_code == 403 and "security token" in forged.text
    session.refresh(promises.soon)
    assert promises.soon.status == CommitmentStatus.OPEN


def test_keep_miss_and_withdraw_settle_and_return_to_the_board(
    client: TestClient, session: Session, promises: Promises
) -> None:
    csrf = _signed_in(client, session, Role.APPROVER)
    incident = promises.scene.incident_id
    kept = client.post(
        f"/commitments/{promises.overdue.id}/keep",
        data={"csrf_token": csrf, "evidence": "https://example.com/refunds", "board": ""},
        follow_redirects=False,
    )
    assert kept.status_code == 303
    assert kept.headers["location"] == "/commitments?notice=kept"
    new_due = (utc_now() + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")
    missed = client.post(
        f"/commitments/{promises.soon.id}/miss",
        data={
            "csrf_token": csrf,
            "reason": "The analysis needs the vendor's logs.",
            "new_due_at": new_due,
            "board": str(incident),
        },
        follow_redirects=False,
    )
    assert missed.status_code == 303
    assert missed.headers["location"] == f"/incidents/{incident}/commitments?notice=missed"
    withdrawn = client.post(
        f"/commitments/{promises.later.id}/withdraw",
        data={"csrf_token": csrf, "reason": "Fees are already waived for everyone."},
        follow_redirects=False,
    )
    assert withdrawn.status_code == 303
    for c in (promises.overdue, promises.soon, promises.later):
        session.refresh(c)
    assert promises.overdue.status == CommitmentStatus.KEPT
    assert promises.overdue.evidence == "https://example.com/refunds"
    assert promises.soon.status == CommitmentStatus.MISSED
    assert promises.later.status == CommitmentStatus.WITHDRAWN
    redated = session.exec(
        select(Commitment).where(Commitment.redated_from_id == promises.soon.id)
    ).one()
    assert redated.status == CommitmentStatus.OPEN
    assert redated.due_at.strftime("%Y-%m-%dT%H:%M") == new_due  # read as UTC
    board = client.get(f"/incidents/{incident}/commitments?notice=missed").text
    assert "Marked missed" in board
    assert f"re-dates #{promises.soon.id}" in _section(board, "later-h")
    assert f"commitment-{promises.later.id}" in _section(board, "settled-h")


@pytest.mark.parametrize(
    ("action", "data", "field", "status"),
    [
        ("keep", {"evidence": ""}, "evidence", 422),
        ("miss", {"reason": "late <i>", "new_due_at": ""}, "reason", 422),
        (
            "miss",
            {"reason": "Vendor logs <i>pending</i>.", "new_due_at": "tomorrow"},
            "new_due_at",
            422,
        ),
        (
            "miss",
            {"reason": "Vendor logs <i>pending</i>.", "new_due_at": "2020-01-01T10:00"},
            "new_due_at",
            422,
        ),
        ("withdraw", {"reason": "no <i>"}, "reason", 422),
    ],
)
def test_refused_input_is_shown_again_beside_its_field(
    client: TestClient,
    session: Session,
    promises: Promises,
    action: str,
    data: dict[str, str],
    field: str,
    status: int,
) -> None:
    csrf = _signed_in(client, session, Role.APPROVER)
    cid = promises.soon.id
    response = client.post(f"/commitments/{cid}/{action}", data={"csrf_token": csrf, **data})
    assert response.status_code == status, response.text[:500]
    html = response.text
    assert f'id="c{cid}-{action}-{field}-error"' in html
    assert re.search(
        rf'<details class="action" open>\s*<summary>[^<]+</summary>\s*'
        rf'<form method="post" action="/commitments/{cid}/{action}"',
        html,
    )
    for value in data.values():
        if value:
            escaped = value.replace("<", "&lt;").replace(">", "&gt;")
            assert escaped in html, value
    session.refresh(promises.soon)
    assert promises.soon.status == CommitmentStatus.OPEN


def test_a_settled_promise_cannot_be_settled_again(
    client: TestClient, session: Session, promises: Promises
) -> None:
    csrf = _signed_in(client, session, Role.COMMS)
    cid = promises.soon.id
    first = client.post(
        f"/commitments/{cid}/keep",
        data={"csrf_token": csrf, "evidence": "Published at /status"},
        follow_redirects=False,
    )
    assert first.status_code == 303
    again = client.post(f"/commitments/{cid}/keep", data={"csrf_token": csrf, "evidence": "again"})
    assert again.status_code == 409
    assert "already kept" in again.text and 'role="alert"' in again.text
    assert (
        client.post(
            "/commitments/999999/keep", data={"csrf_token": csrf, "evidence": "x"}
        ).status_code
        == 404
    )
