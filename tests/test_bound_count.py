"""The number of a line bound to the thing asked (bound_count.py): synthetic lines counting
several things side by side, each asked of a thing that is not the line's first count."""

from __future__ import annotations

import pytest

from livret_qa.answering.bound_count import bound_phrase, segments
from livret_qa.indexing.analyzer import analyze


def _weigh(question: str):
    asked = set(analyze(question))
    return lambda text: float(len(asked & set(analyze(text))))


@pytest.mark.parametrize(
    ("line", "question", "expected"),
    [
        # a noun counted after its number, the second of three
        (
            "12 cageots de pommes, 40 bocaux de confiture et 8 paniers vendus chaque mois",
            "combien de bocaux de confiture ?",
            "40 bocaux de confiture",
        ),
        # one noun counted twice, told apart by its qualifier
        (
            "210 adhérents particuliers et 34 adhérents professionnels du territoire",
            "combien d'adhérents professionnels ?",
            "34 adhérents professionnels du territoire",
        ),
        # a sum bound to the noun BEFORE it ('X de N €')
        (
            "950 000 € avec une part de mécénat de près de 75 000€ (2022)",
            "le mécénat représente combien ?",
            "une part de mécénat de près de 75 000€",
        ),
        # a count after a unit measure, in the same clause
        (
            "4 200 heures d'ateliers animées par 7 bénévoles réguliers",
            "combien de bénévoles réguliers ?",
            "7 bénévoles réguliers",
        ),
        # a count after a list in parentheses and semicolons
        (
            "3 boutiques (centre ; gare ; marché couvert) 9 points relais",
            "combien de points relais ?",
            "9 points relais",
        ),
        # a count said after a year that is no count
        (
            "en 2019, 15 communes partenaires et 120 familles accueillies",
            "combien de familles accueillies ?",
            "120 familles accueillies",
        ),
    ],
)
def test_the_number_bound_to_the_thing_asked(line: str, question: str, expected: str) -> None:
    assert bound_phrase(line, _weigh(question)) == expected


@pytest.mark.parametrize(
    ("line", "question"),
    [
        # the first count is the one asked: the line answers as it stands
        ("12 cageots de pommes et 40 bocaux de confiture", "combien de cageots de pommes ?"),
        # a single number: nothing to tell apart
        ("75 tonnes de cartons collectées en 2021", "combien de cartons ?"),
        # no count names the thing asked
        ("12 cageots de pommes et 40 bocaux de confiture", "combien de vélos ?"),
        # two counts weigh alike: none is chosen
        ("20 vélos adultes et 30 vélos enfants", "combien de vélos ?"),
    ],
)
def test_no_other_number_when_none_is_bound_apart(line: str, question: str) -> None:
    assert bound_phrase(line, _weigh(question)) is None


def test_the_noun_counted_outweighs_the_other_words_asked() -> None:
    # '… ateliers … cumulant 480 participations' asked of participations in the workshops
    line = "52 ateliers de cuisine collective cumulant 480 participations"
    counted = lambda text: "particip" in set(analyze(text))  # noqa: E731
    weigh = _weigh("combien de participations aux ateliers de cuisine ?")
    assert bound_phrase(line, weigh) is None  # without it, the workshops' count leads
    assert bound_phrase(line, weigh, counted) == "480 participations"


def test_years_and_digits_of_words_are_no_counts() -> None:
    found = [s.number for s in segments("Synapse 3i : 40 postes (2019) et 12 D3E en 2020")]
    assert found == ["40", "12"]


@pytest.mark.parametrize(
    ("question", "fiche_id", "value"),
    [
        (
            "APVO : le nombre de volailles bios vendues ?",
            "association-des-producteurs-des-vallees-de-l-oise",
            "25 volailles",
        ),
        ("Synapse 3i compte combien de formateurs ?", "synapse-3i", "5 formateurs"),
        (
            "Panier de la Mer 62, nombre de personnes physiques clientes ?",
            "le-panier-de-la-mer-62",
            "71 personnes physiques",
        ),
        (
            "Le Bois de Deux Mains emploie combien d'alternants ?",
            "le-bois-de-deux-mains",
            "3 contrats en alternance",
        ),
        ("nombre de vetibox chez VESTALI ?", "vestali", "6 vetibox"),
    ],
)
def test_a_figure_answer_leads_with_the_count_asked(
    engine, question: str, fiche_id: str, value: str
) -> None:  # type: ignore[no-untyped-def]
    from livret_qa.answering.compose import ask

    answer = ask(engine, question, [])
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures][:1] == [fiche_id]
    head = answer.answer.split("[1]")[0]
    assert value in head, answer.answer


