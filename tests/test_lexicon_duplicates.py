"""A term listed twice in one group of a lexicon (``terms`` is one group) is refused with a located error: the second
listing, at its file:line:col, names where the first is. Twice means as the matcher reads terms (case, accents and
punctuation do not count), so "game-changer" and "Game changer" are one term; different inflections are not (the
stemmer reads "refund" and "refunded" alike, but word-set lexicons read their words as written)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cmsim.authoring.problems import AuthoringError
from cmsim.paths import rubrics_dir
from cmsim.scoring.lexicon import Lexicons
from cmsim.scoring.lexiconfile import read_lexicon, term_words

FIXTURES = Path(__file__).resolve().parent / "lexicon_fixtures"


def test_a_term_listed_twice_in_one_group_is_refused_at_its_line_and_column() -> None:
    with pytest.raises(AuthoringError) as info:
        read_lexicon(FIXTURES / "en" / "empathy.yaml", "en")
    problems = info.value.problems
    assert [(Path(p.file).name, p.line, p.col, p.code) for p in problems] == [
        ("empathy.yaml", 6, 3, "duplicate-term"),  # the second "must have been", on the list's next line
        ("empathy.yaml", 11, 7, "duplicate-term"),  # "Game changer" after "game-changer"
    ]
    assert "'must have been' is listed twice in 'terms': first at line 5, column 23" in problems[0].message
    assert "group 'hype'" in problems[1].message and "as 'game-changer'" in problems[1].message
    assert "reads both as 'game changer'" in problems[1].message
    assert str(problems[0]).startswith(f"{FIXTURES / 'en' / 'empathy.yaml'}:6:3: error:")


def test_the_loader_refuses_it_among_the_other_lexicons(tmp_path: Path) -> None:
    shutil.copytree(rubrics_dir() / "lexicons" / "en", tmp_path / "en")
    shutil.copy(FIXTURES / "en" / "empathy.yaml", tmp_path / "en" / "empathy.yaml")
    with pytest.raises(AuthoringError) as info:
        Lexicons("en", tmp_path)
    assert {(Path(p.file).name, p.line) for p in info.value.problems} == {("empathy.yaml", 6), ("empathy.yaml", 11)}


def test_inflections_and_other_groups_are_not_duplicates(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    text = "description: x\nterms: [refund, refunded, refunds]\ngroups:\n  a: [refund, '%', '$']\n  b: [refund]\n"
    (tmp_path / "en" / "next-step.yaml").write_text(text, "utf-8")
    assert Lexicons("en", tmp_path)["next-step"].words >= {"refund", "refunded", "refunds"}


def test_shipped_lexicons_list_no_term_twice() -> None:
    for lang in ("fr", "en"):
        for file in sorted((rubrics_dir() / "lexicons" / lang).glob("*.yaml")):
            read_lexicon(file, lang)  # raises on a duplicate


def test_words_as_the_matcher_reads_them() -> None:
    assert term_words("Game-changer", "en") == term_words("game changer", "en") == ("game", "changer")
    assert term_words("triché", "fr") == term_words("triche", "fr")
    assert term_words("il y a * ans", "fr") == ("il", "y", "a", "*", "ans")
    assert term_words("refunded", "en") != term_words("refund", "en")
