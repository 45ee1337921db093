"""Batch input (issue 11): the person's name from a display name or handle, never a placeholder; a plain text
with no thread is a post; a free-text voice read into charter cues; 'twitter' as another name of 'x'."""

from __future__ import annotations

import pytest
from scoring_kit import scorer

from cmsim.scoring.batch import LineError, charter_from_voice, parse_line, person_name


@pytest.mark.parametrize(("author", "name"), [
    ("julie_bdx", "Julie"), ("@julie_bdx", "Julie"), ("marc.dupont", "Marc"), ("jean-pierre", "Jean-Pierre"),
    ("jean-pierre.33", "Jean-Pierre"), ("Maria Lopez", "Maria Lopez"), ("Tom", "Tom"), ("customer", None),
    ("@Client", None), ("x_99", None),
])
def test_the_name_comes_from_the_display_name_or_handle(author: str, name: str | None) -> None:
    assert person_name(author) == name


def test_the_person_answered_is_named_from_the_handle_and_never_a_placeholder() -> None:
    line = {"thread": [{"author": "julie_bdx", "text": "my parcel is late"}], "reply": "Julie, sorry, DM us."}
    assert parse_line(line, scorer()).step.expect.person == "Julie"
    anonymous = {"thread": [{"author": "customer", "text": "my parcel is late"}], "reply": "Sorry, DM us."}
    assert parse_line(anonymous, scorer()).step.expect.person is None


def test_an_empty_thread_with_a_plain_reply_is_a_post() -> None:
    item = parse_line({"reply": "New: butter croissants, Saturday 8am in every shop."}, scorer())
    assert item.step.rubric == "community-post"
    assert [f.kind for f in item.step.fields] == ["post"]
    reply = parse_line({"thread": [{"author": "Ann", "text": "hi?"}], "reply": "Hi Ann!"}, scorer())
    assert reply.step.rubric == "public-reply"


def test_a_free_text_voice_gives_charter_cues() -> None:
    fr = charter_from_voice("vouvoiement, pas d'emoji, signé Léa")
    assert (fr.pronoun, fr.emoji, fr.signature) == ("vous", "none", "Léa")
    en = charter_from_voice("casual, first names, a few emojis, signed Sam")
    assert (en.tone, en.names, en.emoji, en.signature) == ("casual", "first_name", "sparing", "Sam")
    item = parse_line({"brand": "tutoiement, ton décontracté, signature : ^Inès", "lang": "fr", "reply": "Salut !"},
                      scorer())
    assert item.scenario.brand.charter.pronoun == "tu" and item.scenario.brand.charter.signature == "^Inès"
    assert charter_from_voice("").model_dump() == charter_from_voice("nothing said here").model_dump()


def test_twitter_is_another_name_of_x() -> None:
    item = parse_line({"platform": "twitter", "thread": [{"author": "Ann", "text": "hi"}], "reply": "Hi Ann"}, scorer())
    assert item.scenario.platforms == ["x"]
    posts = parse_line({"reply": {"twitter": "Out now", "linkedin": "Out now today"}}, scorer())
    assert {f.id: f.platform for f in posts.step.fields} == {"x": "x", "linkedin": "linkedin"}
    with pytest.raises(LineError):
        parse_line({"platform": "myspace", "reply": "hi"}, scorer())


def test_an_unknown_team_is_refused_with_a_suggestion() -> None:
    line = {"lang": "fr", "thread": [{"author": "Léo", "text": "L'appli plante"}], "expect": {"teams": ["produit"]},
            "reply": {"public": "On regarde.", "internal_note": "Équipe produit : l'appli plante."}}
    with pytest.raises(LineError, match="did you mean 'product'"):
        parse_line(line, scorer())


def test_the_same_lines_in_another_order_score_the_same() -> None:
    import json

    from cmsim.scoring.batch import score_lines

    lines = [json.dumps({"id": str(i), "lang": lang, "thread": [{"author": "Rita", "text": text}], "reply": reply})
             for i, (lang, text, reply) in enumerate([
                 ("en", "My order is late and I'm fed up.", "Rita, so sorry. Could you DM us your order number?"),
                 ("en", "My order is late and I'm fed up.", "Rita, what a surprise, a late parcel. DM us."),
                 ("fr", "Ma commande est en retard.", "Rita, c'est comme ça, point final."),
                 ("fr", "Ma commande est en retard.", "Rita, désolés ! Pouvez-vous nous écrire en MP ?"),
             ])]
    forward = {r["id"]: r for r in score_lines(lines, scorer()) if isinstance(r, dict)}
    backward = {r["id"]: r for r in score_lines(list(reversed(lines)), scorer()) if isinstance(r, dict)}
    assert forward == backward and len(forward) == 4
