"""The answer composer on the fake engine (fast tier): classes of questions whose answer comes
from what the fiche states (a named structure, a key figure, the contact card, the
conversation, a place), not from how good the embedding is. The real-model answers stay in
test_answers_real.py."""

from __future__ import annotations

import pytest

from livret_qa.answering.answers import Answer
from livret_qa.answering.compose import ask
from livret_qa.errors import QueryError
from livret_qa.retrieval.engine import Engine

from .citation_checks import check_answer
from .conftest import qdrant_twin


@pytest.fixture(scope="module", params=["faiss", "qdrant"])
def fake_engine(request: pytest.FixtureRequest, fake_engine: Engine) -> Engine:
    """Every answer here is composed once per search backend (Qdrant in local mode)."""
    return fake_engine if request.param == "faiss" else qdrant_twin(fake_engine)


def answer_to(engine: Engine, question: str, history: list[dict[str, str]] | None = None) -> Answer:
    answer = ask(engine, question, history)
    check_answer(engine.corpus, answer.to_dict())
    return answer


def figure_span(engine: Engine, fiche_id: str, kind: str) -> tuple[int, int]:
    figure = next(f for f in engine.corpus.fiche(fiche_id).key_figures if f.kind == kind)
    return figure.span.start, figure.span.end


def inside(engine: Engine, fiche_id: str, start: int, end: int) -> bool:
    span = engine.corpus.fiche(fiche_id).span
    return span.start <= start < end <= span.end


@pytest.mark.parametrize(
    ("question", "fiche_id", "kind", "attribute"),
    [
        ("Quel est le budget de La Remise Enjouée ?", "la-remise-enjouee", "budget", "budget"),
        ("Combien d'adhérents compte Synapse 3i ?", "synapse-3i", "members", "adherents"),
        ("Quel tonnage traite VESTALI ?", "vestali", "tonnage", "tonnage"),
    ],
)
def test_a_figure_the_named_structure_states_is_answered_with_its_key_figure(
    fake_engine: Engine, question: str, fiche_id: str, kind: str, attribute: str
) -> None:
    answer = answer_to(fake_engine, question)
    assert not answer.abstained and answer.abstain_reason == ""
    assert answer.plan["parts"][0]["intent"] == "figure"
    assert answer.plan["parts"][0]["attribute"] == f"measure:{attribute}"
    assert answer.plan["targets"] == [fiche_id] and answer.plan["target_source"] == "named"
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    [citation] = answer.citations
    assert (citation.start, citation.end) == figure_span(fake_engine, fiche_id, kind)
    assert citation.section == "key_figures"


@pytest.mark.parametrize(
    ("question", "fiche_id", "missing"),
    [
        ("Combien de bénévoles compte La Remise Enjouée ?", "la-remise-enjouee", "bénévoles"),
        # volunteers are stated, members are not
        (
            "Combien d'adhérents compte Le Bois de Deux Mains ?",
            "le-bois-de-deux-mains",
            "adhérents",
        ),
    ],
)
def test_a_measure_the_fiche_lacks_abstains_with_the_nearest_fact_of_that_fiche(
    fake_engine: Engine, question: str, fiche_id: str, missing: str
) -> None:
    answer = answer_to(fake_engine, question)
    assert answer.abstained and missing in answer.abstain_reason
    assert answer.plan["parts"][0]["intent"] == "figure"
    assert [s.fiche_id for s in answer.structures] == [fiche_id]
    assert "plus proche" in answer.answer
    [nearest] = answer.citations
    assert nearest.fiche_id == fiche_id and inside(
        fake_engine, fiche_id, nearest.start, nearest.end
    )


def test_a_role_the_fiche_does_not_name_abstains_with_the_contact_line(
    fake_engine: Engine,
) -> None:
    answer = answer_to(fake_engine, "Qui est le président de VESTALI ?")
    assert answer.abstained and "président" in answer.abstain_reason
    assert answer.plan["parts"][0]["intent"] == "person"
    assert answer.plan["parts"][0]["attribute"] == "role:president"
    [nearest] = answer.citations
    assert nearest.fiche_id == "vestali" and nearest.section == "contact"
    person = fake_engine.corpus.fiche("vestali").contact.persons[0]
    quoted = fake_engine.corpus.sources[nearest.source][nearest.start : nearest.end]
    assert person.name in quoted and person.role in quoted


INSERTION = [
    {"role": "user", "content": "Quelles structures font de l'insertion ?"},
    {
        "role": "assistant",
        "content": "2 structures correspondent : **VESTALI** (Liévin) et **Synapse 3i** (Amiens).",
    },
]


