"""A short jab of contempt or dismissal written in the thread's other language costs calm as it does in the thread's:
"Whatever." on a French thread, "Peu importe.", "Tant pis pour toi.", "Bof." on an English one were too short to be
read in their language and cost nothing. The other language's contempt and dismissal lists are read in sentences that
hold no word of the thread's language; borrowed words and phrases ("le week-end", "c'est la vie") stay clean.
Sentences written for this test (a coworking space's Wi-Fi, a ferry cancelled), none of the dev set's."""

from __future__ import annotations

import pytest
from scoring_kit import score_line
from test_scoring_language_switch import THREADS

from cmsim.scoring.language import reads_across
from cmsim.scoring.text import analyse


def _calm(lang: str, reply: str) -> tuple[int, list[str]]:
    person, thread = THREADS[lang]
    result = score_line(lang=lang, platform="facebook", thread=thread, reply=reply, expect={"person": person})
    hostility = next(c for c in result.criteria if c.id == "no-hostility")
    return result.scores["calm"], [e.text for e in hostility.evidence if e.polarity == "-"]


LEAD = {"fr": "Malik, désolés pour la coupure, on vous rembourse le mois.",
        "en": "Priya, sorry about the crossing, we're refunding it."}
JABS = {  # after an apology, a jab in the OTHER language than the thread's
    "fr": ["Whatever.", "Tough luck.", "Deal with it, Malik.", "Meh.", "So what?", "Nobody cares.", "End of story."],
    "en": ["Peu importe.", "Tant pis pour toi.", "Débrouille-toi.", "Bof.", "Et alors ?", "C'est comme ça.",
           "Point final."],
}
SAME = {"fr": ["Peu importe.", "Bof."], "en": ["Whatever.", "Meh."]}  # the same jabs in the thread's language


@pytest.mark.parametrize(("lang", "jab"), [(lang, j) for lang, js in JABS.items() for j in js])
def test_a_short_jab_in_the_other_language_costs_calm(lang: str, jab: str) -> None:
    calm, hostile = _calm(lang, f"{LEAD[lang]} {jab}")
    civil, _ = _calm(lang, LEAD[lang])
    assert hostile and calm <= 50 < civil, (calm, civil, hostile)


@pytest.mark.parametrize(("lang", "jab"), [(lang, j) for lang, js in SAME.items() for j in js])
def test_the_same_jab_in_the_threads_language_costs_as_much(lang: str, jab: str) -> None:
    other = JABS[lang][[0, 3][SAME[lang].index(jab)]]  # Whatever/Peu importe, Meh/Bof
    assert abs(_calm(lang, f"{LEAD[lang]} {jab}")[0] - _calm(lang, f"{LEAD[lang]} {other}")[0]) <= 5


BORROWED = {  # loanwords, quotes, brands and phrases one language takes from the other, and the lists' words used
    # plainly inside a sentence of the thread's language
    "fr": ["Malik, désolés, on vous rembourse le week-end.", "Malik, je checke et je vous envoie un mail, ok ?",
           "Malik, sorry pour le retard, le meeting a débordé. Merci pour le feedback !",
           "Malik, l'happy hour est offerte ce soir avec la « Happy Box Deluxe ». #SorryNotSorry",
           "Malik, le message « Payment failed, please try again later » vient de la banque, on regarde.",
           "Malik, cool, la box est relancée, désolés.",
           "Malik, whatever the cause, on vous rembourse le mois.",
           "Malik, pas de drama : la box est relancée et on vous rembourse le mois."],
    "en": ["Priya, sorry, we'll set a rendez-vous at the café near the port; no déjà vu this time.",
           "Priya, merci for your patience, we're refunding the crossing.",
           "Priya, c'est la vie, voilà, but we're refunding you. Bon courage!",
           "Priya, sorry, the cinema shuttle is delayed too; we're refunding you.",
           "Priya, sorry, peu importe l'heure, we're refunding you.",
           "Priya, sorry, the captain's caprice was not the cause: it was the wind. We're refunding you."],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in BORROWED.items() for t in texts])
def test_near_misses_borrowed_words_and_plain_uses_are_no_jab(lang: str, text: str) -> None:
    calm, hostile = _calm(lang, text)
    assert not hostile and calm > 50, (calm, hostile)


@pytest.mark.parametrize(("lang", "text", "read"), [
    ("fr", "Non, le contact est rétabli à la fin du week-end.", False),  # "non negotiable", "contact them", "end of"
    ("fr", "Malik, non negotiable.", True),
    ("fr", "Malik, whatever.", True),
    ("en", "Priya, the point is we're refunding you, and nous, we're sorry.", False),  # "point final", "nous ne…"
    ("en", "Priya, point final.", True),
])
def test_a_field_is_read_across_only_when_it_may_hold_a_jab(lang: str, text: str, read: bool) -> None:
    assert reads_across(analyse(text, lang), lang) is read
