"""The line console numbers the options of a choice step and takes the number as well as the id."""

from __future__ import annotations

import io

from conftest import WordScorer

from cmsim.authoring.load import find_scenario
from cmsim.console.loop import LineSession
from cmsim.console.reader import LineReader
from cmsim.session.playthrough import Playthrough
from cmsim.store.db import Store


def test_a_digit_chooses_the_numbered_option(store: Store) -> None:
    loaded = find_scenario("late-parcel-en")
    scenario = loaded.scenario
    play = Playthrough.start(store, store.person("Ann"), loaded, WordScorer(), "practice")
    first = scenario.steps[0]
    assert first.kind == "reply"
    typed = "Dan, sorry, DM us and we will sort it today. ^Sam\n\n9\n2\n/pause\n"
    out = io.StringIO()
    LineSession(play, LineReader(io.StringIO(typed)), out).run()
    turns = store.turns(play.session_id)
    assert len(turns) == 2
    choice_step = scenario.step(turns[1].step_id)
    assert choice_step.kind == "choice"
    assert turns[1].answer.option == choice_step.options[1].id  # "2": the second option
    assert f"  2. {choice_step.options[1].id}) " in out.getvalue()
    assert "Type its number" in out.getvalue()  # "9" is no option: said, and asked again
