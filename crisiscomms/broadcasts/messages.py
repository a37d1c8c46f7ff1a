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

import json
import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from sqlalchemy import String, any_, bindparam, func, literal_column
from sqlalchemy import select as core_select
from sqlalchemy.dialects import postgresql
from sqlmodel import Session, col, select

from crisiscomms import keys
from crisiscomms.broadcasts import answers, rehearsal_audience, signups
from crisiscomms.broadcasts import followers as follower_messages
from crisiscomms.broadcasts.models import Broadcast, Delivery, DeliveryStatus
from crisiscomms.broadcasts.outbox import Claimed
from crisiscomms.channels import registry as channel_registry
from crisiscomms.channels.base import OutboundMessage
from crisiscomms.channels.models import ChannelConfig
from crisiscomms.config import Settings
from crisiscomms.customers import audience as customer_audience
from crisiscomms.customers import unsubscribe
from crisiscomms.customers.models import ChannelKind as PersonalKind
from crisiscomms.customers.models import Customer, Suppression
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident
from crisiscomms.maintenance import service as maintenance_service
from crisiscomms.maintenance.models import Maintenance, MaintenanceNotice
from crisiscomms.notifications.models import Notification
from crisiscomms.plans.schema import PlanBody
from crisiscomms.questions import tokens as reply_tokens
from crisiscomms.statements import cards as statement_cards
from crisiscomms.statements import service as statement_service
from crisiscomms.statements.card import Card, CardFacts, render_card
from crisiscomms.statements.content import LocaleContent, StatementContent
from crisiscomms.statements.models import Statement
from crisiscomms.statements.personalise import EmailPersonaliser, Recipient
from crisiscomms.statements.renditions.context import RenderContext, context_for
from crisiscomms.statements.renditions.email import render_email
from crisiscomms.statements.renditions.local import DEFAULT_ZONE, localise_times
from crisiscomms.statements.renditions.posting import joined, posted_locales
from crisiscomms.statements.renditions.sms import short_text
from crisiscomms.statements.renditions.social import NETWORKS, render_social, split
from crisiscomms.statements.renditions.text import iso_time
from crisiscomms.statements.renditions.webhook import render_webhook
from crisiscomms.statements.renditions.x import render_x
from crisiscomms.subscribers import destinations
from crisiscomms.subscribers import tokens as subscriber_tokens
from crisiscomms.subscribers.messages import signup_email
from crisiscomms.subscribers.models import Subscriber, SubscriberKind, SubscriberStatus

VOUCHER_KEY = "voucher_key"
log = logging.getLogger("crisiscomms.messages")


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
    statement: Statement | None = None
    personalisers: dict[int, EmailPersonaliser] = field(default_factory=dict)
    localized: dict[str, tuple[str, str]] = field(default_factory=dict)
    """A maintenance notice's subject and text by locale (each customer gets theirs)."""
    localize: Callable[[str], tuple[str, str]] | None = None
    """A statement's subject and short text in a language (for subscribers' SMS and chat)."""
    cards: dict[str, CardFacts] = field(default_factory=dict)
    """The status card's facts for each social network, in the language it posts first."""
    social: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """The posts for each other social network (Mastodon, Bluesky, ...), by channel kind,
    cut by that network's own length rule; X's are `posts`."""
    zone: str | None = None
    """The plan organisation's IANA zone: the times of a per-recipient message are written
    in it for a reader without a zone of their own (else in UTC)."""
    email_text: str = ""
    """A statement's email to no one in particular (what a rehearsal's audience reads)."""


