"""Creativity: original wording (not clichés), a hook, a call to action, variety."""

from __future__ import annotations

import re

from cmsim.model.params import EngagementParams, read_params
from cmsim.scoring.criteria.base import (
    NOT_APPLICABLE,
    Context,
    Outcome,
    Params,
    Span,
    field_criterion,
    spans,
    step_criterion,
)
from cmsim.scoring.criteria.brief import brief_stems
from cmsim.scoring.criteria.calm import shouting_marks
from cmsim.scoring.criteria.facts import fact_coverage
from cmsim.scoring.criteria.hooks import opening_hook, talks_down
from cmsim.scoring.criteria.hostility import HOSTILITY_COSTS, hostile_penalties
from cmsim.scoring.criteria.inventions import invented_figures
from cmsim.scoring.criteria.listening import facts
from cmsim.scoring.criteria.moves import outside, pitches
from cmsim.scoring.criteria.multiplatform import HASHTAG
from cmsim.scoring.criteria.ownwords import notice_formulas, own_words, scene_opening
from cmsim.scoring.criteria.penalty import penalty_score
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.names import brand_stems
from cmsim.scoring.text import fold

READS = ("public", "post")
CLICHE_COST = 25.0
"""Each distinct cliché, stock phrase or engagement bait."""
AD_COST = 50.0
"""An ad pasted under someone's post."""
ENGAGEMENT_PARTS = 3
"""A hook, a call to action and a question to the community: each is a third of engagement."""
REPEL_COST = 35.0
"""Each hostile word or sales pitch: it repels the engagement the post asks for."""
TALK_DOWN_COST = 35.0
"""Each sentence of a post talking down to its community (see :func:`talks_down`): it pushes away the readers it
asks to answer, as a hostile word does."""
VARIETY_FLOOR = 0.4
"""Share of distinct content words at which variety is 0; twice this share is full marks."""
VARIETY_WORDS = 8
"""Content words needed before variety counts in full (a short text is not varied or repetitive)."""
_POST_REPELS = {name: cost for name, cost in HOSTILITY_COSTS.items() if name != "mocking-emoji"}
"""What repels the community in the brand's own post: a smirk there (😏) is a wink at everyone, not mockery of the
person answered, so only words count."""
_TEMPLATE = ("cliches", "stock-phrases", "engagement-bait", "formal-markers")
"""Lexicons of template copy, each distinct term costing :data:`CLICHE_COST` of originality."""
TEASER_WORDS = 15
"""Most content words in a teaser (all its fields together)."""
TEASER_BRIEF_WORDS = 2
"""Most content words a teaser takes from its brief: it names its subject ("the pool", "les fraises") and says the
rest in its own words."""
TEASER_OWN_WORDS = 2
"""Least content words of its own in a teaser."""
TEASER_FACTS = 0.5
"""A teaser gives fewer than this share of the brief's facts: it holds them back on purpose."""
ASKED_BRIEF_WORDS = 2
"""Distinct words of its brief a teaser's question holds to ask about the brief's subject ("the oldest unfinished
project"): one word in passing ("Devinez qui organise quelque chose ?") names no subject."""
_INVITES = frozenset(
    {"you", "your", "who", "which", "what", "vous", "tu", "votre", "ton", "ta", "qui", "quel", "quelle"}
)

_READER = frozenset({"you", "vous", "toi"})
_TURNS = frozenset({":", "?", "—", "–", "…", "...", "-"})
"""What sets the reader apart as a sentence's last word: the community named as the answer invites it in."""


