"""Communication, round 13: the brand's own venue is no private detail; the brand's concrete acts are steps in any
tense, its past mishaps are not; a French sales word read after a subject or a negation sells nothing.

Every sentence here was written for these tests, in no dev-set situation."""

from __future__ import annotations

from scoring_kit import score_line


def _criterion(result, kind: str) -> tuple[int, list[str]]:  # type: ignore[no-untyped-def]
    found = next(c for c in result.criteria if c.id == kind)
    return found.score, [e.text for e in found.evidence]


def _post_trust(lang: str, brief: str, facts: list[list[str]], post: str, brand: str) -> tuple[int, list[str]]:
    result = score_line(lang=lang, platform="instagram", brand={"name": brand},
                        thread=[{"author": "brief", "text": brief}], expect={"facts": facts}, reply=post)
    return _criterion(result, "trust")


# --- 3. the brand's own venue -------------------------------------------------------------------------------------

BAKERY_BRIEF = ("Announce on Instagram: our second bakery opens on Saturday 4 April at 18 Quarry Lane, Leeds, with "
                "free cinnamon buns from 8am until they run out.")
BAKERY_FACTS = [["4 April"], ["8am"], ["cinnamon buns"]]


def test_venue_the_brief_gives_is_no_disclosure_en() -> None:
    post = "Second bakery 🥐 We can't wait to see you at 18 Quarry Lane on Saturday 4 April: free buns at 8am."
    score, evidence = _post_trust("en", BAKERY_BRIEF, BAKERY_FACTS, post, "Crumb & Co")
    assert score >= 90 and not evidence


def test_venue_the_brief_gives_is_no_disclosure_fr() -> None:
    brief = ("Post Instagram : notre fromagerie ouvre une deuxième boutique le samedi 11 avril au 7 rue des Tanneurs "
             "à Dijon, dégustation offerte de 10 h à 13 h.")
    score, evidence = _post_trust("fr", brief, [["11 avril"], ["dégustation"]], "Deuxième boutique ! On vous attend "
                                  "au 7 rue des Tanneurs le samedi 11 avril, dégustation offerte de 10 h à 13 h.",
                                  "La Cave à Tomme")
    assert score >= 90 and not evidence


def test_brand_possessive_owns_its_address() -> None:
    score, evidence = _post_trust("en", "Announce our café's reopening on Monday 6 April after the refit.",
                                  [["6 April"]], "Harrow & Hive's café, 5 Tanner Row, reopens on Monday 6 April "
                                  "after the refit. Same flat whites, new chairs.", "Harrow & Hive")
    assert score >= 90 and not evidence


def test_a_persons_address_is_still_disclosed() -> None:
    """Innocent of the venue reading: the person's address, which no brief gives, is still theirs."""
    thread = [{"author": "Megan Doyle", "text": "Third week without my parcel. Where is it?"}]
    result = score_line(lang="en", platform="x", thread=thread,
                        reply="Megan, the courier left it with a neighbour at 22 Birch Road on Tuesday, sorry.")
    score, evidence = _criterion(result, "trust")
    assert score == 0 and any("Birch Road" in e for e in evidence)
    result = score_line(lang="en", platform="x", thread=thread,
                        reply="Megan's parcel went to 22 Birch Road on Tuesday, we're checking with the courier.")
    assert _criterion(result, "trust")[0] == 0
