"""Round 65 (the session's own fix): a safety instruction due now is the next step of a short
recall message whatever the product: a medicine taken, a pet or a baby fed, a cream applied, a
car driven ("Stop taking them now", "Do not drive it"). What we or others stopped doing ("we
have stopped taking orders") is no instruction, and still needs a time for the next update."""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from crisiscomms.plans.schema import Stage
from tests.statements.test_standard import findings

IDENT = Stage.IDENTIFIED

OPENING = "Brightwell Pharmacy: some Allerclear 10mg packs (batch 2209) hold 20mg tablets - our packing error, sorry."


@pytest.mark.parametrize(
    "text",
    [
        f"{OPENING} Stop taking them now; swap free in store or call 0800 555 0192",
        f"{OPENING} Do not take them. Free swap in store, or call 0800 555 0192",
        "Kibbleworth: our Turkey Bites (lot 7C) may hold plastic pieces - our factory's fault, sorry. Stop feeding them to your cat; refund: kibbleworth.com/recall",
        "Solace Skincare: our SPF50 lotion (lot 3318) has far less sun protection than the label says - our error, sorry. Stop applying it; refund: solace.co/recall",
        "Harland Motors: sorry - a brake hose we fitted to 2,100 Harland K5s (2024) may leak. Stop driving it; we collect and repair free: 0800 111 2222",
    ],
)
def test_a_short_recall_that_says_what_to_stop_now_has_its_next_step(text: str) -> None:
    channel = "sms" if len(text) <= 160 else "x"
    assert "next_update_missing" not in {rule for rule, _ in findings(text, "en", channel, IDENT)}


@pytest.mark.parametrize(
    "text",
    [
        "Brightwell Pharmacy: our app double-booked 300 repeat prescriptions today - our error, sorry. We have stopped taking orders while we fix it. Help: 0800 555 0192",
        "Brightwell Pharmacy: our app double-booked 300 repeat prescriptions today - our error, sorry. We will stop taking orders while we fix it. Help: 0800 555 0192",
        "Brightwell Pharmacy: our app double-booked 300 repeat prescriptions today - our error, sorry. Our couriers had to stop driving in the snow. Help: 0800 555 0192",
        f"{OPENING} We are looking into it. Call 0800 555 0192",
    ],
)
def test_what_we_stopped_is_no_step_for_the_reader_and_still_needs_a_time(text: str) -> None:
    assert "next_update_missing" in {rule for rule, _ in findings(text, "en", "sms", IDENT)}
