"""A score's band (good / fair / poor) is the first band of BANDS whose floor it reaches, and every band's range holds
exactly the scores that fall in it."""

from __future__ import annotations

from cmsim.model.base import BANDS, band_of


def test_every_whole_score_falls_in_the_band_whose_range_holds_it() -> None:
    for score in range(101):
        (name,) = [n for n, (lo, hi) in BANDS.items() if lo <= score <= hi]
        assert band_of(score) == name, score


def test_a_fractional_score_takes_the_band_of_the_floor_it_reaches() -> None:
    floors = sorted((lo, n) for n, (lo, _hi) in BANDS.items())
    for lo, name in floors[1:]:
        assert band_of(lo) == name
        below = [n for f, n in floors if f < lo][-1]
        assert band_of(lo - 0.001) == below, (lo, below)
    assert band_of(-1.0) == "poor"
    assert band_of(100.0) == "good"