@dataclass
class _Group:
    """What the messages of one broadcast on one channel share, within one batch."""

    layout: Layout
    kind: str
    rehearsal: bool
    metadata: dict[str, str]
    """Shared by the group's messages, never changed (a rehearsal's gets its own copy)."""
    from_address: str
    channel_kind: str
    """The channel's kind, read once a batch (an ORM attribute read costs as much as a
    small function call, and every message carries it)."""
    personaliser: EmailPersonaliser | None = None
    """A statement's email renderer for this channel, looked up at the group's first
    email rather than at each one's."""


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
        if broadcast.kind in {signups.KIND, answers.KIND, answers.X_KIND}:  # per recipient
            return Layout(broadcast=broadcast, subject="", text="", html=None, posts=(), payload={})
        if broadcast.maintenance_notice_id is not None:
            return self._maintenance(session, broadcast)
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

        def rendered(wanted: str) -> tuple[LocaleContent, RenderContext]:
            here = context_for(
                content,
                plan,
                wanted,
                statement_id=statement.id,
                incident_id=incident.id,
                stage=statement.stage,
                published_at=statement.published_at or broadcast.created_at,
            )
            return content.locales[wanted], here

        local, here = rendered(locale)
        email = render_email(local, here)
        posts: list[str] = []
        texts: list[str] = []
        for wanted in posted_locales(plan, "x", content, locale):
            posts += [p.text for p in render_x(*rendered(wanted)).posts]
        for wanted in posted_locales(plan, "apprise", content, locale):
            texts.append(short_text(*rendered(wanted)))
        social: dict[str, tuple[str, ...]] = {}
        cards: dict[str, CardFacts] = {
            kind: statement_cards.facts_of(
                statement, incident, plan, content, posted_locales(plan, kind, content, locale)[0]
            )
            for kind in ("x", *NETWORKS)
        }
        for kind in NETWORKS:
            wanted_locales = posted_locales(plan, kind, content, locale)
            social[kind] = joined(
                kind, [render_social(kind, *rendered(wanted)).posts for wanted in wanted_locales]
            )
        payload = render_webhook(local, here).payload
        others = [w for w in posted_locales(plan, "webhook", content, locale) if w != locale]
        if others:
            payload = {
                **payload,
                "data": {
                    **payload["data"],
                    "translations": {
                        w: render_webhook(*rendered(w)).payload["data"] for w in others
                    },
                },
            }
        short: dict[str, tuple[str, str]] = {}

        def localize(wanted: str) -> tuple[str, str]:
            wanted = wanted if wanted in content.locales else locale
            if wanted not in short:
                part, where = rendered(wanted)
                short[wanted] = (render_email(part, where).subject, short_text(part, where))
            return short[wanted]

        return Layout(
            broadcast=broadcast,
            localize=localize,
            subject=email.subject,
            email_text=email.text,
            text="\n\n".join(texts),
            html=None,
            posts=tuple(posts),
            payload=payload,
            plan=plan,
            content=content,
            incident=incident,
            statement=statement,
            social=social,
            cards=cards,
            zone=plan.organisation.time_zone,
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
            social={kind: split(kind, [body]) for kind in NETWORKS},
            payload={
                "type": f"crisiscomms.{kind}",
                "timestamp": iso_time(broadcast.created_at),
                "data": {"incident_id": broadcast.incident_id, "subject": subject, "text": body},
            },
            incident=incident,
            zone=(
                None
                if incident is None
                else incident_service.plan_of(session, incident).organisation.time_zone
            ),
        )

    def _maintenance(self, session: Session, broadcast: Broadcast) -> Layout:
        """A maintenance notice: plain subject and text in each language; public channels
        get the plan's default language, customers their own."""
        notice = session.get(MaintenanceNotice, broadcast.maintenance_notice_id)
        assert notice is not None
        maintenance = session.get(Maintenance, notice.maintenance_id)
        assert maintenance is not None
        localized = {
            locale: (str(text["subject"]), str(text["body"]))
            for locale, text in notice.texts.items()
        }
        subject, body = localized.get(notice.default_locale) or next(iter(localized.values()))
        post = f"{subject}\n\n{body}"
        return Layout(
            broadcast=broadcast,
            subject=subject,
            text=body,
            html=None,
            posts=(post if len(post) <= 270 else post[:269] + "…",),
            social={kind: split(kind, [subject, body]) for kind in NETWORKS},
            payload={
                "type": f"crisiscomms.maintenance.{notice.kind.value}",
                "data": {
                    "maintenance_id": maintenance.id,
                    "status": notice.update_status.value,
                    "components": maintenance.components,
                    "starts_at": maintenance.starts_at.isoformat(),
                    "ends_at": maintenance.ends_at.isoformat(),
                    "time_zone": maintenance.time_zone,
                    "subject": subject,
                    "text": body,
                    "translations": {
                        locale: {"subject": s, "text": t}
                        for locale, (s, t) in localized.items()
                        if locale != notice.default_locale
                    },
                },
            },
            localized=localized,
            zone=maintenance_service.plan_of(session, maintenance).organisation.time_zone,
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
                cards=self._email_cards(layout),
            )
            layout.personalisers[channel.id] = found
        return found

    def _group(
        self, session: Session, broadcast_id: int, channel: ChannelConfig, clear: dict[str, Any]
    ) -> _Group:
        layout = self.layout(session, broadcast_id)
        return _Group(
            layout=layout,
            kind=layout.broadcast.kind,
            rehearsal=layout.incident is not None and layout.incident.rehearsal,
            metadata={"broadcast_id": str(broadcast_id), "audience": channel.audience},
            from_address=str(clear.get("from_address") or f"status@{_host(self.settings)}"),
            channel_kind=channel.kind,
        )

    def compose(
        self,
        session: Session,
        claimed: Sequence[Claimed],
        channels: dict[int, tuple[ChannelConfig, dict[str, Any]]],
        *,
        now: datetime,
    ) -> tuple[list[tuple[Claimed, OutboundMessage]], list[Decision]]:
        """Messages for the claimed deliveries, and the ones settled without sending."""
        customers = _customers(session, [c.recipient_id for c in claimed if c.recipient_id > 0])
        followers = _subscribers(session, [-c.recipient_id for c in claimed if c.recipient_id < 0])
        suppressed = _suppressed(session, [*customers.values(), *followers.values()])
        out_of_scope = self._out_of_scope(session, claimed)
        unsubscribe_key = (
            unsubscribe.signing_key(session, self.settings, now=now)
            if self.settings.public_base_url.startswith("https://")
            else None
        )
        messages: list[tuple[Claimed, OutboundMessage]] = []
        decisions: list[Decision] = []
        follower_key: bytes | None = None
        reply_key = (
            reply_tokens.signing_key(session, self.settings, now=now)
            if self.settings.inbound_reply_address
            else None
        )
        sealing: list[bytes] | None = None
        guard: rehearsal_audience.Guard | None = None
        # What every message of one broadcast on one channel shares, looked up once a batch
        # rather than once a message (the ORM's attribute reads cost as much as the rest).
        groups: dict[tuple[int, int], _Group] = {}
        for item in claimed:
            channel, clear = channels[item.channel_id]
            group = groups.get((item.broadcast_id, item.channel_id))
            if group is None:
                group = groups[item.broadcast_id, item.channel_id] = self._group(
                    session, item.broadcast_id, channel, clear
                )
            layout, metadata = group.layout, group.metadata
            if group.rehearsal:
                assert layout.incident is not None
                metadata = {**metadata, "rehearsal": "true"}
                # The engine's own guard, whatever wrote the row: dry-run channels and the
                # rehearsal audience only (see rehearsal_audience).
                if guard is None:
                    guard = rehearsal_audience.Guard(session)
                plan = layout.plan or incident_service.plan_of(session, layout.incident)
                member = guard.check(
                    layout.incident, plan, channel, item.recipient_id, item.broadcast_id
                )
                if isinstance(member, str):
                    decisions.append(Decision(item, DeliveryStatus.SUPPRESSED, member))
                    continue
                if member is not None:
                    messages.append(
                        (
                            item,
                            rehearsal_audience.message(
                                member,
                                subject=layout.subject,
                                body=layout.email_text or layout.text,
                                plan_name=plan.name,
                                incident_id=layout.incident.id,
                                delivery_id=item.id,
                                broadcast_id=item.broadcast_id,
                                host=_host(self.settings),
                                metadata=metadata,
                            ),
                        )
                    )
                    continue
            if group.kind == answers.X_KIND:
                base = self.settings.public_base_url.rstrip("/")
                built_x = answers.compose_x(
                    session,
                    layout.broadcast,
                    delivery_id=item.id,
                    recipient_id=item.recipient_id,
                    channel=channel,
                    link=f"{base}/status/incidents/{layout.broadcast.incident_id}#questions",
                    metadata=metadata,
                )
                if isinstance(built_x, str):
                    decisions.append(Decision(item, DeliveryStatus.SUPPRESSED, built_x))
                else:
                    messages.append((item, built_x))
                continue
            if group.kind == answers.KIND:
                person = (
                    customers.get(item.recipient_id)
                    if item.recipient_id > 0
                    else followers.get(-item.recipient_id)
                )
                address = getattr(person, "email", None) or getattr(person, "address", None)
                built: OutboundMessage | str = (
                    "the address is suppressed (unsubscribed, bounced or complained)"
                    if address and address.strip().lower() in suppressed
                    else answers.compose(
                        session,
                        self.settings,
                        layout.broadcast,
                        delivery_id=item.id,
                        recipient_id=item.recipient_id,
                        channel=channel,
                        from_address=group.from_address,
                        reply_key=reply_key,
                        metadata=metadata,
                        now=now,
                    )
                )
                if isinstance(built, str):
                    decisions.append(Decision(item, DeliveryStatus.SUPPRESSED, built))
                else:
                    messages.append((item, built))
                continue
            reply_to = None
            if reply_key is not None and layout.incident is not None and item.recipient_id:
                assert self.settings.inbound_reply_address and layout.incident.id is not None
                token = reply_tokens.make_token(
                    reply_key,
                    kind="customer" if item.recipient_id > 0 else "subscriber",
                    incident_id=layout.incident.id,
                    recipient_id=abs(item.recipient_id),
                )
                reply_to = reply_tokens.reply_address(self.settings.inbound_reply_address, token)
            if item.recipient_id < 0:
                follower = followers.get(-item.recipient_id)
                signup = group.kind == signups.KIND
                reason = _unfollowed(follower, suppressed, signup=signup)
                if reason is not None:
                    decisions.append(Decision(item, DeliveryStatus.SUPPRESSED, reason))
                    continue
                assert follower is not None
                if follower_key is None:  # once per batch, as the customers' unsubscribe key
                    follower_key = subscriber_tokens.signing_key(session, self.settings, now=now)
                if follower.kind != SubscriberKind.EMAIL:
                    if sealing is None:
                        sealing = subscriber_tokens.destination_keys(
                            session, self.settings, now=now
                        )
                    built = self._follower_message(
                        layout,
                        channel,
                        clear,
                        follower,
                        follower_key,
                        sealing,
                        item,
                        metadata,
                        now,
                        signup=signup,
                    )
                    if isinstance(built, str):
                        decisions.append(Decision(item, DeliveryStatus.SUPPRESSED, built))
                    else:
                        messages.append((item, built))
                    continue
                if signup:
                    message = self._signup_email(
                        layout, channel, follower, follower_key, item, metadata, now
                    )
                else:
                    message = self._subscriber_email(
                        session,
                        group,
                        channel,
                        follower,
                        follower_key,
                        item,
                        metadata,
                        now,
                        reply_to,
                    )
                messages.append((item, message))
                continue
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
                            session,
                            group,
                            channel,
                            recipient,
                            link,
                            item,
                            metadata,
                            now,
                            reply_to,
                        ),
                    )
                )
                continue
            messages.append(
                (item, self._broadcast_message(session, layout, channel, item, metadata))
            )
        return messages, decisions

    def _subscriber_email(
        self,
        session: Session,
        group: _Group,
        channel: ChannelConfig,
        follower: Subscriber,
        key: bytes,
        item: Claimed,
        metadata: dict[str, str],
        now: datetime,
        reply_to: str | None = None,
    ) -> OutboundMessage:
        """A statement to a subscriber: the public text in their language, no personal
        make-good (they are not known as customers), and their own unsubscribe link."""
        link = None
        if self.settings.public_base_url.startswith("https://"):
            token = subscriber_tokens.manage_token(key, follower)
            base = self.settings.public_base_url.rstrip("/")
            link = f"{base}/status/subscription/{token}/unsubscribe"
        recipient = Recipient(
            external_id=f"subscriber-{follower.id}",
            name="",
            email=follower.address,
            locale=follower.locale,
            customer=False,
            time_zone=follower.time_zone,
        )
        return self._email(session, group, channel, recipient, link, item, metadata, now, reply_to)

    def _follower_message(
        self,
        layout: Layout,
        channel: ChannelConfig,
        clear: dict[str, Any],
        follower: Subscriber,
        key: bytes,
        sealing: list[bytes],
        item: Claimed,
        metadata: dict[str, str],
        now: datetime,
        *,
        signup: bool,
    ) -> OutboundMessage | str:
        """A subscriber reached at its own URL or phone (see `followers`)."""
        return follower_messages.message(
            layout,
            kind=channel.kind,
            follower=follower,
            clear=destinations.unseal(sealing, follower),
            channel_clear=clear,
            key=key,
            base=self.settings.public_base_url.rstrip("/"),
            org=self.settings.status_page_title,
            delivery_id=str(item.id),
            metadata=metadata,
            signup=str(layout.broadcast.fanout_state.get("signup", "confirm")) if signup else None,
            confirm_token=subscriber_tokens.confirm_token(key, follower, now=now) if signup else "",
            zone=follower.time_zone or layout.zone or DEFAULT_ZONE,
        )

    def _signup_email(
        self,
        layout: Layout,
        channel: ChannelConfig,
        follower: Subscriber,
        key: bytes,
        item: Claimed,
        metadata: dict[str, str],
        now: datetime,
    ) -> OutboundMessage:
        """A confirmation, or a note that the address already follows the page."""
        base = f"{self.settings.public_base_url.rstrip('/')}/status"
        confirm = subscriber_tokens.confirm_token(key, follower, now=now)
        manage = subscriber_tokens.manage_token(key, follower)
        written = signup_email(
            str(layout.broadcast.fanout_state.get("signup", "confirm")),
            follower.locale,
            org=self.settings.status_page_title,
            confirm=f"{base}/subscribe/confirm/{confirm}?lang={follower.locale}",
            manage=f"{base}/subscription/{manage}?lang={follower.locale}",
        )
        return OutboundMessage(
            delivery_id=str(item.id),
            kind=channel.kind,
            idempotency_key=f"<s{layout.broadcast.id}.{follower.id}@crisiscomms>",
            recipient=follower.address,
            subject=written.subject,
            text=written.body,
            metadata=metadata,
        )

    def _out_of_scope(self, session: Session, claimed: Sequence[Claimed]) -> set[int]:
        """Recipients whose customer left the incident's scope since the fan-out (say a
        re-import moved them to another product or region): they are not messaged."""
        by_broadcast: dict[int, list[int]] = {}
        for item in claimed:
            kind = self.layout(session, item.broadcast_id).broadcast.kind
            # An answer's recipient is its asker (an X answer's, the question), scope or not.
            if item.recipient_id > 0 and kind not in {answers.KIND, answers.X_KIND}:
                by_broadcast.setdefault(item.broadcast_id, []).append(item.recipient_id)
        gone: set[int] = set()
        for broadcast_id, ids in by_broadcast.items():
            incident = self.layout(session, broadcast_id).incident
            if incident is None:
                continue
            scope = customer_audience.AudienceScope.of(incident)
            # Core on the session's connection, not the ORM's execute: plain ids come back.
            connection = session.connection()
            among, values = _one_of(col(Customer.id), ids, connection.dialect.name)
            inside = (
                connection.execute(
                    core_select(col(Customer.id)).where(
                        among, customer_audience.scope_filter(scope)
                    ),
                    values,
                )
                .scalars()
                .all()
            )
            gone.update(set(ids) - set(inside))
        return gone

    def _email(
        self,
        session: Session,
        group: _Group,
        channel: ChannelConfig,
        recipient: Recipient,
        link: str | None,
        item: Claimed,
        metadata: dict[str, str],
        now: datetime,
        reply_to: str | None = None,
    ) -> OutboundMessage:
        layout = group.layout
        if layout.content is None:  # a notification to customers: plain text, built by the channel
            key = f"<n{layout.broadcast.id}.{recipient.external_id}@crisiscomms>"
            wanted = recipient.locale or ""
            subject, text = (
                layout.localized.get(wanted)
                or layout.localized.get(wanted.split("-")[0].lower())
                or (layout.subject, layout.text)
            )
            # One reader's message: its UTC times in their zone and language (a maintenance
            # window's own zone, named by the plan's words, stays as written).
            zone = recipient.zone or layout.zone or DEFAULT_ZONE
            subject = localise_times(subject, wanted or "en", zone)
            text = localise_times(text, wanted or "en", zone)
            return OutboundMessage(
                delivery_id=str(item.id),
                kind=channel.kind,
                idempotency_key=key,
                recipient=recipient.email,
                subject=subject,
                text=text,
                metadata=metadata,
            )
        personaliser = group.personaliser
        if personaliser is None:
            personaliser = group.personaliser = self.personaliser(
                session, layout, channel, group.from_address, now=now
            )
        raw = personaliser.render(recipient, unsubscribe_url=link, now=now, reply_to=reply_to)
        return OutboundMessage.email(
            delivery_id=str(item.id),
            kind=group.channel_kind,
            idempotency_key=_message_id(raw),
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
        whole = layout.social.get(channel.kind, layout.posts)
        posts = whole[len(item.posted_ids) :] if item.posted_ids else whole
        reply_to = item.posted_ids[-1] if item.posted_ids else None
        social = channel_registry.is_social(channel.kind)
        threaded = channel.kind == "x" or (
            channel.kind in NETWORKS and NETWORKS[channel.kind].threaded
        )
        if reply_to is None and threaded:
            reply_to = previous_post(session, item)
        identity = f"msg_{item.broadcast_id}_{item.channel_id}"
        if social:
            if posts:
                identity = channel_registry.identity(channel.kind, posts[0], identity)
            # Reconciliation tells an earlier update's post from this one's by it.
            metadata = {**metadata, "published_at": layout.broadcast.created_at.isoformat()}
        recipient = layout.broadcast.fanout_state.get("recipient")  # a test send's address
        facts = layout.cards.get(channel.kind)
        card = render_card(facts, channel.kind) if facts and not item.posted_ids else None
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
            image=card.png if card else None,
            image_alt=card.alt if card else "",
            image_url=self._card_url(layout, card),
            attempt=item.attempts,
        )

    def _email_cards(self, layout: Layout) -> dict[str, tuple[str, str]]:
        """Each language's status card for the email's HTML, by its public URL and alt text;
        none unless the app has a public https address (mail readers fetch it from there)."""
        base = self.settings.public_base_url.rstrip("/")
        statement_id = layout.broadcast.statement_id
        if not base.startswith("https://") or statement_id is None:
            return {}
        statement = layout.statement
        if statement is None or layout.incident is None or layout.plan is None:
            return {}
        assert layout.content is not None
        found: dict[str, tuple[str, str]] = {}
        for locale in layout.content.locales:
            facts = statement_cards.facts_of(
                statement, layout.incident, layout.plan, layout.content, locale
            )
            ref = statement_cards.ref_of(statement_id, facts, "email")
            found[locale] = (base + ref.path, ref.alt)
        return found

    def _card_url(self, layout: Layout, card: Card | None) -> str | None:
        """The card's public, content-hashed URL (for networks that fetch it themselves)."""
        statement_id = layout.broadcast.statement_id
        if card is None or statement_id is None:
            return None
        base = self.settings.public_base_url.rstrip("/")
        return base + statement_cards.card_path(statement_id, card)


