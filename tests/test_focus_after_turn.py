"""The structure in focus after a turn: which structure a follow-up points at. Synthetic
conversations over the real booklet, the assistant turns written by hand as a client or a
language model would word them (a list, prose naming two, an answer naming none, an address).
Classes:
- 'and the other one?' after an answer naming two, none picked yet: the one not named first;
- a pick whose answer names none ('the veg one, how many staff?' answered '7 permanent …'):
  the one picked is in focus, so 'the other one' is the one left out, 'who runs it?' the one
  picked, and 'the clothes one?' picks again in the list;
- an address quoted in an answer ('quartier de la Haute Borne') names no structure called
  after that quarter;
- a correction describing the one meant by its kind and place ('sorry I meant the
  ressourcerie in the Pas-de-Calais, not the fish one');
- 'et l'autre structure de Villeneuve-d'Ascq ?' after one structure: the other one there;
- 'a charter for suppliers?': the English word reads the fiche's 'fournisseurs'."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.correction import corrects_structure, meant_part, placed_kind
from livret_qa.text import fold

AISNE = [
    {"role": "user", "content": "Which structures are in the Aisne?"},
    {
        "role": "assistant",
        "content": "Two: Les Copains de Thiérache in Guise and Le Bois de Deux Mains in Pommiers.",
    },
]
AISNE_FR = [
    {"role": "user", "content": "Quelles structures sont dans l'Aisne ?"},
    {
        "role": "assistant",
        "content": "1. Les Copains de Thiérache (Guise)\n2. Le Bois de Deux Mains (Pommiers)",
    },
]
NORD = [
    {"role": "user", "content": "Which structures are in the Nord?"},
    {
        "role": "assistant",
        "content": "Two, both in Villeneuve-d'Ascq: the Jardin de Cocagne de la Haute Borne "
        "and La Remise Enjouée.",
    },
]
PAS_DE_CALAIS = [
    {"role": "user", "content": "Which structures are in the Pas-de-Calais?"},
    {
        "role": "assistant",
        "content": "Three: VESTALI in Liévin, Il était deux fois in Campigneulles-les-Petites "
        "and Le panier de la mer 62 in Boulogne-sur-Mer.",
    },
]


def _ids(engine, question: str, history: list[dict[str, str]]) -> list[str]:  # type: ignore[no-untyped-def]
    answer = ask(engine, question, history)
    return [] if answer.abstained else [s.fiche_id for s in answer.structures]


@pytest.mark.parametrize(
    ("history", "question"),
    [
        (AISNE, "and the other one, what's its budget?"),
        (AISNE, "the other one?"),
        (AISNE_FR, "et l'autre, elle a été créée quand ?"),
        (AISNE_FR, "et l'autre ?"),
    ],
)
def test_the_other_one_of_two_named_is_the_second(engine, history, question) -> None:  # type: ignore[no-untyped-def]
    assert _ids(engine, question, history)[:1] == ["le-bois-de-deux-mains"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "and the first one, when was it founded?",
            ["les-copains-de-thierache"],
        ),  # must not change
        ("la deuxième, combien de salariés ?", ["le-bois-de-deux-mains"]),
    ],
)
def test_positions_in_two_named_are_unchanged(engine, question, expected) -> None:  # type: ignore[no-untyped-def]
    assert _ids(engine, question, AISNE)[:1] == expected


@pytest.mark.parametrize(
    ("pick", "said", "question"),
    [
        (
            "the veg one, how many staff?",
            "7 permanent staff, 1 apprentice and 30 others.",
            "and the other one?",
        ),
        ("the vegetable one, who runs it?", "The director, I think.", "what about the other one?"),
        ("celle des légumes, combien de salariés ?", "Une trentaine.", "et l'autre ?"),
    ],
)
def test_the_other_one_after_a_pick_whose_answer_names_none(engine, pick, said, question) -> None:  # type: ignore[no-untyped-def]
    history = [*NORD, {"role": "user", "content": pick}, {"role": "assistant", "content": said}]
    assert _ids(engine, question, history)[:1] == ["la-remise-enjouee"]


def _after_fish(question_said: str = "51 t from the auctions.") -> list[dict[str, str]]:
    return [
        *PAS_DE_CALAIS,
        {"role": "user", "content": "the fish one, how many tonnes?"},
        {"role": "assistant", "content": question_said},
    ]


def test_it_after_a_pick_whose_answer_names_none_is_the_one_picked(engine) -> None:  # type: ignore[no-untyped-def]
    for question in ("who runs it?", "qui la dirige ?"):
        assert _ids(engine, question, _after_fish())[:1] == ["le-panier-de-la-mer-62"]


def test_another_pick_by_thing_counts_in_the_list(engine) -> None:  # type: ignore[no-untyped-def]
    for question in ("and the clothes one?", "et celle des vêtements ?"):
        answer = ask(engine, question, _after_fish())
        assert not answer.abstained, answer.answer  # 'fish', 'clothes' picked, not asked
        assert [s.fiche_id for s in answer.structures][:1] == ["vestali"], answer.answer


@pytest.mark.parametrize(
    "said",
    [
        "5 rue Héloïse, quartier de la Haute Borne, 59650 Villeneuve-d'Ascq.",
        "It's at 5 rue Héloïse, in the Haute Borne district of Villeneuve-d'Ascq.",
        "Rue Héloïse, Quartier de la Haute Borne ; siège à Anstaing (site Damaflor).",
    ],
)
def test_an_address_quoted_names_no_structure(engine, said) -> None:  # type: ignore[no-untyped-def]
    history = [
        {"role": "user", "content": "la remise enjouée elle est où ?"},
        {"role": "assistant", "content": said},
    ]
    for question in ("qui la dirige ?", "who runs it?"):
        assert _ids(engine, question, history)[:1] == ["la-remise-enjouee"]


def test_a_name_is_still_a_mention() -> None:
    """Must not change: a name holding the quarter's words is no address."""
    text = "Le Jardin de Cocagne de la Haute Borne et La Remise Enjouée."
    assert lx.ADDRESS_PLACE.sub(" ", text) == text


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("sorry I meant the ressourcerie in the Pas-de-Calais, not the fish one", "ressourcerie"),
        ("no, I meant the ressourcerie in the Pas-de-Calais", "ressourcerie"),
        ("non, je parlais de la ressourcerie du Pas-de-Calais", "ressourcerie"),
        ("désolé, je voulais dire la ressourcerie de Campigneulles, pas le panier", "ressourcerie"),
    ],
)
def test_a_correction_by_kind_and_place(engine, said, kind) -> None:  # type: ignore[no-untyped-def]
    folded = fold(said)
    assert corrects_structure(folded)
    assert placed_kind(meant_part(folded)) == kind
    history = [
        {"role": "user", "content": "What do they collect at the Panier de la Mer?"},
        {"role": "assistant", "content": "Fish unsold by the fishing industry: 51 t."},
    ]
    assert _ids(engine, said, history) == ["il-etait-deux-fois"]


