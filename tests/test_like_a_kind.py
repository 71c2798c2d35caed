"""'like a toy library', 'comme une ludothèque': an indefinite article after like/comme names a
kind of thing, never a structure to compare with. A yes/no question about a named structure
that says it so ('Does X lend toys like a toy library?') asks that structure, and abstains when
its fiche never mentions the kind; it is no request for the structures closest to X. What must
not change: a structure named as the model ('des structures comme La Remise Enjouée ?',
'initiatives like Synapse 3i?'). Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("Does La Remise Enjouée lend toys out like a toy library?", "la-remise-enjouee"),
        ("La Remise Enjouée prête-t-elle des jouets comme une ludothèque ?", "la-remise-enjouee"),
        ("Does VESTALI rent dresses like a costume shop?", "vestali"),
    ],
)
def test_like_a_kind_asks_the_structure_named(
    fake_engine: Engine, question: str, fiche_id: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.intent != "similar"
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    "question",
    ["Des structures comme La Remise Enjouée ?", "Initiatives like Synapse 3i?"],
)
def test_a_structure_named_as_the_model_asks_the_closest(
    fake_engine: Engine, question: str
) -> None:
    assert ask(fake_engine, question).intent == "similar"
