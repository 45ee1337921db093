"""What a criterion found missing reaches the reader in words: the scorer's tokens ('who', 'reach', 'holding
line') and team ids ('pr') are said in the reader's language, in the report's gaps and the app's feedback; a
fact's words or a person's name stay as written."""

from __future__ import annotations

from pathlib import Path

import pytest
from crisis_kit import record_run

from cmsim.cli import main
from cmsim.missing_words import MISSING_WORDS, missing_word
from cmsim.model.qualities import Quality
from cmsim.model.result import CriterionResult
from cmsim.tui.screens.feedback import criterion_content
from tests.tui.test_translations import french_problems

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"


def test_every_token_is_said_in_both_languages_with_french_typography() -> None:
    assert set(MISSING_WORDS["en"]) == set(MISSING_WORDS["fr"])
    assert all(french_problems(text) == [] for text in MISSING_WORDS["fr"].values())
    assert missing_word("who", "fr") == "qui est concerné" and missing_word("reach", "en") == "how far it has spread"
    assert missing_word("pr", "fr") == "Relations presse"
    assert missing_word("customer-service", "en") == "Customer service"
    assert missing_word("Camille", "fr") == "Camille" and missing_word("L2291", "en") == "L2291"  # its own words


def test_the_app_s_feedback_says_what_was_missing_in_words() -> None:
    criterion = CriterionResult(id="handover-facts", quality=Quality.teamwork, score=40, weight=1.0,
                                feedback="La note ne dit pas tout.", missing=["who", "urgency", "pr", "L2291"])
    shown = criterion_content(criterion, "fr").plain
    assert "Manquait\u00a0: qui est concerné, l'urgence, Relations presse, L2291" in shown, shown


@pytest.mark.parametrize(("lang", "heading", "words", "ids"), [
    ("fr", "## Points à creuser", ["Relations presse", "qui est concerné"], ["- pr\n", "- who\n"]),
    ("en", "## Gaps to probe", ["PR", "who is affected"], ["- pr\n", "- who\n"]),
])
def test_a_report_s_gaps_say_what_was_missing_in_words(
    lang: str, heading: str, words: list[str], ids: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cmsim.db"
    record_run(db, SCENARIOS / "fr" / "crisis-rappel.yaml", "paniquée")  # its notes miss a team and facts
    assert main(["report", "Ann", "--db", str(db), "--format", "md", "--lang", lang]) == 0
    gaps = capsys.readouterr().out.split(heading, 1)[1].split("\n## ", 1)[0]
    assert all(w in gaps for w in words), gaps
    assert not any(i in gaps for i in ids), gaps
