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


def test_prose_in_the_other_language_is_named_as_such() -> None:
    said = _gated("fr", "Hi Chloé, we're so sorry your gingerbread arrived crushed, and on your daughter's birthday "
                        "too. Please send us your order number by DM and we'll ship a new box tomorrow.")
    assert said and set(said.values()) == {FOREIGN_GATED_TEXT["fr"]}
    # read in part as French ("on your daughter's birthday"): still the other language, never "not in sentences"
    said = _gated("fr", "Hi Chloé, we're so sorry your gingerbread arrived crushed, on your daughter's birthday too. "
                        "Please send us your order number by DM and we'll ship a new box tomorrow.")
    assert said and set(said.values()) == {FOREIGN_GATED_TEXT["fr"]}
    # a French reply to an English thread is not a list of words either
    said = _gated("en", "Bonjour Ravi, nous sommes désolés pour vos vitesses qui sautent encore : passez samedi, "
                        "notre mécanicien la répare devant vous.")
    assert said and set(said.values()) == {FOREIGN_GATED_TEXT["en"]}


@pytest.mark.parametrize(("lang", "reply"), [
    ("en", "Ravi, I'm sorry the gears are still slipping. Bring the bike in Saturday and our head mechanic will fix it "
           "while you wait. – Sam"),
    ("en", "Ravi, gears still slipping after three visits is wrong, and I'm sorry. Bring the bike in Saturday and our "
           "head mechanic will fix it while you wait. – Sam"),
    ("fr", "Chloé, je suis désolée pour le pain d'épices écrasé. Nous vous renvoyons une boîte neuve demain en "
           "express. – Léa"),
    ("fr", "Chloé, votre pain d'épices écrasé le jour de l'anniversaire, c'est raté, je suis désolée. Nous vous "
           "renvoyons une boîte neuve demain. – Léa"),
])
def test_a_signature_line_gives_no_reason_to_a_good_reply(lang: str, reply: str) -> None:
    assert _gated(lang, reply) == {}


@pytest.mark.parametrize(("lang", "reply"), [
    ("en", "My bike came back from your workshop with the gears still slipping. Third time. I'm so annoyed. Ok."),
    ("fr", "Ma commande de pain d'épices est arrivée écrasée, c'était pour l'anniversaire de ma fille. Ok."),
])
def test_words_that_do_not_count_are_named_as_such(lang: str, reply: str) -> None:
    said = _gated(lang, reply)
    assert said and set(said.values()) == {GAMED_GATED_TEXT[lang]}
