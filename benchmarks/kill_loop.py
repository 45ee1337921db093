"""Kill ``cmsim practice`` with SIGKILL at random moments, resume it, and count the answers lost.

Each round starts a real session in a subprocess, answers a random number of steps (waiting for the
"saved" acknowledgement), then types part or all of the next answer and kills the process at once, a
little later, or after its acknowledgement. It then checks the database (integrity, every acknowledged
answer present and intact, the session standing at the step after the last stored answer) and resumes
with ``cmsim resume``, typing only what the saved draft lacks, to the end.

    .venv/bin/python benchmarks/kill_loop.py [--rounds 25] [--seed 1]

Prints one line per round and the totals; "answers lost" must be 0. Exit code 1 when anything was lost.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "store"))

from killable import ANSWERS, LINEAR, STEPS, Cli


def fields_of(lines: list[str]) -> list[str]:
    """The field texts of a reply answer's typed lines (each field is one line, then an empty line)."""
    return [line for line in lines if line]


def remaining_lines(step_index: int, draft: dict[str, str]) -> list[str]:
    """What to type at resume for the step being answered, given its saved draft."""
    lines = ANSWERS[step_index]
    if len(lines) == 1 or not draft:  # a choice, or nothing saved: type the whole answer
        return list(lines)
    texts = fields_of(lines)
    progress = list(draft.values())
    done = len(progress) - 1  # fields before the last key are finished
    out: list[str] = []
    if progress[-1]:
        out.append("")  # the field in progress holds its whole (one-line) text: end it
        done += 1
    for text in texts[done:]:
        out += [text, ""]
    return out


def stored(db: Path) -> tuple[list[tuple[str, str]], str, dict[str, str], str]:
    """Turns (step, answer JSON), the session's node, the draft of that node, and integrity_check."""
    conn = sqlite3.connect(db)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if conn.execute("PRAGMA user_version").fetchone()[0] == 0:  # killed before the schema was made
            return [], "", {}, check
        turns = [(r[0], r[1]) for r in conn.execute("SELECT step_id, answer FROM turns ORDER BY seq")]
        session = conn.execute("SELECT node FROM sessions").fetchone()
        if session is None:  # killed before the session was created
            return [], "", {}, check
        node = session[0]
        row = conn.execute("SELECT fields FROM drafts WHERE step_id = ?", (node,)).fetchone()
    finally:
        conn.close()
    return turns, node, json.loads(row[0]) if row else {}, check


def answer_ok(step_index: int, answer_json: str) -> bool:
    """The stored answer is exactly what was typed for that step."""
    answer = json.loads(answer_json)
    lines = ANSWERS[step_index]
    if len(lines) == 1:
        return bool(answer.get("option") == lines[0])
    return list(answer["fields"].values()) == fields_of(lines)


def one_round(workdir: Path, scenario: Path, rng: random.Random, number: int) -> dict[str, object]:
    """Play, kill, check, resume; the figures of the round."""
    db = workdir / f"round{number}.db"
    cli = Cli(["practice", str(scenario), "--name", f"k{number}"], db)
    answered = rng.randint(0, len(ANSWERS) - 2)
    for n in range(1, answered + 1):
        cli.type(*ANSWERS[n - 1])
        cli.wait_for(f"Answer {n} saved")
    way = rng.choice(["partial", "whole-now", "whole-soon", "acked"])
    nxt = ANSWERS[answered]
    if way == "partial":
        cli.type(*nxt[: rng.randint(1, len(nxt))])
        time.sleep(rng.uniform(0.0, 0.3))
    elif way == "whole-now":
        cli.type(*nxt)
    elif way == "whole-soon":
        cli.type(*nxt)
        time.sleep(rng.uniform(0.0, 0.2))
    else:
        cli.type(*nxt)
        cli.wait_for(f"Answer {answered + 1} saved")
    cli.kill()
    while not cli.lines.empty():
        cli.seen.append(cli.lines.get())
    acked = sum("saved." in line and "Answer" in line for line in cli.seen)

    turns, node, draft, check = stored(db)
    intact = all(answer_ok(i, answer) for i, (_step, answer) in enumerate(turns))
    lost = max(0, acked - len(turns)) + (0 if intact else len(turns))
    right_step = node in ("", STEPS[len(turns)] if len(turns) < len(STEPS) else "done")

    started = time.monotonic()
    resumed_ok = True
    if len(turns) < len(STEPS):
        # Killed before the session existed: nothing was shown, so nothing to resume; start again.
        again = Cli(["resume"] if node else ["practice", str(scenario), "--name", f"k{number}"], db)
        again.wait_for(f"Step {len(turns) + 1}:")
        rest = remaining_lines(len(turns), draft)
        for later in ANSWERS[len(turns) + 1 :]:
            rest += later
        again.type(*rest)
        again.wait_for(f"Answer {len(STEPS)} saved")
        resumed_ok = again.finish() == 0
    final, final_node, _draft, final_check = stored(db)
    complete = (
        [s for s, _a in final] == STEPS
        and all(answer_ok(i, a) for i, (_s, a) in enumerate(final))
        and final_node == "done"
        and final_check == check == "ok"
        and resumed_ok
    )
    return {
        "round": number,
        "answered_before_kill": answered,
        "kill": way,
        "acknowledged": acked,
        "stored": len(turns),
        "draft_fields": len(draft),
        "lost": lost,
        "right_step": right_step,
        "complete_after_resume": complete,
        "resume_seconds": round(time.monotonic() - started, 2),
    }


def main() -> int:
    """Run the rounds and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=25)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    total_lost = wrong_step = incomplete = 0
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        scenario = workdir / "linear.yaml"
        scenario.write_text(LINEAR)
        for number in range(1, args.rounds + 1):
            figures = one_round(workdir, scenario, rng, number)
            print("  ".join(f"{k}={v}" for k, v in figures.items()), flush=True)
            total_lost += int(str(figures["lost"]))
            wrong_step += not figures["right_step"]
            incomplete += not figures["complete_after_resume"]
    print(
        f"\n{args.rounds} kills: answers lost = {total_lost}, resumed at a wrong step = {wrong_step}, "
        f"not completed after resume = {incomplete}"
    )
    return 1 if total_lost or wrong_step or incomplete else 0


if __name__ == "__main__":
    sys.exit(main())
