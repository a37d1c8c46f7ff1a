"""Renditions of a statement for every channel: lengths, encodings, escaping, shapes."""

from __future__ import annotations

import json
import random
import re
import unicodedata
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from html.parser import HTMLParser
from typing import Any

import pytest
from twitter_text import parse_tweet  # type: ignore[import-untyped]

from crisiscomms.plans.schema import PlanBody
from crisiscomms.plans.templating import SAMPLE_TIME, compile_and_render, sample_context
from crisiscomms.statements.content import (
    Answer,
    CommitmentDraft,
    LocaleContent,
    SectionsContent,
    StatementContent,
)
from crisiscomms.statements.renditions import render_all, summaries
from crisiscomms.statements.renditions.context import RenderContext, context_for
from crisiscomms.statements.renditions.email import MAX_SUBJECT, render_email, subject_line
from crisiscomms.statements.renditions.sms import measure, render_sms
from crisiscomms.statements.renditions.statuspage import (
    ALLOWED_TAGS,
    markdown_to_html,
    render_status_page,
)
from crisiscomms.statements.renditions.text import sentences
from crisiscomms.statements.renditions.webhook import render_webhook
from crisiscomms.statements.renditions.x import (
    MAX_WEIGHT,
    estimate,
    render_x,
    thread,
    weighted_length,
)
from crisiscomms.statements.renditions.x import measure as measure_post
from tests.conftest import load_library_plan

URL = "https://example.com/a/very/long/path/that/still/counts/as/twenty-three?q=1&r=2"


@pytest.fixture(scope="module")
def plan() -> PlanBody:
    return load_library_plan("service-outage")


def make_content(plan: PlanBody, stage: str = "identified", **sections: str) -> StatementContent:
    """A statement from the plan's template for `stage` (sample facts), sections overridden."""
    locales = {}
    for locale in plan.locales:
        context = sample_context(plan, locale)
        template = plan.templates[stage][locale]  # type: ignore[index]
        texts = {
            name: compile_and_render(getattr(template, name), name, context)
            for name in SectionsContent.model_fields
        }
        texts.update(sections)
        answers = [
            Answer(question_id=q.id, question=q.question[locale], answer=q.answer[locale])
            for q in plan.questions[:2]
        ]
        locales[locale] = LocaleContent(sections=SectionsContent(**texts), answers=answers)
    commitments = [
        CommitmentDraft(text="Publish the incident report", due_at=SAMPLE_TIME, owner_id=3),
        CommitmentDraft(text="Internal review", public=False),
    ]
    return StatementContent(locales=locales, commitments=commitments, next_update_at=SAMPLE_TIME)


def context(plan: PlanBody, locale: str = "en") -> RenderContext:
    return context_for(make_content(plan), plan, locale, statement_id=5, incident_id=9)


# --- X: weighted length, as the twitter-text v3 rules count it ---------------------------

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"
FLAG_BD = "\U0001f1e7\U0001f1e9"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("a" * 280, 280, id="latin-280"),
        pytest.param("a" * 281, 281, id="latin-281"),
        pytest.param("é" * 280, 280, id="latin1-280"),
        pytest.param("日" * 140, 280, id="cjk-140-chars-280"),
        pytest.param("日" * 140 + "a", 281, id="cjk-281"),
        pytest.param("\U0001f600" * 140, 280, id="emoji-280"),
        pytest.param("\U0001f600" * 140 + "!", 281, id="emoji-281"),
        pytest.param(FAMILY + " family", 9, id="zwj-sequence-counts-2"),
        pytest.param(FLAG_BD + " flag", 7, id="flag-counts-2"),
        pytest.param("\U0001f44d\U0001f3fd", 2, id="skin-tone-counts-2"),
        pytest.param("\u00a9", 2, id="copyright-is-emoji"),
        pytest.param("x\u2014y\u2026", 5, id="em-dash-1-ellipsis-2"),
        pytest.param("\u20ac5", 3, id="euro-outside-ranges"),
        pytest.param("আমরা দুঃখিত।", 12, id="bengali-1-per-code-point"),
        pytest.param("ক" * 280, 280, id="bengali-280"),
        pytest.param("ক" * 281, 281, id="bengali-281"),
        pytest.param(URL, 23, id="url-23"),
        pytest.param(f"See {URL} and https://b.example.org/y", 55, id="two-urls"),
        pytest.param("x" * 256 + " " + URL, 280, id="url-heavy-280"),
        pytest.param("x" * 257 + " " + URL, 281, id="url-heavy-281"),
        pytest.param("Hello 世界 \U0001f44b https://t.co/abc", 37, id="mixed"),
    ],
)
def test_weighted_length_follows_twitter_text_v3(text: str, expected: int) -> None:
    assert unicodedata.normalize("NFC", text) == text
    assert weighted_length(text) == expected
    assert measure_post(text).valid == (expected <= MAX_WEIGHT)


