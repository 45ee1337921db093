"""Every UI string exists in French and English, French is translated (not left in English), uses one
register (vous) and French typography; no screen shows text that is not in the string tables."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import cmsim.tui
from cmsim.tui.strings import STRINGS
from cmsim.tui.words import branch_in_words, colon, field_label, quoted

# Words that are the same in both languages (checked by hand, not a way out for a missing translation).
SAME_IN_BOTH = {
    "key.mode", "home.mode", "palette.help", "composer.count", "lang.fr", "lang.en", "charter.emoji",
    "charter.signature", "role.troll", "role.fan", "charter.value.tu", "charter.value.vous",
    "debrief.branch", "profile.title", "mode.practice", "charter.names",
    "key.crisis_pause", "crisis.clock", "crisis.speed", "crisis.tag.urgent", "crisis.reaction",
    "profile.sessions.one", "profile.sessions.other",  # "{count} session, {answers}": one word in both
    "team.marketing",
}
NARROW_OR_NBSP = "\u00a0\u202f"
TU_FORMS = re.compile(r"\b(tu|te|toi|ta|tes)\b|\bt'", re.IGNORECASE)  # not "ton": also "tone"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def french_problems(text: str) -> list[str]:
    """What breaks French typography or the register in ``text``."""
    problems = []
    bare = PLACEHOLDER.sub("X", text)
    for match in re.finditer(r"(.)([:;!?])", bare):
        before, sign = match.groups()
        if before.isdigit() and sign == ":":
            continue  # a time, 09:30
        if before not in NARROW_OR_NBSP and before not in "!?":
            where = bare[max(0, match.start() - 12) : match.end()]
            problems.append(f"'{sign}' needs a no-break space before it: …{where}")
    if re.search(r"«[^\u00a0\u202f]", bare) or re.search(r"[^\u00a0\u202f]»", bare):
        problems.append("« » need no-break spaces inside")
    if re.search(r"[“”\"]", bare):
        problems.append("English quotes in French: use « »")
    if TU_FORMS.search(bare):
        problems.append(f"'{TU_FORMS.search(bare).group(0)}': the French UI says 'vous'")  # type: ignore[union-attr]
    return problems


def test_every_key_exists_in_both_languages_with_the_same_placeholders() -> None:
    assert set(STRINGS["fr"]) == set(STRINGS["en"])
    for key, english in STRINGS["en"].items():
        assert set(PLACEHOLDER.findall(STRINGS["fr"][key])) == set(PLACEHOLDER.findall(english)), key


def test_french_strings_are_translated() -> None:
    untranslated = [k for k, v in STRINGS["en"].items() if STRINGS["fr"][k] == v and k not in SAME_IN_BOTH]
    assert not untranslated, f"left in English in the French UI: {untranslated}"


@pytest.mark.parametrize("key", sorted(STRINGS["fr"]))
def test_french_typography_and_register(key: str) -> None:
    assert french_problems(STRINGS["fr"][key]) == []


def test_the_checker_catches_what_it_should() -> None:
    assert french_problems("Entrée : jouer")  # plain space
    assert french_problems("Difficulté: moyen")  # no space
    assert french_problems("« Bonjour »")  # plain spaces inside
    assert french_problems("un “mot”")
    assert french_problems("Écris ta réponse\u00a0: vite")
    assert not french_problems("Entrée\u00a0: jouer «\u00a0ici\u00a0» à 09:30\u202f!")


def test_model_data_is_said_in_the_ui_language() -> None:
    assert field_label("reply", "Reply", "fr") == "Réponse"
    assert field_label("note", "Note to logistics", "fr") == "Note to logistics"  # the author's own words
    for branch in ("else", "always", "average >= 60", "calm >= 60, listening 55-100", "option: refund", "late = True"):
        words = branch_in_words(branch, "fr")
        assert french_problems(words) == [], words
        assert "else" not in words and ">=" not in words
    assert "True" not in branch_in_words("option: publier-preuve, regles_claires = True", "fr")
    assert branch_in_words("option: publier-preuve, regles_claires = True", "fr") == (
        "car l'option choisie et «\u00a0regles claires\u00a0» (d'après une réponse précédente)")
    assert branch_in_words("late = False", "en") == "because no “late” (from an earlier answer)"
    assert branch_in_words("tone = warm", "en") == "because “tone” is warm (from an earlier answer)"
    expected = "car Sang-froid\u00a0≥\u00a060 et Écoute\u00a0≥\u00a055"
    assert branch_in_words("calm >= 60, listening >= 55", "fr") == expected
    assert french_problems(colon("Difficulté", "fr") + " " + quoted("mot", "fr")) == []


UI_CALLS = {"Label", "Static", "Content", "notify", "Button", "Input", "TabPane", "Binding", "Option"}
OTHER_AREAS = {"cohort.py", "grades.py"}  # the instructors' screens keep their own string tables


def literal_ui_text(path: Path) -> list[str]:
    """String literals with words in them passed straight to a widget: text no table translates."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name not in UI_CALLS:
            continue
        for arg in node.args[:1] + [k.value for k in node.keywords if k.arg in ("placeholder", "title", "label")]:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and re.search(r"[A-Za-zÀ-ÿ]{3}", arg.value):
                text = arg.value
                template = text.startswith(("[b]$", "[i]$", "$", "[dim]$"))
                if name == "Binding" or template or re.fullmatch(r"[\w.]+", text):
                    continue  # binding keys, markup templates with values, string keys
                found.append(f"{path.name}:{node.lineno}: {text!r}")
    return found


def test_no_screen_shows_text_outside_the_string_tables() -> None:
    root = Path(cmsim.tui.__file__).parent
    files = [p for p in root.rglob("*.py") if p.name not in OTHER_AREAS and not p.name.startswith("strings")]
    found = [problem for p in files for problem in literal_ui_text(p)]
    assert not found, found


def test_the_literal_scan_catches_text(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('Label("Hello world")\nself.notify("Saved it")\nLabel("home.title")\n', encoding="utf-8")
    assert [line.split(": ", 1)[1] for line in literal_ui_text(sample)] == ["'Hello world'", "'Saved it'"]


def test_a_criterion_s_feedback_is_said_in_the_ui_language() -> None:
    from cmsim.model.base import LocalText
    from cmsim.model.result import CriterionResult
    from cmsim.tui.screens.feedback import criterion_content

    french = "Ajoutez un geste qui apaise : remerciez la personne."
    criterion = CriterionResult(id="de-escalation", quality="calm", score=50, weight=2, feedback=french,
                                feedback_texts=LocalText(fr=french, en="Add a move that calms things: thank them."))
    english = criterion_content(criterion, "en").plain
    assert "thank them" in english and french not in english
    assert french in criterion_content(criterion, "fr").plain
    stored_before = CriterionResult(id="de-escalation", quality="calm", score=50, weight=2, feedback=french)
    assert french in criterion_content(stored_before, "en").plain
