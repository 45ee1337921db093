# ruff: noqa: E501  (test replies are long literal strings)
"""Round 15, gaps and false alarms other helpers noticed while writing sentences of their own: each reading fixed at its
pattern, fr and en. Threads and replies written for this file (no dev-set situation), hits and near-misses."""

from __future__ import annotations

import pytest
from scoring_kit import criterion_of, score_line

from cmsim.model.result import StepResult

THREADS = {  # a concert ticket that never came (en), a rented bike returned with a flat tyre charged (fr)
    "en": [{"author": "Priya Shah", "text": "Paid for two tickets to Saturday's gig, the e-tickets never arrived and the box office says they can't help."}],
    "fr": [{"author": "Hugo Morel", "text": "On m'a facturé 40 € pour un pneu crevé sur le vélo de location, je l'ai rendu en parfait état."}],
}
PERSONS = {"en": "Priya", "fr": "Hugo"}


def _score(lang: str, text: str, platform: str = "facebook") -> StepResult:
    return score_line(lang=lang, platform=platform, thread=THREADS[lang], reply=text, expect={"person": PERSONS[lang]})


def _jabs(lang: str, text: str) -> list[str]:
    return [e.text for e in criterion_of(_score(lang, text), "no-hostility").evidence]


# 6. A guess at the person: blame when it guesses their act, empathy when it guesses what they went through.
GUESSED_ACTS = {
    "en": [
        "Priya, you must have typed the wrong email address at checkout, so the tickets went elsewhere.",
        "You must've deleted the confirmation with your spam, Priya.",
        "Priya, you must have binned the printout with the flyers.",
        "You must have clicked the old link in the newsletter, Priya.",
    ],
    "fr": [
        "Hugo, vous l'avez sûrement crevé sur les pavés en rentrant.",
        "Vous avez sûrement roulé sur un tesson sans le voir, Hugo.",
        "Hugo, tu as sûrement mal gonflé le pneu avant de partir.",
        "Tu l'as sûrement laissé en plein soleil, Hugo, ça arrive.",
    ],
}
GUESSED_ORDEALS = {
    "en": [
        "Priya, you must have been so worried on Saturday morning with nothing in your inbox.",
        "You must have felt let down by the box office, Priya, and we're sorry.",
        "Priya, you must have waited ages on our phone line.",
        "You must have had a rough week chasing this, Priya. We're sending the tickets now.",
    ],
    "fr": [
        "Hugo, vous avez sûrement été surpris en voyant la facture.",
        "Vous avez sûrement eu l'impression qu'on ne vous croyait pas, Hugo.",
        "Hugo, tu as sûrement attendu longtemps au comptoir, désolés.",
        "Tu l'as sûrement vécu comme une injustice, Hugo, on regarde la photo du retour.",
    ],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in GUESSED_ACTS.items() for t in ts])
def test_a_guess_at_the_persons_act_blames(lang: str, text: str) -> None:
    assert _jabs(lang, text), text


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in GUESSED_ORDEALS.items() for t in ts])
def test_a_guess_at_what_the_person_went_through_is_no_blame(lang: str, text: str) -> None:
    assert not _jabs(lang, text), text


