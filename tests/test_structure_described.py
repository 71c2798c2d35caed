"""The structure a question means when it does not name it (class: the wrong structure
picked): a description with its town and kind or activity ('the Liévin sewing charity's
sales', 'Pour l'asso de Liévin : …', 'For the toy association: …'), a follow-up pointing at
'là-bas' typed without its accent, and a key figure whose object only one fiche weighs
('combien de kilos de jouets … ?'). Neighbours keep their answers: a description that fits no
structure of the town is refused, a total asked stays a total."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.context_preamble import asked_after_context
from livret_qa.answering.described_in_town import description_topic, through_its_place
from livret_qa.answering.figure_of_one import asks_one_figure, holder
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

# --- a preamble naming one structure by its description is the question's subject ---------


@pytest.mark.parametrize(
    "question",
    [
        "For the toy association: how many employees?",
        "Pour l'asso de Liévin : combien de salariés ?",
        "About the Boulogne one: who runs it?",
        "pour la ressourcerie de Campigneulles : quel budget ?",
    ],
)
def test_a_preamble_describing_one_structure_is_the_subject(question: str) -> None:
    assert asked_after_context(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "For a report: which structures are in the Somme?",
        "Pour une réunion : quelles structures sont dans le Nord ?",
        "For the associations of the booklet: which ones are in the Aisne?",
    ],
)
def test_a_preamble_telling_why_stays_a_preamble(question: str) -> None:
    assert asked_after_context(question) is not None


# --- the kind of a structure described is read from its description ------------------------


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("By how much did the Liévin sewing charity's sales grow in 2019?", "sewing charity"),
        ("combien de salariés à la ressourcerie de Campigneulles ?", "ressourcerie"),
    ],
)
def test_the_kind_is_read_in_the_description(question: str, words: str) -> None:
    topic = description_topic(question, fold(question), question)
    assert words in fold(topic)
    assert "grow" not in topic and "salari" not in fold(topic)


def test_a_question_describing_none_keeps_its_query() -> None:
    question = "Quel est le budget de VESTALI ?"
    assert description_topic(question, fold(question), "q") == "q"


# --- 'là-bas' without its accent points back -------------------------------------------------


@pytest.mark.parametrize(
    ("question", "points"),
    [
        ("qui je contacte la bas ?", True),
        ("ils ont combien de salariés labas ?", True),
        ("who do I call there?", True),
        ("la base de données ?", False),
        ("combien de bénévoles dans la banque alimentaire ?", False),
    ],
)
def test_la_bas_typed_plain_points_at_the_focus(question: str, points: bool) -> None:
    assert bool(lx.SINGULAR_REFERENCE.search(fold(question))) is points


# --- a key figure whose object one fiche weighs ----------------------------------------------

QUOTES = {
    "toys": ["**3,5** tonnes de jouets collectés de janvier à fin juin 2021"],
    "fish": [
        "**51** tonnes de poissons collectés venant des criées",
        "**35** tonnes de produits collectés issus de dons d'entreprise",
    ],
    "objects": ["**45** tonnes d'objets collectés sur 7,5 mois d'activité en 2020"],
    "digital": ["**150 000** tonnes de déchets numériques traitées en 2020."],
}


@pytest.mark.parametrize(
    ("question", "fiche"),
    [
        ("combien de kilos de jouets récupérés la première moitié de 2021 ?", "toys"),
        ("combien de tonnes de poisson viennent des criées ?", "fish"),
        ("How many tonnes of fish come from the auctions?", "fish"),
        ("what weight of toys was collected?", "toys"),
        ("combien de tonnes de déchets numériques ?", "digital"),
    ],
)
def test_the_one_fiche_weighing_the_object_is_asked(question: str, fiche: str) -> None:
    assert holder(question, QUOTES) == fiche


@pytest.mark.parametrize(
    "question",
    [
        "combien de tonnes collectées en 2020 ?",  # a year tells nothing apart
        "how many tonnes are collected?",  # every fiche collects
        "combien de tonnes de jouets et de poissons ?",  # two fiches' objects
    ],
)
def test_no_object_or_several_keep_the_total(question: str) -> None:
    assert holder(question, QUOTES) is None


@pytest.mark.parametrize(
    ("question", "query", "measure"),
    [
        (
            "combien de kilos de jouets ?",
            {"op": "sum", "measure": "tonnage", "filters": {}},
            "tonnage",
        ),
        ("combien de tonnes au total ?", {"op": "sum", "measure": "tonnage", "filters": {}}, None),
        ("how many tonnes combined?", {"op": "sum", "measure": "tonnage", "filters": {}}, None),
        (
            "combien de tonnes dans le Nord ?",
            {"op": "sum", "measure": "tonnage", "filters": {"departement": ["59"]}},
            None,
        ),
        ("la plus grosse ?", {"op": "max", "measure": "tonnage", "filters": {}}, None),
    ],
)
def test_only_a_booklet_wide_sum_asking_no_total(
    question: str, query: dict[str, object], measure: str | None
) -> None:
    assert asks_one_figure(question, query) == measure


# --- behaviour on the real booklet -------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "fiche"),
    [
        ("By how much did the Liévin sewing charity's sales grow in 2019?", "vestali"),
        ("For the toy association: how many employees?", "la-remise-enjouee"),
        ("Pour l'asso de Liévin : combien de salariés ?", "vestali"),
        ("combien de kilos de jouets récupérés la première moitié de 2021 ?", "la-remise-enjouee"),
        ("How many tonnes of fish come from the auctions?", "le-panier-de-la-mer-62"),
        ("combien de tonnes de bois sont collectées par an ?", "le-bois-de-deux-mains"),
    ],
)
def test_the_structure_described_is_answered(engine: Engine, question: str, fiche: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures][:1] == [fiche], answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "le jardin de Boulogne a combien de salariés ?",  # Boulogne's one is no garden
        "How many members does the Pommiers garden have?",
    ],
)
def test_a_description_fitting_none_of_the_town_is_refused(engine: Engine, question: str) -> None:
    assert ask(engine, question).abstained


@pytest.mark.parametrize(
    "question", ["combien de tonnes collectées au total ?", "combien de bénévoles ?"]
)
def test_a_total_stays_a_total(engine: Engine, question: str) -> None:
    assert len(ask(engine, question).structures) > 1


def test_la_bas_keeps_the_focus(engine: Engine) -> None:
    history = [
        {"role": "user", "content": "panier de la mer c'est ou exactement"},
        {"role": "assistant", "content": "5, rue de Verdun à Boulogne-sur-Mer (Pas-de-Calais)."},
        {"role": "user", "content": "qui je contacte la bas ?"},
        {"role": "assistant", "content": "Sophie Cazenave, la directrice, au 03 21 33 70 74."},
    ]
    answer = ask(engine, "et ils ont ete crees quand ?", history)
    assert [s.fiche_id for s in answer.structures] == ["le-panier-de-la-mer-62"], answer.answer


# --- a name's head in lower case where a user puts the structure: after 'à la', 'au' --------


@pytest.mark.parametrize(
    ("question", "fiche"),
    [
        ("y a des benevoles a la remise ?", "la-remise-enjouee"),
        ("leur site de vente en ligne il a été lancé quand a la remise", "la-remise-enjouee"),
        ("combien de salaries chez les copains ?", "les-copains-de-thierache"),
        ("what do they do at the bois?", "le-bois-de-deux-mains"),
    ],
)
def test_a_lower_case_head_at_the_end_after_a_names(
    fake_engine: Engine, question: str, fiche: str
) -> None:
    assert fake_engine.mentions.mentioned(question) == [fiche]


@pytest.mark.parametrize(
    "question",
    [
        "la remise à la disposition des ordinateurs, qui fait ça ?",  # a clause, not a name
        "qui travaille le bois ?",  # no 'à' before it
        "mais qui collecte du bois ?",  # partitive
        "combien de remise en état ?",
        "ils font la remise ?",
        "y a des benevoles a l'association ?",  # no name's own head
    ],
)
def test_an_everyday_word_inside_a_clause_names_none(fake_engine: Engine, question: str) -> None:
    assert fake_engine.mentions.mentioned(question) == []


def test_the_one_of_a_list_whose_figure_weighs_the_thing(engine: Engine) -> None:
    history = [
        {"role": "user", "content": "What reuse projects are there in the booklet?"},
        {
            "role": "assistant",
            "content": "Five: Il était deux fois, La Remise Enjouée, Le Bois de Deux Mains, "
            "Synapse 3i and VESTALI.",
        },
    ]
    answer = ask(engine, "and the wood people, how many tonnes did they collect?", history)
    assert [s.fiche_id for s in answer.structures] == ["le-bois-de-deux-mains"], answer.answer
    total = ask(engine, "how many tonnes did they collect altogether?", history)
    assert len(total.structures) > 1, total.answer


# --- the words between a kind and its town describe it ------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "places", "rest"),
    [
        ("le budget de l'atelier informatique d'Amiens ?", "l'atelier", ["Amiens"], " ?"),
        ("salariés à l'épicerie solidaire de Guise ?", "l'épicerie", ["Guise"], " ?"),
        (
            "la ressourcerie de jouets de Villeneuve vend quoi ?",
            "la ressourcerie",
            ["Villeneuve"],
            " vend quoi ?",
        ),
        ("the workshop in Pommiers, budget?", "the workshop", ["Pommiers"], ", budget?"),
    ],
)
def test_a_description_reaches_its_town(text: str, kind: str, places: list[str], rest: str) -> None:
    end = text.index(kind) + len(kind)
    assert text[through_its_place(text, end, places) :] == rest


@pytest.mark.parametrize(
    ("text", "kind", "places"),
    [
        (
            "qui dirige l'association ? elle est à Guise",
            "l'association",
            ["Guise"],
        ),  # a clause after
        ("l'atelier qui fait des meubles et vend beaucoup à Pommiers", "l'atelier", ["Pommiers"]),
        ("le budget de l'atelier ?", "l'atelier", []),
    ],
)
def test_a_town_far_from_the_kind_or_none_ends_nothing(
    text: str, kind: str, places: list[str]
) -> None:
    end = text.index(kind) + len(kind)
    assert through_its_place(text, end, places) == end


@pytest.mark.parametrize(
    ("question", "fiche"),
    [
        ("quel est le budget de l'atelier informatique d'Amiens ?", "synapse-3i"),
        ("combien de salariés à l'épicerie solidaire de Guise ?", "les-copains-de-thierache"),
    ],
)
def test_the_words_describing_it_are_not_asked(engine: Engine, question: str, fiche: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche], answer.answer
