"""A feeling made the joke's material (round 7): a silver lining that uses the person's own anger or frustration ("au
moins tu fais un peu de cardio en t'énervant 😅", "at least all that fury burns calories") names the feeling only to
laugh at it. It is no care that would make the joke warmth: a feeling counts as care outside the sentences of a silver
lining, an apology anywhere in the reply.

Named from a misordered calm pair of set 4 (a gym's direct debits: graded 18, scored 75). The sentences below are
written for other situations (a delayed train, a lost parcel), in French and English, with near-misses where the
feeling is acknowledged in its own sentence or an apology stands beside the joke, which must not fire.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.result import CriterionResult

THREAD = {
    "en": [{"author": "Nina", "text": "Third delayed train this week, I'm so frustrated I could scream."}],
    "fr": [{"author": "Marc", "text": "Colis perdu pour la deuxième fois, je suis furieux."}],
}
PERSON = {"en": "Nina", "fr": "Marc"}
BRAND = {"en": {"name": "Railway North", "handle": "@railnorth"}, "fr": {"name": "ColiVite", "handle": "@colivite"}}

JEST = {
    "en": ["Look on the bright side, Nina: being this angry burns calories.",
           "Nina, think of it as stress training for the week 😉",
           "At least your annoyance gives you something to tweet about 😜"],
    "fr": ["Au moins ta colère te tient chaud en attendant le livreur, Marc 😅",
           "Voyez le bon côté des choses, Marc : être aussi énervé, ça fait travailler le cœur.",
           "Considère ça comme un entraînement à la frustration, Marc 😉"],
}
CUE_GAPS = {
    "en": ["At least all that frustration keeps you warm on the platform, Nina 😅"],
    "fr": ["Au moins, avec tout ce stress, tu n'as pas besoin de café 😜"],
}
"""Written with the sentences above; the silver lining opens on a cue the consolation lexicon does not know ("at least
all that", "au moins, avec"): a strict xfail in round 7, read since round 8 by the lining's shape ("at least" opening a
clause that speaks of the person, tests/test_scoring_calm_silver_shape.py)."""
NEAR_MISSES = {
    "en": ["Nina, I understand how frustrating three delays are. At least tomorrow's 7:40 is confirmed on time 😅",
           "Sorry Nina, that's a rotten week. Look on the bright side: your delay repay claim is already approved.",
           "Three delays would make anyone angry, Nina. We've logged each one for your refund."],
    "fr": ["Marc, on comprend votre colère, deux colis perdus c'est trop. Au moins le remboursement est déjà parti 😅",
           "Désolés Marc. Voyez le bon côté : le nouveau colis part aujourd'hui en express.",
           "Deux pertes, il y a de quoi être furieux, Marc. Nous ouvrons une enquête aujourd'hui."],
}


def _hostility(lang: str, text: str) -> CriterionResult:
    result = score_line(lang=lang, platform="x", thread=THREAD[lang], reply=text, brand=BRAND[lang],
                        expect={"person": PERSON[lang]})
    return next(c for c in result.criteria if c.id == "no-hostility")


def test_every_language_has_three_sentences_and_three_near_misses() -> None:
    assert all(len(JEST[lang]) >= 3 and len(NEAR_MISSES[lang]) >= 3 for lang in ("en", "fr"))


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in JEST.items() for t in texts])
def test_a_feeling_inside_the_silver_lining_is_no_care(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score <= 40, text
    assert any(e.polarity == "-" for e in hostility.evidence)


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in CUE_GAPS.items() for t in texts])
def test_silver_linings_on_other_cues_are_read_by_their_shape(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score <= 40, text
    assert any(e.polarity == "-" for e in hostility.evidence)


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NEAR_MISSES.items() for t in texts])
def test_a_feeling_acknowledged_apart_or_an_apology_keeps_the_joke_warm(lang: str, text: str) -> None:
    assert _hostility(lang, text).score == 100, text
