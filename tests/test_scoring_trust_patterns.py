"""Communication's trust: private details written in public, promises the brand cannot keep (issue 11, round 3).

Every sentence here was written for this file before the pattern was, in situations of its own (none of them is a
development-set reply): a street address, an order or booking reference, a phone number or an e-mail address of
the person written in a public reply is a disclosure; the brand's own address or help line, a date in the brand's
news ("two red pandas were born on 14 May") and a request for the details are not.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.result import StepResult

THREAD = {
    "en": [{"author": "Nadia Stone",
            "text": "My replacement kettle still hasn't arrived and nobody answers my emails."}],
    "fr": [{"author": "Léa Martin", "text": "Ma bouilloire de remplacement n'est toujours pas arrivée et personne ne "
                                            "répond à mes mails."}],
}
PERSON = {"en": "Nadia Stone", "fr": "Léa Martin"}


def _score(lang: str, text: str, kind: str = "reply") -> StepResult:
    if kind == "post":
        return score_line(lang=lang, platform="instagram", thread=[], reply=text)
    return score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=text,
                      expect={"person": PERSON[lang]})


def _trust(lang: str, text: str, kind: str = "reply") -> tuple[int, list[str]]:
    criterion = next(c for c in _score(lang, text, kind).criteria if c.id == "trust")
    return criterion.score, [e.text for e in criterion.evidence if e.polarity == "-"]


DISCLOSED = {
    "en": [
        ("Nadia, your kettle for 14 Elm Road left our depot this morning.", "14 Elm Road"),
        ("Hi Nadia, order #48213 was refunded today, sorry for the wait.", "48213"),
        ("Nadia, the replacement goes to 7 Baker Street on Friday.", "7 Baker Street"),
        ("Nadia, we called you on 07700 900123 but nobody picked up.", "07700 900123"),
        ("Nadia, we wrote to nadia.stone@gmail.com twice this week.", "nadia.stone@gmail.com"),
        ("Sorry Nadia, booking number 77120 is cancelled and refunded.", "77120"),
        ("Nadia, the courier left it at 221B Baker Street yesterday.", "221B Baker Street"),
    ],
    "fr": [
        ("Léa, votre bouilloire pour le 12 rue des Lilas est partie ce matin.", "12 rue des Lilas"),
        ("Bonjour Léa, la commande n° 58231 a été remboursée hier.", "58231"),
        ("Léa, le livreur passera au 4 avenue Jean Jaurès jeudi.", "4 avenue Jean Jaurès"),
        ("Léa, nous avons essayé de vous joindre au 06 12 34 56 78 sans succès.", "06 12 34 56 78"),
        ("Léa, nous avons écrit à lea.martin@orange.fr lundi.", "lea.martin@orange.fr"),
        ("Léa, votre dossier 20451 est en cours depuis le 2 mars.", "20451"),
        ("Léa, le colis est au 3 bis chemin des Vignes depuis mardi.", "3 bis chemin des Vignes"),
    ],
}


@pytest.mark.parametrize(("lang", "text", "detail"),
                         [(lang, t, d) for lang, cases in DISCLOSED.items() for t, d in cases])
def test_a_private_detail_written_in_a_public_reply_breaks_trust(lang: str, text: str, detail: str) -> None:
    score, evidence = _trust(lang, text)
    assert score == 0
    assert any(detail in e or e in detail for e in evidence), evidence


NOT_DISCLOSED = {
    "en": [
        ("Nadia, could you DM us your order number and delivery address?", "reply"),
        ("Nadia, our shop at 12 Market Street can swap it on Saturday.", "reply"),
        ("Nadia, call our help line on 0800 123 456, it is free.", "reply"),
        ("Nadia, write to us at help@kettlecraft.com and I'll answer today.", "reply"),
        ("Nadia, your order ships within 2 days and the refund takes 5 days.", "reply"),
        ("Two red pandas were born on 14 May at the zoo!", "post"),
        ("Our spring market is at 12 Market Street on Saturday 3 May.", "post"),
    ],
    "fr": [
        ("Léa, pouvez-vous nous envoyer votre numéro de commande et votre adresse en MP ?", "reply"),
        ("Léa, notre boutique du 12 rue de la Paix peut l'échanger samedi.", "reply"),
        ("Léa, appelez-nous au 09 69 32 10 10, c'est gratuit.", "reply"),
        ("Léa, votre commande part sous 2 jours et le remboursement prend 5 jours.", "reply"),
        ("Deux pandas roux sont nés le 14 mai au zoo !", "post"),
        ("Rendez-vous samedi 3 mai au 12 place du Marché pour notre marché de printemps.", "post"),
        ("Nos soldes d'hiver commencent le 8 janvier : jusqu'à 50 % sur les bouilloires.", "post"),
    ],
}


@pytest.mark.parametrize(("lang", "text", "kind"),
                         [(lang, t, k) for lang, cases in NOT_DISCLOSED.items() for t, k in cases])
def test_the_brands_own_details_news_and_requests_are_not_disclosures(lang: str, text: str, kind: str) -> None:
    score, evidence = _trust(lang, text, kind)
    assert score == 100, evidence


def test_a_detail_the_person_posted_first_is_not_disclosed_again() -> None:
    thread = [{"author": "Sam Reid", "text": "Order 48213 still not here, delivery to 9 Mill Lane was due Monday."}]
    result = score_line(lang="en", platform="facebook", thread=thread, expect={"person": "Sam Reid"},
                        reply="Sam, order 48213 for 9 Mill Lane is with the courier, it arrives tomorrow.")
    trust = next(c for c in result.criteria if c.id == "trust")
    assert trust.score == 100


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Nadia, if the kettle sparks, call 0800 048 1212 straight away."),
    ("fr", "Léa, si la bouilloire fait des étincelles, composez le 0800 048 1212 tout de suite."),
])
def test_a_number_the_reader_is_asked_to_call_is_the_brands_line(lang: str, text: str) -> None:
    assert _trust(lang, text)[0] == 100


PROMISES_IN_POSTS = {
    "en": [
        "Every entrant gets featured on our page, guaranteed! Post your riff before Friday.",
        "New timetable from Monday: we promise every tram will run on time.",
        "Zero delays on line 4 from Monday, guaranteed.",
        "Our new app will never crash again. Download it today!",
    ],
    "fr": [
        "Tous les participants seront mis en avant, c'est garanti ! Postez votre riff avant vendredi.",
        "Nouvel horaire dès lundi : on vous promet zéro retard sur la ligne 4.",
        "Plus jamais de retard sur la ligne 4, promis !",
        "Notre nouvelle appli ne plantera plus jamais. Téléchargez-la dès aujourd'hui !",
    ],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in PROMISES_IN_POSTS.items() for t in texts])
def test_a_promise_the_brand_cannot_keep_costs_trust_in_a_post_too(lang: str, text: str) -> None:
    score, evidence = _trust(lang, text, "post")
    assert score <= 50 and evidence


WARRANTIES_AND_FACTS = {
    "en": [
        ("Every kettle we sell is guaranteed for 2 years, parts and labour.", "post"),
        ("100% recycled steel, made in Porto.", "post"),
        ("Trams run every hour until midnight from Monday.", "post"),
        ("Kim, your kettle is under guarantee until 2027, so DM us and we'll swap it.", "reply"),
        ("Nadia, it's guaranteed for two years: a new one is on us.", "reply"),
    ],
    "fr": [
        ("Toutes nos bouilloires sont garanties 2 ans, pièces et main-d'œuvre.", "post"),
        ("Acier 100 % recyclé, fabriqué à Porto.", "post"),
        ("Les trams passent chaque heure jusqu'à minuit dès lundi.", "post"),
        ("Léa, votre bouilloire est sous garantie jusqu'en 2027 : écrivez-nous en MP et on l'échange.", "reply"),
        ("Léa, elle est garantie deux ans : on vous en envoie une neuve.", "reply"),
    ],
}


@pytest.mark.parametrize(("lang", "text", "kind"),
                         [(lang, t, k) for lang, cases in WARRANTIES_AND_FACTS.items() for t, k in cases])
def test_a_warranty_a_measured_fact_or_a_timetable_is_no_promise(lang: str, text: str, kind: str) -> None:
    _score, evidence = _trust(lang, text, kind)
    assert evidence == []
