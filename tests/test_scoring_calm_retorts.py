"""The retort (round 8): a reply that hits back at a jibe or a complaint with a comeback instead of an answer. Three
shapes, none with a word of sarcasm in them:

- a mock permission closed by "then" ("feel free to keep your savings under the mattress then", "libre à vous de
  prendre le bus, alors"): the permission is the brand's shrug, not an offer (no "us"/"nous" in the sentence, which
  an offer to get in touch has: "feel free to DM us then");
- the echoed condition ("if you've got time to write essays on Facebook, you've got time to use a watering can", "si
  vous avez le temps de râler ici, vous avez le temps de lire la notice"): the person's complaint turned into proof of
  their idleness;
- the indignant "we do actually" ("we do actually read our own labels 🙂", "figurez-vous que nous savons lire nos
  contrats", "believe it or not, we test every batch").

Priced by calm alone, as a sarcasm. Named from misordered calm pairs of sets 5 and 7 (a bank's payday outage, a paint
that peeled, a hosepipe ban: graded 3–18, scored 73–83). The sentences below are written for other situations (a lost
suitcase, a ski rental), in French and English, with near-misses that must not fire. """

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import CriterionResult, StepResult

THREAD = {
    "en": [{"author": "Rosa", "text": "Four days and still no suitcase. Your tracker says 'located' since Monday. "
                                      "Useless."},
           {"author": "kev_b", "text": "lol just pack a carrier bag next time, they can't lose what you hold"}],
    "fr": [{"author": "Hugo", "text": "Skis loués chez vous, fixation cassée au bout de deux heures. Journée gâchée, "
                                     "je veux être remboursé."},
           {"author": "Max", "text": "Vous vérifiez votre matériel parfois ou c'est en option ?"}],
}
PERSON = {"en": "Rosa", "fr": "Hugo"}
BRAND = {"en": {"name": "Skyline Air", "handle": "@skylineair"}, "fr": {"name": "GlisseLoc", "handle": "@glisseloc"}}
HONEST = {
    "en": "Rosa, your bag is at the Lisbon depot and goes out on this afternoon's courier; we'll text you the slot.",
    "fr": "Hugo, nous regardons votre location de ce matin et revenons vers vous avant ce soir pour la suite.",
}
RETORTS = {
    "en": ["kev_b, feel free to travel with a carrier bag then.",
           "Rosa, if you've got time to post here every hour, you've got time to call the baggage desk.",
           "Kev, we do actually track every bag we handle 🙂 Rosa, DM us.",
           "Believe it or not, Rosa, our staff look for lost bags all day.",
           "Feel free to fly with someone else next time then, Rosa.",
           "Go ahead and book another airline then 🙂"],
    "fr": ["Libre à vous de louer ailleurs, alors.",
           "Hugo, si vous avez le temps de râler sur Facebook, vous avez le temps de lire le contrat de location.",
           "Max, figurez-vous que nous vérifions chaque paire avant de la louer.",
           "Max, on sait lire une fiche d'entretien, merci 🙂",
           "Allez-y, demandez un remboursement pour deux heures de ski, alors."],
}
NEAR_MISSES = {
    "en": ["Rosa, feel free to DM us your file reference then, and we'll chase the depot.",
           "Feel free to call us any time, Rosa: the baggage desk is open until 10pm.",
           "Rosa, if you have time to send us your tag number, we can check the depot today.",
           "We actually found your bag this morning, Rosa: it's on today's courier.",
           "Feel free to pop in on Saturday then, the desk has your cancellation letter.",  # the review's (round 8)
           "Rosa, feel free to collect it at the airport then, the depot has your bag tagged and waiting."],
    "fr": ["Hugo, n'hésitez pas à nous écrire en privé, alors, et on regarde ensemble le remboursement.",
           "Si vous avez le temps ce soir, Hugo, appelez-nous : nous voulons comprendre ce qui a lâché.",
           "Max, vous avez raison : nous vérifions chaque paire, et celle-ci est passée entre les mailles.",
           "Hugo, libre à vous de choisir : remboursement ou journée de ski offerte.",
           "Libre à vous de passer samedi alors, Hugo, l'accueil a votre bon de remboursement prêt."],
}


def _score(lang: str, text: str) -> StepResult:
    return score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=text, brand=BRAND[lang],
                      expect={"person": PERSON[lang], "feeling": "angry"})


def _hostility(lang: str, text: str) -> CriterionResult:
    return next(c for c in _score(lang, text).criteria if c.id == "no-hostility")


def test_every_language_has_five_retorts_and_four_near_misses() -> None:
    assert all(len(RETORTS[lang]) >= 5 and len(NEAR_MISSES[lang]) >= 4 for lang in ("en", "fr"))


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in RETORTS.items() for t in texts])
def test_a_retort_costs_calm(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score <= 40, text
    assert any(e.polarity == "-" for e in hostility.evidence)
    assert _score(lang, text).scores[Q.calm] < _score(lang, HONEST[lang]).scores[Q.calm]


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NEAR_MISSES.items() for t in texts])
def test_an_offer_or_a_plain_fact_is_no_retort(lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score == 100, (text, [e.text for e in hostility.evidence])
