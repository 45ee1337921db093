"""The incident made small (round 8): a corporate statement that answers a hurtful incident by reframing it as a clumsy
joke with no harm meant ("il s'agissait d'un moment d'humour maladroit, sans aucune intention de blesser"), by making
the hurt hypothetical ("we understand the video may have caused offence", "que cette vidéo ait pu choquer"), or by
both. Hand graders put such statements at 24 on calm, under a reply that blames a franchisee (34); the scorer saw one
defensive phrase ("sortie de son contexte") at most.

Calm's own family (`minimising.yaml`, a defensive line's price): the joke without malice (humour maladroit, simple
plaisanterie, sans intention de blesser; harmless banter, no offence intended, no harm meant) and the hurt made
hypothetical (ait pu choquer, a pu heurter; may have caused offence, might have upset). Owning the joke's harm ("the
joke was hurtful and we're sorry", "cette plaisanterie était blessante") and asking whether the person was hurt are
none.

Named from a misordered calm pair of set 7 (a fast-food drive-through mocking an accent). The sentences below are
written for other situations (a hotel's staff filming a guest, a supermarket's advert), in French and English, with
near-misses that must not fire.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.result import CriterionResult

THREAD = {
    "en": [{"author": "Amara", "text": "Your reception staff filmed my mum struggling with the lift and posted it on "
                                      "their story laughing. She's 78. Disgusting."}],
    "fr": [{"author": "Sophie", "text": "Votre pub « les femmes au volant » dans les allées du magasin, sérieusement ? "
                                       "C'est humiliant. Je ne remettrai pas les pieds chez vous."}],
}
PERSON = {"en": "Amara", "fr": "Sophie"}
BRAND = {"en": {"name": "Harbourview Hotels", "handle": "@harbourview"},
         "fr": {"name": "MarchéPlus", "handle": "@marcheplus"}}
SMALL = {
    "en": ["Amara, this was a moment of harmless banter between colleagues, with no offence intended.",
           "We understand the video may have caused offence. It was a clumsy joke and no harm was meant.",
           "Amara, the clip was meant in good fun and we're sorry it might have upset some people."],
    "fr": ["Sophie, il s'agissait d'un moment d'humour maladroit, sans aucune intention de blesser.",
           "Nous comprenons que cette publicité ait pu choquer. C'était une simple plaisanterie, sans intention de "
           "nuire.",
           "Sophie, cette affiche relevait du second degré et nous regrettons qu'elle ait pu heurter certaines "
           "personnes."],
}
NEAR_MISSES = {
    "en": ["Amara, filming your mum was hurtful, not a joke, and I'm sorry. The staff involved have been suspended.",
           "Amara, there is nothing funny about this: the video is down and I'd like to call your mum to apologise.",
           "Amara, I hope your mum wasn't hurt in the lift; we're checking it today."],
    "fr": ["Sophie, cette plaisanterie était blessante et nous sommes désolés : l'affiche est retirée aujourd'hui.",
           "Sophie, vous avez raison, ce n'est pas drôle du tout : les affiches sont retirées de tous nos magasins.",
           "Sophie, cette affiche n'aurait jamais dû être posée. Nous la retirons et vous présentons nos excuses."],
}


def _hostility(lang: str, text: str) -> CriterionResult:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=text, brand=BRAND[lang],
                        expect={"person": PERSON[lang], "feeling": "angry"})
    return next(c for c in result.criteria if c.id == "no-hostility")


def test_every_language_has_three_statements_and_three_near_misses() -> None:
    assert all(len(SMALL[lang]) >= 3 and len(NEAR_MISSES[lang]) >= 3 for lang in ("en", "fr"))


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in SMALL.items() for t in texts])
def test_an_incident_made_small_is_defensive(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score <= 60, (text, [e.text for e in hostility.evidence])
    assert any(e.polarity == "-" for e in hostility.evidence)


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NEAR_MISSES.items() for t in texts])
def test_owning_the_harm_is_not_defensive(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score == 100, (text, [e.text for e in hostility.evidence])
