"""A count, share or measure asked that the fiche does not state, met by another figure: the
figure given must be bound to the same counted noun, act, sub-population, period or person
the question asks; otherwise the answer abstains naming the nearest stated figure. Classes:
a count of things sold where they are counted given away or collected; founders asked by
the role's noun where a group founded it; an age asked of people; FTEs where only a
headcount is stated; a follow-up counting a noun of its own; a sub-count of a population the
question states; a share of a part not stated; a rate asked anew of another structure; a
count per period where only a total is stated. Each has answerable twins that must not
change. Synthetic questions, French and English."""

from __future__ import annotations

import pytest

from livret_qa.answering import counted_act, share_of, subcount
from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

Turns = list[dict[str, str]]


def _turn(question: str, answer: str) -> Turns:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


def _refused(engine: Engine, question: str, history: Turns | None = None) -> str:
    answer = ask(engine, question, history)
    assert answer.abstained, answer.answer
    return fold(answer.answer)


def _answered(engine: Engine, question: str, history: Turns | None = None) -> str:
    answer = ask(engine, question, history)
    assert not answer.abstained, answer.answer
    return fold(answer.answer)


# -- a count bound to another act -------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "clause"),
    [
        ("how many toys do they sell?", "3,5 tonnes de jouets collectes"),
        ("combien de jouets vendus ?", "3,5 tonnes de jouets collectes"),
        ("combien d'ordinateurs vend-elle ?", "1200 ordinateurs sont donnes par an"),
        ("how many computers are given away?", "500 ordinateurs vendus en 2020"),
    ],
)
def test_another_act_stated_is_not_the_act_asked(question: str, clause: str) -> None:
    assert counted_act.act_not_stated(fold(question), clause) is not None


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        ("how many toys do they collect?", "3,5 tonnes de jouets collectes"),
        ("combien d'ordinateurs donne-t-elle ?", "1200 ordinateurs sont donnes par an"),
        ("combien d'ateliers ?", "309 ateliers de valorisation culinaire"),
        ("how many objects sold?", "28 000 objets vendus en 2020"),
        ("combien d'objets le vendredi ?", "le vendredi, 40 objets collectes"),
        ("quelles donnees sur les objets ?", "40 objets collectes"),
    ],
)
def test_the_act_asked_or_none_keeps_the_figure(question: str, clause: str) -> None:
    assert counted_act.act_not_stated(fold(question), clause) is None


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("How many toys does La Remise Enjouée sell per week?", None),
        ("combien de jouets vendus par la Remise Enjouée en 2021 ?", None),
        (
            "ok and how many do they sell?",
            _turn("How many computers does Synapse 3i give away?", "1,200 a year."),
        ),
        (
            "et elle en vend combien ?",
            _turn("Combien d'ordinateurs donne Synapse 3i ?", "1 200 par an."),
        ),
    ],
)
def test_a_count_of_things_sold_is_not_a_count_given_or_collected(
    fake_engine: Engine, question: str, history: Turns | None
) -> None:
    _refused(fake_engine, question, history)


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        # a period asked too: the sentence closest in meaning counts another act, no answer
        "How many computers does Synapse 3i sell each year?",
        "How many computers are sold by Synapse 3i each year?",
    ],
)
def test_no_sentence_close_in_meaning_answers_another_act(engine: Engine, question: str) -> None:
    _refused(engine, question, None)


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("How many computers does Synapse 3i give away each year?", "1200"),
        ("Combien d'ordinateurs Synapse 3i donne-t-elle par an ?", "1200"),
        ("Combien de jouets La Remise Enjouée a-t-elle collectés ?", "3,5"),
    ],
)
def test_a_count_of_the_act_asked_is_answered(
    fake_engine: Engine, question: str, number: str
) -> None:
    assert number in _answered(fake_engine, question)