def previous_post(session: Session, item: Claimed) -> str | None:
    """The last post of the incident's previous update on this account (to thread under)."""
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


class _SendRow(NamedTuple):
    """A customer row as a plain named tuple, its fields those of `_SEND_COLUMNS` in order:
    composing reads a dozen of its fields per message, and a SQLAlchemy Row's attribute
    lookup costs ten times a tuple's."""

    id: int
    external_id: str
    name: str | None
    email: str | None
    phone: str | None
    locale: str | None
    attributes: dict[str, Any] | None
    active: bool
    email_consent: bool


# A batch of customers by id through the driver, the ids as one parameter (a JSON array on
# SQLite, an array on PostgreSQL): SQLAlchemy's typed result rows cost about ten times the
# query itself for a batch of hundreds (the columns need no conversion but JSON). SQLite has
# JSON built in from 3.38 (before, an optional extension); elsewhere the portable query.
# On SQLite the batch comes back as one JSON array (one row): one driver step instead of
# one per customer, and one `json.loads` in C instead of a row tuple and a JSON parse of
# the attributes each (a third less CPU for a batch of 500).
_SEND_SELECT = f"SELECT {', '.join(_SendRow._fields)} FROM customer WHERE id "
_SEND_SQL = {"postgresql": _SEND_SELECT + "= ANY(%s)"}
if sqlite3.sqlite_version_info >= (3, 38):
    _SEND_SQL["sqlite"] = (
        "SELECT json_group_array(json_array("
        + ", ".join("json(attributes)" if f == "attributes" else f for f in _SendRow._fields)
        + ")) FROM customer WHERE id IN (SELECT value FROM json_each(?))"
    )


