"""Near-miss unanswerables: a question the booklet cannot answer, asked of one structure, whose
nearest fact is a neighbouring one (another year, another measure, a thing counted that the
figure does not count, a role, body, place or detail the fiche does not give, a yes/no it does
not settle). The answer abstains, names the structure and quotes the nearest fact it states.
Their answerable near twins keep their answer. Synthetic questions in the askers' own words,
French and English, on the real booklet with the fake embedder (counted_head.py and the
checks before it)."""

from __future__ import annotations

import pytest

from livret_qa.answering import counted_head, stated_then_asked
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer

DRIVE = "association-des-producteurs-des-vallees-de-l-oise"
COCAGNE = "le-jardin-de-cocagne-de-la-haute-borne"
PANIER = "le-panier-de-la-mer-62"
COPAINS = "les-copains-de-thierache"
DEUX_FOIS = "il-etait-deux-fois"
REMISE = "la-remise-enjouee"
BOIS = "le-bois-de-deux-mains"
SYNAPSE = "synapse-3i"
VESTALI = "vestali"

# (question, the one structure the abstention names)
ABSENT = [
    # a thing counted that the figure found does not count (counted_head.py)
    ("How many fruit trees are there in the Haute Borne orchard right now?", COCAGNE),
    ("How many apple trees does the Cocagne garden have?", COCAGNE),
    ("How many e-bikes and scooters has Synapse 3i refurbished so far?", SYNAPSE),
    ("Synapse 3i, how many bikes do they repair each year?", SYNAPSE),
    ("combien de stagiaires formés par la confection-école de VESTALI ?", VESTALI),
    ("combien de trottinettes Synapse 3i a réparées ?", SYNAPSE),
    ("I'd like to know how many people Le Panier de la Mer 62 feeds a year.", PANIER),
    ("panier de la mer 62 combien de personnes nourries par an", PANIER),
    ("How many meals does the Panier de la Mer 62 serve?", PANIER),
    ("combien de repas distribue le Panier de la Mer 62 ?", PANIER),
    # another year, another measure
    ("Panier de la Mer 62 turnover in 2023?", PANIER),
    ("combien de membres compte le Bois de Deux Mains ?", BOIS),
    ("Give me the turnover of La Remise Enjouée for 2021.", REMISE),
    ("How many tonnes did Il était deux fois collect in 2019?", DEUX_FOIS),
    ("Le chiffre d'affaires des Copains de Thiérache en 2022 ?", COPAINS),
    ("quel est le budget du jardin de cocagne en 2019 ?", COCAGNE),
    ("VESTALI's budget for 2021?", VESTALI),
    ("How many tonnes of fish did Le Panier de la Mer 62 collect in 2018?", PANIER),
    ("Synapse 3i, how many computers refurbished in 2019?", SYNAPSE),
    ("How many volunteers does Synapse 3i have?", SYNAPSE),
    ("L'association des producteurs de l'Oise, elle a combien de bénévoles ?", DRIVE),
    ("nb salariés vestali 2022", VESTALI),
    ("Il était deux fois, quel est son chiffre d'affaires 2021 ?", DEUX_FOIS),
    ("How many tonnes of clothes did VESTALI collect in 2021?", VESTALI),
    ("La Remise Enjouée, combien de jouets vendus en 2022 ?", REMISE),
    # a detail the fiche does not give: a surface, hours, a price, customers, an age
    ("Quelle est la surface de la boutique solidaire de VESTALI ?", VESTALI),
    ("les horaires d'ouverture de la boutique des Copains à Guise ?", COPAINS),
    ("How much does a meat parcel cost at the Oise farmers' drive?", DRIVE),
    ("drive fermier oise prix du colis viande", DRIVE),
    ("combien de clients a le drive fermier de l'Oise ?", DRIVE),
    ("The Oise drive: number of customers per week?", DRIVE),
    ("Quel est le salaire des salariés en insertion au Bois de Deux Mains ?", BOIS),
    ("How old is the director of VESTALI?", VESTALI),
    ("combien coûte un jouet à la Remise Enjouée ?", REMISE),
    ("Le Panier de la Mer 62, c'est ouvert le samedi ?", PANIER),
    ("How many children come to La Remise Enjouée each year?", REMISE),
    ("Il était deux fois: how many visitors per year?", DEUX_FOIS),
    ("what's the website of the Cocagne garden in Villeneuve d'Ascq?", COCAGNE),
    ("Le Jardin de Cocagne a un site internet ?", COCAGNE),
    # a role the fiche does not name
    ("Who is VESTALI's treasurer?", VESTALI),
    ("le nom du fondateur de Synapse 3i ?", SYNAPSE),
    ("Tell me who runs the sewing workshop at VESTALI.", VESTALI),
    ("Who is the head of the catering service at Le Panier de la Mer 62?", PANIER),
    ("qui est le président des Copains de Thiérache", COPAINS),
    ("I want the name of the Copains de Thiérache's president.", COPAINS),
    # a body, brand or scheme the fiche never mentions, named or as a common noun
    ("Is Les Copains de Thiérache housed by a social landlord?", COPAINS),
    ("Is there a crowdfunding campaign for Il était deux fois?", DEUX_FOIS),
    ("Le Panier de la Mer 62 est-il soutenu par la Fondation Abbé Pierre ?", PANIER),
    ("tu sais si la Remise Enjouée est financée par Leroy Merlin ?", REMISE),
    ("Le Bois de Deux Mains a-t-il reçu de l'argent de la Fondation de France ?", BOIS),
    ("Le Bois de Deux Mains vend ses meubles sur Leboncoin ?", BOIS),
    ("Does VESTALI export abroad?", VESTALI),
    ("Le Jardin de Cocagne, il vend en supermarché ?", COCAGNE),
    # a party asked by 'which' that the fiche mentions without naming (unnamed_thing.py)
    ("Quel prestataire fabrique la soupe de poissons que le Panier de la Mer habille ?", PANIER),
    ("Which retail chain received the 40,000 wipes made with VESTALI?", VESTALI),
    # a place the fiche does not cover
    ("Does Synapse 3i have a site in Beauvais?", SYNAPSE),
    ("Synapse 3i a une antenne à Abbeville ?", SYNAPSE),
    # a topic stated, then its pronoun question (stated_then_asked.py)
    ("Need VESTALI's overall budget for 2021 for a funding comparison — what was it?", VESTALI),
    ("I need the Panier de la Mer 62 turnover for 2023, what was it?", PANIER),
    ("Le bâtiment que Vestali est en train d'acheter à Liévin, il coûte combien ?", VESTALI),
    ("la location de vélo chez les Copains, elle coûte combien ?", COPAINS),
    # a yes/no the booklet does not settle
    ("Do they pay their volunteers at Le Bois de Deux Mains?", BOIS),
]

