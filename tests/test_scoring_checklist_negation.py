"""Negations and the instructor's checklist (cmsim/scoring/criteria/checklist.py ``voided``): a negation inside the
item's words or giving an instruction is the act; "without" before a noun and a negation in a question deny nothing; a
negation or refusal after the word in its clause voids it; a negation before it reaches past function words ("ce n'est
pas la faute de l'entrepôt"), not past a joining word. Situations and sentences written for these tests (in no dev
set), plus the review's own sentences on a returned coat."""

from __future__ import annotations

from typing import Any

import pytest
from scoring_kit import scorer

from cmsim.model.result import CriterionResult
from cmsim.scoring.batch import parse_line

ROUTER = {
    "lang": "en", "platform": "facebook",
    "thread": [{"author": "Dan Price", "text": "Got an email saying my router account is locked and to log in via a "
                "link to unlock it. Is this you? Also my internet has been off since Monday."}],
    "expect": {
        "person": "Dan",
        "must": [
            {"does": "tell him not to click the link nor give his password", "words": ["click", "password"],
             "quality": "calm"},
            {"does": "say when the line is back", "words": ["back on", "restored", "fixed"],
             "quality": "communication"},
            {"does": "name the days without internet", "words": ["since Monday", "three days"],
             "quality": "listening"},
        ],
        "avoid": [
            {"does": "blame the subcontractor", "words": ["subcontractor", "contractor"], "quality": "calm"},
            {"does": "deny any phishing before checking", "words": ["no phishing", "not a scam"], "quality": "calm"},
        ],
    },
}
BOX = {
    "lang": "fr", "platform": "facebook",
    "thread": [{"author": "Inès Roy", "text": "Je reçois des SMS qui me demandent de payer 2 € de frais de douane pour "
                "mon colis. C'est vous ? Et ma box internet est coupée depuis lundi."}],
    "expect": {
        "person": "Inès",
        "must": [
            {"does": "lui dire de ne pas payer ni cliquer", "words": ["payer", "cliquer", "aucun lien"],
             "quality": "calm"},
            {"does": "dire quand la ligne revient", "words": ["rétablie", "réparée", "revient"],
             "quality": "communication"},
            {"does": "nommer les jours sans connexion", "words": ["depuis lundi", "trois jours"],
             "quality": "listening"},
        ],
        "avoid": [
            {"does": "accuser le sous-traitant", "words": ["sous-traitant", "prestataire"], "quality": "calm"},
            {"does": "nier toute arnaque avant vérification", "words": ["aucune arnaque", "pas une arnaque"],
             "quality": "calm"},
        ],
    },
}
COAT = {  # the review's situation
    "lang": "en", "platform": "facebook",
    "thread": [{"author": "Priya Shah", "text": "Returned my coat 4 weeks ago, still no refund. I've called twice and "
                "nobody knows anything. Unacceptable."}],
    "expect": {"person": "Priya", "must": [
        {"does": "say the refund date", "words": ["refund"], "quality": "communication"},
        {"does": "apologise for the wait", "words": ["sorry", "apologies", "apologise"], "quality": "calm"},
        {"does": "name the two calls", "words": ["called", "calls", "twice"], "quality": "listening"}],
        "avoid": [{"does": "blame the warehouse", "words": ["warehouse", "logistics"], "quality": "calm"}]},
}
MANTEAU = {
    "lang": "fr", "platform": "facebook",
    "thread": [{"author": "Julie Moreau", "text": "Manteau renvoyé il y a 4 semaines, toujours pas remboursée. J'ai "
                "appelé deux fois, personne ne sait rien. Inadmissible."}],
    "expect": {"person": "Julie", "must": [
        {"does": "donner la date du remboursement", "words": ["remboursement", "remboursée"],
         "quality": "communication"},
        {"does": "s'excuser pour l'attente", "words": ["désolé", "désolée", "excuses"], "quality": "calm"},
        {"does": "nommer les deux appels", "words": ["appelé", "appels", "deux fois"], "quality": "listening"}],
        "avoid": [{"does": "accuser l'entrepôt", "words": ["entrepôt", "logisticien"], "quality": "calm"}]},
}


