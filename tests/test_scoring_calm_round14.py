"""Calm, round 14: general readings rather than more lexicon terms, each tested on sentences written for situations
the dev set does not have (a hotel room, a school bus), in French and English, with near-misses that must not move.

1. Contractions read as their full forms wherever a lexicon matches a phrase ("you're right" as "you are right",
   "t'as raison" as "tu as raison"): :mod:`cmsim.scoring.elision`, the ``contractions`` lexicons.
2. A verdict word aimed at ourselves owns a failure ("c'est nul de notre part", "we were idiots about this"): no
   insult, contempt or judgement (:mod:`cmsim.scoring.criteria.selfjudged`); "vous êtes nul" still attacks.
3. A feeling word a negation denies just before it is no empathy ("I don't understand why you…", matched by the stem of
   "understandable"; "ce n'est pas inquiétant"), for calm's calming moves and listening's feeling alike, unless its
   sentence asks ("votre fille n'est pas trop inquiète ?"): :func:`cmsim.scoring.criteria.denial.negated_before`.
4. The negation words each criterion kept in its own set come from one lexicon, ``negation-scopes`` (same scores).
5. A correction announced to someone upset ("just so you know", "for context", "pour info", "nous tenons à préciser")
   sets the record straight instead of answering: calm's own, 40 (:mod:`cmsim.scoring.criteria.correction`); not to
   a happy fan, not in a sentence that owns the fault ("just to clarify, that was our mistake").
6. A word of generality makes advice a rule as "always" does ("as a rule we recommend…", "en règle générale nous
   conseillons…"): advice given as a rule to someone upset (:mod:`cmsim.scoring.criteria.precaution`).
7. The person's problem made an exception by counting the others ("only a handful of guests report this", "la grande
   majorité de nos usagers arrive à l'heure"): minimising, to someone upset (:mod:`cmsim.scoring.criteria.proportion`).
8. An owning phrase between a subject and its own reflexive pronoun ("tu aurais dû te renseigner", whose "aurais"
   shares the stem of owning's "aurait dû te") is the person's own act: the blame stands
   (:func:`cmsim.scoring.criteria.denial.reflexive`).
"""

from __future__ import annotations

import pytest
from scoring_kit import criterion_of as _criterion
from scoring_kit import score_line
from scoring_kit import score_upset as _upset

from cmsim.model.qualities import Quality as Q
from cmsim.scoring.text import analyse

# 1. contractions read as their full forms
SAME = [
    ("en", "Apologies Owen, but you're right about the sheets: a fresh room is ready for you now.",
     "Apologies Owen, but you are right about the sheets: a fresh room is ready for you now."),
    ("en", "Owen, we're sorry, and that's on us: a fresh room is ready for you now.",
     "Owen, we are sorry, and that is on us: a fresh room is ready for you now."),
    ("en", "Owen, it's not acceptable and we're moving you to room 301 tonight.",
     "Owen, it is not acceptable and we are moving you to room 301 tonight."),
    ("fr", "Pardon Sandrine, t'as raison : un car de remplacement passe demain à 7h30.",
     "Pardon Sandrine, tu as raison : un car de remplacement passe demain à 7h30."),
    ("fr", "Sandrine, t'as raison de râler, un car de remplacement passe demain à 7h30.",
     "Sandrine, tu as raison de râler, un car de remplacement passe demain à 7h30."),
]


@pytest.mark.parametrize(("lang", "short", "full"), SAME)
def test_a_contraction_reads_as_its_full_form(lang: str, short: str, full: str) -> None:
    contracted, written_out = _upset(lang, short), _upset(lang, full)
    assert contracted.scores[Q.calm] == written_out.scores[Q.calm]
    assert contracted.scores[Q.listening] == written_out.scores[Q.listening]
    assert _criterion(contracted, "de-escalation").score == _criterion(written_out, "de-escalation").score


def test_a_concession_after_a_contrast_keeps_the_apology_contracted_or_not() -> None:
    conceded = _upset("en", "Sorry Owen, but you're right: housekeeping is redoing the room now.")
    defended = _upset("en", "Sorry Owen, but the room was cleaned this morning.")
    assert _criterion(conceded, "no-hostility").score == 100
    assert conceded.scores[Q.calm] > defended.scores[Q.calm]


