"""Pressure on a critic to take their criticism down, read from its shape: a verb of removal or editing ("delete",
"remove", "edit", « supprimez », « retirez ») then, within :data:`OBJECT_REACH` words in its clause, the criticism
itself ("comment", "post", "review", « commentaire », « avis »): "delete this post", "could you remove that review",
« supprimez cet avis », « retirez ce commentaire ». The brand telling what it did or does itself ("we deleted the
post", « nous avons retiré ce commentaire ») asks nothing of the critic. The words are data
(``rubrics/lexicons/<lang>/pressure.yaml``: its ``terms`` are read as written, its ``removal`` and ``criticism`` groups
only together)."""

from __future__ import annotations

from cmsim.scoring.criteria.denial import PAUSE
from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit

PRESSURE = "pressure"
REMOVAL, CRITICISM = "removal", "criticism"
OBJECT_REACH = 3
"""How many words after the verb the criticism may stand ("delete this post", "take your old review down")."""
SUBJECT_REACH = 2
"""How many words before the verb a first person makes it the brand's own act ("we've deleted", "nous avons retiré")."""
_OURS = frozenset({"we", "i", "ve", "nous", "je", "j", "on", "avons", "ai"})


def pressures(fv: FieldView) -> list[Hit]:
    """The pressure lexicon's phrases, and each removal asked of the critic (see the module's docstring), one hit per
    verb, the phrases first."""
    found = fv.distinct(PRESSURE)
    if not found:
        return []
    phrases = [h for h in found if h.group not in (REMOVAL, CRITICISM)]
    objects = [h for h in found if h.group == CRITICISM]
    if not objects:
        return phrases
    an = fv.an
    out = list(phrases)
    for verb in (h for h in found if h.group == REMOVAL):
        if any(p.first <= verb.first < p.last for p in phrases):
            continue
        if _OURS.intersection(an.norms[max(0, verb.first - SUBJECT_REACH) : verb.first]):
            continue
        obj = next((o for o in objects if verb.last <= o.first <= verb.last + OBJECT_REACH
                    and an.sentence_of[o.first] == an.sentence_of[verb.first]
                    and not PAUSE.search(an.text, an.ends[verb.last - 1], an.starts[o.first])), None)
        if obj is not None:
            out.append(Hit(verb.term, "", verb.first, obj.last, verb.start, obj.end))
    return sorted(out, key=lambda h: h.first)
