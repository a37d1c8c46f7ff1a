"""Commitments: every promise a statement makes, tracked until it is kept, missed or withdrawn."""
