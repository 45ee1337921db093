"""``cmsim new``: scaffold a new scenario from a few flags, or from questions when run in a terminal.

The file it writes is a complete, valid scenario — two paths, a reply step with an ``expect`` block,
a model answer, a second step (a choice, or a public reply plus an internal note), endings with a
debrief, and calibration examples that are real replies with real bands — so an instructor starts
from something that plays, validates and checks, and rewrites the story rather than the structure.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO, get_args

from cmsim.model.base import LANGS, PlatformId

KINDS: dict[str, str] = {
    "complaint": "an unhappy customer complains in public (reply, then a DM choice or a note to a team)",
    "troll": "a troll baits the brand under a post (one calm answer, then a moderation choice)",
    "contest": "launch a contest with a post, then answer a participant",
}
PLATFORMS: tuple[str, ...] = get_args(PlatformId)
DIFFICULTIES = ("easy", "medium", "hard")
SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


@dataclass(frozen=True)
class Spec:
    """What the instructor told us about the scenario to scaffold."""

    id: str
    title: str
    lang: str
    platform: str
    difficulty: str
    brand: str
    kind: str

    @property
    def pair(self) -> str:
        """The id shared by the French and English versions: the id without its language suffix."""
        for lang in LANGS:
            if self.id.endswith(f"-{lang}") and len(self.id) > len(lang) + 1:
                return self.id[: -len(lang) - 1]
        return self.id

    @property
    def handle(self) -> str:
        """A plausible @handle for the brand."""
        return "@" + (re.sub(r"[^a-z0-9_]", "", self.brand.lower().replace(" ", "_")) or "brand")

    @property
    def hashtag(self) -> str:
        """A campaign hashtag built from the brand name."""
        words = re.findall(r"[^\W_]+", self.brand)
        name = "".join(w[:1].upper() + w[1:] for w in words) or "Brand"
        return "#" + name + ("Jeu" if self.lang == "fr" else "Contest")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``cmsim new``."""
    parser.add_argument("--id", help="scenario id, e.g. 'broken-mug-en' (lowercase, digits, '-' and '_')")
    parser.add_argument("--title", help="title shown to the trainee")
    parser.add_argument("--lang", choices=LANGS, help="language of the scenario (default: en)")
    parser.add_argument("--platform", choices=PLATFORMS, help="network the thread happens on (default: x)")
    parser.add_argument("--difficulty", choices=DIFFICULTIES, help="default: easy")
    parser.add_argument("--brand", help="brand name, e.g. 'Brightbox'")
    parser.add_argument("--kind", choices=sorted(KINDS), help="kind of situation (default: complaint)")
    parser.add_argument("--out", type=Path, help="file to write (default: scenarios/<lang>/<name>.yaml)")
    parser.add_argument(
        "--no-input", action="store_true", help="never ask questions, even in a terminal (missing flags are errors)"
    )


def run(args: argparse.Namespace) -> int:
    """Gather the answers, render the scenario, check it loads, and write it (never over a file)."""
    interactive = not args.no_input and sys.stdin.isatty()
    try:
        spec = gather(args, sys.stdin if interactive else None, sys.stdout)
    except ValueError as exc:
        print(f"cmsim new: {exc}", file=sys.stderr)
        return 2
    path = args.out or Path("scenarios") / spec.lang / f"{spec.pair}.yaml"
    if path.exists():
        print(f"cmsim new: {path} already exists; choose another --id or --out (nothing was written)", file=sys.stderr)
        return 1
    text = render(spec)
    problem = _check(text, path)
    if problem:
        print(f"cmsim new: internal error, the scaffold does not load:\n{problem}", file=sys.stderr)
        return 1
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        print(f"cmsim new: {path} already exists (nothing was written)", file=sys.stderr)
        return 1
    print(f"wrote {path}  ({spec.id}, {spec.lang}, {spec.platform}, {spec.kind})")
    print("next:")
    print(f"  cmsim validate {path}")
    print(f"  cmsim graph {path}")
    print(f"  cmsim check {path}")
    print(f"  cmsim play {path} --answers answers.yaml")
    return 0


