"""Previews: how a statement will look on each channel, before anything is sent.

`preview` is one channel's rendition for the API; `network_previews` is the editor's
column beside each language's fields: every network of the plan, split and counted by the
renditions the broadcast composer sends (never a second count), with the status card.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from crisiscomms.errors import NotFound, ValidationFailed
from crisiscomms.incidents.models import Incident
from crisiscomms.plans.schema import PlanBody
from crisiscomms.statements import cards, renditions
from crisiscomms.statements import service as statement_service
from crisiscomms.statements.card import SIZES, Card, card_hash, render_card
from crisiscomms.statements.content import LocaleContent, StatementContent
from crisiscomms.statements.models import Statement
from crisiscomms.statements.renditions import posting
from crisiscomms.statements.renditions.context import RenderContext, context_for
from crisiscomms.statements.renditions.email import MAX_SUBJECT, EmailRendition, render_email
from crisiscomms.statements.renditions.sms import LIMITS as SMS_LIMITS
from crisiscomms.statements.renditions.sms import SmsRendition, render_sms
from crisiscomms.statements.renditions.social import (
    MASTODON_URL_LENGTH,
    NETWORKS,
    render_social,
)
from crisiscomms.statements.renditions.x import (
    MAX_POSTS,
    MAX_WEIGHT,
    URL_WEIGHT,
    render_x,
    weighted_length,
)

CHANNELS = renditions.CHANNELS


def preview(
    session: Session, statement_id: int, *, channel: str, locale: str | None
) -> dict[str, Any]:
    """One channel's rendition of the statement in one locale (default: the plan's)."""
    statement = statement_service.get_statement(session, statement_id)
    incident, plan = statement_service.context_of(session, statement)
    if channel not in CHANNELS:
        raise NotFound(f"no channel {channel!r}; previews exist for {', '.join(CHANNELS)}")
    content = statement_service.content_of(statement)
    locale = locale or plan.default_locale
    if locale not in content.locales:
        raise NotFound(
            f"statement {statement_id} has no {locale!r} text; it has {', '.join(content.locales)}"
        )
    rendered = renditions.render_all(
        content,
        plan=plan,
        statement_id=statement.id,
        incident_id=incident.id,
        stage=statement.stage,
    )[channel][locale]
    summary = rendered.summary()
    return {
        "statement_id": statement_id,
        "channel": channel,
        "locale": locale,
        "rendition": _fields(rendered),
        "length": summary.length,
        "limit": summary.limit,
        "unit": summary.unit,
        "over_limit": summary.over_limit,
    }


def _fields(rendered: renditions.Rendition) -> dict[str, Any]:
    """A rendition's fields, with the status page's HTML (made only when asked for)."""
    data: dict[str, Any] = dataclasses.asdict(rendered)  # type: ignore[call-overload]
    if isinstance(rendered, renditions.StatusPageRendition):
        data["html"] = rendered.html
    return data


# --- The editor's previews: every network of the plan, in each language -----------------

SOCIAL_ORDER = ("x", "mastodon", "bluesky", "threads", "linkedin", "facebook")
"""The social networks in the order the editor shows them (those the plan posts to)."""
LABELS = {"x": "X", **{kind: network.label for kind, network in NETWORKS.items()}}
RULES = {
    "x": f"a link counts {URL_WEIGHT}; most emoji and CJK characters count 2",
    "mastodon": f"a link counts {MASTODON_URL_LENGTH}; @user@server counts as @user",
    "bluesky": "a Bengali conjunct or an emoji sequence counts 1; links count in full",
    "threads": "an emoji counts as its UTF-8 bytes",
    "linkedin": "one post per update, every language in it; a longer one is refused, never cut",
    "facebook": "one post per update, every language in it; a longer one is refused, never cut",
}
"""How each network counts, in words (the counting itself is the renditions' own)."""


@dataclass(frozen=True)
class PostPreview:
    """One post (or message) as the network gets it, measured by its rule."""

    text: str
    length: int
    over: bool


@dataclass(frozen=True)
class CardPreview:
    """The status card that goes with a network's first post."""

    network: str
    locale: str
    digest: str
    alt: str
    width: int
    height: int


@dataclass(frozen=True)
class NetworkPreview:
    """One channel's rendition of a statement, as shown beside one language's fields."""

    kind: str
    label: str
    locale: str
    languages: tuple[str, ...]
    """The languages this channel posts in, in order ([] for SMS and email: each person's)."""
    posts: tuple[PostPreview, ...]
    """What this language contributes (a long-form network's one post holds every language);
    empty when the channel does not post in this language."""
    limit: int
    unit: str
    rule: str
    summary: str
    valid: bool
    card: CardPreview | None = None
    note: str = ""
    subject: str = ""

    @property
    def posted(self) -> bool:
        """Whether the channel posts this language."""
        return bool(self.posts)

    def card_url(self, statement_id: int) -> str | None:
        """The staff-only address of the card as saved (the public one serves published
        cards only); None without a card."""
        if self.card is None:
            return None
        return cards.PREVIEW_PATH.format(statement_id=statement_id, digest=self.card.digest)

    def to_dict(self, statement_id: int) -> dict[str, Any]:
        """The preview as JSON, with the card's staff address."""
        data = dataclasses.asdict(self)
        data["posted"] = self.posted
        if data["card"] is not None:
            data["card"]["url"] = self.card_url(statement_id)
        return data


def network_previews(
    content: StatementContent,
    *,
    plan: PlanBody,
    statement: Statement,
    incident: Incident,
    email_card: bool,
) -> dict[str, list[NetworkPreview]]:
    """Per language of the statement, each channel's rendition as it would go out: the plan's
    social networks (split and counted as their channels do, with the card and its alt
    text), then SMS and email. `email_card`: whether emails carry the card (the app has a
    public https address)."""
    default = cards.default_locale(plan, content)
    used = {channel.kind.value for channel in plan.channels}

    def context(locale: str) -> tuple[LocaleContent, RenderContext]:
        here = context_for(
            content,
            plan,
            locale,
            statement_id=statement.id,
            incident_id=incident.id,
            stage=statement.stage,
        )
        return content.locales[locale], here

    def card(network: str, locale: str) -> CardPreview:
        facts = cards.facts_of(statement, incident, plan, content, locale)
        size = SIZES[network]
        return CardPreview(network, locale, card_hash(facts, size), facts.alt, *size)

    result: dict[str, list[NetworkPreview]] = {locale: [] for locale in content.locales}
    for kind in (k for k in SOCIAL_ORDER if k in used):
        languages = tuple(posting.posted_locales(plan, kind, content, default))
        parts = {locale: _posts(kind, *context(locale)) for locale in languages}
        whole = posting.joined(kind, list(parts.values()))
        attached = card(kind, languages[0])
        for locale in content.locales:
            result[locale].append(
                _social(kind, locale, languages, parts.get(locale, ()), whole, attached)
            )
    for locale in content.locales:
        result[locale].append(_sms(render_sms(*context(locale))))
        email_card_here = card("email", locale) if email_card else None
        result[locale].append(_email(render_email(*context(locale)), email_card_here))
    return result


def _posts(kind: str, local: LocaleContent, here: RenderContext) -> tuple[str, ...]:
    """One language's posts on a network, as the broadcast composer makes them."""
    if kind == "x":
        return tuple(post.text for post in render_x(local, here).posts)
    return render_social(kind, local, here).posts


def _measure(kind: str) -> tuple[Callable[[str], int], int, str]:
    if kind == "x":
        return weighted_length, MAX_WEIGHT, "weighted characters"
    network = NETWORKS[kind]
    return network.length, network.limit, network.unit


def _social(
    kind: str,
    locale: str,
    languages: tuple[str, ...],
    mine: tuple[str, ...],
    whole: tuple[str, ...],
    attached: CardPreview,
) -> NetworkPreview:
    """A social network's preview beside one language's fields."""
    length, limit, unit = _measure(kind)
    label = LABELS[kind]
    threaded = kind == "x" or NETWORKS[kind].threaded
    shown = whole if not threaded and locale in languages else mine
    posts = tuple(PostPreview(t, length(t), length(t) > limit) for t in shown)
    refused = (not threaded and len(whole) > 1) or any(length(t) > limit for t in whole)
    too_many = len(mine) > MAX_POSTS  # the transparency check's bound on a thread
    names = " and ".join(languages)
    if not posts:
        note = f"The plan's {label} channel posts in {names}; not in this language."
    elif not threaded and len(languages) > 1:
        note = f"One post in {names}, one after the other."
    elif len(languages) > 1:
        note = f"This language's thread of an update in {names} (in that order)."
    else:
        note = ""
    if posts and attached.locale != locale and threaded:
        note = f"{note} The card, in {attached.locale}, goes with the update's first post.".strip()
    longest = max((p.length for p in posts), default=0)
    count = f"{len(posts)} post{'' if len(posts) == 1 else 's'}" if threaded else "one post"
    summary = f"{count}; longest {longest:,} / {limit:,} {unit}" if posts else "not posted"
    return NetworkPreview(
        kind=kind,
        label=label,
        locale=locale,
        languages=languages,
        posts=posts,
        limit=limit,
        unit=unit,
        rule=RULES[kind],
        summary=(
            f"{summary}; {label} would refuse it"
            if refused
            else f"{summary}; more than {MAX_POSTS} posts: shorten it"
            if too_many
            else summary
        ),
        valid=not refused and not too_many,
        card=attached if posts and (attached.locale == locale or not threaded) else None,
        note=note,
    )


def _sms(sms: SmsRendition) -> NetworkPreview:
    units = "septets" if sms.encoding == "GSM-7" else "UTF-16 code units"
    over = sms.segments > sms.max_segments
    return NetworkPreview(
        kind="sms",
        label="SMS",
        locale=sms.locale,
        languages=(),
        posts=(PostPreview(sms.text, sms.segments, over),),
        limit=sms.max_segments,
        unit="segments",
        rule=f"{sms.encoding}: {sms_limits(sms.encoding)}",
        summary=f"{sms.segments} of {sms.max_segments} segments; {sms.characters} {units}",
        valid=not over,
        note="Each person gets the SMS in their own language.",
    )


def sms_limits(encoding: str) -> str:
    """A segment's capacity in words, from the SMS rendition's own table."""
    single, part = SMS_LIMITS["GSM-7" if encoding == "GSM-7" else "UCS-2"]
    units = "septets" if encoding == "GSM-7" else "UTF-16 code units"
    return f"{single} {units} in one message, {part} in each part of a longer one"


def _email(email: EmailRendition, card: CardPreview | None) -> NetworkPreview:
    cut = len(email.headline) > MAX_SUBJECT
    return NetworkPreview(
        kind="email",
        label="Email",
        locale=email.locale,
        languages=(),
        posts=(PostPreview(email.text, len(email.headline), cut),),
        limit=MAX_SUBJECT,
        unit="characters in the subject",
        rule="the body is long form; a longer subject is cut",
        summary=f"subject {len(email.headline):,} / {MAX_SUBJECT} characters"
        + ("; it will be cut" if cut else ""),
        valid=True,
        card=card,
        note="Each person gets the email in their own language"
        + (", with the card." if card else "."),
        subject=email.subject,
    )


def previews_of(
    session: Session,
    statement_id: int,
    content: StatementContent | None = None,
    *,
    email_card: bool,
) -> dict[str, list[NetworkPreview]]:
    """The editor's previews of a statement as saved, or of unsaved `content` for it."""
    statement = statement_service.get_statement(session, statement_id)
    incident, plan = statement_service.context_of(session, statement)
    return network_previews(
        content or statement_service.content_of(statement),
        plan=plan,
        statement=statement,
        incident=incident,
        email_card=email_card,
    )


def preview_card(
    session: Session,
    statement_id: int,
    content: StatementContent | None = None,
    *,
    network: str,
    locale: str,
) -> Card:
    """The status card of a statement (as saved, or unsaved `content` for it) at one
    network's size, in one of its languages."""
    statement = statement_service.get_statement(session, statement_id)
    incident, plan = statement_service.context_of(session, statement)
    content = content or statement_service.content_of(statement)
    if network not in SIZES:
        message = f"no card size for {network!r}; sizes exist for {', '.join(SIZES)}"
        raise ValidationFailed(
            message, details=[{"location": "body.network", "message": message, "type": "card"}]
        )
    if locale not in content.locales:
        message = f"the statement has no {locale!r} text; it has {', '.join(content.locales)}"
        raise ValidationFailed(
            message, details=[{"location": "body.locale", "message": message, "type": "card"}]
        )
    return render_card(cards.facts_of(statement, incident, plan, content, locale), network)
