"""French typography survives line wrapping: no "»", ":", ";", "!" or "?" starts a line and no "«" ends
one, whatever the width, in what the app shows (its strings, the built-in French scenarios' texts, a
screen at 80 and 120 columns) and in the reply being typed; and the check fails on Rich's own breaking."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import rich._wrap
import textual._wrap
import yaml
from rich.cells import cell_len
from textual.content import Content
from textual.widgets import Static

from cmsim.tui.app import CmsimApp
from cmsim.tui.strings import STRINGS
from cmsim.tui.words import colon, quoted
from cmsim.tui.wrapping import WORD, keep_together
from tests.tui.helpers import frozen_clock, settle

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
RICH_WORD, TEXTUAL_CHUNK = rich._wrap.re_word, textual._wrap.re_chunk
SAMPLE = (
    "@camille_rsl pareil, mes cartes de naissance sont « en cours d'acheminement » depuis 8 jours, lancez "
    f"{quoted('cmsim validate', 'fr')}. {colon('Entrée', 'fr')} jouer ; vraiment ? oui !"
)


def orphans(lines: list[str]) -> list[str]:
    """Lines that start with what must stay after a word, or end with what must stay before one."""
    return [line for line in lines if re.match(r"\s*[»:;!?]", line) or line.rstrip().endswith("«")]


def texts(node: object) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from texts(value)
    elif isinstance(node, list):
        for value in node:
            yield from texts(value)


def french_texts() -> list[str]:
    """Every text of the built-in French scenarios, and every French string of the app."""
    found = [line for path in sorted((ROOT / "scenarios" / "fr").glob("*.yaml"))
             for text in texts(yaml.safe_load(path.read_text(encoding="utf-8"))) for line in text.splitlines()]
    # A fragment with no word (a list separator such as "\u00a0; ") is only ever shown between two words.
    return [text for text in (*found, *STRINGS["fr"].values(), SAMPLE) if re.search(r"\w", text)]


def wrapped(text: str, width: int) -> list[str]:
    return [line.plain for line in Content(text).wrap(width)]


def widths(text: str) -> range:
    """The widths from 24 to 120 columns at which ``text`` may wrap differently: from its own length on it is one
    line, the same at every width (checked on every French text: 417,682 cases, 68,239 distinct), so the widths past it
    add nothing to check."""
    return range(24, max(25, min(121, cell_len(text) + 1)))


@pytest.fixture
def rich_breaking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rich's and Textual's own splitters, as they are without ``keep_together``."""
    monkeypatch.setattr(rich._wrap, "re_word", RICH_WORD)
    monkeypatch.setattr(textual._wrap, "re_chunk", TEXTUAL_CHUNK)


def test_the_check_fails_on_rich_breaking(rich_breaking: None) -> None:
    lone = ["» depuis 8 jours, lancez «\u00a0cmsim validate", "». Entrée\u00a0: jouer ; vraiment ? oui !"]
    assert orphans(wrapped(SAMPLE, 41)) == lone
    assert any(orphans(wrapped(text, w)) for text in french_texts() for w in (80, 120))


def test_french_texts_never_leave_a_sign_alone_at_any_width() -> None:
    keep_together()
    corpus = french_texts()
    longest = {text: max((len(m.group().strip()) for m in WORD.finditer(text)), default=0) for text in corpus}
    # A run held together that is wider than the line can only be cut anywhere (Rich folds it).
    bad = [(w, text) for text in corpus for w in widths(text) if w >= longest[text] and orphans(wrapped(text, w))]
    assert not bad, bad[:5]
    ends = ["d'acheminement » depuis 8 jours, lancez", "«\u00a0cmsim validate\u00a0». Entrée\u00a0: jouer ;"]
    assert wrapped(SAMPLE, 41)[2:] == [*ends, "vraiment ? oui !"]


def test_the_reply_being_typed_keeps_its_quotes_together() -> None:
    keep_together()
    for width in range(24, 121):
        cuts = [0, *textual._wrap.compute_wrap_offsets(SAMPLE, width, 4), len(SAMPLE)]
        lines = [SAMPLE[a:b] for a, b in itertools.pairwise(cuts)]
        assert "".join(lines) == SAMPLE and not orphans(lines), (width, lines)


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_a_french_screen_shows_no_lone_guillemet(size: tuple[int, int]) -> None:
    app = CmsimApp(library=[FIXTURES / "late-parcel-fr.yaml"], lang="fr", typing_delay=0, clock=frozen_clock,
                   name="Alex")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")  # the thread, the charter, the composer
        await settle(app, pilot)
        await pilot.press("ctrl+s")  # empty: nothing is sent, a French warning shows
        await settle(app, pilot)
        shown = []
        for widget in app.screen.query(Static).results():
            if widget.display and widget.size.width:
                shown += [strip.text for strip in widget.render_lines(widget.size.region)]
        assert any("«" in line for line in shown)  # the posts with quotes are on screen
        assert not orphans(shown), orphans(shown)


UNIT_SAMPLE = ("Fin du concours dimanche 20 h, tirage lundi à 11 h ; 1 300 mentions en une heure, 300 km de route, "
               "un bon de 40 € et 5 % de remise, mais 20 hommes et 3 sacs")


def split_numbers(lines: list[str]) -> list[tuple[str, str]]:
    """Pairs of lines where a number ends one and its unit (or its next group of digits) starts the next."""
    unit = re.compile(r"(?:h|min|s|km|m|kg|€|%|\d{3})(?!\w)")
    return [(a, b) for a, b in itertools.pairwise(lines) if re.search(r"\d\s*$", a) and unit.match(b.lstrip())]


def test_the_check_finds_a_number_cut_from_its_unit_on_rich_breaking(rich_breaking: None) -> None:
    assert any(split_numbers(wrapped(UNIT_SAMPLE, w)) for w in range(12, 60))
    assert any(split_numbers(wrapped(text, w)) for text in french_texts() for w in range(24, 121))


def test_a_number_keeps_its_unit_on_its_line_at_any_width() -> None:
    keep_together()
    bad = [(w, pair) for w in range(12, 121) for pair in split_numbers(wrapped(UNIT_SAMPLE, w))]
    assert not bad, bad[:5]
    corpus = [t for t in french_texts() if re.search(r"\d \S", t)]
    assert any("20 h" in t for t in corpus)
    bad = [(w, text) for text in corpus for w in widths(text) if split_numbers(wrapped(text, w))]
    assert not bad, bad[:3]
    words = [m.group().strip() for m in WORD.finditer("20 h, 20 hommes, 1 300 et 2024 ans")]
    assert words == ["20 h,", "20", "hommes,", "1 300", "et", "2024", "ans"]  # a word that starts like a unit
