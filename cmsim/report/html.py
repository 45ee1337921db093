"""The HTML report: one self-contained file (inline CSS and SVG, no script, no network) to mail."""

from __future__ import annotations

from datetime import datetime
from html import escape

from cmsim.report.data import QualityLine, Report, SessionLine
from cmsim.report.radar import radar_svg
from cmsim.report.strings import colon, data_text, quoted, text

CSS = """
*{box-sizing:border-box}
body{font-family:-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1d2939;margin:0;
background:#f2f4f7;line-height:1.45}
main{max-width:1040px;margin:24px auto;background:#fff;padding:32px 40px;border-radius:10px;
box-shadow:0 1px 3px rgba(16,24,40,.1)}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:19px;margin:32px 0 12px;padding-bottom:6px;border-bottom:2px solid #eaecf0}
h3{font-size:16px;margin:18px 0 6px}
.meta{color:#667085;font-size:14px}
.notice{background:#fffaeb;border:1px solid #fedf89;border-radius:8px;padding:10px 14px;margin:18px 0;font-size:14px}
.summary{display:flex;gap:28px;align-items:center;flex-wrap:wrap}
.summary svg{flex:0 0 auto;width:470px;max-width:100%;height:auto}
.summary table{flex:1 1 420px}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;padding:7px 8px;border-bottom:1px solid #eaecf0;vertical-align:top}
th{color:#475467;font-weight:600;background:#f9fafb}
td.num{text-align:right;font-variant-numeric:tabular-nums;font-weight:700}
.band{display:inline-block;padding:1px 9px;border-radius:10px;font-size:12px;font-weight:600}
.good{background:#dcfae6;color:#067647}.fair{background:#fef0c7;color:#93370d}.poor{background:#fee4e2;color:#b42318}
.none{background:#f2f4f7;color:#667085}
.bar{height:8px;background:#eaecf0;border-radius:4px;min-width:90px}
.bar span{display:block;height:8px;border-radius:4px;background:#2e6fdb}
.overall{font-size:40px;font-weight:700}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:24px}
@media (max-width:760px){.cols{grid-template-columns:1fr}}
blockquote{margin:6px 0;padding:6px 12px;border-left:3px solid #2e6fdb;background:#f5f8ff;font-size:14px}
blockquote.neg{border-left-color:#d92d20;background:#fef3f2}
blockquote small{display:block;color:#667085;margin-top:3px}
mark{background:#fde68a;padding:0 2px}
ul{margin:6px 0 6px 20px;padding:0}
li{margin:3px 0;font-size:14px}
.answer{white-space:pre-wrap;background:#f9fafb;border:1px solid #eaecf0;border-radius:6px;padding:8px 10px;
font-size:14px;margin:4px 0}
.prompt{color:#475467;font-size:14px;margin:2px 0}
.small{font-size:13px;color:#667085}
.judge-note{font-size:13px;color:#b54708;margin:4px 0}
.flag{margin:8px 0}
.flag blockquote{margin-top:4px}
footer{margin-top:28px;font-size:12px;color:#667085}
@media print{body{background:#fff}main{box-shadow:none;margin:0;padding:0}}
"""


def _band(report: Report, band: str | None) -> str:
    if band is None:
        return f'<span class="band none">{escape(text(report.lang, "no_data"))}</span>'
    return f'<span class="band {band}">{escape(text(report.lang, band))}</span>'


def _quality_row(report: Report, q: QualityLine) -> str:
    lang = report.lang
    score = "—" if q.score is None else f"{q.score:.0f}"
    bar = f'<div class="bar"><span style="width:{q.score or 0:.0f}%"></span></div>'
    trend = ""
    if report.mode == "practice":
        trend = f"<td>{escape(text(lang, q.trend))} ({q.delta:+.0f})</td>" if q.trend else "<td></td>"
    data = escape(data_text(lang, q.points, q.evidence))
    confidence = escape(text(lang, q.confidence)) if q.points else ""
    return (
        f"<tr><td>{escape(q.label)}</td><td class='num'>{score}</td><td>{bar}</td><td>{_band(report, q.band)}</td>"
        f"<td>{confidence}<div class='small'>{data if q.points else ''}</div></td>{trend}</tr>"
    )


def _quotes(report: Report, q: QualityLine) -> str:
    if not q.quotes:
        return f"<p class='small'>{escape(text(report.lang, 'no_quotes_written' if q.written else 'no_quotes'))}</p>"
    out = []
    for quote in q.quotes:
        cls = "neg" if quote.polarity == "-" else ""
        body = "".join(f"<mark>{escape(part)}</mark>" if mark else escape(part) for part, mark in quote.segments)
        notes = " ".join(escape(n) for n in quote.notes)
        out.append(f'<blockquote class="{cls}">{body}<small>{escape(quote.step)} — {notes}</small></blockquote>')
    return "".join(out)


