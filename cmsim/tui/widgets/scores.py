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
    """'Listening  ████████·····  72  Good' for one quality ('—  not scored yet' without a score)."""

    def __init__(self, quality: Quality, score: float | None, lang: str) -> None:
        band = "none" if score is None else band_of(score)
        value = "—" if score is None else str(round(score))
        text = f"{label(quality, lang):<17} {bar(score or 0)} {value:>3}  {tr(lang, f'band.{band}')}"
        super().__init__(text, id=f"score-{quality.value}", classes=f"quality-bar band-{band}")
        self.quality = quality
        self.score = score


class QualityBars(Vertical):
    """A bar per quality in canonical order: the scored ones, or all six with ``every_quality``."""

    def __init__(
        self, scores: Mapping[Quality, float | None], lang: str, *, every_quality: bool = False, id: str | None = None
    ) -> None:
        super().__init__(classes="quality-bars", id=id)
        self.scores = dict(scores)
        self.lang = lang
        self.every_quality = every_quality

    def compose(self) -> ComposeResult:
        for quality in QUALITIES:
            if self.every_quality or self.scores.get(quality) is not None:
                yield QualityBar(quality, self.scores.get(quality), self.lang)
