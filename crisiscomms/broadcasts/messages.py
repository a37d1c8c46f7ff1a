"""From claimed deliveries to the messages channels send.

A `Composer` lays out one broadcast once (the X thread, the webhook event, the short text,
each customer email's shared parts) and then builds each delivery's `OutboundMessage`.
Customers are loaded for a whole batch in one query and checked again at send time: a
customer who became former, withdrew consent or unsubscribed since the fan-out is not
messaged (the delivery is marked suppressed). Every message keeps one identity across
retries: the email's Message-ID, the webhook-id, the X post's text hash.

Longer than 400 lines on purpose: one layout per channel kind, built from the same
broadcast in one pass; the kinds are read side by side to keep them saying the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from crisiscomms import keys
from crisiscomms.broadcasts.models import Broadcast, Delivery, DeliveryStatus
from crisiscomms.broadcasts.outbox import Claimed
from crisiscomms.channels.base import OutboundMessage
from crisiscomms.channels.models import ChannelConfig
from crisiscomms.channels.x import text_hash
from crisiscomms.config import Settings
from crisiscomms.customers import audience as customer_audience
from crisiscomms.customers import unsubscribe
from crisiscomms.customers.models import ChannelKind as PersonalKind
from crisiscomms.customers.models import Customer, Suppression
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident
from crisiscomms.notifications.models import Notification
from crisiscomms.plans.schema import PlanBody
from crisiscomms.statements import service as statement_service
from crisiscomms.statements.content import StatementContent
from crisiscomms.statements.models import Statement
from crisiscomms.statements.personalise import EmailPersonaliser, Recipient
from crisiscomms.statements.renditions.context import context_for
from crisiscomms.statements.renditions.email import render_email
from crisiscomms.statements.renditions.sms import short_text
from crisiscomms.statements.renditions.text import iso_time
from crisiscomms.statements.renditions.webhook import render_webhook
from crisiscomms.statements.renditions.x import render_x

VOUCHER_KEY = "voucher_key"


def voucher_secret(session: Session, settings: Settings, *, now: datetime) -> bytes:
    """The key voucher codes are derived from (stable, so a retry carries the same code)."""
    return keys.current_key(
        session, settings, name=VOUCHER_KEY, purpose=b"crisiscomms voucher", now=now
    )


@dataclass
class Layout:
    """One broadcast's content, laid out once for every channel."""

    broadcast: Broadcast
    subject: str
    text: str
    html: str | None
    posts: tuple[str, ...]
    payload: dict[str, Any]
    plan: PlanBody | None = None
    content: StatementContent | None = None
    incident: Incident | None = None
    personalisers: dict[int, EmailPersonaliser] = field(default_factory=dict)


@dataclass(frozen=True)
class Decision:
    """A delivery the engine settles without sending."""

    claimed: Claimed
    status: DeliveryStatus
    reason: str


