"""Multi-platform: each network's limits and conventions, and posts really adapted, not copied."""

from __future__ import annotations

import re
from itertools import combinations

from rapidfuzz import fuzz

from cmsim.model.params import AdaptationParams, RegisterParams, read_params
from cmsim.platforms import platform, weighted_length
from cmsim.scoring.criteria.base import (
    NOT_APPLICABLE,
    Context,
    Outcome,
    Params,
    Span,
    field_criterion,
    step_criterion,
)
from cmsim.scoring.criteria.calm import shouting_marks
from cmsim.scoring.criteria.facts import fact_coverage, facts_to_check, find_term
from cmsim.scoring.criteria.hooks import opening_hook
from cmsim.scoring.criteria.hostility import HOSTILITY_COSTS, hostile_penalties
from cmsim.scoring.criteria.ownwords import scene_opening
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit
from cmsim.scoring.text import fold
from cmsim.scoring.wordsets import group_words

READS = ("post",)
HASHTAG = re.compile(r"(?<![\w#])#\w+")
_X_SENTENCE_WORDS = 20
_OVER_CAP = 20.0
_PER_EXTRA_TAG = 25.0
_SHOUT_COST, _SHOUT_CAP = 15.0, 60.0
"""What each shouting mark costs the register, and at most all of them."""
OVER_LIMIT_COST, OVER_LIMIT_SLOPE = 40.0, 2.0
"""Going over the platform's length limit costs the first figure, plus this slope times the share over."""
CASUAL_ON_LINKEDIN = 15.0
LINKEDIN_EMOJI, LINKEDIN_EMOJI_COST = 3, 20.0
"""More emoji than this in a LinkedIn post cost the second figure once."""
FORMAL_ON_X, FORMAL_ON_SOCIAL = 25.0, 15.0
"""Each corporate formula on X, and on TikTok or Instagram."""
X_LONG_SENTENCE_PER_WORD, X_LONG_SENTENCE_MAX = 2.0, 40.0
"""Each word past X's sentence length costs this much, up to the second figure per sentence."""
RUDE_COST = 25.0
"""Each hostile word in a post costs the register this much (no network welcomes a brand that snaps)."""
TAG_IN_REPLY_COST = 20.0
NO_VISIBLE_HOOK = 25.0
"""A post with nothing to stop the scroll before the platform's 'more'."""
MISSING_HASHTAG = 20.0
"""Each campaign hashtag the brief asked for and the post lacks."""
PORTRAIT = "brand-portrait"
"""The lexicon of the brand's portrait of itself (its beliefs, mission, values, commitments, history)."""
GUESSES = "portrait-guesses"
"""Word sets after a belief that make it a guess: the reader as its subject, a future close after it."""
_GUESS_REACH = 2
"""How many words after a belief (past "that"/"que") a future makes it a guess ("we believe it'll be a hit")."""


def hashtags(text: str) -> list[re.Match[str]]:
    """Hashtags in ``text``."""
    return list(HASHTAG.finditer(text))


