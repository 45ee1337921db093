# ruff: noqa: E501  (test replies are long literal strings)
"""Substance: when the step's details are private (an account, a booking, a claim), inviting the person to a private
channel (a DM, an MP, the brand's own mailbox) is what happens next, and counts as one of substance's moves (issue 11,
round 8; found on the tuning split's misordered communication pairs: "So sorry Priya, please DM us", graded 30, scored
under replies that write the person's details in public or lecture them with facts). Tested here on situations and
replies written for this file, fr and en, with near-misses: the same invitation where nothing is private, a bare
sympathy, a reply whose two moves are already there."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.scoring.criteria.substance import MOVES_SHARE

THREADS = {
    "en": [{"author": "Dana", "text": "Your roaming bundle said unlimited data in Spain and I've just been billed £86 extra for five days. I pay you £30 a month!"}],
    "fr": [{"author": "Malo", "text": "Ma mutuelle m'a remboursé 12 € sur une couronne dentaire à 780 €. On m'avait annoncé 60 % de prise en charge, je ne comprends rien. Pourquoi si peu ?"}],
}
FACTS = {
    "en": [["roaming", "bundle"], ["bill", "billed", "charge"], ["Spain"]],
    "fr": [["couronne", "dentaire"], ["remboursé", "remboursement"], ["prise en charge", "60 %"]],
}
PERSON = {"en": "Dana", "fr": "Malo"}


def _result(lang: str, text: str, private: bool = True):  # type: ignore[no-untyped-def]
    expect = {"person": PERSON[lang], "facts": FACTS[lang], "feeling": "angry", "private": private}
    return score_line(lang=lang, platform="x", thread=THREADS[lang], expect=expect, reply=text)


def _substance(lang: str, text: str, private: bool = True) -> int:
    return next(c.score for c in _result(lang, text, private).criteria if c.id == "substance")


INVITES = {  # a sympathy, then the way to take it private: each counts as what happens next
    "en": [
        ("Dana, sorry, an £86 surprise after a trip to Spain is no fun.", " Could you DM us the number on the account?"),
        ("Dana, that roaming bill doesn't look right to us either.", " Send us a private message with the account holder's name and we'll go through it."),
        ("Dana, I'm sorry about the extra charge.", " Drop a line to help@brightmobile.co.uk with your number and I'll pick it up."),
    ],
    "fr": [
        ("Malo, désolés, 12 € sur une couronne à 780 €, on comprend la surprise.", " Pouvez-vous nous écrire en MP avec votre numéro d'adhérent ?"),
        ("Malo, ce remboursement ne correspond pas à ce qu'on vous avait annoncé.", " Envoyez-nous un message privé et on reprend le dossier avec vous."),
        ("Malo, vous avez raison de demander.", " Écrivez-nous à contact@mutuelle-horizon.fr avec le décompte, nous regardons ça."),
    ],
}
BRANDS = {"en": "Bright Mobile", "fr": "Mutuelle Horizon"}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("index", range(3))
def test_taking_it_private_is_what_happens_next_when_details_are_private(lang: str, index: int) -> None:
    sympathy, invite = INVITES[lang][index]
    line = {"lang": lang, "platform": "x", "thread": THREADS[lang], "brand": {"name": BRANDS[lang]},
            "expect": {"person": PERSON[lang], "facts": FACTS[lang], "feeling": "angry", "private": True}}
    alone = score_line(**line, reply=sympathy)
    invited = score_line(**line, reply=sympathy + invite)
    before = next(c.score for c in alone.criteria if c.id == "substance")
    substance = next(c for c in invited.criteria if c.id == "substance")
    assert substance.score >= before + 100 * MOVES_SHARE / 2 - 1, (before, substance.score)
    channel = [e.text for e in substance.evidence if e.polarity == "+" and e.start >= len(sympathy)]
    assert channel, "the invitation is quoted as what happens next"
    assert any(word in text.lower() for text in channel for word in ("dm", "message", "mp", "@", "écri")), channel


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("index", range(2))
def test_the_same_invitation_is_no_move_where_nothing_is_private(lang: str, index: int) -> None:
    """Where nothing is private the invitation still shows the reply is more than a recap (as before), but it is
    no move: it gains a move's share less than where the details are private."""
    sympathy, invite = INVITES[lang][index]
    public_gain = _substance(lang, sympathy + invite, private=False) - _substance(lang, sympathy, private=False)
    private_gain = _substance(lang, sympathy + invite) - _substance(lang, sympathy)
    assert private_gain - public_gain >= 100 * MOVES_SHARE / 2 - 1, (public_gain, private_gain)


