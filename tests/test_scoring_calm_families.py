"""Hostility families of round 3: each written as a pattern, tested on sentences written for this file.

The families were named from misordered calm pairs of the tuning split and from a reviewer's replies nobody here
had seen (mock sympathy, "next time" lectures, "customers like you", "nothing more we can do", "it'll come when
it comes", blaming the new hire, "when used correctly", "if you actually want help"). None of the sentences below
is one of those: each family is tested on new sentences, in other situations, in French and English, with
near-misses that use the same words without the jab and must not fire.
"""

from __future__ import annotations

import pytest
from scoring_kit import score_line

from cmsim.model.qualities import Quality as Q
from cmsim.model.result import CriterionResult, StepResult

THREAD = {
    "en": [{"author": "Priya", "text": "Ordered a desk lamp three weeks ago, still nothing, and your chat bot just "
                                       "loops. Useless."}],
    "fr": [{"author": "Hugo", "text": "Commandé une lampe de bureau il y a trois semaines, toujours rien, et votre "
                                      "chat tourne en rond. Nul."}],
}
HONEST = {
    "en": "Priya, we're checking where your lamp is and will reply here today.",
    "fr": "Hugo, nous regardons où en est votre lampe et revenons vers vous ici aujourd'hui.",
}


def _score(lang: str, text: str) -> StepResult:
    return score_line(lang=lang, platform="facebook", thread=THREAD[lang], reply=text,
                      brand={"name": "Lumo", "handle": "@lumo"},
                      expect={"person": "Priya" if lang == "en" else "Hugo",
                              "feeling": "annoyed" if lang == "en" else "agacé"})


def _hostility(lang: str, text: str) -> CriterionResult:
    return next(c for c in _score(lang, text).criteria if c.id == "no-hostility")


