"""A booklet town typed in lower case in a chat box ('kel asso repare des ordis a amiens',
'qui vend des produits locaux a guise ?'), its preposition often without its accent: the
town, as the booklet writes it — else its name stayed a word of the topic and pulled the
quote to a partner line naming it ('Local : La ville d'Amiens, …'). Towns read from the
contact cards; other lower-case words after 'à' stay as typed."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from livret_qa.answering.plan import QuestionPlan
from livret_qa.parsing.corpus import Corpus
from livret_qa.text import fold


def _key(town: str) -> str:
    """'Villeneuve-d'Ascq' and 'Villeneuve d'Ascq' are one town (two fiches write each)."""
    return re.sub(r"[\s'’-]+", " ", fold(town))


def _towns(corpus: Corpus) -> list[str]:
    return sorted({f.contact.town for f in corpus.fiches if f.contact.town})


def test_each_booklet_town_typed_in_lower_case_is_a_place(
    corpus: Corpus, plan: Callable[..., QuestionPlan]
) -> None:
    for town in _towns(corpus):
        for typed in (f"qui recycle a {town.lower()} ?", f"any shop in {town.lower()}?"):
            places = plan(typed).places
            assert [_key(p) for p in places] == [_key(town)], typed


@pytest.mark.parametrize(
    "question",
    ["je vais a la boutique", "qui fait quoi a la campagne ?", "il y a des jouets a donner ?"],
)
def test_other_lower_case_words_after_a_stay_as_typed(
    plan: Callable[..., QuestionPlan], question: str
) -> None:
    planned = plan(question)
    assert planned.question == question and planned.places == []


@pytest.mark.parametrize("question", ["qui recycle a lille ?", "une recyclerie a Calais ?"])
def test_a_region_town_typed_without_accent_is_read_as_with_it(
    plan: Callable[..., QuestionPlan], question: str
) -> None:
    """'a lille' as 'à Lille': a town of the region, not only one a fiche stands in."""
    accented = plan(question.replace(" a ", " à ")).places
    assert accented and plan(question).places == [p.title() for p in accented]
