"""Load scenarios and rubrics from YAML files, with located errors."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cmsim.authoring.problems import AuthoringError, Problem
from cmsim.authoring.validate import to_model
from cmsim.authoring.yamlsource import MAX_BYTES, Located, read_yaml
from cmsim.inputs import read_bounded
from cmsim.model.rubric import Rubric
from cmsim.model.scenario import Scenario
from cmsim.paths import rubrics_dir, scenarios_dir


@dataclass(frozen=True)
class Loaded:
    """A scenario with the source it came from (for locating lint problems) and its content hash."""

    scenario: Scenario
    source: Located
    path: Path
    digest: str


def content_hash(text: str | bytes) -> str:
    """Short stable hash of a file's content, recorded with every score as its version."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    return hashlib.sha256(data).hexdigest()[:12]


def load_scenario(path: Path | str) -> Loaded:
    """Read and validate one scenario file; raise ``AuthoringError`` with every problem located."""
    path = Path(path)
    doc = read_yaml(path)
    if is_crisis(doc.data):  # crisis hook: a ``kind: crisis`` file is read by cmsim.authoring.crisis
        raise AuthoringError([doc.problem(("kind",), "this is a crisis scenario: play it with 'cmsim play'", "crisis")])
    require_scenario(doc)
    scenario = to_model(doc, Scenario)
    return Loaded(scenario, doc, path, content_hash(read_bounded(path, MAX_BYTES)))


def require_scenario(doc: Located) -> None:
    """Refuse a file that is no scenario at all, naming none of its content: it may be anything the
    user can read (``/etc/shadow``), and an error listing its "unknown keys" would print it."""
    if isinstance(doc.data, dict) and not SCENARIO_KEYS.intersection(k for k in doc.data if isinstance(k, str)):
        message = "this file is not a cmsim scenario (none of its keys is a scenario's)"
        raise AuthoringError([Problem(doc.file, 1, 1, message, NOT_SCENARIO)])


NOT_SCENARIO = "not-a-scenario"
SCENARIO_KEYS = frozenset(Scenario.model_fields)


def is_crisis(data: object) -> bool:
    """True for the data of a crisis scenario (``kind: crisis`` at the top)."""
    return isinstance(data, dict) and data.get("kind") == "crisis"


def load_rubric(path: Path | str) -> Rubric:
    """Read and validate one rubric file."""
    return to_model(read_yaml(path), Rubric)


ANSWERS_SUFFIXES = (".answers.yaml", ".answers.yml")
"""How an answers file's name ends: it may sit beside its scenario without being read as one."""


def is_answers_file(path: Path | str) -> bool:
    """True when the file's name marks it as an answers file (``*.answers.yaml``)."""
    return str(path).lower().endswith(ANSWERS_SUFFIXES)


def scenario_files(paths: Iterable[Path | str] = (), *, answers: bool = False) -> list[Path]:
    """YAML files under the given files or folders (the built-in library when none is given); answers
    files found in folders are left out unless ``answers``."""
    roots = [Path(p) for p in paths] or [scenarios_dir()]
    out: list[Path] = []
    for root in roots:
        if root.is_dir():
            found = sorted(p for p in root.rglob("*.y*ml") if p.suffix in (".yaml", ".yml"))
            out.extend(p for p in found if answers or not is_answers_file(p))
        else:
            out.append(root)
    return out


def iter_scenarios(paths: Iterable[Path | str] = ()) -> Iterator[Loaded | AuthoringError]:
    """Each scenario found under ``paths``, or the error that stopped it from loading."""
    for file in scenario_files(paths):
        try:
            yield load_scenario(file)
        except AuthoringError as exc:
            if [p.code for p in exc.problems] != ["crisis"]:  # crisis files: see cmsim.authoring.crisis
                yield exc


def find_scenario(ref: str, library: Iterable[Path | str] = ()) -> Loaded:
    """A scenario by file path or by id in the library."""
    candidate = Path(ref)
    if candidate.suffix in (".yaml", ".yml") or candidate.exists():
        return load_scenario(candidate)
    for item in iter_scenarios(library):
        if isinstance(item, Loaded) and item.scenario.id == ref:
            return item
    raise AuthoringError([Problem(ref, 1, 1, f"no scenario with id or path '{ref}' (see 'cmsim list')", "not-found")])


NOT_RUBRICS = frozenset({"platforms.yaml"})
"""Data files that live beside the rubrics but are not rubrics."""


class RubricBook:
    """The rubrics available to scoring, by id, read once from a folder."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or rubrics_dir()
        self._rubrics: dict[str, Rubric] = {}
        self._digests: dict[str, str] = {}
        problems: list[Problem] = []
        for file in sorted(self.folder.glob("*.yaml")):
            if file.name in NOT_RUBRICS:
                continue
            try:
                rubric = load_rubric(file)
            except AuthoringError as exc:
                problems.extend(exc.problems)
                continue
            if rubric.id in self._rubrics:
                problems.append(Problem(str(file), 1, 1, f"rubric id '{rubric.id}' is used twice", "duplicate-id"))
            self._rubrics[rubric.id] = rubric
            self._digests[rubric.id] = content_hash(file.read_bytes())
        if problems:
            raise AuthoringError(problems)

    def get(self, rubric_id: str) -> Rubric:
        """The rubric with this id (KeyError if none)."""
        return self._rubrics[rubric_id]

    def ids(self) -> list[str]:
        """Ids of every rubric, sorted."""
        return sorted(self._rubrics)

    def digest(self, rubric_id: str) -> str:
        """Content hash of the rubric's file: its version in reports."""
        return self._digests[rubric_id]