@field_criterion("originality", READS)
def originality(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Clichés, stock phrases, engagement bait and the formulas of a formal letter ("Madame, Monsieur", "we are
    pleased to inform you", "yours faithfully") cost points, and selling in a reply more (an ad is template copy, the
    least personal thing a brand can write under someone's post).

    Wording close to the step's model answer is not penalised: a trainee who independently writes what
    the experts would write has done well, and the text is judged, not who wrote it first.
    """
    ad = pitches(fv)[0]  # an ad pasted under someone's post is template copy
    template = [(fv.distinct(name), CLICHE_COST) for name in _TEMPLATE]
    return penalty_score(fv, [*template, (ad, AD_COST)])


@field_criterion("engagement", READS)
def engagement(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """A hook at the start (a hook phrase, an exclamation or question, or a short teaser line before the
    rest), a call to action, and a question that invites the community to answer."""
    an = fv.an
    evidence: list[Span] = []
    parts = 0
    lacks = ["hook"]
    hook = opening_hook(fv)
    invented = invented_figures(ctx, fv) if hook and fv.kind == "post" else []
    if hook and any(hook[0] <= fv.an.starts[first] < hook[1] for _v, first, _last in invented):
        hook = None  # "Since 1987, our founder Ray…" tells an invented story: it does not hook
    if hook is None and fv.kind == "post" and fv.an.sentences and is_teaser(ctx, ctx.fields):
        hook = fv.an.sentences[0].start, fv.an.sentences[0].end  # a teaser is a hook through and through
    if hook is None and read_params(params, EngagementParams).scenes:
        hook = scene_opening(ctx, fv)  # a picture of its own before the news hooks as a question does
    if hook:
        parts += 1
        lacks.remove("hook")
        evidence.append((fv.id, hook[0], hook[1], "+"))
    selling = pitches(fv)[0]
    bait = {an.sentence_of[h.first] for h in fv.hits("engagement-bait") + selling}  # their calls serve the bait
    # "like and share" is bait, not a call; "#win" is a label
    cta = [h for h in outside(fv.distinct("calls-to-action"), fv.hits("cliches"))
           if an.sentence_of[h.first] not in bait and fv.raw[h.start - 1 : h.start] != "#"]
    if cta:
        parts += 1
        evidence.extend(spans(fv, cta[:2]))
    else:
        lacks.append("call")
    invitation = _invitation(fv)
    if invitation:
        parts += 1
        evidence.append(invitation)
    else:
        lacks.insert(0, "question")
    # Telling the community off ("no whining", "we won't answer") repels the engagement the post asks for.
    costs = _POST_REPELS if fv.kind == "post" else HOSTILITY_COSTS
    repels = [h for hits, _cost in hostile_penalties(ctx, fv, costs) for h in hits]
    repels += selling  # and so does selling to someone who came to talk
    evidence.extend((fv.id, h.start, h.end, "-") for h in repels)
    down = sorted(talks_down(fv)) if fv.kind == "post" else []  # it costs the hook, and each such sentence more
    evidence.extend((fv.id, an.sentences[i].start, an.sentences[i].end, "-") for i in down)
    if repels or down:
        lacks.insert(0, "welcome")  # what pushes the community away comes first
    cost = REPEL_COST * len(repels) + TALK_DOWN_COST * len(down)
    return Outcome(max(0.0, 100.0 * parts / ENGAGEMENT_PARTS - cost), evidence, [], lacks=lacks)


def _invitation(fv: FieldView) -> Span | None:
    """The first sentence inviting the community to answer: a question with "you", "which", "who"… in it, or a
    prompt without a question mark: an ``invite`` of the ``answer-prompts`` lexicon ("share your…"), or one of its
    ``prompt`` words followed in its sentence by one of its ``asks`` words ("tell us in the comments which…")."""
    an = fv.an
    for sent in an.sentences:
        asks = fv.raw[sent.end : sent.end + 2].lstrip().startswith("?")
        live = [i for i in range(sent.first, sent.last) if not fv.mask[i]]
        if asks and live and any(an.norms[i] in _INVITES for i in live):
            return (fv.id, sent.start, sent.end + 1, "+")
    for sent in an.sentences:
        last = sent.last - 1
        if last > 0 and an.norms[last] in _READER and fv.raw[an.ends[last - 1] : an.starts[last]].strip() in _TURNS:
            return (fv.id, sent.start, sent.end, "+")  # "Il ne manque qu'une chose : vous.", "All that's missing? You."
    prompts = fv.hits("answer-prompts")
    for hit in prompts:
        same_sentence = [h for h in prompts if an.sentence_of[h.first] == an.sentence_of[hit.first]]
        answered = any(h.group == "asks" and h.first >= hit.last for h in same_sentence)
        if hit.group == "invite" or (hit.group == "prompt" and answered):
            sent = an.sentences[an.sentence_of[hit.first]]
            return (fv.id, hit.start, sent.end, "+")
    return None


@field_criterion("variety", READS)
def variety(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """Varied wording: many different content words rather than the same few again and again (hashtags are
    labels, not wording)."""
    function = fv.lex["function-words"].words
    tags = {m.start() + 1 for m in HASHTAG.finditer(fv.an.text)}  # hashtags are labels, not wording
    an = fv.an
    content = [an.stems[i] for i in fv.live_words() if an.norms[i] not in function and an.starts[i] not in tags]
    if not content:
        return Outcome(0.0)
    ratio = len(set(content)) / len(content)
    score = max(0.0, min(100.0, (ratio - VARIETY_FLOOR) / VARIETY_FLOOR * 100.0))
    short = len(content) < VARIETY_WORDS
    # a short text that repeats nothing is thin, not repetitive: the feedback says so ("short" hint)
    return Outcome(score * min(1.0, len(content) / VARIETY_WORDS), lacks=["short"] if short and score >= 100.0 else [])


def is_teaser(ctx: Context, fields: list[FieldView]) -> bool:
    """Whether the post is a teaser: short (at most :data:`TEASER_WORDS` content words), in its own words but for a
    word or two of its brief (:data:`TEASER_BRIEF_WORDS`), tied to it by one of its facts, the campaign's hashtag or a
    question on the brief's subject (:func:`asks_of_brief`; "Something big is coming this summer!" could announce
    anything), holding most of the brief's facts back (under :data:`TEASER_FACTS` of them) and inventing no figure
    ("Chut… ils dorment. Mais bientôt, ils auront besoin de vous 🐾 #DuoRoux"). Hand graders put such a line between
    a full post with a voice and the brief reworded: its missing facts are a choice, not a gap."""
    given = brief_stems(ctx)
    posts = [fv for fv in fields if fv.kind == "post"]
    if given is None or not posts:
        return False
    own = content = 0
    for fv in posts:
        mine, words = own_words(fv, given)
        own, content = own + len(mine), content + words
    if content > TEASER_WORDS or content - own > TEASER_BRIEF_WORDS or own < TEASER_OWN_WORDS:
        return False
    if any(invented_figures(ctx, fv) for fv in posts):
        return False
    covered = fact_coverage(ctx, posts).ratio
    tags = {fold(t.lstrip("#")) for t in ctx.expect.hashtags}
    tagged = any(fold(m.group()[1:]) in tags for fv in posts for m in HASHTAG.finditer(fv.an.text))
    asked = any(asks_of_brief(ctx, fv, given) for fv in posts)
    return (covered > 0.0 or tagged or asked) and covered < TEASER_FACTS  # nothing of the brief: another subject


def asks_of_brief(ctx: Context, fv: FieldView, given: frozenset[str]) -> bool:
    """Whether ``fv`` asks its reader about its brief's subject: a question (a sentence closed by "?") holding
    :data:`ASKED_BRIEF_WORDS` content words of the brief other than the brand's name ("What's the oldest unfinished
    project you own?" for a contest about finishing projects; « Quelle variété en surplus a envahi votre balcon ? » for
    a seed swap). Such a question ties a teaser to its brief as one of its facts does; a question on another subject
    ("What's your favourite ice cream flavour?"), on the brand alone ("Who's ready for Hollybank?"), with one of the
    brief's words in passing ("Devinez qui organise quelque chose ?") or with them outside it ("Something is brewing
    among the volunteers. Ready?") does not."""
    an = fv.an
    asked = {i for i, s in enumerate(an.sentences) if fv.raw[s.end : s.end + 2].lstrip().startswith("?")}
    if not asked:
        return False
    function = fv.lex["function-words"].words
    named = brand_stems(ctx)
    held = {an.stems[i] for i in fv.live_words() if an.sentence_of[i] in asked and an.stems[i] in given
            and an.stems[i] not in named and len(an.norms[i]) > 2 and an.norms[i].isalpha()
            and an.norms[i] not in function}
    return len(held) >= ASKED_BRIEF_WORDS