class Composer:
    """Builds messages for claimed deliveries; keeps each broadcast's layout."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._layouts: dict[int, Layout] = {}

    def layout(self, session: Session, broadcast_id: int) -> Layout:
        """The broadcast's layout, built on first use."""
        found = self._layouts.get(broadcast_id)
        if found is None:
            broadcast = session.get(Broadcast, broadcast_id)
            assert broadcast is not None
            found = self._build(session, broadcast)
            if len(self._layouts) > 64:
                self._layouts.clear()
            self._layouts[broadcast_id] = found
        return found

    def _build(self, session: Session, broadcast: Broadcast) -> Layout:
        if broadcast.statement_id is None:
            return self._plain(session, broadcast)
        statement = session.get(Statement, broadcast.statement_id)
        assert statement is not None
        incident, plan = statement_service.context_of(session, statement)
        content = statement_service.content_of(statement)
        locale = (
            plan.default_locale
            if plan.default_locale in content.locales
            else next(iter(content.locales))
        )
        here = context_for(
            content,
            plan,
            locale,
            statement_id=statement.id,
            incident_id=incident.id,
            stage=statement.stage,
            published_at=statement.published_at or broadcast.created_at,
        )
        local = content.locales[locale]
        email = render_email(local, here)
        return Layout(
            broadcast=broadcast,
            subject=email.subject,
            text=short_text(local, here),
            html=None,
            posts=tuple(p.text for p in render_x(local, here).posts),
            payload=render_webhook(local, here).payload,
            plan=plan,
            content=content,
            incident=incident,
        )

    def _plain(self, session: Session, broadcast: Broadcast) -> Layout:
        """A notification or a test send: a subject and a body, the same everywhere."""
        if broadcast.notification_id is not None:
            notification = session.get(Notification, broadcast.notification_id)
            assert notification is not None
            subject, body = notification.subject, notification.body
            kind = notification.kind.value
        else:
            subject = "crisiscomms test message"
            body = (
                f"Test message from crisiscomms, sent {broadcast.created_at:%Y-%m-%d %H:%M} UTC. "
                "No action is needed."
            )
            kind = "test"
        incident = (
            None
            if broadcast.incident_id is None
            else incident_service.get_incident(session, broadcast.incident_id)
        )
        return Layout(
            broadcast=broadcast,
            subject=subject,
            text=body,
            html=None,
            posts=(body[:270],),
            payload={
                "type": f"crisiscomms.{kind}",
                "timestamp": iso_time(broadcast.created_at),
                "data": {"incident_id": broadcast.incident_id, "subject": subject, "text": body},
            },
            incident=incident,
        )

    def personaliser(
        self,
        session: Session,
        layout: Layout,
        channel: ChannelConfig,
        from_address: str,
        *,
        now: datetime,
    ) -> EmailPersonaliser:
        """The email renderer of a statement broadcast for one email channel."""
        assert channel.id is not None and layout.content is not None and layout.plan is not None
        found = layout.personalisers.get(channel.id)
        if found is None:
            assert layout.incident is not None and layout.broadcast.statement_id is not None
            found = EmailPersonaliser(
                layout.content,
                plan=layout.plan,
                severity=layout.incident.severity,
                statement_id=layout.broadcast.statement_id,
                from_address=from_address,
                secret=voucher_secret(session, self.settings, now=now),
                incident_products=customer_audience.AudienceScope.of(layout.incident).products
                or None,
            )
            layout.personalisers[channel.id] = found
        return found

    def compose(
        self,
        session: Session,
        claimed: Sequence[Claimed],
        channels: dict[int, tuple[ChannelConfig, dict[str, Any]]],
        *,
        now: datetime,
    ) -> tuple[list[tuple[Claimed, OutboundMessage]], list[Decision]]:
        """Messages for the claimed deliveries, and the ones settled without sending."""
        customers = _customers(session, [c.recipient_id for c in claimed if c.recipient_id])
        suppressed = _suppressed(session, customers.values())
        out_of_scope = self._out_of_scope(session, claimed)
        unsubscribe_key = (
            unsubscribe.signing_key(session, self.settings, now=now)
            if self.settings.public_base_url.startswith("https://")
            else None
        )
        messages: list[tuple[Claimed, OutboundMessage]] = []
        decisions: list[Decision] = []
        for item in claimed:
            channel, clear = channels[item.channel_id]
            layout = self.layout(session, item.broadcast_id)
            metadata = {"broadcast_id": str(item.broadcast_id), "audience": channel.audience}
            if item.recipient_id:
                customer = customers.get(item.recipient_id)
                reason = _unreachable(customer, suppressed)
                if reason is None and item.recipient_id in out_of_scope:
                    reason = "the customer is no longer in the incident's affected scope"
                if reason is not None:
                    decisions.append(Decision(item, DeliveryStatus.SUPPRESSED, reason))
                    continue
                assert customer is not None and customer.email is not None
                recipient = customer_audience.to_recipient(customer)
                link = None
                if unsubscribe_key is not None:
                    token = unsubscribe.make_token(
                        unsubscribe_key,
                        external_id=customer.external_id,
                        kind=PersonalKind.EMAIL,
                        address=customer.email,
                    )
                    link = unsubscribe.unsubscribe_url(self.settings.public_base_url, token)
                messages.append(
                    (
                        item,
                        self._email(
                            session, layout, channel, clear, recipient, link, item, metadata, now
                        ),
                    )
                )
                continue
            messages.append(
                (item, self._broadcast_message(session, layout, channel, item, metadata))
            )
        return messages, decisions

    def _out_of_scope(self, session: Session, claimed: Sequence[Claimed]) -> set[int]:
        """Recipients whose customer left the incident's scope since the fan-out (say a
        re-import moved them to another product or region): they are not messaged."""
        by_broadcast: dict[int, list[int]] = {}
        for item in claimed:
            if item.recipient_id:
                by_broadcast.setdefault(item.broadcast_id, []).append(item.recipient_id)
        gone: set[int] = set()
        for broadcast_id, ids in by_broadcast.items():
            incident = self.layout(session, broadcast_id).incident
            if incident is None:
                continue
            scope = customer_audience.AudienceScope.of(incident)
            inside = session.execute(
                core_select(col(Customer.id)).where(
                    col(Customer.id).in_(ids), customer_audience.scope_filter(scope)
                )
            ).scalars()
            gone.update(set(ids) - set(inside))
        return gone

    def _email(
        self,
        session: Session,
        layout: Layout,
        channel: ChannelConfig,
        clear: dict[str, Any],
        recipient: Recipient,
        link: str | None,
        item: Claimed,
        metadata: dict[str, str],
        now: datetime,
    ) -> OutboundMessage:
        if layout.content is None:  # a notification to customers: plain text, built by the channel
            key = f"<n{layout.broadcast.id}.{recipient.external_id}@crisiscomms>"
            return OutboundMessage(
                delivery_id=str(item.id),
                kind=channel.kind,
                idempotency_key=key,
                recipient=recipient.email,
                subject=layout.subject,
                text=layout.text,
                metadata=metadata,
            )
        from_address = str(clear.get("from_address") or f"status@{_host(self.settings)}")
        personaliser = self.personaliser(session, layout, channel, from_address, now=now)
        raw = personaliser.render(recipient, unsubscribe_url=link, now=now)
        message_id = _message_id(raw)
        return OutboundMessage(
            delivery_id=str(item.id),
            kind=channel.kind,
            idempotency_key=message_id,
            recipient=recipient.email,
            subject=personaliser.subject(recipient),
            raw_email=raw,
            metadata=metadata,
        )

    def _broadcast_message(
        self,
        session: Session,
        layout: Layout,
        channel: ChannelConfig,
        item: Claimed,
        metadata: dict[str, str],
    ) -> OutboundMessage:
        posts = layout.posts[len(item.posted_ids) :] if item.posted_ids else layout.posts
        reply_to = item.posted_ids[-1] if item.posted_ids else None
        if reply_to is None and channel.kind == "x":
            reply_to = previous_post(session, item)
        identity = f"msg_{item.broadcast_id}_{item.channel_id}"
        if channel.kind == "x":
            identity = text_hash(posts[0]) if posts else identity
            # Reconciliation tells an earlier update's post from this one's by it.
            metadata = {**metadata, "published_at": layout.broadcast.created_at.isoformat()}
        recipient = layout.broadcast.fanout_state.get("recipient")  # a test send's address
        return OutboundMessage(
            delivery_id=str(item.id),
            kind=channel.kind,
            idempotency_key=identity,
            recipient=str(recipient) if recipient else None,
            subject=layout.subject,
            text=layout.text,
            html=layout.html,
            posts=posts,
            reply_to_external_id=reply_to,
            payload=layout.payload,
            metadata=metadata,
        )


