"""Internal notifications: reminders, escalations and kept-notices waiting for the worker."""
