"""Teamwork's holding line does not credit a step said only inside a promise the brand cannot keep ("guaranteed",
"never again", money back and a gift piled up blind in public), as listening's next step does not: the team is
committed in public to what it may not deliver (tuning split: "plus jamais ça : on contrôle TOUTES nos trottinettes
dès ce soir, c'est garanti !", "A brand new Arden will be with you before the 14th, guaranteed", graded 20-40 on
teamwork, held the line at 80 like a kept step). Such a reply earns ``PROMISED_HOLD``; a step kept (a warranty, a
promise recalled, one remedy, "la garantie ne couvre pas…": the noun with its determiner is the warranty, see
``fr/warranty.yaml``) still holds the line. Written for this test on a washing-machine thread (fr and en), in
no dev-set situation, before the rule."""

from __future__ import annotations

import pytest
from scoring_kit import holding_line

from cmsim.scoring.criteria.teamwork import PROMISED_HOLD

UNKEPT = [
    ("en", "Rowan, an engineer will be with you tomorrow morning, guaranteed."),
    ("en", "Rowan, this will never happen again: we're replacing the machine today."),
    ("en", "Rowan, we guarantee a new machine by Friday."),
    ("en", "Rowan, we'll refund the machine in full and throw in a dryer for free, delivered tomorrow!"),
    ("fr", "Rowan, un technicien passe chez vous demain matin, c'est garanti."),
    ("fr", "Rowan, ça ne se reproduira plus jamais : on remplace votre machine aujourd'hui."),
    ("fr", "Rowan, nous vous garantissons une machine neuve d'ici vendredi."),
    ("fr", "Rowan, on vous rembourse la machine et on vous offre un sèche-linge, livré demain !"),
]
KEPT = [
    ("en", "Rowan, your machine is under guarantee until 2028, so we'll replace it this week."),
    ("en", "Rowan, as promised, the refund left today."),
    ("en", "Rowan, we'll refund the machine in full this week."),
    ("en", "Rowan, we're sending an engineer tomorrow and checking the rest of the batch."),
    ("fr", "Rowan, votre machine est sous garantie jusqu'en 2028 : on la remplace cette semaine."),
    ("fr", "Rowan, comme promis, le remboursement est parti aujourd'hui."),
    ("fr", "Rowan, nous vous remboursons intégralement la machine cette semaine."),
    ("fr", "Rowan, on vous envoie un technicien demain et on vérifie le reste du lot."),
    ("fr", "Rowan, la garantie ne couvre pas les dégâts des eaux, mais on vous envoie un technicien demain."),
]



@pytest.mark.parametrize(("lang", "public"), UNKEPT)
def test_a_step_only_inside_an_unkept_promise_holds_no_line(lang: str, public: str) -> None:
    score, evidence = holding_line(lang, public)
    assert score <= PROMISED_HOLD, evidence


@pytest.mark.parametrize(("lang", "public"), KEPT)
def test_a_kept_step_still_holds_the_line(lang: str, public: str) -> None:
    score, evidence = holding_line(lang, public)
    assert score >= 60, evidence