FAMILIES: dict[str, dict[str, tuple[list[str], list[str]]]] = {
    # Sympathy for a trivial hardship, mocking: "how will you ever cope", "three whole weeks", "you'll survive".
    "mock-sympathy": {
        "en": (["Oh no, Priya, a lamp a bit late, how will you ever cope.",
                "Four whole days, Priya? However did you manage.",
                "A late lamp, the horror. You'll survive, Priya.",
                "Poor thing, Priya, three weeks of reading by candlelight.",
                "You'll live, Priya. The courier comes tomorrow.",
                "Priya, how did you ever survive without a desk lamp.",
                "However will you read in the evenings, Priya."],
               ["Priya, a whole week without your lamp is too long, I'm sorry.",
                "How will you use the voucher? Tell us and we'll set it up.",
                "Priya, you'll get the whole refund today.",
                "We hope you'll enjoy the lamp for years, Priya."]),
        "fr": (["Hugo, trois semaines entières sans lampe, comment allez-vous survivre ?",
                "Une lampe en retard, le drame. Vous allez survivre, Hugo.",
                "Hugo, comment avez-vous tenu tout ce temps dans le noir ?",
                "La vie est dure, Hugo. Le livreur passe demain.",
                "Vous y survivrez, Hugo, ce n'est qu'une lampe.",
                "Hugo, deux semaines entières ? Comment as-tu survécu ?"],
               ["Hugo, trois semaines sans nouvelles, c'est beaucoup trop long, pardon.",
                "Comment allez-vous ? On règle ça aujourd'hui.",
                "Le remboursement entier part aujourd'hui, Hugo.",
                "Hugo, votre lampe vous accompagnera longtemps, on s'en assure."]),
    },
    # Advice on the person's own conduct "next time" / "in future": a lecture (the brand's own "next time" is not).
    "next-time": {
        "en": (["Maybe check the tracking page next time, Priya.",
                "Try reading the delivery estimate next time.",
                "Priya, next time just order a bit earlier.",
                "Perhaps set a reminder next time, Priya.",
                "In future, read the product page before you buy.",
                "Priya, you might want to double-check your address next time."],
               ["Next time you order, we'll add free shipping, Priya.",
                "Sorry Priya, next time the courier will call before coming.",
                "Next time, we'll send you a text the moment it ships.",
                "Please tell us next time and I'll chase it myself."]),
        "fr": (["Hugo, la prochaine fois, commandez un peu plus tôt.",
                "Pensez à vérifier votre adresse la prochaine fois, Hugo.",
                "À l'avenir, lisez bien les délais de livraison.",
                "La prochaine fois, il faudra penser à regarder le suivi.",
                "Hugo, peut-être vérifier le code postal la prochaine fois ?",
                "La prochaine fois préviens-nous avant de commander en période de fêtes."],
               ["La prochaine fois, c'est nous qui vous prévenons dès l'expédition.",
                "À l'avenir, les colis seront suivis par SMS.",
                "Hugo, la prochaine fois que vous commandez, nous offrons la livraison.",
                "Je m'assure que la prochaine fois le livreur vous appelle avant de passer."]),
    },
    # Advice on the person's conduct with a comparative ("il faut freiner plus tôt", "unpack it more carefully").
    "conduct-comparative": {
        "en": (["Priya, you need to order earlier in December.",
                "Just unpack the box more carefully, Priya.",
                "Try plugging it in more gently, Priya.",
                "Priya, you should check the tracking sooner.",
                "Maybe handle the shade more carefully.",
                "Priya, you might want to open the box more carefully."],
               ["Sorry Priya, we should have told you sooner.",
                "Priya, the courier will come earlier tomorrow.",
                "I'll call you back sooner than that, Priya.",
                "Your lamp left the warehouse earlier than the others, Priya, and still got lost."]),
        "fr": (["Hugo, il faut commander plus tôt en décembre.",
                "Déballez la lampe plus doucement, Hugo.",
                "Hugo, vous devriez vérifier le suivi plus tôt.",
                "Il faudrait manipuler l'abat-jour avec plus de soin.",
                "Vissez l'ampoule plus lentement, Hugo.",
                "Hugo, lisez la notice plus attentivement."],
               ["Pardon Hugo, nous aurions dû vous prévenir plus tôt.",
                "Le livreur passera plus tôt demain, Hugo.",
                "Je vous rappelle plus tôt que prévu, Hugo.",
                "Votre lampe est partie plus tôt que les autres, Hugo, et elle s'est quand même perdue."]),
    },
    # "Maybe try…": troubleshooting offered as a shrug at someone upset.
    "maybe-try": {
        "en": (["Maybe try switching it on, Priya?",
                "Perhaps try plugging it in first.",
                "Priya, maybe just wait for the courier.",
                "Maybe try the on switch?",
                "Perhaps try a different socket, Priya.",
                "Maybe just check your doorstep, Priya."],
               ["Could you try another socket, Priya? If it stays dark, we'll swap it.",
                "Maybe we can send a new lamp today, Priya.",
                "Priya, I'll try to reach the courier this morning."]),
        "fr": (["Essayez peut-être de l'allumer, Hugo ?",
                "Hugo, essaie peut-être de la brancher.",
                "Peut-être essayer une autre prise ?",
                "Essayez peut-être d'ouvrir la porte au livreur.",
                "Hugo, essayez peut-être de lire le suivi.",
                "Essaie peut-être de regarder dans ta boîte aux lettres."],
               ["Pourriez-vous essayer une autre prise, Hugo ?",
                "Peut-être pouvons-nous vous envoyer une autre lampe aujourd'hui, Hugo.",
                "J'essaie de joindre le livreur ce matin, Hugo."]),
    },
    # Selling to someone upset: an offer with a figure or a call to action brushes the complaint aside.
    "selling": {
        "en": (["Priya, our new collection just dropped, 15% off this week.",
                "Sorry to hear it, Priya! Use code LAMP10 for 10% off your next order.",
                "Priya, check out our new arrivals, shop now.",
                "Priya, have you seen our desk lamps at 20% off?",
                "While you wait, Priya, our latest collection is 30% off.",
                "Priya, subscribe to our newsletter for 10% off your next lamp."],
               ["Priya, sorry our 10% code didn't work at checkout, I've applied it by hand.",
                "Priya, your refund of £34.99 is on its way.",
                "Priya, the lamp from the new range is the one we're tracing for you."]),
        "fr": (["Hugo, notre nouvelle collection vient de sortir, -15 % cette semaine.",
                "Désolés Hugo ! Avec le code LAMPE10, profitez de 10 % de remise.",
                "Hugo, découvrez notre offre spéciale : 20 % sur les lampes.",
                "En attendant, Hugo, nos nouveautés sont à -30 %.",
                "Hugo, inscrivez-vous à notre newsletter pour 10 % de remise.",
                "Hugo, avez-vous vu notre offre de Noël à -20 % ?"],
               ["Désolés Hugo, notre code promo ne marchait pas, je vous l'applique à la main.",
                "Hugo, votre remboursement de 34,99 € est parti.",
                "Hugo, la lampe de la nouvelle collection est bien celle que nous recherchons pour vous."]),
    },
    # Their problem made small: nobody else complains, others wait longer, it is not the end of the world.
    "made-small": {
        "en": (["Priya, we've had no other complaints about that lamp.",
                "Nobody else has complained about delivery this month, Priya.",
                "Priya, honestly, it's hardly the end of the world.",
                "A late lamp is not the end of the world, Priya.",
                "Priya, let's not make a drama out of a lamp.",
                "Priya, this is a storm in a teacup."],
               ["Priya, we've had other complaints about that courier, so it's not just you, sorry.",
                "Nobody should wait three weeks for a lamp, Priya.",
                "Priya, three weeks feels like the end of the road for anyone's patience, I know."]),
        "fr": (["Hugo, nous n'avons reçu aucune autre plainte pour cette lampe.",
                "Personne d'autre ne s'est plaint de la livraison ce mois-ci, Hugo.",
                "Hugo, d'autres attendent plus longtemps que vous.",
                "Une lampe en retard, il n'y a pas mort d'homme, Hugo.",
                "Hugo, pas de quoi en faire un drame.",
                "C'est une tempête dans un verre d'eau, Hugo.",
                "Hugo, nous n'avons jamais eu ce souci avec personne d'autre."],
               ["Hugo, d'autres clients ont eu le même souci, ce n'est pas vous, pardon.",
                "Hugo, personne ne devrait attendre trois semaines.",
                "Hugo, votre plainte est bien enregistrée et je m'en occupe."]),
    },
    # Manners first: help held back until the person behaves, proverbs and "do better" aimed at them.
    "manners-first": {
        "en": (["Priya, we'll answer once you calm down.",
                "We're happy to help people who are polite, Priya.",
                "Priya, patience is a virtue.",
                "Take a breath, Priya, it's a lamp.",
                "We don't respond to insults, Priya.",
                "Priya, do better than that.",
                "We don't answer aggressive messages, Priya.",
                "No offence, but the estimate was on the page, Priya."],
               ["We'll do better, Priya, and I'll call you today.",
                "Thanks for your patience, Priya.",
                "Priya, take your time and send the order number when you can.",
                "Priya, I'd be angry too; I'm on it."]),
        "fr": (["Hugo, nous vous répondrons quand vous serez calmé.",
                "Hugo, nous ne répondons pas aux insultes.",
                "On aide volontiers les gens polis, Hugo.",
                "Hugo, la patience est une vertu.",
                "Prenez une grande inspiration, Hugo, c'est une lampe.",
                "Hugo, faites mieux que « nul ».",
                "Hugo, on ne traite pas les demandes agressives.",
                "Le service client répond d'abord aux gens aimables, Hugo.",
                "Sans vouloir vous vexer, Hugo, les délais étaient affichés.",
                "Chacun son métier, Hugo : le nôtre n'est pas de surveiller votre boîte aux lettres."],
               ["Hugo, nous ferons mieux, et je vous appelle aujourd'hui.",
                "Merci pour votre patience, Hugo.",
                "Prenez votre temps, Hugo, et envoyez le numéro quand vous pourrez."]),
    },
    # Not ours: the problem declared none of the brand's business, or thrown back ("what do you expect us to do?").
    "not-ours": {
        "en": (["Priya, the courier is not our concern.",
                "Priya, deliveries are not our department.",
                "What do you expect us to do, Priya?",
                "Priya, the delay doesn't concern us.",
                "Not sure what you expect us to do, Priya.",
                "What do you want us to do about the weather, Priya?"],
               ["Priya, your delivery is our concern now: I've taken it on.",
                "Priya, what would you like us to do: refund or replace?",
                "Priya, our delivery department is tracing it."]),
        "fr": (["Hugo, le transporteur, ce n'est pas notre affaire.",
                "Hugo, la livraison n'est pas notre rayon.",
                "Ce retard ne nous concerne pas, Hugo.",
                "Que voulez-vous qu'on y fasse, Hugo ?",
                "Hugo, vous voulez qu'on fasse quoi ?",
                "Hugo, le colis perdu ne nous regarde pas.",
                "Hugo, je ne vois pas ce que vous voulez qu'on fasse de plus."],
               ["Hugo, votre commande est notre affaire : je m'en occupe.",
                "Hugo, que préférez-vous : remboursement ou renvoi ?",
                "Hugo, notre rayon luminaires a la lampe en stock."]),
    },
    # Mock thanks for a long message, "how cute": their words made a joke of (when they are upset).
    "mock-thanks": {
        "en": (["Thanks for the essay, Priya.",
                "Thanks for this novel, Priya, we'll frame it.",
                "How cute, Priya, a one-word review.",
                "That's cute, Priya.",
                "Priya, cute that you tried to use the chat bot.",
                "Thanks for the novel about lamps, Priya."],
               ["Thanks for the photo, Priya, it helps.",
                "Priya, the lamp looks cute on the product page, and yours will too this week.",
                "Thanks for your patience, Priya."]),
        "fr": (["Merci pour ce roman, Hugo.",
                "Merci pour ce pavé, Hugo, on l'encadre.",
                "Hugo, merci pour cette tartine sur les lampes.",
                "Hugo, c'est mignon d'essayer le chat.",
                "Merci pour ce roman sur les délais, Hugo.",
                "Hugo, merci pour ce pavé, lecture passionnante."],
               ["Merci pour la photo, Hugo, ça nous aide.",
                "Hugo, votre lampe est mignonne sur la photo, et elle arrive cette semaine.",
                "Merci pour votre patience, Hugo."]),
    },
    # Busy with better things: "you're not our only customer", "d'autres chats à fouetter".
    "busy-elsewhere": {
        "en": (["Priya, you're not our only customer.",
                "We have bigger fish to fry, Priya.",
                "Priya, we have better things to do than argue about a lamp.",
                "Priya, you aren't our only customer, you know.",
                "Honestly Priya, we've got better things to do.",
                "Priya, we have more important customers to deal with."],
               ["Priya, you're our priority today: I've taken your order on.",
                "We have better news: the lamp was found, Priya.",
                "Priya, nothing is more important to us than your order right now."]),
        "fr": (["Hugo, vous n'êtes pas notre seul client.",
                "On a d'autres chats à fouetter, Hugo.",
                "Hugo, nous avons mieux à faire que de débattre d'une lampe.",
                "Hugo, nous avons des clients plus importants à gérer.",
                "Hugo, on a mieux à faire, franchement.",
                "Nous avons d'autres chats à fouetter que votre lampe, Hugo."],
               ["Hugo, vous êtes notre priorité aujourd'hui.",
                "Hugo, nous avons mieux : une lampe neuve part ce soir.",
                "Hugo, votre commande passe avant tout le reste."]),
    },
    # Legal threats in other words: court, defamation, suing.
    "legal-threat": {
        "en": (["Priya, that post is defamatory.",
                "Priya, your review borders on libel.",
                "Priya, we'll sue if this continues.",
                "Priya, keep this up and we will take legal steps.",
                "Priya, this is libellous and we are keeping a record.",
                "See you in court, Priya."],
               ["Priya, our legal team has confirmed your refund is due.",
                "Priya, we'll take action today: a new lamp ships tonight.",
                "Priya, you have every right to review us, and I'm sorry we earned this one."]),
        "fr": (["Hugo, on se reverra au tribunal.",
                "Hugo, vos propos sont diffamatoires.",
                "Hugo, nous porterons plainte si ça continue.",
                "Hugo, nous allons engager des poursuites.",
                "Hugo, ce message est diffamatoire.",
                "Hugo, on se retrouvera devant les tribunaux."],
               ["Hugo, notre juriste a confirmé votre remboursement.",
                "Hugo, nous engageons dès aujourd'hui le renvoi d'une lampe.",
                "Hugo, vous avez le droit de porter réclamation auprès du transporteur, on vous aide."]),
    },
    # Their good faith questioned, or what they "could have" done: "bad faith", "vous auriez pu vérifier".
    "bad-faith": {
        "en": (["Priya, that's a bit disingenuous.",
                "Priya, you're arguing in bad faith.",
                "You could have checked the tracking, Priya.",
                "Priya, you could have read the delivery estimate.",
                "Priya, you could have looked at your emails.",
                "Bad faith much, Priya?"],
               ["Priya, we could have checked the address before shipping; that's on us.",
                "You could have been hurt by a broken lamp, Priya, I'm glad you're ok.",
                "Priya, in good faith, I've refunded the shipping."]),
        "fr": (["Hugo, vous êtes un peu de mauvaise foi.",
                "Hugo, c'est de la mauvaise foi.",
                "Vous auriez pu vérifier le suivi, Hugo.",
                "Hugo, vous auriez pu lire les délais.",
                "Hugo, tu aurais pu regarder tes mails.",
                "Hugo, un peu de bonne foi, s'il vous plaît."],
               ["Hugo, nous aurions pu vérifier l'adresse, c'est notre faute.",
                "Vous auriez pu vous blesser, Hugo, j'espère que ça va.",
                "Hugo, de bonne foi, je vous rembourse la livraison."]),
    },
    # Internet mockery: the slang of a comment section, from the brand ("ok boomer", "touch grass", "la flemme").
    "internet-mockery": {
        "en": (["Priya, okay boomer, lamps take time.",
                "Go touch grass while you wait, Priya.",
                "Cry harder about your lamp, Priya.",
                "Priya, the audacity of a one-word review.",
                "Looks like someone's grumpy about a lamp today.",
                "Sorry not sorry, Priya, December is busy.",
                "Sir, this is a lamp shop, Priya."],
               ["Priya, your lamp's main bulb is in the box.",
                "Priya, someone from our team will call today.",
                "We're sorry, Priya, truly sorry.",
                "Priya, the grass-green lamp is back in stock."]),
        "fr": (["Hugo, ok boomer, les lampes ça prend du temps.",
                "Va toucher de l'herbe en attendant, Hugo.",
                "Hugo, c'est toi le problème, pas la lampe.",
                "Quelqu'un s'est levé du mauvais pied, Hugo ?",
                "Hugo, tu veux une médaille pour ta patience ?",
                "Hugo, faut arrêter de dramatiser pour une lampe.",
                "Hugo, pas la peine de chouiner.",
                "Ça va les chevilles, Hugo ?"],
               ["Hugo, désolés, vraiment désolés.",
                "Hugo, la lampe verte est de retour en stock.",
                "Hugo, votre situation est dramatique, je comprends, on s'en occupe.",
                "Hugo, vous voulez un remboursement ou un renvoi ?"]),
    },
    # Questions that test the person instead of asking ("do you know what a pending charge is?", "vous êtes sûr
    # d'avoir lu…"), and lessons in the basics ("as our FAQ clearly explains", "c'est la base").
    "testing-questions": {
        "en": (["Priya, do you know what a delivery estimate is?",
                "Are you sure you read the dispatch email, Priya?",
                "Priya, you realise complaining here won't make the courier faster?",
                "Priya, you know we can see your order history, right?",
                "Why would we keep your lamp on purpose, Priya?",
                "Priya, as our shipping page clearly explains, December takes longer.",
                "Priya, tracking numbers are the basics of online shopping."],
               ["Priya, do you know roughly when you ordered? It helps me find the parcel.",
                "Priya, are you free on Thursday for the delivery?",
                "I realise three weeks is far too long, Priya, sorry.",
                "Priya, our shipping page was wrong about December; I'm sorry."]),
        "fr": (["Hugo, vous savez ce qu'est un délai de livraison ?",
                "Vous êtes sûr d'avoir lu le mail d'expédition, Hugo ?",
                "Hugo, vous vous rendez compte que râler ici n'accélère pas le livreur ?",
                "Hugo, vous avez vraiment lu le suivi ?",
                "Hugo, vous savez qu'on voit votre historique de commandes ?",
                "Hugo, comme l'explique clairement notre page livraison, décembre est plus long.",
                "Hugo, le numéro de suivi, c'est la base."],
               ["Hugo, savez-vous à peu près quand vous avez commandé ? Ça m'aide à retrouver le colis.",
                "Hugo, êtes-vous disponible jeudi pour la livraison ?",
                "Je me rends compte que trois semaines, c'est beaucoup trop, Hugo, pardon.",
                "Hugo, notre page livraison se trompait sur décembre, désolée."]),
    },
    # Finality in other words: the thread closed, the decision final, rules the same for all, "our terms are our terms".
    "finality": {
        "en": (["Priya, we're closing this thread now.",
                "Priya, the decision stands, whatever the courier says.",
                "We won't be commenting further on your lamp, Priya.",
                "Priya, we consider the matter closed.",
                "Delivery times are the same for everyone, Priya, and we don't make exceptions.",
                "Priya, our delivery terms are our delivery terms."],
               ["Priya, I'll keep this thread open until your lamp arrives.",
                "Priya, the decision to refund you is made: it went out this morning.",
                "Priya, everyone affected this week gets free shipping, you included.",
                "Priya, the lamp is the one you ordered, and it ships today."]),
        "fr": (["Hugo, nous clôturons cette discussion, le dossier est clos.",
                "Hugo, la décision est prise, quoi qu'en dise le transporteur.",
                "Nous ne ferons pas d'autre commentaire sur votre lampe, Hugo.",
                "Hugo, tout a été dit.",
                "Hugo, les délais sont les mêmes pour tout le monde, nous ne faisons pas d'exception.",
                "Hugo, nos conditions sont nos conditions."],
               ["Hugo, je garde cette discussion ouverte jusqu'à l'arrivée de votre lampe.",
                "Hugo, la décision de vous rembourser est prise : c'est parti ce matin.",
                "Hugo, tous les clients touchés cette semaine ont la livraison offerte, vous compris.",
                "Hugo, la lampe est celle que vous avez commandée, et elle part aujourd'hui."]),
    },
    # The person as a type: "customers like you", "les gens comme vous" (mockery when they are upset).
    "person-as-type": {
        "en": (["We just adore hearing from customers like you, Priya.",
                "Priya, people like you make this job so rewarding.",
                "It's always folks like you who can't wait three weeks.",
                "Priya, we get messages from users like you every day.",
                "What a delight, Priya, another lamp review.",
                "We absolutely love customers like you, Priya.",
                "Shoppers like you are the reason we have a returns desk, Priya."],
               ["Priya, customers who wait three weeks for a lamp deserve better than that, sorry.",
                "Like you, we want the lamp on your desk this week, Priya.",
                "We love the lamp too, and we'll find yours today, Priya.",
                "Priya, people who ordered that week all had delays, sorry."]),
        "fr": (["On adore les clients comme vous, Hugo.",
                "Hugo, les gens comme vous rendent ce métier tellement agréable.",
                "Ce sont toujours des clients comme toi qui ne savent pas attendre.",
                "Hugo, on reçoit des messages de gens comme vous tous les jours.",
                "Quel plaisir de vous lire, Hugo, encore un avis sur une lampe.",
                "Quel bonheur, Hugo, un nouveau message de votre part.",
                "Les acheteuses comme vous font tout le sel de ce métier, Hugo."],
               ["Hugo, comme vous, nous voulons que la lampe arrive cette semaine.",
                "Les clients qui ont commandé cette semaine-là ont tous eu du retard, pardon Hugo.",
                "Hugo, nous aimons cette lampe aussi, et nous retrouvons la vôtre aujourd'hui.",
                "Hugo, comme vous le dites, trois semaines c'est trop long."]),
    },
    # Refusing further help: "nothing more we can do", "nous ne pouvons rien faire de plus".
    "no-more-help": {
        "en": (["Priya, there's nothing else we can do about the courier.",
                "Sorry, that's all we can do for now.",
                "We've done all we can, Priya; the rest is up to the courier.",
                "Priya, it's out of our hands now.",
                "There isn't much more we can do, Priya.",
                "Priya, our hands are tied on this one."],
               ["There's nothing more important to us than getting your lamp to you.",
                "If there is anything more we can do, just say, Priya.",
                "We'll do everything we can to get it there this week.",
                "Priya, nothing is more frustrating than a bot loop, sorry."]),
        "fr": (["Hugo, nous ne pouvons rien faire de plus pour ce colis.",
                "On ne peut plus rien faire, Hugo, c'est chez le transporteur.",
                "Il n'y a rien d'autre à faire que d'attendre, Hugo.",
                "C'est tout ce que nous pouvons faire pour vous.",
                "Hugo, nous avons fait tout ce que nous pouvions.",
                "Désolés Hugo, nous avons les mains liées."],
               ["Hugo, il n'y a rien de plus agaçant qu'un chat qui tourne en rond.",
                "Nous ferons tout ce que nous pouvons pour que la lampe arrive cette semaine.",
                "Si nous pouvons faire quoi que ce soit de plus, dites-le-nous, Hugo.",
                "Hugo, rien n'est plus important pour nous que votre commande."]),
    },
    # Tautologies that shut the question: "it'll come when it comes", "ça prendra le temps que ça prendra".
    "tautology": {
        "en": (["Your refund will go through when it goes through.",
                "The lamp ships when it ships, Priya.",
                "It takes as long as it takes.",
                "Priya, it'll be done when it's done.",
                "The courier will turn up when he turns up.",
                "We'll reply when we reply."],
               ["We'll call you when the lamp reaches the depot, Priya.",
                "Tell us when it arrives and we'll check it works.",
                "Priya, we'll post an update when we have an update.",
                "It arrives on Thursday, and when it arrives, send us a photo."]),
        "fr": (["Le remboursement arrivera quand il arrivera.",
                "Ce sera réparé quand ce sera réparé, Hugo.",
                "Ça prendra le temps que ça prendra.",
                "La lampe sortira de l'entrepôt quand elle sortira.",
                "On répondra quand on répondra.",
                "Hugo, le livreur passera quand il passera."],
               ["Je vous écris quand le colis arrive au dépôt, Hugo.",
                "Prévenez-nous quand vous l'aurez reçue, Hugo.",
                "Hugo, la lampe arrive jeudi ; quand elle arrivera, envoyez-nous une photo.",
                "Le temps que le transporteur la retrouve, je vous tiens au courant."]),
    },
    # Blaming a new or temporary colleague ("the new hire", "une intérimaire", "le remplaçant débute").
    "blames-newcomer": {
        "en": (["Sorry, the guy who packed it is a new hire.",
                "Our trainee typed the wrong address, apologies.",
                "The temp on the desk that day didn't log your order.",
                "Sorry Priya, a trainee handled your order that day.",
                "It was the new guy's first week, Priya.",
                "The agent you spoke to was a trainee, Priya."],
               ["Priya, our new lamp range ships next month.",
                "I'm new to this case, Priya, so I've read the whole thread.",
                "A new lamp leaves the warehouse today, Priya.",
                "We've trained the whole team on this, and I'll check your order myself."]),
        "fr": (["Désolée, c'est une intérimaire qui a préparé votre colis.",
                "Le remplaçant débute, il s'est trompé d'adresse.",
                "C'est le nouveau qui a mal saisi votre commande, Hugo.",
                "Notre conseillère débute, elle a oublié de vous rappeler.",
                "L'erreur vient de l'intérimaire de l'entrepôt.",
                "Hugo, le vendeur est nouveau, il ne connaît pas encore la procédure."],
               ["Hugo, une nouvelle lampe part aujourd'hui.",
                "Hugo, notre nouvel entrepôt ouvre lundi et votre lampe en partira.",
                "La saison des soldes débute lundi, mais votre lampe passe avant, Hugo.",
                "Nous envoyons une lampe de remplacement aujourd'hui, Hugo."]),
    },
    # "It works when used correctly": the fault is the person's, without saying so (defensive).
    "user-fault": {
        "en": (["The lamp is perfectly safe when used correctly.",
                "Our boots stay dry if worn properly, Priya.",
                "The charger is fine if used properly, Priya.",
                "The bulb does not flicker when used correctly.",
                "The app works fine when used as intended.",
                "Priya, the dimmer lasts for years if used properly."],
               ["I've checked and your address was entered correctly, so this one is on us.",
                "Priya, the lamp was packed properly but the courier lost it.",
                "We'll make sure it's delivered properly this time.",
                "Priya, nine lamps out of ten arrive in two days, so three weeks is wrong."]),
        "fr": (["La lampe ne chauffe pas si elle est utilisée correctement.",
                "La trottinette freine parfaitement si elle est utilisée correctement.",
                "L'ampoule ne clignote pas si elle est utilisée correctement.",
                "Le chargeur fonctionne très bien quand il est utilisé correctement.",
                "La veste est étanche quand elle est portée correctement.",
                "Correctement utilisé, l'appareil ne surchauffe pas, Hugo."],
               ["Hugo, votre adresse était correcte : l'erreur vient de notre entrepôt.",
                "Nous vérifions que la lampe est correctement emballée cette fois.",
                "Hugo, la livraison prend deux jours en général, donc trois semaines, ce n'est pas normal.",
                "La lampe est bien partie de l'entrepôt le 3, Hugo, on la cherche."]),
    },
    # Lecturing the person about how to behave: "like an adult", "if you actually want help", "as you were told".
    "lecturing": {
        "en": (["Priya, if you actually want your lamp, DM us the order number.",
                "We're happy to help once you talk to us like an adult.",
                "As you were told by chat, the lamp is on backorder.",
                "For your information, the delivery estimate was on the page.",
                "Priya, before jumping to conclusions, check your spam folder.",
                "If you say so, Priya. Send us the order number."],
               ["Priya, if you'd like, we can refund the lamp today.",
                "Priya, you're right, the chat should have told you the lamp was on backorder.",
                "The delivery estimate on the page was wrong, Priya, sorry.",
                "Priya, I'll check your order and tell you what I find, no conclusions before that."]),
        "fr": (["Hugo, si vous voulez vraiment de l'aide, écrivez-nous en MP.",
                "Nous vous répondrons quand vous parlerez comme un adulte.",
                "Comme on vous l'a indiqué par chat, la lampe est en rupture.",
                "Pour votre information, les délais étaient indiqués sur la page.",
                "Hugo, avant de crier au scandale, vérifiez vos spams.",
                "Si vous le dites, Hugo. Envoyez-nous le numéro de commande."],
               ["Hugo, si vous le souhaitez, nous remboursons la lampe aujourd'hui.",
                "Hugo, vous avez raison, le chat aurait dû vous dire que la lampe était en rupture.",
                "Les délais affichés étaient faux, Hugo, pardon.",
                "Hugo, je vérifie votre commande et je vous dis ce que je trouve."]),
    },
    # Mock praise of what the person did ("bold move", "belle cascade"), when they are upset.
    "mock-feat": {
        "en": (["Bold move, ordering a lamp in December, Priya.",
                "Smooth move leaving the box in the rain, Priya.",
                "Nice going, Priya, that's the third chat window you've opened.",
                "Well played, Priya, posting it on our page.",
                "Way to go, Priya, three reviews in one day.",
                "Priya, genius move ordering it to your old address."],
               ["Well played to everyone who joined the launch stream!",
                "Priya, the move to our new warehouse caused the delay, sorry.",
                "Priya, it's a bold lamp and you deserve to have it by now.",
                "Priya, going through the chat three times is three times too many, sorry."]),
        "fr": (["Belle cascade, Hugo, commander une lampe en pleine période de fêtes.",
                "Bien joué Hugo, trois avis en une journée.",
                "Joli coup, Hugo, de laisser le colis sous la pluie.",
                "Quel exploit, Hugo, vous avez trouvé notre page.",
                "Belle performance, Hugo, ouvrir trois fenêtres de chat.",
                "Hugo, belle tentative de nous faire culpabiliser."],
               ["Bien joué à tous les participants du concours !",
                "Hugo, notre déménagement d'entrepôt a causé ce retard, pardon.",
                "Hugo, c'est une belle lampe et vous devriez l'avoir depuis longtemps.",
                "Hugo, trois passages par le chat, c'est trois de trop, pardon."]),
    },
}
MILDER = {"user-fault": 60, "selling": 60}
"""Defensiveness costs less than an attack: "works when used correctly" is a jab, "you misused it" is worse."""
CASES = [(family, lang, text) for family, langs in FAMILIES.items() for lang, (hostile, _) in langs.items()
         for text in hostile]