_BUDGET_TURN = [
    {"role": "user", "content": "Le Panier de la Mer, il a quel budget ?"},
    {"role": "assistant", "content": "Le Panier de la Mer 62 : 608 000 € (2020)."},
]


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("how much of that is donations in kind?", _BUDGET_TURN),
        ("et les dons en nature, ça fait quelle somme ?", _BUDGET_TURN),
        ("et les dons en nature ?", _BUDGET_TURN),
        ("quel montant de dons en nature pour le Panier de la Mer ?", []),
        ("How much money comes from in-kind donations at the Panier de la Mer?", []),
        ("Le Panier de la Mer reçoit combien en dons en nature ?", []),
        # the noun counted put first, then 'combien' (a noun figure, no measure named)
        ("et les dons en nature ça représente combien ?", _BUDGET_TURN),
        ("combien de dons en nature au Panier de la Mer ?", []),
    ],
)
def test_a_part_of_a_sum_is_answered_by_its_own_amount(
    engine, question: str, history: list[dict[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    """Class: a part of a sum asked ('the in-kind donations') that the sum's line states
    with its own amount ('608 000 € avec une valorisation de dons en nature de plus de
    40 000€'): that amount, not the line's first one, nor a refusal."""
    from livret_qa.answering.compose import ask

    answer = ask(engine, question, history)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures][:1] == ["le-panier-de-la-mer-62"]
    head = answer.answer.split("[1]")[0]
    assert "40 000" in head and "608 000" not in head, answer.answer


def test_a_noun_counted_by_no_number_picks_none() -> None:
    # 'combien de poulets … chaque quinzaine ?' of a line counting no 'poulets': the words
    # 'chaque quinzaine' bind the last count, but the noun asked is counted by none
    line = "15 colis de viande, 25 volailles bios et 27 paniers vendus chaque quinzaine"
    counted = lambda text: "poulet" in set(analyze(text))  # noqa: E731
    weigh = _weigh("combien de poulets vendus chaque quinzaine ?")
    assert bound_phrase(line, weigh, counted) is None


@pytest.mark.parametrize(
    ("line", "noun", "expected"),
    [
        # a noun counted asks the sum it is the complement of, the noun before the amount
        (
            "608 000 € avec une valorisation de dons en nature de plus de 40 000€ (2020)",
            "dons",
            "une valorisation de dons en nature de plus de 40 000€",
        ),
        (
            "950 000 € dont une part de mécénat de 75 000 €",
            "mécénat",
            "une part de mécénat de 75 000 €",
        ),
        (
            "1,2 M€ avec des subventions de 300 000 euros",
            "subventions",
            "des subventions de 300 000 euros",
        ),
        ("120 salariés avec une part de femmes de 40 %", "femmes", "une part de femmes de 40 %"),
        # a count (no unit) still names its noun after it
        ("15 colis, 25 volailles bios et 27 paniers", "volailles", "25 volailles bios"),
    ],
)
def test_an_amount_counts_the_noun_it_completes(line: str, noun: str, expected: str) -> None:
    stems = set(analyze(noun))

    def counted(text: str) -> bool:
        return bool(stems & set(analyze(text)))

    assert bound_phrase(line, _weigh(noun), counted) == expected


def test_an_amount_after_another_noun_is_not_the_noun_asked() -> None:
    # 'dons' is counted by no amount: the budget's own number stays (None: no other one)
    line = "608 000 € avec une subvention de 40 000€"
    stems = set(analyze("dons"))
    assert bound_phrase(line, _weigh("dons"), lambda t: bool(stems & set(analyze(t)))) is None


@pytest.mark.parametrize(
    "question",
    [
        "Quel chiffre d'affaires a fait Il était deux fois en 2020 du fait de la crise ?",
        "What turnover did Il était deux fois make in 2020?",
        "CA 2020 de la ressourcerie Il était deux fois ?",
    ],
)
def test_a_measure_asked_keeps_the_number_its_words_count(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    """Class: a measure asked by its name ('chiffre d'affaires', 'CA', 'turnover') of a line
    holding another number near words the question also holds ('… sur 7,5 mois d'activité en
    2020 du fait de la pandémie'): the number the measure's own words count (53 177)."""
    from livret_qa.answering.compose import ask

    answer = ask(engine, question)
    head = answer.answer.split("[1]")[0]
    assert "53 177" in head, answer.answer
    assert "7,5" not in head or head.index("53 177") < head.index("7,5"), answer.answer
