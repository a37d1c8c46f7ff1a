"""Audiences: an incident's affected scope, resolved to the active customers to message.

Scope semantics: products, regions and segments each narrow the audience when given (a
customer matches a dimension when they have any of its values, compared case-blind), and
explicit `customer_ids` (external ids) are added on top. A scope with no products, regions,
segments or ids resolves to nobody: a broadcast to every customer must be asked for by
naming them, never reached by leaving the scope empty.

Whatever the scope says, only customers who are active, hold an address for the channel,
have consent for it, and whose address is not suppressed are in the audience. The
products, regions and segment are matched on `scope_tags` (a normalised text column the
import fills), the same SQL on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, false, func, or_
from sqlalchemy import select as core_select
from sqlalchemy.sql import Select
from sqlmodel import Session, col, select

from crisiscomms.customers.models import ChannelKind, Customer, Suppression
from crisiscomms.customers.parsing import tag_key
from crisiscomms.incidents.models import Incident
from crisiscomms.statements.personalise import Recipient, RecipientAttributes

CHUNK_SIZE = 5_000
AUDIENCE_COLUMNS = (
    col(Customer.id),
    col(Customer.external_id),
    col(Customer.name),
    col(Customer.email),
    col(Customer.phone),
    col(Customer.locale),
    col(Customer.attributes),
)


@dataclass(frozen=True)
class AudienceScope:
    """Who an incident affects, as stored in `Incident.scope`."""

    products: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    segments: list[str] = field(default_factory=list)
    customer_ids: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, incident: Incident | dict[str, Any]) -> AudienceScope:
        """The scope of an incident (or a scope dict)."""
        scope = incident.scope if isinstance(incident, Incident) else incident
        return cls(
            **{
                name: [str(v) for v in scope.get(name) or [] if str(v).strip()]
                for name in ("products", "regions", "segments", "customer_ids")
            }
        )


def _any_tag(kind: str, values: Sequence[str]) -> ColumnElement[bool]:
    return or_(
        *(col(Customer.scope_tags).contains(tag_key(kind, v), autoescape=True) for v in values)
    )


def scope_filter(scope: AudienceScope) -> ColumnElement[bool]:
    """The customers a scope names, before activity, consent and suppression."""
    dimensions = [
        _any_tag(kind, values)
        for kind, values in (("p", scope.products), ("r", scope.regions), ("s", scope.segments))
        if values
    ]
    named = col(Customer.external_id).in_(scope.customer_ids) if scope.customer_ids else None
    if dimensions and named is not None:
        return or_(and_(*dimensions), named)
    if dimensions:
        return and_(*dimensions)
    return named if named is not None else false()


def reachable(channel_kind: ChannelKind | str) -> ColumnElement[bool]:
    """Active, with an address and consent for the channel, and that address not suppressed."""
    kind = ChannelKind(channel_kind)
    address: Any = (
        func.lower(col(Customer.email)) if kind == ChannelKind.EMAIL else col(Customer.phone)
    )
    present = col(Customer.email if kind == ChannelKind.EMAIL else Customer.phone).is_not(None)
    consent = col(Customer.email_consent if kind == ChannelKind.EMAIL else Customer.sms_consent)
    suppressed = exists().where(
        col(Suppression.kind) == kind.value, col(Suppression.address) == address
    )
    return and_(col(Customer.active).is_(True), present, consent.is_(True), ~suppressed)


def audience_where(
    incident: Incident | AudienceScope, channel_kind: ChannelKind | str
) -> ColumnElement[bool]:
    """The full audience condition for an incident on a channel kind."""
    scope = incident if isinstance(incident, AudienceScope) else AudienceScope.of(incident)
    return and_(scope_filter(scope), reachable(channel_kind))


def audience_query(
    incident: Incident | AudienceScope, *, channel_kind: ChannelKind | str
) -> Select[Any]:
    """SELECT of the audience's columns (id, external_id, name, email, phone, locale,
    attributes), ordered by id, for callers composing their own statements."""
    return (
        core_select(*AUDIENCE_COLUMNS)
        .where(audience_where(incident, channel_kind))
        .order_by(col(Customer.id))
    )


def count_audience(
    session: Session, incident: Incident | AudienceScope, *, channel_kind: ChannelKind | str
) -> int:
    """How many customers a broadcast on this channel kind would reach."""
    query = select(func.count()).select_from(Customer).where(audience_where(incident, channel_kind))
    return session.exec(query).one()


def sample_audience(
    session: Session,
    incident: Incident | AudienceScope,
    *,
    channel_kind: ChannelKind | str,
    limit: int = 20,
) -> list[Customer]:
    """The first `limit` customers of the audience (by id), for a preview."""
    query = (
        select(Customer)
        .where(audience_where(incident, channel_kind))
        .order_by(col(Customer.id))
        .limit(limit)
    )
    return list(session.exec(query).all())


def to_recipient(row: Any) -> Recipient:
    """A Recipient from an audience row (a Customer, or a row of AUDIENCE_COLUMNS)."""
    return Recipient(
        external_id=row.external_id,
        name=row.name,
        email=row.email or "",
        phone=row.phone,
        locale=row.locale,
        attributes=RecipientAttributes.from_json(row.attributes or {}),
    )


def resolve_audience(
    session: Session,
    incident: Incident | AudienceScope,
    *,
    channel_kind: ChannelKind | str,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[list[Recipient]]:
    """The audience in chunks of Recipients, by keyset pagination on id (no OFFSET scans).

    For SMS, `Recipient.email` is "" when the customer has no email address. Each chunk is
    one query, so a long fan-out sees customers as they are when it reaches them.
    """
    where = audience_where(incident, channel_kind)
    after = 0
    while True:
        query = (
            core_select(*AUDIENCE_COLUMNS)
            .where(where, col(Customer.id) > after)
            .order_by(col(Customer.id))
            .limit(chunk_size)
        )
        session.flush()
        rows = session.connection().execute(query).all()
        if not rows:
            return
        yield [to_recipient(row) for row in rows]
        if len(rows) < chunk_size:
            return
        after = rows[-1].id
