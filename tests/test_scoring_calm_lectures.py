"""Calm, round 4: lectures without insult words — "it's written on the box", "it is not meant to do your job for you",
"posting it again won't make it come any faster" — and owning that follows a negation in another clause.

Named from the tuning split's opened set 2 ("c'est écrit sur l'emballage", "un tuto n'a pas vocation à remplacer la
notice", "notre outil n'a pas vocation à faire le travail à votre place", "as explained in Update #23 (worth a read)",
"posting the same comment ten times won't make the container sail any faster": graded 8–32 on calm, scored 77–83).
Every sentence here was written for this file, in another situation, fr and en, with near-misses.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import CriterionResult, StepResult

THREAD = {
    "en": [{"author": "Nina", "text": "Your tent leaked on the first night and the repair kit is missing from the "
                                      "bag. Useless."}],
    "fr": [{"author": "Nina", "text": "Votre tente a pris l'eau dès la première nuit et le kit de réparation "
                                      "manque dans le sac. Nul."}],
}


def _score(lang: str, text: str) -> StepResult:
    return score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=text,
                      brand={"name": "Bivouac", "handle": "@bivouac"}, expect={"person": "Nina"})


def _criterion(lang: str, text: str, cid: str) -> CriterionResult:
    return next(c for c in _score(lang, text).criteria if c.id == cid)


LECTURES = [
    ("en", "Nina, seam sealing before the first trip is needed, it's written on the label."),
    ("en", "Nina, as explained in the setup video, the fly sheet has to be tensioned."),
    ("en", "Nina, the pitching guide is worth a read before a first night out."),
    ("en", "Nina, a tent is not meant to replace a bit of preparation on your side."),
    ("en", "Nina, our guide can't do the work for you: the guy lines need tightening."),
    ("en", "Nina, writing 'useless' under every post won't make the kit arrive any faster."),
    ("fr", "Nina, l'imperméabilisation des coutures avant la première sortie, c'est écrit sur l'étiquette."),
    ("fr", "Nina, comme expliqué dans la vidéo de montage, le double toit doit être tendu."),
    ("fr", "Nina, une notice n'a pas vocation à remplacer un peu de préparation."),
    ("fr", "Nina, notre guide ne peut pas faire le travail à votre place : il faut retendre les haubans."),
    ("fr", "Nina, écrire « nul » sous chaque publication ne fera pas arriver le kit plus vite."),
    ("fr", "Nina, tendre les haubans, c'est la base du métier de campeur."),
]
CIVIL = [
    ("en", "Nina, sorry about the leak: the repair kit should have been in the bag, we're sending one today."),
    ("en", "Nina, the seams should have been sealed at the factory. A replacement tent ships Monday."),
    ("en", "Nina, the label says the kit is included, so it should have been there. It's on its way."),
    ("fr", "Nina, désolés pour la fuite : le kit aurait dû être dans le sac, on vous l'envoie aujourd'hui."),
    ("fr", "Nina, les coutures auraient dû être étanches. Une tente de remplacement part lundi."),
    ("fr", "Nina, l'étiquette indique que le kit est inclus, il aurait dû y être. Il part aujourd'hui."),
    # it was written, but the sentence concedes it was not enough
    ("en", "Nina, it's written on the label, but far too small, and the kit should have been in the bag."),
    ("fr", "Nina, c'est écrit sur l'étiquette, mais en trop petit : on le corrige et le kit part aujourd'hui."),
]


@pytest.mark.parametrize(("lang", "text"), LECTURES)
def test_a_lecture_without_insult_words_costs_calm(lang: str, text: str) -> None:
    hostility = _criterion(lang, text, "no-hostility")
    assert hostility.score <= 40 and any(e.polarity == "-" for e in hostility.evidence)
    assert _score(lang, text).scores[Q.calm] < 60


@pytest.mark.parametrize(("lang", "text"), CIVIL)
def test_the_label_or_the_guide_named_civilly_costs_nothing(lang: str, text: str) -> None:
    assert _criterion(lang, text, "no-hostility").score == 100
    assert _score(lang, text).scores[Q.calm] >= 70


# owning after a negation that belongs to another clause, and real denials
OWNED_AFTER_A_NEGATION = [
    ("en", "Nina, 'waterproof' doesn't mean 'no care', we should make that clearer on the box."),
    ("en", "Nina, the kit isn't optional, so that's on us."),
    ("fr", "Nina, le kit n'est pas en option, c'est notre erreur."),
]
DENIED = [
    ("en", "Nina, that's not on us."),
    ("en", "Nina, it's not our mistake."),
    ("fr", "Nina, ce n'est pas notre erreur."),
]


@pytest.mark.parametrize(("lang", "text"), OWNED_AFTER_A_NEGATION)
def test_a_negation_in_another_clause_does_not_deny_the_owning(lang: str, text: str) -> None:
    assert any(e.polarity == "+" for e in _criterion(lang, text, "de-escalation").evidence)


@pytest.mark.parametrize(("lang", "text"), DENIED)
def test_a_negation_just_before_still_denies(lang: str, text: str) -> None:
    assert not any(e.polarity == "+" for e in _criterion(lang, text, "de-escalation").evidence)