# -- founders asked by the role's noun ---------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "C'est qui les fondateurs de la ressourcerie de Campigneulles ?",
        "Who are the founders of Il était deux fois?",
        "Qui sont les fondatrices d'Il était deux fois ?",
    ],
)
def test_founders_asked_are_persons_a_group_names_none(fake_engine: Engine, question: str) -> None:
    assert "collectif d'habitants" in _refused(fake_engine, question)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("qui a créé Il était deux fois ?", "collectif d'habitants"),
        ("Who founded Il était deux fois?", "collectif d'habitants"),
        ("Who are the founders of the Producteurs des Vallées de l'Oise?", "pillot"),
    ],
)
def test_who_did_it_or_named_founders_are_answered(
    fake_engine: Engine, question: str, named: str
) -> None:
    assert named in _answered(fake_engine, question)


# -- an age asked of people ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Les salariés en insertion du Jardin de Cocagne ont quel âge en moyenne ?",
        "Les bénévoles de VESTALI, ils ont quel âge ?",
        "What's the average age of the insertion workers at Le Jardin de Cocagne?",
        "the volunteers at VESTALI are how old on average?",
    ],
)
def test_an_age_asked_after_people_is_theirs(question: str) -> None:
    assert asked_attribute(question) == ("unstated", "unstated:person_age", False)


@pytest.mark.parametrize("question", ["Le Jardin de Cocagne a quel âge ?", "How old is VESTALI?"])
def test_the_structures_age_is_still_its_creation(question: str) -> None:
    asked = asked_attribute(question)
    assert asked is not None and asked[1] == "event:creation"


def test_an_average_age_of_workers_is_refused(fake_engine: Engine) -> None:
    said = _refused(
        fake_engine, "Les salariés en insertion du Jardin de Cocagne ont quel âge en moyenne ?"
    )
    assert "2010" not in said


# -- FTEs where only a headcount is stated -------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    ["How many FTEs at Les Copains de Thiérache?", "Combien d'ETP aux Copains de Thiérache ?"],
)
def test_ftes_not_stated_give_the_headcount_as_nearest(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert "adherents" not in fold(answer.answer)


def test_ftes_stated_are_answered(fake_engine: Engine) -> None:
    assert "7,85" in _answered(fake_engine, "How many FTEs does Il était deux fois have?")


# -- a follow-up counting a noun of its own ------------------------------------------------------
_TURNOVER = _turn("What's the turnover of Les Copains de Thiérache?", "€160,000 in 2020.")


@pytest.mark.parametrize(
    "question", ["how many customers is that?", "et combien de clients ?", "how many buyers?"]
)
def test_a_follow_up_counting_its_own_noun_is_not_the_turnover(
    fake_engine: Engine, question: str
) -> None:
    said = _refused(fake_engine, question, _TURNOVER)
    assert "chiffre d'affaires" not in said.split("proche")[0]


@pytest.mark.parametrize(
    ("question", "history", "expected"),
    [
        ("and for VESTALI?", _TURNOVER, "measure:chiffre_affaires"),
        ("and in 2019?", _TURNOVER, "measure:chiffre_affaires"),
        (
            "combien chacune ?",
            _turn("Quelles structures ont fabriqué des masques pendant le covid ?", "Deux."),
            "",
        ),
    ],
)
def test_a_pointer_follow_up_keeps_the_previous_ask(
    fake_engine: Engine, question: str, history: Turns, expected: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert answer.plan["parts"][0]["attribute"] == expected
    assert answer.plan["parts"][0]["noun"] == ""


# -- a sub-count of a population the question states ---------------------------------------------
@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("Of the Jardin de Cocagne's 400 members, how many are students?", "students"),
        ("Sur les 400 adhérents du Jardin, combien sont des étudiants ?", "etudiants"),
        ("Parmi ses 85 salariés en insertion, combien sont des femmes ?", "femmes"),
        ("Among its 14 employees, how many of them are women?", "women"),
    ],
)
def test_the_part_counted_is_read(question: str, noun: str) -> None:
    assert subcount.part_counted(question) == noun


