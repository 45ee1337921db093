"""An acknowledgement taken back (round 6): "we understand your frustration, but…", "nous sommes désolés pour cette
soirée, mais nos équipes ont suivi la procédure" name the feeling or apologise, then a contrast turns the sentence into
a defence. The acknowledgement (an apology, a feeling named) is no calming move and the turn costs calm as
defensiveness; a contrast that leads to what the brand does for the person ("sorry, but we'll refund both tickets
today") takes nothing back.

Named from misordered calm pairs of the tuning split (a yoga app's renewal, a conference's access, a mutual insurer).
The sentences below are written for a cinema's screening cut short, in French and English, with near-misses.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import CriterionResult, StepResult

THREAD = {
    "en": [{"author": "Ravi", "text": "The film stopped twice and no staff came. Furious, what a waste."}],
    "fr": [{"author": "Ravi", "text": "Film arrêté deux fois, personne n'est venu. Furieux, soirée gâchée."}],
}
HONEST = {
    "en": "Ravi, we're checking what happened in your screening and will reply here today.",
    "fr": "Ravi, nous regardons ce qui s'est passé pendant votre séance et revenons vers vous ici aujourd'hui.",
}


def _score(lang: str, text: str) -> StepResult:
    return score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=text,
                      brand={"name": "Ciné Lumen", "handle": "@cinelumen"}, expect={"person": "Ravi"})


def _criterion(lang: str, text: str, cid: str) -> CriterionResult:
    return next(c for c in _score(lang, text).criteria if c.id == cid)


UNDERCUT = [
    ("en", "We understand your frustration, Ravi, but the projector fault was beyond anyone's control."),
    ("en", "Ravi, I understand you're annoyed. However, refunds are only given before the film starts."),
    ("en", "Ravi, we're sorry about your evening, but our staff followed the procedure."),
    ("en", "Ravi, we understand your disappointment, though the sound issue only lasted a few minutes."),
    ("en", "Ravi, apologies for the interruption; however, the film was restarted within ten minutes."),
    ("en", "I understand you're angry, Ravi, but nobody else in the screening complained."),
    ("fr", "Nous comprenons votre frustration, Ravi, mais la panne du projecteur ne dépendait de personne."),
    ("fr", "Ravi, je comprends votre agacement. Cependant, les remboursements ne sont possibles qu'avant la séance."),
    ("fr", "Ravi, nous sommes désolés pour cette soirée, mais nos équipes ont suivi la procédure."),
    ("fr", "Ravi, nous comprenons votre déception ; toutefois, la coupure n'a duré que quelques minutes."),
    ("fr", "Toutes nos excuses pour l'interruption, Ravi, néanmoins le film a repris au bout de dix minutes."),
    ("fr", "Je comprends votre colère, Ravi, pourtant personne d'autre dans la salle ne s'est plaint."),
]
KEPT = [
    ("en", "Ravi, we're sorry the film stopped, but we'll refund both tickets today."),
    ("en", "We understand your frustration, Ravi, and we'll refund both tickets today."),
    ("en", "Ravi, the film stopped twice but nobody came to you: we're sorry, that's not good enough."),
    ("fr", "Ravi, nous sommes désolés que le film se soit arrêté, mais nous vous remboursons les deux places."),
    ("fr", "Nous comprenons votre frustration, Ravi, et nous vous remboursons les deux places aujourd'hui."),
    ("fr", "Ravi, la séance a été coupée deux fois mais aucun employé n'est passé : nous sommes désolés."),
    ("en", "Sorry, Ravi, you're not the only one this evening: the projector is new and the staff were told, but the "
           "fault lies with us."),
    ("fr", "Pardon Ravi, vous n'êtes pas le seul ce soir : la salle 3 était pleine et le projecteur neuf, mais c'est "
           "à nous de le vérifier avant chaque séance."),
]


@pytest.mark.parametrize(("lang", "text"), UNDERCUT)
def test_an_acknowledgement_taken_back_costs_calm(lang: str, text: str) -> None:
    hostility = _criterion(lang, text, "no-hostility")
    assert hostility.score <= 60, text
    assert any(e.polarity == "-" for e in hostility.evidence)
    assert _score(lang, text).scores[Q.calm] < _score(lang, HONEST[lang]).scores[Q.calm]
    assert _criterion(lang, text, "de-escalation").score == 30, text  # the acknowledgement is no calming move


@pytest.mark.parametrize(("lang", "text"), KEPT)
def test_a_contrast_that_leads_to_help_takes_nothing_back(lang: str, text: str) -> None:
    assert _criterion(lang, text, "no-hostility").score == 100, text
    assert _criterion(lang, text, "de-escalation").score >= 50, text