@pytest.mark.parametrize(
    "text",
    [
        "Service is back. Sorry.",
        "Read more at status.example.com now",
        "Read more at status.example.com.",
        "See https://t.co/abc",
        "Refunds of 3.5% are due by 9 June.",
        "Mail help@northwind.co or visit northwind.co.uk/help",
        "Bengali site: বাংলা.example.বাংলা and ডাক.বাংলা",
        "e.g. the app, i.e. the web",
        "example.com",
        "x" * 250 + " a.io",
        "Hello 世界 \U0001f44b https://t.co/abc",
        "no dot at all, just words",
    ],
)
def test_the_quick_estimate_is_never_below_twitter_text(text: str) -> None:
    """The packing estimate may count high (it skips the link scan when no dot is followed by
    a letter or digit), never low: a post it packs is always within X's limit."""
    assert estimate(text) >= weighted_length(text)


def test_plain_ascii_posts_are_counted_as_twitter_text_counts_them() -> None:
    """The fast count of ASCII posts (no emoji scan) gives twitter-text's length and
    validity, links, keycap-like characters and line breaks included."""
    rng = random.Random(11)
    pieces = [
        "We're sorry.",
        "1,240 of you",
        "#1",
        "*",
        "status.example.com/x",
        "https://t.co/a",
        "e.g.",
        "10:30 UTC",
        "\n\n",
        "(see faq)",
        "3.5%",
        "a@b.co",
        "",
        " ",
        "!!",
        "x" * 120,
    ]
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(300)]
    texts += ["", " ", "x" * 280, "x" * 281, "x" * 257 + " " + URL]
    for text in texts:
        parsed = parse_tweet(text)
        assert measure_post(text).weighted_length == parsed.weightedLength, text
        assert measure_post(text).valid == parsed.valid, text


def test_thread_of_the_template_is_numbered_and_within_limits(plan: PlanBody) -> None:
    for locale in plan.locales:
        rendition = render_x(make_content(plan).locales[locale], context(plan, locale))
        posts = rendition.posts
        assert 1 < len(posts) <= 25
        for number, post in enumerate(posts, 1):
            assert post.text.startswith(f"{number}/{len(posts)} ")
            assert post.valid and post.weighted_length <= MAX_WEIGHT
            assert post.weighted_length == weighted_length(post.text)
        assert posts[-1].text.endswith(" https://status.northwind.example.com")
        assert rendition.valid and not rendition.summary().over_limit


def test_long_thread_splits_at_sentences_then_words(plan: PlanBody) -> None:
    long_sentence = " ".join(f"word{i}" for i in range(400))  # no full stop at all
    impact = "Short one. " * 30 + long_sentence + ". 日本語の文です。" * 20
    content = make_content(plan, impact=impact, root_cause="আমরা দুঃখিত। " * 60)
    posts = render_x(content.locales["en"], context(plan)).posts
    total = len(posts)
    assert all(post.weighted_length <= MAX_WEIGHT and post.valid for post in posts)
    bodies = []
    for number, post in enumerate(posts, 1):
        prefix = f"{number}/{total} "
        assert post.text.startswith(prefix)
        bodies.append(post.text[len(prefix) :])
    words = " ".join(bodies).split()
    for i in range(400):  # every word survives whole, in order
        assert f"word{i}" in words or f"word{i}." in words
    assert all("Short one." in p.text for p in posts if "Short" in p.text)


