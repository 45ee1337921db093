"""The Markdown report: the same content as the HTML one, for a wiki, a ticket or a terminal."""

from __future__ import annotations

from datetime import datetime

from cmsim.report.data import QualityLine, Report
from cmsim.report.flags import RedFlag
from cmsim.report.strings import colon, data_text, quoted, text
from cmsim.safetext import markdown, visible


def _cell(value: str) -> str:
    """People's text (names, quotes, notes) inline: no markup, no HTML, no bidi trick, one line."""
    return markdown(value).replace("\n", " ")


def _quotes(q: QualityLine, lang: str) -> list[str]:
    if not q.quotes:  # as the HTML report says it: a heading with nothing under it reads as a lost passage
        return [f"*{text(lang, 'no_quotes_written' if q.written else 'no_quotes')}*", ""]
    out = []
    for x in q.quotes:
        body = "".join(f"**{_cell(part)}**" if mark else _cell(part) for part, mark in x.segments)
        out.append(f"> {body}  \n> — *{_cell(x.step)}{colon(lang)}{_cell(' '.join(x.notes))}*\n")
    return out


def _flag(lang: str, flag: RedFlag) -> str:
    marks = ", ".join(f"{name} {score}" for name, score in flag.qualities)
    if flag.hostile:
        marks = ", ".join(x for x in (marks, text(lang, "flag_hostile")) if x)
    head = f"- **{_cell(flag.scenario)} · {_cell(flag.step)}** — {_cell(marks)}"
    if flag.chosen is not None:
        head += f"  \n  {text(lang, 'flag_chose')}{colon(lang)}{quoted(lang, _cell(flag.chosen))}"
        if flag.best:
            head += f"  \n  {text(lang, 'flag_best')}{colon(lang)}{quoted(lang, _cell(flag.best))}"
    elif flag.quote:
        head += f"  \n  {text(lang, 'flag_said')}{colon(lang)}{quoted(lang, _cell(flag.quote))}"
    elif flag.handling:
        head += "".join(f"\n  - {_cell(line)}" for line in flag.handling)
    else:
        head += f"  \n  {text(lang, 'flag_said_nothing')}"
    return head


def _scenarios(report: Report) -> list[str]:
    lang = report.lang
    out = [f"## {text(lang, 'scenarios')}", ""]
    for s in report.sessions:
        if s.summary is None:
            continue
        ending = s.summary.ending or text(lang, "not_finished")
        outcome = f" ({text(lang, 'outcome_' + s.summary.outcome)})" if s.summary.outcome else ""
        out += [f"### {_cell(s.title)} — {_cell(ending)}{outcome}", ""]
        out += [f"{text(lang, 'path')}{colon(lang)}{' → '.join(_cell(p) for p in s.summary.path)}", ""]
        out += [" · ".join(f"{report.quality(k).label} {v}" for k, v in s.summary.scores.items()), ""]
        for c in s.summary.choices:
            told = f"{text(lang, 'flag_best')}{colon(lang)}{quoted(lang, _cell(c.best))}"
            best = text(lang, "best_taken") if c.best_taken else told
            out.append(f"- {_cell(c.step)}{colon(lang)}{quoted(lang, _cell(c.chosen))} — {best}")
        out.append("")
    return out


