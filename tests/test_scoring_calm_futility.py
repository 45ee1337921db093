"""The person's way of complaining declared useless (round 7): "calling our staff names won't get you anywhere", "les
menaces de résiliation n'accélèrent pas le traitement", "« sérieusement ? » en majuscules, ce n'est pas la meilleure
façon d'obtenir une réponse" lecture the person on how they complain instead of answering the complaint. Hand graders
put such replies at 5–10 on calm; one hostile word elsewhere or none at all left them at 56–84.

The reading: a word of the person's conduct (threats, shouting, capitals, the tone, posting publicly, insults,
calling someone names; menaces, cris, majuscules, ton, messages publics, insultes, s'énerver) and, in the same
sentence, a verdict of futility (won't get you anywhere, won't help, isn't the way to; ne mène à rien, n'accélère
pas, ne sert à rien, n'est pas la meilleure façon). Cues as data (``futility.yaml``); condescension.

Named from misordered calm pairs of sets 4 and 6 (a ferry, an orthodontic claim, a cancelled cabin). The sentences
below were written before the pattern, for other situations (a hotel room, a school bus), in French and English, with
near-misses that must not fire: the brand's own means judged useless, or futility without the person's conduct.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import CriterionResult, StepResult

THREAD = {
    "en": [{"author": "Owen", "text": "ROOM 214 IS FILTHY. Hair in the shower, stained sheets. Worst hotel EVER."}],
    "fr": [{"author": "Sandrine",
            "text": "TROISIÈME retard du car scolaire cette semaine, ma fille attend dans le froid. "
                    "Vous êtes des incapables."}],
}
PERSON = {"en": "Owen", "fr": "Sandrine"}
BRAND = {"en": {"name": "Harbour Inn", "handle": "@harbourinn"}, "fr": {"name": "TransVal", "handle": "@transval"}}
HONEST = {
    "en": "Owen, housekeeping is on the way to room 214 now, and the duty manager will call you within the hour.",
    "fr": "Sandrine, nous vérifions ce qui s'est passé sur la ligne ce matin et revenons vers vous avant midi.",
}

FUTILE = {
    "en": ["Owen, shouting in capitals won't get your room cleaned any sooner.",
           "Insulting the staff won't help anyone, Owen. Housekeeping will come by.",
           "Owen, posting this publicly is not the way to get a faster answer.",
           "Threats of a bad review don't change how we work, Owen.",
           "Owen, that tone will not get you anywhere with our team."],
    "fr": ["Sandrine, ce n'est pas en nous traitant d'incapables que le car arrivera plus tôt.",
           "Les cris en majuscules ne servent à rien, Sandrine, nous traitons les retards dans l'ordre.",
           "Sandrine, les insultes ne mènent à rien : le transporteur fait son possible.",
           "Les messages publics n'accélèrent pas le traitement des réclamations, Sandrine.",
           "Sandrine, ce ton n'est pas la meilleure façon d'obtenir une réponse."],
}
NEAR_MISSES = {
    "en": ["Owen, our usual cleaning check clearly didn't help here, and I'm sorry: housekeeping is on the way.",
           "Owen, waiting on hold won't help, so I've asked the duty manager to call you directly.",
           "You're right to shout about it, Owen: stained sheets are not acceptable."],
    "fr": ["Sandrine, nos SMS d'alerte n'ont servi à rien ce matin, et nous en sommes désolés.",
           "Sandrine, inutile d'appeler le standard : nous vous rappelons nous-mêmes avant midi.",
           "Votre colère est légitime, Sandrine : trois retards en une semaine, ce n'est pas acceptable."],
}


def _score(lang: str, text: str) -> StepResult:
    return score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=text, brand=BRAND[lang],
                      expect={"person": PERSON[lang]})


def _hostility(lang: str, text: str) -> CriterionResult:
    return next(c for c in _score(lang, text).criteria if c.id == "no-hostility")


def test_every_language_has_five_sentences_and_three_near_misses() -> None:
    assert all(len(FUTILE[lang]) >= 5 and len(NEAR_MISSES[lang]) >= 3 for lang in ("en", "fr"))


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in FUTILE.items() for t in texts])
def test_the_persons_way_of_complaining_declared_useless_costs_calm(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score <= 40, text
    assert any(e.polarity == "-" for e in hostility.evidence)
    assert _score(lang, text).scores[Q.calm] < _score(lang, HONEST[lang]).scores[Q.calm]


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NEAR_MISSES.items() for t in texts])
def test_futility_of_our_own_means_or_without_their_conduct_is_no_jab(lang: str, text: str) -> None:
    assert _hostility(lang, text).score == 100, text
