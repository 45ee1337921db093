"""Counts of things in the terminal app, each in its two forms (``key.one``, ``key.other``) for
``tr.count(lang, key, n)``, which picks the form by the language's plural rule (French: 0 and 1 are
singular). Merged into ``cmsim.tui.strings.STRINGS``; the same translation and typography test covers them."""

from __future__ import annotations

COUNT_STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "home.broken.one": "{count} file does not load: run 'cmsim validate'.",
        "home.broken.other": "{count} files do not load: run 'cmsim validate'.",
        "home.steps.one": "{count} decision",
        "home.steps.other": "{count} decisions",
        "home.campaign_scenarios.one": "{count} scenario",
        "home.campaign_scenarios.other": "{count} scenarios, in order",
        "profile.sessions.one": "{count} session, {answers}",
        "profile.sessions.other": "{count} sessions, {answers}",
        "profile.answers.one": "{count} answer scored",
        "profile.answers.other": "{count} answers scored",
        "profile.steps.one": "{count} step",
        "profile.steps.other": "{count} steps",
        "profile.quotes.one": "{count} quote",
        "profile.quotes.other": "{count} quotes",
        "crisis.items.one": "{count} item",
        "crisis.items.other": "{count} items",
        "debrief.noise.one": "{count} noise message",
        "debrief.noise.other": "{count} noise messages",
        "briefing.scenarios.one": "{count} scenario, {steps}",
        "briefing.scenarios.other": "{count} scenarios, {steps}",
        "briefing.steps.one": (
            "{count} step at most: you answer a social-media thread as the brand's community manager. Answers "
            "are locked once submitted."
        ),
        "briefing.steps.other": (
            "{count} steps at most: you answer a social-media thread as the brand's community manager. Answers "
            "are locked once submitted."
        ),
    },
    "fr": {
        "home.broken.one": "{count} fichier ne se charge pas\u00a0: lancez «\u00a0cmsim validate\u00a0».",
        "home.broken.other": "{count} fichiers ne se chargent pas\u00a0: lancez «\u00a0cmsim validate\u00a0».",
        "home.steps.one": "{count} décision",
        "home.steps.other": "{count} décisions",
        "home.campaign_scenarios.one": "{count} scénario",
        "home.campaign_scenarios.other": "{count} scénarios, dans l'ordre",
        "profile.sessions.one": "{count} session, {answers}",
        "profile.sessions.other": "{count} sessions, {answers}",
        "profile.answers.one": "{count} réponse évaluée",
        "profile.answers.other": "{count} réponses évaluées",
        "profile.steps.one": "{count} étape",
        "profile.steps.other": "{count} étapes",
        "profile.quotes.one": "{count} citation",
        "profile.quotes.other": "{count} citations",
        "crisis.items.one": "{count} message",
        "crisis.items.other": "{count} messages",
        "debrief.noise.one": "{count} message de bruit",
        "debrief.noise.other": "{count} messages de bruit",
        "briefing.scenarios.one": "{count} scénario, {steps}",
        "briefing.scenarios.other": "{count} scénarios, {steps}",
        "briefing.steps.one": (
            "{count} étape au plus\u00a0: vous répondez à un fil de réseau social en tant que community manager "
            "de la marque. Une réponse envoyée ne peut plus être modifiée."
        ),
        "briefing.steps.other": (
            "{count} étapes au plus\u00a0: vous répondez à un fil de réseau social en tant que community manager "
            "de la marque. Une réponse envoyée ne peut plus être modifiée."
        ),
    },
}
