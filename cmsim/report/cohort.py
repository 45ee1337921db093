"""The cohort view as terminal text and as one self-contained HTML page with SVG plots (no script, no
network), in French or English."""

from __future__ import annotations

from html import escape

from cmsim.model.qualities import label
from cmsim.report.html import CSS
from cmsim.report.strings import colon
from cmsim.scoring.agreement import BANDS5
from cmsim.session.cohort import Cohort, Distribution, ProgressPoint
from cmsim.strings import Strings

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Cohort", "group": "{people}, {sessions}, {answers}",
        "n_people.one": "{count} person", "n_people.other": "{count} people", "n_sessions.one": "{count} session",
        "n_sessions.other": "{count} sessions", "n_answers.one": "{count} answer", "n_answers.other": "{count} answers",
        "qualities": "Scores per quality", "quality": "quality", "answers": "answers", "mean": "mean",
        "median": "median", "weakest": "Weakest criteria across the group", "criterion": "criterion",
        "people": "people", "progress": "Progress over sessions", "session_n": "session", "scenarios":
        "Scenarios where the group struggles", "scenario": "scenario", "sessions": "sessions",
        "bad": "bad endings", "weakest_q": "weakest quality", "empty": "No session matches: nothing to show.",
        "nth": "mean score of each person's 1st, 2nd, 3rd… session (people in brackets)", "advice": "what to teach",
        "back": "Back",
    },
    "fr": {
        "title": "Promotion", "group": "{people}, {sessions}, {answers}",
        "n_people.one": "{count} personne", "n_people.other": "{count} personnes", "n_sessions.one": "{count} session",
        "n_sessions.other": "{count} sessions", "n_answers.one": "{count} réponse",
        "n_answers.other": "{count} réponses",
        "qualities": "Scores par qualité", "quality": "qualité", "answers": "réponses", "mean": "moyenne",
        "median": "médiane", "weakest": "Critères les plus faibles du groupe", "criterion": "critère",
        "people": "personnes", "progress": "Progrès d'une session à l'autre", "session_n": "session",
        "scenarios": "Scénarios où le groupe peine", "scenario": "scénario", "sessions": "sessions",
        "bad": "fins ratées", "weakest_q": "qualité la plus faible", "empty": "Aucune session ne correspond.",
        "nth": "score moyen de la 1re, 2e, 3e… session de chacun (nombre de personnes entre parenthèses)",
        "advice": "à travailler", "back": "Retour",
    },
}


w = Strings(WORDS)
"""``w(lang, key, **values)``: a cohort word in ``lang`` (English when unknown); ``w.count`` for n things."""


def group_line(c: Cohort, lang: str) -> str:
    """Who and what the cohort holds: "1 person, 3 sessions, 12 answers"."""
    return w(lang, "group", people=w.count(lang, "n_people", c.people),
             sessions=w.count(lang, "n_sessions", c.sessions), answers=w.count(lang, "n_answers", c.answers))


def _n(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


def text_cohort(c: Cohort, lang: str = "en") -> str:
    """The cohort for a terminal."""
    out = [f"{w(lang, 'title')}{colon(lang)}{c.described}", group_line(c, lang)]
    if not c.sessions:
        return "\n".join([*out, w(lang, "empty")]) + "\n"
    out += ["", w(lang, "qualities"), f"  {w(lang, 'quality'):<16}{w(lang, 'answers'):>8}{w(lang, 'mean'):>8}"
            f"{w(lang, 'median'):>8}   " + " ".join(f"{b:>6}" for b in BANDS5)]
    for d in c.distributions:
        bars = " ".join(f"{n:>6}" for n in d.histogram())
        out.append(f"  {label(d.quality, lang):<16}{len(d.scores):>8}{_n(d.mean):>8}{_n(d.median):>8}   {bars}")
    if c.weakest:
        out += ["", w(lang, "weakest")]
        for k in c.weakest:
            out.append(f"  {k.id} ({label(k.quality, lang)}): {k.mean:.0f} · {w.count(lang, 'n_answers', k.answers)}, "
                       f"{w.count(lang, 'n_people', k.people)} — {k.advice}")
            out += [f'      "{q}"' for q in k.quotes]
    if c.progress:
        out += ["", w(lang, "progress")]
        out += [f"  {w(lang, 'session_n')} {p.index}{colon(lang)}{p.mean:.0f}  ({w.count(lang, 'n_people', p.people)})"
                for p in c.progress]
    if c.scenarios:
        out += ["", w(lang, "scenarios")]
        for s in c.scenarios:
            weakest = label(s.weakest, lang) if s.weakest else "–"
            out.append(f"  {s.scenario_id:<24}{_n(s.mean):>5}  {w.count(lang, 'n_sessions', s.sessions)}, "
                       f"{s.bad_endings}/{s.finished} {w(lang, 'bad')}, {w(lang, 'weakest_q')}: {weakest}")
    return "\n".join(out) + "\n"


COLOURS = ("#d92d20", "#f79009", "#fdb022", "#66c61c", "#12b76a")


def histogram_svg(d: Distribution, lang: str) -> str:
    """Five bars (0–19 … 80–100), red to green, with counts; the mean as a dashed line."""
    counts = d.histogram()
    top = max(counts) or 1
    width, height, pad = 260, 120, 18
    bar = (width - 2 * pad) / 5
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height + 34}" width="{width}" '
             f'role="img" aria-label="{escape(label(d.quality, lang))}">']
    for i, n in enumerate(counts):
        h = (height - 20) * n / top
        x = pad + i * bar
        parts.append(f'<rect x="{x + 3:.1f}" y="{height - h:.1f}" width="{bar - 6:.1f}" height="{h:.1f}" '
                     f'fill="{COLOURS[i]}" rx="2"/>')
        parts.append(f'<text x="{x + bar / 2:.1f}" y="{height - h - 4:.1f}" font-size="11" text-anchor="middle">'
                     f"{n}</text>")
        parts.append(f'<text x="{x + bar / 2:.1f}" y="{height + 14}" font-size="10" text-anchor="middle" '
                     f'fill="#667085">{BANDS5[i]}</text>')
    if d.mean is not None:
        x = pad + (width - 2 * pad) * d.mean / 100
        parts.append(f'<line x1="{x:.1f}" y1="8" x2="{x:.1f}" y2="{height}" stroke="#1d2939" stroke-dasharray="4 3"/>')
        parts.append(f'<text x="{x:.1f}" y="{height + 30}" font-size="11" text-anchor="middle">'
                     f"{escape(w(lang, 'mean'))} {d.mean:.0f}</text>")
    parts.append("</svg>")
    return "".join(parts)


