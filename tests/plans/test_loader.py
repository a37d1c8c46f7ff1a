"""Every kind of broken plan file is reported at its exact line and column, in plain words.

Each case takes the valid fixture `fixtures/minimal.yaml`, applies one textual edit and
lists every problem expected, as `file:line:column: message`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from crisiscomms.plans.loader import (
    Problem,
    body_sha256,
    canonical_body,
    dump_plan_yaml,
    load_plan_body,
    load_plan_file,
    load_plan_json,
    load_plan_text,
    validate_paths,
)
from crisiscomms.plans.schema import PlanBody

FIXTURE = Path(__file__).parent / "fixtures" / "minimal.yaml"
TEXT = FIXTURE.read_text(encoding="utf-8")
F = "minimal.yaml"
TEMPLATE = "templates.investigating.en.apology"
SEVERITY_LINE = "        This is a {{ incident.severity }}."

CASES: list[tuple[str, str, str, list[str]]] = [
    (
        "yaml syntax error",
        "scenario: service_outage",
        "scenario: [service_outage",
        [
            f"{F}:5:12: invalid YAML: expected ',' or ']', but got ':' "
            "(while parsing a flow sequence on line 4)"
        ],
    ),
    (
        "bad indentation",
        "  name: Example Ltd",
        "  name: Example Ltd\n   bad: indent",
        [f"{F}:8:7: invalid YAML: mapping values are not allowed here"],
    ),
    (
        "tab indentation",
        "  name: Example Ltd",
        "\tname: Example Ltd",
        [
            f"{F}:7:1: invalid YAML: found character '\\t' that cannot start any token; "
            "indent with spaces, not tabs"
        ],
    ),
    (
        "duplicate key",
        "scenario: service_outage",
        "scenario: service_outage\nname: Again",
        [f"{F}:5:1: duplicate key 'name' (first defined on line 3)"],
    ),
    (
        "unknown field, with a suggestion",
        "  support_url: https://example.com/help",
        "  support_url: https://example.com/help\n  support_emial: help@example.com",
        [f"{F}:9:3: unknown field 'support_emial' (did you mean 'support_email'?)"],
    ),
    (
        "missing field",
        "    name: Partial outage\n",
        "",
        [f"{F}:17:5: missing required field 'name'"],
    ),
    (
        "wrong type: words for a number",
        "    update_cadence_minutes: 30",
        "    update_cadence_minutes: thirty",
        [f"{F}:16:29: expected a whole number, got 'thirty'"],
    ),
    (
        "wrong type: text for a list",
        "responsibilities: [Leads]}",
        "responsibilities: Leads}",
        [f"{F}:31:91: expected a list, got 'Leads'"],
    ),
    (
        "unquoted no is read as false",
        "locales: [en, bn]",
        "locales: [en, bn, no]",
        [f"""{F}:10:19: expected text, got 'no' (put it in quotes if you mean the text: "no")"""],
    ),
    (
        "bad duration",
        "    after: 72h",
        "    after: 3 hours",
        [
            f"{F}:103:12: invalid duration '3 hours': use whole numbers with units w, d, h, m, "
            'for example "15m", "1h30m" or "7d"'
        ],
    ),
    (
        "a language tag langcodes does not know",
        "default_locale: en",
        "default_locale: xx-YYYYYYYY",
        [
            f"{F}:9:17: default_locale: 'xx-YYYYYYYY' is not a valid IETF BCP 47 language tag "
            "(such as en, bn or pt-BR)"
        ],
    ),
    (
        "a language tag langcodes does not know, as a key",
        "  investigating:\n    en:",
        "  investigating:\n    xx-YYYYYYYY:",
        [
            f"{F}:36:5: invalid key: templates.investigating: 'xx-YYYYYYYY' is not a valid "
            "IETF BCP 47 language tag (such as en, bn or pt-BR)"
        ],
    ),
    (
        "a currency ISO 4217 does not have",
        "  currency: EUR",
        "  currency: ABC",
        [
            f"{F}:86:13: make_good.currency: 'ABC' is not an ISO 4217 currency code "
            "(such as EUR, USD or BDT)"
        ],
    ),
    (
        "a support phone number phonenumbers finds no country for",
        "  support_url: https://example.com/help",
        '  support_url: https://example.com/help\n  support_phone: "+99912345678"',
        [
            f"{F}:9:18: organisation.support_phone: '+99912345678' is not a phone number in "
            "E.164 form, valid for its country (such as +8801712345678): no country uses its "
            "calling code"
        ],
    ),
    (
        "a support phone number too long for its country",
        "  support_url: https://example.com/help",
        '  support_url: https://example.com/help\n  support_phone: "+10000000000000"',
        [
            f"{F}:9:18: organisation.support_phone: '+10000000000000' is not a phone number in "
            "E.164 form, valid for its country (such as +8801712345678): too long for its "
            "country"
        ],
    ),
    (
        "a support address email-validator refuses",
        "  support_url: https://example.com/help",
        "  support_url: https://example.com/help\n  support_email: help@example",
        [
            f"{F}:9:18: organisation.support_email: 'help@example' is not a valid email "
            "address: The part after the @-sign is not valid. It should have a period."
        ],
    ),
    (
        "unknown scenario, with a suggestion",
        "scenario: service_outage",
        "scenario: outage",
        [
            f"{F}:4:11: 'outage' is not one of 'service_outage', 'data_breach', 'billing_error', "
            "'product_recall', 'travel_disruption', 'delivery_delay', 'planned_maintenance' "
            "or 'other' "
            "(did you mean 'service_outage'?)"
        ],
    ),
    (
        "bad slug",
        "slug: minimal-outage",
        "slug: Minimal Outage",
        [
            f"{F}:2:7: 'Minimal Outage' is not a valid slug: use 3 to 64 lowercase letters, "
            "digits and '-', starting and ending with a letter or digit"
        ],
    ),
    (
        "unknown stage key",
        "  follow_up: {en: *en, bn: *bn}",
        "  follow-up: {en: *en, bn: *bn}",
        [
            f"{F}:75:3: invalid key: 'follow-up' is not one of 'investigating', 'identified', "
            "'monitoring', 'resolved' or 'follow_up' (did you mean 'follow_up'?)"
        ],
    ),
    (
        "template syntax error, line 2 of a block scalar",
        SEVERITY_LINE,
        "        This is a {{ incident.severity }.",
        [
            f"{F}:41:9: template syntax error in {TEMPLATE} (line 2 of the template): "
            "unexpected '}'"
        ],
    ),
    (
        "template syntax error, unclosed block on line 3",
        SEVERITY_LINE,
        SEVERITY_LINE + "\n        {% if incident.regions %}",
        [
            f"{F}:42:9: template syntax error in {TEMPLATE} (line 3 of the template): "
            "Unexpected end of template. Jinja was looking for the following tags: 'elif' or "
            "'else' or 'endif'. The innermost block that needs to be closed is 'if'."
        ],
    ),
    (
        "template syntax error in a plain scalar",
        "      apology: We are sorry.",
        "      apology: We are {{ sorry.",
        [
            f"{F}:64:16: template syntax error in templates.identified.en.apology "
            "(line 1 of the template): expected name or number"
        ],
    ),
    (
        "unknown template variable",
        SEVERITY_LINE,
        "        This is a {{ incidnet.severity }}.",
        [
            f"{F}:41:9: template {TEMPLATE} (line 2 of the template) "
            "uses unknown variable 'incidnet'"
        ],
    ),
    (
        "unknown template attribute",
        SEVERITY_LINE,
        "        This is a {{ incident.severty }}.",
        [
            f"{F}:41:9: template {TEMPLATE} (line 2 of the template) "
            "uses unknown variable 'incident.severty'"
        ],
    ),
    (
        "sandbox escape attempt",
        SEVERITY_LINE,
        "        This is a {{ ''.__class__.__mro__ }}.",
        [
            f"{F}:41:9: template {TEMPLATE} (line 2 of the template) was refused by the sandbox: "
            "access to attribute '__class__' of 'str' object is unsafe."
        ],
    ),
    (
        "unknown audience",
        "audiences: [public, customers]",
        "audiences: [public, customer]",
        [
            f"{F}:98:23: unknown audience 'customer' (did you mean 'customers'?); "
            "the plan's audiences: public, customers, staff"
        ],
    ),
    (
        "unknown channel",
        "channels: [email]",
        "channels: [emial]",
        [
            f"{F}:28:82: unknown channel 'emial' (did you mean 'email'?); "
            "the plan's channels: status, email, chat"
        ],
    ),
    (
        "tier for an unknown severity",
        "    - severity: sev2",
        "    - severity: sev3",
        [
            f"{F}:93:17: unknown severity 'sev3' (did you mean 'sev2'?); "
            "the plan's severities: sev1, sev2",
            f"{F}:89:5: no make-good tier for severity 'sev2'",
        ],
    ),
    (
        "missing locale",
        "      bn: কোনো ডেটা হারায়নি।\n",
        "",
        [f"{F}:80:7: missing the 'bn' text (the plan's locales: en, bn)"],
    ),
    (
        "locale the plan does not have",
        '    question: {en: "Did I lose data?",',
        '    question: {fr: "Perdu ?", en: "Did I lose data?",',
        [f"{F}:78:16: locale 'fr' is not one of the plan's locales (en, bn)"],
    ),
    (
        "default locale not among the locales",
        "default_locale: en",
        "default_locale: fr",
        [f"{F}:9:17: default locale 'fr' is not in locales (en, bn)"],
    ),
    (
        "duplicate id",
        "  - {id: chat, kind: apprise",
        "  - {id: email, kind: apprise",
        [
            f"{F}:25:10: duplicate id 'email' (also at channels[1])",
            f"{F}:29:68: unknown channel 'chat'; the plan's channels: status, email, email",
        ],
    ),
    (
        "follow-up offsets out of order",
        "offset: 7d",
        "offset: 30m",
        [f"{F}:84:26: offset '30m' must be later than the previous step's '1h'"],
    ),
    (
        "required role missing",
        "  - {id: approver, title: Approver",
        "  - {id: approvers, title: Approver",
        [
            f"{F}:31:3: missing the 'approver' role "
            "(every plan needs 'commander', 'spokesperson' and 'approver')"
        ],
    ),
    (
        "audience kind missing",
        "  - {id: staff, kind: internal,",
        "  - {id: staff, kind: customers,",
        [
            f"{F}:27:3: no audience of kind 'internal' "
            "(every plan needs one of each kind: 'public', 'customers' and 'internal')"
        ],
    ),
    (
        "stage without templates",
        "  follow_up: {en: *en, bn: *bn}\n",
        "",
        [f"{F}:35:3: missing templates for the 'follow_up' stage"],
    ),
    (
        "deadline owned by an unknown role",
        "    owner_role: commander",
        "    owner_role: comander",
        [
            f"{F}:105:17: unknown role 'comander' (did you mean 'commander'?); "
            "the plan's roles: commander, spokesperson, approver"
        ],
    ),
    (
        "an error in an aliased template is reported once",
        "      apology: We are sorry.\n",
        "",
        [f"{F}:61:9: missing required field 'apology'"],
    ),
]


def test_the_fixture_is_valid() -> None:
    body, problems = load_plan_text(TEXT, F)
    assert problems == []
    assert body is not None and body.slug == "minimal-outage"


@pytest.mark.parametrize(
    ("old", "new", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_broken_plan_is_reported_at_its_location(old: str, new: str, expected: list[str]) -> None:
    assert TEXT.count(old) == 1, f"the edit must match exactly once: {old!r}"
    body, problems = load_plan_text(TEXT.replace(old, new), F)
    assert [str(p) for p in problems] == expected
    assert body is None


def test_problem_carries_a_readable_location() -> None:
    text = TEXT.replace("    update_cadence_minutes: 30", "    update_cadence_minutes: thirty")
    [problem] = load_plan_text(text, F)[1]
    assert problem == Problem(
        F, 16, 29, "severities[0].update_cadence_minutes", "expected a whole number, got 'thirty'"
    )
    assert problem.as_detail() == {
        "location": "severities[0].update_cadence_minutes",
        "message": "expected a whole number, got 'thirty'",
        "type": "plan",
        "line": 16,
        "column": 29,
        "file": F,
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", f"{F}:1:1: the file is empty"),
        (
            "- a\n- b\n",
            f"{F}:1:1: a plan must be a mapping of fields (key: value) at the top level",
        ),
        ("a: &a [*a]\n", f"{F}:1:4: an alias refers to itself"),
        (
            "a: !!python/object:os.system x\n",
            f"{F}:1:4: cannot read this value: "
            "could not determine a constructor for the tag "
            "'tag:yaml.org,2002:python/object:os.system'",
        ),
        (
            "a: 1\n---\nb: 2\n",
            f"{F}:2:1: invalid YAML: expected a single document in the stream, "
            "but found another document",
        ),
    ],
    ids=["empty", "top-level list", "recursive alias", "unsafe tag", "two documents"],
)
def test_unusable_files(text: str, expected: str) -> None:
    assert [str(p) for p in load_plan_text(text, F)[1]] == [expected]


def test_merge_keys_fill_in_and_explicit_keys_win() -> None:
    text = TEXT.replace(
        "  - {id: email, kind: email, description: Email to affected customers}",
        "  - &mail {id: email, kind: email, description: Email to affected customers}\n"
        "  - {<<: *mail, id: mail2}",
    )
    body, problems = load_plan_text(text, F)
    assert problems == [] and body is not None
    assert [(c.id, c.kind.value) for c in body.channels][1:3] == [
        ("email", "email"),
        ("mail2", "email"),
    ]


def test_template_line_counts_blank_lines_at_the_start_of_a_block() -> None:
    text = TEXT.replace("      apology: |\n", "      apology: |\n\n\n").replace(
        SEVERITY_LINE, "        This is a {{ incident.severity }."
    )
    assert [(p.line, p.column) for p in load_plan_text(text, F)[1]] == [(43, 9)]


def test_alias_bomb_is_refused() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 8)]
    problems = load_plan_text("\n".join(lines) + "\n", F)[1]
    assert len(problems) == 1 and "expands to more than" in problems[0].message


def test_json_problems_are_located_by_path() -> None:
    data = yaml.safe_load(TEXT)
    data["severities"][0]["update_cadence_minutes"] = "thirty"
    data["channels"][1]["id"] = "mail"
    body, problems = load_plan_json(json.dumps(data), "api")
    assert body is None
    assert [(p.line, p.column, p.location, p.message) for p in problems] == [
        (
            None,
            None,
            "severities[0].update_cadence_minutes",
            "expected a whole number, got 'thirty'",
        )
    ]
    data["severities"][0]["update_cadence_minutes"] = 30
    body, problems = load_plan_json(json.dumps(data), "api")
    assert [str(p) for p in problems] == [
        "api: audiences[1].channels[0]: unknown channel 'email' (did you mean 'mail'?); "
        "the plan's channels: status, mail, chat"
    ]


def test_json_syntax_error_has_line_and_column() -> None:
    problems = load_plan_json('{\n  "slug": "x",\n  "name" "y"\n}', "api")[1]
    assert [str(p) for p in problems] == ["api:3:10: malformed JSON: Expecting ':' delimiter"]


def test_body_by_media_type() -> None:
    assert load_plan_body(TEXT.encode(), "api", media_type="text/yaml; charset=utf-8")[1] == []
    as_json = json.dumps(yaml.safe_load(TEXT)).encode()
    assert load_plan_body(as_json, "api", media_type="application/json")[1] == []
    problems = load_plan_body(b"\xff\xfe", "api", media_type="application/yaml")[1]
    assert [p.message for p in problems] == ["not UTF-8 text: invalid start byte"]


def test_load_plan_file_and_validate_paths(tmp_path: Path) -> None:
    (tmp_path / "b.yml").write_text(TEXT.replace("slug: minimal-outage", "slug: b-plan"))
    (tmp_path / "a.yaml").write_text(TEXT.replace("after: 72h", "after: soon"))
    (tmp_path / "notes.txt").write_text("not a plan")
    results = validate_paths([tmp_path])
    assert list(results) == [tmp_path / "a.yaml", tmp_path / "b.yml"]
    assert [p.line for p in results[tmp_path / "a.yaml"]] == [103]
    assert results[tmp_path / "b.yml"] == []
    body, problems = load_plan_file(FIXTURE)
    assert problems == [] and body is not None


def test_dump_round_trips_and_stays_readable() -> None:
    body = load_plan_text(TEXT, F)[0]
    assert body is not None
    text = dump_plan_yaml(canonical_body(body))
    again, problems = load_plan_text(text, "exported.yaml")
    assert problems == [] and again is not None
    assert body_sha256(again) == body_sha256(body)
    assert text.startswith("slug: minimal-outage\nname: Minimal outage plan\n")
    assert "apology: আমরা দুঃখিত।" in text  # Bengali as written, not escaped
    assert "      apology: |-\n        We are sorry for the disruption.\n" in text
    assert text.index("investigating:") < text.index("identified:") < text.index("follow_up:")


def test_dump_orders_locale_maps_by_the_plan_locales() -> None:
    body = load_plan_text(TEXT, F)[0]
    assert body is not None
    data = canonical_body(body)
    data["questions"][0]["answer"] = dict(reversed(list(data["questions"][0]["answer"].items())))
    text = dump_plan_yaml(data)
    answer = text[text.index("    answer:") :]
    assert answer.index("en:") < answer.index("bn:")


def test_plan_body_fixture_parses_like_safe_load() -> None:
    body = load_plan_text(TEXT, F)[0]
    assert body == PlanBody.model_validate(yaml.safe_load(TEXT))


def test_language_tags_and_currencies_take_their_standard_form() -> None:
    text = TEXT.replace("locales: [en, bn]", "locales: [EN, bn]").replace(
        "  currency: EUR", "  currency: eur"
    )
    body, problems = load_plan_text(text, F)
    assert problems == []
    assert body is not None
    assert body.locales == ["en", "bn"] and body.make_good.currency == "EUR"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("plan.xlsx", "'.xlsx' is a spreadsheet, not a plan file: a plan is YAML (.yaml, .yml)"),
        ("plan.csv", "'.csv' is a spreadsheet, not a plan file"),
        ("plan.txt", "'.txt' is not a plan file: a plan is YAML (.yaml, .yml) or JSON (.json)"),
        ("plan", "a name without an extension is not a plan file"),
    ],
)
def test_a_file_in_no_plan_format_is_refused_by_name(
    tmp_path: Path, name: str, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04 a zip, not text")
    body, problems = load_plan_file(path)
    assert body is None
    [problem] = problems
    assert problem.message.startswith(message)
    assert problem.message.endswith("a plan is YAML (.yaml, .yml) or JSON (.json)")
    assert str(problems[0]) == f"{path}: {problems[0].message}"


def test_json_plan_files_are_read(tmp_path: Path) -> None:
    body = load_plan_text(TEXT, F)[0]
    assert body is not None
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(canonical_body(body)))
    again, problems = load_plan_file(path)
    assert problems == [] and again == body
