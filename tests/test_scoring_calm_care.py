"""Calm, round 3: asking after the person is a calming move; cold formulas of apology and redirection are not.

Named from the tuning split's fresh situations ("Noa, tu n'es pas blessée ?" graded 90 read no calming move; "nous
sommes désolés pour ce désagrément. N'hésitez pas à contacter votre magasin", graded 65, scored as warm as a real
answer). Every sentence here was written for this file, in another situation, fr and en, with near-misses.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import CriterionResult, StepResult
from cmsim.scoring.criteria.warmth import DE_ESCALATION_BASE

THREAD = {
    "en": [{"author": "Ines",
            "text": "The chain of your rental e-bike snapped on the hill and I went over the handlebars."}],
    "fr": [{"author": "Inès",
            "text": "La chaîne de votre vélo de location a cassé dans la côte et je suis passée par-dessus "
                    "le guidon."}],
}


def _score(lang: str, text: str) -> StepResult:
    return score_line(lang=lang, platform="instagram", thread=THREAD[lang], reply=text,
                      brand={"name": "Velo", "handle": "@velo"},
                      expect={"person": "Ines" if lang == "en" else "Inès"})


def _criterion(lang: str, text: str, cid: str) -> CriterionResult:
    return next(c for c in _score(lang, text).criteria if c.id == cid)


# (a reply asking after the person, the same reply without the question)
CONCERN = {
    "en": [("Ines, are you ok? We're checking the bike today.", "Ines, we're checking the bike today."),
           ("Are you hurt, Ines? The bike is off the road now.", "Ines, the bike is off the road now."),
           ("Ines, I hope you weren't hurt. The chain is being inspected.", "Ines, the chain is being inspected."),
           ("Is everyone okay, Ines? We've pulled that bike.", "Ines, we've pulled that bike."),
           ("Ines, you're not hurt? A mechanic is on the way.", "Ines, a mechanic is on the way."),
           ("Hope you're alright, Ines. We're looking at every chain of that batch.",
            "Ines, we're looking at every chain of that batch.")],
    "fr": [("Inès, tu n'es pas blessée ? On bloque le vélo.", "Inès, on bloque le vélo."),
           ("Est-ce que ça va, Inès ? On vérifie la chaîne aujourd'hui.", "Inès, on vérifie la chaîne aujourd'hui."),
           ("Inès, j'espère que vous n'avez rien. Le vélo est retiré du service.",
            "Inès, le vélo est retiré du service."),
           ("Rien de cassé, Inès ? Un mécanicien passe cet après-midi.", "Inès, un mécanicien passe cet après-midi."),
           ("Inès, j'espère que tu vas bien, on inspecte toute la série.", "Inès, on inspecte toute la série."),
           ("Vous n'êtes pas blessée, Inès ? Le vélo ne roulera plus.", "Inès, le vélo ne roulera plus.")],
}
NOT_CONCERN = {
    "en": ["Ines, the chain is ok now.", "We hope you enjoy the ride, Ines.",
           "Ines, are you able to send the bike number?"],
    "fr": ["Inès, ça va être réparé aujourd'hui.", "Vous allez bien recevoir un bon de réparation, Inès.",
           "Inès, comment avez-vous garé le vélo ?"],
}


@pytest.mark.parametrize(("lang", "caring", "plain"),
                         [(lang, c, p) for lang, pairs in CONCERN.items() for c, p in pairs])
def test_asking_after_the_person_is_a_calming_move(lang: str, caring: str, plain: str) -> None:
    moves = _criterion(lang, caring, "de-escalation")
    assert moves.score > _criterion(lang, plain, "de-escalation").score, [e.text for e in moves.evidence]
    assert _score(lang, caring).scores[Q.calm] > _score(lang, plain).scores[Q.calm]


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NOT_CONCERN.items() for t in texts])
def test_the_same_words_asking_nothing_about_the_person_are_no_move(lang: str, text: str) -> None:
    moves = _criterion(lang, text, "de-escalation")
    assert not moves.evidence, [e.text for e in moves.evidence]


# Formulas of apology for an abstract "disappointment", "désagrément", and redirections to a service: cold, not calm.
FORMULAS = {
    "en": ["We're sorry for any disappointment. Please reach out to customer service.",
           "Sorry for the disappointment, please contact our support team.",
           "Please contact our customer service team via our website.",
           "Our customer service team will be happy to assist you.",
           "You can reach out to our customer service at any time.",
           "For any questions, please write to us through our website."],
    "fr": ["Nous sommes désolés pour ce désagrément.",
           "Toutes nos excuses pour le désagrément occasionné.",
           "Nous vous invitons à contacter notre service client.",
           "N'hésitez pas à contacter le service client.",
           "Toute réclamation se fait via notre site.",
           "Désolés pour ce désagrément, n'hésitez pas à contacter notre service client."],
}
SPECIFIC = {
    "en": "Ines, I'm sorry, a chain snapping on a hill is frightening. We've pulled the bike and I'll call you today.",
    "fr": "Inès, je suis désolée, une chaîne qui casse en pleine côte, ça fait peur. Le vélo est retiré et je vous "
          "appelle aujourd'hui.",
}
NOT_FORMULAS = {
    "en": ["Ines, I'm sorry, that's a real disappointment after a good first ride.",
           "Our service team fixed the chain this morning, Ines.",
           "Ines, I've asked our workshop to check every chain of that batch."],
    "fr": ["Je suis désolée, Inès, ce n'est pas normal.",
           "Nous contactons l'atelier pour vous, Inès.",
           "Inès, notre site indique maintenant les vélos retirés."],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in FORMULAS.items() for t in texts])
def test_a_formula_calms_no_one_and_costs_courtesy(lang: str, text: str) -> None:
    assert _criterion(lang, text, "de-escalation").score == DE_ESCALATION_BASE, text
    assert any(e.polarity == "-" for e in _criterion(lang, text, "courtesy").evidence), text
    assert _score(lang, text).scores[Q.calm] < _score(lang, SPECIFIC[lang]).scores[Q.calm]


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NOT_FORMULAS.items() for t in texts])
def test_the_same_words_in_a_real_sentence_are_no_formula(lang: str, text: str) -> None:
    courtesy = _criterion(lang, text, "courtesy")
    assert not any(e.polarity == "-" for e in courtesy.evidence), [e.text for e in courtesy.evidence]


# A note to colleagues that sneers at the customer or the team: the customer does not read it, but calm slipped.
PUBLIC = {
    "en": "Ines, I'm sorry, a chain snapping on a hill is frightening. We've pulled the bike and I'll call you today.",
    "fr": "Inès, je suis désolée, une chaîne qui casse en pleine côte, ça fait peur. Le vélo est retiré et je vous "
          "appelle aujourd'hui.",
}
NEUTRAL_NOTE = {
    "en": "Workshop: please check bike 5521, chain snapped on a hill, rider fell. Call me before 2pm.",
    "fr": "Atelier : merci de vérifier le vélo 5521, chaîne cassée en côte, la cliente est tombée. Rappelez-moi "
          "avant 14 h.",
}
HOSTILE_NOTES = {
    "en": ["Workshop: another drama queen about a chain, check bike 5521 when you can be bothered.",
           "Workshop, you've broken the bikes again with that cheap chain. Fix 5521.",
           "Workshop: she obviously rode it into a kerb, ignore the tone, bike 5521.",
           "Support: the rider is whining about a chain, whatever, bike 5521.",
           "Workshop: as usual the intern messed up the chain on 5521.",
           "Workshop: bike 5521. Stop complaining about the rota and look at it."],
    "fr": ["Atelier : encore une qui râle pour une chaîne, vélo 5521.",
           "Atelier, vous avez encore tout cassé avec ces chaînes. Réparez le 5521.",
           "Atelier : la cliente exagère, tant pis pour elle, vélo 5521.",
           "Support : elle a évidemment roulé dans une bordure, vélo 5521.",
           "Atelier : c'est la faute du stagiaire, comme d'habitude, vélo 5521.",
           "Support : elle fait son cinéma pour une chaîne, peu importe, vélo 5521."],
}
PLAIN_NOTES = {
    "en": ["Workshop: the rider called us clowns on Instagram; bike 5521, chain snapped on a hill, please check today.",
           "URGENT workshop: bike 5521 chain snapped, rider fell, pull the batch today.",
           "Checked, nothing to add.",
           "Workshop: a troll is asking riders to film their falls; bike 5521, pull it today."],
    "fr": ["Atelier : la cliente nous a traités de clowns sur Instagram ; vélo 5521, chaîne cassée, à vérifier "
           "aujourd'hui.",
           "URGENT atelier : chaîne du 5521 cassée, cliente tombée, retirez la série aujourd'hui.",
           "RAS.",
           "Atelier : un troll demande aux gens de filmer leurs chutes ; vélo 5521 à retirer aujourd'hui."],
}


def _with_note(lang: str, note: str) -> StepResult:
    return _score_reply(lang, {"public": PUBLIC[lang], "internal_note": note})


def _score_reply(lang: str, reply: dict[str, str]) -> StepResult:
    return score_line(lang=lang, platform="instagram", thread=THREAD[lang], reply=reply,
                      brand={"name": "Velo", "handle": "@velo"},
                      expect={"person": "Ines" if lang == "en" else "Inès", "teams": ["quality"]})


@pytest.mark.parametrize(("lang", "note"), [(lang, n) for lang, notes in HOSTILE_NOTES.items() for n in notes])
def test_a_note_that_sneers_costs_calm_and_is_quoted(lang: str, note: str) -> None:
    result = _with_note(lang, note)
    assert result.scores[Q.calm] < _with_note(lang, NEUTRAL_NOTE[lang]).scores[Q.calm]
    hostility = next(c for c in result.criteria if c.id == "no-hostility")
    assert any(e.polarity == "-" and e.field == "internal_note" for e in hostility.evidence), note


@pytest.mark.parametrize(("lang", "note"), [(lang, n) for lang, notes in PLAIN_NOTES.items() for n in notes])
def test_a_note_that_reports_flags_or_is_terse_costs_calm_nothing(lang: str, note: str) -> None:
    assert _with_note(lang, note).scores[Q.calm] == _with_note(lang, NEUTRAL_NOTE[lang]).scores[Q.calm]


def test_a_sneering_note_costs_less_than_the_same_jab_in_public() -> None:
    public_jab = _score_reply("en", {"public": PUBLIC["en"] + " Stop whining.", "internal_note": NEUTRAL_NOTE["en"]})
    note_jab = _with_note("en", "Workshop: the rider is whining, bike 5521.")
    assert public_jab.scores[Q.calm] < note_jab.scores[Q.calm] < _with_note("en", NEUTRAL_NOTE["en"]).scores[Q.calm]


# A sentence opening on a report of what the brand does ("Checking…", "Sent…") is no bare order; the verb itself is.
REPORTS = {
    "en": ["Checking the bike's history now, Ines.", "Looking into the chain batch, Ines, sorry.",
           "Calling riders names is not ok here.", "Checked: your refund went out this morning.",
           "Sending a mechanic to the station today, Ines.", "Sent you the repair report by DM, Ines."],
    "fr": ["Rendez-vous lundi à l'atelier, Inès, on vous attend.",
           "Assez attendu : le vélo part en révision ce soir.",
           "Chez nous, chaque chaîne est vérifiée après une chute.",
           "Inès, vous avez raison, la chaîne n'aurait jamais dû casser.",
           "Vérifié : votre remboursement est parti ce matin.",
           "Envoyé : le rapport de l'atelier, Inès."],
}
ORDERS = {
    "en": ["Check the chain yourself, Ines.", "Send the bike number, Ines.", "Call the station, Ines."],
    "fr": ["Vérifiez la chaîne vous-même, Inès.", "Envoyez le numéro du vélo, Inès.", "Appelez la station, Inès."],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in REPORTS.items() for t in texts])
def test_a_sentence_reporting_what_is_done_is_no_bare_order(lang: str, text: str) -> None:
    courtesy = _criterion(lang, text, "courtesy")
    assert not any(e.polarity == "-" for e in courtesy.evidence), [e.text for e in courtesy.evidence]


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in ORDERS.items() for t in texts])
def test_the_verb_itself_opening_a_sentence_is_a_bare_order(lang: str, text: str) -> None:
    courtesy = _criterion(lang, text, "courtesy")
    assert any(e.polarity == "-" for e in courtesy.evidence), text


# Calming moves in other words: a feeling named back ("I'd be furious too") and owning the error plainly.
OTHER_WORDS = {
    "en": [("Ines, I'd be shaken too. The bike is off the road.", "Ines, the bike is off the road."),
           ("I'd be livid too, Ines. A mechanic checks the batch today.", "Ines, a mechanic checks the batch today."),
           ("Ines, I would be scared too. That chain is being replaced.", "Ines, that chain is being replaced."),
           ("Ines, that's an error on our side. The bike is pulled.", "Ines, the bike is pulled."),
           ("Ines, that's on me to fix, and the workshop has the bike.", "Ines, the workshop has the bike."),
           ("Appreciate you telling us, Ines. The chain batch is being checked.",
            "Ines, the chain batch is being checked.")],
    "fr": [("Inès, je serais secouée aussi. Le vélo est retiré.", "Inès, le vélo est retiré."),
           ("Je serais furieuse moi aussi, Inès. L'atelier vérifie la série.", "Inès, l'atelier vérifie la série."),
           ("Inès, c'est une erreur de notre part. Le vélo ne roulera plus.", "Inès, le vélo ne roulera plus."),
           ("Inès, on s'est plantés sur l'entretien. La chaîne est changée.", "Inès, la chaîne est changée."),
           ("Inès, c'est à moi de régler ça : l'atelier a le vélo.", "Inès, l'atelier a le vélo."),
           ("Inès, j'aurais été inquiète aussi. Un mécanicien passe demain.", "Inès, un mécanicien passe demain.")],
}
NOT_OTHER_WORDS = {
    "en": ["I'd be happy to refund you, Ines.", "Ines, our error messages in the app were updated.",
           "We'd appreciate it if you stopped posting, Ines."],
    "fr": ["Je serais ravie de vous rembourser, Inès.", "Inès, n'importe qui serait capable de changer une chaîne.",
           "Inès, le vélo est aussi dans notre atelier."],
}


@pytest.mark.parametrize(("lang", "warm", "plain"),
                         [(lang, w, p) for lang, pairs in OTHER_WORDS.items() for w, p in pairs])
def test_a_calming_move_in_other_words_counts(lang: str, warm: str, plain: str) -> None:
    assert _criterion(lang, warm, "de-escalation").score > _criterion(lang, plain, "de-escalation").score
    assert _score(lang, warm).scores[Q.calm] > _score(lang, plain).scores[Q.calm]


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NOT_OTHER_WORDS.items() for t in texts])
def test_the_same_words_without_the_move_count_nothing(lang: str, text: str) -> None:
    assert not _criterion(lang, text, "de-escalation").evidence, text
