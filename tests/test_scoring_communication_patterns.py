# ruff: noqa: E501  (test replies are long literal strings)
"""Communication patterns found on the tuning split's misordered pairs (issue 11, round 3), each tested on a situation
and replies written for this file, fr and en, not taken from the development set or the library."""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q

THREAD = {
    "en": [{"author": "Olga", "text": "Booked one night at Harbourview and got charged three times on my card. 540 euros gone. Hello??"}],
    "fr": [{"author": "Olga", "text": "J'ai réservé une nuit au Harbourview et j'ai été débitée trois fois. 540 euros envolés. Allô ??"}],
}
EXPECT = {
    "en": {"person": "Olga", "facts": [["charged", "three times"], ["540"], ["card"]], "teams": ["billing"], "private": True},
    "fr": {"person": "Olga", "facts": [["débitée", "trois fois"], ["540"], ["carte"]], "teams": ["billing"], "private": True},
}
STOCK = {"en": "Thank you for your feedback, Olga. We have passed this on to the relevant team.",
         "fr": "Merci pour votre retour, Olga. Nous avons transmis à l'équipe concernée."}
PRECISE = {"en": "Olga, being charged three times for one night is not ok, sorry. Billing is refunding the two extra charges today: DM us your booking number.",
           "fr": "Olga, être débitée trois fois pour une nuit, ce n'est pas normal, désolés. La facturation rembourse les deux débits en trop aujourd'hui : envoyez-nous votre numéro de réservation en MP."}
PRECISE_NOTE = {"en": "Billing team: guest Olga charged three times for one night (540 euros on her card), public thread on Facebook. Please refund the two extra charges today and confirm to me by 3pm; I'm answering her meanwhile.",
                "fr": "Équipe facturation : la cliente Olga a été débitée trois fois pour une nuit (540 euros sur sa carte), fil public sur Facebook. Merci de rembourser les deux débits en trop aujourd'hui et de me confirmer avant 15 h ; je lui réponds en attendant."}
VAGUE_NOTE = {"en": "Billing: can someone look at this?", "fr": "Facturation : quelqu'un peut regarder ?"}


def _communication(lang: str, public: str, note: str) -> int:
    result = score_line(lang=lang, platform="facebook", rubric="internal-note", thread=THREAD[lang], expect=EXPECT[lang],
                        qualities=["communication", "teamwork"], reply={"public": public, "internal_note": note})
    return result.scores[Q.communication]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_facts_handed_over_in_the_note_count_in_communication(lang: str) -> None:
    assert _communication(lang, STOCK[lang], PRECISE_NOTE[lang]) > _communication(lang, STOCK[lang], VAGUE_NOTE[lang])


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_facts_told_to_the_person_still_count_more_than_a_note(lang: str) -> None:
    assert _communication(lang, PRECISE[lang], VAGUE_NOTE[lang]) > _communication(lang, STOCK[lang], PRECISE_NOTE[lang])


DECOMPOSED = {  # accents typed as a letter and a combining mark (macOS, some keyboards and pastes)
    "en": ("Désolé Olga, the café card reader double-charged you at 9h. Olga, we are refunding the two extra charges "
           "today and the manager will call you about everything that went wrong with your booking this weekend."),
    "fr": ("Olga, être débitée trois fois, ce n'est pas acceptable à 9h. Olga, nous remboursons aujourd'hui les deux "
           "débits en trop et la responsable vous appellera pour tout ce qui s'est mal passé pendant votre séjour."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_evidence_quotes_whole_words_of_the_reply_as_typed_even_with_decomposed_accents(lang: str) -> None:
    import unicodedata

    typed = unicodedata.normalize("NFD", DECOMPOSED[lang])
    result = score_line(lang=lang, platform="x", thread=THREAD[lang], expect=EXPECT[lang], reply=typed)
    quotes = [e for c in result.criteria for e in c.evidence]
    assert quotes
    for e in quotes:
        assert typed[e.start : e.end] == e.text
        assert e.start == 0 or not typed[e.start - 1].isalnum(), e.text  # never cut mid-word ("h. Olga")
        assert e.end == len(typed) or not (typed[e.end].isalnum() or unicodedata.combining(typed[e.end])), e.text
        assert not unicodedata.combining(e.text[:1] or " "), e.text


def _substance_faults(lang: str, text: str) -> list[str]:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], expect=EXPECT[lang], reply=text)
    substance = next(c for c in result.criteria if c.id == "substance")
    return [e.text for e in substance.evidence if e.polarity == "-"]


