"""A wink shared with the joker (round 7): in a thread where one person is upset and another jokes, a wink closing a
sentence that speaks to the joker by name ("Lucas, ta motivation et nos capsules, même combat : il leur faut un pro
😅") laughs with them; it is no mock consolation of the upset person, who is not addressed in that sentence. Hand
graders put such replies at 70–85 on calm while the wink alone capped them at 46–49.

Named from misordered calm pairs of set 6 (compostable coffee capsules). The sentences below are written for other
situations (a concert postponed, a wedding cake delivered late), with near-misses that must still cost: the wink in a
sentence that speaks to the upset person, or to nobody by name, or to both.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.result import CriterionResult

THREAD = {
    "en": [{"author": "Brightstage", "text": "Tonight's show at the Corn Exchange is postponed to 14 March."},
           {"author": "Maya", "text": "Drove two hours with my kids and found out at the door. Furious."},
           {"author": "Dev", "text": "my ticket is now a very expensive bookmark 💀"}],
    "fr": [{"author": "Pâtisserie Lune", "text": "Livraisons du week-end : merci pour votre patience !"},
           {"author": "Camille",
            "text": "Gâteau de mariage livré avec trois heures de retard, les invités étaient partis."},
           {"author": "Théo", "text": "le gâteau voulait juste faire une entrée remarquée 😂"}],
}
PERSON = {"en": "Maya", "fr": "Camille"}
FEELING = {"en": "angry", "fr": "en colère"}
BRAND = {"en": {"name": "Brightstage", "handle": "@brightstage"},
         "fr": {"name": "Pâtisserie Lune", "handle": "@patisserielune"}}

TO_THE_JOKER = {
    "en": ["Dev, keep that bookmark safe: it gets you in on 14 March 😉",
           "Maya, your tickets stay valid. Dev, best bookmark in town 😅",
           "Dev, we'll take bookmark over paperweight any day 😜",
           "Ha, Dev, a bookmark with an encore included 😆 Maya, your tickets stay valid for 14 March."],
    "fr": ["Théo, une entrée remarquée, c'est le moins qu'on puisse dire 😅",
           "Camille, trois heures de retard, nous allons vous rembourser. Théo, on note l'idée 😉",
           "Théo, promis, le prochain sera plus discret 😜",
           "Bien vu Théo 😆 Camille, écrivez-nous en privé pour le remboursement."],
}
STILL_MOCKING = {
    "en": ["Maya, think of it as a scenic drive 😉",
           "At least the kids got a road trip out of it 😅",
           "Maya and Dev, look at it as a bonus evening at home 😜"],
    "fr": ["Camille, au moins vos invités n'ont pas trop mangé 😉",
           "Considérez ça comme une fête en deux temps 😅",
           "Camille et Théo, voyez ça comme un dessert surprise 😜"],
}


def _hostility(lang: str, text: str) -> CriterionResult:
    result = score_line(lang=lang, platform="instagram", thread=THREAD[lang], reply=text, brand=BRAND[lang],
                        expect={"person": PERSON[lang], "feeling": FEELING[lang]})
    return next(c for c in result.criteria if c.id == "no-hostility")


def test_every_language_has_four_sentences_and_three_near_misses() -> None:
    assert all(len(TO_THE_JOKER[lang]) >= 4 and len(STILL_MOCKING[lang]) >= 3 for lang in ("en", "fr"))


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in TO_THE_JOKER.items() for t in texts])
def test_a_wink_at_the_joker_by_name_is_no_jab(lang: str, text: str) -> None:
    assert _hostility(lang, text).score == 100, text


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in STILL_MOCKING.items() for t in texts])
def test_a_wink_at_the_upset_person_or_at_nobody_still_costs(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score <= 40, text
    assert any(e.polarity == "-" for e in hostility.evidence)