def test_thread_over_25_posts_is_reported(plan: PlanBody) -> None:
    huge = "This sentence is long enough to matter in a post. " * 78
    content = make_content(
        plan, impact=huge[:4000], remediation=huge[:4000], root_cause=huge[:4000]
    )
    rendition = render_x(content.locales["en"], context(plan))
    summary = rendition.summary()
    assert summary.length == len(rendition.posts) > 25
    assert summary.unit == "posts" and summary.limit == 25 and summary.over_limit
    assert rendition.posts[0].text.startswith(f"1/{len(rendition.posts)} ")
    assert all(post.valid for post in rendition.posts)


def test_single_post_thread_is_not_numbered() -> None:
    assert thread(["All good now.", "More: https://status.example.com"]) == [
        "All good now.\n\nMore: https://status.example.com"
    ]


def test_a_word_longer_than_a_post_is_cut() -> None:
    posts = thread(["x" * 700])
    assert [weighted_length(p) <= MAX_WEIGHT for p in posts] == [True] * len(posts)
    assert "".join(p.split(" ", 1)[1] for p in posts) == "x" * 700


def test_bengali_sentences_end_at_the_danda() -> None:
    assert sentences("প্রথম বাক্য। দ্বিতীয় বাক্য? Third one.") == [
        "প্রথম বাক্য।",
        "দ্বিতীয় বাক্য?",
        "Third one.",
    ]


# --- SMS ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "encoding", "characters", "segments"),
    [
        ("a" * 160, "GSM-7", 160, 1),
        ("a" * 161, "GSM-7", 161, 2),
        ("a" * 306, "GSM-7", 306, 2),
        ("a" * 307, "GSM-7", 307, 3),
        ("\u20ac", "GSM-7", 2, 1),
        ("\u20ac" * 80, "GSM-7", 160, 1),
        ("\u20ac" * 80 + "a", "GSM-7", 161, 2),
        ("{[|]}~^\\", "GSM-7", 16, 1),
        ("a" * 152 + "\u20ac" + "a" * 152, "GSM-7", 306, 3),  # the escape pair moves whole
        ("Çàé£¥§¿ΔΩ", "GSM-7", 9, 1),
        ("ক" * 70, "UCS-2", 70, 1),
        ("ক" * 71, "UCS-2", 71, 2),
        ("ক" * 134, "UCS-2", 134, 2),
        ("ক" * 135, "UCS-2", 135, 3),
        ("a" * 69 + "ক", "UCS-2", 70, 1),
        ("\U0001f600" * 35, "UCS-2", 70, 1),
        ("a" * 66 + "\U0001f600" + "a" * 66, "UCS-2", 134, 3),  # surrogates never split
        ("", "GSM-7", 0, 0),
    ],
)
def test_sms_encoding_and_segments(
    text: str, encoding: str, characters: int, segments: int
) -> None:
    measured = measure(text)
    assert (measured.encoding, measured.characters, measured.segments) == (
        encoding,
        characters,
        segments,
    )


def test_sms_short_form(plan: PlanBody) -> None:
    content = make_content(plan)
    english = render_sms(content.locales["en"], context(plan))
    assert english.text == (
        "Northwind Cloud: We have found the cause of the problem with Example product. "
        "Next update by 2024-05-01 09:12 UTC. https://status.northwind.example.com"
    )
    assert (english.encoding, english.segments) == ("GSM-7", 1)
    bengali = render_sms(content.locales["bn"], context(plan, "bn"))
    assert bengali.encoding == "UCS-2"
    assert bengali.characters == len(bengali.text)
    assert "2024-05-01 09:12 UTC" in bengali.text
    summary = bengali.summary()
    assert (summary.unit, summary.limit, summary.length) == ("segments", 3, bengali.segments)


def test_sms_keeps_gsm7_despite_typographic_quotes(plan: PlanBody) -> None:
    content = make_content(plan, headline="We\u2019re fixing \u201cCheckout\u201d \u2014 sorry")
    rendition = render_sms(content.locales["en"], context(plan))
    assert rendition.encoding == "GSM-7"
    assert 'We\'re fixing "Checkout" - sorry.' in rendition.text