def test_a_plural_follow_up_asks_every_structure_of_the_previous_answer(
    fake_engine: Engine,
) -> None:
    answer = answer_to(fake_engine, "et leur budget ?", INSERTION)
    assert not answer.abstained and answer.followup
    assert answer.plan["target_source"] == "focus"
    assert answer.plan["parts"][0]["attribute"] == "measure:budget"
    assert [s.fiche_id for s in answer.structures] == ["vestali", "synapse-3i"]
    spans = [(c.start, c.end) for c in answer.citations]
    assert spans == [
        figure_span(fake_engine, "vestali", "budget"),
        figure_span(fake_engine, "synapse-3i", "budget"),
    ]


def test_a_place_follow_up_keeps_the_structures_of_the_previous_answer_that_are_there(
    fake_engine: Engine,
) -> None:
    history = [
        INSERTION[0],
        {
            "role": "assistant",
            "content": "3 structures : **VESTALI** (Liévin), **Il était deux fois** "
            "(Campigneulles les Petites) et **Synapse 3i** (Amiens).",
        },
    ]
    answer = answer_to(fake_engine, "lesquelles sont dans le Pas-de-Calais ?", history)
    assert not answer.abstained and answer.followup
    assert answer.plan["narrow"] and answer.plan["departements"] == ["62"]
    assert {s.fiche_id for s in answer.structures} == {"vestali", "il-etait-deux-fois"}
    assert {s.departement_code for s in answer.structures} == {"62"}


def test_a_follow_up_naming_another_place_asks_the_previous_question_there(
    fake_engine: Engine,
) -> None:
    history = [
        {"role": "user", "content": "Quelles ressourceries y a-t-il dans le Pas-de-Calais ?"},
        {"role": "assistant", "content": "Une structure correspond : **Il était deux fois**."},
    ]
    answer = answer_to(fake_engine, "et dans le Nord ?", history)
    assert answer.followup and answer.plan["departements"] == ["59"]
    assert answer.plan["parts"][0]["intent"] == "list"
    assert answer.filters.get("departement") == "59"
    assert answer.structures and {s.departement_code for s in answer.structures} == {"59"}


def test_a_place_the_booklet_never_mentions_abstains(fake_engine: Engine) -> None:
    answer = answer_to(fake_engine, "Y a-t-il une recyclerie à Strasbourg ?")
    assert answer.abstained and "Strasbourg" in answer.abstain_reason
    assert answer.structures == [] and answer.citations == []


@pytest.mark.parametrize("question", ["", "   ", "\n\t"])
def test_an_empty_question_is_a_query_error(fake_engine: Engine, question: str) -> None:
    with pytest.raises(QueryError, match="empty"):
        ask(fake_engine, question)


@pytest.mark.parametrize(
    ("history", "message"),
    [
        ([{"role": "user", "content": "a"}] * 21, "21 turns; the limit is 20"),
        ([{"role": "user", "content": "x" * 20_001}], "20001 characters; the limit is 20000"),
        (
            [
                {"role": "user", "content": "x" * 10_000},
                {"role": "assistant", "content": "y" * 10_001},
            ],
            "20001 characters; the limit is 20000",
        ),
        ([{"role": "robot", "content": "a"}], "'user' or 'assistant'"),
    ],
)
def test_a_history_over_the_limits_is_a_query_error(
    fake_engine: Engine, history: list[dict[str, str]], message: str
) -> None:
    with pytest.raises(QueryError, match=message):
        ask(fake_engine, "et leur budget ?", history)


def test_a_history_at_the_limits_is_accepted(fake_engine: Engine) -> None:
    history = [{"role": "user", "content": "x" * 1_000}] * 20
    assert ask(fake_engine, "Quel est le budget de VESTALI ?", history).structures


@pytest.mark.parametrize(
    "template",
    [
        "Que fait la structure de {town} ?",
        "Comment l'association de {town} fonctionne-t-elle ?",
        "What does the organisation in {town} do?",
        "How does the project based in {town} work?",
    ],
)
def test_a_structure_named_by_its_town_is_the_one_located_there(
    fake_engine: Engine, template: str
) -> None:
    for fiche in fake_engine.corpus.fiches:
        town = fiche.contact.town
        answer = answer_to(fake_engine, template.format(town=town))
        assert answer.structures, town
        found = fake_engine.corpus.fiche(answer.structures[0].fiche_id)
        assert found.contact.town.replace("-", " ") == town.replace("-", " ")


@pytest.mark.parametrize(
    "template",
    [
        "activite structure {town}",
        "budget de l asso de {town} en 2020",
        "what does the place in {town} sell",
    ],
)
def test_a_town_typed_in_lowercase_still_names_the_structure_there(
    fake_engine: Engine, template: str
) -> None:
    for fiche in fake_engine.corpus.fiches:
        town = fiche.contact.town.lower()
        answer = answer_to(fake_engine, template.format(town=town))
        if not answer.structures:
            continue
        found = fake_engine.corpus.fiche(answer.structures[0].fiche_id)
        assert found.contact.town.lower().replace("-", " ") == town.replace("-", " ")
