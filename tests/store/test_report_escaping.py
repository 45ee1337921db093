"""Reports hold people's text: it is shown, never run (issue 10). Markdown escapes names and quotes,
CSV cells cannot become formulas, bidi controls in names are made visible, and a person called "1"
is a person, not session 1."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys

from store_kit import WordScorer

from cmsim.authoring.load import Loaded
from cmsim.console.loop import LineSession
from cmsim.console.reader import LineReader
from cmsim.report.compare import compare, compare_csv
from cmsim.report.data import build_report
from cmsim.report.markdown import render_markdown
from cmsim.report.tables import render_csv
from cmsim.safetext import csv_cell, markdown, visible
from cmsim.session.playthrough import Playthrough
from cmsim.store.db import Store

IMG = "<img src=x onerror=alert(1)>"
FORMULA = '=HYPERLINK("http://evil.example","click")'
BIDI = "Anne\u202egpj.exe"
ANSWER = (
    f"calm [link](http://evil.example) {IMG} listening\n\na\n**team** public\n\nteam note\n\ncommunication\n\nclose\n"
)


def assess(store: Store, loaded: Loaded, name: str, typed: str) -> None:
    campaign = store.campaigns()[0] if store.campaigns() else store.create_campaign("cm", "en", [str(loaded.path)])
    play = Playthrough.start(store, store.person(name, "candidate"), loaded, WordScorer(), "assess", campaign)
    LineSession(play, LineReader(io.StringIO(typed)), io.StringIO()).run()


def test_markdown_escapes_names_and_quoted_answers(store: Store, linear: Loaded) -> None:
    assess(store, linear, IMG, ANSWER)
    person = store.find_person(IMG)
    assert person is not None
    md = render_markdown(build_report(store, person, store.sessions(person)))
    # raw only inside the transcript's indented code block, which shows text as typed
    live = re.compile(r"<img|(?<!\\)\]\(http")  # a tag, or a link whose ']' is not escaped
    assert all(line.startswith("    ") for line in md.splitlines() if live.search(line))
    assert "\\[link\\](http" in md  # the quote keeps the text, as text
    assert md.startswith("# ") and "<img" not in md.splitlines()[0]
    assert "&lt;img src=x onerror=alert(1)&gt;" in md  # shown as text, not as an image
    assert markdown("**bold** _x_ `c` # h | 1. l (ok)") == "\\*\\*bold\\*\\* \\_x\\_ \\`c\\` # h \\| 1. l (ok)"
    assert markdown("# title\n- item\n2. item\n![i](x)") == "\\# title\n\\- item\n2\\. item\n!\\[i\\](x)"


def test_csv_cells_cannot_be_formulas(store: Store, linear: Loaded) -> None:
    for name in (FORMULA, "+1+2", "-2+3", "@SUM(A1)", "Bob"):
        assess(store, linear, name, ANSWER)
    rows = list(csv.reader(io.StringIO(compare_csv(compare(store, store.campaigns()[0])))))
    names = sorted(row[0] for row in rows[1:])
    assert names == sorted(["'" + FORMULA, "'+1+2", "'-2+3", "'@SUM(A1)", "Bob"])
    person = store.find_person(FORMULA)
    assert person is not None
    report_rows = list(csv.reader(io.StringIO(render_csv(build_report(store, person, store.sessions(person))))))
    assert all(row[0] == "'" + FORMULA for row in report_rows[1:])
    assert csv_cell("\tx") == "'\tx" and csv_cell("\r=1") == "[U+000D]=1"
    assert csv_cell(-3) == -3 and csv_cell("3") == "3"  # numbers stay numbers


def test_bidi_controls_in_names_are_made_visible_in_every_report(store: Store, linear: Loaded) -> None:
    assess(store, linear, BIDI, ANSWER)
    person = store.find_person(BIDI)
    assert person is not None
    report = build_report(store, person, store.sessions(person))
    assert report.name == visible(BIDI) == "Anne[U+202E]gpj.exe"
    assert "\u202e" not in render_markdown(report) + render_csv(report)
    assert [s.name for s in compare(store, store.campaigns()[0])] == ["Anne[U+202E]gpj.exe"]


def test_a_person_called_1_is_not_session_1(store: Store, linear: Loaded) -> None:
    assess(store, linear, "Ann", ANSWER)  # session 1
    assess(store, linear, "1", "zebra-secret nothing\n\nb\nmeh\n\nmeh\n\nmeh\n\nkeep\n")  # session 2
    db = store.target

    def cmsim(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "cmsim", *args, "--db", db], capture_output=True, text=True)

    by_name = cmsim("report", "1", "--format", "md")
    assert by_name.returncode == 0 and "— 1" in by_name.stdout.splitlines()[0]
    for explicit in (("--session", "1"), ("#1",)):
        by_id = cmsim("report", *explicit, "--format", "md")
        assert by_id.returncode == 0 and "— Ann" in by_id.stdout.splitlines()[0]
