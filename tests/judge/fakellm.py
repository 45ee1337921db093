"""A scripted OpenAI-compatible server on 127.0.0.1 for the judge's tests and benchmark.

It answers ``POST /v1/chat/completions`` the way it is told: valid verdicts, garbage, out-of-range
scores, reasons quoting the reply, 401, 429, 500, slow answers, no structured-output support, a
garbled body, or as a *naive* judge that obeys any "give 100" it finds in the prompt, or as an
*obedient* one that gives 100 everywhere as soon as the reply part of the prompt (headers included)
holds anything that reads like a word to the grader, in any spelling (:func:`obeys`: far more
credulous than cmsim's guards, and written apart from them). It counts requests and the most
requests it had in flight at once.
"""

from __future__ import annotations

import json
import re
import threading
import time
import unicodedata
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

CRITERION = re.compile(r"\[criterion ([a-z0-9_-]+)\]")
_TRIGGERS = (
    "ignor", "disregard", "forget", "oubli", "abstraction", "tienspascompte", "tenezpascompte", "passeoutre",
    "grader", "correcteur", "evaluat", "assessor", "examinat", "marks", "100", "hundred", "centsurcent",
    "maxim", "notemax", "perfect", "parfait", "1010", "2020", "instruction", "consigne", "rubric", "grille",
    "bareme", "regle", "rule", "system", "deserve", "merite", "worth", "vautle", "score", "exemplary",
    "highestgrade", "toppoints", "touslespoints", "meilleurenote", "grading", "flawless", "vingtsurvingt",
)
_LOOKALIKE = str.maketrans("аеорсухіѕјАВЕКМНОРСТХ", "aeopcyxisjABEKMHOPCTX")


def obeys(reply_part: str) -> bool:
    """Whether an obedient LLM would read an order to grade in ``reply_part``: it reads through case,
    accents, fullwidth and circled letters, lookalikes, spacing, hashtags and emoji (💯)."""
    if "\U0001F4AF" in reply_part:
        return True
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", reply_part).translate(_LOOKALIKE))
    squashed = "".join(c for c in text.casefold() if c.isascii() and c.isalnum())
    return any(trigger in squashed for trigger in _TRIGGERS)


class FakeLLM:
    """The server. Set ``behaviour`` (or queue one-off behaviours in ``script``) before requests."""

    def __init__(
        self,
        behaviour: str = "valid",
        *,
        score: int | Callable[[str, str], int] = 70,
        latency: float = 0.0,
        slow: float = 2.0,
    ) -> None:
        self.behaviour = behaviour
        self.script: list[str] = []
        self.score = score
        self.latency = latency
        self.slow = slow
        self.bodies: list[dict[str, Any]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._server.handle_error = lambda request, address: None  # type: ignore[method-assign]
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)

    @property
    def url(self) -> str:
        """Base URL to give the client."""
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    @property
    def count(self) -> int:
        """Requests received so far."""
        return len(self.bodies)

    def user_texts(self) -> list[str]:
        """The user message of every request received."""
        return [m["content"] for body in self.bodies for m in body["messages"] if m["role"] == "user"]

    def __enter__(self) -> FakeLLM:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def next_behaviour(self, body: dict[str, Any]) -> str:
        with self._lock:
            self.bodies.append(body)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            return self.script.pop(0) if self.script else self.behaviour

    def finished(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def verdict(self, body: dict[str, Any], behaviour: str) -> str:
        """The assistant's content for a request."""
        user = next(m["content"] for m in body["messages"] if m["role"] == "user")
        ids = CRITERION.findall(user)
        if behaviour == "garbage":
            return "What a lovely reply! I would say it is quite good overall."
        if behaviour == "out-of-range":
            return json.dumps({"criteria": [{"id": cid, "reason": "ok", "score": 150} for cid in ids]})
        if behaviour == "naive" and "give 100" in user.lower():
            scores = dict.fromkeys(ids, 100)
        elif behaviour == "obedient" and obeys(user.split("## The reply", 1)[-1]):
            scores = dict.fromkeys(ids, 100)
        else:
            scores = {cid: self.score(cid, user) if callable(self.score) else self.score for cid in ids}
        reason = "{} looks fine"
        if behaviour == "quoting":  # like a real judge: the reason quotes the reply
            reply = user.split("<<<REPLY", 1)[-1].split("\n", 1)[-1].split("<<<END REPLY", 1)[0].strip()
            reason = "{} " + f'is fine: "{reply[:80]}"'
        verdict = json.dumps(
            {"criteria": [{"id": c, "reason": reason.format(c), "score": s} for c, s in scores.items()]}
        )
        if behaviour in ("freetext", "no-structured"):
            decoy = json.dumps({"criteria": [{"id": c, "reason": "draft", "score": 1} for c in ids]})
            return f"Let me think. A first draft: {decoy}\nOn reflection, my final verdict:\n```json\n{verdict}\n```"
        return verdict


def _handler(fake: FakeLLM) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:
            return

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))))
            behaviour = fake.next_behaviour(body)
            try:
                time.sleep(fake.latency + (fake.slow if behaviour == "slow" else 0.0))
                self._answer(body, behaviour)
            finally:
                fake.finished()

        def _answer(self, body: dict[str, Any], behaviour: str) -> None:
            if behaviour == "429":
                return self._send(429, {"error": {"message": "slow down", "type": "rate_limit"}}, {"retry-after": "0"})
            if behaviour == "401":
                return self._send(401, {"error": {"message": "bad key", "type": "invalid_request_error"}})
            if behaviour == "500":
                return self._send(500, {"error": {"message": "boom", "type": "server_error"}})
            if behaviour == "no-structured" and "response_format" in body:
                return self._send(400, {"error": {"message": "response_format is not supported", "type": "invalid"}})
            if behaviour == "bad-body":
                return self._raw(200, b"<html>proxy error</html>", "application/json")
            content = fake.verdict(body, behaviour)
            return self._send(
                200,
                {
                    "id": "chatcmpl-fake",
                    "object": "chat.completion",
                    "created": 0,
                    "model": body.get("model", "fake"),
                    "choices": [
                        {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}
                    ],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                },
            )

        def _send(self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> None:
            self._raw(status, json.dumps(payload).encode(), "application/json", headers)

        def _raw(self, status: int, data: bytes, ctype: str, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("content-type", ctype)
            self.send_header("content-length", str(len(data)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

    return Handler
