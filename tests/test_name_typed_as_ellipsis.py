"""A structure's name typed as the whole follow-up ('Il était deux fois ?', 'il était deux fois
aussi ?', 'le bois de deux mains aussi ?', 'il etait 2 fois, il a combien ?') asks the previous
question of it: the name's own words, lower-case or read as pronouns and numbers, are no words
asked (it was read as a question of its own, and answered with an overview). Neighbours: a
name with words asked beside it keeps its own question. Planner over every fiche name of the
real booklet (fast tier)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livret_qa.answering.plan import QuestionPlan
from livret_qa.parsing.corpus import Corpus

FIRST = [
    ("Qui dirige Synapse 3i ?", "Jean Pierre Motte est le directeur de Synapse 3i [1].", "role"),
    ("What's the budget of VESTALI?", "VESTALI's budget is €878,296 (2019) [1].", "measure"),
]
ELLIPTIC = ["{name} ?", "{lower} aussi ?", "{lower} too?", "et {lower} ?", "{name} also?"]


def _names(corpus: Corpus) -> list[tuple[str, str]]:
    return [(f.id, f.name) for f in corpus.fiches if f.id not in ("synapse-3i", "vestali")]


@pytest.mark.parametrize("first", FIRST)
@pytest.mark.parametrize("template", ELLIPTIC)
def test_a_name_alone_asks_the_previous_question(
    plan: Callable[..., QuestionPlan], corpus: Corpus, first: tuple[str, str, str], template: str
) -> None:
    history = [{"role": "user", "content": first[0]}, {"role": "assistant", "content": first[1]}]
    for fid, name in _names(corpus):
        question = template.format(name=name, lower=name.lower())
        planned = plan(question, history)
        assert planned.targets == [fid], (question, planned)
        assert planned.parts[0].attribute.startswith(first[2]), (question, planned.parts)


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("que fait il était deux fois avec les meubles ?", ""),
        ("il était deux fois, c'est où ?", "field:address"),
        ("le bois de deux mains a combien de bénévoles ?", "measure:benevoles"),
    ],
)
def test_a_name_with_its_own_question_keeps_it(
    plan: Callable[..., QuestionPlan], question: str, attribute: str
) -> None:
    history = [
        {"role": "user", "content": FIRST[0][0]},
        {"role": "assistant", "content": FIRST[0][1]},
    ]
    planned = plan(question, history)
    assert planned.parts[0].attribute == attribute, planned.parts
