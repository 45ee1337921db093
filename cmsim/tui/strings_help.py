"""The help screen's strings (the six qualities, how scoring works, the keys), in French and English.
Merged into ``cmsim.tui.strings.STRINGS``; the same translation and typography test covers them."""

from __future__ import annotations

HELP_STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "key.help": "Help",
        "palette.search": "Search for a command…",
        "palette.none": "No command matches",
        "key.keys": "Keys panel",
        "key.quit": "Quit",
        "key.close": "Close",
        "palette.theme_help": "Switch between the dark and the light theme",
        "palette.keys_help": "Show or hide the keys of this screen",
        "palette.help_help": "The six qualities, how scoring works, and the keys",
        "palette.quit_help": "Leave cmsim (your answers are already saved)",
        "help.title": "Help",
        "help.qualities": "The six qualities",
        "help.quality.communication": "Clear, warm, on-brand words that fit the platform and the person.",
        "help.quality.listening": "Show you read the message: name the problem, the details, the feelings.",
        "help.quality.calm": "Stay courteous under pressure: no sarcasm, no blame, no shouting back.",
        "help.quality.teamwork": "Pass the right facts to the right team (logistics, legal, quality) and say so.",
        "help.quality.creativity": "Find a fresh, human answer rather than a stock phrase.",
        "help.quality.multiplatform": "Respect each network's limits and habits: length, tone, public or private.",
        "help.scoring": "How scoring works",
        "help.scoring.text": (
            "Each answer gets a score from 0 to 100 on the qualities its step exercises. A score comes from "
            "criteria (rules written as data in the rubrics): each criterion looks for evidence in your reply "
            "and says what counted for you and against you. Bands: Good from 70, Fair from 40, Poor below. "
            "Thresholds on these scores (the average, or one quality) decide where the thread goes next; the "
            "debrief says which. Scoring is offline and the same "
            "answer always gets the same score; an optional LLM judge can add its view when it is configured."
        ),
        "help.keys": "Keys on this screen",
        "help.keys_palette": "Ctrl+P opens the command palette: type a few letters of any command.",
        "help.close": "Escape: close",
    },
    "fr": {
        "key.help": "Aide",
        "palette.search": "Chercher une commande…",
        "palette.none": "Aucune commande ne correspond",
        "key.keys": "Panneau des touches",
        "key.quit": "Quitter",
        "key.close": "Fermer",
        "palette.theme_help": "Passer du thème sombre au thème clair",
        "palette.keys_help": "Afficher ou masquer les touches de cet écran",
        "palette.help_help": "Les six qualités, le calcul des scores et les touches",
        "palette.quit_help": "Quitter cmsim (vos réponses sont déjà enregistrées)",
        "help.title": "Aide",
        "help.qualities": "Les six qualités",
        "help.quality.communication": (
            "Des mots clairs, chaleureux, fidèles à la marque, adaptés au réseau et à la "
            "personne."
        ),
        "help.quality.listening": "Montrer que vous avez lu\u00a0: nommer le problème, les détails, le ressenti.",
        "help.quality.calm": "Rester courtois sous la pression\u00a0: ni ironie, ni reproche, ni escalade.",
        "help.quality.teamwork": (
            "Transmettre les bons faits à la bonne équipe (logistique, juridique, qualité) "
            "et le dire."
        ),
        "help.quality.creativity": "Trouver une réponse neuve et humaine plutôt qu'une formule toute faite.",
        "help.quality.multiplatform": (
            "Respecter les limites et les usages de chaque réseau\u00a0: longueur, ton, "
            "public ou privé."
        ),
        "help.scoring": "Le calcul des scores",
        "help.scoring.text": (
            "Chaque réponse reçoit un score de 0 à 100 sur les qualités que son étape travaille. Ce score vient "
            "de critères (des règles écrites comme données dans les grilles)\u00a0: chaque critère cherche des "
            "preuves dans votre réponse et dit ce qui a compté pour vous et contre vous. Niveaux\u00a0: Bien dès 70, "
            "Moyen dès 40, Faible en dessous. Des seuils sur ces scores (la moyenne ou une qualité) décident de la "
            "suite du fil\u00a0; le débrief dit lesquels. L'évaluation "
            "se fait hors ligne et une même réponse reçoit toujours le même score\u202f; un juge IA facultatif peut "
            "donner son avis quand il est configuré."
        ),
        "help.keys": "Touches de cet écran",
        "help.keys_palette": "Ctrl+P ouvre la palette de commandes\u00a0: tapez quelques lettres d'une commande.",
        "help.close": "Échap\u00a0: fermer",
    },
}
