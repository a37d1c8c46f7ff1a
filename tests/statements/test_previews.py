"""The editor's previews: every network of the plan, in English and Bengali, split and
counted by the renditions the sender uses, with the status card and its alt text."""

# Bengali text is the point here.

from __future__ import annotations

import pytest
import regex
from sqlmodel import Session

from crisiscomms.flows import statements as statement_flow
from crisiscomms.plans.schema import Channel, ChannelKind, PlanBody
from crisiscomms.principal import Role
from crisiscomms.statements import previews
from crisiscomms.statements import service as statement_service
from crisiscomms.statements.card import SIZES, card_hash
from crisiscomms.statements.cards import facts_of
from crisiscomms.statements.content import StatementContent
from crisiscomms.statements.models import Statement
from crisiscomms.statements.renditions.context import context_for
from crisiscomms.statements.renditions.sms import render_sms
from crisiscomms.statements.renditions.social import NETWORKS, mastodon_length, render_social
from crisiscomms.statements.renditions.x import render_x, weighted_length
from tests.conftest import NOW, load_library_plan
from tests.statements.factories import make_incident, person

SOCIAL = ("x", "mastodon", "bluesky", "threads", "linkedin", "facebook")
LIMITS = {
    "x": 280,
    "mastodon": 500,
    "bluesky": 300,
    "threads": 500,
    "linkedin": 3000,
    "facebook": 63_206,
}
LINK = "https://status.example.com/incidents/2026/checkout-payments-failing-in-the-eu"


def every_network_plan(*, x_locales: tuple[str, ...] | None = ("en", "bn")) -> PlanBody:
    """The outage plan posting to every social network, in English then Bengali (X in
    `x_locales`, default both)."""
    body = load_library_plan("service-outage")
    keep = [c for c in body.channels if c.kind.value not in ("x", "mastodon")]
    social = [
        Channel(
            id=kind,
            kind=ChannelKind(kind),
            description=f"Our status account on {kind}.",
            locales=(list(x_locales) if x_locales else None) if kind == "x" else ["en", "bn"],
        )
        for kind in SOCIAL
    ]
    audiences = [
        a.model_copy(
            update={
                "channels": [
                    *(c for c in a.channels if c not in ("x", "mastodon")),
                    *SOCIAL,
                ]
            }
        )
        if a.id == "public"
        else a
        for a in body.audiences
    ]
    return body.model_copy(
        update={"slug": "every-network", "channels": [*keep, *social], "audiences": audiences}
    )


def drafted(session: Session, plan: PlanBody, **sections: dict[str, str]) -> Statement:
    """A draft of the plan's first statement, with `sections` per locale laid over it."""
    incident = make_incident(session, plan)
    author = person(session, Role.COMMS)
    statement = statement_flow.draft(
        session, incident.id or 0, stage=None, holding=False, actor=author, now=NOW
    )
    if sections:
        data = statement_service.content_of(statement).model_dump(mode="json")
        for locale, values in sections.items():
            data["locales"][locale]["sections"].update(values)
        statement = statement_flow.save(
            session,
            statement.id or 0,
            StatementContent.model_validate(data),
            base_revision=statement.revision,
            actor=author,
            now=NOW,
        )
    return statement


def shown(session: Session, statement: Statement) -> dict[str, list[previews.NetworkPreview]]:
    return previews.previews_of(session, statement.id or 0, email_card=True)


