"""An SMS is judged as written: typographic punctuation makes the whole text UCS-2, whose
segment holds 70 characters, so a 150-character text with one curly apostrophe is three
segments. The finding says so and that plain punctuation makes it fit."""

from __future__ import annotations

from crisiscomms.plans.schema import Stage
from crisiscomms.statements.check.document import Channel
from crisiscomms.statements.check.run import check_text

CURLY = (
    "Oakfield Academy: Tuesday\u2019s Year 9 email showed 212 parents\u2019 email addresses. "
    "It\u2019s our mistake and we\u2019re sorry. Letter by Fri 14 Mar. Qs: 01632 960245"
)


def _too_long(text: str, language: str = "en") -> list[object]:
    report = check_text(text, language=language, channel=Channel.SMS, stage=Stage.RESOLVED)
    return [f for f in report.findings if f.rule == "too_long"]


def test_curly_punctuation_makes_an_sms_ucs2_and_too_long() -> None:
    [finding] = _too_long(CURLY)
    assert "UCS-2" in finding.message and "70" in finding.message  # type: ignore[attr-defined]
    assert "plain" in finding.suggestion  # type: ignore[attr-defined]


def test_the_same_sms_with_plain_punctuation_fits_one_segment() -> None:
    assert _too_long(CURLY.replace("\u2019", "'")) == []


def test_an_sms_too_long_even_in_plain_punctuation_is_told_to_cut() -> None:
    longer = CURLY + " Or email office@oakfield.example any weekday before 4pm."
    [finding] = _too_long(longer)
    assert "plain" not in finding.suggestion  # type: ignore[attr-defined]


def test_a_bengali_sms_within_70_characters_fits() -> None:
    text = "ভুলটা আমাদের, দুঃখিত। ২১২ জনের ইমেইল দেখা গেছে। চিঠি ১৪ মার্চ। ০১৬৩২৯"
    assert len(text) <= 70
    assert _too_long(text, "bn") == []
