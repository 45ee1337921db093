"""Batch scoring without a scenario: one JSON object per line in, one result per line out.

Each input line carries its own brand, thread, task and reply; it is turned into a one-step scenario
and scored by the offline scorer like any other answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from cmsim.authoring.lint.traps import team_ids
from cmsim.authoring.wording import did_you_mean
from cmsim.inputs import JsonProblem, parse_json
from cmsim.model.qualities import Quality
from cmsim.model.result import Answer, StepResult
from cmsim.model.scenario import Brand, Charter, Ending, Expect, Field, Message, Persona, Scenario, Step
from cmsim.platforms import platform_book
from cmsim.scoring.names import person_name
from cmsim.scoring.offline import OfflineScorer

DEFAULT_QUALITIES = {
    "public-reply": [Quality.communication, Quality.listening, Quality.calm],
    "internal-note": [Quality.communication, Quality.listening, Quality.calm, Quality.teamwork],
    "multi-post": [Quality.communication, Quality.creativity, Quality.multiplatform],
}
_INTERNAL_KEYS = {"internal_note", "internal", "note"}
_PRIVATE_KEYS = {"private", "dm"}
_FIELD_KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,31}")
"""A reply field's key is a name, not a place for text: it reaches the judge's prompt header."""
PLATFORM_ALIASES = {"twitter": "x"}
"""Other names of a platform, accepted in 'platform' and in reply keys."""
BRIEF_AUTHOR = "brief"
"""Messages by this author are the task: with expected facts given, they leave the thread for the step's prompt."""
CHANNELS = ("public", "private", "internal")
"""Where a thread message was said (as in a scenario's thread): an ``internal`` one (a colleague's note, a brief) is
read as the brief author's, and a plain text answering only internal messages is a post."""


class LineError(ValueError):
    """A batch line that cannot be scored, with a message meant for the person who wrote it."""


@dataclass(frozen=True)
class Item:
    """One batch line turned into what the scorer needs."""

    id: str
    scenario: Scenario
    step: Step
    answer: Answer


def _brand(data: object) -> Brand:
    if data is None:
        return Brand(name="Brand", handle="@brand")
    if isinstance(data, str):
        return Brand(name="Brand", handle="@brand", voice=data, charter=charter_from_voice(data))
    if isinstance(data, dict):
        if "name" in data or "handle" in data or "charter" in data or "voice" in data:
            brand = Brand.model_validate({"name": "Brand", "handle": "@brand", **data})
            if brand.voice and "charter" not in data:
                brand = brand.model_copy(update={"charter": charter_from_voice(brand.voice)})
            return brand
        return Brand(name="Brand", handle="@brand", charter=Charter.model_validate(data))
    raise LineError("'brand' must be a Brand object, a Charter object or a free-text voice")


_VOICE_CUES: tuple[tuple[str, str, str], ...] = (
    (r"\bvouvo|\bvouvoy|\bvous\b|\bformal address", "pronoun", "vous"),
    (r"\btutoi|\btutoy|\btu\b", "pronoun", "tu"),
    (r"\b(pas d|sans|aucun|no|without)\W*(e|é)mojis?|\bemoji[- ]free", "emoji", "none"),
    (r"\b(peu d|quelques|few|sparing|un ou deux)\W*(e|é)mojis?", "emoji", "sparing"),
    (r"\b(formel|formelle|soutenu|formal)\b", "tone", "formal"),
    (r"\b(décontract|detendu|détendu|casual|relaxed|familier|friendly|cool)\w*", "tone", "casual"),
    (r"\b(prénom|first[- ]name)", "names", "first_name"),
    (r"\b(nom complet|full[- ]name)", "names", "full_name"),
)
_SIGNED = re.compile(
    r"\b(?:signed as|sign as|signed|signature|sign[ée]e?s?)\s*:?\s*([^\s,;.]+(?:\s[A-ZÀ-Ý][^\s,;.]*)?)", re.IGNORECASE
)


