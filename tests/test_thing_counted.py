"""A figure of another thing is no answer (class: a measure stated of another thing). A tonnage
is of a matter ('combien de tonnes de verre ?' is not answered by '45 tonnes d'objets'), a count
of a noun is of that noun ('combien de vélos loués ?' is not answered by '100 producteurs'):
the answer abstains, naming the figure or sentence the fiche does state. What must not change:
the thing the figure counts asked in the fiche's words or in English, and a figure naming
nothing ('50 tonnes (2019)') asked of what the fiche handles. Synthetic questions on the real
booklet with the fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer


def _ask(engine: Engine, question: str) -> tuple[bool, str, list[str]]:
    answer = ask(engine, question)
    check_answer(engine.corpus, answer.to_dict())
    return answer.abstained, answer.answer, [s.fiche_id for s in answer.structures]


@pytest.mark.parametrize(
    ("question", "fiche_id", "nearest"),
    [
        ("Combien de tonnes de verre collecte Il était deux fois ?", "il-etait-deux-fois", "45"),
        ("How many tonnes of glass does Il était deux fois collect?", "il-etait-deux-fois", "45"),
        (
            "Combien de kilos de pain récupère le Panier de la Mer 62 ?",
            "le-panier-de-la-mer-62",
            "tonnes",
        ),
        ("Combien de tonnes de ferraille chez VESTALI ?", "vestali", "50"),
        (
            "Combien de vélos loués par les Copains de Thiérache ?",
            "les-copains-de-thierache",
            "vélos",
        ),
    ],
)
def test_a_figure_of_another_thing_abstains_naming_it(
    fake_engine: Engine, question: str, fiche_id: str, nearest: str
) -> None:
    abstained, text, fiches = _ask(fake_engine, question)
    assert abstained, text
    assert fiches == [fiche_id]
    assert fold(nearest) in fold(text), text


@pytest.mark.parametrize(
    ("question", "fiche_id", "value"),
    [
        (
            "Combien de tonnes de poisson collecte le Panier de la Mer 62 ?",
            "le-panier-de-la-mer-62",
            "51",
        ),
        (
            "combien de tonnes de bois collecte le bois de deux mains",
            "le-bois-de-deux-mains",
            "1 100",
        ),
        ("How many tonnes of toys does La Remise Enjouée collect?", "la-remise-enjouee", "3,5"),
        (
            "Quelle quantité de légumes produit le Jardin de Cocagne ?",
            "le-jardin-de-cocagne-de-la-haute-borne",
            "60",
        ),
        # a figure naming nothing is of what the fiche handles
        ("Combien de tonnes de textile collecte VESTALI ?", "vestali", "50"),
        ("Combien de tonnes collecte VESTALI ?", "vestali", "50"),
        # a count naming the noun, or a word of the question
        ("How many face masks has VESTALI produced?", "vestali", "60 000"),
        ("Combien de masques VESTALI a-t-elle produit ?", "vestali", "60 000"),
        (
            "Combien de points de retrait pour le drive fermier des vallées de l'Oise ?",
            "association-des-producteurs-des-vallees-de-l-oise",
            "3",
        ),
    ],
)
def test_the_thing_a_figure_counts_is_answered(
    fake_engine: Engine, question: str, fiche_id: str, value: str
) -> None:
    abstained, text, fiches = _ask(fake_engine, question)
    assert not abstained, text
    assert fiches[0] == fiche_id
    assert value in text, text


@pytest.mark.parametrize(
    ("text", "attribute"),
    [
        # a measure word standing as the place of what is counted is where, not what
        ("Combien de clients par jour à la boutique de VESTALI ?", ""),
        ("How many visitors in the shop of La Remise Enjouée?", ""),
        # what must not change: the measure counted, or counted there
        ("Combien de boutiques a VESTALI ?", "measure:sites"),
        ("Combien de salariés dans la boutique de VESTALI ?", "measure:salaries"),
        ("How many shops does VESTALI run?", "measure:sites"),
        # a noun counted of its own: the measure word after it says what they do
        ("Combien de producteurs travaillent avec les Copains de Thiérache ?", ""),
        ("Combien de personnes travaillent chez VESTALI ?", "measure:salaries"),
        ("Combien de familles aidées par le Panier de la Mer ?", "measure:beneficiaires"),
    ],
)
def test_a_measure_word_after_another_noun_counted_is_not_counted(
    text: str, attribute: str
) -> None:
    asked = asked_attribute(text)
    assert asked is not None and asked[1] == attribute


def test_the_structure_name_words_are_no_thing_measured(fake_engine: Engine) -> None:
    abstained, text, _ = _ask(fake_engine, "Le Panier de la Mer a combien de m2 ?")
    assert not abstained, text
    assert "800" in text


@pytest.mark.parametrize(
    "text",
    [
        # class: the English compound read the other way round ('points of sale' for
        # 'sales points', « points de vente »): the sites counted, not a noun 'points'
        "How many points of sale does the Oise producers' association have?",
        "how many points of distribution do they run",
        "Number of sales points of the drive fermier?",
        "How many collection points does VESTALI have?",
    ],
)
def test_points_of_sale_count_the_sites(text: str) -> None:
    asked = asked_attribute(text)
    assert asked is not None and asked[1] == "measure:sites", asked


def test_points_of_sale_answered_from_the_sites_figure(fake_engine: Engine) -> None:
    abstained, text, fiches = _ask(
        fake_engine, "How many points of sale does the Oise producers' association have?"
    )
    assert not abstained, text
    assert fiches[0] == "association-des-producteurs-des-vallees-de-l-oise"
    assert "3" in text, text
