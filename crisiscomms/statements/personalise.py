"""Personal email to each affected customer: their products, their make-good, their words.

`compute_make_good` turns the plan's make-good tier into what one customer receives.
`EmailPersonaliser` lays a statement out once per locale (subject, headers, encoded
common body parts) and then renders each customer's complete RFC 5322 message by joining
those bytes with the few that are theirs. Rendering is deterministic apart from the Date
header: a retried delivery carries the same Message-ID, body and voucher code.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from email.utils import format_datetime, parseaddr
from typing import Any

from crisiscomms.plans.schema import MakeGoodKind, MakeGoodTier, PlanBody
from crisiscomms.statements.content import StatementContent
from crisiscomms.statements.renditions import mime
from crisiscomms.statements.renditions.context import context_for, pick_locale
from crisiscomms.statements.renditions.email import (
    EmailLayout,
    email_layout,
    html_block,
    personal_slots,
    text_block,
)
from crisiscomms.statements.renditions.money import format_money, format_percent, money
from crisiscomms.statements.renditions.phrases import Phrases, phrases_for


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


def _number(value: Any) -> float | None:
    return None if value is None or value == "" else float(value)


@dataclass(frozen=True)
class MakeGood:
    """What one customer receives, and how we tell them in their language."""

    kind: MakeGoodKind
    amount: Decimal | None
    currency: str
    code: str | None
    text: str


def voucher_code(secret: bytes, statement_id: int, external_id: str) -> str:
    """A single-use code, XXXX-XXXX-XXXX, the same for a recipient on every retry."""
    digest = hmac.new(secret, f"{statement_id}:{external_id}".encode(), hashlib.sha256).digest()
    raw = base64.b32encode(digest).decode()[:12]  # 60 bits: a clash is negligible per statement
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def make_good_tier(plan: PlanBody, severity: str) -> MakeGoodTier | None:
    """The plan's make-good tier for a severity id, if it has one."""
    return next((t for t in plan.make_good.tiers if t.severity == severity), None)


def compute_make_good(
    plan: PlanBody, severity: str, recipient: Recipient, *, secret: bytes, statement_id: int
) -> MakeGood:
    """What the plan gives this recipient for an incident of this severity."""
    locale = pick_locale(plan.locales, recipient.locale, plan.default_locale)
    tier = make_good_tier(plan, severity)
    return make_good_for(plan, tier, recipient, locale, secret=secret, statement_id=statement_id)


def make_good_for(
    plan: PlanBody,
    tier: MakeGoodTier | None,
    recipient: Recipient,
    locale: str,
    *,
    secret: bytes,
    statement_id: int,
) -> MakeGood:
    """`compute_make_good` for a tier already looked up, written in `locale`."""
    currency = plan.make_good.currency
    if tier is None:
        return MakeGood(MakeGoodKind.NONE, None, currency, None, "")
    phrases = phrases_for(locale)
    kind = MakeGoodKind(tier.kind)
    if kind == MakeGoodKind.PERCENT_OF_MONTHLY_BILL:
        return _percent_credit(tier, recipient.attributes.monthly_bill, currency, phrases)
    if kind == MakeGoodKind.REPLACEMENT:
        return MakeGood(kind, None, currency, None, phrases.replacement)
    attrs = recipient.attributes
    voucher = kind == MakeGoodKind.VOUCHER
    code = voucher_code(secret, statement_id, recipient.external_id) if voucher else None
    amounts: dict[str, tuple[float | None, str, str | None]] = {
        "fixed_credit": (tier.value, phrases.fixed_credit, None),
        "refund_of_overcharge": (attrs.overcharge_amount, phrases.refund, phrases.refund_unknown),
        "full_refund": (attrs.order_amount, phrases.full_refund, phrases.full_refund_unknown),
        "voucher": (tier.value, phrases.voucher, phrases.voucher_unknown),
    }
    base, known, unknown = amounts.get(kind, (None, "", None))
    if base is not None:
        amount = money(base, currency)
        text = known.format(amount=format_money(amount, currency, phrases), code=code)
        return MakeGood(kind, amount, currency, code, text)
    if unknown is not None:
        return MakeGood(kind, None, currency, code, unknown.format(code=code))
    # Nothing to compute ("none", or a credit with no value): the plan's own words say it.
    description = tier.description.get(locale) or tier.description.get(plan.default_locale, "")
    return MakeGood(kind, None, currency, None, description)


def _percent_credit(
    tier: MakeGoodTier, bill: float | None, currency: str, phrases: Phrases
) -> MakeGood:
    """A share of the monthly bill, capped at the tier's maximum."""
    kind = MakeGoodKind.PERCENT_OF_MONTHLY_BILL
    percent = format_percent(tier.value or 0, phrases)
    cap = None if tier.max_amount is None else money(tier.max_amount, currency)
    if bill is None:
        limit = (
            "" if cap is None else phrases.up_to.format(cap=format_money(cap, currency, phrases))
        )
        text = phrases.percent_credit_unknown.format(percent=percent, cap=limit)
        return MakeGood(kind, None, currency, None, text)
    full = money(Decimal(str(bill)) * Decimal(str(tier.value or 0)) / 100, currency)
    amount = full if cap is None else min(full, cap)
    template = phrases.percent_credit if amount == full else phrases.percent_credit_capped
    text = template.format(
        amount=format_money(amount, currency, phrases),
        percent=percent,
        full=format_money(full, currency, phrases),
    )
    return MakeGood(kind, amount, currency, None, text)


