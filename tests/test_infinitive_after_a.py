"""Class: a list question asking who helps someone do something, the act an infinitive after
'à' with its object ('Quelle structure aide des femmes à retrouver un emploi ?', 'qui forme
des jeunes à réparer des vélos ?', 'qui aide les chômeurs à créer leur entreprise ?'): the
infinitive is what they are helped to do, phrased freely, not a noun's complement the
booklet must write ('des ateliers de cuisine', 'en monnaie locale'); the refusal 'il ne
mentionne pas « retrouver »' stated nothing missing. Near-twins are still read as
complements: a noun after 'à' ('des poêles à bois', 'des logements à loyer modéré'), an
infinitive with no object ('des objets à vendre'). Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.abstention import noun_complements
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    "question",
    [
        "Quelle structure aide des femmes à retrouver un emploi ?",
        "qui forme des jeunes à réparer des vélos ?",
        "qui aide les chômeurs à créer leur entreprise ?",
        "quelles associations aident les familles à réduire leurs déchets ?",
        "qui accompagne des personnes à reprendre une activité ?",
    ],
)
def test_an_infinitive_with_its_object_is_no_complement(question: str) -> None:
    assert noun_complements(fold(question)) == []


@pytest.mark.parametrize(
    ("question", "complement"),
    [
        ("qui accepte les paiements en monnaie locale ?", "monnaie"),
        ("des ateliers de cuisine ?", "cuisine"),
        ("des poêles à bois ?", "bois"),
        ("des logements à loyer modéré ?", "loyer"),
        ("des objets à vendre ?", "vendre"),
    ],
)
def test_a_noun_complement_is_still_read(question: str, complement: str) -> None:
    assert complement in noun_complements(fold(question))


@pytest.mark.parametrize(
    "question",
    [
        "Quelle structure du livret aide spécifiquement des femmes à retrouver un emploi ?",
        "Quelle association aide les femmes à retrouver du travail ?",
    ],
)
def test_the_structure_helping_women_back_to_work(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == "vestali"
