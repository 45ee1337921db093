# ruff: noqa: E501  (test replies are long literal strings)
"""Communication's substance reads "what happens next" as listening does (issue 11, round 4): a promise the brand
cannot keep is no step, and a duration or date the thread already gave is a recap, not a time for the next step.
Situations and sentences written for this file, fr and en, before the rule; near-misses must keep their step."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.scoring.criteria.substance import FACTS_SHARE, RECAP_SHARE

THREADS = {
    ("en", "bike"): [{"author": "Tomasz", "text": "Ordered a cargo bike in March, still no delivery date. My kids walk 3 km to school meanwhile. What is going on?"}],
    ("en", "pizza"): [{"author": "Ines", "text": "Waited 50 minutes on Saturday for a pizza that arrived cold and squashed. 19 pounds for that."}],
    ("en", "spa"): [{"author": "Ruth", "text": "Booked the spa day for my mum's 70th, the pool was closed and nobody told us. Such a letdown."}],
    ("fr", "velo"): [{"author": "Tomasz", "text": "Vélo cargo commandé en mars, toujours aucune date de livraison. Mes enfants font 3 km à pied pour l'école. Il se passe quoi ?"}],
    ("fr", "pizza"): [{"author": "Inès", "text": "Attendu 50 minutes samedi pour une pizza arrivée froide et écrasée. 19 euros pour ça."}],
    ("fr", "spa"): [{"author": "Ruth", "text": "Réservé la journée spa pour les 70 ans de ma mère, la piscine était fermée et personne ne nous a prévenues. Quelle déception."}],
}


def _line(lang: str, thread: str, reply: str) -> dict[str, object]:
    person = THREADS[(lang, thread)][0]["author"]
    return {"lang": lang, "platform": "facebook", "thread": THREADS[(lang, thread)], "reply": reply,
            "expect": {"person": person, "feeling": "frustrated" if lang == "en" else "agacé"}}


def _substance(lang: str, thread: str, reply: str) -> int:
    result = score_line(**_line(lang, thread, reply))
    return next(c.score for c in result.criteria if c.id == "substance")


PROMISES = [  # (lang, thread, a step promised beyond what the brand can know, the same step stated plainly)
    ("en", "bike", "Tomasz, your bike will be at your door by Friday, guaranteed, you have our word.",
     "Tomasz, your bike leaves our warehouse on Friday and I'll send you the tracking link then."),
    ("en", "pizza", "Ines, we promise this will never happen again, every pizza will be hot from now on.",
     "Ines, we are refunding the 19 pounds today and the driver's route is being checked."),
    ("en", "spa", "Ruth, 100% guaranteed your mum gets a perfect day next time, no closures ever.",
     "Ruth, we're refunding the pool part of the day and I'll call you tomorrow to rebook."),
    ("fr", "velo", "Tomasz, votre vélo sera chez vous vendredi, c'est garanti, promis juré.",
     "Tomasz, votre vélo part de l'entrepôt vendredi et je vous envoie le lien de suivi à ce moment-là."),
    ("fr", "pizza", "Inès, on vous promet que ça ne se reproduira plus jamais, toutes les pizzas arriveront chaudes.",
     "Inès, on vous rembourse les 19 euros aujourd'hui et on vérifie le trajet du livreur."),
    ("fr", "spa", "Ruth, je vous garantis à 100 % une journée parfaite la prochaine fois, plus jamais de fermeture.",
     "Ruth, on vous rembourse la partie piscine et je vous rappelle demain pour reprogrammer."),
]


@pytest.mark.parametrize(("lang", "thread", "promise", "plain"), PROMISES)
def test_a_promise_the_brand_cannot_keep_is_no_next_step_in_substance(lang: str, thread: str, promise: str, plain: str) -> None:
    assert _substance(lang, thread, promise) < _substance(lang, thread, plain)


RECAPS = [  # (lang, thread, the thread's own duration or day read back with nothing done)
    ("en", "pizza", "Ines, 50 minutes on a Saturday night and a cold, squashed pizza at the end of it: we hear you."),
    ("en", "bike", "Tomasz, ordered in March and your kids still walking 3 km to school: that's a long wait."),
    ("fr", "pizza", "Inès, 50 minutes un samedi soir pour une pizza froide et écrasée : on vous entend."),
    ("fr", "velo", "Tomasz, commandé en mars et vos enfants qui font encore 3 km à pied : c'est long."),
]
ANSWERS = {  # a new time for the next step (near-misses: these keep their step)
    ("en", "pizza"): "Ines, sorry about the cold pizza: we'll refund it within 30 minutes.",
    ("en", "bike"): "Tomasz, sorry for the silence: your delivery date comes by email tomorrow morning.",
    ("fr", "pizza"): "Inès, désolés pour la pizza froide : on vous la rembourse dans les 30 minutes.",
    ("fr", "velo"): "Tomasz, désolés pour le silence : votre date de livraison arrive par e-mail demain matin.",
}


@pytest.mark.parametrize(("lang", "thread", "recap"), RECAPS)
def test_a_duration_the_thread_gave_is_a_recap_not_a_next_step(lang: str, thread: str, recap: str) -> None:
    result = score_line(**_line(lang, thread, recap))
    substance = next(c for c in result.criteria if c.id == "substance")
    assert substance.score <= 100 * FACTS_SHARE * RECAP_SHARE, substance.evidence  # read as a recap, not a step
    assert substance.score < _substance(lang, thread, ANSWERS[(lang, thread)])


WARRANTIES = [  # near-misses: a warranty and a plain commitment are steps
    ("en", "bike", "Tomasz, the frame is guaranteed for 5 years; we'll send your delivery date by Friday."),
    ("fr", "velo", "Tomasz, le cadre est garanti 5 ans ; on vous envoie votre date de livraison d'ici vendredi."),
]


@pytest.mark.parametrize(("lang", "thread", "reply"), WARRANTIES)
def test_a_warranty_beside_a_step_keeps_the_step(lang: str, thread: str, reply: str) -> None:
    result = score_line(**_line(lang, thread, reply))
    substance = next(c for c in result.criteria if c.id == "substance")
    assert any(e.polarity == "+" and e.text.lower() in ("we'll send", "on vous envoie", "friday", "vendredi", "by friday", "d'ici vendredi")
               for e in substance.evidence), substance.evidence