@step_criterion("brief-details", READS, gated=True)
def brief_details(ctx: Context, fields: list[FieldView], params: Params) -> Outcome:
    """The brief's details in a post (what, when, where: the facts reading); not applicable to a teaser (see
    :func:`is_teaser`), which holds them back on purpose and is judged on its voice."""
    if is_teaser(ctx, fields):
        return NOT_APPLICABLE
    return facts(ctx, fields, params)


SHOUT_COST = 25.0
"""Each mark of shouting in a post (a word in capitals, a run of "!!!" or "??", a run of the same emoji)."""
SHOUT_MIN = 5
"""Marks of shouting from which a post shouts (a word in capitals or one "!!" is emphasis)."""
_EMOJI_RUN = re.compile(r"([\U0001F000-\U0001FAFF\u2600-\u27BF])\ufe0f?\1+")


@field_criterion("shouted-post", ("post",), merge="min")
def shouted_post(ctx: Context, fv: FieldView, params: Params) -> Outcome:
    """A post that shouts ("On a 10 ANS !!! 🎂🎂 croissant OFFERT 🔥🔥"): words in capitals, runs of "!!!" and runs of
    the same emoji, :data:`SHOUT_COST` each from :data:`SHOUT_MIN` of them. Hand graders put such posts with the lowest,
    whatever they say: volume is not a voice. A guard: applicable only to a post that shouts."""
    marks = shouting_marks(fv, ctx)
    marks.extend((m.start(), m.end()) for m in _EMOJI_RUN.finditer(fv.raw[: len(fv.an.text)]))
    if len(marks) < SHOUT_MIN:
        return NOT_APPLICABLE
    evidence = [(fv.id, start, end, "-") for start, end in sorted(marks)]
    return Outcome(max(0.0, 100.0 - SHOUT_COST * len(marks)), evidence, [], lacks=["shouting"])


