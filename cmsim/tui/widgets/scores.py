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
MIN_BAR = 4
LABEL_WIDTH = 17


def bar(score: float, width: int = BAR_WIDTH) -> str:
    """A bar of ``width`` cells filled in proportion to a 0–100 score (eighth-cell precision)."""
    eighths = round(max(0.0, min(100.0, score)) / 100 * width * 8)
    full, part = divmod(eighths, 8)
    partial = " ▏▎▍▌▋▊▉"[part] if part else ""
    return ("█" * full + partial).ljust(width, "·")


class QualityBar(Label):
    """'Listening  ████████·····  72  Good' for one quality ('—  not scored yet' without a score). The bar
    takes what the width leaves, so the number and the band stay visible on a narrow terminal."""

    def __init__(self, quality: Quality, score: float | None, lang: str) -> None:
        band = "none" if score is None else band_of(score)
        self.value = "—" if score is None else str(round(score))
        self.name_text = label(quality, lang)
        self.band_text = tr(lang, f"band.{band}")
        self.quality = quality
        self.score = score
        super().__init__(self._text(BAR_WIDTH), id=f"score-{quality.value}", classes=f"quality-bar band-{band}")

    def _text(self, width: int) -> str:
        return f"{self.name_text:<{LABEL_WIDTH}} {bar(self.score or 0, width)} {self.value:>3}  {self.band_text}"

    def on_resize(self) -> None:
        room = self.size.width - LABEL_WIDTH - 1 - 1 - 3 - 2 - len(self.band_text)
        self.update(self._text(max(MIN_BAR, min(BAR_WIDTH, room))))


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
