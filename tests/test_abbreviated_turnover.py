"""A turnover asked by its abbreviation 'CA' ('CA 2020 ?', 'the CA of …', 'leur CA en
2019 ?'): folded, 'CA' reads as 'ça', so it is taken as the measure only beside a year, a
determiner or an English preposition, never for 'ça' in a sentence ('ça dure combien ?').
Synthetic questions on the real booklet with the fake embedder."""

from __future__ import annotations

import re

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

_TURNOVER = next(m for m in lx.MEASURES if m.name == "chiffre_affaires")
COPAINS = [
    {"role": "user", "content": "Parle-moi des Copains de Thiérache"},
    {"role": "assistant", "content": "Les Copains de Thiérache tiennent deux boutiques."},
]


@pytest.mark.parametrize(
    "question",
    [
        "CA 2020 ?",
        "What was the CA of Les Copains de Thiérache in 2020?",
        "Les Copains de Thiérache, CA 2020 ?",
        "and their CA in 2020?",
        "what CA did they make in 2020?",
    ],
)
def test_ca_by_its_year_or_determiner_is_the_turnover(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question, COPAINS)
    assert not answer.abstained, answer.abstain_reason
    assert answer.structures[0].fiche_id == "les-copains-de-thierache"
    assert "160 000" in answer.answer


@pytest.mark.parametrize(
    "question",
    ["ça dure combien ?", "ça marche comment ?", "et ça, c'est où ?", "ça existe depuis 2019 ?"],
)
def test_ca_as_a_pronoun_is_no_turnover(question: str) -> None:
    assert re.search(_TURNOVER.asked, fold(question)) is None
