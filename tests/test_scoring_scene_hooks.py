# ruff: noqa: E501  (test posts are long literal strings)
"""A post that opens on a scene of its own words before its news hooks, for creativity (round 8).

Found on the tuning split ("Chaque mercredi soir, au bord du terrain… des mères, des sœurs et des amies attendent la
fin de l'entraînement", "Somewhere out there is a Scrabble tile still wedged behind a radiator", both graded 84-88 and
scored as posts without a hook). Tested here on briefs and posts written for the test (an open-air cinema season, a
star-gazing night, a tool library), with near-misses that must not read as a scene: the brief reworded, an invented
history, buzzwords, the brand on itself, a scene with no news after it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError
from scoring_kit import score_line

from cmsim.authoring.load import RubricBook
from cmsim.model.result import StepResult
from cmsim.model.rubric import Rubric
from cmsim.paths import rubrics_dir
from cmsim.scoring.batch import parse_line
from cmsim.scoring.offline import OfflineScorer

BRIEFS = {
    "cinema": ("en", "Announce the Riverside open-air cinema season: screenings every Saturday at 9pm from 14 June in Larkin Park, tickets £6, bring a blanket. Book at riversidecinema.org.",
               [["cinema", "screening", "screenings"], ["Saturday"], ["14 June", "June"], ["Larkin Park"], ["£6"]], "Riverside Cinema"),
    "etoiles": ("fr", "Annonce de la Nuit des étoiles du club d'astronomie de Vézelay : samedi 8 août à partir de 21 h sur le plateau de Montjoie, observation gratuite aux télescopes, ouverte à tous. Inscription sur astro-vezelay.fr.",
                [["Nuit des étoiles", "étoiles"], ["8 août", "samedi"], ["21 h"], ["Montjoie"], ["gratuit", "gratuite"]], "Astro Vézelay"),
    "outils": ("fr", "Annonce l'ouverture de l'outilthèque du quartier Saint-Roch : à partir du mardi 3 mars, prêt gratuit de perceuses, ponceuses et échelles, le mardi et le jeudi de 17 h à 20 h, au 12 rue des Tanneurs. Adhésion 10 € par an.",
               [["outilthèque", "outils", "prêt"], ["3 mars", "mardi"], ["17 h", "20 h"], ["rue des Tanneurs"], ["10 €"]], "Outilthèque Saint-Roch"),
}


def post(situation: str, text: str) -> StepResult:
    lang, brief, facts, brand = BRIEFS[situation]
    return score_line(lang=lang, platform="facebook", rubric="community-post", brand={"name": brand},
                      thread=[{"author": "brief", "text": brief}], expect={"facts": facts},
                      qualities=["creativity", "communication"], reply=text)


def opening_hooks(result: StepResult, text: str) -> bool:
    """Whether creativity's engagement quotes the post's first sentence as its hook."""
    engagement = next(c for c in result.criteria if c.id == "engagement")
    return any(e.polarity == "+" and e.start == 0 and e.end > 20 for e in engagement.evidence)


SCENES = [
    ("cinema", "The grass is still warm, someone is passing round a flask, and the first frame flickers across the old bandstand wall.\n\nOur open-air cinema season is back every Saturday at 9pm from 14 June in Larkin Park. Tickets £6, bring a blanket."),
    ("cinema", "Last August a fox trotted across the front row halfway through the film and nobody screamed louder than the projectionist. Screenings return to Larkin Park every Saturday at 9pm from 14 June, £6 a ticket."),
    ("cinema", "Your neighbour in a deckchair, a bag of popcorn between you, bats circling above the screen. That's Saturday nights from 14 June: open-air screenings at 9pm in Larkin Park, £6, blankets welcome."),
    ("etoiles", "Le pré sent encore le foin coupé, quelqu'un chuchote à gauche de la Lune, et un enfant découvre les anneaux de Saturne.\n\nNuit des étoiles samedi 8 août dès 21 h sur le plateau de Montjoie : observation gratuite aux télescopes, ouverte à tous."),
    ("etoiles", "Allongés dans l'herbe, le dos encore chaud du soleil, on attend que nos yeux s'habituent au noir. Samedi 8 août, dès 21 h, la Nuit des étoiles revient sur le plateau de Montjoie : télescopes en accès libre, observation gratuite."),
    ("outils", "Dans chaque placard du quartier dort une perceuse qui a servi deux fois en dix ans. À partir du mardi 3 mars, l'outilthèque prête gratuitement perceuses, ponceuses et échelles, le mardi et le jeudi de 17 h à 20 h, 12 rue des Tanneurs. Adhésion 10 € par an."),
    ("outils", "Une étagère à fixer, un voisin qui a la bonne mèche, et l'après-midi est sauvé. L'outilthèque ouvre le mardi 3 mars au 12 rue des Tanneurs : prêt gratuit de perceuses et d'échelles, mardi et jeudi de 17 h à 20 h, 10 € l'année."),
]

NOT_SCENES = [
    # the brief reworded
    ("cinema", "Our open-air cinema season starts on 14 June, with screenings every Saturday at 9pm in Larkin Park. Tickets are £6, bring a blanket. Book at riversidecinema.org."),
    # an invented history
    ("cinema", "When we started in 2009 we had one projector, forty chairs and a generator that died every night. Screenings are back every Saturday at 9pm from 14 June in Larkin Park, £6."),
    # buzzwords
    ("etoiles", "Dans une démarche de médiation scientifique, notre club déploie un dispositif structurant pour l'écosystème local. Nuit des étoiles samedi 8 août à 21 h sur le plateau de Montjoie, observation gratuite aux télescopes."),
    # the brand on itself
    ("outils", "L'Outilthèque Saint-Roch, acteur engagé de la vie associative et solidaire, défend le partage entre voisins. Ouverture le mardi 3 mars, prêt gratuit le mardi et le jeudi de 17 h à 20 h, 12 rue des Tanneurs."),
    # a scene with no news after it
    ("etoiles", "Le pré sent encore le foin coupé, quelqu'un chuchote à gauche de la Lune, et un enfant découvre les anneaux de Saturne. On vous attend."),
    # the brand speaking, the post talking about itself (review 8: these read as scenes)
    ("cinema", "Please read this post carefully because the details below really matter. Screenings return to Larkin Park every Saturday at 9pm from 14 June, tickets £6."),
    ("cinema", "We know many of you have been waiting patiently for some news about this. Screenings return to Larkin Park every Saturday at 9pm from 14 June, tickets £6."),
    ("etoiles", "Nous savons que beaucoup d'entre vous attendaient des nouvelles depuis longtemps. Nuit des étoiles samedi 8 août à 21 h sur le plateau de Montjoie, observation gratuite aux télescopes."),
    ("cinema", "Honestly, I have rewritten this little update about five times this morning. Screenings return to Larkin Park every Saturday at 9pm from 14 June, tickets £6."),
    ("cinema", "You have asked us all winter long, and the whole crew kept every single letter. Screenings return to Larkin Park every Saturday at 9pm from 14 June, tickets £6."),
    ("outils", "Merci de prendre deux minutes pour lire ce message jusqu'au bout, c'est important. L'outilthèque ouvre le mardi 3 mars au 12 rue des Tanneurs : prêt gratuit de perceuses, mardi et jeudi de 17 h à 20 h."),
    ("etoiles", "Vous êtes nombreux à nous écrire chaque semaine depuis le printemps dernier. Nuit des étoiles samedi 8 août à 21 h sur le plateau de Montjoie, observation gratuite aux télescopes."),
    # a notice
    ("cinema", "The Riverside Cinema is pleased to announce that its open-air season will take place in Larkin Park. Screenings every Saturday at 9pm from 14 June, tickets £6."),
]


@pytest.mark.parametrize(("situation", "text"), SCENES)
def test_a_scene_of_its_own_before_the_news_hooks(situation: str, text: str) -> None:
    assert opening_hooks(post(situation, text), text)


@pytest.mark.parametrize(("situation", "text"), NOT_SCENES)
def test_what_is_no_scene_does_not_hook(situation: str, text: str) -> None:
    assert not opening_hooks(post(situation, text), text)


def test_a_scene_raises_creativity_over_the_same_news_plainly_told() -> None:
    scene, plain = SCENES[1][1], NOT_SCENES[0][1]
    assert post("cinema", scene).scores["creativity"] > post("cinema", plain).scores["creativity"]


def test_speaking_to_the_community_still_asks_for_a_question_or_a_call() -> None:
    """A scene is a voice, not a word to the community: communication's engagement does not read it."""
    text = SCENES[0][1]
    result = post("cinema", text)
    speaks = next(c for c in result.criteria if c.id == "speaks-to-community")
    assert not any(e.polarity == "+" and e.start == 0 for e in speaks.evidence)


