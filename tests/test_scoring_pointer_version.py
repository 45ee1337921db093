"""Multi-platform: a network the brief asks for gets a post, not a pointer elsewhere. "Voir notre post sur X." on
LinkedIn leaves LinkedIn without one, however good the other version is (graded 10, scored 49). A few words that give
none of the brief's facts and send the reader to another network or page are read as no version (guard
every-network); a short teaser, or a full version that also says "link in bio", is a post. Situations written for
this test (a neighbourhood fête, a river clean-up)."""

from __future__ import annotations

from typing import Any

import pytest
from scoring_kit import score_line

BRIEF = {
    "fr": "Annonce sur Instagram et LinkedIn la fête de quartier de la Croix-Rousse, dimanche 8 juin, de 11 h à 18 h, "
          "gratuite, avec concerts et vide-grenier.",
    "en": "Announce on Instagram and LinkedIn our riverside clean-up, Sunday 8 June at 9am by the Old Bridge, gloves "
          "and bags provided, all ages welcome.",
}
FACTS = {
    "fr": [["8 juin", "dimanche"], ["Croix-Rousse", "quartier"], ["gratuite", "gratuit"], ["11 h", "18 h"],
           ["concerts", "vide-grenier"]],
    "en": [["8 June", "Sunday"], ["Old Bridge", "riverside", "river"], ["9am"], ["gloves", "bags"], ["all ages"]],
}
INSTAGRAM = {
    "fr": "La Croix-Rousse fait la fête 🎶 Dimanche 8 juin, 11 h - 18 h : concerts, vide-grenier, et c'est gratuit !",
    "en": "Grab a bag, save a river 🌊 Sunday 8 June, 9am by the Old Bridge. Gloves and bags provided, all ages!",
}
POINTERS = [
    ("fr", "Voir notre post Instagram."), ("fr", "Tout est sur notre site !"), ("fr", "Infos : lien en bio 👆"),
    ("en", "See our Instagram post."), ("en", "All details on our website!"), ("en", "Link in bio 👆"),
]
POSTS = [
    ("fr", "Chut… quelque chose se prépare 🤫"),
    ("fr", "Dimanche 8 juin, la Croix-Rousse fait la fête de 11 h à 18 h : concerts et vide-grenier gratuits. "
           "Programme complet : lien en bio."),
    ("en", "Something's coming to the river 👀"),
    ("en", "On Sunday 8 June at 9am, join our riverside clean-up by the Old Bridge: gloves and bags provided, details "
           "on our website."),
]


def _result(lang: str, linkedin: str) -> Any:
    return score_line(lang=lang, platform="instagram", thread=[{"author": "brief", "text": BRIEF[lang]}],
                      expect={"facts": FACTS[lang]}, qualities=["multiplatform"],
                      reply={"instagram": INSTAGRAM[lang], "linkedin": linkedin})


@pytest.mark.parametrize(("lang", "linkedin"), POINTERS)
def test_a_pointer_elsewhere_is_no_version(lang: str, linkedin: str) -> None:
    result = _result(lang, linkedin)
    guard = next(c for c in result.criteria if c.id == "every-network")
    assert guard.score == 0 and result.scores["multiplatform"] <= 30


@pytest.mark.parametrize(("lang", "linkedin"), POSTS)
def test_near_misses_a_teaser_or_a_full_post_with_a_link_is_a_post(lang: str, linkedin: str) -> None:
    assert not any(c.id == "every-network" for c in _result(lang, linkedin).criteria)
