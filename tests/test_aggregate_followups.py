"""Aggregate questions in a conversation, by class of follow-up: the previous aggregate's
scope and measure carry over, the previous answer's structures scope 'their …' and 'which of
them …', a question that names what it counts starts afresh, and one structure in focus is
answered from its fiche. Real booklet, facts in memory, no model."""

from __future__ import annotations

import pytest

from livret_qa.answering.aggregate_plan import FactsVocabulary
from livret_qa.answering.planner import plan_question
from livret_qa.facts.query import FactQueries
from livret_qa.facts.store import FactStore
from livret_qa.parsing.corpus import Corpus
from livret_qa.retrieval.mentions import MentionDetector
from tests.facts_plans import facts_query_planner


@pytest.fixture(scope="module")
def plan(corpus: Corpus):  # type: ignore[no-untyped-def]
    return facts_query_planner(corpus)


def test_another_place_keeps_the_question(plan) -> None:  # type: ignore[no-untyped-def]
    query = plan(
        "et dans le Pas-de-Calais ?",
        "Quelle structure a le plus gros budget ?",
        "Synapse 3i : 2 037 760 €.",
    )
    assert query is not None and (query["op"], query["measure"]) == ("max", "budget")
    assert query["filters"]["departement"] == ["62"]


def test_the_opposite_superlative_keeps_the_measure_and_scope(plan) -> None:  # type: ignore[no-untyped-def]
    query = plan(
        "et la moins ancienne ?",
        "Quelle est la structure la plus ancienne de l'alimentation durable ?",
        "Le panier de la mer 62, créé en 2002.",
    )
    assert query is not None and (query["op"], query["measure"]) == ("max", "annee_creation")
    assert query["filters"]["theme"] == "L'alimentation durable"
    assert "structures" not in query["filters"]


def test_a_bound_asked_before_scopes_the_next_aggregate(plan) -> None:  # type: ignore[no-untyped-def]
    query = plan(
        "budget moyen ?",
        "Quelles structures ont été créées après 2015 ?",
        "Il était deux fois, Synapse 3i, La Remise Enjouée et l'Association des producteurs.",
    )
    assert query is not None and (query["op"], query["measure"]) == ("avg", "budget")
    assert {"measure": "annee_creation", "op": "gt", "value": 2015.0} in query["filters"][
        "conditions"
    ]


def test_a_bound_over_the_structures_of_a_list(plan) -> None:  # type: ignore[no-untyped-def]
    query = plan(
        "lesquelles ont plus de 50 adhérents ?",
        "Quelles sont les structures du réemploi ?",
        "Il était deux fois, La Remise Enjouée, Le Bois de Deux Mains, Synapse 3i et VESTALI.",
    )
    assert query is not None and (query["op"], query["measure"]) == ("gt", "adherents")
    assert len(query["filters"]["structures"]) == 5


def test_which_of_them_compares_the_previous_answer(plan) -> None:  # type: ignore[no-untyped-def]
    query = plan(
        "Which of them has more members?",
        "Which structures are in the Nord?",
        "Le Jardin de Cocagne de la Haute Borne and La Remise Enjouée.",
    )
    assert query is not None and query["op"] == "compare"
    assert set(query["filters"]["structures"]) == {
        "le-jardin-de-cocagne-de-la-haute-borne",
        "la-remise-enjouee",
    }


def test_their_total_over_the_previous_answer(plan) -> None:  # type: ignore[no-untyped-def]
    query = plan(
        "What's their combined budget?",
        "Which structures are in the Pas-de-Calais?",
        "Le panier de la mer 62, Il était deux fois and VESTALI.",
    )
    assert query is not None and (query["op"], query["measure"]) == ("sum", "budget")
    assert len(query["filters"]["structures"]) == 3


def test_a_question_naming_what_it_counts_starts_afresh(plan) -> None:  # type: ignore[no-untyped-def]
    query = plan(
        "Répartition des structures par département",
        "Quelles structures ont plus de 20 salariés ?",
        "4 structures : …",
    )
    assert query is not None and query["op"] == "group" and "measure" not in query
    assert query["filters"] == {}


def test_one_structure_in_focus_is_answered_from_its_fiche(plan) -> None:  # type: ignore[no-untyped-def]
    assert (
        plan(
            "elle travaille avec combien de producteurs ?",
            "Que font Les Copains de Thiérache ?",
            "Les Copains de Thiérache tiennent une épicerie à Guise.",
        )
        is None
    )


def test_a_place_the_booklet_does_not_hold_is_left_to_the_passages(plan) -> None:  # type: ignore[no-untyped-def]
    assert plan("Combien de structures à Lille ?") is None


def test_a_capitalised_word_of_a_field_value_is_no_place(plan) -> None:  # type: ignore[no-untyped-def]
    query = plan("How many structures are approved as an Atelier Chantier d'Insertion?")
    assert query is not None and "ville" not in query["filters"]


