"""Hostility aimed at the person by the shape of a sentence, not by its words: hand graders put "Tom, if the scratch
really is on the pickup sheet we'll sort it. Most people never check, so good on you for taking photos for once." at 26
on calm, and no lexicon of sarcasm, blame or condescension holds any of its phrases. Six constructions, each a
reading of where the sentence is aimed (at the person, not at the problem), the cue words data
(``rubrics/lexicons/<lang>/insinuation.yaml``):

- **their account doubted in a condition**: a condition ("if", "si", "assuming") then, in its clause, a word that
  doubts it ("really", "actually", "vraiment", "réellement") before any wish ("if you really want to cancel" offers)
  or word of ours ("if we really got it wrong" owns);
- **a feat granted "for once"** ("for once", "for a change", "pour une fois", "pour changer") in a sentence that speaks
  of the person and not of us ("for once we agree with you" is none);
- **the others counted as doing what the person failed to**: a crowd ("most people", "everyone else", "la plupart des
  clients", "tout le monde") then, close after it, a negation and a verb of care ("never check", "ne lisent jamais"),
  or a verb of coping ("manage fine", "y arrivent très bien"), in a sentence that does not speak of us;
- **the fault put on the person as a guess**: the person, a guess ("probably", "must have", "sûrement", "sans doute")
  and then a word of error ("wrong", "mal", "oublié") or a negation and a verb of care ("didn't follow"), in a sentence
  that does not speak of us ("you must have been so worried" and "you probably didn't expect this from us" are none);
- **a condition granted, then the person asked why they act on it**: "if it's all so fake, why are you still here?",
  "si c'est si nul, pourquoi tu regardes ?" ("why not…" and "why don't you send us…" offer);
- **the person presumed informed by us**: the person, a guess, a verb of being informed ("received", "seen", « reçu »,
  « recevoir », « vu ») and a word of ours after it ("you must have received our email", "as you surely saw on our
  page", « vous avez dû recevoir notre mail »), with no way out offered after it in its sentence or the next ("if
  not", "otherwise", "let us know if", "if it isn't there", « sinon », « si vous ne l'avez pas »): what the person must
  have done closes the case; "you should have had an email from us on Monday; if not, we'll resend it" checks, and
  "did you receive our email?" asks.

Priced by calm alone as condescension (60), in any reply field but a note to colleagues (it reports)."""

from __future__ import annotations

from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit
from cmsim.scoring.wordsets import group_terms

INSINUATION = "insinuation"
"""The lexicon of the four constructions' cue words, and the family its hits are priced as."""
INSINUATION_COST = 60.0
"""What one insinuation costs calm: a condescension's (calm's own, as the fault put back as a question is)."""
DOUBT_REACH = 6
"""How many words after a condition the doubt may stand ("if the scratch really", "si le colis a réellement")."""
CROWD_REACH = 4
"""How many words after a crowd its failing or coping may stand ("most guests never read", "la plupart des clients
ne lisent jamais")."""
GUESS_REACH = 3
"""How many words may stand between the person and the guess ("tu l'as sûrement"), and after the guess its error
("vous avez sûrement mal saisi")."""
_PAUSES = frozenset(",;:()\u2014")
"""Characters that close a clause: a doubt or an error past one belongs to another clause."""


def insinuations(fv: FieldView) -> list[Hit]:
    """One hit per construction found, spanning its cue (see the module's docstring)."""
    if fv.kind == "internal":
        return []
    found = fv.hits(INSINUATION)
    if len(found) < 2 and not any(h.group == "once" for h in found):
        return []
    by_group: dict[str, list[Hit]] = {}
    for h in found:
        by_group.setdefault(h.group, []).append(h)
    ours = {fv.an.sentence_of[h.first] for h in by_group.get("ours", [])}
    out = [*_doubted(fv, by_group), *_once(fv, by_group, ours), *_crowd(fv, by_group, ours),
           *_guessed(fv, by_group, ours), *_challenged(fv, by_group), *_presumed(fv, by_group)]
    return [h._replace(group=INSINUATION) for h in sorted(out, key=lambda h: h.first)]


