"""Class: a fact asked of a partner typed in lowercase ('qui dirige la dreets ?', 'adresse de
la mutualité sociale agricole', 'when was ecologic founded'): a word the booklet writes only
capitalised, once at least inside a sentence, is a name all the same, and the fact is the
partner's, which no fiche states. What must not change: a structure's own names typed in
lowercase, a town, a common word the booklet capitalises only where a sentence or a label
starts, the partner related to a structure. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.unfiched import names_without_fiche
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_answer, check_answered_with

SOURCES = [
    "# Atelier Bleu\nPartenaires : la SOLAAR, la Mutualité Gamma et la ville de Lune.\n"
    "Recherche de fonds. Atelier Bleu travaille avec Gamma.\n"
]


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("quel est le budget de solaar", ["solaar"]),
        ("qui dirige la mutualité gamma ?", ["mutualité", "gamma"]),
        # its own name, a town, a word capitalised only at a sentence's start, one never written
        ("quel est le budget de l'atelier bleu", []),
        ("combien de salariés à lune", []),
        ("quelle recherche ?", []),
        ("budget de zorglub", []),
    ],
)
def test_a_word_typed_in_lowercase_is_a_name_the_booklet_only_capitalises(
    question: str, names: list[str]
) -> None:
    found = names_without_fiche(question, SOURCES, ["Atelier Bleu"], lambda w: w == "lune")
    assert found == names


@pytest.mark.parametrize(
    "question",
    [
        "qui dirige la dreets ?",
        "adresse de la mutualité sociale agricole",
        "when was ecologic founded",
        "quel est le budget de solaal",
    ],
)
def test_a_fact_of_a_partner_typed_in_lowercase_abstains(
    fake_engine: Engine, question: str
) -> None:
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert answer.abstained and not answer.structures, answer.answer


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "said", "fiche"),
    [
        ("quel est le budget de vestali", "878 296", "vestali"),
        ("qui dirige synapse 3i", "Motte", "synapse"),
        ("combien de salariés compte vestali", "", "vestali"),
        ("quelles structures travaillent avec la mutualité sociale agricole", "Mutualité", ""),
        ("quel est le role de valdelia pour le bois de deux mains", "Valdelia", "le-bois"),
        ("budget de l'alefpa", "800 000", "le-jardin"),
    ],
)
def test_a_structure_or_a_relation_typed_in_lowercase_keeps_its_answer(
    engine: Engine, question: str, said: str, fiche: str
) -> None:
    check_answered_with(engine, question, said, fiche)
