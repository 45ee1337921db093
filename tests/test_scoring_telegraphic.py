"""Telegraphic honest replies read as sentences; keyword lists do not (integrity's substance, issue 11 round 3).

Every reply here was written for this file before the pattern (apart from the reviewer's "Thanks Nadia, sorry: refund
today, replacement ships Monday."): a sentence with hardly any grammar is still prose when it opens on a capital, ends
on a stop and is cut by pauses into short clauses of two words or more; one word between commas, no capital or final
stop, or no pause at all is a keyword list.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_late, score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import StepResult

THREAD = {
    "en": [{"author": "Nadia",
            "text": "Third parcel lost this month and the refund still isn't there. Great service."}],
    "fr": [{"author": "Léa",
            "text": "Troisième colis perdu ce mois-ci et toujours pas de remboursement. Super service."}],
}


def _score(lang: str, text: str) -> StepResult:
    person = THREAD[lang][0]["author"]
    return score_line(lang=lang, platform="x", thread=THREAD[lang], reply=text,
                      expect={"person": person, "feeling": "angry" if lang == "en" else "en colère"})


TELEGRAPHIC = {
    "en": [
        "Thanks Nadia, sorry: refund today, replacement ships Monday.",
        "Sorry Nadia: parcel lost again, refund sent today, new parcel by Friday.",
        "Nadia, fair point: courier at fault, refund today, new parcel tomorrow.",
        "Nadia, third parcel lost? Not right. Refund today, tracking by DM.",
    ],
    "fr": [
        "Merci Léa, désolée : remboursement aujourd'hui, nouvel envoi lundi.",
        "Désolé Léa : colis encore perdu, remboursement parti aujourd'hui, nouveau colis vendredi.",
        "Léa, bien vu : faute du transporteur, remboursement aujourd'hui, nouveau colis demain.",
        "Léa, troisième colis perdu ? Pas normal. Remboursement aujourd'hui, suivi en MP.",
    ],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in TELEGRAPHIC.items() for t in texts])
def test_an_honest_telegraphic_reply_reads_as_sentences(lang: str, text: str) -> None:
    result = _score(lang, text)
    assert "no-sentence" not in result.flags
    assert min(result.scores.values()) >= 50, result.scores


KEYWORD_LISTS = {
    "en": [
        "refund, sorry, DM, kids, understand, today",
        "Refund, sorry, replacement, Monday, Nadia, thanks.",
        "empathy, acknowledgement, apology, next step, private channel, personalisation, de-escalation",
        "parcel lost refund sorry Nadia DM tracking today understand",
    ],
    "fr": [
        "remboursement, désolée, MP, enfants, comprends, aujourd'hui",
        "Remboursement, désolée, renvoi, lundi, Léa, merci.",
        "empathie, excuses, prochaine étape, canal privé, personnalisation, désescalade",
        "colis perdu remboursement désolée Léa MP suivi aujourd'hui comprends",
    ],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in KEYWORD_LISTS.items() for t in texts])
def test_a_keyword_list_still_reads_as_no_sentence(lang: str, text: str) -> None:
    result = _score(lang, text)
    assert "no-sentence" in result.flags
    # Nothing earned: the civil floor alone (10, docs/scoring.md "Bottom of the scale"), as a stock line or a bare
    # "On regarde." gets, and over a hostile reply (graders put keyword lists at 10 on listening, hostile replies at 5).
    assert result.scores[Q.communication] == 10


def test_noun_pairs_between_commas_score_below_the_same_content_written_as_prose() -> None:
    prose = score_late("Dan, sorry, a late birthday present with the party on Saturday is stressful. I am checking "
                       "with the delivery team today: DM us your order number. ^Sam")
    pairs = score_late("Sorry Dan, birthday present, Saturday party, DM us, checking today, delivery team. ^Sam")
    for quality, score in pairs.scores.items():
        assert score < prose.scores[quality], quality
