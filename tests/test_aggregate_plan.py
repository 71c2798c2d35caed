"""Aggregate questions by class: each class of question (count, total, average, bound,
between, superlative, top-k, breakdown, comparison) recognised on synthetic phrasings in
French and English, with the measure, the bound and the filters it names."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.aggregate_plan import FactsVocabulary, plan_aggregate

VOCAB = FactsVocabulary(
    field_values={
        "agrement": ["ACI", "ESUS", "Atelier chantier d'insertion"],
        "reseau": ["COORACE", "Chantier école", "Réseau des ressourceries"],
        "theme": ["Le réemploi", "L'alimentation durable"],
    },
    measures={m.name for m in lx.MEASURES} | {"annee_creation", "demarrage_action"},
)


def plan(question: str, named: list[str] | None = None, **kw: object) -> dict | None:
    found = plan_aggregate(question, named or [], [], "", [], VOCAB, **kw)  # type: ignore[arg-type]
    return None if found is None else found.query


@pytest.mark.parametrize(
    ("question", "op", "measure"),
    [
        ("Quel est le budget total des structures ?", "sum", "budget"),
        ("Combien de bénévoles au total ?", "sum", "benevoles"),
        ("What is the combined turnover?", "sum", "chiffre_affaires"),
        ("Nombre moyen de salariés par structure ?", "avg", "salaries"),
        ("What is the average number of members?", "avg", "adherents"),
        ("Quelle structure a le plus de bénévoles ?", "max", "benevoles"),
        ("Which organisation has the largest budget?", "max", "budget"),
        ("Quelle structure a le budget le plus faible ?", "min", "budget"),
        ("Which structure has the fewest employees?", "min", "salaries"),
        ("Quelle est la structure la plus ancienne ?", "min", "annee_creation"),
        ("Which initiative was founded most recently?", "max", "annee_creation"),
        ("Which one is the newest structure?", "max", "annee_creation"),
    ],
)
def test_totals_averages_and_superlatives(question: str, op: str, measure: str) -> None:
    query = plan(question)
    assert query is not None, question
    assert (query["op"], query.get("measure")) == (op, measure)


@pytest.mark.parametrize(
    ("question", "op", "measure", "value"),
    [
        ("Quelles structures ont plus de 20 salariés ?", "gt", "salaries", 20),
        ("Which structures have more than 100 members?", "gt", "adherents", 100),
        ("Structures avec au moins 3 sites ?", "gte", "sites", 3),
        ("Which ones have fewer than 50 volunteers?", "lt", "benevoles", 50),
        ("Quelles structures ont un budget inférieur à 100 000 € ?", "lt", "budget", 100_000),
        ("Which structures have a budget over €600,000?", "gt", "budget", 600_000),
        ("Structures dont le budget dépasse 1 million ?", "gt", "budget", 1_000_000),
        ("Quelles structures ont été créées avant 2005 ?", "lt", "annee_creation", 2005),
        ("Which structures were founded after 2016?", "gt", "annee_creation", 2016),
        ("Which ones collect more than 40 tonnes?", "gt", "tonnage", 40),
    ],
)
def test_bounds(question: str, op: str, measure: str, value: float) -> None:
    query = plan(question)
    assert query is not None, question
    assert (query["op"], query["measure"], query["value"]) == (op, measure, value)


@pytest.mark.parametrize(
    ("question", "measure", "low", "high"),
    [
        ("Quelles structures ont entre 20 et 200 adhérents ?", "adherents", 20, 200),
        ("Which have a budget between 500 000 € and 1 000 000 €?", "budget", 500_000, 1_000_000),
        ("Structures créées entre 2010 et 2020 ?", "annee_creation", 2010, 2020),
    ],
)
def test_between(question: str, measure: str, low: float, high: float) -> None:
    query = plan(question)
    assert query is not None and query["op"] == "between", question
    assert (query["measure"], query["value"], query["value2"]) == (measure, low, high)


@pytest.mark.parametrize(
    ("question", "limit", "order"),
    [
        ("Quels sont les 3 plus gros budgets ?", 3, "desc"),
        ("What are the two largest budgets?", 2, "desc"),
        ("Les deux structures les plus anciennes ?", 2, "asc"),
        ("top 4 des budgets", 4, "desc"),
    ],
)
def test_top_k(question: str, limit: int, order: str) -> None:
    query = plan(question)
    assert query is not None and query["op"] == "top", question
    assert (query["limit"], query["order"]) == (limit, order)


@pytest.mark.parametrize(
    ("question", "key", "measure"),
    [
        ("Répartition des structures par département", "departement", None),
        ("Give me the breakdown of structures by theme.", "theme", None),
        ("Total des adhérents par département", "departement", "adherents"),
        ("How many structures per town?", "ville", None),
    ],
)
def test_breakdowns(question: str, key: str, measure: str | None) -> None:
    query = plan(question)
    assert query is not None and query["op"] == "group", question
    assert (query["group_by"], query.get("measure")) == (key, measure)


@pytest.mark.parametrize(
    ("question", "measure", "order"),
    [
        ("Qui a le plus de salariés : A ou B ?", "salaries", "desc"),
        ("Who has fewer members, A or B?", "adherents", "asc"),
        ("Which is older, A or B?", "annee_creation", "asc"),
        ("Entre A et B, laquelle a le plus gros budget ?", "budget", "desc"),
    ],
)
def test_comparisons_of_two_named_structures(question: str, measure: str, order: str) -> None:
    query = plan(question, named=["a", "b"])
    assert query is not None and query["op"] == "compare", question
    assert (query["measure"], query["order"], query["filters"]["structures"]) == (
        measure,
        order,
        ["a", "b"],
    )


@pytest.mark.parametrize(
    ("question", "field", "value"),
    [
        ("Combien de structures ont l'agrément ACI ?", "agrement", "aci"),
        ("How many structures belong to the COORACE network?", "reseau", "COORACE"),
        ("Combien de structures sont membres de Chantier école ?", "reseau", "Chantier école"),
    ],
)
def test_counts_over_a_field_value(question: str, field: str, value: str) -> None:
    query = plan(question)
    assert query is not None and query["op"] == "count", question
    assert query["filters"]["conditions"] == [{"measure": field, "op": "contains", "value": value}]


def test_a_network_membership_is_no_count_of_members() -> None:
    query = plan("Nombre moyen de salariés des structures membres du réseau COORACE ?")
    assert query is not None and query["measure"] == "salaries"


def test_a_condition_on_another_measure_filters_a_total() -> None:
    query = plan("Quel est le budget total des structures créées avant 2005 ?")
    assert query is not None and (query["op"], query["measure"]) == ("sum", "budget")
    assert query["filters"]["conditions"] == [
        {"measure": "annee_creation", "op": "lt", "value": 2005}
    ]


def test_a_count_whose_topic_no_field_holds_counts_what_the_search_finds() -> None:
    found = plan_aggregate("Combien de structures récupèrent des invendus ?", [], [], "", [], VOCAB)
    assert found is not None and found.from_search and "invendus" in found.topic
    plain = plan_aggregate("Combien de structures dans le livret ?", [], [], "", [], VOCAB)
    assert plain is not None and not plain.from_search


@pytest.mark.parametrize(
    "question",
    [
        "Que fait VESTALI ?",
        "Quelles structures récupèrent des invendus ?",
        "Qui dirige la Remise Enjouée ?",
        "Which structures repair bicycles?",
        "Quelle structure est la plus engagée pour le climat ?",
        # 'count X among / as' says X is one of them: a list, no count
        "Which of them count an AG2R foundation among their funders?",
        "Which structures count the ADEME as a partner?",
    ],
)
def test_questions_that_are_no_aggregate(question: str) -> None:
    assert plan(question) is None


def test_count_as_a_verb_of_counting_still_counts() -> None:
    query = plan("Count the structures that have more than 10 volunteers")
    assert query is not None and query["op"] == "count"


def test_one_named_structure_is_answered_from_its_fiche() -> None:
    assert plan("Combien de salariés a VESTALI ?", named=["vestali"]) is None


def test_the_previous_answer_scopes_a_follow_up() -> None:
    query = plan("Quel est leur budget total ?", focus=["a", "b"])
    assert query is not None and query["filters"]["structures"] == ["a", "b"]


@pytest.mark.parametrize(
    ("question", "op", "measure", "value"),
    [
        # a bound written after the number
        ("Structures with 3 sites or more?", "gte", "sites", 3),
        ("Quelles structures ont 3 sites ou plus ?", "gte", "sites", 3),
        ("Which structures have 100+ members?", "gte", "adherents", 100),
        # symbols, currency before the number, abbreviations
        ("Which structures have a budget > 500000 €?", "gt", "budget", 500_000),
        ("Structures with a budget under €1M?", "lt", "budget", 1_000_000),
        (
            "Quelles structures ont un budget d'au moins 1,5 million d'euros ?",
            "gte",
            "budget",
            1_500_000,
        ),
        # a named measure that shares the unit of the number wins over the unit's default
        ("Quelles structures ont un CA supérieur à 100 000 € ?", "gt", "chiffre_affaires", 100_000),
        # a verb names the measure
        ("Quelles structures emploient plus de 20 personnes ?", "gt", "salaries", 20),
        ("Which organisations have a workforce of more than 20?", "gt", "salaries", 20),
        ("Quelles structures ont vu le jour avant 2010 ?", "lt", "annee_creation", 2010),
        ("Combien de structures ont été créées en 2015 ou après ?", "gte", "annee_creation", 2015),
    ],
)
def test_bounds_in_other_words(question: str, op: str, measure: str, value: float) -> None:
    query = plan(question)
    assert query is not None, question
    if query["op"] == "count":  # a count of the structures within the bound
        (cond,) = query["filters"]["conditions"]
        query = {**query, **cond}
    assert (query["op"], query["measure"], query["value"]) == (op, measure, value)


@pytest.mark.parametrize(
    ("question", "low", "high"),
    [
        ("Which structures have from 20 to 40 employees?", 20, 40),
        ("Structures with a budget between 100k and 500k?", 100_000, 500_000),
        ("Budgets entre 250k€–650k€ ?", 250_000, 650_000),
        ("Quelles structures ont été créées dans les années 2010 ?", 2010, 2019),
    ],
)
def test_ranges_in_other_words(question: str, low: float, high: float) -> None:
    query = plan(question)
    assert query is not None and query["op"] == "between", question
    assert (query["value"], query["value2"]) == (low, high)


@pytest.mark.parametrize(
    ("question", "op", "measure"),
    [
        ("Qui emploie le plus de monde ?", "max", "salaries"),
        ("Which is the biggest employer?", "max", "salaries"),
        ("Which structure is the least funded?", "min", "budget"),
        ("Quelle est la doyenne des structures ?", "min", "annee_creation"),
        ("Which structure has been around the longest?", "min", "annee_creation"),
        ("Quelle structure a le plus d'adhérents ?", "max", "adherents"),
        ("Qui emploie le plus de salariés en insertion ?", "max", "insertion"),
        ("Quelle est la taille financière moyenne ?", "avg", "budget"),
        ("À combien s'élèvent les moyens financiers cumulés ?", "sum", "budget"),
        ("What is the average weight collected?", "avg", "tonnage"),
    ],
)
def test_superlatives_and_totals_in_other_words(question: str, op: str, measure: str) -> None:
    query = plan(question)
    assert query is not None, question
    assert (query["op"], query.get("measure")) == (op, measure)


@pytest.mark.parametrize(
    ("question", "limit", "order"),
    [
        ("Donne-moi les 3 structures avec les budgets les plus importants.", 3, "desc"),
        ("Which two structures were born most recently?", 2, "desc"),
        ("Quelles sont les deux structures du réemploi les moins dotées ?", 2, "asc"),
        ("Classement des structures par budget", 1000, "desc"),
        ("Classe les structures par budget, du plus gros au plus petit.", 1000, "desc"),
        ("Rank the structures by members, ascending", 1000, "asc"),
    ],
)
def test_rankings_in_other_words(question: str, limit: int, order: str) -> None:
    query = plan(question)
    assert query is not None and query["op"] == "top", question
    assert (query["limit"], query["order"]) == (limit, order)


def test_a_department_number_is_no_count_of_structures() -> None:
    found = plan_aggregate(
        "Which structure in the 62 has the smallest budget?", [], ["62"], "", [], VOCAB
    )
    assert found is not None and found.query["op"] == "min"


def test_a_place_left_out_and_a_field_absent() -> None:
    found = plan_aggregate(
        "Number of reuse initiatives located outside the Pas-de-Calais?", [], ["62"], "", [], VOCAB
    )
    assert found is not None and found.query["filters"]["not_departement"] == ["62"]
    absent = plan("Combien de structures n'ont aucun agrément ?")
    assert absent is not None
    assert absent["filters"]["conditions"] == [{"measure": "agrement", "op": "absent"}]


def test_the_other_structures_leave_the_focus_out() -> None:
    query = plan("et en moyenne pour les autres ?", focus=["a"], previous_measure="adherents")
    assert query is not None and (query["op"], query["measure"]) == ("avg", "adherents")
    assert query["filters"]["not_structures"] == ["a"]


def test_which_of_them_compares_the_structures_in_focus() -> None:
    query = plan("Which of them has more members?", focus=["a", "b"])
    assert query is not None and query["op"] == "compare"
    assert query["filters"]["structures"] == ["a", "b"]


def test_the_somme_is_a_place_and_la_somme_des_a_sum() -> None:
    from livret_qa.retrieval.places import departements_in

    assert departements_in("Quelle est la somme des budgets ?") == []
    assert departements_in("And in the Somme?") == ["80"]
    found = plan_aggregate("And in the Somme?", [], ["80"], "", [], VOCAB, focus=["a", "b"])
    assert found is None  # a place is no total
    total = plan("Quelle est la somme des budgets ?")
    assert total is not None and (total["op"], total["measure"]) == ("sum", "budget")


@pytest.mark.parametrize(
    "question",
    [
        "elle travaille avec combien de producteurs ?",
        "How many computers were refurbished?",
        "Combien de paniers sont vendus chaque semaine ?",
    ],
)
def test_a_count_of_things_no_fact_holds_is_no_count_of_structures(question: str) -> None:
    assert plan(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "Combien de structures du réemploi ?",
        "How many reuse structures are there?",
        "How many of the structures are in the Nord?",
        "combien en tout ?",
    ],
)
def test_counts_of_structures(question: str) -> None:
    query = plan(question)
    assert query is not None and query["op"] == "count", question


@pytest.mark.parametrize(
    ("question", "op", "measure", "value"),
    [
        ("Structures dont le budget n'atteint pas 100 000 €", "lt", "budget", 100_000),
        ("Structures dont le budget ne dépasse pas 300 000 €", "lte", "budget", 300_000),
        ("Which structures have three or more projects under study?", "gte", "projets", 3),
        ("Structures comptant 3 projets ou plus en étude de faisabilité", "gte", "projets", 3),
    ],
)
def test_negated_bounds_and_numbers_in_words(
    question: str, op: str, measure: str, value: float
) -> None:
    query = plan(question)
    assert query is not None, question
    assert (query["op"], query["measure"], query["value"]) == (op, measure, value)


@pytest.mark.parametrize(
    ("question", "op", "measure"),
    [
        ("plus gros budget ?", "max", "budget"),
        ("reemploi : plus petit tonnage ?", "min", "tonnage"),
        ("Quelle structure a le budget le plus modeste ?", "min", "budget"),
        ("Laquelle a été créée en premier ?", "min", "annee_creation"),
        ("Name the longest-established organisation", "min", "annee_creation"),
        ("For the structures, what do their budgets add up to?", "sum", "budget"),
    ],
)
def test_superlatives_without_an_article(question: str, op: str, measure: str) -> None:
    query = plan(question)
    assert query is not None, question
    assert (query["op"], query.get("measure")) == (op, measure)


def test_chat_box_shorthand() -> None:
    ranked = plan("les 2 assos les + anciennes")
    assert ranked is not None and (ranked["op"], ranked["limit"]) == ("top", 2)
    grouped = plan("nb adherents par dept")
    assert grouped is not None and (grouped["group_by"], grouped["measure"]) == (
        "departement",
        "adherents",
    )
    pronoun = plan("du coup ça fait cb en tout", focus=["a", "b"])
    assert pronoun is not None and pronoun["op"] == "count"  # 'ça' is no chiffre d'affaires


def test_each_bound_of_a_range_in_its_own_unit() -> None:
    query = plan("Which have a budget between €500,000 and €1 million?")
    assert query is not None and (query["value"], query["value2"]) == (500_000, 1_000_000)
    small = plan("Budgets entre 1 et 2 millions d'euros ?")
    assert small is not None and (small["value"], small["value2"]) == (1_000_000, 2_000_000)


def test_nord_department_is_the_place_not_a_direction() -> None:
    from livret_qa.retrieval.places import departements_in

    assert departements_in("how many are based in the Nord department?") == ["59"]
    assert departements_in("au nord de la France") == []


def test_each_asks_every_value_not_a_total() -> None:
    query = plan("combien de salariés en insertion dans chacune ?", focus=["a", "b"])
    assert query is not None and (query["op"], query["measure"]) == ("list", "insertion")
    assert query["filters"]["structures"] == ["a", "b"]


@pytest.mark.parametrize(
    ("question", "op", "value"),
    [
        ("Quelles structures ont un budget de plus d'un demi-million d'euros ?", "gt", 500_000),
        ("Which structures have a budget over half a million euros?", "gt", 500_000),
        ("Structures dont le budget dépasse un demi million ?", "gt", 500_000),
        ("Which ones have a budget under a quarter of a million?", "lt", 250_000),
        ("Budget inférieur à un quart de million : lesquelles ?", "lt", 250_000),
        ("Lesquelles ont un budget au-dessus de 400 000 € ?", "gt", 400_000),
        ("Structures au dessus de 300k€ de budget ?", "gt", 300_000),
    ],
)
def test_amounts_said_in_words(question: str, op: str, value: float) -> None:
    query = plan(question)
    assert query is not None, question
    if query["op"] == "count":
        (cond,) = query["filters"]["conditions"]
        query = {**query, **cond}
    assert (query["op"], query["measure"], query["value"]) == (op, "budget", value)


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("budget de chaque structure", "budget"),
        ("list all structures with their budgets", "budget"),
        ("give me the number of employees for each initiative", "salaries"),
        ("toutes les structures avec leur nombre de bénévoles", "benevoles"),
        ("what is the turnover of every organisation?", "chiffre_affaires"),
    ],
)
def test_a_figure_of_every_structure_lists_each_value(question: str, measure: str) -> None:
    """'chaque', 'each', 'all structures with their …' ask each one's value, not a total."""
    query = plan(question)
    assert query is not None, question
    assert (query["op"], query.get("measure")) == ("list", measure)


@pytest.mark.parametrize(
    "question",
    [
        "combien de bénévoles au total pour toutes les structures ?",
        "total budget of all structures",
    ],
)
def test_a_total_over_every_structure_stays_a_total(question: str) -> None:
    query = plan(question)
    assert query is not None and query["op"] == "sum"