# (question, structure, words of the stated part, words of the gap) — one part stated, the
# other not: the stated part is given and the other said to be missing
HALF_STATED = [
    ("When was VESTALI created and who is its president?", VESTALI, "1997", "chair"),
    (
        "Where is the Panier de la Mer 62 and what are its opening hours?",
        PANIER,
        "Verdun",
        "opening",
    ),
]

# (question, structure, words of the answer): the near twins, stated
STATED = [
    ("How many members does La Remise Enjouée have?", REMISE, "50"),
    ("How many volunteers at Le Bois de Deux Mains?", BOIS, "30"),
    ("Le chiffre d'affaires des Copains de Thiérache en 2020 ?", COPAINS, "160 000"),
    ("Combien de tonnes de jouets la Remise Enjouée a collecté ?", REMISE, "3,5"),
    ("How many people follow Il était deux fois on facebook?", DEUX_FOIS, "2500"),
    ("VESTALI website?", VESTALI, "vestali.fr"),
    ("How many weekly baskets does the Cocagne garden deliver?", COCAGNE, "paniers"),
    ("How many computers did Synapse 3i refurbish in 2020?", SYNAPSE, "1500"),
    ("How many masks did VESTALI make?", VESTALI, "60 000"),
    ("nb d'adhérents vestali 2019", VESTALI, "3 228"),
    ("How many shops do Les Copains de Thiérache run?", COPAINS, "2"),
    ("How many people does Le Panier de la Mer 62 support?", PANIER, "285"),
    ("How many people did Synapse 3i train in 2020?", SYNAPSE, "281"),
    ("Combien de personnes accompagnées par le panier de la mer ?", PANIER, "285"),
    ("combien de paniers vend le jardin de cocagne par semaine ?", COCAGNE, "paniers"),
    ("combien d'ordinateurs Synapse 3i a reconditionnés en 2020 ?", SYNAPSE, "1500"),
    ("combien de formateurs chez Synapse 3i ?", SYNAPSE, "5"),
    ("combien d'objets vendus par Il était deux fois en 2020 ?", DEUX_FOIS, "28 000"),
    ("combien de producteurs fournissent les Copains de Thiérache ?", COPAINS, "100"),
    ("combien d'exploitations agricoles pour le drive de l'Oise ?", DRIVE, "3"),
    ("What's the phone number of Le Panier de la Mer 62?", PANIER, "03 21 33 70 74"),
    ("Where is VESTALI's head office?", VESTALI, "Liévin"),
    ("The Copains de Thiérache turnover in 2020 - what was it?", COPAINS, "160 000"),
    ("Le panier classique du jardin de cocagne, il coûte combien ?", COCAGNE, "18"),
    ("Quels fournisseurs pour les Copains de Thiérache ?", COPAINS, "100"),
]


