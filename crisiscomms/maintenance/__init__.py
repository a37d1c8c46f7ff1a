"""Scheduled maintenance: planned work announced ahead, reminded, started and completed on
its clock, and reported honestly when it overruns its window."""