def gather(args: argparse.Namespace, stdin: TextIO | None, stdout: TextIO) -> Spec:
    """The spec from the flags; missing ones are asked on ``stdin`` when given, else defaulted or refused."""

    def ask(name: str, question: str, default: str | None, check: Callable[[str], str | None]) -> str:
        value: str | None = getattr(args, name)
        if value is not None:
            error = check(value)
            if error:
                raise ValueError(f"--{name}: {error}")
            return value
        if stdin is None:
            if default is None:
                raise ValueError(f"--{name} is required when not running in a terminal")
            return default
        while True:
            suffix = f" [{default}]" if default else ""
            stdout.write(f"{question}{suffix}: ")
            stdout.flush()
            line = stdin.readline()
            if not line:
                raise ValueError(f"no answer for --{name}")
            answer = line.strip() or (default or "")
            error = check(answer)
            if not error:
                return answer
            stdout.write(f"  {error}\n")

    def one_of(choices: tuple[str, ...] | list[str]) -> Callable[[str], str | None]:
        return lambda v: None if v in choices else f"choose one of {', '.join(choices)}"

    def text(v: str) -> str | None:
        return None if v.strip() else "cannot be empty"

    def slug(v: str) -> str | None:
        if not SLUG.match(v) or len(v) > 64:
            return "use lowercase letters, digits, '-' and '_' (e.g. broken-mug-en)"
        return None

    lang = ask("lang", "Language (fr/en)", "en", one_of(LANGS))
    kind = ask("kind", f"Kind of situation ({', '.join(KINDS)})", "complaint", one_of(list(KINDS)))
    ident = ask("id", "Scenario id (e.g. broken-mug-en)", None, slug)
    title = ask("title", "Title", _default_title(kind, lang), text)
    platform = ask(
        "platform", f"Platform ({', '.join(PLATFORMS)})", "instagram" if kind == "contest" else "x", one_of(PLATFORMS)
    )
    difficulty = ask("difficulty", "Difficulty (easy/medium/hard)", "easy", one_of(DIFFICULTIES))
    brand = ask("brand", "Brand name", None, text)
    return Spec(ident, title.strip(), lang, platform, difficulty, brand.strip(), kind)


def _default_title(kind: str, lang: str) -> str:
    titles = {
        ("complaint", "en"): "A customer complains in public",
        ("complaint", "fr"): "Une cliente se plaint en public",
        ("troll", "en"): "A troll under our post",
        ("troll", "fr"): "Un troll sous notre publication",
        ("contest", "en"): "Launch a contest",
        ("contest", "fr"): "Lancer un jeu concours",
    }
    return titles[(kind, lang)]