@dataclass(frozen=True)
class _Compiled:
    """Everything about one locale's message that is the same for every recipient."""

    phrases: Phrases
    layout: EmailLayout
    message: mime.AlternativeMessage


class EmailPersonaliser:
    """Renders one statement as a complete personal email for each affected customer."""

    def __init__(
        self,
        content: StatementContent,
        *,
        plan: PlanBody,
        severity: str,
        statement_id: int,
        from_address: str,
        secret: bytes,
        incident_products: list[str] | None = None,
    ) -> None:
        mime.refuse_controls(from_address, "from_address")
        name, address = parseaddr(from_address)
        sender = mime.mailbox(name or plan.organisation.name, address, "from_address")
        self._domain = mime.check_address(address, "from_address").rpartition("@")[2]
        self._plan = plan
        self._statement_id = statement_id
        self._secret = secret
        self._tier = make_good_tier(plan, severity)
        self._products = (
            None if incident_products is None else {p.casefold().strip() for p in incident_products}
        )
        self._date: tuple[int, bytes] = (-1, b"")
        self._compiled: dict[str, _Compiled] = {}
        for locale, locale_content in content.locales.items():
            context = context_for(content, plan, locale, statement_id=statement_id)
            layout = email_layout(locale_content, context)
            message = mime.AlternativeMessage.build(
                sender=sender,
                subject=layout.subject,
                locale=locale,
                bound=mime.boundary(statement_id, locale),
                plain=layout.text_parts,
                html=layout.html_parts,
            )
            self._compiled[locale] = _Compiled(context.phrases, layout, message)

    def locale_for(self, recipient: Recipient) -> str:
        """The statement locale a recipient reads: theirs, else the plan's default."""
        return pick_locale(list(self._compiled), recipient.locale, self._plan.default_locale)

    def make_good(self, recipient: Recipient) -> MakeGood:
        """The recipient's make-good, in the language of their email."""
        return make_good_for(
            self._plan,
            self._tier,
            recipient,
            self.locale_for(recipient),
            secret=self._secret,
            statement_id=self._statement_id,
        )

    def subject(self, recipient: Recipient) -> str:
        """The subject the recipient's message carries."""
        return self._compiled[self.locale_for(recipient)].layout.subject

    def texts(self, recipient: Recipient, *, unsubscribe_url: str | None = None) -> tuple[str, str]:
        """The recipient's plain-text and HTML bodies, unencoded (for previews)."""
        mime.mailbox(recipient.name, recipient.email, "recipient")  # refused here as in render
        if unsubscribe_url is not None:
            mime.check_url(unsubscribe_url, "unsubscribe_url")
        compiled = self._compiled[self.locale_for(recipient)]
        slots = self._slots(recipient, compiled.phrases, unsubscribe_url)
        text = compiled.layout.text(tuple(text_block(s) if s else "" for s in slots))
        return text, compiled.layout.html(tuple(html_block(s) if s else "" for s in slots))

    def render(
        self,
        recipient: Recipient,
        *,
        unsubscribe_url: str | None = None,
        now: datetime | None = None,
    ) -> bytes:
        """The recipient's complete message, CRLF line ends, ready for SMTP DATA."""
        to = mime.mailbox(recipient.name, recipient.email, "recipient")
        compiled = self._compiled[self.locale_for(recipient)]
        message_id = mime.message_id(self._statement_id, recipient.external_id, self._domain)
        headers = f"To: {to}\r\nMessage-ID: {message_id}\r\n".encode()
        headers += mime.unsubscribe_headers(unsubscribe_url)
        slots = self._slots(recipient, compiled.phrases, unsubscribe_url)
        return compiled.message.render(
            self._date_header(now),
            headers,
            [text_block(s) if s else "" for s in slots],
            [html_block(s) if s else "" for s in slots],
        )

    def _slots(
        self, recipient: Recipient, phrases: Phrases, unsubscribe_url: str | None
    ) -> list[str]:
        """The recipient's personal parts, as plain text."""
        attrs = recipient.attributes
        products = [p for p in attrs.products if p.strip()]
        if self._products is not None:
            products = [p for p in products if p.casefold().strip() in self._products]
        offer = self.make_good(recipient)
        manager = attrs.account_manager
        return personal_slots(
            phrases,
            name=recipient.name,
            products=products,
            order_ids=attrs.order_ids,
            # For "none" the statement's own make-good section already says it all.
            offer="" if offer.kind == MakeGoodKind.NONE else offer.text,
            organisation=self._plan.organisation.name,
            manager=None if manager is None else (manager.name, manager.email),
            unsubscribe_url=unsubscribe_url,
        )

    def _date_header(self, now: datetime | None) -> bytes:
        """The Date value, formatted once per second rather than once per message."""
        moment = now or datetime.now(UTC)
        second = int(moment.timestamp())
        if self._date[0] != second:
            self._date = (second, format_datetime(moment.astimezone(UTC), usegmt=True).encode())
        return self._date[1]
