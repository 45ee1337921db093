"""The grade report as a terminal table and as one self-contained HTML page (inline CSS, no script)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from cmsim.report.html import CSS
from cmsim.session.gradereport import GradeReport, ScorerAgreement
from cmsim.session.promote import example_yaml

READING = (
    "α and κ: 1 is perfect agreement, 0 is chance; ≥ 0.8 is reliable, 0.67–0.8 tentative, below that "
    "the grades (or the rubric) need discussing. Concordance: share of pairs of replies the raters rank "
    "apart that the scorer ranks the same way (a tie counts as a failure)."
)


def fmt(value: float | None) -> str:
    """A statistic with two decimals, or '–' when it cannot be computed."""
    return "–" if value is None else f"{value:.2f}"


def text_report(report: GradeReport, lab: str) -> str:
    """The report for a terminal."""
    out = [
        f"Grade report: {lab}  ({report.selection})",
        f"{report.items} replies, {report.graded} graded, raters: {', '.join(report.raters)}",
        "",
        "Agreement between raters (Krippendorff's α)",
        f"  {'quality':<15}{'items':>6}{'α interval':>12}{'α ordinal':>11}",
    ]
    for r in report.rater_agreement:
        out.append(f"  {r.quality:<15}{r.items:>6}{fmt(r.alpha_interval):>12}{fmt(r.alpha_ordinal):>11}")
    by_scorer: dict[str, list[ScorerAgreement]] = {}
    for s in report.scorer_agreement:
        by_scorer.setdefault(s.scorer, []).append(s)
    for scorer, rows in by_scorer.items():
        out += ["", f"Agreement of the {scorer} scorer with the raters' consensus",
                f"  {'quality':<15}{'items':>6}{'concordance':>13}{'pairs':>7}{'κ (quadratic)':>15}"]
        for s in rows:
            out.append(f"  {s.quality:<15}{s.items:>6}{fmt(s.concordance):>13}{s.pairs:>7}{fmt(s.kappa):>15}")
    if report.worst:
        out += ["", "Worst disagreements (scorer − consensus)"]
        for d in report.worst:
            grades = ", ".join(f"{g:.0f}" for g in d.grades.values())
            out.append(f"  {d.item} {d.quality}: scorer {d.score}, raters {d.consensus:.0f}"
                       f"{f' ({grades})' if grades else ''}  gap {d.gap:+.0f}")
            for field, text in d.reply.items():
                out.append(f"    {field}: {text.strip()[:160]}")
            for cid, score, feedback, evidence in d.criteria:
                out.append(f"    · {cid} {score}: {feedback.strip()[:120]}")
                out += [f"        {e[:120]}" for e in evidence[:4]]
    out += ["", READING]
    if report.promotable:
        disputed = sum(1 for p in report.promotable if p.disputed())
        out += ["", f"{len(report.promotable)} replies the raters agree on can become calibration examples "
                f"({disputed} the scorer contradicts, to be marked 'disputed'):",
                f"  cmsim grade promote {lab}"]
    return "\n".join(out) + "\n"


def _table(head: list[str], rows: list[list[str]]) -> str:
    th = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def _cell(value: float | None) -> str:
    if value is None:
        return '<span class="band none">–</span>'
    band = "good" if value >= 0.8 else "fair" if value >= 0.67 else "poor"
    return f'<span class="band {band}">{value:.2f}</span>'


def html_report(report: GradeReport, lab: str) -> str:
    """The report as one HTML page that works offline."""
    raters = _table(
        ["quality", "items (≥ 2 raters)", "α interval", "α ordinal"],
        [[escape(r.quality), str(r.items), _cell(r.alpha_interval), _cell(r.alpha_ordinal)]
         for r in report.rater_agreement],
    )
    scorers = _table(
        ["scorer", "quality", "items", "concordance", "pairs", "κ quadratic"],
        [[escape(s.scorer), escape(s.quality), str(s.items), _cell(s.concordance), str(s.pairs), _cell(s.kappa)]
         for s in report.scorer_agreement],
    )
    worst = []
    for d in report.worst:
        reply = "".join(f"<blockquote>{escape(f)}: {escape(t)}</blockquote>" for f, t in d.reply.items())
        crit = "".join(
            f"<li><b>{escape(cid)}</b> {score}: {escape(fb)}"
            + "".join(f'<br><small>{escape(e)}</small>' for e in ev[:5]) + "</li>"
            for cid, score, fb, ev in d.criteria
        )
        worst.append(
            f"<h3>{escape(d.item)} · {escape(d.quality)}: scorer {d.score}, raters {d.consensus:.0f} "
            f"({', '.join(f'{g:.0f}' for g in d.grades.values())}; gap {d.gap:+.0f})</h3>{reply}<ul>{crit}</ul>"
        )
    promo = ""
    if report.promotable:
        name = Path(lab).resolve().name
        snippet = "".join(example_yaml(p, name) for p in report.promotable)
        promo = (
            f"<h2>Agreed replies → calibration examples</h2><p>{len(report.promotable)} replies the raters "
            f"agree on. One command adds them to their scenarios (those the scorer contradicts are marked "
            f"<code>disputed</code>):</p><pre>cmsim grade promote {escape(lab)}</pre><pre>{escape(snippet)}</pre>"
        )
    return (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>Grade report: {escape(lab)}</title><style>{CSS}pre{{background:#f9fafb;padding:10px;"
        "overflow:auto;font-size:13px}</style></head><body><main>"
        f"<h1>Grade report</h1><p class=\"meta\">{escape(lab)} · {escape(report.selection)} · {report.items} "
        f"replies, {report.graded} graded · raters: {escape(', '.join(report.raters))}</p>"
        f"<h2>Agreement between raters (Krippendorff's α)</h2>{raters}"
        f"<h2>The scorer against the raters' consensus</h2>{scorers}"
        f"<p class=\"meta\">{escape(READING)}</p>"
        f"<h2>Worst disagreements</h2>{''.join(worst) or '<p>None.</p>'}{promo}"
        "</main></body></html>\n"
    )
