# ruff: noqa: E501  (test replies are long literal strings)
"""A short honest reply breaks no charter rule, no register and no trust (issue 11, round 4): communication's charter,
respect, trust and voice read the length gate at its square root, so a short reply is scaled a little for saying less,
not as if it had broken them; a keyword list and keyword stuffing keep the full gate. Situations and replies written
for this file, fr and en."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREAD = {"en": [{"author": "Lena", "text": "Your bakery charged my card twice for one birthday cake. Can you fix it?"}],
          "fr": [{"author": "Léna", "text": "Votre boulangerie a débité ma carte deux fois pour un seul gâteau d'anniversaire. Vous pouvez corriger ?"}]}
EXPECT = {"en": {"person": "Lena", "facts": [["charged", "twice"], ["cake"]]},
          "fr": {"person": "Léna", "facts": [["débité", "deux fois"], ["gâteau"]]}}
SHORT = [
    ("en", "Lena, sorry! Refund of the second charge today."),
    ("en", "Sorry Lena, double charge refunded this afternoon."),
    ("en", "Lena, our mistake: the extra charge comes back tomorrow."),
    ("fr", "Léna, désolés ! Le second débit est remboursé aujourd'hui."),
    ("fr", "Désolés Léna, double débit remboursé cet après-midi."),
    ("fr", "Léna, notre erreur : le débit en trop revient demain."),
]
GAMED = [  # near-misses: no prose, or stuffing, keep the full gate
    ("en", "sorry refund charge twice cake Lena today understand"),
    ("fr", "désolés remboursement débit deux fois gâteau Léna aujourd'hui"),
]
PARTS = ("charter", "respect", "trust", "voice")


def _parts(lang: str, reply: str) -> dict[str, int]:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], expect=EXPECT[lang], reply=reply)
    return {c.id: c.score for c in result.criteria if c.id in PARTS}


@pytest.mark.parametrize(("lang", "reply"), SHORT)
def test_a_short_honest_reply_keeps_most_of_what_it_does_not_break(lang: str, reply: str) -> None:
    parts = _parts(lang, reply)
    assert parts["respect"] >= 80 and parts["trust"] >= 80 and parts["charter"] >= 80, parts


@pytest.mark.parametrize(("lang", "reply"), GAMED)
def test_a_keyword_list_keeps_the_full_gate(lang: str, reply: str) -> None:
    assert all(score <= 20 for score in _parts(lang, reply).values()), _parts(lang, reply)
