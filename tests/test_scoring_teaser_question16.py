# ruff: noqa: E501  (test posts are long literal strings)
"""Round 16: a teaser tied to its brief by a question on the brief's subject.

A short post in its own words that holds the brief's facts back is a teaser (judged on its voice, the brief's details
not asked of it) when something ties it to its brief: one of its facts, the campaign's hashtag, or now a question to
the reader holding one of the brief's words that is neither the brand's name nor a time ("What's the oldest
unfinished project you own?" for a contest about finishing projects, graded 56 and scored 26 under bare copies graded
14-36). Briefs and posts written for this test (a seed swap, fr and en), in no dev-set situation.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import StepResult

BRIEFS = {
    "en": ("Hollybank Garden", "Post: the Hollybank community garden holds its seed swap on Sunday 12 April, 10am to 1pm, "
           "at the allotments. Bring your spare seeds in labelled envelopes and swap them for new varieties; tea and "
           "cake from our volunteers.",
           [["seed swap", "seeds"], ["12 April", "Sunday"], ["10am", "1pm"], ["allotments"]]),
    "fr": ("Grainothèque des Lilas", "Publication : la grainothèque des Lilas organise son troc de graines le dimanche 12 "
           "avril, de 10 h à 13 h, au jardin partagé. Apportez vos graines en surplus dans des enveloppes étiquetées et "
           "échangez-les contre de nouvelles variétés ; café et gâteaux offerts par nos bénévoles.",
           [["troc", "graines"], ["12 avril", "dimanche"], ["10 h", "13 h"], ["jardin partagé"]]),
}


def post(lang: str, text: str) -> StepResult:
    brand, brief, facts = BRIEFS[lang]
    return score_line(lang=lang, platform="instagram", rubric="community-post", brand={"name": brand},
                      thread=[{"author": "brief", "text": brief}], expect={"facts": facts},
                      qualities=["creativity", "communication"], reply=text)


def details(result: StepResult) -> object:
    return next((c for c in result.criteria if c.id == "specific-details"), None)


QUESTION_TEASERS = [
    ("en", "How many labelled envelopes are still hiding in your kitchen drawer?"),
    ("en", "Which varieties did your spare pots refuse to grow this year? 🌱"),
    ("en", "Got more spare envelopes than sense? 🌱"),
    ("en", "Tea, cake and a stranger's pumpkin story: who's in? 🎃"),
    ("fr", "Combien d'enveloppes étiquetées dorment encore dans votre tiroir ?"),
    ("fr", "Quelle variété en surplus a envahi votre balcon cette année ? 🌱"),
    ("fr", "Des courgettes en surplus, des enveloppes en pagaille : et vous, qu'avez-vous en trop ?"),
    ("fr", "Un café, un gâteau et l'histoire d'une citrouille venue d'ailleurs : qui vient ? 🎃"),
]

NOT_TIED = [
    ("en", "What's your favourite ice cream flavour? Tell us below!"),  # another subject: no word of the brief
    ("en", "Who's ready for Hollybank? 🌱"),  # the brand's name alone
    ("en", "Something is brewing among the volunteers. Ready?"),  # the brief's word outside the question
    ("en", "Guess who holds the key this time? 👀"),  # one word of the brief in passing
    ("en", "Have you ever wondered how many heirloom tomato varieties one small back garden could hold if every neighbour on the street brought a single envelope?"),  # too long for a teaser
    ("fr", "Quel est votre parfum de glace préféré ? Dites-le-nous !"),
    ("fr", "Prêts pour la Grainothèque ? 🌱"),
    ("fr", "Quelque chose se prépare chez nos bénévoles. Prêts ?"),
    ("fr", "Devinez qui organise quelque chose ? 👀"),
    ("fr", "Vous êtes-vous déjà demandé combien de variétés anciennes de tomates tiendraient dans un petit jardin de ville si chaque voisin de la rue apportait une seule enveloppe ?"),
]


@pytest.mark.parametrize(("lang", "text"), QUESTION_TEASERS)
def test_a_question_on_the_briefs_subject_ties_a_teaser_to_its_brief(lang: str, text: str) -> None:
    """The brief's details are not asked of it: its missing facts are a choice, and its question is its hook."""
    assert details(post(lang, text)) is None


@pytest.mark.parametrize(("lang", "text"), NOT_TIED)
def test_a_question_on_another_subject_the_brand_alone_or_a_long_one_is_no_teaser(lang: str, text: str) -> None:
    assert details(post(lang, text)) is not None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_question_teaser_ranks_above_the_same_question_on_another_subject(lang: str) -> None:
    teaser = next(t for lg, t in QUESTION_TEASERS if lg == lang)
    other = next(t for lg, t in NOT_TIED if lg == lang)
    assert post(lang, teaser).scores[Q.creativity] > post(lang, other).scores[Q.creativity]
