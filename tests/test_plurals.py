"""Counts are said right in both languages: one plural rule in the strings layer (French: 0 and 1 are
singular), every table keeps both forms of a count, none writes "(s)", and the places that said
"1 items" or "1 people" now say "1 item", "1 person" (and the French lab report names its qualities)."""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

import pytest

from cmsim.console.strings import STRINGS as CONSOLE
from cmsim.console.strings import text as console_text
from cmsim.report.cohort import WORDS as COHORT
from cmsim.report.cohort import group_line
from cmsim.report.grades import WORDS as GRADES
from cmsim.report.grades import head_line, quality_name
from cmsim.report.strings import STRINGS as REPORT
from cmsim.report.strings import data_text, signal_text
from cmsim.session.selection import Selection
from cmsim.session.signals import Paste
from cmsim.strings import Strings, plural_form
from cmsim.tui.strings import STRINGS as TUI
from cmsim.tui.strings import tr

TABLES: dict[str, Any] = {"tui": TUI, "console": CONSOLE, "report": REPORT, "cohort": COHORT, "grades": GRADES}


def test_the_plural_rule_of_each_language() -> None:
    assert [plural_form("en", n) for n in (0, 1, 2, 21)] == ["other", "one", "other", "other"]
    assert [plural_form("fr", n) for n in (0, 1, 2, 21)] == ["one", "one", "other", "other"]
    say = Strings({"en": {"x.one": "{count} cat", "x.other": "{count} cats"},
                   "fr": {"x.one": "{count} chat", "x.other": "{count} chats"}})
    assert [say.count("en", "x", n) for n in (0, 1, 2)] == ["0 cats", "1 cat", "2 cats"]
    assert [say.count("fr", "x", n) for n in (0, 1, 2)] == ["0 chat", "1 chat", "2 chats"]
    assert say.count("de", "x", 1) == "1 cat"  # an unknown language falls back on English, as every string does


@pytest.mark.parametrize("name", list(TABLES))
def test_every_table_keeps_both_forms_and_never_writes_s_in_brackets(name: str) -> None:
    table = TABLES[name]
    for lang in ("en", "fr"):
        keys = set(table[lang])
        for key in keys:
            stem, _, form = key.rpartition(".")
            if form in ("one", "other"):
                assert {f"{stem}.one", f"{stem}.other"} <= keys, (name, lang, key)
        hedged = [k for k, v in table[lang].items() if re.search(r"\w\((s|e\)\(s|es)\)", v)]
        assert not hedged, (name, lang, hedged)


@pytest.mark.parametrize(("lang", "one", "two"), [("en", "1 item", "2 items"), ("fr", "1 message", "2 messages")])
def test_the_crisis_room_counts_its_items(lang: str, one: str, two: str) -> None:
    assert (tr.count(lang, "crisis.items", 1), tr.count(lang, "crisis.items", 2)) == (one, two)


def test_cohorts_count_people_sessions_and_answers() -> None:
    one = SimpleNamespace(people=1, sessions=1, answers=1)
    assert group_line(one, "en") == "1 person, 1 session, 1 answer"  # type: ignore[arg-type]
    assert group_line(one, "fr") == "1 personne, 1 session, 1 réponse"  # type: ignore[arg-type]
    many = SimpleNamespace(people=2, sessions=4, answers=4)
    assert group_line(many, "fr") == "2 personnes, 4 sessions, 4 réponses"  # type: ignore[arg-type]
    assert Selection(people=("ana",)).describe("en") == "1 person"
    assert Selection(people=("ana", "ben")).describe("fr") == "2 personnes"


def test_reports_console_and_app_say_one_thing_in_the_singular() -> None:
    assert data_text("en", 1, 1) == "1 answer, 1 quote" and data_text("fr", 3, 0) == "3 réponses, 0 citation"
    assert signal_text("en", Paste(lines=1, chars=40)).startswith("1 line, 40 characters")
    assert signal_text("fr", Paste(lines=2, chars=80)).startswith("2 lignes, 80 caractères")
    assert console_text.count("en", "resumed", 1, n=2) == "Resumed at step 2: 1 answer already saved."
    assert console_text.count("fr", "resumed", 2, n=3) == "Reprise à l'étape 3 : 2 réponses déjà enregistrées."
    assert tr.count("fr", "home.broken", 1).startswith("1 fichier ne se charge pas\u00a0:")
    answers = tr.count("fr", "profile.answers", 1)
    assert tr.count("fr", "profile.sessions", 1, answers=answers) == "1 session, 1 réponse évaluée"
    report = SimpleNamespace(items=1, graded=1, raters=["ana"])
    assert head_line(report, "en") == "1 reply, 1 graded, raters: ana"  # type: ignore[arg-type]
    assert head_line(report, "fr") == "1 réponse, 1 notée, correcteurs : ana"  # type: ignore[arg-type]


def test_the_french_lab_names_its_qualities() -> None:
    assert [quality_name(q, "fr") for q in ("calm", "listening", "all")] == ["Sang-froid", "Écoute", "toutes qualités"]
    assert quality_name("teamwork", "en") == "Teamwork"


def test_the_commands_say_their_counts_without_s_in_brackets() -> None:
    from pathlib import Path

    from cmsim.commands.counts import count

    assert [count("session", n) for n in (0, 1, 2)] == ["0 sessions", "1 session", "2 sessions"]
    assert count("known disagreement", 1) == "1 known disagreement" and count("unfinished session", 3).endswith("ns")
    commands = Path(__file__).resolve().parents[1] / "cmsim" / "commands"
    hedged = [(p.name, m.group()) for p in sorted(commands.glob("*.py"))
              for m in re.finditer(r"\w+\(s\)", p.read_text(encoding="utf-8"))]
    assert not hedged, hedged