def _checklist(case: dict[str, Any], reply: str, quality: str) -> CriterionResult:
    item = parse_line({"id": "t", **case, "reply": reply}, scorer())
    result = scorer().score(item.scenario, item.step, item.answer)
    return next(c for c in result.criteria if c.id == f"checklist-{quality}")


def _found(case: dict[str, Any], reply: str, does: str) -> bool:
    """Whether the item ``does`` (must) is shown, or (avoid) made, by the reply."""
    item = next(i for k in ("must", "avoid") for i in case["expect"][k] if i["does"] == does)
    criterion = _checklist(case, reply, item["quality"])
    words = [w.lower() for w in item["words"]]
    return any(e.text.lower() in words or any(e.text.lower().startswith(w[:4]) for w in words)
               for e in criterion.evidence)


@pytest.mark.parametrize(("case", "reply", "does"), [
    # an instruction given with a negation is the act
    (ROUTER, "Dan, that email is not from us. Please don't click the link, and never give your password.",
     "tell him not to click the link nor give his password"),
    (ROUTER, "Dan, we advise you not to click anything in it.", "tell him not to click the link nor give his password"),
    (ROUTER, "Do not click it, Dan: delete it.", "tell him not to click the link nor give his password"),
    (BOX, "Inès, ce SMS ne vient pas de nous. Surtout, ne payez rien.", "lui dire de ne pas payer ni cliquer"),
    (BOX, "Inès, merci de ne pas cliquer sur le lien de ce SMS.", "lui dire de ne pas payer ni cliquer"),
    (BOX, "Inès, nous vous conseillons de ne pas payer ces 2 €.", "lui dire de ne pas payer ni cliquer"),
    (BOX, "Inès, ne cliquez sur aucun lien et supprimez ce SMS.", "lui dire de ne pas payer ni cliquer"),
    # "without" before a noun, a negation in a question: the word is named
    (ROUTER, "Dan, no internet since Monday? That is far too long, I'm on it.", "name the days without internet"),
    (BOX, "Inès, toujours pas de connexion depuis lundi ? C'est beaucoup trop long.",
     "nommer les jours sans connexion"),
    (COAT, "Priya, four weeks without your refund is too long. It is on its way Friday.", "say the refund date"),
    (MANTEAU, "Julie, quatre semaines sans remboursement, c'est trop. Il part vendredi.",
     "donner la date du remboursement"),
    # a judgement denied after the word still names it
    (ROUTER, "Dan, being offline since Monday is not ok, sorry.", "name the days without internet"),
    (BOX, "Inès, être coupée depuis lundi, ce n'est pas normal.", "nommer les jours sans connexion"),
    # an avoided act whose words hold the negation is made
    (BOX, "Inès, rassurez-vous, il n'y a aucune arnaque.", "nier toute arnaque avant vérification"),
    (ROUTER, "Dan, relax, there is no phishing here.", "deny any phishing before checking"),
    (BOX, "Inès, nous vous répondrons sans accuser personne : le prestataire a raté l'intervention.",
     "accuser le sous-traitant"),
])
def test_a_negation_that_is_the_act_or_denies_nothing_leaves_the_word_said(case: dict[str, Any], reply: str,
                                                                           does: str) -> None:
    assert _found(case, reply, does)


