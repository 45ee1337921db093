"""The trainee is addressed with one register in French: "vous", as in the UI.

The scorer's feedback (rubric texts, integrity flags, judge notices, report and console texts) and the
built-in scenarios' instructions to the trainee (summary, brief, prompts, hints, option feedback,
endings' debriefs) must never say "tu". What a brand says to its customers (thread messages, model
answers, calibration replies, drafts to pick from, charter rules) keeps the brand's own register, and
the word "tutoiement" or a mention of the "tu" charter is not an address."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent

_PRONOUN = re.compile(
    r"\b(?:tu|te|toi|ta|tes|tien|tienne|tiennes)\b|\bles\s+tiens\b"  # subject, object, possessive forms
    r"|(?<!\ble )(?<!\bdu )(?<!\bau )(?<!\bun )(?<!\ben )\bton\b(?=\s+\w)"  # not "le ton", the tone
    r"|\bt['’](?=\w)"  # t'en, t'adresses
    r"|\w-(?:toi|tu)\b",  # appuie-toi, fais-tu
    re.IGNORECASE,
)
_TU_IMPERATIVES = (
    "ajoute adoucis ajuste appelle appuie assume cite célèbre commente corrige décris demande dis donne écris envoie "
    "évite explique fais garde habille ignore invite justifie laisse lis mets montre nomme parle passe pose précise "
    "prends propose raccourcis rappelle rassure reconnais rédige réécris relis remercie remplace réponds "
    "reprends reste retiens sois supprime tranche transmets utilise vérifie"
)
_IMPERATIVE = re.compile(
    r"(?:^|[.:;!?]\s*)(?:puis\s+|ensuite\s+)?"  # at the start of a clause, where an order goes
    rf"(?:ne\s+|n['’])?(?:{'|'.join(_TU_IMPERATIVES.split())})\b",
    re.IGNORECASE,
)


def says_tu(text: str, *, title: bool = False) -> str | None:
    """The first word of ``text`` that addresses the reader with "tu", or None.

    Titles are checked for pronouns only: "Nomme la personne" is a criterion described in the
    third person, the same spelling as the imperative."""
    text = re.sub(r"\btutoi\w*|\btutoy\w*", "", text, flags=re.IGNORECASE)
    text = re.sub(r"«[^»]*»|'tu'|\"tu\"", "«»", text)  # quoted words (what a brand says), not said to the trainee
    found = _PRONOUN.search(text) or (None if title else _IMPERATIVE.search(text))
    return found.group(0).strip() if found else None


# --- where the texts are ------------------------------------------------------------------------------


def _walk(node: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, (*path, str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, (*path, str(index)))


def rubric_texts() -> Iterator[tuple[str, str, bool]]:
    """(where, text, is_title) for every French text of every rubric."""
    for path in sorted((ROOT / "rubrics").glob("*.yaml")):
        for where, value in _walk(yaml.safe_load(path.read_text(encoding="utf-8"))):
            if where and where[-1] == "fr" and isinstance(value, str):
                yield f"{path.name}:{'.'.join(where)}", value, "title" in where


_TRAINEE_FIELDS = {"summary", "brief", "prompt", "hints", "debrief", "title", "feedback", "note", "label"}
_BRAND_FIELDS = {"thread", "messages", "model_answer", "calibration", "runs", "brand", "items", "noise", "text",
                 "answer", "expect", "personas"}


def scenario_texts() -> Iterator[tuple[str, str, bool]]:
    """(where, text, is_title) for what a French scenario says to the trainee."""
    for path in sorted((ROOT / "scenarios" / "fr").glob("*.yaml")):
        for where, value in _walk(yaml.safe_load(path.read_text(encoding="utf-8"))):
            if not isinstance(value, str) or _BRAND_FIELDS.intersection(where):
                continue
            named = [part for part in where if not part.isdigit()]
            if named and named[-1] in _TRAINEE_FIELDS:
                yield f"{path.name}:{'.'.join(where)}", value, False


def _french_in(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """Strings under a "fr" key of a dict literal (directly or one dict down)."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict):
            continue
        for key, value in zip(node.keys, node.values, strict=True):
            if not (isinstance(key, ast.Constant) and key.value == "fr"):
                continue
            inner = value.values if isinstance(value, ast.Dict) else [value]  # values, never keys
            for sub in inner:
                if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                    yield sub.lineno, sub.value


def code_texts() -> Iterator[tuple[str, str, bool]]:
    """(where, text, False) for the French texts written in the code (scorer, reports, console, TUI)."""
    for path in sorted((ROOT / "cmsim").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, text in _french_in(tree):
            yield f"{path.relative_to(ROOT)}:{line}", text, False


# --- the tests -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source", [rubric_texts, code_texts, scenario_texts], ids=["rubrics", "code", "scenarios"]
)
def test_the_trainee_is_addressed_with_vous(source: Any) -> None:
    texts = list(source())
    assert texts, "found no French text: the collector is broken"
    found = [(where, word, text) for where, text, title in texts if (word := says_tu(text, title=title))]
    assert not found, "French text addressing the trainee with 'tu':\n" + "\n".join(
        f"  {where}: '{word}' in {text!r}" for where, word, text in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ni insulte, ni sarcasme, ni reproche, ni menace\u00a0: tu restes professionnel.",
        "Ajoute un geste qui apaise\u00a0: remercier, reconnaître, dire que tu t'en occupes.",
        "Adoucis tes demandes («\u00a0pourriez-vous\u00a0») au lieu de donner des ordres.",
        "Écris des phrases à une personne, pas une liste de mots.",
        "Un mot ou deux peuvent sonner comme une pique\u00a0; supprime-les.",
        "Réponds à Anaïs sous ton dernier post Instagram.",
        "Que fais-tu\u00a0?",
        "Tu donnes raison en bloc\u00a0; appuie-toi sur les faits du dossier.",
        "Un peu institutionnel\u00a0: dis «\u00a0je\u00a0», nomme la personne.",
        "Ne réponds jamais à la colère par la colère.",
        "Vos mots sont les tiens.",
        "Ta publication laissait des trous.",
    ],
)
def test_the_check_catches_tu(text: str) -> None:
    assert says_tu(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ni insulte, ni sarcasme, ni reproche, ni menace\u00a0: vous restez professionnel.",
        "Ajoutez un geste qui apaise\u00a0: dire que vous vous en occupez.",
        "Quelques majuscules ou «\u00a0!!\u00a0» haussent le ton plus que voulu.",
        "La charte impose le tutoiement\u00a0: la marque dit «\u00a0tu\u00a0» à ses clients.",
        "Rien ne montre que vous avez lu son message\u00a0: nommez son vrai problème.",
        "Aucune suite concrète\u00a0: que se passe-t-il maintenant\u00a0?",
        "Une accroche et une question qui invite à répondre.",
        "Les faits qui comptent, avec des détails concrets.",
    ],
)
def test_the_check_lets_vous_and_mentions_of_tu_pass(text: str) -> None:
    assert says_tu(text) is None


def test_titles_are_checked_for_pronouns_only() -> None:
    assert says_tu("Nomme la personne", title=True) is None  # the criterion, in the third person
    assert says_tu("« Arnaque » sous ton propre jeu concours", title=True)