@pytest.mark.parametrize(
    "said",
    [
        "no, I meant the shop's opening hours",  # the attribute corrected
        "non, je parlais du budget",
        "the ressourcerie in the Pas-de-Calais?",  # no correction: no opener
    ],
)
def test_no_correction_by_kind_and_place(said) -> None:  # type: ignore[no-untyped-def]
    assert not corrects_structure(fold(said))


def test_meant_part_keeps_an_opening_refusal() -> None:
    assert meant_part("pas celle-la, celle des meubles") == "pas celle-la, celle des meubles"
    assert meant_part("i meant the toy one, not the fish one") == "i meant the toy one"


@pytest.mark.parametrize(
    "question",
    [
        "et l'autre structure de Villeneuve-d'Ascq ?",
        "d'autres structures à Villeneuve d'Ascq ?",
        "and the other one in Villeneuve-d'Ascq?",
    ],
)
def test_the_other_one_in_a_town(engine, question) -> None:  # type: ignore[no-untyped-def]
    history = [
        {"role": "user", "content": "Parle-moi du Jardin de Cocagne de la Haute Borne"},
        {"role": "assistant", "content": "Un jardin d'insertion à Villeneuve-d'Ascq."},
    ]
    assert _ids(engine, question, history) == ["la-remise-enjouee"]


