"""Follow-ups of round 32's classes, on synthetic conversations whose assistant turns a
client wrote in its own words:

- 'les autres ?', 'the rest?' after an answer naming one or two of a list: the others
  answering that list, not the rest of the booklet (planner._rest_of_list);
- "et les autres, elles sont où ?", "et l'autre ?" after an answer saying other structures of
  the booklet stand in the same place: those standing there (said_place.py);
- 'et vendu ?', 'and sold?' after a figure of things collected: that figure of things sold,
  refused when the fiche states none (act_switch.py)."""

from __future__ import annotations

import pytest

from livret_qa.answering import own_action
from livret_qa.answering.act_switch import switched_act, with_act
from livret_qa.answering.compose import ask
from livret_qa.answering.list_followups import switched_year
from livret_qa.answering.planner import declarative_verb
from livret_qa.answering.said_place import place_said, shared_place

TOWNS = ["Villeneuve d'Ascq", "Amiens", "Liévin", "Guise"]


def _turns(*texts: str) -> list[dict[str, str]]:
    return [
        {"role": "user" if n % 2 == 0 else "assistant", "content": t} for n, t in enumerate(texts)
    ]


# -- said_place ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "departements", "towns"),
    [
        (
            "À Liévin (Pas-de-Calais). D'autres structures sont aussi dans ce département.",
            ["62"],
            [],
        ),
        (
            "Rue X, 02100 Guise, dans l'Aisne ; une autre initiative est dans le même département.",
            ["02"],
            [],
        ),
        ("Based in Amiens, Somme. Two other projects are in the same department.", ["80"], []),
        (
            "C'est à Villeneuve-d'Ascq, et une autre structure du livret est dans la même ville.",
            [],
            ["Villeneuve d'Ascq"],
        ),
        ("It's in Amiens; another one is also in this town.", [], ["Amiens"]),
    ],
)
def test_the_place_others_share_is_read_from_the_answer(
    said: str, departements: list[str], towns: list[str]
) -> None:
    assert place_said(said, TOWNS) == (departements, towns)


@pytest.mark.parametrize(
    "said",
    [
        "Elle est à Liévin, dans le Pas-de-Calais.",
        "Other structures work in the same field.",
        "Il y a d'autres ressourceries dans le livret.",
        "In Amiens, the same town as its head office.",
        "Le même département finance d'autres actions.",
    ],
)
def test_an_answer_saying_no_shared_place_gives_none(said: str) -> None:
    assert shared_place(said) is None


@pytest.mark.parametrize(
    ("history", "question", "expected"),
    [
        (
            (
                "Le Bois de Deux Mains se trouve où ?",
                "À Pommiers (Aisne). Une autre initiative du livret est aussi dans ce département.",
            ),
            "et les autres, elles sont où ?",
            {"les-copains-de-thierache"},
        ),
        (
            (
                "Where is VESTALI located?",
                "In Liévin, Pas-de-Calais. A couple of other projects are in the same département.",
            ),
            "and the others?",
            {"le-panier-de-la-mer-62", "il-etait-deux-fois"},
        ),
        (
            (
                "La Remise Enjouée, c'est où ?",
                "5 rue Héloïse à Villeneuve-d'Ascq. Il y a une autre structure dans la même ville.",
            ),
            "et l'autre, elle est où ?",
            {"le-jardin-de-cocagne-de-la-haute-borne"},
        ),
        (
            (
                "Les Copains de Thiérache sont où ?",
                "À Guise (Aisne) ; d'autres structures sont aussi dans ce département.",
            ),
            "les autres ?",
            {"le-bois-de-deux-mains"},
        ),
        (
            (
                "Where's Le Panier de la Mer 62?",
                "Boulogne-sur-Mer (62). Other booklet projects are also in that department.",
            ),
            "the others, where are they?",
            {"il-etait-deux-fois", "vestali"},
        ),
    ],
)
def test_the_others_are_those_of_the_place_said(
    engine, history: tuple[str, str], question: str, expected: set[str]
) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, question, _turns(*history))
    assert not answer.abstained
    assert {s.fiche_id for s in answer.structures} == expected


