"""A figure asked anew from another source, after a figure of the one structure in focus asked
by its thing (class: 'Le Panier de la Mer récupère combien de poisson ?' then 'et de la part
des entreprises ?', 'and from companies?', 'et venant des criées ?'): the figure whose sentence
names that source answers, whatever it counts; a source no figure of the fiche names stays
refused (figure_source.py, slots `_figure_from_source`)."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.figure_source import source_words
from livret_qa.retrieval.engine import Engine


def _turn(user: str, assistant: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]


FISH_FR = _turn(
    "Combien de poisson le Panier de la mer 62 redistribue-t-il ?",
    "49 tonnes de poissons surgelés redistribués aux réseaux d'aide alimentaire.",
)
FISH_EN = _turn(
    "How much fish does the Panier de la mer 62 give out?",
    "49 tonnes of frozen fish, redistributed to food-aid networks.",
)
GOODS_FR = _turn(
    "Quelle quantité de produits le Panier de la mer 62 collecte-t-il ?",
    "35 tonnes de produits issus de dons d'entreprise.",
)


@pytest.mark.parametrize(
    ("question", "history", "expected"),
    [
        ("et de la part des entreprises ?", FISH_FR, "35 tonnes"),
        ("And from companies?", FISH_EN, "35 tonnes"),
        ("what about donations from businesses?", FISH_EN, "35 tonnes"),
        ("et venant des criées ?", GOODS_FR, "51 tonnes"),
        ("Et provenant des entreprises ?", FISH_FR, "35 tonnes"),
        ("and coming from the fish auctions?", GOODS_FR, "51 tonnes"),
    ],
)
def test_a_figure_from_the_source_named_anew_is_answered(
    fake_engine: Engine, question: str, history: list[dict[str, str]], expected: str
) -> None:
    answer = ask(fake_engine, question, history)
    assert not answer.abstained, answer.answer
    assert expected in answer.answer


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("et de la part des particuliers ?", FISH_FR),
        ("And from supermarkets?", FISH_EN),
        ("et venant des collectivités ?", GOODS_FR),
    ],
)
def test_a_source_no_figure_names_is_refused(
    fake_engine: Engine, question: str, history: list[dict[str, str]]
) -> None:
    answer = ask(fake_engine, question, history)
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("et de la part des entreprises ?", ["entreprises"]),
        ("and from companies?", ["companies"]),
        ("what about donations from businesses?", ["businesses"]),
        ("et venant des criées ?", ["criées"]),
        ("And from local supermarkets?", ["local", "supermarkets"]),
        ("Combien de poisson ?", []),
    ],
)
def test_source_words(question: str, words: list[str]) -> None:
    assert source_words(question) == words
