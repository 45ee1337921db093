"""A small crisis scenario for tests, as YAML text tweaked per test."""

from __future__ import annotations

from pathlib import Path

from cmsim.authoring.crisis import load_crisis
from cmsim.scoring.offline import OfflineScorer
from cmsim.session.crisis import CrisisRun, record
from cmsim.sim.crisis import CrisisEngine
from cmsim.store.db import Store

MINI_CRISIS = """\
# yaml-language-server: $schema=../../schema/crisis.schema.json
format: 1
kind: crisis
id: mini-crisis
title: Mini crisis
lang: en
difficulty: easy
summary: A tiny crisis for tests.
platforms: [x, facebook]
brand:
  name: Acme
  handle: "@acme"
  charter: {signature: "^Al", emoji: none}
brief: Two people need you, a troll does not.
duration: 300
seed: 7
teams: [quality, pr, security]
items:
  - id: ann
    at: 5
    platform: x
    author: "@ann"
    name: Ann Lee
    text: My Acme kettle leaked boiling water on my hand this morning.
    expect:
      do: [reply, escalate]
      team: quality
      critical: true
      within: 60
      person: Ann
      facts: [[kettle], [leak, leaked], [hand]]
  - id: troll
    at: 10
    platform: facebook
    author: Bob
    role: troll
    text: Acme kettles explode, everyone knows it lol
    expect: {do: ignore, legit: false}
  - id: press
    at: 20
    platform: x
    author: "@jo_press"
    name: Jo Press
    role: journalist
    text: Is Acme recalling its kettles? I publish in two minutes.
    expect:
      do: reply
      critical: true
      within: 120
      person: Jo
      facts: [[recall, recalling], [kettle]]
noise:
  rate: 30
  start: 0
  authors: ["@a", "@b", "@c"]
  lines:
    - {platform: x, text: "what happened?"}
    - {platform: facebook, text: "following this"}
reactions:
  - id: article
    when: {item: press, unless: reply, within: 120}
    mood: -20
    flood: 2
    items:
      - {id: headline, at: 5, platform: x, author: "@news", role: journalist, text: "Acme silent on kettle burns."}
  - id: censorship
    when: {item: ann, did: hide, delay: 5}
    mood: -10
    items:
      - {id: angry-ann, at: 0, platform: x, author: "@ann", text: "They hid my post!"}
  - id: calmer
    when: {statement: ">= 60"}
    flood: 0.3
    mood: 10
  - id: follow
    when: {after: article, delay: 10}
    items:
      - {id: tv, at: 0, platform: x, author: "@tv", role: journalist, text: "TV here: interview at noon?"}
endings:
  - id: good
    when: {coverage: ">= 70"}
    title: Held
    outcome: good
    debrief: Well done.
  - id: bad
    title: Burned
    outcome: bad
    debrief: Too slow.
"""


def write(tmp_path: Path, text: str = MINI_CRISIS, name: str = "mini.yaml") -> Path:
    """Write ``text`` as a crisis file under ``tmp_path``."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def record_run(db: Path, path: Path, run_name: str | None = None, person: str = "Ann") -> int:
    """Play one calibration run of the crisis at ``path`` (by name, or its expert run) with the offline scorer and
    record it for ``person`` in the store at ``db``; the session id."""
    loaded = load_crisis(path)
    engine = CrisisEngine(loaded, OfflineScorer())
    played = (loaded.scenario.expert_run() if run_name is None
              else next(r for r in loaded.scenario.runs if r.name == run_name))
    assert played is not None
    state, outcome = engine.replay(list(played.actions))
    run = CrisisRun(engine)
    run.state = state
    with Store.open(db) as store:
        return record(store, store.person(person), run, outcome)