def charter_from_voice(voice: str) -> Charter:
    """Charter cues read from a free-text voice ("vouvoiement, pas d'emoji, signé Léa"): pronoun, emoji policy,
    register, how to name people, and the signature; what the text does not say keeps the default."""
    cues: dict[str, str] = {}
    for pattern, key, value in _VOICE_CUES:
        if key not in cues and re.search(pattern, voice, re.IGNORECASE):
            cues[key] = value
    signed = _SIGNED.search(voice)
    if signed:
        cues["signature"] = signed.group(1).strip()
    return Charter.model_validate(cues)


def _fields(reply: object, platform: str, post: bool = False) -> tuple[list[Field], dict[str, str]]:
    if isinstance(reply, str):
        kind = "post" if post else "public"
        return [Field(id="reply", label="Reply", kind=kind, platform=platform)], {"reply": reply}
    if not isinstance(reply, dict) or not reply:
        raise LineError("'reply' must be a text or a non-empty object of texts")
    platforms = platform_book().platforms
    fields: list[Field] = []
    texts: dict[str, str] = {}
    for key, text in reply.items():
        if not isinstance(text, str):
            raise LineError(f"reply field '{key}' must be a text")
        slug = str(key).strip().lower()
        slug = PLATFORM_ALIASES.get(slug, slug)
        if not _FIELD_KEY.fullmatch(slug):
            shown = slug if len(slug) <= 40 else slug[:37] + "..."
            raise LineError(f"reply field key {shown!r} must be 1 to 32 characters of [a-z0-9_-], starting with a "
                            "letter or a digit")
        if slug in platforms:
            fields.append(Field(id=slug, label=slug, kind="post", platform=slug))
        elif slug in _INTERNAL_KEYS:
            fields.append(Field(id=slug, label=slug, kind="internal", platform=platform))
        elif slug in _PRIVATE_KEYS:
            fields.append(Field(id=slug, label=slug, kind="private", platform=platform))
        else:
            fields.append(Field(id=slug, label=slug, kind="public", platform=platform))
        texts[slug] = text
    return fields, texts


def _default_rubric(fields: list[Field]) -> str:
    kinds = {f.kind for f in fields}
    if len(fields) == 1 and kinds == {"post"} and fields[0].id == "reply":
        return "community-post"  # plain text and no thread: a post, not a reply
    if "post" in kinds:
        return "multi-post"
    if "internal" in kinds:
        return "internal-note"
    return "public-reply"