def progress_svg(points: list[ProgressPoint], lang: str) -> str:
    """The group's mean score at each person's 1st, 2nd, … session, as a line on a 0–100 scale."""
    width, height, pad = 520, 200, 36
    n = max(len(points), 2)
    def x(i: int) -> float:
        return pad + (width - 2 * pad) * (i - 1) / (n - 1)
    def y(v: float) -> float:
        return height - pad + 10 - (height - pad - 10) * v / 100
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" role="img" '
             f'aria-label="{escape(w(lang, "progress"))}">']
    for v in (0, 25, 50, 75, 100):
        parts.append(f'<line x1="{pad}" y1="{y(v):.1f}" x2="{width - pad}" y2="{y(v):.1f}" stroke="#eaecf0"/>')
        parts.append(f'<text x="{pad - 6}" y="{y(v) + 4:.1f}" font-size="10" text-anchor="end" fill="#667085">'
                     f"{v}</text>")
    coords = " ".join(f"{x(p.index):.1f},{y(p.mean):.1f}" for p in points)
    if len(points) > 1:
        parts.append(f'<polyline points="{coords}" fill="none" stroke="#2e6fdb" stroke-width="2.5"/>')
    for p in points:
        parts.append(f'<circle cx="{x(p.index):.1f}" cy="{y(p.mean):.1f}" r="4" fill="#2e6fdb"/>'
                     f'<text x="{x(p.index):.1f}" y="{y(p.mean) - 9:.1f}" font-size="11" text-anchor="middle">'
                     f"{p.mean:.0f}</text>"
                     f'<text x="{x(p.index):.1f}" y="{height - 6}" font-size="10" text-anchor="middle" '
                     f'fill="#667085">{p.index} ({p.people})</text>')
    parts.append("</svg>")
    return "".join(parts)


def html_cohort(c: Cohort, lang: str = "en") -> str:
    """The cohort as one HTML page that works offline."""
    head = (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{escape(w(lang, "title"))}: '
            f"{escape(c.described)}</title><style>{CSS}.hists{{display:flex;flex-wrap:wrap;gap:18px}}"
            ".hists figure{margin:0}.hists figcaption{font-weight:600;font-size:14px}</style></head><body><main>"
            f"<h1>{escape(w(lang, 'title'))}</h1><p class=\"meta\">{escape(c.described)} · "
            f"{escape(group_line(c, lang))}</p>")
    if not c.sessions:
        return head + f"<p>{escape(w(lang, 'empty'))}</p></main></body></html>\n"
    hists = "".join(
        f"<figure><figcaption>{escape(label(d.quality, lang))} · {w(lang, 'median')} {_n(d.median)}</figcaption>"
        f"{histogram_svg(d, lang)}</figure>"
        for d in c.distributions
    )
    weak = "".join(
        f"<h3>{escape(k.id)} · {escape(label(k.quality, lang))} · {k.mean:.0f}</h3><p class=\"meta\">"
        f"{escape(w.count(lang, 'n_answers', k.answers))}, {escape(w.count(lang, 'n_people', k.people))} · "
        f"{escape(w(lang, 'advice'))}: "
        f"{escape(k.advice)}</p>" + "".join(f'<blockquote class="neg">{escape(q)}</blockquote>' for q in k.quotes)
        for k in c.weakest
    )
    rows = "".join(
        f"<tr><td>{escape(s.title)}<br><small>{escape(s.scenario_id)}</small></td><td class=\"num\">{_n(s.mean)}</td>"
        f"<td>{s.sessions}</td><td>{s.people}</td><td>{s.bad_endings}/{s.finished}</td>"
        f"<td>{escape(label(s.weakest, lang)) if s.weakest else '–'}</td></tr>"
        for s in c.scenarios
    )
    table = (f"<table><thead><tr><th>{escape(w(lang, 'scenario'))}</th><th>{escape(w(lang, 'mean'))}</th>"
             f"<th>{escape(w(lang, 'sessions'))}</th><th>{escape(w(lang, 'people'))}</th>"
             f"<th>{escape(w(lang, 'bad'))}</th><th>{escape(w(lang, 'weakest_q'))}</th></tr></thead>"
             f"<tbody>{rows}</tbody></table>")
    return (
        head + f"<h2>{escape(w(lang, 'qualities'))}</h2><div class=\"hists\">{hists}</div>"
        f"<h2>{escape(w(lang, 'weakest'))}</h2>{weak or '<p>–</p>'}"
        f"<h2>{escape(w(lang, 'progress'))}</h2><p class=\"meta\">{escape(w(lang, 'nth'))}</p>"
        f"{progress_svg(c.progress, lang)}"
        f"<h2>{escape(w(lang, 'scenarios'))}</h2>{table}</main></body></html>\n"
    )