@pytest.mark.parametrize(("lang", "short", "full"), [
    ("en", "you're", "you are"), ("en", "it's", "it is"), ("en", "that's", "that is"), ("en", "we're", "we are"),
    ("en", "I'm", "I am"), ("en", "we've", "we have"), ("en", "we'll", "we will"), ("en", "let's", "let us"),
    ("fr", "c'est", "ce est"), ("fr", "t'as", "tu as"), ("fr", "j'ai", "je ai"), ("fr", "n'est", "ne est"),
    ("fr", "qu'il", "que il"), ("fr", "s'il", "si il"), ("fr", "c’est", "ce est"),
])
def test_the_analysis_stems_a_contraction_as_its_full_form(lang: str, short: str, full: str) -> None:
    assert analyse(short, lang).stems == analyse(full, lang).stems
    assert analyse(short, lang).norms != analyse(full, lang).norms  # the words as written stay


@pytest.mark.parametrize(("lang", "text", "kept"), [
    ("en", "the courier's fault", "s"),  # a possessive keeps its "s"
    ("en", "Owen's room", "s"),
    ("fr", "t'inquiète", "te"),  # "t'" is "te" but before a form of avoir or être
    ("fr", "aujourd'hui", "aujourd"),
    ("fr", "je ne l'ai pas fait", "l"),  # "l'" keeps its form: as "le", "ne l'" met disclosure's "né le"
])
def test_a_possessive_or_another_elision_is_not_read_as_is_or_tu(lang: str, text: str, kept: str) -> None:
    an = analyse(text, lang)
    assert kept in an.stems


# 2. a verdict aimed at ourselves
OURS = {
    "en": ["Owen, that was embarrassing on our part: a fresh room is ready for you now.",
           "Honestly Owen, I was a complete idiot with your booking, and a fresh room is ready for you now.",
           "Owen, our housekeeping that day was shameful. A fresh room is ready for you now.",
           "Stupid, our fault entirely: a fresh room is ready for you now, Owen."],
    "fr": ["Sandrine, c'était débile de notre part de ne pas vous prévenir : un car passe demain à 7h30.",
           "Sandrine, nous avons été lamentables cette semaine. Un car de remplacement passe demain à 7h30.",
           "Sandrine, j'ai été nul sur ce coup, un car de remplacement passe demain à 7h30.",
           "Minable, c'est de notre faute : un car de remplacement passe demain à 7h30, Sandrine."],
}
AT_THE_PERSON = {
    "en": ["Owen, you were an idiot to book that room.", "Owen, your review is nonsense.",
           "Owen, we're not clowns.", "We don't serve morons, Owen.", "Sorry, you idiot.",
           "Stupid, and not our fault: the room was cleaned this morning.",
           "Owen, blaming our cleaners for your own mess is pathetic."],
    "fr": ["Sandrine, vous êtes une idiote.", "Sandrine, ta réclamation est débile.",
           "Nous ne sommes pas nuls, Sandrine.", "On ne répond pas aux abrutis, Sandrine.",
           "Minable, ce n'est pas de notre faute.", "Sandrine, traiter nos chauffeurs de clowns c'est minable."],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in OURS.items() for t in texts])
def test_a_verdict_aimed_at_ourselves_owns_a_failure(lang: str, text: str) -> None:
    result = _upset(lang, text)
    assert _criterion(result, "no-hostility").score == 100
    assert result.scores[Q.calm] >= 70


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in AT_THE_PERSON.items() for t in texts])
def test_a_verdict_aimed_at_the_person_still_attacks(lang: str, text: str) -> None:
    result = _upset(lang, text)
    assert _criterion(result, "no-hostility").score <= 40


