"""Personal email to each affected customer: their products, their make-good, their words.

`compute_make_good` turns the plan's make-good tier into what one customer receives.
`EmailPersonaliser` lays a statement out once per locale and reader's time zone (subject,
headers, encoded common body parts, the statement's times written for that locale in that
zone by `renditions.local`) and then renders each customer's complete RFC 5322 message by
joining those bytes with the few that are theirs. Rendering is deterministic apart from the Date
header: a retried delivery carries the same Message-ID, body and voucher code.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from email.utils import format_datetime, parseaddr
from functools import lru_cache

from crisiscomms.plans.schema import MakeGoodKind, MakeGoodTier, PlanBody
from crisiscomms.statements.content import StatementContent
from crisiscomms.statements.recipients import AccountManager as AccountManager
from crisiscomms.statements.recipients import Recipient as Recipient
from crisiscomms.statements.recipients import RecipientAttributes as RecipientAttributes
from crisiscomms.statements.renditions import mime
from crisiscomms.statements.renditions.context import RenderContext, context_for, pick_locale
from crisiscomms.statements.renditions.email import (
    EmailLayout,
    email_layout,
    html_block,
    personal_slots,
    slot_blocks,
    text_block,
    with_card,
)
from crisiscomms.statements.renditions.local import DEFAULT_ZONE, localise_times
from crisiscomms.statements.renditions.money import format_money, format_percent, money
from crisiscomms.statements.renditions.phrases import Phrases, phrases_for


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
    keyed = _keyed_sha256(secret).copy()  # cheaper than keying HMAC again per recipient
    keyed.update(f"{statement_id}:{external_id}".encode())
    digest = keyed.digest()
    # The digest's first 60 bits in base32 (RFC 4648), as base64.b32encode(digest)[:12]
    # spells them: a clash is negligible per statement. Two characters per table lookup.
    bits = int.from_bytes(digest[:8], "big") >> 4
    pairs = [_BASE32_PAIRS[(bits >> shift) & 0x3FF] for shift in (50, 40, 30, 20, 10, 0)]
    return f"{pairs[0]}{pairs[1]}-{pairs[2]}{pairs[3]}-{pairs[4]}{pairs[5]}"


@lru_cache(maxsize=16)
def _keyed_sha256(secret: bytes) -> hmac.HMAC:
    return hmac.new(secret, digestmod="sha256")


_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_BASE32_PAIRS = [a + b for a in _BASE32 for b in _BASE32]
"""The 1,024 two-character base32 strings, indexed by their 10 bits."""


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
    # Amounts in the reader's regional formats (en-GB's, bn-BD's) when the text is in
    # their language, else in the text's.
    same = recipient.locale.split("-", 1)[0].lower() == locale.split("-", 1)[0].lower()
    formats = recipient.locale if same else locale
    kind = tier.kind
    if kind == MakeGoodKind.PERCENT_OF_MONTHLY_BILL:
        bill = recipient.attributes.monthly_bill
        return _percent_credit(tier, bill, currency, phrases, formats)
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
        fixed = kind in (MakeGoodKind.FIXED_CREDIT, MakeGoodKind.VOUCHER)  # the plan's amount
        amount = _plan_amount(base, currency) if fixed else money(base, currency)
        text = known.format(amount=format_money(amount, currency, formats), code=code)
        return MakeGood(kind, amount, currency, code, text)
    if unknown is not None:
        return MakeGood(kind, None, currency, code, unknown.format(code=code))
    # Nothing to compute ("none", or a credit with no value): the plan's own words say it.
    description = tier.description.get(locale) or tier.description.get(plan.default_locale, "")
    return MakeGood(kind, None, currency, None, description)


@lru_cache(maxsize=64)
def _share(percent: float) -> Decimal:
    """A plan's percentage as an exact fraction (25 -> 0.25), made once per percentage."""
    return Decimal(str(percent)) / 100


_plan_amount = lru_cache(maxsize=64)(money)
"""`money` for the few amounts a plan states (caps), rounded once rather than per recipient."""


