"""Report wording in French and English, and integrity signals told in words."""

from __future__ import annotations

from cmsim.session.signals import SignalDetail, Unknown
from cmsim.strings import Strings

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Community manager assessment — {name}",
        "title_practice": "Community manager practice report — {name}",
        "generated": "Generated {date} by cmsim {version}",
        "disclaimer": (
            "This score is one input among others, not the only hiring criterion: read the answers, "
            "discuss them in an interview, and weigh them with the candidate's experience and references."
        ),
        "overall": "Overall",
        "colon": ": ",
        "quoted": "“{text}”",
        "qualities": "The six qualities",
        "quality": "Quality",
        "score": "Score",
        "band": "Band",
        "confidence": "Confidence",
        "trend": "Trend",
        "data.one": "{count} answer, {quotes}",
        "data.other": "{count} answers, {quotes}",
        "quotes.one": "{count} quote",
        "quotes.other": "{count} quotes",
        "no_data": "not assessed",
        "good": "good",
        "fair": "fair",
        "poor": "poor",
        "low": "low",
        "medium": "medium",
        "high": "high",
        "up": "rising",
        "down": "falling",
        "steady": "steady",
        "strengths": "Strengths",
        "gaps": "Gaps to probe",
        "no_strengths": "No quality reached the good band (70+).",
        "no_gaps": "No quality averages under 55. To go further, the lowest score was {label} ({score}):",
        "no_gaps_flags": (
            "No quality averages under 55, but read the red flags. The lowest average was {label} ({score}):"
        ),
        "red_flags": "Red flags",
        "red_flags_note": (
            "Each step where a quality fell below 40, each poor option chosen: averages do not hide them."
        ),
        "no_red_flags": "None: no quality fell below 40 on any step, no poor option was chosen.",
        "flag_hostile": "hostility in the reply",
        "flag_chose": "chose",
        "flag_best": "best option",
        "flag_said": "said",
        "flag_said_nothing": "wrote nothing",
        "missed_coverage": "not handled: {items}",
        "missed_first-response": "no first response: {items}",
        "missed_escalations": "not escalated in time: {items}",
        "missed_platforms": "nobody answered on {items}",
        "scenarios": "Scenario by scenario",
        "path": "Path",
        "best_taken": "the best option",
        "outcome_good": "good ending",
        "outcome_mixed": "mixed ending",
        "outcome_bad": "bad ending",
        "no_quotes": "Scored on choices: nothing to quote.",
        "no_quotes_written": "No excerpt: no single passage of the written answers shows this quality on its own.",
        "quotes": "From the answers",
        "missing": "What was missing",
        "questions": "Interview questions",
        "integrity": "Integrity signals",
        "integrity_note": "Facts to discuss with the candidate, not proof of anything. No AI-text detector is used.",
        "no_signals": "None recorded.",
        "transcript": "Transcript",
        "session": "Session {id}: {title}",
        "step_meta": "{elapsed} s{limit}",
        "overtime": " — over the time limit",
        "chose": "Chose",
        "reply_label": "Reply",
        "note_label": "Note to the team",
        "crisis_whole": "The crisis",
        "crisis_reply": "Reply to {item} (action {n})",
        "crisis_escalate": "Escalation of {item} (action {n})",
        "crisis_statement": "Public statement (action {n})",
        "post_label": "Post on {platform}",
        "not_finished": "not finished",
        "ending": "Ending reached",
        "versions": "Versions",
        "versions_note": "Scores depend on the scenario and rubric versions below (content hashes); rescoring keeps "
        "the older scores.",
        "scenario_version": "scenario {id} @ {digest}",
        "scorer_version": "scorer {scorers}",
        "rescored": "rescored (older scores kept: {old})",
        "mode_assess": "assessment",
        "mode_practice": "practice",
        "campaign": "Campaign",
        "sessions": "Sessions",
        "paste.one": "{count} line, {chars} characters arrived at once (pasted)",
        "paste.other": "{count} lines, {chars} characters arrived at once (pasted)",
        "fast-typing": "a {chars}-character line typed at {cps} characters per second",
        "overtime_signal": "answered after the time limit ({elapsed} s for {limit} s)",
        "auto-submitted": "time limit reached: what was typed was submitted ({limit} s)",
        "interrupted": "session closed and reopened ({seconds_away} s away)",
        "abandoned.one": (
            "left the crisis and never came back: scored as it stood when its time ran out "
            "({count} action, the last at {last_action} s of {duration} s)"
        ),
        "abandoned.other": (
            "left the crisis and never came back: scored as it stood when its time ran out "
            "({count} actions, the last at {last_action} s of {duration} s)"
        ),
        "abandoned_idle": (
            "left the crisis without acting and never came back: scored as it stood when its time ran out "
            "({duration} s)"
        ),
        "hint": "asked for hint {number}",
        "scenario-changed": "the scenario file changed during the session ({was} → {now})",
    },
    "fr": {
        "title": "Évaluation community manager — {name}",
        "title_practice": "Bilan d'entraînement community manager — {name}",
        "generated": "Produit le {date} par cmsim {version}",
        "disclaimer": (
            "Ce score est un élément parmi d'autres, pas le seul critère d'embauche : lisez les réponses, "
            "discutez-en en entretien et croisez-les avec l'expérience et les références du candidat."
        ),
        "overall": "Global",
        "colon": "\u00a0: ",
        "quoted": "«\u00a0{text}\u00a0»",
        "qualities": "Les six qualités",
        "quality": "Qualité",
        "score": "Score",
        "band": "Niveau",
        "confidence": "Fiabilité",
        "trend": "Tendance",
        "data.one": "{count} réponse, {quotes}",
        "data.other": "{count} réponses, {quotes}",
        "quotes.one": "{count} citation",
        "quotes.other": "{count} citations",
        "no_data": "non évaluée",
        "good": "bon",
        "fair": "moyen",
        "poor": "faible",
        "low": "faible",
        "medium": "moyenne",
        "high": "élevée",
        "up": "en hausse",
        "down": "en baisse",
        "steady": "stable",
        "strengths": "Points forts",
        "gaps": "Points à creuser",
        "no_strengths": "Aucune qualité n'atteint le niveau bon (70+).",
        "no_gaps": (
            "Aucune qualité en moyenne sous 55. Pour aller plus loin, le score le plus bas est {label} ({score}) :"
        ),
        "no_gaps_flags": (
            "Aucune qualité en moyenne sous 55, mais lisez les signaux d'alerte. La moyenne la plus basse est "
            "{label} ({score}) :"
        ),
        "red_flags": "Signaux d'alerte",
        "red_flags_note": (
            "Chaque étape où une qualité est tombée sous 40, chaque option faible choisie : les moyennes ne les "
            "cachent pas."
        ),
        "no_red_flags": "Aucun : aucune qualité sous 40 à aucune étape, aucune option faible choisie.",
        "flag_hostile": "hostilité dans la réponse",
        "flag_chose": "a choisi",
        "flag_best": "meilleure option",
        "flag_said": "a écrit",
        "flag_said_nothing": "n'a rien écrit",
        "missed_coverage": "non traités\u00a0: {items}",
        "missed_first-response": "sans première réponse\u00a0: {items}",
        "missed_escalations": "pas remontés à temps\u00a0: {items}",
        "missed_platforms": "personne n'a répondu sur {items}",
        "scenarios": "Scénario par scénario",
        "path": "Parcours",
        "best_taken": "la meilleure option",
        "outcome_good": "bonne fin",
        "outcome_mixed": "fin mitigée",
        "outcome_bad": "mauvaise fin",
        "no_quotes": "Évaluée sur des choix : rien à citer.",
        "no_quotes_written": (
            "Pas d'extrait\u00a0: aucun passage des réponses écrites ne montre à lui seul cette qualité."
        ),
        "quotes": "Extraits des réponses",
        "missing": "Ce qui manquait",
        "questions": "Questions d'entretien",
        "integrity": "Signaux d'intégrité",
        "integrity_note": (
            "Des faits à discuter avec le candidat, pas une preuve. Aucun détecteur de texte IA n'est utilisé."
        ),
        "no_signals": "Aucun.",
        "transcript": "Transcription",
        "session": "Session {id} : {title}",
        "step_meta": "{elapsed} s{limit}",
        "overtime": " — hors délai",
        "chose": "Choix",
        "reply_label": "Réponse",
        "note_label": "Note à l'équipe",
        "crisis_whole": "La crise",
        "crisis_reply": "Réponse à {item} (action {n})",
        "crisis_escalate": "Remontée de {item} (action {n})",
        "crisis_statement": "Déclaration publique (action {n})",
        "post_label": "Publication sur {platform}",
        "not_finished": "non terminée",
        "ending": "Fin atteinte",
        "versions": "Versions",
        "versions_note": "Les scores dépendent des versions de scénario et de grille ci-dessous (empreintes) ; un "
        "nouveau calcul conserve les anciens scores.",
        "scenario_version": "scénario {id} @ {digest}",
        "scorer_version": "correcteur {scorers}",
        "rescored": "recalculé (anciens scores conservés : {old})",
        "mode_assess": "évaluation",
        "mode_practice": "entraînement",
        "campaign": "Campagne",
        "sessions": "Sessions",
        "paste.one": "{count} ligne, {chars} caractères arrivés d'un coup (collage)",
        "paste.other": "{count} lignes, {chars} caractères arrivés d'un coup (collage)",
        "fast-typing": "une ligne de {chars} caractères tapée à {cps} caractères par seconde",
        "overtime_signal": "réponse après le temps imparti ({elapsed} s pour {limit} s)",
        "auto-submitted": "temps écoulé : le texte saisi a été envoyé ({limit} s)",
        "interrupted": "session fermée puis rouverte ({seconds_away} s d'absence)",
        "abandoned.one": (
            "a quitté la crise sans revenir\u00a0: notée telle qu'elle était à la fin de son temps "
            "({count} action, la dernière à {last_action} s sur {duration} s)"
        ),
        "abandoned.other": (
            "a quitté la crise sans revenir\u00a0: notée telle qu'elle était à la fin de son temps "
            "({count} actions, la dernière à {last_action} s sur {duration} s)"
        ),
        "abandoned_idle": (
            "a quitté la crise sans rien faire et sans revenir\u00a0: notée telle qu'elle était à la fin de son "
            "temps ({duration} s)"
        ),
        "hint": "a demandé l'indice {number}",
        "scenario-changed": "le fichier du scénario a changé pendant la session ({was} → {now})",
    },
}


