"""Checks a valid scenario for what the model alone cannot see: broken jumps, dead ends, uncovered
score ranges, texts too long for their platform… Every problem is located at file:line:col."""

from __future__ import annotations

import difflib
import itertools
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal

from cmsim.authoring.load import Loaded, content_hash
from cmsim.authoring.problems import AuthoringError, Problem
from cmsim.authoring.validate import best_effort, to_model
from cmsim.authoring.yamlsource import Located, PathKey, read_yaml
from cmsim.model.rubric import Rubric
from cmsim.model.scenario import Branch, Condition, Field, Message, Scenario, Step
from cmsim.platforms import PlatformBook, limit_for, platform, weighted_length

SCHEMA_LINE = "# yaml-language-server: $schema=../../schema/scenario.schema.json"
MIN_TIME_LIMIT = 30
_MAX_GRID = 50_000

Point = dict[str, int]


def lint(loaded: Loaded) -> list[Problem]:
    """Every problem lint finds in ``loaded`` (errors and warnings), sorted by place."""
    linter = _Linter(loaded)
    linter.run()
    return sorted(linter.problems)


def file_kind(path: Path, data: object) -> Literal["scenario", "rubric", "platforms", "lexicon"]:
    """What a YAML file holds: a rubric (``criteria:`` at top, or under a ``rubrics/`` folder), the
    platform limits (``platforms:`` under ``rubrics/``), a lexicon (under ``lexicons/``), or a scenario."""
    top = data if isinstance(data, dict) else {}
    folders = path.resolve().parts[:-1]
    if "criteria" in top:
        return "rubric"
    if "lexicons" in folders:
        return "lexicon"
    if "rubrics" in folders:
        return "platforms" if "platforms" in top else "rubric"
    return "scenario"