# 3. a feeling word denied
DENIED_FEELING = {
    "en": ["Owen, I honestly don't understand why you never rang reception.",
           "Owen, it is not frustrating at all, the room was simply not ready."],
    "fr": ["Sandrine, ce n'est pas inquiétant, le car a juste du retard.",
           "Sandrine, pas de stress, le car a juste du retard."],
}
KEPT_FEELING = {
    "en": ["Owen, I can't imagine how frustrating that was, and a fresh room is ready now.",
           "Owen, that's understandable, and a fresh room is ready now."],
    "fr": ["Sandrine, votre fille n'est pas trop inquiète ? Un car de remplacement passe demain à 7h30.",
           "Sandrine, c'est compréhensible, un car de remplacement passe demain à 7h30."],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in DENIED_FEELING.items() for t in texts])
def test_a_feeling_word_denied_just_before_is_no_empathy(lang: str, text: str) -> None:
    result = _upset(lang, text)
    assert not [e for e in _criterion(result, "de-escalation").evidence if e.polarity == "+"]
    assert not [e for e in _criterion(result, "acknowledges-feeling").evidence if e.polarity == "+"]


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in KEPT_FEELING.items() for t in texts])
def test_a_feeling_word_past_a_negation_or_in_a_question_still_acknowledges(lang: str, text: str) -> None:
    result = _upset(lang, text)
    assert [e for e in _criterion(result, "acknowledges-feeling").evidence if e.polarity == "+"]
    assert _criterion(result, "de-escalation").score >= 50


# 4. one lexicon of negation words
def test_the_criteria_negation_sets_come_from_one_lexicon() -> None:
    from cmsim.scoring.criteria import acts, listening, substance, trust
    from cmsim.scoring.criteria.denial import negation_words

    assert {"not", "t", "ne", "n", "pas", "aucune"} <= acts._DENIALS == negation_words(("denial", "particles"))
    assert {"nobody", "rien", "sans", "without"} <= trust._NEGATIONS
    assert {"avoid", "evitez"} <= trust._WITHHOLD
    assert {"plus", "closed", "fermee", "indisponibles"} <= substance._REFUSALS
    assert listening._DENIALS["en"] == frozenset({"not", "never", "no", "t", "without", "non"})
    assert "t" not in negation_words(("denial",), ("fr",))  # "t'énerver": a pronoun in French


# 5. a correction announced to someone upset
JOYFUL = {
    "en": [{"author": "Jess", "text": "Finished my first marathon yesterday in your Cloudrunner shoes!! So proud 🥳"}],
    "fr": [{"author": "Léa",
            "text": "Premier semi-marathon bouclé ce matin avec vos chaussures, je suis trop fière 🥳"}],
}
CORRECTING = {
    "en": ["Owen, just so you know, our rooms are inspected twice a day by a supervisor.",
           "Owen, for context, housekeeping cleaned 120 rooms that morning.",
           "Owen, it might help to put this in perspective: most guests rate our rooms 9/10."],
    "fr": ["Sandrine, pour info, les retards sont dus aux travaux sur la D12.",
           "Sandrine, nous tenons à préciser que nos chauffeurs respectent les horaires prévus."],
}
PLAIN_ANSWER = {"en": "Owen, our rooms are inspected twice a day by a supervisor.",
                "fr": "Sandrine, les retards sont dus aux travaux sur la D12."}
NOT_CORRECTING = {
    "en": ["Owen, just to clarify, that was our mistake, and a fresh room is ready now.",
           "Owen, could you DM us to clarify the booking number? A fresh room is ready now."],
    "fr": ["Sandrine, pour info, c'est de notre faute : un car de remplacement passe demain à 7h30.",
           "Sandrine, envoyez-nous votre numéro de dossier pour que l'on puisse préciser l'horaire du car."],
}
TIP = {"en": "Jess, just so you know, the Cloudrunner also comes in a wide fit!",
       "fr": "Léa, pour info, la Foulée 2 existe aussi en version large !"}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in CORRECTING.items() for t in texts])
