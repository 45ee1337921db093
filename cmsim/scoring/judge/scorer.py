"""The judge scorer (``hybrid`` or ``llm``): the offline result, blended with the LLM judge's verdicts.

It implements the :class:`~cmsim.scoring.base.Scorer` protocol with a synchronous :meth:`score` (the
runner's call; safe from a worker thread or inside a running event loop) and scores many answers at
once with :meth:`score_many` (async) or :meth:`score_batch` (sync), at most ``concurrency`` requests
in flight. Every fault falls back to the offline score with a flag and a note; nothing raises.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, TypeVar

from cmsim.model.params import CHECKLIST_KIND
from cmsim.model.qualities import Quality
from cmsim.model.result import Answer, StepResult
from cmsim.model.rubric import Criterion, Rubric
from cmsim.model.scenario import DEFAULT_RUBRIC, Scenario, Step
from cmsim.scoring.base import Scorer
from cmsim.scoring.injection import speaks_to_grader
from cmsim.scoring.judge.cache import VerdictCache, answer_owner
from cmsim.scoring.judge.client import JudgeClient, JudgeUnavailable
from cmsim.scoring.judge.combine import GRADER_FLAG, UNAVAILABLE_FLAG, combine, note, with_notes
from cmsim.scoring.judge.config import JudgeSettings
from cmsim.scoring.judge.prompt import PROMPT_ID, build_prompt
from cmsim.scoring.judge.shield import shield_fields
from cmsim.scoring.judge.verdict import Verdict, parse_verdicts

if TYPE_CHECKING:
    from openai import AsyncOpenAI

T = TypeVar("T")
Item = tuple[Scenario, Step, Answer]
Progress = Callable[[int, int], None]
RubricLookup = Callable[[str], Rubric]


@dataclass
class _Batch:
    """What the answers of one batch share: the semaphore, and an API client opened on first need."""

    semaphore: asyncio.Semaphore
    api: AsyncOpenAI | None = None


class JudgeScorer:
    """Offline scorer + LLM judge. ``mode`` ``hybrid`` blends with the rubric's ``judge_weight``;
    ``llm`` lets the judge decide wherever it gave a verdict."""

    def __init__(
        self,
        offline: Scorer,
        rubric: RubricLookup,
        settings: JudgeSettings,
        *,
        mode: Literal["llm", "hybrid"] = "hybrid",
        cache: VerdictCache | None = None,
        client: JudgeClient | None = None,
    ) -> None:
        self.offline = offline
        self.rubric = rubric
        self.settings = settings
        self.mode = mode
        self.cache = cache
        self.client = client or JudgeClient(settings)
        self.name = f"{mode}/{offline.name}+llm:{settings.model}@{PROMPT_ID}"

    def score(self, scenario: Scenario, step: Step, answer: Answer) -> StepResult:
        """Score one answer (blocking)."""
        return self.score_batch([(scenario, step, answer)])[0]

    def score_batch(self, items: Sequence[Item], progress: Progress | None = None) -> list[StepResult]:
        """Score many answers concurrently (blocking); ``progress(done, total)`` after each one."""
        return _run_blocking(self.score_many(items, progress))

    async def score_many(self, items: Sequence[Item], progress: Progress | None = None) -> list[StepResult]:
        """Score many answers concurrently, results in the order of ``items``."""
        batch = _Batch(asyncio.Semaphore(self.settings.concurrency))
        done = 0

        async def one(item: Item) -> StepResult:
            nonlocal done
            result = await self._score(batch, *item)
            done += 1
            if progress is not None:
                progress(done, len(items))
            return result

        try:
            return list(await asyncio.gather(*(one(item) for item in items)))
        finally:
            if batch.api is not None:
                await batch.api.close()

    async def _score(self, batch: _Batch, scenario: Scenario, step: Step, answer: Answer) -> StepResult:
        offline = self.offline.score(scenario, step, answer)
        if step.kind != "reply":
            return offline
        lang = scenario.lang
        shields = shield_fields(answer.fields, lang)
        # A field whose key speaks to the grader is named field-N in the prompt, and capped like a sentence.
        shielded = any(s.removed for s in shields.values()) or any(map(speaks_to_grader, answer.fields))
        clean = Answer(fields={fid: s.text for fid, s in shields.items()})
        if shielded:
            offline = _lowest(offline, self.offline.score(scenario, step, clean))
        if not any(text.strip() for text in clean.fields.values()):
            return with_notes(offline, [GRADER_FLAG], [note("grader", lang)]) if shielded else offline
        try:
            rubric = self.rubric(step.rubric)
            criteria = self._criteria(rubric, step)
        except KeyError:
            reason = f"no rubric '{step.rubric}'"
            return with_notes(offline, [UNAVAILABLE_FLAG], [note("unavailable", lang, reason=reason)])
        try:
            verdicts = await self._verdicts(batch, scenario, step, clean, criteria, answer_owner(answer.fields))
        except JudgeUnavailable as exc:
            flags = [UNAVAILABLE_FLAG, *([GRADER_FLAG] if shielded else [])]
            return with_notes(offline, flags, [note("unavailable", lang, reason=exc.reason)])
        weight = 1.0 if self.mode == "llm" else rubric.judge_weight
        scorer = f"{self.mode}/{offline.scorer}+llm:{self.settings.model}@{PROMPT_ID}"
        return combine(offline, criteria, verdicts, weight=weight, scorer=scorer, lang=lang, shielded=shielded)

    async def _verdicts(
        self, batch: _Batch, scenario: Scenario, step: Step, clean: Answer, criteria: Sequence[Criterion], owner: str
    ) -> dict[str, Verdict | None]:
        """The judge's verdict on each criterion: from the cache, else from one request for the rest."""
        prompt = build_prompt(scenario, step, clean)
        s = self.settings
        keys = {c.id: prompt.key(c, model=s.model, endpoint=s.endpoint, seed=s.seed) for c in criteria}
        cached = self.cache.get_many(keys.values()) if self.cache else {}
        verdicts: dict[str, Verdict | None] = {cid: cached[key] for cid, key in keys.items() if key in cached}
        missing = [c for c in criteria if c.id not in verdicts]
        if not missing:
            return verdicts
        ids = [c.id for c in missing]
        async with batch.semaphore:
            if batch.api is None:
                batch.api = self.client.connect()
            content = await self.client.complete(batch.api, prompt.messages(missing, scenario.lang), ids)
        fresh = parse_verdicts(content, ids)
        if self.cache:
            self.cache.put_many({keys[cid]: v for cid, v in fresh.items() if v is not None}, owner)
        verdicts.update(fresh)
        return verdicts

    def _criteria(self, rubric: Rubric, step: Step) -> list[Criterion]:
        """The rubric's criteria on the step's qualities, completed from the default rubric (as offline)."""
        wanted = step.qualities or rubric.qualities()
        chosen = [c for c in rubric.criteria if c.quality in wanted]
        covered = {c.quality for c in chosen}
        if rubric.id != DEFAULT_RUBRIC and not covered.issuperset(wanted):
            default = self.rubric(DEFAULT_RUBRIC)
            chosen += [c for c in default.criteria if c.quality in wanted and c.quality not in covered]
        # the instructor's checklist is the judge's context (see prompt._expect), not a criterion of its own to score
        return [c for c in chosen if not c.kind.startswith(CHECKLIST_KIND)]


def _lowest(first: StepResult, second: StepResult) -> StepResult:
    """``first`` with each quality's score lowered to ``second``'s when that is lower."""
    scores: dict[Quality, int] = {q: min(v, second.scores.get(q, v)) for q, v in first.scores.items()}
    return first.model_copy(update={"scores": scores})


def _run_blocking(coro: Coroutine[object, object, T]) -> T:
    """Run ``coro`` to the end from sync code, in a private thread when this one runs an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="cmsim-judge") as pool:
        return pool.submit(asyncio.run, coro).result()