def test_sms_segment_limit_is_a_parameter(plan: PlanBody) -> None:
    content = make_content(plan, headline="Outage " * 28)
    rendition = render_sms(content.locales["en"], context(plan), max_segments=1)
    assert rendition.segments == 2
    assert rendition.summary().over_limit


# --- email -----------------------------------------------------------------------------


def test_email_has_subject_text_and_escaped_html(plan: PlanBody) -> None:
    content = make_content(plan, impact="Affected: <script>alert('x')</script> & more")
    rendition = render_email(content.locales["en"], context(plan))
    assert rendition.subject == "We have found the cause of the problem with Example product"
    for heading in ("What happened", "We're sorry", "Who is affected", "Why it happened"):
        assert f"\n{heading}\n" in rendition.text
    for heading in ("What we are doing", "What we promise", "Making it right", "Next update"):
        assert f"\n{heading}\n" in rendition.text
    assert "Where to get help" in rendition.text and "Was my data lost" in rendition.text
    assert "<script>" in rendition.text  # plain text is not HTML: shown as written
    assert "<script" not in rendition.html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; more" in rendition.html
    assert '<html lang="en"' in rendition.html


def test_email_headings_in_bengali(plan: PlanBody) -> None:
    rendition = render_email(make_content(plan).locales["bn"], context(plan, "bn"))
    assert "\nকী ঘটেছে\n" in rendition.text and "\nআমরা দুঃখিত\n" in rendition.text
    assert '<html lang="bn"' in rendition.html


@pytest.mark.parametrize(
    "headline",
    ["Outage\r\nBcc: victim@example.com", "Line one\nline two", "Tab\there\r"],
)
def test_subject_never_contains_cr_or_lf(headline: str) -> None:
    subject = subject_line(headline)
    assert "\r" not in subject and "\n" not in subject


def test_long_subject_is_cut_and_reported(plan: PlanBody) -> None:
    headline = "Checkout and payments are failing for customers " * 4
    rendition = render_email(make_content(plan, headline=headline).locales["en"], context(plan))
    assert len(rendition.subject) <= MAX_SUBJECT and rendition.subject.endswith("…")
    summary = rendition.summary()
    assert summary.over_limit and "cut" in summary.detail


# --- status page ---------------------------------------------------------------------