def _check(text: str, path: Path) -> str | None:
    """Load the rendered text as a scenario file would be loaded; the problems, or None."""
    import tempfile

    from cmsim.authoring.load import load_scenario
    from cmsim.authoring.problems import AuthoringError

    fd, tmp = tempfile.mkstemp(suffix=".yaml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        load_scenario(tmp)
    except AuthoringError as exc:
        return "\n".join(str(p) for p in exc.problems).replace(tmp, str(path))
    finally:
        os.unlink(tmp)
    return None


def q(value: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def render(spec: Spec) -> str:
    """The scaffolded scenario as YAML text, commented for the instructor."""
    body = {"complaint": _complaint, "troll": _troll, "contest": _contest}[spec.kind](spec)
    fr = spec.lang == "fr"
    pronoun = "    pronoun: vous\n" if fr else ""
    voice = (
        "Chaleureuse et précise : on reconnaît le problème exact, on dit ce qu'on fait et quand."
        if fr
        else "Warm and precise: we name the exact problem, say what we do and by when."
    )
    head = f"""# yaml-language-server: $schema=../../schema/scenario.schema.json
# Scaffolded by `cmsim new` ({spec.kind}). Rewrite the story, keep the structure, then run:
#   cmsim validate FILE · cmsim graph FILE · cmsim check FILE · cmsim play FILE --answers answers.yaml
# Every key is explained in docs/authoring.md.
format: 1
id: {spec.id}
pair: {spec.pair}
title: {q(spec.title)}
lang: {spec.lang}
difficulty: {spec.difficulty}
platforms: [{spec.platform}]
brand:
  name: {q(spec.brand)}
  handle: {q(spec.handle)}
  voice: {q(voice)}
  charter:
{pronoun}    names: first_name
    emoji: sparing
    tone: neutral
    avoid: {q_list(["gêne occasionnée", "désagrément"] if fr else ["inconvenience", "valued customer"])}
"""
    return head + body


def q_list(values: list[str]) -> str:
    """A YAML flow list of quoted strings."""
    return "[" + ", ".join(q(v) for v in values) + "]"


def _complaint(s: Spec) -> str:
    fr = s.lang == "fr"
    t: dict[str, str] = (
        {
            "summary": f"Une cliente de {s.brand} a reçu une commande abîmée et n'a pas eu de réponse à ses mails. "
            "Apaisez en public, réglez en privé, et prévenez le service client.",
            "name": "Julie Martin",
            "first": "Julie",
            "team": "Service client",
            "complaint": f"{s.handle} ma commande est arrivée cassée et mes deux mails sont sans réponse depuis une "
            "semaine. Franchement déçue.",
            "title1": "Répondre à Julie en public",
            "prompt1": "Répondez publiquement à Julie. D'autres lisent le fil.",
            "fact1": q_list(["cassée", "abîmée", "endommagée"]),
            "fact2": q_list(["mails", "une semaine", "sans réponse"]),
            "feeling": "déçue",
            "hint1": "Appelez-la par son prénom et nommez son problème précis (commande cassée, mails sans réponse).",
            "hint2": "Dites ce que vous faites et quand, et passez en message privé pour le numéro de commande.",
            "model1": "Julie, désolée : commande cassée et mails sans réponse depuis une semaine, ce n'est pas "
            "normal. Votre n° de commande en MP ? Je gère aujourd'hui.",
            "title2": "En message privé",
            "prompt2": "Julie envoie son numéro de commande en MP. Que faites-vous ?",
            "opt1": "Envoyer un remplacement aujourd'hui à nos frais et prévenir le service client des mails perdus.",
            "fb1": "Vous réglez son problème et vous faites remonter la panne des mails à la bonne équipe.",
            "opt2": "Lui dire qu'un conseiller la recontactera.",
            "fb2": "Encore une attente, après une semaine sans réponse.",
            "opt3": "Lui offrir un code de réduction.",
            "fb3": "Un code ne remplace pas une commande cassée.",
            "title3": "Le fil s'envenime",
            "prompt3": "Julie n'est pas convaincue. Répondez à nouveau en public, puis écrivez une note au service "
            "client.",
            "escal": f"{s.handle} une réponse toute faite, super. Toujours rien.",
            "label_pub": "Réponse publique",
            "label_note": "Note au service client",
            "model_pub": "Julie, vous avez raison, ma réponse ne suffisait pas. Commande cassée : je demande un "
            "remplacement et je vous écris en MP avant midi.",
            "model_note": "Service client : Julie Martin, commande arrivée cassée, deux mails sans réponse depuis une "
            "semaine, elle se plaint en public. Pouvez-vous envoyer un remplacement aujourd'hui et vérifier "
            "pourquoi ses mails sont restés sans réponse ? Je tiens le fil public.",
            "good_t": "Tout est rentré dans l'ordre",
            "late_t": "Rattrapé, après un second tour",
            "late_d": "La commande est réglée, mais après un second tour en public. Une première réponse qui nomme "
            "le problème exact et donne une échéance évite ce second tour.",
            "bad_t": "La cliente est partie fâchée",
            "good_d": "Vous avez nommé son problème exact, donné une échéance et mis la bonne équipe dans la boucle.",
            "bad_d": "Une réponse générique et sans suite l'a convaincue que personne ne s'occupait d'elle. Nommez le "
            "problème précis, dites ce que vous faites et quand, et transmettez les faits à l'équipe.",
            "cal_good": "bonne réponse",
            "cal_bad": "agressive",
            "cal_stock": "formule toute faite",
            "good": "Julie, désolée pour cette commande cassée et vos mails sans réponse. Envoyez votre n° de "
            "commande en MP, je m'en occupe aujourd'hui.",
            "bad": "Calmez-vous !!! Ce n'est pas notre faute si le transporteur casse tout, lisez les CGV.",
            "stock": "Nous vous prions de nous excuser pour la gêne occasionnée.",
        }
        if fr
        else {
            "summary": f"A {s.brand} customer received a broken order and her emails went unanswered. "
            "Calm it down in public, solve it in private, and tell customer service.",
            "name": "Alex Morgan",
            "first": "Alex",
            "team": "Customer service",
            "complaint": f"{s.handle} my order arrived broken and my two emails have had no answer for a week. "
            "Really disappointed.",
            "title1": "Public reply to Alex",
            "prompt1": "Reply to Alex publicly. Others are reading the thread.",
            "fact1": q_list(["broken", "damaged", "smashed"]),
            "fact2": q_list(["emails", "a week", "no answer"]),
            "feeling": "disappointed",
            "hint1": "Use the first name and name the exact problem (a broken order, unanswered emails).",
            "hint2": "Say what you will do and when, and move to private messages for the order number.",
            "model1": "Alex, sorry: a broken order and a week of unanswered emails isn't OK. Could you DM us your "
            "order number? I'll send a replacement today.",
            "title2": "In private",
            "prompt2": "Alex sends the order number by DM. What do you do?",
            "opt1": "Send a replacement today at our cost and tell customer service about the unanswered emails.",
            "fb1": "You solve the problem and report the email failure to the right team.",
            "opt2": "Tell Alex an adviser will get in touch.",
            "fb2": "More waiting, after a week without an answer.",
            "opt3": "Offer a discount code.",
            "fb3": "A code does not replace a broken order.",
            "title3": "The thread heats up",
            "prompt3": "Alex is not convinced. Reply again in public, then write a note to customer service.",
            "escal": f"{s.handle} a copy-paste answer, great. Still nothing.",
            "label_pub": "Public reply",
            "label_note": "Note to customer service",
            "model_pub": "Alex, you're right, my first reply wasn't enough. Broken order: I'm asking for a "
            "replacement now and I'll DM you before noon.",
            "model_note": "Customer service: Alex Morgan, order arrived broken, two emails unanswered for a week, "
            "complaining in public. Can you ship a replacement today and check why the emails got no "
            "answer? I'm holding the public thread.",
            "good_t": "Sorted",
            "late_t": "Sorted, after a second round",
            "late_d": "The order is sorted, but only after a second round in public. A first reply that names the "
            "exact problem and gives a time saves that round.",
            "bad_t": "The customer left angry",
            "good_d": "You named the exact problem, gave a time and got the right team involved.",
            "bad_d": "A generic answer with no follow-up told the customer nobody cared. Name the exact problem, "
            "say what you do and when, and pass the facts to the team.",
            "cal_good": "good reply",
            "cal_bad": "rude",
            "cal_stock": "stock phrase",
            "good": "Alex, sorry about the broken order and your two unanswered emails. DM us your order number "
            "and I'll sort out a replacement today.",
            "bad": "Calm down!!! It's not our fault if the courier breaks things, read the terms next time.",
            "stock": "We apologise for any inconvenience caused.",
        }
    )
    return f"""summary: {q(t["summary"])}
tags: [complaint]
personas:
  - id: customer
    name: {q(t["name"])}
    handle: "@{t["name"].split()[0].lower()}{t["name"].split()[1].lower()}"
    role: customer
  - id: team
    name: {q(t["team"])}
    handle: "#customer-service"
    role: colleague
thread:
  - author: customer
    at: "09:12"
    likes: 12
    text: {q(t["complaint"])}
steps:
  # A free-text reply step: 'expect' is what the offline scorer checks the reply against.
  - id: first-reply
    title: {q(t["title1"])}
    prompt: {q(t["prompt1"])}
    qualities: [listening, calm, communication]
    time_limit: 300
    expect:
      person: {t["first"]}
      facts:
        - {t["fact1"]}
        - {t["fact2"]}
      feeling: {q(t["feeling"])}
      private: true
    hints:
      - {q(t["hint1"])}
      - {q(t["hint2"])}
    model_answer: {q(t["model1"])}
    # Branches are tried in order; the last one, without 'when', is the 'else'.
    next:
      - when: {{calm: ">= 60", listening: ">= 55"}}
        goto: in-private
      - goto: heats-up
  # A choice step: each option is scored per quality and explained.
  - id: in-private
    kind: choice
    title: {q(t["title2"])}
    prompt: {q(t["prompt2"])}
    qualities: [listening, teamwork]
    options:
      - id: replace
        text: {q(t["opt1"])}
        scores: {{listening: 90, teamwork: 90}}
        feedback: {q(t["fb1"])}
      - id: wait
        text: {q(t["opt2"])}
        scores: {{listening: 30, teamwork: 30}}
        feedback: {q(t["fb2"])}
      - id: voucher
        text: {q(t["opt3"])}
        scores: {{listening: 20, teamwork: 10}}
        feedback: {q(t["fb3"])}
    next:
      - when: {{option: replace}}
        goto: solved
      - goto: lost
  # A multi-field step: a public reply plus an internal note, scored with the internal-note rubric.
  - id: heats-up
    title: {q(t["title3"])}
    prompt: {q(t["prompt3"])}
    messages:
      - author: customer
        at: "09:40"
        likes: 20
        text: {q(t["escal"])}
    qualities: [calm, listening, teamwork]
    rubric: internal-note
    fields:
      - id: public
        label: {q(t["label_pub"])}
        kind: public
      - id: note
        label: {q(t["label_note"])}
        kind: internal
    expect:
      person: {t["first"]}
      facts:
        - {t["fact1"]}
        - {t["fact2"]}
      teams: [customer-service]
      private: true
    hints:
      - {q(t["hint1"])}
    model_answer:
      public: {q(t["model_pub"])}
      note: {q(t["model_note"])}
    next:
      - when: {{average: ">= 60"}}
        goto: solved-late
      - goto: lost
endings:
  - id: solved
    title: {q(t["good_t"])}
    outcome: good
    debrief: {q(t["good_d"])}
  - id: solved-late
    title: {q(t["late_t"])}
    outcome: mixed
    debrief: {q(t["late_d"])}
  - id: lost
    title: {q(t["bad_t"])}
    outcome: bad
    debrief: {q(t["bad_d"])}
# Calibration: real replies and the band each quality must fall in (good 70-100, fair 40-69, poor 0-39).
# 'cmsim check' fails when the scorer disagrees. Add more: mediocre, very poor, keyword stuffing…
calibration:
  - name: {q(t["cal_good"])}
    step: first-reply
    answer: {q(t["good"])}
    expect: {{listening: ">= 55", calm: good}}
  - name: {q(t["cal_stock"])}
    step: first-reply
    answer: {q(t["stock"])}
    expect: {{listening: poor}}
  - name: {q(t["cal_bad"])}
    step: first-reply
    answer: {q(t["bad"])}
    expect: {{calm: poor, listening: poor}}
"""


def _troll(s: Spec) -> str:
    fr = s.lang == "fr"
    t: dict[str, str] = (
        {
            "summary": f"Sous une publication de {s.brand}, un troll insulte et affirme une contre-vérité, pendant "
            "qu'une vraie cliente se demande si c'est vrai. Une réponse calme pour ceux qui lisent, puis la "
            "modération.",
            "post": "Notre nouvelle gourde isotherme est là : 24 h au frais, 12 h au chaud, garantie 5 ans.",
            "troll": "lol 12 h au chaud mon œil, elle est tiède au bout d'une heure. Faut être pigeon pour acheter ça",
            "question": "C'est vrai qu'elle ne tient qu'une heure ? Je voulais la prendre pour mes randos",
            "cust": "Léa Garnier",
            "first": "Léa",
            "title1": "Une réponse calme",
            "prompt1": "Répondez une fois, publiquement. Le troll veut la bagarre, Léa veut une info.",
            "fact1": q_list(["12 h", "12 heures", "chaud"]),
            "fact2": q_list(["rando", "randonnée", "randos"]),
            "hint1": "Répondez à la vraie question (la durée) avec les vrais chiffres, une fois.",
            "hint2": "Parlez à Léa et aux lecteurs ; ne citez pas le troll, ne vous moquez pas.",
            "model1": "Bonne question Léa ! 12 h au chaud, 24 h au frais (testé en labo) : parfait pour une rando. "
            "Si la vôtre tient moins, écrivez-nous, on l'échange.",
            "title2": "Le troll insulte une cliente",
            "prompt2": "Le troll insulte une cliente qui vous défend. Comment modérez-vous ?",
            "opt1": "Masquer seulement l'insulte, laisser la critique, ne plus répondre au troll, remercier la "
            "cliente.",
            "fb1": "Vous protégez une personne sans censurer la critique, et vous ne nourrissez pas le troll.",
            "opt2": "Supprimer tous ses commentaires et le bloquer.",
            "fb2": "Supprimer la critique avec l'insulte lui offre une histoire de censure.",
            "opt3": "Lui répondre à chaque nouveau commentaire.",
            "fb3": "Chaque réponse lui donne l'attention qu'il cherche.",
            "title3": "Votre réponse tourne en capture",
            "prompt3": "Votre réponse a mis de l'huile sur le feu. Réparez en une réponse publique.",
            "escal": "Regardez comment la marque parle aux gens 💀",
            "model3": "Léa, notre réponse n'était pas correcte, désolés. Votre question méritait mieux : 12 h au "
            "chaud, donc une journée de rando sans souci.",
            "good_t": "Le fil appartient à vos clients",
            "mid_t": "Dégâts limités",
            "bad_t": "Le troll a gagné",
            "good_d": "Une réponse factuelle pour les lecteurs, puis le silence face au troll et une modération "
            "limitée aux insultes.",
            "mid_d": "Vous avez réparé, mais la première réponse à un troll s'écrit pour les lecteurs : faits, "
            "calme, zéro sarcasme.",
            "bad_d": "Sarcasme, censure ou réponses en rafale : le troll a eu son spectacle. Une réponse factuelle, "
            "puis on ne nourrit plus.",
            "cal_good": "réponse factuelle",
            "cal_bad": "sarcastique et insultante",
            "good": "Bonne question Léa ! Elle garde 12 h au chaud et 24 h au frais : parfait pour une journée de "
            "rando. Si la vôtre tient moins, écrivez-nous.",
            "bad": "Vous êtes ridicule. Arrêtez de mentir ou on vous bloque !!!",
        }
        if fr
        else {
            "summary": f"Under a {s.brand} post, a troll insults buyers and spreads a false claim while a real "
            "customer wonders whether it is true. One calm answer for the readers, then moderation.",
            "post": "Our new insulated bottle is here: 24 h cold, 12 h hot, 5-year guarantee.",
            "troll": "lol 12 h hot my foot, it's lukewarm after an hour. You'd have to be a mug to buy this",
            "question": "Is it true it only lasts an hour? I wanted it for my hikes",
            "cust": "Maya Collins",
            "first": "Maya",
            "title1": "One calm answer",
            "prompt1": "Answer once, in public. The troll wants a fight; Maya wants a fact.",
            "fact1": q_list(["12 h", "12 hours", "hot"]),
            "fact2": q_list(["hike", "hikes", "hiking"]),
            "hint1": "Answer the real question (how long it keeps heat) with the real figures, once.",
            "hint2": "Talk to Maya and the readers; do not quote, mock or threaten the troll.",
            "model1": "Good question Maya! Hot for 12 hours, cold for 24 (lab-tested): fine for a day's hike. If "
            "yours isn't, message us and we'll swap it.",
            "title2": "The troll insults a customer",
            "prompt2": "The troll insults a customer who defended you. How do you moderate?",
            "opt1": "Hide only the insult, leave the criticism, stop answering the troll, thank the customer.",
            "fb1": "You protect a person without censoring criticism, and you stop feeding the troll.",
            "opt2": "Delete all his comments and block him.",
            "fb2": "Deleting criticism along with the insult hands him a censorship story.",
            "opt3": "Reply to each of his new comments.",
            "fb3": "Every reply gives him the attention he came for.",
            "title3": "Your reply is being screenshotted",
            "prompt3": "Your reply fed the fire. Repair it in one public reply.",
            "escal": "Look how this brand talks to people 💀",
            "model3": "Maya, our earlier reply wasn't OK and we're sorry. Your question deserved better: the bottle "
            "keeps drinks hot for 12 hours, so a day's hike is fine.",
            "good_t": "The thread belongs to your customers",
            "mid_t": "Damage contained",
            "bad_t": "The troll won",
            "good_d": "One factual answer for the readers, then silence towards the troll, and moderation limited to "
            "abuse.",
            "mid_d": "You repaired it, but the first answer to a troll is written for the readers: facts, calm, no "
            "sarcasm.",
            "bad_d": "Sarcasm, censorship or a reply war gave the troll his show. One factual answer, then stop "
            "feeding.",
            "cal_good": "factual answer",
            "cal_bad": "sarcastic and insulting",
            "good": "Good question Maya! It keeps drinks hot for 12 hours and cold for 24: fine for a full day's "
            "hike. If yours doesn't, message us.",
            "bad": "You're clueless. Stop spreading lies or we'll block you!!!",
        }
    )
    return f"""summary: {q(t["summary"])}
tags: [troll, moderation]
personas:
  - id: troll
    name: Troll
    handle: "@troll_account"
    role: troll
  - id: customer
    name: {q(t["cust"])}
    handle: "@{t["cust"].split()[0].lower()}"
    role: customer
thread:
  - author: brand
    at: "17:00"
    likes: 320
    text: {q(t["post"])}
  - author: troll
    at: "17:10"
    likes: 25
    text: {q(t["troll"])}
  - author: customer
    at: "17:15"
    likes: 6
    text: {q(t["question"])}
steps:
  - id: first-reply
    title: {q(t["title1"])}
    prompt: {q(t["prompt1"])}
    qualities: [calm, communication, listening]
    time_limit: 600
    expect:
      person: {t["first"]}
      facts:
        - {t["fact1"]}
        - {t["fact2"]}
    hints:
      - {q(t["hint1"])}
      - {q(t["hint2"])}
    model_answer: {q(t["model1"])}
    next:
      - when: {{calm: ">= 60", communication: ">= 55"}}
        goto: moderation
      - goto: backfire
  - id: moderation
    kind: choice
    title: {q(t["title2"])}
    prompt: {q(t["prompt2"])}
    qualities: [calm, communication]
    options:
      - id: hide-abuse
        text: {q(t["opt1"])}
        scores: {{calm: 90, communication: 85}}
        feedback: {q(t["fb1"])}
      - id: delete-all
        text: {q(t["opt2"])}
        scores: {{calm: 50, communication: 30}}
        feedback: {q(t["fb2"])}
      - id: reply-each
        text: {q(t["opt3"])}
        scores: {{calm: 45, communication: 35}}
        feedback: {q(t["fb3"])}
    next:
      - when: {{option: hide-abuse}}
        goto: calm-thread
      - goto: troll-won
  - id: backfire
    title: {q(t["title3"])}
    prompt: {q(t["prompt3"])}
    messages:
      - author: troll
        at: "17:40"
        likes: 150
        text: {q(t["escal"])}
    qualities: [calm, communication, listening]
    expect:
      person: {t["first"]}
      facts:
        - {t["fact1"]}
        - {t["fact2"]}
    model_answer: {q(t["model3"])}
    next:
      - when: {{average: ">= 60"}}
        goto: contained
      - goto: troll-won
endings:
  - id: calm-thread
    title: {q(t["good_t"])}
    outcome: good
    debrief: {q(t["good_d"])}
  - id: contained
    title: {q(t["mid_t"])}
    outcome: mixed
    debrief: {q(t["mid_d"])}
  - id: troll-won
    title: {q(t["bad_t"])}
    outcome: bad
    debrief: {q(t["bad_d"])}
# Calibration: real replies and the band each quality must fall in (good 70-100, fair 40-69, poor 0-39).
calibration:
  - name: {q(t["cal_good"])}
    step: first-reply
    answer: {q(t["good"])}
    expect: {{calm: good, listening: ">= 45"}}
  - name: {q(t["cal_bad"])}
    step: first-reply
    answer: {q(t["bad"])}
    expect: {{calm: "<= 50", listening: poor}}
"""


def _contest(s: Spec) -> str:
    fr = s.lang == "fr"
    tag = s.hashtag
    short = s.platform in ("x", "tiktok")
    t: dict[str, str] = (
        {
            "summary": f"{s.brand} lance un jeu concours. Rédigez la publication (lot, modalités, date limite, "
            "règlement, hashtag), puis répondez à une participante.",
            "title1": "La publication du jeu",
            "prompt1": "Rédigez la publication qui lance le jeu concours.",
            "label": "Publication",
            "fact1": q_list(["coffret", "lot", "gagner"]),
            "fact2": q_list(["dimanche", "20 h", "date limite"]),
            "fact3": q_list(["tirage au sort", "tirage"]),
            "hint1": "Le lot et l'accroche d'abord, puis comment participer, la date limite et le règlement.",
            "model1": f"🎁 Un coffret {s.brand} à gagner ! Pour jouer : abonnez-vous et dites-nous en commentaire "
            f"votre produit préféré. Fin dimanche 20 h, tirage au sort lundi. Règlement en bio. {tag}",
            "title2": "Une question de participante",
            "prompt2": "Nina demande si elle peut participer depuis la Suisse.",
            "ask": "Je suis en Suisse, je peux participer ?",
            "first": "Nina",
            "cust": "Nina Perrin",
            "fact4": q_list(["Suisse", "France", "règlement"]),
            "model2": "Nina, merci ! Ce jeu est réservé à la France (règlement et envoi du lot), désolés. Le "
            "prochain sera ouvert à la Suisse, promis.",
            "title3": "Des participants perdus",
            "prompt3": "La publication laissait des trous. Répondez aux questions.",
            "confused": "C'est jusqu'à quand ? Et c'est un tirage au sort ? Rien n'est écrit.",
            "model3": "Nina, vous avez raison, ce n'était pas clair : fin dimanche 20 h, tirage au sort lundi. "
            "Nous complétons la publication.",
            "good_t": "Un jeu qui donne envie",
            "mid_t": "Un jeu correct, avec des frottements",
            "good_d": "Accroche, lot concret, modalités et règlement visibles : on participe au lieu de poser des "
            "questions.",
            "mid_d": "Relisez votre publication comme une inconnue : quoi, comment, jusqu'à quand, qui, où est le "
            "règlement ?",
            "cal_good": "publication complète",
            "cal_bad": "publication vague",
            "good": f"Un petit cadeau pour vous 🎁 Gagnez un coffret {s.brand} ! Abonnez-vous et dites-nous en "
            f"commentaire : quel est votre produit préféré ? Fin dimanche 20 h, tirage au sort lundi. "
            f"Règlement en bio. {tag}",
            "bad": "Concours !!! Gagnez des trucs",
        }
        if fr
        else {
            "summary": f"{s.brand} launches a contest. Write the post (prize, how to enter, deadline, rules, "
            "hashtag), then answer a participant.",
            "title1": "The contest post",
            "prompt1": "Write the post that launches the contest.",
            "label": "Post",
            "fact1": q_list(["gift box", "prize", "win"]),
            "fact2": q_list(["Sunday", "8pm", "deadline"]),
            "fact3": q_list(["random draw", "drawn at random", "draw"]),
            "hint1": "Prize and hook first, then how to enter, the deadline and where the rules are.",
            "model1": f"🎁 Win a {s.brand} gift box! To enter: follow us and tell us in the comments which product "
            f"you love most. Ends Sunday 8pm, random draw on Monday. Rules in bio. {tag}",
            "title2": "A participant's question",
            "prompt2": "Nina asks whether she can enter from Canada.",
            "ask": "I'm in Canada, can I enter?",
            "first": "Nina",
            "cust": "Nina Patel",
            "fact4": q_list(["Canada", "UK", "rules"]),
            "model2": "Nina, thanks for your enthusiasm! This one is UK only (contest rules and shipping the prize), "
            "sorry. We're planning the next one to include Canada.",
            "title3": "Confused participants",
            "prompt3": "The post left gaps. Answer the questions.",
            "confused": "Until when? And is it a random draw? Nothing says.",
            "model3": "Nina, you're right, we weren't clear. It ends Sunday at 8pm and the winner is drawn at random "
            "on Monday from all comments. We're updating the post.",
            "good_t": "A contest people want to enter",
            "mid_t": "A decent contest, with friction",
            "good_d": "Hook, concrete prize, clear steps and visible rules: people enter instead of asking.",
            "mid_d": "Read your post as a stranger: what, how, until when, who, where are the rules?",
            "cal_good": "complete post",
            "cal_bad": "vague post",
            "good": f"Your mornings deserve a treat 🎁 Win a {s.brand} gift box! Follow us and tell us in the "
            f"comments: which product do you love most? Ends Sunday 8pm, random draw Monday. Rules in bio. {tag}",
            "bad": "Contest!!! Win stuff",
        }
    )
    if short:  # keep the texts within X's 280 weighted characters and TikTok's short register
        t["model1"] = t["model1"].replace(" in the comments", "").replace(" en commentaire", "")
    return f"""summary: {q(t["summary"])}
tags: [contest]
personas:
  - id: participant
    name: {q(t["cust"])}
    handle: "@{t["first"].lower()}"
    role: fan
steps:
  # A post step: one 'post' field, scored with the community-post rubric (creativity, platform fit).
  - id: contest-post
    title: {q(t["title1"])}
    prompt: {q(t["prompt1"])}
    qualities: [creativity, communication, multiplatform]
    rubric: community-post
    fields:
      - id: post
        label: {q(t["label"])}
        kind: post
        platform: {s.platform}
    expect:
      facts:
        - {t["fact1"]}
        - {t["fact2"]}
        - {t["fact3"]}
      hashtags: [{q(tag)}]
      question: true
    hints:
      - {q(t["hint1"])}
    model_answer:
      post: {q(t["model1"])}
    next:
      - when: {{communication: ">= 60"}}
        goto: question
      - goto: confused
  - id: question
    title: {q(t["title2"])}
    prompt: {q(t["prompt2"])}
    messages:
      - author: participant
        at: "11:00"
        text: {q(t["ask"])}
    qualities: [listening, communication]
    expect:
      person: {t["first"]}
      facts:
        - {t["fact4"]}
    model_answer: {q(t["model2"])}
    next: smooth
  - id: confused
    title: {q(t["title3"])}
    prompt: {q(t["prompt3"])}
    messages:
      - author: participant
        at: "11:00"
        text: {q(t["confused"])}
    qualities: [listening, calm, communication]
    expect:
      person: {t["first"]}
      facts:
        - {t["fact2"]}
        - {t["fact3"]}
    model_answer: {q(t["model3"])}
    next: friction
endings:
  - id: smooth
    title: {q(t["good_t"])}
    outcome: good
    debrief: {q(t["good_d"])}
  - id: friction
    title: {q(t["mid_t"])}
    outcome: mixed
    debrief: {q(t["mid_d"])}
# Calibration: real posts and the band each quality must fall in (good 70-100, fair 40-69, poor 0-39).
calibration:
  - name: {q(t["cal_good"])}
    step: contest-post
    answer:
      post: {q(t["good"])}
    expect: {{communication: ">= 60", creativity: ">= 50"}}
  - name: {q(t["cal_bad"])}
    step: contest-post
    answer:
      post: {q(t["bad"])}
    expect: {{communication: "<= 60", creativity: "<= 60"}}
"""


__all__ = ["KINDS", "Spec", "add_arguments", "gather", "render", "run"]
