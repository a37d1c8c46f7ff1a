"""The incident state machine, every pair of statuses."""

from __future__ import annotations

import itertools

import pytest

from crisiscomms.errors import InvalidTransition
from crisiscomms.incidents.lifecycle import ALLOWED, check_transition
from crisiscomms.incidents.models import IncidentStatus as S

LEGAL = {
    (S.INVESTIGATING, S.IDENTIFIED),
    (S.INVESTIGATING, S.MONITORING),
    (S.INVESTIGATING, S.RESOLVED),
    (S.IDENTIFIED, S.INVESTIGATING),
    (S.IDENTIFIED, S.MONITORING),
    (S.IDENTIFIED, S.RESOLVED),
    (S.MONITORING, S.INVESTIGATING),
    (S.MONITORING, S.IDENTIFIED),
    (S.MONITORING, S.RESOLVED),
    (S.RESOLVED, S.MONITORING),
    (S.RESOLVED, S.CLOSED),
}


@pytest.mark.parametrize(("current", "target"), list(itertools.product(S, S)))
def test_every_transition_is_legal_or_names_the_allowed_ones(current: S, target: S) -> None:
    if (current, target) in LEGAL:
        check_transition(current, target)
        return
    with pytest.raises(InvalidTransition) as caught:
        check_transition(current, target)
    assert caught.value.status == 409
    message = caught.value.message
    assert f"from {current.value} to {target.value}" in message
    for allowed in ALLOWED[current]:
        assert allowed.value in message
    if current == S.CLOSED:
        assert "closed" in message


def test_closed_is_terminal() -> None:
    assert ALLOWED[S.CLOSED] == ()
