"""A blame denied in its clause is reassurance, not blame ("none of this is your fault"). Sentences written for this
test, in no dev-set situation."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREAD = {
    "en": [{"author": "Tariq Bell",
            "text": "Someone used my card on your site after your data leak. I feel so stupid."}],
    "fr": [{"author": "Tariq Bell", "text": "Quelqu'un a utilisé ma carte sur votre site après votre fuite. Je me sens "
            "tellement bête."}],
}
OPENING = {"en": "Tariq, I'm so sorry.", "fr": "Tariq, je suis vraiment désolé."}
DENIED = {
    "en": ["None of this is your fault.", "It was never your fault, the leak was ours.",
           "None of it was your fault.", "This is in no way your fault."],
    "fr": ["Rien de tout cela n'est de votre faute.", "Ce n'est en aucun cas votre faute, la fuite vient de nous."],
}
BLAMED = {
    "en": ["Honestly, this is your fault for reusing a password.", "You should have changed your password.",
           "We can't refund this because you should have reported it sooner."],
    "fr": ["Honnêtement, c'est de votre faute, vous auriez dû changer de mot de passe.",
           "On ne peut rien faire, c'est de votre faute."],
}


def _calm(lang: str, sentence: str) -> tuple[int, set[str]]:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=f"{OPENING[lang]} {sentence}",
                        expect={"person": "Tariq"})
    hostile = {e.text.lower() for c in result.criteria if c.id == "no-hostility" for e in c.evidence}
    return result.scores["calm"], hostile


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_denied_blame_costs_nothing_and_a_blame_still_costs(lang: str) -> None:
    blamed = [_calm(lang, s) for s in BLAMED[lang]]
    assert all(hostile for _score, hostile in blamed)  # the blame is still caught, with its words
    for sentence in DENIED[lang]:
        score, hostile = _calm(lang, sentence)
        assert not hostile, sentence
        assert score > max(s for s, _h in blamed) + 20, sentence