class _Elements(HTMLParser):
    """The elements of an HTML fragment, with their attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Elements()
    parser.feed(html)
    return parser.found


@pytest.mark.parametrize(
    "markdown",
    [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(1)">',
        "![x](https://img.example.com/x.png)",
        "[click](javascript:alert(1))",
        "<a href='javascript:alert(1)'>x</a>",
        "[x](JAVASCRIPT:alert(1))",
        "[x](  javascript:alert(1)  )",
        "<javascript:alert(1)>",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x](http://plain.example.com)",
        "[x](/relative/path)",
        '[x](https://ok.example.com "title" onclick=alert(1))',
        "# Big heading",
        "<iframe src='https://evil.example'></iframe>",
        "<p style='color:red' onclick='x()'>styled</p>",
    ],
)
def test_status_page_sanitises(markdown: str) -> None:
    html = markdown_to_html(markdown)
    for tag, attributes in elements(html):
        assert tag in ALLOWED_TAGS
        assert set(attributes) <= ({"href", "rel"} if tag == "a" else set())
        href = attributes.get("href")
        assert href is None or href.startswith(("https://", "mailto:"))
        if tag == "a":
            assert attributes["rel"] == "nofollow noopener"
    assert "<script" not in html


def test_status_page_keeps_allowed_markup() -> None:
    html = markdown_to_html(
        "**Bold** and *em*, `code`\n\n- one\n- two\n\n> quote\n\n"
        "[help](https://help.example.com) [mail](mailto:support@example.com)"
    )
    assert "<strong>Bold</strong>" in html and "<em>em</em>" in html
    assert "<code>code</code>" in html and "<li>one</li>" in html
    assert "<blockquote>" in html
    assert '<a href="https://help.example.com" rel="nofollow noopener">help</a>' in html
    assert '<a href="mailto:support@example.com" rel="nofollow noopener">mail</a>' in html


def test_status_page_rendition(plan: PlanBody) -> None:
    content = make_content(plan, apology="Sorry <script>x()</script> [x](javascript:y)")
    rendition = render_status_page(content.locales["en"], context(plan))
    assert rendition.markdown.startswith("## We have found the cause")
    assert "<h2>We have found the cause" in rendition.html
    assert "<h3>What happened</h3>" in rendition.html
    assert "<script" not in rendition.html
    assert all(not attrs.get("href") for _, attrs in elements(rendition.html))
    assert rendition.summary().limit is None


# --- webhook -------------------------------------------------------------------------


def test_webhook_payload_shape_and_order(plan: PlanBody) -> None:
    content = make_content(plan)
    ctx = context_for(content, plan, "bn", statement_id=5, incident_id=9, stage="identified")
    payload = render_webhook(content.locales["bn"], ctx)
    data: dict[str, Any] = payload.payload["data"]
    assert list(payload.payload) == ["type", "timestamp", "data"]  # Standard Webhooks
    assert payload.payload["type"] == "statement.published"
    assert payload.payload["timestamp"] is None  # a preview: not published yet
    published = replace(
        ctx, published_at=datetime(2024, 5, 1, 10, 42, tzinfo=timezone(timedelta(hours=2)))
    )
    stamped = render_webhook(content.locales["bn"], published)
    assert stamped.payload["timestamp"] == "2024-05-01T08:42:00Z"
    assert stamped.body() == render_webhook(content.locales["bn"], published).body()
    assert list(data) == [
        "statement_id",
        "incident_id",
        "stage",
        "locale",
        "next_update_at",
        "sections",
        "answers",
        "commitments",
    ]
    assert (data["statement_id"], data["incident_id"], data["stage"]) == (5, 9, "identified")
    assert data["locale"] == "bn"
    assert data["next_update_at"] == "2024-05-01T09:12:00Z"
    assert list(data["sections"]) == list(SectionsContent.model_fields)
    assert data["sections"]["headline"] == content.locales["bn"].sections.headline
    assert data["answers"][0]["question_id"] == "data-lost"
    assert data["commitments"] == [  # public only, without the internal owner
        {"text": "Publish the incident report", "due_at": "2024-05-01T09:12:00Z"}
    ]
    body = payload.body()
    assert body == render_webhook(content.locales["bn"], ctx).body()
    assert json.loads(body) == payload.payload
    assert "ক্ষতিগ্রস্ত".encode() in body  # UTF-8, not \u escapes
    assert payload.summary().unit == "bytes" and payload.summary().length == len(body)


# --- all channels ----------------------------------------------------------------------


def test_render_all_and_summaries(plan: PlanBody) -> None:
    content = make_content(plan)
    renditions = render_all(content, plan=plan, statement_id=1, incident_id=2, stage="identified")
    assert list(renditions) == ["x", "sms", "email", "status_page", "webhook"]
    for by_locale in renditions.values():
        assert list(by_locale) == ["en", "bn"]
        assert all(rendition.locale == locale for locale, rendition in by_locale.items())
    found = summaries(content, plan=plan, statement_id=1, incident_id=2, stage="identified")
    assert len(found) == 10
    assert {(s.channel, s.locale) for s in found} >= {("x", "bn"), ("webhook", "en")}
    units = {s.channel: s.unit for s in found}
    assert units == {
        "x": "posts",
        "sms": "segments",
        "email": "characters",
        "status_page": "characters",
        "webhook": "bytes",
    }
    assert not any(s.over_limit for s in found)


def test_times_are_utc_everywhere(plan: PlanBody) -> None:
    content = make_content(plan).model_copy(
        update={"next_update_at": datetime(2024, 5, 1, 11, 12, tzinfo=UTC).astimezone()}
    )
    ctx = context_for(content, plan, "en")
    assert "2024-05-01 11:12 UTC" in render_sms(content.locales["en"], ctx).text
    iso = render_webhook(content.locales["en"], ctx).payload["data"]["next_update_at"]
    assert re.fullmatch(r"2024-05-01T11:12:00Z", iso)
