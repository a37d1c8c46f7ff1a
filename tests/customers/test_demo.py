"""Demo customers: realistic, fictional, in the demo incident's scope, loaded idempotently."""

from __future__ import annotations

from sqlmodel import Session, func, select

from crisiscomms.customers.audience import AudienceScope, count_audience
from crisiscomms.customers.demo import COUNT, load_demo_customers
from crisiscomms.customers.models import Customer, Suppression
from tests.conftest import NOW


def test_demo_customers_load_once_and_fit_the_demo_incident(session: Session) -> None:
    assert "300 created" in load_demo_customers(session, now=NOW)
    assert "300 unchanged" in load_demo_customers(session, now=NOW)
    customers = session.exec(select(Customer)).all()
    assert len(customers) == COUNT
    assert {c.locale for c in customers} == {"en", "bn"}
    assert any("\u0980" <= ch <= "\u09ff" for c in customers for ch in c.name)
    assert all(c.email and c.email.endswith(("@example.com", "@example.org")) for c in customers)
    assert all(c.phone and c.phone.startswith("+44207946") for c in customers)
    assert sum(not c.active for c in customers) == 12
    assert session.exec(select(func.count()).select_from(Suppression)).one() == 4
    scope = AudienceScope(
        products=["Northwind Cloud Console"], regions=["EU"], segments=["business"]
    )
    reachable = count_audience(session, scope, channel_kind="email")
    assert 10 <= reachable < COUNT
