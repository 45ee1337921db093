"""Reports in four formats, the campaign ranking, deleting a person, exporting everything."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from store_kit import WordScorer

from cmsim.authoring.load import Loaded
from cmsim.console.loop import LineSession
from cmsim.console.reader import LineReader
from cmsim.model.qualities import Quality
from cmsim.report.compare import compare, compare_csv
from cmsim.report.data import build_report
from cmsim.report.html import render_html
from cmsim.report.markdown import render_markdown
from cmsim.report.quotes import excerpt
from cmsim.report.tables import render_csv, render_json
from cmsim.session.playthrough import Playthrough
from cmsim.session.profile import campaign_profiles, profile_of
from cmsim.store.db import Store
from cmsim.store.schema import SCHEMA_VERSION

STRONG = "calm and listening <b>bold</b>\n\na\nteam public\n\nteam note\n\ncommunication\n\nclose\n"
WEAK = "zebra-secret-17 nothing useful\n\nb\nmeh\n\nmeh\n\nmeh\n\nkeep\n"


def assess(store: Store, loaded: Loaded, name: str, typed: str) -> int:
    campaign = store.campaigns()[0] if store.campaigns() else store.create_campaign("cm", "en", [str(loaded.path)])
    play = Playthrough.start(store, store.person(name, "candidate"), loaded, WordScorer(), "assess", campaign)
    LineSession(play, LineReader(io.StringIO(typed)), io.StringIO()).run()
    return play.session_id


@pytest.fixture
def filled(store: Store, linear: Loaded) -> Store:
    assess(store, linear, "Ann", WEAK)
    assess(store, linear, "Bob", STRONG)
    practice = Playthrough.start(store, store.person("Ann"), linear, WordScorer())
    LineSession(practice, LineReader(io.StringIO("x\n\na\nzebra-secret-17 half typed\n")), io.StringIO()).run()
    return store


def test_report_content_and_formats(filled: Store) -> None:
    bob = filled.find_person("Bob")
    assert bob is not None
    report = build_report(filled, bob, filled.sessions(bob))
    assert report.mode == "assess" and report.overall is not None
    calm = report.quality("calm")
    assert calm.score == 70.0 and calm.band == "good"
    assert "calm" in report.strengths
    assert [m for q in report.qualities for quote in q.quotes for _t, m in quote.segments if m]

    data = json.loads(render_json(report))
    assert data["name"] == "Bob" and data["qualities"][2]["quality"] == "calm"
    assert data["sessions"][0]["steps"][0]["scorer"].startswith("words-v1 @ ")
    assert any("paste" in s or "line" in s for s in data["sessions"][0]["signals"])

    rows = list(csv.DictReader(io.StringIO(render_csv(report))))
    assert [r["quality"] for r in rows] == [str(q) for q in Quality]
    assert rows[2]["score"] == "70.0" and rows[2]["band"] == "good"

    html = render_html(report)
    assert html.startswith("<!DOCTYPE html>") and "<svg" in html and "<style>" in html
    assert "not the only hiring criterion" in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html and "<b>bold</b>" not in html  # candidate text is escaped
    assert not re.search(r"(https?:)?//[\w.-]+\.\w", html), "the report must not point outside itself"
    assert not re.search(r"<(script|link|img|iframe)\b|@import|url\(", html)
    assert "words-v1" in html and report.sessions[0].digest in html

    md = render_markdown(report)
    assert md.startswith("# Community manager assessment — Bob") and "not the only hiring criterion" in md


def test_gaps_get_quotes_of_what_was_missing_and_interview_questions(filled: Store) -> None:
    ann = filled.find_person("Ann")
    assert ann is not None
    report = build_report(filled, ann, filled.sessions(ann, mode="assess"), lang="fr")
    assert "calm" in report.gaps and "listening" in report.gaps
    calm = report.quality("calm")
    assert calm.label == "Sang-froid" and calm.missing == ["calm: missing"]
    assert calm.questions and all(q.endswith("?") for q in calm.questions)
    assert "Des faits à discuter" in render_html(report)
    md = render_markdown(report)  # French typography: a no-break space before the colon, « » quotes
    assert "**Global\u00a0: " in md and "**Global: " not in md and "“" not in md
    assert "Sessions\u00a0: " in render_html(report)


def test_excerpt_highlights_spans_with_word_boundaries() -> None:
    text = "First words here. Dan, I am really sorry about the parcel and the party on Saturday, truly."
    sorry, dan = text.index("really sorry"), text.index("Dan")
    segments = excerpt(text, [(sorry, sorry + 12), (dan, dan + 3)], width=12)
    assert [s for s, marked in segments if marked] == ["Dan", "really sorry"]
    joined = "".join(s for s, _m in segments)
    assert joined.startswith("…here. Dan") and joined.endswith("about the…")


def test_compare_ranks_candidates_per_quality(filled: Store) -> None:
    standings = compare(filled, filled.campaign("cm"))
    assert [s.name for s in standings] == ["Bob", "Ann"]
    assert standings[0].ranks[Quality.calm] == 1 and standings[1].ranks[Quality.calm] == 2
    assert standings[0].scores[Quality.creativity] is None and standings[0].ranks[Quality.creativity] is None
    rows = list(csv.DictReader(io.StringIO(compare_csv(standings))))
    assert rows[0]["candidate"] == "Bob" and rows[0]["overall_rank"] == "1" and rows[1]["calm_rank"] == "2"


def test_campaign_profiles_read_at_once_equal_each_candidates_own_profile(filled: Store, linear: Loaded) -> None:
    # A third candidate with an unfinished session, and Ann's practice session outside the campaign:
    # the campaign-wide read must give every candidate exactly the profile read one person at a time.
    campaign = filled.campaign("cm")
    Playthrough.start(filled, filled.person("Cy", "candidate"), linear, WordScorer(), "assess", campaign)
    at_once = campaign_profiles(filled, campaign)
    assert sorted(person.name for person, _infos, _profile in at_once) == ["Ann", "Bob", "Cy"]
    for person, infos, profile in at_once:
        assert [i.id for i in infos] == [i.id for i in filled.sessions(person, campaign)]
        assert profile == profile_of(filled, person, campaign=campaign)
    every = filled.campaign_turns(campaign)
    for info in filled.sessions(campaign=campaign):
        assert every.get(info.id, []) == filled.turns(info.id)


def test_deleting_a_person_leaves_no_row_of_theirs(filled: Store, tmp_path: Path) -> None:
    ann = filled.find_person("Ann")
    assert ann is not None
    ann_sessions = {s.id for s in filled.sessions(ann)}
    ann_turns = {t.id for sid in ann_sessions for t in filled.turns(sid)}
    counts = filled.delete_person("Ann")
    assert counts["people"] == 1 and counts["sessions"] == 2 and counts["turns"] == 7 and counts["drafts"] == 1
    tables = filled.tables()
    assert {"people", "sessions", "turns", "scores", "drafts", "signals", "campaigns"} <= set(tables)
    seen_rows = 0
    for table in tables:
        for row in filled.table_rows(table):
            seen_rows += 1
            values = dict(zip(row.keys(), [row[k] for k in row.keys()], strict=True))  # noqa: SIM118
            assert not any("zebra-secret-17" in str(v) or str(v) == "Ann" for v in values.values()), (table, values)
            assert values.get("person_id") != ann.id
            assert values.get("session_id") not in ann_sessions
            assert table != "sessions" or values["id"] not in ann_sessions
            assert values.get("turn_id") not in ann_turns
    assert seen_rows > 10  # Bob's data is still there
    assert filled.find_person("Bob") is not None and len(filled.sessions()) == 1
    if filled.path is not None:  # SQLite: not even the bytes of the files hold it (PostgreSQL: docs/store.md)
        for file in filled.path.parent.glob(filled.path.name + "*"):
            assert b"zebra-secret-17" not in file.read_bytes(), f"{file.name} still holds deleted text"


def test_export_holds_every_table_and_row(filled: Store, tmp_path: Path) -> None:
    data = filled.export()
    assert data["schema_version"] == SCHEMA_VERSION == 5
    tables = data["tables"]
    assert len(tables["people"]) == 2 and len(tables["sessions"]) == 3
    assert len(tables["turns"]) == 12 and len(tables["scores"]) == 12
    assert tables["turns"][0]["answer"]["fields"]["reply"].startswith("zebra-secret-17")
    assert tables["drafts"][0]["fields"] == {"public": "zebra-secret-17 half typed"}
    assert tables["campaigns"][0]["scenarios"] == [str(Path(tables["sessions"][0]["scenario_path"]))]


def test_report_people_export_and_compare_commands(filled: Store, tmp_path: Path) -> None:
    db = filled.target

    def cmsim(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "cmsim", *args, "--db", db], capture_output=True, text=True)

    out = tmp_path / "bob.html"
    assert cmsim("report", "Bob", "-o", str(out)).returncode == 0
    assert out.read_text().startswith("<!DOCTYPE html>")
    as_json = cmsim("report", "--session", "1", "--format", "json")
    assert json.loads(as_json.stdout)["name"] == "Ann"
    assert "Bob" in cmsim("compare", "cm").stdout
    french = cmsim("compare", "cm", "--lang", "fr").stdout
    assert "Candidat" in french and "Global" in french and "Candidate" not in french and "Overall" not in french
    assert "Candidate" in cmsim("compare", "cm", "--lang", "en").stdout
    assert cmsim("compare", "cm", "--csv").stdout.startswith("candidate,finished")
    exported = tmp_path / "all.json"
    assert cmsim("export", "-o", str(exported)).returncode == 0
    assert len(json.loads(exported.read_text())["tables"]["people"]) == 2
    refused = cmsim("people", "delete", "Ann")  # no --yes and no terminal: nothing happens
    assert refused.returncode == 1 and "--yes" in refused.stderr
    deleted = cmsim("people", "delete", "Ann", "--yes")  # the export above still holds Ann: said, status 3
    assert deleted.returncode == 3 and f"not removed: {exported}" in deleted.stderr
    assert "Ann" not in cmsim("people", "list").stdout
    missing = cmsim("report", "Ann")
    assert missing.returncode == 1 and "nobody called 'Ann'" in missing.stderr
