"""A measure of a matter restricted to the matter asked (class: a ranking, a total or a bound
of a quantity of matter OF a thing — 'qui collecte le plus de tonnes de bois ?', 'which
structure handles the biggest tonnage of textile?', 'plus de 40 t de poisson'): only the
figures of that matter count, a figure naming none counts for what its fiche handles
(« MATIÈRES CONCERNÉES »), and none stated says so. Then 'et les autres ?' after such a
ranking gives the same measure for the structures it left out. Synthetic shapes, none a dev
question."""

from __future__ import annotations

import pytest

from livret_qa.answering.aggregate_conditions import normalised
from livret_qa.answering.compose import ask
from livret_qa.answering.matter_asked import matter_asked
from livret_qa.facts.matter import matters_of, names_matter, names_no_matter

WOOD, FISH, CLOTH = "le-bois-de-deux-mains", "le-panier-de-la-mer-62", "vestali"
TOYS, VEG, DIGITAL = "la-remise-enjouee", "le-jardin-de-cocagne-de-la-haute-borne", "synapse-3i"


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Quelle asso traite le plus grand nombre de tonnes de bois ?", "bois"),
        ("Which charity deals with the greatest tonnage of wood?", "wood"),
        ("the largest wood tonnage in the booklet?", "wood"),
        ("Le plus fort tonnage de poisson, c'est qui ?", "poisson"),
        ("who moves the most tons of fish each year?", "fish"),
        ("structures qui brassent plus de 30 t de tissus", "tissus"),
    ],
)
def test_the_matter_asked_is_read(question: str, first: str) -> None:
    assert matter_asked(normalised(question), "tonnage")[0] == first


@pytest.mark.parametrize(
    "question",
    [
        "Quelle structure a le tonnage le plus élevé ?",
        "Which organisation handles the most tonnes?",
        "combien de tonnes par an au total ?",
        "the biggest tonnage of the structures?",
        "qui a le plus gros tonnage annuel ?",
        "which ones process over 50 tonnes of material?",
        "Which handles a larger tonnage, X or Y?",
    ],
)
def test_no_matter_is_read_where_none_is_asked(question: str) -> None:
    assert matter_asked(normalised(question), "tonnage") == []


def test_a_matter_is_read_only_for_a_measure_of_matter() -> None:
    assert matter_asked(normalised("le plus de salariés de bois ?"), "salaries") == []


def test_english_things_reach_the_booklets_words() -> None:
    assert "bois" in matter_asked(normalised("the most tonnes of wood"), "tonnage")
    assert "tissu" in matter_asked(normalised("highest tonnage of textile"), "tonnage")
    assert "poisson" in matter_asked(normalised("most tons of fish"), "tonnage")


def test_a_figure_names_its_matter_or_none() -> None:
    assert names_matter("1 100 tonnes de bois collecté/an", ["bois"])
    assert names_matter("51 tonnes de poissons collectés", ["poisson"])
    assert not names_matter("150 000 tonnes de déchets numériques", ["bois"])
    assert names_no_matter("50 tonnes")
    assert names_no_matter("3,5 t par an")
    assert not names_no_matter("45 tonnes d'objets collectés")


def test_what_a_structure_handles_is_its_matters_label() -> None:
    assert "tissus" in matters_of(["intro", "**MATIÈRES CONCERNÉES :** Tissus, vêtements"])
    assert matters_of(["no such label here"]) == ""


def _facts(engine, question: str, history=None):  # type: ignore[no-untyped-def]
    answer = ask(engine, question, history or [])
    return answer, answer.facts or {}


@pytest.mark.parametrize(
    ("question", "winner", "value"),
    [
        ("Quelle structure récupère le plus gros tonnage de bois ?", WOOD, 1100),
        ("Which organisation processes the most tonnes of wood?", WOOD, 1100),
        ("Quelle association gère le plus de tonnes de poisson ?", FISH, 51),
        ("Which initiative deals with the highest tonnage of fish?", FISH, 51),
        ("Qui a le plus gros tonnage de vêtements ?", CLOTH, 50),
        ("Which structure handles the largest textile tonnage?", CLOTH, 50),
        ("Who collects the most tonnes of toys?", TOYS, 3.5),
    ],
)
def test_a_ranking_of_a_matter_counts_that_matter_only(  # type: ignore[no-untyped-def]
    engine, question: str, winner: str, value: float
) -> None:
    _, facts = _facts(engine, question)
    assert facts["selected"][0] == winner
    assert facts["value"] == value
    assert DIGITAL not in facts["selected"]


