"""Pragmatic hostility, politeness and tone gating (issue 11): families as lexicon data with evidence, tried on
sentences written apart from the lexicons; calm read whatever the length; the troll scenario's good branch."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from scoring_kit import score_line, scorer

from cmsim.authoring.load import load_scenario
from cmsim.model.qualities import Quality as Q
from cmsim.model.result import Answer
from cmsim.paths import rubrics_dir, scenarios_dir
from cmsim.sim.branching import choose

UPSET = {
    "en": [{"author": "Rita", "text": "My order arrived broken and nobody answers my emails. I'm so fed up."}],
    "fr": [{"author": "Rita",
            "text": "Ma commande est arrivée cassée et personne ne répond à mes mails. J'en ai marre."}],
}
BASE = {
    "en": "Rita, sorry your order arrived broken. Could you DM us the order number? We'll replace it today.",
    "fr": "Rita, désolés pour votre commande cassée. Pouvez-vous nous écrire en MP avec le numéro ? "
          "On la remplace aujourd'hui.",
}
# One hostile sentence per family, slipped into an otherwise competent reply; none is a lexicon entry verbatim.
JABS = {
    "en": {
        "sarcasm": "Oh really, a parcel that broke all by itself.",
        "mock-praise": "Well done on the detective work.",
        "rhetorical": "Do you even open your parcels carefully?",
        "blame": "Your building's concierge probably dropped it, it's his fault.",
        "dismissal": "Those are the rules, end of story.",
        "condescension": "Let me explain it slowly for you: parcels are fragile.",
        "threats": "Careful, our lawyers read these comments.",
        "profanity": "What a shitty week for you.",
        "contempt": "If you don't like it, shop elsewhere.",
    },
    "fr": {
        "sarcasm": "Sans blague, un colis qui se casse tout seul.",
        "mock-praise": "Bravo pour l'enquête.",
        "rhetorical": "Vous vous attendiez à quoi avec un colis pareil ?",
        "blame": "C'est la faute du livreur, pas la nôtre.",
        "dismissal": "C'est la règle, point barre.",
        "condescension": "C'est pourtant simple, un colis, ça se manipule avec soin.",
        "threats": "Attention, nos avocats lisent ces commentaires.",
        "profanity": "Quelle semaine de merde pour vous.",
        "contempt": "Si ça ne vous plaît pas, allez voir ailleurs.",
    },
}


def _calm(lang: str, text: str) -> tuple[int, list[str]]:
    result = score_line(lang=lang, platform="facebook", thread=UPSET[lang], reply=text)
    hostility = next(c for c in result.criteria if c.id == "no-hostility")
    return result.scores[Q.calm], [e.text.lower() for e in hostility.evidence]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("family", list(JABS["en"]))
def test_one_jab_makes_a_competent_reply_poor_on_calm_and_names_its_words(lang: str, family: str) -> None:
    calm, _ = _calm(lang, BASE[lang])
    jab = JABS[lang][family]
    sentences = BASE[lang].split(". ", 1)
    hostile, evidence = _calm(lang, f"{sentences[0]}. {jab} {sentences[1]}")
    assert calm >= 80
    assert hostile <= 50, (family, hostile)  # off every 'good' band and branch
    assert evidence and all(e in jab.lower() for e in evidence), evidence


def test_lol_stay_mad_no_longer_takes_the_troll_scenarios_good_branch() -> None:
    scenario = load_scenario(scenarios_dir() / "en" / "product-troll.yaml").scenario
    step = scenario.step("first-reply")
    text = "lol Vortex, stay mad. Megan: battery is 8 hours with noise cancelling, 30 with the case."
    result = scorer().score(scenario, step, Answer(fields={"reply": text}))
    branch = choose(step, result, None, {})
    assert branch is not None and branch.goto != "moderation"
    assert result.scores[Q.calm] < 40


def test_mock_praise_is_mockery_only_for_someone_upset() -> None:
    happy = [{"author": "Rita", "text": "Just baked my first loaf with your flour, so proud!"}]
    praise = "Rita, well done, that crust looks great! What will you bake next?"
    assert score_line(lang="en", thread=happy, reply=praise).scores[Q.calm] >= 80
    assert score_line(lang="en", thread=UPSET["en"], reply="Rita, well done, great review. DM us.").scores[Q.calm] < 50


def test_praise_for_the_winners_is_not_mock_praise_for_the_person() -> None:
    thread = [{"author": "Kyle", "text": "This giveaway was rigged, I'm so angry, total scam"}]
    reply = "Kyle, the draw was checked by a bailiff. Congrats to all the winners!"
    calm = score_line(lang="en", thread=thread, reply=reply)
    assert calm.scores[Q.calm] >= 70


def test_lexicon_terms_never_match_the_brand_the_people_or_the_signature() -> None:
    def calm(brand: str, person: str, signature: str) -> int:
        thread = [{"author": person, "text": f"My {brand} order is late, I'm annoyed."}]
        reply = f"{person}, sorry your {brand} order is late. Could you DM us the number? {signature}"
        line = {"name": brand, "handle": "@b", "charter": {"signature": signature}}
        return score_line(lang="en", brand=line, thread=thread, reply=reply).scores[Q.calm]

    plain = calm("Tasty Foods", "Ann", "– Jo")
    assert calm("Pal Foods", "Ann", "– Jo") == plain  # 'pal' is condescension, not here
    assert calm("Tasty Foods", "Karen", "– Jo") == plain  # 'karen' is an insult, not a person's name
    assert calm("Tasty Foods", "Ann", "– Chief") == plain  # 'chief' is condescension, not a signature


def test_people_who_care_is_not_who_cares() -> None:
    caring = "Ann, thanks, the people who care about this product are exactly who we build it for."
    thread = [{"author": "Ann", "text": "Why did you change the recipe?"}]
    assert score_line(lang="en", thread=thread, reply=caring).scores[Q.calm] >= 80


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_polite_requests_are_calmer_than_bare_orders(lang: str) -> None:
    polite = {"en": "Rita, could you send us your order number by DM, please?",
              "fr": "Rita, pourriez-vous nous envoyer votre numéro de commande en MP, s'il vous plaît ?"}[lang]
    bare = {"en": "Rita, send your order number by DM.", "fr": "Rita, envoyez votre numéro de commande en MP."}[lang]
    rude = {"en": "Rita, why on earth didn't you send your order number?!",
            "fr": "Rita, mais enfin, pourquoi ne pas avoir envoyé votre numéro ?!"}[lang]
    scores = [score_line(lang=lang, thread=UPSET[lang], reply=t).scores[Q.calm] for t in (polite, bare, rude)]
    assert scores[0] > scores[1] > scores[2], scores
    courtesy = next(c for c in score_line(lang=lang, thread=UPSET[lang], reply=bare).criteria if c.id == "courtesy")
    assert [e.text for e in courtesy.evidence if e.polarity == "-"]


def test_calm_is_not_scaled_by_length() -> None:
    # short, and it names what is at stake for her (calm reads that of someone upset); "Rita, so sorry. Could you DM
    # us?" names nothing of it and sits lower, for that and not for its length
    short = "Rita, so sorry your order arrived broken. Could you DM us?"
    longer = ("Rita, so sorry your order arrived broken and that nobody answered your emails; that is not how it "
              "should go. Could you DM us the order number? We'll send a replacement today and I'll check why the "
              "emails went unanswered.")
    calm_short = score_line(lang="en", thread=UPSET["en"], reply=short).scores[Q.calm]
    calm_long = score_line(lang="en", thread=UPSET["en"], reply=longer).scores[Q.calm]
    assert calm_short >= 80 and abs(calm_short - calm_long) <= 10
    more = (" Meanwhile, if the broken parts are sharp, please keep them away from children and pets; the courier "
            "will collect everything when the new one arrives, so there is nothing for you to post or pay.")
    x_long = score_line(lang="en", platform="x", thread=UPSET["en"], reply=longer + more).scores[Q.calm]
    assert x_long >= 80  # over X's limit: communication pays, not calm


def test_emoji_beyond_the_charter_cost_calm_without_a_cap() -> None:
    def calm(n: int) -> int:
        reply = "Rita, so sorry, could you DM us? " + "🙏" * n
        return score_line(lang="en", thread=UPSET["en"], reply=reply).scores[Q.calm]

    assert calm(2) > calm(6) > calm(12)


def test_profanity_lexicons_name_their_source_and_licence() -> None:
    en = yaml.safe_load((rubrics_dir() / "lexicons" / "en" / "profanity.yaml").read_text("utf-8"))
    fr = yaml.safe_load((rubrics_dir() / "lexicons" / "fr" / "profanity.yaml").read_text("utf-8"))
    assert "better-profanity" in en["description"] and "MIT" in en["description"]
    assert "cmsim" in fr["description"]


def test_scores_do_not_depend_on_the_hash_seed() -> None:
    code = ("import json, sys; sys.path.insert(0, 'tests');"
            "from test_scoring_adversarial import run_suite; from cmsim.scoring.offline import OfflineScorer;"
            "print(json.dumps(run_suite(OfflineScorer())))")
    root = Path(__file__).resolve().parent.parent
    outputs = set()
    for seed in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)}
        done = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True,
                              check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1
