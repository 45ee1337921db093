"""A verifiable record of assessments: one signed file with the scenarios' hashes, the answers, timings,
scorer and rubric versions and the scores (``cmsim export --bundle``), and its check (``cmsim verify``):
the signature (HMAC-SHA256 with a key kept in the cmsim home) and a fresh offline re-scoring of every
answer against the scores recorded — for the disputes and audits that hiring tools face."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cmsim import __version__
from cmsim.authoring.crisis import LoadedCrisis
from cmsim.authoring.load import Loaded, RubricBook, find_scenario, load_scenario
from cmsim.authoring.problems import AuthoringError
from cmsim.model.result import Answer
from cmsim.scoring.base import Scorer
from cmsim.session.crisis import replay_turns, stored_crisis
from cmsim.session.crisis_log import log_of, parse_log
from cmsim.sim.crisis import CrisisError
from cmsim.store.db import Store
from cmsim.store.location import db_path
from cmsim.store.records import SessionInfo, StoreError

FORMAT = "cmsim-bundle/1"
KEY_FILE = "bundle.key"


def key_path() -> Path:
    """Where the signing key lives: beside the default database, in the cmsim home."""
    return db_path(None).parent / KEY_FILE


def signing_key(create: bool = True) -> bytes:
    """The recruiter's signing key (32 random bytes, created on first use, readable by its owner only)."""
    path = key_path()
    if not path.exists():
        if not create:
            raise StoreError(f"no signing key at {path}: bundles are verified where they were exported")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32) + "\n", encoding="ascii")
        path.chmod(0o600)
    return bytes.fromhex(path.read_text(encoding="ascii").strip())


