"""The JSON Lines fast path accepts exactly what the reference check accepts, the same way."""

from __future__ import annotations

import json
from typing import Any

import msgspec
import pytest

from crisiscomms.customers.jsonlines import jsonl_records
from crisiscomms.customers.parsing import Invalid, Line, LineError, Row, to_row
from tests.customers.factories import jsonl, line

VARIANTS: list[dict[str, Any]] = [
    line("C-1"),
    line("  C-2  ", name="  Padded  "),
    line("C-2b", name="Trailing\u00a0"),
    line("C-3", email="Anna@Example.COM"),
    line("C-3b", email="ANNA@example.com"),
    line("C-4", email=" a@example.com "),
    line("C-5", email=""),
    line("C-6", phone="+44 (0) 7700-900.123"),
    line("C-7", phone="+61 491 570 156"),
    line("C-8", locale=""),
    line("C-9", locale=None),
    line("C-9b", locale="en-GB"),
    line("C-10", attributes={"products": [" Spaced "], "segment": " Big  Biz "}),
    line("C-11", attributes={"products": [""]}),
    line("C-12", attributes={"account_manager": {"name": " Alex ", "email": "ALEX@EXAMPLE.COM"}}),
    line("C-12b", attributes={"account_manager": {"name": "Alex", "email": "alex@example.com"}}),
    line("C-13", attributes={"order_ids": ["A-1", " "]}),
    line("C-14", attributes={"currency": "eur"}),
    line("C-14b", attributes={"monthly_bill": 0, "overcharge_amount": 3, "order_amount": 1e9}),
    line("C-15", name="রহিম উদ্দিন", locale="bn-BD"),
    line("C-16", email="x@localhost"),
    line("C-17", name="Tab\there"),
    line("C-18", name="Del\x7f"),
    line("C-19", name="Line\u2028break"),
    line("", name="No id"),
    # Library-checked values (issue 21): the fast path and the reference agree on them too.
    line("V-1", phone="+99912345678"),
    line("V-2", phone="+10000000000000"),
    line("V-3", phone="+447700900123"),
    line("V-4", phone="+8801712345678", locale="BN-bd"),
    line("V-5", locale="xx-YYYYYYYY"),
    line("V-6", locale="bn_BD"),
    line("V-7", attributes={"currency": "ABC"}),
    line("V-8", email="anna@status.example.test"),
    line("V-9", email="anna@example.com"),
    line("V-10", email="büro@example.com"),
]


def reference(raw: bytes) -> Row | str:
    try:
        return to_row(msgspec.json.decode(raw, type=Line))
    except Invalid as exc:
        return f"{exc.field}: {exc.message}"


def fast(raw: bytes) -> Row | str:
    [(_number, outcome)] = list(jsonl_records([raw]))
    return f"{outcome.field}: {outcome.message}" if isinstance(outcome, LineError) else outcome


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda v: repr(v["external_id"]))
def test_fast_path_matches_the_reference(variant: dict[str, Any]) -> None:
    for ascii_only in (False, True):
        raw = json.dumps(variant, ensure_ascii=ascii_only).encode()
        assert fast(raw) == reference(raw)


def test_blank_lines_are_skipped_but_counted_in_line_numbers() -> None:
    body = b"\n  \n\r\n" + jsonl(line("C-1"))
    [(number, outcome)] = list(jsonl_records([body]))
    assert number == 4 and isinstance(outcome, tuple)
