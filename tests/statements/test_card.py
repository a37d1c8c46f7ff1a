"""The status card: the same update gives the same picture, sized for each network, with
Bengali shaped (conjuncts joined, not set letter by letter) and alt text saying it all."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PIL import Image, ImageDraw, ImageFont

from crisiscomms.statements import card
from crisiscomms.statements.card import MAX_BYTES, SIZES, CardFacts, draw_card, render_card

ENGLISH = CardFacts(
    locale="en",
    stage="investigating",
    organisation="Northwind",
    headline="Checkout is failing for some customers in the EU",
    services=("Checkout", "Payments API"),
    next_update="Next update by 2026-11-22 10:00 UTC.",
    link="https://status.northwind.example.com/incidents/42",
)
BENGALI = CardFacts(
    locale="bn",
    stage="identified",
    organisation="Northwind",
    headline="ইউরোপের কিছু গ্রাহকের চেকআউট ব্যর্থ হচ্ছে; কারণ চিহ্নিত",
    services=("চেকআউট", "পেমেন্ট API"),
    next_update="পরবর্তী আপডেট: ২০২৬-১১-২২ ১০:০০ UTC-এর মধ্যে।",  # noqa: RUF001
    link="https://status.northwind.example.com/incidents/42",
    full_stop="।",
)


@pytest.mark.parametrize("facts", [ENGLISH, BENGALI], ids=["en", "bn"])
def test_the_same_update_gives_the_same_bytes(facts: CardFacts) -> None:
    first = draw_card(facts, SIZES["x"])
    again = draw_card(replace(facts), SIZES["x"])  # drawn again, not taken from the cache

    assert first == again
    assert render_card(facts, "x").sha256 == render_card(replace(facts), "x").sha256
    changed = render_card(replace(facts, stage="monitoring"), "x")
    assert changed.sha256 != render_card(facts, "x").sha256 and changed.png != first


@pytest.mark.parametrize("network", list(SIZES))
@pytest.mark.parametrize("facts", [ENGLISH, BENGALI], ids=["en", "bn"])
def test_each_network_gets_its_size_within_the_smallest_upload_limit(
    facts: CardFacts, network: str
) -> None:
    rendered = render_card(facts, network)
    image = Image.open(io.BytesIO(rendered.png))

    assert image.format == "PNG" and image.size == SIZES[network]
    assert (rendered.width, rendered.height) == SIZES[network]
    assert len(rendered.png) <= MAX_BYTES


def test_bengali_conjuncts_are_shaped_not_set_letter_by_letter() -> None:
    face = card.font("bengali", False, 80)
    conjunct = "ক্ষ"  # ka + virama + ssa: one conjunct glyph when shaped

    def drawn(pieces: list[str], engine_face: ImageFont.FreeTypeFont) -> bytes:
        image = Image.new("L", (400, 160), 0)
        draw = ImageDraw.Draw(image)
        x = 10.0
        raqm = engine_face.layout_engine == ImageFont.Layout.RAQM
        for piece in pieces:
            draw.text(
                (x, 120),
                piece,
                font=engine_face,
                fill=255,
                anchor="ls",
                language="bn" if raqm else None,
            )
            x += engine_face.getlength(piece)
        return image.tobytes()

    shaped = drawn([conjunct], face)
    letter_by_letter = drawn(list(conjunct), face)
    basic = ImageFont.truetype(face.path, 80, layout_engine=ImageFont.Layout.BASIC)
    unshaped = drawn([conjunct], basic)

    assert shaped != letter_by_letter and shaped != unshaped
    assert face.getlength(conjunct) < sum(face.getlength(c) for c in conjunct)


def test_alt_text_says_everything_the_card_shows() -> None:
    assert render_card(ENGLISH).alt == (
        "Northwind: Investigating. Checkout is failing for some customers in the EU. "
        "Affected: Checkout, Payments API. Next update by 2026-11-22 10:00 UTC. "
        "https://status.northwind.example.com/incidents/42"
    )
    bengali = render_card(BENGALI).alt
    assert bengali.startswith("Northwind: কারণ চিহ্নিত। ইউরোপের")
    assert "প্রভাবিত: চেকআউট, পেমেন্ট API।" in bengali


def test_a_long_headline_is_cut_on_the_card_but_whole_in_the_alt_text() -> None:
    long = replace(ENGLISH, headline="Checkout is failing " * 30)
    lines = card.wrap(long.headline, 60, 1072, bold=True, lines=3)

    assert len(lines) == 3 and lines[-1].endswith(" …")
    assert render_card(long).alt.count("Checkout is failing") == 30
