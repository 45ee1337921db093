"""A feeling word inside a removal warning ("comments with offensive language may be removed") polices the person; it
acknowledges nothing (listening). Sentences written for this test, in no dev-set situation."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

THREAD = {
    "en": [{"author": "Omar Haddad", "text": "Third parcel 'delivered' to nobody. This is insulting. Useless."}],
    "fr": [{"author": "Omar Haddad", "text": "Troisième colis « livré » à personne. Insultant, je suis furieux."}],
}
POLICED = {
    "en": "Omar, comments with offensive or insulting language may be removed. Please contact us via the app.",
    "fr": "Omar, les commentaires aux propos insultants ou blessants pourront être supprimés. Écrivez-nous.",
}
HEARD = {
    "en": "Omar, three missed parcels is insulting, you're right. Please contact us via the app.",
    "fr": "Omar, trois colis manqués, c'est insultant, vous avez raison. Écrivez-nous sur l'appli.",
}


def _feeling(lang: str, reply: str) -> tuple[int, list[str]]:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=reply, expect={"person": "Omar"})
    found = next(c for c in result.criteria if c.id == "acknowledges-feeling")
    return found.score, [e.text.lower() for e in found.evidence]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_feeling_word_in_a_removal_warning_acknowledges_nothing(lang: str) -> None:
    policed, policed_words = _feeling(lang, POLICED[lang])
    heard, _words = _feeling(lang, HEARD[lang])
    assert not any("offens" in w or "insult" in w or "bless" in w for w in policed_words)
    assert heard > policed


STEP_FEELING = {"en": "insulted", "fr": "insulté"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_steps_own_feeling_in_a_removal_warning_acknowledges_nothing(lang: str) -> None:
    # the step's feeling word, looked up apart from the lexicons, is read through the same sieve as a caring word
    def feeling(reply: str) -> tuple[float, list[str]]:
        result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=reply,
                            expect={"person": "Omar", "feeling": STEP_FEELING[lang]})
        found = next(c for c in result.criteria if c.id == "acknowledges-feeling")
        return found.score, [e.text.lower() for e in found.evidence]

    policed, policed_words = feeling(POLICED[lang])
    heard, heard_words = feeling(HEARD[lang])
    assert policed == 0 and not any("insult" in w for w in policed_words)
    assert any("insult" in w for w in heard_words) and heard > policed
