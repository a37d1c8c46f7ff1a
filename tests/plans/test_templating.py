"""The template sandbox: renders plain text, refuses what is unsafe, names what is unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

from crisiscomms.plans.loader import load_plan_file
from crisiscomms.plans.schema import PlanBody
from crisiscomms.plans.templating import (
    TemplateProblem,
    compile_and_render,
    compile_template,
    render,
    sample_context,
)

FIXTURE = Path(__file__).parent / "fixtures" / "minimal.yaml"


@pytest.fixture(scope="module")
def plan() -> PlanBody:
    body, problems = load_plan_file(FIXTURE)
    assert body is not None, problems
    return body


def test_renders_plain_text_without_escaping(plan: PlanBody) -> None:
    template = compile_template("{{ org.name }} <b>&</b> {{ make_good }}\n", "t")
    assert (
        render(template, sample_context(plan, "en"))
        == "Example Ltd <b>&</b> 10% off your next bill."
    )


def test_sample_context_is_all_strings_in_the_locale(plan: PlanBody) -> None:
    context = sample_context(plan, "bn")
    assert context["make_good"] == "পরের বিলে ১০% ছাড়।"
    assert context["incident"]["severity"] == "Major outage"
    assert context["org"]["support_phone"] == ""
    flat = [v for v in context.values() if isinstance(v, str)]
    flat += [v for group in ("org", "incident") for v in context[group].values()]
    assert all(isinstance(v, str) for v in flat)


@pytest.mark.parametrize(
    ("source", "kind", "line", "message"),
    [
        ("a\n{{ x }", "syntax", 2, "unexpected '}'"),
        ("a\n\n{{ incidnet }}", "undefined", 3, "incidnet"),
        ("{{ incident.titel }}", "undefined", 1, "incident.titel"),
        (
            "{{ ''.__class__.__mro__ }}",
            "security",
            1,
            "access to attribute '__class__' of 'str' object is unsafe.",
        ),
        (
            "{{ range.__globals__ }}",
            "security",
            1,
            "access to attribute '__globals__' of 'function' object is unsafe.",
        ),
        ("{{ 'x' * 100000000 }}", "security", 1, "repetition builds a value that is too large"),
        ("{{ 9 ** 99999999 }}", "security", 1, "exponent is too large"),
        ("{{ 1 / 0 }}", "error", 1, "ZeroDivisionError: division by zero"),
        ("{{ lipsum(10000) }}", "undefined", 1, "lipsum"),
        (
            "{% for a in 'ab' %}\n{% for b in 'cd' %}{% endfor %}{% endfor %}",
            "security",
            2,
            "loops inside loops are not allowed in statement templates",
        ),
        (
            "{% for i in range(5000) %}{% endfor %}",
            "security",
            1,
            "range() is limited to 1000 numbers in statement templates",
        ),
        (
            "{% for i in range(999) %}{{ 'x' * 1000 }}{% endfor %}",
            "security",
            None,
            "the template writes more than 100000 characters",
        ),
    ],
    ids=[
        "syntax",
        "unknown name",
        "unknown attribute",
        "class escape",
        "globals escape",
        "huge repetition",
        "huge power",
        "runtime error",
        "lipsum removed",
        "nested loops",
        "big range",
        "huge output",
    ],
)
def test_template_problems(
    plan: PlanBody, source: str, kind: str, line: int | None, message: str
) -> None:
    with pytest.raises(TemplateProblem) as caught:
        compile_and_render(source, "t", sample_context(plan, "en"))
    assert (caught.value.kind, caught.value.line, caught.value.message) == (kind, line, message)
