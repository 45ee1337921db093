"""Insult and swear-word terms whose stem is short match as words, not stems: the French stemmer reads "connaît",
"connais" and "cône" as "con", and "fermé la" as "ferme-la", so ordinary sentences lost calm as insults. The lexicon
says so (``exact_below``): a short-stemmed word of a term matches its written form, plural or feminine, and an accent
the text writes must be the term's. Sentences written for this test, none of the dev set's."""

from __future__ import annotations

import pytest
from scoring_kit import score_line
from test_scoring_language_switch import THREADS

from cmsim.scoring.lexicon import lexicons, one_lexicon
from cmsim.scoring.text import analyse


def _hostility(lang: str, reply: str) -> tuple[int, list[str]]:
    person, thread = THREADS[lang]
    result = score_line(lang=lang, platform="facebook", thread=thread, reply=reply, expect={"person": person})
    hostility = next(c for c in result.criteria if c.id == "no-hostility")
    return result.scores["calm"], [e.text for e in hostility.evidence if e.polarity == "-"]


ORDINARY = {  # words that stem like a short insult or swear word
    "fr": ["Malik, notre technicien connaît bien ce modèle de routeur, il passe à 11 h.",
           "Malik, je connais bien ce quartier, la fibre y est fragile ; on vous rembourse le mois.",
           "Malik, désolés : un cône de chantier a arraché le câble, on vous rembourse le mois.",
           "Malik, le magasin est fermé la semaine prochaine, mais le technicien passe demain.",
           "Malik, vous connaissez la suite : on relance la box et on vous rembourse le mois.",
           "Malik, nous fermons le local à 19 h ; le wifi sera rétabli avant.",
           "Malik, ces cônes orange sur le parking viennent des travaux, désolés pour la gêne.",
           "Malik, on ferme la boutique à 19 h, le technicien passe avant.",
           "Malik, fermez la porte du local en partant, le wifi sera relancé.",
           "Malik, si le carton casse, toi tu nous écris et on le remplace."],
    "en": ["Priya, sorry: the fuel pump's cone valve failed, we're refunding the crossing.",
           "Priya, sorry, the harbour master knows the con-rod fault well; we're refunding you."],
}
INSULTS = {  # the same short words, meant
    "fr": ["Malik, quel con, franchement.", "Malik, espèce de connasse, lisez les conditions.",
           "Malik, ferme-la, on s'en occupe.", "Malik, vous êtes des cons avec vos visios.",
           "Malik, t'es vraiment conne.", "Malik, espece de connasse, lisez les conditions.",
           "Malik, FERME-LA.", "Malik, ferme la !", "Malik, casse toi !", "Malik, fermez-la avec vos visios."],
    "en": ["Priya, shut up, it's a ferry.", "Priya, what a fucking fuss about one ferry.",
           "Priya, damn, you're slow."],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in ORDINARY.items() for t in texts])
def test_near_misses_a_word_that_stems_like_a_short_insult_is_no_insult(lang: str, text: str) -> None:
    calm, hostile = _hostility(lang, text)
    assert not hostile and calm > 50, (calm, hostile)


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in INSULTS.items() for t in texts])
def test_short_insults_and_swear_words_still_cost_calm(lang: str, text: str) -> None:
    calm, hostile = _hostility(lang, text)
    assert hostile and calm <= 50, (calm, hostile)


def test_the_word_forms_are_the_lexicons_own() -> None:
    insults = one_lexicon("fr", "insults")
    assert "con" in insults.exact and "idiot" not in insults.exact  # "idiot" stems long enough: "idiots" by stem
    found = lexicons("fr")["insults"].find(analyse("des idiots, des cons, une conne, il connaît, un cône", "fr"))
    assert [h.term for h in found] == ["idiot", "con", "conne"]
    found_all = lexicons("fr").find_all(analyse("il connaît la ferme, fermé la nuit ; ferme-la", "fr"))
    assert [h.term for h in found_all.get("profanity", [])] == ["ferme-la"]
    assert not lexicons("fr").find_all(analyse("il connaît le cône", "fr")).get("insults")
    joined = lexicons("fr").find_all(analyse("on ferme la boutique ; ferme la ! Fermez la porte, fermez-la", "fr"))
    assert [(h.term, h.start) for h in joined.get("profanity", [])] == [("ferme-la", 23), ("fermez-la", 51)]
