"""Statements: what the company says, checked for transparency, approved, rendered."""