def instagram(text: str) -> StepResult:
    lang, brief, facts, brand = BRIEFS["cinema"]
    return score_line(lang=lang, platform="instagram", rubric="community-post", brand={"name": brand},
                      thread=[{"author": "brief", "text": brief}], expect={"facts": facts},
                      qualities=["creativity", "multiplatform"], reply=text)


def test_multi_platform_reads_the_same_scene_as_the_hook_in_view() -> None:
    """Instagram's "hook in the first 125 characters" accepts the scene creativity reads as the hook: the feedback
    never asks for a hook creativity has just praised; a reworded brief in the same place still lacks one."""
    scene = "Bats over the screen, popcorn on the grass, a fox in the front row.\n\nOur open-air cinema season is back every Saturday at 9pm from 14 June in Larkin Park. Tickets £6, bring a blanket."
    plain = "Our open-air cinema season is back in Larkin Park from 14 June, with screenings every Saturday at 9pm. Tickets £6, bring a blanket."
    hooked, flat = instagram(scene), instagram(plain)
    assert opening_hooks(hooked, scene)
    register = next(c for c in hooked.criteria if c.id == "platform-register")
    assert not any("hook" in m for m in register.missing)
    flat_register = next(c for c in flat.criteria if c.id == "platform-register")
    assert any("hook" in m for m in flat_register.missing)
    assert register.score > flat_register.score