def check_file(path: Path | str) -> list[Problem]:
    """Every problem in one file (scenario, rubric, platform limits or lexicon): what stops it from
    loading, then what lint finds. For a scenario
    whose only format mistakes are typo'd keys, lint still runs (on the typos fixed)."""
    path = Path(path)
    try:
        doc = read_yaml(path)
    except AuthoringError as exc:
        return exc.problems
    kind = file_kind(path, doc.data)
    if kind == "lexicon":
        return []  # safe YAML is all we check; the scoring engine owns the lexicon format
    if kind != "scenario":
        try:
            to_model(doc, Rubric if kind == "rubric" else PlatformBook)
        except AuthoringError as exc:
            return exc.problems
        return []
    problems: list[Problem] = []
    source: Located = doc
    try:
        scenario = to_model(doc, Scenario)
    except AuthoringError as exc:
        problems = exc.problems
        salvaged = best_effort(doc, Scenario)
        if salvaged is None:
            return problems
        scenario, source = salvaged
    loaded = Loaded(scenario, source, path, content_hash(path.read_bytes()))
    return sorted(problems + lint(loaded))


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` when a choice is close to ``word``, else an empty string."""
    hint = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{hint[0]}'?)" if hint else ""


class _Linter:
    def __init__(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.sc: Scenario = loaded.scenario
        self.problems: list[Problem] = []
        self.step_ids = {s.id for s in self.sc.steps}
        self.ending_ids = {e.id for e in self.sc.endings}

    def error(self, path: PathKey, message: str, code: str, *, key: bool = False) -> None:
        self.problems.append(self.loaded.source.problem(path, message, code, key=key))

    def warn(self, path: PathKey, message: str, code: str, *, key: bool = False) -> None:
        self.problems.append(self.loaded.source.problem(path, message, code, key=key, warning=True))

    def run(self) -> None:
        self.schema_line()
        self.duplicate_ids()
        targets_ok = self.jump_targets()
        if targets_ok:
            self.reachability()
        self.endings_reachable()
        for i, step in enumerate(self.sc.steps):
            self.conditions(i, step)
            self.answers(i, step)
            if step.kind == "reply" and step.time_limit is not None and step.time_limit < MIN_TIME_LIMIT:
                self.warn(
                    ("steps", i, "time_limit"),
                    f"{step.time_limit} s is too short to write a reply (give at least {MIN_TIME_LIMIT} s)",
                    "short-time-limit",
                )
        self.authors()
        self.calibration()
        self.message_lengths()
        if self.sc.lang == "en" and "pronoun" in self.sc.brand.charter.model_fields_set:
            self.warn(
                ("brand", "charter", "pronoun"),
                "'pronoun' (tu/vous) only applies to French scenarios; remove it here",
                "pronoun-en",
                key=True,
            )

    # -- file ------------------------------------------------------------------------------------

    def schema_line(self) -> None:
        try:
            with self.loaded.path.open(encoding="utf-8") as handle:
                first = handle.readline().strip()
        except (OSError, UnicodeDecodeError):
            return
        if not (first.startswith("# yaml-language-server: $schema=") and first.endswith("scenario.schema.json")):
            self.problems.append(
                Problem(
                    self.loaded.source.file,
                    1,
                    1,
                    f"start the file with '{SCHEMA_LINE}' so editors check it as you type",
                    "schema-line",
                    "warning",
                )
            )

    # -- structure -------------------------------------------------------------------------------

    def duplicate_ids(self) -> None:
        seen: dict[str, tuple[str, PathKey]] = {}
        nodes = [("step", ("steps", i), s.id) for i, s in enumerate(self.sc.steps)]
        nodes += [("ending", ("endings", i), e.id) for i, e in enumerate(self.sc.endings)]
        for kind, path, node_id in nodes:
            if node_id in seen:
                first_kind, first_path = seen[node_id]
                line, _ = self.loaded.source.where((*first_path, "id"))
                self.error(
                    (*path, "id"), f"id '{node_id}' is already used by the {first_kind} at line {line}", "duplicate-id"
                )
            else:
                seen[node_id] = (kind, path)
        personas: dict[str, int] = {}
        for i, persona in enumerate(self.sc.personas):
            if persona.id in personas:
                line, _ = self.loaded.source.where(("personas", personas[persona.id], "id"))
                self.error(
                    ("personas", i, "id"), f"persona id '{persona.id}' is already used at line {line}", "duplicate-id"
                )
            personas.setdefault(persona.id, i)

    def jump_targets(self) -> bool:
        """Report unknown targets; True when every target (and ``start``) exists."""
        ok = True
        nodes = sorted(self.step_ids | self.ending_ids)
        if self.sc.start is not None and self.sc.start not in self.step_ids:
            ok = False
            if self.sc.start in self.ending_ids:
                self.error(("start",), f"'start' must name a step; '{self.sc.start}' is an ending", "bad-start")
            else:
                self.error(
                    ("start",),
                    f"'start' names no step: '{self.sc.start}'" + did_you_mean(self.sc.start, self.step_ids),
                    "unknown-target",
                )
        for i, step in enumerate(self.sc.steps):
            for k, branch in enumerate(step.next):
                if branch.goto not in self.step_ids and branch.goto not in self.ending_ids:
                    ok = False
                    self.error(
                        ("steps", i, "next", k, "goto"),
                        f"unknown jump target '{branch.goto}'" + _hint(branch.goto, nodes, "steps and endings"),
                        "unknown-target",
                    )
        return ok

    def _edges(self) -> dict[str, list[str]]:
        edges: dict[str, list[str]] = {}
        for step in self.sc.steps:
            edges.setdefault(step.id, []).extend(b.goto for b in step.next)
        return edges

    def reachability(self) -> None:
        edges = self._edges()
        seen = {self.sc.first_step}
        todo = [self.sc.first_step]
        while todo:
            for target in edges.get(todo.pop(), []):
                if target not in seen:
                    seen.add(target)
                    todo.append(target)
        for i, step in enumerate(self.sc.steps):
            if step.id not in seen:
                self.error(
                    ("steps", i, "id"),
                    f"step '{step.id}' is never reached from the first step '{self.sc.first_step}'",
                    "unreachable",
                )
        for i, ending in enumerate(self.sc.endings):
            if ending.id not in seen:
                self.error(
                    ("endings", i, "id"),
                    f"ending '{ending.id}' is never reached from the first step '{self.sc.first_step}'",
                    "unreachable",
                )

    def endings_reachable(self) -> None:
        edges = self._edges()
        can_end = set(self.ending_ids)
        changed = True
        while changed:
            changed = False
            for node, targets in edges.items():
                if node not in can_end and any(t in can_end for t in targets):
                    can_end.add(node)
                    changed = True
        for i, step in enumerate(self.sc.steps):
            if step.id not in can_end:
                self.error(
                    ("steps", i, "id"),
                    f"no ending can be reached from step '{step.id}': every path from it loops or stops",
                    "never-ends",
                )

    # -- branches --------------------------------------------------------------------------------

    def conditions(self, i: int, step: Step) -> None:
        option_ids = [o.id for o in step.options]
        valid: list[bool] = []
        for k, branch in enumerate(step.next):
            valid.append(self._check_condition(("steps", i, "next", k, "when"), step, branch.when, option_ids))
        if step.kind == "choice":
            for o, option in enumerate(step.options):
                missing = [q.value for q in step.qualities if q not in option.scores]
                if missing:
                    self.error(
                        ("steps", i, "options", o, "scores"),
                        f"option '{option.id}' has no score for {', '.join(missing)}, which this step exercises",
                        "option-scores",
                    )
        points = self._points(step)
        if points is None:
            self.warn(
                ("steps", i, "next"),
                "too many score conditions to check that they cover every score",
                "coverage-unchecked",
            )
            return
        self._coverage(i, step, points, valid)
        self._shadowing(i, step, points, valid)

    def _check_condition(self, path: PathKey, step: Step, when: Condition | None, option_ids: list[str]) -> bool:
        """Report bad names in a condition; False when it tests something this step never produces."""
        if when is None:
            return True
        ok = True
        exercised = {q.value for q in step.qualities}
        for name in when.ranges():
            if name != "average" and name not in exercised:
                ok = False
                self.error(
                    (*path, name),
                    f"'{name}' is never scored here: this step exercises {', '.join(sorted(exercised))}",
                    "quality-not-exercised",
                    key=True,
                )
        if when.option is not None:
            if step.kind == "reply":
                ok = False
                self.error(
                    (*path, "option"),
                    "a reply step has no options; 'option' applies to choice steps",
                    "bad-option",
                    key=True,
                )
            else:
                listed = isinstance(when.option, list)
                for n, opt in enumerate(when.options()):
                    if opt not in option_ids:
                        ok = False
                        self.error(
                            (*path, "option", n) if listed else (*path, "option"),
                            f"unknown option '{opt}'" + _hint(opt, option_ids, "options"),
                            "unknown-option",
                        )
        return ok

    def _points(self, step: Step) -> list[tuple[Point, str | None]] | None:
        """The situations to test branches against: each option of a choice step, or the grid of
        boundary values of the scores a reply step's conditions mention (None if too big)."""
        if step.kind == "choice":
            out: list[tuple[Point, str | None]] = []
            for option in step.options:
                scores = {q.value: option.scores[q] for q in step.qualities if q in option.scores}
                point = dict(scores)
                if scores:
                    point["average"] = round(sum(scores.values()) / len(scores))
                out.append((point, option.id))
            return out
        values: dict[str, set[int]] = {}
        for branch in step.next:
            if branch.when is None:
                continue
            for name, (lo, hi) in branch.when.ranges().items():
                values.setdefault(name, {0, 100}).update(v for v in (lo - 1, lo, hi, hi + 1) if 0 <= v <= 100)
        names = sorted(values)
        size = 1
        for name in names:
            size *= len(values[name])
        if size > _MAX_GRID:
            return None
        exercised = [q.value for q in step.qualities]
        grid = [
            dict(zip(names, combo, strict=True)) for combo in itertools.product(*(sorted(values[n]) for n in names))
        ]
        return [(p, None) for p in grid if _feasible(p, exercised)]

    def _coverage(self, i: int, step: Step, points: list[tuple[Point, str | None]], valid: list[bool]) -> None:
        if any(b.when is None for b in step.next):
            return
        certain = [b for b, ok in zip(step.next, valid, strict=True) if ok and b.when is not None and not b.when.flags]
        flagged = any(b.when is not None and b.when.flags for b in step.next)
        for point, option in points:
            if any(_matches(b.when, point, option) for b in certain):
                continue
            if step.kind == "choice":
                o = next(n for n, opt in enumerate(step.options) if opt.id == option)
                where: PathKey = ("steps", i, "options", o, "id")
                what = f"choosing option '{option}'"
            else:
                where = ("steps", i, "next")
                what = "scores " + ", ".join(f"{name} = {value}" for name, value in point.items())
            fix = "add an else branch (a last '- goto: …' without 'when')"
            if flagged:
                self.warn(
                    where, f"no branch is sure to match {what} unless the flags tested are set; {fix}", "uncovered"
                )
            else:
                self.error(where, f"no branch matches {what}; {fix}", "uncovered")
            if step.kind == "reply":
                return  # one example of a hole is enough for a reply step

    def _shadowing(self, i: int, step: Step, points: list[tuple[Point, str | None]], valid: list[bool]) -> None:
        for k, branch in enumerate(step.next):
            if not valid[k]:
                continue
            mine = [(p, o) for p, o in points if _matches(branch.when, p, o)]
            label = "the else branch" if branch.when is None else "this branch"
            if not mine:
                what = "option" if step.kind == "choice" else "score"
                self.warn(("steps", i, "next", k), f"{label} is never taken: no {what} satisfies it", "shadowed")
                continue
            earlier = [b for b, ok in zip(step.next[:k], valid, strict=False) if ok and _flags_within(b, branch)]
            if k and all(any(_matches(b.when, p, o) for b in earlier) for p, o in mine):
                self.warn(
                    ("steps", i, "next", k),
                    f"{label} is never taken: the branches above it already match everything it would",
                    "shadowed",
                )

    # -- answers and texts -------------------------------------------------------------------------

    def _fields(self, step: Step) -> list[Field]:
        return step.reply_fields(self.sc.platforms[0])

    def _answer(self, path: PathKey, step: Step, answer: str | dict[str, str], what: str) -> None:
        fields = {f.id: f for f in self._fields(step)}
        if isinstance(answer, str):
            if len(fields) > 1:
                self.error(
                    path,
                    f"this step has several fields ({', '.join(fields)}): give the {what} as one text per field",
                    "answer-fields",
                )
                return
            field = next(iter(fields.values()))
            self._length(path, answer, field, what)
            return
        for key, text in answer.items():
            if key not in fields:
                self.error(
                    (*path, key),
                    f"'{key}' is not a field of step '{step.id}'" + _hint(key, list(fields), "fields"),
                    "answer-fields",
                    key=True,
                )
            else:
                self._length((*path, key), text, fields[key], what)

    def _length(self, path: PathKey, text: str, field: Field, what: str) -> None:
        if field.platform is None or (field.kind == "internal" and field.max_chars is None):
            return
        limit = field.max_chars or limit_for(field.platform, field.kind)
        self._over(path, text, field.platform, limit, f"the {what} for '{field.id}'")

    def _over(self, path: PathKey, text: str, platform_id: str, limit: int, what: str) -> None:
        length = weighted_length(text, platform_id)
        if length > limit:
            info = platform(platform_id)
            how = " (links count 23, emoji 2)" if info.counting == "weighted" else ""
            self.error(
                path,
                f"{what} is {length} characters as {info.label} counts them{how}; the limit is {limit}",
                "too-long",
            )

    def answers(self, i: int, step: Step) -> None:
        answer = step.model_answer
        if answer is None:
            return
        path: PathKey = ("steps", i, "model_answer")
        if step.kind == "reply":
            self._answer(path, step, answer, "model answer")
            return
        option_ids = [o.id for o in step.options]
        if not isinstance(answer, str):
            self.error(path, f"a choice step's model answer is one option id: {', '.join(option_ids)}", "bad-option")
        elif answer not in option_ids:
            self.error(
                path,
                f"model answer '{answer}' is not an option" + _hint(answer, option_ids, "options"),
                "bad-option",
            )

    def calibration(self) -> None:
        for c, cal in enumerate(self.sc.calibration):
            path: PathKey = ("calibration", c)
            if cal.step not in self.step_ids:
                self.error(
                    (*path, "step"), f"no step '{cal.step}'" + did_you_mean(cal.step, self.step_ids), "unknown-target"
                )
                continue
            step = self.sc.step(cal.step)
            if step.kind != "reply":
                self.error(
                    (*path, "step"),
                    f"step '{step.id}' is a choice step; calibration answers are replies",
                    "bad-calibration",
                )
                continue
            self._answer((*path, "answer"), step, cal.answer, "calibration answer")
            exercised = {q.value for q in step.qualities}
            for quality in cal.expect:
                if quality.value not in exercised:
                    self.error(
                        (*path, "expect", quality.value),
                        f"step '{step.id}' does not exercise '{quality.value}' ({', '.join(sorted(exercised))})",
                        "bad-calibration",
                        key=True,
                    )

    def _all_messages(self) -> list[tuple[PathKey, Message]]:
        out: list[tuple[PathKey, Message]] = [(("thread", m), msg) for m, msg in enumerate(self.sc.thread)]
        for i, step in enumerate(self.sc.steps):
            out += [(("steps", i, "messages", m), msg) for m, msg in enumerate(step.messages)]
        for i, ending in enumerate(self.sc.endings):
            out += [(("endings", i, "messages", m), msg) for m, msg in enumerate(ending.messages)]
        return out

    def authors(self) -> None:
        names = [p.id for p in self.sc.personas] + ["brand"]
        for path, msg in self._all_messages():
            if msg.author not in names:
                self.error(
                    (*path, "author"),
                    f"author '{msg.author}' is neither a persona id nor 'brand'" + _hint(msg.author, names, "authors"),
                    "unknown-author",
                )

    def message_lengths(self) -> None:
        for path, msg in self._all_messages():
            if msg.platform is not None and msg.channel != "internal":
                info = platform(msg.platform)
                self._over((*path, "text"), msg.text, msg.platform, max(info.post, info.comment), "this message")


def _hint(word: str, choices: Sequence[str], what: str) -> str:
    """A did-you-mean for ``word``, or the list of ``choices`` when none is close."""
    return did_you_mean(word, choices) or f"; {what}: {', '.join(choices) or 'none'}"


def _feasible(point: Point, exercised: Sequence[str]) -> bool:
    """Whether the average in ``point`` can come from the quality scores in it (others free in 0–100)."""
    if "average" not in point or not exercised:
        return True
    fixed = [point[q] for q in exercised if q in point]
    free = len(exercised) - len(fixed)
    low = round(sum(fixed) / len(exercised))
    high = round((sum(fixed) + 100 * free) / len(exercised))
    return low <= point["average"] <= high


def _matches(when: Condition | None, point: Point, option: str | None) -> bool:
    """Whether a condition holds for these scores and option (flags are checked by the caller)."""
    if when is None:
        return True
    if when.option is not None and option not in when.options():
        return False
    return all(name in point and lo <= point[name] <= hi for name, (lo, hi) in when.ranges().items())


def _flags_within(earlier: Branch, later: Branch) -> bool:
    """True when ``earlier``'s flag tests hold whenever ``later``'s do."""
    if earlier.when is None or not earlier.when.flags:
        return True
    later_flags = later.when.flags if later.when is not None else {}
    return all(later_flags.get(name) == value for name, value in earlier.when.flags.items())
