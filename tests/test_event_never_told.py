"""A 'when' question about an event the lexicon does not know and the fiche never mentions
('la date de fermeture', 'when was its bankruptcy?'): the date of something else is the
nearest fact, not the answer, so the answer abstains naming what is not mentioned. What must
not change: an event the fiche tells in another form ('la fusion' of 'fusionnent en 2018'), a
known event, and a chatty question telling a story around its date. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer


@pytest.mark.parametrize(
    ("question", "fiche_id", "word"),
    [
        ("Quelle est la date de fermeture de VESTALI ?", "vestali", "fermeture"),
        (
            "À quelle date La Remise Enjouée a-t-elle fait faillite ?",
            "la-remise-enjouee",
            "faillite",
        ),
        ("When was Synapse 3i's bankruptcy?", "synapse-3i", "bankruptcy"),
        ("Quand a eu lieu le rachat de VESTALI ?", "vestali", "rachat"),
    ],
)
def test_an_event_the_fiche_never_mentions_abstains(
    fake_engine: Engine, question: str, fiche_id: str, word: str
) -> None:
    answer = ask(fake_engine, question)
    check_answer(fake_engine.corpus, answer.to_dict())
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert word in fold(answer.answer) and answer.citations, answer.answer


@pytest.mark.parametrize(
    ("question", "fiche_id", "year"),
    [
        # told as 'fusionnent en 2018' (which year comes first: the real embedder's ranking)
        ("Quelle est la date de la fusion de Synapse 3i ?", "synapse-3i", "20"),
        ("Quand a eu lieu la fusion de Synapse 3i ?", "synapse-3i", "20"),
        (
            "When did Le Panier de la Mer 62 start the Flavour project?",
            "le-panier-de-la-mer-62",
            "2019",
        ),
        (
            "Salut, elle date de quand l'asso des producteurs des vallées de l'Oise ? "
            "je crois qu'ils ont démarré après le covid",
            "association-des-producteurs-des-vallees-de-l-oise",
            "2019",
        ),
    ],
)
def test_an_event_the_fiche_tells_is_dated(
    fake_engine: Engine, question: str, fiche_id: str, year: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer
    assert answer.structures[0].fiche_id == fiche_id
    assert year in answer.answer, answer.answer
