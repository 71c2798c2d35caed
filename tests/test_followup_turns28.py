"""Follow-ups refused or mis-answered though the fiche in focus answers them (round 28),
synthetic conversations over the real booklet, FR and EN: a place qualifying the body asked
of the one in focus ('which structure in the Aisne did they learn from?'), whether work is
paid or voluntary ('is anybody paid …, or is it all volunteer work?'), examples asked of a
thing ('des exemples de commandes en série ?'); and near misses that must stay refused (a
place the fiche never writes, a count of nouns it never states)."""

from __future__ import annotations

import pytest

from livret_qa.answering import examples_asked, other_body_place, paid_or_voluntary
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold
from tests.conversations import exchange as _h
from tests.conversations import named as _named

Turns = list[dict[str, str]]

APVO, COCAGNE, PANIER, IL2, REMISE, BOIS, VESTALI = (
    "association-des-producteurs-des-vallees-de-l-oise",
    "le-jardin-de-cocagne-de-la-haute-borne",
    "le-panier-de-la-mer-62",
    "il-etait-deux-fois",
    "la-remise-enjouee",
    "le-bois-de-deux-mains",
    "vestali",
)


TOYS_FR = _h("Parle-moi de La Remise Enjouée", "Une ressourcerie de jouets à Villeneuve-d'Ascq.")
TOYS_EN = _h("Is there a fiche about toys?", "Yes, La Remise Enjouée, which resells toys.")
GARDEN = _h("Tell me about the Jardin de Cocagne de la Haute Borne", "An organic garden.")
FISH = _h("Parle-moi du Panier de la mer 62", "Une association d'insertion à Boulogne-sur-Mer.")
SEWING = _h("What is VESTALI?", "A sewing insertion workshop in the Pas-de-Calais.")
DRIVE = _h("Tell me about the farm drive in the Oise", "The APVO runs a farm drive.")
WOOD_FR = _h("Que fabrique Le Bois de Deux Mains ?", "Des meubles en bois de récupération.")
WOOD_EN = _h("What does Le Bois de Deux Mains make?", "Furniture from reclaimed wood.")
REUSE = _h("Parle-moi d'Il était deux fois", "Une ressourcerie dans le Pas-de-Calais.")

# (history, question, first structure, a word of the answer)
ANSWERED = [
    # a place qualifying the body asked of the one in focus
    (TOYS_FR, "quelle structure de l'Aisne les a inspirés ?", REMISE, "ADF 02"),
    (TOYS_EN, "which association in Paris did they consult?", REMISE, "Paris"),
    (GARDEN, "which association in Lille do they work with?", COCAGNE, "ATRE"),
    (FISH, "qui à Calais les a sollicités ?", PANIER, "Calais"),
    (SEWING, "which university in Lille helps them?", VESTALI, "Université de Lille"),
    # paid or voluntary work: the staff line
    (DRIVE, "Est-ce que quelqu'un est payé pour le drive, ou c'est du bénévolat ?", APVO, "ETP"),
    (WOOD_EN, "Do they have paid staff or is everything done by volunteers?", BOIS, "CDI"),
    ([], "Is the work at the Jardin de Cocagne de la Haute Borne paid or voluntary?", COCAGNE, "7"),
    ([], "Is anyone paid at the Panier de la mer 62, or is it all volunteers?", PANIER, "25"),
    (REUSE, "c'est des salariés ou des bénévoles qui font tourner la ressourcerie ?", IL2, "14"),
    # examples asked of a thing: the sentence listing instances
    (WOOD_FR, "Des exemples de commandes en série ?", BOIS, "80 chaises"),
    (WOOD_EN, "Can you give examples of the furniture series they produced?", BOIS, "80 chaises"),
    (GARDEN, "des exemples de nouveaux services pour les collectivités ?", COCAGNE, "pâturage"),
    (DRIVE, "quels fruits et légumes par exemple ?", APVO, "volailles"),
    (WOOD_EN, "Any examples of orders they made in series?", BOIS, "chaises"),
]

REFUSED = [
    (TOYS_EN, "which structure in Belgium did they learn from?"),
    (TOYS_FR, "quelle association de la Somme les a inspirés ?"),
    (DRIVE, "Are the volunteers paid travel expenses?"),
]