def _percent_credit(
    tier: MakeGoodTier, bill: float | None, currency: str, phrases: Phrases, formats: str
) -> MakeGood:
    """A share of the monthly bill, capped at the tier's maximum."""
    kind = MakeGoodKind.PERCENT_OF_MONTHLY_BILL
    percent = format_percent(tier.value or 0, phrases)
    cap = None if tier.max_amount is None else _plan_amount(tier.max_amount, currency)
    if bill is None:
        limit = (
            "" if cap is None else phrases.up_to.format(cap=format_money(cap, currency, formats))
        )
        text = phrases.percent_credit_unknown.format(percent=percent, cap=limit)
        return MakeGood(kind, None, currency, None, text)
    full = money(Decimal(str(bill)) * _share(tier.value or 0), currency)
    if cap is None or full <= cap:
        text = phrases.percent_credit.format(
            amount=format_money(full, currency, formats), percent=percent
        )
        return MakeGood(kind, full, currency, None, text)
    text = phrases.percent_credit_capped.format(
        amount=format_money(cap, currency, formats),
        percent=percent,
        full=format_money(full, currency, formats),
    )
    return MakeGood(kind, cap, currency, None, text)


SHARED_SLOTS_KEPT = 4096
"""Encoded slots kept per locale for the slots many recipients share."""


@dataclass(frozen=True)
class _Compiled:
    """Everything about one locale's message that is the same for every recipient."""

    phrases: Phrases
    layout: EmailLayout
    message: mime.AlternativeMessage
    shared: dict[str, tuple[bytes, bytes]] = field(default_factory=dict)

    def encode(self, text: str) -> tuple[bytes, bytes]:
        """A slot's plain-text and HTML blocks, each encoded as its part is (b"" for none)."""
        if not text:
            return b"", b""
        plain, html = self.message.parts
        text_form, html_form = slot_blocks(text)
        return plain.encode(text_form), html.encode(html_form)

    def encode_shared(self, text: str) -> tuple[bytes, bytes]:
        """`encode` for a slot that recipients share (their products, their signature).

        Audiences share a handful of product lists and account managers, so these are
        encoded once; the first SHARED_SLOTS_KEPT distinct texts are kept.
        """
        found = self.shared.get(text)
        if found is None:
            found = self.encode(text)
            if len(self.shared) < SHARED_SLOTS_KEPT:
                self.shared[text] = found
        return found


