"""A first person having something done is acting: "on fait stopper les prélèvements", "je fais réparer la borne".

Found on set 4: "Envoie-nous en MP ton nom et la date de l'accusé de réception, on fait stopper les
prélèvements" (graded 93 on listening) was told "Vous dites quand, pas ce que vous faites": "fait" is a function
word of French, so the acts reading stopped on it, and the feedback asked for the act the reply had made. "Fait"
then an infinitive is the causative: the infinitive is the act. English already reads "we're having it checked"
and "we'll get it fixed". Written for this test, in situations the development set does not have; the near-misses
are a promise of effort, a habit, a condition, a negation and a "fait" that is no causative."""

from __future__ import annotations

import pytest

from cmsim.scoring.criteria.acts import first_person_acts
from cmsim.scoring.integrity import inspect
from cmsim.scoring.lexicon import lexicons


def acts(lang: str, text: str) -> list[str]:
    view = inspect("reply", "public", None, 10_000, text, lexicons(lang), frozenset())
    return [text[h.start : h.end] for h in first_person_acts(view)]


CAUSATIVES = [
    ("fr", "Inès, on fait stopper les prélèvements dès ce matin."),
    ("fr", "Je fais réparer la borne du parking avant vendredi."),
    ("fr", "Hugo, on fait venir un technicien chez vous jeudi."),
    ("fr", "On fait remplacer le badge et je vous l'envoie."),
    ("fr", "Bonjour Aline, on a fait vérifier votre compteur ce matin."),
    ("fr", "Nous avons fait suspendre votre abonnement le temps de l'enquête."),
    ("en", "Jo, we're having the unit checked this afternoon."),
    ("en", "We'll get the lid replaced and ship it back to you."),
]
NOT_ACTS = [
    ("fr", "On fait de notre mieux, promis."),
    ("fr", "Nous faisons toujours vérifier chaque trottinette."),
    ("fr", "Si on fait venir un technicien, ce sera payant."),
    ("fr", "On ne fait pas rembourser les frais de port."),
    ("fr", "Ça fait trois semaines, je comprends votre colère."),
    ("en", "We always have every unit checked twice."),
]


@pytest.mark.parametrize(("lang", "text"), CAUSATIVES)
def test_having_something_done_is_an_act(lang: str, text: str) -> None:
    assert acts(lang, text)


@pytest.mark.parametrize(("lang", "text"), NOT_ACTS)
def test_effort_habit_condition_negation_or_no_causative_is_no_act(lang: str, text: str) -> None:
    assert acts(lang, text) == []
