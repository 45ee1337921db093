"""What the person should have had is no blame (round 16, calm16): blame listed « vous n'auriez pas dû », « vous
auriez dû », "you should have" as such, so « vous n'auriez pas dû avoir à demander trois fois », « vous n'auriez pas dû
être débité deux fois » (the brand owning what the person was put through) cost 60 of calm, as « vous auriez dû prendre
le train précédent » does. These terms now form blame's `ought` group; one followed in its clause by what the person
should have had or been spared (undergone's `owed` group: having to, receiving, hearing back; or a word of being then a
participle, a passive) is no blame (``denial.owed``). Written for a double payment (no dev set's thread)."""

from __future__ import annotations

import pytest
from scoring_kit import criterion_of, score_line

THREAD = {
    "en": "I paid twice for my order and nobody answers. What is going on?",
    "fr": "J'ai payé deux fois ma commande et personne ne répond. C'est quoi ce bazar ?",
}
OWED = {
    "en": ["Kim, you should have been refunded automatically the same day.",
           "Kim, you should have been sent a new code by text.",
           "Kim, you should have been charged once, not twice.",
           "Kim, you should have had a reply to your email long ago.",
           "Kim, you should have heard back from us within two days."],
    "fr": ["Kim, vous n'auriez pas dû être débité deux fois.",
           "Kim, vous n'auriez pas dû avoir à demander trois fois.",
           "Kim, vous n'auriez pas dû recevoir ce colis abîmé.",
           "Kim, vous auriez dû être remboursée automatiquement le jour même.",
           "Kim, tu n'aurais pas dû être prélevé une deuxième fois.",
           "Kim, tu aurais dû avoir une réponse à ton mail depuis longtemps."],
}
BLAMED = {
    "en": ["Kim, you should have kept the receipt.",
           "Kim, you should have been more careful with your PIN.",
           "Kim, you should have waited for the confirmation before paying again.",
           "Kim, you should have checked your bank app first.",
           "Kim, you should have been patient, it takes two days."],
    "fr": ["Kim, vous auriez dû prendre le train précédent.",
           "Kim, vous n'auriez pas dû payer deux fois, il fallait attendre la confirmation.",
           "Kim, tu aurais dû être plus prudent avec ton code.",
           "Kim, vous auriez dû attendre la confirmation avant de repayer.",
           "Kim, vous n'auriez pas dû ouvrir le colis."],
}


def _found(lang: str, reply: str) -> list[str]:
    result = score_line(lang=lang, platform="facebook", thread=[{"author": "Kim", "text": THREAD[lang]}],
                        reply=reply, brand={"name": "Payly", "handle": "@payly"}, expect={"person": "Kim"})
    return [e.text for e in criterion_of(result, "no-hostility").evidence]


@pytest.mark.parametrize(("lang", "reply"), [(lang, r) for lang, rs in OWED.items() for r in rs])
def test_what_the_person_should_have_had_is_no_blame(lang: str, reply: str) -> None:
    assert not _found(lang, reply), reply


@pytest.mark.parametrize(("lang", "reply"), [(lang, r) for lang, rs in BLAMED.items() for r in rs])
def test_what_the_person_should_have_done_still_blames(lang: str, reply: str) -> None:
    assert _found(lang, reply), reply