# 3. '100%' promises when it qualifies an outcome or a certainty; beside what a thing is made of, it is a fact.
HUNDRED_PROMISES = {
    "en": [
        "Priya, I'm 100% sure the tickets will be in your inbox tonight.",
        "Your seats are 100% guaranteed for Saturday, Priya.",
        "Priya, the glitch is now 100% fixed and your tickets are attached.",
        "Priya, we're 100% certain the QR codes will scan at the door.",
    ],
    "fr": [
        "Hugo, c'est réglé à 100 % : les 40 € vous reviennent aujourd'hui.",
        "Hugo, nous sommes certains à 100 % que le vélo était déjà abîmé.",
        "Hugo, nos nouveaux pneus sont 100 % increvables.",
        "Hugo, vous pouvez compter sur nous : des vélos fiables à 100 % dès demain.",
    ],
}
HUNDRED_FACTS = {
    "en": [
        "Priya, the venue is 100% cashless, so the tickets on your phone are all you need; we're resending them now.",
        "Our wristbands are 100% recycled plastic, Priya, and we're resending your tickets now.",
        "Priya, 100% of Saturday's proceeds go to the hospice, and your tickets are on their way.",
        "The gig is 100% acoustic, Priya; we're emailing your tickets this afternoon.",
    ],
    "fr": [
        "Hugo, nos vélos sont 100 % électriques et on regarde votre facture aujourd'hui.",
        "Les chambres à air sont en caoutchouc 100 % recyclé, Hugo ; on annule les 40 €.",
        "Hugo, notre atelier est 100 % associatif, on annule la facture dès demain.",
        "Hugo, la flotte est 100 % française et révisée chaque semaine ; on annule les 40 €.",
    ],
}


def _trust(lang: str, text: str) -> list[str]:
    return [e.text for e in criterion_of(_score(lang, text), "trust").evidence]


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in HUNDRED_PROMISES.items() for t in ts])
def test_a_hundred_percent_outcome_is_a_promise(lang: str, text: str) -> None:
    assert any("100" in e for e in _trust(lang, text)), text


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in HUNDRED_FACTS.items() for t in ts])
def test_a_hundred_percent_of_what_a_thing_is_made_of_is_no_promise(lang: str, text: str) -> None:
    assert not any("100" in e for e in _trust(lang, text)), text


# 8. The warranty named ("the guarantee does not cover…", « la garantie ne couvre pas ») is a fact the brand states:
# neither a promise (trust) nor a step (listening); a time in a sentence reciting the rules is the rule's deadline.
WARRANTY_NAMED = {
    "en": [
        "Priya, the guarantee does not cover tickets bought from resellers, sorry.",
        "Our refund guarantee only applies to cancelled shows, Priya.",
        "Priya, your guarantee doesn't extend to e-tickets sent to a mistyped address.",
        "Priya, this guarantee covers lost tickets, so we're reissuing yours tonight.",
    ],
    "fr": [
        "Hugo, la garantie ne couvre pas les crevaisons, désolés.",
        "Hugo, notre garantie casse ne s'applique qu'aux locations de plus d'une semaine.",
        "Hugo, votre garantie couvre les pneus : on annule les 40 € aujourd'hui.",
        "Hugo, cette garantie ne vaut que pour les vélos électriques.",
    ],
}
GUARANTEES_GIVEN = {
    "en": [
        "Priya, your tickets will be there by Friday, guaranteed.",
        "We guarantee you'll be at the gig on Saturday, Priya.",
        "Priya, the new tickets are guaranteed to scan at the door.",
        "Priya, I can guarantee the reissued tickets are in your inbox within the hour.",
    ],
    "fr": [
        "Hugo, les 40 € vous seront rendus demain, c'est garanti.",
        "Hugo, on vous garantit un vélo neuf pour la prochaine sortie.",
        "Hugo, vos prochaines locations sont garanties sans frais.",
        "Hugo, je te garantis un remboursement avant lundi.",
    ],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in WARRANTY_NAMED.items() for t in ts])
def test_the_warranty_named_is_no_promise(lang: str, text: str) -> None:
    assert not any("guarant" in e.lower() or "garanti" in e.lower() for e in _trust(lang, text)), text


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in GUARANTEES_GIVEN.items() for t in ts])
def test_a_guarantee_given_is_a_promise(lang: str, text: str) -> None:
    assert any("guarant" in e.lower() or "garanti" in e.lower() for e in _trust(lang, text)), text


ASKING = {  # the same complaints, asked: a next step is owed
    "en": [{"author": "Priya Shah", "text": "My e-tickets never arrived and the gig is on Saturday. What are you going to do about it?"}],
    "fr": [{"author": "Hugo Morel", "text": "40 € pour un pneu crevé alors que j'ai rendu le vélo en parfait état ? Vous comptez faire quoi ?"}],
}