CONCRETE_POINTERS = {
    "en": [
        "Olga, visit our website before 5pm today to book your refund slot.",
        "Olga, for more information, our desk at the Harbourview is open on Saturday from 10am.",
        "Olga, bookings paid between 2pm and 4pm on 3 May may be affected: yours is one of them.",
        "Olga, more info on 14 June, when the new card reader is installed.",
    ],
    "fr": [
        "Olga, les remboursements se demandent sur notre site jusqu'au 15 juin.",
        "Olga, plus d'informations samedi à 10 h à l'accueil du Harbourview.",
        "Olga, les réservations payées le 3 mai entre 14 h et 16 h peuvent être concernées, dont la vôtre.",
        "Olga, plus d'infos le 14 juin, quand le nouveau terminal sera installé.",
    ],
}
VAGUE_POINTERS = {
    "en": ["Olga, for more information, visit our website.", "Olga, some customers may be affected.",
           "Olga, check our website, someone will be in touch."],
    "fr": ["Olga, plus d'infos sur notre site.", "Olga, certains clients peuvent être concernés.",
           "Olga, consultez notre site, quelqu'un va revenir vers vous."],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in CONCRETE_POINTERS.items() for t in texts])
def test_a_pointer_that_says_what_and_when_is_not_vague(lang: str, text: str) -> None:
    assert _substance_faults(lang, text) == []


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in VAGUE_POINTERS.items() for t in texts])
def test_a_pointer_with_nothing_concrete_is_still_vague(lang: str, text: str) -> None:
    assert _substance_faults(lang, text)


# (the person's facts read back with nothing new, the same facts with a way forward)
RECAPS = {
    "en": [
        ("Olga, three charges for one night, 540 euros on your card: we hear you.",
         "Olga, three charges for one night, 540 euros on your card: I'm refunding the two extra ones today."),
        ("Olga, charged three times at the Harbourview for a single night. That is a lot of money.",
         "Olga, charged three times at the Harbourview for a single night: could you DM us your booking number?"),
        ("Olga, 540 euros taken three times from your card for one night. We understand.",
         "Olga, 540 euros taken three times from your card for one night. Billing is checking it this morning."),
    ],
    "fr": [
        ("Olga, débitée trois fois pour une nuit, 540 euros sur votre carte : on vous entend.",
         "Olga, débitée trois fois pour une nuit, 540 euros sur votre carte : je rembourse les deux débits en trop aujourd'hui."),
        ("Olga, trois débits sur votre carte pour une seule nuit au Harbourview. Ça fait beaucoup.",
         "Olga, trois débits sur votre carte pour une seule nuit au Harbourview : pouvez-vous nous envoyer votre numéro de réservation en MP ?"),
        ("Olga, 540 euros pris trois fois sur votre carte pour une nuit. Nous comprenons.",
         "Olga, 540 euros pris trois fois sur votre carte pour une nuit. La facturation vérifie ce matin."),
    ],
}


def _substance(lang: str, text: str) -> int:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], expect=EXPECT[lang], reply=text)
    return next(c.score for c in result.criteria if c.id == "substance")


@pytest.mark.parametrize(("lang", "recap", "answer"),
                         [(lang, r, a) for lang, cases in RECAPS.items() for r, a in cases])
def test_reading_the_facts_back_with_nothing_new_is_a_recap_not_an_answer(lang: str, recap: str, answer: str) -> None:
    assert _substance(lang, recap) <= 40
    assert _substance(lang, answer) > _substance(lang, recap)


