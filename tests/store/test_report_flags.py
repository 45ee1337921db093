"""Reports that never flatter: no strength quoted from a hostile or poorly scored reply, a Red flags section
(every quality under 40 on a step, every poor option chosen, with the quote), and a summary per scenario
with the best option of each choice step — in HTML, Markdown and JSON, in English and French."""

from __future__ import annotations

import io
import json

import pytest
from store_kit import WordScorer

from cmsim.authoring.load import Loaded, find_scenario
from cmsim.console.loop import LineSession
from cmsim.console.reader import LineReader
from cmsim.model.qualities import Quality
from cmsim.model.result import Answer, CriterionResult, Evidence, StepResult
from cmsim.model.scenario import Scenario, Step
from cmsim.report.data import build_report
from cmsim.report.flags import hostile, quotable_as_strength
from cmsim.report.html import render_html
from cmsim.report.markdown import render_markdown
from cmsim.report.tables import render_json
from cmsim.scoring.batch import parse_line
from cmsim.scoring.offline import OfflineScorer
from cmsim.session.playthrough import Playthrough
from cmsim.store.db import Store

HOSTILE = "Calm down, listening to you whining is not our job"


class SharpTongue(WordScorer):
    """Like ``WordScorer``, but a reply containing 'whining' scores 95 on listening with positive evidence
    (the scorer liked a phrase) and 15 on calm with the insult as negative evidence."""

    name = "sharp-v1"

    def score(self, scenario: Scenario, step: Step, answer: Answer) -> StepResult:
        result = super().score(scenario, step, answer)
        text = next(iter(answer.fields.values()), "")
        at = text.find("whining")
        if step.kind == "choice" or at < 0:
            return result
        field = next(iter(answer.fields))
        listen = text.find("listening")
        criteria = [
            CriterionResult(
                id="heard",
                quality=Quality.listening,
                score=95,
                weight=1.0,
                feedback="named what they said",
                evidence=[Evidence(field=field, start=listen, end=listen + 9, text="listening")],
            ),
            CriterionResult(
                id="no-hostility",
                quality=Quality.calm,
                score=15,
                weight=1.0,
                feedback="an insult",
                evidence=[Evidence(field=field, start=at, end=at + 7, text="whining", polarity="-")],
            ),
        ]
        scores = {**result.scores, Quality.listening: 95, Quality.calm: 15}
        return StepResult(step_id=step.id, scores=scores, criteria=criteria, scorer=self.name)


def play(store: Store, loaded: Loaded, name: str, typed: str) -> None:
    campaign = store.campaigns()[0] if store.campaigns() else store.create_campaign("cm", "en", [str(loaded.path)])
    session = Playthrough.start(store, store.person(name, "candidate"), loaded, SharpTongue(), "assess", campaign)
    LineSession(session, LineReader(io.StringIO(typed)), io.StringIO()).run()


# s1 hostile reply, s2 the poor option, s3 two fields, s4 one reply, s5 the best option.
HOSTILE_RUN = f"{HOSTILE}\n\nb\nteam public\n\nteam note\n\nlistening and communication\n\nclose\n"


def test_a_hostile_reply_is_never_quoted_as_a_strength_and_is_a_red_flag(store: Store, linear: Loaded) -> None:
    play(store, linear, "Rex", HOSTILE_RUN)
    rex = store.find_person("Rex")
    assert rex is not None
    report = build_report(store, rex, store.sessions(rex))
    assert "listening" in report.strengths  # the average flatters…
    quoted = [quote.plain for q in report.qualities for quote in q.quotes if quote.polarity == "+"]
    assert quoted and not [text for text in quoted if "whining" in text or "Calm down" in text]  # …the quotes do not
    first = next(f for f in report.red_flags if f.step == "First reply")
    assert first.hostile and ("Calm", 15) in first.qualities and first.quote == HOSTILE
    choice = next(f for f in report.red_flags if f.chosen is not None)
    assert choice.chosen == "Wait" and choice.best == "Call logistics" and ("Teamwork", 20) in choice.qualities
    assert all(f.step != "Last choice" for f in report.red_flags)  # the best option is no red flag


def test_the_summary_gives_path_ending_scores_and_the_best_option(store: Store, linear: Loaded) -> None:
    play(store, linear, "Rex", HOSTILE_RUN)
    rex = store.find_person("Rex")
    assert rex is not None
    report = build_report(store, rex, store.sessions(rex))
    [session] = report.sessions
    summary = session.summary
    assert summary is not None
    assert summary.path == [s.title for s in linear.scenario.steps]
    assert summary.ending == "Done" and summary.outcome == "good"
    assert summary.scores["calm"] < summary.scores["listening"]
    assert [(c.chosen, c.best, c.best_taken) for c in summary.choices] == [
        ("Wait", "Call logistics", False),
        ("Close it", "Close it", True),
    ]


def test_every_format_shows_the_red_flags_and_the_summary(store: Store, linear: Loaded) -> None:
    play(store, linear, "Rex", HOSTILE_RUN)
    rex = store.find_person("Rex")
    assert rex is not None
    report = build_report(store, rex, store.sessions(rex))
    html = render_html(report)
    flags_at = html.index('id="red-flags"')
    assert flags_at < html.index("Strengths")
    assert "whining" in html[flags_at : html.index("Strengths")]
    assert "best option: Call logistics" in html
    md = render_markdown(report)
    assert "## Red flags" in md and "chose: “Wait”" in md and "best option: “Call logistics”" in md
    assert "Path: First reply → A choice" in md
    data = json.loads(render_json(report))
    assert data["red_flags"][0]["hostile"] is True
    assert data["sessions"][0]["summary"]["choices"][0]["best"] == "Call logistics"
    french = render_markdown(build_report(store, rex, store.sessions(rex), lang="fr"))
    assert "## Signaux d'alerte" in french and "Scénario par scénario" in french


