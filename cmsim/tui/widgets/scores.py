"""Quality scores drawn as bars, coloured by band (good / fair / poor)."""

from __future__ import annotations

from collections.abc import Mapping

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label

from cmsim.model.base import band_of
from cmsim.model.qualities import QUALITIES, Quality, label
from cmsim.tui.strings import tr

BAR_WIDTH = 30


def bar(score: float, width: int = BAR_WIDTH) -> str:
    """A bar of ``width`` cells filled in proportion to a 0–100 score (eighth-cell precision)."""
    eighths = round(max(0.0, min(100.0, score)) / 100 * width * 8)
    full, part = divmod(eighths, 8)
    partial = " ▏▎▍▌▋▊▉"[part] if part else ""
    return ("█" * full + partial).ljust(width, "·")


class QualityBar(Label):
    """'Listening  ████████·····  72  Good' for one quality."""

    def __init__(self, quality: Quality, score: float, lang: str) -> None:
        band = band_of(score)
        text = f"{label(quality, lang):<17} {bar(score)} {round(score):>3}  {tr(lang, f'band.{band}')}"
        super().__init__(text, id=f"score-{quality.value}", classes=f"quality-bar band-{band}")
        self.quality = quality
        self.score = score


class QualityBars(Vertical):
    """A bar per quality scored, in canonical order (qualities without a score are left out)."""

    def __init__(self, scores: Mapping[Quality, float], lang: str, id: str | None = None) -> None:
        super().__init__(classes="quality-bars", id=id)
        self.scores = dict(scores)
        self.lang = lang

    def compose(self) -> ComposeResult:
        for quality in QUALITIES:
            if quality in self.scores:
                yield QualityBar(quality, self.scores[quality], self.lang)