def _strengths(report: Report) -> str:
    lang = report.lang
    if not report.strengths:
        return f"<p>{escape(text(lang, 'no_strengths'))}</p>"
    out = []
    for quality_id in report.strengths:
        q = report.quality(quality_id)
        out.append(f"<h3>{escape(q.label)} — {q.score:.0f}</h3>{_quotes(report, q)}")
    return "".join(out)


def _gaps(report: Report) -> str:
    lang = report.lang
    out = []
    if not report.gaps and report.weakest:
        q = report.quality(report.weakest)
        key = "no_gaps_flags" if report.red_flags else "no_gaps"
        out.append(f"<p>{escape(text(lang, key, label=q.label, score=f'{q.score:.0f}'))}</p>")
    for quality_id in report.gaps or ([report.weakest] if report.weakest else []):
        q = report.quality(quality_id)
        if quality_id in report.gaps:
            out.append(f"<h3>{escape(q.label)} — {q.score:.0f}</h3>{_quotes(report, q)}")
        if q.missing:
            items = "".join(f"<li>{escape(m)}</li>" for m in q.missing)
            out.append(f"<div class='small'>{escape(text(lang, 'missing'))}</div><ul>{items}</ul>")
        if q.questions:
            items = "".join(f"<li>{escape(x)}</li>" for x in q.questions)
            out.append(f"<div class='small'>{escape(text(lang, 'questions'))}</div><ul>{items}</ul>")
    return "".join(out)


def _red_flags(report: Report) -> str:
    lang = report.lang
    if not report.red_flags:
        return f"<p>{escape(text(lang, 'no_red_flags'))}</p>"
    out = []
    for flag in report.red_flags:
        marks = [f"{name} {score}" for name, score in flag.qualities]
        if flag.hostile:
            marks.append(text(lang, "flag_hostile"))
        head = f"<b>{escape(flag.scenario)} · {escape(flag.step)}</b> — {escape(', '.join(marks))}"
        if flag.chosen is not None:
            body = f"{escape(text(lang, 'flag_chose'))}{colon(lang)}{escape(flag.chosen)}"
            if flag.best:
                body += f"<small>{escape(text(lang, 'flag_best'))}{colon(lang)}{escape(flag.best)}</small>"
        elif flag.quote:
            body = f"{escape(flag.quote)}"
        elif flag.handling:
            lines = "".join(f"<li>{escape(line)}</li>" for line in flag.handling)
            out.append(f'<div class="flag">{head}<ul class="handling">{lines}</ul></div>')
            continue
        else:
            body = f"<i>{escape(text(lang, 'flag_said_nothing'))}</i>"
        out.append(f'<div class="flag">{head}<blockquote class="neg">{body}</blockquote></div>')
    return "".join(out)


def _summaries(report: Report) -> str:
    lang = report.lang
    out = []
    for s in report.sessions:
        if s.summary is None:
            continue
        ending = escape(s.summary.ending or text(lang, "not_finished"))
        outcome = ""
        if s.summary.outcome:
            band = {"good": "good", "mixed": "fair", "bad": "poor"}[s.summary.outcome]
            outcome = f' <span class="band {band}">{escape(text(lang, "outcome_" + s.summary.outcome))}</span>'
        path = " → ".join(escape(p) for p in s.summary.path)
        scores = " · ".join(f"{escape(report.quality(k).label)} {v}" for k, v in s.summary.scores.items())
        out.append(f"<h3>{escape(s.title)} — {ending}{outcome}</h3>")
        out.append(f"<p class='small'>{escape(text(lang, 'path'))}{colon(lang)}{path}</p><p class='small'>{scores}</p>")
        items = []
        for c in s.summary.choices:
            best = escape(text(lang, "best_taken")) if c.best_taken else (
                f"{escape(text(lang, 'flag_best'))}{colon(lang)}{escape(c.best)}"
            )
            items.append(f"<li>{escape(c.step)}{colon(lang)}{escape(quoted(lang, c.chosen))} — {best}</li>")
        if items:
            out.append(f"<ul>{''.join(items)}</ul>")
    return "".join(out)


