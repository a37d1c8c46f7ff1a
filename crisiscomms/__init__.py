"""crisiscomms: crisis communication plans, transparent statements, tracked commitments."""

__version__ = "0.1.0"