def test_a_correction_announced_to_someone_upset_costs_calm(lang: str, text: str) -> None:
    result = _upset(lang, text)
    hostile = _criterion(result, "no-hostility")
    assert hostile.score <= 60
    assert [e for e in hostile.evidence if e.polarity == "-"]
    assert result.scores[Q.calm] < _upset(lang, PLAIN_ANSWER[lang]).scores[Q.calm]


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NOT_CORRECTING.items() for t in texts])
def test_a_correction_that_owns_the_fault_or_a_request_to_clarify_costs_nothing(lang: str, text: str) -> None:
    assert _criterion(_upset(lang, text), "no-hostility").score == 100


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_tip_to_a_happy_fan_is_no_correction(lang: str) -> None:
    result = score_line(lang=lang, platform="instagram", thread=JOYFUL[lang], reply=TIP[lang],
                        expect={"person": "Jess" if lang == "en" else "Léa"})
    assert _criterion(result, "no-hostility").score == 100


# 6. generality makes advice a rule
AS_A_RULE = {"en": "Owen, as a rule we recommend inspecting the room on arrival.",
             "fr": "Sandrine, en règle générale nous conseillons de prévoir une marge de dix minutes le matin."}
FOR_NOW = {"en": "Owen, we recommend calling reception tonight so they can move you.",
           "fr": "Sandrine, nous vous conseillons de regarder l'appli demain matin avant de partir."}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_advice_given_as_a_general_rule_is_a_rule(lang: str) -> None:
    assert _criterion(_upset(lang, AS_A_RULE[lang]), "no-hostility").score <= 60
    assert _criterion(_upset(lang, FOR_NOW[lang]), "no-hostility").score == 100


# 7. the problem made an exception by counting the others
EXCEPTION = {
    "en": ["Owen, the vast majority of our guests rate the rooms 9/10.",
           "Owen, only a handful of guests ever report this."],
    "fr": ["Sandrine, la grande majorité de nos usagers arrive à l'heure.",
           "Sandrine, très peu de parents nous signalent ce genre de retard."],
}
COUNTED_FAIRLY = {
    "en": ["Owen, sorry, a small number of guests were affected and that's on us.",
           "Owen, the lift is back for most people now; a fresh room is ready for you."],
    "fr": ["Sandrine, pardon : une minorité d'usagers a subi ce retard, et c'est de notre faute.",
           "Sandrine, le car passe demain à 7h30 pour la plupart des élèves de la ligne 12."],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in EXCEPTION.items() for t in texts])
def test_counting_the_others_makes_the_problem_small(lang: str, text: str) -> None:
    hostile = _criterion(_upset(lang, text), "no-hostility")
    assert hostile.score <= 60
    assert [e for e in hostile.evidence if e.polarity == "-"]


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in COUNTED_FAIRLY.items() for t in texts])
def test_a_count_owned_or_of_no_one_is_no_exception(lang: str, text: str) -> None:
    assert _criterion(_upset(lang, text), "no-hostility").score == 100


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_count_to_a_happy_fan_is_no_exception(lang: str) -> None:
    text = {"en": "Jess, most of our runners pick the wide fit!",
            "fr": "Léa, la plupart de nos clients prennent la large !"}
    result = score_line(lang=lang, platform="instagram", thread=JOYFUL[lang], reply=text[lang],
                        expect={"person": "Jess" if lang == "en" else "Léa"})
    assert _criterion(result, "no-hostility").score == 100


# 8. the person's own act, reflexive
@pytest.mark.parametrize("text", ["Sandrine, tu aurais dû te renseigner sur les horaires d'hiver.",
                                  "Sandrine, vous auriez dû vous inscrire aux alertes SMS."])
def test_what_the_person_should_have_done_themselves_is_blame(text: str) -> None:
    assert _criterion(_upset("fr", text), "no-hostility").score <= 60


@pytest.mark.parametrize("text", ["Sandrine, on aurait dû te prévenir du retard, pardon.",
                                  "Sandrine, on aurait dû t'avertir, pardon.",
                                  "Sandrine, tu aurais dû être prévenue du retard."])
def test_what_we_should_have_done_still_owns(text: str) -> None:
    result = _upset("fr", text)
    assert _criterion(result, "no-hostility").score == 100
    assert _criterion(result, "de-escalation").score >= 50
