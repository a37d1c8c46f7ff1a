"""Who a personal email goes to: the customer (or subscriber) and the attributes their
message draws on (their products, amounts, account manager and time zone)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class AccountManager:
    """The person who looks after a customer's account."""

    name: str
    email: str | None = None


@dataclass(frozen=True)
class RecipientAttributes:
    """The customer attributes personal email draws on (a customer's `attributes` JSON)."""

    products: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    segment: str | None = None
    monthly_bill: float | None = None
    overcharge_amount: float | None = None
    order_ids: list[str] = field(default_factory=list)
    order_amount: float | None = None
    """What the customer paid for the affected order(s): the amount of a full refund."""
    account_manager: AccountManager | None = None
    time_zone: str | None = None
    """The IANA zone the customer reads times in (checked at import)."""

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RecipientAttributes:
        """Attributes from a customer's JSON; unknown keys are ignored."""
        manager = data.get("account_manager")
        return cls(
            products=[str(p) for p in data.get("products") or []],
            regions=[str(r) for r in data.get("regions") or []],
            segment=data.get("segment"),
            monthly_bill=_number(data.get("monthly_bill")),
            overcharge_amount=_number(data.get("overcharge_amount")),
            order_ids=[str(o) for o in data.get("order_ids") or []],
            order_amount=_number(data.get("order_amount")),
            time_zone=str(data["time_zone"]) if data.get("time_zone") else None,
            account_manager=(
                AccountManager(str(manager["name"]), manager.get("email"))
                if isinstance(manager, Mapping) and manager.get("name")
                else None
            ),
        )


@dataclass(frozen=True)
class Recipient:
    """An affected customer, as personal email sees them."""

    external_id: str
    name: str
    email: str
    phone: str | None = None
    locale: str = "en"
    attributes: RecipientAttributes = field(default_factory=RecipientAttributes)
    customer: bool = True
    """False for a subscriber: they read the statement, with no personal make-good."""
    time_zone: str | None = None
    """Their own IANA zone; None reads times in the plan organisation's zone, else UTC."""

    @property
    def zone(self) -> str | None:
        """The zone they gave, directly or in their attributes, if any."""
        return self.time_zone or self.attributes.time_zone


def _number(value: Any) -> float | None:
    return None if value is None or value == "" else float(value)
