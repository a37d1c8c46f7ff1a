"""Rehearsals: a plan run as an exercise, its scripted injects and its graded report."""