def render_markdown(report: Report) -> str:
    """The whole report as Markdown."""
    lang = report.lang
    title = text(lang, "title" if report.mode == "assess" else "title_practice", name=_cell(report.name))
    date = datetime.fromtimestamp(report.generated_at).strftime("%Y-%m-%d %H:%M")
    out = [f"# {title}", "", f"*{text(lang, 'generated', date=date, version=report.version)}*", ""]
    out += [f"> ⚠ {text(lang, 'disclaimer')}", ""]
    overall = "—" if report.overall is None else f"{report.overall:.0f}"
    out += [f"## {text(lang, 'qualities')}", "", f"**{text(lang, 'overall')}{colon(lang)}{overall}**", ""]
    heads = [text(lang, k) for k in ("quality", "score", "band", "confidence", "trend")]
    out += ["| " + " | ".join(heads) + " |", "|" + "---|" * len(heads)]
    for q in report.qualities:
        score = "—" if q.score is None else f"{q.score:.0f}"
        band = text(lang, q.band) if q.band else text(lang, "no_data")
        confidence = f"{text(lang, q.confidence)} ({data_text(lang, q.points, q.evidence)})"
        trend = f"{text(lang, q.trend)} ({q.delta:+.0f})" if q.trend else ""
        out.append(f"| {q.label} | {score} | {band} | {confidence if q.points else ''} | {trend} |")
    out += ["", f"## {text(lang, 'red_flags')}", "", f"*{text(lang, 'red_flags_note')}*", ""]
    out += [_flag(lang, f) for f in report.red_flags] or [text(lang, "no_red_flags")]
    out += ["", f"## {text(lang, 'strengths')}", ""]
    if not report.strengths:
        out.append(text(lang, "no_strengths"))
    for quality_id in report.strengths:
        q = report.quality(quality_id)
        out += [f"### {q.label} — {q.score:.0f}", "", *_quotes(q, lang)]
    out += ["", f"## {text(lang, 'gaps')}", ""]
    if not report.gaps and report.weakest:
        q = report.quality(report.weakest)
        key = "no_gaps_flags" if report.red_flags else "no_gaps"
        out += [text(lang, key, label=q.label, score=f"{q.score:.0f}"), ""]
    for quality_id in report.gaps or ([report.weakest] if report.weakest else []):
        q = report.quality(quality_id)
        if quality_id in report.gaps:
            out += [f"### {q.label} — {q.score:.0f}", "", *_quotes(q, lang)]
        if q.missing:
            out += [f"*{text(lang, 'missing')}*", "", *[f"- {_cell(m)}" for m in q.missing], ""]
        if q.questions:
            out += [f"*{text(lang, 'questions')}*", "", *[f"- {_cell(x)}" for x in q.questions], ""]
    out += [f"## {text(lang, 'integrity')}", "", f"*{text(lang, 'integrity_note')}*", ""]
    signals = [f"- {_cell(sig)}" for s in report.sessions for sig in s.signals]
    out += signals or [text(lang, "no_signals")]
    out += ["", *_scenarios(report)]
    out += ["", f"## {text(lang, 'transcript')}", ""]
    for s in report.sessions:
        out += [f"### {text(lang, 'session', id=s.id, title=_cell(s.title))}", ""]
        for i, step in enumerate(s.steps, 1):
            limit = f" / {step.limit} s" if step.limit else ""
            elapsed = f"{step.elapsed:.0f}" if step.elapsed is not None else "?"
            meta = text(lang, "step_meta", elapsed=elapsed, limit=limit) + (
                text(lang, "overtime") if step.overtime else ""
            )
            out += [f"**{i}. {_cell(step.title)}** ({meta})", ""]
            out += [f"*{_cell(step.prompt)}*", ""] if step.prompt else []
            out += [*(f"- {_cell(line)}" for line in step.handling), *([""] if step.handling else [])]
            for field_label, value in step.answer:
                shown = text(lang, "chose") if field_label == "option" else _cell(field_label)
                # an indented code block shows the answer as typed (no markup); controls made visible
                lines = visible(value, single_line=False).split("\n")
                out += [f"{shown}{colon(lang).rstrip()}", "", *[f"    {line}" for line in lines], ""]
            out += [" · ".join(f"{report.quality(k).label} {v}" for k, v in step.scores.items()), ""]
            out += [*(f"> ⚠ {_cell(note)}" for note in step.judge_notes), *([""] if step.judge_notes else [])]
    out += [f"## {text(lang, 'versions')}", "", text(lang, "versions_note"), ""]
    for s in report.sessions:
        scorers = ", ".join(sorted({step.scorer for step in s.steps})) or "—"
        out.append(
            f"- {text(lang, 'scenario_version', id=s.scenario_id, digest=s.digest)} · "
            f"{text(lang, 'scorer_version', scorers=scorers)}"
        )
    return "\n".join(out) + "\n"