text = Strings(STRINGS)
"""``text(lang, key, **values)``: a report string."""


def signal_text(lang: str, detail: SignalDetail | Unknown) -> str:
    """An integrity signal in words (its raw kind and detail when this version does not know the kind)."""
    if isinstance(detail, Unknown):
        return f"{detail.kind} {detail.values()}"
    values = detail.values()
    if detail.kind == "paste":
        return text.count(lang, "paste", int(values.pop("lines")), **values)
    if detail.kind == "abandoned":
        count = int(values.pop("actions"))
        last = f"{float(values.pop('last_action')):g}"
        if not count:
            return text(lang, "abandoned_idle", **values)
        return text.count(lang, "abandoned", count, last_action=last, **values)
    key = "overtime_signal" if detail.kind == "overtime" else detail.kind
    return text(lang, key, **values)


def data_text(lang: str, points: int, evidence: int) -> str:
    """What a quality's confidence rests on: "12 answers, 1 quote"."""
    return text.count(lang, "data", points, quotes=text.count(lang, "quotes", evidence))


def colon(lang: str) -> str:
    """The colon after a label: ': ' in English, a no-break space before it in French."""
    return text(lang, "colon")


def quoted(lang: str, value: str) -> str:
    """``value`` between the language's quotation marks (“ ” in English, « » in French)."""
    return text(lang, "quoted", text=value)
