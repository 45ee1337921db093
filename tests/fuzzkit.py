"""A seeded fuzzer of the CLI's inputs: scenario files, answers files, JSON Lines and names.

Each case is a command line plus the files it reads, derived from real inputs by a seeded mutator
(byte flips, control and bidi characters, bytes that are not UTF-8, YAML tokens, deep nesting, huge
numbers, wrong JSON types, cut and duplicated spans). :func:`run_case` runs ``cli.main`` in-process
and returns the traceback text when an exception escaped it (None when the CLI answered, whatever
its exit code). Used by the suite's short fuzz test and by ``benchmarks/fuzz_cli.py``.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import re
import sys
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = sorted((ROOT / "scenarios").rglob("*.yaml"))
ANSWERS = """\
first-reply: >
  Dan, I'm so sorry — your daughter's birthday present is late and the party is on Saturday.
  Can you DM us your order number? I'll get back to you within the hour. ^Sam
dm: {option: reship}
pile-on:
  public: Dan, you're right to be upset. We're on it with the carrier and will update you here today.
  note: "Logistics: order 4411 stuck at the depot since Monday; customer public and upset; please reship."
"""
JSON_LINE = {
    "id": "r1",
    "lang": "en",
    "platform": "x",
    "brand": {"name": "Brightbox", "handle": "@brightbox"},
    "thread": [{"author": "Dan", "text": "Where is my parcel?"}],
    "task": "Reply to Dan.",
    "reply": "Dan, so sorry your parcel is late. Can you DM us your order number? ^Sam",
}
STRANGE = [
    "\x00",
    "\x07",
    "\x1b[31m",
    "\x7f",
    "\x85",
    "\u2028",
    "\u2029",
    "\u202e",
    "\u2066",
    "\u200f",
    "\ufeff",
    "\ud800",
    "\udcff",
    "\U0001f600",
    "é",
    "ﬁ",
    "Ａ",
    "\t",
    "\r",
    "\r\n",
    "\\",
    '"',
    "'",
    "#",
    "%",
    "{{",
    "}}",
]
YAML_TOKENS = [
    "&a ",
    "*a",
    "<<: ",
    "!!python/object:os.system ",
    "!!binary ",
    "? ",
    "- ",
    ": ",
    "[",
    "]",
    "{",
    "}",
    ",",
    "|",
    ">",
    "---\n",
    "...\n",
    "%YAML 1.1\n",
    "!tag ",
    "~",
    "null",
    "no",
    "0x1F",
    "1e9999",
    "-.inf",
    "9" * 5000,
    "'unclosed",
    '"unclosed',
    "\n  ",
    "\n    ",
    "\n\t",
]
RAW_BYTES = [b"\xff", b"\xfe\xff", b"\xc3", b"\xed\xa0\x80", b"\xe9", b"\x00\x00", b"\xef\xbb\xbf", b"\x80"]
NAMES = [
    "1",
    "#1",
    "#0",
    "#-1",
    "#99999999999999999999",
    "0",
    "Léa",
    "",
    " ",
    '=HYPERLINK("x")',
    "+1",
    "-1",
    "@a",
    "<img src=x onerror=alert(1)>",
    "Anne\u202egpj.exe",
    "a\nb",
    "a\x00b",
    "L\udcffa",
    "x" * 500,
    "[red]x[/red]",
    "../../etc/passwd",
    "--help",
    "-",
    "Robert'); DROP TABLE people;--",
]


@dataclass
class Case:
    """One CLI invocation: its argv (with ``{dir}`` for the case's folder), the files it reads, stdin."""

    kind: str
    argv: list[str]
    files: dict[str, bytes] = field(default_factory=dict)
    stdin: str = ""


VALUES = [
    "0",
    "-1",
    "1e999",
    "99999999999999999999",
    "-.inf",
    ".nan",
    "true",
    "no",
    "null",
    "~",
    "''",
    "[]",
    "{}",
    "[x, x]",
    "{a: 1}",
    "[[[]]]",
    '"\\ud800"',
    '"\\x00"',
    '"\\u202e"',
    "2026-11-30",
    "09:14",
    "0x10",
    "'#1'",
    "x" * 3000,
    "!!str 1",
    "[calm, calm]",
    "{calm: 101}",
    "{calm: -5}",
    "{option: nope}",
    "end",
    "first-reply",
]
_KEY_VALUE = re.compile(r"^(\s*(?:- )?[A-Za-z_]+:) (.+)$", re.MULTILINE)


def _swap_value(rng: random.Random, text: str) -> str:
    """One ``key: value`` of the file given a value of another type or range (what the model checks)."""
    found = list(_KEY_VALUE.finditer(text))
    if not found:
        return text
    match = rng.choice(found)
    return text[: match.start(2)] + rng.choice(VALUES) + text[match.end(2) :]


def _mutate_text(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(1, 4)):
        if rng.random() < 0.35:
            text = _swap_value(rng, text)
            continue
        if not text:
            text = rng.choice(STRANGE + YAML_TOKENS)
            continue
        at = rng.randrange(len(text) + 1)
        op = rng.randrange(8)
        if op == 0:
            text = text[:at] + rng.choice(STRANGE) + text[at:]
        elif op == 1:
            text = text[:at] + rng.choice(YAML_TOKENS) + text[at:]
        elif op == 2:
            text = text[:at] + text[at + rng.randint(1, 40) :]
        elif op == 3:
            end = min(len(text), at + rng.randint(1, 200))
            text = text[:end] + text[at:end] * rng.randint(1, 3) + text[end:]
        elif op == 4:
            lines = text.split("\n")
            i = rng.randrange(len(lines))
            lines[i] = " " * rng.choice([1, 2, 4]) + lines[i] if rng.random() < 0.6 else lines[i].lstrip()
            text = "\n".join(lines)
        elif op == 5:
            depth = rng.choice([10, 70, 1000, 5000])
            open_, close = rng.choice([("[", "]"), ("{", "}"), ("[", "")])
            text = text[:at] + open_ * depth + close * depth + text[at:]
        elif op == 6:
            text = text[:at]
        else:
            lines = text.split("\n")
            rng.shuffle(lines[rng.randrange(len(lines)) :])
            text = "\n".join(lines)
    return text


def _mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    if rng.random() < 0.3 and data:
        at = rng.randrange(len(data))
        data = data[:at] + rng.choice(RAW_BYTES) + data[at:]
    if rng.random() < 0.1:
        data = rng.choice([data.decode("utf-8", "replace").encode("utf-16"), data[: rng.randrange(len(data) + 1)]])
    return data


def _encode(rng: random.Random, text: str) -> bytes:
    return _mutate_bytes(rng, text.encode("utf-8", "surrogatepass"))


def _scenario_case(rng: random.Random) -> Case:
    source = rng.choice(SCENARIOS).read_text("utf-8")
    data = _encode(rng, _mutate_text(rng, source))
    command = rng.choices(["validate", "graph", "play"], weights=[5, 3, 2])[0]
    argv = {
        "validate": ["validate", "{dir}/s.yaml"],
        "graph": ["graph", "{dir}/s.yaml", "--format", rng.choice(["mermaid", "dot"])],
        "play": ["play", "{dir}/s.yaml", "--answers", "{dir}/a.yaml"],
    }[command]
    return Case("scenario", argv, {"s.yaml": data, "a.yaml": ANSWERS.encode()})


def _answers_case(rng: random.Random) -> Case:
    data = _encode(rng, _mutate_text(rng, ANSWERS))
    argv = ["play", "late-parcel-en", "--answers", "{dir}/a.yaml", *(["--json"] if rng.random() < 0.3 else [])]
    return Case("answers", argv, {"a.yaml": data})


def _json_value(rng: random.Random, depth: int = 0) -> object:
    pick = rng.randrange(9 if depth < 3 else 5)
    if pick == 0:
        return rng.choice([None, True, False, 0, -1, 2**70, 1e308, float("inf")])
    if pick in (1, 2):
        return "".join(rng.choice([*STRANGE, "a", " ", "x", "fr", "en"]) for _ in range(rng.randint(0, 6)))
    if pick == 3:
        return rng.choice(["x", "instagram", "fr", "en", "public-reply", "multi-post", "calm", "", "@brand"])
    if pick == 4:
        return rng.randint(-5, 5)
    if pick in (5, 6):
        return [_json_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    keys = ["reply", "lang", "platform", "thread", "brand", "rubric", "qualities", "expect", "task", "id", "text"]
    return {rng.choice([*keys, "", "x" * 40]): _json_value(rng, depth + 1) for _ in range(rng.randint(0, 4))}


def _jsonl_case(rng: random.Random) -> Case:
    lines = []
    for _ in range(rng.randint(1, 4)):
        line = dict(JSON_LINE)
        for _ in range(rng.randint(0, 3)):
            key = rng.choice([*line, "qualities", "expect", "rubric", "reply"])
            line[key] = _json_value(rng)
        text = json.dumps(line, ensure_ascii=rng.random() < 0.5, allow_nan=True)
        lines.append(_mutate_text(rng, text) if rng.random() < 0.4 else text)
    separator = rng.choice(["\n", "\r\n", "\n\n"])
    data = _encode(rng, separator.join(lines) + separator)
    argv = ["score", "-i", "{dir}/in.jsonl", "--format", rng.choice(["jsonl", "table"])]
    return Case("jsonl", argv, {"in.jsonl": data})


def _name(rng: random.Random) -> str:
    name = rng.choice(NAMES)
    return _mutate_text(rng, name) if rng.random() < 0.4 else name


def _names_case(rng: random.Random) -> Case:
    name = _name(rng)
    db = ["--db", "{db}"]
    argv = rng.choice(
        [
            ["practice", "late-parcel-en", "--name", name, *db],
            ["report", name, "--format", rng.choice(["md", "csv", "json", "html"]), *db],
            ["report", "--session", name, *db],
            ["profile", name, *db],
            ["resume", name, *db],
            ["people", "delete", name, "--yes", *db],
            ["campaign", "create", name, "late-parcel-en", "--lang", "en", *db],
            ["compare", name, "--csv", *db],
            ["rescore", name, *db],
            ["new", "--no-input", "--id", name, "--title", name, "--brand", name, "--out", "{dir}/new.yaml"],
        ]
    )
    typed = _mutate_text(rng, "Dan, so sorry about the parcel.\n\n/pause\n") if argv[0] == "practice" else ""
    return Case("names", argv, stdin=typed)


KINDS: dict[str, Callable[[random.Random], Case]] = {
    "scenario": _scenario_case,
    "answers": _answers_case,
    "jsonl": _jsonl_case,
    "names": _names_case,
}


def seed_database(folder: Path) -> None:
    """Sessions for the name cases to find: people called 'Ann' and '1', and a campaign."""
    for case in (
        Case("seed", ["practice", "late-parcel-en", "--name", "Ann", "--db", "{db}"], stdin="Dan, sorry.\n\n"),
        Case("seed", ["practice", "late-parcel-en", "--name", "1", "--db", "{db}"], stdin="Dan, hi.\n\n/pause\n"),
        Case("seed", ["campaign", "create", "cm", "late-parcel-en", "--lang", "en", "--db", "{db}"]),
        Case("seed", ["assess", "cm", "--candidate", "=SUM(A1)", "--db", "{db}"], stdin="/pause\n"),
    ):
        failure = run_case(case, folder)
        assert failure is None, failure


def cases(seed: int, count: int, weights: dict[str, int] | None = None) -> Iterator[Case]:
    """``count`` cases, reproducible from ``seed``: the kinds in turn, or drawn with ``weights``."""
    rng = random.Random(seed)
    names = list(KINDS)
    for i in range(count):
        kind = rng.choices(names, [weights.get(k, 0) for k in names])[0] if weights else names[i % len(names)]
        yield KINDS[kind](rng)


def run_case(case: Case, folder: Path) -> str | None:
    """Run ``case`` with its files written in ``folder`` and the database every case shares there; the
    traceback if an exception escaped the CLI, else None."""
    from cmsim.cli import main

    files = folder / "case"
    files.mkdir(exist_ok=True)
    (files / "new.yaml").unlink(missing_ok=True)
    for name, data in case.files.items():
        (files / name).write_bytes(data)
    argv = [arg.replace("{dir}", str(files)).replace("{db}", str(folder / "cmsim.db")) for arg in case.argv]
    out, err = io.StringIO(), io.StringIO()
    stdin = sys.stdin
    sys.stdin = io.StringIO(case.stdin)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            main(argv)
    except SystemExit:
        pass  # argparse refusing an argument: a usage line, not a traceback
    except BaseException:  # that is what the fuzzer looks for
        return f"{case.kind} {argv!r}\n{traceback.format_exc()}"
    finally:
        sys.stdin = stdin
    if "Traceback (most recent call last)" in err.getvalue():
        return f"{case.kind} {argv!r}\n{err.getvalue()}"
    try:  # what a real stdout would do with it (UTF-8, surrogateescape): a lone surrogate would crash there
        out.getvalue().encode("utf-8", "surrogateescape")
    except UnicodeEncodeError as exc:
        return f"{case.kind} {argv!r}\nstdout cannot be written: {exc}"
    return None
