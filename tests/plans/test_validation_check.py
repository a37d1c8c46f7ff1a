"""Plan validation knows the transparency check: its rule ids, and a passing holding statement.

Each case takes the valid fixture `fixtures/minimal.yaml`, applies one textual edit and
lists every problem expected, as `file:line:column: message`.
"""

from __future__ import annotations

from pathlib import Path

from crisiscomms.plans.loader import load_plan_text
from crisiscomms.statements.check import RULE_IDS
from crisiscomms.statements.plan_check import CHECKS

FIXTURE = Path(__file__).parent / "fixtures" / "minimal.yaml"
TEXT = FIXTURE.read_text(encoding="utf-8")
F = "minimal.yaml"
FAILS = "holding statement fails the transparency check"
HOLDING_TEMPLATE = "  template: {en: *en, bn: *bn}\ndeadlines:"


def edited(old: str, new: str) -> str:
    """The fixture with one exact edit."""
    assert TEXT.count(old) == 1, f"the edit must match exactly once: {old!r}"
    return TEXT.replace(old, new)


def with_holding(en: str = "*en", bn: str = "*bn") -> str:
    """The fixture with the holding statement's own template per locale."""
    return edited(HOLDING_TEMPLATE, f"  template:\n    en: {en}\n    bn: {bn}\ndeadlines:")


def with_transparency(text: str, block: str) -> str:
    """A plan text with a `transparency` block added at the end."""
    return f"{text}transparency:\n{block}"


def at(text: str, needle: str) -> str:
    """`file:line:column` of the first occurrence of `needle` in a plan text."""
    before = text[: text.index(needle)]
    return f"{F}:{before.count(chr(10)) + 1}:{len(before) - before.rfind(chr(10))}"


def problems(text: str) -> list[str]:
    """Every problem of a plan text, as `file:line:column: message`."""
    return [str(p) for p in load_plan_text(text, F, statements=CHECKS)[1]]


def test_the_fixture_passes_both_checks() -> None:
    body, found = load_plan_text(TEXT, F, statements=CHECKS)
    assert found == [] and body is not None


def test_unknown_rule_id_is_reported_at_its_key_with_a_suggestion() -> None:
    text = with_transparency(TEXT, "  rules:\n    ownership_mising:\n      enabled: false\n")
    known = ", ".join(sorted(RULE_IDS))
    assert problems(text) == [
        f"{at(text, 'ownership_mising')}: unknown transparency rule 'ownership_mising' "
        f"(did you mean 'ownership_missing'?); the check's rules: {known}"
    ]


def test_unknown_rule_id_without_a_near_miss() -> None:
    text = with_transparency(TEXT, "  rules:\n    tone:\n      severity: info\n")
    [problem] = load_plan_text(text, F, statements=CHECKS)[1]
    assert problem.location == "transparency.rules.tone"
    assert problem.message.startswith("unknown transparency rule 'tone'; the check's rules: ")


def test_known_rule_ids_may_be_tuned() -> None:
    block = "  rules:\n    impact_vague:\n      severity: info\n    jargon:\n      enabled: false\n"
    assert problems(with_transparency(TEXT, block)) == []


def test_holding_statement_without_an_apology_is_refused() -> None:
    text = with_holding(en="{<<: *en, apology: We know this is hard.}")
    assert problems(text) == [
        f"{at(text, 'We know this is hard.')}: {FAILS}: apology_missing: There is no apology."
    ]
    [problem] = load_plan_text(text, F, statements=CHECKS)[1]
    assert problem.location == "holding_statement.template.en.apology"


def test_holding_statement_that_shifts_the_blame_is_refused() -> None:
    blame = '"The outage is our fault, but it was caused by our supplier."'
    text = with_holding(en=f"{{<<: *en, acknowledgement: {blame}}}")
    assert problems(text) == [
        f'{at(text, blame)}: {FAILS}: blame_shifting: "caused by our supplier" puts the blame '
        "elsewhere. Customers hold us responsible, whoever we buy from and whatever the weather."
    ]


def test_every_error_of_every_locale_is_reported() -> None:
    text = with_holding(
        en="{<<: *en, acknowledgement: We know that it is down.}",
        bn="{<<: *bn, apology: এটি কঠিন।}",
    )
    found = load_plan_text(text, F, statements=CHECKS)[1]
    assert [(p.location, p.message.split(": ")[1]) for p in found] == [
        ("holding_statement.template.en.acknowledgement", "ownership_missing"),
        ("holding_statement.template.bn.apology", "apology_missing"),
    ]


def test_warnings_alone_never_refuse_a_holding_statement() -> None:
    text = with_transparency(
        with_holding(en="{<<: *en, impact: Sign-in failover did not work for our customers.}"),
        "  pass_score: 100\n",
    )
    assert problems(text) == []


def test_a_vague_impact_refuses_a_holding_statement() -> None:
    text = with_holding(en="{<<: *en, impact: A few customers cannot sign in.}")
    [problem] = load_plan_text(text, F, statements=CHECKS)[1]
    assert problem.location == "holding_statement.template.en.impact"
    assert problem.message.startswith(f'{FAILS}: impact_vague: "A few customers"')


def test_the_plan_tuning_of_the_check_applies() -> None:
    text = with_transparency(
        with_holding(en="{<<: *en, apology: We know this is hard.}"),
        "  rules:\n    apology_missing:\n      enabled: false\n",
    )
    assert problems(text) == []


def test_holding_statement_is_checked_once_the_rest_of_the_plan_is_valid() -> None:
    text = with_holding(en="{<<: *en, apology: We know this is hard.}")
    text = text.replace("channels: [email]", "channels: [emial]")
    assert [p.location for p in load_plan_text(text, F, statements=CHECKS)[1]] == [
        "audiences[1].channels[0]"
    ]