@field_criterion("platform-limits", READS, soft_gate=True)
def platform_limits(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Within the platform's length limit (as it counts characters) and its number of hashtags. A short or
    telegraphic text breaks no limit: the soft gate scales it (its substance is ``platform-substance``'s reading)."""
    if fv.platform is None:
        return NOT_APPLICABLE
    info = platform(fv.platform)
    length = weighted_length(fv.raw, fv.platform)
    score = 100.0
    evidence: list[Span] = []
    missing: list[str] = []
    if length > fv.limit:
        score -= min(100.0, 100.0 * (length / fv.limit - 1.0) * OVER_LIMIT_SLOPE + OVER_LIMIT_COST)
        evidence.append((fv.id, fv.limit, min(len(fv.raw), len(fv.an.text)), "-"))
        missing.append(f"≤ {fv.limit}")
    tags = hashtags(fv.an.text)
    extra = tags[info.hashtags_max :]
    if extra:  # over the cap the network cuts or demotes the post: a fault in itself, and each extra tag more
        score -= _OVER_CAP + _PER_EXTRA_TAG * len(extra)
        missing.append(f"≤ {info.hashtags_max} #")
    evidence.extend((fv.id, m.start(), m.end(), "-") for m in extra)
    return Outcome(max(0.0, score), evidence, missing)


def notice_phrases(fv: FieldView) -> list[Hit]:
    """The formulas of a notice in ``fv`` (``notice`` lexicon, each term once) that no formal marker already costs: one
    phrase matched by both lexicons ("we are pleased to announce", "nous avons le plaisir de vous annoncer") pays once,
    as a formal marker. A lexicon's own hits never overlap: the matcher takes the longest at each word and moves on."""
    formal = fv.distinct("formal-markers")
    return [h for h in fv.distinct("notice") if not any(f.start < h.end and h.start < f.end for f in formal)]


def portrait_phrases(fv: FieldView) -> list[Hit]:
    """The phrases of the brand's portrait of itself in ``fv`` (:data:`PORTRAIT`, each term once). A belief is the
    brand's creed when it says how things should be ("we believe every garment deserves…", "nous croyons en"), and a
    guess when the reader is its subject or a future follows it (:data:`GUESSES`: "we believe you'll love it", "which
    we believe will help", "nous croyons que vous allez adorer", "nous croyons que ce sera un succès"): a guess about
    the reader is the post talking to them, no portrait."""
    found = fv.distinct(PORTRAIT)
    if not any(h.group == "belief" for h in found):
        return found
    lex, norms = fv.lex[GUESSES], fv.an.norms
    reader, future, link = (group_words(lex, g) for g in ("reader", "future", "link"))

    def guess(h: Hit) -> bool:
        start = h.last + (h.last < len(norms) and norms[h.last] in link)
        after = norms[start : start + _GUESS_REACH]
        return bool(after) and (after[0] in reader or bool(future.intersection(after)))

    return [h for h in found if h.group != "belief" or not guess(h)]


@field_criterion("platform-register", READS, soft_gate=True)
def platform_register(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """The network's register: professional on LinkedIn, short punchy sentences and no corporate voice on X,
    key message visible on Instagram. A post written as a notice ("we inform you that", "il est porté à votre
    connaissance", "a le plaisir d'annoncer") pays each formula (:func:`notice_phrases`) at the ``notice_costs`` rubric
    parameter's price for its network (hand graders put such TikTok and Instagram posts far under plain ones), and so
    does each phrase of the brand's portrait of itself (:data:`PORTRAIT`: "nous croyons que chaque vêtement…", "in
    line with our commitment to the regional economy"), the same corporate voice. A short or telegraphic text is off
    no network's codes: the soft gate scales it, as charter and trust."""
    if fv.platform is None:
        return NOT_APPLICABLE
    info = platform(fv.platform)
    score = 100.0
    evidence: list[Span] = []
    missing: list[str] = []
    if fv.platform == "linkedin":
        casual = fv.distinct("casual-markers")
        score -= CASUAL_ON_LINKEDIN * len(casual)
        evidence.extend((fv.id, h.start, h.end, "-") for h in casual)
        if len(fv.an.emoji()) > LINKEDIN_EMOJI:
            score -= LINKEDIN_EMOJI_COST
    if fv.platform in ("tiktok", "instagram", "x"):
        formal = fv.distinct("formal-markers")
        score -= (FORMAL_ON_X if fv.platform == "x" else FORMAL_ON_SOCIAL) * len(formal)
        evidence.extend((fv.id, h.start, h.end, "-") for h in formal)
    costs = read_params(params, RegisterParams).notice_costs.items() if fv.kind == "post" else ()
    notice_cost = next((cost for network, cost in costs if network == fv.platform), 0.0)
    if notice_cost:  # a post on a casual network written as a notice: each of its formulas, once
        found = notice_phrases(fv) + portrait_phrases(fv)
        score -= notice_cost * len(found)
        evidence.extend((fv.id, h.start, h.end, "-") for h in found)
    if fv.platform == "x":  # X reads fast: one short, punchy idea per sentence, not a corporate paragraph
        for sent in fv.an.sentences:
            words = sum(fv.an.is_word[sent.first : sent.last])
            if words > _X_SENTENCE_WORDS:
                score -= min(X_LONG_SENTENCE_MAX, X_LONG_SENTENCE_PER_WORD * (words - _X_SENTENCE_WORDS))
                evidence.append((fv.id, sent.start, sent.end, "-"))
    # No network's community welcomes a brand that snaps at it or shouts.
    rude = [h for hits, _cost in hostile_penalties(ctx, fv, HOSTILITY_COSTS) for h in hits]
    score -= RUDE_COST * len(rude)
    evidence.extend((fv.id, h.start, h.end, "-") for h in rude)
    loud = shouting_marks(fv, ctx)
    score -= min(_SHOUT_CAP, _SHOUT_COST * len(loud))
    evidence.extend((fv.id, start, end, "-") for start, end in loud)
    tags_in_reply = hashtags(fv.an.text)[1:] if fv.kind == "public" else []
    if tags_in_reply:  # hashtags belong in the brand's posts, not in a reply to someone
        score -= TAG_IN_REPLY_COST * len(tags_in_reply)
        evidence.extend((fv.id, m.start(), m.end(), "-") for m in tags_in_reply)
    if info.visible and fv.kind == "post":
        head = [h for name in ("hooks", "calls-to-action") for h in fv.hits(name) if h.end <= info.visible]
        hook = opening_hook(fv)  # the hook creativity reads, a scene included when the rubric reads scenes
        if hook is None and read_params(params, RegisterParams).scenes:
            hook = scene_opening(ctx, fv)
        if not head and "?" not in fv.raw[: info.visible] and not (hook and hook[1] <= info.visible):
            score -= NO_VISIBLE_HOOK
            missing.append(f"hook in the first {info.visible} characters")
    if fv.kind == "post" and ctx.expect.hashtags:
        present = {fold(m.group()) for m in hashtags(fv.an.text)}
        for tag in ctx.expect.hashtags:
            wanted = fold(tag if tag.startswith("#") else "#" + tag)
            if wanted not in present and not find_term(fv, tag.lstrip("#")):
                score -= MISSING_HASHTAG
                missing.append(wanted)
    return Outcome(max(0.0, score), evidence, missing)


POINTER_WORDS = 12
"""A version under this many words that sends the reader elsewhere ("see link in bio") may be no version at all."""
POINTER_FACTS = 0.25
"""Least share of the brief's facts a short version with a pointer gives to be a version of its own."""


def pointer_only(ctx: Context, fv: FieldView) -> bool:
    """Whether the post field ``fv`` only sends the reader elsewhere: under :data:`POINTER_WORDS` words, one of its
    sentences pointing to another page or network (the ``pointers`` lexicon: a ``send`` word followed in the sentence by
    a ``where`` word: "see link in bio", "more on our site", "infos sur notre site", "Voir notre post sur X"), and under
    :data:`POINTER_FACTS` of the brief's facts ("Nouveaux points de collecte ! Infos sur Facebook 😉")."""
    an = fv.an
    if not an.word_count or len(fv.live_words()) >= POINTER_WORDS:
        return False
    hits = fv.hits("pointers")
    sends = [h for h in hits if h.group == "send"]
    if not any(h.group == "where" and h.first >= s.last and an.sentence_of[h.first] == an.sentence_of[s.first]
               for s in sends for h in hits):
        return False
    return not facts_to_check(ctx)[0] or fact_coverage(ctx, [fv]).ratio < POINTER_FACTS


@step_criterion("adaptation", READS)
def adaptation(ctx: Context, fields: list[FieldView], params: Params) -> Outcome:
    """Posts for different networks are rewritten for each, not copied from one to the other. With the ``pointers``
    parameter, a version that only points to another (:func:`pointer_only`: "More on our site 👉") is not rewritten for
    its network: it earns none of the credit its difference from the others would give (hand graders put such briefs
    at 10-15 on multi-platform, while creativity grades the voice of the versions that are there)."""
    posts = [fv for fv in fields if fv.kind == "post" and not fv.empty]
    if len(posts) < 2:
        return NOT_APPLICABLE
    reads = read_params(params, AdaptationParams).pointers
    pointers = [fv for fv in posts if reads and pointer_only(ctx, fv)]
    if pointers:
        return Outcome(0.0, [(fv.id, 0, len(fv.an.text), "-") for fv in pointers], [], lacks=["pointer"])
    sims = [fuzz.ratio(fold(a.an.text), fold(b.an.text)) for a, b in combinations(posts, 2)]
    worst = max(sims)
    score = max(0.0, min(100.0, (92.0 - worst) / 40.0 * 100.0))
    evidence: list[Span] = [] if score >= 70 else [(fv.id, 0, len(fv.an.text), "-") for fv in posts]
    return Outcome(score, evidence)


@step_criterion("facts-per-network", READS)
def facts_per_network(ctx: Context, fields: list[FieldView], params: Params) -> Outcome:
    """Each network's version keeps the brief's facts (the date, the place, how to take part…): the share of them the
    poorest version gives, and what it drops, named with its network. A version written for its network's tone that
    drops the facts ("Something is coming… stay tuned!") is no adaptation.

    Not applicable to a single post (nothing to compare) or a step with no facts to check."""
    posts = [fv for fv in fields if fv.kind == "post" and not fv.empty]
    if len(posts) < 2 or not facts_to_check(ctx)[0]:
        return NOT_APPLICABLE
    covered = [(fact_coverage(ctx, [fv]), fv) for fv in posts]
    worst, where = min(covered, key=lambda c: c[0].ratio)
    network = where.platform or where.id
    return Outcome(100.0 * worst.ratio, worst.evidence, [f"{network}: {m}" for m in worst.missing])


TOKEN_VERSION_WORDS = 6
"""A version under this many words that gives none of the brief's facts and points elsewhere is no version."""
_POINTERS = frozenset({"x", "twitter", "instagram", "insta", "linkedin", "tiktok", "facebook", "youtube", "bio", "site",
                       "website", "lien", "link"})
"""Words by which a version sends the reader to another network or page instead of saying anything."""


@step_criterion("every-network", READS)
def every_network(ctx: Context, fields: list[FieldView], params: Params) -> Outcome:
    """Every network the brief asks for gets a post: a few words that give none of the brief's facts and send the
    reader elsewhere ("Voir notre post sur X.", "Link in bio.") leave that network without one, however good the
    others are (hand graders put such a brief at 10 where the others' limits and register kept it near 50). A short
    teaser ("Chut… ça dort 🤫") is a post, read by the other criteria.

    A guard: applicable only when a network is left so, so it never dilutes the other multi-platform criteria."""
    posts = [fv for fv in fields if fv.kind == "post"]
    if len(posts) < 2 or not facts_to_check(ctx)[0]:
        return NOT_APPLICABLE
    bare = [fv for fv in posts if fv.an.word_count and len(fv.live_words()) < TOKEN_VERSION_WORDS
            and _POINTERS.intersection(fv.an.norms) and fact_coverage(ctx, [fv]).ratio == 0.0]
    if not bare:
        return NOT_APPLICABLE
    return Outcome(0.0, [(fv.id, 0, len(fv.an.text), "-") for fv in bare if fv.an.text],
                   [fv.platform or fv.id for fv in bare])
