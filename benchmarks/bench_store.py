"""The store at a recruiting campaign's scale, on SQLite and on PostgreSQL side by side.

For each backend: a synthetic campaign of N candidates × 3 scenarios, two answered steps each. The first
R candidates go through the real session layer (one transaction per person, session start and answer,
as in production: that is the write cost per answer); the rest are copies of their rows written in bulk,
so that 10,000 candidates fit in minutes. Then `compare` over the whole campaign, one candidate's
`report`, `rescore` throughput with the offline scorer, and W concurrent writer processes for S
seconds, each starting sessions and submitting answers, counting errors and checking afterwards that
every acknowledged answer is stored.

    .venv/bin/python benchmarks/bench_store.py [--candidates 10000] [--real 300] [--writers 50] [--seconds 60]

PostgreSQL is a throwaway server started here (Debian's postgresql package, run as `nobody` under
root), with fsync on like SQLite's synchronous=FULL. Figures are printed raw and as ratios to an anchor
measured in the same run: one durable single-row transaction through plain sqlite3 on the same disk.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "store"))
sys.path.insert(0, str(ROOT))

SCENARIO = """\
format: 1
id: {id}
title: Bench {id}
lang: en
difficulty: easy
summary: Two steps, for the store benchmark.
platforms: [x]
brand: {{name: B, handle: "@b"}}
personas:
  - {{id: ann, name: Ann, handle: "@ann", role: customer}}
thread:
  - {{author: ann, text: "Where is my order? It was due on Monday."}}
steps:
  - id: s1
    title: First reply
    prompt: Answer Ann.
    qualities: [calm, listening]
    next: s2
  - id: s2
    title: Follow-up
    prompt: Follow up.
    qualities: [communication]
    next: done
endings:
  - {{id: done, title: Done, outcome: good, debrief: All answered.}}