class EmailPersonaliser:
    """Renders one statement as a complete personal email for each affected customer.

    `cards` maps a locale to its status card's public URL and alt text, for the HTML part.
    """

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
        cards: Mapping[str, tuple[str, str]] | None = None,
    ) -> None:
        mime.refuse_controls(from_address, "from_address")
        name, address = parseaddr(from_address)
        sender = mime.mailbox(name or plan.organisation.name, address, "from_address")
        self._domain = mime.check_address(address, "from_address").rpartition("@")[2]
        list_id = mime.list_id(plan.organisation.name, self._domain)
        self._plan = plan
        self._statement_id = statement_id
        self._secret = secret
        self._tier = make_good_tier(plan, severity)
        self._products = (
            None if incident_products is None else {p.casefold().strip() for p in incident_products}
        )
        self._date: tuple[int, bytes] = (-1, b"")
        self._locales: dict[str, str] = {}
        self._sender = sender
        self._list_id = list_id
        self._zone = plan.organisation.time_zone or DEFAULT_ZONE
        self._layouts: dict[str, tuple[RenderContext, EmailLayout]] = {}
        self._compiled: dict[tuple[str, str, str], _Compiled] = {}
        for locale, locale_content in content.locales.items():
            context = context_for(content, plan, locale, statement_id=statement_id)
            self._layouts[locale] = (context, email_layout(locale_content, context))
        self._cards = dict(cards or {})

    def _for(self, recipient: Recipient) -> _Compiled:
        """The message parts of the recipient's locale, times written for their zone (in
        their regional formats, en-GB's for en-GB, when the text is in their language)."""
        locale = self.locale_for(recipient)
        same = recipient.locale.split("-", 1)[0] == locale.split("-", 1)[0]
        key = (locale, recipient.locale if same else locale, recipient.zone or self._zone)
        found = self._compiled.get(key)
        if found is None:
            found = self._compiled[key] = self._compile(*key)
        return found

    def _compile(self, locale: str, formats: str, zone: str) -> _Compiled:
        context, drafted = self._layouts[locale]
        layout = EmailLayout(
            locale=locale,
            subject=localise_times(drafted.subject, formats, zone),
            text_parts=tuple(localise_times(p, formats, zone) for p in drafted.text_parts),
            html_parts=tuple(
                localise_times(p, formats, zone, html=True) for p in drafted.html_parts
            ),
        )
        layout = with_card(layout, self._cards.get(locale))
        message = mime.AlternativeMessage.build(
            sender=self._sender,
            subject=layout.subject,
            list_id=self._list_id,
            locale=locale,
            bound=mime.boundary(self._statement_id, locale),
            plain=layout.text_parts,
            html=layout.html_parts,
        )
        return _Compiled(context.phrases, layout, message)

    def locale_for(self, recipient: Recipient) -> str:
        """The statement locale a recipient reads: theirs, else the plan's default."""
        found = self._locales.get(recipient.locale)
        if found is None:
            found = pick_locale(list(self._layouts), recipient.locale, self._plan.default_locale)
            self._locales[recipient.locale] = found
        return found

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
        return self._for(recipient).layout.subject

    def texts(self, recipient: Recipient, *, unsubscribe_url: str | None = None) -> tuple[str, str]:
        """The recipient's plain-text and HTML bodies, unencoded (for previews)."""
        mime.mailbox(recipient.name, recipient.email, "recipient")  # refused here as in render
        if unsubscribe_url is not None:
            mime.check_url(unsubscribe_url, "unsubscribe_url")
        compiled = self._for(recipient)
        slots = self._slots(recipient, compiled.phrases, unsubscribe_url)
        text = compiled.layout.text(tuple(text_block(s) if s else "" for s in slots))
        return text, compiled.layout.html(tuple(html_block(s) if s else "" for s in slots))

    def render(
        self,
        recipient: Recipient,
        *,
        unsubscribe_url: str | None = None,
        now: datetime | None = None,
        reply_to: str | None = None,
    ) -> bytes:
        """The recipient's complete message, CRLF line ends, ready for SMTP DATA.
        `reply_to` is the recipient's signed reply address (crisiscomms.questions.tokens):
        their answer comes back tied to them and this incident."""
        to = mime.mailbox(recipient.name, recipient.email, "recipient")
        compiled = self._for(recipient)
        message_id = mime.message_id(self._statement_id, recipient.external_id, self._domain)
        headers = f"To: {to}\r\nMessage-ID: {message_id}\r\n".encode()
        headers += mime.unsubscribe_headers(unsubscribe_url)
        if reply_to is not None:
            headers += f"Reply-To: {mime.check_address(reply_to, 'reply_to')}\r\n".encode()
        # The signature is shared; the unsubscribe line after it is each recipient's own.
        greeting, affected, offer, signature = self._slots(recipient, compiled.phrases, None)
        # Products are shared; a list of order numbers is one recipient's own.
        personal_orders = bool(recipient.attributes.order_ids)
        plain_greeting, html_greeting = compiled.encode(greeting)
        encode_affected = compiled.encode if personal_orders else compiled.encode_shared
        plain_affected, html_affected = encode_affected(affected)
        plain_offer, html_offer = compiled.encode(offer)
        plain_closing, html_closing = compiled.encode_shared(signature)
        if unsubscribe_url:
            plain, html = compiled.encode(compiled.phrases.unsubscribe.format(url=unsubscribe_url))
            plain_closing, html_closing = plain_closing + plain, html_closing + html
        return compiled.message.render(
            self._date_header(now),
            headers,
            (plain_greeting, plain_affected, plain_offer, plain_closing),
            (html_greeting, html_affected, html_offer, html_closing),
        )

    def _slots(
        self, recipient: Recipient, phrases: Phrases, unsubscribe_url: str | None
    ) -> list[str]:
        """The recipient's personal parts, as plain text."""
        attrs = recipient.attributes
        products = [p for p in attrs.products if p.strip()]
        if self._products is not None:
            products = [p for p in products if p.casefold().strip() in self._products]
        offer = self.make_good(recipient) if recipient.customer else None
        manager = attrs.account_manager
        return personal_slots(
            phrases,
            name=recipient.name,
            products=products,
            order_ids=attrs.order_ids,
            # For "none" the statement's own make-good section already says it all.
            offer="" if offer is None or offer.kind == MakeGoodKind.NONE else offer.text,
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
