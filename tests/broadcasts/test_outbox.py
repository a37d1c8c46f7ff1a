"""The outbox and the composer read customers as rows of known shape."""

from __future__ import annotations


def test_the_composing_row_names_the_columns_it_is_read_from_in_order() -> None:
    """`messages._SendRow` is built from `_SEND_COLUMNS` by position: a column added to one
    must be added to the other at the same place."""
    from crisiscomms.broadcasts.messages import _SEND_COLUMNS, _SendRow

    assert _SendRow._fields == tuple(getattr(column, "key") for column in _SEND_COLUMNS)  # noqa: B009
