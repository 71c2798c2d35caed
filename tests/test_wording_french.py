"""French gaps read as typed: a noun label folded from the question is said as the question
typed it ('abonnés', not 'abonnes'), and 'pas de' elides before a vowel ('pas d'abonnés')."""

from __future__ import annotations

import pytest

from livret_qa.answering.wording import _as_typed, _elided


@pytest.mark.parametrize(
    ("label", "question", "said"),
    [
        ("abonnes", "Combien d'abonnés Facebook ?", "abonnés"),
        ("benevoles", "Combien de Bénévoles ?", "bénévoles"),
        ("budget", "Quel budget ?", "budget"),
        ("nombre d'adhérents", "Combien d'adhérents ?", "nombre d'adhérents"),
    ],
)
def test_a_label_as_typed(label: str, question: str, said: str) -> None:
    assert _as_typed(label, question) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("n'indique pas de abonnés.", "n'indique pas d'abonnés."),
        ("ne nomme pas de hôtes", "ne nomme pas d'hôtes"),
        ("n'indique pas de budget.", "n'indique pas de budget."),
        ("ne donne plus de adresse", "ne donne plus d'adresse"),
        # a date's event ('ne donne pas de date de ouverture')
        ("pas de date de ouverture.", "pas de date d'ouverture."),
        ("pas de date de lancement.", "pas de date de lancement."),
    ],
)
def test_pas_de_elides_before_a_vowel(text: str, said: str) -> None:
    assert _elided(text) == said
