"""A word in capitals that names something is no shouting (round 16, calm16): the no-shouting reading counted
"IBAN", "GDPR", « RGPD », « SIRET » as a raised voice (15 points of calm each), and a rule on word length lost "STOP"
and "HUGE". It now reads what the word is (cmsim/scoring/capitals.py): a known acronym (the ``acronyms`` lexicon), a
word with no vowel, a code joined to a number, a word the thread writes in capitals in a sentence that does not shout,
a word of the brand's name. Written for a double payment (a thread of no dev set) with acronyms the lexicon does not
list; the near-misses are ordinary words in capitals, a word echoed from a shouted post, and one the person stressed
(no determiner before it: "charged me TWICE", « c'est INADMISSIBLE »)."""

from __future__ import annotations

import pytest
from scoring_kit import criterion_of, score_line

THREAD = {
    "en": "I paid twice for my order and nobody answers. What is going on?",
    "fr": "J'ai payé deux fois ma commande et personne ne répond. C'est quoi ce bazar ?",
}
NAMED = {  # (the thread, or None for THREAD; the brand's name; the reply; the word in capitals it names)
    "en": [
        (None, "Payly", "Kim, the RTBF report you saw was about another bank; we refund the second payment today.",
         "RTBF"),
        (None, "Payly", "Kim, the WLTP figures are in the brochure, and we refund the second payment today.", "WLTP"),
        ("I paid twice for my ESTA form on your site and nobody answers.", "Payly",
         "Kim, your ESTA form went through once; we refund the second payment today.", "ESTA"),
        (None, "Payly", "Kim, the NOVA-3 charger is covered, and we refund the second payment today.", "NOVA"),
        (None, "Luma", "Kim, LUMA refunds the second payment today, sorry for the worry.", "LUMA"),
    ],
    "fr": [
        (None, "Payly", "Kim, l'étude du CNRS dont vous parlez ne nous concerne pas ; on rembourse le second paiement "
         "aujourd'hui.", "CNRS"),
        (None, "Payly", "Kim, le CHSCT n'a rien à voir ici : on rembourse le second paiement aujourd'hui.", "CHSCT"),
        ("J'ai payé deux fois mon inscription au CAPES sur votre site et personne ne répond.", "Payly",
         "Kim, votre inscription au CAPES est bien passée une fois ; on rembourse le second paiement aujourd'hui.",
         "CAPES"),
        (None, "Payly", "Kim, le modèle ZENO-2 est couvert, et on rembourse le second paiement aujourd'hui.", "ZENO"),
        (None, "Vélia", "Kim, VÉLIA vous rembourse le second paiement aujourd'hui, désolés pour l'inquiétude.",
         "VÉLIA"),
    ],
}
SHOUTED = {  # the same shapes, words that shout
    "en": [
        (None, "Kim, STOP writing to us like this. We refund the second payment today.", "STOP"),
        (None, "Kim, this is a HUGE mistake on our side; we refund the second payment today.", "HUGE"),
        (None, "Kim, we will NEVER charge you twice again, the second payment is refunded today.", "NEVER"),
        ("WHERE IS MY REFUND. I paid twice and nobody answers.", "Kim, your REFUND leaves today.", "REFUND"),
        ("You charged me TWICE and nobody answers.", "Kim, sorry you were charged TWICE; the refund leaves today.",
         "TWICE"),
    ],
    "fr": [
        (None, "Kim, ARRÊTEZ de nous écrire comme ça. On rembourse le second paiement aujourd'hui.", "ARRÊTEZ"),
        (None, "Kim, c'est VRAIMENT une erreur de notre part ; on rembourse le second paiement aujourd'hui.",
         "VRAIMENT"),
        (None, "Kim, PFFF, on rembourse le second paiement aujourd'hui.", "PFFF"),
        ("JE VEUX MON REMBOURSEMENT. J'ai payé deux fois.", "Kim, votre REMBOURSEMENT part aujourd'hui.",
         "REMBOURSEMENT"),
        ("J'ai payé deux fois, c'est INADMISSIBLE.", "Kim, vous avez raison, c'est INADMISSIBLE ; on rembourse "
         "aujourd'hui.", "INADMISSIBLE"),
    ],
}


def _loud(lang: str, thread: str | None, brand: str, reply: str) -> list[str]:
    result = score_line(lang=lang, platform="facebook", thread=[{"author": "Kim", "text": thread or THREAD[lang]}],
                        reply=reply, brand={"name": brand, "handle": "@payly"}, expect={"person": "Kim"})
    return [e.text for e in criterion_of(result, "no-shouting").evidence]


@pytest.mark.parametrize(("lang", "thread", "brand", "reply", "word"),
                         [(lang, *c) for lang, cs in NAMED.items() for c in cs])
def test_a_word_in_capitals_that_names_something_is_no_shouting(lang: str, thread: str | None, brand: str,
                                                                   reply: str, word: str) -> None:
    assert word not in _loud(lang, thread, brand, reply)


@pytest.mark.parametrize(("lang", "thread", "reply", "word"), [(lang, *c) for lang, cs in SHOUTED.items() for c in cs])
def test_an_ordinary_word_in_capitals_still_shouts(lang: str, thread: str | None, reply: str, word: str) -> None:
    assert word in _loud(lang, thread, "Payly", reply)
