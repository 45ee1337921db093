"""A telegraphic note of five or six words ("devs pls fix vat thing asap 🙏") is a note, not a keyword list.

A known miss of round 6, in the tuning split: that note (graded 20 on teamwork, above notes graded 5-15) read as no
sentence at all, so the team it reaches and the fact it names were gated to 0. A note to colleagues may be telegraphic:
a short fragment there was a sentence up to four words; it now is up to six. A longer run of bare words is still a
keyword list, and a reply to the person is read as before.
Written for this test, in situations the development set does not have; the near-misses are longer runs of bare words
in a note, and the same few bare words as a public reply."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREAD = {
    "fr": [{"author": "Lina Morel", "text": "Vous m'avez prélevé deux fois l'abonnement ce mois-ci et personne ne "
                                           "répond à mes mails. Je veux être remboursée."}],
    "en": [{"author": "Lina Moore", "text": "You charged my subscription twice this month and nobody answers my "
                                           "emails. I want my money back."}],
}
PUBLIC = {"fr": "Lina, désolés pour ce double prélèvement : on vérifie aujourd'hui et on revient vers vous ici.",
          "en": "Lina, sorry about the double charge: we're checking it today and will come back to you here."}
TELEGRAPHIC = [
    ("en", "billing pls refund double charge asap"),
    ("en", "billing team check lina double charge"),
    ("en", "finance refund lina today thx 🙏"),
    ("fr", "facturation rembourser double prélèvement vite svp"),
    ("fr", "compta finance rembourser lina urgent"),
    ("fr", "facturation vérifier double prélèvement lina 🙏"),
]
KEYWORD_RUNS = [
    ("en", "billing refund double charge customer angry public thread growing fast asap pls"),
    ("fr", "facturation remboursement double prélèvement cliente furieuse fil public urgent vite svp"),
]


def teamwork(lang: str, note: str, public: str | None = None) -> dict[str, int]:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], expect={"teams": ["billing"]},
                        qualities=["teamwork"], reply={"public": public or PUBLIC[lang], "internal_note": note})
    return {c.id: c.score for c in result.criteria}


@pytest.mark.parametrize(("lang", "note"), TELEGRAPHIC)
def test_a_telegraphic_note_reaches_its_team(lang: str, note: str) -> None:
    assert teamwork(lang, note)["right-team"] >= 50  # five or six words of eight: a short note, not a gated one


@pytest.mark.parametrize(("lang", "note"), KEYWORD_RUNS)
def test_a_long_run_of_bare_words_is_still_no_note(lang: str, note: str) -> None:
    assert teamwork(lang, note)["right-team"] == 0


@pytest.mark.parametrize(("lang", "reply"), [("en", "billing refund double charge today thx"),
                                             ("fr", "facturation remboursement double prélèvement aujourd'hui merci")])
def test_bare_words_to_the_person_are_read_as_before(lang: str, reply: str) -> None:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=reply)
    assert result.scores["listening"] <= 10