@pytest.mark.parametrize(
    "question",
    [
        "How many members does the Jardin de Cocagne have?",
        "Combien de salariés, et combien en insertion ?",
        "En 2020, combien de paniers ?",
    ],
)
def test_other_counts_are_no_sub_count(question: str) -> None:
    assert subcount.part_counted(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "Of the Jardin de Cocagne's 400 members, how many are students?",
        "Sur les 400 adhérents du Jardin de Cocagne, combien sont des étudiants ?",
    ],
)
def test_a_sub_count_not_stated_is_refused(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert len(answer.plan["parts"]) == 1


def test_a_sub_count_stated_is_answered(fake_engine: Engine) -> None:
    said = _answered(
        fake_engine,
        "Parmi les 400 adhérents du Jardin de Cocagne, combien sont concernés par les paniers "
        "solidaires ?",
    )
    assert "un tiers" in said


# -- a share of a part not stated ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("what share of its insertion workers are women?", "women"),
        ("quelle part des salaries sont des femmes ?", "des femmes"),
        ("what percentage of its staff have a disability?", "a disability"),
    ],
)
def test_the_part_a_share_counts_is_read(question: str, part: str) -> None:
    assert share_of.part_asked(question) == part


@pytest.mark.parametrize(
    "question",
    [
        "What share of Synapse 3i's insertion workers are women?",
        "Quelle part des salariés en insertion de Synapse 3i sont des femmes ?",
    ],
)
def test_a_share_of_another_part_is_refused(fake_engine: Engine, question: str) -> None:
    _refused(fake_engine, question)


@pytest.mark.parametrize(
    ("question", "share"),
    [
        ("Quelle part des salariés en insertion de Synapse 3i sont issus des quartiers ?", "50%"),
        ("What share of Synapse 3i's insertion workers come from priority neighbourhoods?", "50%"),
        ("Quel pourcentage des salariés de Synapse 3i sont en situation de handicap ?", "6%"),
    ],
)
def test_a_share_of_the_part_asked_is_answered(
    fake_engine: Engine, question: str, share: str
) -> None:
    assert share in _answered(fake_engine, question)


# -- a rate asked anew of another structure ------------------------------------------------------
_EXITS = _turn(
    "What's the positive outcome rate at Le Bois de Deux Mains?",
    "80% positive exits for its insertion employees in 2020.",
)


@pytest.mark.parametrize("question", ["and for Synapse 3i?", "et pour VESTALI ?"])
def test_a_rate_asked_anew_of_a_structure_stating_none_is_refused(
    fake_engine: Engine, question: str
) -> None:
    _refused(fake_engine, question, _EXITS)


def test_a_rate_asked_anew_of_the_structure_stating_it_is_answered(fake_engine: Engine) -> None:
    history = _turn("Quel est le taux de sorties positives de Synapse 3i ?", "Non indiqué.")
    assert "80%" in _answered(fake_engine, "et pour Le Bois de Deux Mains ?", history)


# -- a count per period where only a total is stated ---------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Combien d'ateliers cuisine par mois au Panier de la Mer ?",
        "Le Panier de la Mer fait combien d'ateliers par semaine ?",
    ],
)
def test_a_total_is_no_count_per_period(fake_engine: Engine, question: str) -> None:
    assert "309" in _refused(fake_engine, question)


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("Combien d'ateliers cuisine au Panier de la Mer ?", "309"),
        ("Combien de paniers par semaine le Jardin de Cocagne vend-il ?", "hebdomadaires"),
        ("How many baskets a week does the Jardin de Cocagne sell?", "hebdomadaires"),
    ],
)
def test_a_total_asked_or_a_rate_stated_is_answered(
    fake_engine: Engine, question: str, number: str
) -> None:
    assert number in _answered(fake_engine, question)


@pytest.mark.parametrize(
    "question", ["Which fiches give a tonnage figure?", "Quelles fiches donnent un tonnage ?"]
)
def test_an_act_framing_a_list_binds_no_count(question: str) -> None:
    assert counted_act.act_not_stated(fold(question), "3,5 tonnes de jouets collectes") is None


def test_a_verb_after_how_many_keeps_the_previous_ask(fake_engine: Engine) -> None:
    history = _turn("Does Synapse 3i have disabled employees?", "Yes, 6% of its staff.")
    answer = ask(fake_engine, "and how many come from priority neighbourhoods?", history)
    assert answer.plan["parts"][0]["noun"] == ""


def test_a_count_after_a_yes_no_question_keeps_it(fake_engine: Engine) -> None:
    history = _turn("Synapse 3i aide les gens à s'équiper en informatique ?", "Oui.")
    assert "1200" in _answered(fake_engine, "ils donnent combien d'ordis par an ?", history)