# -- rest of a list shown in part -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("history", "question", "expected"),
    [
        (
            (
                "Quelles structures du livret sont dans le Pas-de-Calais ?",
                "Il y a par exemple Le Panier de la Mer 62, à Boulogne-sur-Mer.",
            ),
            "les autres ?",
            {"il-etait-deux-fois", "vestali"},
        ),
        (
            (
                "Which organisations in the booklet are based in the Aisne?",
                "Les Copains de Thiérache, in Guise.",
            ),
            "the rest?",
            {"le-bois-de-deux-mains"},
        ),
        (
            (
                "Qui est dans le département du Nord ?",
                "La Remise Enjouée, une ressourcerie du jouet.",
            ),
            "et les autres ?",
            {"le-jardin-de-cocagne-de-la-haute-borne"},
        ),
        (
            ("Which organisations are in the Pas-de-Calais?", "Il était deux fois and VESTALI."),
            "and the rest?",
            {"le-panier-de-la-mer-62"},
        ),
        (
            (
                "Cite une structure qui travaille avec CAP 3C",
                "Il était deux fois, pour un logiciel.",
            ),
            "les autres ?",
            {"synapse-3i"},
        ),
    ],
)
def test_the_others_of_a_list_shown_in_part(
    engine, history: tuple[str, str], question: str, expected: set[str]
) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, question, _turns(*history))
    assert not answer.abstained
    assert {s.fiche_id for s in answer.structures} == expected


# -- act switched -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "act"),
    [
        ("et vendu ?", "vendu"),
        ("and sold?", "sold"),
        ("et ils en ont vendu combien ?", "vendu"),
        ("ok and given away?", "given"),
        ("what about sold?", "sold"),
        ("et donnés ?", "donnés"),
    ],
)
def test_an_act_alone_is_read(question: str, act: str) -> None:
    assert switched_act(question) == act


@pytest.mark.parametrize(
    "question",
    [
        "et vendu à qui ?",
        "et leurs ventes en euros ?",
        "et VESTALI ?",
        "et en 2020 ?",
        "sold where?",
    ],
)
def test_other_follow_ups_switch_no_act(question: str) -> None:
    assert switched_act(question) is None


@pytest.mark.parametrize(
    ("asked", "act", "expected"),
    [
        (
            "Combien de tonnes ont-ils collectées ?",
            "vendues",
            "Combien de tonnes ont-ils vendues ?",
        ),
        ("How many toys do they collect?", "sold", "How many toys do they sold?"),
        (
            "Combien de tonnes produisent-ils ?",
            "vendues",
            "Combien de tonnes produisent-ils vendues ?",
        ),
        (
            "How many computers are given away each year?",
            "sold",
            "How many computers are sold away each year?",
        ),
        (
            "Combien d'objets sont récupérés par an ?",
            "vendus",
            "Combien d'objets sont vendus par an ?",
        ),
    ],
)
def test_the_act_is_switched_in_the_last_question(asked: str, act: str, expected: str) -> None:
    assert with_act(asked, act) == expected


@pytest.mark.parametrize(
    ("history", "question", "fiche"),
    [
        (
            ("How many tonnes of toys did La Remise Enjouée collect?", "3.5 tonnes by June 2021."),
            "and sold?",
            "la-remise-enjouee",
        ),
        (
            ("Combien de tonnes d'objets Il était deux fois a-t-elle collectées ?", "45 tonnes."),
            "et vendu ?",
            "il-etait-deux-fois",
        ),
        (
            ("How much wood does Le Bois de Deux Mains collect each year?", "1,100 tonnes a year."),
            "and sold?",
            "le-bois-de-deux-mains",
        ),
        (
            ("Le Bois de Deux Mains récupère combien de tonnes de bois ?", "1 100 tonnes par an."),
            "et vendues ?",
            "le-bois-de-deux-mains",
        ),
        (
            ("Combien de jouets La Remise Enjouée récupère-t-elle ?", "3,5 tonnes."),
            "et vendus ?",
            "la-remise-enjouee",
        ),
    ],
)
def test_a_figure_of_another_act_is_no_answer(
    engine, history: tuple[str, str], question: str, fiche: str
) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, question, _turns(*history))
    assert answer.abstained
    assert [s.fiche_id for s in answer.structures][:1] == [fiche]


def test_a_figure_stating_the_act_asked_answers(engine) -> None:  # type: ignore[no-untyped-def]
    history = _turns("Le Jardin de Cocagne produit combien de tonnes par an ?", "60 tonnes.")
    answer = ask(engine, "et vendues ?", history)
    assert not answer.abstained
    assert "60" in answer.answer


# -- the holder of a role a refused turn named -------------------------------------------------