"""
ANSWERS = (
    "Ann, sorry your order is late: I'm checking with the carrier now and I'll DM you today.",
    "Ann, the carrier confirms delivery tomorrow morning; DM us if it doesn't arrive by noon.",
)


def scenarios(folder: Path) -> list[Path]:
    paths = []
    for i in range(3):
        path = folder / f"bench-{i}.yaml"
        path.write_text(SCENARIO.format(id=f"bench-{i}"))
        paths.append(path)
    return paths


def anchor(folder: Path, n: int = 300) -> float:
    """Seconds for one durable single-row transaction through plain sqlite3 (WAL, synchronous=FULL)."""
    conn = sqlite3.connect(folder / "anchor.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    start = time.perf_counter()
    for i in range(n):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t (v) VALUES (?)", (f"row {i}",))
        conn.execute("COMMIT")
    conn.close()
    return (time.perf_counter() - start) / n


def create(target: str, paths: list[Path], candidates: int) -> float:
    from conftest import WordScorer

    from cmsim.authoring.load import load_scenario
    from cmsim.model.result import Answer
    from cmsim.session.playthrough import Playthrough
    from cmsim.store.db import Store

    loaded = [load_scenario(p) for p in paths]
    start = time.perf_counter()
    with Store.open(target) as store:
        campaign = store.create_campaign("bench", "en", [str(p) for p in paths])
        for c in range(candidates):
            person = store.person(f"Candidate {c:05d}", "candidate")
            for scenario in loaded:
                play = Playthrough.start(store, person, scenario, WordScorer(), "assess", campaign)
                for text in ANSWERS:
                    play.submit(Answer(fields={"reply": text}))
    return time.perf_counter() - start


def clone(target: str, total: int) -> float:
    """Copy the people, sessions, turns and scores written so far until ``total`` candidates; seconds."""
    from cmsim.store.db import Store
    from cmsim.store.dialect import reset_ids_sql

    start = time.perf_counter()
    with Store.open(target) as store:
        rows = {
            t: [{k: r[k] for k in r.keys()} for r in store.table_rows(t)]  # noqa: SIM118
            for t in ("people", "sessions", "turns", "scores")
        }
        base = len(rows["people"])
        shift = {t: max((r["id"] for r in rows[t]), default=0) for t in rows}
        copies = -(-total // base) - 1
        with store._tx() as conn:
            for k in range(1, copies + 1):
                room = total - base * k
                if room <= 0:
                    break
                people = rows["people"][:room]
                keep = {p["id"] for p in people}
                batch = {
                    "people": [{**p, "id": p["id"] + k * shift["people"], "name": f"{p['name']} #{k}"} for p in people],
                    "sessions": [
                        {**r, "id": r["id"] + k * shift["sessions"], "person_id": r["person_id"] + k * shift["people"]}
                        for r in rows["sessions"]
                        if r["person_id"] in keep
                    ],
                }
                sessions = {r["id"] - k * shift["sessions"] for r in batch["sessions"]}
                batch["turns"] = [
                    {**r, "id": r["id"] + k * shift["turns"], "session_id": r["session_id"] + k * shift["sessions"]}
                    for r in rows["turns"]
                    if r["session_id"] in sessions
                ]
                turns = {r["id"] - k * shift["turns"] for r in batch["turns"]}
                batch["scores"] = [
                    {**r, "id": r["id"] + k * shift["scores"], "turn_id": r["turn_id"] + k * shift["turns"]}
                    for r in rows["scores"]
                    if r["turn_id"] in turns
                ]
                for table, items in batch.items():
                    columns = list(items[0])
                    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
                    conn.executemany(sql, [tuple(r[c] for c in columns) for r in items])
            for table in rows:
                reset = reset_ids_sql(store.dialect, table, ["id"])
                if reset:
                    conn.execute(reset)
    return time.perf_counter() - start


def reads(target: str) -> tuple[float, float]:
    from cmsim.report.compare import compare
    from cmsim.session.profile import profile_of
    from cmsim.store.db import Store

    with Store.open(target) as store:
        campaign = store.campaign("bench")
        start = time.perf_counter()
        standings = compare(store, campaign)
        t_compare = time.perf_counter() - start
        person = store.find_person(standings[len(standings) // 2].name)
        assert person is not None
        times = []
        for _ in range(5):
            start = time.perf_counter()
            profile_of(store, person, campaign=campaign)
            for info in store.sessions(person, campaign):
                store.turns(info.id)
                store.signals(info.id)
            times.append(time.perf_counter() - start)
    return t_compare, statistics.median(times)


def rescore(target: str, sessions: int) -> float:
    from cmsim.scoring.offline import OfflineScorer
    from cmsim.session.rescore import rescore_sessions
    from cmsim.store.db import Store

    with Store.open(target) as store:
        ids = [s.id for s in store.sessions()][:sessions]
        start = time.perf_counter()
        done = rescore_sessions(store, ids, OfflineScorer())
        seconds = time.perf_counter() - start
    answers = sum(r.changed + r.unchanged for r in done)
    return answers / seconds


def _writer(target: str, paths: list[str], worker: int, seconds: float, out: mp.Queue) -> None:  # type: ignore[type-arg]
    try:
        _write(target, paths, worker, seconds, out)
    except Exception as exc:
        print(f"writer {worker} could not start: {type(exc).__name__}: {exc}", file=sys.stderr)
        out.put(([], 1))


def _write(target: str, paths: list[str], worker: int, seconds: float, out: mp.Queue) -> None:  # type: ignore[type-arg]
    from conftest import WordScorer

    from cmsim.authoring.load import load_scenario
    from cmsim.model.result import Answer
    from cmsim.session.playthrough import Playthrough
    from cmsim.store.db import Store

    loaded = [load_scenario(Path(p)) for p in paths]
    acked: list[tuple[int, str, str]] = []
    errors = 0
    deadline = time.monotonic() + seconds
    with Store.open(target) as store:
        n = 0
        while time.monotonic() < deadline:
            try:
                person = store.person(f"Writer {worker:02d}-{n:05d}", "candidate")
                play = Playthrough.start(store, person, loaded[n % 3], WordScorer())
                for step, text in zip(("s1", "s2"), ANSWERS, strict=True):
                    play.submit(Answer(fields={"reply": f"{text} [{worker}-{n}]"}))
                    acked.append((play.session_id, step, f"[{worker}-{n}]"))
            except Exception as exc:  # counted, never hidden
                errors += 1
                print(f"writer {worker}: {type(exc).__name__}: {exc}", file=sys.stderr)
            n += 1
    out.put((acked, errors))


def writers(target: str, paths: list[Path], count: int, seconds: float) -> tuple[int, int, int]:
    """(answers acknowledged, errors, acknowledged answers missing afterwards)."""
    from cmsim.store.db import Store

    ctx = mp.get_context("spawn")
    queue: mp.Queue = ctx.Queue()  # type: ignore[type-arg]
    procs = [
        ctx.Process(target=_writer, args=(target, [str(p) for p in paths], w, seconds, queue)) for w in range(count)
    ]
    for p in procs:
        p.start()
    results = []
    for _ in procs:
        try:
            results.append(queue.get(timeout=seconds + 300))
        except Exception:  # a writer that died without reporting counts as one error, never a crash here
            results.append(([], 1))
    for p in procs:
        p.join(timeout=30)
        if p.exitcode not in (0, None) and len(results) < len(procs):
            results.append(([], 1))
    acked = [a for batch, _e in results for a in batch]
    errors = sum(e for _b, e in results)
    missing = 0
    with Store.open(target) as store:
        by_session: dict[int, dict[str, str]] = {}
        for session_id, step, tag in acked:
            if session_id not in by_session:
                by_session[session_id] = {t.step_id: t.answer.fields["reply"] for t in store.turns(session_id)}
            if tag not in by_session[session_id].get(step, ""):
                missing += 1
    return len(acked), errors, missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("--real", type=int, default=300, help="candidates created through the session layer")
    parser.add_argument("--writers", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--rescore-sessions", type=int, default=600)
    parser.add_argument("--backends", default="sqlite,postgresql")
    args = parser.parse_args()

    from pgserver import PgServer

    from cmsim.store.db import Store

    rows: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory(prefix="cmsim-bench-") as tmp:
        folder = Path(tmp)
        paths = scenarios(folder)
        unit = anchor(folder)
        print(f"anchor: one durable sqlite3 transaction = {unit * 1000:.2f} ms")
        server = None
        try:
            for backend in args.backends.split(","):
                if backend == "postgresql":
                    server = PgServer(fsync=True).start()
                    target = server.create_database("bench")
                else:
                    target = str(folder / "bench.db")
                Store.migrate(target)
                real = min(args.real, args.candidates)
                print(f"[{backend}] {real} candidates × 3 scenarios through the session layer …", flush=True)
                t_real = create(target, paths, real)
                transactions = real * (1 + 3 * 3)
                print(f"[{backend}] … copied up to {args.candidates} candidates", flush=True)
                t_bulk = clone(target, args.candidates)
                t_compare, t_report = reads(target)
                per_s = rescore(target, args.rescore_sessions)
                acked, errors, missing = writers(target, paths, args.writers, args.seconds)
                rows[backend] = {
                    f"create {real} (session layer)": (
                        f"{t_real:8.1f} s  ({t_real / transactions / unit:5.2f} anchors/txn)"
                    ),
                    f"copy to {args.candidates} (bulk)": f"{t_bulk:8.1f} s",
                    "compare (whole campaign)": f"{t_compare:8.2f} s  ({t_compare / unit:7.0f} anchors)",
                    "report data (1 candidate)": f"{t_report * 1000:8.1f} ms ({t_report / unit:7.1f} anchors)",
                    "rescore": f"{per_s:8.0f} answers/s",
                    f"{args.writers} writers × {args.seconds:.0f} s": (
                        f"{acked} answers, {errors} errors, {missing} lost ({acked / args.seconds:.0f}/s)"
                    ),
                }
                for key, value in rows[backend].items():
                    print(f"  {key:28} {value.strip()}", flush=True)
                if server is not None:
                    server.stop()
                    server = None
        finally:
            if server is not None:
                server.stop()
    names = list(rows)
    print()
    print(f"{'':30}" + "".join(f"{n:>44}" for n in names))
    for key in rows[names[0]]:
        print(f"{key:30}" + "".join(f"{rows[n][key]:>44}" for n in names))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
