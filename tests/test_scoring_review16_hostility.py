# ruff: noqa: E501  (test replies are long literal strings)
"""Round 16's review: hostile readings of good replies, in no dev-set situation, fr and en, with near-misses.

- "Good luck with your race on Sunday!", « bonne chance pour votre candidature » wish the person well in what they
  undertake when the person is not upset and the wish exclaims or wishes luck with what they wrote of; "good luck
  with your little crusade." wishes luck with what they never said, and to someone upset any wish mocks."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.result import StepResult


def _score(lang: str, message: str, reply: str, person: str, feeling: str | None = None) -> StepResult:
    expect: dict[str, object] = {"person": person}
    if feeling:
        expect["feeling"] = feeling
    return score_line(lang=lang, platform="linkedin", thread=[{"author": person, "text": message}], reply=reply,
                      expect=expect, qualities=["calm", "listening", "communication"])


def _jabs(result: StepResult) -> list[str]:
    return [e.text for c in result.criteria if c.id == "no-hostility" for e in c.evidence if e.polarity == "-"]


WISHES = [  # someone asking or sharing plans, not upset
    ("en", "Maya", "Is the bootcamp still taking sign-ups for March?", "Hi Maya, yes, sign-ups close on 28 February. Good luck with your application!"),
    ("en", "Joel", "Just booked my first half marathon with your plan, any last tips?", "Joel, hydrate early and start slow. Good luck with your race on Sunday!"),
    ("fr", "Inès", "Les candidatures pour le stage d'été sont encore ouvertes ?", "Bonjour Inès, oui, jusqu'au 15 avril. Bonne chance pour votre candidature !"),
    ("fr", "Paul", "Je passe mon permis bateau samedi avec votre livret, des conseils ?", "Paul, relisez les balisages la veille et dormez bien. Bonne chance avec ton examen samedi !"),
]
MOCKING = [  # to someone upset, or with an object they never wrote of, said flatly: mockery
    ("en", "Nina", "Why do you still wrap cucumbers in plastic?", "Good luck with your little crusade, Nina.", None),
    ("fr", "Nina", "Pourquoi vous emballez encore les concombres dans du plastique ?", "Bonne chance avec ta petite croisade, Nina.", None),
    ("en", "Maya", "Your bootcamp charged me twice and nobody answers. Furious.", "Good luck with your refund, Maya.", "angry"),
    ("fr", "Inès", "Vous m'avez prélevé deux fois et personne ne répond, je suis furieuse.", "Bonne chance avec votre remboursement, Inès.", "angry"),
]


@pytest.mark.parametrize(("lang", "person", "message", "reply"), WISHES)
def test_a_wish_for_what_the_person_undertakes_is_no_jab(lang: str, person: str, message: str, reply: str) -> None:
    assert _jabs(_score(lang, message, reply, person)) == []


@pytest.mark.parametrize(("lang", "person", "message", "reply", "feeling"), MOCKING)
def test_good_luck_to_someone_upset_still_mocks(lang: str, person: str, message: str, reply: str, feeling: str | None) -> None:
    assert _jabs(_score(lang, message, reply, person, feeling))


INVERTED = [
    ("fr", "Léna", "Quelqu'un a utilisé ma carte sur votre site !", "Léna, c'est très inquiétant, désolés. Pouvez-vous bloquer votre carte depuis l'appli de votre banque ? Nous annulons la commande de notre côté tout de suite."),
    ("fr", "Marc", "Mon fils a acheté des crédits sans mon accord sur votre jeu.", "Marc, nous comprenons. Pouvez-vous bloquer les achats intégrés dans les réglages de la console ? Écrivez-nous en privé, on regarde le remboursement."),
    ("fr", "Sofia", "Je reçois des messages bizarres d'un faux compte à votre nom.", "Sofia, merci de nous prévenir. Pourriez-vous bloquer ce compte et nous envoyer son nom en privé ? Nous le signalons aussi."),
]
THREATS = [
    ("fr", "Léna", "Votre service client est une bande d'incapables.", "Léna, encore un commentaire de ce genre et nous allons vous bloquer."),
    ("fr", "Marc", "Vous êtes des voleurs.", "Marc, dois-je vous bloquer pour que ça s'arrête ?"),
    ("en", "Sofia", "Your support team are clowns.", "Sofia, one more comment like that and we'll block you."),
]


@pytest.mark.parametrize(("lang", "person", "message", "reply"), INVERTED)
def test_an_inverted_subject_is_no_threat(lang: str, person: str, message: str, reply: str) -> None:
    assert _jabs(_score(lang, message, reply, person)) == []


@pytest.mark.parametrize(("lang", "person", "message", "reply"), THREATS)
def test_blocking_the_person_is_still_a_threat(lang: str, person: str, message: str, reply: str) -> None:
    assert _jabs(_score(lang, message, reply, person))