@pytest.mark.parametrize(("question", "fiche_id"), ABSENT)
def test_near_miss_abstains_naming_the_structure(
    fake_engine: Engine, question: str, fiche_id: str
) -> None:
    answer = ask(fake_engine, question, [])
    check_answer(fake_engine.corpus, answer.to_dict())
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id], answer.answer
    assert answer.citations, answer.answer  # the nearest fact, quoted


@pytest.mark.parametrize(("question", "fiche_id", "stated", "gap"), HALF_STATED)
def test_half_stated_gives_the_stated_part(
    fake_engine: Engine, question: str, fiche_id: str, stated: str, gap: str
) -> None:
    answer = ask(fake_engine, question, [])
    assert fiche_id in [s.fiche_id for s in answer.structures], answer.answer
    assert fold(stated) in fold(answer.answer), answer.answer
    assert fold(gap) in fold(answer.answer), answer.answer


@pytest.mark.parametrize(("question", "fiche_id", "said"), STATED)
def test_near_twin_stays_answered(
    fake_engine: Engine, question: str, fiche_id: str, said: str
) -> None:
    answer = ask(fake_engine, question, [])
    assert not answer.abstained, answer.answer
    assert fiche_id in [s.fiche_id for s in answer.structures], answer.answer
    assert fold(said) in fold(answer.answer), answer.answer


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("How many fruit trees are there in the orchard?", ["trees"]),
        ("How many e-bikes and scooters has it refurbished so far?", ["e-bikes", "scooters"]),
        ("How many tonnes of fish do they collect?", ["tonnes"]),
        ("how many people does it feed", ["people"]),
    ],
)
def test_counted_heads(text: str, heads: list[str]) -> None:
    assert counted_head.counted_heads(text) == heads


def test_count_of_another_thing_is_unheld() -> None:
    clause = "60 tonnes de légumes et fruits produits et vendus annuellement"
    assert counted_head.unheld_count("How many fruit trees are there?", "en", clause)
    assert not counted_head.unheld_count("How many fruit baskets?", "en", "27 paniers fruits")
    assert counted_head.unheld_count("combien de stagiaires ?", "fr", "40 000 lingettes")
    assert not counted_head.unheld_count("combien de bénévoles ?", "fr", "30 bénévoles")


def test_people_counted_for_another_act() -> None:
    clause = "366 personnes morales et 71 personnes physiques clientes de la prestation traiteur"
    assert counted_head.people_act_unstated("How many people do they feed?", clause) == "fed"
    assert not counted_head.people_act_unstated("How many people do they feed?", "repas")
    assert not counted_head.people_act_unstated("How many people do they help?", clause)


@pytest.mark.parametrize(
    ("question", "read"),
    [
        (
            "Need VESTALI's overall budget for 2021 for a funding comparison — what was it?",
            "What was VESTALI's overall budget for 2021?",
        ),
        (
            "Le bâtiment que Vestali achète, il coûte combien ?",
            "Combien coûte le bâtiment que Vestali achète ?",
        ),
        ("What was VESTALI's budget in 2021?", None),
        ("VESTALI, where is it?", None),
    ],
)
def test_stated_then_asked(question: str, read: str | None) -> None:
    assert stated_then_asked.one_question(question) == read
