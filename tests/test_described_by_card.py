"""One structure named by a description that says where it stands — its town typed any way,
or its département — with its kind or activity ("la ferme bio de villeneuve d'ascq", 'the
wood workshop in the Aisne', "et celui de l'asso de lievin ?"): resolved from each fiche's
card, the town weighing most, and asked with the structure's name (described_by_card.py).
Neighbours: a named structure, two towns, a question about several, a place asked with no
structure pointed at, and a description two structures fit alike keep their reading."""

from __future__ import annotations

import pytest

from livret_qa.answering import described_by_card as card
from livret_qa.answering.compose import ask
from livret_qa.parsing.corpus import Corpus
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "town"),
    [
        ("l'asso de lievin, son site ?", "Liévin"),
        ("the shop in guise: opening hours?", "Guise"),
        ("la ressourcerie de campigneulles vend quoi ?", "Campigneulles les Petites"),
        ("what about the fish folks in boulogne?", "Boulogne sur Mer"),
        ("le potager de villeneuve-d'ascq", "Villeneuve d'Ascq"),
        ("the Amien association's director", "Amiens"),  # one letter off
        ("the Pommiers carpentry place", "Pommiers"),
    ],
)
def test_a_town_is_read_however_typed_where_a_description_places_it(
    question: str, town: str
) -> None:
    assert card.town_at(card._words(question), town) is not None


@pytest.mark.parametrize(
    ("question", "town"),
    [
        ("en guise de conclusion, qui recycle des jouets ?", "Guise"),  # the common word
        ("on a planté des pommiers, qui vend des fruits ?", "Pommiers"),
        ("quelle asso est près de Lens ?", "Liévin"),  # another town
    ],
)
def test_a_common_word_or_another_town_is_no_town_of_a_card(question: str, town: str) -> None:
    assert card.town_at(card._words(question), town) is None


@pytest.mark.parametrize(
    ("question", "name", "places", "renamed"),
    [
        (
            "et celui de l'asso de lievin ?",
            "VESTALI",
            ["Liévin"],
            "et celui de VESTALI ?",
        ),
        (
            "Who should I phone at the joinery in the Aisne?",
            "Le Bois de Deux Mains",
            ["Aisne"],
            "Who should I phone at Le Bois de Deux Mains?",
        ),
        (
            "What's the email of the Amiens association?",
            "Synapse 3i",
            ["Amiens"],
            "What's the email of Synapse 3i?",
        ),
        (
            "la ressourcerie du 62, son site ?",
            "Il était deux fois",
            ["Pas-de-Calais", "62"],
            "Il était deux fois, son site ?",
        ),
        (
            "la boutique bio de villeneuve, elle a des serres ?",
            "Le Jardin de Cocagne de la Haute Borne",
            ["Villeneuve d'Ascq"],
            "Le Jardin de Cocagne de la Haute Borne, elle a des serres ?",
        ),
    ],
)
def test_the_description_gives_way_to_the_name(
    question: str, name: str, places: list[str], renamed: str
) -> None:
    assert card.named_instead(question, name, places) == renamed


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("Is there a pick-up point in Mortemer?", ["Mortemer"]),  # a place asked
        ("combien de palettes ils récupèrent à pommiers ?", ["Pommiers"]),
    ],
)
def test_a_place_asked_points_at_no_structure(question: str, places: list[str]) -> None:
    assert card.named_instead(question, "X", places) is None


@pytest.mark.parametrize(
    "question",
    [
        "Which structures are in the Aisne?",  # several
        "y a-t-il une épicerie à Guise ?",  # any
        "quelle association est basée à Amiens ?",  # which one stands there
        "et à Amiens ?",  # a place, no description
        "only the ones in the Pas-de-Calais please",  # a list narrowed
        "et ceux du Nord ?",
        "la remise enjouée à villeneuve, son budget ?",  # named
    ],
)
def test_questions_about_several_or_a_place_only_describe_none(
    corpus: Corpus, question: str
) -> None:
    named = "remise" in question
    fits = card.describes_one_placed(question, named)
    found = card.candidates_by_town(question, corpus.fiches)
    assert not fits or not card._describing_words(
        question, [t for f in found for t in card.home_towns(f)]
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "history", "fiche_id"),
    [
        (
            "la ferme bio de villeneuve d'ascq, elle a combien de salariés ?",
            [],
            "le-jardin-de-cocagne-de-la-haute-borne",
        ),
        ("How many members does the Villeneuve toy charity have?", [], "la-remise-enjouee"),
        ("the carpentry workshop in the Aisne, what's its budget?", [], "le-bois-de-deux-mains"),
        ("l'epicerie de guise a combien de fournisseurs ?", [], "les-copains-de-thierache"),
        ("Who runs the Lievin sewing charity?", [], "vestali"),
        ("l'atelier couture du 62, il a combien de salariés ?", [], "vestali"),
        (
            "and the fish people in boulogne?",
            [
                {"role": "user", "content": "Who runs VESTALI?"},
                {"role": "assistant", "content": "Hélène Maréchal, its director."},
            ],
            "le-panier-de-la-mer-62",
        ),
        (
            "et celle de campigneulles ?",
            [
                {"role": "user", "content": "le budget de synapse 3i ?"},
                {"role": "assistant", "content": "2 037 760 €."},
            ],
            "il-etait-deux-fois",
        ),
    ],
)
def test_a_structure_described_by_its_place_is_the_one_answered(
    engine: Engine, question: str, history: list[dict[str, str]], fiche_id: str
) -> None:
    answer = ask(engine, question, history)
    assert answer.structures and answer.structures[0].fiche_id == fiche_id


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "l'asso de villeneuve d'ascq, c'est quoi son budget ?",  # two fit alike
        "l'asso de mortemer et celle de guise, leurs sites ?",  # two towns
        "the charity in the Pas-de-Calais: its director?",  # three fit alike
        "la fac d'Amiens, elle finance qui ?",  # a body named after the town
        "la ressourcerie de Guise, son budget ?",  # a kind another card states, not its own
        "the ressourcerie in Liévin: who runs it?",
        "What does the Aisne departmental council fund?",
    ],
)
def test_a_description_several_fit_picks_none(engine: Engine, question: str) -> None:
    assert card.described_structure(engine, question, named=False) is None