NO_WAY = {  # near-misses: sympathy and a promise to look, with no channel at all; a channel word refused
    "en": ["Dana, sorry, an £86 surprise after a trip to Spain is no fun. We hear you.",
           "Dana, sorry about the roaming bill. Please don't post your account number here."],
    "fr": ["Malo, désolés pour ce remboursement de 12 €, on comprend la surprise.",
           "Malo, désolés pour ce remboursement. Surtout, ne publiez pas votre numéro d'adhérent ici."],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("index", range(2))
def test_sympathy_without_a_channel_is_no_move(lang: str, index: int) -> None:
    result = _result(lang, NO_WAY[lang][index])
    substance = next(c for c in result.criteria if c.id == "substance")
    assert not any(e.polarity == "+" and e.text.lower() in ("dm", "mp", "here", "ici") for e in substance.evidence)
    assert substance.score <= 100 * (1 - MOVES_SHARE)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_two_moves_already_there_gain_nothing_more(lang: str) -> None:
    full = {
        "en": "Dana, sorry. I've refunded the £86 today and switched your bundle to the EU plan from tomorrow. DM us if anything else looks off.",
        "fr": "Malo, désolés. Nous avons relancé le remboursement aujourd'hui et votre conseiller vous rappelle demain matin. Écrivez-nous en MP si besoin.",
    }[lang]
    without = full[: full.rindex(".", 0, len(full) - 1) + 1]
    assert _substance(lang, full) <= _substance(lang, without) + 1


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_polite_private_invitation_outranks_details_written_in_public(lang: str) -> None:
    """The communication a person receives: a short sorry that takes it private above a reply that writes their
    account out in the open."""
    polite = {"en": "Dana, sorry about this. Please DM us and we'll check the bill.",
              "fr": "Malo, désolés pour ce remboursement. Écrivez-nous en MP, on regarde le dossier."}[lang]
    exposed = {"en": "Dana, I've found account 07700 900412 (Dana Whitfield, 14 Elm Road): the £86 was roaming in Spain.",
               "fr": "Malo, j'ai retrouvé votre dossier n° 48213 (Malo Kerbrat, 12 rue des Lilas) : le remboursement de 12 € est correct."}[lang]
    polite_score = _result(lang, polite).scores["communication"]
    exposed_score = _result(lang, exposed).scores["communication"]
    assert polite_score > exposed_score, (polite_score, exposed_score)


# Review 8, item 7: a refused or closed private channel is no way forward; a mailbox is one only on the brand's domain.
REFUSED = {
    "en": ["Sorry Grace, we don't handle billing by DM.",
           "Our DMs are closed at the moment.",
           "Dana, sorry, we can't look at accounts by private message.",  # mine
           "Dana, your installer's address is info@bestfit.com, they can tell you more."],  # another domain
    "fr": ["Hugo, désolés, nous ne traitons pas les remboursements en message privé.",
           "Malo, désolés, nos messages privés sont fermés pour le moment.",  # mine
           "Malo, votre dentiste répond sur contact@cabinet-dupont.fr, demandez-lui le détail."],  # mine: another domain
}


@pytest.mark.parametrize(("lang", "index"), [("en", i) for i in range(4)] + [("fr", i) for i in range(3)])
def test_a_refused_or_closed_channel_or_another_mailbox_is_no_move(lang: str, index: int) -> None:
    line = {"lang": lang, "platform": "x", "thread": THREADS[lang], "brand": {"name": BRANDS[lang]},
            "expect": {"person": PERSON[lang], "facts": FACTS[lang], "feeling": "angry", "private": True}}
    substance = next(c for c in score_line(**line, reply=REFUSED[lang][index]).criteria if c.id == "substance")
    channel = [e.text for e in substance.evidence if e.polarity == "+"
               and any(w in e.text.lower() for w in ("dm", "message", "mp", "@"))]
    assert not channel, channel
