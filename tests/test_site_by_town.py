"""Class: a question about ONE SITE of a structure, the site named by its town ('is the Hirson
one still open?', "celle d'Hirson est toujours ouverte ?"), after an answer naming a structure
with sites in several towns: it asks its own thing of that site (not the previous question
again, 'nombre de sites : 2'), answered from a sentence naming that town (not the opening of
the site in another town). What must not change: 'et celle de Guise ?' alone still asks the
previous question; a site in the structure's own town is answered from a sentence naming it.
Synthetic questions, French and English, after the engine's own answers, a hand-written
numbered list and prose."""

from __future__ import annotations

import pytest

from livret_qa.answering.compose import ask
from livret_qa.answering.site_asked import picks_site_by_town, towns_before_site
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold

from .citation_checks import check_answer

_ONE = "les-copains-de-thierache"


def _turns(engine: Engine, *questions: str) -> list[dict[str, str]]:
    history: list[dict[str, str]] = []
    for question in questions:
        answer = ask(engine, question, history)
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer.answer},
        ]
    return history


_LIST = [
    {"role": "user", "content": "Qui vend des produits locaux ?"},
    {
        "role": "assistant",
        "content": "1. Association Des Producteurs Des Vallées De L'Oise (Mortemer, Oise)\n"
        "2. Les Copains de Thiérache (Guise, Aisne) : deux boutiques, à Guise et à Hirson",
    },
]
_PROSE = [
    {"role": "user", "content": "Which ones sell local products?"},
    {
        "role": "assistant",
        "content": "The Oise producers' association sells at its farm drive in Mortemer, and "
        "Les Copains de Thiérache run two shops, in Guise and Hirson.",
    },
]


def _quoted(engine: Engine, question: str, history: list[dict[str, str]]) -> str:
    answer = ask(engine, question, history)
    check_answer(engine.corpus, answer.to_dict())
    assert [s.fiche_id for s in answer.structures] == [_ONE], answer.answer
    assert answer.citations, answer.answer
    return fold(answer.citations[0].quote)


@pytest.mark.parametrize(
    "question",
    [
        "celle d'Hirson est toujours ouverte ?",
        "is the Hirson one still open?",
        "is the Hirson shop still open?",
        "la boutique d'Hirson est-elle toujours ouverte ?",
        "is the shop in Hirson still open?",
    ],
)
@pytest.mark.parametrize("before", ["count", "list", "prose"])
def test_a_site_picked_by_its_town_is_answered_from_its_sentence(
    fake_engine: Engine, question: str, before: str
) -> None:
    history = {
        "count": lambda: _turns(fake_engine, "Les Copains de Thiérache ont combien de sites ?"),
        "list": lambda: _LIST,
        "prose": lambda: _PROSE,
    }[before]()
    quote = _quoted(fake_engine, question, history)
    assert "hirson" in quote and "guise" not in quote.split("hirson")[0][-40:], quote


@pytest.mark.parametrize(
    "question",
    ["is the Guise shop still open?", "la boutique de Guise est-elle toujours ouverte ?"],
)
def test_the_site_in_its_own_town_is_answered_from_a_sentence_naming_it(
    fake_engine: Engine, question: str
) -> None:
    history = _turns(fake_engine, "Les Copains de Thiérache ont combien de sites ?")
    assert "guise" in _quoted(fake_engine, question, history)


def test_a_bare_pick_by_town_still_asks_the_previous_question(fake_engine: Engine) -> None:
    # must not change: nothing asked besides the pick, the previous question again
    history = _turns(fake_engine, "Qui dirige les Copains de Thiérache ?")
    plan_answer = ask(fake_engine, "et celle de Guise ?", history)
    assert [s.fiche_id for s in plan_answer.structures] == [_ONE]


@pytest.mark.parametrize(
    ("question", "towns", "picks"),
    [
        ("is the Hirson one still open?", ["Hirson"], True),
        ("what about the Hirson one?", ["Hirson"], True),
        ("and the Saint-Quentin shop?", ["Saint-Quentin"], True),
        ("is the shop in Hirson still open?", [], True),
        ("la boutique d'Hirson est-elle ouverte ?", [], True),
        ("is the Emmaüs shop open?", [], False),
        ("is the toy one still open?", [], False),
    ],
)
def test_the_town_before_a_site_noun(question: str, towns: list[str], picks: bool) -> None:
    assert towns_before_site(question) == towns
    assert picks_site_by_town(question, towns or ["Hirson"]) is picks
