"""A crisis in a report: its triage turn has nothing written, so the Red flags and the transcript say what
was done (each triage criterion with its score and what it missed), never an empty quote (`said: ""`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from crisis_kit import record_run

from cmsim.authoring.crisis import load_crisis
from cmsim.cli import main

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"


def _recorded(db: Path, path: Path, run_name: str) -> int:
    return record_run(db, path, run_name)


def _report(db: Path, fmt: str, lang: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["report", "Ann", "--db", str(db), "--format", fmt, "--lang", lang]) == 0
    return capsys.readouterr().out


def test_triage_red_flag_says_what_was_done_not_an_empty_quote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cmsim.db"
    _recorded(db, SCENARIOS / "en" / "crisis-recall.yaml", "ignores the critical items")
    md = _report(db, "md", "en", capsys)
    flags = md.split("## Red flags", 1)[1].split("## Strengths", 1)[0]
    assert "Crisis triage" in flags
    assert '“”' not in flags and 'said: ""' not in flags
    triage = flags.split("Crisis triage", 1)[1]
    assert "said" not in triage
    assert "not handled: " in triage and "reporter" in triage  # the critical items left alone, by id
    assert "nobody answered on " in triage and "Instagram" in triage  # networks by name, not "instagram"
    transcript = md.split("## Transcript", 1)[1]
    assert "Crisis triage:\n\n    \n" not in transcript  # no empty answer block
    assert "\n**\n" not in transcript  # no empty prompt in italics for the written actions
    assert "- No legitimate voice hidden, no troll fed, no text pasted everywhere: 100" in transcript
    html = _report(db, "html", "en", capsys)
    red = html.split('id="red-flags"', 1)[1].split("<section>", 1)[0]
    assert '<blockquote class="neg"></blockquote>' not in red
    assert "not handled: " in red


def test_triage_red_flag_in_french_names_wrong_actions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "cmsim.db"
    path = SCENARIOS / "fr" / "crisis-rappel.yaml"
    names = [r.name for r in load_crisis(path).scenario.runs]
    for name in names:
        _recorded(db, path, name)
    md = _report(db, "md", "fr", capsys)
    flags = md.split("## Signaux d'alerte", 1)[1].split("## Points forts", 1)[0]
    assert "«\u00a0\u00a0»" not in flags and "« »" not in flags
    assert "non traités\u00a0: " in flags
    assert "hid:" not in md and "fed:" not in md and "pasted:" not in md  # wrong actions told in words


def test_a_crisis_transcript_names_each_written_action_and_french_labels_take_their_colon(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cmsim.db"
    _recorded(db, SCENARIOS / "fr" / "crisis-rappel.yaml", "experte")
    transcript = _report(db, "md", "fr", capsys).split("## Transcription", 1)[1]
    assert "Réponse\u00a0:\n" in transcript and "Note à l'équipe\u00a0:\n" in transcript
    assert "Publication sur Facebook\u00a0:\n" in transcript
    assert "\nreply:" not in transcript and "\nnote:" not in transcript and "post-facebook" not in transcript
    english = _report(db, "md", "en", capsys).split("## Transcript", 1)[1]
    assert "Reply:\n" in english and "Note to the team:\n" in english and "Post on X (Twitter):\n" in english


def test_a_crisis_s_written_actions_and_its_signals_are_named_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cmsim.db"
    _recorded(db, SCENARIOS / "fr" / "crisis-rappel.yaml", "experte")
    md = _report(db, "md", "fr", capsys)
    path = next(line for line in md.splitlines() if line.startswith("Parcours"))
    assert "Réponse à papa (action 1) → Remontée de journaliste (action 2)" in path and "reply-" not in path
    assert "escalate-" not in md and "statement-all" not in md
    english = _report(db, "md", "en", capsys)
    assert "**1. Reply to papa (action 1)**" in english and "Public statement (action " in english