def test_an_aggregate_and_another_part(corpus: Corpus) -> None:
    texts = {f.id: corpus.sources[f.source][f.span.start : f.span.end] for f in corpus.fiches}
    detector = MentionDetector(corpus.fiches, texts)
    queries = FactQueries(FactStore.in_memory(corpus))
    vocab = FactsVocabulary({}, set(queries.measures))
    found = plan_question(
        "Quelle est la structure la plus ancienne et qui la dirige ?",
        [],
        detector,
        len(corpus.fiches),
        vocab=vocab,
    )
    assert found.facts_query is not None and found.facts_query["op"] == "min"
    assert [p.intent for p in found.parts] == ["aggregate", "person"]


def test_the_other_part_is_answered_for_the_structure_selected(fake_engine) -> None:  # type: ignore[no-untyped-def]
    from livret_qa.answering.compose import ask

    answer = ask(fake_engine, "Quelle est la structure la plus ancienne et qui la dirige ?")
    assert answer.facts is not None and answer.structures
    oldest = answer.structures[0]
    fiche = fake_engine.corpus.fiche(oldest.fiche_id)
    assert any(p.name.split()[0].lower() in answer.answer.lower() for p in fiche.contact.persons)
    numbers = [c.n for c in answer.citations]
    assert numbers == list(range(1, len(numbers) + 1))  # one numbering for table and parts


@pytest.mark.parametrize(
    "question",
    [
        "Which structures have between 20 and 200 members?",
        "Reuse structures with a tonnage between 40 and 100 tonnes?",
    ],
)
def test_the_and_of_a_range_joins_no_two_questions(plan, question: str) -> None:  # type: ignore[no-untyped-def]
    query = plan(question)
    assert query is not None and query["op"] == "between"


def test_a_part_asking_what_the_selected_structure_does(fake_engine) -> None:  # type: ignore[no-untyped-def]
    from livret_qa.answering.compose import ask

    answer = ask(fake_engine, "Quelle structure a le plus de bénévoles et que fait-elle ?")
    assert answer.facts is not None
    winner = answer.facts["selected"][0]
    table_marks = {row["citation"] for row in answer.facts["table"]}
    extra = [c for c in answer.citations if c.n not in table_marks]
    assert extra and all(c.fiche_id == winner for c in extra)


@pytest.mark.parametrize(
    "question",
    [
        "how many people does the Boulogne fish charity help each year?",
        "how many volunteers does the wood workshop have?",
        "combien de bénévoles a l'épicerie de Guise ?",
        "combien de salariés compte la ressourcerie de Campigneulles ?",
        "what is the budget of this association?",
    ],
)
def test_a_figure_of_one_structure_described_is_no_aggregate(plan, question: str) -> None:
    """One structure meant by a definite singular noun ('the Boulogne fish charity') is asked
    its figure, which the search finds; not a total or list over every structure."""
    assert plan(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "Quelle est la structure qui a le plus gros budget ?",
        "Which is the youngest structure in the booklet?",
        "la structure dont le budget est le plus modeste ?",
        "What is the combined budget of the food structures?",
        "combien de bénévoles au total ?",
        "how many volunteers do the re-use structures have?",
    ],
)
def test_rankings_and_totals_stay_aggregates(plan, question: str) -> None:
    assert plan(question) is not None


# -- the pair in focus, pointed at as such ('les deux', 'both'): each one's figure
@pytest.mark.parametrize(
    "question",
    [
        "les deux ont combien de salariés ?",
        "how many volunteers do both have?",
        "combien de bénévoles pour les deux ?",
        "how many members do the two of them have?",
        "et tous les deux, combien d'adhérents ?",
        "combien de salariés ont-elles toutes les deux ?",
    ],
)
def test_both_asks_each_ones_figure_not_a_total(plan, corpus: Corpus, question: str) -> None:  # type: ignore[no-untyped-def]
    a, b = corpus.fiches[2], corpus.fiches[8]
    query = plan(question, f"Parle-moi de {a.name} et de {b.name}", f"**{a.name}** ; **{b.name}**")
    assert query is not None and query["op"] == "list", query
    assert set(query["filters"]["structures"]) == {a.id, b.id}


@pytest.mark.parametrize(
    ("question", "op"),
    [
        ("à elles deux, combien de salariés ?", "sum"),
        ("how many employees do they have together?", "sum"),
        ("combien de salariés en tout ?", "sum"),
        ("combien de salariés au total pour les deux ?", "sum"),
        ("laquelle des deux a le plus de salariés ?", "compare"),
        ("which of the two has more volunteers?", "compare"),
    ],
)
def test_a_total_or_a_comparison_of_the_two_stays_one(  # type: ignore[no-untyped-def]
    plan, corpus: Corpus, question: str, op: str
) -> None:
    a, b = corpus.fiches[2], corpus.fiches[8]
    query = plan(question, f"Parle-moi de {a.name} et de {b.name}", f"**{a.name}** ; **{b.name}**")
    assert query is not None and query["op"] == op, query
