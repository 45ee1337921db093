"""Blind grading sheets: replies taken from stored sessions (or a JSON Lines file of replies), shuffled,
anonymised and without scores, for people to grade per quality; then their grades read back.

A *lab* is a folder: ``sheet.yaml`` and ``sheet.csv`` (the same rows, for the raters), ``key.json``
(where each reply came from: for the instructor only, never for raters) and ``grades/<rater>.json``
(what ``cmsim grade import`` read from each rater's sheet).
"""

from __future__ import annotations

import csv
import io
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from cmsim.authoring.problems import AuthoringError, Problem
from cmsim.authoring.yamlsource import read_yaml
from cmsim.inputs import JsonProblem, decode_text, parse_json, read_bounded, read_text, split_lines
from cmsim.model.qualities import Quality
from cmsim.model.result import Answer
from cmsim.model.scenario import Scenario, Step
from cmsim.safetext import CsvWriter
from cmsim.scoring.batch import LineError, parse_line
from cmsim.scoring.offline import OfflineScorer
from cmsim.session.selection import Played

SHEET_YAML, SHEET_CSV, KEY, GRADES = "sheet.yaml", "sheet.csv", "key.json", "grades"
BAND_GRADES = {"good": 85, "fair": 55, "poor": 20, "bon": 85, "moyen": 55, "faible": 20}
CSV_COLUMNS = ("item", "quality", "situation", "task", "reply", "grade", "note")


@dataclass(frozen=True)
class Reply:
    """One reply to grade: where it came from (kept in the key) and what raters see."""

    source: dict[str, Any]
    qualities: tuple[str, ...]
    situation: str
    task: str
    thread: tuple[str, ...]
    reply: dict[str, str]


def replies_from_sessions(played: list[Played]) -> list[Reply]:
    """Every answered reply step of the selected sessions (choices are not graded: their scores are
    the author's)."""
    out = []
    for p in played:
        scenario = p.loaded.scenario
        for turn in p.turns:
            try:
                step = scenario.step(turn.step_id)
            except KeyError:
                continue
            if step.kind != "reply" or not any(t.strip() for t in turn.answer.fields.values()):
                continue
            source = {
                "kind": "session", "session": p.info.id, "seq": turn.seq, "scenario_id": scenario.id,
                "scenario_path": str(p.loaded.path), "step": step.id, "answer": dict(turn.answer.fields),
            }
            out.append(_reply(source, scenario, step, dict(turn.answer.fields)))
    return out


def replies_from_jsonl(path: Path) -> list[Reply]:
    """The replies of a JSON Lines file in ``cmsim score``'s format; ``AuthoringError`` locating bad lines."""
    scorer = OfflineScorer()
    out, problems = [], []
    # The same reading as 'cmsim score': bounded, UTF-8 named, lines split on \n only, JSON depth capped.
    for number, line in enumerate(split_lines(read_text(path)), start=1):
        if not line.strip():
            continue
        try:
            data = parse_json(line)
            item = parse_line(data, scorer)
        except JsonProblem as exc:
            problems.append(Problem(str(path), number, exc.col, f"this line cannot be graded: {exc}", "bad-line"))
            continue
        except (LineError, ValueError) as exc:
            problems.append(Problem(str(path), number, 1, f"this line cannot be graded: {exc}", "bad-line"))
            continue
        source = {"kind": "jsonl", "file": path.name, "line": number, "data": data}
        out.append(_reply(source, item.scenario, item.step, dict(item.answer.fields)))
    if problems:
        raise AuthoringError(problems)
    return out


def _reply(source: dict[str, Any], scenario: Scenario, step: Step, answer: dict[str, str]) -> Reply:
    names = {p.id: p.name for p in scenario.personas}
    thread = tuple(
        f"{names.get(m.author, scenario.brand.name if m.author == 'brand' else m.author)}: {m.text.strip()}"
        for m in (*scenario.thread, *step.messages)
    )
    situation = f"{scenario.brand.name} ({', '.join(scenario.platforms)}, {scenario.lang}): {scenario.title}"
    return Reply(source, tuple(q.value for q in step.qualities), situation, step.prompt.strip(), thread, answer)