def _session(report: Report, s: SessionLine) -> str:
    lang = report.lang
    out = [f"<h3>{escape(text(lang, 'session', id=s.id, title=s.title))}</h3>"]
    status = escape(s.ending) if s.ending else escape(text(lang, "not_finished"))
    if s.ending and s.mode == "practice":
        status = f"{escape(text(lang, 'ending'))}{colon(lang)}{status}"
    out.append(f"<p class='small'>{escape(text(lang, 'mode_' + s.mode))} · {status}</p>")
    for i, step in enumerate(s.steps, 1):
        limit = f" / {step.limit} s" if step.limit else ""
        meta = text(lang, "step_meta", elapsed=f"{step.elapsed:.0f}" if step.elapsed is not None else "?", limit=limit)
        if step.overtime:
            meta += text(lang, "overtime")
        scores = " · ".join(f"{escape(report.quality(k).label)} {v}" for k, v in step.scores.items())
        out.append(f"<p><b>{i}. {escape(step.title)}</b> <span class='small'>({escape(meta)})</span></p>")
        if step.prompt:
            out.append(f"<p class='prompt'>{escape(step.prompt)}</p>")
        if step.handling:
            out.append(f"<ul class='handling'>{''.join(f'<li>{escape(x)}</li>' for x in step.handling)}</ul>")
        for field_label, value in step.answer:
            shown = text(lang, "chose") if field_label == "option" else field_label
            out.append(f"<div class='small'>{escape(shown)}</div><div class='answer'>{escape(value)}</div>")
        out.append(f"<p class='small'>{scores}</p>")
        out.extend(f"<p class='judge-note'>⚠ {escape(note)}</p>" for note in step.judge_notes)
    return "".join(out)


def render_html(report: Report) -> str:
    """The whole report as one HTML document."""
    lang = report.lang
    title_key = "title" if report.mode == "assess" else "title_practice"
    title = text(lang, title_key, name=report.name)
    date = datetime.fromtimestamp(report.generated_at).strftime("%Y-%m-%d %H:%M")
    campaigns = sorted({s.campaign for s in report.sessions if s.campaign})
    meta = [text(lang, "generated", date=date, version=report.version)]
    if campaigns:
        meta.append(f"{text(lang, 'campaign')}{colon(lang)}{', '.join(campaigns)}")
    meta.append(f"{text(lang, 'sessions')}{colon(lang)}{', '.join(str(s.id) for s in report.sessions)}")
    radar = radar_svg([(q.label, q.score) for q in report.qualities], title=text(lang, "qualities"))
    rows = "".join(_quality_row(report, q) for q in report.qualities)
    overall = "—" if report.overall is None else f"{report.overall:.0f}"
    headers = "".join(
        f"<th>{escape(text(lang, k))}</th>" if k else "<th></th>"
        for k in ("quality", "score", "", "band", "confidence", "trend")
        if k != "trend" or report.mode == "practice"
    )
    signals = [f"<li>{escape(sig)}</li>" for s in report.sessions for sig in s.signals]
    integrity = f"<ul>{''.join(signals)}</ul>" if signals else f"<p>{escape(text(lang, 'no_signals'))}</p>"
    versions = []
    for s in report.sessions:
        scorers = sorted({step.scorer for step in s.steps})
        older = sorted({o for step in s.steps for o in step.older_scorers})
        line = f"{text(lang, 'scenario_version', id=s.scenario_id, digest=s.digest)} · "
        line += text(lang, "scorer_version", scorers=", ".join(scorers) or "—")
        if older:
            line += " · " + text(lang, "rescored", old=", ".join(older))
        versions.append(f"<li>{escape(line)}</li>")
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{CSS}</style>
</head>
<body>
<main>
<h1>{escape(title)}</h1>
<div class="meta">{" · ".join(escape(m) for m in meta)}</div>
<div class="notice">{escape(text(lang, "disclaimer"))}</div>
<h2>{escape(text(lang, "qualities"))}</h2>
<div class="summary">
{radar}
<div style="flex:1 1 400px">
<div class="meta">{escape(text(lang, "overall"))}</div><div class="overall">{overall}</div>
<table><thead><tr>{headers}</tr></thead><tbody>{rows}</tbody></table>
</div>
</div>
<h2 id="red-flags">{escape(text(lang, "red_flags"))}</h2>
<p class="small">{escape(text(lang, "red_flags_note"))}</p>
{_red_flags(report)}
<div class="cols">
<section><h2>{escape(text(lang, "strengths"))}</h2>{_strengths(report)}</section>
<section><h2>{escape(text(lang, "gaps"))}</h2>{_gaps(report)}</section>
</div>
<h2>{escape(text(lang, "integrity"))}</h2>
<p class="small">{escape(text(lang, "integrity_note"))}</p>
{integrity}
<h2>{escape(text(lang, "scenarios"))}</h2>
{_summaries(report)}
<h2>{escape(text(lang, "transcript"))}</h2>
{"".join(_session(report, s) for s in report.sessions)}
<h2>{escape(text(lang, "versions"))}</h2>
<p class="small">{escape(text(lang, "versions_note"))}</p>
<ul>{"".join(versions)}</ul>
<footer>{escape(text(lang, "disclaimer"))}</footer>
</main>
</body>
</html>
"""