NEAR_MISSES = [(family, lang, text) for family, langs in FAMILIES.items() for lang, (_, near) in langs.items()
               for text in near]


def test_every_family_has_six_sentences_and_three_near_misses_in_each_language() -> None:
    for langs in FAMILIES.values():
        assert set(langs) == {"en", "fr"}
        for hostile, near in langs.values():
            assert len(hostile) >= 6 and len(near) >= 3


@pytest.mark.parametrize(("family", "lang", "text"), CASES)
def test_the_jab_costs_calm_and_is_quoted(family: str, lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score <= MILDER.get(family, 40), (family, text)
    assert any(e.polarity == "-" for e in hostility.evidence), (family, text)
    assert _score(lang, text).scores[Q.calm] < _score(lang, HONEST[lang]).scores[Q.calm]


@pytest.mark.parametrize(("family", "lang", "text"), NEAR_MISSES)
def test_the_same_words_without_the_jab_cost_nothing(family: str, lang: str, text: str) -> None:
    hostility = _hostility(lang, text)
    assert hostility.score == 100, (family, text, [e.text for e in hostility.evidence])


HAPPY = {
    "en": [{"author": "Maya", "text": "Just moved in and the Lumo lamp looks perfect on my desk! Love it"}],
    "fr": [{"author": "Maya",
            "text": "Je viens d'emménager et la lampe Lumo est parfaite sur mon bureau ! Je l'adore"}],
}
TO_A_FAN = {
    "en": "Congrats on the new flat, Maya! Our new collection just dropped, 15% off this week.",
    "fr": "Félicitations pour l'appartement, Maya ! Notre nouvelle collection vient de sortir, -15 % cette semaine.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_offer_to_a_happy_fan_is_no_jab(lang: str) -> None:
    result = score_line(lang=lang, platform="facebook", thread=HAPPY[lang], reply=TO_A_FAN[lang],
                        brand={"name": "Lumo", "handle": "@lumo"}, expect={"person": "Maya"})
    assert next(c for c in result.criteria if c.id == "no-hostility").score == 100


SHAKEN = {
    "en": [{"author": "Noor", "text": "Your scooter's brake failed on the bridge and I fell. Still shaken up."}],
    "fr": [{"author": "Noor",
            "text": "Le frein de votre trottinette a lâché sur le pont et je suis tombée. Encore secouée."}],
}
TO_THE_SHAKEN = {
    "en": ["Nice stunt on the bridge, Noor.", "Bold move riding over the bridge, Noor.",
           "Well played, Noor, you found the one bridge with a slope."],
    "fr": ["Belle cascade sur le pont, Noor.", "Bien joué Noor, le seul pont en pente de la ville.",
           "Quel exploit, Noor, tomber sur un pont."],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in TO_THE_SHAKEN.items() for t in texts])
def test_mock_praise_to_someone_shaken_is_mockery(lang: str, text: str) -> None:
    """Being shaken up is distress ("still shaken up", "encore secouée"): praise of the fall mocks the person."""
    result = score_line(lang=lang, platform="tiktok", thread=SHAKEN[lang], reply=text, expect={"person": "Noor"})
    assert next(c for c in result.criteria if c.id == "no-hostility").score <= 40, text