def resolve(source: dict[str, Any]) -> tuple[Scenario, Step, Answer]:
    """The scenario, step and answer a key entry stands for, to score it again."""
    if source["kind"] == "jsonl":
        item = parse_line(source["data"], OfflineScorer())
        return item.scenario, item.step, item.answer
    from cmsim.authoring.load import find_scenario, load_scenario

    path = Path(source["scenario_path"])
    loaded = load_scenario(path) if path.exists() else find_scenario(source["scenario_id"])
    return loaded.scenario, loaded.scenario.step(source["step"]), Answer(fields=dict(source["answer"]))


def export(replies: list[Reply], folder: Path, *, seed: int, described: str, lang: str = "en") -> int:
    """Write the lab: a shuffled, anonymised sheet (YAML and CSV) and its key; the number of rows."""
    if not replies:
        raise ValueError("nothing to grade: no answered reply step in what was selected")
    order = list(replies)
    random.Random(seed).shuffle(order)
    width = len(str(len(order)))
    ids = [f"R{i:0{width}d}" for i in range(1, len(order) + 1)]
    folder.mkdir(parents=True, exist_ok=True)
    for name in (SHEET_YAML, SHEET_CSV, KEY):
        if (folder / name).exists():
            raise ValueError(f"{folder / name} already exists: export into a new folder (nothing was written)")
    key = {
        "format": 1, "seed": seed, "selection": described,
        "items": {i: {**r.source, "qualities": list(r.qualities)} for i, r in zip(ids, order, strict=True)},
    }
    (folder / KEY).write_text(json.dumps(key, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    rows = _write_yaml(folder / SHEET_YAML, ids, order, lang)
    _write_csv(folder / SHEET_CSV, ids, order)
    return rows


SHEET_HEAD = {
    "en": (
        "# cmsim grading sheet. For each row, grade the reply for the quality named, from 0 to 100\n"
        "# (or good / fair / poor), without looking at any score. Leave a grade empty to skip it.\n"
        "# Qualities: communication, listening, calm, teamwork, creativity, multiplatform.\n"
        'rater: ""            # your name or initials\n'
    ),
    "fr": (
        "# Grille de notation cmsim. Pour chaque ligne, notez la réponse sur la qualité indiquée, de 0 à 100\n"
        "# (ou bon / moyen / faible), sans regarder aucun score. Laissez une note vide pour passer.\n"
        "# Qualités : communication (communication), listening (écoute), calm (sang-froid),\n"
        "# teamwork (travail d'équipe), creativity (créativité), multiplatform (multiplateforme).\n"
        'rater: ""            # votre nom ou vos initiales\n'
    ),
}


def _write_yaml(path: Path, ids: list[str], order: list[Reply], lang: str = "en") -> int:
    head = SHEET_HEAD.get(lang, SHEET_HEAD["en"])
    items = {
        i: {"situation": r.situation, "thread": list(r.thread), "task": r.task,
            "reply": r.reply["reply"] if list(r.reply) == ["reply"] else r.reply}
        for i, r in zip(ids, order, strict=True)
    }
    body = yaml.safe_dump({"items": items}, allow_unicode=True, sort_keys=False, width=100)
    lines = ["rows:"]
    for i, r in zip(ids, order, strict=True):
        for quality in r.qualities:
            lines += [f"  - item: {i}", f"    quality: {quality}", "    grade:", '    note: ""']
    path.write_text(head + body + "\n".join(lines) + "\n", encoding="utf-8")
    return sum(len(r.qualities) for r in order)


def _write_csv(path: Path, ids: list[str], order: list[Reply]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = CsvWriter(handle)  # every cell neutralised (CSV injection), as in every CSV cmsim writes
        writer.writerow(CSV_COLUMNS)
        for i, r in zip(ids, order, strict=True):
            context = r.situation + "\n" + "\n".join(r.thread)
            reply = "\n".join(f"[{k}] {v}" if len(r.reply) > 1 else v for k, v in r.reply.items())
            for quality in r.qualities:
                writer.writerow([i, quality, context, r.task, reply, "", ""])


def read_key(folder: Path) -> dict[str, Any]:
    """The lab's key (where each item came from)."""
    try:
        key: dict[str, Any] = json.loads((folder / KEY).read_text("utf-8"))
    except OSError:
        raise ValueError(f"{folder} is not a grading lab (no {KEY}; create one with 'cmsim grade export')") from None
    return key


def read_sheet(path: Path, key: dict[str, Any], rater: str | None = None) -> tuple[str, dict[str, dict[str, float]]]:
    """A filled sheet (YAML or CSV): the rater's name and their grades by item and quality. Every bad
    row is reported at file:line in one ``AuthoringError``."""
    rows: list[tuple[int, int, dict[str, Any]]]  # (line of the row, line of its grade, row)
    if path.suffix.lower() == ".csv":
        # A spreadsheet may save the sheet as Windows-1252 or UTF-16: say so at its place, not in codec words.
        text = decode_text(read_bounded(path), str(path))
        reader = csv.DictReader(io.StringIO(text, newline=""))
        rows = [(reader.line_num, reader.line_num, dict(row)) for row in reader]
        named = next((r.get("rater") for _l, _g, r in rows if r.get("rater")), None)
    else:
        doc = read_yaml(path)
        data = doc.data if isinstance(doc.data, dict) else {}
        raw = data.get("rows")
        if not isinstance(raw, list):
            raise AuthoringError([doc.problem((), "a grading sheet has a 'rows:' list", "not-a-sheet")])
        rows = [
            (doc.where(("rows", n))[0], doc.where(("rows", n, "grade"))[0], r if isinstance(r, dict) else {})
            for n, r in enumerate(raw)
        ]
        named = data.get("rater") if isinstance(data.get("rater"), str) else None
    name = (rater or (named or "").strip() or path.stem).strip()
    grades: dict[str, dict[str, float]] = {}
    problems = []
    items = key["items"]
    for line, grade_line, row in rows:
        item, quality = str(row.get("item") or "").strip(), str(row.get("quality") or "").strip()
        grade = row.get("grade")
        where = (str(path), line, 1)
        if item not in items:
            problems.append(Problem(*where, f"'{item}' is not an item of this sheet", "bad-row"))
            continue
        if quality not in items[item]["qualities"]:
            allowed = ", ".join(items[item]["qualities"])
            problems.append(Problem(*where, f"{item} is not graded for '{quality}' (only {allowed})", "bad-row"))
            continue
        try:
            value = parse_grade(grade)
        except ValueError as exc:
            problems.append(Problem(str(path), grade_line, 1, f"{item} {quality}: {exc}", "bad-grade"))
            continue
        if value is not None:
            grades.setdefault(item, {})[quality] = value
    if problems:
        raise AuthoringError(problems)
    return name, grades


def parse_grade(value: object) -> float | None:
    """A grade as written: a number from 0 to 100, a band word, or empty (None)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str) and value.strip().lower() in BAND_GRADES:
        return float(BAND_GRADES[value.strip().lower()])
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        raise ValueError(f"'{value}' is not a grade: write a number from 0 to 100, or good / fair / poor") from None
    if not 0 <= number <= 100:
        raise ValueError(f"{value} is outside 0-100")
    return number


def save_grades(folder: Path, rater: str, grades: dict[str, dict[str, float]]) -> Path:
    """Store one rater's grades in the lab (replacing that rater's earlier import)."""
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in rater) or "rater"
    path = folder / GRADES / f"{safe}.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps({"rater": rater, "grades": grades}, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return path


def load_grades(folder: Path) -> dict[str, dict[str, dict[str, float]]]:
    """Every imported rater's grades: rater → item → quality → grade."""
    out = {}
    for file in sorted((folder / GRADES).glob("*.json")):
        data = json.loads(file.read_text("utf-8"))
        out[str(data["rater"])] = {i: {q: float(g) for q, g in qs.items()} for i, qs in data["grades"].items()}
    return out


QUALITY_IDS = tuple(q.value for q in Quality)