def _customers(session: Session, ids: list[int]) -> dict[int, _SendRow]:
    if not ids:
        return {}
    connection = session.connection()
    sql = _SEND_SQL.get(connection.dialect.name)
    if sql is None:  # another database: the portable query
        portable = session.execute(core_select(*_SEND_COLUMNS).where(col(Customer.id).in_(ids)))
        return {row.id: row for row in map(_SendRow._make, portable)}
    found: dict[int, _SendRow] = {}
    if connection.dialect.name == "sqlite":
        (batch,) = connection.exec_driver_sql(sql, (json.dumps(ids),)).one()
        rows: Any = json.loads(batch)
    else:
        rows = connection.exec_driver_sql(sql, (ids,))
    for row in rows:
        id_, external_id, name, email, phone, locale, attributes, active, consent = row
        found[id_] = _SendRow(
            id_, external_id, name, email, phone, locale, attributes, bool(active), bool(consent)
        )
    return found


def _subscribers(session: Session, ids: list[int]) -> dict[int, Subscriber]:
    if not ids:
        return {}
    rows = session.exec(select(Subscriber).where(col(Subscriber.id).in_(ids))).all()
    return {row.id: row for row in rows if row.id is not None}


def _unfollowed(follower: Subscriber | None, suppressed: set[str], *, signup: bool) -> str | None:
    """Why a subscriber is not sent a message now, or None."""
    if follower is None:
        return "the subscriber no longer exists"
    if follower.address in suppressed:
        return "the address is suppressed (unsubscribed, bounced or complained)"
    if signup:  # a sign-up email goes to a pending or active subscriber, never a former one
        if follower.status == SubscriberStatus.UNSUBSCRIBED:
            return "the subscriber unsubscribed before the sign-up email went"
        return None
    if follower.status != SubscriberStatus.ACTIVE:
        return "the subscriber has not confirmed or has unsubscribed"
    return None


