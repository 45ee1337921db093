"""What the line-based session says, in French and English."""

from __future__ import annotations

from cmsim.charter_strings import CHARTER_STRINGS
from cmsim.strings import Strings

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "session": "Session {id} — {name} — {mode}",
        "practice": "practice",
        "assess": "assessment",
        "resumed.one": "Resumed at step {n}: {count} answer already saved.",
        "resumed.other": "Resumed at step {n}: {count} answers already saved.",
        "step": "── Step {n}: {title}",
        "limit": "Time limit: {seconds} s ({left} s left).",
        "field": "[{label}] {platform}up to {limit} characters. End with an empty line.",
        "field_nolimit": "[{label}] {platform}End with an empty line.",
        "draft": "(already typed, kept:)",
        "empty_confirm": "(empty — type your text, or press Enter again to leave it empty)",
        "choose": "Type the number (or the id) of your choice:",
        "bad_choice": "Not an option here. Type a number from 1 to {last}, or one of: {ids}",
        "saved": "✓ Answer {n} saved.",
        "recorded": "✓ Answer {n} recorded. Answers are locked once submitted.",
        "timeout": "⏱ Time is up: what you typed was submitted.",
        "late": "⏱ Over the time limit ({elapsed} s for {limit} s).",
        "hint": "Hint: {text}",
        "no_hint": "No hints here.",
        "paused": "Paused. Everything is saved: 'cmsim resume {id}' continues at this step.",
        "paused_assess": "Paused. Everything is saved: "
        '\'cmsim assess "{campaign}" --candidate "{name}"\' continues here.',
        "ending": "■ {title} ({outcome})",
        "outcome.good": "good ending",
        "outcome.mixed": "mixed ending",
        "outcome.bad": "bad ending",
        "assess_done": "■ Done. Thank you — your answers have been recorded.",
        "commands": "Commands on a line of their own: /hint, /charter, /pause.",
        "commands_nohint": "Commands on a line of their own: /charter, /pause.",
        "charter": "Editorial charter of {brand} ({handle}) — your replies are scored against it:",
        "average": "average",
        "reply": "Reply",
        "colon": ": ",
        "quoted": "“{word}”",
        "channel.private": " · DM",
        "channel.internal": " · internal",
        "better": "A stronger reply:",
        "campaign_done": "Assessment '{name}' complete. Thank you.",
        "crisis_tui": (
            "Next: '{title}', a live crisis (a timed feed across networks). The line console cannot play it; "
            "its clock has not started. Continue in the terminal app:\n  {command}"
        ),
    },
    "fr": {
        "session": "Session {id} — {name} — {mode}",
        "practice": "entraînement",
        "assess": "évaluation",
        "resumed.one": "Reprise à l'étape {n} : {count} réponse déjà enregistrée.",
        "resumed.other": "Reprise à l'étape {n} : {count} réponses déjà enregistrées.",
        "step": "── Étape {n} : {title}",
        "limit": "Temps imparti : {seconds} s (reste {left} s).",
        "field": "[{label}] {platform}{limit} caractères au plus. Terminez par une ligne vide.",
        "field_nolimit": "[{label}] {platform}Terminez par une ligne vide.",
        "draft": "(déjà saisi, conservé :)",
        "empty_confirm": "(vide — tapez votre texte, ou Entrée à nouveau pour le laisser vide)",
        "choose": "Tapez le numéro (ou l'identifiant) de votre choix :",
        "bad_choice": "Ce n'est pas une option ici. Tapez un numéro de 1 à {last}, ou l'un de : {ids}",
        "saved": "✓ Réponse {n} enregistrée.",
        "recorded": "✓ Réponse {n} enregistrée. Une réponse envoyée ne peut plus être modifiée.",
        "timeout": "⏱ Temps écoulé : ce que vous aviez tapé a été envoyé.",
        "late": "⏱ Hors délai ({elapsed} s pour {limit} s).",
        "hint": "Indice : {text}",
        "no_hint": "Pas d'indice ici.",
        "paused": "En pause. Tout est enregistré : 'cmsim resume {id}' reprend à cette étape.",
        "paused_assess": "En pause. Tout est enregistré : "
        '\'cmsim assess "{campaign}" --candidate "{name}"\' reprend ici.',
        "ending": "■ {title} ({outcome})",
        "outcome.good": "bonne fin",
        "outcome.mixed": "fin mitigée",
        "outcome.bad": "mauvaise fin",
        "assess_done": "■ Terminé. Merci — vos réponses ont été enregistrées.",
        "commands": "Commandes, seules sur une ligne : /hint, /charter, /pause.",
        "commands_nohint": "Commandes, seules sur une ligne : /charter, /pause.",
        "charter": "Charte éditoriale de {brand} ({handle}) — vos réponses sont évaluées selon elle :",
        "average": "moyenne",
        "reply": "Réponse",
        "colon": "\u00a0: ",
        "quoted": "«\u00a0{word}\u00a0»",
        "channel.private": " · MP",
        "channel.internal": " · interne",
        "better": "Une réponse plus solide :",
        "campaign_done": "Évaluation « {name} » terminée. Merci.",
        "crisis_tui": (
            "Ensuite : « {title} », une crise en direct (un fil minuté sur plusieurs réseaux). La console ne peut "
            "pas la jouer ; son chronomètre n'a pas démarré. Continuez dans l'application :\n  {command}"
        ),
    },
}

for _lang, _table in CHARTER_STRINGS.items():  # the charter's labels and values: one table for all shells
    STRINGS[_lang].update(_table)

text = Strings(STRINGS)
"""``text(lang, key, **values)``: a console string."""
