"""Plain contempt at the person, round 9: four families calm missed (a reviewer's "You are the worst customer ever, go
away and never come back." read calm 75, "Tout le monde se fiche de ton colis, arrête de pleurer." 78).

- a contempt superlative at the person: "you're the worst", "the most entitled customer", "tu es la pire cliente";
- telling the person to go away: "go away and…", "good riddance", "va-t'en", "ne remettez plus les pieds";
- nobody cares about their problem: "no one cares about your…", "who cares", "tout le monde se fiche de…";
- telling them to stop crying: "stop crying", "quit whining", "arrête de pleurer / chialer / te plaindre".

The patterns are lexicon data (rubrics/lexicons/<lang>/contempt.yaml). Each family is tested on sentences written for
this file before the patterns, none of them the reviewer's, in several situations (a late parcel, a gym membership, a
broken phone screen), in French and English, with near-misses that use the same words without the jab and must not
fire ("we're sorry to see you go", "the worst part is the wait, we know", "personne ne devrait attendre si longtemps"),
among them the same orders said of someone or something else ("most babies stop crying", "the flicker should just go
away"): an order at the person opens its clause.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import CriterionResult, StepResult

THREADS = {
    ("en", "parcel"): ("Dana", "Parcel promised for Saturday, still nothing and nobody answers the phone. Rubbish."),
    ("en", "gym"): ("Marcus", "You charged my card again after I cancelled the membership. Give me my money back."),
    ("en", "phone"): ("Aisha", "The screen of my new phone cracked on day two without a drop. Not happy at all."),
    ("fr", "parcel"): ("Inès", "Colis promis pour samedi, toujours rien et personne ne répond. Franchement nul."),
    ("fr", "gym"): ("Karim", "Vous m'avez encore prélevé après ma résiliation. Rendez-moi mon argent."),
    ("fr", "phone"): ("Sophie", "L'écran de mon téléphone neuf s'est fendu au bout de deux jours, sans chute."),
}
HONEST = {
    "en": "We're checking your account now and will reply here today.",
    "fr": "Nous regardons votre dossier tout de suite et revenons vers vous ici aujourd'hui.",
}


def _score(lang: str, where: str, text: str) -> StepResult:
    person, message = THREADS[(lang, where)]
    return score_line(lang=lang, platform="facebook", thread=[{"author": person, "text": message}], reply=text,
                      brand={"name": "Brio", "handle": "@brio"}, expect={"person": person})


def _hostility(lang: str, where: str, text: str) -> CriterionResult:
    return next(c for c in _score(lang, where, text).criteria if c.id == "no-hostility")


FAMILIES: dict[str, dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]]] = {
    "superlative": {
        "en": ([("gym", "Marcus, you're the worst member this gym has ever had."),
                ("phone", "Honestly Aisha, you are the most entitled customer we've dealt with all year."),
                ("parcel", "Dana, you must be the worst customer ever, three messages about one box."),
                ("gym", "You are the most annoying client on this page, Marcus."),
                ("phone", "Aisha, you're the worst. The screen is fine if you stop dropping it."),
                ("parcel", "Of all our buyers, Dana, you are the most demanding customer by far.")],
               [("parcel", "Dana, the worst part is the wait, we know, and it's on us."),
                ("phone", "Aisha, a crack on day two is the worst start with a new phone, I'm sorry."),
                ("gym", "Marcus, you got the worst of our billing error: the refund goes out today."),
                ("phone", "You're the first customer to report this model, Aisha, thank you.")]),
        "fr": ([("parcel", "Inès, tu es la pire cliente qu'on ait jamais eue."),
                ("gym", "Karim, vous êtes le pire adhérent de la salle, et de loin."),
                ("phone", "Franchement Sophie, t'es la cliente la plus pénible de la semaine."),
                ("gym", "Vous êtes le client le plus exigeant qu'on ait vu, Karim."),
                ("phone", "Sophie, vous êtes la pire, l'écran ne se fend pas tout seul."),
                ("parcel", "Inès, tu es le pire client du monde, trois messages pour un colis.")],
               [("parcel", "Inès, le pire, c'est l'attente, on le sait et c'est notre faute."),
                ("phone", "Sophie, un écran fendu au bout de deux jours, c'est le pire début, désolée."),
                ("gym", "Karim, vous êtes le premier adhérent à nous signaler ce prélèvement, merci."),
                ("gym", "Karim, vous avez subi le pire de notre erreur : le remboursement part aujourd'hui.")]),
    },
    "go-away": {
        "en": ([("gym", "Marcus, just go away and find another gym."),
                ("parcel", "Dana, take your business elsewhere, good riddance."),
                ("phone", "Aisha, please go away, we have real customers to serve."),
                ("gym", "Cancel then, Marcus, and don't bother coming back."),
                ("parcel", "If it's that bad, Dana, leave us alone and never come back here."),
                ("phone", "Go away now, Aisha, nobody will miss you.")],
               [("gym", "Marcus, we're sorry to see you go: the refund is on its way."),
                ("phone", "Aisha, the hairline crack won't go away by itself, so we'll replace the screen."),
                ("parcel", "Dana, come back to us any time if the parcel isn't there by Monday."),
                ("gym", "Marcus, we'd hate to lose you, but the cancellation is done."),
                ("phone", "Aisha, the flicker should just go away after tonight's update.")]),
        "fr": ([("gym", "Karim, va-t'en et trouve-toi une autre salle."),
                ("parcel", "Inès, allez-vous-en, bon débarras."),
                ("phone", "Sophie, fiche le camp, on a de vrais clients à servir."),
                ("gym", "Résiliez alors, Karim, et ne remettez plus les pieds ici."),
                ("parcel", "Si c'est si nul, Inès, laisse-nous tranquilles et ne reviens jamais."),
                ("phone", "Barre-toi, Sophie, personne ne te regrettera.")],
               [("gym", "Karim, nous sommes tristes de vous voir partir : le remboursement est en route."),
                ("phone", "Sophie, la fissure ne partira pas toute seule, on remplace l'écran."),
                ("parcel", "Inès, revenez vers nous quand vous voulez si le colis n'est pas là lundi."),
                ("gym", "Karim, le prélèvement ne reviendra plus jamais, c'est corrigé."),
                ("parcel", "Inès, vous ne revenez jamais sans raison, alors on regarde ce colis tout de suite.")]),
    },
    "nobody-cares": {
        "en": ([("parcel", "Dana, no one cares about your parcel."),
                ("gym", "Marcus, no one here cares about a gym fee."),
                ("phone", "Aisha, honestly, we couldn't care less about your screen."),
                ("gym", "Marcus, nobody here cares about your membership."),
                ("phone", "No one cares how your phone cracked, Aisha."),
                ("parcel", "Dana, we could not care less where your box is.")],
               [("parcel", "Dana, nobody should have to wait that long for a parcel."),
                ("gym", "Marcus, we care about getting your money back today."),
                ("phone", "Aisha, no one should get a cracked screen on day two: we'll replace it."),
                ("parcel", "Dana, no one answered your calls, and that's on us.")]),
        "fr": ([("parcel", "Tout le monde s'en fiche de ton colis, Inès."),
                ("gym", "Karim, on se fiche de votre abonnement."),
                ("phone", "Sophie, personne ne s'intéresse à ton écran."),
                ("gym", "On n'en a rien à faire de votre prélèvement, Karim."),
                ("phone", "Qui s'en soucie, Sophie ? Ce n'est qu'un écran."),
                ("parcel", "Inès, franchement, on se moque de ton colis.")],
               [("parcel", "Inès, personne ne devrait attendre si longtemps un colis."),
                ("gym", "Karim, on tient à vous rembourser aujourd'hui même."),
                ("phone", "Sophie, on se soucie de votre écran : on le remplace cette semaine."),
                ("parcel", "Inès, personne n'a répondu à vos appels, et c'est notre faute.")]),
    },
    "stop-crying": {
        "en": ([("parcel", "Dana, stop crying, it's one parcel."),
                ("gym", "Quit whining, Marcus, it was one charge."),
                ("phone", "Aisha, stop moaning and buy a case."),
                ("gym", "Marcus, quit complaining about the fee."),
                ("phone", "Cry me a river, Aisha, screens crack."),
                ("parcel", "Dana, stop being such a baby about a late box.")],
               [("phone", "Aisha, a cracked screen on day two is worth complaining about, and we'll fix it."),
                ("gym", "Marcus, we've stopped the payments, and the refund goes out today."),
                ("parcel", "Dana, you had every reason to complain: the parcel is late."),
                ("gym", "Marcus, your complaint is fair, the charge was our mistake."),
                ("phone", "Aisha, with the night light on, most babies stop crying within minutes.")]),
        "fr": ([("parcel", "Inès, arrête de pleurer, c'est un colis."),
                ("gym", "Karim, arrêtez de chialer pour un prélèvement."),
                ("phone", "Sophie, arrête de pleurnicher et achète une coque."),
                ("gym", "Cessez de vous plaindre, Karim, c'était un seul prélèvement."),
                ("phone", "Sophie, arrête de râler, les écrans ça se fend."),
                ("parcel", "Inès, arrête de faire le bébé pour un colis en retard.")],
               [("phone", "Sophie, un écran fendu au bout de deux jours, il y a de quoi se plaindre : on le remplace."),
                ("gym", "Karim, nous avons arrêté les prélèvements, le remboursement part aujourd'hui."),
                ("parcel", "Inès, vous avez bien fait de nous écrire : le colis est en retard."),
                ("gym", "Karim, votre réclamation est juste, le prélèvement était notre erreur."),
                ("phone", "Sophie, avec la veilleuse, votre bébé arrête de pleurer en quelques minutes.")]),
    },
}
CASES = [(family, lang, where, text) for family, langs in FAMILIES.items() for lang, (hostile, _near) in langs.items()
         for where, text in hostile]
NEAR_MISSES = [(family, lang, where, text) for family, langs in FAMILIES.items()
               for lang, (_hostile, near) in langs.items() for where, text in near]


def test_every_family_has_six_sentences_and_three_near_misses_in_each_language() -> None:
    for langs in FAMILIES.values():
        assert set(langs) == {"en", "fr"}
        for hostile, near in langs.values():
            assert len(hostile) >= 6 and len(near) >= 3
            assert len({where for where, _text in hostile}) >= 3  # several situations, not one


@pytest.mark.parametrize(("family", "lang", "where", "text"), CASES)
def test_contempt_at_the_person_costs_calm_and_is_quoted(family: str, lang: str, where: str, text: str) -> None:
    hostility = _hostility(lang, where, text)
    assert hostility.score <= 40, (family, text)
    assert any(e.polarity == "-" for e in hostility.evidence), (family, text)
    assert _score(lang, where, text).scores[Q.calm] < _score(lang, where, HONEST[lang]).scores[Q.calm]


@pytest.mark.parametrize(("family", "lang", "where", "text"), NEAR_MISSES)
def test_the_same_words_without_contempt_cost_nothing(family: str, lang: str, where: str, text: str) -> None:
    hostility = _hostility(lang, where, text)
    assert not [e.text for e in hostility.evidence if e.polarity == "-"], (family, text)
    assert hostility.band == "good", (family, text, hostility.score)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "You are the worst customer ever, go away and never come back."),
    ("fr", "Tout le monde se fiche de ton colis, arrête de pleurer."),
])
def test_the_reviewers_replies_lose_calm(lang: str, text: str) -> None:
    """The two replies of the review, read after the patterns were written from the sentences above."""
    result = _score(lang, "parcel", text)
    assert next(c for c in result.criteria if c.id == "no-hostility").score <= 40
    assert result.scores[Q.calm] < 60
