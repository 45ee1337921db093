"""A reply written in the thread's other language is read in the language it is written in: its apology, its next step,
its jabs count, while the charter and clarity still price the switch itself ("written in English on a French
thread"). A French reply quoting an English word or naming an English brand stays French. Situations written for this
test (a coworking space's Wi-Fi, a ferry cancelled), none of the dev set's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from scoring_kit import score_line

from cmsim.scoring.language import other_sentences, written_in_other
from cmsim.scoring.text import analyse

WIFI_FR = ("Malik", [{"author": "Malik Benali", "text": "Le wifi de l'espace est coupé depuis ce matin et j'ai une "
                      "visio client à 14 h. C'est insupportable, je paie 300 € par mois."}])
FERRY_EN = ("Priya", [{"author": "Priya Shah", "text": "Your 7:40 crossing was cancelled again with no announcement. I "
                       "missed my mum's hospital appointment. Absolutely furious."}])
THREADS = {"fr": WIFI_FR, "en": FERRY_EN}

ANSWER = {  # an apology, the feeling, what we do now and a private channel, written in the thread's OTHER language
    "fr": "Malik, I'm really sorry, losing the connection right before a client call is awful. Our technician is "
          "resetting the router now; send us a DM and we'll credit this month.",
    "en": "Priya, nous sommes vraiment désolés, rater un rendez-vous à l'hôpital à cause de nous, c'est grave. Je "
          "vous rembourse la traversée aujourd'hui ; écrivez-nous en privé pour la suite.",
}
NON_ANSWER = {"fr": "Hi Malik, thanks for your message and for your patience.",
              "en": "Bonjour Priya, merci pour votre message et pour votre patience."}
INSULT = {  # the same answer with a jab at the person, in the language the reply is written in
    "fr": "Malik, I'm really sorry about the connection, but only an idiot books a client call on shared wifi. Send "
          "us a DM and we'll credit this month.",
    "en": "Priya, nous sommes désolés pour la traversée, mais il faut être débile pour ne pas vérifier les horaires. "
          "Écrivez-nous en privé pour la suite.",
}
CIVIL = {
    "fr": "Malik, I'm really sorry about the connection, a client call on a dead line is the worst. Send us a DM and "
          "we'll credit this month.",
    "en": "Priya, nous sommes désolés pour la traversée, rater ce rendez-vous est grave. Écrivez-nous en privé pour "
          "la suite.",
}
NATIVE = {  # ANSWER in the thread's own language
    "fr": "Malik, je suis vraiment désolé, perdre la connexion juste avant une visio client, c'est terrible. Notre "
          "technicien relance le routeur maintenant ; écrivez-nous en privé et on vous rembourse ce mois-ci.",
    "en": "Priya, I'm really sorry, missing a hospital appointment because of us is serious. I'm refunding the "
          "crossing today; send us a DM for the rest.",
}


def _scores(lang: str, reply: str) -> dict[str, int]:
    person, thread = THREADS[lang]
    result = score_line(lang=lang, platform="facebook", thread=thread, reply=reply,
                        expect={"person": person, "private": True})
    return {q.value: s for q, s in result.scores.items()}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_answer_in_the_other_language_gains_over_a_non_answer_in_it(lang: str) -> None:
    answer, empty = _scores(lang, ANSWER[lang]), _scores(lang, NON_ANSWER[lang])
    for quality in ("communication", "listening", "calm"):
        assert answer[quality] > empty[quality], quality
    assert answer["communication"] >= 15  # read, not zero: graders gave such replies 15-32


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_switch_itself_still_costs_communication(lang: str) -> None:
    switched, native = _scores(lang, ANSWER[lang]), _scores(lang, NATIVE[lang])
    assert switched["communication"] < native["communication"] - 20


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_insult_in_the_switched_language_costs_calm_and_listening(lang: str) -> None:
    insult, civil = _scores(lang, INSULT[lang]), _scores(lang, CIVIL[lang])
    assert insult["calm"] <= 50 < civil["calm"]
    assert insult["listening"] < civil["listening"]
    assert insult["communication"] < civil["communication"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_switch_is_named_with_its_words(lang: str) -> None:
    person, thread = THREADS[lang]
    result = score_line(lang=lang, platform="facebook", thread=thread, reply=ANSWER[lang], expect={"person": person})
    charter = next(c for c in result.criteria if c.id == "charter")
    assert lang in charter.missing
    assert [e.text for e in charter.evidence if e.polarity == "-"]
    said = {"fr": ("Written in English on a French thread", "Rédigée en anglais sous un fil en français"),
            "en": ("Written in French on an English thread", "Rédigée en français sous un fil en anglais")}[lang]
    for criterion in ("charter", "clarity"):  # the feedback names the switch, not "too short" or "jargon"
        texts = next(c for c in result.criteria if c.id == criterion).feedback_texts
        assert texts.en.startswith(said[0]) and texts.fr.startswith(said[1])


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Malik, merci pour le 'like' et désolés pour la coupure, on relance la box."),
    ("fr", "Bonjour Malik, le « Black Friday » n'y est pour rien : la fibre est coupée dans tout le quartier."),
    ("fr", "Malik, notre offre Pro Desk inclut un routeur de secours, on vous l'apporte."),
    ("fr", "Malik, sorry pour la coupure, on vous rembourse le mois."),
    ("en", "Priya, we're so sorry, the « mal de mer » jokes on our page weren't for you. We're refunding it."),
    ("en", "Priya, our Côte Express crossing is on us today, and we're sorry about the appointment."),
    ("en", "Priya, merci for your patience: we're refunding the crossing today."),
])
def test_near_misses_a_borrowed_word_a_quote_or_a_brand_stays_in_the_threads_language(lang: str, text: str) -> None:
    an = analyse(text, lang)
    assert not written_in_other(an, lang)
    assert other_sentences(an, lang) == []
    person, thread = THREADS[lang]
    result = score_line(lang=lang, platform="facebook", thread=thread, reply=text, expect={"person": person})
    charter = next(c for c in result.criteria if c.id == "charter")
    assert lang not in charter.missing


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Thanks for waiting, Malik. The router is back up."),
    ("fr", "Sorry about that, we are on it."),
    ("en", "Merci de votre patience, Priya. La traversée est remboursée."),
    ("en", "Désolés, on s'en occupe tout de suite."),
])
def test_short_replies_in_the_other_language_are_seen_as_such(lang: str, text: str) -> None:
    assert written_in_other(analyse(text, lang), lang)


def test_scores_do_not_depend_on_the_hash_seed() -> None:
    code = ("import json, sys; sys.path.insert(0, 'tests');"
            "import test_scoring_language_switch as t;"
            "print(json.dumps([t._scores(l, r[l]) for r in (t.ANSWER, t.INSULT, t.NON_ANSWER) for l in ('fr', 'en')]))")
    root = Path(__file__).resolve().parent.parent
    outputs = set()
    for seed in ("0", "7", "31337"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)}
        done = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True,
                              check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1
    assert len(json.loads(outputs.pop())) == 6


MIXED_INSULT = {  # a reply in the thread's language with one sentence in the other, which holds the jab
    "fr": "Malik, désolés pour la coupure. Honestly, only a moron would book a client call on our wifi. Écrivez-nous "
          "en privé, on vous rembourse le mois.",
    "en": "Priya, we're sorry about the crossing. Franchement, il faut être débile pour rater les annonces. Send us a "
          "DM and we'll refund it.",
}
MIXED_CIVIL = {
    "fr": "Malik, désolés pour la coupure. Honestly, a client call on a dead line is the worst. Écrivez-nous en privé, "
          "on vous rembourse le mois.",
    "en": "Priya, we're sorry about the crossing. Franchement, rater ce rendez-vous, c'est grave. Send us a DM and "
          "we'll refund it.",
}
BILINGUAL = {  # a bilingual brand answering in both languages, the thread's first
    "fr": "Malik, toutes nos excuses pour la coupure, notre technicien relance le routeur. Malik, we're so sorry "
          "about the outage, our technician is resetting the router.",
    "en": "Priya, we're so sorry about the cancelled crossing. Priya, nous sommes vraiment désolés pour cette "
          "traversée annulée.",
}
OWN_ONLY = {"fr": "Malik, notre technicien relance le routeur.", "en": "Priya, about the cancelled crossing."}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_insult_in_a_sentence_of_the_other_language_costs_calm(lang: str) -> None:
    insult, civil = _scores(lang, MIXED_INSULT[lang]), _scores(lang, MIXED_CIVIL[lang])
    assert insult["calm"] <= 50 < civil["calm"]
    assert insult["communication"] < civil["communication"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_bilingual_reply_is_read_in_both_and_is_no_switch(lang: str) -> None:
    person, thread = THREADS[lang]
    result = score_line(lang=lang, platform="facebook", thread=thread, reply=BILINGUAL[lang],
                        expect={"person": person, "feeling": {"fr": "excédé", "en": "furious"}[lang]})
    charter = next(c for c in result.criteria if c.id == "charter")
    assert lang not in charter.missing
    feeling = next(c for c in result.criteria if c.id == "acknowledges-feeling")
    other = "so sorry" if lang == "fr" else "désolés"
    assert any(other in e.text for e in feeling.evidence), feeling.evidence  # the other language's apology is read
    assert _scores(lang, BILINGUAL[lang])["listening"] > _scores(lang, OWN_ONLY[lang])["listening"]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Malik, notre slogan « Work from anywhere » n'y change rien : désolés pour la coupure."),
    ("fr", "Malik, désolés. La box affiche « No internet access » ? On passe la voir à 11 h."),
    ("en", "Priya, sorry. The board said « Départ annulé » with no English at all, which isn't good enough."),
])
def test_near_misses_a_quoted_sentence_of_the_other_language_is_not_read_in_it(lang: str, text: str) -> None:
    assert other_sentences(analyse(text, lang), lang) == []


BORROWED_JAB = {  # a swear word or an insult of the other language inside a sentence of the thread's
    "fr": ["Malik, franchement, votre visio c'est du bullshit, le wifi marche. Écrivez-nous en privé.",
           "Malik, vous êtes vraiment clueless avec votre box. Écrivez-nous en privé, on regarde.",
           "Malik, la coupure est réglée, fuck, quelle matinée. Écrivez-nous en privé, on vous rembourse."],
    "en": ["Priya, what a connard move to post this. Send us a DM and we'll look at the refund.",
           "Priya, the crossing was cancelled, putain, it happens. Send us a DM and we'll look at the refund.",
           "Priya, stop being such a pleurnicheuse about one ferry. Send us a DM and we'll look at the refund."],
}
BORROWED_CIVIL = {
    "fr": "Malik, la coupure est réglée, désolés pour la matinée. Écrivez-nous en privé, on vous rembourse.",
    "en": "Priya, the crossing was cancelled, and we're sorry. Send us a DM and we'll look at the refund.",
}
FALSE_FRIENDS = {  # words of the thread's language that the other language's lists hold
    "fr": ["Malik, désolés pour le retard de la réparation, on vous rembourse le mois.",
           "Malik, désolés, la douche du 2e étage marche aussi sans wifi, on vous rembourse le mois.",
           "Malik, désolés : le pain et le café sont offerts ce matin, on vous rembourse le mois."],
    "en": ["Priya, sorry: we weighed the pros and cons of sailing in that wind, and we're refunding you.",
           "Priya, sorry, the Mongol Rally convoy blocked the ramp, and we're refunding you.",
           "Priya, sorry, there was no con: the crossing was cancelled for the wind, and we're refunding you."],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in BORROWED_JAB.items() for t in texts])
def test_a_borrowed_swear_word_or_insult_costs_calm(lang: str, text: str) -> None:
    assert _scores(lang, text)["calm"] <= 50 < _scores(lang, BORROWED_CIVIL[lang])["calm"]


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in FALSE_FRIENDS.items() for t in texts])
def test_near_misses_a_word_of_the_threads_language_is_no_borrowed_jab(lang: str, text: str) -> None:
    person, thread = THREADS[lang]
    result = score_line(lang=lang, platform="facebook", thread=thread, reply=text, expect={"person": person})
    hostility = next(c for c in result.criteria if c.id == "no-hostility")
    assert not [e.text for e in hostility.evidence if e.polarity == "-"]
    assert result.scores["calm"] > 50


TOURIST = {  # the person answered writes in the thread's other language: answering in it is no switch
    "fr": ("Emma", [{"author": "Emma Clarke", "text": "Hi, I booked a desk for today but the wifi has been down all "
                     "morning and I have a client call at 2pm. Can you help?"}],
           "Hi Emma, so sorry about the wifi. Our technician is resetting the router now; we'll refund today's desk."),
    "en": ("Léon", [{"author": "Léon Girard", "text": "Bonjour, ma traversée de 7 h 40 a été annulée sans aucune "
                     "annonce et j'ai raté mon rendez-vous. Que faire ?"}],
           "Bonjour Léon, nous sommes désolés pour la traversée annulée : nous vous remboursons aujourd'hui."),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_answering_the_person_in_the_language_they_wrote_in_is_no_switch(lang: str) -> None:
    person, thread, reply = TOURIST[lang]
    result = score_line(lang=lang, platform="facebook", thread=thread, reply=reply, expect={"person": person})
    for criterion in ("charter", "clarity"):
        found = next(c for c in result.criteria if c.id == criterion)
        assert lang not in found.missing, criterion
    # near miss: the same reply to a customer who wrote in the thread's language is still a switch
    native_person, native_thread = THREADS[lang]
    switched = score_line(lang=lang, platform="facebook", thread=native_thread, reply=reply,
                          expect={"person": native_person})
    assert lang in next(c for c in switched.criteria if c.id == "charter").missing


MOSTLY_OWN = {  # the thread's language by default (sentences without evidence are its), one sentence in the other
    "en": ["Priya, sorry. Je suis désolée, vraiment. I'll check today.",
           "Sorry Priya. Nous sommes désolés. Refund today, promise.",
           "Priya, sorry about this morning. Vraiment désolés. Refund coming today, with a free crossing."],
    "fr": ["Malik, pardon. Really sorry for that. Remboursement ce soir, promis.",
           "Malik, excuses. So sorry. Technicien sur place à 11 h, remboursement du mois."],
}
MOSTLY_OTHER = {  # near misses: the other language holds most of the field, a switch still
    "en": ["Priya, désolés. Nous remboursons la traversée aujourd'hui. Thanks.",
           "Sorry Priya. Nous sommes vraiment désolés pour la traversée annulée, on vous rembourse."],
    "fr": ["Hi Malik! So sorry. We are on it.", "Malik, pardon. We are so sorry for the outage, it is back now."],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in MOSTLY_OWN.items() for t in texts])
def test_one_sentence_of_the_other_language_in_a_reply_is_no_switch(lang: str, text: str) -> None:
    assert not written_in_other(analyse(text, lang), lang)
    person, thread = THREADS[lang]
    result = score_line(lang=lang, platform="facebook", thread=thread, reply=text, expect={"person": person})
    for criterion in ("charter", "clarity"):
        assert lang not in next(c for c in result.criteria if c.id == criterion).missing, criterion
    assert result.scores["communication"] >= 30  # was 13: the apology read, no switch priced


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in MOSTLY_OTHER.items() for t in texts])
def test_near_misses_a_reply_mostly_in_the_other_language_is_a_switch(lang: str, text: str) -> None:
    assert written_in_other(analyse(text, lang), lang)
