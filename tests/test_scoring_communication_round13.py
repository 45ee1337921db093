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


# --- 2. a sales word that sells nothing ---------------------------------------------------------------------------

def _reply_trust(lang: str, person: str, complaint: str, reply: str) -> tuple[int, list[str]]:
    result = score_line(lang=lang, platform="facebook", thread=[{"author": person, "text": complaint}], reply=reply)
    return _criterion(result, "trust")


FILTRE = ("Le filtre de ma carafe a tenu trois semaines au lieu de deux mois. Je suis cliente depuis 2015, franchement "
          "déçue.")


def test_fr_sales_word_after_a_subject_or_a_negation_sells_nothing() -> None:
    stated = ("Nadia, vous achetez nos filtres depuis 2015 et celui-ci a lâché trop tôt : on vous en envoie deux "
              "neufs aujourd'hui.")
    advised = "Nadia, n'achetez pas de filtre à 9 € ailleurs : on vous en envoie deux neufs aujourd'hui."
    infinitive = "Nadia, on vous envoie deux filtres neufs, inutile d'en acheter à 9 € ailleurs."
    for reply in (stated, advised, infinitive):
        score, evidence = _reply_trust("fr", "Nadia Haddad", FILTRE, reply)
        assert score >= 90, (reply, evidence)
        assert not any("achet" in e for e in evidence)


def test_fr_sales_push_still_sells() -> None:
    """Innocent of the new reading: an imperative pitch with a figure is still a pitch."""
    pitch = "Nadia, désolés ! Achetez le pack de 6 filtres avec le code FILTRE10 : 10 % de remise."
    score, evidence = _reply_trust("fr", "Nadia Haddad", FILTRE, pitch)
    assert score == 0 and any("Achetez" in e or "code" in e for e in evidence)


def test_en_sales_words_match_as_written_below_six_letters() -> None:
    complaint = "My blender jug cracked after two weeks. Not impressed."
    fine = "Owen, a jug cracking after 2 weeks isn't right: I'm sending a new one today, no need to order anything."
    score, evidence = _reply_trust("en", "Owen Price", complaint, fine)
    assert score >= 90 and not evidence
    pitch = "Owen, shop now: use code BLEND20 for 20% off a new jug!"
    assert _reply_trust("en", "Owen Price", complaint, pitch)[0] == 0


# --- 1. the brand's concrete acts, not its mishaps ---------------------------------------------------------------

def _substance(lang: str, person: str, complaint: str, reply: str) -> tuple[int, list[str]]:
    result = score_line(lang=lang, platform="facebook", thread=[{"author": person, "text": complaint}], reply=reply)
    found = next(c for c in result.criteria if c.id == "substance")
    return found.score, [e.text for e in found.evidence if e.polarity == "+"]


HINGE = "The wardrobe arrived with a snapped hinge and nobody answers the phone. Two weeks now."
CARTON = "Ma commande de vaisselle est arrivée avec trois assiettes cassées, et personne ne répond au téléphone."


def test_acts_in_any_form_are_steps_en() -> None:
    bare = "Ravi, a snapped hinge after two weeks of waiting is poor."
    for act in ("I rang the depot and they are holding a new hinge for you", "we've couriered a new hinge",
                "I'm ordering a new hinge from the factory"):
        score, quoted = _substance("en", "Ravi Shah", HINGE, f"{bare} {act[0].upper()}{act[1:]}.")
        assert any(q.lower().startswith(("i", "we")) for q in quoted), (act, quoted)
        assert score > _substance("en", "Ravi Shah", HINGE, bare)[0], act


def test_acts_in_any_form_are_steps_fr() -> None:
    bare = "Amandine, trois assiettes cassées, c'est rageant."
    for act in ("J'ai relancé le transporteur", "On vous réexpédie trois assiettes", "Nous avons recrédité la carte"):
        score, quoted = _substance("fr", "Amandine Roux", CARTON, f"{bare} {act}.")
        assert any(q.lower().startswith(("j", "on", "nous")) for q in quoted), (act, quoted)
        assert score > _substance("fr", "Amandine Roux", CARTON, bare)[0], act


def test_past_mishaps_are_no_steps() -> None:
    for lang, person, complaint, reply in (
            ("en", "Ravi Shah", HINGE, "Ravi, sorry, we sent you the wrong hinge."),
            ("en", "Ravi Shah", HINGE, "Ravi, sorry, we charged your card twice for the wardrobe."),
            ("en", "Ravi Shah", HINGE, "Ravi, it's awful because we took the wrong order off the van."),
            ("fr", "Amandine Roux", CARTON, "Amandine, désolés, nous vous avons envoyé la mauvaise série."),
            ("fr", "Amandine Roux", CARTON, "Amandine, désolés, on vous a débité deux fois la commande.")):
        quoted = _substance(lang, person, complaint, reply)[1]
        assert not any(q.lower().startswith(("we", "i", "nous", "on")) for q in quoted), (reply, quoted)


def test_a_remedy_beside_a_mishap_is_still_a_step() -> None:
    """Innocent: the future remedy names the mishap's words and still acts."""
    quoted = _substance("en", "Ravi Shah", HINGE, "Ravi, we'll send the right hinge instead of the wrong one.")[1]
    assert any(q.lower().startswith("we") for q in quoted)
    quoted = _substance("fr", "Amandine Roux", CARTON, "Amandine, on vous renvoie la bonne série au lieu de "
                        "la mauvaise.")[1]
    assert any("renvoie" in q for q in quoted)


def test_a_denied_step_is_no_step() -> None:
    refused = _substance("en", "Ravi Shah", HINGE, "Ravi, we won't refund a wardrobe assembled by a third party.")
    assert not any("refund" in q.lower() for q in refused[1])
    refused_fr = _substance("fr", "Amandine Roux", CARTON, "Amandine, nous n'accordons aucun remboursement sur la "
                            "vaisselle en promotion.")
    assert not any("rembours" in q.lower() for q in refused_fr[1])
    calm = _substance("fr", "Amandine Roux", CARTON, "Amandine, pas de panique, on renvoie les trois assiettes.")
    assert any("renvoie" in q for q in calm[1])
    after = _substance("fr", "Amandine Roux", CARTON, "Amandine, le remboursement ne couvre pas la livraison.")
    assert not any("rembours" in q.lower() for q in after[1])
    after_en = _substance("en", "Ravi Shah", HINGE, "Ravi, the replacement isn't covered once the wardrobe is built.")
    assert not any("replacement" in q.lower() for q in after_en[1])
