"""A sum asked from a partner whose name is written in mixed case (class: 'how much did X get
from UrgencESS?', 'combien a-t-elle reçu du dispositif UrgencESS ?'): the name is neither a
capitalised word nor an acronym, yet it is a partner's name; the fiche giving no amount next
to it, the answer abstains citing the sentence naming it. What must not change: a partner
named with an amount is answered with it (the Haut-Commissariat's 1 500€), and a mixed-case
word is read whole. Synthetic questions on the real booklet, fake embedder."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "How much did La Remise Enjouée get from UrgencESS?",
        "Combien La Remise Enjouée a-t-elle reçu de UrgencESS ?",
        "Quel montant La Remise Enjouée a-t-elle obtenu du dispositif UrgencESS ?",
        "How much money did La Remise Enjouée receive through UrgencESS?",
    ],
)
def test_a_sum_from_a_mixed_case_partner_abstains_naming_it(
    fake_engine: Engine, question: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == ["la-remise-enjouee"]
    assert "UrgencESS" in answer.citations[0].quote, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "How much did Il était deux fois receive from the Haut-Commissariat à l'ESS?",
        "Combien Il était deux fois a-t-elle reçu du HCESS ?",
    ],
)
def test_a_sum_stated_next_to_its_partner_is_answered(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained and "1 500" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("from UrgencESS?", ["UrgencESS"]),
        ("via CamelCase and iPhone", ["CamelCase", "iPhone"]),
        ("the ESSor fund", ["ESSor"]),
        ("from the DREETS or the Région", []),
    ],
)
def test_a_mixed_case_name_is_read_whole(text: str, names: list[str]) -> None:
    assert [m.group(1) for m in lx.MIXED_CASE_NAME.finditer(text)] == names
