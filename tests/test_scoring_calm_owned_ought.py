"""What we should have done, said by us, owns the fault in English as in French (round 16, calm16): de-escalation
listed « on aurait dû », « nous aurions dû », « j'aurais dû » as owning, and English only "we should have made", so
"we should have caught this after the first one" earned no calming move where its French twin did. `denial
.owned_oughts` reads "we"/"I", "should (not) have", then a past participle (an "-ed" word or an irregular one of
undergone's 'participles' group); a forecast ("we should have the new boxes by Friday", "we should have seven left")
owns nothing. Written for a third damaged parcel (no dev set's thread)."""

from __future__ import annotations

import pytest
from scoring_kit import criterion_of, score_line

THREAD = {
    "en": "Third time my order arrives damaged. Do you even pack these?",
    "fr": "Troisième commande qui arrive abîmée. Vous les emballez au moins ?",
}
TAIL = {"en": " A replacement leaves today, packed by hand.",
        "fr": " Un remplacement part aujourd'hui, emballé à la main."}
OWNED = {
    "en": ["Kim, we should have caught this after the first one.", "Kim, I should have called you back yesterday.",
           "Kim, we shouldn't have closed your ticket.", "Kim, we should've been clearer about the packaging.",
           "Kim, we should have told you the courier had changed."],
    "fr": ["Kim, on aurait dû s'en rendre compte dès la première.", "Kim, j'aurais dû vous rappeler hier.",
           "Kim, nous aurions dû vous prévenir du changement de transporteur."],
}
FORECAST = {
    "en": ["Kim, we should have the new boxes by Friday.", "Kim, we should have seven left in stock.",
           "Kim, I should have news for you tomorrow.", "Kim, we should have green ones back next week."],
    "fr": ["Kim, on devrait avoir les nouvelles boîtes vendredi.", "Kim, je devrais avoir des nouvelles demain.",
           "Kim, nous devrions avoir la pièce lundi.", "Kim, on devrait en avoir sept en stock."],
}


def _moves(lang: str, reply: str) -> list[str]:
    result = score_line(lang=lang, platform="facebook", thread=[{"author": "Kim", "text": THREAD[lang]}],
                        reply=reply + TAIL[lang], brand={"name": "Boxly", "handle": "@boxly"}, expect={"person": "Kim"})
    return [e.text for e in criterion_of(result, "de-escalation").evidence]


@pytest.mark.parametrize(("lang", "reply"), [(lang, r) for lang, rs in OWNED.items() for r in rs])
def test_what_we_should_have_done_owns_the_fault(lang: str, reply: str) -> None:
    assert any(w in e.lower() for e in _moves(lang, reply) for w in ("should", "aurai", "aurions")), reply


@pytest.mark.parametrize(("lang", "reply"), [(lang, r) for lang, rs in FORECAST.items() for r in rs])
def test_a_forecast_owns_nothing(lang: str, reply: str) -> None:
    assert not _moves(lang, reply), reply
