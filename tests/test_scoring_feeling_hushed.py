"""The step's feeling found inside a reassurance ("nothing to worry about") is dismissed, not acknowledged (listening).
Sentences written for this test, in no dev-set situation."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREAD = {
    "en": [{"author": "Elena Park", "text": "My son reacted to your teething gel last night. I'm really worried."}],
    "fr": [{"author": "Elena Park", "text": "Mon fils a réagi à votre gel hier soir. Je suis très inquiète."}],
}
FEELING = {"en": "worried", "fr": "inquiète"}
HUSHED = {"en": "Elena, nothing to worry about, our gel is tested. DM us his batch number.",
          "fr": "Elena, pas d'inquiétude, notre gel est testé. Envoyez-nous le numéro de lot en MP."}
HEARD = {"en": "Elena, I understand you're worried, our gel is tested. DM us his batch number.",
         "fr": "Elena, je comprends que vous soyez inquiète, notre gel est testé. Envoyez-nous le numéro de lot en MP."}


def _feeling(lang: str, reply: str) -> tuple[int, list[str]]:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=reply,
                        expect={"person": "Elena", "feeling": FEELING[lang]})
    found = next(c for c in result.criteria if c.id == "acknowledges-feeling")
    return found.score, [e.text.lower() for e in found.evidence]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_feeling_inside_a_reassurance_is_not_acknowledged(lang: str) -> None:
    hushed, hushed_words = _feeling(lang, HUSHED[lang])
    heard, heard_words = _feeling(lang, HEARD[lang])
    assert not any("worry" in w or "inqui" in w for w in hushed_words)
    assert any("worried" in w or "inquiète" in w for w in heard_words)
    assert heard > hushed
