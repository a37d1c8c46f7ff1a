"""The worker: the loop that runs background jobs (delivery, watchdog, housekeeping)."""