def test_the_answer_says_the_matter_counted(engine) -> None:  # type: ignore[no-untyped-def]
    answer, _ = _facts(engine, "Quelle structure traite le plus de tonnes de bois ?")
    assert "tonnage de bois" in answer.answer.split("\n")[0]
    answer, _ = _facts(engine, "Which structure handles the most tons of fish?")
    assert "tonnage of fish" in answer.answer.split("\n")[0]
    answer, _ = _facts(engine, "Qui récolte le plus de tonnes de légumes ?")
    assert "tonnage de légumes" in answer.answer.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "Quelle structure collecte le plus de tonnes de verre ?",
        "Which structure recycles the most tonnes of cardboard?",
        "Qui traite le plus gros tonnage de métal ?",
    ],
)
def test_no_structure_stating_that_matter_says_so(engine, question: str) -> None:  # type: ignore[no-untyped-def]
    answer, facts = _facts(engine, question)
    assert not facts.get("selected")
    assert "150" not in answer.answer.split("\n")[0]


def test_totals_and_bounds_of_a_matter(engine) -> None:  # type: ignore[no-untyped-def]
    _, facts = _facts(engine, "Combien de tonnes de poisson en tout ?")
    assert facts["value"] == 51
    _, facts = _facts(engine, "Quelles structures traitent plus de 20 tonnes de bois ?")
    assert facts["selected"] == [WOOD]
    _, facts = _facts(engine, "Which structures handle over 10 tonnes of clothing?")
    assert facts["selected"] == [CLOTH]


@pytest.mark.parametrize(
    ("question", "winner"),
    [
        ("Quelle structure a le tonnage le plus élevé ?", DIGITAL),
        ("Which structure handles the most tonnes?", DIGITAL),
    ],
)
def test_a_ranking_of_no_matter_keeps_every_figure(engine, question: str, winner: str) -> None:  # type: ignore[no-untyped-def]
    _, facts = _facts(engine, question)
    assert facts["selected"][0] == winner


@pytest.mark.parametrize(
    ("first", "answer_text", "question", "left_out"),
    [
        ("Qui collecte le plus de tonnes de bois ?", "Le Bois de Deux Mains : 1 100 t.",
         "et les autres ?", WOOD),
        ("Which structure collects the most tons of fish?", "Le panier de la mer 62: 51 t.",
         "what about the others?", FISH),
        ("Quelle structure a le plus gros tonnage ?", "Synapse 3i : 150 000 t.",
         "Et les autres ?", DIGITAL),
        ("Which structure has the biggest budget?", "…", "and the others?", None),
    ],
)  # fmt: skip
def test_the_others_after_a_ranking_are_the_rest_of_it(  # type: ignore[no-untyped-def]
    engine, first: str, answer_text: str, question: str, left_out: str | None
) -> None:
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": answer_text}]
    before = ask(engine, first).facts or {}
    answer, facts = _facts(engine, question, history)
    assert facts["query"]["measure"] == before["query"]["measure"]
    winner = left_out or before["selected"][0]
    assert winner not in facts["selected"]
    assert len(facts["selected"]) >= 3
    head = answer.answer.split("\n")[0]
    assert "autres" in head or "other" in head


def test_the_fiches_left_out_are_said_to_give_no_tonnage_of_that_matter(engine) -> None:  # type: ignore[no-untyped-def]
    """Eight fiches give no tonnage of textile; most give a tonnage of something else."""
    from livret_qa.answering.compose import ask

    answer = ask(engine, "Quelle structure a le plus gros tonnage de textile ?", [])
    assert "n'indiquent pas de tonnage de textile" in answer.answer, answer.answer
