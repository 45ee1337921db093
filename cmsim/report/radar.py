"""An inline SVG radar of the six qualities (no script, no external resource)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

WIDTH = 600
HEIGHT = 400
RADIUS = 135
RINGS = (25, 50, 75, 100)


def _point(index: int, count: int, value: float) -> tuple[float, float]:
    angle = -math.pi / 2 + 2 * math.pi * index / count
    r = RADIUS * value / 100
    return WIDTH / 2 + r * math.cos(angle), HEIGHT / 2 + r * math.sin(angle)


def radar_svg(axes: Sequence[tuple[str, float | None]], title: str = "") -> str:
    """A radar chart: one axis per (label, score 0–100 or None for not assessed)."""
    n = len(axes)
    parts = [
        f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" role="img" '
        f'aria-label="{escape(title)}">'
    ]
    for ring in RINGS:
        pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in (_point(i, n, ring) for i in range(n)))
        parts.append(f'<polygon points="{pts}" fill="none" stroke="#d0d5dd" stroke-width="1"/>')
    for i, (name, score) in enumerate(axes):
        x, y = _point(i, n, 100)
        parts.append(
            f'<line x1="{WIDTH / 2}" y1="{HEIGHT / 2}" x2="{x:.1f}" y2="{y:.1f}" stroke="#d0d5dd" stroke-width="1"/>'
        )
        lx, ly = _point(i, n, 122)
        anchor = "middle" if abs(lx - WIDTH / 2) < 10 else ("start" if lx > WIDTH / 2 else "end")
        ly += 5 if abs(lx - WIDTH / 2) >= 10 else (-2 if ly < HEIGHT / 2 else 12)
        value = "—" if score is None else f"{score:.0f}"
        parts.append(
            f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}" font-size="15" fill="#344054">'
            f'{escape(name)} <tspan font-weight="700">{value}</tspan></text>'
        )
    pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in (_point(i, n, s or 0) for i, (_name, s) in enumerate(axes)))
    parts.append(f'<polygon points="{pts}" fill="rgba(46,111,219,0.25)" stroke="#2e6fdb" stroke-width="2"/>')
    for i, (_name, score) in enumerate(axes):
        if score is not None:
            x, y = _point(i, n, score)
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="#2e6fdb"/>')
    parts.append("</svg>")
    return "".join(parts)
