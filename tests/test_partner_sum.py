"""Class: the sum one named funder gave, typed in any case after a turn listing the funders
('et le haut commissariat il a donné combien ?', "et l'ademe elle a mis combien ?"): the
fiche's sentence naming that funder with a sum answers, not refused with the funders' list
as 'ne donne pas ce montant' (partner_sum.py). A funder named with no sum (the DIRECCTE, the
FDI) stays refused."""

from __future__ import annotations

import pytest

from livret_qa.answering import partner_sum
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

_FICHE = (
    "PARTENAIRES FINANCIERS MOBILISÉS : L'Europe, Le Haut-Commissariat à l'ESS, l'ADEME. "
    "Aides à l'emploi par la DIRECCTE. la région Hauts de France"
)


@pytest.mark.parametrize(
    ("question", "funders"),
    [
        ("et le haut commissariat il a donne combien ?", ["haut", "commissariat"]),
        ("et l'ademe elle a mis combien ?", ["ademe"]),
        ("how much did the DIRECCTE give?", ["direccte"]),
        ("et la région, combien ?", []),  # written in lower case by the fiche: no name
    ],
)
def test_the_funders_named_whatever_their_case(question: str, funders: list[str]) -> None:
    assert partner_sum.named_funders(question, _FICHE, set()) == funders


def test_a_sentence_names_all_the_funder_words() -> None:
    sentence = "Fond de solidarité à l'ESS mis en œuvre par le Haut-Commissariat (1 500€ en 2020)"
    assert partner_sum.names_all(sentence, ["haut", "commissariat"])
    assert not partner_sum.names_all(sentence, ["ademe"])


_FUNDERS = [
    {"role": "user", "content": "C'est qui les financeurs d'Il était deux fois ?"},
    {
        "role": "assistant",
        "content": "L'Europe, le Haut-Commissariat à l'ESS, l'ADEME, la DIRECCTE, la région, "
        "le Département du Pas-de-Calais, le FDI et Pas de Calais Actif.",
    },
]


@pytest.mark.parametrize(
    "question",
    ["et le haut commissariat il a donne combien ?", "et l'ademe, elle a donné combien ?"],
)
def test_a_funders_sum_stated_is_answered(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question, _FUNDERS)
    assert not answer.abstained, answer.answer
    assert "1 500" in answer.answer


@pytest.mark.parametrize(
    "question", ["et la direccte elle a donné combien ?", "et le fdi il a donne combien ?"]
)
def test_a_funder_named_with_no_sum_stays_refused(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question, _FUNDERS)
    assert answer.abstained, answer.answer