def _canonical(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def sign(payload: dict[str, Any], key: bytes) -> dict[str, str]:
    """The signature block of ``payload``."""
    return {
        "alg": "HMAC-SHA256",
        "key_id": hashlib.sha256(key).hexdigest()[:16],
        "value": hmac.new(key, _canonical(payload), hashlib.sha256).hexdigest(),
    }


def _file_sha256(path: str) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def build_bundle(store: Store, sessions: list[SessionInfo]) -> dict[str, Any]:
    """The signed bundle of ``sessions``."""
    if not sessions:
        raise StoreError("nothing to export: no session matches")
    try:
        book = RubricBook()
        rubrics = {rid: book.digest(rid) for rid in book.ids()}
    except AuthoringError:
        rubrics = {}
    out_sessions = []
    for info in sessions:
        campaign = store.campaign(info.campaign_id).name if info.campaign_id is not None else None
        turns = [
            {
                "seq": t.seq,
                "step_id": t.step_id,
                "answer": t.answer.model_dump(mode="json"),
                "elapsed": t.elapsed,
                "overtime": t.overtime,
                "submitted_at": t.submitted_at,
                "scorer": t.score.scorer,
                "scenario_digest": t.score.digest,
                "scores": {str(q): v for q, v in t.result.scores.items()},
            }
            for t in store.turns(info.id)
        ]
        log = log_of(store, info.id)
        crisis = {"actions": [a.model_dump(mode="json", exclude_defaults=True) for a in log]} if log is not None else {}
        out_sessions.append(
            {
                **crisis,
                "id": info.id,
                "person": info.person.name,
                "mode": info.mode,
                "campaign": campaign,
                "scenario_id": info.scenario_id,
                "scenario_path": info.scenario_path,
                "scenario_digest": info.digest,
                "scenario_sha256": _file_sha256(info.scenario_path),
                "lang": info.lang,
                "started_at": info.started_at,
                "finished": info.finished,
                "node": info.node,
                "turns": turns,
                "signals": [{"step_id": s.step_id, "kind": s.kind, "detail": s.detail} for s in store.signals(info.id)],
            }
        )
    payload = {
        "format": FORMAT,
        "exported_at": time.time(),
        "cmsim_version": __version__,
        "rubrics": rubrics,
        "sessions": out_sessions,
    }
    return {"payload": payload, "signature": sign(payload, signing_key())}


@dataclass
class Verdict:
    """What ``verify`` found: the signature's state, and every difference met while re-scoring."""

    signature: str
    differences: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rescored: int = 0

    @property
    def ok(self) -> bool:
        """True when the signature holds and the re-scoring matches the recorded scores."""
        return self.signature == "valid" and not self.differences


def _scenario(session: dict[str, Any]) -> Loaded | None:
    path = Path(str(session.get("scenario_path", "")))
    try:
        return load_scenario(path) if path.exists() else find_scenario(str(session["scenario_id"]))
    except (AuthoringError, KeyError):
        return None


def verify(bundle: dict[str, Any]) -> Verdict:
    """Check the signature with this machine's key, then re-score every answer offline."""
    payload = bundle.get("payload")
    signature = bundle.get("signature") or {}
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        return Verdict("unreadable", [f"not a {FORMAT} file"])
    key = signing_key(create=False)
    expected = sign(payload, key)
    if signature.get("key_id") != expected["key_id"]:
        state = "other-key"
    elif hmac.compare_digest(str(signature.get("value", "")), expected["value"]):
        state = "valid"
    else:
        state = "tampered"
    verdict = Verdict(state)
    if state == "tampered":
        verdict.differences.append("the signature does not match: the file was changed after it was exported")
    elif state == "other-key":
        verdict.notes.append("signed with another key: the signature cannot be checked on this machine")
    _rescore(payload, verdict)
    return verdict


def _rescore(payload: dict[str, Any], verdict: Verdict) -> None:
    from cmsim.scoring.factory import make_scorer

    try:
        book = RubricBook()
        for rubric_id, digest in dict(payload.get("rubrics", {})).items():
            if rubric_id in book.ids() and book.digest(rubric_id) != digest:
                now = book.digest(rubric_id)
                verdict.notes.append(f"rubric {rubric_id} changed since the export ({digest} → {now})")
    except AuthoringError:
        verdict.notes.append("the rubrics do not load here: scores cannot be re-computed")
        return
    scorer = make_scorer("offline")
    for session in payload.get("sessions", []):
        where = f"session {session.get('id')} ({session.get('person')}, {session.get('scenario_id')})"
        crisis = stored_crisis(Path(str(session.get("scenario_path", ""))), str(session.get("scenario_id", "")))
        if crisis is not None:
            _rescore_crisis(session, crisis, scorer, where, verdict)
            continue
        loaded = _scenario(session)
        if loaded is None:
            verdict.notes.append(f"{where}: the scenario is not available here: not re-scored")
            continue
        if loaded.digest != session.get("scenario_digest"):
            was = session.get("scenario_digest")
            verdict.notes.append(f"{where}: the scenario changed since the export ({was} → {loaded.digest})")
        for turn in session.get("turns", []):
            if not str(turn.get("scorer", "")).startswith("offline"):
                verdict.notes.append(f"{where}, {turn.get('step_id')}: scored by {turn.get('scorer')}, checked offline")
            try:
                step = loaded.scenario.step(str(turn["step_id"]))
                result = scorer.score(loaded.scenario, step, Answer.model_validate(turn["answer"]))
            except (KeyError, ValueError) as exc:
                verdict.differences.append(f"{where}, {turn.get('step_id')}: cannot be re-scored ({exc})")
                continue
            verdict.rescored += 1
            again = {str(q): v for q, v in result.scores.items()}
            if again != turn.get("scores") and str(turn.get("scorer", "")).startswith("offline"):
                recorded = turn.get("scores")
                verdict.differences.append(f"{where}, {turn['step_id']}: recorded {recorded}, re-scored {again}")


def _rescore_crisis(
    session: dict[str, Any], crisis: LoadedCrisis, scorer: Scorer, where: str, verdict: Verdict
) -> None:
    """A crisis session played again from its action log: every turn (each written action, then the
    triage) must come back with the text and the scores recorded."""
    turns = list(session.get("turns", []))
    if not turns:
        return  # not played to its end: nothing was scored
    if "actions" not in session:
        verdict.notes.append(f"{where}: a crisis recorded without its action log: its scores cannot be re-computed")
        return
    if crisis.digest != session.get("scenario_digest"):
        was = session.get("scenario_digest")
        verdict.notes.append(f"{where}: the scenario changed since the export ({was} → {crisis.digest})")
    try:
        replayed = replay_turns(crisis, parse_log(session["actions"], where), scorer)
    except (StoreError, CrisisError) as exc:
        verdict.differences.append(f"{where}: its crisis cannot be played again ({exc})")
        return
    if [t.get("step_id") for t in turns] != [r.step_id for r in replayed]:
        recorded = ", ".join(str(t.get("step_id")) for t in turns)
        gives = ", ".join(r.step_id for r in replayed)
        verdict.differences.append(f"{where}: recorded turns {recorded}; its action log gives {gives}")
        return
    for turn, again in zip(turns, replayed, strict=True):
        step = turn["step_id"]
        verdict.rescored += 1
        if turn.get("answer") != again.answer.model_dump(mode="json"):
            verdict.differences.append(f"{where}, {step}: the answer recorded is not the one its action log wrote")
        scores = {str(q): v for q, v in again.result.scores.items()}
        by = str(turn.get("scorer", ""))
        if not by.startswith(("offline", "triage")):
            verdict.notes.append(f"{where}, {step}: scored by {by}, checked offline")
        elif scores != turn.get("scores"):
            verdict.differences.append(f"{where}, {step}: recorded {turn.get('scores')}, re-scored {scores}")
