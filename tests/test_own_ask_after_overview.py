"""A follow-up asking its own thing after an overview ('Le Bois de Deux Mains, c'est quoi ?'
then 'et ils vendent à qui ?', 'where do they get the toys?'): its words beside pronouns and
pointers are its ask, of the structure the overview was about, answered from that fiche —
not the overview again (it was: 'en bref : ACTIVITÉ …'). What must not change: a follow-up
that only points ('and the second one?', 'et VESTALI ?') takes the overview anew. Synthetic
conversations on the real booklet, fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


def _after_overview(name: str) -> list[dict[str, str]]:
    return [
        {"role": "user", "content": f"C'est quoi {name} ?"},
        {"role": "assistant", "content": f"{name} est une structure de l'ESS des Hauts-de-France."},
    ]


@pytest.mark.parametrize(
    ("name", "fiche_id", "question"),
    [
        ("Le Bois de Deux Mains", "le-bois-de-deux-mains", "et ils vendent à qui ?"),
        ("La Remise Enjouée", "la-remise-enjouee", "where do they get the toys?"),
        ("Le Panier de la Mer 62", "le-panier-de-la-mer-62", "ils bossent avec quelles criées ?"),
        ("VESTALI", "vestali", "did they make masks during covid?"),
        ("Synapse 3i", "synapse-3i", "à qui revendent-ils les métaux ?"),
        ("Il était deux fois", "il-etait-deux-fois", "ils ont eu des soucis avec leur local ?"),
    ],
)
def test_its_own_ask_is_answered_not_the_overview(
    fake_engine: Engine, name: str, fiche_id: str, question: str
) -> None:
    answer = ask(fake_engine, question, _after_overview(name))
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche_id
    assert answer.plan["parts"][0]["attribute"] != "overview:structure"


@pytest.mark.parametrize("question", ["and the second one?", "et la dernière aussi ?"])
def test_pointing_only_keeps_the_overview(fake_engine: Engine, question: str) -> None:
    history = [
        {"role": "user", "content": "Quelles structures sont dans l'Aisne ?"},
        {"role": "assistant", "content": "Les Copains de Thiérache et Le Bois de Deux Mains."},
        {"role": "user", "content": "C'est quoi Les Copains de Thiérache ?"},
        {"role": "assistant", "content": "Une épicerie associative à Guise."},
    ]
    answer = ask(fake_engine, question, history)
    assert answer.plan["parts"][0]["attribute"] == "overview:structure"
