"""A report read in the other language than the session's says the scorer's feedback in its reader's language."""

from __future__ import annotations

from pathlib import Path

from cmsim.authoring.load import load_scenario
from cmsim.model.result import Answer, CriterionResult
from cmsim.report.data import build_report
from cmsim.report.flags import handling
from cmsim.report.html import render_html
from cmsim.scoring.offline import OfflineScorer
from cmsim.session.playthrough import Playthrough
from cmsim.store.db import Store

LIBRARY = Path(__file__).resolve().parents[2] / "scenarios"
CURT = "Envoyez votre numéro de commande. Nous regarderons."


def _french_assessment(store: Store) -> tuple[Playthrough, list[CriterionResult]]:
    loaded = load_scenario(LIBRARY / "fr" / "late-parcel.yaml")
    campaign = store.create_campaign("cm", "fr", [str(loaded.path)])
    play = Playthrough.start(store, store.person("Zoé", "candidate"), loaded, OfflineScorer(), "assess", campaign)
    fields = play.step().reply_fields(loaded.scenario.platforms[0])
    turn = play.submit(Answer(fields={f.id: CURT for f in fields}))
    return play, list(turn.result.criteria)


def test_an_english_report_on_a_french_session_gives_the_feedback_in_english(store: Store) -> None:
    _play, criteria = _french_assessment(store)
    weak = [c for c in criteria if c.score < 60]
    assert weak and all(c.feedback_texts is not None for c in criteria)
    for c in criteria:  # the session's language is what was shown while playing; both languages are kept
        assert c.feedback == c.feedback_in("fr") and c.feedback_in("en") != c.feedback_in("fr")

    person = store.find_person("Zoé")
    assert person is not None
    english = build_report(store, person, store.sessions(person), lang="en")
    french = build_report(store, person, store.sessions(person))
    said_en = [m for q in english.qualities for m in q.missing] + [n for q in english.qualities for quote in q.quotes
                                                                   for n in quote.notes]
    said_fr = [m for q in french.qualities for m in q.missing] + [n for q in french.qualities for quote in q.quotes
                                                                  for n in quote.notes]
    english_texts = {c.feedback_in("en") for c in criteria}
    french_texts = {c.feedback_in("fr") for c in criteria}
    assert said_en and said_fr
    assert not english_texts.isdisjoint(said_en) and french_texts.isdisjoint(said_en)
    assert not french_texts.isdisjoint(said_fr) and english_texts.isdisjoint(said_fr)
    html = render_html(english)
    assert all(text not in html for text in french_texts)

    turn_result = store.turns(store.sessions(person)[0].id)[0].result  # as stored and read back
    lines = handling(turn_result, "en", below=101)
    assert lines and all(any(line.startswith(c.feedback_in("en").strip().rstrip(".")) for c in criteria)
                         for line in lines)


def test_a_result_stored_before_says_its_feedback_as_it_was_given() -> None:
    old = CriterionResult.model_validate({"id": "no-hostility", "quality": "calm", "score": 30, "weight": 4,
                                          "feedback": "Cela se lit comme une attaque."})
    assert old.feedback_texts is None and old.feedback_in("en") == "Cela se lit comme une attaque."