def previous_post(session: Session, item: Claimed) -> str | None:
    """The last post of the incident's previous update on this X account (to thread under)."""
    broadcast = session.get(Broadcast, item.broadcast_id)
    if broadcast is None or broadcast.incident_id is None:
        return None
    row = session.exec(
        select(Delivery.external_id)
        .join(Broadcast, col(Broadcast.id) == col(Delivery.broadcast_id))
        .where(
            Delivery.channel_id == item.channel_id,
            Delivery.recipient_id == 0,
            col(Delivery.broadcast_id) < item.broadcast_id,
            Delivery.status == DeliveryStatus.SENT,
            Broadcast.incident_id == broadcast.incident_id,
        )
        .order_by(col(Delivery.broadcast_id).desc())
        .limit(1)
    ).first()
    return row


def _host(settings: Settings) -> str:
    return urlsplit(settings.public_base_url).hostname or "localhost"


def _message_id(raw: bytes) -> str:
    start = raw.find(b"\r\nMessage-ID: ")
    if start < 0:
        return ""
    end = raw.find(b"\r\n", start + 2)
    return raw[start + 14 : end].decode("ascii", "replace")


_SEND_COLUMNS = (
    *customer_audience.AUDIENCE_COLUMNS,
    col(Customer.active),
    col(Customer.email_consent),
)
"""What composing needs of a customer: rows, not ORM objects (a batch loads hundreds)."""


def _customers(session: Session, ids: list[int]) -> dict[int, Any]:
    if not ids:
        return {}
    rows = session.execute(core_select(*_SEND_COLUMNS).where(col(Customer.id).in_(ids))).all()
    return {row.id: row for row in rows}


def _suppressed(session: Session, customers: Any) -> set[str]:
    addresses = {c.email.strip().lower() for c in customers if c.email}
    if not addresses:
        return set()
    rows = session.exec(
        select(Suppression.address).where(
            Suppression.kind == PersonalKind.EMAIL, col(Suppression.address).in_(addresses)
        )
    ).all()
    return set(rows)


def _unreachable(customer: Any, suppressed: set[str]) -> str | None:
    if customer is None:
        return "the customer no longer exists"
    if not customer.active:
        return "the customer is no longer a current customer"
    if not customer.email:
        return "the customer has no email address"
    if not customer.email_consent:
        return "the customer withdrew consent for email"
    if customer.email.strip().lower() in suppressed:
        return "the address is suppressed (unsubscribed, bounced or complained)"
    return None