def test_red_flags_are_exactly_the_steps_with_a_quality_under_40(store: Store, linear: Loaded) -> None:
    play(store, linear, "Neat", "calm and listening\n\na\nteam public\n\nteam note\n\ncommunication\n\nclose\n")
    neat = store.find_person("Neat")
    assert neat is not None
    report = build_report(store, neat, store.sessions(neat))
    titles = {s.id: s.title for s in linear.scenario.steps}
    low = [
        titles[t.step_id] for s in store.sessions(neat) for t in store.turns(s.id) if min(t.result.scores.values()) < 40
    ]
    assert low == ["Two fields"]  # 'calm' is missing from the two-field answer: 30
    assert [f.step for f in report.red_flags] == low


def test_no_red_flag_says_so(store: Store, linear: Loaded) -> None:
    play(store, linear, "Ace", "calm listening\n\na\ncalm team\n\nteam calm\n\ncommunication\n\nclose\n")
    ace = store.find_person("Ace")
    assert ace is not None
    report = build_report(store, ace, store.sessions(ace))
    assert report.red_flags == []
    assert "None: no quality fell below 40" in render_markdown(report)


def test_choosing_to_delete_and_block_is_a_red_flag_with_the_real_scenario(store: Store) -> None:
    """The case from the issue: averages said 'No quality under 55' for someone who deleted and blocked."""
    loaded = find_scenario("product-troll-en")
    step = next(s for s in loaded.scenario.steps if s.kind == "choice")
    worst = min(step.options, key=lambda o: sum(o.scores.values()) / len(o.scores))
    best = max(step.options, key=lambda o: sum(o.scores.values()) / len(o.scores))
    campaign = store.create_campaign("troll", "en", [str(loaded.path)])
    session = Playthrough.start(store, store.person("Del", "candidate"), loaded, WordScorer(), "assess", campaign)
    while not session.finished:
        current = session.step()
        if current.kind == "choice":
            option = worst if current.id == step.id else current.options[0]
            session.submit(Answer(option=option.id))
        else:
            fields = loaded.scenario.fields_of(current)
            session.submit(Answer(fields={f.id: "calm and listening, teamwork, communication" for f in fields}))
    person = store.find_person("Del")
    assert person is not None
    report = build_report(store, person, store.sessions(person))
    flag = next(f for f in report.red_flags if f.chosen == worst.text)
    assert flag.best == best.text


def test_quotable_as_strength_needs_no_hostility_and_no_poor_quality() -> None:
    ok = StepResult(step_id="s", scores={Quality.calm: 80, Quality.listening: 70}, scorer="t")
    poor = StepResult(step_id="s", scores={Quality.calm: 80, Quality.listening: 39}, scorer="t")
    assert quotable_as_strength(ok) and not quotable_as_strength(poor)


def _scored(reply: str, lang: str) -> StepResult:
    scorer = OfflineScorer()
    said = {"fr": "Mon colis est perdu depuis dix jours, personne ne répond !",
            "en": "My parcel has been lost for ten days and nobody answers!"}
    thread = [{"author": "Nadia Haddad", "text": said[lang]}]
    item = parse_line({"lang": lang, "platform": "facebook", "thread": thread, "reply": reply}, scorer)
    return scorer.score(item.scenario, item.step, item.answer)


@pytest.mark.parametrize(("reply", "lang"), [
    ("Nadia, désolés pour ce retard. Écrivez-nous en privé avec votre numéro de commande, on relance le transporteur.",
     "fr"),
    ("Nadia, sorry for the inconvenience. Send us your order number in a private message and we'll chase the carrier.",
     "en"),
])
def test_a_cold_but_civil_reply_is_not_marked_hostile(reply: str, lang: str) -> None:
    result = _scored(reply, lang)
    cold = [c for c in result.criteria if c.quality == Quality.calm and any(e.polarity == "-" for e in c.evidence)]
    assert cold, "the scorer no longer finds the order or the stock phrase: the test lost its point"
    assert not hostile(result)


@pytest.mark.parametrize(("reply", "lang"), [
    ("Arrêtez de raconter n'importe quoi, votre colis est parti.", "fr"),
    ("Maybe read the delivery times next time, it says ten working days.", "en"),
    ("Stop whining, your parcel left our warehouse.", "en"),
])
def test_a_rude_reply_is_marked_hostile(reply: str, lang: str) -> None:
    assert hostile(_scored(reply, lang))


def test_a_strength_with_nothing_to_quote_says_so_in_markdown_as_in_html(store: Store, linear: Loaded) -> None:
    play(store, linear, "Rex", HOSTILE_RUN)
    rex = store.find_person("Rex")
    assert rex is not None
    report = build_report(store, rex, store.sessions(rex))
    bare = [report.quality(q) for q in report.strengths if not report.quality(q).quotes]
    assert bare  # this run has a strength earned on choices alone: nothing of a reply to quote
    markdown, html = render_markdown(report), render_html(report)
    for q in bare:
        said = "Scored on choices: nothing to quote." if not q.written else "No excerpt: no single passage"
        heading = f"### {q.label} — {q.score:.0f}"
        after = markdown.split(heading, 1)[1].lstrip("\n")
        assert after.startswith(f"*{said}"), after[:120]  # not an empty heading
        assert said in html
