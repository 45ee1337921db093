"""The line console shows the brand's charter — what every reply is scored against — before the first
step and again on ``/charter``, in the scenario's language."""

from __future__ import annotations

import io

from store_kit import WordScorer

from cmsim.authoring.load import Loaded, find_scenario
from cmsim.console.loop import LineSession
from cmsim.console.reader import LineReader
from cmsim.session.playthrough import Playthrough
from cmsim.store.db import Store


def run(play: Playthrough, typed: str) -> str:
    out = io.StringIO()
    LineSession(play, LineReader(io.StringIO(typed)), out).run()
    return out.getvalue()


def test_the_charter_comes_before_the_first_step_and_again_on_request(store: Store) -> None:
    loaded: Loaded = find_scenario("late-parcel-en")
    brand = loaded.scenario.brand
    assert brand.charter.signature, "the scenario's charter has a signature to show"
    play = Playthrough.start(store, store.person("Ann"), loaded, WordScorer(), "practice")
    out = run(play, "/charter\n/pause\n")
    first_step = out.index("── Step 1")
    charter = out.index("Editorial charter of")
    assert charter < first_step
    assert brand.charter.signature in out[charter:first_step]
    for word in brand.charter.avoid:
        assert word in out[charter:first_step]
    assert out.count("Editorial charter of") == 2  # and once more on /charter, after the step
    assert out.rindex("Editorial charter of") > first_step
    assert "/charter" not in [t.answer.fields.get("reply") for t in store.turns(play.session_id)]
    assert store.draft(play.session_id, play.step().id) == {}


def test_the_french_console_shows_the_charter_in_french(store: Store) -> None:
    loaded = _french()
    play = Playthrough.start(store, store.person("Léa"), loaded, WordScorer(), "practice")
    out = run(play, "/pause\n")
    assert "Charte éditoriale de" in out
    assert out.index("Charte éditoriale de") < out.index("── Étape 1")


def _french() -> Loaded:
    from cmsim.authoring.load import iter_scenarios

    for item in iter_scenarios(()):
        if isinstance(item, Loaded) and item.scenario.lang == "fr" and item.scenario.brand.charter.signature:
            return item
    raise AssertionError("no French scenario with a signed charter in the library")
