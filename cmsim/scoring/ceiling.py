"""How a ceiling bends a quality's score: monotone, so a reply doing more never scores less."""

from __future__ import annotations

CAPPED_SLOPE = 0.1
"""Past the knee, each point the other criteria gain still earns this much, so two capped replies do not tie."""


def capped(value: float, cap: float) -> float:
    """``value`` under a ceiling of ``cap``: unchanged up to a knee, then rising by :data:`CAPPED_SLOPE` per point (less
    when the cap is too low for it), reaching at most ``cap`` at 100.

    The knee sits where a slope of 0.1 meets ``cap`` at 100 (``(cap - 10) / 0.9``), and at least two points under the
    cap, so a score just over the cap and one just under it keep their order; a cap of 100 or more changes nothing.
    """
    if cap >= 100.0:
        return value
    knee = max(0.0, min(cap - 2.0, (cap - 10.0) / 0.9))
    if value <= knee:
        return value
    slope = min(CAPPED_SLOPE, (cap - knee) / (100.0 - knee))
    return knee + slope * (value - knee)


def floored(value: float, floor: float) -> float:
    """``value`` of a civil, honest reply under a tone guard's ``floor``: unchanged from twice the floor up; under it,
    the floor plus half the score, so floored replies keep their order and the map is continuous (a one-line stock
    apology at 4 reads 12, a hostile reply held by the guard's ceiling of 10 stays near 10 or under).
    """
    if floor <= 0.0 or value >= 2.0 * floor:
        return value
    return floor + value / 2.0
