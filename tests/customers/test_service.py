"""Customer rules: upsert, deactivate, suppress and lift, statistics, audit."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from crisiscomms.audit.models import AuditEvent
from crisiscomms.customers import service, suppressions
from crisiscomms.customers.audience import AudienceScope, count_audience
from crisiscomms.customers.models import ChannelKind, SuppressionReason
from crisiscomms.customers.schemas import CustomerUpsert
from crisiscomms.errors import Conflict, NotFound, ValidationFailed
from crisiscomms.principal import SYSTEM
from tests.conftest import NOW
from tests.customers.factories import line, load


def actions(session: Session) -> list[str]:
    return [e.action for e in session.exec(select(AuditEvent).order_by(AuditEvent.id)).all()]


def test_upsert_checks_like_an_import_and_is_audited(session: Session) -> None:
    data = CustomerUpsert(
        external_id="C-1", name="Anna", email="Anna@Example.com", attributes={"regions": ["EU"]}
    )
    customer = service.upsert_customer(session, data, actor=SYSTEM, now=NOW)
    assert customer.email == "Anna@example.com" and customer.scope_tags == "\nr:eu\n"
    again = service.upsert_customer(
        session, data.model_copy(update={"name": "Anna B"}), actor=SYSTEM, now=NOW
    )
    assert again.id == customer.id and again.name == "Anna B"
    with pytest.raises(ValidationFailed, match="email"):
        service.upsert_customer(
            session, CustomerUpsert(external_id="C-2", name="X", email="x"), actor=SYSTEM, now=NOW
        )
    assert actions(session) == ["customer.upsert", "customer.upsert"]


def test_deactivate_takes_a_customer_out_of_every_audience(session: Session) -> None:
    load(session, line("C-1"))
    customer = service.get_customer_by_external_id(session, "C-1")
    scope = AudienceScope(regions=["EU"])
    assert count_audience(session, scope, channel_kind="email") == 1
    service.deactivate_customer(session, customer.id or 0, actor=SYSTEM, now=NOW)
    assert count_audience(session, scope, channel_kind="email") == 0
    assert actions(session) == ["customer.deactivate"]
    with pytest.raises(NotFound):
        service.get_customer(session, 999_999)


def test_suppress_customer_on_both_channels_and_lift_a_manual_one(session: Session) -> None:
    load(session, line("C-1", email="Anna@Example.com"))
    customer = service.get_customer_by_external_id(session, "C-1")
    rows = service.suppress_customer(
        session,
        customer.id or 0,
        channel=None,
        reason=SuppressionReason.MANUAL,
        note="asked by phone",
        actor=SYSTEM,
        now=NOW,
    )
    assert sorted((r.kind.value, r.address) for r in rows) == [
        ("email", "anna@example.com"),
        ("sms", "+61491570156"),
    ]
    views = service.public_views(session, [customer])
    assert views[0]["suppressed"] == {"email": "manual", "sms": "manual"}
    suppressions.unsuppress(
        session, kind=ChannelKind.SMS, address="+61491570156", actor=SYSTEM, now=NOW
    )
    assert service.public_views(session, [customer])[0]["suppressed"] == {"email": "manual"}
    with pytest.raises(NotFound):
        suppressions.unsuppress(
            session, kind=ChannelKind.SMS, address="+61491570156", actor=SYSTEM, now=NOW
        )
    assert actions(session) == ["suppression.create"] * 2 + ["suppression.delete"]


@pytest.mark.parametrize("reason", [SuppressionReason.UNSUBSCRIBED, SuppressionReason.COMPLAINT])
def test_what_the_recipient_asked_for_is_never_lifted(
    session: Session, reason: SuppressionReason
) -> None:
    suppressions.suppress(
        session,
        kind=ChannelKind.EMAIL,
        address="a@example.com",
        reason=reason,
        source="test",
        actor=SYSTEM,
        now=NOW,
    )
    with pytest.raises(Conflict, match="forever"):
        suppressions.unsuppress(
            session, kind=ChannelKind.EMAIL, address="A@example.com", actor=SYSTEM, now=NOW
        )


def test_suppressing_a_customer_without_the_address_is_refused(session: Session) -> None:
    load(session, line("C-1", phone=None))
    customer = service.get_customer_by_external_id(session, "C-1")
    with pytest.raises(ValidationFailed, match="sms"):
        service.suppress_customer(
            session,
            customer.id or 0,
            channel=ChannelKind.SMS,
            reason=SuppressionReason.MANUAL,
            note=None,
            actor=SYSTEM,
            now=NOW,
        )


def test_stats_count_segments_activity_and_suppressions(session: Session) -> None:
    load(
        session,
        line("A", attributes={"segment": "business"}),
        line("B", attributes={"segment": "business"}, active=False),
        line("C", attributes={"segment": "consumer"}),
        line("D", attributes={}),
    )
    suppressions.suppress(
        session,
        kind=ChannelKind.EMAIL,
        address="a@example.com",
        reason=SuppressionReason.BOUNCED,
        source="t",
        actor=SYSTEM,
        now=NOW,
    )
    stats = service.customer_stats(session)
    assert (stats["total"], stats["active"], stats["former"]) == (4, 3, 1)
    segments = {s["segment"]: (s["active"], s["former"]) for s in stats["segments"]}
    assert segments == {"business": (1, 1), "consumer": (1, 0), None: (1, 0)}
    assert stats["suppressed"] == {"email": 1, "sms": 0}
    assert stats["suppressed_by_reason"] == {"bounced": 1}


def test_list_pages_by_id_with_filters(session: Session) -> None:
    load(session, *[line(f"C-{i}", active=i % 2 == 0) for i in range(1, 8)])
    first = service.list_customers(session, limit=3)
    rest = service.list_customers(session, after=first[-1].id or 0, limit=10)
    assert [c.external_id for c in first + list(rest)] == [f"C-{i}" for i in range(1, 8)]
    active = service.list_customers(session, active=True)
    assert [c.external_id for c in active] == ["C-2", "C-4", "C-6"]
    assert len(service.list_customers(session, segment="business")) == 7
    assert service.list_customers(session, segment="nobody") == []


def test_masks() -> None:
    assert service.mask_email("anna.smith@example.com") == "a***@example.com"
    assert service.mask_phone("+61491570156") == "+61*******56"
    assert service.mask_email(None) is None and service.mask_phone("") is None


def test_a_recipients_request_replaces_a_liftable_reason(session: Session) -> None:
    for reason in (
        SuppressionReason.BOUNCED,
        SuppressionReason.COMPLAINT,
        SuppressionReason.MANUAL,
    ):
        row = suppressions.suppress(
            session,
            kind=ChannelKind.EMAIL,
            address="a@example.com",
            reason=reason,
            source="t",
            actor=SYSTEM,
            now=NOW,
        )
    assert row.reason == SuppressionReason.COMPLAINT
    with pytest.raises(Conflict):
        suppressions.unsuppress(
            session, kind=ChannelKind.EMAIL, address="a@example.com", actor=SYSTEM, now=NOW
        )
    assert actions(session) == ["suppression.create", "suppression.update"]
