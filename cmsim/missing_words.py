"""What a criterion found missing, in words, for every shell (the reports, the terminal app's feedback): the
scorer's own tokens (``who``, ``reach``, ``holding line``, a team's id…) said in the reader's language; anything
else it lists (a fact's words, a person's name, a network) is the situation's own vocabulary and stays as written
(the shells name networks and crisis items themselves)."""

from __future__ import annotations

from cmsim.crisis_words import CRISIS_WORDS, team_label
from cmsim.strings import Strings

MISSING_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "missing.who": "who is affected",
        "missing.what": "what happened",
        "missing.when": "since when",
        "missing.reach": "how far it has spread",
        "missing.urgency": "how urgent it is",
        "missing.team": "the team that owns the problem",
        "missing.facts": "the facts of the situation",
        "missing.holding line": "a word to the person while the team works",
        "missing.?": "a question to the person",
    },
    "fr": {
        "missing.who": "qui est concerné",
        "missing.what": "ce qui s'est passé",
        "missing.when": "depuis quand",
        "missing.reach": "jusqu'où ça s'est répandu",
        "missing.urgency": "l'urgence",
        "missing.team": "l'équipe à qui revient le problème",
        "missing.facts": "les faits de la situation",
        "missing.holding line": "un mot à la personne pendant que l'équipe travaille",
        "missing.?": "une question à la personne",
    },
}

words = Strings(MISSING_WORDS)


def missing_word(token: str, lang: str) -> str:
    """One entry of a criterion's ``missing`` list in words: a scorer's token or a team's id said in ``lang``,
    anything else as written."""
    if f"missing.{token}" in MISSING_WORDS["en"]:
        return words(lang, f"missing.{token}")
    if f"team.{token}" in CRISIS_WORDS["en"]:
        return team_label(token, lang)
    return token


__all__ = ["MISSING_WORDS", "missing_word"]
