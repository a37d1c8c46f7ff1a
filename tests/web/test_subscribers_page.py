"""The staff subscribers page: counts by channel and status, and the list, to viewers."""

from __future__ import annotations

import secrets

from fastapi.testclient import TestClient
from sqlmodel import Session

from crisiscomms.principal import Role
from crisiscomms.subscribers.models import Subscriber, SubscriberKind, SubscriberStatus
from tests.conftest import NOW
from tests.factories import make_user
from tests.web.helpers import page_sign_in


def test_viewers_see_counts_by_channel_and_status(client: TestClient, session: Session) -> None:
    for n, status in enumerate([SubscriberStatus.ACTIVE] * 3 + [SubscriberStatus.PENDING]):
        session.add(
            Subscriber(
                kind=SubscriberKind.EMAIL,
                address=f"s{n}@example.org",
                components="\ncheckout\n" if n == 0 else "",
                status=status,
                nonce=secrets.token_hex(16),
                created_at=NOW,
            )
        )
    session.add(
        Subscriber(
            kind=SubscriberKind.EMAIL,
            address="<b>x</b>@example.org",
            status=SubscriberStatus.UNSUBSCRIBED,
            nonce="n",
            created_at=NOW,
        )
    )
    session.flush()
    assert client.get("/subscribers", follow_redirects=False).status_code in (303, 401)
    page_sign_in(client, make_user(session, role=Role.VIEWER).email)
    page = client.get("/subscribers")
    assert page.status_code == 200
    assert "<tr><td>email</td><td>1</td><td>3</td><td>1</td></tr>" in page.text
    assert "&lt;b&gt;x&lt;/b&gt;@example.org" in page.text and "<b>x</b>" not in page.text
    assert "checkout" in page.text and "everything" in page.text
    assert "Sign-up is not offered yet" in page.text  # no email channel serves subscribers
    pending = client.get("/subscribers?status=pending")
    assert "s3@example.org" in pending.text and "s0@example.org" not in pending.text
    assert client.get("/subscribers?status=bogus").status_code == 422