@pytest.mark.parametrize(("case", "reply", "does"), [
    # a negation or refusal after the word, in its clause
    (COAT, "Priya, we are unable to process a refund at this time. We apologise.", "say the refund date"),
    (COAT, "Priya, a refund is impossible, sorry.", "say the refund date"),
    (COAT, "Priya, the refund is not possible, sorry.", "say the refund date"),
    (MANTEAU, "Julie, le remboursement n'est pas possible, désolée.", "donner la date du remboursement"),
    (MANTEAU, "Julie, le remboursement est impossible pour le moment.", "donner la date du remboursement"),
    (ROUTER, "Dan, your line cannot be restored this week.", "say when the line is back"),
    (BOX, "Inès, impossible de rétablir la ligne cette semaine.", "dire quand la ligne revient"),
    # a negation before, past function words but in its clause
    (MANTEAU, "Julie, ce n'est pas la faute de l'entrepôt, c'est la nôtre : remboursement vendredi.",
     "accuser l'entrepôt"),
    (COAT, "Priya, it's not the warehouse's fault, it's ours.", "blame the warehouse"),
    (MANTEAU, "Julie, l'entrepôt n'y est pour rien, l'erreur est la nôtre.", "accuser l'entrepôt"),
    (ROUTER, "Dan, the subcontractor is not to blame, we are.", "blame the subcontractor"),
    (BOX, "Inès, nous n'accuserons pas le prestataire : c'est notre erreur.", "accuser le sous-traitant"),
    (ROUTER, "Dan, we will fix it without blaming the contractor.", "blame the subcontractor"),
    (BOX, "Inès, la ligne n'est toujours pas rétablie.", "dire quand la ligne revient"),
    (ROUTER, "Dan, we haven't fixed it yet.", "say when the line is back"),
    (COAT, "Priya, I'm not sorry, that is our policy.", "apologise for the wait"),
    (MANTEAU, "Julie, je ne suis pas désolée, c'est la procédure.", "s'excuser pour l'attente"),
    # a negation that states, not instructs
    (BOX, "Inès, nous ne payons jamais ces frais à votre place.", "lui dire de ne pas payer ni cliquer"),
    (ROUTER, "Dan, we do not click links for customers.", "tell him not to click the link nor give his password"),
    # a negation before words that hold one denies them (English has no "ne … aucun")
    (ROUTER, "Dan, this isn't 'no phishing', it's a scam and we're on it.", "deny any phishing before checking"),
])
def test_a_negation_or_refusal_in_the_clause_voids_the_word(case: dict[str, Any], reply: str, does: str) -> None:
    assert not _found(case, reply, does)


def test_the_reviews_refusals_are_not_praised() -> None:
    refused = _checklist(COAT, "Priya, we are unable to process a refund at this time. We apologise. You called "
                         "twice, we know.", "communication")
    assert refused.band != "good" and "You do what" not in refused.feedback
    refused_fr = _checklist(MANTEAU, "Julie, le remboursement n'est pas possible, désolée.", "communication")
    assert refused_fr.band != "good" and "Vous faites" not in refused_fr.feedback


@pytest.mark.parametrize(("case", "reply", "quality", "said"), [
    (COAT, "Priya, we are unable to process a refund at this time. We apologise.", "communication",
     "Not counted: say the refund date — its words are negated or refused here ('refund')."),
    (MANTEAU, "Julie, le remboursement n'est pas possible, désolée.", "communication",
     "Pas compté : donner la date du remboursement — ses mots sont niés ou refusés ici ('remboursement')."),
    (COAT, "Priya, the money for your coat goes back to your card on Friday; I'm sorry.", "listening",
     "Not found: name the two calls — none of its words ('called', 'calls', 'twice')."),
])
def test_feedback_says_what_the_scorer_knows_of_an_item_it_did_not_count(case: dict[str, Any], reply: str,
                                                                        quality: str, said: str) -> None:
    criterion = _checklist(case, reply, quality)
    assert said in criterion.feedback and criterion.missing == []
    assert "each act" not in criterion.feedback and "chaque acte" not in criterion.feedback


def test_an_item_not_found_keeps_the_good_text_away_whatever_the_score() -> None:
    case = {**ROUTER, "qualities": ["calm"], "expect": {"person": "Dan", "must": [
        {"does": f"act {k}", "words": [w], "quality": "calm"}
        for k, w in enumerate(["sorry", "Monday", "engineer", "today", "tomorrow"])]}}
    criterion = _checklist(case, "Dan, sorry the line has been down since Monday: an engineer comes to you today "
                           "between 2 and 4pm, and I will check with you that evening.", "calm")
    assert criterion.score >= 75  # four of five: a good band's score, the fair band's text
    assert criterion.feedback == ("Your reply has words for some of the acts the instructor listed, not all. "
                                  "Not found: act 4 — none of its words ('tomorrow').")