def _step(lang: str, text: str) -> int:
    result = score_line(lang=lang, platform="facebook", thread=ASKING[lang], reply=text, expect={"person": PERSONS[lang]})
    return criterion_of(result, "next-step").score


NO_STEP = {  # the warranty named, a rule's deadline recited: nothing the brand does
    "en": [
        "Priya, the guarantee only applies to tickets bought through our site.",
        "Priya, under our terms, claims must be made within 14 days of the show.",
    ],
    "fr": [
        "Hugo, conformément à nos conditions, toute contestation doit être faite sous 48 heures.",
        "Hugo, selon nos conditions générales, les réclamations se font avant samedi.",
    ],
}
STEPS = {  # an act of ours with its time, recited or not
    "en": ["Priya, as per our policy, we'll reissue your tickets within the hour.", "Priya, we'll reissue your tickets within the hour."],
    "fr": ["Hugo, conformément à nos conditions, on vous rembourse les 40 € avant samedi.", "Hugo, on annule les 40 € aujourd'hui."],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in NO_STEP.items() for t in ts])
def test_the_warranty_or_a_rules_deadline_is_no_step(lang: str, text: str) -> None:
    assert _step(lang, text) == 0, text


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in STEPS.items() for t in ts])
def test_an_act_of_ours_with_its_time_is_a_step(lang: str, text: str) -> None:
    assert _step(lang, text) >= 50, text


# 9. The law stated and a reading asked after need a person to aim at: in a post they speak to every reader.
def _post_jabs(lang: str, text: str) -> list[str]:
    result = score_line(lang=lang, platform="facebook", rubric="community-post", thread=[], reply=text)
    return [e.text for e in criterion_of(result, "respect").evidence]


POSTS_TO_READERS = {
    "en": [
        "Night rides are back! Riding without lights is illegal after dark, so grab a free set at our stand on Saturday.",
        "It's illegal to park on the cycle lane, and now it's easy not to: 40 new racks open Monday on Mill Street.",
        "Did you read our spring issue? The bike special is online now.",
        "Did you know you can return any library book at the station kiosk? Try it this week.",
    ],
    "fr": [
        "Le saviez-vous ? Ce livre que vous avez lu sous la couette revient en poche cette semaine.",
        "Sorties nocturnes : rouler sans éclairage est illégal, passez chercher un kit gratuit samedi.",
        "Vous avez lu le dernier tome ? Venez en parler jeudi à la médiathèque.",
        "Tu as lu « Le Petit Prince » à l'école ? La compagnie du Lierre le joue samedi, entrée libre.",
    ],
}
JABS_AT_A_PERSON = {  # the same words in a reply, or a jab that needs no person
    "en": [
        ("reply", "Priya, did you read the terms before buying from a reseller?"),
        ("reply", "Priya, reselling tickets is illegal, as you should know."),
        ("post", "Did you even read the rules? Trolls will be banned."),
        ("post", "Riding without lights isn't just dangerous, it's illegal, and you can be fined."),
    ],
    "fr": [
        ("reply", "Hugo, vous avez lu les conditions de location ?"),
        ("reply", "Hugo, rendre un vélo crevé sans le dire est illégal."),
        ("post", "Vous êtes sérieux ? Trois vélos volés cette semaine, on porte plainte."),
        ("post", "Rouler sans éclairage est illégal et vous risquez une amende de 35 €."),
    ],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in POSTS_TO_READERS.items() for t in ts])
def test_a_rule_or_a_reading_told_to_every_reader_of_a_post_is_no_jab(lang: str, text: str) -> None:
    assert not _post_jabs(lang, text), text


