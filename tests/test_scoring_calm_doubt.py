"""The person's account doubted (round 7): "let's not jump to conclusions before we've checked", "your alleged
reaction", "si ce que vous dites est exact" answer someone who reports harm by questioning whether it happened. Hand
graders put such a reply at 24 on calm beside civil ones at 55–93; no hostility reading saw it (scored 86).

The family, as words of doubt about the person's account: conclusions drawn too fast ("jump to conclusions",
"conclusions hâtives"), the account marked as unproven ("alleged", "supposedly", "so-called", "soi-disant",
"prétendu"), its truth made a condition ("if what you say is true", "si vos dires sont exacts", "à vous en croire").
Condescension.

Named from a misordered calm pair of set 6 (a meal kit with sesame). The sentences below were written before the
lexicon, for other situations (glass in a jar of jam, a scalp burnt at a hair salon), in French and English, with
near-misses that must not fire: the brand's own conclusions, the brand doubting itself, a real condition.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.result import CriterionResult

THREAD = {
    "en": [{"author": "Leah", "text": "Found a shard of glass in your strawberry jam this morning. My daughter nearly "
            "ate it. Horrified."}],
    "fr": [{"author": "Chloé", "text": "Brûlée au cuir chevelu pendant ma décoloration chez vous hier, j'ai encore "
            "mal. Inadmissible."}],
}
PERSON = {"en": "Leah", "fr": "Chloé"}
BRAND = {"en": {"name": "Hartley Preserves", "handle": "@hartleys"}, "fr": {"name": "Studio Mèche", "handle": "@meche"}}

DOUBT = {
    "en": ["Leah, please don't jump to conclusions before our lab has seen the jar.",
           "We take the alleged contamination seriously, Leah, and will review our line.",
           "Leah, if what you say is true, we'd need the jar and the receipt.",
           "The supposed shard will be examined once you send it to us, Leah."],
    "fr": ["Chloé, évitons les conclusions hâtives avant d'avoir vu votre cuir chevelu.",
           "Nous examinerons la prétendue brûlure dès que vous passerez au salon, Chloé.",
           "Chloé, si vos dires sont exacts, notre coloriste sera entendue.",
           "Cette soi-disant brûlure nous surprend, Chloé : nos produits sont testés."],
}
NEAR_MISSES = {
    "en": ["Leah, we drew the wrong conclusion from our own checks last month, and I'm so sorry.",
           "Leah, if the batch number is on the lid, please send it: we'll pull that batch today.",
           "Leah, we're horrified too. Our quality team is examining the whole batch today."],
    "fr": ["Chloé, nos conclusions étaient fausses et nous en sommes désolés.",
           "Chloé, si la douleur persiste, consultez un médecin : nous prenons en charge la consultation.",
           "Chloé, c'est inadmissible et nous sommes désolés. Notre responsable vous appelle aujourd'hui."],
}


def _hostility(lang: str, text: str) -> CriterionResult:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=text, brand=BRAND[lang],
                        expect={"person": PERSON[lang]})
    return next(c for c in result.criteria if c.id == "no-hostility")


def test_every_language_has_four_sentences_and_three_near_misses() -> None:
    assert all(len(DOUBT[lang]) >= 4 and len(NEAR_MISSES[lang]) >= 3 for lang in ("en", "fr"))


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in DOUBT.items() for t in texts])
def test_doubting_the_persons_account_costs_calm(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score <= 40, text
    assert any(e.polarity == "-" for e in hostility.evidence)


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NEAR_MISSES.items() for t in texts])
def test_our_own_conclusions_and_real_conditions_are_no_doubt(lang: str, text: str) -> None:
    assert _hostility(lang, text).score == 100, text
