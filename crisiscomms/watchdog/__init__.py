"""The silence watchdog, timed updates, follow-up sequences and notices through the engine."""
