"""The strings of kiosk assessment mode and of the candidate briefing, in French and English (merged into
``cmsim.tui.strings.STRINGS``: one way to look a string up)."""

from __future__ import annotations

KIOSK_STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "briefing.title": "Before you start · {campaign}",
        "briefing.hello": (
            "Hello {candidate}. Please read this before the clock starts: the button to agree is at the end."
        ),
        "briefing.what": "What you will do",
        "briefing.limit_each": "Time limit: {seconds} s per step.",
        "briefing.limit_range": "Time limits: {low} to {high} s per step, shown on screen.",
        "briefing.limit_none": "No time limit per step.",
        "briefing.limit_some": "Time limit: {seconds} s on timed steps, shown on screen; the others are untimed.",
        "briefing.clock": (
            "The clock of a step starts when the step is shown and keeps running if you close or reload the "
            "page; when time is up, what you typed is submitted."
        ),
        "briefing.crisis.one": (
            "A live crisis of {minutes} min: messages arrive on several networks at once and you triage them "
            "(reply, escalate to a team, hide, statement). Its clock runs at full speed from the first second, "
            "cannot be paused, and keeps running if you close or reload the page: you come back to the crisis "
            "as it stands, with what you did."
        ),
        "briefing.crisis.other": (
            "{count} live crises of {minutes} min at most: messages arrive on several networks at once and you "
            "triage them (reply, escalate to a team, hide, statement). Their clock runs at full speed from the "
            "first second, cannot be paused, and keeps running if you close or reload the page: you come back "
            "to a crisis as it stands, with what you did."
        ),
        "briefing.hints_on": "Hints are allowed (their use is recorded).",
        "briefing.hints_off": "No hints, no model answers, no score is shown during the assessment.",
        "briefing.brands.one": "The brand you speak for, and its editorial charter",
        "briefing.brands.other": "The brands you speak for, and their editorial charters",
        "briefing.recorded": "What is recorded",
        "briefing.recorded_text": (
            "Your answers, and what you type before submitting (so a reload loses nothing); the time spent on "
            "each step; integrity signals: large pastes, time over the limit, interruptions, hints used. "
            "They are facts for the recruiter to ask you about, never a verdict by themselves."
        ),
        "briefing.who": "Who sees it",
        "briefing.who_default": (
            "The recruiters running the campaign '{campaign}'. Nobody else, and no other candidate."
        ),
        "briefing.kept": "How long it is kept",
        "briefing.kept_default": (
            "Until a recruiter deletes it. You can ask them at any time to see or delete everything about you."
        ),
        "briefing.nothing_yet": "Nothing has been stored yet. Nothing is stored until you agree.",
        "briefing.agree": "I agree — start the assessment",
        "briefing.agreed": "Recording started.",
        "briefing.missing": "This assessment cannot start: {error}",
        "kiosk.close": "You can close this window now.",
    },
    "fr": {
        "briefing.title": "Avant de commencer · {campaign}",
        "briefing.hello": (
            "Bonjour {candidate}. Merci de lire ceci avant que le chronomètre ne démarre\u00a0: le bouton pour "
            "accepter est à la fin."
        ),
        "briefing.what": "Ce que vous allez faire",
        "briefing.limit_each": "Temps imparti\u00a0: {seconds} s par étape.",
        "briefing.limit_range": "Temps impartis\u00a0: de {low} à {high} s par étape, affichés à l'écran.",
        "briefing.limit_none": "Pas de limite de temps par étape.",
        "briefing.limit_some": "Temps imparti\u00a0: {seconds} s par étape chronométrée, affiché à l'écran\u00a0; "
        "les autres étapes ne sont pas chronométrées.",
        "briefing.clock": (
            "Le chronomètre d'une étape démarre quand elle s'affiche et continue si vous fermez ou rechargez la "
            "page\u202f; à la fin du temps, ce que vous avez tapé est envoyé."
        ),
        "briefing.crisis.one": (
            "Une crise en direct de {minutes} min\u00a0: des messages arrivent sur plusieurs réseaux à la fois et "
            "vous les triez (répondre, transmettre à une équipe, masquer, communiqué). Son chronomètre tourne à "
            "pleine vitesse dès la première seconde, ne se met pas en pause et continue si vous fermez ou "
            "rechargez la page\u00a0: vous retrouvez la crise où elle en est, avec ce que vous avez fait."
        ),
        "briefing.crisis.other": (
            "{count} crises en direct de {minutes} min au plus\u00a0: des messages arrivent sur plusieurs réseaux à "
            "la fois et vous les triez (répondre, transmettre à une équipe, masquer, communiqué). Leur chronomètre "
            "tourne à pleine vitesse dès la première seconde, ne se met pas en pause et continue si vous fermez "
            "ou rechargez la page\u00a0: vous retrouvez une crise où elle en est, avec ce que vous avez fait."
        ),
        "briefing.hints_on": "Les indices sont autorisés (leur usage est enregistré).",
        "briefing.hints_off": "Ni indice, ni réponse modèle, ni score affiché pendant l'évaluation.",
        "briefing.brands.one": "La marque pour laquelle vous parlez, et sa charte éditoriale",
        "briefing.brands.other": "Les marques pour lesquelles vous parlez, et leurs chartes éditoriales",
        "briefing.recorded": "Ce qui est enregistré",
        "briefing.recorded_text": (
            "Vos réponses, et ce que vous tapez avant de les envoyer (un rechargement ne perd rien)\u202f; le temps "
            "passé sur chaque étape\u202f; des signaux d'intégrité\u00a0: longs collages, dépassements du temps, "
            "interruptions, indices utilisés. Ce sont des faits sur lesquels le recruteur peut vous interroger, "
            "jamais un verdict à eux seuls."
        ),
        "briefing.who": "Qui le voit",
        "briefing.who_default": (
            "Les recruteurs de la campagne «\u00a0{campaign}\u00a0». Personne d'autre, aucun autre candidat."
        ),
        "briefing.kept": "Combien de temps c'est conservé",
        "briefing.kept_default": (
            "Jusqu'à ce qu'un recruteur le supprime. Vous pouvez à tout moment leur demander de tout voir ou de "
            "tout supprimer vous concernant."
        ),
        "briefing.nothing_yet": "Rien n'est encore enregistré. Rien ne le sera avant votre accord.",
        "briefing.agree": "J'accepte — commencer l'évaluation",
        "briefing.agreed": "Enregistrement démarré.",
        "briefing.missing": "Cette évaluation ne peut pas démarrer\u00a0: {error}",
        "kiosk.close": "Vous pouvez fermer cette fenêtre.",
    },
}
