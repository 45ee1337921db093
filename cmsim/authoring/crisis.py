"""Load crisis scenarios (``kind: crisis``) and timed-actions files, with located errors."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from cmsim.authoring.load import content_hash, is_crisis, scenario_files
from cmsim.authoring.problems import AuthoringError, Problem
from cmsim.authoring.validate import to_model
from cmsim.authoring.yamlsource import Located, read_yaml
from cmsim.model.crisis import Action, CrisisScenario


@dataclass(frozen=True)
class LoadedCrisis:
    """A crisis scenario with its source (to locate lint problems) and its content hash."""

    scenario: CrisisScenario
    source: Located
    path: Path
    digest: str


def load_crisis(path: Path | str) -> LoadedCrisis:
    """Read and validate one crisis file; ``AuthoringError`` with every problem located."""
    path = Path(path)
    doc = read_yaml(path)
    if not is_crisis(doc.data):
        raise AuthoringError([doc.problem((), "not a crisis scenario (add 'kind: crisis')", "not-crisis")])
    return LoadedCrisis(to_model(doc, CrisisScenario), doc, path, content_hash(path.read_bytes()))


def crisis_file(path: Path) -> bool:
    """True when ``path`` is a YAML file holding a crisis scenario (cheap: reads the top keys only)."""
    try:
        with path.open("rb") as handle:  # only the head: the file may be huge (robust-input)
            head = handle.read(4000).decode("utf-8", errors="replace")
    except OSError:
        return False
    return any(line.strip() in ("kind: crisis", "kind: 'crisis'", 'kind: "crisis"') for line in head.splitlines())


def iter_crises(paths: Iterable[Path | str] = ()) -> Iterator[LoadedCrisis | AuthoringError]:
    """Each crisis scenario under ``paths`` (the built-in library when none), or what stopped it loading."""
    for file in scenario_files(paths):
        if not crisis_file(file):
            continue
        try:
            yield load_crisis(file)
        except AuthoringError as exc:
            if [p.code for p in exc.problems] != ["not-crisis"]:
                yield exc


def find_crisis(ref: str, library: Iterable[Path | str] = ()) -> LoadedCrisis | None:
    """A crisis scenario by file path or by id in the library; None when ``ref`` names none."""
    candidate = Path(ref)
    if candidate.suffix in (".yaml", ".yml") or candidate.exists():
        return load_crisis(candidate) if candidate.is_file() and crisis_file(candidate) else None
    for item in iter_crises(library):
        if isinstance(item, LoadedCrisis) and item.scenario.id == ref:
            return item
    return None


def read_actions(path: Path | str) -> tuple[list[Action], Located]:
    """Timed actions from an answers file: a list of ``{at, item, reply|escalate+note|hide|…}``, or a
    mapping with an ``actions:`` list. Every bad action is reported at its place."""
    doc = read_yaml(path)
    data = doc.data
    base: tuple[str | int, ...] = ()
    if isinstance(data, dict) and set(data) == {"actions"}:
        data, base = data["actions"], ("actions",)
    if not isinstance(data, list):
        raise AuthoringError(
            [doc.problem((), "a crisis answers file is a list of timed actions (at, item, reply…)", "not-a-list")]
        )
    actions: list[Action] = []
    problems: list[Problem] = []
    for n, entry in enumerate(data):
        try:
            actions.append(Action.model_validate(entry))
        except ValidationError as exc:
            for err in exc.errors(include_url=False):
                where = (*base, n, *(p for p in err["loc"] if isinstance(p, str) and p in (entry or {})))
                message = err["msg"].removeprefix("Value error, ")
                problems.append(doc.problem(where, f"action {n + 1}: {message}", "bad-action"))
    if problems:
        raise AuthoringError(problems)
    return actions, doc


__all__ = ["LoadedCrisis", "crisis_file", "find_crisis", "iter_crises", "load_crisis", "read_actions"]
