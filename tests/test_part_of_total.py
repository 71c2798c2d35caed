"""A part of a counted total asked (part_of_total.py; class: a near miss asking a number the
fiche does not break down): 'how many of their members are students?' of « NOMBRE
D'ADHÉRENTS : 400 » is no answer, the total is the nearest fact; a sentence counting the part
('400 adhérents dont un tiers concernés par les paniers solidaires'), or a total whose own
line states the part ('25 dont 19 … d'insertion'), answers. Synthetic wordings, then the real
booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.part_of_total import counts_part, part_asked, part_held
from livret_qa.retrieval.engine import Engine
from tests.conversations import exchange, named


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("How many of their members are students?", "students"),
        ("how many of the 120 volunteers were retired teachers?", "retired teachers"),
        ("Combien des 40 salariés sont des femmes ?", "des femmes"),
        ("Combien d'entre eux viennent du quartier ?", "du quartier"),
        ("Parmi les 300 adhérents, combien sont des entreprises ?", "des entreprises"),
        ("parmi les bénévoles combien habitent la commune ?", "la commune"),
        ("Out of the 75 families, how many have children?", "children"),
        # no part taken out of a total
        ("How many members do they have?", ""),
        ("Combien de salariés ?", ""),
        ("how much of it", ""),
    ],
)
def test_the_part_asked_follows_its_verb(question: str, part: str) -> None:
    assert part_asked(question) == part


@pytest.mark.parametrize(
    ("part", "text", "english", "held"),
    [
        ("students", "NOMBRE D'ADHÉRENTS : 210", True, False),
        ("students", "210 adhérents dont 60 étudiants", True, True),
        ("des femmes", "EFFECTIF : 12 salariés dont 7 femmes", False, True),
        ("retraites", "30 bénévoles impliqués", False, False),
        ("qwxzy", "30 bénévoles impliqués", True, None),  # a word the glossary does not know
    ],
)
def test_a_part_is_held_by_the_words_of_a_text(
    part: str, text: str, english: bool, held: bool | None
) -> None:
    assert part_held(part, text, english) is held


@pytest.mark.parametrize(
    ("part", "sentence", "counted"),
    [
        ("des étudiants", "400 adhérents dont un tiers concernés par les paniers", False),
        ("des paniers", "400 adhérents dont un tiers concernés par les paniers solidaires", True),
        ("furniture", "2 éco-organismes (Ecomobilier et Ecologic)", False),  # a name
        ("furniture", "1 200 meubles vendus en 2021", True),
        ("women", "la structure emploie des femmes du quartier", False),  # no count
    ],
)
def test_a_sentence_counts_the_part_after_a_count(part: str, sentence: str, counted: bool) -> None:
    english = part in ("furniture", "women")
    assert counts_part(part, sentence, english) is counted


@pytest.mark.parametrize(
    ("question", "history", "stated"),
    [
        ("How many of the Jardin de Cocagne's members are students?", [], "400"),
        ("Combien des adhérents du Jardin de Cocagne sont des étudiants ?", [], "400"),
        ("Combien des 8 producteurs de l'APVO sont maraîchers ?", [], "8"),
        ("How many of Panier de la Mer 62's employees are women?", [], "25"),
        ("Combien des 30 bénévoles du Bois de Deux Mains sont retraités ?", [], "30"),
        ("How many of the 28 000 objects sold by Il était deux fois were furniture?", [], "28 000"),
        ("Combien des 100 producteurs fournisseurs des Copains sont bio ?", [], "100"),
        (
            "how many of those are retired?",
            exchange("How many volunteers does Le Bois de Deux Mains have?", "30 [1]"),
            "30",
        ),
        (
            "combien d'entre eux sont des étudiants ?",
            exchange("Combien d'adhérents a le Jardin de Cocagne ?", "400 [1]"),
            "400",
        ),
    ],
)
def test_a_part_the_total_does_not_break_down_is_refused(
    engine: Engine, question: str, history: list[dict[str, str]], stated: str
) -> None:
    answer = ask(engine, question, history)
    assert answer.abstained, answer.answer
    assert stated in answer.answer  # the total, named as the nearest fact


@pytest.mark.parametrize(
    ("question", "fiche", "stated"),
    [
        # the total's own line states the part
        ("Combien de salariés du Panier de la Mer 62 sont en insertion ?", "le-panier", "19"),
        ("How many of Le Panier de la Mer 62's staff are on insertion contracts?", "le-", "19"),
        ("how much of Le Panier de la Mer 62's budget is donations in kind?", "le-", "40 000"),
        # a sentence of the fiche counts the part
        (
            "Parmi les 400 adhérents du Jardin de Cocagne, combien bénéficient des paniers "
            "solidaires ?",
            "le-jardin",
            "tiers",
        ),
    ],
)
def test_a_part_the_fiche_states_is_answered(
    engine: Engine, question: str, fiche: str, stated: str
) -> None:
    answer = ask(engine, question, [])
    assert not answer.abstained, answer.answer
    assert named(answer)[0].startswith(fiche)
    assert stated in answer.answer


def test_a_part_of_a_total_said_before_is_answered_from_its_line(engine: Engine) -> None:
    """ "combien d'entre eux" counts no noun 'entre': the staff line's own part answers."""
    history = exchange("Combien de salariés au Panier de la Mer 62 ?", "25 [1]")
    answer = ask(engine, "et combien d'entre eux sont en insertion ?", history)
    assert not answer.abstained, answer.answer
    assert "19" in answer.answer