@pytest.mark.parametrize(
    ("history", "question", "fiche", "name"),
    [
        (
            ("Le chef de projet du Bois de Deux Mains, il a quel âge ?", "Ce n'est pas indiqué."),
            "et il s'appelle comment ?",
            "le-bois-de-deux-mains",
            "Renard",
        ),
        (
            ("How much does the director of Synapse 3i earn?", "The booklet gives no salaries."),
            "what's his name?",
            "synapse-3i",
            "Motte",
        ),
        (
            ("La directrice de VESTALI a quel âge ?", "Le livret ne le dit pas."),
            "c'est qui ?",
            "vestali",
            "Mar",
        ),
        (
            ("How old is the director of Synapse 3i?", "No age is given in the booklet."),
            "and who is he?",
            "synapse-3i",
            "Motte",
        ),
        (
            ("Le directeur de Synapse 3i gagne combien ?", "Pas de salaire dans le livret."),
            "ok, son nom ?",
            "synapse-3i",
            "Motte",
        ),
    ],
)
def test_the_holder_of_the_role_a_refused_turn_named(
    engine, history: tuple[str, str], question: str, fiche: str, name: str
) -> None:  # type: ignore[no-untyped-def]
    answer = ask(engine, question, _turns(*history))
    assert not answer.abstained
    assert [s.fiche_id for s in answer.structures] == [fiche]
    assert name.lower() in answer.answer.lower()


# -- a year switched after a list bound by a year ----------------------------------------------


@pytest.mark.parametrize(
    ("last", "question", "expected"),
    [
        (
            "Quelles associations ont été créées en 2015 ?",
            "et en 2017 ?",
            "Quelles associations ont été créées en 2017 ?",
        ),
        (
            "Which structures started their action in 2020?",
            "and in 2021?",
            "Which structures started their action in 2021?",
        ),
        (
            "Quelles structures ont démarré en 2019 ?",
            "et pour 2020 ?",
            "Quelles structures ont démarré en 2020 ?",
        ),
        (
            "Which organisations were founded in 2009?",
            "what about 2014?",
            "Which organisations were founded in 2014?",
        ),
        ("Quelles initiatives datent de 2016 ?", "2018 ?", "Quelles initiatives datent de 2018 ?"),
    ],
)
def test_a_year_alone_asks_the_list_anew(last: str, question: str, expected: str) -> None:
    history = _turns(last, "Une ou deux structures.")
    assert switched_year(question, history) == expected


@pytest.mark.parametrize(
    ("last", "question"),
    [
        ("Combien de bénévoles avait VESTALI en 2019 ?", "et en 2020 ?"),  # one structure's figure
        ("Quelles associations ont été créées en 2015 ?", "et leur budget en 2017 ?"),
        ("Quelles associations ont été créées en 2015 ?", "et en 2015 ?"),
        ("Which structures are in the Nord?", "and in 2020?"),  # no year to switch
        ("Quelles structures ont démarré entre 2019 et 2021 ?", "et en 2018 ?"),  # two years
    ],
)
def test_other_follow_ups_switch_no_year(last: str, question: str) -> None:
    assert switched_year(question, _turns(last, "Quelques-unes.")) is None


def test_the_list_of_the_new_year_is_answered(engine) -> None:  # type: ignore[no-untyped-def]
    history = _turns("Quelles associations ont été créées en 2015 ?", "Les Copains et le Bois.")
    answer = ask(engine, "et en 2017 ?", history)
    assert [s.fiche_id for s in answer.structures] == ["il-etait-deux-fois"]


# -- 'where' of a verb of its own after a refused or answered attribute ------------------------


@pytest.mark.parametrize(
    ("last", "question", "lang"),
    [
        ("combien coute un colis de viande ?", "ok et on les recupere ou ?", "fr"),
        ("how much is a basket?", "and where do i pick it up?", "en"),
        ("quel est leur budget ?", "ils vendent ou ?", "fr"),
        ("when did the shop open?", "where do they sell the toys?", "en"),
        ("combien coute un meuble ?", "ou est-ce qu'on les achete ?", "fr"),
    ],
)
def test_where_of_a_verb_of_its_own_is_its_own_ask(last: str, question: str, lang: str) -> None:
    assert own_action.asks_new_action(question, last, lambda w: declarative_verb(w, lang))


@pytest.mark.parametrize(
    ("last", "question"),
    [
        ("quand a ete creee la remise enjouee ?", "et ils sont ou ?"),  # a frame verb
        ("how much is a basket?", "where?"),
        ("ou vendent-ils ?", "et ils vendent ou en 2020 ?"),  # the last question's own verb
        ("quel est leur budget ?", "ou ca ?"),
        ("who runs it?", "where is it?"),
    ],
)
def test_where_alone_or_of_the_same_verb_is_no_own_ask(last: str, question: str) -> None:
    assert not own_action.asks_new_action(question, last, lambda w: declarative_verb(w, "fr"))


def test_a_place_asked_after_a_refused_price_is_not_refused_as_a_price(engine) -> None:  # type: ignore[no-untyped-def]
    history = _turns(
        "Combien coûte un colis viande au drive de l'APVO ?", "Le prix n'est pas donné."
    )
    answer = ask(engine, "ok et on les récupère où ?", history)
    assert not answer.abstained
    assert [s.fiche_id for s in answer.structures][:1] == [
        "association-des-producteurs-des-vallees-de-l-oise"
    ]