@pytest.mark.parametrize(
    "question",
    ["do they have a charter for suppliers?", "ont-ils une charte pour les fournisseurs ?"],
)
def test_a_charter_for_suppliers(engine, question) -> None:  # type: ignore[no-untyped-def]
    history = [
        {"role": "user", "content": "What do the Copains de Thiérache sell?"},
        {"role": "assistant", "content": "Fresh goods from about 100 producers."},
    ]
    answer = ask(engine, question, history)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures][:1] == ["les-copains-de-thierache"]


FURNITURE = [
    {"role": "user", "content": "Qui récupère des meubles ?"},
    {
        "role": "assistant",
        "content": "« Le Bois de Deux Mains » et « Il était deux fois » récupèrent des meubles.",
    },
]


@pytest.mark.parametrize(
    "question", ["la première, son budget ?", "et la première, quel est son budget ?"]
)
def test_a_position_word_is_not_asked(engine, question) -> None:  # type: ignore[no-untyped-def]
    """'première' picks the structure: its fiche's 'matière première' is no part of the ask."""
    answer = ask(engine, question, FURNITURE)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == ["le-bois-de-deux-mains"]


def test_a_position_word_in_english_is_not_asked(engine) -> None:  # type: ignore[no-untyped-def]
    history = [
        {"role": "user", "content": "Which structures take furniture?"},
        {"role": "assistant", "content": "Le Bois de Deux Mains and Il était deux fois."},
    ]
    answer = ask(engine, "the first one, its budget?", history)
    assert not answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == ["le-bois-de-deux-mains"]


@pytest.mark.parametrize(
    ("said", "question"),
    [
        ("I couldn't find that in the booklet.", "and the other one?"),
        ("Sorry, I don't have that information.", "the other one?"),
        ("Désolé, je ne trouve pas de réponse dans le livret.", "et l'autre ?"),
    ],
)
def test_the_other_one_after_an_abstention_points_at_none(engine, said, question) -> None:  # type: ignore[no-untyped-def]
    history = [
        {"role": "user", "content": "Who recycles tyres?"},
        {"role": "assistant", "content": said},
    ]
    assert lx.NO_ANSWER.search(fold(said))
    answer = ask(engine, question, history)
    assert answer.abstained and not answer.structures, answer.answer


def test_a_question_after_an_abstention_asks_afresh(engine) -> None:  # type: ignore[no-untyped-def]
    """Must not change: a question of its own after an abstention is searched."""
    history = [
        {"role": "user", "content": "Who recycles tyres?"},
        {"role": "assistant", "content": "I couldn't find that in the booklet."},
    ]
    answer = ask(engine, "who repairs furniture then?", history)
    assert "le-bois-de-deux-mains" in [s.fiche_id for s in answer.structures]


@pytest.mark.parametrize(
    ("opening", "then", "question"),
    [
        ("Who sells fish?", "how many staff?", "any other structure in the Pas-de-Calais?"),
        ("Qui dirige VESTALI ?", "et son budget ?", "d'autres structures dans le Pas-de-Calais ?"),
    ],
)
def test_others_of_a_place_after_a_turn_by_pronoun(engine, opening, then, question) -> None:  # type: ignore[no-untyped-def]
    """The one in focus, asked again by a pronoun, is still the one the others are not."""
    first = ask(engine, opening, [])
    one = [s.fiche_id for s in first.structures]
    assert len(one) == 1
    history = [
        {"role": "user", "content": opening},
        {"role": "assistant", "content": first.answer},
        {"role": "user", "content": then},
        {"role": "assistant", "content": "20."},
    ]
    got = _ids(engine, question, history)
    assert got and one[0] not in got
