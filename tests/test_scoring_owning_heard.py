"""Owning a failure, in any words, tells the person they were heard (listening's feeling).

Found on the opened fresh sets: "Exact, oubli de notre part", "t'as raison, on a complètement zappé l'acclimatation",
"we got this badly wrong" were graded 60-93 on listening, yet acknowledged no feeling (0) and sat under lectures that
named the facts. The reading finds the brand owning a failure by its shape (a first person then a verb of failing, or a
fault named as ours), as data in first-person-acts.yaml; calm's owning phrases count too; owning counts once. Written
for this test, in situations the development set does not have; the near-misses deny, suppose, ask or blame."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.scoring.criteria.acts import first_person_acts, owned_failings
from cmsim.scoring.integrity import inspect
from cmsim.scoring.lexicon import lexicons


def owned(lang: str, text: str) -> list[str]:
    view = inspect("reply", "public", None, 10_000, text, lexicons(lang), frozenset())
    return [text[h.start : h.end] for h in owned_failings(view)]


def acts(lang: str, text: str) -> list[str]:
    view = inspect("reply", "public", None, 10_000, text, lexicons(lang), frozenset())
    return [text[h.start : h.end] for h in first_person_acts(view)]


OWNED = [
    ("fr", "Léa, on a complètement oublié de vous prévenir du changement d'horaire."),
    ("fr", "Erreur de notre part sur l'étiquette, Léa."),
    ("fr", "Nous nous sommes trompés de taille en préparant votre colis."),
    ("fr", "J'ai zappé votre demande de rappel, Léa, pardon."),
    ("en", "Sam, we forgot to tell you the venue had changed."),
    ("en", "That's our mistake on the label, Sam."),
    ("en", "We got the size wrong when packing your order."),
    ("en", "Sam, an oversight on our part: the invoice went to the old address."),
]
NOT_OWNED = [
    ("fr", "Ce n'est pas notre faute si le transporteur est en retard."),
    ("fr", "Si nous avons oublié quelque chose, dites-le-nous."),
    ("fr", "Vous avez oublié de joindre le justificatif."),
    ("fr", "On a oublié quelque chose ?"),
    ("en", "It's not our fault the courier was late."),
    ("en", "Did we miss anything in your order?"),
    ("en", "You forgot to attach the receipt."),
    ("en", "We never forget a birthday."),
]


@pytest.mark.parametrize(("lang", "text"), OWNED)
def test_owning_a_failure_is_read_in_any_words(lang: str, text: str) -> None:
    assert len(owned(lang, text)) == 1
    assert acts(lang, text) == []  # owning a failure is no next step


@pytest.mark.parametrize(("lang", "text"), NOT_OWNED)
def test_denying_supposing_asking_or_blaming_owns_nothing(lang: str, text: str) -> None:
    assert owned(lang, text) == []


THREAD = {"fr": [{"author": "Léa Martin", "text": "Le tuto ne dit rien du temps de séchage, mon mur est ruiné. "
                                                 "Je suis furieuse."}],
          "en": [{"author": "Sam Hill", "text": "Your tutorial says nothing about drying time, my wall is ruined. "
                                               "I'm furious."}]}


@pytest.mark.parametrize(("lang", "owning", "plain"), [
    ("fr", "Léa, on a complètement oublié le temps de séchage dans le tuto. Envoyez-nous une photo en MP.",
     "Léa, le temps de séchage est de 24 h. Envoyez-nous une photo en MP."),
    ("en", "Sam, we forgot the drying time in the tutorial. DM us a photo.",
     "Sam, the drying time is 24 hours. DM us a photo."),
])
def test_owning_the_failure_acknowledges_the_person(lang: str, owning: str, plain: str) -> None:
    def feeling(reply: str) -> float:
        result = score_line(lang=lang, platform="youtube", thread=THREAD[lang], reply=reply,
                            expect={"feeling": "furieuse" if lang == "fr" else "furious"})
        return next(c.score for c in result.criteria if c.id == "acknowledges-feeling")
    assert feeling(owning) > feeling(plain)
