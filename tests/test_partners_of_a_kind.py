"""Partners of a kind asked ('travaille avec quelles entreprises ?', 'which companies does X
work with?', 'collabore avec quelles associations ?') are the fiche's partners' lines, where
the kind is written (« 3 Entreprises locales mécènes : … »), not a sentence sharing the verb.
Synthetic questions, FR and EN, on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "fiche", "word"),
    [
        (
            "Le panier de la mer travaille avec quelles entreprises ?",
            "le-panier-de-la-mer-62",
            "Conegan",
        ),
        (
            "which companies does Le panier de la mer 62 work with?",
            "le-panier-de-la-mer-62",
            "Conegan",
        ),
        (
            "What businesses does the Panier de la Mer partner with?",
            "le-panier-de-la-mer-62",
            "Conegan",
        ),
        ("VESTALI collabore avec quelles associations ?", "vestali", "Secours Catholique"),
        ("Which charities does VESTALI work with?", "vestali", "Secours Catholique"),
    ],
)
def test_partners_of_a_kind(engine: Engine, question: str, fiche: str, word: str) -> None:
    answer = ask(engine, question)
    assert answer.plan["parts"][0].get("attribute") == "subpart:partners", answer.plan
    assert answer.structures[0].fiche_id == fiche
    assert word in answer.answer


def test_working_with_someone_named_stays_a_yes_no(engine: Engine) -> None:
    answer = ask(engine, "VESTALI travaille-t-elle avec INFORMA ?")
    assert answer.plan["parts"][0].get(
        "attribute"
    ) != "subpart:partners" or answer.answer.startswith("Oui")
