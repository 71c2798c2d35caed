"""A follow-up narrowing a partner or funder question to a level ('et au niveau européen ?',
'and at European level?', 'et au niveau départemental ?') keeps the attribute asked before
and answers with the fiche's lines of that level ('Européen : …', 'National : …'), or the
lines naming a body of that level when it has no line of its own ('Autres : le fonds social
européen', 'Local : … le Conseil départemental'). A level the fiche never names abstains,
citing the partner lines it has. Also 'financés par qui ?' asks the funders, not the budget.
What must not change: the level's capitalised adjective is no place ('at European level');
a fiche with a line of that level answers it. Synthetic questions."""

from __future__ import annotations

import pytest

from livret_qa import lexicon as lx
from livret_qa.answering.compose import ask
from livret_qa.answering.planner import places_named
from livret_qa.retrieval.engine import Engine
from livret_qa.text import fold


def _chat(first: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": first}, {"role": "assistant", "content": "…"}]


@pytest.mark.parametrize(
    "question",
    ["Les Copains de Thiérache sont financés par qui ?", "VESTALI est subventionnée par qui ?"],
)
def test_funded_by_whom_asks_the_funders(fake_engine: Engine, question: str) -> None:
    answer = ask(fake_engine, question)
    assert answer.plan["parts"][0]["attribute"] == "subpart:funders"


@pytest.mark.parametrize(
    ("first", "followup", "label"),
    [
        ("Les Copains de Thiérache sont financés par qui ?", "et au niveau européen ?", "europeen"),
        ("Les Copains de Thiérache sont financés par qui ?", "et au niveau national ?", "national"),
        ("Who funds Les Copains de Thiérache?", "and at European level?", "europeen"),
        ("Who funds Les Copains de Thiérache?", "what about regional ones?", "regional"),
        ("Qui sont les partenaires de VESTALI ?", "et au niveau régional ?", "regional"),
        ("Qui finance Synapse 3i ?", "et au niveau européen ?", "europeen"),  # 'Autres : … FSE'
        ("Qui finance le Bois de Deux Mains ?", "et au niveau départemental ?", "departemental"),
    ],
)
def test_a_level_asked_keeps_its_lines(
    fake_engine: Engine, first: str, followup: str, label: str
) -> None:
    answer = ask(fake_engine, followup, _chat(first))
    assert not answer.abstained, answer.answer
    assert answer.plan["parts"][0]["attribute"] in ("subpart:funders", "subpart:partners")
    assert label in fold(answer.answer)
    assert all(label in fold(c.quote) for c in answer.citations), answer.answer


@pytest.mark.parametrize(
    ("first", "followup"),
    [
        ("Qui sont les partenaires de La Remise Enjouée ?", "et au niveau européen ?"),
        ("Who are La Remise Enjouée's partners?", "and at European level?"),
    ],
)
def test_a_level_the_fiche_never_names_abstains_citing_its_lines(
    fake_engine: Engine, first: str, followup: str
) -> None:
    answer = ask(fake_engine, followup, _chat(first))
    assert answer.abstained, answer.answer
    assert [s.fiche_id for s in answer.structures] == ["la-remise-enjouee"]
    assert len(answer.citations) >= 2  # the partner lines it has
    assert any(lx.SCOPE_LABEL.match(fold(c.quote)) for c in answer.citations)


def test_a_level_adjective_is_no_place(fake_engine: Engine) -> None:
    assert places_named("and at European level?", fake_engine.mentions) == []
    assert places_named("and at National level?", fake_engine.mentions) == []
    assert places_named("any shop in Rouen?", fake_engine.mentions) == ["Rouen"]
