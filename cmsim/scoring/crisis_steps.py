"""What a crisis writes, seen as the steps the scorer already knows.

A reply to an item is a one-field public reply to a one-message thread; an escalation note is an internal
note that must reach the expected team with the expected facts; a public statement is a community post.
Scoring them goes through the scorer's public ``score(scenario, step, answer)``: the crisis never
re-implements a criterion."""

from __future__ import annotations

from typing import Literal

from cmsim.model.crisis import CrisisScenario, Item
from cmsim.model.qualities import Quality
from cmsim.model.result import Answer, StepResult
from cmsim.model.scenario import Branch, Ending, Expect, Field, Message, Persona, Scenario, Step
from cmsim.scoring.base import Scorer

Written = Literal["reply", "escalate", "statement"]
REPLY_QUALITIES = [Quality.communication, Quality.listening, Quality.calm, Quality.multiplatform]
NOTE_QUALITIES = [Quality.teamwork]
STATEMENT_QUALITIES = [Quality.communication, Quality.calm, Quality.multiplatform]
PERSONA_ROLES = {"employee": "colleague", "bot": "community"}
FIELD_LABEL = {"en": {"reply": "Reply", "note": "Note to {team}", "post": "Statement on {platform}"},
               "fr": {"reply": "Réponse", "note": "Note pour {team}", "post": "Déclaration sur {platform}"}}


class CrisisSteps:
    """Builds (and caches) the scorer's view of each written action of one crisis."""

    def __init__(self, crisis: CrisisScenario, scorer: Scorer) -> None:
        self.crisis = crisis
        self.scorer = scorer
        self._cache: dict[tuple[str, ...], tuple[Scenario, Step]] = {}

    def score_reply(self, item: Item, text: str, step_id: str) -> StepResult:
        """Score a public reply to ``item``."""
        scenario, step = self._get(("reply", item.id), lambda: self._reply(item))
        return _renamed(self.scorer.score(scenario, step, Answer(fields={"reply": text})), step_id)

    def score_note(self, item: Item, team: str, text: str, step_id: str) -> StepResult:
        """Score an escalation note about ``item`` sent to ``team``."""
        scenario, step = self._get(("note", item.id, team), lambda: self._note(item, team))
        return _renamed(self.scorer.score(scenario, step, Answer(fields={"note": text})), step_id)

    def score_statement(self, platforms: list[str], text: str, step_id: str) -> StepResult:
        """Score a public statement posted on ``platforms`` (the crisis's first network when none)."""
        chosen = tuple(platforms) or (self.crisis.platforms[0],)
        scenario, step = self._get(("statement", *chosen), lambda: self._statement(list(chosen)))
        answer = Answer(fields={f"post-{p}": text for p in chosen})
        return _renamed(self.scorer.score(scenario, step, answer), step_id)

    def _get(self, key: tuple[str, ...], build: object) -> tuple[Scenario, Step]:
        if key not in self._cache:
            assert callable(build)
            self._cache[key] = build()
        return self._cache[key]

    def _label(self, key: str, **values: str) -> str:
        return FIELD_LABEL[self.crisis.lang][key].format(**values)

    def _scenario(self, platforms: list[str], persona: Persona | None, thread: list[Message], step: Step) -> Scenario:
        c = self.crisis
        return Scenario.model_validate(
            {
                "format": 1, "id": c.id, "title": c.title, "lang": c.lang, "difficulty": c.difficulty,
                "summary": c.summary, "platforms": platforms, "brand": c.brand,
                "personas": [persona] if persona else [], "thread": thread, "steps": [step],
                "endings": [Ending(id="end", title=c.title, outcome="mixed", debrief=c.summary)],
            }
        )

    def _persona(self, item: Item) -> Persona:
        role = PERSONA_ROLES.get(item.role, item.role)
        return Persona.model_validate({"id": "author", "name": item.name or item.author.lstrip("@"),
                                       "handle": item.author, "role": role})

    def _expect(self, item: Item, teams: list[str], qualities: list[Quality]) -> Expect:
        e = item.expect
        if e is None:
            return Expect(person=item.name.split()[0] if item.name else None, teams=teams)
        # the checklist's items of this step's qualities: teamwork's in the escalation note, the others in the reply
        return Expect(person=e.person, facts=e.facts, feeling=e.feeling, private=e.private, teams=teams,
                      must=[i for i in e.must if i.quality in qualities],
                      avoid=[i for i in e.avoid if i.quality in qualities])

    def _reply(self, item: Item) -> tuple[Scenario, Step]:
        step = Step(
            id="reply", title=item.author, prompt=item.text, rubric="public-reply", qualities=REPLY_QUALITIES,
            fields=[Field(id="reply", label=self._label("reply"), kind="public", platform=item.platform)],
            expect=self._expect(item, [], REPLY_QUALITIES), next=[Branch(goto="end")],
        )
        thread = [Message(author="author", text=item.text, platform=item.platform)]
        return self._scenario([item.platform], self._persona(item), thread, step), step

    def _note(self, item: Item, team: str) -> tuple[Scenario, Step]:
        expected = item.expect.team if item.expect and item.expect.team else team
        step = Step(
            id="note", title=item.author, prompt=item.text, rubric="internal-note", qualities=NOTE_QUALITIES,
            fields=[Field(id="note", label=self._label("note", team=team), kind="internal", platform=item.platform)],
            expect=self._expect(item, [expected], NOTE_QUALITIES), next=[Branch(goto="end")],
        )
        thread = [Message(author="author", text=item.text, platform=item.platform)]
        return self._scenario([item.platform], self._persona(item), thread, step), step

    def _statement(self, platforms: list[str]) -> tuple[Scenario, Step]:
        fields = [Field(id=f"post-{p}", label=self._label("post", platform=p), kind="post", platform=p)
                  for p in platforms]
        step = Step(
            id="statement", title=self.crisis.title, prompt=self.crisis.brief, rubric="community-post",
            qualities=STATEMENT_QUALITIES, fields=fields, next=[Branch(goto="end")],
        )
        return self._scenario(platforms, None, [], step), step


def _renamed(result: StepResult, step_id: str) -> StepResult:
    return result.model_copy(update={"step_id": step_id})


__all__ = ["NOTE_QUALITIES", "REPLY_QUALITIES", "STATEMENT_QUALITIES", "CrisisSteps", "Written"]
