"""A post's own words: what it says beyond its brief (a scene, a voice, a wink), not its brief reworded."""

from __future__ import annotations

from cmsim.scoring.criteria.base import NOT_APPLICABLE, Context, Outcome, Params, Span, field_criterion
from cmsim.scoring.criteria.brief import brief_stems
from cmsim.scoring.criteria.hooks import talks_down
from cmsim.scoring.criteria.inventions import invented_figures
from cmsim.scoring.criteria.trust import overpromises
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit
from cmsim.scoring.names import brand_stems

READS = ("post",)
OWN_SHARE_FULL = 0.25
"""Share of the post's content words not taken from its brief at which it has a voice of its own in full: hand graders
put a post that only rewords its brief (every fact right, not one line of its own) far under one that opens on the
reader's life, a scene or a joke, and a teaser line with no fact at all in between."""
_TEMPLATE = ("cliches", "stock-phrases", "engagement-bait", "formal-markers")
"""A sentence of template copy ("Exciting news!", "we look forward to seeing you") is no voice of one's own."""
NOTICE_MIN = 2
"""Distinct formulas of a notice (``notice`` and ``formal-markers`` lexicons) from which a post field is one: a single
"aura lieu" or "we're pleased to announce" in a voice of its own is not."""


def notice_formulas(fv: FieldView) -> list[Hit]:
    """The formulas of a notice in ``fv`` ("is pleased to announce… will take place… for further information"), one
    a term, in order; empty unless there are :data:`NOTICE_MIN` of them (the field reads as a notice)."""
    found = {h.term: h for name in ("notice", "formal-markers") for h in fv.distinct(name)}
    return sorted(found.values(), key=lambda h: h.start) if len(found) >= NOTICE_MIN else []


def own_words(fv: FieldView, given: frozenset[str]) -> tuple[list[int], int]:
    """The content words of ``fv`` that its brief did not give (indexes), and how many content words it has.

    Content words: live words that are not function words, figures, hashtags or handles (labels, not wording).
    Words in a sentence of template copy count as content, never as the writer's own, nor do those of a notice's
    sentences (see :func:`notice_formulas`): the brief reworded into a notice is no voice."""
    an = fv.an
    function = fv.lex["function-words"].words
    template = {an.sentence_of[h.first] for name in _TEMPLATE for h in fv.hits(name)}
    template |= {an.sentence_of[h.first] for h in notice_formulas(fv)}
    own: list[int] = []
    content = 0
    for i in fv.live_words():
        norm = an.norms[i]
        if len(norm) < 2 or norm in function or not norm.isalpha() or fv.raw[an.starts[i] - 1 : an.starts[i]] in "#@":
            continue
        content += 1
        if an.stems[i] not in given and an.sentence_of[i] not in template:
            own.append(i)
    return own, content


@field_criterion("own-words", READS)
def own_words_criterion(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Words of its own beyond the brief: a post that only rewords its brief (the facts in the brief's words, however
    well ordered) has no voice; a quarter of its content words of its own (``OWN_SHARE_FULL``) is full marks, so
    a scene or a line to the reader among the facts is enough and a long story adds nothing. Words in a sentence
    giving a figure the brief never gave are an invented story, not a voice (the feedback says so: ``invented``). Not
    applicable when the step gives no brief."""
    given = brief_stems(ctx)
    if given is None:
        return NOT_APPLICABLE
    found, content = own_words(fv, given)
    invented = {fv.an.sentence_of[first] for _v, first, _last in invented_figures(ctx, fv)}
    own = [i for i in found if fv.an.sentence_of[i] not in invented]  # an invented story is no voice of one's own
    lack = "invented" if len(own) < len(found) else "own" if own else "none"  # "none": nothing but the brief
    if not content:
        return Outcome(0.0, lacks=[lack])
    share = len(own) / content
    an = fv.an
    evidence: list[Span] = []
    for index in sorted({an.sentence_of[i] for i in own})[:2]:
        sent = an.sentences[index]
        evidence.append((fv.id, sent.start, sent.end, "+"))
    score = min(100.0, 100.0 * share / OWN_SHARE_FULL)
    return Outcome(score, evidence, [], lacks=[] if score >= 100.0 else [lack])



SCENE_OWN = 4
"""Least content words of its own in a scene opening a post."""
SCENE_SHARE = 0.5
"""Least share of the opening sentence's content words that are its own (not its brief's)."""
SCENE_NEWS = 3
"""Least content words of the brief in the rest of the post: a scene opens the news, it does not replace it."""
SCENE_MAX = 13
"""Most content words in the opening sentence: a picture is drawn in a line, a paragraph is a story or a notice."""
_NOT_SCENES = ("jargon", "padding", "cliches", "stock-phrases", "engagement-bait", "formal-markers", "notice")
"""A first sentence of buzzwords or ceremony ("Leveraging our community-driven ecosystem…", "a l'honneur de vous
informer") is no picture."""


def scene_opening(ctx: Context, fv: FieldView) -> tuple[int, int] | None:
    """Where a post opens on a scene of its own before its news ("Chaque mercredi soir, au bord du terrain, des mères
    et des sœurs attendent la fin de l'entraînement. Cette saison…", "Somewhere out there is a Scrabble tile still
    wedged behind a radiator. We want that story"): a first sentence mostly in its own words (:data:`SCENE_SHARE`, at
    least :data:`SCENE_OWN` of them, at most :data:`SCENE_MAX` content words), not about the brand (its name), with no
    figure the brief never gave (an invented history is no scene), no
    buzzword, ceremony or talking down, followed by the brief's news (:data:`SCENE_NEWS` of its words). Hand graders
    read such an opening as a hook as they read a question; the form-based hook (:mod:`hooks`) misses it because it is
    plain prose in a full sentence. Returns the first sentence's span."""
    given = brief_stems(ctx)
    an = fv.an
    if fv.kind != "post" or given is None or len(an.sentences) < 2:
        return None
    first = an.sentences[0]
    if any(h.first < first.last for name in _NOT_SCENES for h in fv.hits(name)) or 0 in talks_down(fv):
        return None
    if fv.lex["self-talk"].words & set(an.norms[first.first : first.last]):
        return None  # "We know many of you have been waiting…", "Please read this post…": the brand talking, no picture
    if any(h.first < first.last for h in overpromises(fv)):
        return None
    if any(an.sentence_of[f] == 0 for _v, f, _e in invented_figures(ctx, fv)):
        return None
    function = fv.lex["function-words"].words
    brand = brand_stems(ctx)
    if brand and brand <= set(an.stems[first.first : first.last]):
        return None  # "Chez Vélocité, nous croyons…", "La Ressourcerie, acteur engagé…": the brand on itself
    opening = news = own = 0
    for i in fv.live_words():
        norm = an.norms[i]
        if len(norm) < 2 or norm in function or not norm.isalpha() or fv.raw[an.starts[i] - 1 : an.starts[i]] in "#@":
            continue
        mine = an.stems[i] not in given
        if i < first.last:
            opening += 1
            own += mine
        else:
            news += not mine
    if own < SCENE_OWN or own < SCENE_SHARE * opening or opening > SCENE_MAX or news < SCENE_NEWS:
        return None
    return first.start, first.end
