"""What a criterion's score says: its band, the feedback text for that band and what the reply lacks, the
evidence it quotes (one frozen object a span, shared by the criteria that quote it), and what a criterion lowered
only by the length or substance gate says instead of a fault."""

from __future__ import annotations

from cmsim.model.base import LocalText, band_of
from cmsim.model.result import CriterionResult, Evidence, Family
from cmsim.model.rubric import Criterion
from cmsim.scoring.criteria import KINDS, Outcome, Span
from cmsim.scoring.gating import LONG_GATED_TEXT, gated_text, length_priced
from cmsim.scoring.integrity import FieldView

GATE_NOISE = 3.0
"""A gate that lowers a criterion by less than this, across a band's edge (an apology at 70 read at 69 because of a
one-word signature line), gives no reason of its own: the criterion speaks in the band of what it found."""
QuoteKey = Span | tuple[str, int, int, str, str]
"""A quote's key: its span, and what it is when a kind names its negative spans (``Kind.finding``)."""


def criterion_result(criterion: Criterion, outcome: Outcome, value: float, ungated: float, views: list[FieldView],
                     lang: str, by_id: dict[str, FieldView], quotes: dict[QuoteKey, Evidence]) -> CriterionResult:
    """The result of one criterion: its score, band, feedback in both languages and the evidence it quotes."""
    band = band_of(value)
    found = outcome.evidence
    against = False
    for span in found:  # plain loops: most criteria have none or one span, for which a comprehension costs more
        if span[3] == "-":
            against = True
            break
    fault = against or bool(outcome.missing) or outcome.incomplete
    if band == "good" and fault:
        band = "fair"  # a fault was found: "all good" would praise what the reply lacks
    elif not fault and band != band_of(ungated):
        if ungated - value < GATE_NOISE:  # a signature line cost a point across a band's edge: no reason to give
            band = band_of(ungated)
        else:
            # the length/substance gate lowered it, not a fault this criterion found: say why, never a fault
            # the reply does not have ("a word could be read as a jab" under "hi there")
            too_long = length_priced(criterion) and any(v.length_factor < 1.0 for v in views)
            return _gated_result(criterion, outcome, value, lang, too_long, views)
    # validated construction (pydantic 2.14: model_construct is twice as slow; see _EVIDENCE)
    evidence = []
    # what the negative spans are, as the kind names it; a span two kinds name differently is two quotes
    family = KINDS[criterion.kind].finding if against else None
    for span in found:
        key: QuoteKey = span if family is None or span[3] != "-" else (*span, family)
        quote = quotes.get(key)
        if quote is None:
            f, s, e, p = span
            view = by_id[f]
            named = family if p == "-" else None
            if view.typed is not None:
                quote = _evidence(view, s, e, p, named)
            elif named is None:  # most spans: the field's default, not validated again
                quote = _EVIDENCE({"field": f, "start": s, "end": e, "text": view.raw[s:e],
                                   "polarity": "-" if p == "-" else "+"})
            else:
                quote = _EVIDENCE({"field": f, "start": s, "end": e, "text": view.raw[s:e], "polarity": "-",
                                   "family": named})
            quotes[key] = quote
        evidence.append(quote)
    feedback = criterion.feedback
    text = getattr(feedback, band)
    # ask for a part the reply lacks, never for one it has ("dire que vous vous en occupez"); a poor band that found
    # something ("Votez") does not say nothing was found either
    lacks = outcome.lacks or (["found"] if band == "poor" else [])  # found a little: never "nothing concrete"
    if lacks:
        if band == "fair" or (band == "poor" and any(span[3] == "+" for span in found)):
            text = _hint(feedback.hints, lacks, text)
        else:  # praise only what is there ("…and when" beside no time); a poor band names what lowered it
            text = _hint(feedback.hints, [f"{band}-{k}" for k in lacks], text)
    if outcome.notes:
        text = _noted(text, outcome.notes, feedback.hints)
    neutral = outcome.neutral and band == "good"  # a default the reply did not earn is never shown as good
    score = round(value)
    shown = band if band != band_of(score) else None  # the mark follows the text ("~ Too long" at 74)
    if evidence:
        result: CriterionResult = _CRITERION_RESULT({
            "id": criterion.id, "quality": criterion.quality, "score": score, "weight": criterion.weight,
            "feedback": text.get(lang), "evidence": evidence, "missing": outcome.missing, "feedback_texts": text,
            "neutral": neutral, "shown": shown})
        return result
    return _quoteless(criterion, score, text, lang, outcome.missing, neutral, shown)


def _hint(hints: dict[str, LocalText], keys: list[str], default: LocalText) -> LocalText:
    """The hint of the first of ``keys`` the rubric has, else ``default``."""
    for key in keys:
        hint = hints.get(key)
        if hint is not None:
            return hint
    return default


_QUOTELESS: dict[tuple[object, ...], CriterionResult] = {}
_QUOTELESS_MAX = 65536


def _quoteless(criterion: Criterion, score: int, text: LocalText, lang: str, missing: list[str],
               neutral: bool, shown: str | None) -> CriterionResult:
    """A result that quotes nothing, remembered by every value it holds: it is frozen, so one object serves every reply
    that earns it (half of a reply's results quote nothing, and few distinct ones recur: a criterion's score, its text
    and what is missing)."""
    key = (criterion.id, criterion.quality, criterion.weight, score, text.fr, text.en, lang, neutral, shown, *missing)
    known = _QUOTELESS.get(key)
    if known is None:
        if len(_QUOTELESS) >= _QUOTELESS_MAX:
            _QUOTELESS.clear()
        known = _QUOTELESS[key] = _CRITERION_RESULT({
            "id": criterion.id, "quality": criterion.quality, "score": score, "weight": criterion.weight,
            "feedback": text.get(lang), "evidence": [], "missing": missing, "feedback_texts": text,
            "neutral": neutral, "shown": shown})
    return known


def _noted(text: LocalText, notes: list[tuple[str, str, str]], hints: dict[str, LocalText]) -> LocalText:
    """The band's text followed by a sentence per note (``Outcome.notes``), from the rubric's hint of that name."""
    said = {lang: [text.get(lang)] for lang in ("fr", "en")}
    for hint, does, words in notes:
        if hint in hints:
            for lang in said:
                said[lang].append(hints[hint].get(lang).replace("{does}", does).replace("{words}", words))
    return LocalText(fr=" ".join(said["fr"]), en=" ".join(said["en"]))


_EVIDENCE = Evidence.__pydantic_validator__.validate_python
_CRITERION_RESULT = CriterionResult.__pydantic_validator__.validate_python
"""The models' validators called directly: validated as by the constructor, without its Python frame (a quarter
cheaper; a reply builds some 35 of them)."""


def _evidence(view: FieldView, start: int, end: int, polarity: str, family: Family | None) -> Evidence:
    """Evidence quoted from the field as typed (the analysis reads its NFC form)."""
    text, start, end = view.typed_span(start, end)
    return Evidence(field=view.id, start=start, end=end, text=text[start:end], polarity="-" if polarity == "-" else "+",
                    family=family)


def _gated_result(criterion: Criterion, outcome: Outcome, value: float, lang: str, too_long: bool,
                  views: list[FieldView]) -> CriterionResult:
    texts = LONG_GATED_TEXT if too_long else gated_text(views)
    return CriterionResult(id=criterion.id, quality=criterion.quality, score=round(value), weight=criterion.weight,
                           feedback=texts[lang], evidence=[], missing=outcome.missing,
                           feedback_texts=LocalText(fr=texts["fr"], en=texts["en"]))