@pytest.mark.parametrize(("history", "question", "first", "word"), ANSWERED)
def test_a_followup_the_fiche_answers_is_answered(
    fake_engine: Engine, history: Turns, question: str, first: str, word: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    assert _named(answer)[:1] == [first], (_named(answer), answer.answer)
    assert fold(word) in fold(answer.answer), answer.answer


@pytest.mark.parametrize(("history", "question"), REFUSED)
def test_a_followup_the_fiche_does_not_answer_stays_refused(
    fake_engine: Engine, history: Turns, question: str
) -> None:
    assert ask(fake_engine, question, history).abstained


@pytest.mark.parametrize(
    ("question", "points"),
    [
        ("which structure in the Aisne did they learn from?", True),
        ("quelle association de l'Aisne les a aidés ?", True),
        ("avec quel partenaire de Calais travaillent-ils ?", True),
        ("which university in Lille helps them?", True),
        ("quelle entreprise de Lens leur a donné des machines ?", True),
        ("quel organisme du Nord les accompagne ?", True),
        ("which structures in the Aisne recycle toys?", False),
        ("lesquelles sont dans l'Aisne ?", False),
        ("quelles associations du Nord sont-elles agréées ?", False),
        ("which structures are like them in the Somme?", False),
        ("which structure in Lille, and what do they do?", False),
    ],
)
def test_a_body_asked_of_the_one_in_focus(question: str, points: bool) -> None:
    assert other_body_place.points_at_other_body(question) is points


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        ("Is anybody paid to help them, or is it all volunteer work?", True),
        ("c'est des salariés ou des bénévoles qui tiennent la boutique ?", True),
        ("is the work paid or voluntary?", True),
        ("volunteers or paid staff?", True),
        ("quelqu'un est payé, ou c'est du bénévolat ?", True),
        ("des bénévoles ou des salariés ?", True),
        ("combien de salariés et de bénévoles ?", False),
        ("how much are the staff paid, or do volunteers do it?", False),
        ("do they have volunteers?", False),
        ("is anybody paid?", False),
    ],
)
def test_paid_or_voluntary_offered(question: str, offered: bool) -> None:
    assert paid_or_voluntary.offered(question) is offered


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Any examples of big orders?", True),
        ("des exemples de commandes ?", True),
        ("quels produits par exemple ?", True),
        ("for instance, which services?", True),
        ("un exemple de partenaire ?", True),
        ("what do they make?", False),
        ("quel est leur exemplaire préféré ?", False),
    ],
)
def test_examples_asked(question: str, asks: bool) -> None:
    assert examples_asked.asks_examples(fold(question)) is asks


@pytest.mark.parametrize(
    ("sentence", "lists"),
    [
        ("Expérimentation de séries (80 chaises pour étudiants ; 40 têtes de lit pour hôtel", True),
        ("de nouveaux services : éco-pâturage ; poulaillers urbains ; parcelles potagères", True),
        ("MATIÈRES CONCERNÉES : légumes, fruits, volailles et viande, confitures, soupes", True),
        ("3 mécènes : Frais Embal ; Conegan ; Delanchy", True),
        ("2 formats de production : en série de petite envergure et sur mesure ;", False),
        (
            "Modèle : excepté 2020 du fait de la crise, son chiffre d'affaires augmente grâce à "
            "l'élargissement de la gamme, puis grâce à la production nouvelle en série",
            False,
        ),
        ("Donner une seconde vie au bois, donner une seconde chance aux personnes.", False),
    ],
)
def test_a_sentence_listing_instances(sentence: str, lists: bool) -> None:
    assert examples_asked.lists_instances(sentence) is lists


FINANCES = _h("How is Le Bois de Deux Mains doing financially?", "A hybrid model: 70% subsidies.")


@pytest.mark.parametrize(
    ("question", "town"),
    [
        ("Same question for the Liévin one.", "Liévin"),
        ("et celle de Liévin ?", "Liévin"),
        ("What about the Amiens one?", "Amiens"),
        ("et celle de Guise ?", "Guise"),
        ("and the Boulogne one?", "Boulogne"),
    ],
)
def test_the_town_a_structure_stands_in_picks_it_and_asks_nothing(
    fake_engine: Engine, question: str, town: str
) -> None:
    """A switch by the town the structure stands in asks the last question of it: the
    sentence quoted is not chosen for naming that town."""
    answer = ask(fake_engine, question, FINANCES)
    quoted = answer.answer.partition("«")[2]
    assert fold(town) not in fold(quoted), answer.answer
