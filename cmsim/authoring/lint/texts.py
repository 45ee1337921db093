"""Texts: model and calibration answers that fit their step's fields and platform limits, message
authors that exist, messages within their platform's limits."""

from __future__ import annotations

from cmsim.authoring.lint.context import LintContext, hint
from cmsim.authoring.wording import did_you_mean
from cmsim.authoring.yamlsource import PathKey
from cmsim.model.scenario import Field, Step
from cmsim.platforms import limit_for, platform, weighted_length


def answers(ctx: LintContext, i: int, step: Step) -> None:
    """Check step ``i``'s model answer: its fields and lengths, or the option it names."""
    answer = step.model_answer
    if answer is None:
        return
    path: PathKey = ("steps", i, "model_answer")
    if step.kind == "reply":
        _answer(ctx, path, step, answer, "model answer")
        return
    option_ids = [o.id for o in step.options]
    if not isinstance(answer, str):
        ctx.error(path, f"a choice step's model answer is one option id: {', '.join(option_ids)}", "bad-option")
    elif answer not in option_ids:
        ctx.error(
            path,
            f"model answer '{answer}' is not an option" + hint(answer, option_ids, "options"),
            "bad-option",
        )


def calibration(ctx: LintContext) -> None:
    """Check each calibration example: a reply step, fitting answers, qualities the step exercises."""
    for c, cal in enumerate(ctx.sc.calibration):
        path: PathKey = ("calibration", c)
        if cal.step not in ctx.step_ids:
            ctx.error((*path, "step"), f"no step '{cal.step}'" + did_you_mean(cal.step, ctx.step_ids), "unknown-target")
            continue
        step = ctx.sc.step(cal.step)
        if step.kind != "reply":
            ctx.error(
                (*path, "step"),
                f"step '{step.id}' is a choice step; calibration answers are replies",
                "bad-calibration",
            )
            continue
        _answer(ctx, (*path, "answer"), step, cal.answer, "calibration answer")
        exercised = {q.value for q in step.qualities}
        for quality in cal.expect:
            if quality.value not in exercised:
                ctx.error(
                    (*path, "expect", quality.value),
                    f"step '{step.id}' does not exercise '{quality.value}' ({', '.join(sorted(exercised))})",
                    "bad-calibration",
                    key=True,
                )


def authors(ctx: LintContext) -> None:
    """Report messages whose author is neither a persona nor the brand."""
    names = [p.id for p in ctx.sc.personas] + ["brand"]
    for path, msg in ctx.all_messages():
        if msg.author not in names:
            ctx.error(
                (*path, "author"),
                f"author '{msg.author}' is neither a persona id nor 'brand'" + hint(msg.author, names, "authors"),
                "unknown-author",
            )


def message_lengths(ctx: LintContext) -> None:
    """Report public messages longer than their platform allows."""
    for path, msg in ctx.all_messages():
        if msg.platform is not None and msg.channel != "internal":
            info = platform(msg.platform)
            _over(ctx, (*path, "text"), msg.text, msg.platform, max(info.post, info.comment), "this message")


def _answer(ctx: LintContext, path: PathKey, step: Step, answer: str | dict[str, str], what: str) -> None:
    fields = {f.id: f for f in ctx.fields(step)}
    if isinstance(answer, str):
        if len(fields) > 1:
            ctx.error(
                path,
                f"this step has several fields ({', '.join(fields)}): give the {what} as one text per field",
                "answer-fields",
            )
            return
        field = next(iter(fields.values()))
        _length(ctx, path, answer, field, what)
        return
    for key, text in answer.items():
        if key not in fields:
            ctx.error(
                (*path, key),
                f"'{key}' is not a field of step '{step.id}'" + hint(key, list(fields), "fields"),
                "answer-fields",
                key=True,
            )
        else:
            _length(ctx, (*path, key), text, fields[key], what)


def _length(ctx: LintContext, path: PathKey, text: str, field: Field, what: str) -> None:
    if field.platform is None or (field.kind == "internal" and field.max_chars is None):
        return
    limit = field.max_chars or limit_for(field.platform, field.kind)
    _over(ctx, path, text, field.platform, limit, f"the {what} for '{field.id}'")


def _over(ctx: LintContext, path: PathKey, text: str, platform_id: str, limit: int, what: str) -> None:
    length = weighted_length(text, platform_id)
    if length > limit:
        info = platform(platform_id)
        how = " (links count 23, emoji 2)" if info.counting == "weighted" else ""
        ctx.error(
            path,
            f"{what} is {length} characters as {info.label} counts them{how}; the limit is {limit}",
            "too-long",
        )
