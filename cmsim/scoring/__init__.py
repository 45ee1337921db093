"""Scoring: pure functions from (scenario, step, answer) to a StepResult."""
