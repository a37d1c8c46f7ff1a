"""Audiences: scope resolution, and who is never in one (former, suppressed, no consent)."""

from __future__ import annotations

from sqlmodel import Session

from crisiscomms.customers import suppressions
from crisiscomms.customers.audience import (
    AudienceScope,
    count_audience,
    resolve_audience,
    sample_audience,
)
from crisiscomms.customers.models import ChannelKind, SuppressionReason
from crisiscomms.principal import SYSTEM
from crisiscomms.statements.personalise import Recipient
from tests.conftest import NOW
from tests.customers.factories import line, load


def attrs(products: list[str], regions: list[str], segment: str) -> dict[str, object]:
    return {"products": products, "regions": regions, "segment": segment}


def population(session: Session) -> None:
    load(
        session,
        line("EU-BIZ-CONSOLE", attributes=attrs(["Northwind Cloud Console"], ["EU"], "business")),
        line("EU-BIZ-MAIL", attributes=attrs(["Northwind Mail"], ["EU"], "business")),
        line("US-BIZ-CONSOLE", attributes=attrs(["northwind cloud CONSOLE"], ["US"], "business")),
        line("EU-HOME-CONSOLE", attributes=attrs(["Northwind Cloud Console"], ["EU"], "consumer")),
        line(
            "EU-UK-BOTH",
            attributes=attrs(
                ["Northwind Mail", "Northwind Cloud Console"], ["UK", "EU"], "Business"
            ),
        ),
        line("NO-ATTRS", attributes={}),
    )


def ids(session: Session, scope: AudienceScope, kind: str = "email") -> list[str]:
    chunks = list(resolve_audience(session, scope, channel_kind=kind))
    return sorted(r.external_id for chunk in chunks for r in chunk)


def test_scope_dimensions_narrow_and_explicit_ids_add(session: Session) -> None:
    population(session)
    console = ["Northwind Cloud Console"]
    assert ids(session, AudienceScope(products=console)) == [
        "EU-BIZ-CONSOLE",
        "EU-HOME-CONSOLE",
        "EU-UK-BOTH",
        "US-BIZ-CONSOLE",
    ]
    assert ids(session, AudienceScope(products=console, regions=["eu"])) == [
        "EU-BIZ-CONSOLE",
        "EU-HOME-CONSOLE",
        "EU-UK-BOTH",
    ]
    scope = AudienceScope(products=console, regions=["EU"], segments=["business"])
    assert ids(session, scope) == ["EU-BIZ-CONSOLE", "EU-UK-BOTH"]
    assert ids(session, AudienceScope(regions=["UK", "US"])) == ["EU-UK-BOTH", "US-BIZ-CONSOLE"]
    with_ids = AudienceScope(
        products=console,
        regions=["EU"],
        segments=["business"],
        customer_ids=["NO-ATTRS", "UNKNOWN"],
    )
    assert ids(session, with_ids) == ["EU-BIZ-CONSOLE", "EU-UK-BOTH", "NO-ATTRS"]
    assert ids(session, AudienceScope(customer_ids=["EU-BIZ-MAIL"])) == ["EU-BIZ-MAIL"]
    assert ids(session, AudienceScope()) == []
    assert ids(session, AudienceScope(products=["Cloud"])) == []  # whole values only
    assert count_audience(session, scope, channel_kind="email") == 2


def test_like_wildcards_in_scope_values_are_literal(session: Session) -> None:
    load(
        session,
        line("A", attributes=attrs(["50%_off"], ["EU"], "b")),
        line("B", attributes=attrs(["50xyoff"], ["EU"], "b")),
    )
    assert ids(session, AudienceScope(products=["50%_off"])) == ["A"]


def test_former_customers_are_never_in_an_audience(session: Session) -> None:
    load(session, line("ACTIVE"), line("FORMER", active=False))
    scope = AudienceScope(regions=["EU"], customer_ids=["FORMER"])
    assert ids(session, scope) == ["ACTIVE"]
    assert ids(session, scope, "sms") == ["ACTIVE"]


def test_suppressed_addresses_stay_out_even_after_reimport(session: Session) -> None:
    load(session, line("C-1", email="Anna@Example.com"), line("C-2"))
    suppressions.suppress(
        session,
        kind=ChannelKind.EMAIL,
        address="anna@example.com",
        reason=SuppressionReason.UNSUBSCRIBED,
        source="test",
        actor=SYSTEM,
        now=NOW,
    )
    scope = AudienceScope(regions=["EU"])
    assert ids(session, scope) == ["C-2"]
    assert ids(session, scope, "sms") == ["C-1", "C-2"]  # suppression is per channel kind
    load(session, line("C-1", email="ANNA@example.com", name="Anna again", email_consent=True))
    assert ids(session, scope) == ["C-2"]
    load(session, line("C-3", email="anna@EXAMPLE.com"))  # the address, whoever holds it
    assert ids(session, scope) == ["C-2"]


def test_consent_and_missing_addresses_are_respected(session: Session) -> None:
    load(
        session,
        line("NO-EMAIL-CONSENT", email_consent=False),
        line("NO-SMS-CONSENT", sms_consent=False),
        line("NO-EMAIL", email=None),
        line("NO-PHONE", phone=None),
    )
    scope = AudienceScope(regions=["EU"])
    assert ids(session, scope) == ["NO-PHONE", "NO-SMS-CONSENT"]
    assert ids(session, scope, "sms") == ["NO-EMAIL", "NO-EMAIL-CONSENT"]


def test_resolve_in_chunks_gives_recipients_in_id_order(session: Session) -> None:
    load(session, *[line(f"C-{i:02d}", locale="bn" if i % 2 else "en") for i in range(1, 12)])
    chunks = list(
        resolve_audience(session, AudienceScope(regions=["EU"]), channel_kind="email", chunk_size=4)
    )
    assert [len(c) for c in chunks] == [4, 4, 3]
    everyone = [r for chunk in chunks for r in chunk]
    assert [r.external_id for r in everyone] == [f"C-{i:02d}" for i in range(1, 12)]
    first = everyone[0]
    assert isinstance(first, Recipient)
    assert first.locale == "bn" and first.email == "c-01@example.com"
    assert first.attributes.products == ["Northwind Cloud Console"]
    assert first.attributes.monthly_bill == 49.5
    sample = sample_audience(session, AudienceScope(regions=["EU"]), channel_kind="email", limit=2)
    assert [c.external_id for c in sample] == ["C-01", "C-02"]


def test_sms_recipients_without_email_get_an_empty_one(session: Session) -> None:
    load(session, line("C-1", email=None))
    [[recipient]] = list(
        resolve_audience(session, AudienceScope(customer_ids=["C-1"]), channel_kind=ChannelKind.SMS)
    )
    assert recipient.email == "" and recipient.phone == "+61491570156"
