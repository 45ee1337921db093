"""The grade report as a terminal table and as one self-contained HTML page (inline CSS, no script),
in French or English."""

from __future__ import annotations

from html import escape
from pathlib import Path

from cmsim.model.qualities import Quality, label
from cmsim.report.html import CSS
from cmsim.report.strings import colon
from cmsim.session.gradereport import GradeReport, ScorerAgreement
from cmsim.session.promote import example_yaml
from cmsim.strings import Strings

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Grade report", "lab": "Calibration lab", "head": "{replies}, {graded}, raters: {raters}",
        "n_replies.one": "{count} reply", "n_replies.other": "{count} replies", "n_graded.one": "{count} graded",
        "n_graded.other": "{count} graded", "all": "all qualities",
        "raters": "Agreement between raters (Krippendorff's α)", "quality": "quality", "items": "items",
        "items2": "items (≥ 2 raters)", "interval": "α interval", "ordinal": "α ordinal", "scorer": "scorer",
        "vs": "Agreement of the {scorer} scorer with the raters' consensus", "vs_all": "The scorer against the "
        "raters' consensus", "concordance": "concordance", "pairs": "pairs", "kappa": "κ quadratic",
        "worst": "Worst disagreements (scorer − consensus)", "worst_h": "Worst disagreements", "none": "None.",
        "scored": "scorer {score}, raters {consensus}", "gap": "gap", "reply": "reply",
        "reading": "α and κ: 1 is perfect agreement, 0 is chance; ≥ 0.8 is reliable, 0.67–0.8 tentative, below "
        "that the grades (or the rubric) need discussing. Concordance: share of pairs of replies the raters rank "
        "apart that the scorer ranks the same way (a tie counts as a failure).",
        "agreed.one": "{count} reply the raters agree on can become a calibration example ({disputed} the scorer "
        "contradicts, to be marked 'disputed'):",
        "agreed.other": "{count} replies the raters agree on can become calibration examples ({disputed} the scorer "
        "contradicts, to be marked 'disputed'):", "agreed_h": "Agreed replies → calibration examples",
        "agreed_p.one": "{count} reply the raters agree on. One command (or p in the lab's screen) adds it to its "
        "scenario; if the scorer contradicts it, it is marked disputed:",
        "agreed_p.other": "{count} replies the raters agree on. One command (or p in the lab's screen) adds them to "
        "their scenarios; those the scorer contradicts are marked disputed:",
        "press.one": "{count} reply the raters agree on: press p to add it to its scenario ({disputed} marked "
        "disputed)",
        "press.other": "{count} replies the raters agree on: press p to add them to their scenarios ({disputed} "
        "marked disputed)", "no_agreed": "No reply has two raters in agreement yet.", "next": "run 'cmsim check' next",
        "promote": "Promote agreed replies", "back": "Back",
    },
    "fr": {
        "title": "Rapport de notation", "lab": "Labo de calibration",
        "head": "{replies}, {graded}, correcteurs : {raters}",
        "n_replies.one": "{count} réponse", "n_replies.other": "{count} réponses", "n_graded.one": "{count} notée",
        "n_graded.other": "{count} notées", "all": "toutes qualités",
        "raters": "Accord entre correcteurs (α de Krippendorff)", "quality": "qualité", "items": "réponses",
        "items2": "réponses (≥ 2 correcteurs)", "interval": "α intervalle", "ordinal": "α ordinal",
        "scorer": "correcteur auto", "vs": "Accord du correcteur {scorer} avec le consensus des correcteurs",
        "vs_all": "Le correcteur automatique face au consensus", "concordance": "concordance", "pairs": "paires",
        "kappa": "κ quadratique", "worst": "Plus grands désaccords (correcteur − consensus)",
        "worst_h": "Plus grands désaccords", "none": "Aucun.", "scored": "correcteur {score}, humains {consensus}",
        "gap": "écart", "reply": "réponse",
        "reading": "α et κ : 1 = accord parfait, 0 = hasard ; ≥ 0,8 fiable, 0,67–0,8 à confirmer, en dessous il "
        "faut discuter des notes (ou de la grille). Concordance : part des paires de réponses que les "
        "correcteurs départagent et que le correcteur automatique range dans le même ordre (une égalité compte "
        "comme un échec).",
        "agreed.one": "{count} réponse sur laquelle les correcteurs s'accordent peut devenir un exemple de "
        "calibration (le correcteur automatique en contredit {disputed}, à marquer 'disputed') :",
        "agreed.other": "{count} réponses sur lesquelles les correcteurs s'accordent peuvent devenir des exemples de "
        "calibration (le correcteur automatique en contredit {disputed}, à marquer 'disputed') :",
        "agreed_h": "Réponses consensuelles → exemples de calibration",
        "agreed_p.one": "{count} réponse consensuelle. Une commande (ou p dans l'écran du labo) l'ajoute à son "
        "scénario ; si le correcteur automatique la contredit, elle est marquée disputed :",
        "agreed_p.other": "{count} réponses consensuelles. Une commande (ou p dans l'écran du labo) les ajoute à "
        "leurs scénarios ; celles que le correcteur automatique contredit sont marquées disputed :",
        "press.one": "{count} réponse consensuelle : p l'ajoute à son scénario (marquées disputed : {disputed})",
        "press.other": "{count} réponses consensuelles : p les ajoute à leurs scénarios (marquées disputed : "
        "{disputed})",
        "no_agreed": "Aucune réponse n'a encore deux correcteurs d'accord.", "next": "lancez ensuite 'cmsim check'",
        "promote": "Ajouter les réponses consensuelles", "back": "Retour",
    },
}


gw = Strings(WORDS)
"""``gw(lang, key, **values)``: a word of the grade report in ``lang`` (English when unknown); ``gw.count``
for n things."""


