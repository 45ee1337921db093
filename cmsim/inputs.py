"""Where bytes from outside enter cmsim: files, stdin and JSON lines.

Everything here either returns clean text or data, or raises :class:`InputError`, a one-line message
located at file:line:col that the CLI prints instead of a traceback. Reads are bounded (a device such
as ``/dev/zero`` or a FIFO is refused before a single byte is read), text must be UTF-8 (a BOM is
accepted), JSON Lines are split on ``\\n`` only (U+2028 and U+0085 are legal inside JSON strings),
and JSON that is too deep, holds a number too long to convert, or a lone surrogate is refused.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from pathlib import Path
from typing import Any

MAX_TEXT_BYTES = 64 * 1024 * 1024
"""Cap on a text input read whole (a JSON Lines batch, an answers file): far above real use."""


class InputError(ValueError):
    """Input cmsim cannot use, with where and why, in the words of the person who gave it."""

    def __init__(self, file: str, line: int, col: int, message: str, code: str = "io") -> None:
        self.file, self.line, self.col, self.message, self.code = file, line, col, message, code
        super().__init__(f"{file}:{line}:{col}: error: {message}")


def read_bounded(path: Path | str, limit: int = MAX_TEXT_BYTES) -> bytes:
    """The bytes of a regular file (or of stdin for ``-``), refusing anything over ``limit`` bytes.

    Devices, FIFOs, sockets and folders are refused without reading them: they may never end."""
    name = str(path)
    if name == "-":
        buffer = getattr(sys.stdin, "buffer", None)  # absent when stdin was replaced by a text stream
        data = buffer.read(limit + 1) if buffer else sys.stdin.read(limit + 1).encode("utf-8", "surrogateescape")
    else:
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        except OSError as exc:
            raise InputError(name, 1, 1, f"cannot read file: {exc.strerror or exc}") from None
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            os.close(fd)
            kind = "it is a folder" if stat.S_ISDIR(mode) else "not a regular file (a device, a pipe or a socket)"
            raise InputError(name, 1, 1, f"cannot read file: {kind}")
        with os.fdopen(fd, "rb") as handle:
            try:
                data = handle.read(limit + 1)
            except OSError as exc:
                raise InputError(name, 1, 1, f"cannot read file: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise InputError(name, 1, 1, f"the file is too big (the limit is {limit} bytes)", "too-big")
    return data


def decode_text(raw: bytes, file: str) -> str:
    """``raw`` as UTF-8 text (a leading BOM dropped); an encoding problem located at line:col."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(file, 1, 1, "the file is UTF-16 text; save it as UTF-8", "encoding")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        byte = raw[exc.start]
        what = "binary data, not text" if b"\x00" in raw[:1024] else f"not UTF-8 text (byte 0x{byte:02X})"
        raise InputError(file, line, col, f"{what}; save the file as UTF-8", "encoding") from None


def read_text(path: Path | str, limit: int = MAX_TEXT_BYTES) -> str:
    """A bounded read of UTF-8 text (see :func:`read_bounded` and :func:`decode_text`)."""
    return decode_text(read_bounded(path, limit), str(path))


def split_lines(text: str) -> list[str]:
    """JSON Lines: split on ``\\n`` only (``\\r\\n`` accepted), never on U+2028, U+0085 or form feeds."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def parse_json(raw: str) -> Any:
    """One JSON value; ``ValueError`` with a short message (and ``.col`` when known) when it is not usable."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise JsonProblem(f"not valid JSON: {exc.msg}", exc.colno) from None
    except RecursionError:
        raise JsonProblem("JSON nested too deeply", 1) from None
    except ValueError:  # int() refuses numbers of thousands of digits
        raise JsonProblem("a number is too long (over 4,300 digits)", 1) from None
    if _SURROGATE_ESCAPE.search(raw):
        try:
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except (UnicodeEncodeError, RecursionError):
            found = _SURROGATE_ESCAPE.search(raw)
            col = found.start() + 1 if found else 1
            raise JsonProblem("a lone surrogate (\\ud800-\\udfff) is not text", col) from None
    return data


class JsonProblem(ValueError):
    """Why a JSON value was refused, and the column (from 1) it was found at."""

    def __init__(self, message: str, col: int) -> None:
        self.message, self.col = message, col
        super().__init__(message)


def bad_text(value: str) -> int | None:
    """Index of the first character of ``value`` that cannot be stored as UTF-8 (a surrogate left by a
    byte that was not UTF-8), or None when the text is clean."""
    for i, char in enumerate(value):
        if "\ud800" <= char <= "\udfff":
            return i
    return None


def clean_typed(value: str) -> str:
    """Text typed at a terminal with any byte that was not UTF-8 replaced by U+FFFD (kept, visible)."""
    if bad_text(value) is None:
        return value
    try:
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that no byte produced
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in value)
