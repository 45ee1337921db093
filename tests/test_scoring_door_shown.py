"""Hostility without insult words, round 14: the door shown to the person, the matter declared repeated, their
expectations shamed, a colleague blamed by any description; and the same words in a wish the brand denies of itself
("we don't want you to have to go elsewhere") read as the wish to keep them. Another subject keeps the jab ("if you
don't like it…", "rien ne vous empêche de…")."""

from __future__ import annotations

import pytest
from scoring_kit import LATE_BLENDER as THREAD
from scoring_kit import score_line

FACT = {"en": "Your blender left our warehouse this morning and arrives Thursday.",
        "fr": "Votre mixeur a quitté l'entrepôt ce matin et arrive jeudi."}
PLAIN = {"en": "Nora, sorry for the wait. ", "fr": "Nora, désolés pour l'attente. "}


def calm(lang: str, text: str) -> int:
    reply = text.format(fact=FACT[lang])
    result = score_line(lang=lang, platform="x", thread=THREAD[lang], reply=reply, expect={"person": "Nora"})
    return result.scores["calm"]


HOSTILE = {
    "en": [
        "Nora, there are plenty of other stores if you'd rather not wait. {fact}",
        "Nora, nothing stops you from ordering elsewhere next time. {fact}",
        "Nora, if you don't like it, go somewhere else. {fact}",
        "Nora, we've gone over this already. {fact}",
        "Nora, you may want to temper your expectations on delivery dates. {fact}",
        "Nora, our summer intern forgot to book the courier. {fact}",
        "Nora, we have other customers to deal with. {fact}",
    ],
    "fr": [
        "Nora, rien ne vous empêche d'acheter ailleurs la prochaine fois. {fact}",
        "Nora, si ça ne vous convient pas, vous pouvez commander ailleurs. {fact}",
        "Nora, je vous répète que tout est en ordre. {fact}",
        "Nora, il faudrait peut-être baisser vos attentes sur les délais. {fact}",
        "Nora, notre nouveau stagiaire a oublié de réserver le transporteur. {fact}",
        "Nora, nous avons d'autres commandes, pas seulement la vôtre. {fact}",
    ],
}
CIVIL = {
    "en": [
        "Nora, we don't want you to have to shop elsewhere for a blender that simply arrives. Sorry. {fact}",
        "Nora, we never want you to go somewhere else because of us. {fact}",
    ],
    "fr": [
        "Nora, nous ne voulons pas que vous alliez voir ailleurs à cause d'un retard. Pardon. {fact}",
        "Nora, on ne veut pas vous pousser à commander ailleurs : {fact}",
    ],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in HOSTILE.items() for t in texts])
def test_a_jab_without_insult_words_scores_below_a_plain_apology(lang: str, text: str) -> None:
    assert calm(lang, text) < calm(lang, PLAIN[lang] + "{fact}") and calm(lang, text) < 70


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in CIVIL.items() for t in texts])
def test_the_same_words_denied_in_their_clause_are_no_jab(lang: str, text: str) -> None:
    assert calm(lang, text) >= 70
