"""A statement's status cards: their facts, and a published card found again by its hash.

Some readers fetch the card themselves instead of taking its bytes: Threads takes an image
by URL, the status page's Open Graph tags name one, and so may an email. Those URLs are
`/status/cards/{statement_id}/{sha256}.png`: the hash is the card's own (what it shows,
its size, the renderer), so the bytes behind a URL never change and may be cached for
good. Nothing is stored: the card is drawn again from the statement when asked for, and
only for a published statement of a real (not rehearsed) incident whose card, in one of
its languages and sizes, has that very hash; anything else is not found.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from crisiscomms.incidents.models import Incident
from crisiscomms.plans.schema import PlanBody
from crisiscomms.statements import service as statement_service
from crisiscomms.statements.card import SIZES, Card, CardFacts, card_hash, facts_for, render_card
from crisiscomms.statements.content import StatementContent
from crisiscomms.statements.models import Statement, StatementStatus
from crisiscomms.statements.renditions.context import context_for

PATH = "/status/cards/{statement_id}/{digest}.png"
PREVIEW_PATH = "/statements/{statement_id}/cards/{digest}.png"
"""Where staff see any statement's card as saved (a draft's too): the editor's previews."""


def facts_of(
    statement: Statement,
    incident: Incident,
    plan: PlanBody,
    content: StatementContent,
    locale: str,
) -> CardFacts:
    """The card's facts for one language of a statement."""
    context = context_for(
        content,
        plan,
        locale,
        statement_id=statement.id,
        incident_id=incident.id,
        stage=statement.stage,
        published_at=statement.published_at,
    )
    return facts_for(
        content.locales[locale],
        context,
        stage=statement.stage,
        services=tuple(str(p) for p in (incident.scope or {}).get("products") or ()),
        next_update_at=content.next_update_at,
    )


def default_locale(plan: PlanBody, content: StatementContent) -> str:
    """The language a statement's card is in when nothing else asks for one."""
    return (
        plan.default_locale
        if plan.default_locale in content.locales
        else next(iter(content.locales))
    )


def statement_card(
    session: Session, statement: Statement, *, network: str, locale: str | None = None
) -> Card:
    """A statement's card at one network's size, in `locale` (default: the plan's)."""
    incident, plan = statement_service.context_of(session, statement)
    content = statement_service.content_of(statement)
    wanted = locale if locale in content.locales else default_locale(plan, content)
    return render_card(facts_of(statement, incident, plan, content, wanted), network)


@dataclass(frozen=True)
class CardRef:
    """Where a card is and what it says, without drawing it (for a page's meta tags)."""

    path: str
    alt: str
    width: int
    height: int


def card_ref(
    session: Session, statement: Statement, *, network: str, locale: str | None = None
) -> CardRef:
    """A statement's card at one network's size: its URL path and alt text (not drawn)."""
    incident, plan = statement_service.context_of(session, statement)
    content = statement_service.content_of(statement)
    wanted = locale if locale in content.locales else default_locale(plan, content)
    return ref_of(statement.id or 0, facts_of(statement, incident, plan, content, wanted), network)


def ref_of(statement_id: int, facts: CardFacts, network: str) -> CardRef:
    """A card's URL path and alt text from its facts (not drawn)."""
    size = SIZES[network]
    path = PATH.format(statement_id=statement_id, digest=card_hash(facts, size))
    return CardRef(path=path, alt=facts.alt, width=size[0], height=size[1])


def card_path(statement_id: int, card: Card) -> str:
    """Where a card is served from (below the public base URL)."""
    return PATH.format(statement_id=statement_id, digest=card.sha256)


def find_card(session: Session, statement_id: int, digest: str) -> Card | None:
    """The published card with this hash, drawn again; None when there is none."""
    statement = session.get(Statement, statement_id)
    if statement is None or statement.status != StatementStatus.PUBLISHED:
        return None
    incident, plan = statement_service.context_of(session, statement)
    if incident.rehearsal:
        return None
    return card_with_hash(
        statement, incident, plan, statement_service.content_of(statement), digest
    )


def find_preview_card(session: Session, statement_id: int, digest: str) -> Card | None:
    """The card with this hash of a statement as saved now, whatever its status (a draft's,
    for the editor's previews: staff only); None when there is none."""
    statement = session.get(Statement, statement_id)
    if statement is None:
        return None
    incident, plan = statement_service.context_of(session, statement)
    return card_with_hash(
        statement, incident, plan, statement_service.content_of(statement), digest
    )


def card_with_hash(
    statement: Statement,
    incident: Incident,
    plan: PlanBody,
    content: StatementContent,
    digest: str,
) -> Card | None:
    """The statement's card, in one of its languages and sizes, that has this hash."""
    for locale in content.locales:
        facts = facts_of(statement, incident, plan, content, locale)
        for network, size in SIZES.items():
            if card_hash(facts, size) == digest:
                return render_card(facts, network)
    return None