def _clause(fv: FieldView, a: Hit, b: Hit) -> bool:
    """Whether ``b`` follows ``a`` in its sentence with no pause between them."""
    an = fv.an
    return an.sentence_of[a.first] == an.sentence_of[b.first] and not _PAUSES.intersection(an.text[a.end : b.start])


def _after(fv: FieldView, hits: list[Hit], cue: Hit, reach: int) -> list[Hit]:
    """The hits of a group standing after ``cue`` within ``reach`` words, in its clause."""
    return [h for h in hits if cue.last <= h.first <= cue.last + reach and _clause(fv, cue, h)]


_CONCEDING = frozenset({"owning", "agreement"})
"""Groups of the de-escalation lexicon that own the fault or agree: a doubt in their sentence is a check before a
concession ("if the shower really was that cold, that's not acceptable, sorry"), not the person's account doubted."""


def _doubted(fv: FieldView, g: dict[str, list[Hit]]) -> list[Hit]:
    """A condition, then a doubt in its clause, with no wish, need or word of ours between them and no negation beside
    the doubt ("if you really can't find it" helps), in a sentence that neither owns nor apologises."""
    sentence_of = fv.an.sentence_of
    conceded = {sentence_of[h.first] for h in fv.hits("de-escalation") if h.group in _CONCEDING}
    conceded |= {sentence_of[h.first] for h in fv.hits("apology")}
    out: list[Hit] = []
    for cond in g.get("condition", []):
        doubt = next(iter(_after(fv, g.get("doubt", []), cond, DOUBT_REACH)), None)
        if doubt is None or sentence_of[cond.first] in conceded:
            continue
        between = [h for h in g.get("wish", []) + g.get("ours", []) if cond.first < h.first < doubt.last + 2]
        beside = [h for h in g.get("negation", []) if doubt.first - 2 <= h.first <= doubt.last + 1]
        if not between and not beside:
            out.append(Hit(cond.term, INSINUATION, cond.first, doubt.last, cond.start, doubt.end))
    return out


WHY_REACH = 3
"""How many words after "why" the person may stand as its subject ("why are you", "pourquoi est-ce que tu")."""


def _challenged(fv: FieldView, g: dict[str, list[Hit]]) -> list[Hit]:
    """A question that grants a condition and asks the person why they act on it ("if it's all so fake, why are you
    still here?", "if our breakfast is so bad, why do you keep coming?", "si c'est si nul, pourquoi tu regardes ?"):
    the person the subject of "why", whoever else the sentence names; "why not" and "why don't you DM us" offer."""
    an = fv.an
    out: list[Hit] = []
    for why in g.get("why", []):
        s = an.sentence_of[why.first]
        sent = an.sentences[s]
        if "?" not in fv.raw[sent.start : sent.end + 2]:
            continue
        cond = [h for h in g.get("condition", []) if an.sentence_of[h.first] == s and h.first < why.first]
        person = [h for h in g.get("yours", []) if why.last <= h.first <= why.last + WHY_REACH]
        denied = [h for h in g.get("negation", []) if why.last <= h.first <= why.last + WHY_REACH]
        if cond and person and not denied:
            out.append(Hit(why.term, INSINUATION, cond[0].first, person[0].last, cond[0].start, person[0].end))
    return out


def _speaks_to(fv: FieldView, g: dict[str, list[Hit]], sentence: int) -> bool:
    return any(fv.an.sentence_of[h.first] == sentence for h in g.get("yours", []))


def _once(fv: FieldView, g: dict[str, list[Hit]], ours: set[int]) -> list[Hit]:
    sentence_of = fv.an.sentence_of
    return [h for h in g.get("once", [])
            if sentence_of[h.first] not in ours and _speaks_to(fv, g, sentence_of[h.first])]


def _failing(fv: FieldView, g: dict[str, list[Hit]], cue: Hit, reach: int) -> Hit | None:
    """A verb of coping after ``cue``, or a negation then a verb of care, within ``reach`` words: the last hit."""
    manage = _after(fv, g.get("manage", []), cue, reach)
    if manage:
        return manage[0]
    for neg in _after(fv, g.get("negation", []), cue, reach):
        care = _after(fv, g.get("diligence", []), neg, reach)
        if care:
            return care[0]
    return None


