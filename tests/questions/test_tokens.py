"""Reply tokens: opaque, unforgeable, one spelling, short enough for a local part."""

from __future__ import annotations

import os

import pytest

from crisiscomms.questions import tokens

KEY = bytes(range(32))


def test_a_token_round_trips_and_fits_a_local_part() -> None:
    token = tokens.make_token(KEY, kind="subscriber", incident_id=7, recipient_id=2**40)
    assert len(token) == tokens.TOKEN_LENGTH and token == token.lower()
    address = tokens.reply_address("replies@status.example.com", token)
    assert len(address.partition("@")[0]) <= 64
    assert tokens.token_in(f"Status <{address.upper()}>", "replies@status.example.com") == token
    claim = tokens.open_token([os.urandom(32), KEY], token.upper())
    assert (claim.kind, claim.incident_id, claim.recipient_id) == ("subscriber", 7, 2**40)


@pytest.mark.parametrize("position", range(tokens.TOKEN_LENGTH))
def test_every_changed_character_is_refused(position: int) -> None:
    token = tokens.make_token(KEY, kind="customer", incident_id=1, recipient_id=1)
    for other in "a7":
        if token[position] == other:
            continue
        forged = token[:position] + other + token[position + 1 :]
        with pytest.raises(tokens.TokenInvalid):
            tokens.open_token([KEY], forged)


@pytest.mark.parametrize("token", ["", "abc", "a" * 47, "!" * 47, "a" * 48, "1" * 47])
def test_malformed_tokens_are_refused(token: str) -> None:
    with pytest.raises(tokens.TokenInvalid):
        tokens.open_token([KEY], token)


def test_a_token_made_with_another_key_is_refused() -> None:
    token = tokens.make_token(os.urandom(32), kind="customer", incident_id=1, recipient_id=1)
    with pytest.raises(tokens.TokenInvalid, match="forged or altered"):
        tokens.open_token([KEY], token)


def test_only_our_reply_address_carries_a_token() -> None:
    base = "replies@status.example.com"
    assert tokens.token_in("replies+abc@other.example", base) is None
    assert tokens.token_in("notreplies+abc@status.example.com", base) is None
    assert tokens.token_in("replies@status.example.com", base) is None
