"""The retort: a comeback to a jibe or a complaint instead of an answer, in two shapes with no word of sarcasm in
them. A mock permission closed by "then" ("feel free to keep your savings under the mattress then", "libre à vous de
louer ailleurs, alors") shrugs the person off; an offer to get in touch ("feel free to DM us then") speaks of us and is
none. An echoed condition ("if you've got time to write essays here, you've got time to use a watering can", "si vous
avez le temps de râler, vous avez le temps de lire le contrat") turns the complaint into proof of idleness. Priced by
calm alone, as a sarcasm (read by communication's respect too, it lost pairs there).
The cue words are data (``rubrics/lexicons/<lang>/retort.yaml``); what makes them a jab is read here."""

from __future__ import annotations

from cmsim.scoring.integrity import FieldView
from cmsim.scoring.lexicon import Hit

RETORT_COST = 65.0
"""What a retort costs calm: a sarcasm's price."""
RETORT = "retort"
"""Lexicon of mock permissions (``permission``), the word closing them (``then``), shrugs that close their clause alone
(``shrug``), conditions (``condition``) and their echo (``echo``)."""
_US = frozenset({"us", "we", "our", "me", "i", "nous", "notre", "nos", "moi", "je", "j", "nous-mêmes"})
"""Words of the brand in the sentence: a permission to reach us is an offer ("feel free to DM us then")."""


def retorts(fv: FieldView) -> list[Hit]:
    """One hit per mock permission closed by "then"/"alors" ending its clause, in a sentence that does not speak of us,
    per condition echoed later in its sentence (each spans its two cues), and per shrug ending its clause ("si vous
    voulez résilier, libre à vous, …"; "libre à vous de choisir" offers a choice)."""
    found = fv.hits(RETORT)
    if not found:
        return []
    an = fv.an
    sentence_of = an.sentence_of
    out: list[Hit] = []
    opened: dict[int, Hit] = {}
    for h in found:
        s = sentence_of[h.first]
        if h.group == "shrug":
            if _closes(fv, h):
                out.append(h._replace(group=RETORT))
            continue
        if h.group in ("permission", "condition"):
            opened.setdefault(s, h)
            continue
        cue = opened.get(s)
        if cue is None or cue.first > h.first:
            continue
        if (h.group == "echo" and cue.group == "condition") or (
                h.group == "then" and cue.group == "permission" and _closes(fv, h) and _last_word(fv, h)
                and not _US.intersection(an.norms[an.sentences[s].first : an.sentences[s].last])):
            out.append(Hit(cue.term, RETORT, cue.first, h.last, cue.start, h.end))
            del opened[s]
    return out


def _closes(fv: FieldView, hit: Hit) -> bool:
    """Whether the word ends its clause: nothing but a pause, an emoji or the sentence's end follows it."""
    an = fv.an
    nxt = hit.last
    if nxt >= an.sentences[an.sentence_of[hit.first]].last:
        return True
    return not an.is_word[nxt] or fv.raw[hit.end :].lstrip()[:1] in ",;:"


_TAIL = 2
"""How many words may follow a closing "then" in its sentence for it to end the jab: a vocative ("…then, Rosa")."""


def _last_word(fv: FieldView, hit: Hit) -> bool:
    """Whether the "then" ends its sentence but for a vocative: a clause after it ("feel free to pop in on Saturday
    then, the desk has your cancellation letter") makes the permission an offer with its step, not a shrug."""
    an = fv.an
    end = an.sentences[an.sentence_of[hit.first]].last
    return sum(1 for i in range(hit.last, end) if an.is_word[i]) <= _TAIL