def _crowd(fv: FieldView, g: dict[str, list[Hit]], ours: set[int]) -> list[Hit]:
    sentence_of = fv.an.sentence_of
    crowds = list(g.get("crowd", []))
    for share in g.get("share", []):
        folk = next(iter(_after(fv, g.get("folk", []), share, 1)), None)
        if folk is not None:
            crowds.append(Hit(share.term, "crowd", share.first, folk.last, share.start, folk.end))
    out: list[Hit] = []
    for crowd in crowds:
        if sentence_of[crowd.first] in ours:
            continue
        end = _failing(fv, g, crowd, CROWD_REACH)
        if end is not None:
            out.append(Hit(crowd.term, INSINUATION, crowd.first, end.last, crowd.start, end.end))
    return out


def _guessed(fv: FieldView, g: dict[str, list[Hit]], ours: set[int]) -> list[Hit]:
    sentence_of = fv.an.sentence_of
    out: list[Hit] = []
    for guess in g.get("conjecture", []):
        s = sentence_of[guess.first]
        person = [h for h in g.get("yours", []) if guess.first - GUESS_REACH - 1 <= h.first < guess.first
                  and _clause(fv, h, guess)]
        if s in ours or not person:
            continue
        error = next(iter(_after(fv, g.get("error", []), guess, GUESS_REACH)), None)
        failing = error or _failing(fv, g, guess, GUESS_REACH + 1)
        if failing is not None:
            out.append(Hit(guess.term, INSINUATION, person[0].first, failing.last, person[0].start, failing.end))
    return out


OURS_REACH = 4
"""How many words after the verb of being informed the word of ours may stand ("received an email from us")."""


def _way_out(fv: FieldView, g: dict[str, list[Hit]]) -> list[Hit]:
    """Cues that offer a way if something did not come: "otherwise", "let us know if", a condition then a negation
    ("if not", "if it isn't there", « si vous ne l'avez pas »)."""
    denied = [c for c in g.get("condition", []) if _after(fv, g.get("negation", []), c, GUESS_REACH)]
    return [*g.get("otherwise", []), *g.get("whether", []), *denied]


def _presumed(fv: FieldView, g: dict[str, list[Hit]]) -> list[Hit]:
    sentence_of = fv.an.sentence_of
    both = frozenset(group_terms(fv.lex[INSINUATION], "informed"))  # "read", « lu » are care's words too
    informing = [*g.get("informed", []), *(h for h in g.get("diligence", []) if h.term in both)]
    out: list[Hit] = []
    for guess in g.get("conjecture", []):
        person = [h for h in g.get("yours", []) if guess.first - GUESS_REACH - 1 <= h.first < guess.first
                  and _clause(fv, h, guess)]
        informed = next(iter(_after(fv, informing, guess, GUESS_REACH)), None)
        if not person or informed is None:
            continue
        ours = [h for h in g.get("ours", []) if informed.last <= h.first <= informed.last + OURS_REACH
                and sentence_of[h.first] == sentence_of[informed.first]]
        s = sentence_of[guess.first]
        if ours and not any(h.first >= informed.last and sentence_of[h.first] <= s + 1 for h in _way_out(fv, g)):
            out.append(Hit(guess.term, INSINUATION, person[0].first, ours[0].last, person[0].start, ours[0].end))
    return out


CONDITION_REACH = 3
"""How many words before an owning phrase its condition may stand ("if that's not good enough", "si ce n'est
vraiment pas acceptable")."""


def conditioned(fv: FieldView, hit: Hit) -> bool:
    """Whether a condition ("if", "si", "assuming") stands just before ``hit`` in its clause: an owning phrase under
    it concedes nothing ("If that's not good enough, there are plenty of other shops out there" puts the verdict back
    to the person; "if this was our mistake, we'll refund you" has not owned one yet)."""
    an = fv.an
    return any(h.group == "condition" and hit.first - CONDITION_REACH - 1 <= h.first < hit.first
               and an.sentence_of[h.first] == an.sentence_of[hit.first]
               and not _PAUSES.intersection(an.text[h.end : hit.start]) for h in fv.hits(INSINUATION))
