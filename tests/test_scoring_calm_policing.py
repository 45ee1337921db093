"""Tone policing (round 6): a reminder of what the person should already know ("kindly note", "nous vous rappelons
que", "pour rappel") reads as a lecture, not as courtesy; calm alone prices it.

The family was named from misordered calm pairs of the tuning split (a mutual insurer's refund, a hospital's waiting
list, a regional train, a gym's direct debits). None of the sentences below is one of those: they are written for a
cancelled concert, in French and English, with near-misses that use the same words without the lecture and must not
fire ("we'll send you a reminder", "nous vous rappelons demain"). A note to colleagues briefs them: not read. "Pour
info" / "FYI" stay out: a built-in calibration example opens a calm factual answer to a troll with "Pour info".
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import CriterionResult, StepResult

THREAD = {
    "en": [{"author": "Sam", "text": "Show cancelled two hours before doors and still no refund after a month. "
                                     "You lot are a joke."}],
    "fr": [{"author": "Léa", "text": "Concert annulé deux heures avant l'ouverture et toujours pas remboursée un "
                                     "mois après. Vous êtes une blague."}],
}
HONEST = {
    "en": "Sam, we're checking where your refund is and will reply here today.",
    "fr": "Léa, nous regardons où en est votre remboursement et revenons vers vous ici aujourd'hui.",
}


def _score(lang: str, text: str) -> StepResult:
    return score_line(lang=lang, platform="instagram", thread=THREAD[lang], reply=text,
                      brand={"name": "Salle Ondine", "handle": "@ondine"},
                      expect={"person": "Sam" if lang == "en" else "Léa"})


def _criterion(lang: str, text: str, cid: str) -> CriterionResult:
    return next(c for c in _score(lang, text).criteria if c.id == cid)


FAMILIES: dict[str, dict[str, tuple[list[str], list[str]]]] = {
    # A reminder of what the person is supposed to know: a lecture dressed as information.
    "reminder": {
        "en": (["Kindly note that tickets for rescheduled shows are not refundable, Sam.",
                "We'd like to remind you that the show was moved, not cancelled.",
                "As a reminder, refunds take 14 days to process.",
                "Please bear in mind that our box office staff are doing their best.",
                "Just a reminder: the venue's refund policy was printed on your ticket.",
                "Sam, we would remind you that the new date was announced a month ago."],
               ["We'll send you a reminder the day before the new date, Sam.",
                "Thanks for the reminder, Sam, you're right and we're on it.",
                "Sam, we'll remind the box office to refund you today.",
                "Sam, note the new date in your diary: 12 May, same seats."]),
        "fr": (["Nous vous rappelons que les billets des concerts reportés ne sont pas remboursables.",
                "Pour rappel, le report était annoncé sur notre site.",
                "Je vous rappelle que nos équipes font de leur mieux, Léa.",
                "Nous tenons à vous rappeler que les conditions figuraient sur votre billet.",
                "Petit rappel : le remboursement prend quatorze jours.",
                "Léa, nous tenons à rappeler que la nouvelle date a été annoncée il y a un mois."],
               ["Nous vous rappelons demain matin pour le remboursement, Léa.",
                "Je vous rappelle dans l'après-midi, Léa, c'est noté.",
                "Merci pour le rappel, Léa, on s'en occupe.",
                "Léa, nous vous enverrons un rappel la veille de la nouvelle date."]),
    },
}
CASES = [(f, lang, t) for f, langs in FAMILIES.items() for lang, (texts, _near) in langs.items() for t in texts]
NEAR_MISSES = [(f, lang, t) for f, langs in FAMILIES.items() for lang, (_t, near) in langs.items() for t in near]


def test_every_family_has_six_sentences_and_three_near_misses_in_each_language() -> None:
    for langs in FAMILIES.values():
        assert set(langs) == {"en", "fr"}
        for hostile, near in langs.values():
            assert len(hostile) >= 6 and len(near) >= 3


@pytest.mark.parametrize(("family", "lang", "text"), CASES)
def test_the_lecture_costs_calm_and_is_quoted(family: str, lang: str, text: str) -> None:
    hostility = _criterion(lang, text, "no-hostility")
    assert hostility.score <= 40, (family, text)
    assert any(e.polarity == "-" for e in hostility.evidence), (family, text)
    assert _score(lang, text).scores[Q.calm] < _score(lang, HONEST[lang]).scores[Q.calm]


@pytest.mark.parametrize(("family", "lang", "text"), NEAR_MISSES)
def test_the_same_words_without_the_lecture_cost_nothing(family: str, lang: str, text: str) -> None:
    hostility = _criterion(lang, text, "no-hostility")
    assert hostility.score == 100, (family, text, [e.text for e in hostility.evidence])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kindly note that refunds take 14 days, Sam."),
    ("fr", "Léa, merci de garder à l'esprit que le remboursement prend quatorze jours."),
])
def test_a_lecture_earns_no_courtesy(lang: str, text: str) -> None:
    """The request marker inside a lecture ("kindly", "merci de") is not counted as politeness."""
    plain = {"en": "Refunds take 14 days, Sam.", "fr": "Léa, le remboursement prend quatorze jours."}[lang]
    assert _criterion(lang, text, "courtesy").score <= _criterion(lang, plain, "courtesy").score
    polite = {"en": "Kindly allow 14 days for the refund, Sam.",
              "fr": "Léa, pourriez-vous patienter quatorze jours pour le remboursement ?"}[lang]
    assert _criterion(lang, polite, "courtesy").score > _criterion(lang, plain, "courtesy").score


def test_a_note_to_colleagues_may_brief_them() -> None:
    note = "As a reminder, box office: Sam's refund is a month late, please check it."
    answer = {"public": HONEST["en"], "internal_note": note}
    result = score_line(lang="en", platform="instagram", thread=THREAD["en"], reply=answer,
                        brand={"name": "Salle Ondine", "handle": "@ondine"}, expect={"person": "Sam"})
    assert next(c for c in result.criteria if c.id == "no-hostility").score == 100


@pytest.mark.parametrize(("lang", "public", "note"), [
    ("en", "Sam, posting publicly won't speed the refund up.",
     "Box office: Sam has been posting publicly about a refund a month late, please check it today."),
    ("fr", "Léa, vous plaindre publiquement ne fera pas venir le remboursement plus vite.",
     "Billetterie : Léa menace de se plaindre en public, son remboursement a un mois de retard, merci de vérifier."),
])
def test_taking_it_public_lectures_in_a_reply_and_is_reported_in_a_note(lang: str, public: str, note: str) -> None:
    """"Posting publicly" said to the person lectures; in a note to colleagues it reports where the person spoke."""
    assert _criterion(lang, public, "no-hostility").score <= 40
    result = score_line(lang=lang, platform="instagram", thread=THREAD[lang], brand={"name": "Salle Ondine"},
                        reply={"public": HONEST[lang], "internal_note": note}, expect={"person": "Sam" if lang == "en"
                                                                                       else "Léa"})
    assert next(c for c in result.criteria if c.id == "no-hostility").score == 100
