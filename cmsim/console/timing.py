"""Integrity signals from the timing of typed lines: pastes and implausibly fast typing (as typed signals).

These are facts a recruiter may ask about, never a verdict (and never a guess at who wrote the text).
"""

from __future__ import annotations

from collections.abc import Sequence

from cmsim.console.reader import Line
from cmsim.session.signals import FastTyping, Paste

BURST_GAP = 0.03
"""Lines arriving closer than this (seconds) came in one block: pasted, not typed."""
PASTE_LINES = 3
PASTE_CHARS = 150
FAST_CPS = 15.0
"""Sustained characters per second above this is faster than fast touch typing (≈ 8–10 cps)."""
FAST_MIN_CHARS = 40


def paste_bursts(lines: Sequence[Line]) -> list[Paste]:
    """Blocks of lines that arrived at once, when big enough to be a paste: lines and characters each."""
    out: list[Paste] = []
    burst: list[Line] = []
    for line in [*lines, None]:
        if line is not None and burst and line.at - burst[-1].at < BURST_GAP:
            burst.append(line)
            continue
        chars = sum(len(b.text) for b in burst)
        if len(burst) >= PASTE_LINES or (burst and chars >= PASTE_CHARS):
            out.append(Paste(lines=len(burst), chars=chars))
        burst = [line] if line is not None else []
    return out


def typing_rates(lines: Sequence[Line], shown_at: float) -> list[FastTyping]:
    """Lines typed faster than ``FAST_CPS`` since the previous line (or since the prompt was shown)."""
    out: list[FastTyping] = []
    previous = shown_at
    for line in lines:
        gap = line.at - previous
        previous = max(previous, line.at)
        if len(line.text) < FAST_MIN_CHARS or gap < BURST_GAP:
            continue  # short lines say little; a line inside a burst is already counted as a paste
        cps = len(line.text) / gap
        if cps > FAST_CPS:
            out.append(FastTyping(chars=len(line.text), cps=round(cps, 1)))
    return out