@pytest.mark.parametrize(("text", "blames"), [
    ("Olga, il leur faut deux jours pour rembourser, je vous tiens au courant jeudi.", False),
    ("Deux petits pandas sont nés : il leur faut des prénoms, votez avant le 15 juin !", False),
    ("Olga, il leur faudra une semaine, et il leur faut votre numéro de réservation en MP.", False),
    ("Olga, c'est leur faute si vous avez été débitée trois fois, pas la nôtre.", True),
    ("Olga, le double débit est de leur faute, voyez avec votre banque.", True),
])
def test_il_leur_faut_is_a_need_not_blame_whatever_the_stemmer_makes_of_faute(text: str, blames: bool) -> None:
    result = score_line(lang="fr", platform="facebook", thread=THREAD["fr"], expect=EXPECT["fr"], reply=text)
    respect = next(c for c in result.criteria if c.id == "respect")
    assert any(e.polarity == "-" for e in respect.evidence) == blames, [e.text for e in respect.evidence]


# (a reply wrapped in corporate padding, the same answer without it)
PADDED = {
    "en": [
        ("Olga, at Harbourview our mission is to make every stay better, so we take every piece of feedback extremely "
         "seriously. The two extra charges are refunded today.", "Olga, the two extra charges are refunded today."),
        ("Hi Olga, as you may know, Harbourview was founded in 1998 by two sisters. The two extra charges are refunded "
         "today.", "Hi Olga, the two extra charges are refunded today."),
        ("Olga, we are committed to providing the best possible service to our loyal customers. The two extra charges "
         "are refunded today.", "Olga, the two extra charges are refunded today."),
    ],
    "fr": [
        ("Olga, la satisfaction de nos clients est au cœur de nos préoccupations : les deux débits en trop sont "
         "remboursés aujourd'hui.", "Olga, les deux débits en trop sont remboursés aujourd'hui."),
        ("Bonjour Olga, comme vous le savez peut-être, le Harbourview a été fondé en 1998. Les deux débits en trop sont "
         "remboursés aujourd'hui.", "Bonjour Olga, les deux débits en trop sont remboursés aujourd'hui."),
        ("Madame, nous mettons tout en œuvre pour nos fidèles clients : les deux débits en trop sont remboursés "
         "aujourd'hui. Nous vous prions d'agréer l'expression de nos salutations distinguées.",
         "Madame, les deux débits en trop sont remboursés aujourd'hui."),
    ],
}


def _clarity(lang: str, text: str) -> tuple[int, list[str]]:
    result = score_line(lang=lang, platform="facebook", thread=THREAD[lang], expect=EXPECT[lang], reply=text)
    clarity = next(c for c in result.criteria if c.id == "clarity")
    return clarity.score, [e.text for e in clarity.evidence if e.polarity == "-"]


@pytest.mark.parametrize(("lang", "padded", "plain"), [(lang, p, q) for lang, cases in PADDED.items() for p, q in cases])
def test_corporate_padding_costs_clarity_and_is_quoted(lang: str, padded: str, plain: str) -> None:
    score, evidence = _clarity(lang, padded)
    assert score < _clarity(lang, plain)[0]
    assert evidence


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Thanks for taking the time to tell us, Olga: the two extra charges are refunded today."),
    ("en", "Olga, the team leader in our Leeds office will call you tomorrow about the refund."),
    ("en", "Olga, our priority today is your refund: the two extra charges go back to your card this afternoon."),
    ("fr", "Merci d'avoir pris le temps de nous écrire, Olga : les deux débits en trop sont remboursés aujourd'hui."),
    ("fr", "Olga, notre chef d'équipe de Lyon vous rappelle demain au sujet du remboursement."),
    ("fr", "Olga, notre priorité aujourd'hui est votre remboursement : les deux débits repartent sur votre carte."),
])
def test_courtesy_and_plain_statements_are_not_padding(lang: str, text: str) -> None:
    assert _clarity(lang, text)[1] == []
