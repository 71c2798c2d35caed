"""The date of an approval, a label or a prize asked ('le label ESS 62, obtenu en quelle
année ?', 'when did VESTALI get its ACI approval?') found in a dated sentence that does not
tell that event ('Dès sa création en 2002'): such an event is told by its name only, so the
fiche does not date it; the sentence naming it (the card's 'LABEL : …') is the nearest fact.

Must not change: an approval a sentence dates by name ('En 2020, elle … obtient l'agrément
Atelier Chantier d'Insertion'), in French and English.
"""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "nearest"),
    [
        ("En quelle année le panier de la mer 62 a-t-il obtenu le label ESS 62 ?", "ESS 62"),
        ("En quelle année VESTALI a-t-elle obtenu l'agrément ACI ?", "A.C.I"),
        ("When did VESTALI get its ACI approval?", "A.C.I"),
    ],
)
def test_an_approval_no_sentence_dates_abstains_naming_it(
    fake_engine: Engine, question: str, nearest: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert any(nearest in c.quote for c in answer.citations), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Quand Il était deux fois a-t-elle obtenu l'agrément ACI ?",
        "When did Il était deux fois get its ACI approval?",
    ],
)
def test_an_approval_dated_by_name_is_answered(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert "2020" in answer.answer, answer.answer