def _suppressed(session: Session, people: Any) -> set[str]:
    addresses = {
        (p.address if isinstance(p, Subscriber) else p.email or "").strip().lower() for p in people
    } - {""}
    if not addresses:
        return set()
    connection = session.connection()
    among, values = _one_of(col(Suppression.address), sorted(addresses), connection.dialect.name)
    rows = (
        connection.execute(
            core_select(col(Suppression.address)).where(
                col(Suppression.kind) == PersonalKind.EMAIL, among
            ),
            values,
        )
        .scalars()
        .all()
    )
    return set(rows)


def _one_of(column: Any, values: list[Any], dialect: str) -> tuple[Any, dict[str, Any]]:
    """`column` among a batch's values as one parameter (an array on PostgreSQL, a JSON
    array on SQLite), and that parameter: the statement's text is the same for every batch,
    so it is compiled once, and the driver binds one value instead of hundreds."""
    if dialect == "postgresql":
        array = bindparam("batch", type_=postgresql.ARRAY(column.type))
        return column == any_(array), {"batch": values}
    if dialect == "sqlite" and sqlite3.sqlite_version_info >= (3, 38):
        listed = func.json_each(bindparam("batch", type_=String))
        each = core_select(literal_column("value")).select_from(listed).scalar_subquery()
        return column.in_(each), {"batch": json.dumps(values)}
    return column.in_(values), {}


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
