"""A person known by a handle is called by the short name the handle holds: "Tom" for tomtom_44, "Chris" for
chrisbikes, "Alex" for alexandre.m. A reply that calls them so, as a vocative ("Tom, …", "Bonjour Alex"), names them,
and greeting another commenter beside them is then no wrong name. Only a vocative counts, at least three letters, and
only for a handle (a written-out name keeps its exact and close spellings). Situations written for this test."""

from __future__ import annotations

import pytest
from scoring_kit import score_line


def _thread(handle: str, lang: str) -> list[dict[str, str]]:
    text = {"fr": "Troisième colis perdu ce mois-ci, et toujours aucune réponse du service client. Bravo.",
            "en": "Third parcel lost this month and still no answer from customer service. Great job."}[lang]
    other = {"fr": "Pareil pour moi, deux semaines d'attente.", "en": "Same here, two weeks of waiting."}[lang]
    return [{"author": handle, "text": text}, {"author": "zoe_runs", "text": other}]


def _scores(lang: str, handle: str, reply: str) -> dict[str, int]:
    result = score_line(lang=lang, platform="instagram", thread=_thread(handle, lang), reply=reply,
                        expect={"person": handle, "feeling": "angry" if lang == "en" else "en colère"})
    return {c.id: c.score for c in result.criteria}


CALLED = [
    ("en", "tomtom_44", "Tom, a third lost parcel is not okay. I'm opening a claim with the courier today."),
    ("en", "chrisbikes", "Hi Chris, sorry about the third lost parcel. I'm chasing the courier today."),
    ("en", "alexandre.m", "Alex, that's three lost parcels: I'm reopening your case with the courier now."),
    ("fr", "benjidu13", "Benji, trois colis perdus, c'est inacceptable. Je relance le transporteur aujourd'hui."),
    ("fr", "marionnette_k", "Bonjour Marion, désolés pour ce troisième colis perdu. Je relance le transporteur."),
    ("fr", "juliette.bzh", "Juliette, désolée pour ces colis perdus. J'ouvre une réclamation auprès du transporteur."),
]


@pytest.mark.parametrize(("lang", "handle", "reply"), CALLED)
def test_the_short_name_a_handle_holds_names_the_person(lang: str, handle: str, reply: str) -> None:
    assert _scores(lang, handle, reply)["names-person"] >= 90


@pytest.mark.parametrize(("lang", "handle", "reply"), CALLED[:1] + CALLED[3:4])
def test_greeting_another_commenter_beside_them_is_no_wrong_name(lang: str, handle: str, reply: str) -> None:
    assert "right-addressee" not in _scores(lang, handle, reply.replace(".", ". Zoé, same for you.", 1))


NOT_CALLED = [
    ("en", "tomtom_44", "Tomorrow we will open a claim with the courier for this third parcel."),
    ("en", "tomtom_44", "Thomas, a third lost parcel is not okay. I'm opening a claim with the courier today."),
    ("en", "chrisbikes", "Sorry about the parcels. Ch, we're on it."),
    ("fr", "marionnette_k", "Désolés pour ce colis. Une marionnette de plus dans la boîte, ça ne remplace rien."),
    ("fr", "benjidu13", "Ben voyons, trois colis perdus. Je relance le transporteur aujourd'hui."),
]


@pytest.mark.parametrize(("lang", "handle", "reply"), NOT_CALLED)
def test_near_misses_a_prefix_word_that_calls_nobody_is_no_name(lang: str, handle: str, reply: str) -> None:
    assert _scores(lang, handle, reply)["names-person"] == 0
