"""The town a structure stands in, asked in other words than 'where' ('which town is VESTALI
in?', 'c'est dans quelle commune ?', 'what's its hometown?'): the kind of place asked is no
sub-thing of the structure, so its address answers — not a partner's line naming 'la ville
d'Amiens', nor a refusal that the fiche never writes 'town' beside its address. A town asked
of one of its sub-things (a second shop, its boxes) still needs a sentence placing that
thing. Synthetic questions, French and English, on the real booklet."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("question", "town"),
    [
        ("Which town is VESTALI in?", "Liévin"),
        ("VESTALI, it's in which town?", "Liévin"),
        ("In which city is Synapse 3i located?", "Victorine Autier"),
        ("C'est dans quelle commune, Synapse 3i ?", "Victorine Autier"),
        ("Le Bois de Deux Mains, in what town?", "Pommiers"),
        ("Which village is Le Bois de Deux Mains in?", "Pommiers"),
        ("What town is La Remise Enjouée based in?", "rue Héloïse"),
        ("What's the hometown of La Remise Enjouée?", "rue Héloïse"),
        ("What town are Les Copains de Thiérache in?", "Guise"),
        ("Il était deux fois est implanté dans quelle ville ?", "Campigneulles"),
    ],
)
def test_the_town_asked_in_other_words_is_answered_by_the_address(
    engine: Engine, question: str, town: str
) -> None:
    answer = ask(engine, question)
    assert not answer.abstained, answer.answer
    assert town in answer.answer, answer.answer


def test_the_town_of_a_second_site_is_the_sentence_placing_it(engine: Engine) -> None:
    answer = ask(engine, "dans quelle commune est le deuxième magasin des Copains de Thiérache ?")
    assert not answer.abstained, answer.answer
    assert "Hirson" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "In which town is VESTALI's second shop?",
        "Dans quelle ville se trouvent les vetibox de VESTALI ?",
        "In which town did Le Panier de la Mer 62 open its second site?",
    ],
)
def test_the_town_of_a_sub_thing_the_fiche_never_places_is_refused(
    engine: Engine, question: str
) -> None:
    assert ask(engine, question).abstained
