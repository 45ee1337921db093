"""Read lines from a stream on a background thread, each stamped with its arrival time, so a session
can wait for input with a deadline and see how fast text arrived (pastes, typing rate)."""

from __future__ import annotations

import queue
import threading
import time
from dataclasses import dataclass
from typing import TextIO

from cmsim.inputs import clean_typed


@dataclass(frozen=True)
class Line:
    """One line read (without its newline) and when it arrived (``time.monotonic()``)."""

    text: str
    at: float


class Timeout:
    """Returned by ``LineReader.get`` when the deadline passed before a line arrived."""


TIMEOUT = Timeout()


class LineReader:
    """Lines of ``stream`` as they arrive; ``get`` returns a ``Line``, ``TIMEOUT``, or None at end of input."""

    def __init__(self, stream: TextIO) -> None:
        self._queue: queue.Queue[Line | None] = queue.Queue()
        self._eof = False
        self._thread = threading.Thread(target=self._pump, args=(stream,), daemon=True, name="cmsim-stdin")
        self._thread.start()

    def _pump(self, stream: TextIO) -> None:
        try:
            for raw in stream:
                # a byte that is not UTF-8 arrives as a surrogate, which no database stores: keep it as U+FFFD
                self._queue.put(Line(clean_typed(raw.rstrip("\r\n")), time.monotonic()))
        except (OSError, ValueError, UnicodeDecodeError):
            pass
        self._queue.put(None)

    def get(self, timeout: float | None = None) -> Line | Timeout | None:
        """The next line; ``TIMEOUT`` if none came within ``timeout`` seconds; None once input ended."""
        if self._eof:
            return None
        try:
            item = self._queue.get(timeout=None if timeout is None else max(0.0, timeout))
        except queue.Empty:
            return TIMEOUT
        if item is None:
            self._eof = True
        return item
