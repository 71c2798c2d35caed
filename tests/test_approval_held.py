"""A structure asked whether it holds an approval or is a kind of insertion structure ('Is X
recognised as an insertion company?', 'est-elle une entreprise adaptée ?', 'is it
ESUS-approved?', 'a-t-elle l'agrément ESUS ?'): the approval its card states settles it — yes
cited there, or no with the kind of insertion structure it is (an ACI is no insertion
company), the legal status when the card states none. An approval held beside others (ESUS)
that the card does not list is not said to be lacking: the booklet does not say, the approvals
it lists nearest. Synthetic questions, FR and EN."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Is La Remise Enjouée officially an insertion company?", "insertion_enterprise"),
        ("Is Synapse 3i an integration firm?", "insertion_enterprise"),
        ("Is VESTALI ESUS-approved?", "esus"),
        ("Does Le Bois de Deux Mains have the ESUS approval?", "esus"),
        ("Le panier de la mer 62 est-elle une entreprise adaptée ?", "adapted_enterprise"),
        ("Is Synapse 3i a sheltered workshop?", "adapted_enterprise"),
    ],
)
def test_an_approval_asked_is_read_from_the_card(text: str, form: str) -> None:
    assert asked_attribute(text) == ("field", f"status:{form}", False)


def test_a_date_of_the_approval_is_no_yes_or_no() -> None:
    found = asked_attribute("When did Le Bois de Deux Mains get its ESUS approval?")
    assert found is None or found[1] != "status:esus"


@pytest.mark.parametrize(
    ("question", "opening", "stated"),
    [
        # an ACI asked to be an insertion company: no, with the approval it holds
        ("Is La Remise Enjouée officially an insertion company?", "No", "Chantier"),
        ("Synapse 3i, c'est une entreprise d'insertion ?", "Non", "chantier d'insertion"),
        # an ACI named by its label line
        ("Il était deux fois est-elle une entreprise d'insertion ?", "Non", "Chantier"),
        ("La Remise Enjouée est-elle une entreprise adaptée ?", "Non", "ACI"),
        # held: yes, under the word the card uses
        ("Le Bois de Deux Mains est-il agréé ESUS ?", "Oui", "agrément"),
        ("Is VESTALI an integration workshop (ACI)?", "Yes", "approval"),
        # no approval on the card: the legal status answers
        ("Are Les Copains de Thiérache an insertion company?", "No", "association"),
    ],
)
def test_the_approval_stated_settles_it(
    fake_engine: Engine, question: str, opening: str, stated: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(opening), answer.answer
    assert stated in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "nearest"),
    [
        ("Is VESTALI ESUS-approved?", "A.C.I"),
        ("Is Le panier de la mer 62 ESUS-certified?", "ACI"),
        ("Synapse 3i a-t-elle l'agrément ESUS ?", "organisme de formation"),
        ("Does La Remise Enjouée have the ESUS approval?", "ACI"),
    ],
)
def test_an_approval_held_beside_others_is_not_denied(
    fake_engine: Engine, question: str, nearest: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert "ESUS" in answer.answer and nearest in answer.answer, answer.answer


def test_the_structures_holding_it_are_listed(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "Quelles structures ont l'agrément ESUS ?")
    assert not answer.abstained, answer.answer
    assert "Bois de Deux Mains" in answer.answer and "VESTALI" not in answer.answer
