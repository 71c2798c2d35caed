"""A label or approval of a named kind asked by yes or no ('ont-ils le label bio ?', 'is it
certified organic?'): a yes only when the card's labels name that kind. A word of it written
elsewhere in the fiche (« une maraîchère biologique ») labels nothing; the card's other label
is the nearest fact. Synthetic questions, FR and EN, on the real booklet; near-twins asking
any label, or the kind the card does give, stay a yes."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "les Copains de Thiérache ont-ils le label bio ?",
        "Is Les Copains de Thiérache certified organic?",
        "Les Copains de Thiérache sont-ils labellisés bio ?",
        "Does VESTALI hold an Ecocert label?",
        "Le Bois de Deux Mains a-t-il le label bio ?",
        "Do the Copains de Thiérache have an organic label?",
    ],
)
def test_a_label_of_another_kind_is_not_a_yes(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.abstained, answer.answer
    assert answer.citations, answer.answer  # the label the card does give, quoted
    assert not answer.answer.startswith(("Oui", "Yes")), answer.answer


@pytest.mark.parametrize(
    ("question", "fiche"),
    [
        ("les Copains de Thiérache ont-ils un label ?", "les-copains-de-thierache"),
        ("Do the Copains de Thiérache have a cycling label?", "les-copains-de-thierache"),
        ("le jardin de cocagne est labellisé bio ?", "le-jardin-de-cocagne-de-la-haute-borne"),
        ("Is the Cocagne garden certified organic?", "le-jardin-de-cocagne-de-la-haute-borne"),
        ("Le Bois de Deux Mains a-t-il un agrément ?", "le-bois-de-deux-mains"),
        ("fallait-il un agrément au panier de la mer ?", "le-panier-de-la-mer-62"),
    ],
)
def test_any_label_or_the_one_held_is_a_yes(engine: Engine, question: str, fiche: str) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche
    assert answer.answer.startswith(("Oui", "Yes")), answer.answer
