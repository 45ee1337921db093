"""A criterion lowered only by the substance gate says why in words true of the reply: "too short" only when it has
few words; a long reply is told which of its words did not count (no sentence at all, some not in sentences, words
that game the scorer, prose in the thread's other language). A gate that costs a point across a band's edge gives no
reason of its own. Situations written for this test (a bike workshop, a gingerbread order), none of the dev set's."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.scoring.gating import (
    FOREIGN_GATED_TEXT,
    GAMED_GATED_TEXT,
    GATED_TEXT,
    LIST_GATED_TEXT,
    LONG_GATED_TEXT,
    THIN_GATED_TEXT,
)

BIKE = [{"author": "Ravi Patel", "text": "My bike came back from your workshop with the gears still slipping. Third "
         "time. I'm so annoyed."}]
GINGERBREAD = [{"author": "Chloé Martin", "text": "Ma commande de pain d'épices est arrivée écrasée, c'était pour "
                "l'anniversaire de ma fille. Je suis déçue."}]
THREADS = {"en": BIKE, "fr": GINGERBREAD}


def _gated(lang: str, reply: str) -> dict[str, str]:
    """Each criterion lowered by the gate, with what it says."""
    texts = {t[lang] for t in (GATED_TEXT, THIN_GATED_TEXT, LIST_GATED_TEXT, FOREIGN_GATED_TEXT, GAMED_GATED_TEXT,
                               LONG_GATED_TEXT)}
    result = score_line(lang=lang, platform="facebook", thread=THREADS[lang], reply=reply)
    return {c.id: c.feedback for c in result.criteria if c.feedback in texts}


@pytest.mark.parametrize(("lang", "reply"), [
    ("en", "Ravi, sorry. Gears slipping third visit workshop mechanic Saturday free fix wait annoyed. DM us."),
    ("fr", "Chloé, désolés. Colis écrasé anniversaire fille boîte neuve express demain offerte. MP."),
    ("en", "gears slipping third visit mechanic saturday free fix sorry annoyed ravi"),
    ("fr", "colis écrasé anniversaire fille boîte neuve demain offerte désolés chloé"),
])
def test_a_list_of_words_long_enough_is_never_told_it_is_too_short(lang: str, reply: str) -> None:
    said = _gated(lang, reply)
    assert said and set(said.values()) == {LIST_GATED_TEXT[lang]}


@pytest.mark.parametrize(("lang", "reply"), [
    ("en", "Ravi, we're sorry the gears are still slipping after a third visit. 🔧🔧 Saturday. Free. Promise. DM us."),
    ("fr", "Chloé, nous sommes désolés que votre pain d'épices soit arrivé écrasé. 🎂🎂 Demain. Offert. Promis. MP."),
])
def test_fragments_beside_sentences_are_named_as_such(lang: str, reply: str) -> None:
    said = _gated(lang, reply)
    assert said and set(said.values()) == {THIN_GATED_TEXT[lang]}


@pytest.mark.parametrize(("lang", "reply"), [("en", "hi there"), ("fr", "bonjour"), ("en", "On it."),
                                             ("fr", "On s'en occupe.")])
def test_a_reply_of_a_few_words_is_too_short(lang: str, reply: str) -> None:
    said = _gated(lang, reply)
    assert said and set(said.values()) == {GATED_TEXT[lang]}


def _switch_named(lang: str, reply: str) -> None:
    """The reply in the other language is read in its own (no criterion lowered as "too short" or "not in
    sentences"), and the charter and clarity name the switch with its words."""
    said = _gated(lang, reply)
    assert set(said.values()) <= {FOREIGN_GATED_TEXT[lang]}
    result = score_line(lang=lang, platform="facebook", thread=THREADS[lang], reply=reply)
    for criterion in ("charter", "clarity"):
        found = next(c for c in result.criteria if c.id == criterion)
        assert lang in found.missing and any(e.polarity == "-" for e in found.evidence)


def test_prose_in_the_other_language_is_named_as_such() -> None:
    _switch_named("fr", "Hi Chloé, we're so sorry your gingerbread arrived crushed, and on your daughter's birthday "
                        "too. Please send us your order number by DM and we'll ship a new box tomorrow.")
    # read in part as French ("on your daughter's birthday"): still the other language, never "not in sentences"
    _switch_named("fr", "Hi Chloé, we're so sorry your gingerbread arrived crushed, on your daughter's birthday too. "
                        "Please send us your order number by DM and we'll ship a new box tomorrow.")
    # a French reply to an English thread is not a list of words either
    _switch_named("en", "Bonjour Ravi, nous sommes désolés pour vos vitesses qui sautent encore : passez samedi, "
                        "notre mécanicien la répare devant vous.")
