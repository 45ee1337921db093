"""Silent traps: mistakes YAML and the model accept without a word, but that change what the scenario
means — an unknown team the scorer can never find, a text cut short by ' #', a key swallowed by a
folded text above it."""

from __future__ import annotations

from functools import lru_cache

import yaml

from cmsim.authoring.lint.context import LintContext
from cmsim.authoring.problems import Problem
from cmsim.authoring.validate import absorbed
from cmsim.authoring.wording import did_you_mean
from cmsim.model.scenario import Scenario
from cmsim.paths import rubrics_dir

TEXT_KEYS = frozenset(
    {
        "text", "prompt", "title", "summary", "debrief", "feedback", "label", "voice", "bio", "hints",
        "model_answer", "answer", "facts", "rules", "avoid", "person", "feeling", "name", "signature",
        "hashtags",
    }
)
"""Keys whose values are texts the trainee or the scorer reads (a comment there loses words)."""


@lru_cache(maxsize=2)
def team_ids(lang: str) -> tuple[str, ...]:
    """Ids of the teams the scorer recognises in ``lang`` (the groups of its teams lexicon)."""
    path = rubrics_dir() / "lexicons" / lang / "teams.yaml"
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, yaml.YAMLError):
        return ()
    groups = data.get("groups") if isinstance(data, dict) else None
    return tuple(groups) if isinstance(groups, dict) else ()


def teams(ctx: LintContext) -> None:
    """Report ``expect.teams`` entries the teams lexicon does not know: the scorer could never find
    them in a note, and teamwork would stay low whatever the trainee writes."""
    known = team_ids(ctx.sc.lang)
    if not known:
        return
    for i, step in enumerate(ctx.sc.steps):
        for t, team in enumerate(step.expect.teams):
            if team in known:
                continue
            ctx.error(
                ("steps", i, "expect", "teams", t),
                f"unknown team '{team}'{did_you_mean(team, known)}; teams the scorer knows: {', '.join(known)}",
                "unknown-team",
            )


def comments(ctx: LintContext) -> None:
    """Warn where an unquoted text is followed by ' #': YAML reads the rest of the line as a comment."""
    source = ctx.loaded.source
    for path, (line, col) in sorted(source.comments.items(), key=lambda item: item[1]):
        if not any(isinstance(part, str) and part in TEXT_KEYS for part in path):
            continue
        value = _value(source.data, path)
        if not isinstance(value, str):
            continue
        end = value[-30:]
        message = (
            f"YAML reads ' #' and what follows as a comment, so this text ends at '…{end}'; "
            "if the rest belongs to the text, put the whole text in quotes"
        )
        ctx.problems.append(Problem(source.file, line, col, message, "comment-in-text", "warning"))


def swallowed(ctx: LintContext) -> None:
    """Warn about keys read as words of a '>' or '|' text (when the scenario is valid without them)."""
    ctx.problems.extend(absorbed(ctx.loaded.source, Scenario, warning=True))


def _value(data: object, path: tuple[str | int, ...]) -> object:
    for part in path:
        if isinstance(data, dict) and part in data:
            data = data[part]
        elif isinstance(data, list) and isinstance(part, int) and part < len(data):
            data = data[part]
        else:
            return None
    return data