@pytest.mark.parametrize(("lang", "kind", "text"), [(lang, k, t) for lang, ts in JABS_AT_A_PERSON.items() for k, t in ts])
def test_the_same_words_at_a_person_still_jab(lang: str, kind: str, text: str) -> None:
    jabs = _post_jabs(lang, text) if kind == "post" else _jabs(lang, text)
    assert jabs, text


# 1. Pressure on a critic read from its shape: a verb of removal, then the criticism, asked of them.
PRESSED = {
    "en": [
        "Priya, could you delete this post while we sort the tickets out?",
        "Priya, could you take this review down? We'll refund the booking fee.",
        "Priya, please remove that comment and DM us instead.",
        "Priya, would you edit the review once the tickets arrive?",
    ],
    "fr": [
        "Hugo, supprimez cet avis et on annule les 40 €.",
        "Hugo, retirez ce commentaire s'il vous plaît, on règle ça en privé.",
        "Hugo, tu peux effacer ton message ? On t'appelle demain.",
        "Hugo, merci de modifier la note que vous nous avez laissée.",
    ],
}
NOT_PRESSED = {  # the brand's own act, another thing removed or edited, the criticism thanked
    "en": [
        "We've deleted the post that was spamming your thread, Priya.",
        "Priya, I removed the duplicate order from your account this morning.",
        "Priya, you can edit your delivery email in the app; we're resending the tickets now.",
        "Thanks for the review, Priya: it helped us find the bug in our ticket emails.",
    ],
    "fr": [
        "Hugo, nous avons retiré ce commentaire qui montrait votre adresse.",
        "Hugo, on a supprimé les 40 € de votre facture ce matin.",
        "Hugo, vous pouvez modifier votre moyen de paiement dans l'appli.",
        "Merci pour votre avis, Hugo : on revoit l'état des lieux au retour des vélos.",
    ],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in PRESSED.items() for t in ts])
def test_asking_a_critic_to_take_their_criticism_down_is_pressure(lang: str, text: str) -> None:
    assert criterion_of(_score(lang, text), "trust").score == 0, text


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in NOT_PRESSED.items() for t in ts])
def test_our_own_removal_or_another_thing_edited_is_no_pressure(lang: str, text: str) -> None:
    result = _score(lang, text)
    assert not [e.text for e in criterion_of(result, "regard").evidence] if any(
        c.id == "regard" for c in result.criteria) else True, text
    assert criterion_of(result, "trust").score > 0, text


# 2. A buying word given as an order opening a clause sells; the brand upgrading the person is a remedy.
def _exposure(lang: str, text: str) -> list[str]:
    return [e.text for c in _score(lang, text).criteria if c.id == "exposure" for e in c.evidence]


ORDERED_SALES = {
    "en": [
        "Sorry Priya! Front-row seats are only £15 more: upgrade in the app before Friday.",
        "Priya, sign up for our Gig Pass today, £6 a month and no booking fees.",
        "Priya, switch to our VIP bundle now for £20 and skip the queue.",
    ],
    "fr": [
        "Hugo, notre assurance crevaison est à 2 € par jour : souscrivez dans l'appli.",
        "Hugo, passez à l'offre Liberté pour 9 € par mois, les pneus sont inclus.",
        "Hugo, optez pour notre pass annuel à 49 € et oubliez les frais.",
    ],
}
REMEDIES = {
    "en": [
        "Priya, we'll upgrade you to front-row seats at no cost, the new tickets land by 6pm.",
        "Priya, we upgraded your booking to priority entry: doors at 7pm, no queue.",
        "Priya, you don't need to sign up for anything: the 2 tickets are in your inbox.",
    ],
    "fr": [
        "Hugo, on vous passe en location premium sans frais pour vos 2 prochaines sorties.",
        "Hugo, pas besoin de souscrire quoi que ce soit : les 40 € sont annulés.",
        "Hugo, nous avons passé votre dossier en priorité, réponse sous 48 h.",
    ],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in ORDERED_SALES.items() for t in ts])