def parse_line(data: Any, scorer: OfflineScorer) -> Item:
    """Validate one decoded batch line and build the one-step scenario it describes."""
    if not isinstance(data, dict):
        raise LineError("each line must be a JSON object")
    if "reply" not in data:
        raise LineError("missing key 'reply'")
    lang = data.get("lang", "en")
    if not isinstance(lang, str) or lang not in ("fr", "en"):
        raise LineError(f"'lang' must be 'fr' or 'en', not {_short(lang)}")
    platform = data.get("platform", "x")
    platform = PLATFORM_ALIASES.get(platform.strip().lower(), platform) if isinstance(platform, str) else platform
    if not isinstance(platform, str) or platform not in platform_book().platforms:
        raise LineError(f"unknown platform {_short(platform)} (known: {', '.join(sorted(platform_book().platforms))})")
    brand = _brand(data.get("brand"))
    thread = data.get("thread", [])
    if not isinstance(thread, list):
        raise LineError("'thread' must be a list of {author, text}")
    personas: dict[str, Persona] = {}
    messages: list[Message] = []
    briefs: list[str] = []
    speakers: set[str] = set()  # authors of a public or private message: an internal one's author is a colleague
    expects_facts = isinstance(data.get("expect"), dict) and bool(data["expect"].get("facts"))
    for entry in thread:
        if not isinstance(entry, dict) or not str(entry.get("text", "")).strip():
            raise LineError("each thread message needs a non-empty 'text'")
        author = str(entry.get("author", "someone")).strip() or "someone"
        channel = entry.get("channel", "public")
        if channel not in CHANNELS:
            raise LineError(f"a thread message's 'channel' is one of {', '.join(CHANNELS)}, not {_short(channel)}")
        if (author.casefold() == BRIEF_AUTHOR or channel == "internal") and expects_facts:
            briefs.append(str(entry["text"]))  # the task, not the thread: restating its facts is not copying
            continue
        if author not in personas:
            name = person_name(author) or author
            personas[author] = Persona(id=f"p{len(personas) + 1}", name=name, handle=author, role="customer")
        if channel != "internal":
            speakers.add(author)
        messages.append(Message(author=personas[author].id, text=str(entry["text"]), channel=channel))
    public = [m for m in messages if m.channel != "internal"]  # a colleague's note or a brief answers no one
    fields, texts = _fields(data["reply"], platform, post=not public and isinstance(data["reply"], str))
    rubric = data.get("rubric") or _default_rubric(fields)
    if not isinstance(rubric, str):
        raise LineError("'rubric' must be the id of a rubric")
    if rubric not in scorer.rubrics.ids():
        raise LineError(f"unknown rubric {rubric!r} (known: {', '.join(scorer.rubrics.ids())})")
    qualities = data.get("qualities") or DEFAULT_QUALITIES.get(rubric) or scorer.rubrics.get(rubric).qualities()
    expect = Expect.model_validate(data.get("expect") or {})
    known = team_ids(lang)
    for team in expect.teams:
        if known and team not in known:
            raise LineError(f"unknown team {team!r} in expect.teams" + did_you_mean(team, known)
                            + f"; known teams: {', '.join(known)}")
    if expect.person is None:
        named = [n for n in (person_name(a) for a in personas if a in speakers) if n]
        if named:
            expect = expect.model_copy(update={"person": named[0]})
    task = str(data.get("task") or " ".join(briefs) or "Reply to the thread.")
    step = Step(id="reply", title="Reply", prompt=task, fields=fields,
                rubric=rubric, qualities=qualities, expect=expect, next=[{"goto": "end"}])
    scenario = Scenario(
        format=1, id="batch", title="Batch", lang=lang, difficulty="medium", summary="Batch line",
        platforms=[platform], brand=brand, personas=list(personas.values()), thread=messages, steps=[step],
        endings=[Ending(id="end", title="End", outcome="mixed", debrief="End of the batch line.")],
    )
    return Item(str(data.get("id", "")), scenario, step, Answer(fields=texts))


def _short(value: object) -> str:
    """A value quoted in a message, cut short (a line may hold megabytes)."""
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:37] + "..."


def to_record(item_id: str, result: StepResult) -> dict[str, Any]:
    """The output line for one scored item."""
    return {
        "id": item_id,
        "scores": {q.value: s for q, s in result.scores.items()},
        "criteria": [
            {
                "id": c.id,
                "quality": c.quality.value,
                "score": c.score,
                "evidence": [[e.start, e.end] for e in c.evidence],
                "evidence_fields": [e.field for e in c.evidence],
                "feedback": c.feedback,
            }
            for c in result.criteria
        ],
        "flags": list(result.flags),
    }


@dataclass(frozen=True)
class Failure:
    """A line that could not be scored."""

    line: int
    message: str


def score_lines(lines: Iterable[str], scorer: OfflineScorer) -> Iterator[dict[str, Any] | Failure]:
    """Score each non-blank JSON line; a bad line yields a :class:`Failure` and the others go on."""
    for item in read_lines(lines, scorer):
        if isinstance(item, Failure):
            yield item
        else:
            yield to_record(item.id, scorer.score(item.scenario, item.step, item.answer))


def read_lines(lines: Iterable[str], scorer: OfflineScorer) -> Iterator[Item | Failure]:
    """Each non-blank JSON line as an :class:`Item` to score, or the :class:`Failure` that stopped it."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            yield parse_line(parse_json(raw), scorer)
        except JsonProblem as exc:
            yield Failure(number, f"{exc.message} (column {exc.col})")
        except LineError as exc:
            yield Failure(number, str(exc))
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            where = ".".join(str(x) for x in first["loc"])
            yield Failure(number, f"{where}: {first['msg']}" if where else first["msg"])
