"""The charter's labels and values are written once (cmsim/charter_strings.py) and both shells show
them from there, in the same order, in French and English."""

from __future__ import annotations

from pathlib import Path

import pytest

import cmsim
from cmsim.charter_strings import CHARTER_STRINGS, charter_rows
from cmsim.console.strings import STRINGS as CONSOLE
from cmsim.model.scenario import Charter
from cmsim.tui.strings import STRINGS as TUI

PACKAGE = Path(cmsim.__file__).parent


def test_both_shells_look_the_labels_up_in_the_one_table() -> None:
    assert set(CHARTER_STRINGS["fr"]) == set(CHARTER_STRINGS["en"])
    for lang, table in CHARTER_STRINGS.items():
        for key, words in table.items():
            assert CONSOLE[lang][key] == TUI[lang][key] == words


@pytest.mark.parametrize("words", ["Never say", "À ne jamais dire", "Address", "Prénoms", "two at most", "vouvoiement"])
def test_no_other_module_writes_them_again(words: str) -> None:
    holders = [p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py") if f'"{words}"' in p.read_text("utf-8")]
    assert holders == ["charter_strings.py"]


def test_the_rows_follow_the_charter_in_its_language() -> None:
    charter = Charter(pronoun="vous", names="first_name", emoji="none", signature="^Léa", avoid=["désolé"])
    assert charter_rows(charter, "fr", lambda w: f"«\u00a0{w}\u00a0»") == [
        ("Adresse", "vouvoiement"),
        ("Ton", "neutre"),
        ("Prénoms", "prénom"),
        ("Emoji", "aucun"),
        ("Signature", "^Léa"),
        ("À ne jamais dire", "«\u00a0désolé\u00a0»"),
    ]
    plain = charter_rows(Charter(), "en", str)
    assert plain == [("Tone", "neutral"), ("Emoji", "two at most")]  # 'any' rules say nothing