def test_a_buying_word_ordered_with_a_price_sells(lang: str, text: str) -> None:
    assert _exposure(lang, text), text


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in REMEDIES.items() for t in ts])
def test_the_brand_upgrading_the_person_sells_nothing(lang: str, text: str) -> None:
    assert not _exposure(lang, text), text


# 7. "Not us" passes the fault on; « ne pas nous » + an infinitive invites ("nous" is its object).
PASSED_ON = {
    "en": ["Priya, the box office sets the fees, not us.", "It was the reseller who cancelled, not us, Priya."],
    "fr": ["Hugo, c'est l'agence qui facture les pneus, pas nous.", "Hugo, ce n'est pas nous qui fixons les frais, c'est le loueur."],
}
INVITED = {
    "en": ["Priya, why not call us? We'll sort it in five minutes.", "Priya, why not send us the order number by DM?"],
    "fr": ["Hugo, pourquoi ne pas nous appeler ? On règle ça en cinq minutes.",
           "Hugo, mieux vaut ne pas nous envoyer la photo ici : écrivez-nous en MP."],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in PASSED_ON.items() for t in ts])
def test_not_us_passes_the_fault_on(lang: str, text: str) -> None:
    assert _jabs(lang, text), text


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in INVITED.items() for t in ts])
def test_us_after_a_negated_infinitive_is_no_deflection(lang: str, text: str) -> None:
    assert not _jabs(lang, text), text


# 4. A formal marker whose stem is short matches only as written: 'kindly' (stem 'kind') is no 'so kind of you'; an
# email sign-off ('Kind regards') is listed as itself.
FORMAL = {
    "en": ["Kindly note the doors open at 7pm.", "Please be advised the show has moved to the main hall.",
           "Kind regards, the Gig Team"],
    "fr": ["Veuillez agréer nos salutations distinguées.", "Nous vous prions de bien vouloir patienter."],
}
KIND_WORDS = {
    "en": ["That's so kind of you, Priya, thank you!", "It was kind of a long night at the box office, sorry Priya."],
    "fr": ["Bien à vous, toute l'équipe vélo", "Belle journée à vous, Hugo !"],
}


def _formal(lang: str, text: str) -> list[str]:
    from cmsim.scoring.lexicon import one_lexicon
    from cmsim.scoring.text import analyse

    return [h.term for h in one_lexicon(lang, "formal-markers").find(analyse(text, lang))]


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in FORMAL.items() for t in ts])
def test_formal_markers_are_read(lang: str, text: str) -> None:
    assert _formal(lang, text), text


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in KIND_WORDS.items() for t in ts])
def test_a_kind_word_is_no_formal_marker(lang: str, text: str) -> None:
    assert not _formal(lang, text), text


# 5. A hook word whose stem is short matches only as written: "breaking" news is no comment that "breaks" a rule.
def _hooks(lang: str, text: str) -> list[str]:
    from cmsim.scoring.lexicon import one_lexicon
    from cmsim.scoring.text import analyse

    return [h.term for h in one_lexicon(lang, "hooks").find(analyse(text, lang))]


HOOKED = {
    "en": ["BREAKING: the night market is back on Saturday!", "Breaking news: free bike lights this weekend."],
    "fr": ["Le saviez-vous ? La médiathèque prête aussi des vélos.", "Devinez quoi ? Le marché de nuit revient samedi."],
}
UNHOOKED = {
    "en": ["This comment breaks our community guidelines, so we've removed it.", "Someone broke the lock on rack 3; it's fixed."],
    "fr": ["Ce commentaire enfreint nos règles, nous l'avons retiré.", "Quelqu'un a cassé l'antivol du vélo 3 ; c'est réparé."],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in HOOKED.items() for t in ts])
def test_a_hook_opening_is_read(lang: str, text: str) -> None:
    assert _hooks(lang, text), text


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in UNHOOKED.items() for t in ts])
def test_a_rule_broken_is_no_hook(lang: str, text: str) -> None:
    assert not _hooks(lang, text), text
