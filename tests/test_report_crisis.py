"""A crisis in a report: its triage turn has nothing written, so the Red flags and the transcript say what
was done (each triage criterion with its score and what it missed), never an empty quote (`said: ""`)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from crisis_kit import MINI_CRISIS, record_run, write

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
    assert "said: " not in triage  # nothing written: no quote of what was said
    assert "not handled: " in triage  # the critical items left alone, by who wrote them and their first words
    assert "Dan Okafor on X (Twitter): “Dan Okafor, Daily Ledger consumer…”" in triage, triage
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
    assert ("Réponse à Julien Morel sur Facebook (action 1) → Remontée de Sophie Lemaire sur X (Twitter) (action 2)"
            in path)
    assert "reply-" not in path and "papa" not in path and "journaliste" not in path  # who wrote, not the item's id
    assert "escalate-" not in md and "statement-all" not in md
    english = _report(db, "md", "en", capsys)
    assert "**1. Reply to Julien Morel on Facebook (action 1)**" in english and "Public statement (action " in english


TAGGED_IDS = ("ann", "troll", "press", "headline", "angry-ann", "tv")


def _tagged_crisis(tmp_path: Path) -> Path:
    """The mini crisis with every item id made a token no text holds ('zzid-press'): any id a report shows is seen."""
    text = MINI_CRISIS
    for item_id in TAGGED_IDS:
        text = re.sub(rf"\b(id|item): {item_id}\b", rf"\1: zzid-{item_id}", text)
    text += """runs:
  - name: careless
    actions:
      - {at: 12, item: zzid-ann, hide: true}
      - {at: 14, item: zzid-troll, reply: "Not true Bob. ^Al"}
      - {at: 16, item: zzid-troll, reply: "Still not true Bob. ^Al"}
      - {at: 18, item: zzid-troll, reply: "Please stop Bob. ^Al"}
"""
    return write(tmp_path, text)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_crisis_report_names_items_and_teams_in_words_never_by_id(
    lang: str, fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cmsim.db"
    _recorded(db, _tagged_crisis(tmp_path), "careless")
    out = _report(db, fmt, lang, capsys)
    assert "zzid" not in out, [line for line in out.splitlines() if "zzid" in line]
    said = {"en": "Ann Lee on X (Twitter): “My Acme kettle leaked boiling water on…”",
            "fr": "Ann Lee sur X (Twitter)\u00a0: «\u00a0My Acme kettle leaked boiling water on…\u00a0»"}
    teams = {"en": "Teams on call: Quality, PR, Security.",
             "fr": "Équipes joignables\u00a0: Qualité, Relations presse, Sécurité."}
    if fmt == "html":
        said = {k: html.escape(v, quote=False) for k, v in said.items()}
    assert said[lang] in out and teams[lang] in out
    fed = {"en": "answered a troll three times (Bob on Facebook: “Acme kettles explode, everyone knows…”)",
           "fr": "a répondu trois fois à un troll (Bob sur Facebook\u00a0: "
                 "«\u00a0Acme kettles explode, everyone knows…\u00a0»)"}
    if fmt == "md":
        assert fed[lang] in out
        reply = {"en": "Reply to Bob on Facebook (action 2)", "fr": "Réponse à Bob sur Facebook (action 2)"}
        assert reply[lang] in out


def test_red_flags_and_gaps_quote_who_wrote_the_missed_items_and_wrong_actions_in_the_report_s_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cmsim.db"
    _recorded(db, SCENARIOS / "fr" / "crisis-rappel.yaml", "paniquée")
    fr = _report(db, "md", "fr", capsys)
    flags = fr.split("## Signaux d'alerte", 1)[1].split("## Points forts", 1)[0]
    assert "a masqué Nadia Haddad sur Facebook\u00a0: «\u00a0Vous saviez depuis hier soir et vous…\u00a0»" in flags
    assert "\u00a0; a répondu trois fois à un troll (@vrai\\_info\\_77 sur TikTok" in flags  # « ; » in French
    assert "Réponse à @vrai\\_info\\_77 sur TikTok (action 1)" in flags
    en = _report(db, "md", "en", capsys)
    flags = en.split("## Red flags", 1)[1].split("## Strengths", 1)[0]
    assert "hid Nadia Haddad on Facebook: “Vous saviez depuis hier soir et vous…”; answered a troll" in flags
    assert "Reply to @vrai\\_info\\_77 on TikTok (action 1)" in flags
    gaps = en.split("## Gaps to probe", 1)[1].split("## Integrity", 1)[0]
    assert " on " in gaps


@pytest.mark.parametrize(("lang", "name", "run", "choices", "why"), [
    ("en", "crisis-recall", "expert", "Scored on choices", "No excerpt: no single passage of the written answers"),
    ("fr", "crisis-rappel", "experte", "Évaluée sur des choix", "Pas d&#x27;extrait\u00a0: aucun passage des réponses"),
])
def test_a_quality_scored_on_written_actions_is_never_said_to_be_scored_on_choices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, name: str, run: str, choices: str, why: str
) -> None:
    """The expert run writes every action: no strength is said to be scored on choices. Since round 14 multi-platform
    reads what the replies say (``platform-substance``), so its strength quotes them instead of saying why it has no
    excerpt (``why``); that wording is pinned in tests/store/test_report_flags.py."""
    db = tmp_path / "cmsim.db"
    _recorded(db, SCENARIOS / lang / f"{name}.yaml", run)
    page = _report(db, "html", lang, capsys)
    assert choices not in page
    assert why not in page


def test_a_quality_scored_on_the_triage_alone_is_still_said_to_be_scored_on_choices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cmsim.db"
    _recorded(db, SCENARIOS / "en" / "crisis-recall.yaml", "ignores the critical items")
    assert "Scored on choices: nothing to quote." in _report(db, "html", "en", capsys)
