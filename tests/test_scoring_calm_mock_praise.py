"""Calm, round 4: praise of the person's zeal said to someone attacking or upset ("always lovely to hear from such a
dedicated label reader", "merci pour ce retour tout en nuance") is mockery; to a happy fan it is praise.

Named from the tuning split's opened set 2 (graded 15–30 on calm, scored 46–89). Every sentence here was written for
this file, in another situation, fr and en, with near-misses.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import CriterionResult, StepResult

ANGRY = {
    "en": [{"author": "Vic", "text": "Your so-called organic honey is a scam, idiots. Read your own label."}],
    "fr": [{"author": "Vic", "text": "Votre miel soi-disant bio, c'est une arnaque, bande d'idiots. Lisez votre "
                                    "étiquette."}],
}
HAPPY = {
    "en": [{"author": "Vic", "text": "Third jar of your lavender honey this month, my kids love it!"}],
    "fr": [{"author": "Vic", "text": "Troisième pot de votre miel de lavande ce mois-ci, mes enfants adorent !"}],
}


def _score(lang: str, text: str, thread: dict[str, list[dict[str, str]]]) -> StepResult:
    return score_line(lang=lang, platform="instagram", thread=thread[lang], reply=text,
                      brand={"name": "Rucher", "handle": "@rucher"}, expect={"person": "Vic"})


def _hostility(lang: str, text: str, thread: dict[str, list[dict[str, str]]]) -> CriterionResult:
    return next(c for c in _score(lang, text, thread).criteria if c.id == "no-hostility")


MOCKING = [
    ("en", "Always lovely to hear from you, Vic. The label lists every flower the bees visit."),
    ("en", "Vic, always a pleasure to hear from such a dedicated label reader."),
    ("en", "Always great to hear from you, Vic: the certificate number is on the lid."),
    ("fr", "Toujours un plaisir de vous lire, Vic. Le certificat est sous le couvercle."),
    ("fr", "Merci Vic pour ce message tout en nuance : le label est sur le pot."),
    ("fr", "Vic, toujours agréable de te lire. L'étiquette liste chaque fleur."),
]


@pytest.mark.parametrize(("lang", "text"), MOCKING)
def test_praising_the_zeal_of_someone_attacking_mocks_them(lang: str, text: str) -> None:
    assert _hostility(lang, text, ANGRY).score <= 40
    assert _score(lang, text, ANGRY).scores[Q.calm] < 60


@pytest.mark.parametrize(("lang", "text"), MOCKING)
def test_the_same_words_to_a_happy_fan_are_praise(lang: str, text: str) -> None:
    assert _hostility(lang, text, HAPPY).score == 100


NOT_MOCKING = [
    ("en", "Vic, our beekeepers are such a dedicated team; the certificate number is on the lid."),
    ("en", "Vic, it's always a pleasure to answer questions about the label: the certificate is on the lid."),
    ("fr", "Vic, nos apiculteurs forment une équipe si dévouée ; le certificat est sur le couvercle."),
    ("fr", "Vic, la question mérite une réponse tout en transparence : le certificat est sous le couvercle."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_MOCKING)
def test_praise_of_the_team_or_of_the_question_mocks_no_one(lang: str, text: str) -> None:
    assert _hostility(lang, text, ANGRY).score == 100
