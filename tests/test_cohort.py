"""The cohort view: distributions, weakest criteria with quotes, progress, hard scenarios — as text,
as a self-contained HTML page, and as a screen of the terminal app (80×24 and 120×36, fr and en)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from cmsim.authoring.load import load_scenario
from cmsim.cli import main
from cmsim.model.result import Answer
from cmsim.paths import scenarios_dir
from cmsim.scoring.offline import OfflineScorer
from cmsim.session.cohort import build_cohort
from cmsim.session.playthrough import Playthrough
from cmsim.session.selection import Selection, parse_since, select
from cmsim.store.db import Store

GOOD = ("Dan, I'm so sorry: your daughter's present is late and the party is on Saturday. DM us your order "
        "number and I'll chase the carrier now. ^Sam")
POOR = "We apologise for any inconvenience. Please contact customer service."


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Two people: ana answers poorly then well, ben poorly twice (first steps of late-parcel)."""
    shutil.copy(scenarios_dir() / "en" / "late-parcel.yaml", tmp_path / "late-parcel.yaml")
    loaded = load_scenario(tmp_path / "late-parcel.yaml")
    path = tmp_path / "cmsim.db"
    with Store.open(path) as store:
        for name, replies in (("ana", [POOR, GOOD]), ("ben", [POOR, POOR])):
            for reply in replies:
                play = Playthrough.start(store, store.person(name), loaded, OfflineScorer())
                play.submit(Answer(fields={"reply": reply}))
    return path


def test_the_cohort_figures(db: Path) -> None:
    scorer = OfflineScorer()
    scenario = load_scenario(db.parent / "late-parcel.yaml").scenario
    good = scorer.score(scenario, scenario.step("first-reply"), Answer(fields={"reply": GOOD}))
    poor = scorer.score(scenario, scenario.step("first-reply"), Answer(fields={"reply": POOR}))
    with Store.open(db) as store:
        cohort = build_cohort(select(store, Selection()), "all")
    assert (cohort.people, cohort.sessions, cohort.answers) == (2, 4, 4)
    listening = next(d for d in cohort.distributions if d.quality.value == "listening")
    q = listening.quality
    assert sorted(listening.scores) == sorted([poor.scores[q]] * 3 + [good.scores[q]])
    assert sum(listening.histogram()) == 4
    # progress: 1st sessions are both poor; 2nd sessions are ana's good and ben's poor
    first, second = cohort.progress
    assert (first.index, first.people, first.mean) == (1, 2, poor.average)
    assert second.mean == pytest.approx((good.average + poor.average) / 2)
    # the weakest criteria come with quotes of the replies that show them
    weakest = cohort.weakest[0]
    assert weakest.mean < 70 and weakest.quotes
    assert all(quote.rstrip("…") in GOOD or quote.rstrip("…") in POOR for quote in weakest.quotes)
    [line] = cohort.scenarios
    assert (line.scenario_id, line.sessions, line.people) == ("late-parcel-en", 4, 2)


def test_filters_since_and_people(db: Path) -> None:
    with Store.open(db) as store:
        assert len(select(store, Selection(people=("ben",)))) == 2
        assert select(store, Selection(since=parse_since("2999-01-01"))) == []
        assert len(select(store, Selection(tag="delivery"))) in (0, 4)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_since("01/09/2026")


def test_cohort_command_text_and_html(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "cohort.html"
    assert main(["cohort", "--db", str(db), "--person", "ana", "--person", "ben", "--html", str(page)]) == 0
    out = capsys.readouterr().out
    assert "2 people, 4 sessions, 4 answers" in out and "Weakest criteria across the group" in out
    assert "session 1:" in out and "late-parcel-en" in out
    html = page.read_text("utf-8")
    assert html.count("<svg") >= 4  # a histogram per quality and the progress line
    assert "<script" not in html and not re.search(r"(src|href)=", html)  # self-contained, no network
    assert main(["cohort", "--db", str(db), "--lang", "fr", "--since", "2000-01-01"]) == 0
    assert "Critères les plus faibles du groupe" in capsys.readouterr().out
    assert main(["cohort", "--db", str(db), "--since", "tomorrow"]) == 2


@pytest.mark.parametrize(("size", "lang"), [((80, 24), "en"), ((120, 36), "fr")])
async def test_cohort_screen(db: Path, size: tuple[int, int], lang: str) -> None:
    from textual.widgets import DataTable

    from cmsim.report.cohort import w
    from cmsim.tui.screens.cohort import CohortApp, CohortScreen

    with Store.open(db) as store:
        cohort = build_cohort(select(store, Selection()), "all")
    app = CohortApp(cohort, lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, CohortScreen)
        tables = {t.id: t for t in app.screen.query(DataTable)}
        assert tables["cohort-qualities"].row_count == len(cohort.distributions)
        assert tables["cohort-weakest"].row_count == len(cohort.weakest)
        assert tables["cohort-scenarios"].row_count == 1
        assert w(lang, "qualities") in app.export_screenshot().replace("&#160;", " ")
        await pilot.press("escape")
        await pilot.pause()
    assert app.return_code == 0
