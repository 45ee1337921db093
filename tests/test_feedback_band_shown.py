"""A criterion's mark follows what its feedback says: a fault found in a score of the good band ("Too long for this
platform" at 74) is shown as fair, never marked good; results stored before the mark was kept read as they did."""

from __future__ import annotations

import pytest
from scoring_kit import late_parcel, scorer

from cmsim.model.base import band_of
from cmsim.model.result import Answer, CriterionResult, StepResult

LONG_FOR_X = {
    "fr": "Bonjour Camille, je suis vraiment désolée pour ce retard, surtout avec l'anniversaire samedi. "
          "J'ai vérifié : ton colis est bloqué au dépôt de Lyon, je le fais repartir aujourd'hui en express et il "
          "arrive jeudi avant midi. Je te redis ici jeudi matin. ^Inès",
    "en": "Hi Sam, I'm really sorry about the delay, especially with the birthday on Saturday. I've checked: your "
          "parcel is stuck at our Leeds depot, I'm sending it out again today by express and it arrives Thursday "
          "before noon. I'll update you here Thursday morning.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_fault_in_the_good_band_is_shown_as_fair(lang: str) -> None:
    scenario = late_parcel(lang).scenario
    result = scorer().score(scenario, scenario.steps[0], Answer.from_data(LONG_FOR_X[lang]))
    said = {c.id: c for c in result.criteria}
    clarity = said["clarity"]
    assert band_of(clarity.score) == "good"  # the score stays what it was
    assert clarity.feedback_in(lang).startswith(("Trop long", "Too long"))
    assert clarity.band == "fair" and clarity.shown == "fair"
    for criterion in result.criteria:  # no mark says good beside a text written for another band
        if criterion.band == "good":
            texts = {t for t in (criterion.feedback_in("fr"), criterion.feedback_in("en"))}
            assert not any(t.startswith(("Trop long", "Too long")) for t in texts)


def test_a_result_stored_before_the_mark_was_kept_scores_as_it_did() -> None:
    scenario = late_parcel("fr").scenario
    new = scorer().score(scenario, scenario.steps[0], Answer.from_data(LONG_FOR_X["fr"]))
    stored = new.model_dump(mode="json")
    for criterion in stored["criteria"]:
        criterion.pop("shown")  # as a result stored before the field existed
    old = StepResult.model_validate(stored)
    assert new.scores_as(old)
    changed = StepResult.model_validate(new.model_dump(mode="json") | {})
    assert new.scores_as(changed)
    flipped = new.model_copy(update={"criteria": [c.model_copy(update={"shown": "poor"}) if c.shown else c
                                                  for c in new.criteria]})
    assert not flipped.scores_as(new)  # a mark a stored result did say, now another: a change


def test_the_mark_defaults_to_the_score_band() -> None:
    criterion = CriterionResult(id="x", quality="calm", score=74, weight=1.0, feedback="ok")
    assert criterion.band == "good" and criterion.shown is None
