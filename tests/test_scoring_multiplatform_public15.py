"""Round 15: on a network, a brand's public reply is read by what belongs in a public thread.

Set 14's graders put a public reply that asks for private data here ("post your contract number and the invoices
here"), promises what the brand cannot keep ("we guarantee… you have our word") or answers with an ad ("Check out our
website") at 22-28 on multi-platform, under the civil replies that fit the same length and codes; the scorer gave them
76-83. Multi-platform's `public-trust` (public-reply and internal-note rubrics) reads them with trust's kind, on the
public field only. Sentences written for these tests, in no dev-set situation: the courier's missed deliveries (en) and
the kitchen fitter's cancelled appointments (fr) of listening's tests, on three networks.
"""

from __future__ import annotations

import pytest
from scoring_kit import MISSED_APPOINTMENTS, criterion_of, missed_appointment, score_line

from cmsim.model.qualities import Quality
from cmsim.model.result import StepResult

OFF_PUBLIC = {
    "en": ["Dan, reply here with your account number and home address and we'll rebook you.",
           "Dan, post your phone number and card number below so we can look into it.",
           "Dan, we guarantee tomorrow's delivery, it will never happen again.",
           "Dan, your driver Kevin forgot your street twice and has been spoken to."],
    "fr": ["Léa, donnez-nous ici votre numéro de téléphone et votre adresse, on replanifie.",
           "Léa, indiquez en commentaire votre date de naissance et votre numéro de téléphone.",
           "Léa, c'est garanti : lundi 9 h, et ça n'arrivera plus jamais.",
           "Léa, notre poseur Kevin a oublié votre rendez-vous deux fois, il a été recadré."],
}
"""What belongs in private, written in public: data asked for here, a promise, a colleague exposed."""
IN_PUBLIC = {
    "en": ["Dan, send us your account number by DM and we'll rebook you.",
           "Dan, your parcel is booked for tomorrow 8am to noon; I'll check it left the depot tonight.",
           "Dan, our driver Kevin will call you tomorrow at 8am before he sets off.",
           "Dan, please never post your account number here: DM us instead."],
    "fr": ["Léa, envoyez-nous votre numéro de téléphone en message privé, on replanifie.",
           "Léa, notre poseur vient lundi à 9 h, c'est confirmé par l'atelier.",
           "Léa, notre poseur Kevin vous appellera demain matin pour fixer l'heure.",
           "Léa, ne partagez jamais votre adresse ici : écrivez-nous en privé."],
}
"""Near misses: the data asked for in a private message, a date without a guarantee, a colleague named for what he
will do, the data kept out of public."""


@pytest.mark.parametrize("platform", ["linkedin", "facebook", "x"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_what_belongs_in_private_costs_multiplatform_in_a_public_reply(lang: str, platform: str) -> None:
    for text in OFF_PUBLIC[lang]:
        result = missed_appointment(lang, text, platform)
        assert criterion_of(result, "public-trust").score == 0, text
        assert result.scores[Quality.multiplatform] <= 70, text


@pytest.mark.parametrize("platform", ["linkedin", "facebook", "x"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_private_channel_a_plain_date_or_a_colleague_named_for_a_next_step_do_not(lang: str, platform: str) -> None:
    for text in IN_PUBLIC[lang]:
        result = missed_appointment(lang, text, platform)
        assert criterion_of(result, "public-trust").score == 100, text
        assert result.scores[Quality.multiplatform] >= 80, text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_internal_note_rubric_reads_the_public_reply_only(lang: str) -> None:
    person, thread = MISSED_APPOINTMENTS[lang]
    promise, plain = OFF_PUBLIC[lang][2], IN_PUBLIC[lang][1]
    note = ("Ops: we guaranteed him tomorrow, never again." if lang == "en"
            else "Ops : on lui a garanti lundi, plus jamais ça.")

    def scored(public: str) -> StepResult:
        return score_line(lang=lang, platform="linkedin", rubric="internal-note", thread=thread,
                          reply={"public": public, "internal_note": note}, expect={"person": person},
                          qualities=["multiplatform"])

    assert criterion_of(scored(plain), "public-trust").score == 100  # the note's words are no public promise
    assert criterion_of(scored(promise), "public-trust").score == 0
