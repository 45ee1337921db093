"""One reading of names (cmsim.scoring.names): the brand's whole name, handles, the people's names and a signature at
the end of a reply; what they cover is neither a lexicon term nor a fact."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.scoring.batch import parse_line
from cmsim.scoring.names import signature_start
from cmsim.scoring.text import fold


def _criterion(result: object, name: str) -> tuple[float, list[str]]:
    found = next(c for c in result.criteria if c.id == name)  # type: ignore[attr-defined]
    return found.score, [e.text for e in found.evidence]


@pytest.mark.parametrize(("text", "signed"), [
    ("Merci pour votre patience, on vous rappelle demain. — Léa", "— Léa"),
    ("Thanks for bearing with us, we'll call you today ^Tom", "^Tom"),
    ("On s'en occupe dès ce matin. Léa, service client", "Léa, service client"),
    ("We're on it.\nTom, customer care", "Tom, customer care"),
    ("Sorry for the wait, we'll DM you today. – Jo, Support", "– Jo, Support"),
])
def test_a_signature_is_read_at_the_end_of_a_reply(text: str, signed: str) -> None:
    assert text[signature_start(text, None, "fr" if "é" in text or "ç" in text else "en"):] == signed


@pytest.mark.parametrize(("text", "lang"), [
    ("Léa vous rappelle demain matin, promis.", "fr"),
    ("Bonjour Léa, nous regardons votre commande et revenons vers vous.", "fr"),
    ("Sorry about that — We'll call you back today", "en"),
    ("Tom from our team will call you today, sorry again.", "en"),
    ("Sorry for the wait. Thanks, Julie", "en"),
])
def test_a_name_mid_reply_is_no_signature(text: str, lang: str) -> None:
    assert signature_start(text, None, lang, "Julie") == len(text) + 1


@pytest.mark.parametrize(("lang", "person", "said", "signed", "called"), [
    ("fr", "Léa", "Ma commande n'est jamais arrivée, je suis furieuse.",
     "Désolés pour ce retard, nous vous écrivons en MP aujourd'hui. — Léa",
     "Désolés pour ce retard Léa, nous vous écrivons en MP aujourd'hui."),
    ("en", "Tom", "My order never arrived and I'm furious.",
     "So sorry for the delay, we'll DM you today ^Tom",
     "So sorry for the delay Tom, we'll DM you today."),
])
def test_a_signature_does_not_name_the_person_answered(lang: str, person: str, said: str, signed: str,
                                                       called: str) -> None:
    thread = [{"author": person, "text": said}]
    assert _criterion(score_line(lang=lang, thread=thread, reply=signed), "names-person")[0] == 0
    assert _criterion(score_line(lang=lang, thread=thread, reply=called), "names-person")[0] == 100


@pytest.mark.parametrize(("lang", "brand", "other", "said", "named", "jab"), [
    ("en", "Pal Foods", "Tasty Foods", "My {} order is late, I'm annoyed.",
     "Ann, sorry your {} order is late. Could you DM us the number?",
     "Ann, listen pal, sorry your order is late. Could you DM us the number?"),
    ("en", "PayPal", "Stripe", "My {} refund is late, I'm annoyed.",
     "Ann, sorry your {} refund is late. Could you DM us the number?",
     "Ann, listen pal, sorry your refund is late. Could you DM us the number?"),
    ("fr", "Mon Petit Café", "Café Lune", "Ma commande chez {} est en retard, je suis agacée.",
     "Anne, désolés pour ce retard chez {}. Pouvez-vous nous écrire en MP avec le numéro ?",
     "Anne, mon petit, désolés pour ce retard. Pouvez-vous nous écrire en MP avec le numéro ?"),
])
def test_the_brand_masks_a_term_only_where_its_whole_name_stands(lang: str, brand: str, other: str, said: str,
                                                                 named: str, jab: str) -> None:
    def calm(name: str, reply: str) -> int:
        thread = [{"author": "Ann" if lang == "en" else "Anne", "text": said.format(name)}]
        line = {"name": name, "handle": "@b"}
        return score_line(lang=lang, brand=line, thread=thread, reply=reply.format(name)).scores[Q.calm]

    assert calm(brand, named) == calm(other, named)  # "PayPal", "Pal Foods", "Mon Petit Café" name the brand
    assert calm(brand, jab) < calm(other, named)  # "listen pal", "mon petit" still talk down to the person


@pytest.mark.parametrize(("lang", "said", "plain", "signed", "jab"), [
    ("en", "My order is late, I'm annoyed.", "Ann, sorry for the wait, we'll DM you today.",
     "Ann, sorry for the wait, we'll DM you today. – Chief", "Ann, sorry for the wait chief, we'll DM you today."),
    ("fr", "Ma commande est en retard, je suis agacée.", "Anne, désolés pour l'attente, on vous écrit en MP.",
     "Anne, désolés pour l'attente, on vous écrit en MP. — Julien Boulet",
     "Anne, quel boulet, désolés pour l'attente, on vous écrit en MP."),
])
def test_a_signature_masks_its_words_only_at_the_end(lang: str, said: str, plain: str, signed: str, jab: str) -> None:
    def calm(reply: str) -> int:
        thread = [{"author": "Ann" if lang == "en" else "Anne", "text": said}]
        return score_line(lang=lang, thread=thread, reply=reply).scores[Q.calm]

    assert calm(signed) == calm(plain)
    assert calm(jab) < calm(plain)


def _facts(lang: str, brand: dict[str, str], author: str, said: str, facts: list[str], reply: str) -> list[str]:
    result = score_line(lang=lang, brand=brand, thread=[{"author": author, "text": said}], reply=reply,
                        expect={"facts": facts})
    return _criterion(result, "picks-up-facts")[1]


@pytest.mark.parametrize(("lang", "brand", "author", "said", "fact", "inside", "outside"), [
    ("en", {"name": "Rose & Co", "handle": "@roseandco"}, "Megan", "Is the Rose candle back in stock?", "Rose",
     "Thanks for writing to Rose & Co, we'll check the stock today.",
     "Thanks Megan, the Rose candle is back on Monday."),
    ("en", {"name": "Bakery", "handle": "@rose_bakery"}, "Megan", "Is the Rose loaf back?", "Rose",
     "Thanks Megan, follow @rose_bakery and @rosebakery_uk for news.",
     "Thanks Megan, the Rose loaf is back on Monday."),
    ("en", {"name": "Candles", "handle": "@candles"}, "Rose Martin", "Is the Rose candle back in stock?", "Rose",
     "Hi Rose Martin, we'll check the stock today.",
     "Hi Rose Martin, the Rose candle is back on Monday."),
    ("fr", {"name": "Boulangerie Pain d'Épices", "handle": "@painepices"}, "Julie",
     "Vous refaites du pain d'épices pour Noël ?", "pain d'épices",
     "Merci d'avoir écrit à la Boulangerie Pain d'Épices, on regarde aujourd'hui.",
     "Merci Julie, notre pain d'épices est de retour samedi."),
    ("fr", {"name": "Le Fournil", "handle": "@le_fournil"}, "Julie", "Votre fournil est fermé pour travaux ?",
     "fournil",
     "Merci Julie, suivez @le_fournil pour les nouvelles.",
     "Merci Julie, notre fournil rouvre samedi."),
])
def test_a_fact_is_not_credited_inside_a_name(lang: str, brand: dict[str, str], author: str, said: str, fact: str,
                                             inside: str, outside: str) -> None:
    assert _facts(lang, brand, author, said, [fact], inside) == []
    assert _facts(lang, brand, author, said, [fact], outside)


@pytest.mark.parametrize(("lang", "handle", "reply"), [
    ("fr", "@fromagerieleburon", "Pour participer, abonnez-vous à @fromagerieleburon avant le 21 décembre."),
    ("en", "@rose_bakery", "To enter, follow @rose_bakery before 21 December."),
])
def test_a_fact_that_is_a_whole_handle_is_found_in_it(lang: str, handle: str, reply: str) -> None:
    brand = {"name": "Brand", "handle": handle}
    assert _facts(lang, brand, "Julie", "Comment participer ?", [handle], reply) == [handle.lstrip("@")]


def _derived(lang: str, brand: dict[str, str], thread: list[dict[str, str]]) -> list[str]:
    from scoring_kit import scorer

    from cmsim.scoring.criteria import facts_to_check
    from cmsim.scoring.step_context import context_for

    item = parse_line({"id": "t", "lang": lang, "brand": brand, "thread": thread, "reply": "ok"}, scorer())
    wanted, derived = facts_to_check(context_for(item.scenario, item.step, []))
    assert derived
    return [fold(f[0]) for f in wanted]


@pytest.mark.parametrize(("lang", "brand", "thread", "names", "facts"), [
    ("en", {"name": "Lumen Labs", "handle": "@lumenlabs"},
     [{"author": "karen_lyon", "text": "Same here, mine died too."},
      {"author": "Megan", "text": "Karen is right: my desk lamp from @lumenshop flickers since Tuesday. — Megan"}],
     {"karen", "lumenshop", "lumen", "megan"}, {"lamp", "flickers"}),
    ("fr", {"name": "Les Jardins d'Agathe", "handle": "@jardinsdagathe"},
     [{"author": "sophie.b", "text": "Pareil pour moi."},
      {"author": "paul_nantes", "text": "Sophie et moi attendons toujours les plants de tomates commandés chez "
                                        "@serres_dulac. ^Paul"}],
     {"sophie", "serres", "dulac", "paul", "agathe"}, {"plants", "tomates"}),
])
def test_facts_derived_from_the_thread_leave_its_names_out(lang: str, brand: dict[str, str],
                                                           thread: list[dict[str, str]], names: set[str],
                                                           facts: set[str]) -> None:
    derived = set(_derived(lang, brand, thread))
    assert not derived & names, derived
    assert facts <= derived, derived


def _found(lang: str, fact: str, reply: str) -> list[str]:
    said = {"en": "Something is wrong with my account.", "fr": "Il y a un souci avec mon compte."}[lang]
    return _facts(lang, {"name": "Brand", "handle": "@brand"}, "Julie", said, [fact], reply)


@pytest.mark.parametrize(("lang", "fact", "not_it", "it"), [
    ("en", "PIN", "Julie, we pinned a post explaining the outage.", "Julie, your PIN was reset this morning."),
    ("en", "TV", "Julie, check your TVA number please.", "Julie, both TVs were replaced this morning."),
    ("en", "DM", "Julie, your DMV letter is on its way.", "Julie, we answered your DMs this morning."),
    ("fr", "bus", "Julie, la buse du parc a été soignée.", "Julie, les bus reprennent ce matin."),
    ("fr", "5G", "Julie, votre forfait 5Go est actif.", "Julie, la 5G revient ce soir."),
])
def test_short_fact_words_match_whole_words_only(lang: str, fact: str, not_it: str, it: str) -> None:
    assert _found(lang, fact, not_it) == []
    assert _found(lang, fact, it)


@pytest.mark.parametrize(("lang", "fact", "not_it", "it", "lower"), [
    ("en", "May", "Julie, we may refund the second charge.", "Julie, the refund lands on 12 May.",
     "julie, the refund lands on 12 may."),
    ("fr", "Orange", "Julie, le voyant orange clignote encore ?", "Julie, votre box Orange est réparée.",
     "julie, votre box orange est réparée."),
])
def test_a_proper_name_fact_matches_only_itself_capitalised(lang: str, fact: str, not_it: str, it: str,
                                                            lower: str) -> None:
    assert _found(lang, fact, not_it) == []
    assert _found(lang, fact, it)
    assert _found(lang, fact, lower)  # a reply all in lower case writes names in lower case too