NOTICE_COST = 45.0
"""Each distinct formula of a notice: two leave 10, three nothing."""


@step_criterion("notice", ("post",))
def notice(ctx: Context, fields: list[FieldView], params: Params) -> Outcome:
    """A post written as a notice: the brand's announcement formulas ("is pleased to announce", "a le plaisir de vous
    informer"), its events that "will take place" / "auront lieu", the community in the third person ("participants
    must", "customers may") and legal small print ("no purchase necessary", "non échangeable"). Hand graders put such
    posts (6-40) under the plain copy of the brief, while their reworded facts read as words of their own. A guard:
    applicable only when a version is a notice (:func:`notice_formulas`), :data:`NOTICE_COST` each; a multi-post
    pays for the share of its versions written as notices (one stiff network among lively ones is not a notice)."""
    scores: list[float] = []
    evidence: list[Span] = []
    for fv in (f for f in fields if f.kind == "post" and not f.empty):
        found = notice_formulas(fv)
        if not found:
            scores.append(100.0)
            continue
        evidence.extend((fv.id, h.start, h.end, "-") for h in found)
        scores.append(max(0.0, 100.0 - NOTICE_COST * len(found)))
    if not evidence:
        return NOT_APPLICABLE
    return Outcome(sum(scores) / len(scores), evidence, [], lacks=["notice"])
