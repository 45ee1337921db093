"""Calm is earned by de-escalation, not only by the absence of hostility (issue 11, round 2).

Every sentence here was written for this file, apart from the lexicons and the development set, before it was
scored: owning what went wrong, taking the matter on, apologising and naming the feeling each count once; thanks
inside a stock formula or in a sentence that carries a jab calm nobody; heavier hostility keeps ranking lower.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import StepResult

THREAD = {
    "en": [{"author": "Nadia", "text": "Third time my subscription box is missing items. I pay every month for this?"}],
    "fr": [{"author": "Nadia",
            "text": "Troisième fois que ma box d'abonnement arrive incomplète. Je paie tous les mois pour ça ?"}],
}


def _score(lang: str, text: str) -> StepResult:
    return score_line(lang=lang, platform="instagram", thread=THREAD[lang], reply=text,
                      expect={"person": "Nadia", "feeling": "fed up" if lang == "en" else "agacée"})


def _calm(lang: str, text: str) -> int:
    return _score(lang, text).scores[Q.calm]


def _moves(lang: str, text: str) -> list[str]:
    criterion = next(c for c in _score(lang, text).criteria if c.id == "de-escalation")
    return [e.text for e in criterion.evidence]


# (a reply that does the job plainly, the same reply that also owns the fault and takes the matter on)
OWNING = {
    "en": [
        ("Nadia, we'll check your box.",
         "Nadia, three incomplete boxes in a row is not good enough, and I'm chasing the warehouse myself today."),
        ("Nadia, a new box can be sent.",
         "Nadia, that should never have happened three times. I'll send the missing items this week."),
    ],
    "fr": [
        ("Nadia, une nouvelle box peut partir.",
         "Nadia, trois box incomplètes, ce n'est pas à la hauteur, et je vérifie votre commande moi-même."),
        ("Nadia, on peut renvoyer les articles.",
         "Nadia, ça n'aurait jamais dû arriver trois fois : je m'occupe de renvoyer les articles cette semaine."),
    ],
}


@pytest.mark.parametrize(("lang", "plain", "owning"),
                         [(lang, p, o) for lang, pairs in OWNING.items() for p, o in pairs])
def test_owning_the_fault_and_taking_it_on_calm_more_than_a_plain_reply(lang: str, plain: str, owning: str) -> None:
    assert _calm(lang, owning) > _calm(lang, plain)
    assert len(_moves(lang, owning)) >= 2


# (a warm, specific reply, a polite but stock one): the stock one's thanks are a formula, not a calming move
STOCK = {
    "en": ("Nadia, I'm sorry, missing items three months running would annoy anyone. I'll ship them today.",
           "Thank you for your feedback! We value all our customers."),
    "fr": ("Nadia, désolée, des articles manquants trois mois de suite, c'est agaçant. Je vous les envoie aujourd'hui.",
           "Merci pour votre retour ! Notre service client reste à votre disposition."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_stock_thanks_do_not_outrank_a_warm_specific_reply(lang: str) -> None:
    warm, stock = STOCK[lang]
    assert _calm(lang, warm) > _calm(lang, stock)
    assert _moves(lang, stock) == []


SARCASTIC_THANKS = {
    "en": "Thanks for this wonderful review, Nadia, truly a masterpiece.",
    "fr": "Merci pour ce superbe avis, Nadia, un vrai chef-d'œuvre.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_thanks_in_a_sentence_with_a_jab_is_no_calming_move(lang: str) -> None:
    assert _moves(lang, SARCASTIC_THANKS[lang]) == []


# one jab, two jabs, three jabs in otherwise the same reply: each more hostile reply ranks strictly lower
ESCALATING = {
    "en": [
        "Nadia, those are the rules, end of story.",
        "Nadia, those are the rules, end of story. Do you even read the terms?",
        "Nadia, those are the rules, end of story. Do you even read the terms? Stop whining.",
    ],
    "fr": [
        "Nadia, c'est la règle, point barre.",
        "Nadia, c'est la règle, point barre. Vous lisez les conditions au moins ?",
        "Nadia, c'est la règle, point barre. Vous lisez les conditions au moins ? Arrêtez de pleurnicher.",
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_more_jabs_rank_lower_even_past_the_floor(lang: str) -> None:
    scores = [_calm(lang, text) for text in ESCALATING[lang]]
    assert scores[0] > scores[1] > scores[2], scores


# Judging words aimed at the person are contempt; the same words about the brand's own failure own it.
AIMED = {
    "en": [("Honestly Nadia, your complaint is laughable.",
            "Nadia, our packing this month was embarrassing, I'm sorry."),
           ("Nadia, that story of yours is pure nonsense.", "Nadia, three incomplete boxes is shameful on our side.")],
    "fr": [("Nadia, votre réclamation est grotesque.",
            "Nadia, notre préparation de commande a été lamentable ce mois-ci."),
           ("Franchement Nadia, arrête tes âneries.", "Nadia, nos erreurs de préparation sont honteuses, pardon.")],
}


@pytest.mark.parametrize(("lang", "aimed", "owned"), [(lang, a, o) for lang, pairs in AIMED.items() for a, o in pairs])
def test_judging_words_are_contempt_only_when_aimed_at_the_person(lang: str, aimed: str, owned: str) -> None:
    hostility = {text: next(c for c in _score(lang, text).criteria if c.id == "no-hostility")
                 for text in (aimed, owned)}
    assert hostility[aimed].score < 50 and any(e.polarity == "-" for e in hostility[aimed].evidence)
    assert hostility[owned].score == 100
    assert _calm(lang, owned) > _calm(lang, aimed)


# Reporting an insult to moderate it is not insulting.
MODERATION = {
    "en": ("Nadia, I'm sorry about the box. To everyone: calling other members morons has no place here.",
           "Nadia, I'm sorry about the box. To everyone: other members are morons."),
    "fr": ("Nadia, désolée pour la box. À tous : traiter les autres membres d'abrutis n'a pas sa place ici.",
           "Nadia, désolée pour la box. À tous : les autres membres sont des abrutis."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_insult_reported_to_moderate_it_is_not_an_insult(lang: str) -> None:
    moderating, insulting = MODERATION[lang]
    # 70, not 80, since calm reads the stakes named: these name the box and little else of Nadia's situation
    assert _calm(lang, moderating) >= 70
    assert _calm(lang, insulting) < 50


# Owning a silence with the words of blame ("you should have…") is owning, not blaming.
OWNED_SILENCE = {
    "en": ("Nadia, you should have been told about the missing items before the box shipped.",
           "Nadia, you should have read the box contents before complaining."),
    "fr": ("Nadia, vous auriez dû être prévenue avant l'envoi que des articles manquaient.",
           "Nadia, vous auriez dû lire le contenu de la box avant de vous plaindre."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_owning_a_silence_is_not_blaming_the_customer(lang: str) -> None:
    owning, blaming = OWNED_SILENCE[lang]
    assert _calm(lang, owning) >= 70  # names few of Nadia's words (stakes read in her words, not paraphrases)
    assert _calm(lang, blaming) < 50


# A stock formula is cold but polite; a bare order at the person is curt: the formula keeps more calm. Politeness
# markers inside a formula ("Thank you for reaching out") earn nothing of their own.
FORMULA_OR_ORDER = {
    "en": ("We are sorry for the inconvenience caused. Please contact our customer service.",
           "Nadia, send your box number and a photo now."),
    "fr": ("Nous vous prions de nous excuser pour la gêne occasionnée, nous restons à votre disposition.",
           "Nadia, envoyez le numéro de la box et une photo."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_stock_formula_keeps_more_calm_than_a_bare_order(lang: str) -> None:
    formula, order = FORMULA_OR_ORDER[lang]
    assert _calm(lang, formula) > _calm(lang, order)
    courtesy = next(c for c in _score(lang, formula).criteria if c.id == "courtesy")
    assert not any(e.polarity == "+" and e.text.lower().startswith(("thank", "merci")) for e in courtesy.evidence)


# A keyword list attacks nobody: far below an honest reply on calm, above a reply that attacks.
KEYWORDS = {
    "en": ("box missing items refund sorry Nadia monthly subscription replacement",
           "Nadia, stop whining and read the terms, those are the rules.",
           "Nadia, sorry about the missing items, we'll send them this week."),
    "fr": ("box articles manquants remboursement désolée Nadia abonnement renvoi",
           "Nadia, arrêtez de râler et lisez les conditions, c'est la règle.",
           "Nadia, désolée pour les articles manquants, on vous les renvoie cette semaine."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_keyword_list_is_neither_calm_nor_hostile(lang: str) -> None:
    keywords, attack, honest = KEYWORDS[lang]
    assert _calm(lang, attack) < _calm(lang, keywords) < 40 < _calm(lang, honest)


# "Do it yourself" and lectures about the person's care are jabs, whatever the verb ("re-pack it yourself",
# "be more careful"); telling someone where they can change a setting themselves is help.
SELF_SERVICE = {
    "en": [("Nadia, sort it out yourself next time.", "Nadia, you can pause the subscription yourself in Settings."),
           ("Nadia, be more careful when you open the box.", "Nadia, the missing items will ship on Friday.")],
    "fr": [("Nadia, recomptez-les vous-même à la livraison.",
            "Nadia, vous pouvez suspendre l'abonnement vous-même dans les réglages."),
           ("Nadia, soyez plus attentive en ouvrant la box.", "Nadia, les articles manquants partent vendredi.")],
}


@pytest.mark.parametrize(("lang", "jab", "help_"),
                         [(lang, j, h) for lang, pairs in SELF_SERVICE.items() for j, h in pairs])
def test_do_it_yourself_and_lectures_are_jabs_but_self_service_is_help(lang: str, jab: str, help_: str) -> None:
    # help with no calming move sits lower than a warm reply (de-escalation's base), and lower still when it names
    # little of the person's situation in her words (stakes), still well above a jab
    assert _calm(lang, jab) < 50 <= 70 <= _calm(lang, help_)


# A short factual reply is naturally dense in useful words; it is not keyword stuffing.
SHORT_FACTUAL = {
    "en": ["Nadia, sorry, your replacement items ship today.", "Thanks Nadia, the missing items ship Monday.",
           "Nadia, great catch, thanks. The refund lands tomorrow morning.",
           "Nadia, sorry! Replacement ships today, tracking by DM.",
           "Nadia, sorry, your replacement ships today, I'll DM the tracking.",
           "Nadia, our warehouse team has been alerted and is working on a fix."],
    "fr": ["Nadia, désolée, vos articles partent aujourd'hui.", "Merci Nadia, les articles manquants partent lundi.",
           "Nadia, bien vu, merci. Le remboursement arrive demain matin.",
           "Nadia, désolée ! Remplacement envoyé aujourd'hui, suivi en MP.",
           "Nadia, désolée, votre remplacement part aujourd'hui, je vous envoie le suivi en MP."],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in SHORT_FACTUAL.items() for t in texts])
def test_a_short_factual_reply_is_not_stuffing(lang: str, text: str) -> None:
    result = _score(lang, text)
    assert "stuffing" not in result.flags
    assert result.scores[Q.calm] >= 75


# Telling the person it is not their fault, naming why the moment is bad for them and saying who is already on it
# calm; "not your fault" is never read as the blame "your fault".
MORE_MOVES = {
    "en": [("Nadia, the box will be checked.",
            "Nadia, this is not your fault at all, and it is the worst timing for you."),
           ("Nadia, a refund is possible.",
            "Nadia, our warehouse team has been alerted and is working on a fix.")],
    "fr": [("Nadia, la box sera vérifiée.",
            "Nadia, ce n'est pas de votre faute, et ça tombe au pire moment pour vous."),
           ("Nadia, un remboursement est possible.",
            "Nadia, l'équipe de l'entrepôt est prévenue, on revient ici ce soir.")],
}


@pytest.mark.parametrize(("lang", "plain", "calming"),
                         [(lang, p, c) for lang, pairs in MORE_MOVES.items() for p, c in pairs])
def test_exonerating_naming_the_moment_and_someone_on_it_calm(lang: str, plain: str, calming: str) -> None:
    assert _calm(lang, calming) > _calm(lang, plain)
    hostility = next(c for c in _score(lang, calming).criteria if c.id == "no-hostility")
    assert hostility.score == 100, [e.text for e in hostility.evidence]


PACKED = {
    "en": "Nadia, sorry, apologies, I understand, so frustrating, I'll refund today, DM us, replacement tomorrow, "
          "thanks, we hear you, we're on it, personally.",
    "fr": "Nadia, désolée, pardon, je comprends, c'est agaçant, je vous rembourse aujourd'hui, écrivez-nous en MP, "
          "renvoi demain, merci, on vous entend, on s'en occupe, personnellement.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_rewarded_words_packed_one_after_another_are_still_stuffing(lang: str) -> None:
    assert "stuffing" in _score(lang, PACKED[lang]).flags


# Denying is not owning: "it's not our mistake" / "ce n'est pas notre faute" calm nobody and warm no voice.
DENIALS = {
    "en": "Nadia, it is not our mistake, the courier lost the items.",
    "fr": "Nadia, ce n'est pas de notre faute, le transporteur a perdu les articles.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_denial_is_no_owning_move(lang: str) -> None:
    result = _score(lang, DENIALS[lang])
    moves = next(c for c in result.criteria if c.id == "de-escalation")
    voice = next((c for c in result.criteria if c.id == "voice"), None)
    assert not [e.text for e in moves.evidence if e.polarity == "+"]
    warm = [e.text.lower() for e in voice.evidence if e.polarity == "+"] if voice else []
    assert not [text for text in warm if "faute" in text or "mistake" in text]


# Ordinary French that only looks like an idiom of contempt: "ce mail circule" is not "circulez", "n'a rien à voir
# avec votre commande" is not "circulez, il n'y a rien à voir".
NEUTRAL_FR = ["Nadia, un faux mail circule en ce moment, ne cliquez sur aucun lien.",
              "Nadia, ce retard n'a rien à voir avec votre commande précédente."]


@pytest.mark.parametrize("text", NEUTRAL_FR)
def test_ordinary_french_is_not_read_as_contempt(text: str) -> None:
    hostility = next(c for c in _score("fr", text).criteria if c.id == "no-hostility")
    assert hostility.score == 100, [e.text for e in hostility.evidence]
    assert _calm("fr", "Nadia, circulez, il n'y a rien à voir.") < 50


# A French order in the imperative of "vous" is an order whatever the verb, listed or not; softened, asked, or a
# word in -ez that is no verb ("Chez nous…"), it is not.
VOUS_ORDERS = [("Nadia, patientez jusqu'à lundi.", "Nadia, pourriez-vous patienter jusqu'à lundi ?"),
               ("Nadia, rechargez la page et recommencez.", "Nadia, si vous pouvez, rechargez la page.")]
NO_ORDER = ["Chez nous, la box part lundi, Nadia.", "Nadia, avez-vous reçu notre mail de suivi ?",
            "Nadia, veuillez nous envoyer une photo de la box."]


@pytest.mark.parametrize(("order", "softened"), VOUS_ORDERS)
def test_a_french_vous_imperative_is_a_bare_order(order: str, softened: str) -> None:
    courtesy = {text: next(c for c in _score("fr", text).criteria if c.id == "courtesy") for text in (order, softened)}
    assert courtesy[order].score < courtesy[softened].score
    assert any(e.polarity == "-" for e in courtesy[order].evidence)


@pytest.mark.parametrize("text", NO_ORDER)
def test_a_word_in_ez_that_is_no_order_costs_nothing(text: str) -> None:
    courtesy = next(c for c in _score("fr", text).criteria if c.id == "courtesy")
    assert not any(e.polarity == "-" for e in courtesy.evidence)
