"""The month of an event asked ('en quel mois a-t-elle été créée ?', 'which month did they
open?'): a date naming its month answers it; a year alone is the nearest fact, quoted, and the
answer abstains. What must not change: a month asked of an event dated with its month is
answered, and a year asked of an event dated by its year alone. Synthetic questions on the
real booklet, fake embedder."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.planner import asked_attribute
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


@pytest.mark.parametrize(
    "text",
    ["En quel mois ont-ils ouvert ?", "which month was it set up?", "what month did it start?"],
)
def test_a_month_asked_is_a_date_question(text: str) -> None:
    assert lx.MONTH_ASKED.search(fold(text))
    intent, _, exact = asked_attribute(text) or ("", "", False)
    assert intent == "date" and not exact


@pytest.mark.parametrize(
    ("question", "fiche_id", "said"),
    [
        ("En quel mois VESTALI a-t-elle été fondée ?", "vestali", "1997"),
        ("Which month was Le panier de la mer 62 created?", "le-panier-de-la-mer-62", "2002"),
        ("Les Copains de Thiérache ont été créés quel mois ?", "les-copains-de-thierache", "2015"),
    ],
)
def test_a_month_asked_of_a_year_abstains_with_the_year(
    fake_engine: Engine, question: str, fiche_id: str, said: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert said in answer.answer and answer.citations, answer.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("En quel mois La Remise Enjouée a-t-elle été créée ?", "août"),
        ("Which month did La Remise Enjouée start its activity?", "janvier"),
        ("En quelle année VESTALI a-t-elle été créée ?", "1997"),
    ],
)
def test_a_month_or_year_stated_is_answered(fake_engine: Engine, question: str, said: str) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained and said in answer.answer, answer.answer


def test_the_month_asked_as_a_follow_up_after_a_year(fake_engine: Engine) -> None:
    first = "Quand Le panier de la mer 62 a-t-il été créé ?"
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": ask(fake_engine, first).answer},
    ]
    answer = ask(fake_engine, "et le mois ?", history)
    assert answer.abstained and "2002" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "month"),
    [
        ("In which month did the APVO start its drive?", "avril"),
    ],
)
def test_a_month_asked_finds_the_start_dated_with_its_month(
    fake_engine: Engine, question: str, month: str
) -> None:
    # 'DATE DE DÉMARRAGE : 23 avril 2019' dates the start with its month, when the sentence
    # first found gives a year alone
    answer = ask(fake_engine, question)
    assert not answer.abstained and month in answer.answer, answer.answer