def _without_scenes(folder: Path) -> OfflineScorer:
    """A scorer whose community-post rubric turns the scene switch off (both criteria, as the rubric check asks)."""
    shutil.copytree(rubrics_dir(), folder, dirs_exist_ok=True)
    rubric = folder / "community-post.yaml"
    text = rubric.read_text(encoding="utf-8")
    assert text.count("scenes: true") == 2
    rubric.write_text(text.replace("scenes: true", "scenes: false"), encoding="utf-8")
    return OfflineScorer(RubricBook(folder))


@pytest.mark.parametrize("scene", [
    "Bats over the screen, popcorn on the grass, a fox in the front row.\n\nOur open-air cinema season is back every Saturday at 9pm from 14 June in Larkin Park. Tickets £6, bring a blanket.",
    "A flask going round, warm grass, the old bandstand wall lit up.\n\nOpen-air screenings are back in Larkin Park every Saturday at 9pm from 14 June. Tickets £6.",
])
def test_a_rubric_without_scenes_reads_no_scene_in_either_criterion(tmp_path: Path, scene: str) -> None:
    """Review 8, item 12: with ``scenes: false`` the network's hook in view asked nothing while creativity read no
    hook. One switch: neither reads the scene, and the feedback never contradicts itself."""
    own = _without_scenes(tmp_path)
    lang, brief, facts, brand = BRIEFS["cinema"]
    item = parse_line({"id": "t", "lang": lang, "platform": "instagram", "rubric": "community-post",
                       "brand": {"name": brand}, "thread": [{"author": "brief", "text": brief}],
                       "expect": {"facts": facts}, "qualities": ["creativity", "multiplatform"], "reply": scene}, own)
    result = own.score(item.scenario, item.step, item.answer)
    assert not opening_hooks(result, scene)
    register = next(c for c in result.criteria if c.id == "platform-register")
    assert any("hook" in m for m in register.missing)
    assert opening_hooks(instagram(scene), scene)  # the shipped rubric reads it in both


def test_a_rubric_whose_two_scene_switches_disagree_is_refused() -> None:
    data = yaml.safe_load((rubrics_dir() / "community-post.yaml").read_text(encoding="utf-8"))
    register = next(c for c in data["criteria"] if c["kind"] == "platform-register")
    register["params"]["scenes"] = False
    with pytest.raises(ValidationError, match="must match creativity's engagement"):
        Rubric.model_validate(data)
