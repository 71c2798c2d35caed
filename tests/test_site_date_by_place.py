"""The date of one site or sub-event named by its place (class: 'when did the Saint-Gobain
pick-up point open?', 'et celui de Compiègne ?' after the Carlepont one): only a dated
sentence naming that place answers it; the dated sentence naming another site is the nearest
fact, and the answer abstains. What must not change: a site whose place the dated sentence
names is answered with its date (Carlepont, Guise, Hirson), and a structure asked by its own
town is dated. Synthetic questions on the real booklet, fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine

APVO = "association-des-producteurs-des-vallees-de-l-oise"
CARLEPONT_ASKED = "When was the APVO's Carlepont pick-up point launched?"


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("When did the APVO's Saint-Gobain pick-up point open?", []),
        ("Quand a ouvert le point de distribution Saint-Gobain de l'APVO ?", []),
        ("In what year did the APVO set up its Saint-Gobain distribution point?", []),
        ("and the Compiègne one?", [CARLEPONT_ASKED]),
        (
            "et celui de Compiègne ?",
            ["Quand l'APVO a-t-elle ouvert son point de retrait de Carlepont ?"],
        ),
        ("and the Saint-Gobain one?", [CARLEPONT_ASKED]),
    ],
)
def test_a_site_another_dated_sentence_does_not_name_abstains(
    fake_engine: Engine, question: str, history: list[str]
) -> None:
    turns = [
        t
        for h in history
        for t in ({"role": "user", "content": h}, {"role": "assistant", "content": "avril 2021"})
    ]
    answer = ask(fake_engine, question, turns)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [APVO]
    assert answer.citations, answer.answer
    assert "Carlepont" not in answer.citations[0].quote or "Saint-Gobain" in answer.answer


@pytest.mark.parametrize(
    ("question", "year"),
    [
        (CARLEPONT_ASKED, "2021"),
        ("Quand l'APVO a-t-elle ouvert son point de distribution de Carlepont ?", "2021"),
        ("Quand la boutique de Guise a-t-elle ouvert ?", "2016"),
        ("When did the Guise shop of Les Copains de Thiérache open?", "2016"),
        ("Quand les Copains de Thiérache ont-ils ouvert leur site d'Hirson ?", "2019"),
        ("When did the Hirson shop open?", "2019"),
        ("Quand a été créée La Remise Enjouée à Villeneuve-d'Ascq ?", "2020"),
    ],
)
def test_a_site_the_dated_sentence_names_is_dated(
    fake_engine: Engine, question: str, year: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained and year in answer.answer, answer.answer
