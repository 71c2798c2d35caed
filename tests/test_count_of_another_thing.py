"""A count of something the fiche names but never counts, asked beside another thing it does
count (class: 'how many schools does it supply with computers?' met by '1200 ordinateurs sont
donnés par an'): the count of the other thing is no answer; the sentence naming the thing
asked is the nearest fact and the answer abstains. What must not change: a count of the noun
asked is answered, whatever else the question names ('combien d'ordinateurs … aux familles
?'), and a count whose noun follows an adjective ('4 nouveaux postes'). Synthetic questions
on the real booklet, fake embedder."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.slots import _counts_another, _counts_named
from livret_qa.retrieval.engine import Engine


@pytest.mark.parametrize(
    ("sentence", "own", "asked", "another"),
    [
        ("1200 ordinateurs sont ainsi donnés par an.", ["ecole"], ["ecole", "ordina"], True),
        ("1200 ordinateurs sont ainsi donnés par an.", ["ordina"], ["ordina", "famill"], False),
        ("En créant 4 nouveaux postes de travail", ["postes"], ["postes"], False),
        ("En créant 4 nouveaux postes de travail", ["emploi"], ["emploi", "postes"], True),
        ("elle a 30 bénévoles", ["salari"], ["salari"], False),  # no other thing asked
        ("créée en 2015 pour les écoles", ["ecole"], ["ecole", "creee"], False),  # a year
    ],
)
def test_counts_of_another_thing(
    sentence: str, own: list[str], asked: list[str], another: bool
) -> None:
    assert _counts_another(sentence, own, asked) is another


@pytest.mark.parametrize(
    ("question", "fiche_id"),
    [
        ("Combien d'écoles Synapse 3i équipe-t-elle en ordinateurs ?", "synapse-3i"),
        ("How many schools get computers from Synapse 3i?", "synapse-3i"),
    ],
)
def test_a_count_of_another_thing_abstains(
    fake_engine: Engine, question: str, fiche_id: str
) -> None:
    answer = ask(fake_engine, question)
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == [fiche_id] and answer.citations


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Combien d'ordinateurs Synapse 3i donne-t-elle aux familles ?", "ordinateurs"),
        ("How many producers supply Les Copains de Thiérache's shops?", "100"),
        ("How many trucks does Synapse 3i have?", "5"),
    ],
)
def test_a_count_of_the_noun_asked_is_answered(
    fake_engine: Engine, question: str, said: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained and said in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("sentence", "stems", "named"),
    [
        ("En 2019, elle recrute 2 salariés et crée la fête de la Récup", ["visite", "fete"], False),
        ("En 2020, il vend 350 paniers de légumes hebdomadaires", ["legume"], True),
        ("40 000 lingettes livrées en 2020", ["lingett"], True),
    ],
)
def test_what_a_sentence_counts(sentence: str, stems: list[str], named: bool) -> None:
    assert _counts_named(sentence, stems) is named


def test_a_sentence_counting_nothing_asked_abstains(fake_engine: Engine) -> None:
    answer = ask(fake_engine, "How many visitors came to Il était deux fois's fête de la récup?")
    assert answer.abstained, answer.answer
    assert answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "How many veg boxes does the Jardin de Cocagne sell every week?",
        "How many wipes did VESTALI deliver to a retailer?",
    ],
)
def test_a_count_of_the_thing_in_other_words_is_answered(
    fake_engine: Engine, question: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Combien de mètres carrés de serres a le Jardin de Cocagne ?", "4600"),
        ("How many kilos of toys has La Remise Enjouée collected?", "3,5"),
    ],
)
def test_a_unit_counted_measures_the_thing_after_it(
    fake_engine: Engine, question: str, said: str
) -> None:
    answer = ask(fake_engine, question)
    assert not answer.abstained and said in answer.answer, answer.answer
