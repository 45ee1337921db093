"""A wrong name is the salutation that opens the reply ("Bonjour Inès" to Camille): a name called later in the reply
addresses another participant of the thread ("… Inès, merci pour ton soutien !"), which is listening to the thread,
not misnaming the person (a reply graded 90 that answered a mocker and then "Léa, on est désolés" was capped at 40).
Situations written for this test, none of the dev set's."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREADS = {
    "fr": [{"author": "Camille Roux", "text": "Mon colis est perdu depuis dix jours, c'était le cadeau de mariage de "
            "ma sœur. Personne ne me répond."},
           {"author": "Inès Martin", "text": "Courage Camille, pareil pour moi le mois dernier, ils ont fini par le "
            "retrouver."}],
    "en": [{"author": "Ravi Patel", "text": "My bike came back from your workshop with the gears still slipping. "
            "Third time this month."},
           {"author": "Zoe Park", "text": "Same happened to me, they sorted it on the fourth visit, hang in there."}],
}
PERSON = {"fr": "Camille", "en": "Ravi"}

LATER = [
    ("fr", "Camille, désolés pour ce colis perdu : on relance le transporteur aujourd'hui. Inès, merci pour ton "
           "soutien !"),
    ("fr", "Dix jours sans nouvelles, c'est trop long, désolés. On relance le transporteur aujourd'hui. Inès, merci "
           "d'avoir partagé ton expérience."),
    ("en", "Ravi, sorry the gears are slipping again: we'll fix them free on Saturday. Zoe, thanks for the kind "
           "words!"),
    ("en", "A third visit for the same gears is not okay, sorry. We'll fix them free on Saturday. Zoe, thank you for "
           "chiming in."),
]
OPENING = [
    ("fr", "Bonjour Inès, désolés pour ce colis perdu : on relance le transporteur aujourd'hui."),
    ("fr", "Inès, désolés pour ce colis perdu, on relance le transporteur aujourd'hui."),
    ("en", "Hi Zoe, sorry the gears are slipping again: we'll fix them free on Saturday."),
    ("en", "Zoe, sorry about the gears, we'll fix them free on Saturday."),
]


def _ids(lang: str, reply: str) -> set[str]:
    result = score_line(lang=lang, platform="facebook", thread=THREADS[lang], reply=reply,
                        expect={"person": PERSON[lang]})
    return {c.id for c in result.criteria}


@pytest.mark.parametrize(("lang", "reply"), LATER)
def test_a_name_called_later_addresses_another_participant(lang: str, reply: str) -> None:
    assert "right-addressee" not in _ids(lang, reply)


@pytest.mark.parametrize(("lang", "reply"), OPENING)
def test_near_misses_a_wrong_name_in_the_salutation_is_still_wrong(lang: str, reply: str) -> None:
    assert "right-addressee" in _ids(lang, reply)