def head_line(report: GradeReport, lang: str) -> str:
    """How many replies, how many graded, by whom: "1 reply, 1 graded, raters: ana"."""
    return gw(lang, "head", replies=gw.count(lang, "n_replies", report.items),
              graded=gw.count(lang, "n_graded", report.graded), raters=", ".join(report.raters))


def quality_name(quality: str, lang: str) -> str:
    """A quality id of the report as the reader says it: "Sang-froid" for calm, "all" pooled."""
    return label(quality, lang) if quality in Quality.__members__ else gw(lang, "all")


def fmt(value: float | None) -> str:
    """A statistic with two decimals, or '–' when it cannot be computed."""
    return "–" if value is None else f"{value:.2f}"


def text_report(report: GradeReport, lab: str, lang: str = "en") -> str:
    """The report for a terminal."""
    out = [
        f"{gw(lang, 'title')}{colon(lang)}{lab}  ({report.selection})",
        head_line(report, lang),
        "",
        gw(lang, "raters"),
        f"  {gw(lang, 'quality'):<15}{gw(lang, 'items'):>9}{gw(lang, 'interval'):>14}{gw(lang, 'ordinal'):>11}",
    ]
    for r in report.rater_agreement:
        name = quality_name(r.quality, lang)
        out.append(f"  {name:<15}{r.items:>9}{fmt(r.alpha_interval):>14}{fmt(r.alpha_ordinal):>11}")
    by_scorer: dict[str, list[ScorerAgreement]] = {}
    for s in report.scorer_agreement:
        by_scorer.setdefault(s.scorer, []).append(s)
    for scorer, rows in by_scorer.items():
        out += ["", gw(lang, "vs", scorer=scorer),
                f"  {gw(lang, 'quality'):<15}{gw(lang, 'items'):>9}{gw(lang, 'concordance'):>13}"
                f"{gw(lang, 'pairs'):>8}{gw(lang, 'kappa'):>15}"]
        for s in rows:
            name = quality_name(s.quality, lang)
            out.append(f"  {name:<15}{s.items:>9}{fmt(s.concordance):>13}{s.pairs:>8}{fmt(s.kappa):>15}")
    if report.worst:
        out += ["", gw(lang, "worst")]
        for d in report.worst:
            grades = ", ".join(f"{g:.0f}" for g in d.grades.values())
            scored = gw(lang, "scored", score=d.score, consensus=f"{d.consensus:.0f}")
            name = quality_name(d.quality, lang)
            out.append(f"  {d.item} {name}: {scored} ({grades})  {gw(lang, 'gap')} {d.gap:+.0f}")
            for field, text in d.reply.items():
                out.append(f"    {field}: {text.strip()[:160]}")
            for cid, score, feedback, evidence in d.criteria:
                out.append(f"    · {cid} {score}: {feedback.strip()[:120]}")
                out += [f"        {e[:120]}" for e in evidence[:4]]
    out += ["", gw(lang, "reading")]
    if report.promotable:
        disputed = sum(1 for p in report.promotable if p.disputed())
        out += ["", gw.count(lang, "agreed", len(report.promotable), disputed=disputed),
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


def html_report(report: GradeReport, lab: str, lang: str = "en") -> str:
    """The report as one HTML page that works offline."""
    raters = _table(
        [gw(lang, "quality"), gw(lang, "items2"), gw(lang, "interval"), gw(lang, "ordinal")],
        [[escape(quality_name(r.quality, lang)), str(r.items), _cell(r.alpha_interval), _cell(r.alpha_ordinal)]
         for r in report.rater_agreement],
    )
    scorers = _table(
        [gw(lang, k) for k in ("scorer", "quality", "items", "concordance", "pairs", "kappa")],
        [[escape(s.scorer), escape(quality_name(s.quality, lang)), str(s.items), _cell(s.concordance), str(s.pairs),
          _cell(s.kappa)]
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
        scored = gw(lang, "scored", score=d.score, consensus=f"{d.consensus:.0f}")
        grades = ", ".join(f"{g:.0f}" for g in d.grades.values())
        worst.append(
            f"<h3>{escape(d.item)} · {escape(quality_name(d.quality, lang))}: {escape(scored)} ({grades}; "
            f"{gw(lang, 'gap')} "
            f"{d.gap:+.0f})</h3>{reply}<ul>{crit}</ul>"
        )
    promo = ""
    if report.promotable:
        name = Path(lab).resolve().name
        snippet = "".join(example_yaml(p, name) for p in report.promotable)
        promo = (
            f"<h2>{escape(gw(lang, 'agreed_h'))}</h2><p>{escape(gw.count(lang, 'agreed_p', len(report.promotable)))}"
            f"</p><pre>cmsim grade promote {escape(lab)}</pre><pre>{escape(snippet)}</pre>"
        )
    meta = head_line(report, lang)
    return (
        f"<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">"
        f"<title>{escape(gw(lang, 'title'))}{colon(lang)}{escape(lab)}</title><style>{CSS}pre{{background:#f9fafb;"
        "padding:10px;overflow:auto;font-size:13px}</style></head><body><main>"
        f"<h1>{escape(gw(lang, 'title'))}</h1><p class=\"meta\">{escape(lab)} · {escape(report.selection)} · "
        f"{escape(meta)}</p>"
        f"<h2>{escape(gw(lang, 'raters'))}</h2>{raters}"
        f"<h2>{escape(gw(lang, 'vs_all'))}</h2>{scorers}"
        f"<p class=\"meta\">{escape(gw(lang, 'reading'))}</p>"
        f"<h2>{escape(gw(lang, 'worst_h'))}</h2>{''.join(worst) or '<p>' + gw(lang, 'none') + '</p>'}{promo}"
        "</main></body></html>\n"
    )