@pytest.mark.parametrize("locale", ["en", "bn"])
def test_every_network_in_each_language_with_its_rule_and_card(
    session: Session, locale: str
) -> None:
    statement = drafted(session, every_network_plan())
    found = shown(session, statement)[locale]
    assert [p.kind for p in found] == [*SOCIAL, "sms", "email"]
    content = statement_service.content_of(statement)
    incident, plan = statement_service.context_of(session, statement)
    here = context_for(
        content,
        plan,
        locale,
        statement_id=statement.id,
        incident_id=incident.id,
        stage=statement.stage,
    )
    local = content.locales[locale]
    for p in found[:6]:
        assert p.limit == LIMITS[p.kind] and p.languages == ("en", "bn")
        assert p.posts, p.kind
        expected = (
            [post.text for post in render_x(local, here).posts]
            if p.kind == "x"
            else list(render_social(p.kind, local, here).posts)
        )
        if p.kind in ("linkedin", "facebook"):  # one post holds both languages, in order
            assert len(p.posts) == 1 and expected[0] in p.posts[0].text
            assert regex.search(r"\p{Bengali}", p.posts[0].text)
            assert "One post in en and bn" in p.note
        else:
            assert [post.text for post in p.posts] == expected
        measure = weighted_length if p.kind == "x" else NETWORKS[p.kind].length
        for post in p.posts:
            assert post.length == measure(post.text) and post.over is (post.length > p.limit)
            assert bool(regex.search(r"\p{Bengali}", post.text)) is (
                locale == "bn" or p.kind in ("linkedin", "facebook")
            )
        assert p.valid and f"/ {p.limit:,} {p.unit}" in p.summary
        # The card goes with the update's first post: English (the first language posted).
        threaded = p.kind not in ("linkedin", "facebook")
        if threaded and locale == "bn":
            assert p.card is None and "The card, in en," in p.note
        else:
            assert p.card is not None and p.card.locale == "en"
            facts = facts_of(statement, incident, plan, content, "en")
            assert p.card.alt == facts.alt and content.locales["en"].sections.headline in p.card.alt
            assert p.card.digest == card_hash(facts, SIZES[p.kind])
            assert (p.card.width, p.card.height) == SIZES[p.kind]
    sms, email = found[6], found[7]
    rendered = render_sms(local, here)
    assert sms.posts[0].text == rendered.text and sms.limit == 3 and sms.unit == "segments"
    assert sms.posts[0].length == rendered.segments
    assert ("GSM-7" if locale == "en" else "UCS-2") in sms.rule
    assert f"{rendered.segments} of 3 segments" in sms.summary
    assert email.subject and email.card is not None and email.card.locale == locale
    assert email.card.alt == facts_of(statement, incident, plan, content, locale).alt
    if locale == "bn":
        assert regex.search(r"\p{Bengali}", email.card.alt)


def test_a_long_statement_is_split_as_each_channel_splits_it(session: Session) -> None:
    long_impact = " ".join(
        f"Customers in region {n} could not pay by card at checkout between 09:00 and 10:30."
        for n in range(1, 40)
    )
    bn_impact = " ".join(
        f"অঞ্চল {n}-এর গ্রাহকরা সকাল ৯টা থেকে সাড়ে ১০টা পর্যন্ত কার্ডে পেমেন্ট করতে পারেননি।"
        for n in range(1, 40)
    )
    statement = drafted(
        session,
        every_network_plan(),
        en={"impact": f"{long_impact} Details: {LINK}"},
        bn={"impact": bn_impact},
    )
    found = {p.kind: p for p in shown(session, statement)["en"]}
    for kind in ("x", "mastodon", "bluesky", "threads"):
        posts = found[kind].posts
        assert len(posts) > 2, kind
        assert all(p.text.startswith(f"{n}/{len(posts)} ") for n, p in enumerate(posts, 1))
        assert all(not p.over for p in posts) and found[kind].valid
    assert len(found["x"].posts) > len(found["mastodon"].posts)
    # A link counts 23 on X and Mastodon, in full on Bluesky.
    linked = next(p for p in found["mastodon"].posts if LINK in p.text)
    assert linked.length == mastodon_length(linked.text) < len(linked.text)
    # LinkedIn takes one post of both languages: over 3,000 characters it would refuse it.
    linkedin = found["linkedin"]
    assert len(linkedin.posts) == 1 and linkedin.posts[0].length > 3000
    assert linkedin.posts[0].over and not linkedin.valid
    assert "LinkedIn would refuse it" in linkedin.summary
    assert found["facebook"].valid  # 63,206 characters
    bn = {p.kind: p for p in shown(session, statement)["bn"]}
    assert all(
        len(bn[k].posts) > 1 and not any(p.over for p in bn[k].posts) for k in ("x", "bluesky")
    )
    assert bn["sms"].posts[0].length <= 3


def test_a_language_a_channel_does_not_post_is_said_so(session: Session) -> None:
    statement = drafted(session, every_network_plan(x_locales=None))
    x_bn = shown(session, statement)["bn"][0]
    assert x_bn.kind == "x" and not x_bn.posts and x_bn.card is None
    assert x_bn.summary == "not posted" and "posts in en; not in this language" in x_bn.note
    x_en = shown(session, statement)["en"][0]
    assert x_en.posts and x_en.card is not None and x_en.languages == ("en",)


def test_only_the_plans_networks_are_shown(session: Session) -> None:
    statement = drafted(session, load_library_plan("service-outage"))
    kinds = [p.kind for p in shown(session, statement)["en"]]
    assert kinds == ["x", "mastodon", "sms", "email"]
    # Without a public https address, emails carry no card and the preview shows none.
    bare = previews.previews_of(session, statement.id or 0, email_card=False)
    assert bare["en"][-1].card is None
