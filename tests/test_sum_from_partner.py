"""A sum received from, or given by, a partner the question names (class: 'combien a-t-elle
reçu de la DREETS ?', 'how much did the CIGALES club lend it?', 'le montant du prêt des
CIGALES'): only a sentence naming that partner with an amount answers it; the budget, or the
line naming the partner without a sum, is the nearest fact and the answer abstains. What must
not change: a partner's sum the fiche states is answered ('1 500€ en 2020' from the
Haut-Commissariat), and a count of people a partner funds is a count, not a sum. Synthetic
questions on the real booklet, fake embedder."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("combien a-t-elle reçu de la Région ?", True),
        ("how much did the Foundation give them?", True),
        ("le montant de la subvention de l'ADEME", True),
        ("combien d'argent ont-ils touché ?", True),
        # money put in
        ("combien le FDI 62 a mis pour le compresseur ?", True),
        ("combien la Région a investi dans le projet ?", True),
        ("combien de temps a mis la Région pour répondre ?", False),
        ("combien de salariés financés par la DREETS ?", False),
        ("quel est le budget ?", False),
    ],
)
def test_a_sum_from_a_partner_asked(text: str, asked: bool) -> None:
    assert bool(lx.MONEY_FROM_ASKED.search(fold(text))) is asked


@pytest.mark.parametrize(
    ("question", "fiche_id", "partner"),
    [
        ("Combien La Remise Enjouée a-t-elle obtenu de la DREETS ?", "la-remise-enjouee", "DREETS"),
        (
            "How much did the CIGALES club lend to La Remise Enjouée?",
            "la-remise-enjouee",
            "CIGALES",
        ),
        (
            "Quel est le montant de l'aide de France Active au Bois de Deux Mains ?",
            "le-bois-de-deux-mains",
            "France Active",
        ),
    ],
)
def test_a_sum_the_fiche_does_not_give_abstains_naming_the_partner(
    fake_engine: Engine, question: str, fiche_id: str, partner: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert partner in answer.answer and answer.citations, answer.answer


def test_a_sum_the_fiche_gives_is_answered(fake_engine: Engine) -> None:
    answer = ask(
        fake_engine, "How much did Il était deux fois receive from the Haut-Commissariat à l'ESS?"
    )
    assert not answer.abstained and "1 500" in answer.answer, answer.answer


def test_a_count_funded_by_a_partner_is_a_count(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Combien de salariés en insertion compte Synapse 3i ?")
    assert not answer.abstained and "85" in answer.answer, answer.answer


def test_a_name_is_written_capitalised() -> None:
    from livret_qa.answering.slots import _written_capitalised

    assert _written_capitalised("Région", "financée par la Région Hauts-de-France")
    assert not _written_capitalised("Région", "le réseau Bio de la région Hauts de France")
    assert _written_capitalised("Cigales", "un prêt du club CIGALES du territoire")
