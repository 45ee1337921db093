"""House conventions: the schema line editors need, reply time limits, the French-only pronoun."""

from __future__ import annotations

from cmsim.authoring.lint.context import LintContext
from cmsim.authoring.problems import Problem
from cmsim.model.scenario import Step

SCHEMA_LINE = "# yaml-language-server: $schema=../../schema/scenario.schema.json"
MIN_TIME_LIMIT = 30


def schema_line(ctx: LintContext) -> None:
    """Warn when the file does not start with the schema line."""
    try:
        with ctx.loaded.path.open(encoding="utf-8") as handle:
            first = handle.readline().strip()
    except (OSError, UnicodeDecodeError):
        return
    if not (first.startswith("# yaml-language-server: $schema=") and first.endswith("scenario.schema.json")):
        ctx.problems.append(
            Problem(
                ctx.loaded.source.file,
                1,
                1,
                f"start the file with '{SCHEMA_LINE}' so editors check it as you type",
                "schema-line",
                "warning",
            )
        )


def time_limit(ctx: LintContext, i: int, step: Step) -> None:
    """Warn when a reply step leaves too little time to write."""
    if step.kind == "reply" and step.time_limit is not None and step.time_limit < MIN_TIME_LIMIT:
        ctx.warn(
            ("steps", i, "time_limit"),
            f"{step.time_limit} s is too short to write a reply (give at least {MIN_TIME_LIMIT} s)",
            "short-time-limit",
        )


def pronoun(ctx: LintContext) -> None:
    """Warn about a tu/vous pronoun in an English scenario."""
    if ctx.sc.lang == "en" and "pronoun" in ctx.sc.brand.charter.model_fields_set:
        ctx.warn(
            ("brand", "charter", "pronoun"),
            "'pronoun' (tu/vous) only applies to French scenarios; remove it here",
            "pronoun-en",
            key=True,
        )
